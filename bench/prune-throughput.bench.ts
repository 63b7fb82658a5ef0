// How close the AdaptiveLimiter drives DeleteRecoveryPoint to the API's limit, through the real
// BackupClient against the simulator with a throttle injected via the admin API. Prints the
// achieved rate as a fraction of the throttle (target ≥ 0.8); timing is reported, not asserted.
//
//   npm run bench -- bench/prune-throughput.bench.ts
import { DeleteRecoveryPointCommand } from '@aws-sdk/client-backup';
import { bench, describe } from 'vitest';
import { awsClients } from '../src/aws/clients.js';
import { listRecoveryPointsByBackupVault } from '../src/aws/pagination.js';
import { AdaptiveLimiter } from '../src/aws/rate-limiter.js';
import { startSimulator } from '../src/simulator/index.js';
import { recordFigure } from './figures.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const POINTS = 1500;
const credentials = { accessKeyId: 'AKIABENCHMARKKEY0001', secretAccessKey: 'bench' };

/** From the `after`-th deletion on, the throttle is `rps`. */
interface Segment {
  after: number;
  rps: number;
}

function world() {
  const resources = Array.from(
    { length: 15 },
    (_, i) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-${i}`,
  );
  return {
    accounts: [ACCOUNT],
    vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
    resources: resources.map((arn) => ({ arn })),
    recoveryPoints: Array.from({ length: POINTS }, (_, i) => ({
      vault: 'production',
      resourceArn: resources[i % resources.length]!,
      created: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      tags: { 'backup-plans:namespace': 'acme/infra', 'backup-plans:plan': 'prod' },
    })),
  };
}

async function run(segments: Segment[]): Promise<void> {
  const sim = await startSimulator({ world: world(), port: 0 });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${sim.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    }).then((r) => r.text());
  const setThrottle = async (rps: number) => {
    await admin('DELETE', '/_sim/faults');
    await admin('POST', '/_sim/faults', { operation: 'DeleteRecoveryPoint', throttle: { rps } });
  };

  const lister = awsClients({ credentials, region: REGION }).backup;
  const points = await listRecoveryPointsByBackupVault(
    lister,
    { BackupVaultName: 'production' },
    { pageSize: 1000 },
  );
  // The limiter must see throttles: this client does not retry them itself.
  const backup = awsClients({ credentials, region: REGION, retryThrottling: false }).backup;
  const limiter = new AdaptiveLimiter({ initialRps: 10 });

  const boundaries = segments.map(() => ({ start: 0, end: 0, count: 0 }));
  let done = 0;
  let segment = 0;
  await setThrottle(segments[0]!.rps);
  boundaries[0]!.start = performance.now();
  const switching: Promise<void>[] = [];
  const outcomes = await Promise.allSettled(
    points.map((p) =>
      limiter
        .run(() =>
          backup.send(
            new DeleteRecoveryPointCommand({
              BackupVaultName: 'production',
              RecoveryPointArn: p.RecoveryPointArn,
            }),
          ),
        )
        .then(() => {
          done += 1;
          boundaries[segment]!.count += 1;
          const next = segments[segment + 1];
          if (next && done >= next.after) {
            const now = performance.now();
            boundaries[segment]!.end = now;
            segment += 1;
            boundaries[segment]!.start = now;
            switching.push(setThrottle(next.rps));
          }
        }),
    ),
  );
  boundaries[segment]!.end = performance.now();
  await Promise.all(switching);

  const failed = outcomes.filter((o) => o.status === 'rejected').length;
  const stats = limiter.stats();
  const lines = segments.map((s, i) => {
    const b = boundaries[i]!;
    const seconds = (b.end - b.start) / 1000;
    const achieved = b.count / seconds;
    return `  throttle ${String(s.rps).padStart(3)}/s: ${String(b.count).padStart(4)} deletions in ${seconds.toFixed(1)} s = ${achieved.toFixed(1)}/s, ratio ${(achieved / s.rps).toFixed(2)}`;
  });
  const budget = segments.reduce(
    (sum, s, i) => sum + ((boundaries[i]!.end - boundaries[i]!.start) / 1000) * s.rps,
    0,
  );
  console.log(
    [
      `prune throughput (${segments.map((s) => s.rps).join(' → ')}/s, ${POINTS} points):`,
      ...lines,
      `  overall ratio ${(done / budget).toFixed(2)} (target ≥ 0.80); failed calls ${failed}; throttles absorbed ${stats.throttled}; rate cuts ${stats.decreases}`,
    ].join('\n'),
  );
  const overall = done / budget;
  recordFigure({
    section: 'Prune throughput',
    name: `AdaptiveLimiter alone, throttle ${segments.map((s) => `${s.rps}/s`).join(' → ')}`,
    value: `${overall.toFixed(2)} of the throttle`,
    goal: '≥ 0.80',
    met: overall >= 0.8,
    detail: `${failed} failed calls, ${stats.throttled} throttles absorbed`,
  });
  lister.destroy();
  backup.destroy();
  await sim.close();
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

/**
 * vitest's tinybench (2.9) calls a task extra times to find out whether it is async. A scenario
 * takes ~20 s and consumes its simulator, so each runs once and those extra calls share that run;
 * the ratios printed above are the result, not the table vitest prints.
 */
function onlyOnce(scenario: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= scenario());
}

describe('prune: DeleteRecoveryPoint through the AdaptiveLimiter', () => {
  bench(
    'steady 100/s throttle',
    onlyOnce(() => run([{ after: 0, rps: 100 }])),
    once,
  );
  bench(
    'throttle 100/s → 20/s → 100/s',
    onlyOnce(() =>
      run([
        { after: 0, rps: 100 },
        { after: 600, rps: 20 },
        { after: 800, rps: 100 },
      ]),
    ),
    once,
  );
});
