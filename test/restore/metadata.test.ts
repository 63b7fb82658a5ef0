import { describe, expect, it } from 'vitest';
import {
  backupResourceType,
  copiesTags,
  planMetadata,
  printableMetadata,
  secretValues,
} from '../../src/restore/metadata.js';
import { RestoreInputError } from '../../src/restore/point.js';

const DB = 'arn:aws:rds:eu-west-1:123456789012:db:orders';
const FS = 'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-1';
const VOL = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const now = new Date('2026-03-01T10:20:00Z');

const fails = (f: () => unknown): RestoreInputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof RestoreInputError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('planMetadata', () => {
  it('overrides match AWS keys case-insensitively and keep AWS spelling', () => {
    const { metadata } = planMetadata({
      resourceType: 'EBS',
      resourceArn: VOL,
      base: { volumeId: 'vol-1', availabilityZone: 'eu-west-1a' },
      overrides: { AVAILABILITYZONE: 'eu-west-1b', kmskeyid: 'k' },
      force: false,
      now,
    });
    expect(metadata).toEqual({ volumeId: 'vol-1', availabilityZone: 'eu-west-1b', kmsKeyId: 'k' });
  });

  it('an unknown key for the type is an error with a suggestion', () => {
    const e = fails(() =>
      planMetadata({
        resourceType: 'EBS',
        resourceArn: VOL,
        base: {},
        overrides: { volumeSiz: '5' },
        force: false,
        now,
      }),
    );
    expect(e.code).toBe('unknown-metadata-key');
    expect(e.message).toContain('did you mean "volumeSize"');
  });

  it("renames a restore that AWS's metadata would put onto the live name, unless the user chose it", () => {
    const base = { DBInstanceIdentifier: 'orders', Engine: 'postgres' };
    const auto = planMetadata({
      resourceType: 'RDS',
      resourceArn: DB,
      base,
      overrides: {},
      force: false,
      now,
    });
    expect(auto.metadata.DBInstanceIdentifier).toBe('orders-restored-20260301t1020');
    expect(auto.notes[0]).toContain('orders-restored-');
    const e = fails(() =>
      planMetadata({
        resourceType: 'RDS',
        resourceArn: DB,
        base,
        overrides: { DBInstanceIdentifier: 'orders' },
        force: false,
        now,
      }),
    );
    expect(e.code).toBe('would-overwrite');
    const forced = planMetadata({
      resourceType: 'RDS',
      resourceArn: DB,
      base,
      overrides: { dbInstanceIdentifier: 'orders' },
      force: true,
      now,
    });
    expect(forced.metadata.DBInstanceIdentifier).toBe('orders');
  });

  it('EFS into the existing file system needs force', () => {
    const base = { 'file-system-id': 'fs-1', newFileSystem: 'true' };
    expect(
      fails(() =>
        planMetadata({
          resourceType: 'EFS',
          resourceArn: FS,
          base,
          overrides: { newFileSystem: 'false' },
          force: false,
          now,
        }),
      ).code,
    ).toBe('would-overwrite');
    expect(
      planMetadata({
        resourceType: 'EFS',
        resourceArn: FS,
        base,
        overrides: { newFileSystem: 'false' },
        force: true,
        now,
      }).metadata.newFileSystem,
    ).toBe('false');
  });
});

describe('secrets and types', () => {
  it('passwords are masked and listed for the host to mask', () => {
    const m = { DBInstanceIdentifier: 'x', TdeCredentialPassword: 'hunter2' };
    expect(printableMetadata(m)).toEqual({ DBInstanceIdentifier: 'x', TdeCredentialPassword: '***' });
    expect(secretValues(m)).toEqual(['hunter2']);
  });
  it('maps ARNs to Backup resource types; DynamoDB and S3 restores do not copy tags', () => {
    expect(backupResourceType(VOL)).toBe('EBS');
    expect(backupResourceType(DB)).toBe('RDS');
    expect(backupResourceType(FS)).toBe('EFS');
    expect(backupResourceType('arn:aws:dynamodb:eu-west-1:123456789012:table/t')).toBe('DynamoDB');
    expect(copiesTags('EBS')).toBe(true);
    expect(copiesTags('DynamoDB')).toBe(false);
    expect(copiesTags('S3')).toBe(false);
  });
});
