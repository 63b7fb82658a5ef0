// `retain.keep` in a vault with Vault Lock. AWS refuses every DeleteRecoveryPoint and every lifecycle
// change there (DescribeBackupVault `Locked: true`), so pruning can never apply `keep`: each point's
// fate must be settled when its job starts, in the job's Lifecycle. This module decides it, per rule.
//
// The rule: a point gets the lifecycle of the LONGEST calendar tier it opens. It "opens" a tier when
// it is the first completed point of its bucket (hour, day, ISO week, month, year on the rule's zone)
// among the points this rule already holds for the resource in the vault; it then keeps that tier's
// count of buckets, its own included: until the end of the bucket `count − 1` after its own. That is
// exactly when restic's `forget` stops counting the bucket among the newest `count` when every bucket
// has a point (monthly: 12 keeps a point made in March until the end of the following February).
//
// How it differs from pruning (said in the README and the job summary):
// - restic keeps the NEWEST point of each bucket; at job start only the first can be known, so the
//   first is kept instead (a day's 03:00 point, not its 23:00 one).
// - Buckets without a point do not stretch the history: a pruned monthly: 12 skipping an empty month
//   reaches 13 months back, a locked vault stops at 12 calendar months.
// - Nothing is deleted early when backups fail for a while: points leave only through their lifecycle.
// - The lock's range wins: below MinRetentionDays a point is kept longer than asked; above
//   MaxRetentionDays, shorter (AWS would refuse the job otherwise).
//
// Day counts. Calendar tiers (daily and longer) count local calendar days from the point's date to the
// first day after its last bucket: a daily: 7 point lives 7 days, a monthly: 12 point made on 1 March
// 2026 lives 365 days (to 1 March 2027). AWS counts DeleteAfterDays from the creation time, so the
// point lasts into that first day after its tier, save one hour at most for a point made in the first
// hour after midnight across an autumn clock change. `hourly` counts whole 24-hour days, rounded up.
// Rules without buckets:
// - `last: n` applies to every point: it stays among the newest n until the rule's schedule has made
//   n more, so it lives until the n-th later slot of the schedule (rounded up to whole days).
// - `within: D` applies to every point: restic keeps points younger than D before the newest, so a
//   point lives D (calendar arithmetic as restic's, rounded up to whole days).
// - `withinDaily: D` etc.: the bucket's first point lives until D after its bucket ends (restic keeps a
//   bucket's newest point while it is within D of the newest point).
// - -1 (unlimited) is AWS's maximum, 36,500 days; a point that opens nothing lives as short as the
//   lock allows (at least 1 day). `hardLimitDays` caps the result, the lock range clamps it last.
import { MAX_DELETE_AFTER_DAYS } from '../plan/model.js';
import type { KeepPolicy } from '../retention/engine.js';
import { parseWithin, type WithinDuration } from '../retention/duration.js';
import { civilFromDays, daysFromCivil, isoWeekFromDays, MS_PER_DAY, MS_PER_HOUR } from '../time/calendar.js';
import { nextSlot } from '../time/cron.js';
import { offsetResolver, wallToUtc, type OffsetAt } from '../time/zone.js';

export type CalendarTier = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';
const TIERS: readonly CalendarTier[] = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'];
const WITHIN_OF: Record<
  CalendarTier,
  'withinHourly' | 'withinDaily' | 'withinWeekly' | 'withinMonthly' | 'withinYearly'
> = {
  hourly: 'withinHourly',
  daily: 'withinDaily',
  weekly: 'withinWeekly',
  monthly: 'withinMonthly',
  yearly: 'withinYearly',
};

export interface LockedKeepInput {
  keep: KeepPolicy;
  timezone: string;
  /** The rule's cron schedule (for `last`). */
  schedule: string;
  /** The new point's time: the job's start. */
  created: Date;
  /** Creation times of the completed points this rule already holds for the resource in the vault. */
  earlier: readonly Date[];
  hardLimitDays?: number | undefined;
  lock: { minRetentionDays?: number | undefined; maxRetentionDays?: number | undefined };
}

export interface LockedKeepDecision {
  deleteAfterDays: number;
  /** The calendar tiers the point opens. */
  opens: CalendarTier[];
  /** What decided it, for the report: "opens its month (monthly: 12): 365 days". */
  reason: string;
}

/** Wall-clock bucket of one tier: its first local day (or hour) and its end, as wall ms. */
interface Bucket {
  key: string;
  /** Wall ms where the bucket `count − 1` after this one ends. */
  endWall: (count: number) => number;
  startWall: number;
}

function bucketOf(tier: CalendarTier, wall: number): Bucket {
  const day = Math.floor(wall / MS_PER_DAY);
  switch (tier) {
    case 'hourly': {
      const hour = Math.floor(wall / MS_PER_HOUR);
      return { key: `h${hour}`, startWall: hour * MS_PER_HOUR, endWall: (n) => (hour + n) * MS_PER_HOUR };
    }
    case 'daily':
      return { key: `d${day}`, startWall: day * MS_PER_DAY, endWall: (n) => (day + n) * MS_PER_DAY };
    case 'weekly': {
      const monday = day - ((((day + 3) % 7) + 7) % 7);
      const w = isoWeekFromDays(day);
      return {
        key: `w${w.year}-${w.week}`,
        startWall: monday * MS_PER_DAY,
        endWall: (n) => (monday + 7 * n) * MS_PER_DAY,
      };
    }
    case 'monthly': {
      const c = civilFromDays(day);
      return {
        key: `m${c.year}-${c.month}`,
        startWall: daysFromCivil(c.year, c.month, 1) * MS_PER_DAY,
        endWall: (n) => daysFromCivil(c.year, c.month + n, 1) * MS_PER_DAY,
      };
    }
    case 'yearly': {
      const c = civilFromDays(day);
      return {
        key: `y${c.year}`,
        startWall: daysFromCivil(c.year, 1, 1) * MS_PER_DAY,
        endWall: (n) => daysFromCivil(c.year + n, 1, 1) * MS_PER_DAY,
      };
    }
  }
}

