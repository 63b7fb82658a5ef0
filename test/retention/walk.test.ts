// The engine's walk against a naive restic ApplyPolicy written here from its description: every rule
// walks all points on its own, buckets come from Intl's wall clock of the zone (not the engine's
// calendar arithmetic), and nothing stops early. The engine stops its walk once every count is used up
// and every window lies behind it, sorts packed 64-bit keys, and asks a small check of every point
// before it records reasons: all of that must change nothing, in DST zones too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRetention,
  isEmptyPolicy,
  type KeepPolicy,
  type RetentionPoint,
} from '../../src/retention/engine.js';
import { parseWithin, subtractWithin } from '../../src/retention/duration.js';
import { offsetResolver } from '../../src/time/zone.js';

const COUNT_KINDS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
const WITHIN_KINDS = {
  withinHourly: 'hourly',
  withinDaily: 'daily',
  withinWeekly: 'weekly',
  withinMonthly: 'monthly',
  withinYearly: 'yearly',
} as const;
type Bucket = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';

const formats = new Map<string, Intl.DateTimeFormat>();
/** The bucket of an instant on the zone's wall clock, read through Intl. */
function bucketOf(kind: Bucket, ms: number, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  const { year, month, day, hour } = parts as Record<'year' | 'month' | 'day' | 'hour', number>;
  switch (kind) {
    case 'hourly':
      return `${year}-${month}-${day} ${hour}`;
    case 'daily':
      return `${year}-${month}-${day}`;
    case 'monthly':
      return `${year}-${month}`;
    case 'yearly':
      return `${year}`;
    case 'weekly': {
      // ISO week: the week (Monday to Sunday) belongs to the year of its Thursday.
      const date = new Date(Date.UTC(year, month - 1, day));
      const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
      const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
      const isoYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000)) + 1;
      return `${isoYear}-W${week}`;
    }
  }
}

/** Positions (newest first) that restic's policy keeps, each rule walking every point on its own. */
function referenceKept(sorted: readonly RetentionPoint[], policy: KeepPolicy, zone: string): Set<number> {
  const n = sorted.length;
  const ms = sorted.map((p) => p.created.getTime());
  const kept = new Set<number>();
  if (n === 0) return kept;
  for (const kind of COUNT_KINDS) {
    const count = policy[kind];
    if (count === undefined || !(count > 0 || count === -1)) continue;
    let left = count;
    let last: string | undefined;
    for (let nr = 0; nr < n && left !== 0; nr++) {
      const key = kind === 'last' ? String(nr) : bucketOf(kind, ms[nr]!, zone);
      if (key === last && nr !== n - 1) continue;
      kept.add(nr);
      last = key;
      if (left > 0) left--;
    }
  }
  const offsetAt = offsetResolver(zone);
  const threshold = (text: string) => subtractWithin(ms[0]!, parseWithin(text), offsetAt);
  if (policy.within !== undefined) {
    const after = threshold(policy.within);
    for (let nr = 0; nr < n; nr++) if (ms[nr]! > after) kept.add(nr);
  }
  for (const [key, kind] of Object.entries(WITHIN_KINDS) as [keyof typeof WITHIN_KINDS, Bucket][]) {
    const text = policy[key];
    if (text === undefined) continue;
    const after = threshold(text);
    let last: string | undefined;
    for (let nr = 0; nr < n; nr++) {
      if (!(ms[nr]! > after)) continue;
      const bucket = bucketOf(kind, ms[nr]!, zone);
      if (bucket === last && nr !== n - 1) continue;
      kept.add(nr);
      last = bucket;
    }
  }
  return kept;
}

