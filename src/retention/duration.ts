// restic's calendar durations ("1y2m3d4h": years, months, days, hours; `m` is months, not minutes)
// and the date arithmetic restic applies to them (Go's AddDate, then whole hours).

import { civilFromDays, daysFromCivil, MS_PER_DAY, MS_PER_HOUR } from '../time/calendar.js';
import { wallToUtc, type OffsetAt } from '../time/zone.js';

export interface WithinDuration {
  years: number;
  months: number;
  days: number;
  hours: number;
}

const UNITS = { y: 'years', m: 'months', d: 'days', h: 'hours' } as const;
const HINT = 'expected a duration such as 7d, 2m or 1y2m3d4h (y = years, m = months, d = days, h = hours)';

/**
 * Parses a restic duration. Stricter than restic where restic is surprising: each unit at most once,
 * no negative numbers, no empty string (restic reads "" as zero and "-1d" as a duration into the future).
 */
export function parseWithin(duration: string): WithinDuration {
  const text = duration.trim();
  if (text === '') throw new RangeError(`empty duration: ${HINT}`);
  const out: WithinDuration = { years: 0, months: 0, days: 0, hours: 0 };
  const seen = new Set<string>();
  const token = /(\d+)(\D?)/y;
  let at = 0;
  while (at < text.length) {
    token.lastIndex = at;
    const match = token.exec(text);
    if (!match) throw new RangeError(`invalid duration "${duration}": ${HINT}`);
    const [whole, digits = '', unit = ''] = match;
    if (unit === '')
      throw new RangeError(`invalid duration "${duration}": the number ${digits} has no unit; ${HINT}`);
    if (!(unit in UNITS))
      throw new RangeError(`invalid duration "${duration}": unknown unit "${unit}"; ${HINT}`);
    if (seen.has(unit)) throw new RangeError(`invalid duration "${duration}": unit "${unit}" appears twice`);
    seen.add(unit);
    const value = Number(digits);
    // 10^6 years is far beyond any retention and keeps the date arithmetic exact.
    if (value > 1_000_000)
      throw new RangeError(`invalid duration "${duration}": ${digits}${unit} is too large`);
    out[UNITS[unit as keyof typeof UNITS]] = value;
    at += whole.length;
  }
  return out;
}

export function isZeroDuration(d: WithinDuration): boolean {
  return d.years === 0 && d.months === 0 && d.days === 0 && d.hours === 0;
}

/** restic's rendering: non-zero parts only, e.g. "1y2m3d4h", "7d". */
export function formatWithin(d: WithinDuration): string {
  let s = '';
  if (d.years) s += `${d.years}y`;
  if (d.months) s += `${d.months}m`;
  if (d.days) s += `${d.days}d`;
  if (d.hours) s += `${d.hours}h`;
  return s || '0h';
}

/**
 * `reference` minus the duration, as restic computes it: Go's AddDate(-y, -m, -d) on the wall clock of
 * the zone (month and day overflow normalised, so 31 March minus one month is 3 March, or 2 March in a
 * leap year), then minus whole hours of elapsed time. Returns -Infinity when the result would leave
 * the range of a JavaScript Date (so everything counts as "within").
 */
export function subtractWithin(referenceMs: number, d: WithinDuration, offsetAt: OffsetAt): number {
  const wall = referenceMs + offsetAt(referenceMs);
  const dayNumber = Math.floor(wall / MS_PER_DAY);
  const timeOfDay = wall - dayNumber * MS_PER_DAY;
  const civil = civilFromDays(dayNumber);
  const shiftedDays = daysFromCivil(civil.year - d.years, civil.month - d.months, civil.day - d.days);
  const shiftedWall = shiftedDays * MS_PER_DAY + timeOfDay;
  // Stay clear of Date's ±8.64e15 ms limit (and of Intl refusing such instants).
  if (shiftedWall < -8.6e15) return -Infinity;
  return wallToUtc(shiftedWall, offsetAt) - d.hours * MS_PER_HOUR;
}
