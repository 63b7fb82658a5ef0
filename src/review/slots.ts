// Every fire time of a rule's schedule in a span, for the review's synthetic timelines.
//
// croner's nextRun costs about a millisecond per call in a named zone, and a review walks years of
// slots per rule, so this follows the scheduler's own gap walk (`minimumGap`): one croner lookup per
// firing day, the rest of that day from the schedule's local times of day, and croner for every fire
// time within ±36 hours of a DST transition, where wall-clock arithmetic would be wrong.
import { compileSchedule } from '../time/cron.js';
import { localMinuteOfDay, offsetTransitions } from '../time/zone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Fire times (epoch ms, ascending) in [from, to]. Throws the scheduler's ScheduleError for a bad cron. */
export function fireTimes(schedule: string, timezone: string, from: Date, to: Date): number[] {
  const { cron, timesOfDay } = compileSchedule(schedule, timezone);
  const start = from.getTime();
  const end = to.getTime();
  const windows = offsetTransitions(timezone, start - 2 * DAY, end + 2 * DAY).map(
    (t) => [t - 36 * HOUR, t + 36 * HOUR] as const,
  );
  const out: number[] = [];
  // nextRun is strictly after its argument; start 1 ms early to include a run at `from`.
  let cursor = start - 1;
  for (;;) {
    const next = cron.nextRun(new Date(cursor));
    if (!next || next.getTime() > end) break;
    const first = next.getTime();
    const window = windows.find(([a, b]) => first >= a && first <= b);
    const minute = window ? -1 : localMinuteOfDay(timezone, first);
    const index = window ? -1 : timesOfDay.indexOf(minute);
    if (window || index < 0) {
      const until = window ? Math.min(window[1], end) : first;
      let t: number | undefined = first;
      while (t !== undefined && t <= until) {
        out.push(t);
        t = cron.nextRun(new Date(t))?.getTime();
      }
      cursor = until;
      continue;
    }
    // A plain day: the offset is constant for 36 hours around `first`.
    for (let k = index; k < timesOfDay.length; k++) {
      const t = first + (timesOfDay[k]! - minute) * MINUTE;
      if (t > end) break;
      out.push(t);
    }
    cursor = first + (24 * 60 - minute) * MINUTE - 1;
  }
  return out;
}

/** The longest time between two successive fire times, in minutes: the schedule's recovery point objective. */
export function longestGapMinutes(times: readonly number[]): number | undefined {
  let longest: number | undefined;
  for (let i = 1; i < times.length; i++) {
    const gap = (times[i]! - times[i - 1]!) / MINUTE;
    if (longest === undefined || gap > longest) longest = gap;
  }
  return longest;
}
