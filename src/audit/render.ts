// `audit` for people: one row per control with its evidence; a Markdown table for the job summary
// and the failure issue, aligned plain text for a terminal. Outside text is escaped.
import type { PlanAudit } from './run.js';
import type { ControlResult } from './controls.js';
import { escapeMarkdown, escapeTableCell } from '../report/markdown.js';

const MARK: Record<ControlResult['status'], string> = { pass: '✅ pass', fail: '❌ fail', info: 'ℹ️ info' };
const shortArn = (arn: string) => arn.split(/[:/]/).slice(-2).join('/');
const scope = (c: ControlResult) =>
  [c.resource ? shortArn(c.resource) : '', c.rule ?? '', c.vault ?? ''].filter(Boolean).join(' · ') || 'plan';

export function renderAuditTable(controls: ControlResult[]): string {
  const rows = controls.map(
    (c) =>
      `| ${MARK[c.status]} | ${c.control} | ${escapeTableCell(scope(c))} | ${escapeTableCell(c.evidence)} |`,
  );
  return ['| result | control | scope | evidence |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function renderAuditMarkdown(audits: PlanAudit[]): string {
  const parts = ['## backup-plans audit'];
  for (const a of audits) {
    parts.push(
      `### Plan ${escapeMarkdown(a.plan)}: ${a.failed === 0 ? 'every control passes' : `${a.failed} control(s) fail`}`,
    );
    parts.push(renderAuditTable(a.controls));
  }
  return parts.join('\n\n') + '\n';
}

export function renderAuditText(audits: PlanAudit[]): string {
  const lines: string[] = [];
  for (const a of audits) {
    lines.push(`plan ${a.plan}: ${a.failed === 0 ? 'every control passes' : `${a.failed} control(s) FAIL`}`);
    for (const c of a.controls)
      lines.push(
        `  ${c.status.toUpperCase().padEnd(4)}  ${c.control.padEnd(17)}  ${scope(c)}\n        ${c.evidence}`,
      );
  }
  return lines.join('\n') + '\n';
}
