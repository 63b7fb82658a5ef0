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
