// What a prune run does with its decisions, and how each outcome lands in the report. Pure: the
// run scans and executes; these functions only turn decisions into work and outcomes into report
// entries.
import type { FailureReport, GroupReport, GuardName, PointReport, VaultReport } from '../report/prune.js';
import type { Candidate, LifecycleChange, LifecycleOutcome, Outcome } from './execute.js';
import { vaultKey } from './model.js';
import type { VaultScan } from './scan.js';

/** A removal, with the report entries its outcome updates. */
export interface Removal {
  candidate: Candidate;
  point: PointReport;
  group: GroupReport;
}

/** A lifecycle shortening (`apply-retention-to-existing`), with its report entry. */
export interface Shortening {
  change: LifecycleChange;
  point: PointReport;
}

/**
 * Removals in a fixed order (vault, plan, resource, oldest first), so a capped run and the next one
 * work through the same backlog; and the lifecycle changes.
 */
export function planActions(scans: readonly { scan?: VaultScan; report: VaultReport }[]): {
  removals: Removal[];
  shortenings: Shortening[];
} {
  const removals: Removal[] = [];
  const shortenings: Shortening[] = [];
  for (const { scan, report } of scans) {
    if (!scan) continue;
    scan.groups.forEach((g, i) => {
      const group = report.groups[i]!;
      const rowOf = reportRows(group.points);
      for (let k = g.decisions.length - 1; k >= 0; k--) {
        const d = g.decisions[k]!;
        if (d.kind !== 'remove' && d.kind !== 'shorten') continue;
        const point = rowOf(d.point.arn);
        if (!point) continue; // orphans are reported separately
        const base = { vault: g.vault, planId: g.planId, point: d.point, ownership: d.point.ownership! };
        if (d.kind === 'remove') removals.push({ candidate: base, point, group });
        if (d.kind === 'shorten') shortenings.push({ change: { ...base, toDays: d.toDays }, point });
      }
    });
  }
  return { removals, shortenings };
}

/** The report row of a point by ARN; the map is built only when a group has something to do. */
function reportRows(points: readonly PointReport[]): (arn: string) => PointReport | undefined {
  let byArn: Map<string, PointReport> | undefined;
  return (arn) => (byArn ??= new Map(points.map((p) => [p.arn, p]))).get(arn);
}

/** The first `max` removals go ahead; the rest are guarded by the cap. */
export function applyCap(
  removals: readonly Removal[],
  max: number,
): { allowed: Removal[]; capped: Removal[] } {
  const allowed = removals.slice(0, max);
  const capped = removals.slice(max);
  for (const c of capped) markGuarded(c.point, 'cap');
  return { allowed, capped };
}

/** A dry run: what would be deleted and shortened. */
export function markDryRun(allowed: readonly Removal[], shortenings: readonly Shortening[]): void {
  for (const c of allowed) c.point.outcome = 'would-delete';
  for (const l of shortenings) l.point.outcome = 'would-shorten';
}

/**
 * Record a deletion's outcome in the report (and a failure in `failures`). True when the catalog
 * must forget the point (gone, or its tags or state changed).
 */
export function recordOutcome(o: Outcome, point: PointReport, failures: FailureReport[]): boolean {
  const vault = vaultKey(o.candidate.vault);
  if (o.kind === 'deleted') {
    point.outcome = 'deleted';
    if (o.pending) point.message = 'DELETING: AWS finishes the deletion';
    return true;
  }
  if (o.kind === 'failed') {
    point.outcome = 'failed';
    point.message = o.message;
    failures.push({
      vault,
      arn: o.candidate.point.arn,
      message: o.message,
      ...(o.expired ? { expired: true } : {}),
    });
    return false;
  }
  markGuarded(point, o.why);
  point.message = o.message;
  return o.why === 'ownership-changed' || o.why === 'state-changed';
}

/** Record a lifecycle change's outcome in the report (and a failure in `failures`). */
export function recordLifecycleOutcome(
  r: LifecycleOutcome,
  point: PointReport,
  failures: FailureReport[],
): void {
  if (r.kind === 'shortened') {
    point.outcome = 'shortened';
    return;
  }
  point.outcome = 'kept';
  point.message = r.message;
  if (r.kind === 'failed')
    failures.push({ vault: vaultKey(r.change.vault), arn: r.change.point.arn, message: r.message });
}

function markGuarded(point: PointReport, guard: GuardName): void {
  point.outcome = 'guarded';
  point.guard = guard;
}
