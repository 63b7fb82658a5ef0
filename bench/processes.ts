// Measuring whole Node processes: CPU time and peak memory of a child, and its CPU time up to its first
// HTTP request. CPU time (user + system) is the primary figure: on a shared 2-core machine wall time
// mostly measures the scheduler, while CPU time stays close to what the process itself costs.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionInputs, inputEnvName } from '../test/e2e/harness.js';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

// Loaded into the child with --import: writes its own CPU time and peak RSS when it exits.
const PROBE = `import { appendFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  appendFileSync(process.env.BENCH_PROBE_OUT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS }) + '\\n');
});`;
/** The `--import` flag that loads the probe (also usable in NODE_OPTIONS). */
export const PROBE_IMPORT = `--import=data:text/javascript,${encodeURIComponent(PROBE)}`;

export interface ProcessCost {
  /** User + system CPU time of the child, ms. */
  cpuMs: number;
  /** Spawn to exit, ms. */
  wallMs: number;
  /** Peak resident set size, KiB. */
  maxRssKiB: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` with the probe loaded; stdin from a file or empty. */
export function measureNode(
  args: string[],
  options: { env?: Record<string, string>; stdinFile?: string; cwd?: string } = {},
): Promise<ProcessCost> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-probe-'));
  const out = join(dir, 'probe.jsonl');
  const started = performance.now();
  const child = spawn(process.execPath, [PROBE_IMPORT, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...baseEnv(), ...options.env, BENCH_PROBE_OUT: out },
    stdio: [options.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  if (options.stdinFile) createReadStream(options.stdinFile).pipe(child.stdin!);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (exitCode) => {
      const wallMs = performance.now() - started;
      try {
        const probe = JSON.parse(readFileSync(out, 'utf8').trim().split('\n').at(-1)!) as {
          cpuMs: number;
          maxRssKiB: number;
        };
        done({ ...probe, wallMs, exitCode, stdout, stderr });
      } catch (error) {
        fail(
          new Error(`no probe output from node ${args.join(' ')} (exit ${exitCode}): ${stderr}`, {
            cause: error,
          }),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** A small, fixed environment: what the child sees does not depend on the shell the bench runs in. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  env.AWS_EC2_METADATA_DISABLED = 'true';
  env.AWS_CONFIG_FILE = '/dev/null/none';
  env.AWS_SHARED_CREDENTIALS_FILE = '/dev/null/none';
  return env;
}

/** INPUT_* for every action input, with action.yml's defaults, then `inputs`. */
export function actionEnv(
  inputs: Record<string, string>,
  githubToken = 'bench-token',
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(actionInputs())) {
    const value = String(input.default ?? '').replace(/\$\{\{[^}]*\}\}/g, githubToken);
    env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  return env;
}

/** User + system CPU of a live process so far, ms (from /proc, in clock ticks of 10 ms). */
function procCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export interface FirstRequestCost {
  /** CPU time of the child when its first AWS request arrived, ms. */
  cpuMs: number;
  /** Spawn to that request, ms. */
  wallMs: number;
  /** The request, e.g. "POST / (sts AssumeRoleWithWebIdentity)". */
  request: string;
}

/**
 * Starts the action (`node dist/index.js`) with `inputs` and measures it up to its first AWS request.
 * One local server plays the runner's OIDC token endpoint and every AWS endpoint: the token request
 * is answered, the first other request is the first AWS request; the child is then killed.
 */
export async function measureFirstAwsRequest(inputs: Record<string, string>): Promise<FirstRequestCost> {
  let onFirst: (req: IncomingMessage) => void = () => {};
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/oidc-token')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ value: `${b64({ alg: 'RS256' })}.${b64({ sub: 'repo:acme/infra:ref' })}.sig` }),
      );
      return;
    }
    onFirst(req);
    req.on('end', () => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/index.js'], {
      cwd: ROOT,
      env: {
        ...baseEnv(),
        ...actionEnv(inputs),
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc-token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench-request-token',
        AWS_ENDPOINT_URL: url,
        GITHUB_REPOSITORY: 'acme/infra',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const exited = new Promise<void>((r) => child.once('close', () => r()));
    const first = await new Promise<FirstRequestCost>((done, fail) => {
      onFirst = (req) => {
        onFirst = () => {};
        const cpuMs = procCpuMs(child.pid!);
        const wallMs = performance.now() - started;
        // STS (query protocol) names its action in the form body; JSON protocols in X-Amz-Target.
        let body = '';
        req.on('data', (d: Buffer) => (body += d.toString('utf8')));
        req.on('end', () => {
          const action = /(?:^|&)Action=(\w+)/.exec(body)?.[1] ?? req.headers['x-amz-target'] ?? '?';
          done({ cpuMs, wallMs, request: `${req.method} ${req.url} ${String(action)}` });
        });
      };
      void exited.then(() => fail(new Error(`the action exited before any AWS request:\n${output}`)));
    });
    child.kill('SIGKILL');
    await exited;
    return first;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
