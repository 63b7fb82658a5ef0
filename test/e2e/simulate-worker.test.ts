// `simulate` from the bundle serves the simulator from a worker thread (its request handling on the
// second core, the runs on the first), and says so in its report (simulatorThreadId: 0 would be the
// main thread). Run in process (from src/, as here, or the bundle with BACKUP_PLANS_SIMULATE_THREAD=main),
// the same plans and world give the same JSON and report, thread aside: where the simulator runs changes
// nothing the runs can see.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectPlans } from '../../src/plan/select.js';
import { simulationJson } from '../../src/simulate/result.js';
import { simulatePlans } from '../../src/simulate/run.js';
import type { World } from '../../src/simulator/index.js';
import { runAction, runCli } from './harness.js';

/** The worker is the default only with a second core to run it on (src/simulate/run.ts startEngine). */
const expectWorkerThread = (threadId: number) =>
  availableParallelism() > 1 ? expect(threadId).toBeGreaterThan(0) : expect(threadId).toBe(0);

const ACCOUNT = '123456789012';
// The simulate bench's plan (bench/simulate-scale.bench.ts), on three volumes for a few days.
const PLAN = `version: 1
namespace: acme/infra
aws:
  account: '${ACCOUNT}'
  region: eu-west-1
  role: arn:aws:iam::${ACCOUNT}:role/backup-plans
  backupRole: arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - tags: { backup: daily }
rules:
  daily:
    schedule: '0 3 * * *'
    retain:
      keep: { daily: 2, weekly: 1 }
    copyTo:
      - region: eu-central-1
        vault: production-dr
        retain: { days: 3 }
notify:
  issues: false
`;

const world: World = {
  start: '2026-01-01T03:00:00Z',
  accounts: [ACCOUNT],
  roles: [{ arn: `arn:aws:iam::${ACCOUNT}:role/backup-plans` }],
  vaults: [
    { account: ACCOUNT, region: 'eu-west-1', name: 'production' },
    { account: ACCOUNT, region: 'eu-central-1', name: 'production-dr' },
  ],
  resources: Array.from({ length: 3 }, (_, i) => ({
    arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-${String(i).padStart(17, '0')}`,
    tags: { backup: 'daily' },
    sizeGiB: 10,
  })),
};
const DAYS = 4;

/** A workspace with the plan in `backup-plans/` (the default plans folder) and the world beside it. */
function workspace(): { dir: string; plans: string; worldFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'simulate-worker-'));
  const plans = join(dir, 'backup-plans');
  mkdirSync(plans);
  writeFileSync(join(plans, 'prod.yml'), PLAN);
  const worldFile = join(dir, 'world.json');
  writeFileSync(worldFile, JSON.stringify(world));
  return { dir, plans, worldFile };
}

describe('simulate: the simulator in a worker thread', () => {
  it('the CLI bundle runs the simulator in a worker; in process the same JSON and report come out', async () => {
    const { dir, plans, worldFile } = workspace();
    const simulate = async (thread?: string) => {
      const runnerTemp = mkdtempSync(join(dir, 'runner-temp-'));
      const cli = await runCli(
        ['simulate', '--plans', plans, '--world', worldFile, '--days', String(DAYS), '--json'],
        { env: { RUNNER_TEMP: runnerTemp, BACKUP_PLANS_SIMULATE_THREAD: thread }, timeoutMs: 300_000 },
      );
      expect(cli.stderr).toBe('');
      expect(cli.exitCode).toBe(0);
      const reports = readdirSync(runnerTemp).filter((f) => f.startsWith('backup-plans-simulate-'));
      expect(reports).toHaveLength(1);
      const report = JSON.parse(readFileSync(join(runnerTemp, reports[0]!), 'utf8')) as Record<
        string,
        unknown
      >;
      return { stdout: cli.stdout, report };
    };
    const { stdout, report } = await simulate();
    expectWorkerThread(report.simulatorThreadId as number);
    // The check bites: the same bundle told to keep the simulator on its main thread reports thread 0.
    const onMain = await simulate('main');
    expect(onMain.report.simulatorThreadId).toBe(0);
    expect(onMain.stdout).toBe(stdout);

    const { plans: loaded, errors } = await selectPlans(plans, undefined);
    expect(errors).toEqual([]);
    const inProcess = await simulatePlans({ plansDir: plans, plans: loaded, days: DAYS, world });
    expect(inProcess.simulatorThreadId).toBe(0);
    expect(stdout).toBe(JSON.stringify(simulationJson(inProcess), null, 2) + '\n');
    const { command, startedAt, finishedAt, simulatorThreadId, ...fromWorker } = report;
    expect([command, startedAt, finishedAt, simulatorThreadId]).toEqual([
      'simulate',
      inProcess.start,
      inProcess.end,
      report.simulatorThreadId,
    ]);
    const { simulatorThreadId: _, ...fromMain } = JSON.parse(JSON.stringify(inProcess)) as Record<
      string,
      unknown
    >;
    // Recovery point ARNs are random (as AWS's): everything else about the held points must agree.
    const withoutArns = (report: Record<string, unknown>) => ({
      ...report,
      held: (report.held as { arn: string }[]).map(({ arn: _, ...point }) => point),
    });
    expect(withoutArns(fromWorker)).toEqual(withoutArns(fromMain));
    expect((fromMain.apiCalls as Record<string, number>).StartBackupJob).toBe(3 * DAYS);
  }, 300_000);

  it('the action bundle (command: simulate) runs the simulator in a worker too', async () => {
    const { dir, worldFile } = workspace();
    const result = await runAction({
      cwd: dir,
      inputs: { command: 'simulate', days: 2, world: worldFile },
      timeoutMs: 300_000,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const report = result.reportJson as { simulatorThreadId: number; apiCalls: Record<string, number> };
    expectWorkerThread(report.simulatorThreadId);
    expect(report.apiCalls.StartBackupJob).toBe(3 * 2);
  }, 300_000);
});
