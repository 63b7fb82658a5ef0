// One prune run: scan every vault the plans keep points in, decide, apply the max-deletions cap, delete
// (unless dry run), and build the report. The command wires AWS, the catalog and the host around it.
import { forEachConcurrent } from '../aws/concurrency.js';
import { describeAwsError } from '../aws/retry.js';
import type { Plan } from '../plan/model.js';
import type { FailureReport, PruneRunBody, VaultReport } from '../report/prune.js';
import {
  applyCap,
  markDryRun,
  planActions,
  recordLifecycleOutcome,
  recordOutcome,
  type Removal,
  type Shortening,
} from './actions.js';
import type { Catalog } from './catalog.js';
import { applyLifecycles, executeDeletions, type ExecClients, type ExecuteOptions } from './execute.js';
import { vaultKey } from './model.js';
import { emptyVaultReport, pruneBody, vaultReport } from './report-body.js';
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
  const { scans, errors } = await scanAll(options, log);
  const { removals, shortenings } = planActions(scans);
  const { allowed, capped } = applyCap(removals, options.maxDeletions);
  const failures: FailureReport[] = [];
  let deletionRate: number | undefined;
  if (options.dryRun) markDryRun(allowed, shortenings);
  else {
    deletionRate = await deleteAll(allowed, options, failures, log);
    await shortenAll(shortenings, options, failures);
  }
  return pruneBody({
    dryRun: options.dryRun,
    maxDeletions: options.maxDeletions,
    applyRetentionToExisting: options.applyRetentionToExisting,
    reports: scans.map((s) => s.report),
    failures,
    errors,
    capped: capped.length,
    deletionRate,
  });
}

/**
 * Vaults scanned at once: a scan is a chain of reads (list, describe, tags, holds) that mostly waits
 * on AWS, so the next vault's reads overlap it; few enough that a folder of many vaults stays clear
 * of throttling.
 */
const SCAN_CONCURRENCY = 4;

/**
 * Scan every vault the plans keep points in; a vault that cannot be scanned is an error, not a stop.
 * Scans overlap (they share only promise-memoised reads), and their reports, errors and log lines keep
 * the vaults' order.
 */
async function scanAll(
  options: PruneRunOptions,
  log: (message: string) => void,
): Promise<{ scans: { scan?: VaultScan; report: VaultReport }[]; errors: string[] }> {
  const memo = new ScanMemo();
  const targets = vaultTargets(options.plans);
  const outcomes: { scan?: VaultScan; report: VaultReport; error?: string }[] = [];
  await forEachConcurrent(
    targets.map((target, index) => ({ target, index })),
    SCAN_CONCURRENCY,
    async ({ target, index }) => {
      const { vault } = target;
      const base = emptyVaultReport(vault);
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
        outcomes[index] = { scan, report: vaultReport(base, scan) };
      } catch (err) {
        const error = `vault ${vaultKey(vault)} could not be scanned, nothing in it was pruned: ${describeAwsError(err, { role: vault.role, region: vault.region })}`;
        outcomes[index] = { report: { ...base, error }, error };
      }
    },
  );
  const scans: { scan?: VaultScan; report: VaultReport }[] = [];
  const errors: string[] = [];
  for (const { scan, report, error } of outcomes) {
    if (scan)
      log(
        `${vaultKey(scan.vault)}: ${scan.listed} points listed, ${scan.groups.length} resource group(s) of ours`,
      );
    if (error !== undefined) errors.push(error);
    scans.push(scan ? { scan, report } : { report });
  }
  return { scans, errors };
}

/** Delete the allowed removals; returns the deletion rate (points a second) when any was deleted. */
async function deleteAll(
  allowed: readonly Removal[],
  options: PruneRunOptions,
  failures: FailureReport[],
  log: (message: string) => void,
): Promise<number | undefined> {
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
  for (const o of outcomes)
    if (recordOutcome(o, byArn.get(o.candidate.point.arn)!.point, failures))
      options.catalog.forget(vaultKey(o.candidate.vault), o.candidate.point.arn);
  const deleted = outcomes.filter((o) => o.kind === 'deleted').length;
  return deleted > 0 && seconds > 0 ? deleted / seconds : undefined;
}

/** `apply-retention-to-existing`: shorten the lifecycles the decisions ask for. */
async function shortenAll(
  shortenings: readonly Shortening[],
  options: PruneRunOptions,
  failures: FailureReport[],
): Promise<void> {
  if (shortenings.length === 0) return;
  const byPoint = new Map(shortenings.map((l) => [l.change.point.arn, l.point]));
  for (const r of await applyLifecycles(
    shortenings.map((l) => l.change),
    options.clients,
  ))
    recordLifecycleOutcome(r, byPoint.get(r.change.point.arn)!, failures);
}
