export const id = 920;
export const ids = [920];
export const modules = {

/***/ 927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ loadCommand)
/* harmony export */ });
const commands = {
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(10)]).then(__webpack_require__.bind(__webpack_require__, 10))).validateCommand,
    review: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 5658))).reviewCommand,
    backup: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(73)]).then(__webpack_require__.bind(__webpack_require__, 3454))).backupCommand,
    prune: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(717), __webpack_require__.e(188), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 2407))).pruneCommand,
    restore: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(982), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 269))).restoreCommand,
    drill: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(940), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(415), __webpack_require__.e(982), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 8769))).drillCommand,
    list: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 7678))).listCommand,
    audit: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(415), __webpack_require__.e(327)]).then(__webpack_require__.bind(__webpack_require__, 464))).auditCommand,
    simulate: async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(717), __webpack_require__.e(415), __webpack_require__.e(454), __webpack_require__.e(188), __webpack_require__.e(115), __webpack_require__.e(689), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 722))).simulateCommand,
    retention: async () => (await __webpack_require__.e(/* import() */ 192).then(__webpack_require__.bind(__webpack_require__, 2192))).retentionCommand,
    'list-plans': async () => (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(780), __webpack_require__.e(157), __webpack_require__.e(986), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 7751))).listPlansCommand,
};
async function loadCommand(name) {
    return commands[name]();
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Vc: () => (/* binding */ checkInputCombinations),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   pe: () => (/* binding */ parseTime),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* harmony import */ var _retention_points_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(518);
// The inputs every command shares. Action inputs and CLI flags are parsed into this one shape.

const COMMANDS = [
    'validate',
    'review',
    'backup',
    'prune',
    'restore',
    'drill',
    'list',
    'audit',
    'simulate',
    'retention',
    'list-plans',
];
/** Defaults shared by action.yml, the action and the CLI. */
const INPUT_DEFAULTS = { plans: 'backup-plans', maxDeletions: '50' };
class InputError extends Error {
    name = 'InputError';
}
function parseCommand(value) {
    const command = value.trim();
    if (COMMANDS.includes(command))
        return command;
    throw new InputError(`unknown command "${command}"; expected one of: ${COMMANDS.join(', ')}`);
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    throw new InputError(`${name}: expected true or false, got "${value}"`);
}
function parseCount(name, value) {
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 0)
        throw new InputError(`${name}: expected a whole number ≥ 0, got "${value}"`);
    return n;
}
/** Strict ISO-8601 with a UTC offset: `new Date()` would read a time without one in the machine's
 * zone and roll 30 February into March, so the answer would depend on where it runs. */
function parseTime(name, value) {
    try {
        return (0,_retention_points_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIsoTime */ .sX)(value, name);
    }
    catch (error) {
        throw new InputError(error.message);
    }
}
/** `metadata` is JSON (an object of strings) or, from the CLI, repeated KEY=VALUE pairs. */
function parseMetadata(values) {
    if (values.length === 0)
        return undefined;
    const out = {};
    for (const raw of values) {
        const value = raw.trim();
        if (value === '')
            continue;
        if (value.startsWith('{')) {
            let parsed;
            try {
                parsed = JSON.parse(value);
            }
            catch (e) {
                throw new InputError(`metadata: not valid JSON: ${e.message}`);
            }
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
                throw new InputError('metadata: expected a JSON object of strings');
            for (const [k, v] of Object.entries(parsed)) {
                if (typeof v !== 'string')
                    throw new InputError(`metadata: value of "${k}" must be a string`);
                out[k] = v;
            }
        }
        else {
            const eq = value.indexOf('=');
            if (eq <= 0)
                throw new InputError(`metadata: expected KEY=VALUE or a JSON object, got "${value}"`);
            out[value.slice(0, eq)] = value.slice(eq + 1);
        }
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** Checks that concern several inputs at once; `names` says how the caller spells them. */
function checkInputCombinations(inputs, names) {
    if (inputs.now && !inputs.dryRun)
        throw new InputError(`${names.now} (a what-if time) only works with ${names.dryRun}`);
}


/***/ }),

/***/ 518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ parsePointsBytes),
/* harmony export */   bu: () => (/* binding */ duplicateIdError),
/* harmony export */   sX: () => (/* binding */ parseIsoTime),
/* harmony export */   uy: () => (/* binding */ PointsInputError)
/* harmony export */ });
/* unused harmony exports parsePointsJson, readGeneral, scanCommonShape */
/* harmony import */ var _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4051);
// Points as JSON, as the `retention` command reads them: `[{"id": …, "created": ISO-8601}, …]` or
// `{"points": [...]}`. Every problem is reported with its place in the document; nothing is guessed.

