// Properties of the engine over random points, policies and zones (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRetention,
  isEmptyPolicy,
  type KeepPolicy,
  type RetentionPoint,
} from '../../src/retention/engine.js';

const START = Date.UTC(2019, 0, 1);
const SPAN = 3 * 366 * 86_400_000;

/** Unique ids; creation times either spread over three years or drawn from a few values so ties happen. */
const pointsArb = (maxLength = 60) =>
  fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: SPAN }),
            fc.constantFrom(0, 3_600_000, 86_400_000, 90 * 86_400_000),
          ),
          { minLength: ids.length, maxLength: ids.length },
        ),
      ),
    )
    .map(([ids, offsets]): RetentionPoint[] =>
      ids.map((id, i) => ({ id, created: new Date(START + (offsets[i] as number)) })),
    );

const countArb = fc.option(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 12 })), { nil: undefined });
const withinArb = fc.option(
  fc
    .record({
      y: fc.integer({ min: 0, max: 1 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 40 }),
      h: fc.integer({ min: 0, max: 50 }),
    })
    .map(({ y, m, d, h }) => `${y}y${m}m${d}d${h}h`),
  { nil: undefined, freq: 3 },
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

const ids = (points: readonly RetentionPoint[]) => points.map((p) => p.id);
const keptIds = (points: readonly RetentionPoint[], policy: KeepPolicy, timezone?: string) =>
  new Set(applyRetention(points, policy, { timezone }).keep.map((k) => k.point.id));
/** The engine's documented order: newest first, equal times by id ascending. */
const newestFirst = (points: readonly RetentionPoint[]) =>
  [...points].sort(
    (a, b) => b.created.getTime() - a.created.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

describe('retention properties', () => {
  it('always keeps the newest point under any non-empty policy', () => {
    fc.assert(
      fc.property(
        pointsArb().filter((p) => p.length > 0),
        policyArb,
        zoneArb,
        (points, policy, timezone) => {
          const decision = applyRetention(points, policy, { timezone });
          expect(decision.keep[0]?.point).toBe(newestFirst(points)[0]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the oldest point whenever a within-bucket rule covers it (restic), and still the newest', () => {
    const bucketRuleArb = fc.record({
      key: fc.constantFrom(
        'withinHourly',
        'withinDaily',
        'withinWeekly',
        'withinMonthly',
        'withinYearly',
      ) as fc.Arbitrary<keyof KeepPolicy>,
      duration: withinArb.filter((d): d is string => d !== undefined && !isEmptyPolicy({ within: d })),
    });
    fc.assert(
      fc.property(
        pointsArb().filter((p) => p.length > 0),
        bucketRuleArb,
        zoneArb,
        (points, { key, duration }, timezone) => {
          const policy: KeepPolicy = { [key]: duration };
          const decision = applyRetention(points, policy, { timezone });
          const order = newestFirst(points);
          expect(decision.keep[0]?.point).toBe(order[0]);
          const oldest = order[order.length - 1] as RetentionPoint;
          // The window is the same for every within key; `within` alone keeps exactly the points inside it.
          const inside = keptIds(points, { within: duration }, timezone).has(oldest.id);
          const kept = decision.keep.some((k) => k.point === oldest);
          expect(kept).toBe(inside);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(
        pointsArb().chain((points) =>
          fc.tuple(fc.constant(points), fc.shuffledSubarray(points, { minLength: points.length })),
        ),
        policyArb,
        zoneArb,
        ([points, shuffled], policy, timezone) => {
          const a = applyRetention(points, policy, { timezone });
          const b = applyRetention(shuffled, policy, { timezone });
          expect(b.keep.map((k) => [k.point.id, k.reasons])).toEqual(
            a.keep.map((k) => [k.point.id, k.reasons]),
          );
          expect(ids(b.remove)).toEqual(ids(a.remove));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep-last N keeps the min(N, count) newest points, ties included', () => {
    fc.assert(
      fc.property(pointsArb(), fc.integer({ min: 1, max: 80 }), (points, n) => {
        const decision = applyRetention(points, { last: n });
        expect(decision.keep).toHaveLength(Math.min(n, points.length));
        expect(decision.keep.map((k) => k.point)).toEqual(newestFirst(points).slice(0, n));
      }),
      { numRuns: 300 },
    );
  });

  it('splits the input into disjoint keep and remove lists, both newest first', () => {
    fc.assert(
      fc.property(pointsArb(), policyArb, zoneArb, (points, policy, timezone) => {
        const decision = applyRetention(points, policy, { timezone });
        const kept = decision.keep.map((k) => k.point);
        expect(new Set([...kept, ...decision.remove]).size).toBe(points.length);
        expect(kept.length + decision.remove.length).toBe(points.length);
        const order = newestFirst(points);
        const rank = new Map(order.map((p, i) => [p, i]));
        for (const list of [kept, decision.remove])
          for (let i = 1; i < list.length; i++)
            expect(rank.get(list[i] as RetentionPoint)).toBeGreaterThan(
              rank.get(list[i - 1] as RetentionPoint) as number,
            );
        for (const k of decision.keep) expect(k.reasons.length).toBe(k.details.length);
        for (const k of decision.keep) expect(k.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the union of what each rule keeps on its own (rules are independent, as in restic)', () => {
    fc.assert(
      fc.property(pointsArb(), policyArb, zoneArb, (points, policy, timezone) => {
        const union = new Set<string>();
        for (const [key, value] of Object.entries(policy)) {
          const single = { [key]: value } as KeepPolicy;
          if (isEmptyPolicy(single)) continue;
          for (const id of keptIds(points, single, timezone)) union.add(id);
        }
        expect(keptIds(points, policy, timezone)).toEqual(union);
      }),
      { numRuns: 200 },
    );
  });

  it('never keeps fewer points when a count grows', () => {
    const key = fc.constantFrom('last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly' as const);
    fc.assert(
      fc.property(pointsArb(), key, fc.integer({ min: 1, max: 10 }), (points, k, n) => {
        const smaller = keptIds(points, { [k]: n });
        const larger = keptIds(points, { [k]: n + 1 });
        const unlimited = keptIds(points, { [k]: -1 });
        for (const id of smaller) expect(larger.has(id)).toBe(true);
        for (const id of larger) expect(unlimited.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('in a fixed-offset zone, equals UTC on shifted times (checks the zone path against the UTC path)', () => {
    // Etc/GMT-5 is UTC+5 (POSIX sign convention).
    fc.assert(
      fc.property(pointsArb(), policyArb, (points, policy) => {
        const shifted = points.map((p) => ({
          id: p.id,
          created: new Date(p.created.getTime() + 5 * 3_600_000),
        }));
        const zoned = applyRetention(points, policy, { timezone: 'Etc/GMT-5' });
        const utc = applyRetention(shifted, policy);
        expect(zoned.keep.map((k) => [k.point.id, k.reasons])).toEqual(
          utc.keep.map((k) => [k.point.id, k.reasons]),
        );
      }),
      { numRuns: 200 },
    );
  });
});
