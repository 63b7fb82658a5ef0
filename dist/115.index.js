export const id = 115;
export const ids = [115];
export const modules = {

/***/ 9115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBackup: () => (/* binding */ runBackup)
});

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./src/aws/redact.ts
var redact = __webpack_require__(4256);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/backup.ts

/** Does this plan's result count as a failure (issue opened, exit code 1)? */
function planFailures(plan) {
    const jobs = plan.resources.filter((r) => r.outcome === 'failed').length;
    const copies = plan.copies.filter((c) => c.outcome === 'failed').length;
    return jobs + copies + (plan.error !== undefined && plan.status !== 'retry-later' ? 1 : 0);
}
function computeTotals(plans) {
    const totals = {
        jobsStarted: 0,
        jobsExisting: 0,
        copiesStarted: 0,
        failures: 0,
        retryLater: 0,
        skipped: 0,
    };
    for (const plan of plans) {
        for (const r of plan.resources) {
            if (r.outcome === 'started')
                totals.jobsStarted++;
            else if (r.outcome === 'existing')
                totals.jobsExisting++;
            else if (r.outcome === 'retry-later')
                totals.retryLater++;
            else if (r.outcome === 'skipped')
                totals.skipped++;
        }
        totals.copiesStarted += plan.copies.filter((c) => c.startedThisRun).length;
        if (plan.status === 'retry-later')
            totals.retryLater++;
        totals.failures += planFailures(plan);
    }
    return totals;
}
// ---- Markdown (job summary) ----

