// Points as JSON, as the `retention` command reads them: `[{"id": …, "created": ISO-8601}, …]` or
// `{"points": [...]}`. Every problem is reported with its place in the document; nothing is guessed.

import { daysFromCivil, MS_PER_DAY } from '../time/calendar.js';
import type { DuplicatePointError, IdColumn, PointColumns } from './engine.js';

export class PointsInputError extends Error {
  override name = 'PointsInputError';
}

/** The points read, and how errors name a point: `${path}[${index}]`. */
export interface PointsInput extends PointColumns {
  path: 'input' | 'points';
  /** Where the ids stand in the input bytes, when the common shape was read from them. */
  spans?: IdSpans;
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
export function parsePointsJson(text: string): PointsInput {
  return scanCommonShape(Buffer.from(text, 'utf8')) ?? readGeneral(text);
}

/** The engine's DuplicatePointError, worded with the points' places in the input. */
export function duplicateIdError(input: PointsInput, error: DuplicatePointError): PointsInputError {
  const { path } = input;
  return new PointsInputError(
    `${path}[${error.second}].id: duplicate id ${JSON.stringify(error.id)} (also at ${path}[${error.first}])`,
  );
}

/** The general reader: JSON.parse, then every point checked in order. Exported for the tests. */
export function readGeneral(text: string): PointsInput {
  if (text.trim() === '')
    throw new PointsInputError(`no input: expected points as JSON on stdin, e.g. ${EXAMPLE}`);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new PointsInputError(
      `input is not valid JSON (${(error as Error).message}); expected e.g. ${EXAMPLE}`,
    );
  }
  let list: unknown = document;
  let path: PointsInput['path'] = 'input';
  if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
    if (!('points' in document))
      throw new PointsInputError(`expected a JSON array of points or {"points": [...]}, e.g. ${EXAMPLE}`);
    list = (document as { points: unknown }).points;
    path = 'points';
  }
  if (!Array.isArray(list))
    throw new PointsInputError(`${path}: expected an array of points, e.g. ${EXAMPLE}`);

  const n = list.length;
  const ids = new Array<string>(n);
  const times = new Float64Array(n);
  for (let index = 0; index < n; index++) {
    const item: unknown = list[index];
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      throw new PointsInputError(`${path}[${index}]: expected an object with "id" and "created"`);
    const { id, created } = item as { id?: unknown; created?: unknown };
    if (typeof id !== 'string' || id === '')
      throw new PointsInputError(`${path}[${index}].id: expected a non-empty string, got ${describe(id)}`);
    ids[index] = id;
    if (typeof created !== 'string')
      throw new PointsInputError(
        `${path}[${index}].created: expected an ISO-8601 time string, got ${describe(created)}`,
      );
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
 * The spans of the ids in the bytes they were read from (id i is bytes[starts[i], ends[i])), each
 * exactly the UTF-8 of JSON.stringify(id) without its quotes: a writer may copy them.
 */
export interface IdSpans {
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** The bytes of all ids together: sum of ends[i] − starts[i]. */
  idBytes: number;
}

/**
 * Ids kept as spans of the input (see IdSpans): 100,000 strings cost more than reading the whole
 * input, so a string is made only when one is asked for (an error message, a tie, a kept point).
 * Only valid UTF-8 without U+FFFD is held this way, so bytes are equal exactly when ids are.
 */
class SpanIds implements IdColumn, IdSpans {
  constructor(
    readonly bytes: Buffer,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly idBytes: number,
    /** FNV-1a hash (as int32) of each id's bytes, taken while reading them (see idStringEnd). */
    private readonly hashes: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.starts.length)) return undefined;
    return this.bytes.toString('utf8', this.starts[index], this.ends[index]);
  }

  /**
   * firstRepeat (order.ts) over the bytes: an open-addressing table of the ids' FNV-1a hashes; equal
   * hashes are confirmed by comparing the bytes.
   */
  firstRepeat(): { first: number; second: number } | undefined {
    const { bytes, starts, ends, hashes } = this;
    const n = starts.length;
    let size = 16;
    while (size < n * 2) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size); // index + 1 of the id in the slot; 0 = empty
    for (let i = 0; i < n; i++) {
      const start = starts[i] as number;
      const end = ends[i] as number;
      const hash = hashes[i] as number;
      for (let at = hash & mask; ; at = (at + 1) & mask) {
        const slot = slots[at] as number;
        if (slot === 0) {
          slots[at] = i + 1;
          break;
        }
        const other = slot - 1;
        if (
          hashes[other] === hash &&
          sameBytes(bytes, starts[other] as number, ends[other] as number, start, end)
        )
          return { first: other, second: i };
      }
    }
    return undefined;
  }
}

