import { describe, expect, it } from 'vitest';
import { isRecoveryPointArn, selectResources } from '../../src/plan/selection.js';
import { plan, rule, vol } from '../backup/fixtures.js';

describe('selectResources', () => {
  const p = plan([rule({ name: 'daily' })], {
    resources: {
      include: [{ arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders' }, { tags: { backup: 'daily' } }],
      exclude: [vol('vol-4')],
    },
  });
  it('explicit ARNs plus tag matches, minus excludes, each once, in plan order', () => {
    const s = selectResources(p, {
      explicit: [{ arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders' }],
      tagged: [
        {
          via: 'tags backup=daily',
          resources: [
            { arn: vol('vol-1'), tags: { backup: 'daily' } },
            { arn: vol('vol-4'), tags: { backup: 'daily' } },
            { arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders', tags: { backup: 'daily' } },
          ],
        },
      ],
    });
    expect(s.resources).toEqual([
      { arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders', type: 'rds:db', via: 'arn' },
      { arn: vol('vol-1'), type: 'ec2:volume', via: 'tags backup=daily' },
    ]);
    expect(s.excluded).toEqual([vol('vol-4')]);
  });
  it('sets aside resources that carry reserved backup-plans: tags', () => {
    const s = selectResources(p, {
      explicit: [
        { arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders', tags: { 'backup-plans:plan': 'prod' } },
      ],
      tagged: [
        {
          via: 't',
          resources: [{ arn: vol('vol-1'), tags: { backup: 'daily', 'backup-plans:namespace': 'x' } }],
        },
      ],
    });
    expect(s.resources).toEqual([]);
    expect(s.reserved).toEqual([
      { arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders', keys: ['backup-plans:plan'] },
      { arn: vol('vol-1'), keys: ['backup-plans:namespace'] },
    ]);
  });
  it('never selects recovery points (they carry their resource’s tags) and notes unknown types', () => {
    const s = selectResources(p, {
      explicit: [],
      tagged: [
        {
          via: 't',
          resources: [
            { arn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1', tags: { backup: 'daily' } },
            { arn: 'arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:job-1', tags: { backup: 'daily' } },
            { arn: 'arn:aws:sqs:eu-west-1:123456789012:queue', tags: { backup: 'daily' } },
          ],
        },
      ],
    });
    expect(s.resources).toEqual([]);
    expect(s.unsupported).toEqual(['arn:aws:sqs:eu-west-1:123456789012:queue']);
  });
});

describe('isRecoveryPointArn', () => {
  it.each([
    ['arn:aws:ec2:eu-west-1::snapshot/snap-0abc', true],
    ['arn:aws:ec2:eu-west-1::image/ami-0abc', true],
    ['arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:job-1', true],
    ['arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:awsbackup:job-1', true],
    ['arn:aws:backup:eu-west-1:123456789012:recovery-point:1-2-3', true],
    ['arn:aws:dynamodb:eu-west-1:123456789012:table/t/backup/0123', true],
    ['arn:aws:ec2:eu-west-1:123456789012:volume/vol-1', false],
    ['arn:aws:rds:eu-west-1:123456789012:db:orders', false],
    ['arn:aws:dynamodb:eu-west-1:123456789012:table/t', false],
  ])('%s → %s', (arn, expected) => {
    expect(isRecoveryPointArn(arn)).toBe(expected);
  });
});
