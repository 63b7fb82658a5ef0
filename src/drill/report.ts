// What a drill run did, per plan and resource: the JSON report's plan entries, the job summary and
// the terminal text. Everything that came from AWS or the user is escaped.
import { code, escapeMarkdown, escapeTableCell } from '../report/markdown.js';

export interface DrillEntry {
  resource: string;
  resourceType: string;
  result: 'ok' | 'failed' | 'dry-run';
  pointArn?: string;
  pointCreated?: string;
  restoreJobId?: string;
  /** The name given to the temporary resource (EBS volumes take none). */
  temporaryName?: string;
  temporaryResource?: string;
  /** The restore job's own duration (AWS's clock). */
  restoreSeconds?: number;
  /** From the drill's start until the temporary resource was available (AWS's clock): the RTO. */
  rtoSeconds?: number;
  available?: boolean;
  /** Gone, or being deleted by its service, when the drill ended. */
  deleted?: boolean;
  /** The `backup-plans:drilled` value written on the point. */
  evidenceTag?: string;
  error?: string;
  notes: string[];
}

export interface PlanDrill {
  plan: string;
  drills: DrillEntry[];
  /** Resources not drilled this run, and why (not due). */
  skipped: { resource: string; reason: string }[];
  failed: number;
  note?: string;
}

const MARK: Record<DrillEntry['result'], string> = { ok: '✅ ok', failed: '❌ failed', 'dry-run': 'dry run' };

function duration(seconds: number | undefined): string {
  if (seconds === undefined) return '–';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${seconds % 60} s` : `${seconds} s`;
}

export function renderDrillTable(entries: DrillEntry[]): string {
  const c = (t: string | undefined) => (t ? code(t, { tableCell: true }) : '–');
  const rows = entries.map((e) =>
    [
      MARK[e.result],
      c(e.resource),
      c(e.pointArn),
      c(e.temporaryResource ?? e.temporaryName),
      duration(e.restoreSeconds),
      duration(e.rtoSeconds),
      e.deleted ? 'yes' : e.temporaryResource ? '**no**' : '–',
      escapeTableCell([e.error, ...e.notes].filter(Boolean).join('; ') || (e.evidenceTag ?? '')),
    ].join(' | '),
  );
  return [
    '| result | resource | recovery point | temporary resource | restore job | RTO | deleted | notes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

export function renderDrillMarkdown(plans: PlanDrill[]): string {
  const parts = ['## backup-plans drill'];
  for (const p of plans) {
    const head =
      p.drills.length === 0
        ? 'no drill due'
        : p.failed === 0
          ? `${p.drills.length} drill(s) passed`
          : `${p.failed} of ${p.drills.length} drill(s) FAILED`;
    parts.push(`### Plan ${escapeMarkdown(p.plan)}: ${head}`);
    if (p.note) parts.push(escapeMarkdown(p.note));
    if (p.drills.length > 0) parts.push(renderDrillTable(p.drills));
    if (p.skipped.length > 0)
      parts.push(
        `<details><summary>${p.skipped.length} resource(s) not due</summary>\n\n` +
          p.skipped.map((s) => `- ${code(s.resource)}: ${escapeMarkdown(s.reason)}`).join('\n') +
          '\n\n</details>',
      );
  }
  return parts.join('\n\n') + '\n';
}

export function renderDrillText(plans: PlanDrill[]): string {
  const lines: string[] = [];
  for (const p of plans) {
    lines.push(
      `plan ${p.plan}: ${p.drills.length} drill(s), ${p.failed} failed, ${p.skipped.length} not due`,
    );
    if (p.note) lines.push(`  ${p.note}`);
    for (const e of p.drills) {
      lines.push(`  ${e.result.toUpperCase().padEnd(7)} ${e.resource}`);
      if (e.pointArn) lines.push(`          point ${e.pointArn}`);
      if (e.temporaryResource)
        lines.push(`          temporary ${e.temporaryResource}: ${e.deleted ? 'deleted' : 'NOT deleted'}`);
      if (e.rtoSeconds !== undefined)
        lines.push(`          RTO ${duration(e.rtoSeconds)} (restore job ${duration(e.restoreSeconds)})`);
      if (e.evidenceTag) lines.push(`          tagged backup-plans:drilled=${e.evidenceTag}`);
      if (e.error) lines.push(`          error: ${e.error}`);
      for (const n of e.notes) lines.push(`          note: ${n}`);
    }
    for (const s of p.skipped) lines.push(`  skipped ${s.resource}: ${s.reason}`);
  }
  return lines.join('\n') + '\n';
}