class PointsInputError extends Error {
    name = 'PointsInputError';
}
const EXAMPLE = '[{"id": "rp-1", "created": "2026-11-25T03:00:00Z"}]';
/**
 * The points of a JSON text as columns (ids and creation times). Every shape or time problem is a
 * PointsInputError naming its place; duplicate ids are the engine's to find (see duplicateIdError).
 *
 * A 100,000-point input is read by scanCommonShape straight from its UTF-8 bytes, without JSON.parse
 * building an object and two strings per point (bench/retention-input.bench.ts). Any input that
 * departs from the common shape, including every invalid one, is read by readGeneral, so what is
 * accepted and every error message are the general reader's. The CLI reads bytes: parsePointsBytes.
 */
function parsePointsJson(text) {
    return scanCommonShape(Buffer.from(text, 'utf8')) ?? readGeneral(text);
}
/** The engine's DuplicatePointError, worded with the points' places in the input. */
function duplicateIdError(input, error) {
    const { path } = input;
    return new PointsInputError(`${path}[${error.second}].id: duplicate id ${JSON.stringify(error.id)} (also at ${path}[${error.first}])`);
}
/** The general reader: JSON.parse, then every point checked in order. Exported for the tests. */
function readGeneral(text) {
    if (text.trim() === '')
        throw new PointsInputError(`no input: expected points as JSON on stdin, e.g. ${EXAMPLE}`);
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new PointsInputError(`input is not valid JSON (${error.message}); expected e.g. ${EXAMPLE}`);
    }
    let list = document;
    let path = 'input';
    if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
        if (!('points' in document))
            throw new PointsInputError(`expected a JSON array of points or {"points": [...]}, e.g. ${EXAMPLE}`);
        list = document.points;
        path = 'points';
    }
    if (!Array.isArray(list))
        throw new PointsInputError(`${path}: expected an array of points, e.g. ${EXAMPLE}`);
    const n = list.length;
    const ids = new Array(n);
    const times = new Float64Array(n);
    for (let index = 0; index < n; index++) {
        const item = list[index];
        if (item === null || typeof item !== 'object' || Array.isArray(item))
            throw new PointsInputError(`${path}[${index}]: expected an object with "id" and "created"`);
        const { id, created } = item;
        if (typeof id !== 'string' || id === '')
            throw new PointsInputError(`${path}[${index}].id: expected a non-empty string, got ${describe(id)}`);
        ids[index] = id;
        if (typeof created !== 'string')
            throw new PointsInputError(`${path}[${index}].created: expected an ISO-8601 time string, got ${describe(created)}`);
        const common = utcIsoMsOfText(created);
        times[index] = common === common ? common : parseIsoTime(created, `${path}[${index}].created`).getTime();
    }
    return { ids, times, path };
}
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
/**
 * Ids kept as spans of the input (see IdSpans): 100,000 strings cost more than reading the whole
 * input, so a string is made only when one is asked for (an error message, a tie, a kept point).
 * Only valid UTF-8 without U+FFFD is held this way, so bytes are equal exactly when ids are.
 */
