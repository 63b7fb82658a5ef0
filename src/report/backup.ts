// The typed report of one `backup` run, and its renderers (job summary Markdown, JSON file, one-line
// totals). Everything the run did or decided lands here first; renderers never call AWS.
import type { ReportEnvelope } from './envelope.js';
import { code, escapeMarkdown, escapeTableCell, SUMMARY_MAX_BYTES, trimMarkdown } from './markdown.js';

/** What happened to one resource's due slot in this run. */
export type ResourceOutcome =
  /** StartBackupJob accepted in this run. */
  | 'started'
  /** Dry run: a job would have been started. */
  | 'would-start'
  /** The slot is already served by a job or recovery point made earlier. */
  | 'existing'
  /** Not started now, not a failure: e.g. another job is running for the resource; a later run retries. */
  | 'retry-later'
  /** Failed for good (retries for the slot exhausted, or refused by AWS in a way that will not heal). */
  | 'failed'
  /** Not backed up on purpose: the resource was deleted. */
  | 'skipped';

export interface RuleSlot {
  rule: string;
  /** ISO-8601 UTC time of the latest cron slot at or before the run's time. */
  slot: string;
  /** The slot was missed (the run came after its start window) and is caught up now. */
  late: boolean;
  /** This rule's own state: satisfied, due, retry-later, exhausted or error. */
  status?: string;
  /** What satisfies the slot already (status `satisfied`). */
  servedBy?: { jobId?: string; jobState?: string; pointArn?: string };
}

export interface JobInfo {
  id?: string;
  /** AWS job state (CREATED, RUNNING, COMPLETED, FAILED, …) or `NOT_STARTED` in a dry run. */
  state: string;
  statusMessage?: string;
  /** 1-based attempt number for this slot. */
  attempt?: number;
  recoveryPointArn?: string;
  startedThisRun: boolean;
}

export interface ResourceRunReport {
  arn: string;
  type?: string;
  outcome: ResourceOutcome;
  /** Every rule of the plan whose slot this resource's job serves (or would serve). */
  rules: RuleSlot[];
  job?: JobInfo;
  note?: string;
}

export type CopyOutcome =
  | 'started'
  | 'would-start'
  /** Started by an earlier run and still in flight. */
  | 'running'
  /** Completed and the destination point carries the ownership tags. */
  | 'tagged'
  /** Completed, but tagging the destination point failed: it is left to its lifecycle. */
  | 'tag-failed'
  /** Not now, not a failure: the resource is busy, or an attempt failed and attempts remain. */
  | 'retry-later'
  /** Not copied on purpose: cold storage, unreadable ownership, would be born expired. */
  | 'skipped'
  | 'failed';

export interface CopyRunReport {
  resourceArn: string;
  sourcePointArn: string;
  destination: { account: string; region: string; vault: string };
  outcome: CopyOutcome;
  /** This run started the copy job (its outcome may have moved on since, with `wait`). */
  startedThisRun?: boolean;
  copyJobId?: string;
  state?: string;
  destinationPointArn?: string;
  message?: string;
  /** retry-later only because another job of the resource runs (routine, not worth a warning). */
  waitingForResource?: boolean;
}

export interface PlanRunReport {
  id: string;
  file: string;
  namespace?: string;
  account: string;
  region: string;
  vault: string;
  /** The time the decisions were taken at (ISO-8601). */
  now?: string;
  /**
   * `failed` when the plan could not run at all (credentials, vault) or any job/copy failed for good;
   * `retry-later` when it could not start because AWS kept answering with transient errors (5xx,
   * timeouts) past the retry budget: not a failure, the next run tries again.
   */
  status: 'ok' | 'failed' | 'retry-later';
  /** Why the plan could not run at all. */
  error?: string;
  rules: { name: string; schedule: string; timezone: string }[];
  resources: ResourceRunReport[];
  copies: CopyRunReport[];
  notes: string[];
  /** The plan ran, but its selectors matched no resource it can back up (issue 11 item 10). */
  protectsNothing?: true;
  /** The plan's selectors in words, set with `protectsNothing`. */
  selectors?: string;
  issue?: { action: string; number?: number; error?: string };
}

