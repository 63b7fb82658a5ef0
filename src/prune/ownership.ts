// What a recovery point's tags say about who owns it, and the vault lock as prune needs it. Pure.
import type { Tags, VaultInfo } from '../aws/observed.js';
import { COPY_JOB_TAG, readProvenOwnership } from '../schedule/token.js';
import { RESERVED_TAG_PREFIX, type Ownership, type VaultLock } from './model.js';

/** The ownership tags (the schedule module's one parser), or undefined unless namespace, plan and rules are there. */
export function parseOwnership(tags: Tags | undefined): Ownership | undefined {
  const read = readProvenOwnership(tags);
  if (!read) return undefined;
  return {
    namespace: read.namespace,
    plan: read.plan,
    rules: read.rules,
    ...(read.slot ? { slot: read.slot.toISOString().replace('.000Z', 'Z') } : {}),
    ...(tags?.[COPY_JOB_TAG] ? { copyJob: tags[COPY_JOB_TAG] } : {}),
  };
}

export function sameOwnership(a: Ownership | undefined, b: Ownership | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.namespace === b.namespace &&
    a.plan === b.plan &&
    [...a.rules].sort().join(',') === [...b.rules].sort().join(',') &&
    (a.copyJob ?? '') === (b.copyJob ?? '')
  );
}

export function hasReservedTags(tags: Tags | undefined): boolean {
  return Object.keys(tags ?? {}).some((k) => k.startsWith(RESERVED_TAG_PREFIX));
}

/**
 * The vault's lock (DescribeBackupVault); undefined when it has none. AWS refuses every deletion and
 * every lifecycle change in a locked vault, by anyone, whatever the point's age
 * (PutBackupVaultLockConfiguration): `Locked`, or lock limits, mean prune plans nothing there.
 * Governance-mode locks (not yet immutable) refuse them too.
 */
export function vaultLockOf(
  info: Pick<VaultInfo, 'minRetentionDays' | 'maxRetentionDays'> & { locked?: boolean },
): VaultLock | undefined {
  const { minRetentionDays, maxRetentionDays } = info;
  if (!info.locked && minRetentionDays === undefined && maxRetentionDays === undefined) return undefined;
  return { minRetentionDays, maxRetentionDays };
}
