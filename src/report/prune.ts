// The typed report of one `prune` run and its renderers (job summary Markdown, terminal totals).
// Everything prune decided or did lands here; renderers never call AWS. Outside text (ARNs, tag
// values, AWS messages) is escaped before it reaches Markdown.
import type { ReportEnvelope } from './envelope.js';
import { code, escapeMarkdown, escapeTableCell } from './markdown.js';

/** What happened to one point in this run. */
export type PointOutcome =
  | 'kept'
  | 'deleted'
  /** Dry run: would be deleted. */
  | 'would-delete'
  /** The policy removes it, a guard stopped it (see `guard`). */
  | 'guarded'
  /** `apply-retention-to-existing`: lifecycle shortened (or would be, in a dry run). */
  | 'shortened'
  | 'would-shorten'
  | 'failed';

/** Why a point that the policy removes is nevertheless not deleted (the one list: prune's model uses it). */
export type GuardName =
  | 'newest' // the newest completed point of its resource in this vault
  | 'locked' // vault lock: AWS refuses every deletion in a locked vault
  | 'legal-hold' // under an active legal hold
  | 'cap' // max-deletions reached
  | 'busy' // InvalidResourceStateException after retries
  | 'ownership-changed' // the live re-read differs from what the decision was based on
  | 'state-changed' // status no longer COMPLETED, or the point vanished before we got to it
  | 'access-denied' // AWS refused the role this operation earlier in the run: not attempted again
  | 'holds-unreadable'; // the role may not read legal holds (backup:ListLegalHolds): nothing deleted

export const GUARD_LABELS: Record<GuardName, string> = {
  newest: 'newest completed point of its resource',
  locked: 'vault lock: AWS refuses deletions there (the lifecycle governs)',
  'legal-hold': 'under a legal hold',
  cap: 'max-deletions reached (next run continues)',
  busy: 'busy (InvalidResourceStateException); a later run retries',
  'ownership-changed': 'ownership tags changed since they were read',
  'state-changed': 'no longer COMPLETED, or already gone',
  'access-denied': 'not attempted: AWS refused the role this operation earlier in the run',
  'holds-unreadable': 'legal holds unreadable (backup:ListLegalHolds): not deleted',
};

export interface PointReport {
  arn: string;
  created: string;
  status: string;
  rules: string[];
  outcome: PointOutcome;
  guard?: GuardName;
  reasons: string[];
  message?: string;
}

export interface GroupReport {
  plan: string;
  resourceArn: string;
  kept: number;
  /** Points the policy removes (deleted, would be deleted, guarded or failed). */
  removed: number;
  deleted: number;
  guarded: number;
  failed: number;
  /** Newest first. Every point of the group. */
  points: PointReport[];
}

/** Why a point of ours belongs to no current (plan, rule, resource): reported, never deleted. */
export type OrphanName =
  | 'plan-gone' // backup-plans:plan names a plan no longer in the folder
  | 'rule-gone' // one or more of the point's rules no longer exist in the plan
  | 'destination-gone' // its rules exist but none keeps points in this vault any more
  | 'resource-unselected'; // the plan no longer selects the point's resource

export const ORPHAN_LABELS: Record<OrphanName, string> = {
  'plan-gone': 'plan file removed',
  'rule-gone': 'rule removed or renamed',
  'destination-gone': 'vault no longer used by the rule',
  'resource-unselected': 'resource no longer selected',
};

export interface OrphanReport {
  arn: string;
  resourceArn: string;
  created: string;
  plan: string;
  rules: string[];
  orphan: OrphanName;
  reasons: string[];
}

export interface VaultReport {
  account: string;
  region: string;
  vault: string;
  lock?: { minRetentionDays?: number; maxRetentionDays?: number };
  listed: number;
  unowned: number;
  notOurs: number;
  reservedResources: { resourceArn: string; points: number }[];
  orphans: OrphanReport[];
  groups: GroupReport[];
  notes: string[];
  /** The vault could not be scanned; nothing in it was decided. */
  error?: string;
}

