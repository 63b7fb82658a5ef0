// `list` for people: a Markdown table for the job summary, aligned plain text for a terminal.
import { code, escapeTableCell } from './markdown.js';

export interface ListedPoint {
  arn: string;
  resource: string;
  vault: string;
  kind: 'source' | 'copy';
  created: string;
  ageHours: number;
  sizeBytes?: number;
  status: string;
  storageClass: 'WARM' | 'COLD';
  locked: boolean;
  legalHold: boolean;
  expires?: string;
  /** Rules of this plan named on the point (empty: not this plan's). */
  rules: string[];
  /** Why it is kept, per rule ("daily: daily (2026-03-02)", "daily: AWS deletes it at … (retain.days 35)"). */
  reasons: string[];
}

export interface ResourceFreshness {
  resource: string;
  rule: string;
  newest?: string;
  newestAgeHours?: number;
  /** The slot the schedule expects a point for by now (its start window included). */
  expectedSlot?: string;
  status: 'ok' | 'behind' | 'none';
}

export interface PlanInventory {
  plan: string;
  points: ListedPoint[];
  freshness: ResourceFreshness[];
  notes: string[];
}

function age(hours: number): string {
  return hours >= 48 ? `${Math.round(hours / 24)}d` : `${hours}h`;
}

function size(bytes: number | undefined): string {
  if (bytes === undefined) return '?';
  const gib = bytes / 1024 ** 3;
  return gib >= 1 ? `${gib.toFixed(1)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}

const shortArn = (arn: string) => arn.split(/[:/]/).slice(-2).join('/');

function flags(p: ListedPoint): string {
  return [p.locked ? 'lock' : '', p.legalHold ? 'hold' : ''].filter(Boolean).join('+') || '-';
}

function cells(p: ListedPoint): string[] {
  return [
    shortArn(p.resource),
    p.vault,
    shortArn(p.arn),
    age(p.ageHours),
    size(p.sizeBytes),
    p.status,
    p.storageClass,
    flags(p),
    p.expires ? p.expires.slice(0, 10) : 'never',
    p.reasons.join('; '),
  ];
}

const HEADER = [
  'resource',
  'vault',
  'point',
  'age',
  'size',
  'status',
  'class',
  'lock/hold',
  'expires',
  'kept because',
];

export function renderListText(inventories: PlanInventory[]): string {
  const out: string[] = [];
  for (const inv of inventories) {
    out.push(`plan ${inv.plan}: ${inv.points.length} recovery point(s)`);
    const rows = [HEADER, ...inv.points.map(cells)];
    const widths = HEADER.map((_, i) =>
      Math.max(...rows.map((r) => (i === HEADER.length - 1 ? 0 : r[i]!.length))),
    );
    for (const r of rows)
      out.push(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
    out.push('', 'newest point per resource and rule:');
    for (const f of inv.freshness)
      out.push(
        `  ${shortArn(f.resource)}  ${f.rule}: ${f.status}${f.newestAgeHours !== undefined ? `, newest ${age(f.newestAgeHours)} old` : ''}${f.expectedSlot ? `, schedule expects one from ${f.expectedSlot}` : ''}`,
      );
    out.push(...inv.notes.map((n) => `note: ${n}`), '');
  }
  return out.join('\n');
}

export function renderListMarkdown(inventories: PlanInventory[]): string {
  const out: string[] = ['## backup-plans list', ''];
  for (const inv of inventories) {
    out.push(`### Plan ${code(inv.plan)}: ${inv.points.length} recovery point(s)`, '');
    out.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`);
    for (const p of inv.points) out.push(`| ${cells(p).map(escapeTableCell).join(' | ')} |`);
    out.push(
      '',
      '| resource | rule | newest | status | schedule expects |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of inv.freshness)
      out.push(
        `| ${escapeTableCell(shortArn(f.resource))} | ${escapeTableCell(f.rule)} | ${f.newestAgeHours !== undefined ? age(f.newestAgeHours) : '-'} | ${f.status} | ${f.expectedSlot ?? '-'} |`,
      );
    out.push('', ...inv.notes.map((n) => `- ${escapeTableCell(n)}`));
  }
  return out.join('\n') + '\n';
}
