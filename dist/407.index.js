export const id = 407;
export const ids = [407];
export const modules = {

/***/ 2407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pruneCommand: () => (/* binding */ pruneCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(4019);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/rate-limiter.ts
// Paces bulk calls (deleting thousands of recovery points) to what the API allows, so a backlog
// drains near the service's limit without a single failed call.
//
// - A token bucket limits requests per second; a semaphore limits calls in flight.
// - A throttling answer is not an error for the caller: the call goes back to the head of the queue
//   and runs again once the (now lower) rate allows.
// - The rate adapts like TCP congestion control (AIMD with slow start and fast recovery):
//     slow start  – until the first throttle, the rate doubles every `doublingMs` while there is a
//                   backlog, to find the limit quickly;
//     throttle    – the rate is cut to `decreaseFactor` (½) of what was actually being sent, once per
//                   episode: calls that were already in flight at the old rate and come back
//                   throttled do not cut it again; the rate at the throttle becomes the `ceiling`;
//     recovery    – back up multiplicatively to `recoverTo` (90 %) of the ceiling, since the limit
//                   was just seen there;
//     probe       – then additively, `probeFraction` of the ceiling per second, to find out whether
//                   more is allowed; once 10 % past the ceiling without a throttle, the limit was
//                   raised and slow start resumes.
//
// The SDK client used under the limiter must not retry throttling itself (awsClients(…,
// { retryThrottling: false })): a client that quietly retries hides exactly the signal the limiter
// adapts to, and its own backoff would stall a concurrency slot. Transient errors (5xx, timeouts)
// are still retried by the client; anything that is not throttling reaches the caller unchanged.


const systemClock = {
    now: () => performance.now(),
    sleep: (ms) => (0,promises_.setTimeout)(ms),
};
const WINDOW_MS = 1000;
/**
 * Slow start's doubling period. Tuned on bench/prune-throughput.bench.ts: quicker ramps cost a few
 * more (absorbed) throttles but recover far sooner after the limit drops and comes back.
 */
const DEFAULT_DOUBLING_MS = 500;
class AdaptiveLimiter {
    opt;
    queue = [];
    inFlight = 0;
    pumping = false;
    rate;
    ceiling;
    tokens = 1;
    lastRefill;
    lastGrowth;
    lastDecrease = -Infinity;
    startedAt;
    /** Send times within the last WINDOW_MS, oldest first: what is actually being sent. */
    sent = [];
    counters = {
        calls: 0,
        succeeded: 0,
        failed: 0,
        throttled: 0,
        decreases: 0,
        maxInFlight: 0,
    };
    constructor(options = {}) {
        this.opt = {
            initialRps: 10,
            minRps: 1,
            maxRps: 500,
            maxConcurrency: 16,
            decreaseFactor: 0.5,
            doublingMs: DEFAULT_DOUBLING_MS,
            recoverTo: 0.9,
            probeFraction: 0.1,
            burstMs: 50,
            maxThrottleRetries: 50,
            isThrottle: retry/* isThrottling */.E2,
            clock: systemClock,
            ...options,
        };
        this.rate = clamp(this.opt.initialRps, this.opt.minRps, this.opt.maxRps);
        const now = this.opt.clock.now();
        this.lastRefill = now;
        this.lastGrowth = now;
        this.startedAt = now;
    }
    /** Run `fn` when rate and concurrency allow; throttling answers are retried, not returned. */
    run(fn) {
        this.counters.calls += 1;
        return new Promise((resolve, reject) => {
            this.queue.push({ fn, resolve: resolve, reject, throttles: 0 });
            this.pump();
        });
    }
    stats() {
        return { ...this.counters, rate: this.rate, ceiling: this.ceiling, phase: this.phase() };
    }
    phase() {
        if (this.ceiling === undefined)
            return 'slow-start';
        return this.rate < this.ceiling * this.opt.recoverTo ? 'recovery' : 'probe';
    }
    pump() {
        if (this.pumping)
            return;
        this.pumping = true;
        void this.loop();
    }
    async loop() {
        try {
            while (this.queue.length > 0 && this.inFlight < this.opt.maxConcurrency) {
                const wait = this.takeToken();
                if (wait > 0) {
                    await this.opt.clock.sleep(wait);
                    continue;
                }
                this.start(this.queue.shift());
            }
        }
        finally {
            this.pumping = false;
        }
    }
    /** 0 when a token was taken, else how long (ms) until one is available. */
    takeToken() {
        const now = this.opt.clock.now();
        const capacity = Math.max(1, (this.rate * this.opt.burstMs) / 1000);
        this.tokens = Math.min(capacity, this.tokens + ((now - this.lastRefill) * this.rate) / 1000);
        this.lastRefill = now;
        if (this.tokens >= 1) {
            this.tokens -= 1;
            return 0;
        }
        return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.rate));
    }
    start(job) {
        const sentAt = this.opt.clock.now();
        this.sent.push(sentAt);
        this.inFlight += 1;
        this.counters.maxInFlight = Math.max(this.counters.maxInFlight, this.inFlight);
        let promise;
        try {
            promise = job.fn();
        }
        catch (err) {
            promise = Promise.reject(err);
        }
        promise.then((value) => {
            this.inFlight -= 1;
            this.counters.succeeded += 1;
            this.grow();
            job.resolve(value);
            this.pump();
        }, (err) => {
            this.inFlight -= 1;
            if (this.opt.isThrottle(err) && job.throttles < this.opt.maxThrottleRetries) {
                job.throttles += 1;
                this.counters.throttled += 1;
                this.decrease(sentAt);
                // Back to the head: it waited longest, and keeps the order of work roughly intact.
                this.queue.unshift(job);
            }
            else {
                this.counters.failed += 1;
                job.reject(err);
            }
            this.pump();
        });
    }
    /** Calls per second actually sent over the last window (undefined during the first window). */
    measuredRate(now) {
        while (this.sent.length > 0 && this.sent[0] < now - WINDOW_MS)
            this.sent.shift();
        if (now - this.startedAt < WINDOW_MS)
            return undefined;
        return (this.sent.length * 1000) / WINDOW_MS;
    }
    setRate(to, reason, at) {
        const from = this.rate;
        this.rate = clamp(to, this.opt.minRps, this.opt.maxRps);
        if (this.rate !== from)
            this.opt.onRateChange?.({ reason, phase: this.phase(), from, to: this.rate, at });
    }
    decrease(sentAt) {
        // Calls sent before the last cut were paced by the old rate: their throttles are the same episode.
        if (sentAt < this.lastDecrease)
            return;
        const now = this.opt.clock.now();
        const measured = this.measuredRate(now);
        const sending = measured === undefined ? this.rate : Math.min(this.rate, Math.max(measured, this.opt.minRps));
        this.ceiling = sending;
        this.counters.decreases += 1;
        this.lastDecrease = now;
        this.lastGrowth = now;
        this.tokens = 0;
        this.setRate(sending * this.opt.decreaseFactor, 'throttle', now);
    }
    grow() {
        const now = this.opt.clock.now();
        const dtMs = now - this.lastGrowth;
        this.lastGrowth = now;
        // Only a backlog proves the rate is what holds us back; an idle limiter learns nothing.
        if (dtMs <= 0 || this.queue.length === 0)
            return;
        const doubling = 2 ** (dtMs / this.opt.doublingMs);
        let next;
        if (this.ceiling === undefined) {
            next = this.rate * doubling;
        }
        else if (this.rate < this.ceiling * this.opt.recoverTo) {
            next = Math.min(this.ceiling * this.opt.recoverTo, this.rate * doubling);
        }
        else {
            next = this.rate + (this.opt.probeFraction * this.ceiling * dtMs) / 1000;
            // Well past the old limit without a throttle: the limit went up; find the new one quickly.
            if (next > this.ceiling * 1.1)
                this.ceiling = undefined;
        }
        // When concurrency (not rate) holds the calls back, a rising rate would only be fiction.
        const measured = this.measuredRate(now);
        if (measured !== undefined)
            next = Math.min(next, Math.max(2 * measured, this.opt.initialRps));
        if (next > this.rate)
            this.setRate(next, 'grow', now);
    }
}
function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}