export interface BackupTotals {
  jobsStarted: number;
  jobsExisting: number;
  copiesStarted: number;
  /** Jobs and copies that failed for good, plus plans that could not run. */
  failures: number;
  retryLater: number;
  skipped: number;
}

export interface BackupRunReport extends ReportEnvelope<'backup', PlanRunReport> {
  /** The name of this report before the shared envelope's `command`; kept for readers of version 1. */
  kind: 'backup-run';
  dryRun: boolean;
  wait: boolean;
  totals: BackupTotals;
  notes: string[];
}

/** Does this plan's result count as a failure (issue opened, exit code 1)? */
export function planFailures(plan: PlanRunReport): number {
  const jobs = plan.resources.filter((r) => r.outcome === 'failed').length;
  const copies = plan.copies.filter((c) => c.outcome === 'failed').length;
  return jobs + copies + (plan.error !== undefined && plan.status !== 'retry-later' ? 1 : 0);
}

export function computeTotals(plans: PlanRunReport[]): BackupTotals {
  const totals: BackupTotals = {
    jobsStarted: 0,
    jobsExisting: 0,
    copiesStarted: 0,
    failures: 0,
    retryLater: 0,
    skipped: 0,
  };
  for (const plan of plans) {
    for (const r of plan.resources) {
      if (r.outcome === 'started') totals.jobsStarted++;
      else if (r.outcome === 'existing') totals.jobsExisting++;
      else if (r.outcome === 'retry-later') totals.retryLater++;
      else if (r.outcome === 'skipped') totals.skipped++;
    }
    totals.copiesStarted += plan.copies.filter((c) => c.startedThisRun).length;
    if (plan.status === 'retry-later') totals.retryLater++;
    totals.failures += planFailures(plan);
  }
  return totals;
}

// ---- Markdown (job summary) ----

export { SUMMARY_MAX_BYTES };

const cell = (text: string) => code(text, { tableCell: true });

/** The last part of an ARN is what people recognise (`vol-0abc`, `db:orders`); keep the full ARN in the title. */
export function shortArn(arn: string): string {
  const parts = arn.split(':');
  if (parts.length < 6) return arn;
  const service = parts[2] ?? '';
  return `${service}:${parts.slice(5).join(':')}`;
}

function outcomeLabel(r: ResourceRunReport): string {
  switch (r.outcome) {
    case 'started':
      return 'started';
    case 'would-start':
      return 'would start (dry run)';
    case 'existing':
      return 'already done';
    case 'retry-later':
      return 'retry later';
    case 'failed':
      return '**failed**';
    case 'skipped':
      return 'skipped';
  }
}

function jobCell(r: ResourceRunReport): string {
  if (!r.job) return '—';
  const attempt = r.job.attempt && r.job.attempt > 1 ? ` (attempt ${r.job.attempt})` : '';
  return `${r.job.id ? cell(r.job.id) : '—'}${attempt}`;
}

function stateCell(r: ResourceRunReport): string {
  const parts = [outcomeLabel(r)];
  if (r.job && r.job.state !== 'NOT_STARTED') parts.push(escapeTableCell(r.job.state));
  const why = r.note ?? (r.outcome !== 'existing' ? r.job?.statusMessage : undefined);
  if (why) parts.push(escapeTableCell(why));
  return parts.join(' · ');
}

