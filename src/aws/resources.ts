// The Tagging API lookups behind resource selection: which resources carry a selector's tags, and
// the tags of explicit ARNs. What they mean for a plan is decided in src/plan/selection.ts.
import type { Plan } from '../plan/model.js';
import { KNOWN_RESOURCE_TYPES } from '../plan/resource-types.js';
import { describeSelector, type SelectorMatches } from '../plan/selection.js';
import type { TaggingClient } from './clients.js';
import { keptUnlessFailed } from './concurrency.js';
import type { TaggedResource, Tags } from './observed.js';
import { getResources, tagsByArn } from './pagination.js';

function tagsOf(list: { Key?: string | undefined; Value?: string | undefined }[] | undefined): Tags {
  const tags: Tags = {};
  for (const t of list ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
  return tags;
}

/**
 * Every resource carrying all of `tags` and of one of `types`, following pagination. Without `types`:
 * of a type backup-plans can back up (KNOWN_RESOURCE_TYPES). AWS Backup copies a resource's tags onto
 * its recovery points, so the same tag filter alone also matches every EBS/RDS snapshot and AMI the
 * resource has (100 a page): calls that grow with the points held, for ARNs selection drops anyway.
 */
export async function findResourcesByTags(
  tagging: TaggingClient,
  tags: Tags,
  types: string[] | undefined,
): Promise<TaggedResource[]> {
  const found = await getResources(tagging, {
    TagFilters: Object.entries(tags).map(([Key, Value]) => ({ Key, Values: [Value] })),
    // At most 100 types a request (GetResourcesInput.ResourceTypeFilters): the known ones are 13.
    ResourceTypeFilters: types && types.length > 0 ? types : [...KNOWN_RESOURCE_TYPES],
    ResourcesPerPage: 100,
  });
  return found.flatMap((r) => (r.ResourceARN ? [{ arn: r.ResourceARN, tags: tagsOf(r.Tags) }] : []));
}

/**
 * Tag selector answers of one run, by role, region and selector: plans of a run that share a selector
 * (and the role and region it is asked with) share its GetResources pages.
 */
export type SelectorAnswers = Map<string, Promise<TaggedResource[]>>;

/** Ask the Tagging API (in the plan's account and region) for every selector of the plan. */
export async function matchSelectors(
  tagging: TaggingClient,
  plan: Plan,
  answers?: SelectorAnswers,
): Promise<SelectorMatches> {
  const explicitArns = plan.resources.include.flatMap((s) => ('arn' in s ? [s.arn] : []));
  const known = explicitArns.length > 0 ? await tagsByArn(tagging, explicitArns) : new Map<string, Tags>();
  const explicit = explicitArns.map((arn) => {
    const tags = known.get(arn);
    return tags ? { arn, tags } : { arn };
  });
  const tagged: SelectorMatches['tagged'] = [];
  for (const s of plan.resources.include) {
    if (!('tags' in s)) continue;
    const key = JSON.stringify([
      plan.aws.role,
      plan.aws.region,
      Object.entries(s.tags).sort(),
      s.types ?? [],
    ]);
    const find = () => findResourcesByTags(tagging, s.tags, s.types);
    // A failed answer is not kept: the next plan asks again (and reports its own error).
    const found = answers ? keptUnlessFailed(answers, key, find) : find();
    tagged.push({ via: describeSelector(s.tags, s.types), resources: await found });
  }
  return { explicit, tagged };
}
