export const id = 157;
export const ids = [157];
export const modules = {

/***/ 3460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hv: () => (/* binding */ isZeroDuration),
/* harmony export */   nM: () => (/* binding */ parseWithin),
/* harmony export */   po: () => (/* binding */ formatWithin),
/* harmony export */   uP: () => (/* binding */ subtractWithin)
/* harmony export */ });
/* harmony import */ var _time_calendar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4051);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3083);
// restic's calendar durations ("1y2m3d4h": years, months, days, hours; `m` is months, not minutes)
// and the date arithmetic restic applies to them (Go's AddDate, then whole hours).


const UNITS = { y: 'years', m: 'months', d: 'days', h: 'hours' };
const HINT = 'expected a duration such as 7d, 2m or 1y2m3d4h (y = years, m = months, d = days, h = hours)';
/**
 * Parses a restic duration. Stricter than restic where restic is surprising: each unit at most once,
 * no negative numbers, no empty string (restic reads "" as zero and "-1d" as a duration into the future).
 */
function parseWithin(duration) {
    const text = duration.trim();
    if (text === '')
        throw new RangeError(`empty duration: ${HINT}`);
    const out = { years: 0, months: 0, days: 0, hours: 0 };
    const seen = new Set();
    const token = /(\d+)(\D?)/y;
    let at = 0;
    while (at < text.length) {
        token.lastIndex = at;
        const match = token.exec(text);
        if (!match)
            throw new RangeError(`invalid duration "${duration}": ${HINT}`);
        const [whole, digits = '', unit = ''] = match;
        if (unit === '')
            throw new RangeError(`invalid duration "${duration}": the number ${digits} has no unit; ${HINT}`);
        if (!(unit in UNITS))
            throw new RangeError(`invalid duration "${duration}": unknown unit "${unit}"; ${HINT}`);
        if (seen.has(unit))
            throw new RangeError(`invalid duration "${duration}": unit "${unit}" appears twice`);
        seen.add(unit);
        const value = Number(digits);
        // 10^6 years is far beyond any retention and keeps the date arithmetic exact.
        if (value > 1_000_000)
            throw new RangeError(`invalid duration "${duration}": ${digits}${unit} is too large`);
        out[UNITS[unit]] = value;
        at += whole.length;
    }
    return out;
}
function isZeroDuration(d) {
    return d.years === 0 && d.months === 0 && d.days === 0 && d.hours === 0;
}
/** restic's rendering: non-zero parts only, e.g. "1y2m3d4h", "7d". */
function formatWithin(d) {
    let s = '';
    if (d.years)
        s += `${d.years}y`;
    if (d.months)
        s += `${d.months}m`;
    if (d.days)
        s += `${d.days}d`;
    if (d.hours)
        s += `${d.hours}h`;
    return s || '0h';
}
/**
 * `reference` minus the duration, as restic computes it: Go's AddDate(-y, -m, -d) on the wall clock of
 * the zone (month and day overflow normalised, so 31 March minus one month is 3 March, or 2 March in a
 * leap year), then minus whole hours of elapsed time. Returns -Infinity when the result would leave
 * the range of a JavaScript Date (so everything counts as "within").
 */
function subtractWithin(referenceMs, d, offsetAt) {
    const wall = referenceMs + offsetAt(referenceMs);
    const dayNumber = Math.floor(wall / _time_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .MS_PER_DAY */ .ec);
    const timeOfDay = wall - dayNumber * _time_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .MS_PER_DAY */ .ec;
    const civil = (0,_time_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .civilFromDays */ .TQ)(dayNumber);
    const shiftedDays = (0,_time_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .daysFromCivil */ .Hd)(civil.year - d.years, civil.month - d.months, civil.day - d.days);
    const shiftedWall = shiftedDays * _time_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .MS_PER_DAY */ .ec + timeOfDay;
    // Stay clear of Date's ±8.64e15 ms limit (and of Intl refusing such instants).
    if (shiftedWall < -8.6e15)
        return -Infinity;
    return (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_0__/* .wallToUtc */ .Ue)(shiftedWall, offsetAt) - d.hours * _time_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .MS_PER_HOUR */ .C_;
}


