// drill end to end, the long scenarios: `node dist/cli.js drill` and the action against the
// simulator, all four drillable types, with audit before and after. A drill restores each resource's
// newest point into a temporary resource, waits until its own service reports it available, deletes
// it through that service, and leaves evidence that `audit` counts. The command polls in real time
// (seconds per resource), so this file is in SLOW_TESTS; drill.test.ts keeps a one-resource drill fast.
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, startFakeGitHub } from './harness.js';
import {
  audit,
  cli,
  DB,
  FS,
  setup,
  SOURCES,
  TABLE,
  ticking,
  VOLUME,
  AWS_ENV,
  type DrillReport,
  type Env,
} from './drill-helpers.js';

let current: Env | undefined;
afterEach(async () => {
  await current?.sim.close();
  current = undefined;
});

/** A fresh simulator and workspace for one test, closed after it. */
async function start(issues = false): Promise<Env> {
  current = await setup(issues);
  return current;
}

describe('drill (CLI against the simulator)', () => {
  it(
    'restores, verifies, deletes the temporary resource and leaves evidence that audit then counts',
    { timeout: 240_000 },
    async () => {
      const env = await start();
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
});

describe('drill (action)', () => {
  it(
    'a drill whose temporary resource cannot be deleted fails the plan: failure issue, tag "failed", audit fails',
    { timeout: 120_000 },
    async () => {
      const env = await start(true);
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
