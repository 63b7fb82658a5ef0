// The keep/remove decision for a list of recovery points: restic's `forget` policy (ApplyPolicy in
// restic's internal/restic/snapshot_policy.go), pure and deterministic.
//
// How it decides, exactly as restic does:
// - Points are walked newest first. Each count rule (last, hourly … yearly) keeps a point when the
//   point opens a bucket (hour, day, ISO week, month, year; for `last` every point is its own bucket)
//   that differs from the bucket of the point it kept before, until its count is used up. -1 never
//   runs out. A rule that still has count left when it reaches the oldest point keeps that point too
//   (restic does this to stretch the history as far back as the counts allow).
// - `within` keeps every point created strictly after (newest − duration); `withinDaily` etc. keep the
//   first point of each bucket after that threshold, and (like the count rules) the oldest point of
//   all when it lies after the threshold. The threshold is measured from the NEWEST POINT,
//   not from now, so a backlog of failed backups never ages good points out. (restic ignores points in
//   the future when it looks for the newest one; a pure function has no "now", so every point counts.)
// - Buckets and calendar arithmetic happen on the wall clock of one IANA time zone (UTC by default):
//   the repeated autumn hour is one hourly bucket, a 23- or 25-hour day is one daily bucket.
//
// Where restic depends on input order, this engine does not: points with equal creation times are
// ordered by id, ascending by UTF-16 code units ("rp-a" counts as newer than "rp-b" at the same time).
// restic's own expected results compare kept times only, which any tie order satisfies.

import { civilFromDays, isoWeekFromDays, MS_PER_DAY, MS_PER_HOUR, pad2, padYear } from '../time/calendar.js';
import {
  formatWithin,
  isZeroDuration,
  parseWithin,
  subtractWithin,
  type WithinDuration,
} from './duration.js';
import { firstRepeatedId, newestFirstOrder, type IdColumn } from './order.js';
import { offsetResolver, type OffsetAt } from '../time/zone.js';

export { parseWithin, formatWithin, type WithinDuration } from './duration.js';
export type { IdColumn } from './order.js';
export { canonicalTimeZone, TimeZoneError } from '../time/zone.js';

// A type alias rather than an interface so it stays assignable to Record<string, unknown>.
export type KeepPolicy = {
  last?: number;
  hourly?: number;
  daily?: number;
  weekly?: number;
  monthly?: number;
  yearly?: number;
  within?: string;
  withinHourly?: string;
  withinDaily?: string;
  withinWeekly?: string;
  withinMonthly?: string;
  withinYearly?: string;
};

export interface RetentionPoint {
  id: string;
  created: Date;
}

export type BucketKind = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';

/** Why a point is kept; `describeReason` renders it for people. */
export type KeepReason =
  /** One of the newest `limit` points (limit -1: unlimited); rank 1 is the newest. */
  | { kind: 'last'; rank: number; limit: number }
  /**
   * The newest point of its bucket (e.g. "2026-11-25" for daily, "2026-W48" for weekly). `oldestLeft`
   * is set when the point is kept only as the oldest point while the rule had count left (-1: unlimited).
   */
  | { kind: BucketKind; bucket: string; oldestLeft?: number }
  | { kind: 'within'; within: string }
  /**
   * The newest point of its bucket inside the window. `oldest` is set when the point is kept only
   * because it is the oldest point of all and lies inside the window (restic's "oldest … within").
   */
  | { kind: `within-${BucketKind}`; within: string; bucket: string; oldest?: true };

export interface KeptPoint<P extends RetentionPoint> {
  point: P;
  /** Every reason the point is kept, rendered (e.g. "daily (2026-11-25)", "within 7d of newest"). */
  reasons: string[];
  /** The same reasons, structured. */
  details: KeepReason[];
}

export interface Decision<P extends RetentionPoint> {
  /** Newest first. */
  keep: KeptPoint<P>[];
  /** Newest first. */
  remove: P[];
}

/**
 * Points as two parallel columns, ids[i] created at times[i] (ms since the epoch): how a reader of
 * 100,000 points hands them over without an object (and a Date) per point.
 */