// EXTERNAL MODULE: ./src/aws/redact.ts
var redact = __webpack_require__(4256);
;// CONCATENATED MODULE: ./src/aws/index.ts
// The one client layer between commands and AWS (or the simulator, via AWS_ENDPOINT_URL_*).









/**
 * The context a command run uses: OIDC credentials in Actions, the default chain in a terminal.
 * Call `destroy()` when done so keep-alive sockets do not hold the process open.
 */
function createAwsContext(host, options = {}) {
    const setSecret = (value) => host.setSecret(value);
    const idTokens = host.idTokens;
    return new AwsContext(createCredentialSource({ setSecret, ...(idTokens ? { idTokens } : {}), ...options }), {
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    });
}

// EXTERNAL MODULE: ./src/aws/denied.ts
var denied = __webpack_require__(3902);
// EXTERNAL MODULE: ./src/aws/legal-holds.ts
var legal_holds = __webpack_require__(3947);
;// CONCATENATED MODULE: ./src/aws/limited.ts
/**
 * The same client (same class, config and paginator support), with `send` going through `limiter`.
 * Give it a client made with `retryThrottling: false`, so the limiter sees every throttle.
 */
function throughLimiter(client, limiter) {
    const target = client;
    const send = (command, ...rest) => limiter.run(() => target.send(command, ...rest));
    return new Proxy(client, {
        get(obj, prop) {
            if (prop === 'send')
                return send;
            const value = Reflect.get(obj, prop, obj);
            return typeof value === 'function' ? value.bind(obj) : value;
        },
    });
}

// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/plan/namespace.ts
var namespace = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/report/envelope.ts
var envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/prune.ts

const GUARD_LABELS = {
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
const ORPHAN_LABELS = {
    'plan-gone': 'plan file removed',
    'rule-gone': 'rule removed or renamed',
    'destination-gone': 'vault no longer used by the rule',
    'resource-unselected': 'resource no longer selected',
};
/** Each plan's counts, from the groups of every vault. */
function prunePlanCounts(body, planId) {
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
function renderPruneMarkdown(report) {
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
function cappedList(items, max, item) {
    const lines = items.slice(0, max).map(item);
    if (items.length > max)
        lines.push(`- … and ${items.length - max} more`);
    return lines;
}
/** Points a guard stopped, all guards together. */
function guardedCount(t) {
    return Object.values(t.guarded).reduce((a, b) => a + (b ?? 0), 0);
}
function failuresSection(report) {
    if (report.failures.length === 0 && report.errors.length === 0)
        return [];
    return [
        `### ❌ Failures (${report.failures.length + report.errors.length})`,
        '',
        ...report.errors.map((e) => `- ${(0,markdown/* escapeMarkdown */.FV)(e)}`),
        ...cappedList(report.failures, MAX_ROWS, (f) => `- ${(0,markdown/* code */.aY)(f.arn)} in ${(0,markdown/* code */.aY)(f.vault)}: ${(0,markdown/* escapeMarkdown */.FV)(f.message)}`),
        '',
    ];
}
function stoppedEarlyNote(report) {
    if (!report.stoppedEarly)
        return [];
    return [
        `> [!NOTE]\n> Stopped early at max-deletions ${report.stoppedEarly.limit}: ` +
            `${report.stoppedEarly.remaining} more point(s) are due for removal; the next run continues.`,
        '',
    ];
}
function totalsTable(report) {
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
function guardRows(report) {
    const t = report.totals;
    const rows = Object.entries(t.guarded)
        .filter(([, n]) => (n ?? 0) > 0)
        .map(([g, n]) => [GUARD_LABELS[g], n]);
    const expired = report.failures.filter((f) => f.expired).length;
    const more = [
        ['orphans (reported, never deleted)', t.orphans],
        ['resources carrying reserved `backup-plans:` tags (points never pruned)', t.reservedResources],
        ['points without ownership tags (not ours to touch)', t.unowned],
        ['points of another namespace or of a plan not judged in this run', t.notOurs],
        ['left EXPIRED by AWS (role lacks `iam:CreateServiceLinkedRole`)', expired],
    ];
    return [...rows, ...more.filter(([, n]) => n > 0)];
}
function guardsSection(report) {
    const rows = guardRows(report);
    if (rows.length === 0)
        return [];
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
function resourceRows(report) {
    return report.vaults.flatMap((v) => v.groups.map((g) => ({
        vault: `${v.account}/${v.region}/${v.vault}`,
        plan: g.plan,
        resourceArn: g.resourceArn,
        kept: g.kept,
        removed: g.removed,
        deleted: report.dryRun ? g.points.filter((p) => p.outcome === 'would-delete').length : g.deleted,
        guarded: g.guarded,
        failed: g.failed,
    })));
}
function perResourceSection(report) {
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
            .map((r) => `| ${(0,markdown/* code */.aY)(r.vault, { tableCell: true })} | ${(0,markdown/* escapeTableCell */.aL)(r.plan)} | ` +
            `${(0,markdown/* code */.aY)(r.resourceArn, { tableCell: true })} | ${r.kept} | ${r.removed} | ${r.deleted} | ${r.guarded} | ${r.failed} |`),
    ];
    if (rows.length > MAX_ROWS)
        lines.push(`| … ${rows.length - MAX_ROWS} more | | | | | | | |`);
    return [...lines, ''];
}
const REMOVAL_OUTCOMES = new Set(['deleted', 'would-delete', 'guarded', 'failed']);
/** The points the policy removes, with their group, in report order. */
function removalsOf(report) {
    return report.vaults.flatMap((v) => v.groups.flatMap((g) => g.points.filter((p) => REMOVAL_OUTCOMES.has(p.outcome)).map((p) => ({ g, p }))));
}
function removalsSection(report) {
    const removals = removalsOf(report);
    if (removals.length === 0)
        return [];
    return [
        `### First removals (${Math.min(FIRST_REMOVALS, removals.length)} of ${removals.length})`,
        '',
        ...removals.slice(0, FIRST_REMOVALS).map(({ g, p }) => {
            const what = p.outcome === 'guarded' ? `guarded (${GUARD_LABELS[p.guard]})` : p.outcome;
            return (`- ${(0,markdown/* code */.aY)(p.arn)} (${(0,markdown/* escapeMarkdown */.FV)(g.plan)}, created ${p.created}) — ${what}: ${(0,markdown/* escapeMarkdown */.FV)(p.reasons.join('; '))}` +
                (p.message ? ` — ${(0,markdown/* escapeMarkdown */.FV)(p.message)}` : ''));
        }),
        '',
    ];
}
function keptSection(report) {
    const kept = report.vaults.flatMap((v) => v.groups.flatMap((g) => g.points.filter((p) => p.outcome === 'kept').map((p) => ({ g, p }))));
    if (kept.length === 0)
        return [];
    return [
        `<details><summary>Kept, with reasons (first ${Math.min(FIRST_KEPT, kept.length)} of ${kept.length})</summary>`,
        '',
        ...kept
            .slice(0, FIRST_KEPT)
            .map(({ g, p }) => `- ${(0,markdown/* code */.aY)(p.arn)} (${(0,markdown/* escapeMarkdown */.FV)(g.plan)}, created ${p.created}): ${(0,markdown/* escapeMarkdown */.FV)(p.reasons.join('; '))}`),
        '',
        '</details>',
        '',
    ];
}
function orphansSection(report) {
    const orphans = report.vaults.flatMap((v) => v.orphans.map((o) => ({ v, o })));
    if (orphans.length === 0)
        return [];
    return [
        `### Orphans (${orphans.length}; reported every run, never deleted)`,
        '',
        ...cappedList(orphans, MAX_ROWS, ({ v, o }) => `- ${(0,markdown/* code */.aY)(o.arn)} in ${(0,markdown/* code */.aY)(v.vault)} (plan ${(0,markdown/* escapeMarkdown */.FV)(o.plan)}, resource ${(0,markdown/* code */.aY)(o.resourceArn)}): ` +
            `${ORPHAN_LABELS[o.orphan]} — ${(0,markdown/* escapeMarkdown */.FV)(o.reasons.join('; '))}`),
        '',
    ];
}
function reservedSection(report) {
    const reserved = report.vaults.flatMap((v) => v.reservedResources);
    if (reserved.length === 0)
        return [];
    return [
        '### Resources carrying reserved `backup-plans:` tags',
        '',
        'Their own tags could fake ownership, so their points are never pruned. Remove those tags from the resources.',
        '',
        // No "… more" line here: the guards table counts them all.
        ...reserved.slice(0, MAX_ROWS).map((r) => `- ${(0,markdown/* code */.aY)(r.resourceArn)}: ${r.points} point(s)`),
        '',
    ];
}
function notesSection(report) {
    const notes = [...report.notes, ...report.vaults.flatMap((v) => v.notes.map((n) => `${v.vault}: ${n}`))];
    if (notes.length === 0)
        return [];
    return ['### Notes', '', ...cappedList(notes, MAX_NOTES, (n) => `- ${(0,markdown/* escapeMarkdown */.FV)(n)}`), ''];
}
/** One line for logs and the terminal. */
function pruneTotalsLine(report) {
    const t = report.totals;
    const guarded = guardedCount(t);
    return (`prune${report.dryRun ? ' (dry run)' : ''}: ${t.listed} points listed, ${t.owned} owned, ${t.kept} kept, ` +
        `${report.dryRun ? `${t.wouldDelete} would be deleted` : `${t.deleted} deleted`}, ${guarded} guarded, ` +
        `${t.failures} failed, ${t.orphans} orphans` +
        (report.stoppedEarly
            ? `; stopped at max-deletions ${report.stoppedEarly.limit} (${report.stoppedEarly.remaining} left)`
            : ''));
}

// EXTERNAL MODULE: ./src/prune/catalog.ts
var prune_catalog = __webpack_require__(8215);
// EXTERNAL MODULE: ./src/prune/run.ts + 8 modules
var prune_run = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/prune/targets.ts
var targets = __webpack_require__(3670);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
;// CONCATENATED MODULE: ./src/commands/prune.ts
// `prune`: apply each rule's `retain.keep` to the recovery points proven ours, with every guard of
// DESIGN.md "Commands: prune". This file wires the run context (plans, namespaces, AWS, clock,
// report file), the rate limiters, the catalog and the host around src/prune/run.ts; the decisions
// live there.















/** Plan ids of every plan file in the folder, valid or not (a point naming none of them is an orphan). */
function folderPlanIds(dir) {
    try {
        return new Set((0,external_node_fs_.readdirSync)(dir)
            .filter((n) => !n.startsWith('.') && ['.yml', '.yaml'].includes((0,external_node_path_.extname)(n).toLowerCase()))
            .map((n) => n.slice(0, -(0,external_node_path_.extname)(n).length)));
    }
    catch {
        return new Set();
    }
}
/** Plan-level problems: each one is annotated at once and listed first in the report's errors. */
class PlanErrors {
    host;
    messages = [];
    byPlan = new Map();
    constructor(host) {
        this.host = host;
    }
    add(message, position, planId) {
        this.host.error(message, position);
        this.messages.push(position ? `${position.file}:${position.line}:${position.column}: ${message}` : message);
        if (planId)
            this.byPlan.set(planId, message);
    }
}
/** The valid plans with their namespaces, whose roles were checked to belong to the plans' accounts. */
async function judgedPlans(run, errors) {
    const selected = await run.selectPlans();
    for (const e of selected.errors)
        errors.add(e.message, { file: e.file, line: e.line, column: e.column });
    for (const id of selected.missing)
        errors.add(`plan "${id}" not found in ${run.inputs.plans}`);
    const withNamespace = [];
    for (const plan of selected.plans) {
        try {
            withNamespace.push({ plan, namespace: run.namespaceOf(plan) });
        }
        catch (err) {
            if (!(err instanceof namespace/* NamespaceError */.Gt))
                throw err;
            errors.add(`plan ${plan.id}: ${err.message}`, undefined, plan.id);
        }
    }
    // Never delete in an account the plan does not name: check each role's account first.
    const judged = [];
    for (const entry of withNamespace) {
        const roles = new Map();
        for (const t of (0,targets/* vaultTargets */.n)([entry]))
            roles.set(t.vault.role, t.vault.account);
        try {
            for (const [role, account] of roles)
                await run.aws.verifyAccount(role, account, entry.plan.id);
            judged.push(entry);
        }
        catch (err) {
            errors.add(`plan ${entry.plan.id}: ${err.message}`, undefined, entry.plan.id);
        }
    }
    return { plans: selected.plans, judged };
}
/** Reads, and writes under one limiter per account and region (where AWS counts the delete rate). */
function execClients(run, limiters) {
    // Slow start (10/s, doubling every 0.5 s until the first throttle) probes for a limit no answer
    // has shown yet; the e2e tests' wait scale shortens that probe, never the pacing after a throttle.
    const doublingMs = DEFAULT_DOUBLING_MS * (0,wait/* testWaitScale */.eB)();
    const limiter = (key) => {
        let l = limiters.get(key);
        if (!l)
            limiters.set(key, (l = new AdaptiveLimiter({ initialRps: 10, maxConcurrency: 16, doublingMs })));
        return l;
    };
    // Reads are paced too, one limiter per account, region and API (each API has its own rate):
    // a throttled read waits its turn instead of failing the point it was about.
    const readers = new Map();
    const reader = (role, region, api, make) => {
        const key = `${role}\n${region}\n${api}`;
        let c = readers.get(key);
        if (!c) {
            const account = role.split(':')[4] ?? '?';
            readers.set(key, (c = throughLimiter(make(), limiter(`${account}/${region} ${api} reads`))));
        }
        return c;
    };
    return {
        denied: new denied/* DeniedOperations */.A9(),
        backup: (role, region) => reader(role, region, 'Backup', () => run.aws.backup(role, region, { retryThrottling: false })),
        tagging: (role, region) => reader(role, region, 'Tagging', () => run.aws.tagging(role, region, { retryThrottling: false })),
        writer: (role, region) => run.aws.backup(role, region, { retryThrottling: false }),
        limiter: (vault) => limiter(`${vault.account}/${vault.region}`),
    };
}
function limiterNotes(limiters) {
    return [...limiters].flatMap(([key, l]) => {
        const s = l.stats();
        return s.calls > 0
            ? [
                `rate limiter ${key}: ${s.calls} calls, ${s.throttled} throttles absorbed, final rate ${s.rate.toFixed(0)}/s`,
            ]
            : [];
    });
}
function planReports(plans, judged, errors, report) {
    return plans.map((plan) => {
        const namespace = judged.find((j) => j.plan.id === plan.id)?.namespace;
        const error = errors.byPlan.get(plan.id);
        return {
            id: plan.id,
            file: plan.file,
            ...(namespace ? { namespace } : {}),
            status: error ? 'failed' : 'ok',
            ...(error ? { error } : {}),
            ...prunePlanCounts(report, plan.id),
        };
    });
}
/** Annotations, job summary, terminal line and outputs; returns the exit code. */
async function publish(report, path, planErrors, host) {
    for (const f of report.failures)
        host.error(`${f.arn} in ${f.vault}: ${f.message}`);
    for (const e of report.errors.slice(planErrors))
        host.error(e);
    // Not deleting is right when holds are unreadable; saying nothing is not.
    const unreadable = new Set(report.vaults.flatMap((v) => v.notes.filter((n) => n.startsWith(legal_holds/* HOLDS_UNREADABLE */.$))));
    for (const note of unreadable)
        host.warning(note);
    const markdown = renderPruneMarkdown(report);
    if (host.kind === 'action' && process.env.GITHUB_STEP_SUMMARY)
        await (0,summary/* writeStepSummary */.oG)(markdown, { fullReport: `the JSON report (${path})` });
    else
        await host.summary(markdown);
    host.info(pruneTotalsLine(report));
    if (report.stoppedEarly)
        host.warning(`prune stopped at max-deletions ${report.stoppedEarly.limit}; ${report.stoppedEarly.remaining} more point(s) are due for removal and the next run continues`);
    const failures = report.failures.length + report.errors.length;
    host.setOutput('deletions', report.totals.deleted);
    host.setOutput('failures', failures);
    host.setOutput('report', path);
    return failures > 0 ? 1 : 0;
}
/** Plans, catalog, then the run itself (src/prune/run.ts). */
async function prune(run, errors, limiters) {
    const { inputs, host } = run;
    const { plans, judged } = await judgedPlans(run, errors);
    const store = host.kind === 'action'
        ? (0,prune_catalog/* actionsCatalogStore */.IV)(prune_catalog/* DEFAULT_CATALOG_PATH */.O2, judged.map((p) => p.namespace), host, inputs.plan)
        : (0,prune_catalog/* fileCatalogStore */.VL)(prune_catalog/* DEFAULT_CATALOG_PATH */.O2, host);
    const catalog = await store.load();
    const body = await (0,prune_run/* runPrune */.u)({
        plans: judged,
        folderPlanIds: folderPlanIds(inputs.plans),
        clients: execClients(run, limiters),
        catalog,
        now: () => run.clock.now(),
        dryRun: inputs.dryRun,
        maxDeletions: inputs.maxDeletions,
        applyRetentionToExisting: inputs.applyRetentionToExisting,
        log: (m) => host.info(m),
    });
    return { plans, judged, body, store, catalog };
}
const pruneCommand = async (inputs, host) => {
    const run = new context/* RunContext */.Z('prune', inputs, host);
    const errors = new PlanErrors(host);
    const limiters = new Map();
    let result;
    try {
        result = await prune(run, errors, limiters);
    }
    catch (err) {
        host.error(`prune failed: ${(0,retry/* describeAwsError */.Pp)(err)}`);
        return 1;
    }
    finally {
        run.destroy();
    }
    const { plans, judged, body, store, catalog } = result;
    // The catalog holds only what was read from AWS; a dry run may save it too.
    await store.save(catalog);
    body.errors.unshift(...errors.messages);
    body.notes.push(...store.notes, `catalog: ${catalog.hits} tag reads spared, ${catalog.misses} read from AWS`, ...limiterNotes(limiters));
    const report = {
        command: 'prune',
        version: envelope/* REPORT_VERSION */.A,
        ...run.times(),
        plans: planReports(plans, judged, errors, body),
        ...body,
    };
    return publish(report, run.writeReport(report), errors.messages.length, host);
};


/***/ }),

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oG: () => (/* binding */ writeStepSummary)
/* harmony export */ });
/* unused harmony export composeSummary */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
// The job summary (GITHUB_STEP_SUMMARY), kept under GitHub's per-step size limit.
//
// GitHub drops a step's whole summary, with only an error annotation in its place, when the file is
// over 1 MiB. So every write is budgeted against what the file already holds, trimmed at a line
// boundary with a note that says where the rest is, and failures are put first so trimming never
// hides them.



