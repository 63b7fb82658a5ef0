// Cron slots of a rule: 5-field cron read in an IANA time zone, through croner.
//
// DST semantics are croner's (the same as croner-rust and close to Vixie cron), and they give the
// property the backup loop needs — a daily rule has exactly one slot every local day:
// - A fixed-time schedule (one value each in minute and hour, e.g. "0 2 * * *") whose time does not
//   exist on a spring-forward day fires once, when the clock has jumped (Europe/Berlin: 03:00 CEST);
//   whose time happens twice on a fall-back day fires once, at the first occurrence (02:00 CEST).
// - Any other schedule (a list, range, step or `*` in minute or hour, e.g. hourly "0 * * * *") skips
//   wall times that do not exist and fires on both occurrences of a repeated wall time. These are
//   two distinct instants an hour apart, i.e. two legitimate hourly slots.
// Month ends follow cron: "0 3 31 * *" fires only in months with a 31st, "0 3 L * *" (croner's L)
// on every last day of the month, "0 3 29 2 *" only in leap years.

import { Cron, CronPattern } from 'croner';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './calendar.js';
import { assertTimeZone, isUtc, localMinuteOfDay, offsetTransitions } from './zone.js';

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

interface CompiledSchedule {
  cron: Cron;
  /** Local minutes after midnight at which the schedule fires on a day it fires, ascending. */
  timesOfDay: number[];
}

const compiled = new Map<string, CompiledSchedule>();
const MAX_COMPILED = 1000;