class SpanIds {
    bytes;
    starts;
    ends;
    idBytes;
    hashes;
    constructor(bytes, starts, ends, idBytes, 
    /** FNV-1a hash (as int32) of each id's bytes, taken while reading them (see idStringEnd). */
    hashes) {
        this.bytes = bytes;
        this.starts = starts;
        this.ends = ends;
        this.idBytes = idBytes;
        this.hashes = hashes;
    }
    get length() {
        return this.starts.length;
    }
    at(index) {
        if (!(index >= 0 && index < this.starts.length))
            return undefined;
        return this.bytes.toString('utf8', this.starts[index], this.ends[index]);
    }
    /**
     * firstRepeat (order.ts) over the bytes: an open-addressing table of the ids' FNV-1a hashes; equal
     * hashes are confirmed by comparing the bytes.
     */
    firstRepeat() {
        const { bytes, starts, ends, hashes } = this;
        const n = starts.length;
        let size = 16;
        while (size < n * 2)
            size *= 2;
        const mask = size - 1;
        const slots = new Int32Array(size); // index + 1 of the id in the slot; 0 = empty
        for (let i = 0; i < n; i++) {
            const start = starts[i];
            const end = ends[i];
            const hash = hashes[i];
            for (let at = hash & mask;; at = (at + 1) & mask) {
                const slot = slots[at];
                if (slot === 0) {
                    slots[at] = i + 1;
                    break;
                }
                const other = slot - 1;
                if (hashes[other] === hash &&
                    sameBytes(bytes, starts[other], ends[other], start, end))
                    return { first: other, second: i };
            }
        }
        return undefined;
    }
}
function sameBytes(b, aStart, aEnd, bStart, bEnd) {
    if (aEnd - aStart !== bEnd - bStart)
        return false;
    for (let k = 0; k < aEnd - aStart; k++)
        if (b[aStart + k] !== b[bStart + k])
            return false;
    return true;
}
/** The points of JSON bytes (UTF-8, a byte-order mark allowed) as columns; see parsePointsJson. */
function parsePointsBytes(bytes) {
    const from = hasByteOrderMark(bytes) ? 3 : 0;
    return scanCommonShape(bytes, from) ?? readGeneral(bytes.toString('utf8', from));
}
function hasByteOrderMark(bytes) {
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
/**
 * The common shape read from the UTF-8 bytes themselves: `[{"id": "…", "created": "…Z"}, …]` or the
 * same array as `{"points": […]}`, either key order, any JSON whitespace, ids without escapes or
 * control characters, times in the common UTC form (utcIsoMs). Undefined as soon as the bytes depart
 * from that shape; the general reader then decides. Whatever this accepts, JSON.parse and the general
 * reader accept with the same ids and times (test/retention/points-json.test.ts checks both ways).
 * No text of the whole input is built, and no string per point: ids stay spans (SpanIds).
 */
function scanCommonShape(b, from = 0) {
    let at = skipSpace(b, from);
    let path = 'input';
    if (b[at] === OPEN_OBJECT) {
        at = skipSpace(b, at + 1);
        if (!startsWith(b, at, POINTS_KEY))
            return undefined;
        at = skipSpace(b, at + POINTS_KEY.length);
        if (b[at] !== COLON)
            return undefined;
        at = skipSpace(b, at + 1);
        path = 'points';
    }
    if (b[at] !== OPEN_ARRAY)
        return undefined;
    at = skipSpace(b, at + 1);
    // Sized for the common layout (~100 bytes a point) and grown when needed.
    let capacity = Math.max(16, (b.length >> 6) + 1);
    let starts = new Int32Array(capacity);
    let ends = new Int32Array(capacity);
    let hashes = new Int32Array(capacity);
    let times = new Float64Array(capacity);
    let n = 0;
    let idBytes = 0;
    if (b[at] === CLOSE_ARRAY)
        at++;
    else
        for (;;) {
            if (b[at] !== OPEN_OBJECT)
                return undefined;
            at++;
            if (b[at] <= SPACE)
                at = skipSpace(b, at);
            let idStart = -1;
            let idEnd = -1;
            let hash = 0;
            let time = NaN;
            for (let field = 0; field < 2; field++) {
                if (field === 1) {
                    if (b[at] !== COMMA)
                        return undefined;
                    at++;
                    if (b[at] <= SPACE)
                        at = skipSpace(b, at);
                }
                const isId = startsWith(b, at, ID_KEY);
                if (isId)
                    at += ID_KEY.length;
                else if (startsWith(b, at, CREATED_KEY))
                    at += CREATED_KEY.length;
                else
                    return undefined;
                if (b[at] <= SPACE)
                    at = skipSpace(b, at);
                if (b[at] !== COLON)
                    return undefined;
                at++;
                if (b[at] <= SPACE)
                    at = skipSpace(b, at);
                if (b[at] !== QUOTE)
                    return undefined;
                const start = at + 1;
                const end = isId ? idStringEnd(b, start) : plainStringEnd(b, start);
                if (end < 0)
                    return undefined;
                if (isId) {
                    if (idStart >= 0 || end === start)
                        return undefined;
                    idStart = start;
                    idEnd = end;
                    hash = idHash;
                }
                else {
                    if (time === time)
                        return undefined; // a second "created"
                    time = utcIsoMs(b, start, end);
                    if (time !== time)
                        return undefined;
                }
                at = end + 1;
                if (b[at] <= SPACE)
                    at = skipSpace(b, at);
            }
            if (b[at] !== CLOSE_OBJECT)
                return undefined;
            if (n === capacity) {
                capacity *= 2;
                starts = grown(starts, capacity);
                ends = grown(ends, capacity);
                hashes = grown(hashes, capacity);
                times = grown(times, capacity);
            }
            starts[n] = idStart;
            ends[n] = idEnd;
            hashes[n] = hash;
            times[n] = time;
            idBytes += idEnd - idStart;
            n++;
            at++;
            if (b[at] <= SPACE)
                at = skipSpace(b, at);
            const next = b[at];
            at++;
            if (next === CLOSE_ARRAY)
                break;
            if (next !== COMMA)
                return undefined;
            if (b[at] <= SPACE)
                at = skipSpace(b, at);
        }
    if (path === 'points') {
        at = skipSpace(b, at);
        if (b[at] !== CLOSE_OBJECT)
            return undefined;
        at++;
    }
    if (skipSpace(b, at) !== b.length)
        return undefined;
    const ids = new SpanIds(b, starts.subarray(0, n), ends.subarray(0, n), idBytes, hashes.subarray(0, n));
    return { ids, times: times.slice(0, n), path, spans: ids };
}
const ID_KEY = Uint8Array.from('"id"', (c) => c.charCodeAt(0));
const CREATED_KEY = Uint8Array.from('"created"', (c) => c.charCodeAt(0));
const POINTS_KEY = Uint8Array.from('"points"', (c) => c.charCodeAt(0));
function startsWith(b, at, key) {
    if (at + key.length > b.length)
        return false;
    for (let k = 0; k < key.length; k++)
        if (b[at + k] !== key[k])
            return false;
    return true;
}
function grown(array, capacity) {
    const next = new array.constructor(capacity);
    next.set(array);
    return next;
}
/** The FNV-1a hash (as int32) of the bytes of the id idStringEnd read last. */
let idHash = 0;
/**
 * Where the id's string body starting at `start` ends, as plainStringEnd; -1 also when its bytes are
 * not valid UTF-8 or encode a U+FFFD (either may be a replacement the general reader sees otherwise).
 * Hashes the bytes on the way (idHash), so the duplicate search does not read them again.
 */
function idStringEnd(b, start) {
    let high = false;
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < b.length; i++) {
        const c = b[i];
        if (c === QUOTE) {
            idHash = hash;
            return high && b.toString('utf8', start, i).includes('\uFFFD') ? -1 : i;
        }
        if (c < SPACE || c === BACKSLASH)
            return -1;
        if (c >= 0x80)
            high = true;
        hash = Math.imul(hash ^ c, 0x01000193);
    }
    return -1;
}
/** The first position at or after `at` that is not JSON whitespace. */
function skipSpace(b, at) {
    for (;;) {
        const c = b[at];
        if (c === SPACE || c === LF || c === CR || c === TAB)
            at++;
        else
            return at;
    }
}
/**
 * Where the string body starting at `start` ends (its closing quote), when it reads as itself inside
 * JSON quotes: no escape, no control character. -1 otherwise. (A loop in JavaScript: a native
 * indexOf per string costs more than the scan for ids of ~60 bytes.)
 */
