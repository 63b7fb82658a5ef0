// The `backup` command, start to end: plans → per plan (independent of the others) credentials,
// vault, resources, due jobs, copies → optional wait → report, job summary, outputs, failure issues.
import { waitBeforeRetry } from '../time/wait.js';
import { redact } from '../aws/redact.js';
import type { SelectorAnswers } from '../aws/resources.js';
import type { Host } from '../host/host.js';
import type { Inputs } from '../inputs.js';
import type { Plan } from '../plan/index.js';
import {
  computeTotals,
  protectsNothingMessage,
  renderBackupMarkdown,
  renderPlanIssueBody,
  renderTotalsLine,
  type BackupRunReport,
  type PlanRunReport,
} from '../report/backup.js';
import { NamespaceError } from '../plan/namespace.js';
import { REPORT_VERSION } from '../report/envelope.js';
import { RunContext, type RunDeps } from '../run/context.js';
import { syncPlanIssues } from '../run/failure-issues.js';
import { FIRST_POLL_MS, JOB_WAIT_BUDGET_MS, nextPollInterval } from '../run/poll.js';
import { RunTagMemo, type PointTagMemo } from '../run/tag-memo.js';
import { MS_PER_MINUTE } from '../time/calendar.js';
import { PlanRun, type PlanRunOptions } from './plan-run.js';

/** `session` and `selected`: what src/commands/backup.ts made before loading this module. */
export interface BackupRunDeps extends RunDeps {
  sleep?: (ms: number) => Promise<void>;
  /** Local monotonic-ish clock for the wait budget (not for decisions: those use AWS's time). */
  localNow?: () => number;
  /** Ownership tags known from earlier runs (simulate hands over prune's catalog); default: this run's reads. */
  tagMemo?: PointTagMemo;
  /**
   * false: no job summary is rendered or given to the host (simulate, whose host drops it: ~1,200
   * runs' Markdown at 400 days). Default true.
   */
  jobSummary?: boolean;
}

export async function runBackup(inputs: Inputs, host: Host, deps: BackupRunDeps = {}): Promise<number> {
  const run = new RunContext('backup', inputs, host, deps);
  const env = run.env;
  const localNow = deps.localNow ?? Date.now;

  const selected = await run.selectPlans();
  for (const e of selected.errors) host.error(e.message, { file: e.file, line: e.line, column: e.column });
  if (selected.missing.length > 0)
    host.error(
      `no plan file for ${selected.missing.map((id) => `"${id}"`).join(', ')} in ${inputs.plans} (input \`plan\`)`,
    );
  const invalid = selected.errors.length > 0 || selected.missing.length > 0;

  const runs: PlanRun[] = [];
  const failedEarly: PlanRunReport[] = [];
  // DescribeRegionSettings once per account and region, whatever the number of plans there.
  const optIn = new Map<string, Promise<Record<string, boolean>>>();
  const tagMemo = deps.tagMemo ?? new RunTagMemo();
  const selectorAnswers: SelectorAnswers = new Map();
  try {
    for (const plan of selected.plans) {
      const planRun = await startPlan(plan, run, { optIn, tagMemo, selectorAnswers });
      if (planRun instanceof PlanRun) runs.push(planRun);
      else failedEarly.push(planRun);
    }
    if (inputs.wait && !inputs.dryRun) await waitForJobs(runs, host, deps.sleep ?? waitBeforeRetry, localNow);
  } finally {
    run.destroy();
  }

  const plans = [...failedEarly, ...runs.map((r) => r.finish())].sort((a, b) => a.id.localeCompare(b.id));
  const report: BackupRunReport = {
    command: 'backup',
    kind: 'backup-run',
    version: REPORT_VERSION,
    ...run.times(),
    dryRun: inputs.dryRun,
    wait: inputs.wait,
    plans,
    totals: computeTotals(plans),
    notes: [],
  };
  if (invalid)
    report.notes.push('some plan files have errors (see the annotations); those plans did not run');

  if (!inputs.dryRun) await syncIssues(report, selected.plans, inputs, host, env);

  // The report file is written while the summary and outputs are made; on disk before the run returns.
  const { path: reportPath, written } = run.startReport(report);
  try {
    if (deps.jobSummary !== false) await host.summary(renderBackupMarkdown(report));
    const t = report.totals;
    host.setOutput('jobs-started', t.jobsStarted);
    host.setOutput('jobs-existing', t.jobsExisting);
    host.setOutput('copies-started', t.copiesStarted);
    host.setOutput('failures', t.failures);
    host.setOutput('report', reportPath);
    host.info(renderTotalsLine(report));
    for (const plan of report.plans.filter((p) => p.status === 'failed'))
      host.error(`plan ${plan.id} failed: ${redact(plan.error ?? failureSummary(plan))}`);
    for (const plan of report.plans) {
      const warning = retryLaterWarning(plan);
      if (warning) host.warning(redact(warning));
      // Silent success would hide a typo in a selector for good (issue 11 item 10).
      if (plan.protectsNothing) host.warning(redact(protectsNothingMessage(plan)));
    }
    return invalid || t.failures > 0 ? 1 : 0;
  } finally {
    await written;
  }
}

