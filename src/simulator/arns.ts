// ARN parsing and the ARN shapes AWS Backup gives recovery points, per resource type.
import { randomFillSync, randomUUID } from 'node:crypto';

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the account: `volume/vol-1`, `db:orders`, `snapshot:awsbackup:job-…`. */
  resource: string;
  /** The resource part's leading type: `volume`, `db`, `snapshot`, `table`, `file-system`. */
  resourceType: string;
}

export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || !parts[1] || !parts[2]) return undefined;
  const resource = parts.slice(5).join(':');
  if (!resource) return undefined;
  const resourceType = /^[^/:]+/.exec(resource)?.[0] ?? '';
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3] ?? '',
    account: parts[4] ?? '',
    resource,
    resourceType,
  };
}

/** The `ResourceType` AWS Backup reports for a protected resource, or undefined if unsupported. */
export function backupResourceType(arn: string): string | undefined {
  const p = parseArn(arn);
  if (!p) return undefined;
  switch (`${p.service}:${p.resourceType}`) {
    case 'ec2:volume':
      return 'EBS';
    case 'ec2:instance':
      return 'EC2';
    case 'rds:db':
      return 'RDS';
    case 'rds:cluster':
      return 'Aurora';
    case 'dynamodb:table':
      return 'DynamoDB';
    case 'elasticfilesystem:file-system':
      return 'EFS';
    case 's3:':
      return 'S3';
    default:
      return p.service === 's3' ? 'S3' : undefined;
  }
}

/** The resource's short name/id: `vol-1`, `orders`, `fs-1`, a table name, a bucket. */
export function resourceName(arn: string): string {
  const p = parseArn(arn);
  if (!p) return arn;
  const rest = p.resource.slice(p.resourceType.length + 1);
  return rest || p.resource;
}

export function vaultArn(account: string, region: string, name: string): string {
  return `arn:aws:backup:${region}:${account}:backup-vault:${name}`;
}

/** `arn:aws:backup:<region>:<account>:backup-vault:<name>` → its parts. */
export function parseVaultArn(arn: string): { account: string; region: string; name: string } | undefined {
  const p = parseArn(arn);
  if (!p || p.service !== 'backup' || p.resourceType !== 'backup-vault') return undefined;
  const name = p.resource.slice('backup-vault:'.length);
  if (!name || !p.account || !p.region) return undefined;
  return { account: p.account, region: p.region, name };
}

// Random bytes drawn from a pool refilled 4 KiB at a time: a `randomBytes` call per new ARN was a
// measurable share of StartBackupJob (one call into the CSPRNG and one buffer per point).
const pool = Buffer.alloc(4096);
let used = pool.length;

/** `bytes` fresh random bytes as lower-case hex; no byte is ever handed out twice. */
export function randomHex(bytes: number): string {
  if (bytes > pool.length) throw new RangeError(`randomHex: at most ${pool.length} bytes`);
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += bytes;
  return pool.toString('hex', used - bytes, used);
}

/**
 * A new recovery point's ARN, shaped as AWS Backup shapes it for the resource type:
 * - EBS: a native EC2 snapshot, `arn:aws:ec2:<region>::snapshot/snap-<17 hex>` (no account);
 * - EC2: an AMI, `arn:aws:ec2:<region>::image/ami-<17 hex>`;
 * - RDS / Aurora: native snapshots named after the job, `…:snapshot:awsbackup:job-<uuid>`;
 * - DynamoDB without advanced backup features: a native DynamoDB backup,
 *   `arn:aws:dynamodb:<region>:<account>:table/<name>/backup/<13 digits>-<8 hex>`;
 * - everything with full AWS Backup management (EFS, S3, DynamoDB with advanced features):
 *   `arn:aws:backup:<region>:<account>:recovery-point:<uuid>`.
 */
export function recoveryPointArn(
  resourceArn: string,
  account: string,
  region: string,
  jobId: string,
  nowMs: number,
  advancedDynamoDb: boolean,
): string {
  switch (backupResourceType(resourceArn)) {
    case 'EBS':
      return `arn:aws:ec2:${region}::snapshot/snap-${randomHex(9).slice(0, 17)}`;
    case 'EC2':
      return `arn:aws:ec2:${region}::image/ami-${randomHex(9).slice(0, 17)}`;
    case 'RDS':
      return `arn:aws:rds:${region}:${account}:snapshot:awsbackup:job-${jobId.toLowerCase()}`;
    case 'Aurora':
      return `arn:aws:rds:${region}:${account}:cluster-snapshot:awsbackup:job-${jobId.toLowerCase()}`;
    case 'DynamoDB':
      if (!advancedDynamoDb)
        return `arn:aws:dynamodb:${region}:${account}:table/${resourceName(resourceArn)}/backup/${String(nowMs).padStart(13, '0')}-${randomHex(4)}`;
      return `arn:aws:backup:${region}:${account}:recovery-point:${randomUUID()}`;
    default:
      return `arn:aws:backup:${region}:${account}:recovery-point:${randomUUID()}`;
  }
}

/** Points whose ARN is AWS Backup's own have "full AWS Backup management": ListTags works on them. */
export function isBackupManagedPointArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:backup:[^:]+:\d{12}:recovery-point:/.test(arn);
}

/** Native snapshots (EBS, EC2 AMI, RDS, Aurora) are tagged and read through the Tagging API. */
export function isNativeSnapshotArn(arn: string): boolean {
  const p = parseArn(arn);
  if (!p) return false;
  return (
    (p.service === 'ec2' && (p.resourceType === 'snapshot' || p.resourceType === 'image')) ||
    (p.service === 'rds' && (p.resourceType === 'snapshot' || p.resourceType === 'cluster-snapshot'))
  );
}

/** Job ids look like AWS's: upper-case GUIDs. */
export const newJobId = () => randomUUID().toUpperCase();

/** A new resource id for restores, in the type's own id shape. */
export function restoredResourceArn(
  resourceType: string,
  account: string,
  region: string,
  metadata: Record<string, string>,
): string {
  switch (resourceType) {
    case 'EBS':
      return `arn:aws:ec2:${region}:${account}:volume/vol-${randomHex(9).slice(0, 17)}`;
    case 'EC2':
      return `arn:aws:ec2:${region}:${account}:instance/i-${randomHex(9).slice(0, 17)}`;
    case 'RDS':
      return `arn:aws:rds:${region}:${account}:db:${metadata.DBInstanceIdentifier ?? `restored-${randomHex(4)}`}`;
    case 'Aurora':
      return `arn:aws:rds:${region}:${account}:cluster:${metadata.DBClusterIdentifier ?? `restored-${randomHex(4)}`}`;
    case 'DynamoDB':
      return `arn:aws:dynamodb:${region}:${account}:table/${metadata.targetTableName ?? `restored-${randomHex(4)}`}`;
    case 'EFS':
      return `arn:aws:elasticfilesystem:${region}:${account}:file-system/fs-${randomHex(9).slice(0, 17)}`;
    case 'S3':
      return `arn:aws:s3:::${metadata.DestinationBucketName ?? `restored-${randomHex(4)}`}`;
    default:
      return `arn:aws:${resourceType.toLowerCase()}:${region}:${account}:restored/${randomHex(8)}`;
  }
}
