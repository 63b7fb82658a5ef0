// `prune`: apply each rule's `retain.keep` to the recovery points proven ours, with every guard of
// DESIGN.md "Commands: prune". This file wires plans, namespace, AWS clients, the rate limiter, the
// catalog and the host around src/prune/run.ts; the decisions live there.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import {
  AdaptiveLimiter,
  createAwsContext,
  describeAwsError,
  type BackupClient,
  type TaggingClient,
} from '../aws/index.js';
import { ServerClock } from '../aws/clock.js';
import { repositoryFromGitOrigin, resolveNamespace } from '../plan/namespace.js';
import { selectPlans } from '../plan/select.js';
import { writeStepSummary } from '../github/summary.js';
import type { Plan } from '../plan/model.js';
import { pruneTotalsLine, renderPruneMarkdown } from '../report/prune.js';
import { actionsCatalogStore, DEFAULT_CATALOG_PATH, fileCatalogStore } from '../prune/catalog.js';
import type { ExecClients } from '../prune/execute.js';
import { runPrune } from '../prune/run.js';
import { vaultTargets } from '../prune/targets.js';
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

function reportPath(): string {
  const dir = join(process.env.RUNNER_TEMP ?? tmpdir(), 'backup-plans');
  mkdirSync(dir, { recursive: true });
  return join(dir, `prune-report-${process.pid}-${Date.now()}.json`);
}

export const pruneCommand: Command = async (inputs, host) => {
  const selected = await selectPlans(inputs.plans, inputs.plan);
  const errors: string[] = [];
  for (const e of selected.errors) {
    host.error(e.message, { file: e.file, line: e.line, column: e.column });
    errors.push(`${e.file}:${e.line}:${e.column}: ${e.message}`);
  }
  for (const id of selected.missing) {
    const message = `plan "${id}" not found in ${inputs.plans}`;
    host.error(message);
    errors.push(message);
  }

  // Namespace per plan: input, the plan's own, GITHUB_REPOSITORY, the git remote.
  const plans: { plan: Plan; namespace: string }[] = [];
  for (const plan of selected.plans) {
    try {
      const { namespace } = resolveNamespace({
        input: inputs.namespace,
        plan: plan.namespace,
        githubRepository: process.env.GITHUB_REPOSITORY,
        gitOrigin: () => repositoryFromGitOrigin(),
      });
      plans.push({ plan, namespace });
    } catch (err) {
      host.error(`plan ${plan.id}: ${(err as Error).message}`);
      errors.push(`plan ${plan.id}: ${(err as Error).message}`);
    }
  }

  const aws = createAwsContext(host);
  const clock = new ServerClock(inputs.dryRun ? inputs.now : undefined);
  const attached = new WeakSet<object>();
  const withClock = <T extends { middlewareStack: unknown }>(client: T): T => {
    if (!attached.has(client)) {
      clock.attach(client);
      attached.add(client);
    }
    return client;
  };
  const limiters = new Map<string, AdaptiveLimiter>();
  const clients: ExecClients = {
    backup: (role, region): BackupClient => withClock(aws.backup(role, region)),
    tagging: (role, region): TaggingClient => withClock(aws.tagging(role, region)),
    writer: (role, region): BackupClient => withClock(aws.backup(role, region, { retryThrottling: false })),
    // One limiter per account and region: that is where AWS counts the DeleteRecoveryPoint rate.
    limiter: (vault) => {
      const key = `${vault.account}/${vault.region}`;
      let limiter = limiters.get(key);
      if (!limiter)
        limiters.set(key, (limiter = new AdaptiveLimiter({ initialRps: 10, maxConcurrency: 16 })));
      return limiter;
    },
  };

  // Never delete in an account the plan does not name: check each role's account first.
  const verified: typeof plans = [];
  for (const entry of plans) {
    const roles = new Map<string, string>();
    for (const t of vaultTargets([entry])) roles.set(t.vault.role, t.vault.account);
    try {
      for (const [role, account] of roles) await aws.verifyAccount(role, account, entry.plan.id);
      verified.push(entry);
    } catch (err) {
      const message = `plan ${entry.plan.id}: ${(err as Error).message}`;
      host.error(message);
      errors.push(message);
    }
  }

  const catalogPath = DEFAULT_CATALOG_PATH;
  const store =
    host.kind === 'action'
      ? actionsCatalogStore(
          catalogPath,
          verified.map((p) => p.namespace),
          host,
          inputs.plan,
        )
      : fileCatalogStore(catalogPath, host);
  const catalog = await store.load();

  let report;
  try {
    report = await runPrune({
      plans: verified,
      folderPlanIds: folderPlanIds(inputs.plans),
      clients,
      catalog,
      now: () => clock.now(),
      dryRun: inputs.dryRun,
      maxDeletions: inputs.maxDeletions,
      applyRetentionToExisting: inputs.applyRetentionToExisting,
      log: (m) => host.info(m),
    });
  } catch (err) {
    aws.destroy();
    host.error(`prune failed: ${describeAwsError(err)}`);
    return 1;
  }
  aws.destroy();
  // The catalog holds only what was read from AWS; a dry run may save it too.
  await store.save(catalog);
  report.errors.unshift(...errors);
  report.notes.push(
    ...store.notes,
    `catalog: ${catalog.hits} tag reads spared, ${catalog.misses} read from AWS`,
  );
  for (const [key, l] of limiters) {
    const s = l.stats();
    if (s.calls > 0)
      report.notes.push(
        `rate limiter ${key}: ${s.calls} calls, ${s.throttled} throttles absorbed, final rate ${s.rate.toFixed(0)}/s`,
      );
  }

  const path = reportPath();
  writeFileSync(path, JSON.stringify(report, null, 2));
  for (const f of report.failures) host.error(`${f.arn} in ${f.vault}: ${f.message}`);
  for (const e of report.errors.slice(errors.length)) host.error(e);
  const markdown = renderPruneMarkdown(report);
  if (host.kind === 'action' && process.env.GITHUB_STEP_SUMMARY)
    await writeStepSummary(markdown, { fullReport: `the JSON report (${path})` });
  else await host.summary(markdown);
  host.info(pruneTotalsLine(report));
  if (report.stoppedEarly)
    host.warning(
      `prune stopped at max-deletions ${report.stoppedEarly.limit}; ${report.stoppedEarly.remaining} more point(s) are due for removal and the next run continues`,
    );
  const deletions = report.totals.deleted;
  const failures = report.failures.length + report.errors.length;
  host.setOutput('deletions', deletions);
  host.setOutput('failures', failures);
  host.setOutput('report', path);
  return failures > 0 ? 1 : 0;
};
