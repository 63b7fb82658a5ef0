// restore end to end: `node dist/cli.js restore` against the simulator, as a person at a terminal
// would run it; the simulated clock moves in the background while the command waits.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { runAction, runCli, startFakeGitHub } from './harness.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const DR = 'eu-central-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
const SOURCE_TAGS = { backup: 'daily', team: 'storage' };
const snap = (id: string, region = REGION) => `arn:aws:ec2:${region}::snapshot/snap-${id.padStart(17, '0')}`;
const POINTS = {
  mar1: snap('1'),
  mar2: snap('2'),
  mar3: snap('3'),
  partial: snap('4'),
  copy: snap('5', DR),
};

function world(): World {
  const owned = { 'backup-plans:plan': 'prod', 'backup-plans:rules': 'daily' };
  return {
    start: '2026-03-05T12:00:00Z',
    accounts: [ACCOUNT],
    roles: [{ arn: ROLE }, { arn: BACKUP_ROLE }],
    vaults: [
      { account: ACCOUNT, region: REGION, name: 'production' },
      { account: ACCOUNT, region: DR, name: 'production-dr' },
    ],
    resources: [
      { arn: VOLUME, tags: SOURCE_TAGS, sizeGiB: 2 },
      { arn: FS, tags: SOURCE_TAGS },
    ],
    recoveryPoints: [
      {
        vault: 'production',
        resourceArn: VOLUME,
        arn: POINTS.mar1,
        created: '2026-03-01T03:00:00Z',
        tags: owned,
      },
      {
        vault: 'production',
        resourceArn: VOLUME,
        arn: POINTS.mar2,
        created: '2026-03-02T03:00:00Z',
        tags: owned,
      },
      {
        vault: 'production',
        resourceArn: VOLUME,
        arn: POINTS.mar3,
        created: '2026-03-03T03:00:00Z',
        tags: owned,
      },
      {
        vault: 'production',
        resourceArn: VOLUME,
        arn: POINTS.partial,
        created: '2026-03-04T03:00:00Z',
        status: 'PARTIAL',
      },
      {
        vault: { account: ACCOUNT, region: DR, name: 'production-dr' },
        resourceArn: VOLUME,
        arn: POINTS.copy,
        created: '2026-02-20T03:00:00Z',
        sourceVaultArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:production`,
      },
      { vault: 'production', resourceArn: FS, created: '2026-03-03T03:00:00Z', tags: owned },
    ],
  };
}

const PLAN = [
  'version: 1',
  'namespace: acme/infra',
  'aws:',
  `  account: "${ACCOUNT}"`,
  `  region: ${REGION}`,
  `  role: ${ROLE}`,
  `  backupRole: ${BACKUP_ROLE}`,
  'vault: production',
  'resources:',
  '  include:',
  '    - tags: { backup: daily }',
  'rules:',
  '  daily:',
  '    schedule: "0 3 * * *"',
  '    retain: { days: 35 }',
  '    copyTo:',
  `      - region: ${DR}`,
  '        vault: production-dr',
  '        retain: { days: 90 }',
  '',
].join('\n');

let h: SimulatorHandle | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  h = await startSimulator({ world: world() });
  const dir = mkdtempSync(join(tmpdir(), 'restore-e2e-'));
  mkdirSync(join(dir, 'backup-plans'));
  writeFileSync(join(dir, 'backup-plans', 'prod.yml'), PLAN);
  return { sim: h, dir };
}

/** Runs the CLI while the simulated clock moves a minute every 100 ms (the command polls in real time). */
async function restore(env: { sim: SimulatorHandle; dir: string }, args: string[]) {
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 100));
      env.sim.sim.advance(60);
    }
  })();
  try {
    return await runCli(['restore', '--plan', 'prod', ...args], {
      sim: env.sim,
      cwd: env.dir,
      env: {
        AWS_ACCESS_KEY_ID: 'AKIDRESTOREEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'restore-secret',
        AWS_REGION: REGION,
      },
    });
  } finally {
    done = true;
    await ticker;
  }
}

const restoreJobs = (sim: SimulatorHandle) =>
  sim.sim.dump().restoreJobs as { recoveryPointArn: string; status: string; createdResourceArn?: string }[];
const createdResource = (sim: SimulatorHandle, arn: string) =>
  sim.sim.dump().resources.find((r) => r.arn === arn);

describe('restore (CLI against the simulator)', () => {
  it('latest: restores the newest COMPLETED point into a new volume with the source tags, and reports it', async () => {
    const env = await setup();
    const r = await restore(env, ['--resource', VOLUME, '--wait']);
    expect(r.exitCode, r.stderr).toBe(0);
    const [job] = restoreJobs(env.sim);
    expect(job).toMatchObject({ recoveryPointArn: POINTS.mar3, status: 'COMPLETED' });
    const created = createdResource(env.sim, job!.createdResourceArn!)!;
    expect(created.arn).toMatch(/^arn:aws:ec2:eu-west-1:123456789012:volume\/vol-[0-9a-f]{17}$/);
    expect(created.tags).toEqual(SOURCE_TAGS);
    expect(r.stdout).toContain('restored');
    expect(r.stdout).toContain(job!.createdResourceArn!);
    expect(r.stdout).toMatch(/\| duration \| 3 min 0 s \|/); // 1 min pending + 2 GiB at 1 min/GiB
    expect(r.stdout).toContain('availabilityZone');
    expect(r.stderr).toMatch(/restore job [0-9A-F-]+: (PENDING|RUNNING|COMPLETED)/);
  });

  it('by ARN: restores a copy from the DR vault in its region', async () => {
    const env = await setup();
    const r = await restore(env, ['--resource', VOLUME, '--point', POINTS.copy, '--wait']);
    expect(r.exitCode, r.stderr).toBe(0);
    const [job] = restoreJobs(env.sim);
    expect(job!.recoveryPointArn).toBe(POINTS.copy);
    expect(job!.createdResourceArn).toMatch(/^arn:aws:ec2:eu-central-1:123456789012:volume\/vol-/);
    expect(createdResource(env.sim, job!.createdResourceArn!)!.tags).toEqual(SOURCE_TAGS);
  });

  it('latest before a time: the newest COMPLETED point at or before it', async () => {
    const env = await setup();
    const r = await restore(env, [
      '--resource',
      VOLUME,
      '--point',
      'latest before 2026-03-02T12:00:00Z',
      '--wait',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    const [job] = restoreJobs(env.sim);
    expect(job!.recoveryPointArn).toBe(POINTS.mar2);
    expect(createdResource(env.sim, job!.createdResourceArn!)!.tags).toEqual(SOURCE_TAGS);
  });

  it('--vault and --region narrow the search to one vault', async () => {
    const env = await setup();
    const r = await restore(env, [
      '--resource',
      VOLUME,
      '--vault',
      'production-dr',
      '--region',
      DR,
      '--dry-run',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain(POINTS.copy);
  });

  it('--dry-run restores nothing and shows what it would do', async () => {
    const env = await setup();
    const r = await restore(env, [
      '--resource',
      VOLUME,
      '--dry-run',
      '--metadata',
      'availabilityZone=eu-west-1c',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('dry run: nothing restored');
    expect(r.stdout).toContain('eu-west-1c');
    expect(restoreJobs(env.sim)).toEqual([]);
    expect(env.sim.sim.stats().calls.StartRestoreJob ?? 0).toBe(0);
  });

  it('wrong inputs give named errors and restore nothing', { timeout: 240_000 }, async () => {
    const env = await setup();
    const cases: [string[], RegExp][] = [
      [
        ['--point', 'latest before 2026-01-01T00:00:00Z'],
        /no completed recovery point of .* at or before 2026-01-01T00:00:00.000Z; the nearest is .*snap-0+5 \(2026-02-20/,
      ],
      [['--point', POINTS.partial], /is PARTIAL, not COMPLETED/],
      [['--point', 'arn:aws:ec2:eu-west-1::snapshot/snap-99999999999999999'], /is not a point of/],
      [
        ['--metadata', 'volumeSiz=5'],
        /metadata key "volumeSiz" is not a restore metadata key of EBS \(did you mean "volumeSize"\?\)/,
      ],
      [['--point', 'yesterday'], /point: expected "latest"/],
      [['--vault', 'nowhere'], /plan prod has no vault nowhere/],
    ];
    for (const [args, message] of cases) {
      const r = await restore(env, ['--resource', VOLUME, ...args]);
      expect(r.exitCode, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    const efs = await restore(env, ['--resource', FS, '--metadata', '{"newFileSystem":"false"}']);
    expect(efs.exitCode).toBe(1);
    expect(efs.stderr).toMatch(/restores into the existing file system fs-1.*--force/);
    expect(restoreJobs(env.sim)).toEqual([]);
    const missing = await restore(env, []);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('--resource ARN');
  });

  it('the action writes the restore to the job summary and sets outputs', { timeout: 300_000 }, async () => {
    const env = await setup();
    let done = false;
    const ticker = (async () => {
      while (!done) {
        await new Promise((r) => setTimeout(r, 100));
        env.sim.sim.advance(60);
      }
    })();
    const github = await startFakeGitHub({ clock: () => env.sim.sim.now(), repository: 'acme/infra' });
    let r;
    try {
      r = await runAction({
        sim: env.sim,
        github,
        cwd: env.dir,
        inputs: { command: 'restore', plan: 'prod', resource: VOLUME, point: 'latest', wait: true },
        env: {
          AWS_ACCESS_KEY_ID: 'AKIDRESTOREEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'restore-secret',
          AWS_REGION: REGION,
        },
      });
    } finally {
      done = true;
      await ticker;
    }
    expect(r.exitCode, r.stderr + r.stdout).toBe(0);
    const [job] = restoreJobs(env.sim);
    expect(r.outputs['created-resource-arn']).toBe(job!.createdResourceArn);
    expect(r.summary).toContain('## backup-plans restore: restored');
    expect(r.summary).toContain(POINTS.mar3);
  });
});
