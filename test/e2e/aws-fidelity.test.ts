// The bundled action against the simulator's AWS-faithful behaviours (issue 10): copies that must
// outlive their source, keep plans into a locked vault.
import { afterEach, describe, expect, it } from 'vitest';
import {
  baseWorld as pruneWorld,
  history,
  planYaml as prunePlan,
  startPruneWorld,
  volume as pruneVolume,
  type PruneWorld,
} from '../prune/e2e-world.js';
import {
  ACCOUNT,
  baseWorld,
  DR_REGION,
  owned,
  planYaml,
  REGION,
  startBackupWorld,
  volume,
  type BackupWorld,
} from './backup-helpers.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
let w: BackupWorld | undefined;
let pw: PruneWorld | undefined;
afterEach(async () => {
  await w?.close();
  await pw?.close();
  w = undefined;
  pw = undefined;
});

describe('copies outlive their source (AWS: a copy without Lifecycle inherits the source lifecycle)', () => {
  it('source days: 35, destination keep {monthly: 12}: the copy is still there 40 simulated days later', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: [
          '  daily:',
          '    schedule: "0 3 * * *"',
          '    retain: { days: 35 }',
          '    copyTo:',
          `      - region: ${DR_REGION}`,
          '        vault: production-dr',
          '        retain: { keep: { monthly: 12 } }',
        ].join('\n'),
      }),
    );
    await w.run();
    await w.advance(HOUR);
    const second = await w.run();
    expect(second.outputs['copies-started'], second.log).toBe('1');
    await w.advance(HOUR);
    const third = await w.run();
    expect(third.exitCode, third.log).toBe(0);
    const points = () => w!.sim.sim.dump().recoveryPoints;
    const copy = points().find((p) => p.vault.region === DR_REGION)!;
    // An explicit DeleteAfterDays: AWS's maximum, since pruning applies keep there.
    expect(copy.lifecycle?.DeleteAfterDays).toBe(36_500);
    expect(copy.tags).toMatchObject(owned('daily', '2026-03-10T03:00:00Z'));
    await w.advance(40 * DAY);
    const after = points();
    // The source (35 days) is gone; its copy is kept by the destination's policy.
    expect(after.filter((p) => p.vault.region === REGION && p.vault.account === ACCOUNT)).toEqual([]);
    expect(after.map((p) => p.arn)).toContain(copy.arn);
  });
});

describe('prune in a locked vault (AWS Vault Lock refuses every deletion and lifecycle change)', () => {
  it('plans no deletion and no lifecycle change, makes no failed call, spends no max-deletions, says the lock governs', async () => {
    const points = history(pruneVolume('vol-1'), 60, new Date('2026-09-01T03:00:00Z'));
    pw = await startPruneWorld(
      pruneWorld({
        vaults: [{ account: ACCOUNT, region: REGION, name: 'production', lock: { minRetentionDays: 7 } }],
        resources: [{ arn: pruneVolume('vol-1'), tags: { backup: 'daily' } }],
        recoveryPoints: points,
      }),
    );
    pw.writePlan('prod', prunePlan());
    pw.sim.sim.resetStats();
    const r = await pw.run({ 'apply-retention-to-existing': true, 'max-deletions': 5 });
    expect(r.exitCode, r.stderr + r.log).toBe(0);
    expect(r.outputs.deletions).toBe('0');
    expect(r.outputs.failures).toBe('0');
    const stats = pw.sim.sim.stats();
    expect(stats.calls.DeleteRecoveryPoint ?? 0).toBe(0);
    expect(stats.calls.UpdateRecoveryPointLifecycle ?? 0).toBe(0);
    expect(stats.errors).toEqual({});
    expect((await pw.pointArns()).size).toBe(points.length);
    expect(r.summary).toMatch(/vault lock/i);
    expect(r.summary).not.toMatch(/max-deletions/);
  });
});

