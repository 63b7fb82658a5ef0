import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPlansCommand } from '../../src/commands/list-plans.js';
import { createTerminalHost } from '../../src/host/terminal.js';
import type { Inputs } from '../../src/inputs.js';
import { ROOT, runCli } from '../e2e/harness.js';

function sink() {
  let text = '';
  return {
    stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream,
    text: () => text,
  };
}

/** What the CLI's parser makes of `list-plans --plans DIR [--plan IDS] [--json]`. */
async function run(options: { plans: string; plan?: string; json?: boolean }) {
  const inputs: Inputs = {
    command: 'list-plans',
    dryRun: false,
    wait: false,
    maxDeletions: 50,
    applyRetentionToExisting: false,
    ...options,
  };
  const out = sink();
  const err = sink();
  const host = createTerminalHost({ stdout: out.stream, stderr: err.stream });
  const code = await listPlansCommand(inputs, host);
  return { code, out: out.text(), err: err.text(), outputs: host.outputs };
}

function folder(entries: string[], dirs: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'list-plans-'));
  for (const f of entries) writeFileSync(join(dir, f), 'version: 1\n');
  for (const d of dirs) mkdirSync(join(dir, d));
  return dir;
}

describe('list-plans (CLI)', () => {
  test('--json prints the plan ids and the matrix, listing as the loader does', async () => {
    const dir = folder(['a.yml', 'B.YML', '.hidden.yml', 'c.yaml'], ['x.yml']);
    const r = await run({ plans: dir, json: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      plans: ['B', 'a', 'c'],
      matrix: [
        { key: 'plan-B', name: 'B', plans: 'B' },
        { key: 'plan-a', name: 'a', plans: 'a' },
        { key: 'plan-c', name: 'c', plans: 'c' },
      ],
    });
    expect(r.err).toBe(
      `${join(dir, 'x.yml')}:1:1: warning: a folder: ${dir} may only hold plan files named <id>.yml or <id>.yaml; move x.yml elsewhere\n`,
    );
    expect(JSON.parse(r.outputs.get('matrix')!)).toHaveLength(3);
  });

  test('without --json: one id a line; a.yml and a.yaml make one id (validate reports the clash)', async () => {
    const r = await run({ plans: folder(['a.yml', 'a.yaml', 'b.yml']) });
    expect(r).toMatchObject({ code: 0, out: 'a\nb\n', err: '' });
  });

  test('a missing folder, an empty one or an unknown plan: exit 1 with the reason', async () => {
    const missing = await run({ plans: '/no/such/folder' });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('folder not found: /no/such/folder');
    const empty = await run({ plans: folder([]) });
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('no plan files in');
    const unknown = await run({ plans: folder(['a.yml']), plan: 'a,zz' });
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no plan "zz"');
    expect(unknown.out).toBe('');
  });
});

test('the bundled CLI: backup-plans list-plans --plans DIR --json', async () => {
  const result = await runCli(['list-plans', '--plans', 'backup-plans', '--json'], { cwd: ROOT });
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({
    plans: ['production', 'web'],
    matrix: [
      { key: 'plan-production', name: 'production', plans: 'production' },
      { key: 'plan-web', name: 'web', plans: 'web' },
    ],
  });
});
