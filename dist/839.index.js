export const id = 839;
export const ids = [839];
export const modules = {

/***/ 4839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_INPUT_BYTES: () => (/* binding */ DEFAULT_MAX_INPUT_BYTES),
/* harmony export */   RETENTION_USAGE: () => (/* binding */ RETENTION_USAGE),
/* harmony export */   formatDecision: () => (/* binding */ formatDecision),
/* harmony export */   parseRetentionArgs: () => (/* binding */ parseRetentionArgs),
/* harmony export */   retentionCliMain: () => (/* binding */ retentionCliMain)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tty__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7066);
/* harmony import */ var node_tty__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tty__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _retention_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(157);
/* harmony import */ var _retention_points_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(518);
/* harmony import */ var _host_terminal_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1540);
/* harmony import */ var _parse_args_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3284);
// `backup-plans retention [--keep-* ...] [--timezone TZ]`: points as JSON on stdin, decisions as JSON on
// stdout. The engine on its own, for trying a policy before putting it in a plan. Exit 0 with the whole
// answer, or exit 2 with an error on stderr and nothing at all on stdout.







const COUNT_FLAGS = {
    'keep-last': 'last',
    'keep-hourly': 'hourly',
    'keep-daily': 'daily',
    'keep-weekly': 'weekly',
    'keep-monthly': 'monthly',
    'keep-yearly': 'yearly',
};
const DURATION_FLAGS = {
    'keep-within': 'within',
    'keep-within-hourly': 'withinHourly',
    'keep-within-daily': 'withinDaily',
    'keep-within-weekly': 'withinWeekly',
    'keep-within-monthly': 'withinMonthly',
    'keep-within-yearly': 'withinYearly',
};
const VALUE_FLAGS = [...Object.keys(COUNT_FLAGS), ...Object.keys(DURATION_FLAGS), 'timezone'];
const RETENTION_USAGE = `usage: backup-plans retention [options] < points.json

Decides which recovery points a keep policy keeps, with restic's "forget" semantics.

input (stdin):  [{"id": "rp-1", "created": "2026-11-25T03:00:00Z"}, ...]  or  {"points": [...]}
output (stdout): {"keep": [{"id": ..., "reasons": [...]}], "remove": [{"id": ...}]}, newest first,
                 one point per line

options:
  --keep-last N             keep the N newest points
  --keep-hourly N           keep the newest point of each of the last N hours that have one
  --keep-daily N            ... days
  --keep-weekly N           ... ISO weeks (Monday to Sunday)
  --keep-monthly N          ... months
  --keep-yearly N           ... years
                            N = -1 means unlimited; a rule with count left also keeps the oldest point
  --keep-within D           keep every point newer than D before the newest point
  --keep-within-hourly D    keep the newest point of each hour within D of the newest point
  --keep-within-daily D     ... day
  --keep-within-weekly D    ... ISO week
  --keep-within-monthly D   ... month
  --keep-within-yearly D    ... year
                            each also keeps the oldest point when it lies within D
                            D is a duration such as 7d, 6m, 1y2m3d4h (y, m = months, d, h)
  --timezone TZ             IANA zone that defines hours, days, weeks, months, years (default UTC)
  -h, --help                show this help

Points with equal creation times are ordered by id. Exit status: 0 decided, 2 bad input.
stdin is read up to 256 MiB (BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES sets another limit).
`;
class UsageError extends Error {
}
/**
 * The most stdin bytes the command reads (about 2.5 million points). Node cannot hold a string
 * longer than ~512 MiB, and the parsed points take several times the text, so a larger input ends in
 * a clear error instead of a crash. BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES sets another limit.
 */
