// The whole prune path (scan, ownership proof, decision, and per point: live tag re-read, describe,
// delete under the AdaptiveLimiter, verify) against the simulator with DeleteRecoveryPoint throttled
// to 100/s. Prints deletions per second as a fraction of the throttle (target ≥ 0.8). Complements
// bench/prune-throughput.bench.ts, which measures the limiter alone.
//
//   npx vitest bench --run bench/prune-run.bench.ts
import { bench, describe } from 'vitest';
import { awsClients } from '../src/aws/clients.js';
import { AdaptiveLimiter } from '../src/aws/rate-limiter.js';
import type { Plan } from '../src/plan/model.js';
import { Catalog } from '../src/prune/catalog.js';
import type { ExecClients } from '../src/prune/execute.js';
import { runPrune } from '../src/prune/run.js';
import { startSimulator } from '../src/simulator/index.js';
import { recordFigure } from './figures.js';
import {
  ACCOUNT,
  expectedRemovals,
  fileSystem,
  history,
  REGION,
  ROLE,
  volume,
  worldPoints,
} from '../test/prune/e2e-world.js';

const RPS = 100;
const credentials = { accessKeyId: 'AKIAPRUNEBENCHMARK01', secretAccessKey: 'bench' };

const plan: Plan = {
  id: 'prod',
  file: 'backup-plans/prod.yml',
  version: 1,
  aws: { account: ACCOUNT, region: REGION, role: ROLE, backupRole: ROLE },
  vault: 'production',
  resources: { include: [{ tags: { backup: 'daily' } }], exclude: [] },
  rules: [
    {
      name: 'daily',
      schedule: '0 3 * * *',
      timezone: 'Europe/Berlin',
      startWithinMinutes: 60,
      completeWithinMinutes: 480,
      retain: { keep: { daily: 7, weekly: 4, monthly: 6 } },
      copyTo: [],
      copyWithinMinutes: 2880,
      retries: 3,
    },
    {
      name: 'monthly',
      schedule: '0 3 1 * *',
      timezone: 'UTC',
      startWithinMinutes: 60,
      completeWithinMinutes: 480,
      retain: { keep: { monthly: 12 } },
      copyTo: [],
      copyWithinMinutes: 2880,
      retries: 3,
    },
  ],
  notify: { issues: false, labels: [], assignees: [] },
};

async function scenario(): Promise<void> {
  const newest = new Date('2026-09-01T03:00:00Z');
  const resources = [volume('vol-1'), volume('vol-2'), fileSystem('fs-1'), fileSystem('fs-2')];
  const points = resources.flatMap((r) => history(r, 500, newest));
  const sim = await startSimulator({
    world: {
      start: '2026-09-01T12:00:00Z',
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: resources.map((arn) => ({ arn, tags: { backup: 'daily' } })),
      recoveryPoints: worldPoints(points),
    },
    port: 0,
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
  sim.sim.addFault({ operation: 'DeleteRecoveryPoint', throttle: { rps: RPS } });
  const reads = awsClients({ credentials, region: REGION });
  const writes = awsClients({ credentials, region: REGION, retryThrottling: false });
  const limiter = new AdaptiveLimiter({ initialRps: 10, maxConcurrency: 16 });
  const clients: ExecClients = {
    backup: () => reads.backup,
    tagging: () => reads.tagging,
    writer: () => writes.backup,
    limiter: () => limiter,
  };
  const started = performance.now();
  const report = await runPrune({
    plans: [{ plan, namespace: 'acme/infra' }],
    folderPlanIds: new Set(['prod']),
    clients,
    catalog: new Catalog(),
    now: () => sim.sim.now(),
    dryRun: false,
    maxDeletions: 100_000,
    applyRetentionToExisting: false,
  });
  const seconds = (performance.now() - started) / 1000;
  const expected = expectedRemovals(points).size;
  const stats = sim.sim.stats();
  console.log(
    [
      `prune run (${points.length} points, ${expected} to delete, DeleteRecoveryPoint throttle ${RPS}/s):`,
      `  deleted ${report.totals.deleted} (${report.failures.length} failures) in ${seconds.toFixed(1)} s end to end`,
      `  deletion phase ${report.deletionRate?.toFixed(1)}/s = ${((report.deletionRate ?? 0) / RPS).toFixed(2)} of the throttle (target ≥ 0.80)`,
      `  simulator: ${stats.calls.DeleteRecoveryPoint} DeleteRecoveryPoint calls, ${stats.throttled.DeleteRecoveryPoint ?? 0} throttled, ${stats.errors.DeleteRecoveryPoint ?? 0} errors`,
    ].join('\n'),
  );
  const ratio = (report.deletionRate ?? 0) / RPS;
  recordFigure({
    section: 'Prune throughput',
    name: `whole prune run, deletions vs a ${RPS}/s DeleteRecoveryPoint throttle`,
    value: `${ratio.toFixed(2)} of the throttle`,
    goal: '≥ 0.80',
    met: ratio >= 0.8,
    detail: `${report.totals.deleted} deleted, ${report.deletionRate?.toFixed(1)}/s; ${seconds.toFixed(1)} s end to end`,
  });
  reads.backup.destroy();
  reads.tagging.destroy();
  writes.backup.destroy();
  await sim.close();
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
/** tinybench calls a task extra times to detect async; the scenario consumes its simulator, so run it once. */
function onlyOnce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}

describe('prune: whole run against a 100/s DeleteRecoveryPoint throttle', () => {
  bench('2,000 points, ~1,900 deletions', onlyOnce(scenario), once);
});
