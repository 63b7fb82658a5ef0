// The largest documents built to be expensive (a slow test; limits.test.ts keeps the rest): a huge
// document without aliases, the bundled CLI on a 100 KB fan-out within 200 MiB of heap, and 130,000
// bad entries in one file. Each is refused or reported with positioned errors, within fixed bounds.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { loadPlans, MAX_ERRORS_PER_FILE } from '../../src/plan/load.js';
import { MAX_EXPANDED_VALUES, parseYaml } from '../../src/plan/yaml-source.js';
import { fanOut, folder, VALID } from './limits-helpers.js';

describe('alias expansion is bounded', () => {
  test('a huge document without aliases is refused as such', () => {
    const { problems } = parseYaml(`x: [${Array(150_000).fill('x').join(',')}]\n`, 'f.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(
      `more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} keys and values`,
    );
  });

  test('the bundled CLI validates a 100 KB fan-out plan within 200 MiB of heap', async () => {
    const text = fanOut(1200, 2000);
    expect(text.length).toBeGreaterThan(100_000);
    expect(text.length).toBeLessThan(1024 * 1024);
    const dir = folder({ 'bomb.yml': text });
    const run = await promisify(execFile)(
      process.execPath,
      ['--max-old-space-size=200', 'dist/cli.js', 'validate', '--plans', dir],
      { encoding: 'utf8' },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    // Out of memory would be a crash (exit 134 and a V8 report), not this one line.
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${dir}/bomb\\.yml:\\d+:\\d+: .*aliases`));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('huge error counts', () => {
  test('130,000 bad entries in one file: positioned errors, never a stack overflow', async () => {
    const entries = Array<string>(130_000).fill('    - x').join('\n');
    const dir = folder({ 'many.yml': VALID.replace(/ {2}include:\n.*\n/, `  include:\n${entries}\n`) });
    const { errors } = await loadPlans(dir);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(MAX_ERRORS_PER_FILE + 1);
    for (const e of errors) expect(e.line).toBeGreaterThan(0);
  });
});
