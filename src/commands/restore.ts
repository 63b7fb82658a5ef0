// `restore`: wires the plan, AWS clients and the host around src/restore/run.ts.
import { waitBeforeRetry } from '../time/wait.js';
import { describeAwsError } from '../aws/retry.js';
import { REPORT_VERSION, type ReportEnvelope } from '../report/envelope.js';
import { renderRestoreMarkdown } from '../report/restore.js';
import { secretValues } from '../restore/metadata.js';
import { parsePointSpec, RestoreInputError } from '../restore/point.js';
import { runRestore } from '../restore/run.js';
import { RunContext } from '../run/context.js';
import type { Command } from './registry.js';

export const restoreCommand: Command = async (inputs, host) => {
  const flag = (cli: string, action: string) => (host.kind === 'cli' ? `--${cli}` : `\`${action}\``);
  if (!inputs.plan || inputs.plan.includes(',')) {
    host.error(`restore needs exactly one plan: ${flag('plan ID', 'plan')}`);
    return 2;
  }
  if (!inputs.resource) {
    host.error(`restore needs the resource to restore: ${flag('resource ARN', 'resource')}`);
    return 2;
  }
  // Secrets among the overrides (passwords) are masked wherever the host prints.
  for (const v of secretValues(inputs.metadata ?? {})) host.setSecret(v);

  const run = new RunContext('restore', inputs, host);
  const selected = await run.selectPlans();
  for (const e of selected.errors) host.error(e.message, { file: e.file, line: e.line, column: e.column });
  const plan = selected.plans[0];
  if (!plan || selected.errors.length > 0) {
    if (selected.missing.length > 0) host.error(`plan "${inputs.plan}" not found in ${inputs.plans}`);
    run.destroy();
    return 1;
  }

  try {
    const report = await runRestore(
      plan,
      {
        resource: inputs.resource,
        point: parsePointSpec(inputs.point),
        vault: inputs.vault,
        region: inputs.region,
        overrides: inputs.metadata ?? {},
        force: inputs.force ?? false,
        dryRun: inputs.dryRun,
        wait: inputs.wait,
      },
      {
        backup: (role, region) => run.aws.backup(role, region),
        now: () => run.clock.now(),
        info: (m) => host.info(m),
        sleep: (ms) => waitBeforeRetry(ms),
        localNow: () => Date.now(),
      },
    );
    // The envelope every command shares; the restore is the plan's one entry.
    const envelope: ReportEnvelope<'restore', unknown> = {
      command: 'restore',
      version: REPORT_VERSION,
      ...run.times(),
      plans: [report],
    };
    const path = run.writeReport(envelope);
    await host.summary(renderRestoreMarkdown(report));
    if (report.restoreJobId) host.setOutput('restore-job-id', report.restoreJobId);
    if (report.createdResourceArn) host.setOutput('created-resource-arn', report.createdResourceArn);
    host.setOutput('report', path);
    if (report.status === 'failed') {
      host.error(`restore job ${report.restoreJobId} failed: ${report.statusMessage ?? 'no message'}`);
      return 1;
    }
    if (report.status === 'completed')
      host.info(`restored ${report.createdResourceArn} in ${report.durationSeconds} s`);
    return 0;
  } catch (error) {
    if (error instanceof RestoreInputError) host.error(error.message);
    else host.error(`restore failed: ${describeAwsError(error)}`);
    return 1;
  } finally {
    run.destroy();
  }
};
