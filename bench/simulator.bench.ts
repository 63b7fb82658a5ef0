// Throughput of the AWS simulator: DescribeBackupVault through the real SDK v3 BackupClient, against
// a baseline in the same process — a bare node:http server answering a fixed DescribeBackupVault JSON
// to the same SDK call. Client and server share this process (one core), so the ratio to the
// baseline is what stays comparable across machines. Target: ≥ 2,000 requests/s. Run: npm run bench.
//
// vitest prints its own table (batches/s); the afterAll hook prints requests/s and the ratio.
import { BackupClient, DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, bench, describe } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../src/simulator/index.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const BATCH = 200; // requests per benchmark iteration
const CONCURRENCY = 8; // requests in flight, like a client pipelining calls
const credentials = { accessKeyId: 'AKIABENCHMARKKEY0002', secretAccessKey: 'bench' };

const FIXED = JSON.stringify({
  BackupVaultName: 'production',
  BackupVaultArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:production`,
  EncryptionKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
  CreationDate: 1767225600,
  NumberOfRecoveryPoints: 0,
  Locked: false,
});

let sim: SimulatorHandle;
let baseline: Server;
let simClient: BackupClient;
let baseClient: BackupClient;
let basePort: number;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });
const AUTH = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20260101/${REGION}/backup/aws4_request, SignedHeaders=host, Signature=0`;

/** DescribeBackupVault as a bare HTTP GET: what the server side costs without the SDK's work. */
function rawDescribe(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/backup-vaults/production', agent, headers: { authorization: AUTH } },
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

const ready = (async () => {
  sim = await startSimulator({
    world: {
      start: '2026-01-01T00:00:00Z',
      accounts: [ACCOUNT],
      vaults: [
        {
          account: ACCOUNT,
          region: REGION,
          name: 'production',
          kmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
        },
      ],
    },
  });
  baseline = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(FIXED) });
      res.end(FIXED);
    });
  });
  await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
  basePort = (baseline.address() as AddressInfo).port;
  simClient = new BackupClient({ endpoint: sim.url, region: REGION, credentials });
  baseClient = new BackupClient({ endpoint: `http://127.0.0.1:${basePort}`, region: REGION, credentials });
})();

const totals = new Map<string, { requests: number; ms: number }>();

function batch(name: string, call: () => Promise<void>): () => Promise<void> {
  return async () => {
    await ready;
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < BATCH) {
          next += 1;
          await call();
        }
      }),
    );
    const t = totals.get(name) ?? { requests: 0, ms: 0 };
    t.requests += BATCH;
    t.ms += performance.now() - t0;
    totals.set(name, t);
  };
}

const options = { time: 3_000, warmupTime: 500 };

function viaSdk(client: () => BackupClient): () => Promise<void> {
  return async () => {
    const out = await client().send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    if (out.BackupVaultName !== 'production') throw new Error('unexpected answer');
  };
}

describe('DescribeBackupVault through the SDK', () => {
  bench(
    'simulator',
    batch(
      'simulator',
      viaSdk(() => simClient),
    ),
    options,
  );
  bench(
    'baseline: bare http server, fixed JSON',
    batch(
      'baseline',
      viaSdk(() => baseClient),
    ),
    options,
  );
});

// The same request without the SDK shows the server side alone (the SDK's signing and
// (de)serialization dominate the numbers above).
describe('DescribeBackupVault as raw HTTP', () => {
  bench(
    'simulator (raw HTTP)',
    batch('simulator raw', () => rawDescribe(sim.port)),
    options,
  );
  bench(
    'baseline (raw HTTP)',
    batch('baseline raw', () => rawDescribe(basePort)),
    options,
  );
});

afterAll(async () => {
  const rate = (name: string) => {
    const t = totals.get(name);
    return t ? t.requests / (t.ms / 1000) : NaN;
  };
  const simRate = rate('simulator');
  const baseRate = rate('baseline');
  const rawRate = rate('simulator raw');
  const rawBase = rate('baseline raw');
  console.log(
    [
      `simulator: DescribeBackupVault, client and server in one process, ${CONCURRENCY} in flight`,
      `  through the SDK: simulator ${simRate.toFixed(0)} requests/s (target ≥ 2000: ${simRate >= 2000 ? 'met' : 'NOT met'}),`,
      `                   baseline ${baseRate.toFixed(0)} requests/s (bare node:http, fixed JSON, same SDK call),`,
      `                   ratio ${(simRate / baseRate).toFixed(2)} of the baseline`,
      `  raw HTTP:        simulator ${rawRate.toFixed(0)} requests/s, baseline ${rawBase.toFixed(0)} requests/s, ratio ${(rawRate / rawBase).toFixed(2)}`,
    ].join('\n'),
  );
  simClient?.destroy();
  baseClient?.destroy();
  await sim?.close();
  agent.destroy();
  await new Promise<void>((resolve) => baseline?.close(() => resolve()));
});