function sameBytes(b: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (b[aStart + k] !== b[bStart + k]) return false;
  return true;
}

/** The points of JSON bytes (UTF-8, a byte-order mark allowed) as columns; see parsePointsJson. */
export function parsePointsBytes(bytes: Buffer): PointsInput {
  const from = hasByteOrderMark(bytes) ? 3 : 0;
  return scanCommonShape(bytes, from) ?? readGeneral(bytes.toString('utf8', from));
}

function hasByteOrderMark(bytes: Buffer): boolean {
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
export function scanCommonShape(b: Buffer, from = 0): PointsInput | undefined {
  let at = skipSpace(b, from);
  let path: PointsInput['path'] = 'input';
  if (b[at] === OPEN_OBJECT) {
    at = skipSpace(b, at + 1);
    if (!startsWith(b, at, POINTS_KEY)) return undefined;
    at = skipSpace(b, at + POINTS_KEY.length);
    if (b[at] !== COLON) return undefined;
    at = skipSpace(b, at + 1);
    path = 'points';
  }
  if (b[at] !== OPEN_ARRAY) return undefined;
  at = skipSpace(b, at + 1);
  // Sized for the common layout (~100 bytes a point) and grown when needed.
  let capacity = Math.max(16, (b.length >> 6) + 1);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let times = new Float64Array(capacity);
  let n = 0;
  let idBytes = 0;
  if (b[at] === CLOSE_ARRAY) at++;
  else
    for (;;) {
      if (b[at] !== OPEN_OBJECT) return undefined;
      at++;
      if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
      let idStart = -1;
      let idEnd = -1;
      let hash = 0;
      let time = NaN;
      for (let field = 0; field < 2; field++) {
        if (field === 1) {
          if (b[at] !== COMMA) return undefined;
          at++;
          if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
        }
        const isId = startsWith(b, at, ID_KEY);
        if (isId) at += ID_KEY.length;
        else if (startsWith(b, at, CREATED_KEY)) at += CREATED_KEY.length;
        else return undefined;
        if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
        if (b[at] !== COLON) return undefined;
        at++;
        if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
        if (b[at] !== QUOTE) return undefined;
        const start = at + 1;
        const end = isId ? idStringEnd(b, start) : plainStringEnd(b, start);
        if (end < 0) return undefined;
        if (isId) {
          if (idStart >= 0 || end === start) return undefined;
          idStart = start;
          idEnd = end;
          hash = idHash;
        } else {
          if (time === time) return undefined; // a second "created"
          time = utcIsoMs(b, start, end);
          if (time !== time) return undefined;
        }
        at = end + 1;
        if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
      }
      if (b[at] !== CLOSE_OBJECT) return undefined;
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
      if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
      const next = b[at];
      at++;
      if (next === CLOSE_ARRAY) break;
      if (next !== COMMA) return undefined;
      if ((b[at] as number) <= SPACE) at = skipSpace(b, at);
    }
  if (path === 'points') {
    at = skipSpace(b, at);
    if (b[at] !== CLOSE_OBJECT) return undefined;
    at++;
  }
  if (skipSpace(b, at) !== b.length) return undefined;
  const ids = new SpanIds(b, starts.subarray(0, n), ends.subarray(0, n), idBytes, hashes.subarray(0, n));
  return { ids, times: times.slice(0, n), path, spans: ids };
}

const ID_KEY = Uint8Array.from('"id"', (c) => c.charCodeAt(0));
const CREATED_KEY = Uint8Array.from('"created"', (c) => c.charCodeAt(0));
const POINTS_KEY = Uint8Array.from('"points"', (c) => c.charCodeAt(0));

function startsWith(b: Uint8Array, at: number, key: Uint8Array): boolean {
  if (at + key.length > b.length) return false;
  for (let k = 0; k < key.length; k++) if (b[at + k] !== key[k]) return false;
  return true;
}

function grown<T extends Int32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
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
function idStringEnd(b: Buffer, start: number): number {
  let high = false;
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < b.length; i++) {
    const c = b[i] as number;
    if (c === QUOTE) {
      idHash = hash;
      return high && b.toString('utf8', start, i).includes('\uFFFD') ? -1 : i;
    }
    if (c < SPACE || c === BACKSLASH) return -1;
    if (c >= 0x80) high = true;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return -1;
}

/** The first position at or after `at` that is not JSON whitespace. */
function skipSpace(b: Uint8Array, at: number): number {
  for (;;) {
    const c = b[at];
    if (c === SPACE || c === LF || c === CR || c === TAB) at++;
    else return at;
  }
}

/**
 * Where the string body starting at `start` ends (its closing quote), when it reads as itself inside
 * JSON quotes: no escape, no control character. -1 otherwise. (A loop in JavaScript: a native
 * indexOf per string costs more than the scan for ids of ~60 bytes.)
 */
function plainStringEnd(b: Uint8Array, start: number): number {
  for (let i = start; i < b.length; i++) {
    const c = b[i] as number;
    if (c === QUOTE) return i;
    if (c < SPACE || c === BACKSLASH) return -1;
  }
  return -1;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common form, as AWS and toISOString write it ("2026-11-25T03:00:00Z", "…:00.123Z"), read from
 * the bytes t[from, to) without a regular expression. NaN for anything else, including every invalid
 * time: the general parser then decides, and words the error.
 */
function utcIsoMs(t: Uint8Array, from: number, to: number): number {
  const len = to - from;
  if (len < 20 || len > 24 || t[to - 1] !== 90 /* Z */) return NaN;
  // "YYYY-MM-DDTHH:MM:SS" read in one loop (no call per field: this runs per point, mostly before it
  // is optimised): digits, except - at 4 and 7, T at 10, : at 13 and 16, each ending a field.
  let field = 0;
  let value = 0;
  for (let i = 0; i < 19; i++) {
    const c = t[from + i] as number;
    const expected = ISO_LAYOUT[i] as number;
    if (expected === 0) {
      if (c < DIGIT_0 || c > DIGIT_0 + 9) return NaN;
      value = value * 10 + c - DIGIT_0;
    } else {
      if (c !== expected) return NaN;
      isoFields[field++] = value;
      value = 0;
    }
  }
  isoFields[5] = value;
  let millis = 0;
  if (len > 20) {
    // ".f", ".ff" or ".fff" before the Z
    if (t[from + 19] !== 46 /* . */) return NaN;
    millis = digitsAt(t, from + 20, len - 21);
    if (millis < 0) return NaN;
    millis *= len === 22 ? 100 : len === 23 ? 10 : 1;
  }
  const year = isoFields[0] as number;
  const month = isoFields[1] as number;
  const day = isoFields[2] as number;
  const hour = isoFields[3] as number;
  const minute = isoFields[4] as number;
  const second = isoFields[5] as number;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/** The bytes of "YYYY-MM-DDTHH:MM:SS": 0 where a digit stands, else the byte itself. */
const ISO_LAYOUT = Uint8Array.from('0000-00-00T00:00:00', (c) => (c === '0' ? 0 : c.charCodeAt(0)));

/** utcIsoMs's year, month, day, hour, minute, second. */
const isoFields = new Int32Array(6);

const timeBytes = new Uint8Array(24);

/** utcIsoMs of a string (the general reader's values); NaN for anything but the common form. */
function utcIsoMsOfText(text: string): number {
  if (text.length < 20 || text.length > 24) return NaN;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return NaN;
    timeBytes[i] = c;
  }
  return utcIsoMs(timeBytes, 0, text.length);
}

/** The number written by `count` ASCII digits at `from`, or -1. (No closure: this runs per point.) */
function digitsAt(t: Uint8Array, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = (t[i] as number) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * A strict ISO-8601 / RFC 3339 time with an explicit offset. Date.parse is not enough: it accepts
 * 30 February, and it reads a time without an offset as local time, which would make decisions
 * depend on the machine they run on.
 */
export function parseIsoTime(text: string, where: string): Date {
  const m = ISO.exec(text.trim());
  const bad = (why: string) =>
    new PointsInputError(`${where}: ${JSON.stringify(text)} ${why}; expected e.g. "2026-11-25T03:00:00Z"`);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(text.trim()))
      throw bad('has no UTC offset (add Z or e.g. +01:00)');
    throw bad('is not an ISO-8601 time');
  }
  const [, y, mo, d, h, mi, s = '0', frac = '', , sign, oh = '0', om = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) throw bad('is not a calendar date');
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(oh) > 23 || Number(om) > 59)
    throw bad('is not a valid time of day');
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const ms =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 +
    Number(frac.slice(0, 3).padEnd(3, '0')) -
    offsetMs;
  return new Date(ms);
}
