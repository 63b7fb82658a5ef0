// The AWS reads prune bases its decisions on: the points in a vault, their ownership tags (read where
// each resource type keeps them), the resources' own tags and the vault lock (legal holds: legal-holds.ts).
// Every function pages through to the end; none of them writes anything.
import {
  ListRecoveryPointsByBackupVaultCommand,
  ListTagsCommand,
  type BackupClient,
} from '@aws-sdk/client-backup';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { errorCode } from '../aws/retry.js';
import { describeVault, tagsByArn, type Tags } from '../backup/aws-io.js';
import { pointTagSource } from '../plan/resource-types.js';
import { readOwnership } from '../schedule/token.js';
import { RESERVED_TAG_PREFIX, type Ownership, type PointInfo, type VaultLock } from './model.js';

/** Every recovery point in a vault (optionally of one resource), without tags. */
export async function listVaultPoints(
  backup: BackupClient,
  vault: string,
  resourceArn?: string,
): Promise<PointInfo[]> {
  const out: PointInfo[] = [];
  let token: string | undefined;
  do {
    const page = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({
        BackupVaultName: vault,
        NextToken: token,
        MaxResults: 1000,
        ...(resourceArn ? { ByResourceArn: resourceArn } : {}),
      }),
    );
    for (const rp of page.RecoveryPoints ?? []) {
      if (!rp.RecoveryPointArn || !rp.ResourceArn || !rp.CreationDate) continue;
      out.push({
        arn: rp.RecoveryPointArn,
        resourceArn: rp.ResourceArn,
        resourceType: rp.ResourceType,
        created: rp.CreationDate,
        status: rp.Status ?? 'UNKNOWN',
        deleteAfterDays: rp.Lifecycle?.DeleteAfterDays,
        moveToColdAfterDays: rp.Lifecycle?.MoveToColdStorageAfterDays,
      });
    }
    token = page.NextToken;
  } while (token);
  return out;
}

/** The ownership tags (the schedule module's one parser), or undefined unless namespace, plan and rules are there. */
export function parseOwnership(tags: Tags | undefined): Ownership | undefined {
  const read = readOwnership(tags);
  if (!read || read.rules.length === 0) return undefined;
  return {
    namespace: read.namespace,
    plan: read.plan,
    rules: read.rules,
    ...(read.slot ? { slot: read.slot.toISOString().replace('.000Z', 'Z') } : {}),
  };
}

export function sameOwnership(a: Ownership | undefined, b: Ownership | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.namespace === b.namespace &&
    a.plan === b.plan &&
    [...a.rules].sort().join(',') === [...b.rules].sort().join(',')
  );
}

export function hasReservedTags(tags: Tags | undefined): boolean {
  return Object.keys(tags ?? {}).some((k) => k.startsWith(RESERVED_TAG_PREFIX));
}

export interface TagReaders {
  backup: BackupClient;
  tagging: ResourceGroupsTaggingAPIClient;
}

/**
 * Tags of recovery points, read where their type keeps them: Backup ListTags for full-management
 * types, the Tagging API (100 ARNs a call) for native snapshots. Types that carry no tags, and points
 * the Tagging API does not know, map to undefined. `concurrency` bounds parallel ListTags calls.
 */
export async function readPointTags(
  clients: TagReaders,
  arns: readonly string[],
  concurrency = 8,
): Promise<Map<string, Tags | undefined>> {
  const result = new Map<string, Tags | undefined>();
  const viaBackup: string[] = [];
  const viaTagging: string[] = [];
  for (const arn of arns) {
    const source = pointTagSource(arn);
    if (source === 'backup') viaBackup.push(arn);
    else if (source === 'tagging-api') viaTagging.push(arn);
    else result.set(arn, undefined);
  }
  for (const [arn, tags] of await tagsByArn(clients.tagging, viaTagging)) result.set(arn, tags);
  await forEachConcurrent(viaBackup, concurrency, async (arn) => {
    result.set(arn, await listBackupTags(clients.backup, arn));
  });
  return result;
}

async function listBackupTags(backup: BackupClient, arn: string): Promise<Tags | undefined> {
  const tags: Tags = {};
  let token: string | undefined;
  try {
    do {
      const page = await backup.send(new ListTagsCommand({ ResourceArn: arn, NextToken: token }));
      Object.assign(tags, page.Tags ?? {});
      token = page.NextToken;
    } while (token);
  } catch (err) {
    // The point went away between listing and reading: it has no ownership to prove.
    if (errorCode(err) === 'ResourceNotFoundException') return undefined;
    throw err;
  }
  return tags;
}

/** The vault's lock limits (backup's describeVault); undefined when it has none. */
export async function readVaultLock(backup: BackupClient, vault: string): Promise<VaultLock | undefined> {
  const { minRetentionDays, maxRetentionDays } = await describeVault(backup, vault);
  // Governance-mode locks (not yet immutable) are enforced too, so `locked` is not required.
  if (minRetentionDays === undefined && maxRetentionDays === undefined) return undefined;
  return { minRetentionDays, maxRetentionDays };
}

export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
