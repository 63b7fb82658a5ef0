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
    expect(vol.note).toMatch(/resource type EBS is not opted in to AWS Backup in account 123456789012, region eu-west-1/);
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
