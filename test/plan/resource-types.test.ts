import { describe, expect, test } from 'vitest';
import {
  RESOURCE_TYPES,
  typesWith,
  pointTagSource,
  resourceTypeOfArn,
  resourceTypeInfo,
  typesWithoutTags,
  optInProblem,
} from '../../src/plan/resource-types.js';

describe('resourceTypeOfArn', () => {
  test.each([
    ['arn:aws:ec2:eu-west-1:123456789012:volume/vol-0abc', 'ec2:volume'],
    ['arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc', 'ec2:instance'],
    ['arn:aws:rds:eu-west-1:123456789012:db:orders', 'rds:db'],
    ['arn:aws:rds:eu-west-1:123456789012:cluster:aurora-1', 'rds:cluster'],
    ['arn:aws:dynamodb:eu-west-1:123456789012:table/orders', 'dynamodb:table'],
    ['arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0123', 'elasticfilesystem:file-system'],
    ['arn:aws:s3:::my-bucket', 's3'],
    ['arn:aws:redshift:eu-west-1:123456789012:cluster:dw', 'redshift:cluster'],
    ['arn:aws-us-gov:ec2:us-gov-west-1:123456789012:volume/vol-1', 'ec2:volume'],
  ])('%s → %s', (arn, type) => expect(resourceTypeOfArn(arn)).toBe(type));
  test('not an ARN', () => expect(resourceTypeOfArn('vol-0abc')).toBeUndefined());
});

describe('where recovery point tags live', () => {
  test('DynamoDB (without advanced features) is the type whose points carry no tags', () => {
    expect(typesWithoutTags).toEqual(['dynamodb:table']);
    expect(resourceTypeInfo('elasticfilesystem:file-system')?.pointTags).toBe('backup');
    expect(resourceTypeInfo('ec2:volume')?.pointTags).toBe('tagging-api');
  });
  test.each([
    ['arn:aws:backup:eu-west-1:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45', 'backup'],
    ['arn:aws:ec2:eu-west-1::snapshot/snap-0abc', 'tagging-api'],
    ['arn:aws:ec2:eu-west-1::image/ami-0abc', 'tagging-api'],
    ['arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:job-0abc', 'tagging-api'],
    ['arn:aws:dynamodb:eu-west-1:123456789012:table/orders/backup/01234567890123-abcdefgh', 'none'],
  ])('%s → %s', (arn, source) => expect(pointTagSource(arn)).toBe(source));
});

describe('the per-type feature table', () => {
  test('cold storage, copies and continuous backup as the AWS pages say', () => {
    expect(typesWith('coldStorage')).toEqual([
      'ec2:volume',
      'elasticfilesystem:file-system',
      'cloudformation:stack',
      'dynamodb:table',
    ]);
    // RDS and Aurora copy to another region or another account, not both in one copy.
    expect(RESOURCE_TYPES.filter((t) => !t.crossRegionAndAccountInOneCopy).map((t) => t.type)).toEqual([
      'rds:db',
      'rds:cluster',
      'redshift:cluster',
    ]);
    expect(typesWith('crossAccountCopy')).not.toContain('redshift:cluster');
    expect(typesWith('continuousBackup')).toEqual(['rds:db', 'rds:cluster', 's3']);
  });
  test('every type has every feature spelled out', () => {
    for (const t of RESOURCE_TYPES)
      for (const key of [
        'coldStorage',
        'crossRegionCopy',
        'crossAccountCopy',
        'crossRegionAndAccountInOneCopy',
        'continuousBackup',
      ] as const)
        expect(typeof t[key], `${t.type}.${key}`).toBe('boolean');
  });
});

describe('service opt-in (DescribeRegionSettings ResourceTypeOptInPreference)', () => {
  const where = { account: '123456789012', region: 'eu-west-1' };
  test('a type that is opted out is named with the fix', () => {
    const problem = optInProblem('ec2:volume', { EBS: false, RDS: true }, where);
    expect(problem).toMatch(
      /resource type EBS is not opted in to AWS Backup in account 123456789012, region eu-west-1/,
    );
    expect(problem).toMatch(/AWS Backup console \(Settings → Service opt-in/);
  });
  test('opted in, or not listed at all: nothing against it', () => {
    expect(optInProblem('ec2:volume', { EBS: true }, where)).toBeUndefined();
    expect(optInProblem('ec2:volume', {}, where)).toBeUndefined();
    expect(optInProblem(undefined, { EBS: false }, where)).toBeUndefined();
  });
  test('an RDS cluster (Aurora, DocumentDB or Neptune: its ARN does not say) fails only when all three are off', () => {
    expect(
      optInProblem('rds:cluster', { Aurora: false, DocumentDB: true, Neptune: false }, where),
    ).toBeUndefined();
    expect(optInProblem('rds:cluster', { Aurora: false, DocumentDB: false, Neptune: false }, where)).toMatch(
      /Aurora\/DocumentDB\/Neptune is not opted in/,
    );
  });
  test('every known type names its AWS Backup opt-in type(s)', () => {
    for (const t of RESOURCE_TYPES) expect(t.optIn.length, t.type).toBeGreaterThan(0);
  });
});
