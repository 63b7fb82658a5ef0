// `audit`: the controls of every selected plan from live AWS state; exit 1 when any fails. With
// `notify.issues`, one failure issue per plan (its own marker, apart from the backup's issue),
// closed once every control passes again. Reads AWS only.
import { auditPlan, selectedResources, type PlanAudit } from '../audit/run.js';
import { describeAwsError } from '../aws/retry.js';
import type { Plan } from '../plan/model.js';
import { selectPlans } from '../plan/select.js';
import { renderAuditMarkdown, renderAuditTable, renderAuditText } from '../audit/render.js';
import { REPORT_VERSION, type ReportEnvelope } from '../report/envelope.js';
import { escapeMarkdown } from '../report/markdown.js';
import { RunContext } from '../run/context.js';
import { syncPlanIssues } from '../run/failure-issues.js';
import type { Command } from './registry.js';

export const auditCommand: Command = async (inputs, host) => {
  const run = new RunContext('audit', inputs, host);
  const selected = await run.selectPlans();
  let failed = run.reportSelectionErrors(selected);
  // "Protected by some plan" looks at every plan of the folder, not only the selected ones.
  let everyPlan: Promise<Set<string>> | undefined;
  const protectedByOtherPlans = () =>
    (everyPlan ??= (async () => {
      const all = await selectPlans(inputs.plans, undefined);
      const arns = new Set<string>();
      for (const p of all.plans) for (const a of await selectedResources(p, run.aws)) arns.add(a);
      return arns;
    })());

  const audits: PlanAudit[] = [];
  for (const plan of selected.plans) {
    try {
      audits.push(
        await auditPlan(plan, run.namespaceOf(plan), {
          aws: run.aws,
          now: () => run.clock.now(),
          protectedByOtherPlans,
        }),
      );
    } catch (error) {
      const message = describeAwsError(error);
      host.error(`plan ${plan.id}: audit failed: ${message}`);
      audits.push({
        plan: plan.id,
        controls: [{ control: 'rpo', status: 'fail', evidence: `audit could not read AWS: ${message}` }],
        failed: 1,
      });
    }
  }
  run.destroy();
  if (audits.some((a) => a.failed > 0)) failed = true;

  const envelope: ReportEnvelope<'audit', unknown> = {
    command: 'audit',
    version: REPORT_VERSION,
    ...run.times(),
    plans: audits,
  };
  host.setOutput('report', run.writeReport(envelope));
  host.setOutput(
    'failed-controls',
    audits.reduce((n, a) => n + a.failed, 0),
  );
  if (inputs.json && host.kind === 'cli')
    process.stdout.write(JSON.stringify({ plans: audits }, null, 2) + '\n');
  else if (host.kind === 'cli') process.stdout.write(renderAuditText(audits));
  else await host.summary(renderAuditMarkdown(audits));
  for (const a of audits)
    for (const c of a.controls.filter((x) => x.status === 'fail'))
      host.error(`plan ${a.plan}: ${c.control}${c.resource ? ` ${c.resource}` : ''}: ${c.evidence}`);

  await syncIssues(audits, selected.plans, inputs.githubToken, host, run.env);
  return failed ? 1 : 0;
};

async function syncIssues(
  audits: PlanAudit[],
  plans: Plan[],
  token: string | undefined,
  host: Parameters<Command>[1],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const wanted = audits.flatMap((a) => {
    const plan = plans.find((p) => p.id === a.plan);
    if (!plan?.notify.issues) return [];
    const body = () =>
      `Plan **${escapeMarkdown(plan.id)}**: ${a.failed} audit control(s) fail.\n\n` +
      renderAuditTable(a.controls.filter((c) => c.status === 'fail'));
    return [{ plan, failing: a.failed > 0, body }];
  });
  await syncPlanIssues('audit', wanted, token, host, env);
}