function plainStringEnd(b, start) {
    for (let i = start; i < b.length; i++) {
        const c = b[i];
        if (c === QUOTE)
            return i;
        if (c < SPACE || c === BACKSLASH)
            return -1;
    }
    return -1;
}
function describe(value) {
    return value === undefined ? 'nothing' : JSON.stringify(value);
}
const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The common form, as AWS and toISOString write it ("2026-11-25T03:00:00Z", "…:00.123Z"), read from
 * the bytes t[from, to) without a regular expression. NaN for anything else, including every invalid
 * time: the general parser then decides, and words the error.
 */
function utcIsoMs(t, from, to) {
    const len = to - from;
    if (len < 20 || len > 24 || t[to - 1] !== 90 /* Z */)
        return NaN;
    // "YYYY-MM-DDTHH:MM:SS" read in one loop (no call per field: this runs per point, mostly before it
    // is optimised): digits, except - at 4 and 7, T at 10, : at 13 and 16, each ending a field.
    let field = 0;
    let value = 0;
    for (let i = 0; i < 19; i++) {
        const c = t[from + i];
        const expected = ISO_LAYOUT[i];
        if (expected === 0) {
            if (c < DIGIT_0 || c > DIGIT_0 + 9)
                return NaN;
            value = value * 10 + c - DIGIT_0;
        }
        else {
            if (c !== expected)
                return NaN;
            isoFields[field++] = value;
            value = 0;
        }
    }
    isoFields[5] = value;
    let millis = 0;
    if (len > 20) {
        // ".f", ".ff" or ".fff" before the Z
        if (t[from + 19] !== 46 /* . */)
            return NaN;
        millis = digitsAt(t, from + 20, len - 21);
        if (millis < 0)
            return NaN;
        millis *= len === 22 ? 100 : len === 23 ? 10 : 1;
    }
    const year = isoFields[0];
    const month = isoFields[1];
    const day = isoFields[2];
    const hour = isoFields[3];
    const minute = isoFields[4];
    const second = isoFields[5];
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return NaN;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]))
        return NaN;
    return (0,_time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(year, month, day) * _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}
