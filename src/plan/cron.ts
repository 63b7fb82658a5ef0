// Cron schedules of plan rules, through croner. Every module that turns a rule's schedule into times
// must use `cronFor` so validation and scheduling read a pattern the same way (5 fields, POSIX
// day-of-month OR day-of-week, the rule's time zone).
import { Cron } from 'croner';

const CRON_OPTIONS = { mode: '5-part', domAndDow: false, paused: true } as const;

/** A paused croner job for the schedule in its time zone; throws on a bad pattern or zone. */
export function cronFor(schedule: string, timezone: string): Cron {
  return new Cron(schedule, { ...CRON_OPTIONS, timezone });
}

export function isValidTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Why the pattern is not a usable 5-field cron, or undefined when it is. */
export function cronProblem(schedule: string): string | undefined {
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

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SCAN_FROM = Date.UTC(2025, 0, 1);
const SCAN_DAYS = 366;

/**
 * The shortest time between two successive firings over a year, in minutes; the scan stops at the
 * first gap shorter than `below` (that is all validation needs to know). Undefined when it does not
 * fire twice from the start of the scanned year on.
 *
 * Most of the year the gap is plain wall-clock arithmetic, which croner computes quickly at a fixed
 * offset; only the days around daylight-saving changes need the (slower) zone-aware walk.
 */
export function shortestGapMinutes(schedule: string, timezone: string, below = 0): number | undefined {
  let shortest: number | undefined;
  const scan = (cron: Cron, from: number, to: number): boolean => {
    let previous = cron.nextRun(new Date(from));
    while (previous && previous.getTime() < to) {
      const next = cron.nextRun(previous);
      if (!next) break;
      const gap = (next.getTime() - previous.getTime()) / MINUTE;
      if (shortest === undefined || gap < shortest) shortest = gap;
      if (gap < below) return true;
      previous = next;
    }
    return false;
  };
  const wallClock = new Cron(schedule, { ...CRON_OPTIONS, utcOffset: 0 });
  if (scan(wallClock, SCAN_FROM, SCAN_FROM + SCAN_DAYS * DAY)) return shortest;
  const zoned = cronFor(schedule, timezone);
  for (const day of offsetChanges(timezone)) if (scan(zoned, day - DAY, day + 2 * DAY)) return shortest;
  return shortest;
}

/** Start of each scanned day (UTC) after which the zone's UTC offset differs from the day before. */
function offsetChanges(timezone: string): number[] {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' });
  const offsetAt = (t: number) =>
    format.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')?.value;
  const changes: number[] = [];
  let before = offsetAt(SCAN_FROM);
  for (let day = 1; day <= SCAN_DAYS; day++) {
    const t = SCAN_FROM + day * DAY;
    const now = offsetAt(t);
    if (now !== before) changes.push(t - DAY);
    before = now;
  }
  return changes;
}
