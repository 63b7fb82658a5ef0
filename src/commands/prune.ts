// `prune`: apply each rule's `retain.keep` to the recovery points proven ours, with every guard of
// DESIGN.md "Commands: prune". This file wires the run context (plans, namespaces, AWS, clock,
// report file), the rate limiters, the catalog and the host around src/prune/run.ts; the decisions
// live there.
import { readdirSync } from 'node:fs';
import { extname } from 'node:path';
import { AdaptiveLimiter, DEFAULT_DOUBLING_MS, describeAwsError } from '../aws/index.js';
import { DeniedOperations } from '../aws/denied.js';
import { HOLDS_UNREADABLE } from '../aws/legal-holds.js';
import { throughLimiter } from '../aws/limited.js';
import { writeStepSummary } from '../github/summary.js';
import type { Host } from '../host/host.js';
import type { Plan } from '../plan/model.js';
import { NamespaceError } from '../plan/namespace.js';
import { REPORT_VERSION } from '../report/envelope.js';
import {
  prunePlanCounts,
  pruneTotalsLine,
  renderPruneMarkdown,
  type PrunePlanReport,
  type PruneReport,
} from '../report/prune.js';
import { actionsCatalogStore, DEFAULT_CATALOG_PATH, fileCatalogStore } from '../prune/catalog.js';
import type { ExecClients } from '../prune/execute.js';
import { runPrune } from '../prune/run.js';
import { vaultTargets } from '../prune/targets.js';
import { RunContext } from '../run/context.js';
import { testWaitScale } from '../time/wait.js';
import type { Command } from './registry.js';

/** Plan ids of every plan file in the folder, valid or not (a point naming none of them is an orphan). */
function folderPlanIds(dir: string): Set<string> {
  try {
    return new Set(
      readdirSync(dir)
        .filter((n) => !n.startsWith('.') && ['.yml', '.yaml'].includes(extname(n).toLowerCase()))
        .map((n) => n.slice(0, -extname(n).length)),
    );
  } catch {
    return new Set();
  }
}

type Judged = { plan: Plan; namespace: string };

/** Plan-level problems: each one is annotated at once and listed first in the report's errors. */
class PlanErrors {
  readonly messages: string[] = [];
  readonly byPlan = new Map<string, string>();
  constructor(private readonly host: Host) {}
  add(message: string, position?: { file: string; line: number; column: number }, planId?: string): void {
    this.host.error(message, position);
    this.messages.push(
      position ? `${position.file}:${position.line}:${position.column}: ${message}` : message,
    );
    if (planId) this.byPlan.set(planId, message);
  }
}

/** The valid plans with their namespaces, whose roles were checked to belong to the plans' accounts. */
async function judgedPlans(
  run: RunContext,
  errors: PlanErrors,
): Promise<{ plans: Plan[]; judged: Judged[] }> {
  const selected = await run.selectPlans();
  for (const e of selected.errors) errors.add(e.message, { file: e.file, line: e.line, column: e.column });
  for (const id of selected.missing) errors.add(`plan "${id}" not found in ${run.inputs.plans}`);
  const withNamespace: Judged[] = [];
  for (const plan of selected.plans) {
    try {
      withNamespace.push({ plan, namespace: run.namespaceOf(plan) });
    } catch (err) {
      if (!(err instanceof NamespaceError)) throw err;
      errors.add(`plan ${plan.id}: ${err.message}`, undefined, plan.id);
    }
  }
  // Never delete in an account the plan does not name: check each role's account first.
  const judged: Judged[] = [];
  for (const entry of withNamespace) {
    const roles = new Map<string, string>();
    for (const t of vaultTargets([entry])) roles.set(t.vault.role, t.vault.account);
    try {
      for (const [role, account] of roles) await run.aws.verifyAccount(role, account, entry.plan.id);
      judged.push(entry);
    } catch (err) {
      errors.add(`plan ${entry.plan.id}: ${(err as Error).message}`, undefined, entry.plan.id);
    }
  }
  return { plans: selected.plans, judged };
}

/** Reads, and writes under one limiter per account and region (where AWS counts the delete rate). */
function execClients(run: RunContext, limiters: Map<string, AdaptiveLimiter>): ExecClients {
  // Slow start (10/s, doubling every 0.5 s until the first throttle) probes for a limit no answer
  // has shown yet; the e2e tests' wait scale shortens that probe, never the pacing after a throttle.
  const doublingMs = DEFAULT_DOUBLING_MS * testWaitScale();
  const limiter = (key: string) => {
    let l = limiters.get(key);
    if (!l) limiters.set(key, (l = new AdaptiveLimiter({ initialRps: 10, maxConcurrency: 16, doublingMs })));
    return l;
  };
  // Reads are paced too, one limiter per account, region and API (each API has its own rate):
  // a throttled read waits its turn instead of failing the point it was about.
  const readers = new Map<string, object>();
  const reader = <C extends object>(role: string, region: string, api: string, make: () => C): C => {
    const key = `${role}\n${region}\n${api}`;
    let c = readers.get(key) as C | undefined;
    if (!c) {
      const account = role.split(':')[4] ?? '?';
      readers.set(key, (c = throughLimiter(make(), limiter(`${account}/${region} ${api} reads`))));
    }
    return c;
  };
  return {
    denied: new DeniedOperations(),
    backup: (role, region) =>
      reader(role, region, 'Backup', () => run.aws.backup(role, region, { retryThrottling: false })),
    tagging: (role, region) =>
      reader(role, region, 'Tagging', () => run.aws.tagging(role, region, { retryThrottling: false })),
    writer: (role, region) => run.aws.backup(role, region, { retryThrottling: false }),
    limiter: (vault) => limiter(`${vault.account}/${vault.region}`),
  };
}