const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;
const LIMIT_VARIABLE = 'BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES';
class InputTooLargeError extends Error {
}
function maxInputBytes() {
    const raw = process.env[LIMIT_VARIABLE];
    if (raw === undefined || raw === '')
        return DEFAULT_MAX_INPUT_BYTES;
    const bytes = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw new UsageError(`${LIMIT_VARIABLE}: expected a whole number of bytes ≥ 1, got "${raw}"`);
    return bytes;
}
async function retentionCliMain(argv, io) {
    let request;
    try {
        request = parseRetentionArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        printError(io.stderr, `error: ${error.message}\nRun "backup-plans retention --help" for usage.\n`);
        return 2;
    }
    if (request === 'help') {
        await write(io.stdout, RETENTION_USAGE);
        return 0;
    }
    if (io.stdinFd !== undefined ? (0,node_tty__WEBPACK_IMPORTED_MODULE_1__.isatty)(io.stdinFd) : io.stdin.isTTY) {
        printError(io.stderr, 'error: expected points as JSON on stdin, e.g. backup-plans retention --keep-daily 7 < points.json\n');
        return 2;
    }
    let limit;
    try {
        limit = maxInputBytes();
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        printError(io.stderr, `error: ${error.message}\n`);
        return 2;
    }
    let output;
    try {
        const points = (0,_retention_points_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePointsBytes */ .WJ)(await readInput(io, limit));
        let decision;
        try {
            decision = (0,_retention_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .decideColumns */ .cj)(points, request.policy, { timezone: request.timezone });
        }
        catch (error) {
            throw error instanceof _retention_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .DuplicatePointError */ .il ? (0,_retention_points_json_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicateIdError */ .bu)(points, error) : error;
        }
        output = formatDecision(points, decision);
    }
    catch (error) {
        // Bad points (JSON shape, dates, duplicates, out-of-range years) are the caller's to fix;
        // anything else is a bug and surfaces as one.
        if (!(error instanceof _retention_points_json_js__WEBPACK_IMPORTED_MODULE_4__/* .PointsInputError */ .uy ||
            error instanceof RangeError ||
            error instanceof InputTooLargeError))
            throw error;
        printError(io.stderr, `error: ${error.message}\n`);
        return 2;
    }
    await write(io.stdout, output);
    return 0;
}
/**
 * The decision as JSON, one point per line, written straight into bytes. For 100,000 points this is
 * the largest cost after reading: a line per point as its own string, joined and then encoded, made
 * the process touch three copies of ~8 MB, and fresh memory is what a short process pays for most.
 * When the reader kept the ids' spans in its input (the common shape), a removed point's line is
 * copied from fixed fragments and those bytes; no string is built for it.
 */
function formatDecision(points, decision) {
    const { ids, spans } = points;
    const { remove } = decision;
    // Sized for the common case (plus slack), so the buffer is allocated once; other ids grow it.
    let expected = 1024 + decision.keep.length * 256 + remove.length * REMOVED_LINE_BYTES;
    if (spans)
        expected += spans.idBytes;
    else
        for (let nr = 0; nr < remove.length; nr++)
            expected += ids.at(remove[nr]).length;
    const out = new ByteWriter(expected);
    out.text('{\n  "keep": [');
    decision.keep.forEach((k, nr) => {
        const reasons = k.reasons.map((r) => JSON.stringify(r)).join(', ');
        out.text(`${nr === 0 ? '\n' : ',\n'}    {"id": ${JSON.stringify(ids.at(k.index))}, "reasons": [${reasons}]}`);
    });
    out.text(decision.keep.length === 0 ? '],\n  "remove": [' : '\n  ],\n  "remove": [');
    if (spans)
        copyRemovedLines(out, spans, remove);
    else
        for (let nr = 0; nr < remove.length; nr++)
            out.text(`${nr === 0 ? '\n' : ',\n'}    {"id": ${JSON.stringify(ids.at(remove[nr]))}}`);
    out.text(remove.length === 0 ? ']\n}\n' : '\n  ]\n}\n');
    return out.bytes();
}
/**
 * The removed points' lines, their ids copied from the input bytes: room for all of them is made
 * once, then every byte is stored in one loop without a call (it runs 100,000 times, mostly before it
 * is optimised; for the ~60 bytes of an id a loop also beats a native copy).
 */
