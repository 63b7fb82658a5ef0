// The pure prune decision for one (plan, vault, resource): which of the plan's points to keep,
// remove, leave alone as orphans, or (opt-in) give a shorter lifecycle. No I/O: the caller brings the
// points whose ownership it proved, the retention that applies in this vault, and the guard facts.
//
// Why a point serving several rules is removed only when EVERY rule it serves removes it: a point
// tagged `daily,monthly` may be the one the monthly rule keeps for March; the daily rule's verdict
// alone must not delete March's monthly point.
//
// Only COMPLETED points take part in the retention engine. A point still being created, PARTIAL,
// EXPIRED or DELETING is not a restorable, finished backup: it neither fills a bucket (which would let
// a finished point be removed in its favour) nor gets removed by prune.
import { applyRetention, isEmptyPolicy, type KeepPolicy } from '../retention/engine.js';
import type { PointDecision, PointInfo, PolicySlot, VaultLock } from './model.js';

export interface GroupInput {
  /** Points of ONE resource in ONE vault whose ownership proves this plan and namespace. */
  points: readonly PointInfo[];
  /** Retention of the plan's rules in this vault (source rules and/or copy destinations). */
  slots: readonly PolicySlot[];
  /** Every rule name the plan has (to tell "rule gone" from "rule no longer copies here"). */
  planRules: ReadonlySet<string>;
  /** Whether the plan still selects the resource. */
  resourceSelected: boolean;
  now: Date;
  lock?: VaultLock;
  /** Whether a legal hold protects the point: true, or the reason to report. */
  held: (arn: string) => boolean | string | undefined;
  /** `apply-retention-to-existing`: shorten lifecycles of `retain.days` points. */
  applyRetentionToExisting: boolean;
}

/** Decide every point of the group. Output order: newest first, ties by ARN (as the engine orders). */
export function decideGroup(input: GroupInput): PointDecision[] {
  const points = [...input.points].sort(newestFirst);
  if (!input.resourceSelected)
    return points.map((point) => ({
      kind: 'orphan',
      point,
      orphan: 'resource-unselected',
      reasons: ['the plan no longer selects this resource'],
    }));

  // Per point (by its place in `points`): the slots that apply, or the decision already taken.
  const n = points.length;
  const applicable = new Array<PolicySlot[] | undefined>(n);
  const decisions = new Array<PointDecision | undefined>(n);
  const byRules = new Map<string, RulesVerdict>(); // a group's points mostly serve the same rules
  for (let i = 0; i < n; i++) {
    const point = points[i]!;
    const rules = point.ownership?.rules ?? [];
    const rulesKey = rules.length === 1 ? `1:${rules[0]!}` : JSON.stringify(rules);
    let verdict = byRules.get(rulesKey);
    if (!verdict) byRules.set(rulesKey, (verdict = rulesVerdict(rules, input)));
    if (verdict.slots) applicable[i] = verdict.slots;
    else decisions[i] = { kind: 'orphan', point, orphan: verdict.orphan, reasons: [verdict.reason] };
  }

  // Per slot: who keeps what, and why.
  const kept = new Array<string[] | undefined>(n); // keep reasons
  const removedBy = new Array<string[] | undefined>(n); // "rule: not kept" lines
  for (const slot of input.slots) {
    const serving: number[] = [];
    for (let i = 0; i < n; i++) if (applicable[i]?.includes(slot)) serving.push(i);
    if (serving.length === 0) continue;
    const label = slot.role === 'copy' ? `${slot.rule} (copy)` : slot.rule;
    const keep = slot.retain.keep;
    if (!keep || isEmptyPolicy(keep)) {
      // `retain.days` (or no keep policy at all): AWS's lifecycle deletes; prune never does.
      const why =
        slot.retain.days !== undefined
          ? `lifecycle: AWS deletes after ${slot.retain.days} days`
          : 'no keep policy';
      const reason = `${label}: ${why}`;
      for (const i of serving) push(kept, i, reason);
      continue;
    }
    const completed: { id: string; created: Date; index: number }[] = [];
    for (const i of serving) {
      const p = points[i]!;
      if (p.status === 'COMPLETED') completed.push({ id: p.arn, created: p.created, index: i });
      else push(kept, i, `${label}: status ${p.status}, not judged`);
    }
    const result = applyRetention(completed, keep, { timezone: slot.timezone });
    for (const k of result.keep) for (const r of k.reasons) push(kept, k.point.index, `${label}: ${r}`);
    const notKept = `${label}: not kept by ${describePolicy(keep)}`;
    for (const r of result.remove) push(removedBy, r.index, notKept);
  }

  const newest = points.findIndex((p, i) => p.status === 'COMPLETED' && applicable[i] !== undefined);
  for (let i = 0; i < n; i++) {
    if (decisions[i]) continue;
    const point = points[i]!;
    const keepReasons = kept[i];
    decisions[i] = keepReasons
      ? shortenOrKeep(point, applicable[i] ?? [], keepReasons, input)
      : guard(point, removedBy[i] ?? [], i === newest, input);
  }
  return decisions as PointDecision[];
}

/** What a point's rules say before any retention: the slots that judge it, or why it is an orphan. */
type RulesVerdict =
  | { slots: PolicySlot[]; orphan?: never; reason?: never }
  | { slots?: never; orphan: 'rule-gone' | 'destination-gone'; reason: string };

