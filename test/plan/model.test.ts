// Small helpers of the plan model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/plan/model.js';

describe('groupThousands', () => {
  it('writes whole numbers as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
    for (const n of [0, 7, 999, 1000, 36_500, 1_000_000, -1234])
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
  });
});