function copyRemovedLines(out, spans, remove) {
    const { bytes, starts, ends } = spans;
    const buffer = out.reserve(remove.length * REMOVED_LINE_BYTES + spans.idBytes);
    let at = out.used;
    for (let nr = 0; nr < remove.length; nr++) {
        const index = remove[nr];
        // ',\n    {"id": "' (the first line without the comma), the id, '"}'
        for (let k = nr === 0 ? 1 : 0; k < NEXT_REMOVED.length; k++)
            buffer[at++] = NEXT_REMOVED[k];
        const end = ends[index];
        for (let i = starts[index]; i < end; i++)
            buffer[at++] = bytes[i];
        buffer[at++] = QUOTE;
        buffer[at++] = CLOSE_OBJECT;
    }
    out.used = at;
}
const NEXT_REMOVED = Buffer.from(',\n    {"id": "');
const QUOTE = 34;
const CLOSE_OBJECT = 125;
/** A removed point's line without its id: ',\n    {"id": "' and '"}'. */
const REMOVED_LINE_BYTES = NEXT_REMOVED.length + 2;
/** UTF-8 bytes appended to one buffer that grows when a piece might not fit. */
class ByteWriter {
    buffer;
    /** Bytes written so far; a caller that stores into reserve()'s buffer moves it on. */
    used = 0;
    constructor(expectedBytes) {
        this.buffer = Buffer.allocUnsafe(Math.max(expectedBytes, 4096));
    }
    text(piece) {
        this.makeRoom(piece.length * 3); // UTF-8 bytes of a UTF-16 code unit
        this.used += this.buffer.write(piece, this.used);
    }
    /** The buffer, with room for `bytes` more from `used` on. */
    reserve(bytes) {
        this.makeRoom(bytes);
        return this.buffer;
    }
    bytes() {
        return this.buffer.subarray(0, this.used);
    }
    makeRoom(bytes) {
        if (this.buffer.length - this.used >= bytes)
            return;
        const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + bytes));
        this.buffer.copy(grown, 0, 0, this.used);
        this.buffer = grown;
    }
}
/** Flags → policy and zone. Throws UsageError with a message that names the flag to fix. */
function parseRetentionArgs(argv) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: joinNegativeValues(argv),
            strict: true,
            allowPositionals: false,
            options: {
                ...Object.fromEntries(VALUE_FLAGS.map((name) => [name, { type: 'string', multiple: true }])),
                help: { type: 'boolean', short: 'h', multiple: true },
            },
        }));
    }
    catch (error) {
        if (!(0,_parse_args_error_js__WEBPACK_IMPORTED_MODULE_5__/* .isParseArgsError */ .Z)(error))
            throw error;
        const message = (0,_parse_args_error_js__WEBPACK_IMPORTED_MODULE_5__/* .describeParseArgsError */ .M)(error);
        throw new UsageError(error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? `${message} (points are read from stdin)`
            : message);
    }
    if (values.help)
        return 'help';
    const single = (name) => {
        const given = values[name];
        if (!given)
            return undefined;
        if (given.length > 1)
            throw new UsageError(`--${name} is given ${given.length} times; give it once`);
        return given[0];
    };
    const policy = {};
    for (const [flag, key] of Object.entries(COUNT_FLAGS)) {
        const raw = single(flag);
        if (raw === undefined)
            continue;
        const n = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
        if (!Number.isSafeInteger(n) || n < -1)
            throw new UsageError(`--${flag}: expected a whole number ≥ 0, or -1 for unlimited; got "${raw}"`);
        policy[key] = n;
    }
    for (const [flag, key] of Object.entries(DURATION_FLAGS)) {
        const raw = single(flag);
        if (raw === undefined)
            continue;
        try {
            (0,_retention_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWithin */ .nM)(raw);
        }
        catch (error) {
            throw new UsageError(`--${flag}: ${error.message}`);
        }
        policy[key] = raw;
    }
    const zone = single('timezone') ?? 'UTC';
    let timezone;
    try {
        timezone = (0,_retention_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalTimeZone */ .g4)(zone);
    }
    catch (error) {
        throw new UsageError(`--timezone: ${error.message}`);
    }
    if ((0,_retention_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .isEmptyPolicy */ .kj)(policy))
        throw new UsageError('no keep policy: give at least one --keep-* option with a count > 0 (or -1), or a non-zero duration. ' +
            'An empty policy would remove every point, so nothing is decided.');
    return { policy, timezone };
}
/**
 * node's parseArgs reads "-1" after "--keep-last" as a short option, not as its value. A value flag
 * followed by something that looks like a negative number becomes "--flag=-1", which parseArgs reads.
 */
