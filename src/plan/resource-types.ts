// What this tool knows about AWS resource types: their names, and how the tags on their recovery
// points can be read. Validation, backup and prune all ask this one module, so the knowledge of
// "which points can prove who owns them" lives in one place.
//
// Type names are the Resource Groups Tagging API's `ResourceTypeFilters` (`service:type`), which is
// what plan selectors write in `types:` and what `resourceTypeOfArn` returns.

/** How the `backup-plans:*` tags of a recovery point are read. */
export type PointTagSource =
  /** Backup `ListTags` on the recovery point ARN (types with full AWS Backup management). */
  | 'backup'
  /** The point is a native snapshot/image/backup with its own ARN: Tagging API `GetResources`. */
  | 'tagging-api'
  /** The point cannot carry tags, so ownership cannot be proven and pruning must not touch it. */
  | 'none';

export interface ResourceTypeInfo {
  type: string;
  label: string;
  /** Where the tags of this type's recovery points live. */
  pointTags: PointTagSource;
}

export const RESOURCE_TYPES: readonly ResourceTypeInfo[] = [
  { type: 'ec2:volume', label: 'EBS volume', pointTags: 'tagging-api' }, // arn:aws:ec2:<r>::snapshot/snap-…
  { type: 'ec2:instance', label: 'EC2 instance', pointTags: 'tagging-api' }, // arn:aws:ec2:<r>::image/ami-…
  { type: 'rds:db', label: 'RDS database', pointTags: 'tagging-api' }, // …:snapshot:awsbackup:job-…
  { type: 'rds:cluster', label: 'Aurora/DocumentDB/Neptune cluster', pointTags: 'tagging-api' },
  { type: 'redshift:cluster', label: 'Redshift cluster', pointTags: 'tagging-api' },
  { type: 'fsx:file-system', label: 'FSx file system', pointTags: 'tagging-api' },
  { type: 'storagegateway:gateway', label: 'Storage Gateway volume', pointTags: 'tagging-api' },
  { type: 'elasticfilesystem:file-system', label: 'EFS file system', pointTags: 'backup' },
  { type: 's3', label: 'S3 bucket', pointTags: 'backup' },
  { type: 'cloudformation:stack', label: 'CloudFormation stack', pointTags: 'backup' },
  // Without "advanced DynamoDB backup features" the points are DynamoDB's own backups
  // (arn:aws:dynamodb:…:table/t/backup/…), which take no tags. Whether the account has the
  // feature on cannot be known from a plan file, so plans must assume the worst.
  { type: 'dynamodb:table', label: 'DynamoDB table', pointTags: 'none' },
];

const byType = new Map(RESOURCE_TYPES.map((t) => [t.type, t]));

export const KNOWN_RESOURCE_TYPES: readonly string[] = RESOURCE_TYPES.map((t) => t.type);

/** Types whose recovery points cannot carry tags: `retain.keep` is refused for them. */
export const typesWithoutTags: readonly string[] = RESOURCE_TYPES.filter((t) => t.pointTags === 'none').map(
  (t) => t.type,
);

export function resourceTypeInfo(type: string): ResourceTypeInfo | undefined {
  return byType.get(type);
}

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws|):(.+)$/;

export function parseArn(arn: string): ParsedArn | undefined {
  const m = ARN.exec(arn);
  if (!m) return undefined;
  return { partition: m[1]!, service: m[2]!, region: m[3]!, account: m[4]!, resource: m[5]! };
}

/**
 * The Tagging API type of a resource ARN: "ec2:volume", "rds:db", "dynamodb:table",
 * "elasticfilesystem:file-system", "s3", … (undefined when the text is not an ARN).
 */
export function resourceTypeOfArn(arn: string): string | undefined {
  const parsed = parseArn(arn);
  if (!parsed) return undefined;
  if (parsed.service === 's3') return 's3';
  // The resource part is `type/id`, `type:id` or just `id` depending on the service.
  const kind = /^([^/:]+)[/:]/.exec(parsed.resource)?.[1];
  return kind ? `${parsed.service}:${kind}` : parsed.service;
}

/** Where to read the tags of a recovery point, from the recovery point's own ARN. */
export function pointTagSource(recoveryPointArn: string): PointTagSource {
  const parsed = parseArn(recoveryPointArn);
  if (!parsed) return 'none';
  if (parsed.service === 'backup') return 'backup';
  // DynamoDB's own on-demand backups (arn:aws:dynamodb:<r>:<a>:table/<t>/backup/<id>) take no tags.
  if (parsed.service === 'dynamodb') return 'none';
  return 'tagging-api';
}