/***/ }),

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  il: () => (/* binding */ DuplicatePointError),
  dX: () => (/* binding */ applyRetention),
  g4: () => (/* reexport */ zone/* canonicalTimeZone */.g4),
  cj: () => (/* binding */ decideColumns),
  wy: () => (/* binding */ describePolicy),
  kj: () => (/* binding */ isEmptyPolicy),
  nM: () => (/* reexport */ retention_duration/* parseWithin */.nM)
});

// UNUSED EXPORTS: TimeZoneError, describeReason, formatWithin, policyProblems

// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/retention/duration.ts
var retention_duration = __webpack_require__(3460);
;// CONCATENATED MODULE: ./src/retention/order.ts
// The engine's walk order: newest first, equal creation times by id ascending (UTF-16 code units).
//
// A comparator sort calls back into JavaScript ~n·log n times (1.7 million calls for 100,000 points)
// and dominated the engine's run time. Instead the times are sorted natively as typed arrays, and ids
// are compared only inside runs of equal times.
function newestFirstOrder(times, idOf) {
    const order = packedOrder(times) ?? placedOrder(times);
    sortTiesById(times, order, idOf);
    return order;
}
/**
 * Newest first, equal times by index: each point as one 64-bit key, (newest − time) in the high bits
 * and its index in the low ones, sorted natively. Undefined unless every time is a whole number of ms
 * and the span of times fits beside the index (2^47 ms, ~4,000 years, for 100,000 points).
 */
function packedOrder(times) {
    const n = times.length;
    let newest = -Infinity;
    let oldest = Infinity;
    for (let i = 0; i < n; i++) {
        const t = times[i];
        if (t !== Math.floor(t))
            return undefined;
        if (t > newest)
            newest = t;
        if (t < oldest)
            oldest = t;
    }
    let indexBits = 1;
    while (2 ** indexBits < n)
        indexBits++;
    const indexRange = 2 ** indexBits; // the low word: (ms part) * indexRange + index
    const msPerHigh = 2 ** (32 - indexBits);
    if (indexBits > 31 || (newest - oldest) / msPerHigh >= 2 ** 32)
        return undefined;
    const keys = new BigUint64Array(n);
    const words = new Uint32Array(keys.buffer); // little-endian words: low, high
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const lowAt = littleEndian ? 0 : 1;
    for (let i = 0; i < n; i++) {
        const age = newest - times[i];
        const high = Math.floor(age / msPerHigh);
        words[2 * i + lowAt] = (age - high * msPerHigh) * indexRange + i;
        words[2 * i + 1 - lowAt] = high;
    }
    keys.sort(); // typed-array sort is numeric and native
    const order = new Int32Array(n);
    const mask = indexRange - 1;
    for (let i = 0; i < n; i++)
        order[i] = words[2 * i + lowAt] & mask;
    return order;
}
/** Newest first, by any times: sorted natively, each point placed at the first slot of its time. */
function placedOrder(times) {
    const n = times.length;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++)
        keys[i] = -times[i];
    keys.sort(); // typed-array sort is numeric and native
    const order = new Int32Array(n);
    const filled = new Int32Array(n); // points placed so far in the run starting at a slot
    for (let i = 0; i < n; i++) {
        const key = -times[i];
        let lo = 0;
        let hi = n;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (keys[mid] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        order[lo + filled[lo]] = i;
        filled[lo] = filled[lo] + 1;
    }
    return order;
}
/** Orders each run of equal times in `order` by id ascending. */
function sortTiesById(times, order, idOf) {
    const n = order.length;
    for (let start = 0; start < n;) {
        const time = times[order[start]];
        let end = start + 1;
        while (end < n && times[order[end]] === time)
            end++;
        if (end - start > 1) {
            const run = Array.from(order.subarray(start, end)).sort((a, b) => {
                const idA = idOf(a);
                const idB = idOf(b);
                return idA < idB ? -1 : idA > idB ? 1 : 0;
            });
            order.set(run, start);
        }
        start = end;
    }
}
/** The first repeated id of a column, with both places (see firstRepeat). */
function firstRepeatedId(ids) {
    if (ids.firstRepeat === undefined)
        return firstRepeat(Array.isArray(ids)
            ? ids
            : Array.from({ length: ids.length }, (_, i) => ids.at(i)));
    const repeat = ids.firstRepeat();
    return repeat && { value: ids.at(repeat.second), ...repeat };
}
/**
 * The first value (in input order) that repeats an earlier one, with both places; undefined when all
 * values differ. An open-addressing table of FNV-1a hashes over typed arrays: for 100,000 AWS ARNs
 * about twice as fast as a Set (and four times as fast as sorting a copy, since ARNs share long
 * prefixes that every comparison re-reads). Equal hashes are confirmed by comparing the strings.
 */
