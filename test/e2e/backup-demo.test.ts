// `npm run demo` keeps working: the simulator world matches the example plans, the first run starts
// the due backups, the next ones the copies, and every summary reaches the terminal.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness.js';

it('npm run demo runs backup three times on the simulator and prints every summary', async () => {
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
  expect(summaries).toHaveLength(3);
  expect(out).toMatch(/jobs-started=6 jobs-existing=0 copies-started=0 failures=0/);
  // One job per resource at a time: the first destination's copies first, the second's in the next run.
  expect(out).toMatch(/jobs-started=0 jobs-existing=6 copies-started=6 failures=0/);
  expect(out).toMatch(/jobs-started=0 jobs-existing=6 copies-started=4 failures=0/);
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
  expect(summaries[1]).toMatch(/210987654321 eu-west-1 `isolated` \| — \| retry-later/);
  expect(summaries[2]).toMatch(/eu-central-1 `production-dr` \| `[0-9A-F-]+` \| tagged · COMPLETED/);
  expect(summaries[2]).toMatch(/210987654321 eu-west-1 `isolated` \| `[0-9A-F-]+` \| started/);
  // Two plans share one role, the copies to the isolated account use another: each run assumes each
  // role it uses once (the simulator's clock is hours behind real time, which must not matter). Run 1
  // has no completed point to copy, so it never needs the isolated account: 3 + 2.
  expect(out).toMatch(/AWS API calls the three runs made: AssumeRoleWithWebIdentity 5,/);
}, 400_000);
