// Why a recovery point is left EXPIRED, as AWS documents it. AWS does not say which cause applies
// (the console's popover does; the API's StatusMessage is optional), so every documented cause that
// can apply to the point is named:
// - "DeleteRecoveryPoint" (API reference): a role whose permissions are insufficient gets HTTP 200
//   and the point goes EXPIRED; it can be deleted "once the IAM role has the
//   iam:CreateServiceLinkedRole action". Also: "If the user or role is deleted or the permission
//   within the role is removed, the deletion will not be successful and will enter an EXPIRED state."
// - "Identity and access management in AWS Backup": AWS Backup manages a point's lifecycle with the
//   role that created it; if that role is deleted or modified, its points may be left EXPIRED.
// - "Deleting backups" (developer guide): an AWS-managed Amazon EBS or EC2 recovery point with an
//   Amazon EBS Snapshot Lock is left EXPIRED when AWS Backup cannot finish its lifecycle; it can
//   still be restored from the EC2/EBS console and API. EXPIRED points keep costing storage.
// Pure.
import { parseArn } from '../plan/resource-types.js';

export interface ExpiredPoint {
  arn: string;
  /** The role that created the point (IamRoleArn), when listed. */
  iamRoleArn?: string | undefined;
}

/** EBS snapshots and AMIs (EC2 recovery points): the only ones an EBS Snapshot Lock can hold. */
function isEc2Point(arn: string): boolean {
  return parseArn(arn)?.service === 'ec2';
}

/** Every documented cause that can leave these points EXPIRED; `deletingRole` is the role prune deleted with. */
export function expiredCauses(points: readonly ExpiredPoint[], deletingRole?: string): string[] {
  const creators = [...new Set(points.flatMap((p) => (p.iamRoleArn ? [p.iamRoleArn] : [])))].sort();
  const causes = [
    `${deletingRole ? `the role ${deletingRole}` : 'the deleting role'} lacks iam:CreateServiceLinkedRole ` +
      '(for iam:AWSServiceName backup.amazonaws.com): grant it, then delete the EXPIRED point again',
    `the IAM role that created it${creators.length > 0 ? ` (${creators.join(', ')})` : ''} was deleted or ` +
      'its permissions changed, so AWS Backup cannot manage its lifecycle: restore the role or its permissions',
  ];
  if (points.some((p) => isEc2Point(p.arn)))
    causes.push(
      'an Amazon EBS Snapshot Lock holds the snapshot: AWS Backup cannot finish deleting it until the lock ' +
        'expires or is removed (it can still be restored from the EC2/EBS console and API)',
    );
  return causes;
}

/** One line naming every documented cause. */
export function describeExpired(points: readonly ExpiredPoint[], deletingRole?: string): string {
  const causes = expiredCauses(points, deletingRole);
  return `AWS documents these causes: ${causes.map((c, i) => `(${i + 1}) ${c}`).join('; ')}. EXPIRED points keep costing storage`;
}

/** The scan's note for points of ours found EXPIRED. */
export function expiredNote(points: readonly ExpiredPoint[]): string | undefined {
  if (points.length === 0) return undefined;
  return (
    `${points.length} point(s) of ours are EXPIRED: AWS could not delete them, and prune leaves them alone. ` +
    describeExpired(points)
  );
}