export interface FailureReport {
  vault: string;
  arn: string;
  message: string;
  /** AWS marked the point EXPIRED instead of deleting it (missing iam:CreateServiceLinkedRole). */
  expired?: boolean;
}

export interface PruneTotals {
  listed: number;
  owned: number;
  kept: number;
  removed: number;
  deleted: number;
  wouldDelete: number;
  shortened: number;
  failures: number;
  orphans: number;
  unowned: number;
  notOurs: number;
  reservedResources: number;
  guarded: Partial<Record<GuardName, number>>;
}

/** One plan's part in a prune run. */
export interface PrunePlanReport {
  id: string;
  file: string;
  namespace?: string;
  /** failed: the plan could not be judged (namespace, credentials); its points were not touched. */
  status: 'ok' | 'failed';
  error?: string;
  /** Its resource groups' points: kept, removed by policy, and actually deleted. */
  kept: number;
  removed: number;
  deleted: number;
}

/** What `runPrune` decided and did; the command wraps it in the report envelope. */
export interface PruneRunBody {
  dryRun: boolean;
  maxDeletions: number;
  applyRetentionToExisting: boolean;
  /** Set when max-deletions stopped the run before every removal was done. */
  stoppedEarly?: { limit: number; remaining: number };
  totals: PruneTotals;
  vaults: VaultReport[];
  failures: FailureReport[];
  /** Plan and vault level problems (plan errors, vaults that could not be read). */
  errors: string[];
  notes: string[];
  /** Deletions per second while deleting. */
  deletionRate?: number;
}

export interface PruneReport extends ReportEnvelope<'prune', PrunePlanReport>, PruneRunBody {}

/** Each plan's counts, from the groups of every vault. */
export function prunePlanCounts(body: Pick<PruneRunBody, 'vaults'>, planId: string) {
  const counts = { kept: 0, removed: 0, deleted: 0 };
  for (const v of body.vaults)
    for (const g of v.groups)
      if (g.plan === planId) {
        counts.kept += g.kept;
        counts.removed += g.removed;
        counts.deleted += g.deleted;
      }
  return counts;
}

const FIRST_REMOVALS = 25;
const FIRST_KEPT = 25;
const MAX_ROWS = 200;
const MAX_NOTES = 50;

/** The job summary. Failures come first; long lists are cut with a count of what is left out. */
export function renderPruneMarkdown(report: PruneRunBody): string {
  return [
    `## backup-plans prune${report.dryRun ? ' (dry run: nothing was deleted)' : ''}`,
    '',
    ...failuresSection(report),
    ...stoppedEarlyNote(report),
    ...totalsTable(report),
    ...guardsSection(report),
    ...perResourceSection(report),
    ...removalsSection(report),
    ...(report.dryRun ? keptSection(report) : []),
    ...orphansSection(report),
    ...reservedSection(report),
    ...notesSection(report),
  ].join('\n');
}

/** Up to `max` list items, then "… and N more" for the rest. */
export function cappedList<T>(items: readonly T[], max: number, item: (x: T) => string): string[] {
  const lines = items.slice(0, max).map(item);
  if (items.length > max) lines.push(`- … and ${items.length - max} more`);
  return lines;
}

/** Points a guard stopped, all guards together. */
export function guardedCount(t: Pick<PruneTotals, 'guarded'>): number {
  return Object.values(t.guarded).reduce((a, b) => a + (b ?? 0), 0);
}

function failuresSection(report: PruneRunBody): string[] {
  if (report.failures.length === 0 && report.errors.length === 0) return [];
  return [
    `### ❌ Failures (${report.failures.length + report.errors.length})`,
    '',
    ...report.errors.map((e) => `- ${escapeMarkdown(e)}`),
    ...cappedList(
      report.failures,
      MAX_ROWS,
      (f) => `- ${code(f.arn)} in ${code(f.vault)}: ${escapeMarkdown(f.message)}`,
    ),
    '',
  ];
}