function resourceRows(plan: PlanRunReport): string[] {
  const rows: string[] = [];
  for (const r of plan.resources) {
    const resource = cell(shortArn(r.arn));
    const rules = r.rules.length > 0 ? r.rules : [undefined];
    for (const s of rules) {
      const head = `| ${s ? escapeTableCell(s.rule) : '—'} | ${s ? s.slot.replace('.000Z', 'Z') : '—'} | ${s?.late ? 'late' : ''} | ${resource} |`;
      // Each rule tells its own story: one may be served already while another gets a job now.
      if (s?.status === 'satisfied') {
        rows.push(`${head} ${servedJobCell(s)} | already done${servedPoint(s)} |`);
      } else {
        rows.push(`${head} ${jobCell(r)} | ${stateCell(r)} |`);
      }
    }
  }
  return rows;
}

function servedJobCell(s: RuleSlot): string {
  return s.servedBy?.jobId ? cell(s.servedBy.jobId) : '—';
}

function servedPoint(s: RuleSlot): string {
  if (s.servedBy?.jobState) return ` · ${escapeTableCell(s.servedBy.jobState)}`;
  return s.servedBy?.pointArn ? ` · point ${cell(shortArn(s.servedBy.pointArn))}` : '';
}

function copyRows(plan: PlanRunReport): string[] {
  return plan.copies.map((c) => {
    const dest = `${c.destination.account} ${c.destination.region} ${cell(c.destination.vault)}`;
    const label =
      c.outcome === 'failed' ? '**failed**' : c.outcome === 'tag-failed' ? '**tagging failed**' : c.outcome;
    const state = [
      label,
      c.state ? escapeTableCell(c.state) : undefined,
      c.message ? escapeTableCell(c.message) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    return `| ${cell(shortArn(c.resourceArn))} | ${dest} | ${c.copyJobId ? cell(c.copyJobId) : '—'} | ${state} |`;
  });
}

function failureLines(report: BackupRunReport): string[] {
  const lines: string[] = [];
  for (const plan of report.plans) {
    if (plan.error && plan.status !== 'retry-later')
      lines.push(`- plan ${code(plan.id)}: ${escapeMarkdown(plan.error)}`);
    for (const r of plan.resources.filter((x) => x.outcome === 'failed'))
      lines.push(
        `- plan ${code(plan.id)}, ${code(shortArn(r.arn))}: ${escapeMarkdown(r.note ?? r.job?.statusMessage ?? 'failed')}`,
      );
    for (const c of plan.copies.filter((x) => x.outcome === 'failed'))
      lines.push(
        `- plan ${code(plan.id)}, copy of ${code(shortArn(c.resourceArn))} to ${c.destination.region} ${code(c.destination.vault)}: ${escapeMarkdown(c.message ?? 'failed')}`,
      );
  }
  return lines;
}

/** The warning for a plan whose selectors matched nothing: annotation and summary say the same. */
export function protectsNothingMessage(plan: PlanRunReport): string {
  return `plan ${plan.id} (${plan.file}) protects no resources: its selectors matched nothing it can back up${plan.selectors ? ` (${plan.selectors})` : ''}; check the tags and ARNs under \`resources:\``;
}

export function renderPlanMarkdown(plan: PlanRunReport): string {
  const out: string[] = [];
  const status =
    plan.status === 'failed' ? ' — ❌ failed' : plan.status === 'retry-later' ? ' — ⏳ retry later' : '';
  out.push(`### Plan ${code(plan.id)}${status}`, '');
  out.push(
    `Account ${plan.account} · ${plan.region} · vault ${code(plan.vault)}` +
      (plan.namespace ? ` · namespace ${code(plan.namespace)}` : '') +
      (plan.now ? ` · decided at ${plan.now}` : ''),
    '',
  );
  if (plan.error)
    out.push(
      plan.status === 'retry-later'
        ? `**Could not run now; the next run retries:** ${escapeMarkdown(plan.error)}`
        : `**Could not run:** ${escapeMarkdown(plan.error)}`,
      '',
    );
  if (plan.resources.length > 0) {
    out.push('| rule | slot | late | resource | job | state |', '| --- | --- | --- | --- | --- | --- |');
    out.push(...resourceRows(plan), '');
  } else if (plan.protectsNothing) out.push(`⚠️ ${escapeMarkdown(protectsNothingMessage(plan))}`, '');
  else if (!plan.error) out.push('No resources selected.', '');
  if (plan.copies.length > 0) {
    out.push('**Copies**', '', '| resource | destination | copy job | state |', '| --- | --- | --- | --- |');
    out.push(...copyRows(plan), '');
  }
  if (plan.notes.length > 0) out.push(...plan.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
  if (plan.issue) {
    const issue = plan.issue;
    const n = issue.number !== undefined ? ` #${issue.number}` : '';
    out.push(
      issue.error
        ? `Failure issue: could not update (${escapeMarkdown(issue.error)})`
        : `Failure issue${n}: ${escapeMarkdown(issue.action)}`,
      '',
    );
  }
  return out.join('\n');
}

export function renderBackupMarkdown(report: BackupRunReport): string {
  const t = report.totals;
  const out: string[] = [];
  out.push(`## backup-plans · backup${report.dryRun ? ' (dry run: nothing was started)' : ''}`, '');
  out.push(
    `**${t.jobsStarted}** jobs started · **${t.jobsExisting}** already done · **${t.copiesStarted}** copies started · ` +
      `**${t.failures}** failures` +
      (t.retryLater > 0 ? ` · ${t.retryLater} retry later` : '') +
      (t.skipped > 0 ? ` · ${t.skipped} skipped` : ''),
    '',
  );
  const failures = failureLines(report);
  if (failures.length > 0) out.push('### ❌ Failures', '', ...failures, '');
  // Failing plans first, then in id order.
  const plans = [...report.plans].sort(
    (a, b) => Number(b.status === 'failed') - Number(a.status === 'failed') || a.id.localeCompare(b.id),
  );
  const head = out.length;
  for (const plan of plans) out.push(renderPlanMarkdown(plan));
  if (report.notes.length > 0)
    out.push('### Notes', '', ...report.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
  let markdown = out.join('\n');
  if (Buffer.byteLength(markdown, 'utf8') > SUMMARY_MAX_BYTES) {
    // Too big for GitHub (10,000 resources and more): failures, then counts per rule; the rows are
    // in the JSON report. Cutting the full table instead would hide most plans behind the first.
    out.length = head;
    if (failures.length > MAX_COMPACT_FAILURES) {
      const start = out.indexOf('### ❌ Failures') + 2;
      out.splice(start + MAX_COMPACT_FAILURES, failures.length - MAX_COMPACT_FAILURES);
      out.splice(
        start + MAX_COMPACT_FAILURES,
        0,
        `- … and ${failures.length - MAX_COMPACT_FAILURES} more in the JSON report`,
      );
    }
    const rows = report.plans.reduce((n, p) => n + p.resources.length + p.copies.length, 0);
    out.push(
      `> The full table (${rows} resources and copies) is in the JSON report (output \`report\`): it would not fit GitHub’s 1 MiB limit for a job summary.`,
      '',
    );
    for (const plan of plans) out.push(renderPlanCounts(plan));
    if (report.notes.length > 0)
      out.push('### Notes', '', ...report.notes.map((n) => `- ${escapeMarkdown(clip(n))}`), '');
    markdown = out.join('\n');
  }
  return trimMarkdown(
    markdown,
    SUMMARY_MAX_BYTES,
    'The summary was cut to stay under GitHub’s 1 MiB limit; the JSON report (output `report`) has everything.',
  );
}

/** Failures listed one by one in a summary too big for its tables; the rest are counted. */
const MAX_COMPACT_FAILURES = 500;
const MAX_NOTE_CHARS = 2_000;

const clip = (text: string) =>
  text.length > MAX_NOTE_CHARS
    ? `${text.slice(0, MAX_NOTE_CHARS)}… (${text.length - MAX_NOTE_CHARS} more characters in the JSON report)`
    : text;

const COUNT_COLUMNS = ['already done', 'started', 'would start', 'retry later', 'failed', 'skipped'] as const;

function countColumn(r: ResourceRunReport, s: RuleSlot | undefined): (typeof COUNT_COLUMNS)[number] {
  if (s?.status === 'satisfied') return 'already done';
  return outcomeLabel(r).replace(/\*/g, '').replace(' (dry run)', '') as (typeof COUNT_COLUMNS)[number];
}

/** One plan in a summary too big for its tables: per rule (and slot), how many resources had which outcome. */
export function renderPlanCounts(plan: PlanRunReport): string {
  const out: string[] = [];
  const status = plan.status === 'failed' ? ' — ❌ failed' : '';
  out.push(`### Plan ${code(plan.id)}${status}`, '');
  out.push(
    `Account ${plan.account} · ${plan.region} · vault ${code(plan.vault)} · ${plan.resources.length} resources`,
    '',
  );
  if (plan.error) out.push(`**Could not run:** ${escapeMarkdown(clip(plan.error))}`, '');
  const byRule = new Map<string, { rule: string; slot: string; late: number; counts: Map<string, number> }>();
  for (const r of plan.resources)
    for (const s of r.rules.length > 0 ? r.rules : [undefined]) {
      const key = s ? `${s.rule}\n${s.slot}` : '—';
      let row = byRule.get(key);
      if (!row)
        byRule.set(
          key,
          (row = {
            rule: s?.rule ?? '—',
            slot: s ? s.slot.replace('.000Z', 'Z') : '—',
            late: 0,
            counts: new Map(),
          }),
        );
      if (s?.late) row.late++;
      const column = countColumn(r, s);
      row.counts.set(column, (row.counts.get(column) ?? 0) + 1);
    }
  if (byRule.size > 0) {
    out.push(
      `| rule | slot | late | ${COUNT_COLUMNS.join(' | ')} |`,
      `| --- | --- | --- |${' --- |'.repeat(COUNT_COLUMNS.length)}`,
    );
    for (const row of byRule.values())
      out.push(
        `| ${escapeTableCell(row.rule)} | ${row.slot} | ${row.late} | ${COUNT_COLUMNS.map((c) => row.counts.get(c) ?? 0).join(' | ')} |`,
      );
    out.push('');
  }
  if (plan.copies.length > 0) {
    const copies = new Map<string, number>();
    for (const c of plan.copies) copies.set(c.outcome, (copies.get(c.outcome) ?? 0) + 1);
    out.push(`**Copies:** ${[...copies].map(([o, n]) => `${n} ${o}`).join(' · ')}`, '');
  }
  if (plan.notes.length > 0) out.push(...plan.notes.map((n) => `- ${escapeMarkdown(clip(n))}`), '');
  return out.join('\n');
}

/** Body of the failure issue for one plan: the failures first, then the plan's table. */
export function renderPlanIssueBody(plan: PlanRunReport, runUrl?: string): string {
  const failures = failureLines({
    command: 'backup',
    kind: 'backup-run',
    version: 1,
    startedAt: '',
    finishedAt: '',
    dryRun: false,
    wait: false,
    plans: [plan],
    totals: computeTotals([plan]),
    notes: [],
  });
  return [
    `Backups of plan ${code(plan.id)} failed${runUrl ? ` in [this run](${runUrl})` : ''}.`,
    '',
    ...failures,
    '',
    renderPlanMarkdown(plan),
  ].join('\n');
}

/** One line for logs and terminals. */
export function renderTotalsLine(report: BackupRunReport): string {
  const t = report.totals;
  return `${report.plans.length} plan(s): ${t.jobsStarted} jobs started, ${t.jobsExisting} already done, ${t.copiesStarted} copies started, ${t.failures} failures${t.retryLater ? `, ${t.retryLater} retry later` : ''}`;
}
