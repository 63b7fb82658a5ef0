// `backup` copies end to end: a copy into another account, tagged there with the destination's
// role; a copy whose tagging fails is reported and left alone; backfill of older points. And the CLI.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './harness.js';
import {
  ACCOUNT,
  baseWorld,
  DR_ACCOUNT,
  owned,
  planYaml,
  REGION,
  startBackupWorld,
  volume,
  type BackupWorld,
} from './backup-helpers.js';

const DR_ROLE = `arn:aws:iam::${DR_ACCOUNT}:role/backup-plans`;
const HOUR = 3600;
let w: BackupWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

interface Report {
  plans: { copies: { outcome: string; message?: string; destination: { account: string } }[] }[];
}

function isolatedWorld(extra: Parameters<typeof baseWorld>[1] = {}) {
  const world = baseWorld('2026-03-10T03:20:00Z', {
    resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
    ...extra,
  });
  world.roles!.push({ arn: DR_ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } });
  world.vaults!.push({ account: DR_ACCOUNT, region: REGION, name: 'isolated' });
  return world;
}

const isolatedRule = (extra = '') =>
  [
    '  daily:',
    '    schedule: "0 3 * * *"',
    '    retain: { days: 35 }',
    '    copyTo:',
    `      - account: "${DR_ACCOUNT}"`,
    `        region: ${REGION}`,
    '        vault: isolated',
    `        role: ${DR_ROLE}`,
    '        retain: { days: 365 }',
    extra,
  ]
    .filter(Boolean)
    .join('\n');

describe('backup copies', () => {
  it('copies into another account and tags the copy there with the destination role', async () => {
    w = await startBackupWorld(isolatedWorld());
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: isolatedRule() }));
    await w.run();
    await w.advance(HOUR);
    const second = await w.run();
    expect(second.outputs['copies-started']).toBe('1');
    await w.advance(HOUR);
    const third = await w.run();
    expect(third.exitCode, third.log).toBe(0);
    const copy = w.sim.sim.dump().recoveryPoints.find((p) => p.vault.account === DR_ACCOUNT)!;
    expect(copy.tags).toMatchObject(owned('daily', '2026-03-10T03:00:00Z'));
    expect(copy.lifecycle?.DeleteAfterDays).toBe(365);
    expect((third.reportJson as Report).plans[0]!.copies.map((c) => c.outcome)).toEqual(['tagged']);
    // The next run finds the copy tagged and says nothing more about it.
    const fourth = await w.run();
    expect((fourth.reportJson as Report).plans[0]!.copies).toEqual([]);
  });

  it('a copy whose tagging fails is reported and left to its lifecycle, without failing the run', async () => {
    w = await startBackupWorld(isolatedWorld());
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: isolatedRule() }));
    await w.run();
    await w.advance(HOUR);
    await w.run();
    await w.advance(HOUR);
    w.sim.sim.addFault({
      operation: 'TagResources',
      role: DR_ROLE,
      fail: { count: 100, error: 'AccessDeniedException' },
    });
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    const [copy] = (r.reportJson as Report).plans[0]!.copies;
    expect(copy!.outcome).toBe('tag-failed');
    expect(copy!.message).toMatch(/AccessDenied.*left to its lifecycle/);
    expect(r.summary).toContain('tagging failed');
    const point = w.sim.sim.dump().recoveryPoints.find((p) => p.vault.account === DR_ACCOUNT)!;
    // Copies carry the source's tags (AWS), so only the marker our tagging writes proves the copy ours.
    expect(point.tags['backup-plans:copy-job']).toBeUndefined();
  });

  it('backfill copies the newest existing points once, one job per resource and run', async () => {
    const seeded = ['2026-02-20T03:05:00Z', '2026-02-27T03:05:00Z', '2026-03-06T03:05:00Z'].map(
      (created) => ({
        vault: 'production',
        resourceArn: volume('vol-1'),
        created,
        tags: owned('daily', created.replace('03:05', '03:00')),
      }),
    );
    w = await startBackupWorld(isolatedWorld({ recoveryPoints: seeded }));
    w.writePlan(
      'prod',
      planYaml({ include: '    - tags: { backup: daily }', rules: isolatedRule('        backfill: 2') }),
    );
    // Run 1 starts today's backup (the resource is busy, so no copy yet).
    const first = await w.run();
    expect(first.outputs['jobs-started']).toBe('1');
    expect(first.outputs['copies-started']).toBe('0');
    let copies = 0;
    for (let i = 0; i < 4; i++) {
      await w.advance(HOUR);
      copies += Number((await w.run()).outputs['copies-started']);
    }
    // backfill: 2 = the newest 2 owned points, today's included; older ones are never copied.
    expect(copies).toBe(2);
    const created = w.sim.sim
      .dump()
      .recoveryPoints.filter((p) => p.vault.account === DR_ACCOUNT)
      .map((p) => p.creationDate)
      .sort();
    expect(created).toEqual(['2026-03-06T03:05:00.000Z', expect.stringMatching(/^2026-03-10/)]);
  });

  it('the CLI runs backup with the default credential chain and the namespace flag', async () => {
    w = await startBackupWorld(isolatedWorld());
    const dir = mkdtempSync(join(tmpdir(), 'cli-plans-'));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(
      join(dir, 'plans', 'prod.yml'),
      planYaml({ include: '    - tags: { backup: daily }', rules: isolatedRule() }),
    );
    const r = await runCli(['backup', '--plans', join(dir, 'plans'), '--namespace', 'acme/infra'], {
      sim: w.sim,
      cwd: dir,
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'cli-secret-key-example',
        AWS_REGION: REGION,
      },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('## backup-plans · backup');
    expect(r.stdout).toContain('`ec2:volume/vol-1`');
    expect(r.stderr).toMatch(/1 jobs started/);
    expect(`${r.stdout}${r.stderr}`).not.toContain('cli-secret-key-example');
    const [job] = w.sim.sim.dump().backupJobs as {
      recoveryPointTags: Record<string, string>;
      account: string;
    }[];
    expect(job!.account).toBe(ACCOUNT);
    expect(job!.recoveryPointTags['backup-plans:namespace']).toBe('acme/infra');
  });

  it('the CLI outside a git clone, without a namespace, says how to set one', async () => {
    w = await startBackupWorld(isolatedWorld());
    const dir = mkdtempSync(join(tmpdir(), 'cli-plans-'));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(
      join(dir, 'plans', 'prod.yml'),
      planYaml({ include: '    - tags: { backup: daily }', rules: isolatedRule() }),
    );
    const r = await runCli(['backup', '--plans', join(dir, 'plans')], {
      sim: w.sim,
      cwd: dir,
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_REGION: REGION,
        GIT_CEILING_DIRECTORIES: tmpdir(),
      },
    });
    expect(r.exitCode).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toMatch(/namespace:.*--namespace/s);
    expect(w.calls('StartBackupJob')).toBe(0);
  });
});
