// The shapes prune works with: recovery points as listed from AWS (with the ownership read from their
// tags), the retention that applies to them in one vault, and the decision taken for each point.
// Decisions are data so the report, the dry run and the executor all read the same thing.
import type { GuardName as GuardKind, OrphanName as OrphanKind } from '../report/prune.js';
import type { VaultPoint } from '../aws/observed.js';
import type { KeepPolicy } from '../retention/engine.js';

export { vaultKey } from '../run/tag-memo.js';

/** The `backup-plans:*` ownership tags of a recovery point (DESIGN.md "Ownership"). */
export interface Ownership {
  namespace: string;
  plan: string;
  /** Rule names the point serves (the `backup-plans:rules` tag, split on `,`). */
  rules: string[];
  slot?: string;
  /**
   * `backup-plans:copy-job`: the marker that we made this copy, written by us with the ownership tags
   * once it completed. Copies carry their source's tags, so only this marks a copy as ours.
   */
  copyJob?: string;
}

/** Where recovery points live: one vault in one account and region, reached through one role. */
export interface VaultRef {
  account: string;
  region: string;
  vault: string;
  /** Role to assume for this vault. */
  role: string;
}

/** A recovery point as ListRecoveryPointsByBackupVault shows it, plus its ownership when proven. */
export interface PointInfo extends VaultPoint {
  /** Undefined: no ownership tags (or none readable for this type). */
  ownership?: Ownership;
}

/** A rule's retention as prune needs it (the plan's `retain`, or a `copyTo[].retain`). */
export interface RetainPolicy {
  keep?: KeepPolicy;
  days?: number;
  coldAfterDays?: number;
  hardLimitDays?: number;
}

/** One rule's retention applied in one vault: the source vault, or one of its copy destinations. */
export interface PolicySlot {
  rule: string;
  timezone: string;
  retain: RetainPolicy;
  /** "source" or "copy" — only for the report's wording. */
  role: 'source' | 'copy';
}

export interface VaultLock {
  minRetentionDays?: number;
  maxRetentionDays?: number;
}

/** Guard and orphan kinds: one list each, in the report (src/report/prune.ts). */
export type { GuardName as GuardKind, OrphanName as OrphanKind } from '../report/prune.js';

export type PointDecision =
  | { kind: 'keep'; point: PointInfo; reasons: string[] }
  | { kind: 'remove'; point: PointInfo; reasons: string[] }
  | { kind: 'guarded'; point: PointInfo; guard: GuardKind; reasons: string[] }
  | { kind: 'orphan'; point: PointInfo; orphan: OrphanKind; reasons: string[] }
  | { kind: 'shorten'; point: PointInfo; fromDays: number | undefined; toDays: number; reasons: string[] };

export const RESERVED_TAG_PREFIX = 'backup-plans:';