function firstRepeat(values) {
    const n = values.length;
    let size = 16;
    while (size < n * 2)
        size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size); // index + 1 of the value in the slot; 0 = empty
    const hashes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const value = values[i];
        let hash = 0x811c9dc5 | 0; // as int32, like the values Int32Array stores
        for (let k = 0; k < value.length; k++)
            hash = Math.imul(hash ^ value.charCodeAt(k), 0x01000193);
        hashes[i] = hash;
        for (let at = hash & mask;; at = (at + 1) & mask) {
            const slot = slots[at];
            if (slot === 0) {
                slots[at] = i + 1;
                break;
            }
            if (hashes[slot - 1] === hash && values[slot - 1] === value)
                return { value, first: slot - 1, second: i };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/time/zone.ts
var zone = __webpack_require__(3083);
;// CONCATENATED MODULE: ./src/retention/engine.ts
// The keep/remove decision for a list of recovery points: restic's `forget` policy (ApplyPolicy in
// restic's internal/restic/snapshot_policy.go), pure and deterministic.
//
// How it decides, exactly as restic does:
// - Points are walked newest first. Each count rule (last, hourly … yearly) keeps a point when the
//   point opens a bucket (hour, day, ISO week, month, year; for `last` every point is its own bucket)
//   that differs from the bucket of the point it kept before, until its count is used up. -1 never
//   runs out. A rule that still has count left when it reaches the oldest point keeps that point too
//   (restic does this to stretch the history as far back as the counts allow).
// - `within` keeps every point created strictly after (newest − duration); `withinDaily` etc. keep the
//   first point of each bucket after that threshold, and (like the count rules) the oldest point of
//   all when it lies after the threshold. The threshold is measured from the NEWEST POINT,
//   not from now, so a backlog of failed backups never ages good points out. (restic ignores points in
//   the future when it looks for the newest one; a pure function has no "now", so every point counts.)
// - Buckets and calendar arithmetic happen on the wall clock of one IANA time zone (UTC by default):
//   the repeated autumn hour is one hourly bucket, a 23- or 25-hour day is one daily bucket.
//
// Where restic depends on input order, this engine does not: points with equal creation times are
// ordered by id, ascending by UTF-16 code units ("rp-a" counts as newer than "rp-b" at the same time).
// restic's own expected results compare kept times only, which any tie order satisfies.






/** Two points share an id: `second` repeats the id of `first` (indexes in input order). */
class DuplicatePointError extends RangeError {
    id;
    first;
    second;
    name = 'DuplicatePointError';
    constructor(id, first, second) {
        super(`duplicate point id ${JSON.stringify(id)}`);
        this.id = id;
        this.first = first;
        this.second = second;
    }
}
const COUNT_KEYS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'];
const WITHIN_KEYS = {
    withinHourly: 'hourly',
    withinDaily: 'daily',
    withinWeekly: 'weekly',
    withinMonthly: 'monthly',
    withinYearly: 'yearly',
};
const ALL_WITHIN_KEYS = [
    'within',
    ...Object.keys(WITHIN_KEYS),
];
/** Dates outside years 1–9999 are almost certainly bad input, and would leave Intl's safe range. */
const MIN_MS = new Date('0001-01-01T00:00:00Z').getTime();
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
function describeReason(reason) {
    switch (reason.kind) {
        case 'last':
            return reason.limit === -1
                ? `last (#${reason.rank}, unlimited)`
                : `last ${reason.limit} (#${reason.rank})`;
        case 'within':
            return `within ${reason.within} of newest`;
        case 'hourly':
        case 'daily':
        case 'weekly':
        case 'monthly':
        case 'yearly':
            if (reason.oldestLeft === undefined)
                return `${reason.kind} (${reason.bucket})`;
            return reason.oldestLeft === -1
                ? `${reason.kind} (${reason.bucket}, oldest point)`
                : `${reason.kind} (${reason.bucket}, oldest point; ${reason.oldestLeft} ${reason.kind} unused)`;
        default:
            return `${reason.kind.slice('within-'.length)} within ${reason.within} (${reason.bucket}${reason.oldest ? ', oldest point' : ''})`;
    }
}
/** The policy in words, like restic's: "keep 7 daily, 4 weekly, all monthly; hourly within 2d; all within 1d of newest". */
function describePolicy(policy) {
    const counts = [];
    for (const key of COUNT_KEYS) {
        const value = policy[key];
        if (value === -1)
            counts.push(`all ${key}`);
        else if (value !== undefined && value > 0)
            counts.push(`${value} ${key}`);
    }
    const windows = [];
    for (const [key, kind] of Object.entries(WITHIN_KEYS)) {
        const value = policy[key];
        if (value !== undefined)
            windows.push(`${kind} within ${value.trim()}`);
    }
    if (policy.within !== undefined)
        windows.push(`all within ${policy.within.trim()} of newest`);
    const parts = [counts.join(', '), windows.join(', ')].filter((p) => p !== '');
    return parts.length > 0 ? `keep ${parts.join('; ')}` : 'keep nothing';
}
/** Problems with a policy, in words a user can act on; empty when the policy is usable. */
function policyProblems(policy) {
    const problems = [];
    for (const key of COUNT_KEYS) {
        const value = policy[key];
        if (value === undefined)
            continue;
        if (!Number.isSafeInteger(value) || value < -1)
            problems.push(`${key}: expected a whole number ≥ 0, or -1 for unlimited; got ${String(value)}`);
    }
    for (const key of ALL_WITHIN_KEYS) {
        const value = policy[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'string') {
            problems.push(`${key}: expected a duration string such as "7d", got ${String(value)}`);
            continue;
        }
        try {
            (0,retention_duration/* parseWithin */.nM)(value);
        }
        catch (error) {
            problems.push(`${key}: ${error.message}`);
        }
    }
    if (problems.length === 0 && isEmptyPolicy(policy))
        problems.push('the keep policy keeps nothing: set at least one count (> 0, or -1 for unlimited) or a non-zero within duration');
    return problems;
}
/**
 * True when the policy asks to keep nothing: no count > 0 or -1 and no non-zero within duration.
 * Applying such a policy would delete every point, so `applyRetention` refuses it. A within value that
 * does not parse counts as set (policyProblems reports it); this function never throws.
 */
function isEmptyPolicy(policy) {
    for (const key of COUNT_KEYS) {
        const value = policy[key];
        if (value !== undefined && (value > 0 || value === -1))
            return false;
    }
    for (const key of ALL_WITHIN_KEYS) {
        const value = policy[key];
        if (value === undefined)
            continue;
        try {
            if (!(0,retention_duration/* isZeroDuration */.hv)((0,retention_duration/* parseWithin */.nM)(value)))
                return false;
        }
        catch {
            return false;
        }
    }
    return true;
}
/**
 * Decides which points to keep and which to remove. Throws a RangeError for an invalid or empty
 * policy, an unknown time zone, a point without a valid creation time (years 1–9999), or duplicate ids
 * (a DuplicatePointError).
 */
function applyRetention(points, policy, options = {}) {
    const n = points.length;
    const times = new Float64Array(n);
    const ids = new Array(n);
    for (let i = 0; i < n; i++) {
        const point = points[i];
        if (typeof point.id !== 'string')
            throw new RangeError(`point ${i}: id must be a string`);
        ids[i] = point.id;
        times[i] = typeof point.created?.getTime === 'function' ? point.created.getTime() : NaN;
    }
    const decision = decideColumns({ ids, times }, policy, options);
    return {
        keep: decision.keep.map(({ index, reasons, details }) => ({
            point: points[index],
            reasons,
            details,
        })),
        remove: Array.from(decision.remove, (index) => points[index]),
    };
}
/**
 * applyRetention over columns (see PointColumns), with the same checks and errors; the retention CLI
 * reads its points straight into columns.
 */
function decideColumns(columns, policy, options = {}) {
    const problems = policyProblems(policy);
    if (problems.length > 0)
        throw new RangeError(`invalid keep policy: ${problems.join('; ')}`);
    const offsetAt = (0,zone/* offsetResolver */.Wm)(options.timezone ?? 'UTC');
    const { ids, times } = columns;
    const n = times.length;
    if (ids.length !== n)
        throw new RangeError(`${ids.length} ids for ${n} creation times`);
    for (let i = 0; i < n; i++) {
        const ms = times[i];
        if (!(ms >= MIN_MS && ms <= MAX_MS))
            throw new RangeError(`point ${JSON.stringify(ids.at(i))}: created must be a valid date between years 1 and 9999`);
    }
    const repeat = firstRepeatedId(ids);
    if (repeat)
        throw new DuplicatePointError(repeat.value, repeat.first, repeat.second);
    if (n === 0)
        return { keep: [], remove: new Int32Array(0) };
    const order = newestFirstOrder(times, (i) => ids.at(i));
    const newest = times[order[0]];
    const counts = [];
    for (const kind of COUNT_KEYS) {
        const count = policy[kind] ?? 0;
        if (count > 0 || count === -1)
            counts.push({ kind, count, limit: count, last: NaN });
    }
    const withinAll = durationOf(policy.within);
    const withinAllText = withinAll && (0,retention_duration/* formatWithin */.po)(withinAll);
    const withinAllThreshold = withinAll ? (0,retention_duration/* subtractWithin */.uP)(newest, withinAll, offsetAt) : Infinity;
    const withins = [];
    for (const [key, kind] of Object.entries(WITHIN_KEYS)) {
        const duration = durationOf(policy[key]);
        if (duration)
            withins.push({
                kind,
                within: (0,retention_duration/* formatWithin */.po)(duration),
                threshold: (0,retention_duration/* subtractWithin */.uP)(newest, duration, offsetAt),
                last: NaN,
            });
    }
    // Once every count is used up and the walk has passed every window, no rule can keep another point
    // (times only fall from here on; a used-up rule keeps no oldest point): the rest is removed as it is.
    let windowsEnd = withinAllThreshold;
    for (const rule of withins)
        windowsEnd = Math.min(windowsEnd, rule.threshold);
    const rules = {
        counts,
        countsLeft: counts.length,
        withins,
        withinAllText,
        withinAllThreshold,
        windowsEnd,
    };
    const calendar = new CalendarCursor(offsetAt);
    const { kept, remove, events } = walk(order, times, rules, calendar);
    return { keep: describeKept(kept, events, order, times, rules, calendar), remove };
}
/**
 * The walk, newest first. Its loop only applies the rules (numbers in, numbers out) and notes why a
 * point is kept as `events`; the reasons are built afterwards for the few kept points. A small loop
 * without strings or objects is quick to optimise, and most of the CLI's 100,000 points are removed.
 */
function walk(order, times, rules, calendar) {
    const n = order.length;
    const kept = [];
    const events = [];
    const remove = new Int32Array(n);
    let removed = 0;
    for (let nr = 0; nr < n; nr++) {
        const index = order[nr];
        const ms = times[index];
        calendar.moveTo(ms);
        if (applyRules(rules, calendar, nr, n, ms, events))
            kept.push(nr);
        else
            remove[removed++] = index;
        if (rules.countsLeft === 0 && ms <= rules.windowsEnd) {
            remove.set(order.subarray(nr + 1), removed);
            removed += n - 1 - nr;
            break;
        }
    }
    return { kept, remove: remove.subarray(0, removed), events };
}
/** An event's rule: WITHIN_ALL, a count rule's position, or WITHIN_RULE + a within rule's position. */
const WITHIN_ALL = -1;
const WITHIN_RULE = 1000;
/**
 * Applies every rule to the point at walk position `nr` (counts used, buckets opened) and appends one
 * event (nr, rule, detail) per rule that keeps it; detail is -2 when a bucket opens, else the count
 * left (-1: unlimited) of a count rule that keeps it as the oldest point, or 1 for a window's oldest
 * point. True when any rule keeps the point.
 */
function applyRules(rules, calendar, nr, n, ms, events) {
    let kept = false;
    if (ms > rules.withinAllThreshold) {
        events.push(nr, WITHIN_ALL, -2);
        kept = true;
    }
    const { counts, withins } = rules;
    for (let r = 0; r < counts.length; r++) {
        const rule = counts[r];
        if (rule.count === 0)
            continue; // used up
        const value = rule.kind === 'last' ? nr : calendar.key(rule.kind);
        const opensBucket = value !== rule.last;
        if (!opensBucket && nr !== n - 1)
            continue;
        events.push(nr, r, opensBucket ? -2 : rule.count);
        kept = true;
        rule.last = value;
        if (rule.count > 0 && --rule.count === 0)
            rules.countsLeft--;
    }
    for (let r = 0; r < withins.length; r++) {
        const rule = withins[r];
        if (!(ms > rule.threshold))
            continue;
        const value = calendar.key(rule.kind);
        const opensBucket = value !== rule.last;
        if (!opensBucket && nr !== n - 1)
            continue;
        events.push(nr, WITHIN_RULE + r, opensBucket ? -2 : 1);
        kept = true;
        rule.last = value;
    }
    return kept;
}
/** The kept points (walk positions, newest first) with their reasons, from the walk's events. */
function describeKept(kept, events, order, times, rules, calendar) {
    const keep = [];
    let e = 0;
    for (const nr of kept) {
        const index = order[nr];
        calendar.moveTo(times[index]);
        const details = [];
        for (; e < events.length && events[e] === nr; e += 3) {
            const rule = events[e + 1];
            const detail = events[e + 2];
            if (rule === WITHIN_ALL)
                details.push({ kind: 'within', within: rules.withinAllText });
            else if (rule < WITHIN_RULE) {
                const { kind, limit } = rules.counts[rule];
                details.push(kind === 'last'
                    ? { kind: 'last', rank: nr + 1, limit }
                    : detail === -2
                        ? { kind, bucket: calendar.label(kind) }
                        : { kind, bucket: calendar.label(kind), oldestLeft: detail });
            }
            else {
                const { kind, within } = rules.withins[rule - WITHIN_RULE];
                details.push({
                    kind: `within-${kind}`,
                    within,
                    bucket: calendar.label(kind),
                    ...(detail === -2 ? {} : { oldest: true }),
                });
            }
        }
        keep.push({ index, reasons: details.map(describeReason), details });
    }
    return keep;
}
function durationOf(text) {
    if (text === undefined)
        return undefined;
    const duration = (0,retention_duration/* parseWithin */.nM)(text);
    return (0,retention_duration/* isZeroDuration */.hv)(duration) ? undefined : duration;
}
/**
 * Calendar fields of the current point on the zone's wall clock. Consecutive points (sorted) mostly
 * share a day, so the civil date and ISO week are recomputed only when the day changes.
 */
class CalendarCursor {
    offsetAt;
    day = NaN;
    hour = 0;
    year = 0;
    month = 0;
    dayOfMonth = 0;
    isoYear = 0;
    isoWeek = 0;
    weekDay = NaN;
    constructor(offsetAt) {
        this.offsetAt = offsetAt;
    }
    moveTo(utcMs) {
        const wall = utcMs + this.offsetAt(utcMs);
        const day = Math.floor(wall / calendar/* MS_PER_DAY */.ec);
        this.hour = Math.floor((wall - day * calendar/* MS_PER_DAY */.ec) / calendar/* MS_PER_HOUR */.C_);
        if (day === this.day)
            return;
        this.day = day;
        const civil = (0,calendar/* civilFromDays */.TQ)(day);
        this.year = civil.year;
        this.month = civil.month;
        this.dayOfMonth = civil.day;
    }
    /** A number that identifies the bucket (restic's YYYYMMDDHH, YYYYMMDD, YYYYWW, YYYYMM, YYYY). */
    key(kind) {
        switch (kind) {
            case 'hourly':
                return this.day * 24 + this.hour;
            case 'daily':
                return this.day;
            case 'weekly':
                this.ensureWeek();
                return this.isoYear * 100 + this.isoWeek;
            case 'monthly':
                return this.year * 100 + this.month;
            case 'yearly':
                return this.year;
        }
    }
    label(kind) {
        const date = `${(0,calendar/* padYear */.fG)(this.year)}-${(0,calendar/* pad2 */.wl)(this.month)}-${(0,calendar/* pad2 */.wl)(this.dayOfMonth)}`;
        switch (kind) {
            case 'hourly':
                return `${date} ${(0,calendar/* pad2 */.wl)(this.hour)}:00`;
            case 'daily':
                return date;
            case 'weekly':
                this.ensureWeek();
                return `${(0,calendar/* padYear */.fG)(this.isoYear)}-W${(0,calendar/* pad2 */.wl)(this.isoWeek)}`;
            case 'monthly':
                return `${(0,calendar/* padYear */.fG)(this.year)}-${(0,calendar/* pad2 */.wl)(this.month)}`;
            case 'yearly':
                return (0,calendar/* padYear */.fG)(this.year);
        }
    }
    ensureWeek() {
        if (this.weekDay === this.day)
            return;
        this.weekDay = this.day;
        const week = (0,calendar/* isoWeekFromDays */.RU)(this.day);
        this.isoYear = week.year;
        this.isoWeek = week.week;
    }
}


/***/ }),

