// The one place that reads the tags of recovery points ("which namespace, plan and rules does this
// point serve?"). Backup (slot satisfaction, copies, tagging copies) and prune (ownership before
// every decision and again before every delete) both read through here.
//
// Where the tags live depends on the point's type (src/plan/resource-types.ts, `pointTagSource`):
// - full AWS Backup management (EFS, S3, …; `arn:aws:backup:…:recovery-point:…`): Backup `ListTags`,
//   one point a call;
// - native snapshots with their own ARNs (EBS, AMIs, RDS, …): the Tagging API's `GetResources` with
//   `ResourceARNList`, at most 100 ARNs a call;
// - types whose points take no tags (DynamoDB's own backups): nothing to read.
// Both kinds of call run with bounded parallelism (`concurrency` calls in flight per API).
//
// The answer maps every requested ARN to its tags, or to `undefined` when they could not be read:
// - the type takes no tags;
// - the point vanished between listing and reading (ListTags: ResourceNotFoundException — prune
//   races lifecycles and other runs, backup races prune);
// - the Tagging API did not return the snapshot. AWS leaves out ARNs it does not know: deleted
//   snapshots, snapshots that never carried a tag, and (for a moment) brand-new ones. Which of these
//   it was cannot be told apart, so the answer is "unknown", not "no tags".
// `{}` means the tags were read and there are none.
//
// `undefined` is never evidence of ownership. What "unknown" means is the caller's decision, always
// toward the side that cannot lose data:
// - prune: unknown = not proven owned → the point is never deleted (nor its lifecycle changed).
// - backup, due decision (src/schedule/due.ts): there `tags: undefined` means "this TYPE cannot carry
//   tags", and such points (and the jobs that made them) satisfy a slot. A point of a taggable type
//   whose tags are unknown must not slip into that meaning: a snapshot missing from the Tagging API
//   may be someone else's untagged backup (another backup plan, a console backup into the same
//   vault), and counting it — or the completed job that made it — would skip our backup. Backup
//   therefore (`readTagsOfPoints` in src/aws/backup.ts) treats an unknown answer for a taggable
//   type as `{}`, "not ours" (and copies nothing from it): the worst case is one extra backup job —
//   for our own slot AWS usually answers it with the earlier job, whose idempotency token it
//   shares — never a missed one.
// - backup, tagging a copy: unknown = the ownership tags are not there yet → tag it.
import type { BackupClient } from '@aws-sdk/client-backup';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { pointTagSource } from '../plan/resource-types.js';
import { chunked, forEachConcurrent } from './concurrency.js';
import { getResources, listTags, MAX_ARNS_PER_GET_RESOURCES } from './pagination.js';
import { errorCode } from './retry.js';

export type Tags = Record<string, string>;

export interface PointTagClients {
  backup: BackupClient;
  tagging: ResourceGroupsTaggingAPIClient;
}

export interface ReadPointTagsOptions {
  /** Calls in flight at once, per API (ListTags, GetResources). */
  concurrency?: number;
}

export const DEFAULT_POINT_TAG_CONCURRENCY = 8;

/**
 * Tags of recovery points, read where their type keeps them. Every requested ARN is a key of the
 * answer; its value is the tags read (`{}`: none) or `undefined` when they could not be read (see
 * the module header for why, and for what each caller makes of it). Other errors (access denied,
 * throttling past the SDK's retries) are thrown: "could not ask" is not an answer.
 */
export async function readPointTags(
  clients: PointTagClients,
  arns: readonly string[],
  options: ReadPointTagsOptions = {},
): Promise<Map<string, Tags | undefined>> {
  const concurrency = options.concurrency ?? DEFAULT_POINT_TAG_CONCURRENCY;
  const result = new Map<string, Tags | undefined>();
  const viaBackup: string[] = [];
  const viaTagging: string[] = [];
  for (const arn of new Set(arns)) {
    result.set(arn, undefined);
    const source = pointTagSource(arn);
    if (source === 'backup') viaBackup.push(arn);
    else if (source === 'tagging-api') viaTagging.push(arn);
  }
  await Promise.all([
    forEachConcurrent(chunked(viaTagging, MAX_ARNS_PER_GET_RESOURCES), concurrency, async (batch) => {
      const asked = askedByKey(batch);
      for (const mapping of await getResources(clients.tagging, { ResourceARNList: batch })) {
        // Only ARNs we asked for: an answer about anything else is no evidence for our points.
        const arns = mapping.ResourceARN ? asked.get(arnKey(mapping.ResourceARN)) : undefined;
        if (!arns) continue;
        const tags: Tags = {};
        for (const tag of mapping.Tags ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
        for (const arn of arns) result.set(arn, tags);
      }
    }),
    forEachConcurrent(viaBackup, concurrency, async (arn) => {
      result.set(arn, await listTagsUnlessGone(clients.backup, arn));
    }),
  ]);
  return result;
}

/**
 * An ARN without its account: partition, service, region and resource. EBS snapshot and AMI
 * recovery point ARNs carry no account (`arn:aws:ec2:REGION::snapshot/snap-…`), yet the Tagging
 * API has been seen naming them with it (EC2's own form), so its answers are matched to what was
 * asked by this key, whatever the account field says. The Tagging API only answers for the
 * caller's own account, so the account adds nothing to the match.
 */
export function arnKey(arn: string): string {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return arn;
  return [parts[1], parts[2], parts[3], parts.slice(5).join(':')].join(':');
}

function askedByKey(arns: readonly string[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const arn of arns) {
    const key = arnKey(arn);
    const list = byKey.get(key);
    if (list) list.push(arn);
    else byKey.set(key, [arn]);
  }
  return byKey;
}

async function listTagsUnlessGone(backup: BackupClient, arn: string): Promise<Tags | undefined> {
  try {
    return await listTags(backup, arn);
  } catch (err) {
    // The point went away between listing and reading: there is nothing to prove ownership of.
    if (errorCode(err) === 'ResourceNotFoundException') return undefined;
    throw err;
  }
}
