// Every documented cause of a point left EXPIRED: "DeleteRecoveryPoint" (API reference), "Identity and
// access management in AWS Backup", "Deleting backups" (EBS Snapshot Lock).
import { describe, expect, it } from 'vitest';
import { describeExpired, expiredCauses, expiredNote } from '../../src/prune/expired.js';

const EBS = 'arn:aws:ec2:eu-west-1::snapshot/snap-0123456789abcdef0';
const AMI = 'arn:aws:ec2:eu-west-1::image/ami-0123456789abcdef0';
const EFS = 'arn:aws:backup:eu-west-1:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45';
const CREATOR = 'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole';
const PRUNER = 'arn:aws:iam::123456789012:role/backup-plans';

describe('EXPIRED causes', () => {
  it('an EBS snapshot: the missing service-linked-role permission, the creating role changed or deleted, an EBS Snapshot Lock', () => {
    const causes = expiredCauses([{ arn: EBS, iamRoleArn: CREATOR }], PRUNER);
    expect(causes).toHaveLength(3);
    expect(causes[0]).toContain(`the role ${PRUNER} lacks iam:CreateServiceLinkedRole`);
    expect(causes[1]).toContain(
      `the IAM role that created it (${CREATOR}) was deleted or its permissions changed`,
    );
    expect(causes[2]).toContain('Amazon EBS Snapshot Lock');
    expect(expiredCauses([{ arn: AMI }])).toHaveLength(3);
  });

  it('a point that is not an EC2 snapshot cannot be held by an EBS Snapshot Lock', () => {
    const causes = expiredCauses([{ arn: EFS }]);
    expect(causes).toHaveLength(2);
    expect(causes.join()).not.toContain('Snapshot Lock');
    expect(causes[1]).toContain('the IAM role that created it was deleted');
  });

  it('numbers the causes in one line, and notes nothing when nothing is EXPIRED', () => {
    expect(describeExpired([{ arn: EBS }], PRUNER)).toMatch(
      /^AWS documents these causes: \(1\) .*; \(2\) .*; \(3\) .*storage$/,
    );
    expect(expiredNote([])).toBeUndefined();
    expect(expiredNote([{ arn: EFS }, { arn: EFS }])).toMatch(/^2 point\(s\) of ours are EXPIRED/);
  });
});
