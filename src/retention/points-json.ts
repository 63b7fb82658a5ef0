// Points as JSON, as the `retention` command reads them: `[{"id": …, "created": ISO-8601}, …]` or
// `{"points": [...]}`. Every problem is reported with its place in the document; nothing is guessed.

import { daysFromCivil, MS_PER_DAY } from './calendar.js';
import { firstDuplicate } from './order.js';

export interface JsonPoint {
  id: string;
  created: Date;
}

export class PointsInputError extends Error {
  override name = 'PointsInputError';
}

const EXAMPLE = '[{"id": "rp-1", "created": "2026-11-25T03:00:00Z"}]';

export function parsePointsJson(text: string): JsonPoint[] {
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
  let path = 'input';
  if (document !== null && typeof document === 'object' && !Array.isArray(document)) {
    if (!('points' in document))
      throw new PointsInputError(`expected a JSON array of points or {"points": [...]}, e.g. ${EXAMPLE}`);
    list = (document as { points: unknown }).points;
    path = 'points';
  }
  if (!Array.isArray(list))
    throw new PointsInputError(`${path}: expected an array of points, e.g. ${EXAMPLE}`);

  // This runs for 100,000 points per call (bench/retention-input.bench.ts): place names are built
  // only for errors, common times skip the regular expression, and duplicates are found by sorting.
  const n = list.length;
  const out = new Array<JsonPoint>(n);
  const ids = new Array<string>(n);
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
    const ms = utcIsoMs(created);
    out[index] = {
      id,
      created: ms === undefined ? parseIsoTime(created, `${path}[${index}].created`) : new Date(ms),
    };
  }
  const duplicate = firstDuplicate(ids);
  if (duplicate !== undefined) {
    const first = ids.indexOf(duplicate);
    const second = ids.indexOf(duplicate, first + 1);
    throw new PointsInputError(
      `${path}[${second}].id: duplicate id ${JSON.stringify(duplicate)} (also at ${path}[${first}])`,
    );
  }
  return out;
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

const DIGIT_0 = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common form, as AWS and toISOString write it ("2026-11-25T03:00:00Z", "…:00.123Z"), read
 * without a regular expression. Undefined for anything else, including every invalid time: the
 * general parser then decides, and words the error.
 */
function utcIsoMs(t: string): number | undefined {
  const len = t.length;
  if (len < 20 || len > 24 || t.charCodeAt(len - 1) !== 90 /* Z */) return undefined;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84) return undefined; // - - T
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined; // : :
  let millis = 0;
  if (len > 20) {
    // ".f", ".ff" or ".fff" before the Z
    if (t.charCodeAt(19) !== 46 /* . */) return undefined;
    millis = digitsAt(t, 20, len - 21);
    if (millis < 0) return undefined;
    millis *= len === 22 ? 100 : len === 23 ? 10 : 1;
  }
  const year = digitsAt(t, 0, 4);
  const month = digitsAt(t, 5, 2);
  const day = digitsAt(t, 8, 2);
  const hour = digitsAt(t, 11, 2);
  const minute = digitsAt(t, 14, 2);
  const second = digitsAt(t, 17, 2);
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