/** One warning per plan for what a later run retries (not failures: no issue, exit code 0). */
function retryLaterWarning(plan: PlanRunReport): string | undefined {
  if (plan.status === 'retry-later')
    return `plan ${plan.id} could not start now and is retried on the next run: ${plan.error ?? 'AWS kept failing'}`;
  const reasons = [
    ...plan.resources
      .filter((r) => r.outcome === 'retry-later')
      .map((r) => `${r.arn}: ${r.note ?? 'retry later'}`),
    ...plan.copies
      .filter((c) => c.outcome === 'retry-later' && !c.waitingForResource)
      .map(
        (c) =>
          `copy of ${c.sourcePointArn} to ${c.destination.region}/${c.destination.vault}: ${c.message ?? 'retry later'}`,
      ),
  ];
  if (reasons.length === 0) return undefined;
  const more = reasons.length > 1 ? ` (and ${reasons.length - 1} more; see the job summary)` : '';
  return `plan ${plan.id}: ${reasons.length} backup/copy job(s) to retry on a later run. ${reasons[0]}${more}`;
}

function failureSummary(plan: PlanRunReport): string {
  const jobs = plan.resources.filter((r) => r.outcome === 'failed').length;
  const copies = plan.copies.filter((c) => c.outcome === 'failed').length;
  return `${jobs} backup job(s) and ${copies} copy job(s) failed; see the job summary`;
}

/** Namespace, credentials, vault, resources, backups and copies of one plan. Never throws. */
async function startPlan(
  plan: Plan,
  run: RunContext,
  shared: Pick<PlanRunOptions, 'optIn' | 'tagMemo' | 'selectorAnswers'>,
): Promise<PlanRun | PlanRunReport> {
  let namespace: string;
  try {
    namespace = run.namespaceOf(plan);
  } catch (err) {
    if (!(err instanceof NamespaceError)) throw err;
    return failedPlan(plan, err.message);
  }
  const planRun = new PlanRun(plan, {
    ctx: run.aws,
    clock: run.clock,
    dryRun: run.inputs.dryRun,
    namespace,
    log: (m) => run.host.info(redact(m)),
    ...shared,
  });
  try {
    if (await planRun.prepare()) {
      await planRun.backups();
      await planRun.copies();
    }
  } catch (err) {
    // A bug or an unexpected failure in one plan must not take the others down.
    planRun.report.error = redact(`unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  }
  await planRun.settled();
  return planRun;
}

function failedPlan(plan: Plan, error: string): PlanRunReport {
  return {
    id: plan.id,
    file: plan.file,
    account: plan.aws.account,
    region: plan.aws.region,
    vault: plan.vault,
    status: 'failed',
    error,
    rules: plan.rules.map((r) => ({ name: r.name, schedule: r.schedule, timezone: r.timezone })),
    resources: [],
    copies: [],
    notes: [],
  };
}

/** `wait`: poll with growing intervals until nothing is in flight or the budget is spent. */
async function waitForJobs(
  runs: PlanRun[],
  host: Host,
  sleep: (ms: number) => Promise<void>,
  localNow: () => number,
): Promise<void> {
  const deadline = localNow() + JOB_WAIT_BUDGET_MS;
  let interval = FIRST_POLL_MS;
  let pending = runs.reduce((n, r) => n + r.pending, 0);
  if (pending > 0) host.info(`waiting for ${pending} job(s)…`);
  while (pending > 0) {
    if (localNow() + interval > deadline) {
      for (const r of runs)
        if (r.pending > 0)
          r.report.notes.push(
            `stopped waiting after ${Math.round(JOB_WAIT_BUDGET_MS / MS_PER_MINUTE)} minutes with ${r.pending} job(s) still running; the next run picks them up`,
          );
      return;
    }
    await sleep(interval);
    interval = nextPollInterval(interval);
    for (const r of runs) if (r.pending > 0) await r.poll();
    pending = runs.reduce((n, r) => n + r.pending, 0);
  }
}

async function syncIssues(
  report: BackupRunReport,
  plans: Plan[],
  inputs: Inputs,
  host: Host,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  // A plan to retry later neither opens an issue nor closes one: this run learned nothing either way.
  const wanted = report.plans.flatMap((planReport) => {
    const plan = plans.find((x) => x.id === planReport.id);
    if (planReport.status === 'retry-later' || !plan?.notify.issues) return [];
    const body = (runUrl: string | undefined) => renderPlanIssueBody(planReport, runUrl);
    return [{ plan, planReport, failing: planReport.status === 'failed', body }];
  });
  const results = await syncPlanIssues('backup', wanted, inputs.githubToken, host, env);
  for (const { plan, planReport } of wanted) {
    const result = results.get(plan.id);
    if (result?.action === 'error')
      planReport.issue = {
        action: 'error',
        error: result.error,
        ...(result.number ? { number: result.number } : {}),
      };
    else if (result && result.action !== 'none')
      planReport.issue = { action: result.action, number: result.number };
  }
}