/***/ 3083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ assertTimeZone),
/* harmony export */   Dn: () => (/* binding */ localMinuteOfDay),
/* harmony export */   KX: () => (/* binding */ offsetTransitions),
/* harmony export */   Ue: () => (/* binding */ wallToUtc),
/* harmony export */   Wm: () => (/* binding */ offsetResolver),
/* harmony export */   g4: () => (/* binding */ canonicalTimeZone),
/* harmony export */   rr: () => (/* binding */ isUtc)
/* harmony export */ });
/* unused harmony export TimeZoneError */
/* harmony import */ var _calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4051);
// UTC offsets of an IANA time zone, from the runtime's own tz database (Intl), cached per zone, and
// the wall-clock readings built on them (local minute of the day, DST transitions in a span) that the
// cron slots, plan validation and the retention engine share, so all of them read a zone the same way.
//
// Formatting every point through Intl would cost microseconds each; instead the offset is looked up
// once per UTC day. A day whose start and end offsets differ holds a transition, found to the second
// by bisection. (tzdb transitions fall on whole seconds; a zone with two transitions inside one UTC
// day that cancel out does not exist in practice and would be missed.)

class TimeZoneError extends RangeError {
    name = 'TimeZoneError';
}
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);
const resolvers = new Map();
/** Bound memory in long-lived processes; 200,000 days is ~550 years of one zone. */
const MAX_CACHED_DAYS = 200_000;
/** Intl's canonical zone names, read once. */
let canonicalNames;
/** The canonical name of an IANA zone; throws a TimeZoneError naming the bad value. */
function canonicalTimeZone(timeZone) {
    // Answered without a DateTimeFormat when possible: the process's first one (or first NumberFormat)
    // loads ICU's locale data, ~25 ms, a tenth of a `validate` run; the list of canonical names does
    // not. Every name on that list is its own canonical name (test/time/zone.test.ts checks each).
    if (timeZone === 'UTC')
        return timeZone;
    canonicalNames ??= new Set(Intl.supportedValuesOf('timeZone'));
    if (canonicalNames.has(timeZone))
        return timeZone;
    try {
        return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    }
    catch {
        throw new TimeZoneError(`unknown time zone "${timeZone}": use an IANA name such as UTC, Europe/Berlin or America/New_York`);
    }
}
function isUtc(timeZone) {
    return UTC_NAMES.has(timeZone);
}
const utcOffset = () => 0;
/**
 * An offset lookup for a zone (canonicalised first); UTC and its aliases are a constant 0. Cached under
 * the name as given too, so a caller asking per instant (the schedule code) does not pay for
 * canonicalising (a new Intl.DateTimeFormat) every time.
 */
