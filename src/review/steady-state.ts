// How many recovery points a rule holds per resource once its retention has settled, and how far back
// the oldest one reaches. Computed, not estimated: the rule's real cron slots (in its zone) over a
// synthetic timeline that ends at `now`, with a backup at every slot, pruned after every backup by the
// real retention engine exactly as `prune` would (keep), or expired by AWS's lifecycle (days,
// hardLimitDays). Assumes every backup succeeds and the vault is not locked.
import type { Retention } from '../plan/model.js';
import { applyRetention, parseWithin } from '../retention/engine.js';
import { MS_PER_DAY } from '../time/calendar.js';
import { fireTimes, maximumGap } from '../time/cron.js';

/** Counts are measured over the last year of the timeline, so weekday and month-length effects show as a range. */
const MEASURE_DAYS = 366;
/** No timeline reaches further back than this; longer retention is reported as such. */
const MAX_HORIZON_DAYS = 50 * 366;
/** The RPO is the longest gap over two years: every weekday, month end and DST change shows up. */
const RPO_DAYS = 2 * 366;
/** Points the retention engine may look at over one timeline; beyond it, pruning runs every few backups. */
const PRUNE_BUDGET = 300_000;

const BUCKET_DAYS = { last: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 31, yearly: 366 } as const;
const WITHIN_BUCKET_DAYS = {
  within: 0,
  withinHourly: 1 / 24,
  withinDaily: 1,
  withinWeekly: 7,
  withinMonthly: 31,
  withinYearly: 366,
} as const;

export type SteadyState =
  | {
      kind: 'bounded';
      /** Points per resource over the last year of the timeline: fewest, most, and at `now`. */
      points: { min: number; max: number; now: number };
      /** The oldest point still held at `now`. */
      oldest?: Date;
      /** Slot times (epoch ms, ascending) of the points held at `now`: what storage is estimated from. */
      held: readonly number[];
      /** True when the retention reaches back further than the timeline (50 years): numbers are a floor. */
      capped?: boolean;
    }
  | {
      kind: 'unbounded';
      /** The keep keys that never run out (-1) without a hardLimitDays to stop them. */
      unlimited: string[];
    };

/** Keep keys with -1 (unlimited). */
function unlimitedKeys(retain: Retention): string[] {
  return Object.entries(retain.keep ?? {})
    .filter(([, v]) => v === -1)
    .map(([k]) => k);
}

function withinDays(text: string): number {
  const d = parseWithin(text);
  return d.years * 366 + d.months * 31 + d.days + d.hours / 24;
}

/** How far back (days) a retention can reach for a schedule whose longest gap is `rpoDays`: the timeline needs at least this much history. */
export function retentionSpanDays(retain: Retention, rpoDays: number): number {
  let span = 0;
  if (retain.days !== undefined) span = retain.days;
  for (const [key, value] of Object.entries(retain.keep ?? {})) {
    if (typeof value === 'number') {
      if (value <= 0) continue;
      const bucket = BUCKET_DAYS[key as keyof typeof BUCKET_DAYS] ?? 0;
      span = Math.max(span, value * Math.max(bucket, rpoDays));
    } else if (typeof value === 'string') {
      const bucket = WITHIN_BUCKET_DAYS[key as keyof typeof WITHIN_BUCKET_DAYS] ?? 0;
      span = Math.max(span, withinDays(value) + bucket);
    }
  }
  if (unlimitedKeys(retain).length > 0) span = Infinity;
  if (retain.hardLimitDays !== undefined) span = Math.min(span, retain.hardLimitDays);
  return span + 2 * rpoDays + 1;
}

/**
 * Steady state of `retain` for a schedule whose fire times are `times` (ascending, epoch ms, ending at
 * or before `now`). The caller makes `times` reach back `retentionSpanDays` + a year.
 */
