import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRepeat, newestFirstOrder } from '../../src/retention/order.js';

describe('newestFirstOrder', () => {
  it('equals a comparator sort: time descending, then id ascending', () => {
    const entries = fc.array(
      fc.record({
        t: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer()),
        id: fc.string({ maxLength: 3 }),
      }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const times = Float64Array.from(list, (e) => e.t);
        const expected = list
          .map((_, i) => i)
          .sort((a, b) => {
            const ea = list[a]!;
            const eb = list[b]!;
            return eb.t - ea.t || (ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0);
          });
        const actual = Array.from(newestFirstOrder(times, (i) => list[i]!.id));
        // Equal (time, id) pairs may come in either order; compare what they stand for.
        expect(actual.map((i) => [list[i]!.t, list[i]!.id])).toEqual(
          expected.map((i) => [list[i]!.t, list[i]!.id]),
        );
        expect(new Set(actual).size).toBe(list.length);
      }),
      { numRuns: 500 },
    );
  });

  it('handles the epoch and negative times', () => {
    const times = Float64Array.from([0, -1000, 1000, 0]);
    const ids = ['b', 'x', 'y', 'a'];
    expect(Array.from(newestFirstOrder(times, (i) => ids[i]!))).toEqual([2, 3, 0, 1]);
  });
});

describe('firstRepeat', () => {
  it('finds the first value (in input order) that repeats an earlier one, and both places', () => {
    /** The plain definition: the smallest `second` with an equal value before it. */
    const byDefinition = (values: string[]) => {
      for (let second = 0; second < values.length; second++) {
        const first = values.indexOf(values[second]!);
        if (first < second) return { value: values[second], first, second };
      }
      return undefined;
    };
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 40 }), (values) => {
        expect(firstRepeat(values)).toEqual(byDefinition(values));
      }),
      { numRuns: 2000 },
    );
    expect(firstRepeat(['b', 'a', 'a', 'b'])).toEqual({ value: 'a', first: 1, second: 2 });
    expect(firstRepeat([])).toBeUndefined();
  });
});

describe('newestFirstOrder, either way of sorting', () => {
  // Whole milliseconds within ~4,000 years are sorted as packed 64-bit keys; fractional times or wider
  // spans by the general placement. Both must give the comparator's order.
  const byComparator = (times: number[], ids: string[]) =>
    times
      .map((_, i) => i)
      .sort((a, b) => times[b]! - times[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0))
      .map((i) => [times[i], ids[i]]);
  const MIN = new Date('0001-01-01T00:00:00Z').getTime();
  const MAX = Date.UTC(9999, 11, 31);
  // (+ 0 turns -0 into 0: the pairs below compare with Object.is.)
  const timeArb = fc.oneof(
    fc.integer({ min: MIN, max: MAX }),
    fc.integer({ min: 0, max: 10 }),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((t) => t + 0),
    fc.constantFrom(0, 1.5, MIN, MAX),
  );
  it('equals the comparator sort for any times, fractional and years 1–9999 apart', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(timeArb, fc.string({ maxLength: 2 })), { maxLength: 150 }), (list) => {
        const times = list.map(([t]) => t);
        const ids = list.map(([, id]) => id);
        const order = Array.from(newestFirstOrder(Float64Array.from(times), (i) => ids[i]!));
        expect(new Set(order).size).toBe(list.length);
        expect(order.map((i) => [times[i], ids[i]])).toEqual(byComparator(times, ids));
      }),
      { numRuns: 500 },
    );
  });

  it('orders 300,000 packed points with ties, as the comparator does', () => {
    const n = 300_000;
    const times = Array.from({ length: n }, (_, i) => Date.UTC(2020, 0, 1) + ((i * 7919) % 250_000) * 1000);
    const ids = Array.from({ length: n }, (_, i) => `id-${(i * 31) % n}`);
    const order = Array.from(newestFirstOrder(Float64Array.from(times), (i) => ids[i]!));
    expect(order.map((i) => [times[i], ids[i]])).toEqual(byComparator(times, ids));
  });
});