export interface PointColumns {
  ids: IdColumn;
  times: Float64Array;
}

/** A decision over columns: indexes into them, newest first. */
export interface ColumnDecision {
  keep: { index: number; reasons: string[]; details: KeepReason[] }[];
  remove: Int32Array;
}

/** Two points share an id: `second` repeats the id of `first` (indexes in input order). */
export class DuplicatePointError extends RangeError {
  override name = 'DuplicatePointError';
  constructor(
    readonly id: string,
    readonly first: number,
    readonly second: number,
  ) {
    super(`duplicate point id ${JSON.stringify(id)}`);
  }
}

export interface RetentionOptions {
  /** IANA zone whose calendar defines hours, days, weeks, months and years. Default UTC. */
  timezone?: string;
}

const COUNT_KEYS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
const WITHIN_KEYS = {
  withinHourly: 'hourly',
  withinDaily: 'daily',
  withinWeekly: 'weekly',
  withinMonthly: 'monthly',
  withinYearly: 'yearly',
} as const satisfies Record<string, BucketKind>;
type WithinKey = 'within' | keyof typeof WITHIN_KEYS;
const ALL_WITHIN_KEYS: WithinKey[] = [
  'within',
  ...(Object.keys(WITHIN_KEYS) as (keyof typeof WITHIN_KEYS)[]),
];

/** Dates outside years 1–9999 are almost certainly bad input, and would leave Intl's safe range. */
const MIN_MS = new Date('0001-01-01T00:00:00Z').getTime();
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function describeReason(reason: KeepReason): string {
  switch (reason.kind) {
    case 'last':
      return reason.limit === -1
        ? `last (#${reason.rank}, unlimited)`
        : `last ${reason.limit} (#${reason.rank})`;
    case 'within':
      return `within ${reason.within} of newest`;
    case 'hourly':
    case 'daily':
    case 'weekly':
    case 'monthly':
    case 'yearly':
      if (reason.oldestLeft === undefined) return `${reason.kind} (${reason.bucket})`;
      return reason.oldestLeft === -1
        ? `${reason.kind} (${reason.bucket}, oldest point)`
        : `${reason.kind} (${reason.bucket}, oldest point; ${reason.oldestLeft} ${reason.kind} unused)`;
    default:
      return `${reason.kind.slice('within-'.length)} within ${reason.within} (${reason.bucket}${reason.oldest ? ', oldest point' : ''})`;
  }
}

/** The policy in words, like restic's: "keep 7 daily, 4 weekly, all monthly; hourly within 2d; all within 1d of newest". */
export function describePolicy(policy: KeepPolicy): string {
  const counts: string[] = [];
  for (const key of COUNT_KEYS) {
    const value = policy[key];
    if (value === -1) counts.push(`all ${key}`);
    else if (value !== undefined && value > 0) counts.push(`${value} ${key}`);
  }
  const windows: string[] = [];
  for (const [key, kind] of Object.entries(WITHIN_KEYS) as [keyof typeof WITHIN_KEYS, BucketKind][]) {
    const value = policy[key];
    if (value !== undefined) windows.push(`${kind} within ${value.trim()}`);
  }
  if (policy.within !== undefined) windows.push(`all within ${policy.within.trim()} of newest`);
  const parts = [counts.join(', '), windows.join(', ')].filter((p) => p !== '');
  return parts.length > 0 ? `keep ${parts.join('; ')}` : 'keep nothing';
}

/** Problems with a policy, in words a user can act on; empty when the policy is usable. */
export function policyProblems(policy: KeepPolicy): string[] {
  const problems: string[] = [];
  for (const key of COUNT_KEYS) {
    const value = policy[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < -1)
      problems.push(`${key}: expected a whole number ≥ 0, or -1 for unlimited; got ${String(value)}`);
  }
  for (const key of ALL_WITHIN_KEYS) {
    const value = policy[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      problems.push(`${key}: expected a duration string such as "7d", got ${String(value)}`);
      continue;
    }
    try {
      parseWithin(value);
    } catch (error) {
      problems.push(`${key}: ${(error as Error).message}`);
    }
  }
  if (problems.length === 0 && isEmptyPolicy(policy))
    problems.push(
      'the keep policy keeps nothing: set at least one count (> 0, or -1 for unlimited) or a non-zero within duration',
    );
  return problems;
}