function offsetResolver(timeZone) {
    const cached = resolvers.get(timeZone);
    if (cached)
        return cached;
    const name = canonicalTimeZone(timeZone);
    const resolver = isUtc(name) ? utcOffset : (resolvers.get(name) ?? createResolver(name));
    resolvers.set(name, resolver);
    resolvers.set(timeZone, resolver);
    return resolver;
}
function createResolver(timeZone) {
    const raw = rawOffset(timeZone);
    const days = new Map();
    const dayOffsets = (day) => {
        const startMs = day * _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec;
        const lastSecond = startMs + _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec - 1000;
        const start = raw(startMs);
        const end = raw(lastSecond);
        if (start === end)
            return { start, end, switchAt: Infinity };
        // Bisect on whole seconds: lo always has the start offset, hi the end offset.
        let lo = startMs;
        let hi = lastSecond;
        while (hi - lo > 1000) {
            const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
            if (raw(mid) === start)
                lo = mid;
            else
                hi = mid;
        }
        return { start, end, switchAt: hi };
    };
    return (utcMs) => {
        const day = Math.floor(utcMs / _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec);
        let info = days.get(day);
        if (!info) {
            if (days.size >= MAX_CACHED_DAYS)
                days.clear();
            info = dayOffsets(day);
            days.set(day, info);
        }
        return utcMs < info.switchAt ? info.start : info.end;
    };
}
/** The uncached offset at an instant, read from Intl's wall-clock fields. */
function rawOffset(timeZone) {
    const format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    });
    return (utcMs) => {
        const whole = Math.floor(utcMs / 1000) * 1000;
        const f = {};
        for (const part of format.formatToParts(whole))
            f[part.type] = part.value;
        const yearOfEra = Number(f.year);
        const year = f.era === 'BC' || f.era === 'B' ? 1 - yearOfEra : yearOfEra;
        const wall = (0,_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(year, Number(f.month), Number(f.day)) * _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec +
            Number(f.hour) * _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_HOUR */ .C_ +
            Number(f.minute) * _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM +
            Number(f.second) * 1000;
        return wall - whole;
    };
}
/**
 * The instant of a wall-clock time (given as ms "as if UTC"), resolved exactly like Go's time.Date:
 * take the offset in force at the wall time read as UTC, and if the resulting instant lies in another
 * offset period, use that period's offset. A time skipped in spring lands after the gap; a repeated
 * autumn time resolves to its later (standard-time) occurrence.
 */
