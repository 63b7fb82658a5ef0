// The report's instants: isoInstant must write exactly what toISOString writes.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isoInstant } from '../../src/prune/report-body.js';

it('writes every instant as toISOString does (memoised days, and outside 1970–9999)', () => {
  const max = 8.64e15;
  fc.assert(
    fc.property(
      fc.oneof(
        fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        fc.integer({ min: -max, max }),
        fc.constantFrom(
          0,
          Date.UTC(9999, 11, 31, 23, 59, 59, 999),
          Date.UTC(10000, 0, 1),
          -1,
          951_782_400_000,
        ),
      ),
      (ms) => {
        const date = new Date(ms);
        expect(isoInstant(date)).toBe(date.toISOString());
        expect(isoInstant(date)).toBe(date.toISOString()); // from the memo
      },
    ),
    { numRuns: 2000 },
  );
  expect(() => isoInstant(new Date(NaN))).toThrow(RangeError);
});