export function steadyState(
  times: readonly number[],
  retain: Retention,
  timezone: string,
  now: Date,
  capped = false,
): SteadyState {
  if (retain.keep !== undefined && retain.hardLimitDays === undefined) {
    const unlimited = unlimitedKeys(retain);
    if (unlimited.length > 0) return { kind: 'unbounded', unlimited };
  }
  const measureFrom = now.getTime() - MEASURE_DAYS * MS_PER_DAY;
  // AWS's lifecycle: a point created at c is gone once c + N days has passed.
  const lifecycleDays = retain.keep !== undefined ? retain.hardLimitDays : retain.days;
  const expiredAt = (t: number) => (lifecycleDays === undefined ? -Infinity : t - lifecycleDays * MS_PER_DAY);
  const counts: number[] = [];
  let held: number[];
  if (retain.keep === undefined) {
    // Lifecycle only: points leave oldest first, so a moving start index is enough.
    let start = 0;
    for (let i = 0; i < times.length; i++) {
      const t = times[i]!;
      while (start <= i && times[start]! <= expiredAt(t)) start++;
      if (t >= measureFrom) counts.push(i + 1 - start);
    }
    held = times.slice(start).filter((t) => t > expiredAt(now.getTime()));
  } else {
    const keep = retain.keep;
    held = [];
    let unpruned = 0;
    for (let i = 0; i < times.length; i++) {
      const t = times[i]!;
      held.push(t);
      unpruned++;
      // Prune after every backup, as the scheduled runs do; only for very large policies (e.g.
      // `within: 1y` on an hourly schedule) every few backups, to bound the work. Counts are taken
      // right after a prune, and pruning the survivors again gives what pruning every time would.
      const stride = Math.max(1, Math.floor((held.length * times.length) / PRUNE_BUDGET));
      if (unpruned < stride && i !== times.length - 1) continue;
      unpruned = 0;
      const alive = held
        .filter((c) => c > expiredAt(t))
        .map((c) => ({ id: String(c), created: new Date(c) }));
      held = applyRetention(alive, keep, { timezone })
        .keep.map((k) => k.point.created.getTime())
        .sort((a, b) => a - b);
      if (t >= measureFrom) counts.push(held.length);
    }
    // Between the last slot and `now` the lifecycle may still expire points.
    held = held.filter((c) => c > expiredAt(now.getTime()));
  }
  const oldest = held[0]; // held is in ascending order
  return {
    kind: 'bounded',
    points: {
      min: counts.length > 0 ? Math.min(...counts, held.length) : held.length,
      max: counts.length > 0 ? Math.max(...counts, held.length) : held.length,
      now: held.length,
    },
    ...(oldest !== undefined ? { oldest: new Date(oldest) } : {}),
    held,
    ...(capped ? { capped: true } : {}),
  };
}

/**
 * Timelines of schedules, computed once per schedule and zone and shared by every rule, copy and side
 * (base, head) of a review that uses them.
 */
export class Timelines {
  private readonly cache = new Map<string, { fromMs: number; times: number[] }>();
  private readonly steadyCache = new Map<string, SteadyState>();
  private readonly rpoCache = new Map<string, number | undefined>();

  constructor(readonly now: Date) {}

  /** Fire times in [now − days, now]. */
  times(schedule: string, timezone: string, days: number): number[] {
    const key = `${timezone}\u0000${schedule}`;
    const fromMs = this.now.getTime() - days * MS_PER_DAY;
    const hit = this.cache.get(key);
    if (hit && hit.fromMs <= fromMs) {
      const firstIndex = hit.times.findIndex((t) => t >= fromMs);
      return firstIndex < 0 ? [] : hit.times.slice(firstIndex);
    }
    const times = fireTimes(schedule, timezone, new Date(fromMs), this.now);
    this.cache.set(key, { fromMs, times });
    return times;
  }

  /** The schedule's recovery point objective: its longest gap between slots, in minutes. */
  rpoMinutes(schedule: string, timezone: string): number | undefined {
    // Two years of fire times per call: asked for every rule and copy of both sides, so kept.
    const key = `${timezone}\u0000${schedule}`;
    if (this.rpoCache.has(key)) return this.rpoCache.get(key);
    const minutes = maximumGap(schedule, timezone, new Date(this.now.getTime() - RPO_DAYS * MS_PER_DAY), {
      days: RPO_DAYS,
    })?.minutes;
    this.rpoCache.set(key, minutes);
    return minutes;
  }

  steadyState(schedule: string, timezone: string, retain: Retention): SteadyState {
    const key = JSON.stringify([schedule, timezone, retain]);
    const hit = this.steadyCache.get(key);
    if (hit) return hit;
    const result = this.computeSteadyState(schedule, timezone, retain);
    this.steadyCache.set(key, result);
    return result;
  }

  private computeSteadyState(schedule: string, timezone: string, retain: Retention): SteadyState {
    const rpoDays = (this.rpoMinutes(schedule, timezone) ?? RPO_DAYS * 24 * 60) / (24 * 60);
    const wanted = retentionSpanDays(retain, rpoDays) + MEASURE_DAYS;
    const capped = !Number.isFinite(wanted) || wanted > MAX_HORIZON_DAYS;
    const days = capped ? MAX_HORIZON_DAYS : Math.ceil(wanted);
    // An unbounded policy needs no timeline: steadyState answers from the policy alone.
    const times =
      unlimitedKeys(retain).length > 0 && retain.hardLimitDays === undefined
        ? []
        : this.times(schedule, timezone, days);
    return steadyState(times, retain, timezone, this.now, capped);
  }
}
