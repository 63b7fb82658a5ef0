// Validation of plan rules' cron schedules, through croner (5 fields, POSIX day-of-month OR
// day-of-week). Fire times and gaps in the rule's zone come from src/schedule/cron.ts, the code the
// backup loop uses, so validation and scheduling read a pattern the same way.
import { Cron } from 'croner';
import { minimumGap } from '../schedule/cron.js';

const CRON_OPTIONS = { mode: '5-part', domAndDow: false, paused: true } as const;

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

/** Validation reads gaps over one fixed year, so a plan's verdict never depends on the day it is checked. */
const SCAN_FROM = new Date(Date.UTC(2025, 0, 1));

/**
 * The shortest time between two successive firings over a year, in minutes; the scan stops at the
 * first gap shorter than `below` (that is all validation needs to know). Undefined when it does not
 * fire twice in the scanned year. The scheduler's own gap walk (`minimumGap`), so validation and the
 * backup loop read a schedule in its zone the same way.
 */
export function shortestGapMinutes(schedule: string, timezone: string, below = 0): number | undefined {
  // Gaps are whole minutes: "shorter than `below`" is "at or below `below` - 1".
  return minimumGap(schedule, timezone, SCAN_FROM, { stopAtOrBelow: below - 1 })?.minutes;
}
