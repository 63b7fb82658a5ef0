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

/** The job summary. Failures come first; long lists are cut with a count of what is left out. */
export function renderPruneMarkdown(report: PruneRunBody): string {
  const t = report.totals;
  const lines: string[] = [];
  lines.push(`## backup-plans prune${report.dryRun ? ' (dry run: nothing was deleted)' : ''}`, '');
  if (report.failures.length > 0 || report.errors.length > 0) {
    lines.push(`### ❌ Failures (${report.failures.length + report.errors.length})`, '');
    for (const e of report.errors) lines.push(`- ${escapeMarkdown(e)}`);
    for (const f of report.failures.slice(0, MAX_ROWS))
      lines.push(`- ${code(f.arn)} in ${code(f.vault)}: ${escapeMarkdown(f.message)}`);
    if (report.failures.length > MAX_ROWS) lines.push(`- … and ${report.failures.length - MAX_ROWS} more`);
    lines.push('');
  }
  if (report.stoppedEarly)
    lines.push(
      `> [!NOTE]\n> Stopped early at max-deletions ${report.stoppedEarly.limit}: ` +
        `${report.stoppedEarly.remaining} more point(s) are due for removal; the next run continues.`,
      '',
    );
  lines.push(
    '| listed | owned | kept | removed by policy | ' +
      (report.dryRun ? 'would delete' : 'deleted') +
      ' | guarded | failures | orphans | lifecycles shortened |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${t.listed} | ${t.owned} | ${t.kept} | ${t.removed} | ${report.dryRun ? t.wouldDelete : t.deleted} | ` +
      `${Object.values(t.guarded).reduce((a, b) => a + (b ?? 0), 0)} | ${t.failures} | ${t.orphans} | ${t.shortened} |`,
    '',
  );
  if (report.deletionRate !== undefined)
    lines.push(`Deletion pace: ${report.deletionRate.toFixed(1)}/s.`, '');

  const guards = Object.entries(t.guarded).filter(([, n]) => (n ?? 0) > 0) as [GuardName, number][];
  const stops: string[] = guards.map(([g, n]) => `| ${GUARD_LABELS[g]} | ${n} |`);
  if (t.orphans > 0) stops.push(`| orphans (reported, never deleted) | ${t.orphans} |`);
  if (t.reservedResources > 0)
    stops.push(
      `| resources carrying reserved \`backup-plans:\` tags (points never pruned) | ${t.reservedResources} |`,
    );
  if (t.unowned > 0) stops.push(`| points without ownership tags (not ours to touch) | ${t.unowned} |`);
  if (t.notOurs > 0)
    stops.push(`| points of another namespace or of a plan not judged in this run | ${t.notOurs} |`);
  const expired = report.failures.filter((f) => f.expired).length;
  if (expired > 0)
    stops.push(`| left EXPIRED by AWS (role lacks \`iam:CreateServiceLinkedRole\`) | ${expired} |`);
  if (stops.length > 0)
    lines.push('### What the guards stopped', '', '| guard | points |', '| --- | ---: |', ...stops, '');

  // Per vault, plan and resource.
  lines.push(
    '### Per resource',
    '',
    '| vault | plan | resource | kept | removed | ' +
      (report.dryRun ? 'would delete' : 'deleted') +
      ' | guarded | failed |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  let rows = 0;
  let totalRows = 0;
  for (const v of report.vaults)
    for (const g of v.groups) {
      totalRows++;
      if (rows >= MAX_ROWS) continue;
      rows++;
      const done = report.dryRun ? g.points.filter((p) => p.outcome === 'would-delete').length : g.deleted;
      lines.push(
        `| ${code(`${v.account}/${v.region}/${v.vault}`, { tableCell: true })} | ${escapeTableCell(g.plan)} | ` +
          `${code(g.resourceArn, { tableCell: true })} | ${g.kept} | ${g.removed} | ${done} | ${g.guarded} | ${g.failed} |`,
      );
    }
  if (totalRows > rows) lines.push(`| … ${totalRows - rows} more | | | | | | | |`);
  lines.push('');

  const removals = report.vaults.flatMap((v) =>
    v.groups.flatMap((g) =>
      g.points
        .filter(
          (p) =>
            p.outcome === 'deleted' ||
            p.outcome === 'would-delete' ||
            p.outcome === 'guarded' ||
            p.outcome === 'failed',
        )
        .map((p) => ({ v, g, p })),
    ),
  );
  if (removals.length > 0) {
    lines.push(`### First removals (${Math.min(FIRST_REMOVALS, removals.length)} of ${removals.length})`, '');
    for (const { g, p } of removals.slice(0, FIRST_REMOVALS)) {
      const what = p.outcome === 'guarded' ? `guarded (${GUARD_LABELS[p.guard!]})` : p.outcome;
      lines.push(
        `- ${code(p.arn)} (${escapeMarkdown(g.plan)}, created ${p.created}) — ${what}: ${escapeMarkdown(p.reasons.join('; '))}` +
          (p.message ? ` — ${escapeMarkdown(p.message)}` : ''),
      );
    }
    lines.push('');
  }
  if (report.dryRun) {
    const kept = report.vaults.flatMap((v) =>
      v.groups.flatMap((g) => g.points.filter((p) => p.outcome === 'kept').map((p) => ({ g, p }))),
    );
    if (kept.length > 0) {
      lines.push(
        `<details><summary>Kept, with reasons (first ${Math.min(FIRST_KEPT, kept.length)} of ${kept.length})</summary>`,
        '',
      );
      for (const { g, p } of kept.slice(0, FIRST_KEPT))
        lines.push(
          `- ${code(p.arn)} (${escapeMarkdown(g.plan)}, created ${p.created}): ${escapeMarkdown(p.reasons.join('; '))}`,
        );
      lines.push('', '</details>', '');
    }
  }
  const orphans = report.vaults.flatMap((v) => v.orphans.map((o) => ({ v, o })));
  if (orphans.length > 0) {
    lines.push(`### Orphans (${orphans.length}; reported every run, never deleted)`, '');
    for (const { v, o } of orphans.slice(0, MAX_ROWS))
      lines.push(
        `- ${code(o.arn)} in ${code(v.vault)} (plan ${escapeMarkdown(o.plan)}, resource ${code(o.resourceArn)}): ` +
          `${ORPHAN_LABELS[o.orphan]} — ${escapeMarkdown(o.reasons.join('; '))}`,
      );
    if (orphans.length > MAX_ROWS) lines.push(`- … and ${orphans.length - MAX_ROWS} more`);
    lines.push('');
  }
  const reserved = report.vaults.flatMap((v) => v.reservedResources);
  if (reserved.length > 0) {
    lines.push('### Resources carrying reserved `backup-plans:` tags', '');
    lines.push(
      'Their own tags could fake ownership, so their points are never pruned. Remove those tags from the resources.',
      '',
    );
    for (const r of reserved.slice(0, MAX_ROWS)) lines.push(`- ${code(r.resourceArn)}: ${r.points} point(s)`);
    lines.push('');
  }
  const notes = [...report.notes, ...report.vaults.flatMap((v) => v.notes.map((n) => `${v.vault}: ${n}`))];
  if (notes.length > 0) {
    lines.push('### Notes', '');
    for (const n of notes.slice(0, 50)) lines.push(`- ${escapeMarkdown(n)}`);
    if (notes.length > 50) lines.push(`- … and ${notes.length - 50} more`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One line for logs and the terminal. */
export function pruneTotalsLine(report: PruneRunBody): string {
  const t = report.totals;
  const guarded = Object.values(t.guarded).reduce((a, b) => a + (b ?? 0), 0);
  return (
    `prune${report.dryRun ? ' (dry run)' : ''}: ${t.listed} points listed, ${t.owned} owned, ${t.kept} kept, ` +
    `${report.dryRun ? `${t.wouldDelete} would be deleted` : `${t.deleted} deleted`}, ${guarded} guarded, ` +
    `${t.failures} failed, ${t.orphans} orphans` +
    (report.stoppedEarly
      ? `; stopped at max-deletions ${report.stoppedEarly.limit} (${report.stoppedEarly.remaining} left)`
      : '')
  );
}
