// Every validation rule, each with a real plan file under test/fixtures/plans and the exact
// file:line:column it is reported at.
import { describe, expect, test } from 'vitest';
import { loadPlans } from '../../src/plan/load.js';

const FIXTURES = 'test/fixtures/plans';

/** [file in the case folder, line, column, text the message must contain] */
type Expected = [string, number, number, string];

const cases: Record<string, Expected[]> = {
  // cron and time zones
  'cron-fields': [['plan.yml', 13, 15, 'rules.daily.schedule: "0 3 * *": expected 5 cron fields']],
  'cron-value': [['plan.yml', 13, 15, 'rules.daily.schedule: "61 3 * * *": Invalid value for minute: 61']],
  timezone: [['plan.yml', 14, 15, 'unknown time zone "Europe/Berlinn"; did you mean "Europe/Berlin"?']],
  'too-frequent': [
    [
      'plan.yml',
      13,
      15,
      'rules.daily.schedule: "*/30 * * * *" fires every 30m, more often than its start window (startWithin 1h); use a schedule that fires at most once per 1h',
    ],
  ],
  'too-frequent-window': [
    ['plan.yml', 13, 15, 'fires every 2h, more often than its start window (startWithin 3h)'],
  ],
  // durations and windows
  'duration-format': [['plan.yml', 14, 18, 'expected a duration such as "90m", "8h" or "7d", got "1 hour"']],
  'drill-too-often': [
    [
      'plan.yml',
      14,
      21,
      'rules.daily.drill.every: "12h" is too often: a drill restores a whole resource; at least 1d',
    ],
  ],
  'drill-format': [['plan.yml', 14, 21, 'expected a duration such as "90m", "8h" or "7d", got "monthly"']],
  'duration-number': [['plan.yml', 14, 21, 'a duration needs a unit: write "480m"']],
  'start-window': [['plan.yml', 14, 18, '"30m" is shorter than the minimum start window AWS accepts (1h)']],
  'complete-window': [['plan.yml', 15, 21, 'must be longer than the start window (startWithin 2h)']],
  'copy-within': [['plan.yml', 15, 17, 'is too long: at most 25d']],
  // accounts, regions, roles, ARNs
  'account-number': [['plan.yml', 3, 12, 'a YAML number loses leading zeros; quote it: "012345678901"']],
  'account-format': [['plan.yml', 3, 12, 'expected a 12-digit AWS account id']],
  region: [['plan.yml', 4, 11, 'aws.region: expected an AWS region such as "eu-west-1", got "eu-west"']],
  'role-arn': [['plan.yml', 5, 9, 'aws.role: expected an IAM role ARN']],
  'role-account': [['plan.yml', 6, 15, 'the role is in account 999999999999']],
  'arn-region': [['plan.yml', 10, 7, 'the resource is in eu-central-1 but the plan backs up eu-west-1']],
  // retention and lifecycle
  'cold-lifecycle': [['plan.yml', 14, 21, 'days must be ≥ coldAfter + 90 = 120, got 100']],
  'cold-hard-limit': [['plan.yml', 17, 22, 'hardLimitDays must be ≥ coldAfter + 90 = 120, got 100']],
  'keep-empty': [['plan.yml', 14, 21, 'rules.daily.retain.keep: this keep policy keeps nothing']],
  'keep-zero': [['plan.yml', 15, 13, 'pruning would delete every recovery point']],
  // the notation matches the schema, but the retention engine (what pruning runs) refuses a repeated unit
  'keep-within-engine': [
    ['plan.yml', 15, 33, 'rules.daily.retain.keep.within: invalid duration "1d1d": unit "d" appears twice'],
  ],
  'retain-both': [['plan.yml', 14, 13, 'set either days (AWS deletes) or keep (pruning deletes), not both']],
  'retain-neither': [['plan.yml', 14, 13, 'set days (e.g. days: 35) or keep']],
  'hard-limit-with-days': [['plan.yml', 16, 7, 'hardLimitDays only goes with keep']],
  // AWS limits and per-type features (src/plan/resource-types.ts)
  'days-max': [
    ['plan.yml', 14, 21, 'rules.daily.retain.days: AWS deletes a recovery point after at most 36,500 days'],
  ],
  'hard-limit-max': [
    ['plan.yml', 14, 50, 'rules.daily.retain.hardLimitDays: AWS deletes a recovery point after at most'],
  ],
  'copy-days-max': [
    ['plan.yml', 18, 25, 'rules.daily.copyTo[0].retain.days: AWS deletes a recovery point after at most'],
  ],
  'cold-unsupported': [
    [
      'plan.yml',
      14,
      26,
      'rules.daily.retain.coldAfter: AWS ignores coldAfter for rds:db (resources.include[0]): only ec2:volume, elasticfilesystem:file-system',
    ],
  ],
  'copy-unsupported': [
    [
      'plan.yml',
      17,
      9,
      'AWS Backup cannot copy redshift:cluster (resources.include[0].types[1]) to another account',
    ],
  ],
  'copy-both-rds': [
    [
      'plan.yml',
      16,
      9,
      'rules.daily.copyTo[0]: AWS copies rds:db (resources.include[0]) either to another region or to another account, not both',
    ],
  ],
  continuous: [
    ['plan.yml', 15, 5, 'continuous backup (point-in-time restore) is not available through the backup jobs'],
  ],
  'keep-dynamodb-arn': [
    ['plan.yml', 15, 13, 'recovery points of dynamodb:table (resources.include[0]) cannot carry tags'],
  ],
  'keep-dynamodb-type': [
    [
      'plan.yml',
      16,
      13,
      'dynamodb:table (resources.include[0].types[1]) cannot carry tags, so pruning could never prove it owns them; use retain.days',
    ],
  ],
  // copies
  'copy-to-source': [['plan.yml', 16, 9, 'rules.daily.copyTo[0]: copies to the source vault itself']],
  'copy-keep-no-role': [['plan.yml', 19, 25, 'pruning copies in account 210987654321 needs a role there']],
  // names, keys, selectors
  'duplicate-rule': [['plan.yml', 15, 3, 'duplicate rule name "daily" (first at line 12)']],
  'rule-name': [['plan.yml', 12, 3, 'invalid name "daily,hourly"']],
  'missing-schedule': [['plan.yml', 12, 3, 'rules.daily: missing "schedule"']],
  'reserved-tag': [['plan.yml', 10, 15, '"backup-plans:plan" is reserved']],
  'unknown-type': [['plan.yml', 11, 15, 'unknown resource type "ec2:volum"; did you mean "ec2:volume"?']],
  'unknown-key': [
    ['plan.yml', 8, 1, 'notfiy: unknown key "notfiy"; did you mean "notify"?'],
    ['plan.yml', 14, 5, 'rules.daily.schedul: unknown key "schedul"; did you mean "schedule"?'],
  ],
  'same-arn': [
    ['a.yml', 10, 7, `is also in ${FIXTURES}/same-arn/b.yml`],
    ['b.yml', 11, 7, `is also in ${FIXTURES}/same-arn/a.yml`],
  ],
  'duplicate-id': [
    ['a.yaml', 1, 1, `plan id "a" is used by ${FIXTURES}/duplicate-id/a.yml too`],
    ['a.yml', 1, 1, `plan id "a" is used by ${FIXTURES}/duplicate-id/a.yaml too`],
  ],
  // namespace and version
  'namespace-comma': [['plan.yml', 1, 12, 'namespace: may not contain commas']],
  'namespace-empty': [['plan.yml', 1, 12, 'namespace: may not be empty']],
  'namespace-long': [['plan.yml', 1, 12, 'namespace: is longer than 256 characters']],
  'version-missing': [['plan.yml', 2, 1, 'missing required key "version"; add `version: 1`']],
  'version-wrong': [['plan.yml', 1, 10, 'version: expected version: 1, got the number 2']],
  line10: [['plan.yml', 10, 15, '"backup-plans:owner" is reserved']],
};

describe('validation rules', () => {
  test.each(Object.entries(cases))('%s', async (name, expected) => {
    const { plans, errors } = await loadPlans(`${FIXTURES}/${name}`);
    expect(plans).toEqual([]);
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual(
      expected.map(([file, line, column]) => [`${FIXTURES}/${name}/${file}`, line, column]),
    );
    errors.forEach((e, i) => expect(e.message).toContain(expected[i]![3]));
  });

  test('the valid base fixture has no errors (so each case above fails for its one reason)', async () => {
    const { plans, errors } = await loadPlans(`${FIXTURES}/valid`);
    expect(errors).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(['plan']);
  });

  test('every error of a file is reported, not just the first', async () => {
    const { errors } = await loadPlans(`${FIXTURES}/many-errors`);
    expect(errors.map((e) => e.line)).toEqual([13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46]);
  });
});
