// Plan fuzzing: random bytes, random YAML-ish text and mutations of a valid plan. Whatever the file
// holds, the loader answers; it never throws, and every error names the file and a line and column
// inside it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadPlans } from '../../src/plan/load.js';

const VALID = readFileSync('backup-plans/production.yml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'plans-fuzz-'));
const file = join(dir, 'fuzz.yml');

async function check(bytes: Uint8Array | string): Promise<void> {
  rmSync(file, { force: true });
  writeFileSync(file, bytes);
  const lines = (typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('latin1')).split(
    '\n',
  ).length;
  const { errors, plans } = await loadPlans(dir);
  expect(plans.length + errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.file).toBe(file);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.line).toBeLessThanOrEqual(lines + 1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

/** Pieces that tend to break parsers and validators. */
const nasty = fc.constantFrom(
  '&a ',
  '*a',
  '<<: *a',
  '__proto__',
  'constructor: 1',
  '? [a, b]\n: c',
  '!!binary aGk=',
  '!!js/function x',
  '{',
  ']',
  '"\\u0000"',
  "'",
  '\t',
  '\uFEFF',
  '---\n',
  '- ',
  ': ',
  '#',
  '|\n  x',
  'days: -1',
  'days: 1e400',
  'account: 0123',
  '\u202E',
);

const mutation = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 40 }),
  insert: fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })),
});

describe('the loader never throws and always positions its errors', () => {
  test('mutations of a valid plan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        let text = VALID;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
        }
        await check(text);
      }),
      { numRuns: 150 },
    );
  });

  test('random YAML-ish text', async () => {
    const token = fc.oneof(nasty, fc.constantFrom('a', 'b: ', '\n', '  ', '- x\n', '[1, 2]', '"q"', ', '));
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 60 }), async (tokens) => check(tokens.join(''))),
      { numRuns: 150 },
    );
  });

  test('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => check(bytes)),
      { numRuns: 100 },
    );
  });
});
