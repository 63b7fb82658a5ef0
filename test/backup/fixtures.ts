import type { ObservedBackupJob, ObservedPoint } from '../../src/aws/observed.js';
import type { Plan, Rule } from '../../src/plan/index.js';

export const ACCOUNT = '123456789012';
export const vol = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/${id}`;

export function rule(overrides: Partial<Rule> & { name: string }): Rule {
  return {
    schedule: '0 3 * * *',
    timezone: 'UTC',
    startWithinMinutes: 60,
    completeWithinMinutes: 480,
    retain: { days: 35 },
    copyTo: [],
    copyWithinMinutes: 2 * 24 * 60,
    retries: 3,
    ...overrides,
  };
}

export function plan(rules: Rule[], overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'prod',
    file: 'backup-plans/prod.yml',
    version: 1,
    aws: {
      account: ACCOUNT,
      region: 'eu-west-1',
      role: `arn:aws:iam::${ACCOUNT}:role/backup-plans`,
      backupRole: `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`,
    },
    vault: 'production',
    resources: { include: [{ tags: { backup: 'daily' } }], exclude: [] },
    rules,
    notify: { issues: true, labels: ['backup-failure'], assignees: [] },
    ...overrides,
  };
}

export const owned = (rules: string, slot: string, namespace = 'acme/infra', planId = 'prod') => ({
  'backup-plans:namespace': namespace,
  'backup-plans:plan': planId,
  'backup-plans:rules': rules,
  'backup-plans:slot': slot,
});

let n = 0;
export function point(created: string, tags?: Record<string, string>, arn?: string): ObservedPoint {
  n++;
  return {
    arn: arn ?? `arn:aws:ec2:eu-west-1::snapshot/snap-${String(n).padStart(8, '0')}`,
    resourceArn: vol('vol-1'),
    vault: 'production',
    created: new Date(created),
    status: 'COMPLETED',
    ...(tags ? { tags } : {}),
  };
}

export function job(
  id: string,
  state: string,
  created: string,
  extra: Partial<ObservedBackupJob> = {},
): ObservedBackupJob {
  return { jobId: id, state, creationDate: new Date(created), ...extra };
}
