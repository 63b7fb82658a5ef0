// The AWS reads prune bases its decisions on: the points in a vault, what their ownership tags say
// (the tags themselves are read by src/aws/point-tags.ts, shared with backup), the resources' own
// tags and the vault lock (legal holds: legal-holds.ts).
// Every function pages through to the end; none of them writes anything.
import { ListRecoveryPointsByBackupVaultCommand, type BackupClient } from '@aws-sdk/client-backup';
import type { Tags } from '../aws/point-tags.js';
import { describeVault } from '../backup/aws-io.js';
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

/** The vault's lock limits (backup's describeVault); undefined when it has none. */
export async function readVaultLock(backup: BackupClient, vault: string): Promise<VaultLock | undefined> {
  const { minRetentionDays, maxRetentionDays } = await describeVault(backup, vault);
  // Governance-mode locks (not yet immutable) are enforced too, so `locked` is not required.
  if (minRetentionDays === undefined && maxRetentionDays === undefined) return undefined;
  return { minRetentionDays, maxRetentionDays };
}
