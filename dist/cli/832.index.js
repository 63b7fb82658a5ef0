export const id = 832;
export const ids = [832];
export const modules = {

/***/ 8832:
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
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
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
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
const WINDOW_MS = 1000;
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
            // Tuned on bench/prune-throughput.bench.ts: quicker ramps cost a few more (absorbed) throttles
            // but recover far sooner after the limit drops and comes back.
            doublingMs: 500,
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/github/summary.ts
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
        return (await (0,promises_.stat)(file)).size;
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
    const limit = options.limit ?? report_markdown/* STEP_SUMMARY_LIMIT */.CG;
    const budget = limit - (await currentSize(file));
    const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
    const where = options.fullReport ?? 'the JSON report (the `report` output)';
    const result = budget > 0 ? (0,report_markdown/* trimMarkdownDetailed */.wx)(text, budget, (0,report_markdown/* trimNote */.dG)(where), 'bytes') : undefined;
    if (!result || (result.trimmed && result.markdown === '')) {
        return { written: false, trimmed: true, trimmedLines: text.split('\n').length - 1, bytes: 0 };
    }
    await (0,promises_.appendFile)(file, result.markdown, 'utf8');
    return {
        written: true,
        trimmed: result.trimmed,
        trimmedLines: result.trimmedLines,
        bytes: (0,report_markdown/* sizeOf */.$d)(result.markdown, 'bytes'),
    };
}

// EXTERNAL MODULE: ./src/plan/namespace.ts
var namespace = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/report/envelope.ts
var envelope = __webpack_require__(4876);
;// CONCATENATED MODULE: ./src/report/prune.ts