const cell = (text) => (0,report_markdown/* code */.aY)(text, { tableCell: true });
/** The last part of an ARN is what people recognise (`vol-0abc`, `db:orders`); keep the full ARN in the title. */
function shortArn(arn) {
    const parts = arn.split(':');
    if (parts.length < 6)
        return arn;
    const service = parts[2] ?? '';
    return `${service}:${parts.slice(5).join(':')}`;
}
function outcomeLabel(r) {
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
function jobCell(r) {
    if (!r.job)
        return '—';
    const attempt = r.job.attempt && r.job.attempt > 1 ? ` (attempt ${r.job.attempt})` : '';
    return `${r.job.id ? cell(r.job.id) : '—'}${attempt}`;
}
function stateCell(r) {
    const parts = [outcomeLabel(r)];
    if (r.job && r.job.state !== 'NOT_STARTED')
        parts.push((0,report_markdown/* escapeTableCell */.aL)(r.job.state));
    const why = r.note ?? (r.outcome !== 'existing' ? r.job?.statusMessage : undefined);
    if (why)
        parts.push((0,report_markdown/* escapeTableCell */.aL)(why));
    return parts.join(' · ');
}
function resourceRows(plan) {
    const rows = [];
    for (const r of plan.resources) {
        const resource = cell(shortArn(r.arn));
        const rules = r.rules.length > 0 ? r.rules : [undefined];
        for (const s of rules) {
            const head = `| ${s ? (0,report_markdown/* escapeTableCell */.aL)(s.rule) : '—'} | ${s ? s.slot.replace('.000Z', 'Z') : '—'} | ${s?.late ? 'late' : ''} | ${resource} |`;
            // Each rule tells its own story: one may be served already while another gets a job now.
            if (s?.status === 'satisfied') {
                rows.push(`${head} ${servedJobCell(s)} | already done${servedPoint(s)} |`);
            }
            else {
                rows.push(`${head} ${jobCell(r)} | ${stateCell(r)} |`);
            }
        }
    }
    return rows;
}
function servedJobCell(s) {
    return s.servedBy?.jobId ? cell(s.servedBy.jobId) : '—';
}
function servedPoint(s) {
    if (s.servedBy?.jobState)
        return ` · ${(0,report_markdown/* escapeTableCell */.aL)(s.servedBy.jobState)}`;
    return s.servedBy?.pointArn ? ` · point ${cell(shortArn(s.servedBy.pointArn))}` : '';
}
function copyRows(plan) {
    return plan.copies.map((c) => {
        const dest = `${c.destination.account} ${c.destination.region} ${cell(c.destination.vault)}`;
        const label = c.outcome === 'failed' ? '**failed**' : c.outcome === 'tag-failed' ? '**tagging failed**' : c.outcome;
        const state = [
            label,
            c.state ? (0,report_markdown/* escapeTableCell */.aL)(c.state) : undefined,
            c.message ? (0,report_markdown/* escapeTableCell */.aL)(c.message) : undefined,
        ]
            .filter(Boolean)
            .join(' · ');
        return `| ${cell(shortArn(c.resourceArn))} | ${dest} | ${c.copyJobId ? cell(c.copyJobId) : '—'} | ${state} |`;
    });
}
function failureLines(report) {
    const lines = [];
    for (const plan of report.plans) {
        if (plan.error && plan.status !== 'retry-later')
            lines.push(`- plan ${(0,report_markdown/* code */.aY)(plan.id)}: ${(0,report_markdown/* escapeMarkdown */.FV)(plan.error)}`);
        for (const r of plan.resources.filter((x) => x.outcome === 'failed'))
            lines.push(`- plan ${(0,report_markdown/* code */.aY)(plan.id)}, ${(0,report_markdown/* code */.aY)(shortArn(r.arn))}: ${(0,report_markdown/* escapeMarkdown */.FV)(r.note ?? r.job?.statusMessage ?? 'failed')}`);
        for (const c of plan.copies.filter((x) => x.outcome === 'failed'))
            lines.push(`- plan ${(0,report_markdown/* code */.aY)(plan.id)}, copy of ${(0,report_markdown/* code */.aY)(shortArn(c.resourceArn))} to ${c.destination.region} ${(0,report_markdown/* code */.aY)(c.destination.vault)}: ${(0,report_markdown/* escapeMarkdown */.FV)(c.message ?? 'failed')}`);
    }
    return lines;
}
/** The warning for a plan whose selectors matched nothing: annotation and summary say the same. */
function protectsNothingMessage(plan) {
    return `plan ${plan.id} (${plan.file}) protects no resources: its selectors matched nothing it can back up${plan.selectors ? ` (${plan.selectors})` : ''}; check the tags and ARNs under \`resources:\``;
}
function renderPlanMarkdown(plan) {
    const out = [];
    const status = plan.status === 'failed' ? ' — ❌ failed' : plan.status === 'retry-later' ? ' — ⏳ retry later' : '';
    out.push(`### Plan ${(0,report_markdown/* code */.aY)(plan.id)}${status}`, '');
    out.push(`Account ${plan.account} · ${plan.region} · vault ${(0,report_markdown/* code */.aY)(plan.vault)}` +
        (plan.namespace ? ` · namespace ${(0,report_markdown/* code */.aY)(plan.namespace)}` : '') +
        (plan.now ? ` · decided at ${plan.now}` : ''), '');
    if (plan.error)
        out.push(plan.status === 'retry-later'
            ? `**Could not run now; the next run retries:** ${(0,report_markdown/* escapeMarkdown */.FV)(plan.error)}`
            : `**Could not run:** ${(0,report_markdown/* escapeMarkdown */.FV)(plan.error)}`, '');
    if (plan.resources.length > 0) {
        out.push('| rule | slot | late | resource | job | state |', '| --- | --- | --- | --- | --- | --- |');
        out.push(...resourceRows(plan), '');
    }
    else if (plan.protectsNothing)
        out.push(`⚠️ ${(0,report_markdown/* escapeMarkdown */.FV)(protectsNothingMessage(plan))}`, '');
    else if (!plan.error)
        out.push('No resources selected.', '');
    if (plan.copies.length > 0) {
        out.push('**Copies**', '', '| resource | destination | copy job | state |', '| --- | --- | --- | --- |');
        out.push(...copyRows(plan), '');
    }
    if (plan.notes.length > 0)
        out.push(...plan.notes.map((n) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(n)}`), '');
    if (plan.issue) {
        const issue = plan.issue;
        const n = issue.number !== undefined ? ` #${issue.number}` : '';
        out.push(issue.error
            ? `Failure issue: could not update (${(0,report_markdown/* escapeMarkdown */.FV)(issue.error)})`
            : `Failure issue${n}: ${(0,report_markdown/* escapeMarkdown */.FV)(issue.action)}`, '');
    }
    return out.join('\n');
}
function renderBackupMarkdown(report) {
    const t = report.totals;
    const out = [];
    out.push(`## backup-plans · backup${report.dryRun ? ' (dry run: nothing was started)' : ''}`, '');
    out.push(`**${t.jobsStarted}** jobs started · **${t.jobsExisting}** already done · **${t.copiesStarted}** copies started · ` +
        `**${t.failures}** failures` +
        (t.retryLater > 0 ? ` · ${t.retryLater} retry later` : '') +
        (t.skipped > 0 ? ` · ${t.skipped} skipped` : ''), '');
    const failures = failureLines(report);
    if (failures.length > 0)
        out.push('### ❌ Failures', '', ...failures, '');
    // Failing plans first, then in id order.
    const plans = [...report.plans].sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed') || a.id.localeCompare(b.id));
    const head = out.length;
    for (const plan of plans)
        out.push(renderPlanMarkdown(plan));
    if (report.notes.length > 0)
        out.push('### Notes', '', ...report.notes.map((n) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(n)}`), '');
    let markdown = out.join('\n');
    if (Buffer.byteLength(markdown, 'utf8') > report_markdown/* SUMMARY_MAX_BYTES */.eR) {
        // Too big for GitHub (10,000 resources and more): failures, then counts per rule; the rows are
        // in the JSON report. Cutting the full table instead would hide most plans behind the first.
        out.length = head;
        if (failures.length > MAX_COMPACT_FAILURES) {
            const start = out.indexOf('### ❌ Failures') + 2;
            out.splice(start + MAX_COMPACT_FAILURES, failures.length - MAX_COMPACT_FAILURES);
            out.splice(start + MAX_COMPACT_FAILURES, 0, `- … and ${failures.length - MAX_COMPACT_FAILURES} more in the JSON report`);
        }
        const rows = report.plans.reduce((n, p) => n + p.resources.length + p.copies.length, 0);
        out.push(`> The full table (${rows} resources and copies) is in the JSON report (output \`report\`): it would not fit GitHub’s 1 MiB limit for a job summary.`, '');
        for (const plan of plans)
            out.push(renderPlanCounts(plan));
        if (report.notes.length > 0)
            out.push('### Notes', '', ...report.notes.map((n) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(clip(n))}`), '');
        markdown = out.join('\n');
    }
    return (0,report_markdown/* trimMarkdown */.Cc)(markdown, report_markdown/* SUMMARY_MAX_BYTES */.eR, 'The summary was cut to stay under GitHub’s 1 MiB limit; the JSON report (output `report`) has everything.');
}
/** Failures listed one by one in a summary too big for its tables; the rest are counted. */
const MAX_COMPACT_FAILURES = 500;
const MAX_NOTE_CHARS = 2_000;
const clip = (text) => text.length > MAX_NOTE_CHARS
    ? `${text.slice(0, MAX_NOTE_CHARS)}… (${text.length - MAX_NOTE_CHARS} more characters in the JSON report)`
    : text;
const COUNT_COLUMNS = ['already done', 'started', 'would start', 'retry later', 'failed', 'skipped'];
function countColumn(r, s) {
    if (s?.status === 'satisfied')
        return 'already done';
    return outcomeLabel(r).replace(/\*/g, '').replace(' (dry run)', '');
}
/** One plan in a summary too big for its tables: per rule (and slot), how many resources had which outcome. */
function renderPlanCounts(plan) {
    const out = [];
    const status = plan.status === 'failed' ? ' — ❌ failed' : '';
    out.push(`### Plan ${(0,report_markdown/* code */.aY)(plan.id)}${status}`, '');
    out.push(`Account ${plan.account} · ${plan.region} · vault ${(0,report_markdown/* code */.aY)(plan.vault)} · ${plan.resources.length} resources`, '');
    if (plan.error)
        out.push(`**Could not run:** ${(0,report_markdown/* escapeMarkdown */.FV)(clip(plan.error))}`, '');
    const byRule = new Map();
    for (const r of plan.resources)
        for (const s of r.rules.length > 0 ? r.rules : [undefined]) {
            const key = s ? `${s.rule}\n${s.slot}` : '—';
            let row = byRule.get(key);
            if (!row)
                byRule.set(key, (row = {
                    rule: s?.rule ?? '—',
                    slot: s ? s.slot.replace('.000Z', 'Z') : '—',
                    late: 0,
                    counts: new Map(),
                }));
            if (s?.late)
                row.late++;
            const column = countColumn(r, s);
            row.counts.set(column, (row.counts.get(column) ?? 0) + 1);
        }
    if (byRule.size > 0) {
        out.push(`| rule | slot | late | ${COUNT_COLUMNS.join(' | ')} |`, `| --- | --- | --- |${' --- |'.repeat(COUNT_COLUMNS.length)}`);
        for (const row of byRule.values())
            out.push(`| ${(0,report_markdown/* escapeTableCell */.aL)(row.rule)} | ${row.slot} | ${row.late} | ${COUNT_COLUMNS.map((c) => row.counts.get(c) ?? 0).join(' | ')} |`);
        out.push('');
    }
    if (plan.copies.length > 0) {
        const copies = new Map();
        for (const c of plan.copies)
            copies.set(c.outcome, (copies.get(c.outcome) ?? 0) + 1);
        out.push(`**Copies:** ${[...copies].map(([o, n]) => `${n} ${o}`).join(' · ')}`, '');
    }
    if (plan.notes.length > 0)
        out.push(...plan.notes.map((n) => `- ${(0,report_markdown/* escapeMarkdown */.FV)(clip(n))}`), '');
    return out.join('\n');
}
/** Body of the failure issue for one plan: the failures first, then the plan's table. */
function renderPlanIssueBody(plan, runUrl) {
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
        `Backups of plan ${(0,report_markdown/* code */.aY)(plan.id)} failed${runUrl ? ` in [this run](${runUrl})` : ''}.`,
        '',
        ...failures,
        '',
        renderPlanMarkdown(plan),
    ].join('\n');
}
/** One line for logs and terminals. */
function renderTotalsLine(report) {
    const t = report.totals;
    return `${report.plans.length} plan(s): ${t.jobsStarted} jobs started, ${t.jobsExisting} already done, ${t.copiesStarted} copies started, ${t.failures} failures${t.retryLater ? `, ${t.retryLater} retry later` : ''}`;
}

// EXTERNAL MODULE: ./src/plan/namespace.ts
var plan_namespace = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/report/envelope.ts
var envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/failure-issues.ts + 1 modules
var failure_issues = __webpack_require__(798);
// EXTERNAL MODULE: ./src/run/poll.ts
var poll = __webpack_require__(576);
// EXTERNAL MODULE: ./src/run/tag-memo.ts
var tag_memo = __webpack_require__(7492);
// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/aws/backup.ts
var aws_backup = __webpack_require__(3979);
// EXTERNAL MODULE: ./src/aws/concurrency.ts
var concurrency = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/aws/point-tags.ts
var point_tags = __webpack_require__(1113);
;// CONCATENATED MODULE: ./src/backup/cold.ts
/**
 * A transition dated this close to now counts as possibly done: the copy starts moments after the
 * listing, and AWS's own transition time is not exact.
 */
const COLD_MARGIN_MS = 60 * 60_000;
/** False only when the listing proves the point is still warm now. */
function mayBeCold(point, now) {
    const coldAt = point?.coldAt;
    if (coldAt === 'never')
        return false;
    if (coldAt === undefined)
        return true;
    return coldAt.getTime() <= now.getTime() + COLD_MARGIN_MS;
}

// EXTERNAL MODULE: ./src/aws/resources.ts
var resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/plan/resource-types.ts
var resource_types = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/plan/selection.ts
var plan_selection = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/plan/model.ts
var model = __webpack_require__(8582);
;// CONCATENATED MODULE: ./src/schedule/lifecycle.ts
// The AWS lifecycle of one job that serves several rules (or of one copy), within a vault's lock.
//
// - `days` retention is an AWS lifecycle: DeleteAfterDays = days.
// - GFS (`keep`) points are deleted by pruning only, so they get no DeleteAfterDays unless the rule
//   sets `hardLimitDays` (a cost cap). One point serving a GFS rule without a hard limit therefore
//   gets no DeleteAfterDays at all: any lifecycle would let AWS delete a point that rule still keeps.
// - Otherwise the longest of the rules' needs wins: the point must live as long as its longest rule.
// - Cold storage only when every served rule asks for it (a rule without coldAfterDays expects a warm
//   point it can copy and restore quickly); then the latest move wins, for the same reason.
// - Vault lock: a job whose lifecycle falls outside Min/MaxRetentionDays fails at AWS. Below the
//   minimum we raise DeleteAfterDays to it (keeping longer than asked is safe, and noted); above the
//   maximum — including "until pruned" — nothing safe exists, so it is an error that says what to set.

function combinedLifecycle(served, lock) {
    if (served.length === 0)
        return { ok: true, lifecycle: undefined, notes: [] };
    const notes = [];
    // What each rule needs: a number of days, or Infinity for "until pruning deletes it".
    const needs = served.map((r) => ({
        name: r.name,
        days: r.retain.days ?? r.retain.hardLimitDays ?? Infinity,
    }));
    const longest = needs.reduce((a, b) => (b.days > a.days ? b : a));
    let deleteAfterDays = Number.isFinite(longest.days) ? longest.days : undefined;
    const colds = served.map((r) => r.retain.coldAfterDays);
    let coldAfterDays;
    if (colds.every((c) => c !== undefined))
        coldAfterDays = Math.max(...colds);
    else if (colds.some((c) => c !== undefined))
        notes.push(`not moved to cold storage: rules ${served
            .filter((r) => r.retain.coldAfterDays === undefined)
            .map((r) => `"${r.name}"`)
            .join(', ')} keep points warm`);
    if (lock?.maxRetentionDays !== undefined) {
        if (deleteAfterDays === undefined) {
            return {
                ok: false,
                error: `rule "${longest.name}" keeps points until pruning deletes them (retain.keep without hardLimitDays), ` +
                    `but vault "${lock.vaultName}" is locked with a maximum retention of ${lock.maxRetentionDays} days: ` +
                    `set retain.hardLimitDays to at most ${lock.maxRetentionDays}`,
            };
        }
        if (deleteAfterDays > lock.maxRetentionDays) {
            return {
                ok: false,
                error: `rule "${longest.name}" retains points for ${deleteAfterDays} days, but vault "${lock.vaultName}" is ` +
                    `locked with a maximum retention of ${lock.maxRetentionDays} days: shorten the retention or use another vault`,
            };
        }
    }
    if (lock?.minRetentionDays !== undefined &&
        deleteAfterDays !== undefined &&
        deleteAfterDays < lock.minRetentionDays) {
        notes.push(`kept ${lock.minRetentionDays} days instead of ${deleteAfterDays}: vault "${lock.vaultName}" is locked with that minimum retention`);
        deleteAfterDays = lock.minRetentionDays;
    }
    if (coldAfterDays !== undefined &&
        deleteAfterDays !== undefined &&
        deleteAfterDays < coldAfterDays + model/* MIN_COLD_STORAGE_DAYS */.WB) {
        // Validation rejects this per rule; combined rules cannot produce it, but never send AWS a lifecycle it refuses.
        notes.push(`not moved to cold storage: deleting after ${deleteAfterDays} days leaves less than the ${model/* MIN_COLD_STORAGE_DAYS */.WB} days AWS requires in cold storage`);
        coldAfterDays = undefined;
    }
    const lifecycle = {};
    if (deleteAfterDays !== undefined)
        lifecycle.deleteAfterDays = deleteAfterDays;
    if (coldAfterDays !== undefined)
        lifecycle.moveToColdStorageAfterDays = coldAfterDays;
    return { ok: true, lifecycle: Object.keys(lifecycle).length > 0 ? lifecycle : undefined, notes };
}
/**
 * The lifecycle of a copy into one destination vault. AWS gives a copy sent without a Lifecycle the
 * SOURCE point's lifecycle, and a copy sent with DeleteAfterDays -1 keeps the source's expiry date
 * ("Backup and tag copy"): a copy of a `days: 35` point would die at day 35 whatever the destination
 * keeps. So every copy carries an explicit DeleteAfterDays: `days`, else `hardLimitDays`, else the
 * AWS maximum (36,500 days, AWS's own advice of "100 years"), which pruning then cuts down to `keep`.
 * That default is clamped into the destination's vault lock range (a lock maximum below it is the
 * longest the vault allows); an explicit value outside the lock stays an error.
 */
function copyLifecycle(served, lock) {
    const untilPruned = Math.min(model/* MAX_DELETE_AFTER_DAYS */.c, lock?.maxRetentionDays ?? model/* MAX_DELETE_AFTER_DAYS */.c);
    return combinedLifecycle(served.map((r) => r.retain.days === undefined && r.retain.hardLimitDays === undefined
        ? { name: r.name, retain: { ...r.retain, hardLimitDays: untilPruned } }
        : r), lock);
}

// EXTERNAL MODULE: ./src/aws/busy.ts
var busy = __webpack_require__(8752);
// EXTERNAL MODULE: ./src/time/cron.ts
var cron = __webpack_require__(9025);
// EXTERNAL MODULE: ./src/schedule/token.ts
var token = __webpack_require__(7092);
;// CONCATENATED MODULE: ./src/schedule/due.ts
// The due decision of `backup` (DESIGN "Commands: backup", steps 1 and 3), as a pure function of
// the plan's rules, what AWS shows for each resource, and now.
//
// For each rule and resource:
// - The slot is the latest cron slot ≤ now. It is SATISFIED by evidence created at or after it:
//   a recovery point in the plan's vault that is ours and serves the rule — or whose tags cannot be
//   read for its type ("owned, where ownership can be read") — or a COMPLETED or in-flight backup job
//   in the plan's vault. Jobs carry no tags: a job counts unless its recovery point is known and its
//   readable tags say it is not ours or does not serve the rule. An in-flight job whose point is not
//   known yet counts; if it turns out to serve other rules only, the next run sees the point's tags
//   and the slot is due again. Recovery points matter because ListBackupJobs reaches back only about
//   30 days: a yearly slot served 200 days ago is proven by its point alone.
//   Points with status PARTIAL do not satisfy (their jobs count as failed attempts).
// - An unsatisfied slot is DUE. Only the latest slot is ever considered, so a run after a long gap
//   catches up once, never once per missed slot.
// - LATE: the slot is caught up late when now − slot exceeds the rule's start window (AWS would
//   have given up on a job started at the slot by then), or when earlier slots went unserved:
//   `missedSlots` counts the slots after the newest evidence of the rule (and not before the caller's
//   `lookbackStart`, e.g. when the rule was added) and before this slot. Without evidence and without
//   a lookback hint nothing counts as missed: a new rule's first run is not late because of history
//   it never had. Lateness is reported for unsatisfied slots only.
// - ATTEMPTS: jobs created at/after the slot that ended without a backup (FAILED, ABORTED, EXPIRED,
//   PARTIAL, or ABORTING on its way there) are attempts; the next job is attempt 1 + their number.
//   A job AWS failed because another job was running for the resource is NOT an attempt: it only
//   means "retry later" and never uses up `retries`. `retries` is the number of retries after the
//   first attempt: once 1 + retries attempts have failed the slot is EXHAUSTED (failed for good).
//   Failed jobs are known only while ListBackupJobs shows them (~30 days): a slot older than that
//   whose failures have aged out gets its retries again — at most 1 + retries jobs per 30 days.
// - BUSY: AWS runs one backup or copy job per resource at a time and fails a second one later. A
//   resource with a job still in flight (any slot, e.g. a long backup of the previous slot) gets no
//   new job; its due rules are RETRY-LATER.
// - One job per resource serves every rule due for it: rules sorted, tagged with all of them. Its
//   `backup-plans:slot` is the latest of their slots; since the job is created now, after every one of
//   their slots, the next run sees each of them satisfied by it.
// - OLDER JOBS: a caller may read only the jobs created since `jobsSince` (never after a rule's
//   slot), and leave out in-flight ones created before its listings (`inFlightKnown: false`). The
//   decision then says in `olderJobs` when the jobs left out could change it, and the caller reads
//   them and decides again: the result is the one the full listing gives.






const DEFAULT_START_WINDOW_MINUTES = model/* DEFAULTS */.zY.startWithinMinutes;
/** Missed slots are counted up to this many (the report says "at least"). */
const MISSED_SLOTS_CAP = 10;
const IN_FLIGHT = new Set(['CREATED', 'PENDING', 'RUNNING']);
const UNSUCCESSFUL = new Set(['FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL', 'ABORTING']);
/** Jobs that still occupy the resource at AWS. */
const OCCUPYING = new Set([...IN_FLIGHT, 'ABORTING']);
/** AWS failed the job because another backup or copy job of the resource was running (src/aws/busy.ts). */
function isBusyFailure(statusMessage) {
    return (0,busy/* isBusyMessage */.F)(statusMessage);
}
const isKnownState = (state) => IN_FLIGHT.has(state) || UNSUCCESSFUL.has(state) || state === 'COMPLETED';
/** Unknown states count as in flight: never start a duplicate of a job we cannot read. */
const isInFlight = (state) => IN_FLIGHT.has(state) || !isKnownState(state);
/**
 * Missed-slot counts by schedule, zone, slot and horizon. A run decides each resource on its own
 * (one decideDue call each), and the resources of a plan mostly share their newest evidence time:
 * counted once per run, not once per resource (each count is croner searches). Bounded: cleared when full.
 */
const missedCounts = new Map();
const MISSED_COUNTS_MAX = 4096;
/** Slots of the rule after `horizon` and before its current slot, counted up to MISSED_SLOTS_CAP. */
function missedSlotsAfter(ctx, horizon) {
    const { schedule, timezone } = ctx.rule;
    const slot = ctx.slot.getTime();
    const key = `${schedule}\n${timezone}\n${slot}\n${horizon}`;
    const cached = missedCounts.get(key);
    if (cached !== undefined)
        return cached;
    // Forward from the horizon: croner's forward search is the cheaper direction, and the cap bounds it.
    let count = 0;
    let cursor = new Date(horizon);
    while (count < MISSED_SLOTS_CAP) {
        const next = (0,cron/* nextSlot */.yo)(schedule, timezone, cursor);
        if (!next || next.getTime() >= slot)
            break;
        count++;
        cursor = next;
    }
    if (missedCounts.size >= MISSED_COUNTS_MAX)
        missedCounts.clear();
    missedCounts.set(key, count);
    return count;
}
/**
 * A resource's points by ARN, and what each one's tags say about its owner, read once per decision
 * (every rule, and every job whose point is known, asks again).
 */
class ResourcePoints {
    byArn;
    owners = new Map();
    constructor(points) {
        this.byArn = new Map(points.map((p) => [p.arn, p]));
    }
    get(arn) {
        return this.byArn.get(arn);
    }
    ownership(p) {
        if (this.owners.has(p))
            return this.owners.get(p);
        const read = (0,token/* readOwnership */.m9)(p.tags);
        this.owners.set(p, read);
        return read;
    }
}
function decideDue(input) {
    // Slots depend on the rule only: compute them once for all resources.
    const contexts = input.rules.map((rule) => ({
        rule,
        slot: (0,cron/* latestSlot */.kc)(rule.schedule, rule.timezone, input.now),
    }));
    return input.resources.map((resource) => decideResource(input, contexts, resource));
}
function decideResource(input, contexts, resource) {
    const pointsByArn = new ResourcePoints(resource.points);
    const newest = new Map();
    const rules = contexts.map((ctx) => decideRule(input, ctx, resource, pointsByArn, newest));
    const decision = { resourceArn: resource.resourceArn, rules };
    const due = rules.filter((r) => r.status === 'due');
    const since = input.jobsSince?.getTime();
    if (since !== undefined && [...newest.values()].some((t) => t < since))
        decision.olderJobs = 'history';
    else if (due.length > 0 && input.inFlightKnown === false)
        decision.olderJobs = 'in-flight';
    if (due.length === 0)
        return decision;
    const busy = busyWith(resource);
    if (busy) {
        decision.busyWith = busy;
        const what = busy.kind === 'copy' ? 'copy job' : 'backup job';
        for (const r of due) {
            r.status = 'retry-later';
            r.reason =
                `${what} ${busy.jobId} (${busy.state}, created ${busy.createdAt.toISOString()}) is still running for this ` +
                    'resource and AWS runs one at a time: a later run starts this one';
        }
        return decision;
    }
    const dueRules = due.map((r) => contexts.find((c) => c.rule.name === r.rule).rule);
    const lifecycle = combinedLifecycle(dueRules.map((r) => ({ name: r.name, retain: r.retain ?? {} })), input.vaultLock);
    if (!lifecycle.ok) {
        decision.error = lifecycle.error;
        for (const r of due) {
            r.status = 'error';
            r.reason = lifecycle.error;
        }
        return decision;
    }
    const slot = new Date(Math.max(...due.map((r) => r.slot.getTime())));
    const names = due.map((r) => r.rule).sort();
    // The token's submission number counts every job that ended without a backup since the job's slot,
    // including "another job was running" failures: a retry must never present a failed job's token.
    const submission = 1 +
        resource.jobs.filter((j) => UNSUCCESSFUL.has(j.state) && j.creationDate.getTime() >= slot.getTime())
            .length;
    decision.job = {
        resourceArn: resource.resourceArn,
        rules: names,
        slot,
        late: due.some((r) => r.late),
        attempt: Math.max(...due.map((r) => r.attempt)),
        idempotencyToken: (0,token/* idempotencyToken */.jw)({
            namespace: input.namespace,
            plan: input.plan,
            resourceArn: resource.resourceArn,
            slot,
            attempt: submission,
        }),
        recoveryPointTags: (0,token/* ownershipTags */.dt)({ namespace: input.namespace, plan: input.plan, rules: names, slot }),
        startWindowMinutes: Math.max(...dueRules.map((r) => r.startWithinMinutes ?? DEFAULT_START_WINDOW_MINUTES)),
        lifecycle: lifecycle.lifecycle,
        notes: lifecycle.notes,
    };
    return decision;
}
function decideRule(input, ctx, resource, pointsByArn, 
/** Filled in: the newest evidence of each unsatisfied rule (-Infinity: none). */
newestOfUnsatisfied) {
    const { rule, slot } = ctx;
    const base = {
        rule: rule.name,
        slot,
        late: false,
        missedSlots: 0,
        attempt: 1,
        failures: [],
    };
    if (!slot)
        return { ...base, status: 'no-slot' };
    const evidence = evidenceFor(input, rule.name, resource, pointsByArn);
    const atOrAfter = evidence.filter((e) => e.createdAt.getTime() >= slot.getTime());
    if (atOrAfter.length > 0) {
        // Prefer the most durable proof: a point, then a completed job, then one in flight.
        const best = atOrAfter.reduce((a, b) => (b.rank < a.rank ? b : a));
        return { ...base, status: 'satisfied', satisfiedBy: best.satisfaction };
    }
    const failures = resource.jobs
        .filter((j) => UNSUCCESSFUL.has(j.state) && j.creationDate.getTime() >= slot.getTime())
        .sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime())
        .map((j) => ({
        jobId: j.jobId,
        state: j.state,
        createdAt: j.creationDate,
        statusMessage: j.statusMessage,
        countsAsAttempt: !isBusyFailure(j.statusMessage),
    }));
    const counted = failures.filter((f) => f.countsAsAttempt).length;
    const newest = evidence.reduce((max, e) => Math.max(max, e.createdAt.getTime()), -Infinity);
    newestOfUnsatisfied.set(rule.name, newest);
    const horizon = Math.max(newest, input.lookbackStart ? input.lookbackStart.getTime() - 1 : -Infinity);
    const missedSlots = Number.isFinite(horizon) ? missedSlotsAfter(ctx, horizon) : 0;
    const window = rule.startWithinMinutes ?? DEFAULT_START_WINDOW_MINUTES;
    const late = input.now.getTime() - slot.getTime() > window * calendar/* MS_PER_MINUTE */.EM || missedSlots > 0;
    const decided = { ...base, late, missedSlots, attempt: 1 + counted, failures };
    if (counted > rule.retries) {
        const last = failures.filter((f) => f.countsAsAttempt).at(-1);
        return {
            ...decided,
            attempt: counted,
            status: 'exhausted',
            reason: `${counted} attempt${counted === 1 ? '' : 's'} for this slot failed (retries: ${rule.retries}); ` +
                `last: job ${last.jobId} ${last.state}${last.statusMessage ? `: ${last.statusMessage}` : ''}`,
        };
    }
    return { ...decided, status: 'due' };
}
/** Everything that proves a backup serving `ruleName` was made (or is being made), with its time. */
function evidenceFor(input, ruleName, resource, pointsByArn) {
    // Ours and serving the rule, from each point's tags as read once for all rules.
    const owner = { namespace: input.namespace, plan: input.plan, rule: ruleName };
    const servesRule = (p) => p.tags === undefined || (0,token/* ownedBy */.LW)(pointsByArn.ownership(p), owner);
    const out = [];
    for (const p of resource.points) {
        if (p.status === 'PARTIAL' || !servesRule(p))
            continue;
        out.push({
            createdAt: p.creationDate,
            rank: 0,
            satisfaction: { by: 'recovery-point', arn: p.arn, createdAt: p.creationDate },
        });
    }
    for (const j of resource.jobs) {
        const completed = j.state === 'COMPLETED';
        if (!completed && !isInFlight(j.state))
            continue;
        const point = j.recoveryPointArn ? pointsByArn.get(j.recoveryPointArn) : undefined;
        if (point && !servesRule(point))
            continue;
        out.push({
            createdAt: j.creationDate,
            rank: completed ? 1 : 2,
            satisfaction: {
                by: completed ? 'completed-job' : 'in-flight-job',
                jobId: j.jobId,
                state: j.state,
                createdAt: j.creationDate,
            },
        });
    }
    return out;
}
function busyWith(resource) {
    const backup = resource.jobs
        .filter((j) => OCCUPYING.has(j.state) || !isKnownState(j.state))
        .sort((a, b) => b.creationDate.getTime() - a.creationDate.getTime())[0];
    if (backup)
        return { kind: 'backup', jobId: backup.jobId, state: backup.state, createdAt: backup.creationDate };
    const copy = (resource.copyJobsInFlight ?? []).filter((c) => c.state === 'CREATED' || c.state === 'RUNNING')[0];
    if (copy)
        return { kind: 'copy', jobId: copy.copyJobId, state: copy.state, createdAt: copy.creationDate };
    return undefined;
}

;// CONCATENATED MODULE: ./src/schedule/copies.ts
// The copy decision of `backup` (DESIGN "Commands: backup", step 4), as a pure function of the
// plan's rules, what AWS shows, and now.
//
// For every owned source point and every `copyTo` destination of the rules it serves:
// - COPIED ONCE. Evidence that a copy exists or existed: a copy job for that source point and
//   destination vault (ListCopyJobs, ~30 days) that completed or is in flight, or a point in the
//   destination vault that is a copy of it. Copies keep the source's creation date and resource,
//   and record the source vault, so a destination point with the same resource, the same creation
//   time (to the second) and our vault as `SourceBackupVaultArn` is that copy, for as long as it lives.
// - ONLY WHILE YOUNG: a point is copied while younger than `copyWithin` (default 2 days), not in
//   cold storage, and younger than the destination's DeleteAfterDays (a copy keeps the source's
//   creation date, so an older one would be born expired).
// - NEVER RE-MADE. A copy later deleted by the destination's retention leaves no evidence once its
//   copy job ages out of ListCopyJobs (~30 days). By then its source point is older than
//   `copyWithin` (keep copyWithin well under 30 days), so regular copying never looks at it again.
// - BACKFILL `N` asks for the newest N owned points of the resource as well, however old — still
//   once each. Two guards keep it from re-making a copy the destination deleted after its copy job
//   aged out of ListCopyJobs: (1) a point older than the destination's DeleteAfterDays is never
//   copied (see above), and that is exactly when a `days` destination deletes a copy; (2) a point is
//   skipped when an OLDER point of the same resource has a copy (or a copy job) at the destination.
//   Backfill runs newest first, so a missing copy above an existing older one was made and removed
//   (e.g. by the destination's GFS pruning) or failed for good — not backfill's to redo. Regular
//   copies of new points are newer and never block it. The price: backfill does not fill gaps above
//   existing copies. Residual risk: when every older copy is gone as well, a point the destination
//   pruned can be copied again (at most once per ~30 days while it stays among the newest N); choose
//   N within the destination's keep policy.
// - RETRIES: failed (or PARTIAL) copy jobs of the source point to the destination are attempts, up to
//   1 + retries (the largest `retries` among the rules copying there). "Another job is running for the
//   resource" failures are not attempts.
// - ONE JOB PER RESOURCE: AWS runs one backup or copy job per resource at a time. A resource with a
//   backup job in flight or starting in this run (`busyResources`) or a copy job in flight gets no
//   copy now; otherwise one copy starts per resource per run: regular copies before backfill, newest
//   point first. The others are retry-later.
// - OWNERSHIP: only points whose tags say namespace = ours and plan = ours are copied. Points whose
//   tags cannot be read are reported as skipped while they would be young enough to copy: without
//   tags we cannot know which rules (and so which destinations) they serve.





const DEFAULT_COPY_WITHIN_MINUTES = model/* DEFAULTS */.zY.copyWithinMinutes;
const COPYABLE_STATUS = new Set(['COMPLETED', 'AVAILABLE']);
const copies_IN_FLIGHT = new Set(['CREATED', 'RUNNING']);
const copies_UNSUCCESSFUL = new Set(['FAILED', 'PARTIAL', 'ABORTED', 'EXPIRED']);
function destinationVaultArn(sourceVaultArn, t) {
    const partition = sourceVaultArn.split(':')[1] || 'aws';
    return `arn:${partition}:backup:${t.region}:${t.account}:backup-vault:${t.vault}`;
}
/** Destinations merged across rules: one entry per vault ARN, with every rule that copies there. */
function copyTargets(input) {
    const byArn = new Map();
    for (const rule of input.rules) {
        for (const spec of rule.copyTo) {
            const vaultArn = destinationVaultArn(input.sourceVaultArn, spec);
            let t = byArn.get(vaultArn);
            if (!t) {
                t = {
                    account: spec.account,
                    region: spec.region,
                    vault: spec.vault,
                    vaultArn,
                    rules: [],
                    copyWithinMinutes: 0,
                    backfill: 0,
                    retries: 0,
                    retains: [],
                };
                byArn.set(vaultArn, t);
            }
            t.rules.push(rule.name);
            t.copyWithinMinutes = Math.max(t.copyWithinMinutes, rule.copyWithinMinutes ?? DEFAULT_COPY_WITHIN_MINUTES);
            t.backfill = Math.max(t.backfill, spec.backfill ?? 0);
            t.retries = Math.max(t.retries, rule.retries);
            t.retains.push({ name: rule.name, retain: spec.retain });
        }
    }
    return [...byArn.values()];
}
const sameSecond = (a, b) => Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
const newestFirst = (a, b) => b.creationDate.getTime() - a.creationDate.getTime() || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);
/**
 * What AWS shows about copies of source points, indexed once per decision: a lookup per point and
 * destination, not a scan of every copy job and destination point.
 */
