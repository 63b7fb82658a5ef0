// The AWS lifecycle of one job that serves several rules (or of one copy), within a vault's lock.
//
// - `days` retention is an AWS lifecycle: DeleteAfterDays = days.
// - GFS (`keep`) points are deleted by pruning only, so they get no DeleteAfterDays unless the rule
//   sets `hardLimitDays` (a cost cap). One point serving a GFS rule without a hard limit therefore
//   gets no DeleteAfterDays at all: any lifecycle would let AWS delete a point that rule still keeps.
// - Otherwise the longest of the rules' needs wins: the point must live as long as its longest rule.
// - Cold storage only when every served rule asks for it (a rule without coldAfterDays expects a warm
//   point it can copy and restore quickly); then the latest move wins, for the same reason.
// - Vault lock: a job whose lifecycle falls outside Min/MaxRetentionDays fails at AWS. Below the
//   minimum we raise DeleteAfterDays to it (keeping longer than asked is safe, and noted); above the
//   maximum — including "until pruned" — nothing safe exists, so it is an error that says what to set.
import { MAX_DELETE_AFTER_DAYS, MIN_COLD_STORAGE_DAYS } from '../plan/model.js';

/** The retention fields lifecycle needs; the plan model's `Retention` fits. */
export interface LifecycleRetention {
  days?: number | undefined;
  coldAfterDays?: number | undefined;
  keep?: unknown;
  hardLimitDays?: number | undefined;
}

export interface VaultLockLimits {
  vaultName: string;
  /** DescribeBackupVault `Locked`: AWS refuses every deletion and lifecycle change there. */
  locked?: boolean | undefined;
  minRetentionDays?: number | undefined;
  maxRetentionDays?: number | undefined;
}

export interface Lifecycle {
  deleteAfterDays?: number;
  moveToColdStorageAfterDays?: number;
}

export type LifecycleDecision =
  { ok: true; lifecycle: Lifecycle | undefined; notes: string[] } | { ok: false; error: string };

export function combinedLifecycle(
  served: readonly { name: string; retain: LifecycleRetention }[],
  lock?: VaultLockLimits,
): LifecycleDecision {
  if (served.length === 0) return { ok: true, lifecycle: undefined, notes: [] };
  const notes: string[] = [];

  // What each rule needs: a number of days, or Infinity for "until pruning deletes it".
  const needs = served.map((r) => ({
    name: r.name,
    days: r.retain.days ?? r.retain.hardLimitDays ?? Infinity,
  }));
  const longest = needs.reduce((a, b) => (b.days > a.days ? b : a));
  let deleteAfterDays = Number.isFinite(longest.days) ? longest.days : undefined;

  const colds = served.map((r) => r.retain.coldAfterDays);
  let coldAfterDays: number | undefined;
  if (colds.every((c) => c !== undefined)) coldAfterDays = Math.max(...(colds as number[]));
  else if (colds.some((c) => c !== undefined))
    notes.push(
      `not moved to cold storage: rules ${served
        .filter((r) => r.retain.coldAfterDays === undefined)
        .map((r) => `"${r.name}"`)
        .join(', ')} keep points warm`,
    );

  if (lock?.maxRetentionDays !== undefined) {
    if (deleteAfterDays === undefined) {
      return {
        ok: false,
        error:
          `rule "${longest.name}" keeps points until pruning deletes them (retain.keep without hardLimitDays), ` +
          `but vault "${lock.vaultName}" is locked with a maximum retention of ${lock.maxRetentionDays} days: ` +
          `set retain.hardLimitDays to at most ${lock.maxRetentionDays}`,
      };
    }
    if (deleteAfterDays > lock.maxRetentionDays) {
      return {
        ok: false,
        error:
          `rule "${longest.name}" retains points for ${deleteAfterDays} days, but vault "${lock.vaultName}" is ` +
          `locked with a maximum retention of ${lock.maxRetentionDays} days: shorten the retention or use another vault`,
      };
    }
  }
  if (
    lock?.minRetentionDays !== undefined &&
    deleteAfterDays !== undefined &&
    deleteAfterDays < lock.minRetentionDays
  ) {
    notes.push(
      `kept ${lock.minRetentionDays} days instead of ${deleteAfterDays}: vault "${lock.vaultName}" is locked with that minimum retention`,
    );
    deleteAfterDays = lock.minRetentionDays;
  }

  if (
    coldAfterDays !== undefined &&
    deleteAfterDays !== undefined &&
    deleteAfterDays < coldAfterDays + MIN_COLD_STORAGE_DAYS
  ) {
    // Validation rejects this per rule; combined rules cannot produce it, but never send AWS a lifecycle it refuses.
    notes.push(
      `not moved to cold storage: deleting after ${deleteAfterDays} days leaves less than the ${MIN_COLD_STORAGE_DAYS} days AWS requires in cold storage`,
    );
    coldAfterDays = undefined;
  }

  const lifecycle: Lifecycle = {};
  if (deleteAfterDays !== undefined) lifecycle.deleteAfterDays = deleteAfterDays;
  if (coldAfterDays !== undefined) lifecycle.moveToColdStorageAfterDays = coldAfterDays;
  return { ok: true, lifecycle: Object.keys(lifecycle).length > 0 ? lifecycle : undefined, notes };
}

/**
 * The lifecycle of a copy into one destination vault. AWS gives a copy sent without a Lifecycle the
 * SOURCE point's lifecycle, and a copy sent with DeleteAfterDays -1 keeps the source's expiry date
 * ("Backup and tag copy"): a copy of a `days: 35` point would die at day 35 whatever the destination
 * keeps. So every copy carries an explicit DeleteAfterDays: `days`, else `hardLimitDays`, else the
 * AWS maximum (36,500 days, AWS's own advice of "100 years"), which pruning then cuts down to `keep`.
 * That default is clamped into the destination's vault lock range (a lock maximum below it is the
 * longest the vault allows); an explicit value outside the lock stays an error.
 */
export function copyLifecycle(
  served: readonly { name: string; retain: LifecycleRetention }[],
  lock?: VaultLockLimits,
): LifecycleDecision {
  const untilPruned = Math.min(MAX_DELETE_AFTER_DAYS, lock?.maxRetentionDays ?? MAX_DELETE_AFTER_DAYS);
  return combinedLifecycle(
    served.map((r) =>
      r.retain.days === undefined && r.retain.hardLimitDays === undefined
        ? { name: r.name, retain: { ...r.retain, hardLimitDays: untilPruned } }
        : r,
    ),
    lock,
  );
}