const GUARD_LABELS = {
    newest: 'newest completed point of its resource',
    locked: 'vault lock: inside the minimum retention',
    'legal-hold': 'under a legal hold',
    cap: 'max-deletions reached (next run continues)',
    busy: 'busy (InvalidResourceStateException); a later run retries',
    'ownership-changed': 'ownership tags changed since they were read',
    'state-changed': 'no longer COMPLETED, or already gone',
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
/** The job summary. Failures come first; long lists are cut with a count of what is left out. */
function renderPruneMarkdown(report) {
    const t = report.totals;
    const lines = [];
    lines.push(`## backup-plans prune${report.dryRun ? ' (dry run: nothing was deleted)' : ''}`, '');
    if (report.failures.length > 0 || report.errors.length > 0) {
        lines.push(`### ❌ Failures (${report.failures.length + report.errors.length})`, '');
        for (const e of report.errors)
            lines.push(`- ${(0,report_markdown/* escapeMarkdown */.FV)(e)}`);
        for (const f of report.failures.slice(0, MAX_ROWS))
            lines.push(`- ${(0,report_markdown/* code */.aY)(f.arn)} in ${(0,report_markdown/* code */.aY)(f.vault)}: ${(0,report_markdown/* escapeMarkdown */.FV)(f.message)}`);
        if (report.failures.length > MAX_ROWS)
            lines.push(`- … and ${report.failures.length - MAX_ROWS} more`);
        lines.push('');
    }
    if (report.stoppedEarly)
        lines.push(`> [!NOTE]\n> Stopped early at max-deletions ${report.stoppedEarly.limit}: ` +
            `${report.stoppedEarly.remaining} more point(s) are due for removal; the next run continues.`, '');
    lines.push('| listed | owned | kept | removed by policy | ' +
        (report.dryRun ? 'would delete' : 'deleted') +
        ' | guarded | failures | orphans | lifecycles shortened |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', `| ${t.listed} | ${t.owned} | ${t.kept} | ${t.removed} | ${report.dryRun ? t.wouldDelete : t.deleted} | ` +
        `${Object.values(t.guarded).reduce((a, b) => a + (b ?? 0), 0)} | ${t.failures} | ${t.orphans} | ${t.shortened} |`, '');
    if (report.deletionRate !== undefined)
        lines.push(`Deletion pace: ${report.deletionRate.toFixed(1)}/s.`, '');
    const guards = Object.entries(t.guarded).filter(([, n]) => (n ?? 0) > 0);
    const stops = guards.map(([g, n]) => `| ${GUARD_LABELS[g]} | ${n} |`);
    if (t.orphans > 0)
        stops.push(`| orphans (reported, never deleted) | ${t.orphans} |`);
    if (t.reservedResources > 0)
        stops.push(`| resources carrying reserved \`backup-plans:\` tags (points never pruned) | ${t.reservedResources} |`);
    if (t.unowned > 0)
        stops.push(`| points without ownership tags (not ours to touch) | ${t.unowned} |`);
    if (t.notOurs > 0)
        stops.push(`| points of another namespace or of a plan not judged in this run | ${t.notOurs} |`);
    const expired = report.failures.filter((f) => f.expired).length;
    if (expired > 0)
        stops.push(`| left EXPIRED by AWS (role lacks \`iam:CreateServiceLinkedRole\`) | ${expired} |`);
    if (stops.length > 0)
        lines.push('### What the guards stopped', '', '| guard | points |', '| --- | ---: |', ...stops, '');
    // Per vault, plan and resource.
    lines.push('### Per resource', '', '| vault | plan | resource | kept | removed | ' +
        (report.dryRun ? 'would delete' : 'deleted') +
        ' | guarded | failed |', '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
    let rows = 0;
    let totalRows = 0;
    for (const v of report.vaults)
        for (const g of v.groups) {
            totalRows++;
            if (rows >= MAX_ROWS)
                continue;
            rows++;
            const done = report.dryRun ? g.points.filter((p) => p.outcome === 'would-delete').length : g.deleted;
            lines.push(`| ${(0,report_markdown/* code */.aY)(`${v.account}/${v.region}/${v.vault}`, { tableCell: true })} | ${(0,report_markdown/* escapeTableCell */.aL)(g.plan)} | ` +
                `${(0,report_markdown/* code */.aY)(g.resourceArn, { tableCell: true })} | ${g.kept} | ${g.removed} | ${done} | ${g.guarded} | ${g.failed} |`);
        }
    if (totalRows > rows)
        lines.push(`| … ${totalRows - rows} more | | | | | | | |`);
    lines.push('');
    const removals = report.vaults.flatMap((v) => v.groups.flatMap((g) => g.points
        .filter((p) => p.outcome === 'deleted' ||
        p.outcome === 'would-delete' ||
        p.outcome === 'guarded' ||
        p.outcome === 'failed')
        .map((p) => ({ v, g, p }))));
    if (removals.length > 0) {
        lines.push(`### First removals (${Math.min(FIRST_REMOVALS, removals.length)} of ${removals.length})`, '');
        for (const { g, p } of removals.slice(0, FIRST_REMOVALS)) {
            const what = p.outcome === 'guarded' ? `guarded (${GUARD_LABELS[p.guard]})` : p.outcome;
            lines.push(`- ${(0,report_markdown/* code */.aY)(p.arn)} (${(0,report_markdown/* escapeMarkdown */.FV)(g.plan)}, created ${p.created}) — ${what}: ${(0,report_markdown/* escapeMarkdown */.FV)(p.reasons.join('; '))}` +
                (p.message ? ` — ${(0,report_markdown/* escapeMarkdown */.FV)(p.message)}` : ''));
        }
        lines.push('');
    }
    if (report.dryRun) {
        const kept = report.vaults.flatMap((v) => v.groups.flatMap((g) => g.points.filter((p) => p.outcome === 'kept').map((p) => ({ g, p }))));
        if (kept.length > 0) {
            lines.push(`<details><summary>Kept, with reasons (first ${Math.min(FIRST_KEPT, kept.length)} of ${kept.length})</summary>`, '');
            for (const { g, p } of kept.slice(0, FIRST_KEPT))
                lines.push(`- ${(0,report_markdown/* code */.aY)(p.arn)} (${(0,report_markdown/* escapeMarkdown */.FV)(g.plan)}, created ${p.created}): ${(0,report_markdown/* escapeMarkdown */.FV)(p.reasons.join('; '))}`);
            lines.push('', '</details>', '');
        }
    }
    const orphans = report.vaults.flatMap((v) => v.orphans.map((o) => ({ v, o })));
    if (orphans.length > 0) {
        lines.push(`### Orphans (${orphans.length}; reported every run, never deleted)`, '');
        for (const { v, o } of orphans.slice(0, MAX_ROWS))
            lines.push(`- ${(0,report_markdown/* code */.aY)(o.arn)} in ${(0,report_markdown/* code */.aY)(v.vault)} (plan ${(0,report_markdown/* escapeMarkdown */.FV)(o.plan)}, resource ${(0,report_markdown/* code */.aY)(o.resourceArn)}): ` +
                `${ORPHAN_LABELS[o.orphan]} — ${(0,report_markdown/* escapeMarkdown */.FV)(o.reasons.join('; '))}`);
        if (orphans.length > MAX_ROWS)
            lines.push(`- … and ${orphans.length - MAX_ROWS} more`);
        lines.push('');
    }
    const reserved = report.vaults.flatMap((v) => v.reservedResources);
    if (reserved.length > 0) {
        lines.push('### Resources carrying reserved `backup-plans:` tags', '');
        lines.push('Their own tags could fake ownership, so their points are never pruned. Remove those tags from the resources.', '');
        for (const r of reserved.slice(0, MAX_ROWS))
            lines.push(`- ${(0,report_markdown/* code */.aY)(r.resourceArn)}: ${r.points} point(s)`);
        lines.push('');
    }
    const notes = [...report.notes, ...report.vaults.flatMap((v) => v.notes.map((n) => `${v.vault}: ${n}`))];
    if (notes.length > 0) {
        lines.push('### Notes', '');
        for (const n of notes.slice(0, 50))
            lines.push(`- ${(0,report_markdown/* escapeMarkdown */.FV)(n)}`);
        if (notes.length > 50)
            lines.push(`- … and ${notes.length - 50} more`);
        lines.push('');
    }
    return lines.join('\n');
}
/** One line for logs and the terminal. */
function pruneTotalsLine(report) {
    const t = report.totals;
    const guarded = Object.values(t.guarded).reduce((a, b) => a + (b ?? 0), 0);
    return (`prune${report.dryRun ? ' (dry run)' : ''}: ${t.listed} points listed, ${t.owned} owned, ${t.kept} kept, ` +
        `${report.dryRun ? `${t.wouldDelete} would be deleted` : `${t.deleted} deleted`}, ${guarded} guarded, ` +
        `${t.failures} failed, ${t.orphans} orphans` +
        (report.stoppedEarly
            ? `; stopped at max-deletions ${report.stoppedEarly.limit} (${report.stoppedEarly.remaining} left)`
            : ''));
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 355 modules
var cache = __webpack_require__(4305);
;// CONCATENATED MODULE: ./src/prune/catalog.ts
// The catalog: recovery point ARN → ownership tags, remembered between runs so a large vault does not
// cost thousands of tag reads every run. It is a speed-up, NEVER evidence: prune re-reads ownership
// live before every delete and before trusting the points that decide which others are removed.
//
// Only proven ownership by one of our namespaces is remembered. A point without tags, or owned by
// someone else, is read again every run, because a copy gets its tags only after it completes and a
// stale "not ours" would hide a point from retention.
//
// In GitHub Actions the file travels through @actions/cache. Cache entries are immutable, so every run
// saves a new key (…-<run id>-<attempt>) and restores the newest by prefix. Outside Actions (or when
// the cache service is unavailable) it is a local file. Failures are warnings: the run then reads tags.



const DEFAULT_CATALOG_PATH = '.backup-plans-cache/catalog.json';
class Catalog {
    vaults = new Map();
    seen = new Map();
    hits = 0;
    misses = 0;
    static parse(text) {
        const catalog = new Catalog();
        const data = JSON.parse(text);
        if (data.version !== 1 || typeof data.vaults !== 'object' || data.vaults === null)
            throw new Error('not a backup-plans catalog (version 1)');
        for (const [vault, points] of Object.entries(data.vaults)) {
            const map = new Map();
            for (const [arn, o] of Object.entries(points ?? {})) {
                if (typeof o?.namespace === 'string' && typeof o.plan === 'string' && Array.isArray(o.rules))
                    map.set(arn, {
                        namespace: o.namespace,
                        plan: o.plan,
                        rules: o.rules.map(String),
                        ...(o.slot ? { slot: o.slot } : {}),
                    });
            }
            catalog.vaults.set(vault, map);
        }
        return catalog;
    }
    get size() {
        let n = 0;
        for (const m of this.vaults.values())
            n += m.size;
        return n;
    }
    lookup(vault, arn) {
        const found = this.vaults.get(vault)?.get(arn);
        if (found)
            this.hits++;
        else
            this.misses++;
        return found;
    }
    /** Record what this run proved about a point in a vault it listed. */
    remember(vault, arn, ownership) {
        let map = this.seen.get(vault);
        if (!map)
            this.seen.set(vault, (map = new Map()));
        map.set(arn, ownership);
    }
    /** Forget one point (its live tags no longer match). */
    forget(vault, arn) {
        this.vaults.get(vault)?.delete(arn);
        this.seen.get(vault)?.delete(arn);
    }
    /** Mark a vault as fully listed this run: on save, its entries become exactly what was remembered. */
    listed(vault) {
        if (!this.seen.has(vault))
            this.seen.set(vault, new Map());
    }
    serialize() {
        const vaults = {};
        for (const [vault, map] of this.vaults)
            vaults[vault] = Object.fromEntries(map);
        // Vaults listed this run replace what was there (points deleted since drop out).
        for (const [vault, map] of this.seen)
            vaults[vault] = Object.fromEntries(map);
        const file = { version: 1, vaults };
        return JSON.stringify(file);
    }
}
function readLocal(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return Catalog.parse(text);
}
function writeLocal(path, catalog) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    // Write then rename: a run killed mid-write leaves the previous catalog, never half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, catalog.serialize());
    (0,external_node_fs_.renameSync)(tmp, path);
}
/** A local file (the CLI, and Actions runs without a cache service). */
function fileCatalogStore(path, host) {
    const notes = [];
    return {
        notes,
        async load() {
            try {
                const c = readLocal(path);
                if (c)
                    notes.push(`catalog: ${c.size} entries from ${path}`);
                return c ?? new Catalog();
            }
            catch (err) {
                host.warning(`catalog ${path} is unreadable (${err.message}); reading every tag`);
                return new Catalog();
            }
        },
        async save(catalog) {
            try {
                writeLocal(path, catalog);
            }
            catch (err) {
                host.warning(`could not write the catalog ${path}: ${err.message}`);
            }
        },
    };
}
/**
 * `backup-plans-catalog-<namespace>-` (plus `<plan filter>-` when the run is narrowed to some plans:
 * the reusable workflow runs one job per plan, and each should find its own vaults' catalog).
 */
function catalogCacheKeyPrefix(namespaces, planFilter) {
    const safe = (s) => s.replace(/[^A-Za-z0-9._+-]/g, '-');
    const ns = safe([...new Set(namespaces)].sort().join('+'));
    return `backup-plans-catalog-${ns}-${planFilter ? `${safe(planFilter)}-` : ''}`;
}
/**
 * GitHub Actions: restore the newest entry by prefix into `path`, save a new immutable entry at the
 * end. A missing cache service or any cache error is a warning, never a failure.
 */
function actionsCatalogStore(path, namespaces, host, planFilter, env = process.env) {
    const local = fileCatalogStore(path, host);
    const prefix = catalogCacheKeyPrefix(namespaces, planFilter);
    const key = `${prefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const notes = local.notes;
    let available = false;
    try {
        available = cache/* isFeatureAvailable */.w3();
    }
    catch {
        available = false;
    }
    return {
        notes,
        async load() {
            if (!available) {
                host.warning('catalog cache: the Actions cache service is not available; reading tags from AWS');
                return local.load();
            }
            try {
                const hit = await cache/* restoreCache */.P3([path], key, [prefix]);
                notes.push(hit ? `catalog restored from cache key ${hit}` : 'catalog: no cache entry yet');
            }
            catch (err) {
                host.warning(`catalog cache restore failed (${err.message}); reading tags from AWS`);
            }
            return local.load();
        },
        async save(catalog) {
            await local.save(catalog);
            if (!available)
                return;
            try {
                await cache/* saveCache */.Io([path], key);
                notes.push(`catalog saved to cache key ${key}`);
            }
            catch (err) {
                host.warning(`catalog cache save failed: ${err.message}`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/aws/backup.ts
var aws_backup = __webpack_require__(3979);
// EXTERNAL MODULE: ./src/aws/concurrency.ts
var aws_concurrency = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/aws/point-tags.ts
var point_tags = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/schedule/token.ts
var token = __webpack_require__(7092);
;// CONCATENATED MODULE: ./src/prune/model.ts
function vaultKey(v) {
    return `${v.account}/${v.region}/${v.vault}`;
}
const RESERVED_TAG_PREFIX = 'backup-plans:';

;// CONCATENATED MODULE: ./src/prune/ownership.ts


/** The ownership tags (the schedule module's one parser), or undefined unless namespace, plan and rules are there. */
function parseOwnership(tags) {
    const read = (0,token/* readOwnership */.m9)(tags);
    if (!read || read.rules.length === 0)
        return undefined;
    return {
        namespace: read.namespace,
        plan: read.plan,
        rules: read.rules,
        ...(read.slot ? { slot: read.slot.toISOString().replace('.000Z', 'Z') } : {}),
    };
}
function sameOwnership(a, b) {
    if (!a || !b)
        return a === b;
    return (a.namespace === b.namespace &&
        a.plan === b.plan &&
        [...a.rules].sort().join(',') === [...b.rules].sort().join(','));
}
function hasReservedTags(tags) {
    return Object.keys(tags ?? {}).some((k) => k.startsWith(RESERVED_TAG_PREFIX));
}
/** The vault's lock limits (DescribeBackupVault); undefined when it has none. */
function vaultLockOf(info) {
    const { minRetentionDays, maxRetentionDays } = info;
    // Governance-mode locks (not yet immutable) are enforced too, so `locked` is not required.
    if (minRetentionDays === undefined && maxRetentionDays === undefined)
        return undefined;
    return { minRetentionDays, maxRetentionDays };
}

;// CONCATENATED MODULE: ./src/prune/execute.ts
// Deletes the points the decision removes, one careful step at a time per point:
//   1. re-read its ownership tags live and compare them with what the decision was based on;
//   2. DescribeRecoveryPoint: it must still exist and be COMPLETED;
//   3. DeleteRecoveryPoint, paced by the rate limiter (which backs off on throttling and retries
//      throttled calls itself), with "busy" (InvalidResourceStateException) retried a few times later;
//   4. DescribeRecoveryPoint again: gone (or DELETING) is a deletion; EXPIRED means AWS only marked it,
//      which is what happens when the role may not create Backup's service-linked role.
// Many points are in flight at once so a large backlog drains at the API's pace.





async function executeDeletions(candidates, clients, options = {}) {
    const outcomes = [];
    await (0,aws_concurrency/* forEachConcurrent */.C)(candidates, options.concurrency ?? 32, async (c) => {
        const outcome = await deleteOneSafely(c, clients, options);
        outcomes.push(outcome);
        options.onOutcome?.(outcome);
    });
    return outcomes;
}
/** A read that fails (e.g. access denied on DescribeRecoveryPoint) fails this point only: the other
 * deletions go on and the run still reports everything it did. */
async function deleteOneSafely(c, clients, options) {
    try {
        return await deleteOne(c, clients, options);
    }
    catch (err) {
        return {
            kind: 'failed',
            candidate: c,
            message: (0,retry/* describeAwsError */.Pp)(err, {
                operation: 'checking the point before and after deleting it',
                role: c.vault.role,
                region: c.vault.region,
                target: c.point.arn,
            }),
        };
    }
}
async function deleteOne(c, clients, options) {
    const { vault, point } = c;
    const backup = clients.backup(vault.role, vault.region);
    const retries = options.busyRetries ?? 3;
    const delay = options.busyDelayMs ?? 2000;
    const context = { role: vault.role, region: vault.region, target: point.arn };
    for (let attempt = 0;; attempt++) {
        // 1. Ownership, live.
        const tags = await (0,point_tags/* readPointTags */.S)({ backup, tagging: clients.tagging(vault.role, vault.region) }, [point.arn], { concurrency: 1 });
        const live = parseOwnership(tags.get(point.arn));
        if (!sameOwnership(live, c.ownership))
            return {
                kind: 'skipped',
                candidate: c,
                why: 'ownership-changed',
                message: live
                    ? `its tags now say namespace ${live.namespace}, plan ${live.plan}, rules ${live.rules.join(',')}`
                    : 'its ownership tags are gone',
            };
        // 2. Still there and finished.
        const before = await (0,aws_backup/* pointStatus */.fE)(backup, vault.vault, point.arn);
        if (before === 'gone')
            return { kind: 'skipped', candidate: c, why: 'state-changed', message: 'already gone' };
        if (before !== 'COMPLETED')
            return { kind: 'skipped', candidate: c, why: 'state-changed', message: `status is now ${before}` };
        // 3. Delete.
        try {
            await clients
                .limiter(vault)
                .run(() => (0,aws_backup/* deleteRecoveryPoint */.bB)(clients.writer(vault.role, vault.region), vault.vault, point.arn));
        }
        catch (err) {
            const code = (0,retry/* errorCode */.CA)(err);
            if ((0,retry/* isBusy */.A5)(err)) {
                if (attempt < retries) {
                    await sleep(delay * (attempt + 1));
                    continue;
                }
                return {
                    kind: 'skipped',
                    candidate: c,
                    why: 'busy',
                    message: `AWS Backup is busy with it (${code}); a later run retries`,
                };
            }
            if (code === 'ResourceNotFoundException')
                return { kind: 'skipped', candidate: c, why: 'state-changed', message: 'already gone' };
            const text = (0,retry/* describeAwsError */.Pp)(err, { operation: 'DeleteRecoveryPoint', ...context });
            if (code === 'InvalidRequestException' && /legal hold/i.test(text))
                return { kind: 'skipped', candidate: c, why: 'legal-hold', message: text };
            if (code === 'InvalidRequestException' && /lock|retention/i.test(text))
                return { kind: 'skipped', candidate: c, why: 'locked', message: text };
            return { kind: 'failed', candidate: c, message: text };
        }
        // 4. Verify.
        const after = await (0,aws_backup/* pointStatus */.fE)(backup, vault.vault, point.arn);
        if (after === 'gone')
            return { kind: 'deleted', candidate: c, pending: false };
        if (after === 'DELETING')
            return { kind: 'deleted', candidate: c, pending: true };
        if (after === 'EXPIRED')
            return {
                kind: 'failed',
                candidate: c,
                expired: true,
                message: `DeleteRecoveryPoint succeeded but AWS only marked the point EXPIRED: the role ${vault.role} lacks ` +
                    '`iam:CreateServiceLinkedRole` (AWS Backup needs its service-linked role to delete). Grant it ' +
                    '(for iam:AWSServiceName backup.amazonaws.com), then delete the EXPIRED point',
            };
        return {
            kind: 'failed',
            candidate: c,
            message: `DeleteRecoveryPoint succeeded but the point is still ${after}`,
        };
    }
}
/** `apply-retention-to-existing`: UpdateRecoveryPointLifecycle, after the same live ownership check. */
async function applyLifecycles(changes, clients, concurrency = 8) {
    const out = [];
    await (0,aws_concurrency/* forEachConcurrent */.C)(changes, concurrency, async (change) => {
        const { vault, point } = change;
        const backup = clients.backup(vault.role, vault.region);
        try {
            const tags = await (0,point_tags/* readPointTags */.S)({ backup, tagging: clients.tagging(vault.role, vault.region) }, [point.arn], { concurrency: 1 });
            if (!sameOwnership(parseOwnership(tags.get(point.arn)), change.ownership)) {
                out.push({ kind: 'skipped', change, message: 'ownership tags changed since they were read' });
                return;
            }
            await clients
                .limiter(vault)
                .run(() => (0,aws_backup/* updatePointLifecycle */.kq)(clients.writer(vault.role, vault.region), vault.vault, point, change.toDays));
            out.push({ kind: 'shortened', change });
        }
        catch (err) {
            const message = (0,retry/* describeAwsError */.Pp)(err, {
                operation: 'UpdateRecoveryPointLifecycle',
                role: vault.role,
                region: vault.region,
                target: point.arn,
            });
            if ((0,retry/* isBusy */.A5)(err))
                out.push({ kind: 'skipped', change, message });
            else
                out.push({ kind: 'failed', change, message });
        }
    });
    return out;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(2760);
// EXTERNAL MODULE: ./src/aws/pagination.ts
var pagination = __webpack_require__(5261);
;// CONCATENATED MODULE: ./src/aws/legal-holds.ts
// Which recovery points legal holds protect, read precisely from AWS: ListLegalHolds, then
// ListRecoveryPointsByLegalHold for every hold that still holds (ACTIVE, CREATING, CANCELING).
// A hold still CREATING may not have collected all its points yet, so its GetLegalHold selection
// (vaults, resources, date range) counts as well: over-holding one run is harmless, deleting a held
// point is not.
//
// When the holds cannot be read at all, because the role may not read them (AccessDenied) or the
// endpoint does not know the operation, every point of that account and region is treated as held
// and the report says so. Any other error is not guessed around: it fails the vault's scan, and
// nothing in that vault is pruned.



/** Statuses in which a hold no longer protects anything. */
const RELEASED = new Set(['CANCELED']);
async function readLegalHolds(backup, where) {
    try {
        return await readPrecisely(backup);
    }
    catch (err) {
        if (!cannotRead(err))
            throw err;
        const reason = (0,retry/* describeAwsError */.Pp)(err, { role: where.role, region: where.region });
        const message = `legal holds could not be read: ${reason}; no point in ${where.account}/${where.region} was deleted`;
        return { notes: [message], heldBecause: () => message };
    }
}
async function readPrecisely(backup) {
    const listed = await (0,pagination/* collectPages */.VV)((0,dist_cjs/* paginateListLegalHolds */.Jyz)({ client: backup, pageSize: 1000 }, {}), (p) => p.LegalHolds);
    const holds = listed.flatMap((h) => h.LegalHoldId && !RELEASED.has(h.Status ?? '')
        ? [{ id: h.LegalHoldId, title: h.Title ?? h.LegalHoldId, status: h.Status ?? 'UNKNOWN' }]
        : []);
    const heldBy = new Map(); // point ARN → title of a hold on it
    const pending = [];
    for (const hold of holds) {
        const points = await (0,pagination/* collectPages */.VV)((0,dist_cjs/* paginateListRecoveryPointsByLegalHold */.Jrx)({ client: backup, pageSize: 1000 }, { LegalHoldId: hold.id }), (p) => p.RecoveryPoints);
        for (const rp of points)
            if (rp.RecoveryPointArn && !heldBy.has(rp.RecoveryPointArn))
                heldBy.set(rp.RecoveryPointArn, hold.title);
        if (hold.status === 'CREATING') {
            const sel = (await backup.send(new dist_cjs/* GetLegalHoldCommand */.q7M({ LegalHoldId: hold.id })))
                .RecoveryPointSelection;
            pending.push({
                title: hold.title,
                vaults: sel?.VaultNames,
                resources: sel?.ResourceIdentifiers,
                from: sel?.DateRange?.FromDate,
                to: sel?.DateRange?.ToDate,
            });
        }
    }
    return {
        notes: [],
        heldBecause(point, vault) {
            const title = heldBy.get(point.arn);
            if (title !== undefined)
                return `under legal hold "${title}"`;
            const creating = pending.find((s) => (!s.vaults?.length || s.vaults.includes(vault)) &&
                (!s.resources?.length || s.resources.includes(point.resourceArn)) &&
                (!s.from || point.created >= s.from) &&
                (!s.to || point.created <= s.to));
            return creating ? `matches legal hold "${creating.title}", which is still being created` : undefined;
        },
    };
}
/** Errors that mean "the holds are not readable here", not "something went wrong this time". */
function cannotRead(err) {
    const code = (0,retry/* errorCode */.CA)(err);
    return (code === 'AccessDeniedException' ||
        code === 'AccessDenied' ||
        code === 'UnknownOperationException' ||
        code === 'UnsupportedOperation' ||
        code === 'UnsupportedOperationException' ||
        code === 'NotImplemented' ||
        (0,retry/* httpStatus */.nG)(err) === 501);
}

// EXTERNAL MODULE: ./src/aws/resources.ts
var resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/plan/selection.ts
var plan_selection = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/plan/resource-types.ts
var resource_types = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/retention/engine.ts + 1 modules
var engine = __webpack_require__(1155);
;// CONCATENATED MODULE: ./src/prune/decide.ts
// The pure prune decision for one (plan, vault, resource): which of the plan's points to keep,
// remove, leave alone as orphans, or (opt-in) give a shorter lifecycle. No I/O: the caller brings the
// points whose ownership it proved, the retention that applies in this vault, and the guard facts.
//
// Why a point serving several rules is removed only when EVERY rule it serves removes it: a point
// tagged `daily,monthly` may be the one the monthly rule keeps for March; the daily rule's verdict
// alone must not delete March's monthly point.
//
// Only COMPLETED points take part in the retention engine. A point still being created, PARTIAL,
// EXPIRED or DELETING is not a restorable, finished backup: it neither fills a bucket (which would let
// a finished point be removed in its favour) nor gets removed by prune.

const MS_PER_DAY = 86_400_000;
/** Decide every point of the group. Output order: newest first, ties by ARN (as the engine orders). */
function decideGroup(input) {
    const points = [...input.points].sort(newestFirst);
    if (!input.resourceSelected)
        return points.map((point) => ({
            kind: 'orphan',
            point,
            orphan: 'resource-unselected',
            reasons: ['the plan no longer selects this resource'],
        }));
    // Which slots apply to which point.
    const applicable = new Map();
    const decisions = new Map();
    for (const point of points) {
        const rules = point.ownership?.rules ?? [];
        // A rule the plan no longer has may be the one that keeps this point (every rule it serves must
        // remove it): with any rule gone the point is an orphan, never judged by the remaining rules alone.
        const gone = rules.filter((r) => !input.planRules.has(r));
        if (gone.length > 0) {
            decisions.set(point.arn, {
                kind: 'orphan',
                point,
                orphan: 'rule-gone',
                reasons: [`rule ${gone.join(', ')} is not in the plan any more`],
            });
            continue;
        }
        const slots = input.slots.filter((s) => rules.includes(s.rule));
        if (slots.length > 0) {
            applicable.set(point.arn, slots);
            continue;
        }
        decisions.set(point.arn, rules.length > 0
            ? {
                kind: 'orphan',
                point,
                orphan: 'destination-gone',
                reasons: [`rule ${rules.join(', ')} no longer keeps points in this vault`],
            }
            : {
                kind: 'orphan',
                point,
                orphan: 'rule-gone',
                reasons: ['rule (none) is not in the plan any more'],
            });
    }
    // Per slot: who keeps what, and why.
    const kept = new Map(); // point arn → keep reasons
    const removedBy = new Map(); // point arn → "rule: not kept" lines
    for (const slot of input.slots) {
        const serving = points.filter((p) => applicable.get(p.arn)?.includes(slot) ?? false);
        if (serving.length === 0)
            continue;
        const label = slot.role === 'copy' ? `${slot.rule} (copy)` : slot.rule;
        const keep = slot.retain.keep;
        if (!keep || (0,engine/* isEmptyPolicy */.kj)(keep)) {
            // `retain.days` (or no keep policy at all): AWS's lifecycle deletes; prune never does.
            const why = slot.retain.days !== undefined
                ? `lifecycle: AWS deletes after ${slot.retain.days} days`
                : 'no keep policy';
            for (const p of serving)
                push(kept, p.arn, `${label}: ${why}`);
            continue;
        }
        const completed = serving.filter((p) => p.status === 'COMPLETED');
        for (const p of serving)
            if (p.status !== 'COMPLETED')
                push(kept, p.arn, `${label}: status ${p.status}, not judged`);
        const result = (0,engine/* applyRetention */.dX)(completed.map((p) => ({ id: p.arn, created: p.created, point: p })), keep, { timezone: slot.timezone });
        for (const k of result.keep)
            for (const r of k.reasons)
                push(kept, k.point.id, `${label}: ${r}`);
        for (const r of result.remove)
            push(removedBy, r.id, `${label}: not kept by ${describePolicy(keep)}`);
    }
    const newestCompleted = points.find((p) => p.status === 'COMPLETED' && applicable.has(p.arn));
    for (const point of points) {
        if (decisions.has(point.arn))
            continue;
        const keepReasons = kept.get(point.arn);
        if (keepReasons) {
            decisions.set(point.arn, shortenOrKeep(point, applicable.get(point.arn) ?? [], keepReasons, input));
            continue;
        }
        const reasons = removedBy.get(point.arn) ?? [];
        decisions.set(point.arn, guard(point, reasons, point === newestCompleted, input));
    }
    return points.map((p) => decisions.get(p.arn));
}
/**
 * A point every applicable rule removes: delete it unless a guard says no. (The engine keeps the
 * newest point of every non-empty policy, so the newest guard is a backstop against engine bugs.)
 */
function guard(point, reasons, isNewest, input) {
    if (isNewest)
        return {
            kind: 'guarded',
            point,
            guard: 'newest',
            reasons: [...reasons, 'newest completed point of the resource'],
        };
    const min = input.lock?.minRetentionDays;
    if (min !== undefined && input.now.getTime() < point.created.getTime() + min * MS_PER_DAY)
        return {
            kind: 'guarded',
            point,
            guard: 'locked',
            reasons: [...reasons, `vault lock: younger than its minimum retention of ${min} days`],
        };
    const held = input.held(point.arn);
    if (held)
        return {
            kind: 'guarded',
            point,
            guard: 'legal-hold',
            reasons: [...reasons, typeof held === 'string' ? held : 'under an active legal hold'],
        };
    return { kind: 'remove', point, reasons };
}
/**
 * A kept point whose rules all use `retain.days`: with `apply-retention-to-existing`, shorten its
 * lifecycle to the longest of those days (never lengthen; never below the vault lock's minimum or
 * cold storage + 90 days, which AWS requires).
 */
function shortenOrKeep(point, slots, reasons, input) {
    const keepDecision = { kind: 'keep', point, reasons };
    if (!input.applyRetentionToExisting || point.status !== 'COMPLETED')
        return keepDecision;
    // Any rule without `days` keeps the point indefinitely (GFS): its lifecycle must not be shortened.
    const days = slots.map((s) => (s.retain.keep && !(0,engine/* isEmptyPolicy */.kj)(s.retain.keep) ? undefined : s.retain.days));
    if (days.some((d) => d === undefined))
        return keepDecision;
    let target = Math.max(...days);
    const floors = [];
    if (point.moveToColdAfterDays !== undefined && target < point.moveToColdAfterDays + 90) {
        target = point.moveToColdAfterDays + 90;
        floors.push(`cold storage after ${point.moveToColdAfterDays} days needs ≥ ${target}`);
    }
    const min = input.lock?.minRetentionDays;
    if (min !== undefined && target < min) {
        target = min;
        floors.push(`vault lock minimum ${min} days`);
    }
    const from = point.deleteAfterDays;
    if (from !== undefined && from <= target)
        return keepDecision;
    const max = input.lock?.maxRetentionDays;
    if (max !== undefined && target > max)
        return keepDecision; // the lock would refuse it
    return {
        kind: 'shorten',
        point,
        fromDays: from,
        toDays: target,
        reasons: [
            ...reasons,
            `lifecycle ${from === undefined ? 'none' : `${from} days`} → ${target} days${floors.length ? ` (${floors.join('; ')})` : ''}`,
        ],
    };
}
function describePolicy(keep) {
    const parts = Object.entries(keep)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k} ${String(v)}`);
    return `keep {${parts.join(', ')}}`;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function newestFirst(a, b) {
    const t = b.created.getTime() - a.created.getTime();
    if (t !== 0)
        return t;
    return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/prune/scan.ts
// Scans one vault and decides every point in it: list the points, prove ownership from their tags
// (catalog first, AWS for the rest), set aside points of resources that carry reserved tags
// themselves, classify orphans, and run the per-(plan, resource) decision.
//
// The catalog only speeds up tag reads. Two things keep it from ever being the evidence:
//  - the executor re-reads each point's ownership live right before deleting it;
//  - which points a policy removes depends only on which points it KEEPS (restic's walk updates its
//    buckets on kept points only). So for every group that would remove something, the kept points
//    whose ownership came from the catalog are re-read live here; if any differs, the group is decided
//    again on the corrected facts. A stale entry can therefore neither be deleted nor cause a deletion.










class ScanMemo {
    selections = new Map();
    resourceTags = new Map();
    holds = new Map();
}
async function scanVault(target, ctx) {
    const { vault } = target;
    const key = vaultKey(vault);
    const backup = ctx.aws.backup(vault.role, vault.region);
    const tagging = ctx.aws.tagging(vault.role, vault.region);
    const points = await (0,aws_backup/* listVaultPoints */.uo)(backup, vault.vault);
    ctx.catalog.listed(key);
    // Ownership: catalog hits first, AWS for the rest.
    const source = new Map();
    const ownership = new Map();
    const toRead = [];
    for (const p of points) {
        const cached = ctx.catalog.lookup(key, p.arn);
        if (cached && ctx.namespaces.has(cached.namespace)) {
            ownership.set(p.arn, cached);
            source.set(p.arn, 'catalog');
        }
        else
            toRead.push(p.arn);
    }
    const read = await (0,point_tags/* readPointTags */.S)({ backup, tagging }, toRead);
    for (const arn of toRead) {
        ownership.set(arn, parseOwnership(read.get(arn)));
        source.set(arn, 'aws');
    }
    for (const p of points)
        p.ownership = ownership.get(p.arn);
    const lock = vaultLockOf(await (0,aws_backup/* describeVault */.Sm)(backup, vault.vault));
    const holds = await legalHoldsFor(vault, ctx);
    const scan = {
        vault,
        lock,
        listed: points.length,
        groups: [],
        orphans: [],
        reservedResources: [],
        unowned: 0,
        notOurs: 0,
        notes: [...holds.notes],
        source,
        key,
    };
    // Which points are ours, per plan; which are orphans of a plan gone from the folder.
    const ours = [];
    for (const p of points) {
        const o = p.ownership;
        if (!o) {
            scan.unowned++;
            continue;
        }
        if (!ctx.namespaces.has(o.namespace)) {
            scan.notOurs++;
            continue;
        }
        const entry = target.plans.get(o.plan);
        if (entry && entry.namespace === o.namespace) {
            ours.push({ point: p, planId: o.plan });
            continue;
        }
        const loaded = ctx.plans.get(o.plan);
        if (loaded && loaded.namespace === o.namespace) {
            ours.push({
                point: p,
                orphan: {
                    kind: 'orphan',
                    point: p,
                    orphan: 'destination-gone',
                    reasons: [`plan ${o.plan} no longer keeps points in this vault`],
                },
            });
        }
        else if (!ctx.folderPlanIds.has(o.plan)) {
            ours.push({
                point: p,
                orphan: {
                    kind: 'orphan',
                    point: p,
                    orphan: 'plan-gone',
                    reasons: [`plan ${o.plan} is no longer in the folder`],
                },
            });
        }
        else
            scan.notOurs++; // its plan file exists but is not judged this run (filtered out or invalid)
    }
    const expired = ours.filter((o) => o.point.status === 'EXPIRED').length;
    if (expired > 0)
        scan.notes.push(`${expired} point(s) of ours are EXPIRED: AWS could not delete them, usually because the role lacks ` +
            'iam:CreateServiceLinkedRole; prune leaves them alone; delete them once the permission is granted');
    // Resources carrying reserved tags themselves could fake ownership: never prune their points.
    await prefetchResourceTags(ours.map((o) => ({ resourceArn: o.point.resourceArn, planId: o.planId })), vault, ctx);
    const reserved = new Map();
    for (const { point } of ours) {
        if (hasReservedTags(await ctx.memo.resourceTags.get(point.resourceArn))) {
            reserved.set(point.resourceArn, (reserved.get(point.resourceArn) ?? 0) + 1);
        }
    }
    scan.reservedResources = [...reserved].map(([resourceArn, n]) => ({ resourceArn, points: n }));
    for (const item of ours) {
        if (reserved.has(item.point.resourceArn))
            continue;
        if (item.orphan)
            scan.orphans.push(item.orphan);
    }
    for (const item of ours)
        if (!reserved.has(item.point.resourceArn) &&
            item.planId &&
            source.get(item.point.arn) === 'aws' &&
            item.point.ownership)
            ctx.catalog.remember(key, item.point.arn, item.point.ownership);
    // Per plan and resource: decide.
    const byGroup = new Map();
    for (const { point, planId } of ours) {
        if (!planId || reserved.has(point.resourceArn))
            continue;
        const k = `${planId}\n${point.resourceArn}`;
        let g = byGroup.get(k);
        if (!g)
            byGroup.set(k, (g = { planId, resourceArn: point.resourceArn, points: [] }));
        g.points.push(point);
    }
    const byArn = new Map(points.map((p) => [p.arn, p]));
    for (const g of byGroup.values()) {
        const entry = target.plans.get(g.planId);
        // The plan's own role reads (and later deletes) its points, whichever role listed the vault.
        const own = entry.vault;
        const ownClients = {
            backup: ctx.aws.backup(own.role, own.region),
            tagging: ctx.aws.tagging(own.role, own.region),
        };
        const ownHolds = own.role === vault.role ? holds : await legalHoldsFor(own, ctx);
        for (const n of ownHolds.notes)
            if (!scan.notes.includes(n))
                scan.notes.push(n);
        /** Re-read these points' ownership live with the plan's role; true when any of it changed. */
        const reread = async (list, stale) => {
            const live = await (0,point_tags/* readPointTags */.S)(ownClients, list.map((p) => p.arn));
            let changed = false;
            for (const p of list) {
                source.set(p.arn, 'aws');
                const now = parseOwnership(live.get(p.arn));
                const before = p.ownership;
                if (now &&
                    before &&
                    now.namespace === before.namespace &&
                    now.plan === before.plan &&
                    now.rules.join(',') === before.rules.join(','))
                    continue;
                changed = true;
                ctx.catalog.forget(key, p.arn);
                scan.notes.push(stale(p.arn));
                if (now && now.namespace === entry.namespace && now.plan === g.planId) {
                    p.ownership = now;
                    ctx.catalog.remember(key, p.arn, now);
                }
                else {
                    // No longer this plan's point: out of the group (counted as not ours).
                    g.points = g.points.filter((x) => x.arn !== p.arn);
                    p.ownership = now;
                    if (now)
                        scan.notOurs++;
                    else
                        scan.unowned++;
                }
            }
            return changed;
        };
        if (own.role !== vault.role)
            await reread(g.points, (arn) => `${arn}: its tags read with ${own.role} differ from those read with ${vault.role}; decided on the former`);
        const selected = await planSelection(entry.plan, ctx);
        const decide = () => decideGroup({
            points: g.points,
            slots: entry.slots,
            planRules: new Set(entry.plan.rules.map((r) => r.name)),
            resourceSelected: selected.has(g.resourceArn),
            now: ctx.now,
            lock,
            held: (arn) => {
                const p = byArn.get(arn);
                return p ? ownHolds.heldBecause(p, vault.vault) : true;
            },
            applyRetentionToExisting: ctx.applyRetentionToExisting,
        });
        let decisions = decide();
        // Verify the basis of any removal: kept points known only from the catalog are re-read live.
        for (;;) {
            if (!decisions.some((d) => d.kind === 'remove'))
                break;
            const unverified = decisions
                .filter((d) => d.kind === 'keep' || d.kind === 'shorten')
                .map((d) => d.point)
                .filter((p) => source.get(p.arn) === 'catalog');
            if (unverified.length === 0)
                break;
            const changed = await reread(unverified, (arn) => `catalog entry of ${arn} was stale; decided on its live tags`);
            if (!changed)
                break;
            decisions = decide();
        }
        scan.groups.push({ planId: g.planId, resourceArn: g.resourceArn, vault: own, decisions });
    }
    scan.groups.sort((a, b) => (a.planId + a.resourceArn < b.planId + b.resourceArn ? -1 : 1));
    return scan;
}
/** The legal holds of the vault's account and region as its role sees them, read once per run. */
function legalHoldsFor(vault, ctx) {
    const holdKey = `${vault.account}/${vault.region}/${vault.role}`;
    let holds = ctx.memo.holds.get(holdKey);
    if (!holds)
        ctx.memo.holds.set(holdKey, (holds = readLegalHolds(ctx.aws.backup(vault.role, vault.region), vault)));
    return holds;
}
/**
 * The resources the plan selects now, decided exactly as `backup` decides them (src/plan/selection.ts).
 * Resources carrying reserved tags count as selected: their points are set aside as such, not as
 * orphans. Resources the Tagging API still lists after deletion count as selected too: their points
 * stay under the plan's retention.
 */
function planSelection(plan, ctx) {
    let found = ctx.memo.selections.get(plan.id);
    if (!found) {
        found = (0,resources/* matchSelectors */.s)(ctx.aws.tagging(plan.aws.role, plan.aws.region), plan).then((matches) => {
            const selection = (0,plan_selection/* selectResources */.KN)(plan, matches);
            return new Set([...selection.resources.map((r) => r.arn), ...selection.reserved.map((r) => r.arn)]);
        });
        ctx.memo.selections.set(plan.id, found);
    }
    return found;
}
/**
 * The resources' own tags through the Tagging API (in each resource's region, with its plan's role,
 * 100 ARNs a call), memoized per run in `ctx.memo.resourceTags`.
 */
async function prefetchResourceTags(items, vault, ctx) {
    const batches = new Map();
    for (const { resourceArn, planId } of items) {
        if (ctx.memo.resourceTags.has(resourceArn))
            continue;
        const plan = planId ? ctx.plans.get(planId)?.plan : undefined;
        const role = plan?.aws.role ?? vault.role;
        const region = (0,resource_types/* parseArn */.Lw)(resourceArn)?.region || plan?.aws.region || vault.region;
        const k = `${role}\n${region}`;
        let b = batches.get(k);
        if (!b)
            batches.set(k, (b = { role, region, arns: new Set() }));
        b.arns.add(resourceArn);
    }
    for (const b of batches.values()) {
        const arns = [...b.arns];
        const all = (0,pagination/* tagsByArn */.yM)(ctx.aws.tagging(b.role, b.region), arns);
        for (const arn of arns)
            ctx.memo.resourceTags.set(arn, all.then((m) => m.get(arn)));
    }
    await Promise.all([...batches.values()].flatMap((b) => [...b.arns].map((a) => ctx.memo.resourceTags.get(a))));
}

;// CONCATENATED MODULE: ./src/prune/targets.ts

function vaultTargets(plans) {
    const targets = new Map();
    const add = (vault, plan, namespace, slot) => {
        const key = vaultKey(vault);
        let target = targets.get(key);
        if (!target)
            targets.set(key, (target = { vault, plans: new Map() }));
        let entry = target.plans.get(plan.id);
        if (!entry)
            target.plans.set(plan.id, (entry = { plan, namespace, slots: [], vault }));
        entry.slots.push(slot);
    };
    for (const { plan, namespace } of plans) {
        const source = {
            account: plan.aws.account,
            region: plan.aws.region,
            vault: plan.vault,
            role: plan.aws.role,
        };
        for (const rule of plan.rules) {
            add(source, plan, namespace, {
                rule: rule.name,
                timezone: rule.timezone,
                retain: rule.retain,
                role: 'source',
            });
            for (const copy of rule.copyTo) {
                const dest = {
                    account: copy.account,
                    region: copy.region,
                    vault: copy.vault,
                    // Same account: the plan's role can reach the other region too.
                    role: copy.role ?? plan.aws.role,
                };
                add(dest, plan, namespace, {
                    rule: rule.name,
                    timezone: rule.timezone,
                    retain: copy.retain,
                    role: 'copy',
                });
            }
        }
    }
    return [...targets.values()];
}

;// CONCATENATED MODULE: ./src/prune/run.ts
// One prune run: scan every vault the plans keep points in, decide, apply the max-deletions cap, delete
// (unless dry run), and build the report. The command wires AWS, the catalog and the host around it.





async function runPrune(options) {
    const log = options.log ?? (() => { });
    const targets = vaultTargets(options.plans);
    const memo = new ScanMemo();
    const scans = [];
    const errors = [];
    for (const target of targets) {
        const { vault } = target;
        const base = {
            account: vault.account,
            region: vault.region,
            vault: vault.vault,
            listed: 0,
            unowned: 0,
            notOurs: 0,
            reservedResources: [],
            orphans: [],
            groups: [],
            notes: [],
        };
        try {
            const scan = await scanVault(target, {
                aws: options.clients,
                catalog: options.catalog,
                now: options.now(),
                namespaces: new Set(options.plans.map((p) => p.namespace)),
                folderPlanIds: options.folderPlanIds,
                plans: new Map(options.plans.map((p) => [p.plan.id, p])),
                applyRetentionToExisting: options.applyRetentionToExisting,
                memo,
            });
            log(`${vaultKey(vault)}: ${scan.listed} points listed, ${scan.groups.length} resource group(s) of ours`);
            scans.push({ scan, report: vaultReport(base, scan) });
        }
        catch (err) {
            const message = `vault ${vaultKey(vault)} could not be scanned, nothing in it was pruned: ${(0,retry/* describeAwsError */.Pp)(err, { role: vault.role, region: vault.region })}`;
            errors.push(message);
            scans.push({ report: { ...base, error: message } });
        }
    }
    // Removals in a fixed order (vault, plan, resource, oldest first), so a capped run and the next
    // one work through the same backlog.
    const candidates = [];
    const lifecycle = [];
    for (const { scan, report } of scans) {
        if (!scan)
            continue;
        scan.groups.forEach((g, i) => {
            const group = report.groups[i];
            const decisions = [...g.decisions].reverse();
            const byArn = new Map(group.points.map((p) => [p.arn, p]));
            for (const d of decisions) {
                const point = byArn.get(d.point.arn);
                if (!point)
                    continue; // orphans are reported separately
                if (d.kind === 'remove')
                    candidates.push({
                        candidate: { vault: g.vault, planId: g.planId, point: d.point, ownership: d.point.ownership },
                        point,
                        group,
                    });
                if (d.kind === 'shorten')
                    lifecycle.push({
                        change: {
                            vault: g.vault,
                            planId: g.planId,
                            point: d.point,
                            ownership: d.point.ownership,
                            toDays: d.toDays,
                        },
                        point,
                    });
            }
        });
    }
    const allowed = candidates.slice(0, options.maxDeletions);
    const capped = candidates.slice(options.maxDeletions);
    for (const c of capped)
        markGuarded(c.point, c.group, 'cap');
    const failures = [];
    let deletionRate;
    if (options.dryRun) {
        for (const c of allowed)
            c.point.outcome = 'would-delete';
        for (const l of lifecycle)
            l.point.outcome = 'would-shorten';
    }
    else {
        const byArn = new Map(allowed.map((c) => [c.candidate.point.arn, c]));
        const began = Date.now();
        let done = 0;
        const outcomes = await executeDeletions(allowed.map((c) => c.candidate), options.clients, {
            ...options.execute,
            onOutcome: (o) => {
                done++;
                if (done % 500 === 0)
                    log(`prune: ${done}/${allowed.length} removals processed`);
                options.execute?.onOutcome?.(o);
            },
        });
        const seconds = (Date.now() - began) / 1000;
        for (const o of outcomes)
            applyOutcome(o, byArn.get(o.candidate.point.arn), failures, options.catalog);
        const deleted = outcomes.filter((o) => o.kind === 'deleted').length;
        if (deleted > 0 && seconds > 0)
            deletionRate = deleted / seconds;
        if (lifecycle.length > 0) {
            const byPoint = new Map(lifecycle.map((l) => [l.change.point.arn, l.point]));
            for (const r of await applyLifecycles(lifecycle.map((l) => l.change), options.clients)) {
                const p = byPoint.get(r.change.point.arn);
                if (r.kind === 'shortened')
                    p.outcome = 'shortened';
                else {
                    p.outcome = 'kept';
                    p.message = r.message;
                    if (r.kind === 'failed')
                        failures.push({ vault: vaultKey(r.change.vault), arn: r.change.point.arn, message: r.message });
                }
            }
        }
    }
    const vaults = scans.map((s) => ({
        ...s.report,
        groups: s.report.groups.filter((g) => g.points.length > 0),
    }));
    for (const v of vaults)
        for (const g of v.groups)
            recount(g);
    const report = {
        dryRun: options.dryRun,
        maxDeletions: options.maxDeletions,
        applyRetentionToExisting: options.applyRetentionToExisting,
        ...(capped.length > 0 ? { stoppedEarly: { limit: options.maxDeletions, remaining: capped.length } } : {}),
        totals: totals(vaults, failures),
        vaults,
        failures,
        errors,
        notes: [],
        ...(deletionRate !== undefined ? { deletionRate } : {}),
    };
    return report;
}
function applyOutcome(o, c, failures, catalog) {
    const vault = vaultKey(o.candidate.vault);
    if (o.kind === 'deleted') {
        c.point.outcome = 'deleted';
        if (o.pending)
            c.point.message = 'DELETING: AWS finishes the deletion';
        catalog.forget(vault, o.candidate.point.arn);
        return;
    }
    if (o.kind === 'failed') {
        c.point.outcome = 'failed';
        c.point.message = o.message;
        failures.push({
            vault,
            arn: o.candidate.point.arn,
            message: o.message,
            ...(o.expired ? { expired: true } : {}),
        });
        return;
    }
    markGuarded(c.point, c.group, o.why);
    c.point.message = o.message;
    if (o.why === 'ownership-changed' || o.why === 'state-changed')
        catalog.forget(vault, o.candidate.point.arn);
}
function markGuarded(point, _group, guard) {
    point.outcome = 'guarded';
    point.guard = guard;
}
function pointReport(d) {
    const base = {
        arn: d.point.arn,
        created: d.point.created.toISOString(),
        status: d.point.status,
        rules: d.point.ownership?.rules ?? [],
        reasons: d.reasons,
    };
    switch (d.kind) {
        case 'keep':
            return { ...base, outcome: 'kept' };
        case 'shorten':
            return { ...base, outcome: 'kept' }; // becomes (would-)shortened once executed
        case 'remove':
            return { ...base, outcome: 'would-delete' };
        case 'guarded':
            return { ...base, outcome: 'guarded', guard: d.guard };
        case 'orphan':
            return { ...base, outcome: 'kept' };
    }
}
function vaultReport(base, scan) {
    const groups = [];
    const orphans = scan.orphans.map((d) => orphanReport(d, d.point.ownership?.plan ?? '?'));
    for (const g of scan.groups) {
        const points = [];
        for (const d of g.decisions) {
            if (d.kind === 'orphan')
                orphans.push(orphanReport(d, g.planId));
            else
                points.push(pointReport(d));
        }
        groups.push({
            plan: g.planId,
            resourceArn: g.resourceArn,
            kept: 0,
            removed: 0,
            deleted: 0,
            guarded: 0,
            failed: 0,
            points,
        });
    }
    return {
        ...base,
        ...(scan.lock ? { lock: scan.lock } : {}),
        listed: scan.listed,
        unowned: scan.unowned,
        notOurs: scan.notOurs,
        reservedResources: scan.reservedResources,
        orphans,
        groups,
        notes: scan.notes,
    };
}
function orphanReport(d, plan) {
    return {
        arn: d.point.arn,
        resourceArn: d.point.resourceArn,
        created: d.point.created.toISOString(),
        plan,
        rules: d.point.ownership?.rules ?? [],
        orphan: d.kind === 'orphan' ? d.orphan : 'rule-gone',
        reasons: d.reasons,
    };
}
function recount(g) {
    g.kept = g.points.filter((p) => p.outcome === 'kept' || p.outcome === 'shortened' || p.outcome === 'would-shorten').length;
    g.removed = g.points.length - g.kept;
    g.deleted = g.points.filter((p) => p.outcome === 'deleted').length;
    g.guarded = g.points.filter((p) => p.outcome === 'guarded').length;
    g.failed = g.points.filter((p) => p.outcome === 'failed').length;
}
function totals(vaults, failures) {
    const t = {
        listed: 0,
        owned: 0,
        kept: 0,
        removed: 0,
        deleted: 0,
        wouldDelete: 0,
        shortened: 0,
        failures: failures.length,
        orphans: 0,
        unowned: 0,
        notOurs: 0,
        reservedResources: 0,
        guarded: {},
    };
    for (const v of vaults) {
        t.listed += v.listed;
        t.unowned += v.unowned;
        t.notOurs += v.notOurs;
        t.orphans += v.orphans.length;
        t.reservedResources += v.reservedResources.length;
        t.owned += v.orphans.length;
        for (const g of v.groups) {
            t.owned += g.points.length;
            t.kept += g.kept;
            t.removed += g.removed;
            t.deleted += g.deleted;
            for (const p of g.points) {
                if (p.outcome === 'would-delete')
                    t.wouldDelete++;
                if (p.outcome === 'shortened' || p.outcome === 'would-shorten')
                    t.shortened++;
                if (p.outcome === 'guarded' && p.guard)
                    t.guarded[p.guard] = (t.guarded[p.guard] ?? 0) + 1;
            }
        }
    }
    return t;
}

// EXTERNAL MODULE: ./src/run/context.ts + 1 modules
var context = __webpack_require__(8102);
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
        for (const t of vaultTargets([entry]))
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
    return {
        backup: (role, region) => run.aws.backup(role, region),
        tagging: (role, region) => run.aws.tagging(role, region),
        writer: (role, region) => run.aws.backup(role, region, { retryThrottling: false }),
        limiter: (vault) => {
            const key = `${vault.account}/${vault.region}`;
            let limiter = limiters.get(key);
            if (!limiter)
                limiters.set(key, (limiter = new AdaptiveLimiter({ initialRps: 10, maxConcurrency: 16 })));
            return limiter;
        },
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
    const markdown = renderPruneMarkdown(report);
    if (host.kind === 'action' && process.env.GITHUB_STEP_SUMMARY)
        await writeStepSummary(markdown, { fullReport: `the JSON report (${path})` });
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
        ? actionsCatalogStore(DEFAULT_CATALOG_PATH, judged.map((p) => p.namespace), host, inputs.plan)
        : fileCatalogStore(DEFAULT_CATALOG_PATH, host);
    const catalog = await store.load();
    const body = await runPrune({
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


/***/ })

};
