// UTC offsets of an IANA time zone, from the runtime's own tz database (Intl), cached per zone, and
// the wall-clock readings built on them (local minute of the day, DST transitions in a span) that the
// cron slots, plan validation and the retention engine share, so all of them read a zone the same way.
//
// Formatting every point through Intl would cost microseconds each; instead the offset is looked up
// once per UTC day. A day whose start and end offsets differ holds a transition, found to the second
// by bisection. (tzdb transitions fall on whole seconds; a zone with two transitions inside one UTC
// day that cancel out does not exist in practice and would be missed.)

import { daysFromCivil, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendar.js';

/** Offset (local minus UTC, in ms) at an instant. */
export type OffsetAt = (utcMs: number) => number;

export class TimeZoneError extends RangeError {
  override name = 'TimeZoneError';
}

interface DayOffsets {
  start: number;
  end: number;
  /** First instant (ms) with the `end` offset; Infinity when the day has no transition. */
  switchAt: number;
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);
const resolvers = new Map<string, OffsetAt>();
/** Bound memory in long-lived processes; 200,000 days is ~550 years of one zone. */
const MAX_CACHED_DAYS = 200_000;

/** Intl's canonical zone names, read once. */
let canonicalNames: ReadonlySet<string> | undefined;

/** The canonical name of an IANA zone; throws a TimeZoneError naming the bad value. */
export function canonicalTimeZone(timeZone: string): string {
  // Answered without a DateTimeFormat when possible: the process's first one (or first NumberFormat)
  // loads ICU's locale data, ~25 ms, a tenth of a `validate` run; the list of canonical names does
  // not. Every name on that list is its own canonical name (test/time/zone.test.ts checks each).
  if (timeZone === 'UTC') return timeZone;
  canonicalNames ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalNames.has(timeZone)) return timeZone;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new TimeZoneError(
      `unknown time zone "${timeZone}": use an IANA name such as UTC, Europe/Berlin or America/New_York`,
    );
  }
}

export function isUtc(timeZone: string): boolean {
  return UTC_NAMES.has(timeZone);
}

const utcOffset: OffsetAt = () => 0;

/**
 * An offset lookup for a zone (canonicalised first); UTC and its aliases are a constant 0. Cached under
 * the name as given too, so a caller asking per instant (the schedule code) does not pay for
 * canonicalising (a new Intl.DateTimeFormat) every time.
 */
export function offsetResolver(timeZone: string): OffsetAt {
  const cached = resolvers.get(timeZone);
  if (cached) return cached;
  const name = canonicalTimeZone(timeZone);
  const resolver = isUtc(name) ? utcOffset : (resolvers.get(name) ?? createResolver(name));
  resolvers.set(name, resolver);
  resolvers.set(timeZone, resolver);
  return resolver;
}

function createResolver(timeZone: string): OffsetAt {
  const raw = rawOffset(timeZone);
  const days = new Map<number, DayOffsets>();
  const dayOffsets = (day: number): DayOffsets => {
    const startMs = day * MS_PER_DAY;
    const lastSecond = startMs + MS_PER_DAY - 1000;
    const start = raw(startMs);
    const end = raw(lastSecond);
    if (start === end) return { start, end, switchAt: Infinity };
    // Bisect on whole seconds: lo always has the start offset, hi the end offset.
    let lo = startMs;
    let hi = lastSecond;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (raw(mid) === start) lo = mid;
      else hi = mid;
    }
    return { start, end, switchAt: hi };
  };
  return (utcMs) => {
    const day = Math.floor(utcMs / MS_PER_DAY);
    let info = days.get(day);
    if (!info) {
      if (days.size >= MAX_CACHED_DAYS) days.clear();
      info = dayOffsets(day);
      days.set(day, info);
    }
    return utcMs < info.switchAt ? info.start : info.end;
  };
}

/** The uncached offset at an instant, read from Intl's wall-clock fields. */
function rawOffset(timeZone: string): OffsetAt {
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
    const f: Record<string, string> = {};
    for (const part of format.formatToParts(whole)) f[part.type] = part.value;
    const yearOfEra = Number(f.year);
    const year = f.era === 'BC' || f.era === 'B' ? 1 - yearOfEra : yearOfEra;
    const wall =
      daysFromCivil(year, Number(f.month), Number(f.day)) * MS_PER_DAY +
      Number(f.hour) * MS_PER_HOUR +
      Number(f.minute) * MS_PER_MINUTE +
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
export function wallToUtc(wallMs: number, offsetAt: OffsetAt): number {
  return wallMs - offsetAt(wallMs - offsetAt(wallMs));
}

/** Throws a TimeZoneError naming the value when the zone is not a known IANA zone. */
export function assertTimeZone(timeZone: string): void {
  canonicalTimeZone(timeZone);
}

/** Local time minus UTC, in minutes, at an instant. */
function offsetMinutes(timeZone: string, utcMs: number): number {
  return Math.round(offsetResolver(timeZone)(utcMs) / MS_PER_MINUTE);
}

/** Minutes since local midnight (0..1439) at an instant. */
export function localMinuteOfDay(timeZone: string, utcMs: number): number {
  const wall = utcMs + offsetResolver(timeZone)(utcMs);
  return Math.floor((((wall % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE);
}

/**
 * Instants (to the minute) where the zone's offset changes within [fromMs, toMs]. Sampled daily and
 * bisected: current tzdb zones never change their offset twice within a day.
 */
export function offsetTransitions(timeZone: string, fromMs: number, toMs: number): number[] {
  const found: number[] = [];
  let lo = fromMs;
  let loOffset = offsetMinutes(timeZone, lo);
  while (lo < toMs) {
    const hi = Math.min(lo + MS_PER_DAY, toMs);
    const hiOffset = offsetMinutes(timeZone, hi);
    if (hiOffset !== loOffset) {
      let a = lo;
      let b = hi;
      while (b - a > MS_PER_MINUTE) {
        const mid = a + Math.floor((b - a) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
        if (offsetMinutes(timeZone, mid) === loOffset) a = mid;
        else b = mid;
      }
      found.push(b);
    }
    lo = hi;
    loOffset = hiOffset;
  }
  return found;
}
