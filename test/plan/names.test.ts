// Names that become map keys or tag values: JavaScript object internals are refused, and plan ids,
// rule names and namespaces fit the strictest AWS tag character set.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadPlans, PLAN_ID_PATTERN } from '../../src/plan/load.js';
import { RULE_NAME_PATTERN, TAG_VALUE_PATTERN } from '../../src/plan/model.js';

const VALID = readFileSync('test/fixtures/plans/valid/plan.yml', 'utf8');

async function load(text: string, name = 'plan.yml') {
  const dir = mkdtempSync(join(tmpdir(), 'plans-names-'));
  writeFileSync(join(dir, name), text);
  return loadPlans(dir);
}

describe('object internals as keys', () => {
  test.each(['__proto__', 'constructor', 'prototype'])(
    'a rule named %s is refused at its key',
    async (key) => {
      const { plans, errors } = await load(
        VALID.replace('  daily:', `  ${key}:\n    schedule: "0 4 * * *"\n    retain: { days: 7 }\n  daily:`),
      );
      expect(plans).toEqual([]);
      expect(errors.map((e) => [e.line, e.column])).toEqual([[12, 3]]);
      expect(errors[0]!.message).toContain(`rules.${key}: "${key}" may not be used as a name`);
    },
  );

  test('a __proto__ tag key is refused instead of widening the selector', async () => {
    const { plans, errors } = await load(
      VALID.replace('tags: { backup: daily }', 'tags: { __proto__: { backup: daily } }'),
    );
    expect(plans).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[10, 15]]);
    expect(errors[0]!.message).toContain('"__proto__" may not be used as a name');
  });

  test('quoted, anywhere in the file', async () => {
    const { errors } = await load(VALID.replace('vault:', '"constructor": 1\nvault:'));
    expect(errors.map((e) => [e.line, e.column])).toEqual([[7, 1]]);
  });
});

describe('tag character set (ids, rule names, namespace become tag values)', () => {
  test('the plan id and rule name patterns only admit characters of the tag set, and no "+"', () => {
    const char = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(char, (s) => {
        if (PLAN_ID_PATTERN.test(s)) expect(TAG_VALUE_PATTERN.test(s)).toBe(true);
        if (RULE_NAME_PATTERN.test(s)) {
          expect(TAG_VALUE_PATTERN.test(s)).toBe(true);
          // backup-plans:rules joins rule names with "+": a "+" in a name would be ambiguous.
          expect(s).not.toContain('+');
        }
      }),
      { numRuns: 2000 },
    );
    expect(RULE_NAME_PATTERN.test('daily+hourly')).toBe(false);
    expect(RULE_NAME_PATTERN.test('daily,hourly')).toBe(false);
  });

  test('a namespace outside the tag set is an error at its value', async () => {
    const { errors } = await load(`namespace: "acme/web#1"\n${VALID}`);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[1, 12]]);
    expect(errors[0]!.message).toContain('letters, digits, spaces and _ . : / = + - @');
  });

  test('a rule name with "+" is an error at its key', async () => {
    const { errors } = await load(VALID.replace('  daily:', '  "daily+x":'));
    expect(errors.map((e) => [e.line, e.column])).toEqual([[12, 3]]);
    expect(errors[0]!.message).toContain('invalid name "daily+x"');
  });

  test('rule names joined by "+" must fit one tag value (256 characters)', async () => {
    const rule = (i: number) =>
      `  ${'r'.repeat(60)}${i}:\n    schedule: "0 ${i} * * *"\n    retain: { days: 7 }\n`;
    const text = VALID.replace('rules:\n', `rules:\n${[1, 2, 3, 4, 5].map(rule).join('')}`);
    const { errors } = await load(text);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[11, 1]]);
    expect(errors[0]!.message).toContain('rules: the rule names joined by "+" are');
  });

  test('a plan id (file name) outside the set is an error at 1:1', async () => {
    const { errors } = await load(VALID, 'prod,eu.yml');
    expect(errors.map((e) => [e.line, e.column])).toEqual([[1, 1]]);
    expect(errors[0]!.message).toContain('not a usable plan id');
  });
});
