// The review as people and programs read it: the sticky PR comment, the job summary, and JSON.
// Everything that comes from the plan files (ids, rule names, ARNs, tag values, details built from
// them) is escaped here; only our own words and symbols go in unescaped.
import { code, escapeMarkdown, escapeTableCell, trimMarkdown, trimNote } from '../report/markdown.js';
import type { PlanError } from '../plan/load.js';
import type { LiveImpact } from './live.js';
import { describeSteady, rpo, type Change, type ChangeKind } from './diff.js';
import {
  steadyJson,
  type ImpactComparison,
  type ImpactRow,
  type PlanImpact,
  type PlanImpactRow,
  type SeriesImpact,
} from './impact.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export interface Review {
  changes: Change[];
  impact: ImpactComparison;
  /** Validation errors of the head plans (they are also annotations). */
  errors: PlanError[];
  /** Plans left out of the diff, with why (e.g. errors at the base or head). */
  skipped: { plan: string; reason: string }[];
  /** The change's effect on the recovery points that exist now (read with a read-only role), or why it was not computed. */
  live?: LiveImpact;
}

const KIND_LABEL: Record<ChangeKind, string> = {
  'plan-added': 'plan added',
  'plan-removed': 'plan removed',
  'rule-added': 'rule added',
  'rule-removed': 'rule removed',
  'resource-added': 'resource added',
  'resource-removed': 'resource removed',
  'selector-added': 'selector added',
  'selector-removed': 'selector removed',
  'exclude-added': 'exclude added',
  'exclude-removed': 'exclude removed',
  'schedule-changed': 'schedule changed',
  'retention-shortened': 'retention shortened',
  'retention-lengthened': 'retention lengthened',
  'retention-changed': 'retention changed',
  'copy-added': 'copy added',
  'copy-removed': 'copy removed',
  'role-changed': 'role changed',
  'account-changed': 'account changed',
  'region-changed': 'region changed',
  'vault-changed': 'vault changed',
  'namespace-changed': 'namespace changed',
  'setting-changed': 'setting changed',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The one-line verdict. */
export function verdict(review: Review): string {
  const { changes, errors } = review;
  const destructive = changes.filter((c) => c.destructive).length;
  const plans = new Set(changes.map((c) => c.plan)).size;
  const parts: string[] = [];
  if (errors.length > 0) parts.push(`❌ ${plural(errors.length, 'validation error')} in the head plans`);
  if (changes.length === 0)
    parts.push(errors.length > 0 ? 'no other changes' : '✅ no changes to backup plans');
  else if (destructive > 0)
    parts.push(
      `⚠️ ${destructive} of ${plural(changes.length, 'change')} ${destructive === 1 ? 'is' : 'are'} destructive (${plural(plans, 'plan')})`,
    );
  else parts.push(`✅ ${plural(changes.length, 'change')} in ${plural(plans, 'plan')}, none destructive`);
  return parts.join('; ');
}

function banner(review: Review): string[] {
  const destructive = review.changes.filter((c) => c.destructive);
  if (destructive.length === 0) return [];
  const kinds = [...new Set(destructive.map((c) => KIND_LABEL[c.kind]))].join(', ');
  return [
    '> [!WARNING]',
    `> **This change loses protection, deletes recovery points or orphans them** (${kinds}). ` +
      'Check every ⚠️ row below before merging; deleted recovery points cannot be restored.',
    '',
  ];
}

/** First clause of a detail, for the table; the full text is in the collapsed details. */
function short(detail: string): string {
  const cut = detail.search(/[:;]\s/);
  const head = cut > 0 ? detail.slice(0, cut) : detail;
  return head.length > 160 ? `${head.slice(0, 159)}…` : head;
}

function changesTable(changes: readonly Change[]): string[] {
  if (changes.length === 0) return [];
  // Destructive first: a trimmed comment must never hide them.
  const ordered = [...changes.filter((c) => c.destructive), ...changes.filter((c) => !c.destructive)];
  return [
    '| | Plan | Rule | Change | What |',
    '| --- | --- | --- | --- | --- |',
    ...ordered.map(
      (c) =>
        `| ${c.destructive ? '⚠️' : '✅'} | ${escapeTableCell(c.plan)} | ${c.rule === null ? '—' : escapeTableCell(c.rule)} ` +
        `| ${KIND_LABEL[c.kind]} | ${escapeTableCell(short(c.detail))} |`,
    ),
    '',
  ];
}

function where(row: ImpactRow): string {
  const t = row.target;
  return `${t.kind === 'copy' ? 'copy → ' : ''}${t.vault} (${t.account}, ${t.region})`;
}

function side(s: SeriesImpact | undefined): { points: string; oldest: string } {
  if (!s) return { points: '—', oldest: '—' };
  if (s.steady.kind === 'unbounded')
    return { points: `unbounded (${s.steady.unlimited.join(', ')}: -1)`, oldest: 'first backup' };
  const p = s.steady.points;
  const points = `${p.min === p.max ? p.now : `${p.min}–${p.max}`}${s.steady.capped ? '+' : ''}`;
  return { points, oldest: s.steady.oldest ? s.steady.oldest.toISOString().slice(0, 10) : '—' };
}

function differs(row: ImpactRow): boolean {
  const a = side(row.before);
  const b = side(row.after);
  return (
    a.points !== b.points ||
    a.oldest !== b.oldest ||
    row.before?.retention !== row.after?.retention ||
    row.before?.rpoMinutes !== row.after?.rpoMinutes ||
    row.before?.storageGiB !== row.after?.storageGiB ||
    row.before?.costPerMonth !== row.after?.costPerMonth
  );
}

const arrow = (a: string, b: string) => (a === b ? a : `${a} → **${b}**`);

function planCells(p: PlanImpact | undefined) {
  if (!p) return { resources: '—', storage: '—', cost: '—' };
  return {
    resources: String(p.resources),
    storage: p.storageGiB === null ? 'unbounded' : p.storageGiB.toFixed(1),
    cost: p.costPerMonth === null ? 'unbounded' : p.costPerMonth.toFixed(2),
  };
}

/** Storage and cost per plan, over its assumed resources and every vault, before → after. */
function planTable(rows: readonly PlanImpactRow[] | undefined, currency: string | undefined): string[] {
  if (!rows || rows.length === 0) return [];
  const lines = [
    '### Impact: storage and cost per plan',
    '',
    `| Plan | Resources (assumed) | Storage (GiB) | Cost per month${currency ? ` (${escapeTableCell(currency)})` : ''} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const a = planCells(row.before);
    const b = planCells(row.after);
    lines.push(
      `| ${escapeTableCell(row.plan)} | ${arrow(a.resources, b.resources)} | ${arrow(a.storage, b.storage)} | ${arrow(a.cost, b.cost)} |`,
    );
  }
  lines.push(
    '',
    '<sub>Estimated with `simulate`’s storage model and price table, for assumed resource sizes: see “How the impact is computed”.</sub>',
    '',
  );
  return lines;
}

const side3 = (n: number | undefined) => (n === undefined ? '—' : String(n));

/** The change's effect on the points that exist now: prune's planning under base and head, or why not. */
function liveSection(live: LiveImpact | undefined): string[] {
  if (!live) return [];
  if (!live.computed)
    return [
      `<sub>Impact on existing recovery points: not computed: ${escapeMarkdown(live.reason)}.</sub>`,
      '',
    ];
  const lines = [
    '### Impact on existing recovery points',
    '',
    '| | Plan | Points now | Removed by the next prune | Left unpruned by the change |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const p of live.plans) {
    const before = p.before?.remove;
    const after = p.after?.remove;
    const worse = (after ?? 0) > (before ?? 0) || p.leftUnpruned > 0;
    lines.push(
      `| ${worse ? '⚠️' : '✅'} | ${escapeTableCell(p.plan)} | ${p.points} | ${arrow(side3(before), side3(after))} | ${p.leftUnpruned} |`,
    );
  }
  lines.push(
    '',
    `<sub>Read with the read-only role ${code(live.role)} by prune’s own planning in dry-run mode, under the base ` +
      'plans and under the head plans; nothing was changed. The removals are spread over prune’s runs, ' +
      'each deleting at most `max-deletions`. Points left unpruned are orphaned, of another namespace, or in a ' +
      'vault the head no longer keeps points in: prune never deletes them.</sub>',
    '',
  );
  if (live.problems.length > 0) {
    lines.push('Not read, so not counted:', '');
    for (const problem of live.problems) lines.push(`- ${escapeMarkdown(problem)}`);
    lines.push('');
  }
  return lines;
}

function impactTable(impact: ImpactComparison): string[] {
  if (impact.rows.length === 0) return [];
  const hasStorage = impact.rows.some(
    (r) => r.before?.storageGiB !== undefined || r.after?.storageGiB !== undefined,
  );
  const hasCost = impact.rows.some(
    (r) => r.before?.costPerMonth !== undefined || r.after?.costPerMonth !== undefined,
  );
  // Storage is undefined on a side that grows without bound, or on a missing side.
  const num = (s: SeriesImpact | undefined, n: number | undefined, digits: number) =>
    n !== undefined ? n.toFixed(digits) : s?.steady.kind === 'unbounded' ? 'unbounded' : '—';
  const header = ['Plan', 'Rule', 'Where', 'RPO', 'Points per resource', 'Oldest restorable'];
  if (hasStorage) header.push('GiB per resource');
  if (hasCost) header.push('Cost per resource per month');
  const lines = [
    '### Impact: steady state per resource',
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ];
  for (const row of impact.rows) {
    const a = side(row.before);
    const b = side(row.after);
    const rpoOf = (s?: SeriesImpact) => (s ? rpo(s.rpoMinutes) : '—');
    const cells = [
      escapeTableCell(row.plan),
      escapeTableCell(row.rule),
      escapeTableCell(where(row)),
      arrow(rpoOf(row.before), rpoOf(row.after)),
      arrow(a.points, b.points),
      arrow(a.oldest, b.oldest),
    ];
    if (hasStorage)
      cells.push(arrow(num(row.before, row.before?.storageGiB, 1), num(row.after, row.after?.storageGiB, 1)));
    if (hasCost)
      cells.push(
        arrow(num(row.before, row.before?.costPerMonth, 2), num(row.after, row.after?.costPerMonth, 2)),
      );
    lines.push(`| ${differs(row) ? cells.join(' | ') : cells.map((c) => `<sub>${c}</sub>`).join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

function details(review: Review): string[] {
  const lines: string[] = [];
  if (review.changes.length > 0) {
    lines.push('<details><summary>Every change in full</summary>', '');
    for (const c of review.changes)
      lines.push(
        `- ${c.destructive ? '⚠️ **destructive**' : '✅'} ${escapeMarkdown(c.plan)}${c.rule === null ? '' : ` / ${escapeMarkdown(c.rule)}`} — ${KIND_LABEL[c.kind]}: ${escapeMarkdown(c.detail)}`,
      );
    lines.push('', '</details>', '');
  }
  if (review.impact.rows.length > 0) {
    lines.push('<details><summary>How the impact is computed</summary>', '');
    lines.push(
      `Computed from the plan files alone: ${escapeMarkdown(review.impact.method)}. It assumes:`,
      '',
    );
    for (const a of review.impact.assumptions) lines.push(`- ${escapeMarkdown(a)}`);
    lines.push('', 'Retention per series:', '');
    for (const row of review.impact.rows) {
      const b = row.before?.retention ?? 'none';
      const a = row.after?.retention ?? 'none';
      lines.push(
        `- ${escapeMarkdown(`${row.plan} / ${row.rule} / ${where(row)}: ${b === a ? a : `${b} → ${a}`}; ${row.before ? describeSteady(row.before.steady) : 'none'} → ${row.after ? describeSteady(row.after.steady) : 'none'}`)}`,
      );
    }
    lines.push('', '</details>', '');
  }
  if (review.skipped.length > 0) {
    lines.push('<details><summary>Plans not compared</summary>', '');
    for (const s of review.skipped) lines.push(`- ${escapeMarkdown(s.plan)}: ${escapeMarkdown(s.reason)}`);
    lines.push('', '</details>', '');
  }
  return lines;
}

function errorsSection(errors: readonly PlanError[]): string[] {
  if (errors.length === 0) return [];
  return [
    '### Validation errors in the head plans',
    '',
    '| Where | Problem |',
    '| --- | --- |',
    ...errors.map(
      (e) =>
        `| ${code(`${e.file}:${e.line}:${e.column}`, { tableCell: true })} | ${escapeTableCell(e.message)} |`,
    ),
    '',
  ];
}

/** The review as Markdown: verdict, banner, errors, changes, impact, collapsed details. */
export function renderReview(review: Review, title = 'Backup plan review'): string {
  return [
    `## ${title}`,
    '',
    `**${verdict(review)}**`,
    '',
    ...banner(review),
    ...errorsSection(review.errors),
    ...changesTable(review.changes),
    ...impactTable(review.impact),
    ...planTable(review.impact.plans, review.impact.currency),
    ...liveSection(review.live),
    ...details(review),
  ].join('\n');
}

/** The sticky comment: marker first, trimmed under GitHub's limit with a note that names the job summary. */
export function renderComment(review: Review, marker: string, runUrl?: string): string {
  const body = `${marker}\n${renderReview(review)}`;
  // The run URL is built from the runner's env; parentheses would end the link early.
  const link =
    runUrl && /^https?:\/\//.test(runUrl)
      ? encodeURI(runUrl).replace(/\(/g, '%28').replace(/\)/g, '%29')
      : undefined;
  const where = link ? `the job summary of [this run](${link})` : 'the job summary of this run';
  // Headroom below the limit: GitHub counts characters, `length` counts UTF-16 units (never fewer).
  return trimMarkdown(body, COMMENT_LIMIT - 1_000, trimNote(where), 'chars');
}

/** `{"changes": [...], "impact": {...}, "errors": [...]}`. */
export function reviewJson(review: Review) {
  return {
    changes: review.changes,
    impact: {
      method: review.impact.method,
      assumptions: review.impact.assumptions,
      ...(review.impact.currency ? { currency: review.impact.currency } : {}),
      series: review.impact.rows.map((row) => ({
        plan: row.plan,
        rule: row.rule,
        target: row.target,
        before: row.before ? seriesJson(row.before) : null,
        after: row.after ? seriesJson(row.after) : null,
      })),
      ...(review.impact.plans
        ? {
            plans: review.impact.plans.map((row) => ({
              plan: row.plan,
              before: row.before ? planJson(row.before) : null,
              after: row.after ? planJson(row.after) : null,
            })),
          }
        : {}),
      ...(review.live ? { live: review.live } : {}),
    },
    errors: review.errors,
    skipped: review.skipped,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
const roundClasses = (c: { WARM: number; COLD: number }) => ({ WARM: round(c.WARM), COLD: round(c.COLD) });

function seriesJson(s: SeriesImpact) {
  return {
    retention: s.retention,
    rpoMinutes: s.rpoMinutes ?? null,
    ...steadyJson(s.steady),
    ...(s.storageGiB !== undefined ? { storageGiB: round(s.storageGiB) } : {}),
    ...(s.storageByClass !== undefined ? { storageByClass: roundClasses(s.storageByClass) } : {}),
    ...(s.costPerMonth !== undefined ? { costPerMonth: round(s.costPerMonth) } : {}),
  };
}

/** A plan's totals; null storage and cost when a series grows without bound. */
function planJson(p: PlanImpact) {
  return {
    resources: p.resources,
    storageGiB: p.storageGiB === null ? null : round(p.storageGiB),
    storageByClass: p.storageByClass === null ? null : roundClasses(p.storageByClass),
    costPerMonth: p.costPerMonth === null ? null : round(p.costPerMonth),
  };
}