const newestFirst = (points: readonly RetentionPoint[]) =>
  [...points].sort(
    (a, b) => b.created.getTime() - a.created.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

// Around the 2020 DST changes of Europe and North America (March, October/November), plus a spread
// over two years; some times repeat so ties are ordered by id.
const START = Date.UTC(2019, 11, 1);
const SPAN = 2 * 366 * 86_400_000;
const timeArb = fc.oneof(
  fc.integer({ min: 0, max: SPAN }),
  fc.integer({ min: Date.UTC(2020, 2, 28), max: Date.UTC(2020, 3, 6) }).map((t) => t - START),
  fc.integer({ min: Date.UTC(2020, 9, 24), max: Date.UTC(2020, 10, 3) }).map((t) => t - START),
  fc.constantFrom(0, 3_600_000, 86_400_000),
);
const pointsArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 120 })
  .chain((ids) =>
    fc.tuple(fc.constant(ids), fc.array(timeArb, { minLength: ids.length, maxLength: ids.length })),
  )
  .map(([ids, offsets]): RetentionPoint[] =>
    ids.map((id, i) => ({ id, created: new Date(START + offsets[i]!) })),
  );
// Small counts and few windows, so most walks use every count up long before the oldest point and
// pass every window (the early stop).
const countArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: fc.constant(-1), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 6 }), weight: 4 },
);
const withinArb = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  {
    arbitrary: fc
      .record({
        m: fc.integer({ min: 0, max: 3 }),
        d: fc.integer({ min: 0, max: 20 }),
        h: fc.integer({ min: 0, max: 30 }),
      })
      .map(({ m, d, h }) => `${m}m${d}d${h}h`),
    weight: 1,
  },
);
const policyArb: fc.Arbitrary<KeepPolicy> = fc
  .record({
    last: countArb,
    hourly: countArb,
    daily: countArb,
    weekly: countArb,
    monthly: countArb,
    yearly: countArb,
    within: withinArb,
    withinHourly: withinArb,
    withinDaily: withinArb,
    withinWeekly: withinArb,
    withinMonthly: withinArb,
    withinYearly: withinArb,
  })
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as KeepPolicy)
  .filter((p) => !isEmptyPolicy(p));
const zoneArb = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
);

describe('the walk', () => {
  it('keeps and removes exactly what a naive per-rule walk over Intl buckets does, in DST zones too', () => {
    let stoppedEarly = 0;
    fc.assert(
      fc.property(pointsArb, policyArb, zoneArb, (points, policy, zone) => {
        const sorted = newestFirst(points);
        const kept = referenceKept(sorted, policy, zone);
        const decision = applyRetention(points, policy, { timezone: zone });
        expect(decision.keep.map((k) => k.point.id)).toEqual(
          sorted.filter((_, nr) => kept.has(nr)).map((p) => p.id),
        );
        expect(decision.remove.map((p) => p.id)).toEqual(
          sorted.filter((_, nr) => !kept.has(nr)).map((p) => p.id),
        );
        // The early stop must have applied when no count is unlimited and the oldest point is removed.
        const unlimited = COUNT_KINDS.some((k) => policy[k] === -1);
        if (!unlimited && sorted.length > 0 && !kept.has(sorted.length - 1)) stoppedEarly++;
      }),
      { numRuns: 400 },
    );
    expect(stoppedEarly).toBeGreaterThan(10); // ~45 in 400 runs
  });

  it('decides 20,000 hourly points across DST changes like the naive walk', () => {
    const points = Array.from({ length: 20_000 }, (_, i) => ({
      id: `rp-${String(i).padStart(5, '0')}`,
      created: new Date(Date.UTC(2019, 9, 1) + i * 3_600_000 + (i % 7) * 60_000),
    }));
    for (const zone of ['Europe/Berlin', 'Australia/Lord_Howe']) {
      const policy: KeepPolicy = { hourly: 30, daily: 10, weekly: 6, monthly: 8, withinDaily: '20d' };
      const sorted = newestFirst(points);
      const kept = referenceKept(sorted, policy, zone);
      const decision = applyRetention(points, policy, { timezone: zone });
      expect(decision.keep.map((k) => k.point.id)).toEqual(
        sorted.filter((_, nr) => kept.has(nr)).map((p) => p.id),
      );
      expect(decision.remove).toHaveLength(points.length - kept.size);
      expect(decision.remove.map((p) => p.id)).toEqual(
        sorted.filter((_, nr) => !kept.has(nr)).map((p) => p.id),
      );
    }
  });
});