function rulesVerdict(rules: readonly string[], input: GroupInput): RulesVerdict {
  // A rule the plan no longer has may be the one that keeps this point (every rule it serves must
  // remove it): with any rule gone the point is an orphan, never judged by the remaining rules alone.
  const gone = rules.filter((r) => !input.planRules.has(r));
  if (gone.length > 0)
    return { orphan: 'rule-gone', reason: `rule ${gone.join(', ')} is not in the plan any more` };
  const slots = input.slots.filter((s) => rules.includes(s.rule));
  if (slots.length > 0) return { slots };
  return rules.length > 0
    ? { orphan: 'destination-gone', reason: `rule ${rules.join(', ')} no longer keeps points in this vault` }
    : { orphan: 'rule-gone', reason: 'rule (none) is not in the plan any more' };
}

/** Why nothing is deleted or shortened in a locked vault. */
export const LOCK_GOVERNS =
  'vault lock: AWS refuses every deletion and lifecycle change in a locked vault; its lifecycle governs the point';

/**
 * A point every applicable rule removes: delete it unless a guard says no. (The engine keeps the
 * newest point of every non-empty policy, so the newest guard is a backstop against engine bugs.)
 */
export function guard(
  point: PointInfo,
  reasons: string[],
  isNewest: boolean,
  input: GroupInput,
): PointDecision {
  if (isNewest)
    return {
      kind: 'guarded',
      point,
      guard: 'newest',
      reasons: [...reasons, 'newest completed point of the resource'],
    };
  // AWS refuses every DeleteRecoveryPoint in a locked vault, whatever the point's age: the lock
  // governs it (its points leave through their lifecycle), so no call is made and no deletion counted.
  if (input.lock)
    return {
      kind: 'guarded',
      point,
      guard: 'locked',
      reasons: [...reasons, LOCK_GOVERNS],
    };
  return heldOrRemove(point, reasons, input.held);
}

/** The last guard: a legal hold keeps a point every other check let go. */
function heldOrRemove(point: PointInfo, reasons: string[], held: GroupInput['held']): PointDecision {
  const hold = held(point.arn);
  if (hold)
    return {
      kind: 'guarded',
      point,
      guard: 'legal-hold',
      reasons: [...reasons, typeof hold === 'string' ? hold : 'under an active legal hold'],
    };
  return { kind: 'remove', point, reasons };
}

/**
 * The group's decisions as `decideGroup` makes them with `held`, from the decisions it made while
 * nothing counted as held: holds weigh on nothing but the last guard of a removal, so only the
 * removals are looked at again (the same decision, without walking the retention again).
 */
export function withLegalHolds(
  decisions: readonly PointDecision[],
  held: GroupInput['held'],
): PointDecision[] {
  return decisions.map((d) => (d.kind === 'remove' ? heldOrRemove(d.point, d.reasons, held) : d));
}

/**
 * A kept point whose rules all use `retain.days`: with `apply-retention-to-existing`, shorten its
 * lifecycle to the longest of those days (never lengthen; never below cold storage + 90 days, which
 * AWS requires). Never in a locked vault: AWS refuses every lifecycle change there.
 */
function shortenOrKeep(
  point: PointInfo,
  slots: PolicySlot[],
  reasons: string[],
  input: GroupInput,
): PointDecision {
  const keepDecision: PointDecision = { kind: 'keep', point, reasons };
  if (!input.applyRetentionToExisting || point.status !== 'COMPLETED') return keepDecision;
  // A locked vault refuses every lifecycle change too.
  if (input.lock) return { kind: 'keep', point, reasons: [...reasons, LOCK_GOVERNS] };
  // Any rule without `days` keeps the point indefinitely (GFS): its lifecycle must not be shortened.
  const days = slots.map((s) => (s.retain.keep && !isEmptyPolicy(s.retain.keep) ? undefined : s.retain.days));
  if (days.some((d) => d === undefined)) return keepDecision;
  let target = Math.max(...(days as number[]));
  const floors: string[] = [];
  if (point.moveToColdAfterDays !== undefined && target < point.moveToColdAfterDays + 90) {
    target = point.moveToColdAfterDays + 90;
    floors.push(`cold storage after ${point.moveToColdAfterDays} days needs ≥ ${target}`);
  }
  const from = point.deleteAfterDays;
  if (from !== undefined && from <= target) return keepDecision;
  return {
    kind: 'shorten',
    point,
    fromDays: from,
    toDays: target,
    reasons: [
      ...reasons,
      `lifecycle ${from === undefined ? 'none' : `${from} days`} → ${target} days${floors.length ? ` (${floors.join('; ')})` : ''}`,
    ],
  };
}

export function describePolicy(keep: KeepPolicy): string {
  const parts = Object.entries(keep)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${String(v)}`);
  return `keep {${parts.join(', ')}}`;
}

function push(lists: (string[] | undefined)[], i: number, value: string): void {
  const list = lists[i];
  if (list) list.push(value);
  else lists[i] = [value];
}

function newestFirst(a: PointInfo, b: PointInfo): number {
  const t = b.created.getTime() - a.created.getTime();
  if (t !== 0) return t;
  return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}
