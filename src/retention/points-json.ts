// Points as JSON, as the `retention` command reads them: `[{"id": …, "created": ISO-8601}, …]` or
// `{"points": [...]}`. Every problem is reported with its place in the document; nothing is guessed.

import { daysFromCivil, MS_PER_DAY } from '../time/calendar.js';
import type { DuplicatePointError, PointColumns } from './engine.js';

export class PointsInputError extends Error {
  override name = 'PointsInputError';
}

/** The points read, and how errors name a point: `${path}[${index}]`. */
export interface PointsInput extends PointColumns {
  path: 'input' | 'points';
}

const EXAMPLE = '[{"id": "rp-1", "created": "2026-11-25T03:00:00Z"}]';

/**
 * The points of a JSON text as columns (ids and creation times). Every shape or time problem is a
 * PointsInputError naming its place; duplicate ids are the engine's to find (see duplicateIdError).
 *
 * A 100,000-point input is read by scanCommonShape straight from the text, without JSON.parse
 * building an object and two strings per point (bench/retention-input.bench.ts). Any text that
 * departs from the common shape, including every invalid one, is read by readGeneral, so what is
 * accepted and every error message are the general reader's.
 */
export function parsePointsJson(text: string): PointsInput {
  return scanCommonShape(text) ?? readGeneral(text);
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
    times[index] =
      utcIsoMs(created, 0, created.length) ?? parseIsoTime(created, `${path}[${index}].created`).getTime();
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
 * The common shape read from the text itself: `[{"id": "…", "created": "…Z"}, …]` or the same array
 * as `{"points": […]}`, either key order, any JSON whitespace, ids without escapes or control
 * characters, times in the common UTC form (utcIsoMs). Undefined as soon as the text departs from
 * that shape; the general reader then decides. Whatever this accepts, JSON.parse and the general
 * reader accept with the same ids and times (test/retention/points-json.test.ts checks both ways).
 */
export function scanCommonShape(text: string): PointsInput | undefined {
  let at = skipSpace(text, 0);
  let path: PointsInput['path'] = 'input';
  if (text.charCodeAt(at) === OPEN_OBJECT) {
    at = skipSpace(text, at + 1);
    if (!text.startsWith('"points"', at)) return undefined;
    at = skipSpace(text, at + 8);
    if (text.charCodeAt(at) !== COLON) return undefined;
    at = skipSpace(text, at + 1);
    path = 'points';
  }
  if (text.charCodeAt(at) !== OPEN_ARRAY) return undefined;
  at = skipSpace(text, at + 1);
  const ids: string[] = [];
  const times: number[] = [];
  if (text.charCodeAt(at) === CLOSE_ARRAY) at++;
  else
    for (;;) {
      if (text.charCodeAt(at) !== OPEN_OBJECT) return undefined;
      at = skipSpace(text, at + 1);
      let id: string | undefined;
      let time: number | undefined;
      for (let field = 0; field < 2; field++) {
        if (field === 1) {
          if (text.charCodeAt(at) !== COMMA) return undefined;
          at = skipSpace(text, at + 1);
        }
        const isId = text.startsWith('"id"', at);
        if (isId) at += 4;
        else if (text.startsWith('"created"', at)) at += 9;
        else return undefined;
        at = skipSpace(text, at);
        if (text.charCodeAt(at) !== COLON) return undefined;
        at = skipSpace(text, at + 1);
        if (text.charCodeAt(at) !== QUOTE) return undefined;
        const start = at + 1;
        const end = text.indexOf('"', start);
        if (end < 0) return undefined;
        if (isId) {
          if (id !== undefined || end === start || !isPlainStringBody(text, start, end)) return undefined;
          id = text.slice(start, end);
        } else {
          if (time !== undefined) return undefined;
          time = utcIsoMs(text, start, end);
          if (time === undefined) return undefined;
        }
        at = skipSpace(text, end + 1);
      }
      if (text.charCodeAt(at) !== CLOSE_OBJECT) return undefined;
      ids.push(id as string);
      times.push(time as number);
      at = skipSpace(text, at + 1);
      const next = text.charCodeAt(at);
      at++;
      if (next === CLOSE_ARRAY) break;
      if (next !== COMMA) return undefined;
      at = skipSpace(text, at);
    }
  if (path === 'points') {
    at = skipSpace(text, at);
    if (text.charCodeAt(at) !== CLOSE_OBJECT) return undefined;
    at++;
  }
  if (skipSpace(text, at) !== text.length) return undefined;
  return { ids, times: Float64Array.from(times), path };
}

/** The first position at or after `at` that is not JSON whitespace. */
function skipSpace(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === SPACE || c === LF || c === CR || c === TAB) at++;
    else return at;
  }
}

/** True when text[start, end) reads as itself inside JSON quotes: no escape, no control character. */
function isPlainStringBody(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < SPACE || c === BACKSLASH) return false;
  }
  return true;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common form, as AWS and toISOString write it ("2026-11-25T03:00:00Z", "…:00.123Z"), read from
 * t[from, to) without a regular expression. Undefined for anything else, including every invalid
 * time: the general parser then decides, and words the error.
 */
function utcIsoMs(t: string, from: number, to: number): number | undefined {
  const len = to - from;
  if (len < 20 || len > 24 || t.charCodeAt(to - 1) !== 90 /* Z */) return undefined;
  if (t.charCodeAt(from + 4) !== 45 || t.charCodeAt(from + 7) !== 45 || t.charCodeAt(from + 10) !== 84)
    return undefined; // - - T
  if (t.charCodeAt(from + 13) !== 58 || t.charCodeAt(from + 16) !== 58) return undefined; // : :
  let millis = 0;
  if (len > 20) {
    // ".f", ".ff" or ".fff" before the Z
    if (t.charCodeAt(from + 19) !== 46 /* . */) return undefined;
    millis = digitsAt(t, from + 20, len - 21);
    if (millis < 0) return undefined;
    millis *= len === 22 ? 100 : len === 23 ? 10 : 1;
  }
  const year = digitsAt(t, from, 4);
  const month = digitsAt(t, from + 5, 2);
  const day = digitsAt(t, from + 8, 2);
  const hour = digitsAt(t, from + 11, 2);
  const minute = digitsAt(t, from + 14, 2);
  const second = digitsAt(t, from + 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return undefined;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/** The number written by `count` ASCII digits at `from`, or -1. (No closure: this runs per point.) */
function digitsAt(t: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = t.charCodeAt(i) - DIGIT_0;
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
