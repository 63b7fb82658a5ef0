// Resource Groups Tagging API over awsJson1.1 (`X-Amz-Target: ResourceGroupsTaggingAPI_20170126.*`):
// GetResources, TagResources and UntagResources over the world's resources (deleted ones included,
// as AWS keeps returning them for a while) and native-snapshot recovery points (EBS, EC2 AMIs, RDS,
// Aurora), which is how their tags are read and written.
//
// Only what is tagged or was tagged exists for this API. AWS's API reference for GetResources:
// "Returns all the tagged or previously tagged resources that are located in the specified AWS
// Region for the account" and "GetResources does not return untagged resources"
// (https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetResources.html).
// So a resource that never had a tag is absent, with or without ResourceARNList, while one whose
// tags were all removed is still returned, with an empty tag list. Callers must not read "not
// returned here" as "does not exist".
import { isNativeSnapshotArn, parseArn } from './arns.js';
import { SimError } from './errors.js';
import type { Caller } from './model.js';
import type { Dispatch, SimRequest } from './protocol.js';
import { InvalidTokenError, page } from './sorted-index.js';
import { isPoint, scopeKey, type SimState, type Taggable } from './state.js';

export const TAGGING_TARGET_PREFIX = 'ResourceGroupsTaggingAPI_20170126.';
export const TAGGING_OPERATIONS = ['GetResources', 'TagResources', 'UntagResources'] as const;

type Json = Record<string, unknown>;

const invalid = (message: string) => new SimError('InvalidParameterException', message);

function tagList(tags: Record<string, string>) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** `ec2`, `ec2:volume`, `rds:snapshot`: service alone, or service and the ARN's resource type. */
function typeMatcher(filters: string[]): (t: Taggable) => boolean {
  const parsed = filters.map((f) => {
    const [service, type] = f.split(':');
    return { service, type };
  });
  return (t) => {
    const p = serviceAndType(t);
    return (
      p !== undefined &&
      parsed.some((f) => f.service === p.service && (f.type === undefined || f.type === p.type))
    );
  };
}

// A listing with a type filter looks at every taggable of the region (resources and native
// snapshots) on every page: each one's ARN is parsed once, not once per GetResources call.
const parsedTypes = new WeakMap<Taggable, { service: string; type: string } | null>();

function serviceAndType(t: Taggable): { service: string; type: string } | undefined {
  let known = parsedTypes.get(t);
  if (known === undefined) {
    const p = parseArn(t.arn);
    known = p ? { service: p.service, type: p.resourceType } : null;
    parsedTypes.set(t, known);
  }
  return known ?? undefined;
}

interface TagFilter {
  Key: string;
  Values: string[];
}

function parseTagFilters(raw: unknown): TagFilter[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw invalid('TagFilters must be a list');
  if (raw.length > 50) throw invalid('TagFilters can have at most 50 keys');
  return raw.map((f: Json) => {
    if (!f || typeof f.Key !== 'string' || !f.Key) throw invalid('Each TagFilter needs a Key');
    const values = f.Values ?? [];
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
      throw invalid('TagFilter Values must be strings');
    if (values.length > 20) throw invalid('A TagFilter can have at most 20 values');
    return { Key: f.Key, Values: values as string[] };
  });
}

function tagsOf(t: Taggable): Record<string, string> {
  return t.tags;
}

// EBS snapshots and AMIs: AWS Backup names them without an account (`arn:aws:ec2:<region>::snapshot/
// snap-…`), EC2 itself with one. The Tagging API has been seen answering with the account; the world
// quirk taggingCanonicalEc2Arns makes the simulator answer so. Lookups accept both forms.
const EC2_SNAPSHOT = /^(arn:aws[a-z-]*:ec2:[^:]+:)(\d{12})?(:(?:snapshot|image)\/.+)$/;

/** The ARN GetResources reports for a resource or point. */
function reportedArn(state: SimState, t: Taggable): string {
  if (!state.quirks.taggingCanonicalEc2Arns || !isPoint(t)) return t.arn;
  const m = EC2_SNAPSHOT.exec(t.arn);
  return m && !m[2] ? `${m[1]}${t.vault.account}${m[3]}` : t.arn;
}

/** An EC2 snapshot/AMI ARN with an account, in Backup's account-less form (others unchanged). */
function withoutEc2Account(arn: string, account: string): string {
  const m = EC2_SNAPSHOT.exec(arn);
  return m?.[2] === account ? `${m[1]}${m[3]}` : arn;
}

