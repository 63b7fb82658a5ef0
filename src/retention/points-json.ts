// Points as JSON, as the `retention` command reads them: `[{"id": …, "created": ISO-8601}, …]` or
// `{"points": [...]}`. Every problem is reported with its place in the document; nothing is guessed.

import { daysFromCivil, MS_PER_DAY } from './calendar.js';

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

  const seen = new Map<string, number>();
  return list.map((item: unknown, index): JsonPoint => {
    const where = `${path}[${index}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      throw new PointsInputError(`${where}: expected an object with "id" and "created"`);
    const { id, created } = item as { id?: unknown; created?: unknown };
    if (typeof id !== 'string' || id === '')
      throw new PointsInputError(`${where}.id: expected a non-empty string, got ${describe(id)}`);
    const first = seen.get(id);
    if (first !== undefined)
      throw new PointsInputError(
        `${where}.id: duplicate id ${JSON.stringify(id)} (also at ${path}[${first}])`,
      );
    seen.set(id, index);
    if (typeof created !== 'string')
      throw new PointsInputError(
        `${where}.created: expected an ISO-8601 time string, got ${describe(created)}`,
      );
    return { id, created: parseIsoTime(created, `${where}.created`) };
  });
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
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
