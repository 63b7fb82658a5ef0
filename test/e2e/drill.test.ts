// drill end to end: `node dist/cli.js drill` (and the action) against the simulator. A drill
// restores each resource's newest point into a temporary resource, waits until its own service
// reports it available, deletes it through that service, and leaves evidence that `audit` counts.
// The simulated clock moves in the background while the command polls in real time.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { runAction, runCli, startFakeGitHub } from './harness.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
const DB = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
const TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/events`;
const SOURCES = [VOLUME, DB, FS, TABLE];
const owned = {
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily',
};

function world(): World {
  return {
    start: '2026-03-08T12:00:00Z',
    accounts: [ACCOUNT],
    roles: [{ arn: ROLE }, { arn: BACKUP_ROLE }],
    vaults: [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'production',
        kmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
      },
    ],
    resources: SOURCES.map((arn) => ({ arn, tags: { backup: 'daily', team: 'data' } })),
    recoveryPoints: SOURCES.flatMap((resourceArn) =>
      ['2026-03-07T03:01:00Z', '2026-03-08T03:01:00Z'].map((created) => ({
        vault: 'production',
        resourceArn,
        created,
        lifecycle: { deleteAfterDays: 35 },
        // DynamoDB's own backups (no advanced features) carry no tags.
        ...(resourceArn === TABLE ? {} : { tags: owned }),
      })),
    ),
  };
}

const plan = (issues: boolean) => `version: 1
namespace: acme/infra
aws:
  account: "${ACCOUNT}"
  region: ${REGION}
  role: ${ROLE}
  backupRole: ${BACKUP_ROLE}
vault: production
resources:
  include:
    - tags: { backup: daily }
      types: [ec2:volume, rds:db, elasticfilesystem:file-system, dynamodb:table]
rules:
  daily:
    schedule: "0 3 * * *"
    startWithin: 1h
    completeWithin: 2h
    retain: { days: 35 }
    drill: { every: 30d }
notify:
  issues: ${issues}
