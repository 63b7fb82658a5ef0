// `npm run demo` keeps working: the simulator world matches the example plans, the first run starts
// the due backups, the second the copies, and both summaries reach the terminal.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness.js';

it('npm run demo runs backup twice on the simulator and prints both summaries', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/demo.mjs')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const code = await new Promise((r) => child.on('close', r));
  expect(code, out).toBe(0);
  const summaries = out.split('## backup-plans · backup').slice(1);
  expect(summaries).toHaveLength(2);
  expect(out).toMatch(/jobs-started=6 jobs-existing=0 copies-started=0 failures=0/);
  expect(out).toMatch(/jobs-started=0 jobs-existing=6 copies-started=10 failures=0/);
  // Every example resource appears; the excluded volume only as excluded.
  for (const name of [
    'rds:db:orders',
    'rds:db:customers',
    'vol-0f1e2d3c4b5a69788',
    'fs-0aa11bb22cc33dd44',
    'fs-0123456789abcdef0',
  ])
    expect(summaries[0]).toContain(name);
  expect(summaries[0]).not.toMatch(/\| `ec2:volume\/vol-0abc`/);
  expect(summaries[1]).toContain('210987654321 eu-west-1 `isolated`');
}, 90_000);