/**
 * True when the policy asks to keep nothing: no count > 0 or -1 and no non-zero within duration.
 * Applying such a policy would delete every point, so `applyRetention` refuses it. A within value that
 * does not parse counts as set (policyProblems reports it); this function never throws.
 */
export function isEmptyPolicy(policy: KeepPolicy): boolean {
  for (const key of COUNT_KEYS) {
    const value = policy[key];
    if (value !== undefined && (value > 0 || value === -1)) return false;
  }
  for (const key of ALL_WITHIN_KEYS) {
    const value = policy[key];
    if (value === undefined) continue;
    try {
      if (!isZeroDuration(parseWithin(value))) return false;
    } catch {
      return false;
    }
  }
  return true;
}

interface CountRule {
  kind: 'last' | BucketKind;
  count: number;
  limit: number;
  last: number;
}

interface WithinRule {
  kind: BucketKind;
  within: string;
  threshold: number;
  last: number;
}

/**
 * Decides which points to keep and which to remove. Throws a RangeError for an invalid or empty
 * policy, an unknown time zone, a point without a valid creation time (years 1–9999), or duplicate ids
 * (a DuplicatePointError).
 */
export function applyRetention<P extends RetentionPoint>(
  points: readonly P[],
  policy: KeepPolicy,
  options: RetentionOptions = {},
): Decision<P> {
  const n = points.length;
  const times = new Float64Array(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const point = points[i] as P;
    if (typeof point.id !== 'string') throw new RangeError(`point ${i}: id must be a string`);
    ids[i] = point.id;
    times[i] = typeof point.created?.getTime === 'function' ? point.created.getTime() : NaN;
  }
  const decision = decideColumns({ ids, times }, policy, options);
  return {
    keep: decision.keep.map(({ index, reasons, details }) => ({
      point: points[index] as P,
      reasons,
      details,
    })),
    remove: Array.from(decision.remove, (index) => points[index] as P),
  };
}

/**
 * applyRetention over columns (see PointColumns), with the same checks and errors; the retention CLI
 * reads its points straight into columns.
 */
export function decideColumns(
  columns: PointColumns,
  policy: KeepPolicy,
  options: RetentionOptions = {},
): ColumnDecision {
  const problems = policyProblems(policy);
  if (problems.length > 0) throw new RangeError(`invalid keep policy: ${problems.join('; ')}`);
  const offsetAt = offsetResolver(options.timezone ?? 'UTC');

  const { ids, times } = columns;
  const n = times.length;
  if (ids.length !== n) throw new RangeError(`${ids.length} ids for ${n} creation times`);
  for (let i = 0; i < n; i++) {
    const ms = times[i] as number;
    if (!(ms >= MIN_MS && ms <= MAX_MS))
      throw new RangeError(
        `point ${JSON.stringify(ids.at(i))}: created must be a valid date between years 1 and 9999`,
      );
  }
  const repeat = firstRepeatedId(ids);
  if (repeat) throw new DuplicatePointError(repeat.value, repeat.first, repeat.second);
  if (n === 0) return { keep: [], remove: new Int32Array(0) };

  const order = newestFirstOrder(times, (i) => ids.at(i) as string);

  const newest = times[order[0] as number] as number;
  const counts: CountRule[] = [];
  for (const kind of COUNT_KEYS) {
    const count = policy[kind] ?? 0;
    if (count > 0 || count === -1) counts.push({ kind, count, limit: count, last: NaN });
  }
  const withinAll = durationOf(policy.within);
  const withinAllText = withinAll && formatWithin(withinAll);
  const withinAllThreshold = withinAll ? subtractWithin(newest, withinAll, offsetAt) : Infinity;
  const withins: WithinRule[] = [];
  for (const [key, kind] of Object.entries(WITHIN_KEYS) as [keyof typeof WITHIN_KEYS, BucketKind][]) {
    const duration = durationOf(policy[key]);
    if (duration)
      withins.push({
        kind,
        within: formatWithin(duration),
        threshold: subtractWithin(newest, duration, offsetAt),
        last: NaN,
      });
  }

  // Once every count is used up and the walk has passed every window, no rule can keep another point
  // (times only fall from here on; a used-up rule keeps no oldest point): the rest is removed as it is.
  let windowsEnd = withinAllThreshold;
  for (const rule of withins) windowsEnd = Math.min(windowsEnd, rule.threshold);
  const rules: Rules = {
    counts,
    countsLeft: counts.length,
    withins,
    withinAllText,
    withinAllThreshold,
    windowsEnd,
  };

  const calendar = new CalendarCursor(offsetAt);
  const { kept, remove, events } = walk(order, times, rules, calendar);
  return { keep: describeKept(kept, events, order, times, rules, calendar), remove };
}