/** The bytes of "YYYY-MM-DDTHH:MM:SS": 0 where a digit stands, else the byte itself. */
const ISO_LAYOUT = Uint8Array.from('0000-00-00T00:00:00', (c) => (c === '0' ? 0 : c.charCodeAt(0)));
/** utcIsoMs's year, month, day, hour, minute, second. */
const isoFields = new Int32Array(6);
const timeBytes = new Uint8Array(24);
/** utcIsoMs of a string (the general reader's values); NaN for anything but the common form. */
function utcIsoMsOfText(text) {
    if (text.length < 20 || text.length > 24)
        return NaN;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f)
            return NaN;
        timeBytes[i] = c;
    }
    return utcIsoMs(timeBytes, 0, text.length);
}
/** The number written by `count` ASCII digits at `from`, or -1. (No closure: this runs per point.) */
function digitsAt(t, from, count) {
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const d = t[i] - DIGIT_0;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
/**
 * A strict ISO-8601 / RFC 3339 time with an explicit offset. Date.parse is not enough: it accepts
 * 30 February, and it reads a time without an offset as local time, which would make decisions
 * depend on the machine they run on.
 */
function parseIsoTime(text, where) {
    const m = ISO.exec(text.trim());
    const bad = (why) => new PointsInputError(`${where}: ${JSON.stringify(text)} ${why}; expected e.g. "2026-11-25T03:00:00Z"`);
    if (!m) {
        if (/^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text.trim()))
            throw bad('has no UTC offset (add Z or e.g. +01:00)');
        throw bad('is not an ISO-8601 time');
    }
    const [, y, mo, d, h, mi, s = '0', frac = '', , sign, oh = '0', om = '0'] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const daysInMonth = (0,_time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(year, month + 1, 1) - (0,_time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(year, month, 1);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth)
        throw bad('is not a calendar date');
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59)
        throw bad('is not a valid time of day');
    const offsetMs = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
    const ms = (0,_time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(year, month, day) * _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec +
        ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 +
        Number(frac.slice(0, 3).padEnd(3, '0')) -
        offsetMs;
    return new Date(ms);
}


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ MS_PER_HOUR),
/* harmony export */   EM: () => (/* binding */ MS_PER_MINUTE),
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   RU: () => (/* binding */ isoWeekFromDays),
/* harmony export */   TQ: () => (/* binding */ civilFromDays),
/* harmony export */   ec: () => (/* binding */ MS_PER_DAY),
/* harmony export */   fG: () => (/* binding */ padYear),
/* harmony export */   wl: () => (/* binding */ pad2)
/* harmony export */ });
// Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, without Date objects.
// The engine buckets 100,000 points per decision; plain integer maths keeps that cheap and
// sidesteps Date.UTC's "years 0–99 mean 1900–1999" quirk.
// Fixed unit lengths in ms: the one set the product uses (the simulator keeps its own, since it never
// imports product code). A day here is 24 elapsed hours, not a civil day in a time zone.
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** Days since 1970-01-01 of a civil date; month and day may overflow and are normalised like Go's time.Date. */
function daysFromCivil(year, month, day) {
    // Fold month overflow into the year first (Go normalises month before day).
    const m0 = month - 1;
    const y = year + Math.floor(m0 / 12);
    const m = (((m0 % 12) + 12) % 12) + 1;
    // Howard Hinnant's days_from_civil, with the day added linearly so it may overflow.
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const mp = (m + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5);
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468 + (day - 1);
}
/** The civil date of a day number (days since 1970-01-01). */
function civilFromDays(days) {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
/** ISO 8601 week of a day number: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeekFromDays(days) {
    const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    const thursday = days - weekday + 3;
    const year = civilFromDays(thursday).year;
    return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}
const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
/** Years print with at least four digits, as ISO 8601 does. */
const padYear = (y) => y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');


/***/ })

};
