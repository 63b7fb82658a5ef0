// Throughput of the AWS simulator per core: DescribeBackupVault through the real SDK v3 BackupClient.
//
// The simulator runs in its own process (`node dist/cli.js simulator`, the shipped bundle); this
// process is only the client, with several calls in flight. Around every batch the bench reads the
// server process's own CPU time (process.cpuUsage() over IPC), so it reports
//   - wall-clock requests/s (bounded by whichever side is slower: on 2 cores, usually the SDK), and
//   - requests per CPU-second of the server process: what one core running the simulator serves.
// The second figure is issue #4's "≥ 2,000 requests/s on one core". A bare node:http server in its
// own process, answering a fixed DescribeBackupVault JSON to the same SDK call, is the baseline:
// the ratio simulator/baseline stays comparable across machines. The same pair is also measured as
// raw HTTP GETs (no SDK signing or parsing on the client side), which loads the servers harder.
//
// Run: npm run bench -- bench/simulator.bench.ts (builds dist/ first when it is older than src/).
import { BackupClient, DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { afterAll, bench, describe } from 'vitest';
import { recordFigure } from './figures.js';
import { startBaselineProcess, startSimulatorProcess, type ServerProcess } from './simulator-process.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const BATCH = 400; // requests per benchmark iteration
const CONCURRENCY = 8; // requests in flight, like a client issuing calls in parallel
const TARGET = 2_000; // requests/s on one core (issue #4)
const credentials = { accessKeyId: 'AKIABENCHMARKKEY0002', secretAccessKey: 'bench' };
const AUTH = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20260101/${REGION}/backup/aws4_request, SignedHeaders=host, Signature=0`;

interface Target {
  server: ServerProcess;
  sdk: BackupClient;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

const ready = (async () => {
  const [sim, base] = await Promise.all([
    startSimulatorProcess(ACCOUNT, REGION),
    startBaselineProcess(ACCOUNT, REGION),
  ]);
  const target = (server: ServerProcess): Target => ({
    server,
    sdk: new BackupClient({ endpoint: server.url, region: REGION, credentials }),
  });
  return { simulator: target(sim), baseline: target(base) };
})();

async function viaSdk(t: Target): Promise<void> {
  const out = await t.sdk.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
  if (out.BackupVaultName !== 'production') throw new Error('unexpected answer');
}

/** DescribeBackupVault as a bare HTTP GET: the server's work without the SDK's on the client. */
function viaRawHttp(t: Target): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: t.server.port,
        path: '/backup-vaults/production',
        agent,
        headers: { authorization: AUTH },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () =>
          res.statusCode === 200 && body.includes('"production"')
            ? resolve()
            : reject(new Error(`status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface Total {
  requests: number;
  wallMs: number;
  serverCpuMicros: number;
}
const totals = new Map<string, Total>();

function batch(
  label: string,
  pick: (targets: Awaited<typeof ready>) => Target,
  call: (t: Target) => Promise<void>,
): () => Promise<void> {
  return async () => {
    const t = pick(await ready);
    const cpu0 = await t.server.cpuMicros();
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BATCH) {
          next += 1;
          await call(t);
        }
      }),
    );
    const wallMs = performance.now() - t0;
    const cpu1 = await t.server.cpuMicros();
    const total = totals.get(label) ?? { requests: 0, wallMs: 0, serverCpuMicros: 0 };
    total.requests += BATCH;
    total.wallMs += wallMs;
    total.serverCpuMicros += cpu1 - cpu0;
    totals.set(label, total);
  };
}

const options = { time: 4_000, warmupTime: 1_000 };

describe('DescribeBackupVault through the SDK, server in its own process', () => {
  bench(
    'simulator (SDK)',
    batch('simulator (SDK)', (t) => t.simulator, viaSdk),
    options,
  );
  bench(
    'baseline (SDK)',
    batch('baseline (SDK)', (t) => t.baseline, viaSdk),
    options,
  );
});

describe('DescribeBackupVault as raw HTTP, server in its own process', () => {
  bench(
    'simulator (raw HTTP)',
    batch('simulator (raw HTTP)', (t) => t.simulator, viaRawHttp),
    options,
  );
  bench(
    'baseline (raw HTTP)',
    batch('baseline (raw HTTP)', (t) => t.baseline, viaRawHttp),
    options,
  );
});

afterAll(async () => {
  const wall = (label: string) => {
    const t = totals.get(label);
    return t ? t.requests / (t.wallMs / 1000) : NaN;
  };
  const perCore = (label: string) => {
    const t = totals.get(label);
    return t ? t.requests / (t.serverCpuMicros / 1e6) : NaN;
  };
  const row = (label: string) =>
    `  ${label.padEnd(22)} ${wall(label).toFixed(0).padStart(12)} ${perCore(label).toFixed(0).padStart(20)} ${(
      (100 * (totals.get(label)?.serverCpuMicros ?? NaN)) /
      1000 /
      (totals.get(label)?.wallMs ?? NaN)
    )
      .toFixed(0)
      .padStart(10)}%`;
  const simCore = perCore('simulator (SDK)');
  const ratio = (kind: string) => (perCore(`simulator (${kind})`) / perCore(`baseline (${kind})`)).toFixed(2);
  console.log(
    [
      '',
      `simulator bench: DescribeBackupVault, ${CONCURRENCY} in flight; server in its own process, client (this process) separate`,
      `  machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()[0]!.toFixed(2)}`,
      `  ${''.padEnd(22)} ${'wall req/s'.padStart(12)} ${'req/server CPU-s'.padStart(20)} ${'server CPU'.padStart(11)}`,
      row('simulator (SDK)'),
      row('baseline (SDK)'),
      row('simulator (raw HTTP)'),
      row('baseline (raw HTTP)'),
      `  simulator/baseline per server CPU-second: ${ratio('SDK')} (SDK), ${ratio('raw HTTP')} (raw HTTP)`,
      `  target ≥ ${TARGET} requests/s on one core (DescribeBackupVault through the SDK, per simulator CPU-second): ` +
        `${simCore >= TARGET ? 'met' : 'NOT met'} (${simCore.toFixed(0)})`,
      '',
    ].join('\n'),
  );
  recordFigure({
    section: 'Simulator',
    name: 'DescribeBackupVault through the SDK, requests per simulator CPU-second',
    value: `${simCore.toFixed(0)}/s (${ratio('SDK')}× a bare node:http server)`,
    goal: `≥ ${TARGET}/s`,
    met: simCore >= TARGET,
    detail: `wall ${wall('simulator (SDK)').toFixed(0)} req/s; raw HTTP ${perCore('simulator (raw HTTP)').toFixed(0)}/s per CPU-s (${ratio('raw HTTP')}× baseline)`,
  });
  const targets = await ready.catch(() => undefined);
  agent.destroy();
  if (!targets) return;
  for (const t of [targets.simulator, targets.baseline]) {
    t.sdk.destroy();
    await t.server.stop();
  }
});