/**
 * The walk, newest first. Its loop only applies the rules (numbers in, numbers out) and notes why a
 * point is kept as `events`; the reasons are built afterwards for the few kept points. A small loop
 * without strings or objects is quick to optimise, and most of the CLI's 100,000 points are removed.
 */
function walk(
  order: Int32Array,
  times: Float64Array,
  rules: Rules,
  calendar: CalendarCursor,
): { kept: number[]; remove: Int32Array; events: number[] } {
  const n = order.length;
  const kept: number[] = [];
  const events: number[] = [];
  const remove = new Int32Array(n);
  let removed = 0;
  for (let nr = 0; nr < n; nr++) {
    const index = order[nr] as number;
    const ms = times[index] as number;
    calendar.moveTo(ms);
    if (applyRules(rules, calendar, nr, n, ms, events)) kept.push(nr);
    else remove[removed++] = index;
    if (rules.countsLeft === 0 && ms <= rules.windowsEnd) {
      remove.set(order.subarray(nr + 1), removed);
      removed += n - 1 - nr;
      break;
    }
  }
  return { kept, remove: remove.subarray(0, removed), events };
}

interface Rules {
  counts: CountRule[];
  /** Count rules whose count is not used up (-1 never is). */
  countsLeft: number;
  withins: WithinRule[];
  withinAllText: string | undefined;
  /** Points after this instant are kept by `within`; Infinity without it. */
  withinAllThreshold: number;
  /** The earliest threshold of all windows: no window keeps a point at or before it. */
  windowsEnd: number;
}

/** An event's rule: WITHIN_ALL, a count rule's position, or WITHIN_RULE + a within rule's position. */
const WITHIN_ALL = -1;
const WITHIN_RULE = 1000;

/**
 * Applies every rule to the point at walk position `nr` (counts used, buckets opened) and appends one
 * event (nr, rule, detail) per rule that keeps it; detail is -2 when a bucket opens, else the count
 * left (-1: unlimited) of a count rule that keeps it as the oldest point, or 1 for a window's oldest
 * point. True when any rule keeps the point.
 */
function applyRules(
  rules: Rules,
  calendar: CalendarCursor,
  nr: number,
  n: number,
  ms: number,
  events: number[],
): boolean {
  let kept = false;
  if (ms > rules.withinAllThreshold) {
    events.push(nr, WITHIN_ALL, -2);
    kept = true;
  }
  const { counts, withins } = rules;
  for (let r = 0; r < counts.length; r++) {
    const rule = counts[r] as CountRule;
    if (rule.count === 0) continue; // used up
    const value = rule.kind === 'last' ? nr : calendar.key(rule.kind);
    const opensBucket = value !== rule.last;
    if (!opensBucket && nr !== n - 1) continue;
    events.push(nr, r, opensBucket ? -2 : rule.count);
    kept = true;
    rule.last = value;
    if (rule.count > 0 && --rule.count === 0) rules.countsLeft--;
  }
  for (let r = 0; r < withins.length; r++) {
    const rule = withins[r] as WithinRule;
    if (!(ms > rule.threshold)) continue;
    const value = calendar.key(rule.kind);
    const opensBucket = value !== rule.last;
    if (!opensBucket && nr !== n - 1) continue;
    events.push(nr, WITHIN_RULE + r, opensBucket ? -2 : 1);
    kept = true;
    rule.last = value;
  }
  return kept;
}