/** Join sections, failures first, otherwise in their given order. */
function composeSummary(sections) {
    const ordered = [...sections.filter((s) => s.failed), ...sections.filter((s) => !s.failed)];
    return ordered.map((s) => s.markdown.trimEnd()).join('\n\n');
}
async function currentSize(file) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 0;
        throw error;
    }
}
/**
 * Append Markdown to the step summary, trimmed so the file stays within the limit. Returns
 * `written: false` (and writes nothing) outside a runner, where there is no summary file.
 */
async function writeStepSummary(markdown, options = {}) {
    const file = options.file ?? process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return { written: false, trimmed: false, trimmedLines: 0, bytes: 0 };
    const limit = options.limit ?? _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .STEP_SUMMARY_LIMIT */ .CG;
    const budget = limit - (await currentSize(file));
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const where = options.fullReport ?? 'the JSON report (the `report` output)';
    const result = budget > 0 ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimMarkdownDetailed */ .wx)(text, budget, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimNote */ .dG)(where), 'bytes') : undefined;
    if (!result || (result.trimmed && result.markdown === '')) {
        return { written: false, trimmed: true, trimmedLines: text.split('\n').length - 1, bytes: 0 };
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, result.markdown, 'utf8');
    return {
        written: true,
        trimmed: result.trimmed,
        trimmedLines: result.trimmedLines,
        bytes: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeOf */ .$d)(result.markdown, 'bytes'),
    };
}


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ NamespaceError),
/* harmony export */   ts: () => (/* binding */ repositoryFromGitOrigin),
/* harmony export */   uP: () => (/* binding */ resolveNamespace)
/* harmony export */ });
/* unused harmony export repositoryFromRemoteUrl */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Which owner identity goes on every recovery point: the `backup-plans:namespace` tag.
// Order: the `namespace` input/flag, the plan's `namespace`, GITHUB_REPOSITORY (owner/name in
// Actions), the `origin` remote of the git checkout (the CLI in a clone). No silent default: a
// wrong namespace would make a later run disown (and never prune) every point written before.