function joinNegativeValues(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const next = argv[i + 1];
        if (next !== undefined &&
            /^-\d/.test(next) &&
            VALUE_FLAGS.includes(arg.replace(/^--/, '')) &&
            arg.startsWith('--')) {
            out.push(`${arg}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
/**
 * All of stdin as one buffer, parsed as it is (parsePointsBytes builds no text of the whole input).
 * A descriptor is read synchronously into one buffer: for 10 MB from a pipe that is about a third of
 * the CPU of a stream's 64 KiB chunks and their concatenation, and pages of the buffer that no read
 * reaches are never touched. When the descriptor would block (its pipe was made non-blocking by
 * someone else), the stream reads the rest.
 */
async function readInput(io, limit) {
    const read = [];
    let bytes = 0;
    if (io.stdinFd !== undefined) {
        let buffer = Buffer.allocUnsafe(Math.min(limit + 1, INITIAL_READ_BYTES));
        for (;;) {
            if (bytes === buffer.length) {
                const grown = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
                buffer.copy(grown, 0, 0, bytes);
                buffer = grown;
            }
            let n;
            try {
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(io.stdinFd, buffer, bytes, buffer.length - bytes, null);
            }
            catch (error) {
                if (error.code !== 'EAGAIN')
                    throw error;
                read.push(buffer.subarray(0, bytes));
                return readStream(io.stdin, limit, read, bytes);
            }
            if (n === 0)
                return buffer.subarray(0, bytes);
            bytes += n;
            if (bytes > limit)
                throw tooLarge(limit);
        }
    }
    return readStream(io.stdin, limit, read, bytes);
}
/** Most inputs fit; a larger one doubles it (untouched pages of a large buffer cost nothing). */
const INITIAL_READ_BYTES = 32 * 1024 * 1024;
/** The rest of a stream after the `bytes` already read; stops (and destroys it) past `limit` bytes. */
async function readStream(stream, limit, chunks, bytes) {
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytes += buffer.length;
        // Leaving the loop early ends the iterator, which destroys the stream: nothing more is buffered.
        if (bytes > limit)
            throw tooLarge(limit);
        chunks.push(buffer);
    }
    return Buffer.concat(chunks, bytes);
}
function tooLarge(limit) {
    return new InputTooLargeError(`the input is larger than ${formatBytes(limit)}, the most the retention ` +
        `command reads; decide the points in smaller batches (for example one resource at a time), ` +
        `or raise the limit with ${LIMIT_VARIABLE}`);
}
function formatBytes(bytes) {
    if (bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB (${bytes} bytes)`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB (${bytes} bytes)`;
    return `${bytes} bytes`;
}
/** Messages quote flag values and input: in a workflow step none of it may act as a runner command. */
function printError(stream, text) {
    stream.write((0,_host_terminal_js__WEBPACK_IMPORTED_MODULE_6__/* .neutraliseWorkflowCommands */ .WM)(text));
}
function write(stream, text) {
    return new Promise((resolve) => stream.write(text, () => resolve()));
}


/***/ })

};