const wallOf = (ms: number, offsetAt: OffsetAt) => ms + offsetAt(ms);
const ceilDays = (ms: number) => Math.max(0, Math.ceil(ms / MS_PER_DAY));

/** `from` plus a restic duration: Go's AddDate on the zone's wall clock, then whole hours. */
function addWithin(fromMs: number, d: WithinDuration, offsetAt: OffsetAt): number {
  const wall = wallOf(fromMs, offsetAt);
  const day = Math.floor(wall / MS_PER_DAY);
  const c = civilFromDays(day);
  const shifted = daysFromCivil(c.year + d.years, c.month + d.months, c.day + d.days) * MS_PER_DAY;
  return wallToUtc(shifted + (wall - day * MS_PER_DAY), offsetAt) + d.hours * MS_PER_HOUR;
}

/** The earliest time whose points can decide which tiers a point made at `now` opens. */
export function lockedKeepLookback(keep: KeepPolicy, timezone: string, now: Date): Date {
  const offsetAt = offsetResolver(timezone);
  const wall = wallOf(now.getTime(), offsetAt);
  let start = now.getTime();
  for (const tier of TIERS) {
    if (!keep[tier] && !keep[WITHIN_OF[tier]]) continue;
    start = Math.min(start, wallToUtc(bucketOf(tier, wall).startWall, offsetAt));
  }
  return new Date(start);
}

/** The lifecycle of a point that a `keep` rule makes into a locked vault. Pure. */
export function lockedKeepLifecycle(input: LockedKeepInput): LockedKeepDecision {
  const { keep } = input;
  const offsetAt = offsetResolver(input.timezone);
  const t = input.created.getTime();
  const wall = wallOf(t, offsetAt);
  const localDay = Math.floor(wall / MS_PER_DAY);
  const earlierWalls = input.earlier
    .map((d) => d.getTime())
    .filter((e) => e < t)
    .map((e) => wallOf(e, offsetAt));

  let best = 0;
  let reason = 'opens no bucket of its rule: kept as briefly as allowed';
  const consider = (days: number, why: string) => {
    if (days > best) {
      best = days;
      reason = why;
    }
  };
  const opens: CalendarTier[] = [];
  for (const tier of TIERS) {
    const bucket = bucketOf(tier, wall);
    if (earlierWalls.some((e) => bucketOf(tier, e).key === bucket.key)) continue;
    opens.push(tier);
    const count = keep[tier];
    if (count !== undefined && count !== 0) {
      const days =
        count < 0
          ? Infinity
          : tier === 'hourly'
            ? ceilDays(wallToUtc(bucket.endWall(count), offsetAt) - t)
            : Math.floor(bucket.endWall(count) / MS_PER_DAY) - localDay;
      consider(days, `opens its ${NOUN[tier]} (${tier}: ${count})`);
    }
    const within = keep[WITHIN_OF[tier]];
    if (within !== undefined) {
      const end = addWithin(wallToUtc(bucket.endWall(1), offsetAt), parseWithin(within), offsetAt);
      consider(ceilDays(end - t), `opens its ${NOUN[tier]} (${WITHIN_OF[tier]}: ${within})`);
    }
  }
  if (keep.within !== undefined)
    consider(ceilDays(addWithin(t, parseWithin(keep.within), offsetAt) - t), `within: ${keep.within}`);
  if (keep.last !== undefined && keep.last !== 0)
    consider(keep.last < 0 ? Infinity : lastDays(input, keep.last), `last: ${keep.last}`);

  let days = Math.min(best, MAX_DELETE_AFTER_DAYS);
  if (input.hardLimitDays !== undefined && days > input.hardLimitDays) {
    days = input.hardLimitDays;
    reason += `, capped by hardLimitDays`;
  }
  const min = Math.max(1, input.lock.minRetentionDays ?? 1);
  const max = Math.min(MAX_DELETE_AFTER_DAYS, input.lock.maxRetentionDays ?? MAX_DELETE_AFTER_DAYS);
  if (days < min) {
    days = min;
    reason += `, raised to the lock's minimum`;
  } else if (days > max) {
    days = max;
    reason += `, cut to the lock's maximum`;
  }
  return { deleteAfterDays: days, opens, reason: `${reason}: ${days} days` };
}

const NOUN: Record<CalendarTier, string> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'ISO week',
  monthly: 'month',
  yearly: 'year',
};

/** Days until the n-th slot of the schedule after the point (then n newer points exist). */
function lastDays(input: LockedKeepInput, n: number): number {
  // Beyond a thousand slots, scale the span of the first thousand (a cron repeats; a whole-day
  // rounding error at that length does not matter).
  const walk = Math.min(n, 1000);
  let cursor = input.created;
  for (let i = 0; i < walk; i++) {
    const next = nextSlot(input.schedule, input.timezone, cursor);
    if (!next) return Infinity;
    cursor = next;
  }
  return ceilDays(((cursor.getTime() - input.created.getTime()) * n) / walk);
}