/** Parse a schedule in a zone once; throws a ScheduleError (or TimeZoneError) that says what to fix. */
export function compileSchedule(schedule: string, timezone: string): CompiledSchedule {
  const key = `${timezone}\u0000${schedule}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  assertTimeZone(timezone);
  const pattern = parsePattern(schedule, timezone);
  let cron: Cron;
  try {
    // `paused` keeps croner from arming a timer: we only evaluate the pattern. Given a zone, croner
    // formats every instant it looks at through Intl, even for UTC; a fixed offset of 0 is plain
    // arithmetic with the same slots (nextRun 3.7x faster).
    const zone = isUtc(timezone) ? { utcOffset: 0 } : { timezone };
    cron = new Cron(schedule, { ...zone, mode: '5-part', paused: true });
  } catch (e) {
    throw scheduleError(schedule, e);
  }
  const result = { cron, timesOfDay: timesOfDayOf(pattern) };
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, result);
  return result;
}

/** Local minutes after midnight at which a pattern fires on a day it fires, ascending. */
function timesOfDayOf(pattern: CronPattern): number[] {
  const timesOfDay: number[] = [];
  for (let h = 0; h < 24; h++) {
    if (!pattern.hour[h]) continue;
    for (let m = 0; m < 60; m++) if (pattern.minute[m]) timesOfDay.push(h * 60 + m);
  }
  return timesOfDay;
}

/**
 * `compileSchedule(schedule, timezone).timesOfDay` without building the Cron object when the schedule
 * is not compiled yet: plan validation needs only these, and a Cron (with a pattern of its own) per
 * rule is a measurable share of a `validate` run (issue 12). Throws as compileSchedule does.
 */
export function scheduleTimesOfDay(schedule: string, timezone: string): readonly number[] {
  const hit = compiled.get(`${timezone}\u0000${schedule}`);
  if (hit) return hit.timesOfDay;
  assertTimeZone(timezone);
  return timesOfDayOf(parsePattern(schedule, timezone));
}

/** The schedule's 5-field pattern; throws a ScheduleError that says what to fix. */
function parsePattern(schedule: string, timezone: string): CronPattern {
  try {
    return new CronPattern(schedule, timezone, { mode: '5-part' });
  } catch (e) {
    throw scheduleError(schedule, e);
  }
}

function scheduleError(schedule: string, cause: unknown): ScheduleError {
  const why = cause instanceof Error ? cause.message.replace(/^CronPattern:\s*/, '') : String(cause);
  return new ScheduleError(
    `invalid cron schedule "${schedule}": ${why}; expected 5 fields: minute hour day-of-month month day-of-week, e.g. "0 3 * * *"`,
  );
}

/**
 * Latest slots already found, by schedule, zone and time: a run asks once per rule and resource
 * with the same `now`, and croner's backward search is the costly part. Bounded: cleared when full.
 */
const latestSlots = new Map<string, Date | undefined>();
const LATEST_SLOTS_MAX = 4096;

/** The latest fire time at or before `now` (inclusive), or undefined when it never fired before. */
export function latestSlot(schedule: string, timezone: string, now: Date): Date | undefined {
  const key = `${schedule}\n${timezone}\n${now.getTime()}`;
  if (latestSlots.has(key)) {
    const slot = latestSlots.get(key);
    return slot && new Date(slot.getTime());
  }
  if (latestSlots.size >= LATEST_SLOTS_MAX) latestSlots.clear();
  const slot = findLatestSlot(schedule, timezone, now);
  latestSlots.set(key, slot);
  return slot && new Date(slot.getTime());
}

function findLatestSlot(schedule: string, timezone: string, now: Date): Date | undefined {
  const { cron } = compileSchedule(schedule, timezone);
  // croner's previousRuns includes a run earlier in the same second as the reference, so a reference
  // 1 ms after `now` makes a slot exactly at `now` count.
  const [slot] = cron.previousRuns(1, new Date(now.getTime() + 1));
  return slot !== undefined && slot.getTime() <= now.getTime() ? slot : undefined;
}

/** The latest fire time strictly before `before`. */
export function previousSlot(schedule: string, timezone: string, before: Date): Date | undefined {
  return latestSlot(schedule, timezone, new Date(before.getTime() - 1));
}

/** Up to `limit` fire times strictly before `before`, newest first. */
export function previousSlots(schedule: string, timezone: string, before: Date, limit: number): Date[] {
  const { cron } = compileSchedule(schedule, timezone);
  // previousRuns excludes a run exactly at the reference but includes one earlier in the same
  // second; both are on the right side of "strictly before", the filter only guards that.
  return cron.previousRuns(limit, before).filter((d) => d.getTime() < before.getTime());
}

/** The earliest fire time strictly after `after`. */
export function nextSlot(schedule: string, timezone: string, after: Date): Date | undefined {
  const { cron } = compileSchedule(schedule, timezone);
  return cron.nextRun(after) ?? undefined;
}

/** Does the schedule parse in the zone and fire at all (within croner's search range)? An error message, or undefined. */
export function scheduleProblem(
  schedule: string,
  timezone: string,
  from: Date = new Date(),
): string | undefined {
  try {
    compileSchedule(schedule, timezone);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (!nextSlot(schedule, timezone, from) && !latestSlot(schedule, timezone, from)) {
    return `cron schedule "${schedule}" never fires (no such date, e.g. February 30th)`;
  }
  return undefined;
}

export interface GapOptions {
  /** Length of the span examined; default 366 days (every DST transition and month end of a year). */
  days?: number;
  /** Stop at the first gap this short: the answer is then "at most", not the minimum. */
  stopAtOrBelow?: number;
}

export interface Gap {
  minutes: number;
  /** The two consecutive fire times that are `minutes` apart. */
  from: Date;
  to: Date;
}

/**
 * Every fire time in [start, end] (epoch ms), ascending, handed to `visit` until it returns false.
 *
 * Efficient: a schedule fires at the same local times of day (`timesOfDay`) on every day it fires,
 * so away from DST transitions one croner lookup per firing day is enough (croner's nextRun costs
 * about a millisecond in a named zone), and the rest of the day is arithmetic. Within ±36 hours of
 * each transition every fire time comes from croner, so the shorter (or longer) real gaps that DST
 * makes — e.g. "0,50 2 * * *" fires 02:50 CEST and then 02:00 CET ten minutes later — are exact.
 */
function walkFireTimes(
  schedule: string,
  timezone: string,
  start: number,
  end: number,
  visit: (ms: number) => boolean,
): void {
  const { cron, timesOfDay } = compileSchedule(schedule, timezone);
  const windows = offsetTransitions(timezone, start - 2 * MS_PER_DAY, end + 2 * MS_PER_DAY).map(
    (t) => [t - 36 * MS_PER_HOUR, t + 36 * MS_PER_HOUR] as const,
  );
  // Croner's nextRun is strictly after its argument; start 1 ms early to include a run at `start`.
  let cursor = start - 1;
  for (;;) {
    const next = cron.nextRun(new Date(cursor));
    if (!next || next.getTime() > end) return;
    const first = next.getTime();
    const window = windows.find(([a, b]) => first >= a && first <= b);
    const minute = window ? -1 : localMinuteOfDay(timezone, first);
    const index = window ? -1 : timesOfDay.indexOf(minute);
    if (window || index < 0) {
      // Near a DST transition (or, defensively, a fire time outside the day's pattern): ask croner
      // for every fire time until the end of the window (or this one only).
      const until = window ? Math.min(window[1], end) : first;
      for (let t: number | undefined = first; t !== undefined && t <= until;) {
        if (!visit(t)) return;
        t = cron.nextRun(new Date(t))?.getTime();
      }
      cursor = until;
      continue;
    }
    // A plain day: the offset is constant for at least 36 hours around `first`, so the remaining
    // fire times of this local day are `first` plus their distance in wall-clock minutes.
    for (let k = index; k < timesOfDay.length; k++) {
      const t = first + (timesOfDay[k]! - minute) * MS_PER_MINUTE;
      if (t > end) return;
      if (!visit(t)) return;
    }
    // Continue from just before the next local midnight.
    cursor = first + (24 * 60 - minute) * MS_PER_MINUTE - 1;
  }
}

/** Fire times (epoch ms, ascending) in [from, to]. Throws a ScheduleError for a bad cron. */
export function fireTimes(schedule: string, timezone: string, from: Date, to: Date): number[] {
  const out: number[] = [];
  walkFireTimes(schedule, timezone, from.getTime(), to.getTime(), (t) => {
    out.push(t);
    return true;
  });
  return out;
}

/**
 * The shortest real-time gap between consecutive fire times in [from, from + days], with the pair
 * that shows it (for an error message such as "fires at 00:50 and 01:00 UTC on 2026-10-25").
 * Undefined when the schedule fires fewer than twice in the span. Stops early at 1 minute, the floor
 * for 5-field cron, or at `stopAtOrBelow` when the caller only needs to know whether some gap is that
 * short.
 */
export function minimumGap(
  schedule: string,
  timezone: string,
  from: Date,
  options: GapOptions = {},
): Gap | undefined {
  const floor = Math.max(1, options.stopAtOrBelow ?? 1);
  const start = from.getTime();
  let best: Gap | undefined;
  let prev: number | undefined;
  walkFireTimes(schedule, timezone, start, start + (options.days ?? 366) * MS_PER_DAY, (ms) => {
    if (prev !== undefined) {
      const minutes = (ms - prev) / MS_PER_MINUTE;
      if (!best || minutes < best.minutes) best = { minutes, from: new Date(prev), to: new Date(ms) };
    }
    prev = ms;
    return best === undefined || best.minutes > floor;
  });
  return best;
}

/** The shortest gap in minutes between consecutive fire times over a year from `from`; Infinity when it fires less than twice. */
export function minimumGapMinutes(schedule: string, timezone: string, from: Date, days = 366): number {
  return minimumGap(schedule, timezone, from, { days })?.minutes ?? Infinity;
}

/**
 * The longest real-time gap between a fire time in [from, from + days] and the one after it (which
 * may fall after the span, so a schedule that fires once in the span still has its gap: a yearly rule
 * over a year), with the pair that shows it. This is the schedule's recovery point objective, for the
 * review and the audit. Undefined when the schedule never fires again after the span's first fire.
 * Over a year or more every weekday, month end and DST change of the schedule counts.
 */
export function maximumGap(
  schedule: string,
  timezone: string,
  from: Date,
  options: Pick<GapOptions, 'days'> = {},
): Gap | undefined {
  const start = from.getTime();
  let best: Gap | undefined;
  let prev: number | undefined;
  const consider = (ms: number) => {
    if (prev !== undefined) {
      const minutes = (ms - prev) / MS_PER_MINUTE;
      if (!best || minutes > best.minutes) best = { minutes, from: new Date(prev), to: new Date(ms) };
    }
    prev = ms;
    return true;
  };
  walkFireTimes(schedule, timezone, start, start + (options.days ?? 366) * MS_PER_DAY, consider);
  const after = prev === undefined ? undefined : nextSlot(schedule, timezone, new Date(prev));
  if (after) consider(after.getTime());
  return best;
}
