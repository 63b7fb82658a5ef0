// `drill`: restore drills for the selected plans (src/drill/run.ts); exit 1 when a drill fails. With
// `notify.issues`, one failure issue per plan (its own marker), closed by the next passing drill.
import { waitBeforeRetry } from '../time/wait.js';
import { ResourceServices } from '../aws/resource-services.js';
import { describeAwsError } from '../aws/retry.js';
import { renderDrillMarkdown, renderDrillTable, renderDrillText, type PlanDrill } from '../drill/report.js';
import { runDrills } from '../drill/run.js';
import type { Plan } from '../plan/model.js';
import { REPORT_VERSION, type ReportEnvelope } from '../report/envelope.js';
import { escapeMarkdown } from '../report/markdown.js';
import { RunContext } from '../run/context.js';
import { syncPlanIssues } from '../run/failure-issues.js';
import type { Command } from './registry.js';

export const drillCommand: Command = async (inputs, host) => {
  if (inputs.resource && (!inputs.plan || inputs.plan.includes(','))) {
    host.error(
      `drill of one resource needs exactly one plan: ${host.kind === 'cli' ? '--plan ID' : '`plan`'}`,
    );
    return 2;
  }
  const run = new RunContext('drill', inputs, host);
  const selected = await run.selectPlans();
  let failed = run.reportSelectionErrors(selected);

  const services = new ResourceServices(run.aws);
  const results: PlanDrill[] = [];
  try {
    for (const plan of selected.plans) {
      try {
        results.push(
          await runDrills(
            plan,
            {
              ...(inputs.resource ? { resource: inputs.resource } : {}),
              force: inputs.force ?? false,
              dryRun: inputs.dryRun,
            },
            {
              aws: run.aws,
              services,
              now: () => run.clock.now(),
              info: (m) => host.info(`plan ${plan.id}: ${m}`),
              sleep: (ms) => waitBeforeRetry(ms),
              localNow: () => Date.now(),
            },
          ),
        );
      } catch (error) {
        const message = describeAwsError(error);
        host.error(`plan ${plan.id}: drill failed: ${message}`);
        results.push({
          plan: plan.id,
          drills: [],
          skipped: [],
          failed: 1,
          note: `drill could not run: ${message}`,
        });
      }
    }
  } finally {
    services.destroy();
  }
  const envelope: ReportEnvelope<'drill', unknown> = {
    command: 'drill',
    version: REPORT_VERSION,
    ...run.times(),
    plans: results,
  };
  run.destroy();
  host.setOutput('report', run.writeReport(envelope));
  host.setOutput(
    'drills',
    results.reduce((n, p) => n + p.drills.filter((d) => d.result !== 'dry-run').length, 0),
  );
  const failures = results.reduce((n, p) => n + p.failed, 0);
  host.setOutput('failures', failures);
  if (failures > 0) failed = true;

  if (inputs.json && host.kind === 'cli') process.stdout.write(JSON.stringify(envelope, null, 2) + '\n');
  else if (host.kind === 'cli') process.stdout.write(renderDrillText(results));
  else await host.summary(renderDrillMarkdown(results));
  for (const p of results)
    for (const d of p.drills.filter((x) => x.result === 'failed'))
      host.error(`plan ${p.plan}: drill of ${d.resource} failed: ${d.error ?? 'see the report'}`);

  if (!inputs.dryRun) await syncIssues(results, selected.plans, inputs.githubToken, host, run.env);
  return failed ? 1 : 0;
};

async function syncIssues(
  results: PlanDrill[],
  plans: Plan[],
  token: string | undefined,
  host: Parameters<Command>[1],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  // Only plans whose drills ran this time: a run with nothing due says nothing about the last drill.
  const wanted = results.flatMap((r) => {
    const plan = plans.find((p) => p.id === r.plan);
    if (!plan?.notify.issues || (r.drills.length === 0 && r.failed === 0)) return [];
    const body = () =>
      `Plan **${escapeMarkdown(plan.id)}**: ${r.failed} restore drill(s) failed.\n\n` +
      (r.note ? `${escapeMarkdown(r.note)}\n\n` : '') +
      renderDrillTable(r.drills.filter((d) => d.result === 'failed'));
    return [{ plan, failing: r.failed > 0, body }];
  });
  await syncPlanIssues('drill', wanted, token, host, env);
}