class CopyEvidence {
    input;
    jobs = new Map();
    destination = new Map();
    constructor(input) {
        this.input = input;
        // Copies someone else made carry our point's tags, so only our own jobs say "our copy exists".
        for (const j of input.copyJobs)
            if (madeBy(input.copyRole, j.iamRoleArn))
                push(this.jobs, `${j.sourceRecoveryPointArn}\n${j.destinationBackupVaultArn}`, j);
        // Oldest first (a stable sort: ties keep AWS's order).
        for (const list of this.jobs.values())
            list.sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime());
        for (const d of input.destinationPoints)
            push(this.destination, `${d.backupVaultArn}\n${d.resourceArn}`, d);
    }
    /** Copy jobs of `p` to the vault, oldest first. */
    jobsOf(p, vaultArn) {
        return this.jobs.get(`${p.arn}\n${vaultArn}`) ?? [];
    }
    /**
     * The point in the destination vault that is a copy of `p`, if observed: same resource, same
     * creation time to the second, and our vault as its source (when AWS says).
     */
    copyOf(p, vaultArn) {
        return this.destination.get(`${vaultArn}\n${p.resourceArn}`)?.find((d) => sameSecond(d.creationDate, p.creationDate) &&
            (d.sourceBackupVaultArn === undefined || d.sourceBackupVaultArn === this.input.sourceVaultArn) &&
            // Made by our role, or marked by us: a copy someone else made is not ours.
            (madeBy(this.input.copyRole, d.iamRoleArn) || d.tags?.[token/* COPY_JOB_TAG */.xB] !== undefined));
    }
    /** A copy of `p` exists or is being made: a completed or in-flight copy job, or the copy itself. */
    copied(p, vaultArn) {
        return (this.jobsOf(p, vaultArn).some((j) => j.state === 'COMPLETED' || copies_IN_FLIGHT.has(j.state)) ||
            this.copyOf(p, vaultArn) !== undefined);
    }
}
/** Made with our copy role (or the role is unknown on either side: then it counts). */
const madeBy = (copyRole, role) => copyRole === undefined || role === undefined || role === copyRole;
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** What the tags say when they say ours (namespace and plan); else undefined. */
function ourOwnership(tags, input) {
    const o = (0,token/* readOwnership */.m9)(tags);
    return (0,token/* ownedBy */.LW)(o, { namespace: input.namespace, plan: input.plan }) ? o : undefined;
}
/** The points tagged as ours (namespace and plan). */
function isOurs(tags, input) {
    return ourOwnership(tags, input) !== undefined;
}
/**
 * BACKFILL candidates for a destination: per resource, the newest `t.backfill` owned, copyable points
 * serving it that have no OLDER point with a copy there (guard 2 in the header).
 */
function backfillPoints(input, t, evidence) {
    const chosen = new Set();
    if (t.backfill <= 0)
        return chosen;
    const byResource = new Map();
    for (const p of input.points) {
        const owner = ourOwnership(p.tags, input);
        if (!owner || !owner.rules.some((r) => t.rules.includes(r)))
            continue;
        if (p.status !== undefined && !COPYABLE_STATUS.has(p.status))
            continue;
        push(byResource, p.resourceArn, p);
    }
    for (const list of byResource.values()) {
        list.sort(newestFirst);
        for (const p of list.slice(0, t.backfill)) {
            const olderCopied = list.some((q) => q.creationDate.getTime() < p.creationDate.getTime() && evidence.copied(q, t.vaultArn));
            if (!olderCopied)
                chosen.add(p.arn);
        }
    }
    return chosen;
}
/**
 * Why a point with no copy is not copied now: undefined when it may be copied, `silent` when it is
 * simply not a candidate (gone, not complete yet, outside copyWithin and backfill), else the reason
 * the report shows for a skip.
 */
function ineligibility(p, when) {
    if (p.storageClass === 'DELETED')
        return 'silent';
    if (p.status !== undefined && !COPYABLE_STATUS.has(p.status))
        return 'silent';
    if (!when.inWindow && !when.backfill)
        return 'silent';
    if (p.storageClass === 'COLD')
        return { reason: 'in cold storage: AWS does not copy cold points' };
    if (when.bornExpiredAfterDays !== undefined && when.ageMs >= when.bornExpiredAfterDays * calendar/* MS_PER_DAY */.ec)
        return {
            reason: `older than the destination's retention of ${when.bornExpiredAfterDays} days: a copy keeps the creation date and would be deleted at once`,
        };
    return undefined;
}
/**
 * RETRIES: the unsuccessful copy jobs of a point to a destination, which of them used up an attempt
 * (not the "busy" ones), and, once more than `retries` did, why it is failed for good.
 */
function copyAttempts(jobs, retries) {
    const failures = jobs
        .filter((j) => copies_UNSUCCESSFUL.has(j.state))
        .map((j) => ({
        copyJobId: j.copyJobId,
        state: j.state,
        createdAt: j.creationDate,
        statusMessage: j.statusMessage,
        countsAsAttempt: !isBusyFailure(j.statusMessage),
    }));
    const attempts = failures.filter((f) => f.countsAsAttempt);
    const counted = attempts.length;
    if (counted <= retries)
        return { failures, counted };
    const last = attempts.at(-1);
    return {
        failures,
        counted,
        exhausted: `${counted} copy attempt${counted === 1 ? '' : 's'} failed (retries: ${retries}); last: job ` +
            `${last.copyJobId} ${last.state}${last.statusMessage ? `: ${last.statusMessage}` : ''}`,
    };
}
/**
 * What exists for a point at a destination, reported whatever the point's age: a copy (completed
 * job or destination point) or a copy job in flight. Undefined: nothing, the point may be copied.
 * `null`: a copy tagged as ours with no job record left, which is history, not news.
 */
function existingCopy(jobs, copy, ours) {
    const done = jobs.filter((j) => j.state === 'COMPLETED').at(-1);
    if (done || copy) {
        const tagged = copy?.tags === undefined ? undefined : ours(copy.tags);
        if (!done && tagged === true)
            return null;
        // Our job's own destination first: never mark a copy someone else made.
        const pointArn = done?.destinationRecoveryPointArn ?? copy?.arn;
        return {
            action: 'completed',
            ...(done ? { copyJobId: done.copyJobId } : {}),
            ...(pointArn ? { destinationPointArn: pointArn } : {}),
            ...(tagged !== undefined ? { destinationTagged: tagged } : {}),
        };
    }
    const running = jobs.filter((j) => copies_IN_FLIGHT.has(j.state)).at(-1);
    return running ? { action: 'in-flight', copyJobId: running.copyJobId } : undefined;
}
/** A point of unreadable ownership is reported as skipped while it would be young enough to copy. */
const UNREADABLE_TAGS = 'the tags of this recovery point cannot be read for its resource type, so the rules it serves ' +
    '(and the copies they ask for) are unknown';
/** The decision for one source point and one destination; `start` marks a candidate to start. */
function decidePoint(input, p, t, facts) {
    const ageMs = input.now.getTime() - p.creationDate.getTime();
    const inWindow = ageMs <= t.copyWithinMinutes * calendar/* MS_PER_MINUTE */.EM;
    const base = {
        sourcePointArn: p.arn,
        resourceArn: p.resourceArn,
        destination: { account: t.account, region: t.region, vault: t.vault, vaultArn: t.vaultArn },
        backfill: false,
        attempt: 1,
        failures: [],
    };
    if (p.tags === undefined) {
        if (!inWindow || p.storageClass === 'DELETED')
            return undefined;
        const rules = [...t.rules].sort();
        return { decision: { ...base, rules, action: 'skipped', reason: UNREADABLE_TAGS, destinationTags: {} } };
    }
    const owner = ourOwnership(p.tags, input);
    if (!owner)
        return undefined;
    const rules = owner.rules.filter((r) => t.rules.includes(r)).sort();
    if (rules.length === 0)
        return undefined;
    const jobs = facts.evidence.jobsOf(p, t.vaultArn);
    const done = jobs.filter((j) => j.state === 'COMPLETED').at(-1);
    const tags = (0,token/* ownershipTags */.dt)({
        namespace: input.namespace,
        plan: input.plan,
        rules,
        slot: owner.slot ?? p.creationDate,
    });
    // Our own completed copy job gets the marker that tells it from copies others made.
    const decision = {
        ...base,
        rules,
        destinationTags: done ? { ...tags, [token/* COPY_JOB_TAG */.xB]: token/* COPY_JOB_TAG_VALUE */.Vu } : tags,
    };
    const existing = existingCopy(jobs, facts.evidence.copyOf(p, t.vaultArn), (x) => isOurs(x, input));
    if (existing === null)
        return undefined;
    if (existing)
        return { decision: { ...decision, ...existing } };
    const backfill = !inWindow && facts.backfill.has(p.arn);
    const { lifecycle } = facts;
    const bornExpiredAfterDays = lifecycle.ok ? lifecycle.lifecycle?.deleteAfterDays : undefined;
    const skip = ineligibility(p, { ageMs, inWindow, backfill, bornExpiredAfterDays });
    if (skip === 'silent')
        return undefined;
    if (skip)
        return { decision: { ...decision, backfill, action: 'skipped', reason: skip.reason } };
    const attempts = copyAttempts(jobs, t.retries);
    const tried = { ...decision, backfill, failures: attempts.failures, attempt: 1 + attempts.counted };
    if (attempts.exhausted)
        return {
            decision: { ...tried, attempt: attempts.counted, action: 'exhausted', reason: attempts.exhausted },
        };
    if (!lifecycle.ok)
        return { decision: { ...tried, action: 'error', reason: lifecycle.error } };
    const start = {
        ...tried,
        action: 'start',
        idempotencyToken: (0,token/* copyIdempotencyToken */.aX)({
            namespace: input.namespace,
            plan: input.plan,
            sourcePointArn: p.arn,
            destinationVaultArn: t.vaultArn,
            attempt: 1 + attempts.failures.length,
        }),
        lifecycle: lifecycle.lifecycle,
        notes: lifecycle.notes,
    };
    return {
        decision: start,
        start: { decision: start, regular: !backfill, created: p.creationDate.getTime() },
    };
}
/**
 * Why a resource can start no copy now (ONE JOB PER RESOURCE): a backup job of it in flight or
 * starting in this run, or a copy job of it in flight. Undefined: it is free.
 */
function resourceBusyReason(resourceArn, input, resourceOfPoint = new Map(input.points.map((p) => [p.arn, p.resourceArn]))) {
    if (input.busyResources?.has(resourceArn))
        return 'a backup job of this resource is running or starting in this run';
    const busyCopy = input.copyJobs.find((j) => copies_IN_FLIGHT.has(j.state) &&
        (j.resourceArn ?? resourceOfPoint.get(j.sourceRecoveryPointArn)) === resourceArn);
    return busyCopy ? `copy job ${busyCopy.copyJobId} of this resource is still running` : undefined;
}
/** Of a resource's start candidates, the one that starts now: regular copies before backfill, newest first. */
function startOrder(candidates) {
    return [...candidates].sort((a, b) => Number(b.regular) - Number(a.regular) || b.created - a.created);
}
/** Turn every candidate but the first of a free resource into retry-later. */
function onePerResource(candidates, input) {
    const byResource = new Map();
    for (const c of candidates)
        push(byResource, c.decision.resourceArn, c);
    const resourceOfPoint = new Map(input.points.map((p) => [p.arn, p.resourceArn]));
    for (const [resourceArn, list] of byResource) {
        const busy = resourceBusyReason(resourceArn, input, resourceOfPoint);
        startOrder(list).forEach((c, i) => {
            if (!busy && i === 0)
                return;
            const d = c.decision;
            d.action = 'retry-later';
            d.reason = `${busy ?? 'another copy of this resource starts in this run'}; AWS runs one backup or copy job per resource at a time, so a later run starts this one`;
            delete d.idempotencyToken;
            delete d.lifecycle;
            delete d.notes;
        });
    }
}
function decideCopies(input) {
    const targets = copyTargets(input);
    if (targets.length === 0)
        return [];
    const evidence = new CopyEvidence(input);
    const decisions = [];
    const candidates = [];
    for (const t of targets) {
        // Every copy sends an explicit DeleteAfterDays (see copyLifecycle): without one AWS would apply the
        // source's lifecycle. "Born expired" is judged on this effective lifecycle.
        const lifecycle = copyLifecycle(t.retains, input.destinationLocks?.get(t.vaultArn));
        const backfill = backfillPoints(input, t, evidence);
        for (const p of input.points) {
            const out = decidePoint(input, p, t, { evidence, backfill, lifecycle });
            if (!out)
                continue;
            decisions.push(out.decision);
            if (out.start)
                candidates.push(out.start);
        }
    }
    onePerResource(candidates, input);
    return decisions;
}

// EXTERNAL MODULE: ./src/plan/checks.ts
var checks = __webpack_require__(2650);
// EXTERNAL MODULE: ./src/plan/load.ts + 1 modules
var load = __webpack_require__(3986);
// EXTERNAL MODULE: ./src/plan/cron.ts
var plan_cron = __webpack_require__(6807);
// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(2983);
// EXTERNAL MODULE: ./src/plan/presets.ts
var presets = __webpack_require__(1031);
;// CONCATENATED MODULE: ./src/plan/index.ts
// The plan model, loader and helpers other modules use.