class NamespaceError extends Error {
    name = 'NamespaceError';
}
/** `owner/name` from a git remote URL (https, ssh, scp-like), or undefined when it has no such path. */
function repositoryFromRemoteUrl(url) {
    const trimmed = url.trim();
    if (trimmed === '')
        return undefined;
    let path;
    const scp = /^[^@/\s]+@[^:/\s]+:(.+)$/.exec(trimmed); // git@github.com:owner/name.git
    if (scp?.[1] && !trimmed.includes('://'))
        path = scp[1];
    else {
        try {
            path = new URL(trimmed).pathname;
        }
        catch {
            return undefined;
        }
    }
    const parts = path
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter((p) => p !== '');
    if (parts.length < 2)
        return undefined;
    return `${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
}
/** The `origin` remote's owner/name, or undefined (no git, no repository, no origin). */
function repositoryFromGitOrigin(cwd = process.cwd()) {
    try {
        const url = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'remote.origin.url'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 5000,
        });
        return repositoryFromRemoteUrl(url);
    }
    catch {
        return undefined;
    }
}
function resolveNamespace(sources) {
    const input = sources.input?.trim();
    if (input)
        return { namespace: input, source: 'input' };
    const plan = sources.plan?.trim();
    if (plan)
        return { namespace: plan, source: 'plan' };
    const repo = sources.githubRepository?.trim();
    if (repo)
        return { namespace: repo, source: 'GITHUB_REPOSITORY' };
    const origin = sources.gitOrigin?.();
    if (origin)
        return { namespace: origin, source: 'git remote origin' };
    throw new NamespaceError('cannot tell which namespace owns the recovery points: set `namespace:` in the plan file, ' +
        'pass the `namespace` input (CLI: --namespace owner/name), or run inside a git clone whose ' +
        '`origin` remote points to the repository');
}


/***/ }),

/***/ 4876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ REPORT_VERSION)
/* harmony export */ });
// The envelope every command's JSON report shares: which command, which report format, when the
// run started and finished (both on AWS's clock, src/aws/clock.ts), and one entry per plan. Each
// command adds its own body beside `plans` (backup: resources and copies per plan; prune: vaults).
/** The JSON report format; raise it when a field changes meaning or goes away. */
const REPORT_VERSION = 1;


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   CG: () => (/* binding */ STEP_SUMMARY_LIMIT),
/* harmony export */   Cc: () => (/* binding */ trimMarkdown),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dG: () => (/* binding */ trimNote),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   wx: () => (/* binding */ trimMarkdownDetailed)
/* harmony export */ });
// Safe Markdown from outside text, and size limits for the places GitHub renders it.
//
// Everything that reaches a job summary, PR comment or issue from outside the tool (tag values,
// resource names, AWS error messages, plan text) goes through `escapeMarkdown`, `escapeTableCell` or
// `code` first, so it renders as the literal text it is: no injected HTML (`</details>`, `<img
// onerror>`), no links or images, no tables broken by `|`, and no notifications through `@mentions`.
/** GitHub's limit for one step's summary file, in bytes: over it, GitHub drops the whole summary. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** What one command's own summary may take: the limit, less room for other steps' sections and the trim note. */
const SUMMARY_MAX_BYTES = 1_000_000;
/** Invisible characters that could disguise text (bidi overrides) or break rendering (C0 controls). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
/** Markdown punctuation with inline meaning anywhere in a line. A backslash renders it literally. */
const INLINE_SPECIAL = /[\\`*_[\]()#|~!]/g;
/** Zero-width space as an entity: keeps `@name` readable while GitHub no longer sees a mention. */
const ZWSP = '&#8203;';
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Escape outside text so GitHub renders it literally. Newlines are kept; a line that would start a
 * list, heading underline or ordered list is escaped at its start.
 */
function escapeMarkdown(text) {
    const escaped = escapeHtml(text.replace(INVISIBLE, '').replace(/\r\n?/g, '\n'))
        .replace(INLINE_SPECIAL, (c) => `\\${c}`)
        // `@user` and `@org/team` notify people; a zero-width space after `@` stops that.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
    // Block-level markers only matter at the start of a line.
    return escaped.replace(/^([ \t]*)([-+=]|\d+(?=[.)]))/gm, (_m, indent, marker) => /\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`);
}
/** Escape outside text for one cell of a Markdown table: also no line breaks (they end the row). */
function escapeTableCell(text) {
    return escapeMarkdown(text.trim()).replace(/\n+/g, '<br>');
}
/**
 * Inline code that shows `text` exactly, even when it contains backticks: the fence is one backtick
 * longer than the longest run inside, padded when the text starts or ends with a backtick.
 * Pass `{ tableCell: true }` inside tables: GFM splits cells on `|` even inside code spans.
 */
