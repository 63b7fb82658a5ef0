// Documents built to be expensive: alias fan-out ("billion laughs") and huge error counts. The loader
// answers each with positioned errors, within fixed bounds, and never throws.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { loadPlans, MAX_ERRORS, MAX_ERRORS_PER_FILE } from '../../src/plan/load.js';
import { MAX_EXPANDED_VALUES, parseYaml } from '../../src/plan/yaml-source.js';

const VALID = readFileSync('test/fixtures/plans/valid/plan.yml', 'utf8');

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-limits-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Nested anchors, each level referencing the previous one ten times: 10^levels values. */
function billionLaughs(levels: number): string {
  const lines = ['version: 1', 'x0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `x${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** The shape the attack run used: one rule anchored, with many copies, referenced by many rules. */
function fanOut(copies: number, rules: number): string {
  const copy = '      - { region: eu-central-1, vault: dr, retain: { days: 35 } }';
  const lines = [
    VALID.replace(/rules:[\s\S]*$/, 'rules:'),
    '  r0: &rule',
    '    schedule: "0 3 * * *"',
    '    retain: { days: 35 }',
    '    copyTo:',
    ...Array<string>(copies).fill(copy),
  ];
  for (let i = 1; i < rules; i++) lines.push(`  r${i}: *rule`);
  return `${lines.join('\n')}\n`;
}

describe('alias expansion is bounded', () => {
  test('billion laughs: refused at the alias that crosses the limit, before anything walks it', () => {
    const { problems, value } = parseYaml(billionLaughs(9), 'f.yml');
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    // x4 stands for 111,111 values: its aliases cross the limit.
    expect(problems[0]).toMatchObject({ line: 6 });
    expect(problems[0]!.message).toContain(`more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values`);
  });

  test('a huge document without aliases is refused as such', () => {
    const { problems } = parseYaml(`x: [${Array(150_000).fill('x').join(',')}]\n`, 'f.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(
      `more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} keys and values`,
    );
  });

  test('the same anchors used a few times are fine', () => {
    const { problems, value } = parseYaml(billionLaughs(2), 'f.yml');
    expect(problems).toEqual([]);
    expect((value as { x2: unknown[][] }).x2).toHaveLength(10);
  });

  test('fan-out of one rule: one positioned error, the other plans still load', async () => {
    const text = fanOut(300, 300);
    expect(text.length).toBeLessThan(30_000);
    const dir = folder({ 'bomb.yml': text, 'good.yml': VALID });
    const { plans, errors } = await loadPlans(dir);
    expect(plans.map((p) => p.id)).toEqual(['good']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'bomb.yml') });
    expect(errors[0]!.line).toBeGreaterThan(300);
    expect(errors[0]!.message).toContain('aliases');
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

  test('a file reports its first errors and how many more there are', async () => {
    const entries = Array<string>(5000).fill('    - x').join('\n');
    const dir = folder({ 'many.yml': VALID.replace(/ {2}include:\n.*\n/, `  include:\n${entries}\n`) });
    const { errors, errorCount } = await loadPlans(dir);
    expect(errorCount).toBe(5000);
    expect(errors).toHaveLength(MAX_ERRORS_PER_FILE + 1);
    expect(errors.slice(0, MAX_ERRORS_PER_FILE).map((e) => e.line)).toEqual(
      Array.from({ length: MAX_ERRORS_PER_FILE }, (_, i) => 10 + i),
    );
    expect(errors[MAX_ERRORS_PER_FILE]!.message).toContain(
      `and ${(5000 - MAX_ERRORS_PER_FILE).toLocaleString('en-US')} more errors in this file`,
    );
  });

  test('the whole report is capped too', async () => {
    const files: Record<string, string> = {};
    const perFile = 50;
    const entries = Array<string>(perFile).fill('    - x').join('\n');
    const count = Math.ceil((MAX_ERRORS * 1.5) / perFile);
    for (let i = 0; i < count; i++)
      files[`p${String(i).padStart(3, '0')}.yml`] = VALID.replace(
        / {2}include:\n.*\n/,
        `  include:\n${entries}\n`,
      );
    const dir = folder(files);
    const { errors } = await loadPlans(dir);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS]!.message).toMatch(/and [\d,]+ more errors in these plans/);
  });
});
