export const id = 318;
export const ids = [318];
export const modules = {

/***/ 9318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readActionInputs: () => (/* binding */ readActionInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/host/workflow-commands.ts
// The few GitHub runner conventions every action run needs (inputs, log lines, annotations, masks,
// outputs), written here instead of importing @actions/core: its import loads its OIDC HTTP client
// (undici) and @actions/exec, about twice a bare Node start, which `validate` would pay for nothing
// (issue 12). Formats as GitHub documents them ("Workflow commands for GitHub Actions"), byte for
// byte what @actions/core 3 writes (test/host/workflow-commands.test.ts compares them). Only OIDC
// tokens still come from @actions/core, imported when a command asks for one.



/** The value of an input: `INPUT_<NAME>`, spaces to `_`, upper-cased (dashes kept), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::name key=value,…::message`, properties without a value left out. */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
    return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
function issue(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
function annotationProperties(p = {}) {
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message, properties) {
    issue('warning', annotationProperties(properties), message);
}
function error(message, properties) {
    issue('error', annotationProperties(properties), message);
}
/** The runner replaces `value` with `***` in the log from the next line on. */
function setSecret(value) {
    issue('add-mask', {}, value);
}
/** Exit code 1 and an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * A step output: appended to the GITHUB_OUTPUT file as `name<<delimiter` … `delimiter` with a random
 * delimiter (multi-line values stay whole); without the file, the older `::set-output` command.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issue('set-output', { name }, value);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: output ${name} contains the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}

// EXTERNAL MODULE: ./src/aws/id-token.ts
var id_token = __webpack_require__(8104);
// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(2935);
;// CONCATENATED MODULE: ./src/host/action.ts
// Host for the GitHub Action: annotations, step summary and outputs as workflow commands; OIDC tokens
// through @actions/core, loaded only when a command asks for one (it is heavy to import).



function annotation(position) {
    if (!position)
        return undefined;
    return { file: position.file, startLine: position.line, startColumn: position.column };
}
function createActionHost() {
    return {
        kind: 'action',
        info: (message) => info(message),
        warning: (message, position) => warning(message, annotation(position)),
        error: (message, position) => error(message, annotation(position)),
        summary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY) {
                info(markdown);
                return;
            }
            // Trimmed so the step's summary file stays under GitHub's 1 MiB limit (over it, GitHub drops it all).
            await (0,summary/* writeStepSummary */.oG)(markdown);
        },
        setOutput: (name, value) => setOutput(name, String(value)),
        setSecret: (value) => setSecret(value),
        idTokens: {
            getIdToken: async (audience) => {
                if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
                    throw new id_token/* IdTokenUnavailableError */.$('no GitHub OIDC token is available: add `permissions: { id-token: write }` to the job ' +
                        '(or to the workflow that calls the reusable workflow) so the action can assume the AWS role');
                }
                return (await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 3838))).getIDToken(audience);
            },
        },
    };
}

// EXTERNAL MODULE: ./src/commands/registry.ts
var registry = __webpack_require__(927);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
;// CONCATENATED MODULE: ./src/action.ts
// The action's run(): read INPUT_*, run the command, set the exit code. Nothing else lives here.




function readActionInputs() {
    const get = (name) => getInput(name);
    const optional = (name) => get(name) || undefined;
    const now = optional('now');
    const metadata = optional('metadata');
    return {
        command: (0,src_inputs/* parseCommand */.RM)(get('command') || 'backup'),
        plans: get('plans') || src_inputs/* INPUT_DEFAULTS */.WJ.plans,
        plan: optional('plan'),
        dryRun: (0,src_inputs/* parseBoolean */.yG)('dry-run', get('dry-run')),
        wait: (0,src_inputs/* parseBoolean */.yG)('wait', get('wait')),
        maxDeletions: (0,src_inputs/* parseCount */.zq)('max-deletions', get('max-deletions') || src_inputs/* INPUT_DEFAULTS */.WJ.maxDeletions),
        now: now ? (0,src_inputs/* parseTime */.pe)('now', now) : undefined,
        applyRetentionToExisting: (0,src_inputs/* parseBoolean */.yG)('apply-retention-to-existing', get('apply-retention-to-existing')),
        resource: optional('resource'),
        point: optional('point'),
        metadata: metadata ? (0,src_inputs/* parseMetadata */.jR)([metadata]) : undefined,
        vault: optional('vault'),
        region: optional('region'),
        force: (0,src_inputs/* parseBoolean */.yG)('force', get('force')),
        namespace: optional('namespace'),
        githubToken: optional('github-token'),
        base: optional('base'),
        ...(optional('review-role') ? { reviewRole: get('review-role') } : {}),
        ...(optional('days') ? { days: (0,src_inputs/* parseCount */.zq)('days', get('days')) } : {}),
        ...(optional('world') ? { world: get('world') } : {}),
        ...(optional('prices') ? { prices: get('prices') } : {}),
    };
}
async function run() {
    const host = createActionHost();
    try {
        const inputs = readActionInputs();
        if (inputs.githubToken)
            setSecret(inputs.githubToken);
        (0,src_inputs/* checkInputCombinations */.Vc)(inputs, { now: '`now`', dryRun: '`dry-run: true`' });
        const command = await (0,registry/* loadCommand */.y)(inputs.command);
        process.exitCode = await command(inputs, host);
    }
    catch (error) {
        setFailed(error instanceof Error ? error.message : String(error));
    }
}


/***/ }),

/***/ 8104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ IdTokenUnavailableError)
/* harmony export */ });
// The token-provider port of the credential layer, kept free of SDK imports: the action's host
// implements it, and a command that never touches AWS (validate) must not load an SDK for it.
/** The job has no OIDC token to give (no `id-token: write` permission). */
class IdTokenUnavailableError extends Error {
    name = 'IdTokenUnavailableError';
}


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
