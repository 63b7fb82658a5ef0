// `backup` end to end, one scenario per simulator: history older than ListBackupJobs reaches,
// failed attempts, rules due together, throttling, a denied role with failure issues, dry runs,
// deleted resources, plan filters and `wait`.
import {
  BackupClient,
  PutBackupVaultLockConfigurationCommand,
  StartBackupJobCommand,
} from '@aws-sdk/client-backup';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  BACKUP_ROLE,
  baseWorld,
  DR_REGION,
  OTHER_ROLE,
  planYaml,
  REGION,
  startBackupWorld,
  volume,
  type BackupWorld,
} from './backup-helpers.js';

let w: BackupWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

interface Report {
  plans: {
    id: string;
    status: string;
    error?: string;
    resources: {
      arn: string;
      outcome: string;
      note?: string;
      rules: { rule: string; late: boolean }[];
      job?: { attempt?: number };
    }[];
    copies: { outcome: string }[];
  }[];
}

const dailyRule = (retain = '{ days: 35 }') => `  daily:\n    schedule: "0 3 * * *"\n    retain: ${retain}`;

function backupJobs(world: BackupWorld): {
  id: string;
  state: string;
  vault: string;
  statusMessage?: string;
  resourceArn: string;
  recoveryPointTags: Record<string, string>;
}[] {
  return world.sim.sim.dump().backupJobs as never;
}

