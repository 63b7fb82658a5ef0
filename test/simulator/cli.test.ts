// The simulator CLI as users run it: `node dist/cli.js simulator --port <p> [--world <file>]`.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const WORLD = join(ROOT, 'test/fixtures/worlds/example.json');

/** Starts `node dist/cli.js simulator …`, resolves with its first stdout line (or its exit). */
function startCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, 'simulator', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const firstLine = new Promise<string | undefined>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
    });
    void exited.then(() => resolve(undefined));
  });
  return { child, firstLine, exited, stderr: () => stderr };
}

describe('backup-plans simulator', () => {
  it('prints "listening on" first, serves the world, and stops on SIGTERM', async () => {
    const cli = startCli(['--port', '0', '--world', WORLD]);
    const line = await cli.firstLine;
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = line!.slice('listening on '.length);
    expect(await (await fetch(`${url}/_sim/clock`)).json()).toEqual({ now: '2026-01-01T00:00:00.000Z' });
    const state = (await (await fetch(`${url}/_sim/state`)).json()) as { vaults: { name: string }[] };
    expect(state.vaults.map((v) => v.name)).toEqual(['production', 'scratch', 'production-dr', 'isolated']);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('listens on the requested port', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const cli = startCli(['--port', String(port)]);
    expect(await cli.firstLine).toBe(`listening on http://127.0.0.1:${port}`);
    // Without a world: one default account.
    const who = (await (await fetch(`http://127.0.0.1:${port}/_sim/state`)).json()) as { accounts: string[] };
    expect(who.accounts).toEqual(['123456789012']);
    // A second one on the same port fails clearly.
    const clash = startCli(['--port', String(port)]);
    expect(await clash.exited).toBe(1);
    expect(clash.stderr()).toContain(`cannot listen on 127.0.0.1:${port}`);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('reports a bad world file with its path and what is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-world-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        accounts: ['123'],
        vaults: [{ account: '123456789012', region: 'eu-west-1', name: 'v', lokc: {} }],
      }),
    );
    const cli = startCli(['--world', bad]);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toContain(`${bad}: invalid world file`);
    expect(cli.stderr()).toContain('accounts[0]: an account id is a string of 12 digits');
    expect(cli.stderr()).toMatch(/vaults\[0\]: .*lokc/);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"accounts": [');
    const cli2 = startCli(['--world', broken]);
    expect(await cli2.exited).toBe(2);
    expect(cli2.stderr()).toContain(`${broken}: not valid JSON`);

    const cli3 = startCli(['--world', join(dir, 'missing.json')]);
    expect(await cli3.exited).toBe(2);
    expect(cli3.stderr()).toContain('missing.json: cannot read the world file');

    const cli4 = startCli(['--port', 'abc']);
    expect(await cli4.exited).toBe(2);
    expect(cli4.stderr()).toContain('--port must be a port number');
  });
});