function stoppedEarlyNote(report: PruneRunBody): string[] {
  if (!report.stoppedEarly) return [];
  return [
    `> [!NOTE]\n> Stopped early at max-deletions ${report.stoppedEarly.limit}: ` +
      `${report.stoppedEarly.remaining} more point(s) are due for removal; the next run continues.`,
    '',
  ];
}

function totalsTable(report: PruneRunBody): string[] {
  const t = report.totals;
  const lines = [
    '| listed | owned | kept | removed by policy | ' +
      (report.dryRun ? 'would delete' : 'deleted') +
      ' | guarded | failures | orphans | lifecycles shortened |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${t.listed} | ${t.owned} | ${t.kept} | ${t.removed} | ${report.dryRun ? t.wouldDelete : t.deleted} | ` +
      `${guardedCount(t)} | ${t.failures} | ${t.orphans} | ${t.shortened} |`,
    '',
  ];
  if (report.deletionRate !== undefined)
    lines.push(`Deletion pace: ${report.deletionRate.toFixed(1)}/s.`, '');
  return lines;
}

/** What kept points from deletion, and how many each: every guard that stopped some, then what was never ours to judge. */
export function guardRows(
  report: Pick<PruneRunBody, 'totals' | 'failures'>,
): [label: string, points: number][] {
  const t = report.totals;
  const rows = (Object.entries(t.guarded) as [GuardName, number | undefined][])
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([g, n]): [string, number] => [GUARD_LABELS[g], n!]);
  const expired = report.failures.filter((f) => f.expired).length;
  const more: [string, number][] = [
    ['orphans (reported, never deleted)', t.orphans],
    ['resources carrying reserved `backup-plans:` tags (points never pruned)', t.reservedResources],
    ['points without ownership tags (not ours to touch)', t.unowned],
    ['points of another namespace or of a plan not judged in this run', t.notOurs],
    ['left EXPIRED by AWS (role lacks `iam:CreateServiceLinkedRole`)', expired],
  ];
  return [...rows, ...more.filter(([, n]) => n > 0)];
}

function guardsSection(report: PruneRunBody): string[] {
  const rows = guardRows(report);
  if (rows.length === 0) return [];
  return [
    '### What the guards stopped',
    '',
    '| guard | points |',
    '| --- | ---: |',
    ...rows.map(([label, n]) => `| ${label} | ${n} |`),
    '',
  ];
}

/** One row per vault, plan and resource: the deletions column counts what a dry run would delete. */
export function resourceRows(report: Pick<PruneRunBody, 'vaults' | 'dryRun'>) {
  return report.vaults.flatMap((v) =>
    v.groups.map((g) => ({
      vault: `${v.account}/${v.region}/${v.vault}`,
      plan: g.plan,
      resourceArn: g.resourceArn,
      kept: g.kept,
      removed: g.removed,
      deleted: report.dryRun ? g.points.filter((p) => p.outcome === 'would-delete').length : g.deleted,
      guarded: g.guarded,
      failed: g.failed,
    })),
  );
}

function perResourceSection(report: PruneRunBody): string[] {
  const rows = resourceRows(report);
  const lines = [
    '### Per resource',
    '',
    '| vault | plan | resource | kept | removed | ' +
      (report.dryRun ? 'would delete' : 'deleted') +
      ' | guarded | failed |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .slice(0, MAX_ROWS)
      .map(
        (r) =>
          `| ${code(r.vault, { tableCell: true })} | ${escapeTableCell(r.plan)} | ` +
          `${code(r.resourceArn, { tableCell: true })} | ${r.kept} | ${r.removed} | ${r.deleted} | ${r.guarded} | ${r.failed} |`,
      ),
  ];
  if (rows.length > MAX_ROWS) lines.push(`| … ${rows.length - MAX_ROWS} more | | | | | | | |`);
  return [...lines, ''];
}

const REMOVAL_OUTCOMES = new Set<PointOutcome>(['deleted', 'would-delete', 'guarded', 'failed']);

/** The points the policy removes, with their group, in report order. */
export function removalsOf(report: Pick<PruneRunBody, 'vaults'>): { g: GroupReport; p: PointReport }[] {
  return report.vaults.flatMap((v) =>
    v.groups.flatMap((g) => g.points.filter((p) => REMOVAL_OUTCOMES.has(p.outcome)).map((p) => ({ g, p }))),
  );
}

