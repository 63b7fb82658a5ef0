// Commands load only when chosen (issue 12): the bundled action running `validate` must not read any
// file of the bundle that holds an AWS SDK client, @actions/cache (and its Azure client), octokit, the
// simulator or @actions/core's HTTP client. A module hook in the child records every file Node loads;
// the test reads those files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runAction, runCli } from '../e2e/harness.js';

/** Text that only the heavy dependencies put into a bundle. */
const HEAVY = {
  'AWS SDK': /@aws-sdk\/client-|\bBackupClient\b/,
  '@actions/cache / Azure': /@actions\/cache|@azure\//,
  octokit: /@octokit\//,
  simulator: /\/_sim\//,
  // @actions/core's import loads its OIDC HTTP client; the action writes workflow commands itself.
  '@actions/core HTTP client': /node_modules\/@actions\/http-client\/|node_modules\/undici\//,
};

/** `--import` for node: registers a load hook that appends each loaded file: URL to `log`. */
function traceLoads(): { log: string; nodeOptions: string } {
  const dir = mkdtempSync(join(tmpdir(), 'loads-'));
  const log = join(dir, 'loads.txt');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  return { log, nodeOptions: `--import=${pathToFileURL(register).href}` };
}

function loadedBundleFiles(log: string): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(join(ROOT, 'dist')));
}

function heavyIn(files: string[]): string[] {
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  return Object.entries(HEAVY)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

describe('commands load only what they need', () => {
  it('action validate: no AWS SDK, @actions/cache, octokit or simulator code is loaded', async () => {
    const trace = traceLoads();
    const result = await runAction({
      cwd: ROOT,
      inputs: { command: 'validate', plans: 'backup-plans' },
      env: { NODE_OPTIONS: trace.nodeOptions },
    });
    expect(result.exitCode).toBe(0);
    const files = loadedBundleFiles(trace.log);
    expect(files).toContain(join(ROOT, 'dist/index.js'));
    expect(files.length).toBeGreaterThan(1); // the validate chunk: the hook sees chunk loads
    expect(heavyIn(files)).toEqual([]);
  });

  it('CLI validate and --help: none of them either', async () => {
    for (const args of [['validate', '--plans', 'backup-plans'], ['--help']]) {
      const trace = traceLoads();
      const result = await runCli(args, { cwd: ROOT, env: { NODE_OPTIONS: trace.nodeOptions } });
      expect(result.exitCode).toBe(0);
      const files = loadedBundleFiles(trace.log);
      expect(files).toContain(join(ROOT, 'dist/index.js'));
      expect(heavyIn(files)).toEqual([]);
    }
  });

  it('the check bites: action backup loads the AWS SDK, the CLI simulator loads the simulator', async () => {
    const trace = traceLoads();
    await runAction({
      cwd: ROOT,
      inputs: { command: 'backup', plans: 'no-such-folder' },
      env: { NODE_OPTIONS: trace.nodeOptions },
    });
    expect(heavyIn(loadedBundleFiles(trace.log))).toContain('AWS SDK');
    const sim = traceLoads();
    await runCli(['simulator', '--help'], { cwd: ROOT, env: { NODE_OPTIONS: sim.nodeOptions } });
    expect(heavyIn(loadedBundleFiles(sim.log))).toContain('simulator');
  });

  it('action backup asks for its OIDC token and assumes the role before it loads the Backup and Tagging clients', async () => {
    // One local server plays the runner's OIDC endpoint and every AWS endpoint. When the token is
    // asked for, it notes which bundle files Node has begun to load; the first AWS request (STS) is
    // refused, so the plan fails and the run ends. The rest of the run starts loading once the token
    // is in hand, while STS answers: its files must not be among those noted.
    const trace = traceLoads();
    let atToken: string[] | undefined;
    let firstAws: string | undefined;
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString('utf8')));
      req.on('end', () => {
        if (req.url?.startsWith('/oidc-token')) {
          atToken ??= loadedBundleFiles(trace.log);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ value: `${b64({ alg: 'RS256' })}.${b64({ sub: 'repo:acme/infra' })}.sig` }),
          );
          return;
        }
        firstAws ??= /(?:^|&)Action=(\w+)/.exec(body)?.[1] ?? String(req.headers['x-amz-target']);
        res.writeHead(403, { 'content-type': 'text/xml', 'x-amzn-errortype': 'AccessDenied' });
        res.end(
          '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>',
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await runAction({
        cwd: ROOT,
        inputs: { command: 'backup', plans: 'backup-plans', 'dry-run': true },
        env: {
          NODE_OPTIONS: trace.nodeOptions,
          ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc-token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
          AWS_ENDPOINT_URL: url,
        },
      });
      expect(result.exitCode).not.toBe(0);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(firstAws).toBe('AssumeRoleWithWebIdentity');
    const text = (files: string[]) => files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const loadedThen = text(atToken ?? []);
    expect(loadedThen).toMatch(/\bSTSClient\b/);
    expect(loadedThen).not.toMatch(/\bBackupClient\b|\bResourceGroupsTaggingAPIClient\b/);
    // ... and loads them afterwards: the check above can fail.
    expect(text(loadedBundleFiles(trace.log))).toMatch(/\bBackupClient\b/);
  });
});