function code(text, options = {}) {
    let body = text.replace(INVISIBLE, '').replace(/\r?\n|\r/g, ' ');
    if (options.tableCell)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each side of a code span unless it is all spaces: pad so the
    // text survives that, but never an all-space text (it is shown as is, and padding would grow it).
    const allSpaces = !/[^ ]/.test(body);
    const pad = body.startsWith('`') || body.endsWith('`') || (/^ .* $/.test(body) && !allSpaces) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Size as GitHub counts it: UTF-8 bytes for summaries, characters for comment and issue bodies. */
function sizeOf(text, unit) {
    // UTF-16 code units are ≥ Unicode characters, so `length` never underestimates a character limit.
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The standard note: "… N more lines trimmed; the full report is in <where>". */
function trimNote(where) {
    return (n) => `_… ${n} more line${n === 1 ? '' : 's'} trimmed${where ? `; the full report is in ${where}` : ''}._`;
}
/**
 * Cut `markdown` at a line boundary so that the kept lines plus the note fit in `max` (bytes or
 * characters). An open code fence or `<details>` block at the cut is closed so the note renders as
 * text rather than inside a code block or a collapsed section.
 */
function trimMarkdownDetailed(markdown, max, note = trimNote(), unit = 'bytes') {
    if (sizeOf(markdown, unit) <= max)
        return { markdown, trimmed: false, trimmedLines: 0 };
    const lines = markdown.split('\n');
    const noteFor = typeof note === 'string' ? () => note : note;
    // Conservative budget for the note: its size with the largest possible line count.
    const noteBudget = sizeOf(`\n${noteFor(lines.length)}\n`, unit);
    let used = 0;
    let kept = 0;
    let fence;
    let openDetails = 0;
    const closers = () => `${fence ? `${fence}\n` : ''}${'</details>\n'.repeat(openDetails)}`;
    for (const line of lines) {
        const lineSize = sizeOf(`${line}\n`, unit);
        let nextFence = fence;
        let nextDetails = openDetails;
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch?.[1]) {
            if (!fence)
                nextFence = fenceMatch[1];
            else if (fenceMatch[1].startsWith(fence[0]) && fenceMatch[1].length >= fence.length)
                nextFence = undefined;
        }
        if (!nextFence && !fence) {
            nextDetails += (line.match(/<details[\s>]/gi) ?? []).length;
            nextDetails = Math.max(0, nextDetails - (line.match(/<\/details>/gi) ?? []).length);
        }
        const prev = { fence, openDetails };
        fence = nextFence;
        openDetails = nextDetails;
        const closing = sizeOf(closers(), unit);
        if (used + lineSize + closing + noteBudget > max) {
            fence = prev.fence;
            openDetails = prev.openDetails;
            break;
        }
        used += lineSize;
        kept += 1;
    }
    const trimmedLines = lines.length - kept;
    const head = lines.slice(0, kept).join('\n');
    const result = `${head}${kept > 0 ? '\n' : ''}${closers()}\n${noteFor(trimmedLines)}\n`;
    // The budget above is an upper bound; if a caller passed a tiny `max`, fall back to the note alone.
    if (sizeOf(result, unit) > max) {
        const alone = noteFor(lines.length);
        return { markdown: sizeOf(alone, unit) <= max ? alone : '', trimmed: true, trimmedLines: lines.length };
    }
    return { markdown: result, trimmed: true, trimmedLines };
}
/** `trimMarkdownDetailed` returning only the text. */
function trimMarkdown(markdown, max, note = trimNote(), unit = 'bytes') {
    return trimMarkdownDetailed(markdown, max, note, unit).markdown;
}


/***/ })

};