`;

let h: SimulatorHandle | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup(issues = false) {
  h = await startSimulator({ world: world() });
  const dir = mkdtempSync(join(tmpdir(), 'drill-e2e-'));
  mkdirSync(join(dir, 'backup-plans'));
  writeFileSync(join(dir, 'backup-plans', 'prod.yml'), plan(issues));
  return { sim: h, dir };
}
type Env = Awaited<ReturnType<typeof setup>>;
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDDRILLEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'drill-secret',
  AWS_REGION: REGION,
};

/** Runs `work` while the simulated clock moves a minute every 100 ms (the command polls in real time). */
async function ticking<T>(env: Env, work: () => Promise<T>): Promise<T> {
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 100));
      env.sim.sim.advance(60);
    }
  })();
  try {
    return await work();
  } finally {
    done = true;
    await ticker;
  }
}

const cli = (env: Env, args: string[]) =>
  ticking(env, () => runCli(args, { sim: env.sim, cwd: env.dir, env: AWS_ENV }));

interface Control {
  control: string;
  status: string;
  resource?: string;
  evidence: string;
}
async function audit(env: Env) {
  const r = await runCli(['audit', '--plan', 'prod', '--json'], { sim: env.sim, cwd: env.dir, env: AWS_ENV });
  const controls = (JSON.parse(r.stdout) as { plans: { controls: Control[] }[] }).plans[0]!.controls;
  return { ...r, controls, drill: controls.filter((c) => c.control === 'drill') };
}

interface DrillReport {
  command: string;
  startedAt: string;
  finishedAt: string;
  plans: {
    plan: string;
    failed: number;
    skipped: unknown[];
    drills: {
      resource: string;
      result: string;
      pointArn: string;
      temporaryResource: string;
      rtoSeconds: number;
      restoreSeconds: number;
      deleted: boolean;
      evidenceTag?: string;
      error?: string;
    }[];
  }[];
}

describe('drill (CLI against the simulator)', () => {
  it(
    'restores, verifies, deletes the temporary resource and leaves evidence that audit then counts',
    { timeout: 240_000 },
    async () => {
      const env = await setup();
      // Without a drill, audit fails the control for every resource, with evidence.
      const before = await audit(env);
      expect(before.exitCode).toBe(1);
      expect(before.drill.map((c) => [c.resource, c.status]).sort()).toEqual(
        [...SOURCES].sort().map((r) => [r, 'fail']),
      );
      for (const c of before.drill)
        expect(c.evidence).toContain('no completed restore job, no backup-plans:drilled tag');

      const newest = new Map(
        env.sim.sim
          .dump()
          .recoveryPoints.filter((p) => p.creationDate === '2026-03-08T03:01:00.000Z')
          .map((p) => [p.resourceArn, p.arn]),
      );
      env.sim.sim.resetStats();
      const r = await cli(env, ['drill', '--plan', 'prod', '--json']);
      expect(r.exitCode, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as DrillReport;
      expect(report.command).toBe('drill');
      expect(Date.parse(report.finishedAt)).toBeGreaterThan(Date.parse(report.startedAt));
      const drills = report.plans[0]!.drills;
      expect(drills.map((d) => d.resource).sort()).toEqual([...SOURCES].sort());

      const state = env.sim.sim.dump();
      for (const d of drills) {
        expect(d, JSON.stringify(d)).toMatchObject({ result: 'ok', deleted: true });
        // The newest completed point, restored into a NEW resource, never the live one.
        expect(d.pointArn).toBe(newest.get(d.resource));
        expect(d.temporaryResource).not.toBe(d.resource);
        expect(d.rtoSeconds).toBeGreaterThanOrEqual(d.restoreSeconds);
        const temp = state.resources.find((x) => x.arn === d.temporaryResource)!;
        expect(temp.restoredBy).toBeDefined();
        expect(temp.deleted).toBe(true);
        // It did not inherit the tags that select resources for backup.
        expect(temp.tags).toEqual({});
      }
      // Clearly named where the type takes a name.
      expect(drills.find((d) => d.resource === DB)!.temporaryResource).toMatch(
        /:db:backup-plans-drill-\d{8}t\d{6}-[0-9a-f]{6}$/,
      );
      expect(drills.find((d) => d.resource === TABLE)!.temporaryResource).toMatch(
        /:table\/backup-plans-drill-/,
      );
      // The sources and every recovery point are untouched.
      for (const s of SOURCES) expect(state.resources.find((x) => x.arn === s)!.deleted).toBe(false);
      expect(state.recoveryPoints).toHaveLength(8);
      const calls = env.sim.sim.stats().calls;
      expect(calls.DeleteRecoveryPoint).toBeUndefined();
      expect(calls).toMatchObject({
        DeleteVolume: 1,
        DeleteDBInstance: 1,
        DeleteFileSystem: 1,
        DeleteTable: 1,
        StartRestoreJob: 4,
      });
      // Evidence: the tag on points whose type carries tags; the restore job history for all.
      for (const s of [VOLUME, DB, FS]) {
        const p = state.recoveryPoints.find((x) => x.arn === newest.get(s))!;
        expect(p.tags['backup-plans:drilled']).toMatch(/^2026-03-08T\d{2}:\d{2}:\d{2}Z ok$/);
      }
      expect(state.restoreJobs.map((j) => j.status)).toEqual([
        'COMPLETED',
        'COMPLETED',
        'COMPLETED',
        'COMPLETED',
      ]);

      const after = await audit(env);
      expect(after.drill.map((c) => [c.resource, c.status]).sort()).toEqual(
        [...SOURCES].sort().map((r) => [r, 'pass']),
      );
      expect(after.drill.find((c) => c.resource === VOLUME)!.evidence).toContain('backup-plans:drilled=');
      expect(after.drill.find((c) => c.resource === TABLE)!.evidence).toContain('restore job');
      expect(after.controls.filter((c) => c.status === 'fail')).toEqual([]);
      expect(after.exitCode).toBe(0);

      // Done for 30 days: the next run drills nothing.
      const again = await cli(env, ['drill', '--plan', 'prod', '--json']);
      expect(again.exitCode, again.stderr).toBe(0);
      const second = (JSON.parse(again.stdout) as DrillReport).plans[0]!;
      expect(second.drills).toEqual([]);
      expect(second.skipped).toHaveLength(4);
      expect(env.sim.sim.dump().restoreJobs).toHaveLength(4);
    },
  );

  it(
    '--resource drills that one resource now; --dry-run restores nothing',
    { timeout: 120_000 },
    async () => {
      const env = await setup();
      const dry = await cli(env, ['drill', '--plan', 'prod', '--resource', DB, '--dry-run']);
      expect(dry.exitCode, dry.stderr).toBe(0);
      expect(env.sim.sim.dump().restoreJobs).toHaveLength(0);
      const one = await cli(env, ['drill', '--plan', 'prod', '--resource', DB]);
      expect(one.exitCode, one.stderr).toBe(0);
      expect(one.stdout).toContain(`OK      ${DB}`);
      expect(env.sim.sim.dump().restoreJobs).toHaveLength(1);
    },
  );
});

describe('drill (action)', () => {
  it(
    'a drill whose temporary resource cannot be deleted fails the plan: failure issue, tag "failed", audit fails',
    { timeout: 120_000 },
    async () => {
      const env = await setup(true);
      env.sim.sim.addFault({
        operation: 'DeleteVolume',
        fail: { count: 100, error: 'UnauthorizedOperation' },
      });
      const github = await startFakeGitHub({ clock: () => env.sim.sim.now(), repository: 'acme/infra' });
      const r = await ticking(env, () =>
        runAction({
          sim: env.sim,
          github,
          cwd: env.dir,
          inputs: { command: 'drill', plan: 'prod', resource: VOLUME },
          env: AWS_ENV,
        }),
      );
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ drills: '1', failures: '1' });
      expect(r.summary).toContain('## backup-plans drill');
      expect(r.summary).toContain('1 of 1 drill(s) FAILED');
      const entry = (r.reportJson as DrillReport).plans[0]!.drills[0]!;
      expect(entry.error).toMatch(
        /could not delete the temporary .*vol-.*UnauthorizedOperation.*delete it by hand/,
      );
      expect(github.state.issues).toHaveLength(1);
      expect(github.state.issues[0]!.title).toBe('Restore drill failing: plan prod');
      const state = env.sim.sim.dump();
      const tagged = state.recoveryPoints.find((p) => p.tags['backup-plans:drilled'])!;
      expect(tagged.tags['backup-plans:drilled']).toMatch(/ failed$/);
      expect(env.sim.sim.stats().calls.DeleteRecoveryPoint).toBeUndefined();
      const a = await audit(env);
      const c = a.drill.find((x) => x.resource === VOLUME)!;
      expect(c.status).toBe('fail');
      expect(c.evidence).toMatch(/^last drill failed/);
    },
  );
});
