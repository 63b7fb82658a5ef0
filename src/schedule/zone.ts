// Wall-clock reading of instants in an IANA time zone, from the runtime's tz database (Intl).
// Only what the schedule code needs: the local minute of the day, the UTC offset, and where the
// offset changes (DST transitions) inside a span.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class TimeZoneError extends RangeError {
  override name = 'TimeZoneError';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new TimeZoneError(
        `unknown time zone "${timeZone}": use an IANA name such as UTC, Europe/Berlin or America/New_York`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a TimeZoneError naming the value when the zone is not a known IANA zone. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(timeZone: string, utcMs: number): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Local time minus UTC, in minutes, at an instant. */
export function offsetMinutes(timeZone: string, utcMs: number): number {
  const w = wallClock(timeZone, utcMs);
  const localAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((localAsUtc - Math.floor(utcMs / 1000) * 1000) / MINUTE);
}

/** Minutes since local midnight (0..1439) at an instant. */
export function localMinuteOfDay(timeZone: string, utcMs: number): number {
  const w = wallClock(timeZone, utcMs);
  return w.hour * 60 + w.minute;
}

/**
 * Instants (to the minute) where the zone's offset changes within [fromMs, toMs]. Sampled daily and
 * bisected: current tzdb zones never change their offset twice within a day.
 */
export function offsetTransitions(timeZone: string, fromMs: number, toMs: number): number[] {
  const step = 24 * HOUR;
  const found: number[] = [];
  let lo = fromMs;
  let loOffset = offsetMinutes(timeZone, lo);
  while (lo < toMs) {
    const hi = Math.min(lo + step, toMs);
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
