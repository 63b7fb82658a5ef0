// Servers for the simulator benchmark, each in its own Node process so that its CPU time can be
// told apart from the client's: the simulator as shipped (`node dist/cli.js simulator`) and a bare
// node:http baseline. Both load a small probe (`--import data:…`) that answers `process.cpuUsage()`
// over the IPC channel, so the parent reads the server's own CPU time around each batch.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleIsStale } from '../test/global-setup.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

// Runs inside the server process. The channel is unref'd so it never keeps the process alive.
const PROBE = `process.on('message', (m) => {
  if (m !== 'cpu') return;
  const u = process.cpuUsage();
  process.send({ cpuMicros: u.user + u.system });
});
process.channel?.unref();`;

export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** The server process's CPU time so far (user + system), in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/** A fixed DescribeBackupVault answer, what the baseline serves. */
export function fixedVaultJson(account: string, region: string): string {
  return JSON.stringify({
    BackupVaultName: 'production',
    BackupVaultArn: `arn:aws:backup:${region}:${account}:backup-vault:production`,
    EncryptionKeyArn: `arn:aws:kms:${region}:${account}:key/1111`,
    CreationDate: 1767225600,
    NumberOfRecoveryPoints: 0,
    Locked: false,
  });
}

// The baseline: node:http, read the request, answer the fixed JSON with the headers AWS sends.
const baselineSource = (body: string) => `
import { createServer } from 'node:http';
const BODY = ${JSON.stringify(body)};
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-amzn-requestid': '00000000-0000-4000-8000-000000000000',
      'content-length': Buffer.byteLength(BODY),
    });
    res.end(BODY);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write('listening on http://127.0.0.1:' + server.address().port + '\\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

function start(name: string, args: string[]): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolvePromise, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0]!;
      if (!out.includes('\n')) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining anything else it prints
      const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
      if (!match) return reject(new Error(`${name}: unexpected first line ${JSON.stringify(line)}`));
      let pending: ((micros: number) => void) | undefined;
      child.on('message', (m: { cpuMicros: number }) => {
        const p = pending;
        pending = undefined;
        p?.(m.cpuMicros);
      });
      resolvePromise({
        name,
        url: match[1]!,
        port: Number(match[2]),
        pid: child.pid!,
        cpuMicros: () =>
          new Promise((answer) => {
            if (pending) throw new Error('one CPU query at a time');
            pending = answer;
            child.send('cpu');
          }),
        stop: async () => {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
          await exited;
          clearTimeout(timer);
        },
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
  });
}

/** The simulator as shipped: `node dist/cli.js simulator --port 0 --world <file>`. */
export async function startSimulatorProcess(account: string, region: string): Promise<ServerProcess> {
  ensureBundle();
  const dir = mkdtempSync(join(tmpdir(), 'sim-bench-'));
  const worldFile = join(dir, 'world.json');
  writeFileSync(
    worldFile,
    JSON.stringify({
      start: '2026-01-01T00:00:00Z',
      accounts: [account],
      vaults: [
        { account, region, name: 'production', kmsKeyArn: `arn:aws:kms:${region}:${account}:key/1111` },
      ],
    }),
  );
  const server = await start('simulator', ['dist/cli.js', 'simulator', '--port', '0', '--world', worldFile]);
  return {
    ...server,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function startBaselineProcess(account: string, region: string): Promise<ServerProcess> {
  return start('baseline', ['--input-type=module', '-e', baselineSource(fixedVaultJson(account, region))]);
}

/**
 * The bench measures the bundle, so build it when it is older than src/ — under the same lock
 * directory as test/global-setup.ts, since several runs may share this checkout. E2E_SKIP_BUILD=1
 * measures dist/ as it is (as in the tests).
 */
export function ensureBundle(): void {
  if (process.env.E2E_SKIP_BUILD === '1' || !bundleIsStale()) return;
  const lock = join(ROOT, '.tmp', 'build.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 10 minutes for ${lock}; remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (bundleIsStale())
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