describe('tag characters (RDS refuses "," in tag values)', () => {
  it('hourly + daily rules on an RDS instance give owned points ("daily+hourly") that prune judges', async () => {
    const db = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: db, tags: { backup: 'daily' } }] }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: [
          '  hourly:',
          '    schedule: "0 * * * *"',
          '    retain: { keep: { last: 1 } }',
          '  daily:',
          '    schedule: "0 3 * * *"',
          '    retain: { keep: { daily: 7 } }',
        ].join('\n'),
      }),
    );
    for (let i = 0; i < 3; i++) {
      const r = await w.run();
      expect(r.exitCode, r.log).toBe(0);
      await w.advance(HOUR);
    }
    const points = () => w!.sim.sim.dump().recoveryPoints.filter((p) => p.resourceArn === db);
    const jobs = w.sim.sim.dump().backupJobs as { state?: string }[];
    expect(jobs.map((j) => j.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    const before = points().sort((a, b) => a.creationDate.localeCompare(b.creationDate));
    expect(before.map((p) => p.tags['backup-plans:rules'])).toEqual(['daily+hourly', 'hourly', 'hourly']);
    const pruned = await w.run({ command: 'prune' });
    expect(pruned.exitCode, pruned.log).toBe(0);
    expect(pruned.outputs.failures).toBe('0');
    expect(pruned.outputs.deletions).toBe('1');
    await w.advance(HOUR);
    // The 04:00 point serves only hourly (keep last 1): gone. 03:00 is daily's, 05:00 the newest.
    expect(
      points()
        .map((p) => p.arn)
        .sort(),
    ).toEqual([before[0]!.arn, before[2]!.arn].sort());
  });
});

describe('service opt-in (DescribeRegionSettings)', () => {
  it('a selected type that is not opted in fails the plan, naming the type and the fix; read once per account and region', async () => {
    const db = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
    const fs = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' } },
          { arn: db, tags: { backup: 'daily' } },
          { arn: fs },
        ],
        regionSettings: [{ account: ACCOUNT, region: REGION, optIn: { EBS: false } }],
      }),
    );
    const rules = ['  daily:', '    schedule: "0 3 * * *"', '    retain: { days: 35 }'].join('\n');
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules }));
    w.writePlan('other', planYaml({ include: `    - ${fs}`, rules }));
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(1);
    expect(w.calls('DescribeRegionSettings')).toBe(1);
    const report = r.reportJson as {
      plans: { id: string; status: string; resources: { arn: string; outcome: string; note?: string }[] }[];
    };
    const prod = report.plans.find((p) => p.id === 'prod')!;
    expect(prod.status).toBe('failed');
    const vol = prod.resources.find((x) => x.arn === volume('vol-1'))!;
    expect(vol.outcome).toBe('failed');
    expect(vol.note).toMatch(
      /resource type EBS is not opted in to AWS Backup in account 123456789012, region eu-west-1/,
    );
    expect(vol.note).toMatch(/AWS Backup console \(Settings → Service opt-in/);
    // The RDS instance and the file system, opted in, are backed up as usual; no job for the volume.
    expect(prod.resources.find((x) => x.arn === db)!.outcome).toBe('started');
    expect(report.plans.find((p) => p.id === 'other')!.status).toBe('ok');
    const jobs = w.sim.sim.dump().backupJobs as { resourceArn?: string }[];
    expect(jobs.map((j) => j.resourceArn)).not.toContain(volume('vol-1'));
    expect(r.summary).toMatch(/EBS is not opted in/);
    expect(w.github.state.issues.find((i) => i.title.includes('prod'))?.state).toBe('open');
  });
});