// EXTERNAL MODULE: ./src/retention/duration.ts
var retention_duration = __webpack_require__(3460);
// EXTERNAL MODULE: ./src/time/zone.ts
var zone = __webpack_require__(3083);
;// CONCATENATED MODULE: ./src/schedule/locked-retention.ts
// `retain.keep` in a vault with Vault Lock. AWS refuses every DeleteRecoveryPoint and every lifecycle
// change there (DescribeBackupVault `Locked: true`), so pruning can never apply `keep`: each point's
// fate must be settled when its job starts, in the job's Lifecycle. This module decides it, per rule.
//
// The rule: a point gets the lifecycle of the LONGEST calendar tier it opens. It "opens" a tier when
// it is the first completed point of its bucket (hour, day, ISO week, month, year on the rule's zone)
// among the points this rule already holds for the resource in the vault; it then keeps that tier's
// count of buckets, its own included: until the end of the bucket `count − 1` after its own. That is
// exactly when restic's `forget` stops counting the bucket among the newest `count` when every bucket
// has a point (monthly: 12 keeps a point made in March until the end of the following February).
//
// How it differs from pruning (said in the README and the job summary):
// - restic keeps the NEWEST point of each bucket; at job start only the first can be known, so the
//   first is kept instead (a day's 03:00 point, not its 23:00 one).
// - Buckets without a point do not stretch the history: a pruned monthly: 12 skipping an empty month
//   reaches 13 months back, a locked vault stops at 12 calendar months.
// - Nothing is deleted early when backups fail for a while: points leave only through their lifecycle.
// - The lock's range wins: below MinRetentionDays a point is kept longer than asked; above
//   MaxRetentionDays, shorter (AWS would refuse the job otherwise).
//
// Day counts. Calendar tiers (daily and longer) count local calendar days from the point's date to the
// first day after its last bucket: a daily: 7 point lives 7 days, a monthly: 12 point made on 1 March
// 2026 lives 365 days (to 1 March 2027). AWS counts DeleteAfterDays from the creation time, so the
// point lasts into that first day after its tier, save one hour at most for a point made in the first
// hour after midnight across an autumn clock change. `hourly` counts whole 24-hour days, rounded up.
// Rules without buckets:
// - `last: n` applies to every point: it stays among the newest n until the rule's schedule has made
//   n more, so it lives until the n-th later slot of the schedule (rounded up to whole days).
// - `within: D` applies to every point: restic keeps points younger than D before the newest, so a
//   point lives D (calendar arithmetic as restic's, rounded up to whole days).
// - `withinDaily: D` etc.: the bucket's first point lives until D after its bucket ends (restic keeps a
//   bucket's newest point while it is within D of the newest point).
// - -1 (unlimited) is AWS's maximum, 36,500 days; a point that opens nothing lives as short as the
//   lock allows (at least 1 day). `hardLimitDays` caps the result, the lock range clamps it last.





const TIERS = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'];
const WITHIN_OF = {
    hourly: 'withinHourly',
    daily: 'withinDaily',
    weekly: 'withinWeekly',
    monthly: 'withinMonthly',
    yearly: 'withinYearly',
};
function bucketOf(tier, wall) {
    const day = Math.floor(wall / calendar/* MS_PER_DAY */.ec);
    switch (tier) {
        case 'hourly': {
            const hour = Math.floor(wall / calendar/* MS_PER_HOUR */.C_);
            return { key: `h${hour}`, startWall: hour * calendar/* MS_PER_HOUR */.C_, endWall: (n) => (hour + n) * calendar/* MS_PER_HOUR */.C_ };
        }
        case 'daily':
            return { key: `d${day}`, startWall: day * calendar/* MS_PER_DAY */.ec, endWall: (n) => (day + n) * calendar/* MS_PER_DAY */.ec };
        case 'weekly': {
            const monday = day - ((((day + 3) % 7) + 7) % 7);
            const w = (0,calendar/* isoWeekFromDays */.RU)(day);
            return {
                key: `w${w.year}-${w.week}`,
                startWall: monday * calendar/* MS_PER_DAY */.ec,
                endWall: (n) => (monday + 7 * n) * calendar/* MS_PER_DAY */.ec,
            };
        }
        case 'monthly': {
            const c = (0,calendar/* civilFromDays */.TQ)(day);
            return {
                key: `m${c.year}-${c.month}`,
                startWall: (0,calendar/* daysFromCivil */.Hd)(c.year, c.month, 1) * calendar/* MS_PER_DAY */.ec,
                endWall: (n) => (0,calendar/* daysFromCivil */.Hd)(c.year, c.month + n, 1) * calendar/* MS_PER_DAY */.ec,
            };
        }
        case 'yearly': {
            const c = (0,calendar/* civilFromDays */.TQ)(day);
            return {
                key: `y${c.year}`,
                startWall: (0,calendar/* daysFromCivil */.Hd)(c.year, 1, 1) * calendar/* MS_PER_DAY */.ec,
                endWall: (n) => (0,calendar/* daysFromCivil */.Hd)(c.year + n, 1, 1) * calendar/* MS_PER_DAY */.ec,
            };
        }
    }
}
const wallOf = (ms, offsetAt) => ms + offsetAt(ms);
const ceilDays = (ms) => Math.max(0, Math.ceil(ms / calendar/* MS_PER_DAY */.ec));
/** `from` plus a restic duration: Go's AddDate on the zone's wall clock, then whole hours. */
function addWithin(fromMs, d, offsetAt) {
    const wall = wallOf(fromMs, offsetAt);
    const day = Math.floor(wall / calendar/* MS_PER_DAY */.ec);
    const c = (0,calendar/* civilFromDays */.TQ)(day);
    const shifted = (0,calendar/* daysFromCivil */.Hd)(c.year + d.years, c.month + d.months, c.day + d.days) * calendar/* MS_PER_DAY */.ec;
    return (0,zone/* wallToUtc */.Ue)(shifted + (wall - day * calendar/* MS_PER_DAY */.ec), offsetAt) + d.hours * calendar/* MS_PER_HOUR */.C_;
}
/** The earliest time whose points can decide which tiers a point made at `now` opens. */
function lockedKeepLookback(keep, timezone, now) {
    const offsetAt = (0,zone/* offsetResolver */.Wm)(timezone);
    const wall = wallOf(now.getTime(), offsetAt);
    let start = now.getTime();
    for (const tier of TIERS) {
        if (!keep[tier] && !keep[WITHIN_OF[tier]])
            continue;
        start = Math.min(start, (0,zone/* wallToUtc */.Ue)(bucketOf(tier, wall).startWall, offsetAt));
    }
    return new Date(start);
}
/** The lifecycle of a point that a `keep` rule makes into a locked vault. Pure. */
function lockedKeepLifecycle(input) {
    const { keep } = input;
    const offsetAt = (0,zone/* offsetResolver */.Wm)(input.timezone);
    const t = input.created.getTime();
    const wall = wallOf(t, offsetAt);
    const localDay = Math.floor(wall / calendar/* MS_PER_DAY */.ec);
    const earlierWalls = input.earlier
        .map((d) => d.getTime())
        .filter((e) => e < t)
        .map((e) => wallOf(e, offsetAt));
    let best = 0;
    let reason = 'opens no bucket of its rule: kept as briefly as allowed';
    const consider = (days, why) => {
        if (days > best) {
            best = days;
            reason = why;
        }
    };
    const opens = [];
    for (const tier of TIERS) {
        const bucket = bucketOf(tier, wall);
        if (earlierWalls.some((e) => bucketOf(tier, e).key === bucket.key))
            continue;
        opens.push(tier);
        const count = keep[tier];
        if (count !== undefined && count !== 0) {
            const days = count < 0
                ? Infinity
                : tier === 'hourly'
                    ? ceilDays((0,zone/* wallToUtc */.Ue)(bucket.endWall(count), offsetAt) - t)
                    : Math.floor(bucket.endWall(count) / calendar/* MS_PER_DAY */.ec) - localDay;
            consider(days, `opens its ${NOUN[tier]} (${tier}: ${count})`);
        }
        const within = keep[WITHIN_OF[tier]];
        if (within !== undefined) {
            const end = addWithin((0,zone/* wallToUtc */.Ue)(bucket.endWall(1), offsetAt), (0,retention_duration/* parseWithin */.nM)(within), offsetAt);
            consider(ceilDays(end - t), `opens its ${NOUN[tier]} (${WITHIN_OF[tier]}: ${within})`);
        }
    }
    if (keep.within !== undefined)
        consider(ceilDays(addWithin(t, (0,retention_duration/* parseWithin */.nM)(keep.within), offsetAt) - t), `within: ${keep.within}`);
    if (keep.last !== undefined && keep.last !== 0)
        consider(keep.last < 0 ? Infinity : lastDays(input, keep.last), `last: ${keep.last}`);
    let days = Math.min(best, model/* MAX_DELETE_AFTER_DAYS */.c);
    if (input.hardLimitDays !== undefined && days > input.hardLimitDays) {
        days = input.hardLimitDays;
        reason += `, capped by hardLimitDays`;
    }
    const min = Math.max(1, input.lock.minRetentionDays ?? 1);
    const max = Math.min(model/* MAX_DELETE_AFTER_DAYS */.c, input.lock.maxRetentionDays ?? model/* MAX_DELETE_AFTER_DAYS */.c);
    if (days < min) {
        days = min;
        reason += `, raised to the lock's minimum`;
    }
    else if (days > max) {
        days = max;
        reason += `, cut to the lock's maximum`;
    }
    return { deleteAfterDays: days, opens, reason: `${reason}: ${days} days` };
}
const NOUN = {
    hourly: 'hour',
    daily: 'day',
    weekly: 'ISO week',
    monthly: 'month',
    yearly: 'year',
};
/** Days until the n-th slot of the schedule after the point (then n newer points exist). */
function lastDays(input, n) {
    // Beyond a thousand slots, scale the span of the first thousand (a cron repeats; a whole-day
    // rounding error at that length does not matter).
    const walk = Math.min(n, 1000);
    let cursor = input.created;
    for (let i = 0; i < walk; i++) {
        const next = (0,cron/* nextSlot */.yo)(input.schedule, input.timezone, cursor);
        if (!next)
            return Infinity;
        cursor = next;
    }
    return ceilDays(((cursor.getTime() - input.created.getTime()) * n) / walk);
}

;// CONCATENATED MODULE: ./src/backup/decide.ts









/** The largest `backfill` among the plan's copy destinations (0: none backfills). */
function backfillDepth(plan) {
    return Math.max(0, ...plan.rules.flatMap((r) => r.copyTo.map((c) => c.backfill ?? 0)));
}
/**
 * The points whose ownership tags the decisions need: those created since the oldest current slot
 * of any rule (slot satisfaction) or within the longest copy window (copies), plus the newest
 * `backfill` ones. Older points cannot change a decision, and reading their tags costs calls.
 * Points whose type takes no tags are left out: there is nothing to read.
 */
function pointsNeedingTags(plan, points, now, vault) {
    const cutoff = relevanceCutoff(plan, now, vault);
    const backfill = backfillDepth(plan);
    const newest = [...points].sort((a, b) => b.created.getTime() - a.created.getTime()).slice(0, backfill);
    return points.filter((p) => (0,resource_types/* pointTagSource */.G5)(p.arn) !== 'none' && (p.created.getTime() >= cutoff || newest.includes(p)));
}
/**
 * The oldest time a decision looks at: the oldest current slot of any rule, or the longest copy
 * window; in a locked vault also the start of the longest bucket of a `keep` rule (which tiers a new
 * point opens depends on the points already in it).
 */
function relevanceCutoff(plan, now, vault) {
    let cutoff = now.getTime();
    for (const rule of plan.rules) {
        const slot = (0,cron/* latestSlot */.kc)(rule.schedule, rule.timezone, now);
        if (slot)
            cutoff = Math.min(cutoff, slot.getTime());
        if (rule.copyTo.length > 0)
            cutoff = Math.min(cutoff, now.getTime() - rule.copyWithinMinutes * calendar/* MS_PER_MINUTE */.EM);
        if (vault?.locked && rule.retain.keep)
            cutoff = Math.min(cutoff, lockedKeepLookback(rule.retain.keep, rule.timezone, now).getTime());
    }
    return cutoff;
}
/** A plan's `keep` rules apply at job start in this vault (Vault Lock refuses every deletion). */
function keepAppliesAtJobStart(plan, vault) {
    return vault.locked && plan.rules.some((r) => r.retain.keep !== undefined);
}
/** What the job summary says about a locked vault with `keep` rules. */
const LOCKED_KEEP_NOTE = (vault) => `vault "${vault}" has Vault Lock, which refuses every deletion: retain.keep is applied when each job starts. ` +
    'Each point gets the lifecycle of the longest calendar tier it opens (the first point of its day, ISO week, ' +
    "month or year keeps that tier's count of buckets), clamped to the lock's range, and AWS deletes it then. " +
    'Unlike pruning, the first point of a bucket is kept rather than the newest, buckets without a point do not ' +
    'stretch the history, and nothing can be deleted earlier.';
const COMPLETED_STATES = new Set(['COMPLETED', 'AVAILABLE']);
/**
 * Creation times of the completed points this plan's rule already holds (namespace, plan and rule in
 * their tags; the rules tag in the `+` or the old `,` form). A point whose tags are unknown does not count.
 */
function createdOfOwned(points, namespace, planId, ruleName) {
    return points
        .filter((p) => COMPLETED_STATES.has(p.status) &&
        p.tags !== undefined &&
        p.tags[token/* OWNERSHIP_TAG_KEYS */.mP.namespace] === namespace &&
        p.tags[token/* OWNERSHIP_TAG_KEYS */.mP.plan] === planId &&
        (p.tags[token/* OWNERSHIP_TAG_KEYS */.mP.rules] ?? '').split(/[+,]/).includes(ruleName))
        .map((p) => p.created);
}
/**
 * The plan's rules as the due decision should see them in a locked vault: each `keep` rule becomes
 * the `days` its next point needs (src/schedule/locked-retention.ts), from the completed points this
 * rule already holds for the resource there (owned: namespace, plan and rule in the tags). A point
 * whose tags are unknown does not count: then the new point may open a tier and live longer, never
 * shorter. Returns the rules and one note per keep rule.
 */
function rulesForLockedVault(input) {
    const notes = new Map();
    const rules = input.plan.rules.map((rule) => {
        const keep = rule.retain.keep;
        if (!keep)
            return rule;
        const earlier = createdOfOwned(input.points, input.namespace, input.plan.id, rule.name);
        const decided = lockedKeepLifecycle({
            keep,
            timezone: rule.timezone,
            schedule: rule.schedule,
            created: input.now,
            earlier,
            hardLimitDays: rule.retain.hardLimitDays,
            lock: {
                minRetentionDays: input.vault.minRetentionDays,
                maxRetentionDays: input.vault.maxRetentionDays,
            },
        });
        notes.set(rule.name, `vault lock: keep applied at job start, rule "${rule.name}" ${decided.reason}`);
        return {
            ...rule,
            retain: {
                days: decided.deleteAfterDays,
                ...(rule.retain.coldAfterDays !== undefined ? { coldAfterDays: rule.retain.coldAfterDays } : {}),
            },
        };
    });
    return { rules, notes };
}
/** ListBackupJobs (and ListCopyJobs) reach back about this far anyway. */
const JOB_HISTORY_DAYS = 30;
/** Listing windows start this much early: AWS does not say whether "created after" includes the bound. */
const JOB_WINDOW_MARGIN_MS = 60 * 1000;
/**
 * A rule's previous slot widens the backup-job window at most this far before its latest slot: a
 * daily rule's (23 to 25 hours, and its job possibly late), not a weekly or monthly one's. Listing
 * a week more on every run would cost more than the one history read of its weekly due run.
 */
const PREVIOUS_SLOT_REACH_MS = 2 * calendar/* MS_PER_DAY */.ec;
/**
 * The listing windows of a run. Backup jobs: from the earliest of each rule's previous slot (at
 * most two days before its latest), so a due slot normally finds its rule's newest evidence, the job
 * of the previous slot, in the window; when it does not, the due decision asks for older jobs
 * (`olderJobs`). Copy jobs: from the relevance cutoff, since a copy job is created after its source
 * point, and the points are listed from there; with `backfill`, whose points may be older, all of
 * them. Each window starts JOB_WINDOW_MARGIN_MS early and never before `history`.
 */
function jobWindows(plan, now, vault) {
    const history = now.getTime() - JOB_HISTORY_DAYS * calendar/* MS_PER_DAY */.ec;
    const clamp = (t) => new Date(Math.max(history, t - JOB_WINDOW_MARGIN_MS));
    let backupJobs = now.getTime();
    for (const rule of plan.rules) {
        const slot = (0,cron/* latestSlot */.kc)(rule.schedule, rule.timezone, now);
        if (!slot)
            continue;
        const previous = (0,cron/* latestSlot */.kc)(rule.schedule, rule.timezone, new Date(slot.getTime() - 1));
        const reach = slot.getTime() - PREVIOUS_SLOT_REACH_MS;
        backupJobs = Math.min(backupJobs, Math.max(previous?.getTime() ?? slot.getTime(), reach));
    }
    const copies = plan.rules.some((r) => r.copyTo.length > 0);
    const backfill = backfillDepth(plan) > 0;
    return {
        history: new Date(history),
        backupJobs: clamp(backupJobs),
        copyJobs: !copies ? undefined : backfill ? new Date(history) : clamp(relevanceCutoff(plan, now, vault)),
    };
}
/**
 * Whether copy jobs still in flight that the run did not list could change these copy decisions:
 * such a job keeps its resource busy, which only a copy about to start (or already held back for
 * another of the resource) is told.
 */
