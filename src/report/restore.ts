// The restore's job summary / terminal text. Everything that came from AWS or the user is escaped.
import { code, escapeTableCell } from './markdown.js';

/** What a restore did: the JSON report's plan entry and the summary's source. */
export interface RestoreReport {
  plan: string;
  resource: string;
  resourceType: string;
  point: { arn: string; creationDate: string; vault: string; account: string; region: string; kind: string };
  /** The metadata sent to StartRestoreJob, secrets masked. */
  metadata: Record<string, string>;
  copySourceTags: boolean;
  notes: string[];
  dryRun: boolean;
  status: 'dry-run' | 'started' | 'completed' | 'failed' | 'still-running';
  restoreJobId?: string;
  statusMessage?: string;
  createdResourceArn?: string;
  /** From the job's CreationDate to its CompletionDate (AWS's clock). */
  durationSeconds?: number;
}

const STATUS: Record<RestoreReport['status'], string> = {
  'dry-run': 'dry run: nothing restored',
  started: 'restore job started (not waited for)',
  completed: 'restored',
  failed: 'restore FAILED',
  'still-running': 'restore still running',
};

function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}

export function renderRestoreMarkdown(r: RestoreReport): string {
  const row = (k: string, v: string) => `| ${k} | ${v} |`;
  const c = (t: string) => code(t, { tableCell: true });
  const lines = [
    `## backup-plans restore: ${escapeTableCell(STATUS[r.status])}`,
    '',
    '| | |',
    '| --- | --- |',
    row('plan', c(r.plan)),
    row('resource', `${c(r.resource)} (${escapeTableCell(r.resourceType)})`),
    row('recovery point', `${c(r.point.arn)}, created ${r.point.creationDate}`),
    row('vault', `${c(r.point.vault)} (${r.point.account}/${r.point.region}, ${r.point.kind})`),
  ];
  if (r.restoreJobId) lines.push(row('restore job', c(r.restoreJobId)));
  if (r.createdResourceArn) lines.push(row('created resource', c(r.createdResourceArn)));
  if (r.durationSeconds !== undefined) lines.push(row('duration', duration(r.durationSeconds)));
  if (r.statusMessage) lines.push(row('status message', escapeTableCell(r.statusMessage)));
  lines.push(row('source tags copied', r.copySourceTags ? 'yes' : 'no (not available for this type)'));
  lines.push('', '### Restore metadata used', '', '| key | value |', '| --- | --- |');
  for (const [k, v] of Object.entries(r.metadata).sort(([a], [b]) => a.localeCompare(b)))
    lines.push(`| ${c(k)} | ${c(v)} |`);
  if (r.notes.length > 0) lines.push('', ...r.notes.map((n) => `- ${escapeTableCell(n)}`));
  return lines.join('\n') + '\n';
}
