export const id = 10;
export const ids = [10];
export const modules = {

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRetention: () => (/* binding */ describeRetention),
/* harmony export */   errorSummary: () => (/* binding */ errorSummary),
/* harmony export */   successSummary: () => (/* binding */ successSummary),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _plan_select_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8451);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


/** GitHub's job summary limit is 1 MiB per step; stay clearly below it. */
const validateCommand = async (inputs, host) => {
    // `plan` may name several ids, comma-separated, as backup and prune take it.
    const selected = await (0,_plan_select_js__WEBPACK_IMPORTED_MODULE_0__/* .selectPlans */ .H)(inputs.plans, inputs.plan);
    const { plans } = selected;
    const errors = [...selected.errors, ...selected.missing.map((id) => missingPlan(inputs.plans, id))];
    const errorCount = selected.errorCount + selected.missing.length;
    host.setOutput('errors', errorCount);
    if (errors.length > 0) {
        for (const e of errors)
            host.error(e.message, { file: e.file, line: e.line, column: e.column });
        // In a terminal the errors above are the whole report; a Markdown copy on stdout would repeat them.
        if (host.kind === 'action')
            await host.summary(errorSummary(errors, errorCount));
        return 1;
    }
    const line = `${plans.length} ${plans.length === 1 ? 'plan' : 'plans'} valid`;
    if (host.kind === 'action') {
        host.info(line);
        await host.summary(successSummary(line, plans));
    }
    else {
        await host.summary(line);
    }
    return 0;
};
function missingPlan(dir, id) {
    return { file: dir, line: 1, column: 1, message: `no plan "${id}" in ${dir}` };
}
/** `total` counts every error found; `errors` may be the first of them only (the loader caps its report). */
function errorSummary(errors, total = errors.length) {
    const rows = errors.map((e) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${e.file}:${e.line}:${e.column}`, { tableCell: true })} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(e.message)} |`);
    const markdown = [
        `## Plan validation: ${total.toLocaleString('en-US')} ${total === 1 ? 'error' : 'errors'}`,
        '',
        '| Where | Problem |',
        '| --- | --- |',
        ...rows,
        '',
    ].join('\n');
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimMarkdown */ .Cc)(markdown, _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_MAX_BYTES */ .eR, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimNote */ .dG)('the annotations of this step'));
}
function successSummary(line, plans) {
    const rows = plans.flatMap((plan) => plan.rules.map((rule) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(plan.id)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(rule.name)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rule.schedule, { tableCell: true })} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(rule.timezone)} ` +
        `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(describeRetention(rule.retain))} ` +
        `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(rule.copyTo.map((c) => `${c.account}/${c.region}/${c.vault}: ${describeRetention(c.retain)}`).join('; ') || '—')} |`));
    const markdown = [
        '## Plan validation',
        '',
        line,
        '',
        '| Plan | Rule | Schedule | Retention | Copies |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimMarkdown */ .Cc)(markdown, _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_MAX_BYTES */ .eR);
}
/** "35 days, cold after 30 days" or "keep daily 7, weekly 4 (hard limit 400 days)". */
function describeRetention(retain) {
    const parts = [];
    if (retain.days !== undefined)
        parts.push(`${retain.days} days`);
    if (retain.keep !== undefined)
        parts.push(`keep ${Object.entries(retain.keep)
            .map(([k, v]) => `${k} ${v === -1 ? 'unlimited' : v}`)
            .join(', ')}`);
    if (retain.coldAfterDays !== undefined)
        parts.push(`cold after ${retain.coldAfterDays} days`);
    if (retain.hardLimitDays !== undefined)
        parts.push(`hard limit ${retain.hardLimitDays} days`);
    return parts.join(', ');
}


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ selectPlans),
/* harmony export */   V: () => (/* binding */ parsePlanFilter)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3986);
// Which plans a run (backup, prune, …) works on: the folder, optionally narrowed by the `plan` input, which may
// name several ids separated by commas (the reusable workflow groups plans that way when there are
// more than 256, GitHub's matrix limit).

function parsePlanFilter(value) {
    if (value === undefined)
        return undefined;
    const ids = [
        ...new Set(value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')),
    ];
    return ids.length > 0 ? ids : undefined;
}
async function selectPlans(dir, filter) {
    const ids = parsePlanFilter(filter);
    // One id: the loader itself reports an unknown id (naming the plans that exist). Several: unknown
    // ids come back in `missing`. Either way only the selected plans are loaded in full.
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPlans */ .hr)(dir, ids ? { only: ids.length === 1 ? ids[0] : ids } : {});
}


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
