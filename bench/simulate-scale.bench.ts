// `simulate` at issue #13's scale: 400 simulated days of a daily rule with GFS retention and a 30-day
// copy over 50 tagged volumes, through the built CLI as a user runs it (`node dist/cli.js simulate
// --world FILE`: the real backup and prune runs against the simulator over HTTP, the simulator in a
// worker thread). Target: well under 60 s on 2 cores. Reported, not asserted. Builds dist/ first when
// it is older than src/. CPU time is the whole process's (both threads).
//
// Wall time on a shared machine says little by itself, so the same run also times a fixed reference
// workload first: 1,000 SDK calls (DescribeBackupVault) to an in-process simulator, the unit simulate
// is made of. It prints wall and CPU time, runs, API calls, the ratio to the reference, the load, and
// two costs of the machine itself (machine-costs.ts).
//
//   npx vitest bench --run --project fast bench/simulate-scale.bench.ts   (both projects match bench/: name one)
//   SIMULATE_BENCH_DAYS=90 SIMULATE_BENCH_RESOURCES=10 npx vitest bench --run --project fast bench/simulate-scale.bench.ts
//   BACKUP_PLANS_SIMULATE_THREAD=main npx vitest bench --run --project fast bench/simulate-scale.bench.ts
import { BackupClient, DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import type { SimulationRun } from '../src/simulate/run.js';
import { startSimulator, type World } from '../src/simulator/index.js';
import { recordFigure } from './figures.js';
import { describeMachineCosts } from './machine-costs.js';
import { measureNode } from './processes.js';
import { ensureBundle } from './simulator-process.js';

const ACCOUNT = '123456789012';
const RESOURCES = Number(process.env.SIMULATE_BENCH_RESOURCES ?? 50);
const DAYS = Number(process.env.SIMULATE_BENCH_DAYS ?? 400);
const REFERENCE_CALLS = 1_000;
/** Issue 13's goal for 400 days × 50 resources. */
const GOAL_MS = 60_000;
const GOAL = `< ${GOAL_MS / 1000} s on 2 cores`;

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
      keep: { daily: 7, weekly: 4, monthly: 6 }
    copyTo:
      - region: eu-central-1
        vault: production-dr
        retain: { days: 30 }
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
  resources: Array.from({ length: RESOURCES }, (_, i) => ({
    arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-${i.toString(16).padStart(17, '0')}`,
    tags: { backup: 'daily' },
    sizeGiB: 10,
  })),
};

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function timed(work: () => Promise<void>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** The reference: REFERENCE_CALLS sequential SDK calls over HTTP to an in-process simulator. */
async function reference(): Promise<Timing> {
  const handle = await startSimulator({ world: { ...world, resources: [] } });
  const client = new BackupClient({
    region: 'eu-west-1',
    endpoint: handle.url,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  try {
    const call = () => client.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    for (let i = 0; i < 100; i++) await call(); // warm-up: connections, JIT
    return await timed(async () => {
      for (let i = 0; i < REFERENCE_CALLS; i++) await call();
    });
  } finally {
    client.destroy();
    await handle.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe(`simulate: ${DAYS} days × ${RESOURCES} resources`, () => {
  bench(
    'node dist/cli.js simulate',
    async () => {
      ensureBundle();
      const load = loadavg()[0]!.toFixed(1);
      const ref = await reference();
      const machine = await describeMachineCosts();
      const dir = mkdtempSync(join(tmpdir(), 'simulate-bench-'));
      try {
        const plans = join(dir, 'plans');
        const runnerTemp = join(dir, 'runner-temp');
        mkdirSync(plans);
        mkdirSync(runnerTemp);
        writeFileSync(join(plans, 'prod.yml'), PLAN);
        writeFileSync(join(dir, 'world.json'), JSON.stringify(world));
        const args = [
          'simulate',
          '--plans',
          plans,
          '--world',
          join(dir, 'world.json'),
          '--days',
          String(DAYS),
        ];
        // BACKUP_PLANS_SIMULATE_THREAD=main|worker passes through: both placements on one build.
        const thread = process.env.BACKUP_PLANS_SIMULATE_THREAD;
        const run = await measureNode(['dist/cli.js', ...args, '--json'], {
          env: { RUNNER_TEMP: runnerTemp, ...(thread ? { BACKUP_PLANS_SIMULATE_THREAD: thread } : {}) },
        });
        if (run.exitCode !== 0 && run.stdout === '')
          throw new Error(`simulate exited ${run.exitCode}:\n${run.stderr}`);
        const reportFile = readdirSync(runnerTemp).find((f) => f.startsWith('backup-plans-simulate-'))!;
        const result = JSON.parse(readFileSync(join(runnerTemp, reportFile), 'utf8')) as SimulationRun;
        const calls = Object.values(result.apiCalls).reduce((a, b) => a + b, 0);
        const perOperation = Object.entries(result.apiCalls)
          .map(([op, n]) => `${op} ${n}`)
          .join(', ');
        const served =
          result.simulatorThreadId > 0 ? `worker thread ${result.simulatorThreadId}` : 'main thread';
        recordFigure({
          section: 'Simulate at scale',
          name: `simulate ${DAYS} days × ${RESOURCES} resources, wall time`,
          value: `${seconds(run.wallMs)} (${(run.wallMs / ref.wallMs).toFixed(1)}× the reference)`,
          ...(DAYS === 400 && RESOURCES === 50 ? { goal: GOAL, met: run.wallMs < GOAL_MS } : {}),
          detail:
            `${calls} calls, CPU ${seconds(run.cpuMs)}; reference: ${REFERENCE_CALLS} SDK calls in ${seconds(ref.wallMs)}; ` +
            machine,
        });
        console.log(
          [
            `simulate ${DAYS} days × ${RESOURCES} resources: wall ${seconds(run.wallMs)}, CPU ${seconds(run.cpuMs)}` +
              ` (target: ${GOAL}); simulator on the ${served}`,
            `  ${result.ticks} backup runs, ${result.pruneRuns} prune runs, ${calls} API calls, ${result.violations.length} violations`,
            `  reference (${REFERENCE_CALLS} SDK calls to the simulator): wall ${seconds(ref.wallMs)}, CPU ${seconds(ref.cpuMs)}` +
              ` → simulate = ${(run.wallMs / ref.wallMs).toFixed(1)}× wall, ${(run.cpuMs / ref.cpuMs).toFixed(1)}× CPU` +
              ` (${Math.round((run.cpuMs / ref.cpuMs) * REFERENCE_CALLS)} reference calls' worth)`,
            `  ${machine}`,
            `  load average at start: ${load}, at the end: ${loadavg()[0]!.toFixed(1)}`,
            `  calls: ${perOperation}`,
          ].join('\n'),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
