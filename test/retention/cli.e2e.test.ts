// The bundled CLI, `node dist/cli.js retention`, as a terminal runs it (test/global-setup.ts rebuilds
// dist/ once per run when it is older than src/; no test file builds on its own).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function runCli(
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'retention', ...args], { cwd: ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('node dist/cli.js retention', () => {
  it('decides a year of hourly points with a GFS policy in Europe/Berlin', async () => {
    const start = Date.UTC(2025, 0, 1);
    const points = Array.from({ length: 365 * 24 }, (_, i) => ({
      id: `rp-${String(i).padStart(5, '0')}`,
      created: new Date(start + i * 3_600_000).toISOString(),
    }));
    const r = await runCli(
      [
        '--keep-last',
        '3',
        '--keep-daily=7',
        '--keep-weekly',
        '4',
        '--keep-monthly',
        '-1',
        '--timezone',
        'Europe/Berlin',
      ],
      JSON.stringify(points),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      keep: { id: string; reasons: string[] }[];
      remove: { id: string }[];
    };
    expect(out.keep.length + out.remove.length).toBe(points.length);
    // Newest point: 2025-12-31T23:00Z = 2026-01-01 00:00 in Berlin.
    expect(out.keep[0]).toEqual({
      id: 'rp-08759',
      reasons: ['last 3 (#1)', 'daily (2026-01-01)', 'weekly (2026-W01)', 'monthly (2026-01)'],
    });
    // The newest point of each Berlin month is kept: for 2025-12 that is 22:00Z on the 31st.
    const monthly = out.keep.filter((k) => k.reasons.some((r) => r.startsWith('monthly')));
    expect(monthly).toHaveLength(13 + 1); // 2026-01, twelve months of 2025, and the oldest point
    expect(monthly[1]).toEqual({
      id: 'rp-08758',
      reasons: ['last 3 (#2)', 'daily (2025-12-31)', 'monthly (2025-12)'],
    });
    expect(monthly.at(-1)?.id).toBe('rp-00000');
  });

  it('exits 2 with a message and no output on bad input', async () => {
    const r = await runCli(['--keep-daily', '7'], '[{"id": "a", "created": "2026-13-01T00:00:00Z"}]');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/input\[0\]\.created: "2026-13-01T00:00:00Z" is not a calendar date/);
  });

  it('exits 2 without a policy, and reads --keep-last -1', async () => {
    const input = '[{"id": "a", "created": "2026-01-01T00:00:00Z"}]';
    const none = await runCli([], input);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/no keep policy/);
    const all = await runCli(['--keep-last', '-1'], input);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual({
      keep: [{ id: 'a', reasons: ['last (#1, unlimited)'] }],
      remove: [],
    });
  });

  it('exits 2 with a clear message when stdin is larger than the input limit', async () => {
    // The limit comes from the environment so the test needs megabytes, not the default 256 MiB.
    const child = spawn(process.execPath, [CLI, 'retention', '--keep-last', '1'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, BACKUP_PLANS_RETENTION_MAX_INPUT_BYTES: String(1024 * 1024) },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.on('error', () => {}); // EPIPE once the CLI stops reading: expected
    // A generated stream: 64 MiB of JSON-ish bytes in 64 KiB chunks, written only as the pipe drains.
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const pump = () => {
      while (written < 64 * 1024 * 1024 && !child.stdin.destroyed) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    pump();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: the input is larger than 1 MiB \(1048576 bytes\)/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('prints help', async () => {
    const r = await runCli(['--help'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: backup-plans retention');
  });
});
