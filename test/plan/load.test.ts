// The loader: folder edge cases, presets and overrides, defaults, the example plans, `only`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPlans } from '../../src/plan/load.js';
import { planSchema } from '../../src/plan/model.js';

const FIXTURES = 'test/fixtures/plans';

describe('folder edge cases give one clear error, never a stack trace', () => {
  test('missing folder', async () => {
    const { plans, errors } = await loadPlans(`${FIXTURES}/does-not-exist`);
    expect(plans).toEqual([]);
    expect(errors).toEqual([
      {
        file: `${FIXTURES}/does-not-exist`,
        line: 1,
        column: 1,
        message: expect.stringContaining('folder not found'),
      },
    ]);
  });

  test('empty folder (dotfiles are ignored)', async () => {
    const { errors } = await loadPlans(`${FIXTURES}/empty`);
    expect(errors).toEqual([
      { file: `${FIXTURES}/empty`, line: 1, column: 1, message: expect.stringContaining('no plan files in') },
    ]);
  });

  test('a file instead of a folder', async () => {
    const { errors } = await loadPlans(`${FIXTURES}/valid/plan.yml`);
    expect(errors[0]!.message).toContain('is a file, not a folder');
  });

  test('a non-YAML file is named, the plans beside it still load', async () => {
    const { plans, errors } = await loadPlans(`${FIXTURES}/not-yaml`);
    expect(errors).toEqual([
      {
        file: `${FIXTURES}/not-yaml/README.md`,
        line: 1,
        column: 1,
        message: expect.stringContaining('not a plan file'),
      },
    ]);
    expect(plans.map((p) => p.id)).toEqual(['plan']);
  });

  test('bad YAML points at the line where parsing fails', async () => {
    // line 4 opens a flow sequence that is never closed; the parser notices on line 5.
    const { errors } = await loadPlans(`${FIXTURES}/bad-yaml`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: `${FIXTURES}/bad-yaml/plan.yml`, line: 5, column: 3 });
    expect(errors[0]!.message).toMatch(/^not valid YAML: /);
  });

  test('an empty file', async () => {
    const { errors } = await loadPlans(`${FIXTURES}/empty-file`);
    expect(errors).toEqual([
      {
        file: `${FIXTURES}/empty-file/plan.yml`,
        line: 1,
        column: 1,
        message: expect.stringContaining('empty'),
      },
    ]);
  });

  test('several documents, a list at the top, a bad file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    writeFileSync(join(dir, 'multi.yml'), 'version: 1\n---\nversion: 1\n');
    writeFileSync(join(dir, 'list.yml'), '- a\n- b\n');
    writeFileSync(join(dir, 'bad name.yml'), 'version: 1\n');
    const { errors } = await loadPlans(dir);
    expect(errors.map((e) => [e.file.slice(dir.length + 1), e.line, e.column])).toEqual([
      ['bad name.yml', 1, 1],
      ['list.yml', 1, 1],
      ['multi.yml', 1, 1],
    ]);
    expect(errors[0]!.message).toContain('not a usable plan id');
    expect(errors[1]!.message).toContain('a plan file is a YAML mapping');
    expect(errors[2]!.message).toContain('one YAML document');
  });
});

describe('resolution', () => {
  test('defaults', async () => {
    const { plans, errors } = await loadPlans(`${FIXTURES}/valid`);
    expect(errors).toEqual([]);
    const [plan] = plans;
    expect(plan).toEqual({
      id: 'plan',
      file: `${FIXTURES}/valid/plan.yml`,
      version: 1,
      aws: {
        account: '123456789012',
        region: 'eu-west-1',
        role: 'arn:aws:iam::123456789012:role/backup-plans',
        backupRole: 'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole',
      },
      vault: 'production',
      resources: { include: [{ tags: { backup: 'daily' } }], exclude: [] },
      rules: [
        {
          name: 'daily',
          schedule: '0 3 * * *',
          timezone: 'UTC',
          startWithinMinutes: 60,
          completeWithinMinutes: 10080,
          retain: { days: 35 },
          copyTo: [],
          copyWithinMinutes: 2880,
          retries: 3,
        },
      ],
      notify: { issues: true, labels: ['backup-failure'], assignees: [] },
    });
    // The resolved plan satisfies its own zod schema (types and schema cannot drift).
    expect(planSchema.parse(plan)).toEqual(plan);
  });

  test('presets mirror the AWS console plans; explicit keys override them', async () => {
    const { plans, errors } = await loadPlans(`${FIXTURES}/preset`);
    expect(errors).toEqual([]);
    const [yearly, fast] = plans[0]!.rules;
    expect(yearly).toMatchObject({
      name: 'daily',
      schedule: '0 5 * * *',
      timezone: 'UTC',
      startWithinMinutes: 480,
      completeWithinMinutes: 10080,
      retain: { keep: { withinDaily: '35d', withinWeekly: '3m', withinMonthly: '7y' } },
    });
    // preset daily-35day, with schedule, startWithin and retain overridden
    expect(fast).toMatchObject({
      name: 'fast',
      schedule: '0 1 * * *',
      timezone: 'UTC',
      startWithinMinutes: 120,
      completeWithinMinutes: 10080,
      retain: { days: 10 },
    });
  });

  test('the example plans validate and resolve copies, time zones and cold storage', async () => {
    const { plans, errors } = await loadPlans('backup-plans');
    expect(errors).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(['production', 'web']);
    const production = plans[0]!;
    expect(production.rules[0]!.timezone).toBe('Europe/Berlin');
    expect(production.rules[0]!.copyTo.map((c) => [c.account, c.region, c.vault])).toEqual([
      ['123456789012', 'eu-central-1', 'production-dr'],
      ['210987654321', 'eu-west-1', 'isolated'],
    ]);
    const web = plans[1]!;
    expect(web.rules.map((r) => r.name)).toEqual(['daily', 'monthly']);
    expect(web.rules[0]!.retain).toEqual({ days: 35 });
    expect(web.rules[1]!.retain).toEqual({ days: 400, coldAfterDays: 30 });
  });

  test('rules keep file order, even names that look like numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const base = readFileSync(`${FIXTURES}/valid/plan.yml`, 'utf8');
    writeFileSync(
      join(dir, 'p.yml'),
      base.replace(
        '  daily:',
        '  zeta:\n    schedule: "0 1 * * *"\n    retain: { days: 1 }\n  "2":\n    schedule: "0 2 * * *"\n    retain: { days: 2 }\n  daily:',
      ),
    );
    const { plans, errors } = await loadPlans(dir);
    expect(errors).toEqual([]);
    expect(plans[0]!.rules.map((r) => r.name)).toEqual(['zeta', '2', 'daily']);
  });
});

describe('only', () => {
  test('returns just that plan', async () => {
    const { plans, errors } = await loadPlans('backup-plans', { only: 'web' });
    expect(errors).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(['web']);
  });

  test('an unknown id names the plans that exist', async () => {
    const { plans, errors } = await loadPlans('backup-plans', { only: 'nope' });
    expect(plans).toEqual([]);
    expect(errors).toEqual([
      {
        file: 'backup-plans',
        line: 1,
        column: 1,
        message: 'no plan "nope" in backup-plans; plans: production, web',
      },
    ]);
  });

  test("another plan's errors do not block the selected one, cross-plan checks still apply", async () => {
    const { errors } = await loadPlans(`${FIXTURES}/same-arn`, { only: 'a' });
    expect(errors.map((e) => e.file)).toEqual([`${FIXTURES}/same-arn/a.yml`]);
  });
});