describe('backup scenarios', () => {
  it('a yearly slot served by a 200-day-old point (beyond ListBackupJobs) is not run again', async () => {
    w = await startBackupWorld(
      baseWorld('2026-07-20T02:30:00Z', {
        resources: [
          { arn: volume('vol-old'), tags: { backup: 'yearly' } },
          { arn: volume('vol-new'), tags: { backup: 'yearly' } },
        ],
        recoveryPoints: [
          {
            vault: 'production',
            resourceArn: volume('vol-old'),
            created: '2026-01-01T02:10:00Z',
            tags: {
              'backup-plans:namespace': 'acme/infra',
              'backup-plans:plan': 'archive',
              'backup-plans:rules': 'yearly',
              'backup-plans:slot': '2026-01-01T02:00:00Z',
            },
          },
        ],
      }),
    );
    w.writePlan(
      'archive',
      planYaml({
        include: '    - tags: { backup: yearly }',
        rules: '  yearly:\n    schedule: "0 2 1 1 *"\n    retain: { days: 2000 }',
      }),
    );
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('1');
    expect(r.outputs['jobs-existing']).toBe('1');
    const jobs = backupJobs(w);
    expect(jobs).toHaveLength(1);
    const report = r.reportJson as Report;
    const newOne = report.plans[0]!.resources.find((x) => x.arn === volume('vol-new'))!;
    expect(newOne.outcome).toBe('started');
    // 200 days after its slot: the catch-up is marked late.
    expect(newOne.rules).toEqual([expect.objectContaining({ rule: 'yearly', late: true })]);
  });

  it('a FAILED job is retried by the next run with a new token and the next attempt', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    const first = await w.run();
    expect(first.outputs['jobs-started']).toBe('1');
    // The vault gets locked with a 60-day minimum before the job begins: AWS fails the 35-day job.
    const backup = new BackupClient({
      endpoint: w.sim.url,
      region: REGION,
      credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey: 'admin' },
    });
    await backup.send(
      new PutBackupVaultLockConfigurationCommand({ BackupVaultName: 'production', MinRetentionDays: 60 }),
    );
    backup.destroy();
    await w.advance(600);
    expect(backupJobs(w)[0]!.state).toBe('FAILED');

    const second = await w.run();
    expect(second.exitCode, second.log).toBe(0);
    expect(second.outputs['jobs-started']).toBe('1');
    const jobs = backupJobs(w);
    expect(jobs).toHaveLength(2);
    // The simulator honours idempotency tokens like AWS: a reused token would have returned the failed job.
    expect(jobs[1]!.id).not.toBe(jobs[0]!.id);
    expect(w.calls('StartBackupJob')).toBe(2);
    const res = (second.reportJson as Report).plans[0]!.resources[0]!;
    expect(res.job?.attempt).toBe(2);
    expect(res.note).toMatch(/attempt 1 failed: .*minimum retention/);
    expect(second.summary).toContain('attempt 2');
    // The retry respects the lock now: it keeps the point 60 days and completes.
    await w.advance(600);
    const points = w.sim.sim.dump().recoveryPoints;
    expect(points).toHaveLength(1);
    expect(points[0]!.lifecycle?.DeleteAfterDays).toBe(60);
  });

  it('“running job for the same resource” is retried by a later run and never counts as a failure', async () => {
    const world = baseWorld('2026-03-10T03:20:00Z', {
      resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' }, sizeGiB: 30 }],
    });
    world.vaults!.push({ account: ACCOUNT, region: REGION, name: 'manual' });
    w = await startBackupWorld(world);
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    // Someone starts a manual backup into another vault just before the scheduled run.
    const backup = new BackupClient({
      endpoint: w.sim.url,
      region: REGION,
      credentials: { accessKeyId: 'AKIDADMIN', secretAccessKey: 'admin' },
    });
    await backup.send(
      new StartBackupJobCommand({
        BackupVaultName: 'manual',
        ResourceArn: volume('vol-1'),
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    backup.destroy();
    const first = await w.run();
    expect(first.outputs['jobs-started']).toBe('1');
    await w.advance(300); // ours begins, sees the manual job running, and fails
    const ours = backupJobs(w).find((j) => j.vault === 'production')!;
    expect(ours.state).toBe('FAILED');
    expect(ours.statusMessage).toMatch(/running job for the same resource/);

    await w.advance(3600); // the manual job is done
    const second = await w.run();
    expect(second.exitCode, second.log).toBe(0);
    expect(second.outputs['failures']).toBe('0');
    expect(second.outputs['jobs-started']).toBe('1');
    const res = (second.reportJson as Report).plans[0]!.resources[0]!;
    // Not an attempt: the retry is attempt 1 again (with a new token, or AWS would hand back the failed job).
    expect(res.job?.attempt).toBe(1);
    expect(backupJobs(w).filter((j) => j.vault === 'production')).toHaveLength(2);
  });

  it('two rules due at once for one resource make one job tagged with both', async () => {
    // 2026-03-10 is a Tuesday: the daily and the Tuesday rule share the 03:00 slot.
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: `${dailyRule()}\n  weekly:\n    schedule: "0 3 * * 2"\n    retain: { days: 90 }`,
      }),
    );
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('1');
    expect(w.calls('StartBackupJob')).toBe(1);
    await w.advance(600);
    const [point] = w.sim.sim.dump().recoveryPoints;
    expect(point!.tags['backup-plans:rules']).toBe('daily+weekly');
    // The longest lifecycle among the rules.
    expect(point!.lifecycle?.DeleteAfterDays).toBe(90);
    expect(r.summary).toMatch(/\| daily \|.*vol-1/);
    expect(r.summary).toMatch(/\| weekly \|.*vol-1/);
  });

  it('throttled StartBackupJob calls are retried and every job starts', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: ['vol-1', 'vol-2', 'vol-3'].map((id) => ({ arn: volume(id), tags: { backup: 'daily' } })),
      }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    w.sim.sim.addFault({ operation: 'StartBackupJob', fail: { count: 2, error: 'ThrottlingException' } });
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('3');
    expect(r.outputs['failures']).toBe('0');
    const stats = w.sim.sim.stats();
    expect(stats.throttled.StartBackupJob).toBe(2);
    expect(backupJobs(w)).toHaveLength(3);
  });

  it('AccessDenied for one plan’s role fails that plan only; one issue opened, commented, closed', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' } },
          { arn: volume('vol-9'), tags: { backup: 'other' } },
        ],
      }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    w.writePlan(
      'other',
      planYaml({
        role: OTHER_ROLE,
        include: '    - tags: { backup: other }',
        rules: dailyRule(),
        notify: 'notify:\n  issues: true\n  labels: [backup-failure, other-team]',
      }),
    );
    w.sim.sim.addFault({
      operation: '*',
      role: OTHER_ROLE,
      fail: { count: 1000, error: 'AccessDeniedException' },
    });
    const first = await w.run();
    expect(first.exitCode).toBe(1);
    expect(first.outputs['jobs-started']).toBe('1');
    expect(first.outputs['failures']).toBe('1');
    const report = first.reportJson as Report;
    expect(report.plans.find((p) => p.id === 'prod')!.status).toBe('ok');
    const other = report.plans.find((p) => p.id === 'other')!;
    expect(other.status).toBe('failed');
    expect(other.error).toMatch(/AccessDenied/);
    expect(first.annotations.some((a) => a.level === 'error' && /plan other failed/.test(a.message))).toBe(
      true,
    );
    expect(w.github.state.issues).toHaveLength(1);
    const issue = w.github.state.issues[0]!;
    expect(issue.title).toContain('other');
    expect(issue.state).toBe('open');
    // Failures first in the summary.
    expect(first.summary.indexOf('Failures')).toBeLessThan(first.summary.indexOf('### Plan `prod`'));

    const second = await w.run();
    expect(second.exitCode).toBe(1);
    expect(w.github.state.issues).toHaveLength(1);
    expect(w.github.state.comments.filter((c) => c.issue_number === issue.number)).toHaveLength(1);

    w.sim.sim.clearFaults();
    const third = await w.run();
    expect(third.exitCode, third.log).toBe(0);
    expect(w.github.state.issues).toHaveLength(1);
    expect(w.github.state.issues[0]!.state).toBe('closed');
  });

  it('a GitHub API failure is a warning and does not change the result', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    w.github.failNext('GET /repos/:owner/:repo/issues', 500, { count: 50 });
    w.github.failNext('GET /search/issues', 500, { count: 50 });
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('1');
    expect(r.annotations.some((a) => a.level === 'warning' && /failure issue/.test(a.message))).toBe(true);
  });

  it('dry-run with `now` answers what would run then, and starts nothing', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    await w.run();
    await w.advance(600);
    const today = await w.run({ 'dry-run': true });
    expect(today.outputs['jobs-existing']).toBe('1');
    const tomorrow = await w.run({ 'dry-run': true, now: '2026-03-11T03:05:00Z' });
    expect(tomorrow.exitCode, tomorrow.log).toBe(0);
    const res = (tomorrow.reportJson as Report).plans[0]!.resources[0]!;
    expect(res.outcome).toBe('would-start');
    expect(tomorrow.summary).toContain('dry run');
    expect(tomorrow.outputs['jobs-started']).toBe('0');
    expect(w.calls('StartBackupJob')).toBe(1);
  });

  it('a deleted resource (still listed by the Tagging API) is skipped with a note, not a failure', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' } },
          { arn: volume('vol-gone'), tags: { backup: 'daily' }, deleted: true },
        ],
      }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    await w.run();
    await w.advance(600);
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    const gone = (r.reportJson as Report).plans[0]!.resources.find((x) => x.arn === volume('vol-gone'))!;
    expect(gone.outcome).toBe('skipped');
    expect(gone.note).toMatch(/no longer exists/);
    expect(w.calls('StartBackupJob')).toBe(2);
  });

  it('`plan` takes a comma-separated list and names ids that do not exist', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    const r = await w.run({ plan: 'prod, nope ,missing' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['jobs-started']).toBe('1');
    expect(r.annotations.some((a) => a.level === 'error' && /"nope", "missing"/.test(a.message))).toBe(true);
  });

  it('a plan file with errors is annotated at its position; the valid plans still run', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    w.writePlan(
      'broken',
      planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule('{ dayz: 3 }') }),
    );
    const r = await w.run();
    expect(r.exitCode).toBe(1);
    expect(r.outputs['jobs-started']).toBe('1');
    const err = r.annotations.find((a) => a.level === 'error' && a.file?.endsWith('broken.yml'));
    expect(err?.line).toBeGreaterThan(1);
  });

  it('a missing vault and a resource with reserved tags are reported clearly', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' } },
          { arn: volume('vol-2'), tags: { backup: 'daily', 'backup-plans:plan': 'forged' } },
        ],
      }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    w.writePlan(
      'novault',
      planYaml({ vault: 'nope', include: `    - ${volume('vol-9')}`, rules: dailyRule() }),
    );
    const r = await w.run();
    expect(r.exitCode).toBe(1);
    const report = r.reportJson as Report;
    expect(report.plans.find((p) => p.id === 'novault')!.error).toMatch(
      /backup vault "nope" does not exist in account 123456789012, region eu-west-1/,
    );
    // A selected resource with reserved tags is not protected although the user asked: a plan failure
    // (issue 10 item 9), with its failure issue; the other resource is backed up all the same.
    const prod = report.plans.find((p) => p.id === 'prod')!;
    expect(prod.status).toBe('failed');
    expect(prod.resources.map((x) => [x.arn, x.outcome])).toEqual([
      [volume('vol-2'), 'failed'],
      [volume('vol-1'), 'started'],
    ]);
    expect(r.summary).toMatch(/vol-2 carries the reserved tag\\\(s\\\) backup-plans:plan/);
    expect(r.outputs['failures']).toBe('2');
    const issue = w.github.state.issues.find((i) => i.title.includes('prod'));
    expect(issue?.state).toBe('open');
    expect(issue?.body).toMatch(/vol-2.*reserved tag.*remove those tags/);
  });

  it('with wait, jobs finish and copies start and get tagged in the same run', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: `${dailyRule()}\n    copyTo:\n      - region: ${DR_REGION}\n        vault: production-dr\n        retain: { days: 90 }`,
      }),
    );
    const world = w;
    let done = false;
    // The simulated clock moves only when told: move it a minute every 300 ms while the action waits.
    const ticker = (async () => {
      while (!done) {
        await new Promise((r) => setTimeout(r, 300));
        world.sim.sim.advance(60);
      }
    })();
    const r = await w.run({ wait: true });
    done = true;
    await ticker;
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('1');
    expect(r.outputs['copies-started']).toBe('1');
    const report = r.reportJson as Report;
    expect(report.plans[0]!.copies.map((c) => c.outcome)).toEqual(['tagged']);
    const copy = w.sim.sim.dump().recoveryPoints.find((p) => p.vault.name === 'production-dr')!;
    expect(copy.tags['backup-plans:plan']).toBe('prod');
    expect(copy.vault.account).toBe(ACCOUNT);
  }, 600_000);

  it('a wait longer than the STS session renews the credentials (a fresh ID token, assumed again)', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' }, sizeGiB: 90 }],
      }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule() }));
    const world = w;
    let done = false;
    // Ten simulated minutes per real second: the 91-minute job outlives the one-hour session.
    const ticker = (async () => {
      while (!done) {
        await new Promise((r) => setTimeout(r, 100));
        world.sim.sim.advance(60);
      }
    })();
    const r = await w.run({ wait: true });
    done = true;
    await ticker;
    expect(r.exitCode, r.log).toBe(0);
    const res = (r.reportJson as Report).plans[0]!.resources[0]!;
    expect(res.outcome).toBe('started');
    expect((res as { job?: { state?: string } }).job?.state).toBe('COMPLETED');
    expect(w.calls('AssumeRoleWithWebIdentity')).toBeGreaterThanOrEqual(2);
    expect(w.github.oidc.issued.length).toBeGreaterThanOrEqual(2);
    expect((r.reportJson as { plans: { notes: string[] }[] }).plans[0]!.notes).toEqual([]);
  }, 600_000);
});