/** The kept points (walk positions, newest first) with their reasons, from the walk's events. */
function describeKept(
  kept: number[],
  events: number[],
  order: Int32Array,
  times: Float64Array,
  rules: Rules,
  calendar: CalendarCursor,
): ColumnDecision['keep'] {
  const keep: ColumnDecision['keep'] = [];
  let e = 0;
  for (const nr of kept) {
    const index = order[nr] as number;
    calendar.moveTo(times[index] as number);
    const details: KeepReason[] = [];
    for (; e < events.length && events[e] === nr; e += 3) {
      const rule = events[e + 1] as number;
      const detail = events[e + 2] as number;
      if (rule === WITHIN_ALL) details.push({ kind: 'within', within: rules.withinAllText as string });
      else if (rule < WITHIN_RULE) {
        const { kind, limit } = rules.counts[rule] as CountRule;
        details.push(
          kind === 'last'
            ? { kind: 'last', rank: nr + 1, limit }
            : detail === -2
              ? { kind, bucket: calendar.label(kind) }
              : { kind, bucket: calendar.label(kind), oldestLeft: detail },
        );
      } else {
        const { kind, within } = rules.withins[rule - WITHIN_RULE] as WithinRule;
        details.push({
          kind: `within-${kind}`,
          within,
          bucket: calendar.label(kind),
          ...(detail === -2 ? {} : { oldest: true as const }),
        });
      }
    }
    keep.push({ index, reasons: details.map(describeReason), details });
  }
  return keep;
}

function durationOf(text: string | undefined): WithinDuration | undefined {
  if (text === undefined) return undefined;
  const duration = parseWithin(text);
  return isZeroDuration(duration) ? undefined : duration;
}

/**
 * Calendar fields of the current point on the zone's wall clock. Consecutive points (sorted) mostly
 * share a day, so the civil date and ISO week are recomputed only when the day changes.
 */
class CalendarCursor {
  private day = NaN;
  private hour = 0;
  private year = 0;
  private month = 0;
  private dayOfMonth = 0;
  private isoYear = 0;
  private isoWeek = 0;
  private weekDay = NaN;

  constructor(private readonly offsetAt: OffsetAt) {}

  moveTo(utcMs: number): void {
    const wall = utcMs + this.offsetAt(utcMs);
    const day = Math.floor(wall / MS_PER_DAY);
    this.hour = Math.floor((wall - day * MS_PER_DAY) / MS_PER_HOUR);
    if (day === this.day) return;
    this.day = day;
    const civil = civilFromDays(day);
    this.year = civil.year;
    this.month = civil.month;
    this.dayOfMonth = civil.day;
  }

  /** A number that identifies the bucket (restic's YYYYMMDDHH, YYYYMMDD, YYYYWW, YYYYMM, YYYY). */
  key(kind: BucketKind): number {
    switch (kind) {
      case 'hourly':
        return this.day * 24 + this.hour;
      case 'daily':
        return this.day;
      case 'weekly':
        this.ensureWeek();
        return this.isoYear * 100 + this.isoWeek;
      case 'monthly':
        return this.year * 100 + this.month;
      case 'yearly':
        return this.year;
    }
  }

  label(kind: BucketKind): string {
    const date = `${padYear(this.year)}-${pad2(this.month)}-${pad2(this.dayOfMonth)}`;
    switch (kind) {
      case 'hourly':
        return `${date} ${pad2(this.hour)}:00`;
      case 'daily':
        return date;
      case 'weekly':
        this.ensureWeek();
        return `${padYear(this.isoYear)}-W${pad2(this.isoWeek)}`;
      case 'monthly':
        return `${padYear(this.year)}-${pad2(this.month)}`;
      case 'yearly':
        return padYear(this.year);
    }
  }

  private ensureWeek(): void {
    if (this.weekDay === this.day) return;
    this.weekDay = this.day;
    const week = isoWeekFromDays(this.day);
    this.isoYear = week.year;
    this.isoWeek = week.week;
  }
}
