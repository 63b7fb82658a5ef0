export const id = 650;
export const ids = [650];
export const modules = {

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCommand: () => (/* binding */ restoreCommand)
});

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/report/envelope.ts
var report_envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/restore.ts
// The restore's job summary / terminal text. Everything that came from AWS or the user is escaped.

const STATUS = {
    'dry-run': 'dry run: nothing restored',
    started: 'restore job started (not waited for)',
    completed: 'restored',
    failed: 'restore FAILED',
    'still-running': 'restore still running',
};
function duration(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}
function renderRestoreMarkdown(r) {
    const row = (k, v) => `| ${k} | ${v} |`;
    const c = (t) => (0,markdown/* code */.aY)(t, { tableCell: true });
    const lines = [
        `## backup-plans restore: ${(0,markdown/* escapeTableCell */.aL)(STATUS[r.status])}`,
        '',
        '| | |',
        '| --- | --- |',
        row('plan', c(r.plan)),
        row('resource', `${c(r.resource)} (${(0,markdown/* escapeTableCell */.aL)(r.resourceType)})`),
        row('recovery point', `${c(r.point.arn)}, created ${r.point.creationDate}`),
        row('vault', `${c(r.point.vault)} (${r.point.account}/${r.point.region}, ${r.point.kind})`),
    ];
    if (r.restoreJobId)
        lines.push(row('restore job', c(r.restoreJobId)));
    if (r.createdResourceArn)
        lines.push(row('created resource', c(r.createdResourceArn)));
    if (r.durationSeconds !== undefined)
        lines.push(row('duration', duration(r.durationSeconds)));
    if (r.statusMessage)
        lines.push(row('status message', (0,markdown/* escapeTableCell */.aL)(r.statusMessage)));
    lines.push(row('source tags copied', r.copySourceTags ? 'yes' : 'no (not available for this type)'));
    lines.push('', '### Restore metadata used', '', '| key | value |', '| --- | --- |');
    for (const [k, v] of Object.entries(r.metadata).sort(([a], [b]) => a.localeCompare(b)))
        lines.push(`| ${c(k)} | ${c(v)} |`);
    if (r.notes.length > 0)
        lines.push('', ...r.notes.map((n) => `- ${(0,markdown/* escapeTableCell */.aL)(n)}`));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/restore/metadata.ts
var metadata = __webpack_require__(8913);
// EXTERNAL MODULE: ./src/restore/point.ts
var point = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/restore/run.ts
var restore_run = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/commands/restore.ts
// `restore`: wires the plan, AWS clients and the host around src/restore/run.ts.








const restoreCommand = async (inputs, host) => {
    const flag = (cli, action) => (host.kind === 'cli' ? `--${cli}` : `\`${action}\``);
    if (!inputs.plan || inputs.plan.includes(',')) {
        host.error(`restore needs exactly one plan: ${flag('plan ID', 'plan')}`);
        return 2;
    }
    if (!inputs.resource) {
        host.error(`restore needs the resource to restore: ${flag('resource ARN', 'resource')}`);
        return 2;
    }
    // Secrets among the overrides (passwords) are masked wherever the host prints.
    for (const v of (0,metadata/* secretValues */.VX)(inputs.metadata ?? {}))
        host.setSecret(v);
    const run = new context/* RunContext */.Z('restore', inputs, host);
    const selected = await run.selectPlans();
    for (const e of selected.errors)
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
    const plan = selected.plans[0];
    if (!plan || selected.errors.length > 0) {
        if (selected.missing.length > 0)
            host.error(`plan "${inputs.plan}" not found in ${inputs.plans}`);
        run.destroy();
        return 1;
    }
    try {
        const report = await (0,restore_run/* runRestore */.Y)(plan, {
            resource: inputs.resource,
            point: (0,point/* parsePointSpec */.TZ)(inputs.point),
            vault: inputs.vault,
            region: inputs.region,
            overrides: inputs.metadata ?? {},
            force: inputs.force ?? false,
            dryRun: inputs.dryRun,
            wait: inputs.wait,
        }, {
            backup: (role, region) => run.aws.backup(role, region),
            now: () => run.clock.now(),
            info: (m) => host.info(m),
            sleep: (ms) => (0,wait/* waitBeforeRetry */.jy)(ms),
            localNow: () => Date.now(),
        });
        // The envelope every command shares; the restore is the plan's one entry.
        const envelope = {
            command: 'restore',
            version: report_envelope/* REPORT_VERSION */.A,
            ...run.times(),
            plans: [report],
        };
        const path = run.writeReport(envelope);
        await host.summary(renderRestoreMarkdown(report));
        if (report.restoreJobId)
            host.setOutput('restore-job-id', report.restoreJobId);
        if (report.createdResourceArn)
            host.setOutput('created-resource-arn', report.createdResourceArn);
        host.setOutput('report', path);
        if (report.status === 'failed') {
            host.error(`restore job ${report.restoreJobId} failed: ${report.statusMessage ?? 'no message'}`);
            return 1;
        }
        if (report.status === 'completed')
            host.info(`restored ${report.createdResourceArn} in ${report.durationSeconds} s`);
        return 0;
    }
    catch (error) {
        if (error instanceof point/* RestoreInputError */.pr)
            host.error(error.message);
        else
            host.error(`restore failed: ${(0,retry/* describeAwsError */.Pp)(error)}`);
        return 1;
    }
    finally {
        run.destroy();
    }
};


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