function copyBusyMatters(decisions) {
    return decisions.some((d) => d.action === 'start' || d.action === 'retry-later');
}
const GONE = /\b(not found|was not found|does not exist|doesn't exist|no longer exists)\b/i;
/** What else the message may be about: then it is not the resource that is missing. */
const OTHER_THINGS = /\b(vault|role|key|kms|policy)\b/i;
/**
 * Does this message (a failed job's StatusMessage, or the message of an error StartBackupJob
 * answered with) say that the resource itself is gone? Then the resource is skipped with a note,
 * not a plan failure. AWS words it per service: "Backup job failed because the resource … was not
 * found", "The volume 'vol-0abc' does not exist.", "DBInstance orders not found". With the
 * resource's ARN, a message naming it counts; otherwise one naming its id (`vol-0abc`) or saying
 * "resource", unless it is about a vault, role, key or policy that is missing.
 */
function isResourceGoneMessage(message, resourceArn) {
    if (!message || !GONE.test(message))
        return false;
    if (resourceArn && message.includes(resourceArn))
        return true;
    if (OTHER_THINGS.test(message))
        return false;
    const id = resourceArn?.split(/[:/]/).at(-1);
    return /\bresource\b/i.test(message) || (!!id && id.length >= 3 && message.includes(id));
}
function toObservedPoints(plan, points, now, vault) {
    const cutoff = relevanceCutoff(plan, now, vault);
    const out = [];
    for (const p of points) {
        const readable = (0,resource_types/* pointTagSource */.G5)(p.arn) !== 'none';
        // Readable points we did not read are older than any decision needs: leave them out rather
        // than let "tags unknown" count them as ours.
        if (readable && p.tags === undefined)
            continue;
        if (p.created.getTime() < cutoff && readable)
            continue;
        out.push({ arn: p.arn, creationDate: p.created, status: p.status, tags: readable ? p.tags : undefined });
    }
    return out;
}
function decide_decideResource(input) {
    const { plan, now } = input;
    const locked = keepAppliesAtJobStart(plan, input.vault) ? rulesForLockedVault(input) : undefined;
    const [decision] = decideDue({
        namespace: input.namespace,
        plan: plan.id,
        rules: locked?.rules ?? plan.rules,
        now,
        jobsSince: input.jobsSince,
        inFlightKnown: input.inFlightKnown,
        resources: [
            {
                resourceArn: input.resourceArn,
                jobs: input.jobs,
                points: toObservedPoints(plan, input.points, now, input.vault),
                copyJobsInFlight: input.copyJobs
                    .filter((c) => c.state === 'CREATED' || c.state === 'RUNNING')
                    .map((c) => ({ copyJobId: c.copyJobId, state: c.state, creationDate: c.creationDate })),
            },
        ],
        vaultLock: input.vault.minRetentionDays !== undefined || input.vault.maxRetentionDays !== undefined
            ? {
                vaultName: input.vault.name,
                minRetentionDays: input.vault.minRetentionDays,
                maxRetentionDays: input.vault.maxRetentionDays,
            }
            : undefined,
    });
    if (!decision)
        throw new Error('decideDue returned no decision');
    if (decision.job && locked)
        decision.job.notes = [
            ...decision.job.rules.flatMap((name) => locked.notes.get(name) ?? []),
            ...decision.job.notes,
        ];
    const jobById = (id) => input.jobs.find((j) => j.jobId === id);
    const rules = decision.rules
        .filter((r) => r.slot !== undefined)
        .map((r) => {
        const by = r.satisfiedBy;
        const servedBy = by === undefined
            ? undefined
            : by.by === 'recovery-point'
                ? { pointArn: by.arn }
                : { jobId: by.jobId, jobState: by.state };
        return {
            rule: r.rule,
            slot: r.slot.toISOString(),
            late: r.late,
            status: r.status,
            ...(servedBy ? { servedBy } : {}),
        };
    });
    const base = { rules, decision, ...(decision.olderJobs ? { olderJobs: decision.olderJobs } : {}) };
    const retriesOf = (names) => 1 + Math.max(0, ...plan.rules.filter((r) => names.includes(r.name)).map((r) => r.retries));
    if (decision.job) {
        const due = decision.rules.filter((r) => r.status === 'due');
        // The last failure of this slot said the resource is gone: don't make a job that fails the same way.
        const lastFailure = due
            .flatMap((r) => r.failures)
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
            .at(-1);
        if (lastFailure && isResourceGoneMessage(lastFailure.statusMessage, input.resourceArn)) {
            return {
                ...base,
                kind: 'skipped',
                ...withJob(jobById(lastFailure.jobId)),
                reason: 'the resource no longer exists (its last backup job said so); remove it from the plan or its tags',
            };
        }
        return {
            ...base,
            kind: 'start',
            planned: decision.job,
            attempt: decision.job.attempt,
            maxAttempts: retriesOf(decision.job.rules),
            ...withJob(lastFailure ? jobById(lastFailure.jobId) : undefined),
        };
    }
    if (decision.error)
        return { ...base, kind: 'failed', reason: decision.error };
    const exhausted = decision.rules.filter((r) => r.status === 'exhausted');
    if (exhausted.length > 0) {
        const last = exhausted.flatMap((r) => r.failures).at(-1);
        const job = jobById(last?.jobId);
        if (isResourceGoneMessage(last?.statusMessage, input.resourceArn))
            return {
                ...base,
                kind: 'skipped',
                ...withJob(job),
                reason: 'the resource no longer exists (its last backup job said so); remove it from the plan or its tags',
            };
        return {
            ...base,
            kind: 'failed',
            ...withJob(job),
            reason: exhausted.map((r) => `${r.rule}: ${r.reason}`).join('; '),
        };
    }
    const retry = decision.rules.filter((r) => r.status === 'retry-later');
    if (retry.length > 0) {
        return {
            ...base,
            kind: 'retry-later',
            ...withJob(jobById(decision.busyWith?.jobId)),
            reason: retry[0].reason ?? 'a later run retries',
        };
    }
    // Everything satisfied (or no slot yet).
    const by = decision.rules.map((r) => r.satisfiedBy).find((s) => s !== undefined);
    if (by && by.by !== 'recovery-point')
        return { ...base, kind: 'satisfied', ...withJob(jobById(by.jobId)) };
    return { ...base, kind: 'satisfied', ...(by ? { pointArn: by.arn } : {}) };
}
/**
 * A decision that asked for the older jobs in flight (`olderJobs: 'in-flight'`), once they were read
 * and none of them is the resource's: deciding again with `inFlightKnown` would give this outcome
 * without the request (that flag only sets `olderJobs`; test/backup/decide-once.property.test.ts).
 */
function decisionStands(outcome) {
    if (outcome.olderJobs !== 'in-flight')
        throw new Error(`decisionStands: olderJobs is ${outcome.olderJobs}`);
    const { olderJobs: _outcomeAsked, decision, ...rest } = outcome;
    const { olderJobs: _decisionAsked, ...known } = decision;
    return { ...rest, decision: known };
}
/**
 * A job this run waited for ended without a backup: the resource is gone (skipped), AWS was busy
 * with the resource (retry later, not an attempt), attempts remain (retry later), or it failed.
 */
function endedJobOutcome(job, resourceArn, attempt, maxAttempts) {
    if (isResourceGoneMessage(job.statusMessage, resourceArn))
        return { outcome: 'skipped', note: 'the resource no longer exists; remove it from the plan or its tags' };
    // The due decision's own test of "AWS was busy with the resource": one definition for both.
    if (isBusyFailure(job.statusMessage))
        return { outcome: 'retry-later', note: 'another job was running for this resource; a later run retries' };
    if (attempt < maxAttempts)
        // The slot stays due: the next run retries with the next attempt, up to the rule's retries.
        return {
            outcome: 'retry-later',
            note: `attempt ${attempt} of ${maxAttempts} ended ${job.state}: ${job.statusMessage ?? 'no message'}; the next run retries`,
        };
    return { outcome: 'failed', note: job.statusMessage ?? `the job ended ${job.state}` };
}
function withJob(job) {
    return job ? { job } : {};
}
function awsLifecycle(lifecycle) {
    if (!lifecycle)
        return undefined;
    return {
        ...(lifecycle.deleteAfterDays !== undefined ? { DeleteAfterDays: lifecycle.deleteAfterDays } : {}),
        ...(lifecycle.moveToColdStorageAfterDays !== undefined
            ? { MoveToColdStorageAfterDays: lifecycle.moveToColdStorageAfterDays }
            : {}),
    };
}
/** The StartBackupJob request for a planned job. */
function backupJobInput(plan, planned) {
    const served = plan.rules.filter((r) => planned.rules.includes(r.name));
    const complete = Math.max(...served.map((r) => r.completeWithinMinutes));
    const lifecycle = awsLifecycle(planned.lifecycle);
    return {
        BackupVaultName: plan.vault,
        ResourceArn: planned.resourceArn,
        IamRoleArn: plan.aws.backupRole,
        IdempotencyToken: planned.idempotencyToken,
        StartWindowMinutes: planned.startWindowMinutes,
        // AWS wants the completion window to end after the start window.
        CompleteWindowMinutes: Math.max(complete, planned.startWindowMinutes + 60),
        ...(lifecycle ? { Lifecycle: lifecycle } : {}),
        RecoveryPointTags: planned.recoveryPointTags,
    };
}
/** The schedule module's copy decision for one resource, fed with what this run observed. */
function planCopies(input) {
    const { plan, now } = input;
    const cutoff = relevanceCutoff(plan, now);
    return decideCopies({
        namespace: input.namespace,
        plan: plan.id,
        sourceVaultArn: input.sourceVaultArn,
        rules: plan.rules.map((r) => ({
            ...r,
            // Validation refuses more; the cap keeps an unvalidated plan from re-making pruned copies.
            copyWithinMinutes: Math.min(r.copyWithinMinutes, checks/* MAX_COPY_WITHIN_MINUTES */.PR),
        })),
        points: input.points
            // Readable points whose tags were not read are older than any copy window: leave them out.
            .filter((p) => (0,resource_types/* pointTagSource */.G5)(p.arn) === 'none' || p.tags !== undefined)
            .filter((p) => (0,resource_types/* pointTagSource */.G5)(p.arn) !== 'none' || p.created.getTime() >= cutoff)
            .map((p) => ({
            arn: p.arn,
            resourceArn: p.resourceArn,
            creationDate: p.created,
            status: p.status,
            tags: (0,resource_types/* pointTagSource */.G5)(p.arn) === 'none' ? undefined : p.tags,
        })),
        copyJobs: input.copyJobs,
        destinationPoints: input.destinationPoints.map((d) => ({
            arn: d.arn,
            backupVaultArn: d.vaultArn ?? '',
            resourceArn: d.resourceArn,
            creationDate: d.created,
            sourceBackupVaultArn: d.sourceVaultArn,
            iamRoleArn: d.iamRoleArn,
        })),
        // Copies by another role are someone else's (issue 10 item 5).
        copyRole: plan.aws.backupRole,
        busyResources: input.busy ? new Set(input.points.map((p) => p.resourceArn)) : undefined,
        destinationLocks: input.destinationLocks,
        now,
    });
}
/**
 * Whether the destination vaults' locks could change these decisions. A lock shapes only a copy still
 * to be made (its lifecycle, or why none is made: "born expired", no valid lifecycle); a point whose
 * copy exists or is in flight is decided before the lock is looked at. So when every decision is
 * `completed` or `in-flight`, deciding without the locks decides the same.
 */
function copyLocksMatter(decisions) {
    return decisions.some((d) => d.action !== 'completed' && d.action !== 'in-flight');
}
/** The `keep` retains of the rules that copy this decision's point to its destination. */
function destinationKeeps(plan, decision) {
    const d = decision.destination;
    return plan.rules
        .filter((r) => decision.rules.includes(r.name))
        .flatMap((rule) => rule.copyTo
        .filter((c) => c.account === d.account && c.region === d.region && c.vault === d.vault)
        .map((c) => ({ rule, retain: c.retain })));
}
/**
 * How far back a copy into a locked destination must see that vault's points: the start of the
 * longest bucket of its `keep` retains around the source point's time (undefined: no `keep` there,
 * nothing to decide).
 */
function lockedCopyLookback(plan, decision, sourceCreated) {
    const keeps = destinationKeeps(plan, decision).filter((k) => k.retain.keep !== undefined);
    if (keeps.length === 0)
        return undefined;
    return new Date(Math.min(...keeps.map((k) => lockedKeepLookback(k.retain.keep, k.rule.timezone, sourceCreated).getTime())));
}
/**
 * The lifecycle of a copy into a locked destination whose rules `keep` there: like a backup job into
 * a locked vault (see rulesForLockedVault), the tier the copy opens among the copies this plan's rule
 * already holds there decides; a `days` destination keeps its days; the longest wins, in the lock's
 * range. Cold storage stays only when the result leaves AWS's 90 days in cold.
 */
function lockedCopyLifecycle(input) {
    const notes = [];
    let days = 0;
    for (const { rule, retain } of destinationKeeps(input.plan, input.decision)) {
        if (!retain.keep) {
            days = Math.max(days, retain.days ?? 0);
            continue;
        }
        const earlier = createdOfOwned(input.destinationPoints, input.namespace, input.plan.id, rule.name);
        const decided = lockedKeepLifecycle({
            keep: retain.keep,
            timezone: rule.timezone,
            schedule: rule.schedule,
            created: input.sourceCreated,
            earlier,
            hardLimitDays: retain.hardLimitDays,
            lock: { minRetentionDays: input.lock.minRetentionDays, maxRetentionDays: input.lock.maxRetentionDays },
        });
        days = Math.max(days, decided.deleteAfterDays);
        notes.push(`vault lock: keep applied when the copy starts, rule "${rule.name}" ${decided.reason}`);
    }
    const max = input.lock.maxRetentionDays;
    if (max !== undefined && days > max)
        days = max;
    const cold = input.decision.lifecycle?.moveToColdStorageAfterDays;
    return {
        lifecycle: {
            deleteAfterDays: days,
            ...(cold !== undefined && days >= cold + model/* MIN_COLD_STORAGE_DAYS */.WB
                ? { moveToColdStorageAfterDays: cold }
                : {}),
        },
        notes,
    };
}
/** The StartCopyJob request for a copy the decision says to start. */
function copyJobInput(plan, decision) {
    if (decision.action !== 'start' || !decision.idempotencyToken)
        throw new Error(`copy of ${decision.sourcePointArn} is not to be started (${decision.action})`);
    const lifecycle = awsLifecycle(decision.lifecycle);
    return {
        RecoveryPointArn: decision.sourcePointArn,
        SourceBackupVaultName: plan.vault,
        DestinationBackupVaultArn: decision.destination.vaultArn,
        IamRoleArn: plan.aws.backupRole,
        IdempotencyToken: decision.idempotencyToken,
        ...(lifecycle ? { Lifecycle: lifecycle } : {}),
    };
}
/**
 * Whether a copy still lacks tags it should carry: each ownership tag with its value, the copy-job
 * marker with any value (runs before it was shared by every copy wrote the copy job's id there).
 */
function copyTagsMissing(wanted, current) {
    return Object.entries(wanted).some(([k, v]) => (k === token/* COPY_JOB_TAG */.xB ? !current?.[k] : current?.[k] !== v));
}
/** Completed copies are checked for their ownership tags this long after they complete. */
const TAG_COPIES_WITHIN_MS = 3 * calendar/* MS_PER_DAY */.ec;
/**
 * The step for a copy decision. Completed copies are tagged when they completed recently or this
 * run waited for them; older ones were handled by the runs that saw them complete, and a copy
 * whose tagging failed then is left to its lifecycle.
 */
function copyStep(d, ctx) {
    switch (d.action) {
        case 'completed': {
            const completed = ctx.job?.completionDate;
            const recent = !completed || ctx.now.getTime() - completed.getTime() <= TAG_COPIES_WITHIN_MS;
            if (d.destinationTagged === true || !d.destinationPointArn || (!recent && !ctx.polled))
                return { kind: 'none' };
            return { kind: 'tag' };
        }
        case 'in-flight':
            return { kind: 'in-flight', state: ctx.job?.state ?? 'RUNNING' };
        case 'retry-later':
        case 'skipped':
            return {
                kind: 'report',
                outcome: d.action,
                ...(d.reason ? { message: d.reason } : {}),
                // The decision's only retry-later: one job per resource at a time.
                waitingForResource: d.action === 'retry-later',
                stopPolling: false,
            };
        case 'exhausted':
        case 'error':
            return {
                kind: 'report',
                outcome: 'failed',
                ...(d.reason ? { message: d.reason } : {}),
                waitingForResource: false,
                stopPolling: true,
            };
        case 'start':
            return { kind: 'start' };
    }
}

;// CONCATENATED MODULE: ./src/backup/plan-run.ts
// One plan's backup run: credentials and account check, the vault, the resources, then per
// resource observe → decide → start; copies of completed points; with `wait`, polling until the
// jobs end. A plan never throws: whatever goes wrong lands in its report, so one plan's failure
// (say, AccessDenied for its role) leaves every other plan untouched.











/** Copy decisions made before the destinations' locks are read (see copyLocksMatter). */
const NO_LOCKS = new Map();
/** The states of a backup job that still occupies its resource (ByState takes one at a time). */
const OCCUPYING_STATES = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING'];
/** The states of a copy job in flight. */
const COPY_IN_FLIGHT_STATES = ['CREATED', 'RUNNING'];
/** Clock-skew margin of `poll`'s listing before the oldest job this run waits for. */
const POLL_MARGIN_MS = 60 * 60 * 1000;
/** Resources handled at once: enough to hide latency, few enough to stay clear of throttling. */
const CONCURRENCY = 4;
const TERMINAL_JOB_STATES = new Set(['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']);
const isTerminal = (state) => TERMINAL_JOB_STATES.has(state);
/**
 * StartBackupJob refused because the resource is gone (ResourceNotFoundException, or an
 * InvalidParameterValueException saying so). A not-found about anything else (the vault, the
 * backup role) stays a failure: a person must fix it.
 */
function isResourceGoneError(err, resourceArn) {
    const code = (0,retry/* errorCode */.CA)(err);
    if (code !== 'ResourceNotFoundException' && code !== 'InvalidParameterValueException')
        return false;
    return isResourceGoneMessage(err instanceof Error ? err.message : undefined, resourceArn);
}
/** Retryable and not "busy": the error itself, or what a credentials error wraps (STS 5xx). */
function transientAtStart(err) {
    for (let e = err, depth = 0; e !== undefined && depth < 3; depth++) {
        if ((0,retry/* isRetryable */.r3)(e) && !(0,retry/* isBusy */.A5)(e))
            return true;
        e = e instanceof Error ? e.cause : undefined;
    }
    return false;
}
function withCopyJob(job) {
    return job ? { job } : {};
}
async function inBatches(items, size, work) {
    let next = 0;
    const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    });
    await Promise.all(workers);
}
/** Listings of one kind merged by resource, newest first as one listing gives them. */
function plan_run_newestFirst(maps) {
    const out = new Map();
    for (const map of maps)
        for (const [arn, list] of map)
            out.set(arn, [...(out.get(arn) ?? []), ...list]);
    for (const list of out.values())
        list.sort((a, b) => b.creationDate.getTime() - a.creationDate.getTime());
    return out;
}
/** The jobs of the window, then the older ones read later that it lacks (the windows overlap a little). */
function withOlder(recent, older, id) {
    const seen = new Set((recent ?? []).map(id));
    return [...(recent ?? []), ...(older ?? []).filter((j) => !seen.has(id(j)))];
}
class PlanRun {
    plan;
    options;
    report;
    backup;
    tagging;
    vault;
    now = new Date(0);
    /** `poll` lists jobs created since then: the decision time, or the oldest in-flight job adopted. */
    pollSince = new Date(0);
    resources = new Map();
    /** Copy jobs started or seen in flight, polled with `wait`. */
    pendingCopies = new Set();
    /** The report's copies by source point and destination: one lookup per decision, not a scan. */
    copyReports = new Map();
    /** The destinations' lock limits, and the notes on destinations that could not be read. */
    locks;
    /** Reads started before they are awaited: waited for by settled(). */
    reads = new concurrency/* ReadsAhead */.VX();
    /** The notes of `locks` are in the report (once, when a decision first used the locks). */
    locksNoted = false;
    /** `backups()` has just observed the vault: the copies that follow need not read it again. */
    observedForCopies = false;
    /** The current observation's job listings, and the older jobs read for the decisions that need them. */
    reading;
    /** Tags of completed copies read in batch by the current copies() pass (see readCopyTags). */
    copyTags = new Map();
    tagMemo;
    constructor(plan, options) {
        this.plan = plan;
        this.options = options;
        this.tagMemo = options.tagMemo ?? new tag_memo/* RunTagMemo */.A();
        this.report = {
            id: plan.id,
            file: plan.file,
            namespace: options.namespace,
            account: plan.aws.account,
            region: plan.aws.region,
            vault: plan.vault,
            status: 'ok',
            rules: plan.rules.map((r) => ({ name: r.name, schedule: r.schedule, timezone: r.timezone })),
            resources: [],
            copies: [],
            notes: [],
        };
    }
    /**
     * The plan cannot run now. An error that AWS may not repeat (5xx, timeouts, throttling past the
     * retry budget of src/aws/retry.ts) makes it `retry-later`: the next run tries again, no issue.
     */
    fail(message, err) {
        this.report.error = message;
        this.report.status = err !== undefined && transientAtStart(err) ? 'retry-later' : 'failed';
    }
    clients(role, region) {
        const backup = this.options.ctx.backup(role, region);
        const tagging = this.options.ctx.tagging(role, region);
        this.options.clock.attach(backup);
        this.options.clock.attach(tagging);
        return { backup, tagging };
    }
    /**
     * Resolves once every read this run started ahead has settled. A run that stopped early (its vault
     * could not be described, a listing failed) leaves none in flight to be answered after it reported.
     */
    settled() {
        return this.reads.settled();
    }
    /** Credentials, account, vault, resources. false when the plan cannot run at all. */
    async prepare() {
        const { plan } = this;
        try {
            await this.options.ctx.verifyAccount(plan.aws.role, plan.aws.account, plan.id);
        }
        catch (err) {
            this.fail(err instanceof Error ? err.message : String(err), err);
            return false;
        }
        ({ backup: this.backup, tagging: this.tagging } = this.clients(plan.aws.role, plan.aws.region));
        // The selection needs neither the vault nor the decision time: ask for both at once (one round
        // trip less per run). A missing vault still reports first; the selection's answer is then unused.
        // Read (and reported) below, once the vault is known.
        const matches = this.reads.start((0,resources/* matchSelectors */.s)(this.tagging, plan, this.options.selectorAnswers));
        try {
            this.vault = await (0,aws_backup/* describeVault */.Sm)(this.backup, plan.vault);
        }
        catch (err) {
            this.fail((0,retry/* errorCode */.CA)(err) === 'ResourceNotFoundException'
                ? `backup vault "${plan.vault}" does not exist in account ${plan.aws.account}, region ${plan.aws.region}: create it or fix \`vault:\` in ${plan.file}`
                : (0,retry/* describeAwsError */.Pp)(err, {
                    operation: 'DescribeBackupVault',
                    role: plan.aws.role,
                    region: plan.aws.region,
                }), err);
            return false;
        }
        // The decision time: AWS's clock (see src/aws/clock.ts), now that a response told us what it is.
        this.now = new Date(Math.floor(this.options.clock.now().getTime() / 1000) * 1000);
        this.report.now = this.now.toISOString();
        this.pollSince = this.now;
        if (keepAppliesAtJobStart(plan, this.vault))
            this.report.notes.push(LOCKED_KEEP_NOTE(plan.vault));
        try {
            const selection = (0,plan_selection/* selectResources */.KN)(plan, await matches);
            // The user asked for these to be protected and they are not: a failure (issue 10 item 9), not a note.
            for (const r of selection.reserved)
                this.report.resources.push({
                    arn: r.arn,
                    outcome: 'failed',
                    rules: [],
                    note: `${r.arn} carries the reserved tag(s) ${r.keys.join(', ')}: not backed up (its recovery points could claim ownership they do not have); remove those tags from the resource`,
                });
            if (selection.excluded.length > 0)
                this.report.notes.push(`excluded: ${selection.excluded.join(', ')}`);
            if (selection.unsupported.length > 0)
                this.report.notes.push(`matched a tag selector but not a resource type backup-plans knows how to back up (add \`types:\` to the selector to narrow it): ${selection.unsupported.join(', ')}`);
            for (const selected of selection.resources) {
                const report = {
                    arn: selected.arn,
                    ...(selected.type ? { type: selected.type } : {}),
                    outcome: 'existing',
                    rules: [],
                };
                this.resources.set(selected.arn, { selected, report, jobs: [], points: [], copyJobs: [], older: {} });
                this.report.resources.push(report);
            }
            if (selection.resources.length === 0) {
                this.report.protectsNothing = true;
                this.report.selectors = plan.resources.include
                    .map((s) => ('arn' in s ? s.arn : (0,plan_selection/* describeSelector */.r5)(s.tags, s.types)))
                    .join('; ');
            }
        }
        catch (err) {
            this.fail((0,retry/* describeAwsError */.Pp)(err, { operation: 'GetResources', role: plan.aws.role, region: plan.aws.region }), err);
            return false;
        }
        return true;
    }
    /**
     * A selected resource whose type is not opted in to AWS Backup in the plan's region is never backed
     * up by AWS: a plan failure that names the type and the fix, rather than a job failing later. An
     * unreadable opt-in (a role without backup:DescribeRegionSettings) is a note; jobs still run.
     * Asked only in a run that would start a job (see backups()): such a resource's slots are never
     * satisfied, so every slot brings that run.
     */
    async checkOptIn() {
        if (this.resources.size === 0)
            return;
        const { account, region } = this.plan.aws;
        let optIn;
        try {
            optIn = await this.optInRead();
        }
        catch (err) {
            this.report.notes.push(`service opt-in not checked: ${(0,retry/* describeAwsError */.Pp)(err, { operation: 'DescribeRegionSettings', role: this.plan.aws.role, region })}`);
            return;
        }
        for (const [arn, r] of this.resources) {
            const problem = (0,resource_types/* optInProblem */.CC)(r.selected.type, optIn, { account, region });
            if (!problem)
                continue;
            this.resources.delete(arn);
            r.report.outcome = 'failed';
            r.report.note = problem;
        }
    }
    /** The region's opt-in, read once per account and region for the run's plans (started by the first asker). */
    optInRead() {
        const { account, region } = this.plan.aws;
        const cache = (this.options.optIn ??= new Map());
        const key = `${account}/${region}`;
        let pending = cache.get(key);
        if (!pending) {
            pending = this.reads.start((0,aws_backup/* describeOptIn */.MO)(this.backup)); // awaited, and its failure noted, by checkOptIn
            cache.set(key, pending);
        }
        return pending;
    }
    /** Observe the vault, then decide and start the due jobs of each resource. */
    async backups() {
        try {
            await this.observe();
        }
        catch (err) {
            for (const r of this.resources.values())
                this.observingFailed(r, err);
            return;
        }
        this.observedForCopies = true;
        // Opt-in is read only when some job would start: decide until the first such resource, keep
        // those decisions, and decide the rest batch by batch (deciding is pure over what was observed).
        // Holding every decision with its planned job at once cost a 10,000-resource run ~50 MiB of peak.
        const decided = new Map();
        for (const r of this.resources.values()) {
            // A start that waits only for the older jobs in flight mostly stands (decisionStands): read
            // the opt-in alongside them rather than after.
            const d = await this.decideFully(r, () => void this.optInRead());
            decided.set(r, d);
            if (d?.kind === 'start' && d.planned) {
                await this.checkOptIn();
                break;
            }
        }
        await inBatches([...this.resources.values()], CONCURRENCY, async (r) => {
            const decision = decided.has(r) ? decided.get(r) : await this.decideFully(r);
            decided.delete(r);
            if (decision)
                await this.backupResource(r, decision);
        });
    }
    /** The vault could not be observed (or not the older jobs a decision needed): nothing is decided. */
    observingFailed(r, err) {
        const why = (0,retry/* describeAwsError */.Pp)(err, {
            operation: 'observing',
            target: this.plan.vault,
            region: this.plan.aws.region,
        });
        // Throttling or a 5xx that outlived the SDK's retries says nothing about the backups: look again next run.
        r.report.outcome = (0,retry/* isRetryable */.r3)(err) ? 'retry-later' : 'failed';
        r.report.note = (0,retry/* isRetryable */.r3)(err)
            ? `could not look at the resource's jobs now (${why}); the next run retries`
            : why;
    }
    /**
     * What AWS shows for every resource of the plan, read per vault, not per resource (issue 12): the
     * vault's backup jobs since the earliest previous slot (jobWindows), its points since the oldest
     * open slot or copy window, the copy jobs of those points (with `copyTo`), and the tags of the
     * points a decision needs, 100 ARNs a call where the Tagging API reads them. Older jobs are read
     * later, for the decisions that need them (decideFully, copies).
     */
    async observe() {
        const windows = jobWindows(this.plan, this.now, this.vault);
        const resources = [...this.resources.values()];
        // `backfill` wants each resource's newest points, however old: those are listed per resource.
        const backfill = backfillDepth(this.plan) > 0;
        const vaultPoints = backfill
            ? undefined
            : (0,aws_backup/* listVaultPointsSince */.Gb)(this.backup, this.plan.vault, new Date(relevanceCutoff(this.plan, this.now, this.vault)));
        // The points' tags need only the points: read them while the job listings may still be coming.
        // Awaited below, after the listings: their failures report first.
        const tagged = vaultPoints &&
            this.reads.start(vaultPoints.then((points) => this.readOwnership(resources.map((r) => points.get(r.selected.arn) ?? []))));
        const [jobs, points, copyJobs] = await Promise.all([
            (0,aws_backup/* listVaultBackupJobs */.JO)(this.backup, this.plan.vault, windows.backupJobs),
            vaultPoints,
            windows.copyJobs
                ? (0,aws_backup/* listRecentCopyJobs */.hD)(this.backup, windows.copyJobs)
                : new Map(),
        ]);
        this.reading = { windows, recentJobs: jobs, recentCopyJobs: copyJobs };
        for (const r of resources) {
            r.jobs = jobs.get(r.selected.arn) ?? [];
            r.copyJobs = copyJobs.get(r.selected.arn) ?? [];
            r.older = {};
            if (points)
                r.points = points.get(r.selected.arn) ?? [];
        }
        if (tagged)
            return await tagged;
        await inBatches(resources, CONCURRENCY, async (r) => {
            r.points = await (0,aws_backup/* listResourcePoints */._x)(this.backup, r.selected.arn, this.plan.vault);
        });
        await this.readOwnership(resources.map((r) => r.points));
    }
    /** The tags of the points (one list per resource) a decision needs, read in batch unless already known. */
    async readOwnership(pointsByResource) {
        const wanted = pointsByResource.flatMap((points) => pointsNeedingTags(this.plan, points, this.now, this.vault));
        // Points whose ownership an earlier reading proved keep it: only the others are read.
        const { account, region } = this.plan.aws;
        const vault = (0,tag_memo/* vaultKey */._)({ account, region, vault: this.plan.vault });
        const unread = wanted.filter((p) => {
            const known = this.tagMemo.known(vault, p.arn);
            if (known)
                p.tags = { ...known };
            return !known;
        });
        await (0,aws_backup/* readTagsOfPoints */.Yk)(this.backup, this.tagging, unread);
        // A backup's point has its tags from the start; a copy into this vault may get more later.
        for (const p of unread)
            if (!p.sourceVaultArn)
                this.tagMemo.learn(vault, p.arn, p.tags);
    }
    /** The resource's backup jobs hold every one ListBackupJobs shows that the decision could need. */
    backupJobsComplete(r) {
        const w = this.reading.windows;
        return r.older.backup === 'history' || w.backupJobs.getTime() <= w.history.getTime();
    }
    /** The resource's copy jobs hold every one in flight (of the 30 days ListCopyJobs is read for). */
    copyInFlightKnown(r) {
        const w = this.reading.windows;
        return r.older.copy === true || (w.copyJobs !== undefined && w.copyJobs.getTime() <= w.history.getTime());
    }
    decide(r) {
        const complete = this.backupJobsComplete(r);
        return decide_decideResource({
            plan: this.plan,
            namespace: this.options.namespace,
            resourceArn: r.selected.arn,
            now: this.now,
            jobs: r.jobs,
            points: r.points,
            copyJobs: r.copyJobs,
            vault: this.vault,
            jobsSince: complete ? undefined : this.reading.windows.backupJobs,
            inFlightKnown: (complete || r.older.backup === 'in-flight') && this.copyInFlightKnown(r),
        });
    }
    /**
     * The due decision, made again after reading the older jobs it says could change it (at most
     * twice: history, then copies in flight); undefined when they could not be read (reported).
     * Jobs in flight from before the windows change only whether the resource is busy: when the read
     * found none of this resource's, the decision stands as made (see decisionStands), not made twice.
     */
    async decideFully(r, likelyStart) {
        try {
            for (;;) {
                const d = this.decide(r);
                if (!d.olderJobs)
                    return d;
                if (d.olderJobs === 'in-flight' && d.kind === 'start' && d.planned)
                    likelyStart?.();
                const before = { jobs: r.jobs.length, copyJobs: r.copyJobs.length };
                await this.readOlderJobs(r, d.olderJobs);
                if (d.olderJobs === 'in-flight' &&
                    r.jobs.length === before.jobs &&
                    r.copyJobs.length === before.copyJobs)
                    return decisionStands(d);
            }
        }
        catch (err) {
            this.observingFailed(r, err);
            return undefined;
        }
    }
    /** Add the older jobs a decision needs to the resource's (read once per observation for the vault). */
    async readOlderJobs(r, need) {
        const reading = this.reading;
        const arn = r.selected.arn;
        const before = new Date(reading.windows.backupJobs.getTime() + JOB_WINDOW_MARGIN_MS);
        const id = (j) => j.jobId;
        if (need === 'history') {
            reading.backupHistory ??= (0,aws_backup/* listVaultBackupJobs */.JO)(this.backup, this.plan.vault, reading.windows.history, {
                before,
            });
            r.jobs = withOlder(reading.recentJobs.get(arn), (await reading.backupHistory).get(arn), id);
            r.older.backup = 'history';
            return;
        }
        // Awaited below; a failure of the backup jobs' read (if made) reports first.
        const copies = this.copyInFlightKnown(r) ? undefined : this.reads.start(this.olderCopyJobs());
        if (!this.backupJobsComplete(r) && r.older.backup === undefined) {
            // Both reads at once: the copy jobs' listings need nothing from the backup jobs' ones.
            // ByState takes one state: one small listing per state that occupies a resource.
            reading.backupInFlight ??= Promise.all(OCCUPYING_STATES.map((state) => (0,aws_backup/* listVaultBackupJobs */.JO)(this.backup, this.plan.vault, reading.windows.history, { before, state }))).then(plan_run_newestFirst);
            r.jobs = withOlder(reading.recentJobs.get(arn), (await reading.backupInFlight).get(arn), id);
            r.older.backup = 'in-flight';
        }
        if (copies)
            this.addOlderCopyJobs(r, await copies);
    }
    /** The copy jobs in flight from before the copy window (without `copyTo`: all of them), read once. */
    olderCopyJobs() {
        const reading = this.reading;
        const { copyJobs: window, history } = reading.windows;
        const before = window ? new Date(window.getTime() + JOB_WINDOW_MARGIN_MS) : undefined;
        reading.copyInFlight ??= Promise.all(COPY_IN_FLIGHT_STATES.map((state) => (0,aws_backup/* listRecentCopyJobs */.hD)(this.backup, history, state, before))).then(plan_run_newestFirst);
        return reading.copyInFlight;
    }
    addOlderCopyJobs(r, older) {
        const arn = r.selected.arn;
        r.copyJobs = withOlder(this.reading.recentCopyJobs.get(arn), older.get(arn), (j) => j.copyJobId);
        r.older.copy = true;
    }
    /** Add the copy jobs in flight from before the copy window. */
    async readOlderCopyJobs(r) {
        this.addOlderCopyJobs(r, await this.olderCopyJobs());
    }
    async backupResource(r, decision) {
        const arn = r.selected.arn;
        this.apply(r, decision);
        if (decision.kind !== 'start' || !decision.planned)
            return;
        if (decision.maxAttempts !== undefined)
            r.maxAttempts = decision.maxAttempts;
        if (this.options.dryRun) {
            r.report.outcome = 'would-start';
            r.report.job = { state: 'NOT_STARTED', attempt: decision.attempt, startedThisRun: false };
            return;
        }
        const input = backupJobInput(this.plan, decision.planned);
        try {
            const started = await (0,aws_backup/* startBackupJob */.Y7)(this.backup, input);
            r.report.outcome = 'started';
            r.report.job = { id: started.jobId, state: 'CREATED', attempt: decision.attempt, startedThisRun: true };
            r.pendingJobId = started.jobId;
            this.options.log(`${this.plan.id}: started backup job ${started.jobId} for ${arn}`);
        }
        catch (err) {
            const why = (0,retry/* describeAwsError */.Pp)(err, {
                operation: 'StartBackupJob',
                target: arn,
                region: this.plan.aws.region,
            });
            if (isResourceGoneError(err, arn)) {
                // Some services refuse the job at once instead of failing it later: same meaning.
                r.report.outcome = 'skipped';
                r.report.note = `the resource no longer exists (${why}); remove it from the plan or its tags`;
            }
            else if ((0,retry/* isOutcomeUnknown */.B1)(err)) {
                // The answer was lost (unreadable, or the connection dropped): AWS may have started the job.
                // Not a failure: the next run finds the job, or asks again with the same attempt number and
                // so the same idempotency token, which AWS answers with the same job.
                r.startUnknown = true;
                r.report.outcome = 'retry-later';
                r.report.note = `the answer to StartBackupJob was lost (${why}); AWS may have started the job: the next run finds it or asks again with the same idempotency token`;
            }
            else if ((0,retry/* isRetryable */.r3)(err)) {
                // Throttling, 5xx, timeouts that outlived the SDK's retries: AWS made no job (or, after a
                // timeout, one that the next run finds). Nothing failed for good: the slot stays due and
                // the next run asks again with the same attempt number, hence the same idempotency token.
                r.report.outcome = 'retry-later';
                r.report.note = `AWS did not take the job now (${why}); the next run retries`;
            }
            else {
                r.report.outcome = 'failed';
                r.report.note = why;
            }
        }
    }
    /** Put a decision into the resource's report. */
    apply(r, decision) {
        r.report.rules = decision.rules;
        const job = decision.job;
        if (job)
            r.report.job = {
                id: job.jobId,
                state: job.state,
                ...(job.statusMessage ? { statusMessage: job.statusMessage } : {}),
                ...(job.recoveryPointArn ? { recoveryPointArn: job.recoveryPointArn } : {}),
                startedThisRun: false,
            };
        if (decision.reason)
            r.report.note = decision.reason;
        switch (decision.kind) {
            case 'satisfied':
                r.report.outcome = 'existing';
                if (job && !isTerminal(job.state)) {
                    r.pendingJobId = job.jobId;
                    if (job.creationDate < this.pollSince)
                        this.pollSince = job.creationDate;
                }
                break;
            case 'start': {
                r.report.outcome = 'started';
                const notes = [...(decision.planned?.notes ?? [])];
                // The job that ended last without a backup; an attempt only when it used one up (a job AWS
                // failed because another was running does not: the attempt number stays).
                if (job)
                    notes.unshift((decision.attempt ?? 1) > 1
                        ? `attempt ${decision.attempt - 1} failed: ${job.statusMessage ?? job.state}`
                        : `the last job ended ${job.state}: ${job.statusMessage ?? 'no message'}`);
                delete r.report.job;
                if (notes.length > 0)
                    r.report.note = notes.join('; ');
                break;
            }
            default:
                r.report.outcome = decision.kind;
        }
    }
    /** Tag completed copies, then start the copies that are due, for every resource (or the given ones). */
    async copies(only) {
        if (!this.plan.rules.some((rule) => rule.copyTo.length > 0))
            return;
        const targets = only
            ? only.map((a) => this.resources.get(a)).filter((r) => r !== undefined)
            : [...this.resources.values()];
        // Right after `backups()` its reading still holds (the jobs it started made no points yet); a
        // later pass (`wait`) looks again: points may have completed since.
        const fresh = this.observedForCopies && !only;
        this.observedForCopies = false;
        try {
            // An expired session is renewed by the clients themselves (src/aws/clients.ts), once per call.
            if (!fresh)
                await this.observe();
        }
        catch (err) {
            this.observingCopiesFailed(err);
            return;
        }
        // Decide every resource's copies first, so the tags of all completed copies are read in a few
        // batched calls (100 ARNs each) instead of one call per copy and run.
        const planned = [];
        const evidence = new Map();
        await inBatches(targets, CONCURRENCY, async (r) => {
            const destinationPoints = await this.copyEvidence(r);
            if (!destinationPoints)
                return;
            evidence.set(r, destinationPoints);
            planned.push([r, this.copyDecisions(r, destinationPoints, NO_LOCKS)]);
        });
        // A copy job in flight from before the copy window keeps its resource busy, which matters only
        // to a copy about to start: read those (once) when some decision is about one, and decide again.
        const busyMatters = planned.filter(([r, ds]) => !this.copyInFlightKnown(r) && copyBusyMatters(ds));
        if (busyMatters.length > 0) {
            // Those decisions are about copies to make, which need the destinations' locks (below) unless
            // the read finds every such resource busy: read the locks alongside.
            void this.readLocks();
            // Only a resource the read found an older copy job of is decided again: for the others the
            // input is unchanged, and so is the decision.
            const grown = new Set();
            try {
                for (const [r] of busyMatters) {
                    const known = r.copyJobs.length;
                    await this.readOlderCopyJobs(r);
                    if (r.copyJobs.length !== known)
                        grown.add(r);
                }
            }
            catch (err) {
                this.observingCopiesFailed(err);
                return;
            }
            for (const entry of busyMatters)
                if (grown.has(entry[0]))
                    entry[1] = this.copyDecisions(entry[0], evidence.get(entry[0]), NO_LOCKS);
        }
        // The destinations' locks shape only copies still to make: read them (DescribeBackupVault, with
        // the destination's role) once some decision is about one, and decide those resources again.
        // Destinations without lock limits read as none: the decisions made without locks stand.
        let locks = NO_LOCKS;
        if (planned.some(([, decisions]) => copyLocksMatter(decisions))) {
            locks = await this.destinationLocks();
            if (locks.size > 0)
                for (const entry of planned)
                    if (copyLocksMatter(entry[1]))
                        entry[1] = this.copyDecisions(entry[0], evidence.get(entry[0]), locks);
        }
        const toTag = planned.flatMap(([r, ds]) => ds.filter((d) => this.stepOf(r, d).kind === 'tag'));
        await this.readCopyTags(toTag);
        await inBatches(planned, CONCURRENCY, async ([r, decisions]) => {
            for (const d of decisions) {
                if (d.action === 'start')
                    await this.lockedCopy(r, d, locks);
                await this.applyCopy(r, d);
            }
        });
        await this.tagCopies(toTag);
    }
    /** The vault (or the copy jobs in flight before the copy window) could not be read: no copies this pass. */
    observingCopiesFailed(err) {
        this.report.notes.push((0,retry/* describeAwsError */.Pp)(err, {
            operation: 'observing copies',
            target: this.plan.vault,
            region: this.plan.aws.region,
        }));
    }
    /**
     * The current tags of the completed copies about to be checked, per destination in batched reads.
     * A failed read leaves them unread: tagCopy then reads (and reports) each on its own.
     */
    async readCopyTags(decisions) {
        this.copyTags = new Map();
        // Per destination vault: the copies to read, with the tags each should carry.
        const byDestination = new Map();
        for (const d of decisions) {
            if (!d.destinationPointArn)
                continue;
            const key = (0,tag_memo/* vaultKey */._)(d.destination);
            // Known to carry every tag it should: nothing to read, nothing to tag. Anything less is read
            // live (a copy gets its tags only after it completes, so an older reading may lack them).
            const known = this.tagMemo.known(key, d.destinationPointArn);
            if (known && !copyTagsMissing(d.destinationTags, known)) {
                this.copyTags.set(d.destinationPointArn, known);
                continue;
            }
            const entry = byDestination.get(key) ?? { destination: d.destination, wanted: new Map() };
            entry.wanted.set(d.destinationPointArn, d.destinationTags);
            byDestination.set(key, entry);
        }
        for (const [key, { destination, wanted }] of byDestination) {
            const { backup, tagging } = this.destinationClients(destination);
            try {
                for (const [arn, tags] of await (0,point_tags/* readPointTags */.S0)({ backup, tagging }, [...wanted.keys()])) {
                    this.copyTags.set(arn, tags);
                    if (!copyTagsMissing(wanted.get(arn), tags))
                        this.tagMemo.learn(key, arn, tags);
                }
            }
            catch {
                // Left unread on purpose: see above.
            }
        }
    }
    /** Clients for a copy destination: its own role when it names one (another account), else the plan's. */
    destinationClients(destination) {
        const role = this.destinationOf(destination)?.role ?? this.plan.aws.role;
        return { role, ...this.clients(role, destination.region) };
    }
    destinationOf(d) {
        return this.plan.rules
            .flatMap((rule) => rule.copyTo)
            .find((c) => c.account === d.account && c.region === d.region && c.vault === d.vault);
    }
    /** Lock limits of the destination vaults (a copy whose lifecycle falls outside them fails), read once. */
    async destinationLocks() {
        const { locks, notes } = await this.readLocks();
        if (!this.locksNoted)
            this.report.notes.push(...notes);
        this.locksNoted = true;
        return locks;
    }
    /** The destinations' DescribeBackupVault, made once; never rejects (an unreadable one is a note). */
    readLocks() {
        this.locks ??= (async () => {
            const locks = new Map();
            const notes = [];
            const seen = new Set();
            for (const dest of this.plan.rules.flatMap((rule) => rule.copyTo)) {
                const arn = destinationVaultArn(this.vault.arn, dest);
                if (seen.has(arn))
                    continue;
                seen.add(arn);
                try {
                    const { backup } = this.destinationClients(dest);
                    const info = await (0,aws_backup/* describeVault */.Sm)(backup, dest.vault);
                    if (info.locked || info.minRetentionDays !== undefined || info.maxRetentionDays !== undefined)
                        locks.set(arn, {
                            vaultName: dest.vault,
                            locked: info.locked,
                            minRetentionDays: info.minRetentionDays,
                            maxRetentionDays: info.maxRetentionDays,
                        });
                }
                catch (err) {
                    notes.push(`copy destination ${dest.account}/${dest.region}/${dest.vault}: ${(0,retry/* describeAwsError */.Pp)(err, { operation: 'DescribeBackupVault', region: dest.region })}`);
                }
            }
            return { locks, notes };
        })();
        // Read early by copies(), which may then stop before using it.
        return this.reads.start(this.locks);
    }
    copyReport(decision) {
        const dest = {
            account: decision.destination.account,
            region: decision.destination.region,
            vault: decision.destination.vault,
        };
        const key = `${decision.sourcePointArn}\n${dest.account}/${dest.region}/${dest.vault}`;
        let report = this.copyReports.get(key);
        if (!report) {
            report = {
                resourceArn: decision.resourceArn,
                sourcePointArn: decision.sourcePointArn,
                destination: dest,
                outcome: 'running',
            };
            this.copyReports.set(key, report);
            this.report.copies.push(report);
        }
        if (decision.copyJobId)
            report.copyJobId = decision.copyJobId;
        if (decision.destinationPointArn)
            report.destinationPointArn = decision.destinationPointArn;
        return report;
    }
    /** The resource's points in destination vaults the copy decisions need; undefined when unreadable (noted). */
    async copyEvidence(r) {
        const arn = r.selected.arn;
        try {
            return await this.backfillEvidence(arn);
        }
        catch (err) {
            this.report.notes.push((0,retry/* describeAwsError */.Pp)(err, { operation: 'observing copies', target: arn, region: this.plan.aws.region }));
            return undefined;
        }
    }
    /** The copy decisions of one resource. */
    copyDecisions(r, destinationPoints, destinationLocks) {
        return planCopies({
            plan: this.plan,
            namespace: this.options.namespace,
            now: this.now,
            sourceVaultArn: this.vault.arn,
            points: r.points,
            copyJobs: r.copyJobs,
            destinationPoints,
            busy: r.pendingJobId !== undefined || r.startUnknown === true,
            destinationLocks,
        });
    }
    /**
     * A copy into a locked destination whose rule keeps there gets its lifecycle now, from the tier it
     * opens among the plan's copies already there (their tags read; unreadable ones do not count, so
     * the copy lives longer, never shorter).
     */
    async lockedCopy(r, d, locks) {
        const lock = locks.get(d.destination.vaultArn);
        const source = r.points.find((p) => p.arn === d.sourcePointArn);
        if (!lock?.locked || !source)
            return;
        const since = lockedCopyLookback(this.plan, d, source.created);
        if (!since)
            return;
        let destinationPoints = [];
        try {
            const { backup, tagging } = this.destinationClients(d.destination);
            const listed = (await (0,aws_backup/* listVaultPoints */.uo)(backup, d.destination.vault, r.selected.arn)).filter((p) => p.created >= since && p.created < source.created);
            const tags = await (0,point_tags/* readPointTags */.S0)({ backup, tagging }, listed.map((p) => p.arn));
            destinationPoints = listed.map((p) => ({
                created: p.created,
                status: p.status,
                tags: tags.get(p.arn),
            }));
        }
        catch (err) {
            d.notes = [
                ...(d.notes ?? []),
                `copies already in ${d.destination.vault} not readable (${(0,retry/* describeAwsError */.Pp)(err, { operation: 'ListRecoveryPointsByBackupVault', region: d.destination.region })}): the copy is kept as if it opened every tier`,
            ];
        }
        const decided = lockedCopyLifecycle({
            plan: this.plan,
            namespace: this.options.namespace,
            decision: d,
            sourceCreated: source.created,
            destinationPoints,
            lock,
        });
        d.lifecycle = decided.lifecycle;
        d.notes = [...(d.notes ?? []), ...decided.notes];
    }
    /** Destination points of the resource, listed only for destinations that backfill (regular copies rely on copy jobs). */
    async backfillEvidence(resourceArn) {
        const out = [];
        const seen = new Set();
        for (const dest of this.plan.rules.flatMap((rule) => rule.copyTo)) {
            if (!dest.backfill)
                continue;
            const arn = destinationVaultArn(this.vault.arn, dest);
            if (seen.has(arn))
                continue;
            seen.add(arn);
            const { backup } = this.destinationClients(dest);
            out.push(...(await (0,aws_backup/* listVaultPoints */.uo)(backup, dest.vault, resourceArn)));
        }
        return out;
    }
    /** Carry out a copy decision: the step says what (see copyStep); this only does it. */
    stepOf(r, d) {
        return copyStep(d, {
            now: this.now,
            ...withCopyJob(d.copyJobId ? r.copyJobs.find((j) => j.copyJobId === d.copyJobId) : undefined),
            polled: d.copyJobId !== undefined && this.pendingCopies.has(d.copyJobId),
        });
    }
    async applyCopy(r, d) {
        const step = this.stepOf(r, d);
        switch (step.kind) {
            case 'none':
                return;
            case 'tag':
                // Tagged together with the other completed copies, once every copy is decided (tagCopies).
                return;
            case 'in-flight': {
                const report = this.copyReport(d);
                if (!report.startedThisRun)
                    report.outcome = 'running';
                report.state = step.state;
                if (d.copyJobId)
                    this.pendingCopies.add(d.copyJobId);
                return;
            }
            case 'report': {
                const report = this.copyReport(d);
                report.outcome = step.outcome;
                if (step.message)
                    report.message = step.message;
                if (step.waitingForResource)
                    report.waitingForResource = true;
                if (step.stopPolling && d.copyJobId)
                    this.pendingCopies.delete(d.copyJobId);
                return;
            }
            case 'start':
                return this.startCopy(r, d);
        }
    }
    async startCopy(r, d) {
        const report = this.copyReport(d);
        report.outcome = 'would-start';
        delete report.waitingForResource;
        if (d.attempt > 1)
            report.message = `attempt ${d.attempt}; ${d.failures.at(-1)?.statusMessage ?? 'the last one failed'}`;
        if (this.options.dryRun)
            return;
        try {
            // AWS does not copy cold points. The listing dates the cold transition; ask only once it may have come.
            const source = r.points.find((p) => p.arn === d.sourcePointArn);
            if (mayBeCold(source, this.now) &&
                (await (0,aws_backup/* isPointCold */.Rv)(this.backup, this.plan.vault, d.sourcePointArn))) {
                report.outcome = 'skipped';
                report.message = 'in cold storage: AWS does not copy cold points';
                return;
            }
            const started = await (0,aws_backup/* startCopyJob */.F2)(this.backup, copyJobInput(this.plan, d));
            report.outcome = 'started';
            report.startedThisRun = true;
            report.copyJobId = started.copyJobId;
            report.state = 'CREATED';
            this.pendingCopies.add(started.copyJobId);
            this.options.log(`${this.plan.id}: started copy job ${started.copyJobId} of ${d.sourcePointArn} to ${d.destination.region}/${d.destination.vault}`);
        }
        catch (err) {
            const why = (0,retry/* describeAwsError */.Pp)(err, {
                operation: 'StartCopyJob',
                target: d.sourcePointArn,
                region: this.plan.aws.region,
            });
            // Retryable (throttling, 5xx, timeouts, a busy point): no copy job was made; the next run
            // decides again and starts it while the point is inside its copy window.
            report.outcome = (0,retry/* isRetryable */.r3)(err) ? 'retry-later' : 'failed';
            report.message = (0,retry/* isRetryable */.r3)(err)
                ? `AWS did not take the copy now (${why}); the next run retries`
                : why;
        }
    }
    /**
     * Put the ownership tags on the completed copies' destination points that lack them. Copies with
     * the same tags in the same destination (one slot's copies of a plan's resources) share a call:
     * TagResources takes 20 ARNs and one tag set. A copy whose tagging failed is left to its lifecycle.
     */
    async tagCopies(decisions) {
        const batches = new Map();
        const current = new Map();
        for (const d of decisions) {
            const wasPending = d.copyJobId !== undefined && this.pendingCopies.delete(d.copyJobId);
            const tags = await this.currentCopyTags(d);
            if (tags === 'unreadable')
                continue;
            current.set(d, tags);
            if (!copyTagsMissing(d.destinationTags, tags)) {
                if (wasPending)
                    this.copyReport(d).outcome = 'tagged';
                continue;
            }
            if (this.options.dryRun)
                continue;
            this.copyReport(d).state = 'COMPLETED';
            const { account, region, vault } = d.destination;
            const key = `${account}/${region}/${vault}\n${JSON.stringify(Object.entries(d.destinationTags).sort())}`;
            const batch = batches.get(key) ?? { d, decisions: [] };
            batch.decisions.push(d);
            batches.set(key, batch);
        }
        for (const { d: first, decisions: batch } of batches.values()) {
            const { backup, tagging, role } = this.destinationClients(first.destination);
            const outcomes = await (0,aws_backup/* tagPoints */.An)(backup, tagging, batch.map((d) => d.destinationPointArn), first.destinationTags);
            for (const d of batch) {
                const report = this.copyReport(d);
                const outcome = outcomes.get(d.destinationPointArn);
                report.outcome = outcome.kind === 'tagged' ? 'tagged' : 'tag-failed';
                // AWS took the tags: the copy now carries them all (final), so later runs need not read it.
                if (outcome.kind === 'tagged') {
                    this.tagMemo.learn((0,tag_memo/* vaultKey */._)(d.destination), d.destinationPointArn, {
                        ...current.get(d),
                        ...d.destinationTags,
                    });
                }
                if (outcome.kind === 'untaggable')
                    report.message = 'points of this type take no tags; the copy is left to its lifecycle';
                if (outcome.kind === 'failed')
                    report.message = this.tagFailed(d, outcome.error, role);
            }
        }
    }
    /** The copy's current tags: read in batch by readCopyTags, else on its own; 'unreadable' (reported) when that fails. */
    async currentCopyTags(d) {
        const pointArn = d.destinationPointArn;
        if (this.copyTags.has(pointArn))
            return this.copyTags.get(pointArn);
        const { backup, tagging, role } = this.destinationClients(d.destination);
        try {
            return (await (0,point_tags/* readPointTags */.S0)({ backup, tagging }, [pointArn])).get(pointArn);
        }
        catch (err) {
            const report = this.copyReport(d);
            report.outcome = 'tag-failed';
            report.message = this.tagFailed(d, err, role);
            return 'unreadable';
        }
    }
    tagFailed(d, err, role) {
        return `${(0,retry/* describeAwsError */.Pp)(err, { operation: 'tagging the copy', target: d.destinationPointArn, region: d.destination.region, role })}; the copy is left to its lifecycle`;
    }
    /** Jobs and copies this run still waits for. */
    get pending() {
        return [...this.resources.values()].filter((r) => r.pendingJobId).length + this.pendingCopies.size;
    }
    /** One polling pass for `wait`: refresh in-flight jobs; copy what completed; tag finished copies. */
    async poll() {
        this.now = new Date(Math.floor(this.options.clock.now().getTime() / 1000) * 1000);
        const again = new Set();
        const waiting = [...this.resources.values()].filter((r) => r.pendingJobId);
        if (waiting.length > 0) {
            // One listing of the vault's jobs for every job waited for, not one per resource.
            let byId;
            try {
                // Only the jobs waited for: no need to read the decisions' window again on every pass.
                const since = new Date(this.pollSince.getTime() - POLL_MARGIN_MS);
                const jobs = await (0,aws_backup/* listVaultBackupJobs */.JO)(this.backup, this.plan.vault, since);
                byId = new Map([...jobs.values()].flat().map((j) => [j.jobId, j]));
            }
            catch (err) {
                this.report.notes.push((0,retry/* describeAwsError */.Pp)(err, { operation: 'ListBackupJobs', target: this.plan.vault }));
            }
            for (const r of byId ? waiting : []) {
                const job = byId.get(r.pendingJobId);
                if (!job)
                    continue;
                if (r.report.job) {
                    r.report.job.state = job.state;
                    if (job.statusMessage)
                        r.report.job.statusMessage = job.statusMessage;
                    if (job.recoveryPointArn)
                        r.report.job.recoveryPointArn = job.recoveryPointArn;
                }
                if (!isTerminal(job.state))
                    continue;
                r.pendingJobId = undefined;
                if (job.state === 'COMPLETED')
                    again.add(r.selected.arn);
                else
                    this.jobEnded(r, job);
            }
        }
        // Resources with a copy in flight: look again (this also tags the ones that finished).
        for (const c of this.report.copies)
            if (c.copyJobId && this.pendingCopies.has(c.copyJobId))
                again.add(c.resourceArn);
        if (again.size > 0)
            await this.copies([...again]);
        // A pending copy that is no longer in flight and was not tagged just now has ended some other way.
        for (const c of this.report.copies) {
            if (!c.copyJobId || !this.pendingCopies.has(c.copyJobId))
                continue;
            const job = this.resources.get(c.resourceArn)?.copyJobs.find((j) => j.copyJobId === c.copyJobId);
            if (job && isTerminal(job.state)) {
                this.pendingCopies.delete(c.copyJobId);
                c.state = job.state;
                if (job.state !== 'COMPLETED') {
                    // The next run retries it while attempts remain (the copy decision counts them).
                    c.outcome = 'retry-later';
                    c.message = `copy job ended ${job.state}${job.statusMessage ? `: ${job.statusMessage}` : ''}; a later run retries while attempts remain`;
                }
            }
        }
    }
    /** A job this run waited for ended without completing: the report says what the decision says. */
    jobEnded(r, job) {
        const ended = endedJobOutcome(job, r.selected.arn, r.report.job?.attempt ?? 1, r.maxAttempts ?? 1);
        r.report.outcome = ended.outcome;
        r.report.note = ended.note;
    }
    /** Final status, after everything ran. */
    finish() {
        if (this.report.status === 'retry-later')
            return this.report;
        const failed = this.report.error !== undefined ||
            this.report.resources.some((r) => r.outcome === 'failed') ||
            this.report.copies.some((c) => c.outcome === 'failed');
        this.report.status = failed ? 'failed' : 'ok';
        return this.report;
    }
}

