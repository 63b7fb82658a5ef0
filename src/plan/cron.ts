// Validation of plan rules' cron schedules, through croner (5 fields, POSIX day-of-month OR
// day-of-week). Fire times and gaps in the rule's zone come from src/time/cron.ts, the code the
// backup loop uses, so validation and scheduling read a pattern the same way.
import { Cron } from 'croner';
import { minimumGap, scheduleTimesOfDay } from '../time/cron.js';
import { canonicalTimeZone } from '../time/zone.js';

const CRON_OPTIONS = { mode: '5-part', domAndDow: false, paused: true } as const;

// Validation asks the same questions for every rule of every plan, and folders repeat a handful of
// schedules and zones: remember the answers (bounded, so hostile input cannot grow them without end).
const MAX_MEMO = 10_000;
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = args.join('\u0000');
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(...args);
    if (cache.size >= MAX_MEMO) cache.clear();
    cache.set(key, value);
    return value;
  };
}

export const isValidTimeZone = memo((timezone: string): boolean => {
  try {
    canonicalTimeZone(timezone);
    return true;
  } catch {
    return false;
  }
});

/** Why the pattern is not a usable 5-field cron, or undefined when it is. */
export const cronProblem = memo(cronProblemOf);

function cronProblemOf(schedule: string): string | undefined {
  const fields = schedule.trim().split(/\s+/);
  if (schedule.trim() === '' || fields.length !== 5)
    return `expected 5 cron fields (minute hour day-of-month month day-of-week), got ${schedule.trim() === '' ? 0 : fields.length}`;
  try {
    const cron = new Cron(schedule, { ...CRON_OPTIONS, utcOffset: 0 });
    if (!cron.nextRun(new Date(Date.UTC(2025, 0, 1)))) return 'never fires (a date that does not exist?)';
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Cron\w*:\s*/, '');
    return `${reason}; the fields are minute (0-59) hour (0-23) day-of-month (1-31) month (1-12) day-of-week (0-7)`;
  }
  return undefined;
}

/** Validation reads gaps over one fixed year, so a plan's verdict never depends on the day it is checked. */
const SCAN_FROM = new Date(Date.UTC(2025, 0, 1));

/**
 * The shortest time between two successive firings over a year, in minutes; the scan stops at the
 * first gap shorter than `below` (that is all validation needs to know). Undefined when it does not
 * fire twice in the scanned year. The scheduler's own gap walk (`minimumGap`), so validation and the
 * backup loop read a schedule in its zone the same way.
 */
export function shortestGapMinutes(schedule: string, timezone: string, below = 0): number | undefined {
  return memoizedGap(schedule, timezone, below);
}

const memoizedGap = memo(
  (schedule: string, timezone: string, below: number): number | undefined =>
    // Gaps are whole minutes: "shorter than `below`" is "at or below `below` - 1".
    minimumGap(schedule, timezone, SCAN_FROM, { stopAtOrBelow: below - 1 })?.minutes,
);

/**
 * The most a zone's UTC offset changes at once within the scanned year (daylight saving is 1 hour
 * almost everywhere, 30 minutes on Lord Howe Island, 2 hours at Troll in Antarctica), with margin.
 */
const MAX_OFFSET_CHANGE_MINUTES = 3 * 60;

/**
 * The shortest gap between firings when it is shorter than `minutes`, else undefined. Cheap for the
 * common case: a schedule fires at the same wall-clock times on every day it fires, so two firings
 * are at least the smallest wall-clock distance between those times (across midnight too) apart,
 * less what an offset change can take away. Only when that bound does not settle it is the year
 * scanned in the zone.
 */
export function gapShorterThan(schedule: string, timezone: string, minutes: number): number | undefined {
  let timesOfDay: readonly number[] = [];
  try {
    timesOfDay = scheduleTimesOfDay(schedule, timezone);
  } catch {
    // Let the scan below decide.
  }
  if (timesOfDay.length > 0) {
    let wallClock = 24 * 60 - timesOfDay[timesOfDay.length - 1]! + timesOfDay[0]!;
    for (let k = 1; k < timesOfDay.length; k++)
      wallClock = Math.min(wallClock, timesOfDay[k]! - timesOfDay[k - 1]!);
    if (wallClock - MAX_OFFSET_CHANGE_MINUTES >= minutes) return undefined;
  }
  const gap = shortestGapMinutes(schedule, timezone, minutes);
  return gap !== undefined && gap < minutes ? gap : undefined;
}
