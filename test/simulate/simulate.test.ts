// `simulate` runs the real backup and prune code over simulated days: after 400 days of a daily rule
// the source vault holds exactly what restic's forget semantics keep of the slot series (computed
// here independently from the slots), and a 30-day copy destination holds 30 or 31 points.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectPlans } from '../../src/plan/select.js';
import { applyRetention } from '../../src/retention/engine.js';
import { simulatePlans } from '../../src/simulate/run.js';
import { simulationJson } from '../../src/simulate/result.js';
import type { World } from '../../src/simulator/index.js';

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

  it('an event runs only the plans it concerns, and a job on a shared resource wakes every plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
    const volume = (n: number) =>
      `arn:aws:ec2:eu-west-1:123456789012:volume/vol-${String(n).padStart(17, '0')}`;
    const plan = (schedule: string, tag: string) =>
      PLAN.replace(`    - ${VOLUME}`, `    - tags: { ${tag}: 'yes' }`)
        .replace("schedule: '0 3 * * *'", `schedule: '${schedule}'`)
        .replace('keep: { daily: 7, weekly: 4, monthly: 6 }', 'days: 35')
        .replace(/ {4}copyTo:\n(?: {6,}.*\n)+/, '');
    // a (volumes 1 and 2) and b (volume 2 only: its tags match both selectors) back up at 03:00:
    // AWS runs one job per resource at a time, so one of the two is refused and must be retried
    // when the other's job ends (the run at that event must include both plans). c, at 07:00 on its
    // own volume, has nothing to do at their events.
    writeFileSync(join(dir, 'a.yml'), plan('0 3 * * *', 'a'));
    writeFileSync(join(dir, 'b.yml'), plan('0 3 * * *', 'b').replace('vault: production', 'vault: other'));
    writeFileSync(join(dir, 'c.yml'), plan('0 7 * * *', 'c'));
    const world: World = {
      start: '2026-03-01T03:00:00Z',
      accounts: ['123456789012'],
      roles: [{ arn: 'arn:aws:iam::123456789012:role/backup-plans' }],
      vaults: [
        { account: '123456789012', region: 'eu-west-1', name: 'production' },
        { account: '123456789012', region: 'eu-west-1', name: 'other' },
      ],
      resources: [
        { arn: volume(1), tags: { a: 'yes' } },
        { arn: volume(2), tags: { a: 'yes', b: 'yes' } },
        { arn: volume(4), tags: { c: 'yes' } },
      ],
    };
    const { plans, errors } = await selectPlans(dir, undefined);
    expect(errors).toEqual([]);
    const days = 4;
    const result = await simulatePlans({ plansDir: dir, plans, days, world });
    // Each day one of the two jobs on volume 2 is refused (reported), and retried once the other ends.
    expect(result.violations).toHaveLength(days);
    for (const v of result.violations) expect(v).toMatch(/running job for the same resource/);
    for (const p of result.plans) {
      expect(p.rules, p.id).toEqual([{ name: 'daily', slots: days }]);
      const held = p.resources.filter((r) => r.vault.startsWith('123456789012/eu-west-1/'));
      expect(held.length, p.id).toBe(p.id === 'a' ? 2 : 1);
      // c's first run (at the start, 03:00) catches up its missed 07:00 slot of the day before.
      for (const r of held) expect(r.recoveryPoints, `${p.id} ${r.arn}`).toBe(p.id === 'c' ? days + 1 : days);
    }
    expect(result.skippedPlanRuns).toBeGreaterThan(0);
    expect(result.assumptions.join('\n')).toContain(`${result.skippedPlanRuns} plan runs skipped`);
  }, 900_000);
  it('runs the plans it was given: a plan file changed during the simulation changes no run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
    writeFileSync(join(dir, 'prod.yml'), PLAN);
    const { plans, errors } = await selectPlans(dir, undefined);
    expect(errors).toEqual([]);
    let edited = false;
    const result = await simulatePlans({
      plansDir: dir,
      plans,
      days: 3,
      start: new Date('2026-01-01T03:00:00Z'),
      // After the first runs, the file no longer parses (and would drop the copy if it did).
      onProgress: () => {
        if (!edited) writeFileSync(join(dir, 'prod.yml'), 'version: 1\nvault: [\n');
        edited = true;
      },
    });
    expect(result.violations).toEqual([]);
    expect(result.plans[0]!.jobs).toBe(3);
    expect(result.apiCalls.StartCopyJob).toBeGreaterThan(0);
  }, 900_000);

  it('writes no run report files: the runs report to the engine, not to RUNNER_TEMP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-test-'));
    writeFileSync(join(dir, 'prod.yml'), PLAN);
    const { plans } = await selectPlans(dir, undefined);
    // simulate makes its RUNNER_TEMP under os.tmpdir(), which follows TMPDIR: here a folder of its own.
    const temp = mkdtempSync(join(tmpdir(), 'simulate-temp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    const files: string[] = [];
    try {
      await simulatePlans({
        plansDir: dir,
        plans,
        days: 3,
        start: new Date('2026-01-01T03:00:00Z'),
        onProgress: () => {
          for (const folder of readdirSync(temp)) files.push(...readdirSync(join(temp, folder)));
        },
      });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(temp)).toEqual([]);
    expect(files).toEqual([]);
  }, 900_000);
});
