// One prune run: scan every vault the plans keep points in, decide, apply the max-deletions cap, delete
// (unless dry run), and build the report. The command wires AWS, the catalog and the host around it.
import { describeAwsError } from '../aws/retry.js';
import type { Plan } from '../plan/model.js';
import type {
  FailureReport,
  GroupReport,
  GuardName,
  PointReport,
  PruneRunBody,
  VaultReport,
} from '../report/prune.js';
import type { Catalog } from './catalog.js';
import {
  applyLifecycles,
  executeDeletions,
  type Candidate,
  type ExecClients,
  type ExecuteOptions,
  type LifecycleChange,
  type Outcome,
} from './execute.js';
import { vaultKey, type PointDecision } from './model.js';
import { scanVault, ScanMemo, type VaultScan } from './scan.js';
import { vaultTargets } from './targets.js';

export interface PruneRunOptions {
  plans: readonly { plan: Plan; namespace: string }[];
  /** Ids of every plan file in the folder (valid or not): a point naming another id is an orphan. */
  folderPlanIds: ReadonlySet<string>;
  clients: ExecClients;
  catalog: Catalog;
  now: () => Date;
  dryRun: boolean;
  maxDeletions: number;
  applyRetentionToExisting: boolean;
  log?: (message: string) => void;
  execute?: ExecuteOptions;
}