function getResources(state: SimState, caller: Caller, body: Json) {
  const filters = parseTagFilters(body.TagFilters);
  const types = body.ResourceTypeFilters;
  if (types !== undefined && (!Array.isArray(types) || types.some((t) => typeof t !== 'string')))
    throw invalid('ResourceTypeFilters must be a list of strings');
  const arnList = body.ResourceARNList;
  const perPage = body.ResourcesPerPage;
  if (
    perPage !== undefined &&
    (typeof perPage !== 'number' || !Number.isInteger(perPage) || perPage < 1 || perPage > 100)
  )
    throw invalid('ResourcesPerPage must be between 1 and 100');
  const typeMatches = types === undefined ? undefined : typeMatcher(types as string[]);
  const keep = (t: Taggable) => {
    if (typeMatches && !typeMatches(t)) return false;
    if (!state.wasEverTagged(t)) return false;
    const tags = tagsOf(t);
    for (const f of filters) {
      if (!(f.Key in tags)) return false;
      if (f.Values.length > 0 && !f.Values.includes(tags[f.Key]!)) return false;
    }
    return true;
  };
  if (arnList !== undefined) {
    if (!Array.isArray(arnList) || arnList.some((a) => typeof a !== 'string'))
      throw invalid('ResourceARNList must be a list of ARNs');
    if (arnList.length < 1 || arnList.length > 100)
      throw invalid('ResourceARNList must contain 1 to 100 ARNs');
    if (filters.length > 0 || body.PaginationToken || perPage !== undefined || body.TagsPerPage !== undefined)
      throw invalid("You can't specify ResourceARNList together with TagFilters or pagination parameters.");
    const out = [];
    for (const arn of arnList as string[]) {
      const t = findTaggable(state, caller, arn);
      // ARNs that don't exist, or were never tagged, are simply left out, as AWS documents.
      if (t && keep(t)) out.push({ ResourceARN: reportedArn(state, t), Tags: tagList(tagsOf(t)) });
    }
    return { ResourceTagMappingList: out, PaginationToken: '' };
  }
  const token =
    typeof body.PaginationToken === 'string' && body.PaginationToken ? body.PaginationToken : undefined;
  try {
    const { items, nextToken } = page(state.taggables.get(scopeKey(caller.account, caller.region)), {
      token,
      max: perPage ?? 100,
      tag: 'tagging',
      keep,
    });
    // AWS answers an empty string (not an absent member) when there are no more pages.
    return {
      ResourceTagMappingList: items.map((t) => ({
        ResourceARN: reportedArn(state, t),
        Tags: tagList(tagsOf(t)),
      })),
      PaginationToken: nextToken ?? '',
    };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw invalid(error.message);
    throw error;
  }
}

/** A resource or native-snapshot point the caller can see (its own account and region). */
function findTaggable(state: SimState, caller: Caller, given: string): Taggable | undefined {
  const arn = withoutEc2Account(given, caller.account);
  const r = state.resources.get(arn);
  if (r) return r.account === caller.account && r.region === caller.region ? r : undefined;
  const p = state.points.get(arn);
  if (p && isNativeSnapshotArn(arn) && p.vault.account === caller.account && p.vault.region === caller.region)
    return p;
  return undefined;
}

type FailedResources = Record<string, { StatusCode: number; ErrorCode: string; ErrorMessage: string }>;

// TagResources and UntagResources share their ARN list rule and their per-ARN failure report.
function arnList(arns: unknown): string[] {
  if (!Array.isArray(arns) || arns.length < 1 || arns.length > 20 || arns.some((a) => typeof a !== 'string'))
    throw invalid('ResourceARNList must contain 1 to 20 ARNs');
  return arns as string[];
}

function forEachListedTaggable(
  state: SimState,
  caller: Caller,
  arns: string[],
  change: (t: Taggable) => void,
): { FailedResourcesMap: FailedResources } {
  const failed: FailedResources = {};
  for (const arn of arns) {
    const t = findTaggable(state, caller, arn);
    if (t) change(t);
    else
      failed[arn] = {
        StatusCode: 400,
        ErrorCode: 'InvalidParameterException',
        ErrorMessage: `Resource ${arn} not found or not taggable through the Resource Groups Tagging API in the simulator.`,
      };
  }
  return { FailedResourcesMap: failed };
}

function tagResources(state: SimState, caller: Caller, body: Json) {
  const arns = arnList(body.ResourceARNList);
  const tags = body.Tags;
  if (!tags || typeof tags !== 'object' || Array.isArray(tags)) throw invalid('Tags is required');
  for (const [k, v] of Object.entries(tags as Json)) {
    if (typeof v !== 'string') throw invalid(`Tag ${k} must have a string value`);
    if (k.toLowerCase().startsWith('aws:')) throw invalid(`Tag keys starting with 'aws:' are reserved: ${k}`);
  }
  return forEachListedTaggable(state, caller, arns, (t) => {
    Object.assign(t.tags, tags as Record<string, string>);
    state.pointChanged(t.arn);
  });
}

function untagResources(state: SimState, caller: Caller, body: Json) {
  const arns = arnList(body.ResourceARNList);
  const keys = body.TagKeys;
  if (!Array.isArray(keys) || keys.length < 1 || keys.length > 50 || keys.some((k) => typeof k !== 'string'))
    throw invalid('TagKeys must contain 1 to 50 tag keys');
  return forEachListedTaggable(state, caller, arns, (t) => {
    // Removing the last tag leaves a "previously tagged" resource, which GetResources still returns.
    state.rememberTagged(t.arn, t.tags);
    for (const k of keys as string[]) delete t.tags[k];
    state.pointChanged(t.arn);
  });
}

export function isTaggingRequest(req: SimRequest): boolean {
  const target = req.headers['x-amz-target'];
  return typeof target === 'string' && target.startsWith(TAGGING_TARGET_PREFIX);
}

export function dispatchTagging(state: SimState, req: SimRequest): Dispatch {
  const operation = String(req.headers['x-amz-target']).slice(TAGGING_TARGET_PREFIX.length);
  let body: Json = {};
  if (req.body.length > 0) {
    try {
      body = JSON.parse(req.body.toString('utf8')) as Json;
    } catch {
      throw new SimError('SerializationException', 'The request body is not valid JSON.', 400);
    }
  }
  const arns = Array.isArray(body.ResourceARNList)
    ? body.ResourceARNList.filter((a): a is string => typeof a === 'string')
    : [];
  switch (operation) {
    case 'GetResources':
      return { operation, arns, run: (caller) => getResources(state, caller, body) };
    case 'TagResources':
      return { operation, arns, run: (caller) => tagResources(state, caller, body) };
    case 'UntagResources':
      return { operation, arns, run: (caller) => untagResources(state, caller, body) };
    default:
      throw new SimError(
        'UnknownOperationException',
        `The simulator does not implement ${operation} of the Resource Groups Tagging API.`,
        400,
      );
  }
}