function wallToUtc(wallMs, offsetAt) {
    return wallMs - offsetAt(wallMs - offsetAt(wallMs));
}
/** Throws a TimeZoneError naming the value when the zone is not a known IANA zone. */
function assertTimeZone(timeZone) {
    canonicalTimeZone(timeZone);
}
/** Local time minus UTC, in minutes, at an instant. */
function offsetMinutes(timeZone, utcMs) {
    return Math.round(offsetResolver(timeZone)(utcMs) / _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM);
}
/** Minutes since local midnight (0..1439) at an instant. */
function localMinuteOfDay(timeZone, utcMs) {
    const wall = utcMs + offsetResolver(timeZone)(utcMs);
    return Math.floor((((wall % _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec) + _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec) % _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec) / _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM);
}
/**
 * Instants (to the minute) where the zone's offset changes within [fromMs, toMs]. Sampled daily and
 * bisected: current tzdb zones never change their offset twice within a day.
 */
function offsetTransitions(timeZone, fromMs, toMs) {
    const found = [];
    let lo = fromMs;
    let loOffset = offsetMinutes(timeZone, lo);
    while (lo < toMs) {
        const hi = Math.min(lo + _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_DAY */ .ec, toMs);
        const hiOffset = offsetMinutes(timeZone, hi);
        if (hiOffset !== loOffset) {
            let a = lo;
            let b = hi;
            while (b - a > _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM) {
                const mid = a + Math.floor((b - a) / 2 / _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM) * _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM;
                if (offsetMinutes(timeZone, mid) === loOffset)
                    a = mid;
                else
                    b = mid;
            }
            found.push(b);
        }
        lo = hi;
        loOffset = hiOffset;
    }
    return found;
}


/***/ })

};
