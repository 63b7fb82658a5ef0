import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { planJsonSchemaText } from '../../src/plan/json-schema.js';

test('the committed JSON schema is the one generated from the zod model', () => {
  const committed = readFileSync('schema/backup-plan.schema.json', 'utf8');
  expect(
    committed === planJsonSchemaText(),
    'schema/backup-plan.schema.json is stale: run npm run schema',
  ).toBe(true);
});

test('the schema describes the plan file: strict keys, quoted account ids, presets', () => {
  const schema = JSON.parse(planJsonSchemaText());
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(['version', 'aws', 'vault', 'resources', 'rules']);
  expect(schema.properties.aws.properties.account).toMatchObject({ type: 'string', pattern: '^\\d{12}$' });
  const rule = schema.properties.rules.additionalProperties;
  expect(rule.properties.preset.enum).toEqual([
    'daily-35day',
    'daily-monthly-1yr',
    'daily-weekly-monthly-5yr',
    'daily-weekly-monthly-7yr',
  ]);
});