describe('keep into a locked vault (AWS Vault Lock refuses every deletion): decided when each job starts', () => {
  type Job = { creationDate: string; state: string; lifecycle?: { DeleteAfterDays?: number }; vault: string };
  const LOCK = { minRetentionDays: 7, maxRetentionDays: 400 };

  it('copies into a locked destination that keeps get the lifecycle of the tier they open there', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        vaults: [
          { account: ACCOUNT, region: REGION, name: 'production' },
          { account: ACCOUNT, region: DR_REGION, name: 'production-dr', lock: LOCK },
        ],
        resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
      }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: [
          '  daily:',
          '    schedule: "0 3 * * *"',
          '    retain: { days: 35 }',
          '    copyTo:',
          `      - region: ${DR_REGION}`,
          '        vault: production-dr',
          '        retain: { keep: { monthly: 3 } }',
        ].join('\n'),
      }),
    );
    // The workflow runs hourly: the 03:20 run starts the backup, the 04:20 run its copy (a copy
    // waits while a backup job of the resource runs).
    for (let day = 0; day < 5; day++) {
      for (const hours of [1, 23]) {
        const r = await w.run();
        expect(r.exitCode, `day ${day}: ${r.log}`).toBe(0);
        await w.advance(hours * HOUR);
      }
    }
    type CopyJob = {
      state: string;
      lifecycle?: { DeleteAfterDays?: number };
      sourceRecoveryPointArn?: string;
    };
    const copies = w.sim.sim.dump().copyJobs as CopyJob[];
    expect(copies.map((c) => c.state)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
    ]);
    // The copy of the 10 March point opens March there: to 1 June (83 days). The later ones open
    // nothing (the March copy is there, carrying the source's tags): the lock's minimum.
    expect(copies.map((c) => c.lifecycle?.DeleteAfterDays)).toEqual([83, 7, 7, 7, 7]);
    // The destination lock governs: nothing there was deleted or had its lifecycle changed.
    expect(w.calls('DeleteRecoveryPoint')).toBe(0);
  });

  it('60 simulated days of backup + prune: no DeleteRecoveryPoint, every lifecycle inside the lock range, tiers as opened', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        vaults: [
          { account: ACCOUNT, region: REGION, name: 'production', lock: LOCK },
          { account: ACCOUNT, region: DR_REGION, name: 'production-dr' },
        ],
        resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
      }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: [
          '  daily:',
          '    schedule: "0 3 * * *"',
          '    retain: { keep: { daily: 7, weekly: 4, monthly: 12 } }',
        ].join('\n'),
      }),
    );
    w.sim.sim.resetStats();
    let firstSummary = '';
    for (let day = 0; day < 60; day++) {
      const r = await w.run();
      expect(r.exitCode, `day ${day}: ${r.log}`).toBe(0);
      if (day === 0) firstSummary = r.summary;
      if (day % 7 === 6) {
        const p = await w.run({ command: 'prune' });
        expect(p.exitCode, `prune on day ${day}: ${p.log}`).toBe(0);
        // The job-start lifecycles match the policy: prune finds nothing to remove (and in a locked
        // vault would plan no deletion anyway).
        expect(p.outputs.deletions).toBe('0');
        expect(p.outputs.failures).toBe('0');
      }
      await w.advance(DAY);
    }
    expect(firstSummary).toMatch(
      /Vault Lock, which refuses every deletion: retain\\?\.keep is applied when each job starts/,
    );
    expect(firstSummary).toMatch(/opens its month \\?\(monthly: 12\\?\): 356 days/);

    const stats = w.sim.sim.stats();
    expect(stats.calls.DeleteRecoveryPoint ?? 0).toBe(0);
    expect(stats.calls.UpdateRecoveryPointLifecycle ?? 0).toBe(0);
    const dump = w.sim.sim.dump();
    const jobs = (dump.backupJobs as Job[]).sort((a, b) => a.creationDate.localeCompare(b.creationDate));
    expect(jobs).toHaveLength(60);
    const days = new Map(jobs.map((j) => [j.creationDate.slice(0, 10), j.lifecycle?.DeleteAfterDays]));
    for (const [date, d] of days) {
      expect(d, date).toBeGreaterThanOrEqual(LOCK.minRetentionDays);
      expect(d, date).toBeLessThanOrEqual(LOCK.maxRetentionDays);
    }
    // The first point opens March (to 2027-03-01); 1 April and 1 May open their months (12 months:
    // 365 days); Mondays open their ISO week (4 weeks: 28 days); every other point only its day (7).
    expect(days.get('2026-03-10')).toBe(356);
    expect(days.get('2026-04-01')).toBe(365);
    expect(days.get('2026-05-01')).toBe(365);
    expect(days.get('2026-03-16')).toBe(28);
    expect(days.get('2026-04-06')).toBe(28);
    expect(days.get('2026-03-11')).toBe(7);
    expect([...days.values()].filter((d) => d === 7)).toHaveLength(60 - 3 - 8);
    // AWS's lifecycle did the deleting: what is left is exactly what has not expired.
    const now = Date.parse(dump.now);
    const left = dump.recoveryPoints.filter((p) => p.vault.name === 'production');
    for (const p of left)
      expect(
        Date.parse(p.creationDate) + (p.lifecycle?.DeleteAfterDays ?? 0) * DAY * 1000,
      ).toBeGreaterThanOrEqual(now);
    const unexpired = jobs.filter(
      (j) => Date.parse(j.creationDate) + (j.lifecycle?.DeleteAfterDays ?? 0) * DAY * 1000 > now + DAY * 1000,
    );
    expect(left.length).toBeGreaterThanOrEqual(unexpired.length);
    expect(left.length).toBeLessThan(20);
  }, 900_000);
});
