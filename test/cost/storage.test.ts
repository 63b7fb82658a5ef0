// The shared storage model: the oldest point of a resource in a vault is a full copy, every later one a
// changed fraction, each counted in its own storage class; cost is storage × the table's price.
import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICES, type PriceTable } from '../../src/cost/prices.js';
import { monthlyCost, storageAssumption, storageOf } from '../../src/cost/storage.js';

const at = (iso: string, storageClass: 'WARM' | 'COLD') => ({ created: new Date(iso), storageClass });

describe('storage model', () => {
  it('counts the oldest point in full and every later one as the changed fraction, by class, in any input order', () => {
    const points = [
      at('2026-03-03T03:00:00Z', 'WARM'),
      at('2026-03-01T03:00:00Z', 'COLD'),
      at('2026-03-02T03:00:00Z', 'COLD'),
      at('2026-03-04T03:00:00Z', 'WARM'),
    ];
    expect(storageOf(points, 10, 0.05)).toEqual({ COLD: 10.5, WARM: 1 });
    expect(storageOf([], 10, 0.05)).toEqual({ WARM: 0, COLD: 0 });
  });

  it('prices each class in the region, falling back to the table default', () => {
    const table: PriceTable = {
      ...BUNDLED_PRICES,
      default: { WARM: 0.1, COLD: 0.01 },
      regions: { 'eu-west-1': { WARM: 0.06, COLD: 0.02 } },
    };
    expect(monthlyCost({ WARM: 100, COLD: 50 }, table, 'eu-west-1')).toBeCloseTo(7);
    expect(monthlyCost({ WARM: 100, COLD: 50 }, table, 'ap-south-1')).toBeCloseTo(10.5);
  });

  it('states the incremental assumption with the rate', () => {
    expect(storageAssumption(0.05)).toContain('every later one 5% of it');
    expect(storageAssumption(0.125)).toContain('every later one 12.5% of it');
  });
});
