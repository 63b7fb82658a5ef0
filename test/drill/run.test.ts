// The drill's pure guards: temporary names, the metadata that names them, and what may be deleted.
import { describe, expect, it } from 'vitest';
import { DRILL_NAME_PREFIX, drillName, drillOverrides, notTemporary } from '../../src/drill/run.js';

const DB = 'arn:aws:rds:eu-west-1:123456789012:db:orders';
const TABLE = 'arn:aws:dynamodb:eu-west-1:123456789012:table/events';
const VOLUME = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const FS = 'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-1';

describe('drillName', () => {
  it('is a valid RDS identifier, DynamoDB table name and EFS creation token, and says what it is', () => {
    const name = drillName('prod', DB, new Date('2026-03-01T10:20:30Z'));
    expect(name.startsWith(DRILL_NAME_PREFIX)).toBe(true);
    expect(name).toMatch(/^[a-z](?!.*--)[a-z0-9-]{0,61}[a-z0-9]$/); // RDS DBInstanceIdentifier
    expect(name).toMatch(/^[a-zA-Z0-9_.-]{3,255}$/); // DynamoDB TableName
    expect(name.length).toBeLessThanOrEqual(64); // EFS CreationToken
    expect(drillName('prod', TABLE, new Date('2026-03-01T10:20:30Z'))).not.toBe(name);
  });
});

describe('drillOverrides', () => {
  it('names the new resource through the metadata key AWS documents per type', () => {
    expect(drillOverrides('RDS', 'n')).toEqual({ DBInstanceIdentifier: 'n' });
    expect(drillOverrides('DynamoDB', 'n')).toEqual({ targetTableName: 'n' });
    expect(drillOverrides('EFS', 'n')).toEqual({ newFileSystem: 'true', CreationToken: 'n' });
    expect(drillOverrides('EBS', 'n')).toEqual({});
  });
});

describe('notTemporary (what a drill may delete)', () => {
  const name = 'backup-plans-drill-20260301t102030-abcdef';
  it('accepts the resource its own restore created', () => {
    expect(notTemporary('RDS', DB, `arn:aws:rds:eu-west-1:123456789012:db:${name}`, name)).toBeUndefined();
    expect(
      notTemporary('DynamoDB', TABLE, `arn:aws:dynamodb:eu-west-1:123456789012:table/${name}`, name),
    ).toBeUndefined();
    expect(
      notTemporary('EBS', VOLUME, 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-0abc', name),
    ).toBeUndefined();
    expect(
      notTemporary('EFS', FS, 'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-2', name),
    ).toBeUndefined();
  });
  it('refuses the source, another type, and a named type without the drill name', () => {
    for (const [type, src] of [
      ['RDS', DB],
      ['DynamoDB', TABLE],
      ['EBS', VOLUME],
      ['EFS', FS],
    ] as const)
      expect(notTemporary(type, src, src, name)).toMatch(/source/);
    expect(notTemporary('EBS', VOLUME, DB, name)).toMatch(/not a EBS/);
    expect(notTemporary('RDS', DB, 'arn:aws:rds:eu-west-1:123456789012:db:orders-copy', name)).toMatch(
      /drill's name/,
    );
  });
});
