// Wall-clock reading of instants in an IANA time zone, for the schedule code: the local minute of the
// day, the UTC offset, and where the offset changes (DST transitions) inside a span. Built on the
// retention engine's cached offset lookup, so both read zones the same way and share one TimeZoneError.

import { canonicalTimeZone, offsetResolver } from '../retention/timezone.js';

export { TimeZoneError } from '../retention/timezone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Throws a TimeZoneError naming the value when the zone is not a known IANA zone. */
export function assertTimeZone(timeZone: string): void {
  canonicalTimeZone(timeZone);
}

/** Local time minus UTC, in minutes, at an instant. */
function offsetMinutes(timeZone: string, utcMs: number): number {
  return Math.round(offsetResolver(timeZone)(utcMs) / MINUTE);
}

/** Minutes since local midnight (0..1439) at an instant. */
export function localMinuteOfDay(timeZone: string, utcMs: number): number {
  const wall = utcMs + offsetResolver(timeZone)(utcMs);
  return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
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
    const hi = Math.min(lo + DAY, toMs);
    const hiOffset = offsetMinutes(timeZone, hi);
    if (hiOffset !== loOffset) {
      let a = lo;
      let b = hi;
      while (b - a > MINUTE) {
        const mid = a + Math.floor((b - a) / 2 / MINUTE) * MINUTE;
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
