// `simulate` runs the real backup and prune code over simulated days: after 400 days of a daily rule
// the source vault holds exactly what restic's forget semantics keep of the slot series (computed
// here independently from the slots), and a 30-day copy destination holds 30 or 31 points.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectPlans } from '../../src/plan/select.js';
import { applyRetention } from '../../src/retention/engine.js';
import { simulatePlans } from '../../src/simulate/run.js';
import { simulationJson } from '../../src/simulate/result.js';

const VOLUME = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-0123456789abcdef0';
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
      keep: { daily: 7, weekly: 4, monthly: 6 }
    copyTo:
      - region: eu-central-1
        vault: production-dr
        retain: { days: 30 }
notify:
  issues: false
`;

describe('simulate', () => {
  it('400 days of a daily GFS rule end with exactly the points restic keeps; a 30-day copy holds 30 or 31', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
    writeFileSync(join(dir, 'prod.yml'), PLAN);
    const { plans, errors } = await selectPlans(dir, undefined);
    expect(errors).toEqual([]);
    // Starting on a slot: the first run takes it (starting between slots, it would catch up the last one).
    const start = new Date('2026-01-01T03:00:00Z');
    const result = await simulatePlans({ plansDir: dir, plans, days: 400, start });

    // The slot series, by hand: 03:00 UTC daily; the job waits 1 minute in CREATED, and the point's
    // creation date is when the job started running (simulator README, "Jobs").
    const series: { id: string; created: Date }[] = [];
    for (let d = 0; d < 400; d++) {
      const created = new Date(start.getTime() + d * 86_400_000 + 60_000);
      series.push({ id: created.toISOString(), created });
    }
    const expected = applyRetention(series, { daily: 7, weekly: 4, monthly: 6 }).keep.map((k) => k.point.id);
    expected.sort();

    const plan = result.plans[0]!;
    expect(plan.jobs).toBe(400);
    const source = plan.resources.find((r) => r.vault === '123456789012/eu-west-1/production')!;
    const copy = plan.resources.find((r) => r.vault === '123456789012/eu-central-1/production-dr')!;
    expect(source.recoveryPoints).toBe(expected.length);
    expect(source.oldest).toBe(expected[0]);
    expect(
      result.held
        .filter((p) => p.vault.name === 'production')
        .map((p) => p.created.toISOString())
        .sort(),
    ).toEqual(expected);
    expect([30, 31]).toContain(copy.recoveryPoints);
    expect(result.violations).toEqual([]);
    expect(plan.deleted).toBe(400 - expected.length + (400 - copy.recoveryPoints));
    expect(result.apiCalls.StartBackupJob).toBe(400);

    const json = simulationJson(result);
    expect(Object.keys(json)).toEqual(['days', 'plans', 'apiCalls', 'costPerMonth', 'violations']);
    expect(Object.keys(json.plans[0]!)).toEqual(['id', 'resources', 'jobs', 'copies', 'deleted']);
    expect(Object.keys(json.plans[0]!.resources[0]!)).toEqual([
      'arn',
      'vault',
      'recoveryPoints',
      'oldest',
      'storageGiB',
    ]);
  }, 900_000);

  it('moving from event to event misses no slot: an hourly rule over 10 days makes exactly 240 jobs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
    writeFileSync(
      join(dir, 'hourly.yml'),
      PLAN.replace("schedule: '0 3 * * *'", "schedule: '0 * * * *'")
        .replace('keep: { daily: 7, weekly: 4, monthly: 6 }', 'keep: { hourly: 24 }')
        .replace(/ {4}copyTo:\n(?: {6,}.*\n)+/, ''),
    );
    const { plans, errors } = await selectPlans(dir, undefined);
    expect(errors).toEqual([]);
    expect(plans[0]!.rules[0]!.copyTo).toEqual([]);
    const result = await simulatePlans({
      plansDir: dir,
      plans,
      days: 10,
      start: new Date('2026-03-01T00:00:00Z'),
    });
    const plan = result.plans[0]!;
    expect(plan.rules).toEqual([{ name: 'daily', slots: 240 }]);
    expect(plan.jobs).toBe(240);
    expect(result.apiCalls.StartBackupJob).toBe(240);
    expect(result.violations).toEqual([]);
    // Runs happen at events only: each slot, and each job's end (not every simulated minute).
    expect(result.ticks).toBeLessThanOrEqual(2 * 240 + 1);
    // Pruned once a day while points came, and at the end: 24 hourly points kept.
    expect(result.pruneRuns).toBeLessThanOrEqual(11);
    const source = plan.resources.find((r) => r.vault === '123456789012/eu-west-1/production')!;
    expect(source.recoveryPoints).toBe(24);
  }, 900_000);
});
