// Storage and cost in the review's impact: `simulate`'s storage model (src/cost) applied to the
// steady-state points the retention engine computes, with numbers worked out by hand.
// (impact-simulate.test.ts cross-checks them against a real `simulate` run.)
import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICES } from '../../src/cost/prices.js';
import { retentionImpact, type Impact, type StorageModel } from '../../src/review/impact.js';
import { Timelines } from '../../src/review/steady-state.js';
import { BASE_PLAN, edit, plansFrom } from './plans.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const MODEL: StorageModel = {
  prices: BUNDLED_PRICES,
  changeRate: 0.05,
  resourceGiB: 10,
  resourcesPerSelector: 3,
};
const WARM = BUNDLED_PRICES.default.WARM;
const COLD = BUNDLED_PRICES.default.COLD;

async function impactOf(yaml: string, now = NOW): Promise<Impact> {
  const plans = await plansFrom({ prod: yaml });
  return retentionImpact(new Timelines(now), MODEL)(plans);
}

const VOLUME_ONLY = edit(
  BASE_PLAN,
  ['    - arn:aws:rds:eu-west-1:123456789012:db:orders\n', ''],
  ['    - tags: { backup: daily }\n      types: [ec2:volume]\n', ''],
);

describe('review impact: storage and cost with simulate’s model', () => {
  it('per resource: the oldest point full, later ones 5%; per plan: × the assumed resources (2 ARNs + 3 per tag selector)', async () => {
    const impact = await impactOf(
      edit(BASE_PLAN, ['keep: { daily: 7, weekly: 4, monthly: 12 }', 'keep: { daily: 7 }']),
    );
    const [source, copy] = impact.series;
    // keep daily 7: 7 points, 10 + 6 × 0.5 GiB.
    expect(source!.storageByClass).toEqual({ WARM: 13, COLD: 0 });
    expect(source!.storageGiB).toBe(13);
    expect(source!.costPerMonth).toBeCloseTo(13 * WARM);
    // days 90, daily at 03:00, now 12:00: the points of 09-02 … 11-30, 90 of them.
    expect(copy!.steady.kind === 'bounded' && copy!.steady.points.now).toBe(90);
    expect(copy!.storageGiB).toBeCloseTo(10 + 89 * 0.5);
    expect(impact.plans).toEqual([
      expect.objectContaining({ plan: 'prod', resources: 5, storageGiB: 5 * (13 + 54.5) }),
    ]);
    expect(impact.plans![0]!.costPerMonth).toBeCloseTo(5 * (13 + 54.5) * WARM);
    expect(impact.currency).toBe('USD');
    expect(impact.assumptions.join('\n')).toMatch(/every later one 5% of it/);
    expect(impact.assumptions.join('\n')).toMatch(/every resource is 10 GiB/);
    expect(impact.assumptions.join('\n')).toContain(BUNDLED_PRICES.source);
  });

  it('a point is cold once older than coldAfter; a point also serving a rule without coldAfter stays warm', async () => {
    const cold = await impactOf(
      edit(VOLUME_ONLY, [
        'keep: { daily: 7, weekly: 4, monthly: 12 }',
        'keep: { daily: 7 }\n      coldAfter: 3d',
      ]),
    );
    // 11-24 … 11-30 at 03:00; now 11-30 12:00: 11-24 … 11-27 are 3 days old or more.
    expect(cold.series[0]!.storageByClass).toEqual({ COLD: 10 + 3 * 0.5, WARM: 3 * 0.5 });
    expect(cold.series[0]!.costPerMonth).toBeCloseTo(11.5 * COLD + 1.5 * WARM);

    // A monthly rule in the same vault, without coldAfter: its points (also the daily rule's slots)
    // stay warm, and a point both rules hold is stored once.
    const both = await impactOf(
      `${edit(VOLUME_ONLY, ['keep: { daily: 7, weekly: 4, monthly: 12 }', 'keep: { daily: 7 }\n      coldAfter: 3d'])}` +
        '  monthly:\n    schedule: "0 3 1 * *"\n    retain:\n      keep: { monthly: 3 }\n',
    );
    const monthly = both.series.find((s) => s.rule === 'monthly' && s.target.kind === 'source')!;
    expect(monthly.storageByClass).toEqual({ WARM: 11, COLD: 0 }); // 09-01, 10-01, 11-01
    const plan = both.plans![0]!;
    expect(plan.resources).toBe(1);
    // Source vault: 09-01 (full), 10-01, 11-01 warm; 11-24 … 11-27 cold; 11-28 … 11-30 warm. Copy
    // vault: the daily rule's 90 copies.
    const source = { WARM: 10 + 2 * 0.5 + 3 * 0.5, COLD: 4 * 0.5 };
    expect(plan.storageByClass!.COLD).toBeCloseTo(source.COLD);
    expect(plan.storageByClass!.WARM).toBeCloseTo(source.WARM + 10 + 89 * 0.5);
  });

  it('a series that grows without bound has no storage, and its plan no total', async () => {
    const impact = await impactOf(
      edit(VOLUME_ONLY, ['keep: { daily: 7, weekly: 4, monthly: 12 }', 'keep: { daily: 7, yearly: -1 }']),
    );
    expect(impact.series[0]!.steady.kind).toBe('unbounded');
    expect(impact.series[0]!.storageGiB).toBeUndefined();
    expect(impact.plans![0]).toMatchObject({ storageGiB: null, costPerMonth: null });
  });

  it('without a storage model, no storage or cost at all (and the assumptions say they need simulate)', async () => {
    const plans = await plansFrom({ prod: BASE_PLAN });
    const impact = await retentionImpact(new Timelines(NOW))(plans);
    expect(impact.plans).toBeUndefined();
    expect(impact.series.every((s) => s.storageGiB === undefined && s.costPerMonth === undefined)).toBe(true);
  });
});