;// CONCATENATED MODULE: ./src/backup/run.ts
// The `backup` command, start to end: plans → per plan (independent of the others) credentials,
// vault, resources, due jobs, copies → optional wait → report, job summary, outputs, failure issues.











async function runBackup(inputs, host, deps = {}) {
    const run = new context/* RunContext */.Z('backup', inputs, host, deps);
    const env = run.env;
    const localNow = deps.localNow ?? Date.now;
    const selected = await run.selectPlans();
    for (const e of selected.errors)
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
    if (selected.missing.length > 0)
        host.error(`no plan file for ${selected.missing.map((id) => `"${id}"`).join(', ')} in ${inputs.plans} (input \`plan\`)`);
    const invalid = selected.errors.length > 0 || selected.missing.length > 0;
    const runs = [];
    const failedEarly = [];
    // DescribeRegionSettings once per account and region, whatever the number of plans there.
    const optIn = new Map();
    const tagMemo = deps.tagMemo ?? new tag_memo/* RunTagMemo */.A();
    const selectorAnswers = new Map();
    try {
        for (const plan of selected.plans) {
            const planRun = await startPlan(plan, run, { optIn, tagMemo, selectorAnswers });
            if (planRun instanceof PlanRun)
                runs.push(planRun);
            else
                failedEarly.push(planRun);
        }
        if (inputs.wait && !inputs.dryRun)
            await waitForJobs(runs, host, deps.sleep ?? wait/* waitBeforeRetry */.jy, localNow);
    }
    finally {
        run.destroy();
    }
    const plans = [...failedEarly, ...runs.map((r) => r.finish())].sort((a, b) => a.id.localeCompare(b.id));
    const report = {
        command: 'backup',
        kind: 'backup-run',
        version: envelope/* REPORT_VERSION */.A,
        ...run.times(),
        dryRun: inputs.dryRun,
        wait: inputs.wait,
        plans,
        totals: computeTotals(plans),
        notes: [],
    };
    if (invalid)
        report.notes.push('some plan files have errors (see the annotations); those plans did not run');
    if (!inputs.dryRun)
        await syncIssues(report, selected.plans, inputs, host, env);
    // The report file is written while the summary and outputs are made; on disk before the run returns.
    const { path: reportPath, written } = run.startReport(report);
    try {
        if (deps.jobSummary !== false)
            await host.summary(renderBackupMarkdown(report));
        const t = report.totals;
        host.setOutput('jobs-started', t.jobsStarted);
        host.setOutput('jobs-existing', t.jobsExisting);
        host.setOutput('copies-started', t.copiesStarted);
        host.setOutput('failures', t.failures);
        host.setOutput('report', reportPath);
        host.info(renderTotalsLine(report));
        for (const plan of report.plans.filter((p) => p.status === 'failed'))
            host.error(`plan ${plan.id} failed: ${(0,redact/* redact */.E$)(plan.error ?? failureSummary(plan))}`);
        for (const plan of report.plans) {
            const warning = retryLaterWarning(plan);
            if (warning)
                host.warning((0,redact/* redact */.E$)(warning));
            // Silent success would hide a typo in a selector for good (issue 11 item 10).
            if (plan.protectsNothing)
                host.warning((0,redact/* redact */.E$)(protectsNothingMessage(plan)));
        }
        return invalid || t.failures > 0 ? 1 : 0;
    }
    finally {
        await written;
    }
}
/** One warning per plan for what a later run retries (not failures: no issue, exit code 0). */
function retryLaterWarning(plan) {
    if (plan.status === 'retry-later')
        return `plan ${plan.id} could not start now and is retried on the next run: ${plan.error ?? 'AWS kept failing'}`;
    const reasons = [
        ...plan.resources
            .filter((r) => r.outcome === 'retry-later')
            .map((r) => `${r.arn}: ${r.note ?? 'retry later'}`),
        ...plan.copies
            .filter((c) => c.outcome === 'retry-later' && !c.waitingForResource)
            .map((c) => `copy of ${c.sourcePointArn} to ${c.destination.region}/${c.destination.vault}: ${c.message ?? 'retry later'}`),
    ];
    if (reasons.length === 0)
        return undefined;
    const more = reasons.length > 1 ? ` (and ${reasons.length - 1} more; see the job summary)` : '';
    return `plan ${plan.id}: ${reasons.length} backup/copy job(s) to retry on a later run. ${reasons[0]}${more}`;
}
function failureSummary(plan) {
    const jobs = plan.resources.filter((r) => r.outcome === 'failed').length;
    const copies = plan.copies.filter((c) => c.outcome === 'failed').length;
    return `${jobs} backup job(s) and ${copies} copy job(s) failed; see the job summary`;
}
/** Namespace, credentials, vault, resources, backups and copies of one plan. Never throws. */
async function startPlan(plan, run, shared) {
    let namespace;
    try {
        namespace = run.namespaceOf(plan);
    }
    catch (err) {
        if (!(err instanceof plan_namespace/* NamespaceError */.Gt))
            throw err;
        return failedPlan(plan, err.message);
    }
    const planRun = new PlanRun(plan, {
        ctx: run.aws,
        clock: run.clock,
        dryRun: run.inputs.dryRun,
        namespace,
        log: (m) => run.host.info((0,redact/* redact */.E$)(m)),
        ...shared,
    });
    try {
        if (await planRun.prepare()) {
            await planRun.backups();
            await planRun.copies();
        }
    }
    catch (err) {
        // A bug or an unexpected failure in one plan must not take the others down.
        planRun.report.error = (0,redact/* redact */.E$)(`unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
    await planRun.settled();
    return planRun;
}
function failedPlan(plan, error) {
    return {
        id: plan.id,
        file: plan.file,
        account: plan.aws.account,
        region: plan.aws.region,
        vault: plan.vault,
        status: 'failed',
        error,
        rules: plan.rules.map((r) => ({ name: r.name, schedule: r.schedule, timezone: r.timezone })),
        resources: [],
        copies: [],
        notes: [],
    };
}
/** `wait`: poll with growing intervals until nothing is in flight or the budget is spent. */
async function waitForJobs(runs, host, sleep, localNow) {
    const deadline = localNow() + poll/* JOB_WAIT_BUDGET_MS */.Fm;
    let interval = poll/* FIRST_POLL_MS */.kL;
    let pending = runs.reduce((n, r) => n + r.pending, 0);
    if (pending > 0)
        host.info(`waiting for ${pending} job(s)…`);
    while (pending > 0) {
        if (localNow() + interval > deadline) {
            for (const r of runs)
                if (r.pending > 0)
                    r.report.notes.push(`stopped waiting after ${Math.round(poll/* JOB_WAIT_BUDGET_MS */.Fm / calendar/* MS_PER_MINUTE */.EM)} minutes with ${r.pending} job(s) still running; the next run picks them up`);
            return;
        }
        await sleep(interval);
        interval = (0,poll/* nextPollInterval */.qm)(interval);
        for (const r of runs)
            if (r.pending > 0)
                await r.poll();
        pending = runs.reduce((n, r) => n + r.pending, 0);
    }
}
async function syncIssues(report, plans, inputs, host, env) {
    // A plan to retry later neither opens an issue nor closes one: this run learned nothing either way.
    const wanted = report.plans.flatMap((planReport) => {
        const plan = plans.find((x) => x.id === planReport.id);
        if (planReport.status === 'retry-later' || !plan?.notify.issues)
            return [];
        const body = (runUrl) => renderPlanIssueBody(planReport, runUrl);
        return [{ plan, planReport, failing: planReport.status === 'failed', body }];
    });
    const results = await (0,failure_issues/* syncPlanIssues */.R)('backup', wanted, inputs.githubToken, host, env);
    for (const { plan, planReport } of wanted) {
        const result = results.get(plan.id);
        if (result?.action === 'error')
            planReport.issue = {
                action: 'error',
                error: result.error,
                ...(result.number ? { number: result.number } : {}),
            };
        else if (result && result.action !== 'none')
            planReport.issue = { action: result.action, number: result.number };
    }
}


/***/ }),

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ JOB_WAIT_BUDGET_MS),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   kL: () => (/* binding */ FIRST_POLL_MS),
/* harmony export */   qm: () => (/* binding */ nextPollInterval)
/* harmony export */ });
/* harmony import */ var _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4051);
// Waiting for AWS to finish something (backup jobs, a restore job, a drill's temporary resource):
// polls at growing intervals within a budget kept on the local clock. The sleep and the clock are
// passed in, so tests drive the wait with a simulated clock.

/** A GitHub job may run 6 hours: stop waiting well before, so the report is still written. */
const JOB_WAIT_BUDGET_MS = (5 * 60 + 45) * _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM;
/** The first wait between two polls; each next one is 1.5× longer, up to a minute. */
const FIRST_POLL_MS = 2_000;
const MAX_POLL_MS = _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM;
function nextPollInterval(interval) {
    return Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
}
/**
 * Read until `done`, or until the next wait would end past `budgetMs`; returns the last reading.
 * Each `progress` line that differs from the one before goes to `info`.
 */
async function pollUntil(read, done, budgetMs, progress, deps) {
    const deadline = deps.localNow() + budgetMs;
    let interval = FIRST_POLL_MS;
    let last = '';
    for (;;) {
        const t = await read();
        const line = progress(t);
        if (line !== last)
            deps.info(line);
        last = line;
        if (done(t) || deps.localNow() + interval > deadline)
            return t;
        await deps.sleep(interval);
        interval = nextPollInterval(interval);
    }
}


/***/ })

};