function limiterNotes(limiters: Map<string, AdaptiveLimiter>): string[] {
  return [...limiters].flatMap(([key, l]) => {
    const s = l.stats();
    return s.calls > 0
      ? [
          `rate limiter ${key}: ${s.calls} calls, ${s.throttled} throttles absorbed, final rate ${s.rate.toFixed(0)}/s`,
        ]
      : [];
  });
}

function planReports(
  plans: Plan[],
  judged: Judged[],
  errors: PlanErrors,
  report: Pick<PruneReport, 'vaults'>,
) {
  return plans.map((plan): PrunePlanReport => {
    const namespace = judged.find((j) => j.plan.id === plan.id)?.namespace;
    const error = errors.byPlan.get(plan.id);
    return {
      id: plan.id,
      file: plan.file,
      ...(namespace ? { namespace } : {}),
      status: error ? 'failed' : 'ok',
      ...(error ? { error } : {}),
      ...prunePlanCounts(report, plan.id),
    };
  });
}

/** Annotations, job summary, terminal line and outputs; returns the exit code. */
async function publish(report: PruneReport, path: string, planErrors: number, host: Host): Promise<number> {
  for (const f of report.failures) host.error(`${f.arn} in ${f.vault}: ${f.message}`);
  for (const e of report.errors.slice(planErrors)) host.error(e);
  // Not deleting is right when holds are unreadable; saying nothing is not.
  const unreadable = new Set(
    report.vaults.flatMap((v) => v.notes.filter((n) => n.startsWith(HOLDS_UNREADABLE))),
  );
  for (const note of unreadable) host.warning(note);
  const markdown = renderPruneMarkdown(report);
  if (host.kind === 'action' && process.env.GITHUB_STEP_SUMMARY)
    await writeStepSummary(markdown, { fullReport: `the JSON report (${path})` });
  else await host.summary(markdown);
  host.info(pruneTotalsLine(report));
  if (report.stoppedEarly)
    host.warning(
      `prune stopped at max-deletions ${report.stoppedEarly.limit}; ${report.stoppedEarly.remaining} more point(s) are due for removal and the next run continues`,
    );
  const failures = report.failures.length + report.errors.length;
  host.setOutput('deletions', report.totals.deleted);
  host.setOutput('failures', failures);
  host.setOutput('report', path);
  return failures > 0 ? 1 : 0;
}

/** Plans, catalog, then the run itself (src/prune/run.ts). */
async function prune(run: RunContext, errors: PlanErrors, limiters: Map<string, AdaptiveLimiter>) {
  const { inputs, host } = run;
  const { plans, judged } = await judgedPlans(run, errors);
  const store =
    host.kind === 'action'
      ? actionsCatalogStore(
          DEFAULT_CATALOG_PATH,
          judged.map((p) => p.namespace),
          host,
          inputs.plan,
        )
      : fileCatalogStore(DEFAULT_CATALOG_PATH, host);
  const catalog = await store.load();
  const body = await runPrune({
    plans: judged,
    folderPlanIds: folderPlanIds(inputs.plans),
    clients: execClients(run, limiters),
    catalog,
    now: () => run.clock.now(),
    dryRun: inputs.dryRun,
    maxDeletions: inputs.maxDeletions,
    applyRetentionToExisting: inputs.applyRetentionToExisting,
    log: (m) => host.info(m),
  });
  return { plans, judged, body, store, catalog };
}

export const pruneCommand: Command = async (inputs, host) => {
  const run = new RunContext('prune', inputs, host);
  const errors = new PlanErrors(host);
  const limiters = new Map<string, AdaptiveLimiter>();
  let result;
  try {
    result = await prune(run, errors, limiters);
  } catch (err) {
    host.error(`prune failed: ${describeAwsError(err)}`);
    return 1;
  } finally {
    run.destroy();
  }
  const { plans, judged, body, store, catalog } = result;
  // The catalog holds only what was read from AWS; a dry run may save it too.
  await store.save(catalog);
  body.errors.unshift(...errors.messages);
  body.notes.push(
    ...store.notes,
    `catalog: ${catalog.hits} tag reads spared, ${catalog.misses} read from AWS`,
    ...limiterNotes(limiters),
  );
  const report: PruneReport = {
    command: 'prune',
    version: REPORT_VERSION,
    ...run.times(),
    plans: planReports(plans, judged, errors, body),
    ...body,
  };
  return publish(report, run.writeReport(report), errors.messages.length, host);
};
