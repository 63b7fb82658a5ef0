// Documents built to be expensive: alias fan-out ("billion laughs") and huge error counts. The loader
// answers each with positioned errors, within fixed bounds, and never throws. The largest documents
// (150,000 values without aliases, 130,000 bad entries, the bundled CLI on a 100 KB fan-out within
// 200 MiB of heap) are in limits-scale.test.ts, a slow test.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPlans, MAX_ERRORS, MAX_ERRORS_PER_FILE } from '../../src/plan/load.js';
import { MAX_EXPANDED_VALUES, parseYaml } from '../../src/plan/yaml-source.js';
import { billionLaughs, fanOut, folder, VALID } from './limits-helpers.js';

describe('alias expansion is bounded', () => {
  test('billion laughs: refused at the alias that crosses the limit, before anything walks it', () => {
    const { problems, value } = parseYaml(billionLaughs(9), 'f.yml');
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    // x4 stands for 111,111 values: its aliases cross the limit.
    expect(problems[0]).toMatchObject({ line: 6 });
    expect(problems[0]!.message).toContain(`more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values`);
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
});

describe('huge error counts', () => {
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
    expect(errors[MAX_ERRORS]).toMatchObject({ file: dir, line: 1, column: 1 });
    expect(errors[MAX_ERRORS]!.message).toMatch(/and [\d,]+ more errors in these plans/);
  });
});
