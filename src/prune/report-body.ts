// The prune report's body, built from the vault scans and what the run did. Pure.
import type { FailureReport, GroupReport, PointReport, PruneRunBody, VaultReport } from '../report/prune.js';
import { civilFromDays, MS_PER_DAY, pad2 } from '../time/calendar.js';
import type { PointDecision, VaultRef } from './model.js';
import type { VaultScan } from './scan.js';

/** A vault's report before (or without) a scan. */
export function emptyVaultReport(vault: VaultRef): VaultReport {
  return {
    account: vault.account,
    region: vault.region,
    vault: vault.vault,
    listed: 0,
    unowned: 0,
    notOurs: 0,
    reservedResources: [],
    orphans: [],
    groups: [],
    notes: [],
  };
}

export interface BodyInput {
  dryRun: boolean;
  maxDeletions: number;
  applyRetentionToExisting: boolean;
  reports: readonly VaultReport[];
  failures: FailureReport[];
  errors: string[];
  /** Removals left for later runs by the cap. */
  capped: number;
  deletionRate?: number | undefined;
}

/** The run's body: groups without points dropped, counts and totals from the outcomes. */
export function pruneBody(input: BodyInput): PruneRunBody {
  const vaults = input.reports.map((r) => ({ ...r, groups: r.groups.filter((g) => g.points.length > 0) }));
  for (const v of vaults) for (const g of v.groups) recount(g);
  return {
    dryRun: input.dryRun,
    maxDeletions: input.maxDeletions,
    applyRetentionToExisting: input.applyRetentionToExisting,
    ...(input.capped > 0 ? { stoppedEarly: { limit: input.maxDeletions, remaining: input.capped } } : {}),
    totals: totals(vaults, input.failures),
    vaults,
    failures: input.failures,
    errors: input.errors,
    notes: [],
    ...(input.deletionRate !== undefined ? { deletionRate: input.deletionRate } : {}),
  };
}

/**
 * A point's report row. One literal per row in the report's key order (no spread of a shared base):
 * a prune builds one for every point it listed of ours, thousands a run.
 */
function pointReport(d: PointDecision): PointReport {
  const p = d.point;
  const rules = p.ownership?.rules ?? [];
  const created = isoInstant(p.created);
  // `shorten` becomes (would-)shortened once executed; orphans are reported apart and stay kept.
  if (d.kind !== 'remove' && d.kind !== 'guarded')
    return { arn: p.arn, created, status: p.status, rules, reasons: d.reasons, outcome: 'kept' };
  if (d.kind === 'remove')
    return { arn: p.arn, created, status: p.status, rules, reasons: d.reasons, outcome: 'would-delete' };
  return {
    arn: p.arn,
    created,
    status: p.status,
    rules,
    reasons: d.reasons,
    outcome: 'guarded',
    guard: d.guard,
  };
}

/** The date part (`YYYY-MM-DD`) of recent UTC days: a prune's points share a few hundred days. */
const dayText = new Map<number, string>();

/**
 * `date.toISOString()`, with the date part memoised per day: `toISOString` is the bulk of a report
 * row's cost. Years outside 1970–9999 (never a recovery point) take `toISOString` itself.
 */
export function isoInstant(date: Date): string {
  const ms = date.getTime();
  if (!(ms >= 0 && ms <= MAX_FAST_MS)) return date.toISOString();
  const day = Math.floor(ms / MS_PER_DAY);
  let prefix = dayText.get(day);
  if (prefix === undefined) {
    if (dayText.size >= 4096) dayText.clear();
    const c = civilFromDays(day);
    prefix = `${c.year}-${pad2(c.month)}-${pad2(c.day)}T`;
    dayText.set(day, prefix);
  }
  let rest = ms - day * MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  return `${prefix}${pad2(h)}:${pad2(m)}:${pad2(s)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

/** 9999-12-31T23:59:59.999Z: four-digit years, as toISOString writes them. */
const MAX_FAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function vaultReport(base: VaultReport, scan: VaultScan): VaultReport {
  const groups: GroupReport[] = [];
  const orphans = scan.orphans.map((d) => orphanReport(d, d.point.ownership?.plan ?? '?'));
  for (const g of scan.groups) {
    const points: PointReport[] = [];
    for (const d of g.decisions) {
      if (d.kind === 'orphan') orphans.push(orphanReport(d, g.planId));
      else points.push(pointReport(d));
    }
    groups.push({
      plan: g.planId,
      resourceArn: g.resourceArn,
      kept: 0,
      removed: 0,
      deleted: 0,
      guarded: 0,
      failed: 0,
      points,
    });
  }
  return {
    ...base,
    ...(scan.lock ? { lock: scan.lock } : {}),
    listed: scan.listed,
    unowned: scan.unowned,
    notOurs: scan.notOurs,
    reservedResources: scan.reservedResources,
    orphans,
    groups,
    notes: scan.notes,
  };
}

function orphanReport(d: PointDecision, plan: string) {
  return {
    arn: d.point.arn,
    resourceArn: d.point.resourceArn,
    created: isoInstant(d.point.created),
    plan,
    rules: d.point.ownership?.rules ?? [],
    orphan: d.kind === 'orphan' ? d.orphan : 'rule-gone',
    reasons: d.reasons,
  };
}

/** The group's counts from its points' outcomes, in one pass over them. */
function recount(g: GroupReport): void {
  let kept = 0;
  let deleted = 0;
  let guarded = 0;
  let failed = 0;
  for (const { outcome } of g.points) {
    if (outcome === 'kept' || outcome === 'shortened' || outcome === 'would-shorten') kept++;
    else if (outcome === 'deleted') deleted++;
    else if (outcome === 'guarded') guarded++;
    else if (outcome === 'failed') failed++;
  }
  g.kept = kept;
  g.removed = g.points.length - kept;
  g.deleted = deleted;
  g.guarded = guarded;
  g.failed = failed;
}

function totals(vaults: VaultReport[], failures: FailureReport[]): PruneRunBody['totals'] {
  const t: PruneRunBody['totals'] = {
    listed: 0,
    owned: 0,
    kept: 0,
    removed: 0,
    deleted: 0,
    wouldDelete: 0,
    shortened: 0,
    failures: failures.length,
    orphans: 0,
    unowned: 0,
    notOurs: 0,
    reservedResources: 0,
    guarded: {},
  };
  for (const v of vaults) {
    t.listed += v.listed;
    t.unowned += v.unowned;
    t.notOurs += v.notOurs;
    t.orphans += v.orphans.length;
    t.reservedResources += v.reservedResources.length;
    t.owned += v.orphans.length;
    for (const g of v.groups) {
      t.owned += g.points.length;
      t.kept += g.kept;
      t.removed += g.removed;
      t.deleted += g.deleted;
      for (const p of g.points) {
        if (p.outcome === 'would-delete') t.wouldDelete++;
        if (p.outcome === 'shortened' || p.outcome === 'would-shorten') t.shortened++;
        if (p.outcome === 'guarded' && p.guard) t.guarded[p.guard] = (t.guarded[p.guard] ?? 0) + 1;
      }
    }
  }
  return t;
}