function removalsSection(report: PruneRunBody): string[] {
  const removals = removalsOf(report);
  if (removals.length === 0) return [];
  return [
    `### First removals (${Math.min(FIRST_REMOVALS, removals.length)} of ${removals.length})`,
    '',
    ...removals.slice(0, FIRST_REMOVALS).map(({ g, p }) => {
      const what = p.outcome === 'guarded' ? `guarded (${GUARD_LABELS[p.guard!]})` : p.outcome;
      return (
        `- ${code(p.arn)} (${escapeMarkdown(g.plan)}, created ${p.created}) — ${what}: ${escapeMarkdown(p.reasons.join('; '))}` +
        (p.message ? ` — ${escapeMarkdown(p.message)}` : '')
      );
    }),
    '',
  ];
}

function keptSection(report: PruneRunBody): string[] {
  const kept = report.vaults.flatMap((v) =>
    v.groups.flatMap((g) => g.points.filter((p) => p.outcome === 'kept').map((p) => ({ g, p }))),
  );
  if (kept.length === 0) return [];
  return [
    `<details><summary>Kept, with reasons (first ${Math.min(FIRST_KEPT, kept.length)} of ${kept.length})</summary>`,
    '',
    ...kept
      .slice(0, FIRST_KEPT)
      .map(
        ({ g, p }) =>
          `- ${code(p.arn)} (${escapeMarkdown(g.plan)}, created ${p.created}): ${escapeMarkdown(p.reasons.join('; '))}`,
      ),
    '',
    '</details>',
    '',
  ];
}

function orphansSection(report: PruneRunBody): string[] {
  const orphans = report.vaults.flatMap((v) => v.orphans.map((o) => ({ v, o })));
  if (orphans.length === 0) return [];
  return [
    `### Orphans (${orphans.length}; reported every run, never deleted)`,
    '',
    ...cappedList(
      orphans,
      MAX_ROWS,
      ({ v, o }) =>
        `- ${code(o.arn)} in ${code(v.vault)} (plan ${escapeMarkdown(o.plan)}, resource ${code(o.resourceArn)}): ` +
        `${ORPHAN_LABELS[o.orphan]} — ${escapeMarkdown(o.reasons.join('; '))}`,
    ),
    '',
  ];
}

function reservedSection(report: PruneRunBody): string[] {
  const reserved = report.vaults.flatMap((v) => v.reservedResources);
  if (reserved.length === 0) return [];
  return [
    '### Resources carrying reserved `backup-plans:` tags',
    '',
    'Their own tags could fake ownership, so their points are never pruned. Remove those tags from the resources.',
    '',
    // No "… more" line here: the guards table counts them all.
    ...reserved.slice(0, MAX_ROWS).map((r) => `- ${code(r.resourceArn)}: ${r.points} point(s)`),
    '',
  ];
}

function notesSection(report: PruneRunBody): string[] {
  const notes = [...report.notes, ...report.vaults.flatMap((v) => v.notes.map((n) => `${v.vault}: ${n}`))];
  if (notes.length === 0) return [];
  return ['### Notes', '', ...cappedList(notes, MAX_NOTES, (n) => `- ${escapeMarkdown(n)}`), ''];
}

/** One line for logs and the terminal. */
export function pruneTotalsLine(report: PruneRunBody): string {
  const t = report.totals;
  const guarded = guardedCount(t);
  return (
    `prune${report.dryRun ? ' (dry run)' : ''}: ${t.listed} points listed, ${t.owned} owned, ${t.kept} kept, ` +
    `${report.dryRun ? `${t.wouldDelete} would be deleted` : `${t.deleted} deleted`}, ${guarded} guarded, ` +
    `${t.failures} failed, ${t.orphans} orphans` +
    (report.stoppedEarly
      ? `; stopped at max-deletions ${report.stoppedEarly.limit} (${report.stoppedEarly.remaining} left)`
      : '')
  );
}
