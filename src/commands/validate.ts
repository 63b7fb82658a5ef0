// `validate`: load and check every plan. Each error goes to the host with its position (annotations
// in the action, `path:line:col: message` in a terminal). GitHub shows only 10 error annotations per
// step, so in the action the job summary lists every error as well.
import type { Command } from './registry.js';
import { selectPlans } from '../plan/select.js';
import type { PlanError } from '../plan/load.js';
import type { Plan, Retention } from '../plan/model.js';
import { code, escapeTableCell, SUMMARY_MAX_BYTES, trimMarkdown, trimNote } from '../report/markdown.js';

/** GitHub's job summary limit is 1 MiB per step; stay clearly below it. */

export const validateCommand: Command = async (inputs, host) => {
  // `plan` may name several ids, comma-separated, as backup and prune take it.
  const selected = await selectPlans(inputs.plans, inputs.plan);
  const { plans } = selected;
  const errors = [...selected.errors, ...selected.missing.map((id) => missingPlan(inputs.plans, id))];
  const errorCount = selected.errorCount + selected.missing.length;
  host.setOutput('errors', errorCount);
  if (errors.length > 0) {
    for (const e of errors) host.error(e.message, { file: e.file, line: e.line, column: e.column });
    // In a terminal the errors above are the whole report; a Markdown copy on stdout would repeat them.
    if (host.kind === 'action') await host.summary(errorSummary(errors, errorCount));
    return 1;
  }
  const line = `${plans.length} ${plans.length === 1 ? 'plan' : 'plans'} valid`;
  if (host.kind === 'action') {
    host.info(line);
    await host.summary(successSummary(line, plans));
  } else {
    await host.summary(line);
  }
  return 0;
};

function missingPlan(dir: string, id: string): PlanError {
  return { file: dir, line: 1, column: 1, message: `no plan "${id}" in ${dir}` };
}

/** `total` counts every error found; `errors` may be the first of them only (the loader caps its report). */
export function errorSummary(errors: readonly PlanError[], total = errors.length): string {
  const rows = errors.map(
    (e) =>
      `| ${code(`${e.file}:${e.line}:${e.column}`, { tableCell: true })} | ${escapeTableCell(e.message)} |`,
  );
  const markdown = [
    `## Plan validation: ${total.toLocaleString('en-US')} ${total === 1 ? 'error' : 'errors'}`,
    '',
    '| Where | Problem |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
  return trimMarkdown(markdown, SUMMARY_MAX_BYTES, trimNote('the annotations of this step'));
}

export function successSummary(line: string, plans: readonly Plan[]): string {
  const rows = plans.flatMap((plan) =>
    plan.rules.map(
      (rule) =>
        `| ${escapeTableCell(plan.id)} | ${escapeTableCell(rule.name)} | ${code(rule.schedule, { tableCell: true })} ${escapeTableCell(rule.timezone)} ` +
        `| ${escapeTableCell(describeRetention(rule.retain))} ` +
        `| ${escapeTableCell(rule.copyTo.map((c) => `${c.account}/${c.region}/${c.vault}: ${describeRetention(c.retain)}`).join('; ') || '—')} |`,
    ),
  );
  const markdown = [
    '## Plan validation',
    '',
    line,
    '',
    '| Plan | Rule | Schedule | Retention | Copies |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  return trimMarkdown(markdown, SUMMARY_MAX_BYTES);
}

/** "35 days, cold after 30 days" or "keep daily 7, weekly 4 (hard limit 400 days)". */
export function describeRetention(retain: Retention): string {
  const parts: string[] = [];
  if (retain.days !== undefined) parts.push(`${retain.days} days`);
  if (retain.keep !== undefined)
    parts.push(
      `keep ${Object.entries(retain.keep)
        .map(([k, v]) => `${k} ${v === -1 ? 'unlimited' : v}`)
        .join(', ')}`,
    );
  if (retain.coldAfterDays !== undefined) parts.push(`cold after ${retain.coldAfterDays} days`);
  if (retain.hardLimitDays !== undefined) parts.push(`hard limit ${retain.hardLimitDays} days`);
  return parts.join(', ');
}
