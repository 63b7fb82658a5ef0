// mayBeCold: DescribeRecoveryPoint before a copy only when the vault listing cannot prove the point warm.
import { describe, expect, it } from 'vitest';
import { COLD_MARGIN_MS, mayBeCold } from '../../src/backup/cold.js';

const NOW = new Date('2026-06-01T03:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('mayBeCold', () => {
  it('is false for a point whose lifecycle has no cold transition', () => {
    expect(mayBeCold({ coldAt: 'never' }, NOW)).toBe(false);
  });

  it('is false while the dated transition is more than the margin away', () => {
    expect(mayBeCold({ coldAt: at(COLD_MARGIN_MS + 1) }, NOW)).toBe(false);
    expect(mayBeCold({ coldAt: at(90 * 86_400_000) }, NOW)).toBe(false);
  });

  it('is true once the transition is due, or within the margin of now', () => {
    expect(mayBeCold({ coldAt: at(-1) }, NOW)).toBe(true);
    expect(mayBeCold({ coldAt: NOW }, NOW)).toBe(true);
    expect(mayBeCold({ coldAt: at(COLD_MARGIN_MS) }, NOW)).toBe(true);
  });

  it('is true when the listing did not say (no date for a cold transition, or no listed point)', () => {
    expect(mayBeCold({ coldAt: undefined }, NOW)).toBe(true);
    expect(mayBeCold({}, NOW)).toBe(true);
    expect(mayBeCold(undefined, NOW)).toBe(true);
  });
});