export async function runPrune(options: PruneRunOptions): Promise<PruneRunBody> {
  const log = options.log ?? (() => {});
  const targets = vaultTargets(options.plans);
  const memo = new ScanMemo();
  const scans: { scan?: VaultScan; report: VaultReport }[] = [];
  const errors: string[] = [];
  for (const target of targets) {
    const { vault } = target;
    const base: VaultReport = {
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
    try {
      const scan = await scanVault(target, {
        aws: options.clients,
        catalog: options.catalog,
        now: options.now(),
        namespaces: new Set(options.plans.map((p) => p.namespace)),
        folderPlanIds: options.folderPlanIds,
        plans: new Map(options.plans.map((p) => [p.plan.id, p])),
        applyRetentionToExisting: options.applyRetentionToExisting,
        memo,
      });
      log(
        `${vaultKey(vault)}: ${scan.listed} points listed, ${scan.groups.length} resource group(s) of ours`,
      );
      scans.push({ scan, report: vaultReport(base, scan) });
    } catch (err) {
      const message = `vault ${vaultKey(vault)} could not be scanned, nothing in it was pruned: ${describeAwsError(err, { role: vault.role, region: vault.region })}`;
      errors.push(message);
      scans.push({ report: { ...base, error: message } });
    }
  }

  // Removals in a fixed order (vault, plan, resource, oldest first), so a capped run and the next
  // one work through the same backlog.
  const candidates: { candidate: Candidate; point: PointReport; group: GroupReport }[] = [];
  const lifecycle: { change: LifecycleChange; point: PointReport }[] = [];
  for (const { scan, report } of scans) {
    if (!scan) continue;
    scan.groups.forEach((g, i) => {
      const group = report.groups[i]!;
      const decisions = [...g.decisions].reverse();
      const byArn = new Map(group.points.map((p) => [p.arn, p]));
      for (const d of decisions) {
        const point = byArn.get(d.point.arn);
        if (!point) continue; // orphans are reported separately
        if (d.kind === 'remove')
          candidates.push({
            candidate: { vault: g.vault, planId: g.planId, point: d.point, ownership: d.point.ownership! },
            point,
            group,
          });
        if (d.kind === 'shorten')
          lifecycle.push({
            change: {
              vault: g.vault,
              planId: g.planId,
              point: d.point,
              ownership: d.point.ownership!,
              toDays: d.toDays,
            },
            point,
          });
      }
    });
  }
  const allowed = candidates.slice(0, options.maxDeletions);
  const capped = candidates.slice(options.maxDeletions);
  for (const c of capped) markGuarded(c.point, c.group, 'cap');

  const failures: FailureReport[] = [];
  let deletionRate: number | undefined;
  if (options.dryRun) {
    for (const c of allowed) c.point.outcome = 'would-delete';
    for (const l of lifecycle) l.point.outcome = 'would-shorten';
  } else {
    const byArn = new Map(allowed.map((c) => [c.candidate.point.arn, c]));
    const began = Date.now();
    let done = 0;
    const outcomes = await executeDeletions(
      allowed.map((c) => c.candidate),
      options.clients,
      {
        ...options.execute,
        onOutcome: (o) => {
          done++;
          if (done % 500 === 0) log(`prune: ${done}/${allowed.length} removals processed`);
          options.execute?.onOutcome?.(o);
        },
      },
    );
    const seconds = (Date.now() - began) / 1000;
    for (const o of outcomes) applyOutcome(o, byArn.get(o.candidate.point.arn)!, failures, options.catalog);
    const deleted = outcomes.filter((o) => o.kind === 'deleted').length;
    if (deleted > 0 && seconds > 0) deletionRate = deleted / seconds;
    if (lifecycle.length > 0) {
      const byPoint = new Map(lifecycle.map((l) => [l.change.point.arn, l.point]));
      for (const r of await applyLifecycles(
        lifecycle.map((l) => l.change),
        options.clients,
      )) {
        const p = byPoint.get(r.change.point.arn)!;
        if (r.kind === 'shortened') p.outcome = 'shortened';
        else {
          p.outcome = 'kept';
          p.message = r.message;
          if (r.kind === 'failed')
            failures.push({ vault: vaultKey(r.change.vault), arn: r.change.point.arn, message: r.message });
        }
      }
    }
  }
  const vaults = scans.map((s) => ({
    ...s.report,
    groups: s.report.groups.filter((g) => g.points.length > 0),
  }));
  for (const v of vaults) for (const g of v.groups) recount(g);
  const report: PruneRunBody = {
    dryRun: options.dryRun,
    maxDeletions: options.maxDeletions,
    applyRetentionToExisting: options.applyRetentionToExisting,
    ...(capped.length > 0 ? { stoppedEarly: { limit: options.maxDeletions, remaining: capped.length } } : {}),
    totals: totals(vaults, failures),
    vaults,
    failures,
    errors,
    notes: [],
    ...(deletionRate !== undefined ? { deletionRate } : {}),
  };
  return report;
}

function applyOutcome(
  o: Outcome,
  c: { point: PointReport; group: GroupReport },
  failures: FailureReport[],
  catalog: Catalog,
): void {
  const vault = vaultKey(o.candidate.vault);
  if (o.kind === 'deleted') {
    c.point.outcome = 'deleted';
    if (o.pending) c.point.message = 'DELETING: AWS finishes the deletion';
    catalog.forget(vault, o.candidate.point.arn);
    return;
  }
  if (o.kind === 'failed') {
    c.point.outcome = 'failed';
    c.point.message = o.message;
    failures.push({
      vault,
      arn: o.candidate.point.arn,
      message: o.message,
      ...(o.expired ? { expired: true } : {}),
    });
    return;
  }
  markGuarded(c.point, c.group, o.why);
  c.point.message = o.message;
  if (o.why === 'ownership-changed' || o.why === 'state-changed')
    catalog.forget(vault, o.candidate.point.arn);
}

function markGuarded(point: PointReport, _group: GroupReport, guard: GuardName): void {
  point.outcome = 'guarded';
  point.guard = guard;
}

function pointReport(d: PointDecision): PointReport {
  const base = {
    arn: d.point.arn,
    created: d.point.created.toISOString(),
    status: d.point.status,
    rules: d.point.ownership?.rules ?? [],
    reasons: d.reasons,
  };
  switch (d.kind) {
    case 'keep':
      return { ...base, outcome: 'kept' };
    case 'shorten':
      return { ...base, outcome: 'kept' }; // becomes (would-)shortened once executed
    case 'remove':
      return { ...base, outcome: 'would-delete' };
    case 'guarded':
      return { ...base, outcome: 'guarded', guard: d.guard };
    case 'orphan':
      return { ...base, outcome: 'kept' };
  }
}

function vaultReport(base: VaultReport, scan: VaultScan): VaultReport {
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
    created: d.point.created.toISOString(),
    plan,
    rules: d.point.ownership?.rules ?? [],
    orphan: d.kind === 'orphan' ? d.orphan : 'rule-gone',
    reasons: d.reasons,
  };
}

function recount(g: GroupReport): void {
  g.kept = g.points.filter(
    (p) => p.outcome === 'kept' || p.outcome === 'shortened' || p.outcome === 'would-shorten',
  ).length;
  g.removed = g.points.length - g.kept;
  g.deleted = g.points.filter((p) => p.outcome === 'deleted').length;
  g.guarded = g.points.filter((p) => p.outcome === 'guarded').length;
  g.failed = g.points.filter((p) => p.outcome === 'failed').length;
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
