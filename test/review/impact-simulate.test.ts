// The review's storage and cost are `simulate`'s: a real simulation of a plan (the backup and prune
// runs against the simulator) ends holding the points, GiB by class and monthly cost that the review
// computes for the same plan at the same moment from its steady state, per vault and per plan.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICES } from '../../src/cost/prices.js';
import { DEFAULT_CHANGE_RATE, DEFAULT_RESOURCE_GIB, RESOURCES_PER_SELECTOR } from '../../src/cost/storage.js';
import { selectPlans } from '../../src/plan/select.js';
import { retentionImpact, type StorageModel } from '../../src/review/impact.js';
import { Timelines } from '../../src/review/steady-state.js';
import { simulatePlans } from '../../src/simulate/run.js';

const MODEL: StorageModel = {
  prices: BUNDLED_PRICES,
  changeRate: DEFAULT_CHANGE_RATE,
  resourceGiB: DEFAULT_RESOURCE_GIB,
  resourcesPerSelector: RESOURCES_PER_SELECTOR,
};

const VOLUME = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-0123456789abcdef0';
// Two rules in one vault (their Monday points are one point), cold storage on one of them, and a
// copy destination with a lifecycle.
const PLAN = `version: 1
namespace: acme/infra
aws:
  account: '123456789012'
  region: eu-west-1
  role: arn:aws:iam::123456789012:role/backup-plans
  backupRole: arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - ${VOLUME}
rules:
  daily:
    schedule: '0 3 * * *'
    retain:
      keep: { daily: 5 }
      coldAfter: 2d
    copyTo:
      - region: eu-central-1
        vault: production-dr
        retain: { days: 6 }
  weekly:
    schedule: '0 3 * * 1'
    retain:
      keep: { weekly: 2 }
notify:
  issues: false
`;

const round = (n: number) => Math.round(n * 100) / 100;
const roundClasses = (c: { WARM: number; COLD: number }) => ({ WARM: round(c.WARM), COLD: round(c.COLD) });

describe('review impact against simulate', () => {
  it('gives the numbers `simulate` ends with for the same plan: points, GiB by class and cost, per vault and per plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-impact-sim-'));
    writeFileSync(join(dir, 'prod.yml'), PLAN);
    const { plans, errors } = await selectPlans(dir, undefined);
    expect(errors).toEqual([]);
    // 12 days from a Thursday afternoon: the first run catches up the morning's slot (and the weekly
    // rule's Monday), then a backup every day at 03:00; by the end every series has settled.
    const start = new Date('2026-01-01T15:00:00Z');
    const result = await simulatePlans({ plansDir: dir, plans, days: 12, start });
    expect(result.violations).toEqual([]);

    const impact = await retentionImpact(new Timelines(new Date(result.end)), MODEL)(plans);
    const simulated = (vault: string) => result.plans[0]!.resources.find((r) => r.vault === vault)!;
    const source = simulated('123456789012/eu-west-1/production');
    const copy = simulated('123456789012/eu-central-1/production-dr');

    // The copy vault holds one series, so the review's row for it is the whole vault.
    const copyRow = impact.series.find((s) => s.target.kind === 'copy')!;
    expect(copyRow.steady.kind === 'bounded' && copyRow.steady.points.now).toBe(copy.recoveryPoints);
    expect(roundClasses(copyRow.storageByClass!)).toEqual(copy.storageByClass);
    expect(round(copyRow.costPerMonth!)).toBe(copy.costPerMonth);

    // The source vault holds the union of both rules: 5 daily points and the previous Monday, the
    // daily-only ones older than 2 days cold. The plan's total is both vaults.
    expect(source.recoveryPoints).toBe(6);
    expect(source.storageByClass.COLD).toBeGreaterThan(0);
    const total = impact.plans![0]!;
    expect(total.resources).toBe(1);
    expect(roundClasses(total.storageByClass!)).toEqual({
      WARM: round(source.storageByClass.WARM + copy.storageByClass.WARM),
      COLD: round(source.storageByClass.COLD + copy.storageByClass.COLD),
    });
    expect(round(total.costPerMonth!)).toBe(result.costPerMonth);
  }, 300_000);
});
