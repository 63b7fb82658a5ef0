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

/** What AWS Backup can do with a type's recovery points (see FEATURES below). */
export interface TypeFeatures {
  /** `MoveToColdStorageAfterDays` takes effect; for other types AWS ignores it. */
  coldStorage: boolean;
  /** A copy job may copy the point to another region. */
  crossRegionCopy: boolean;
  /** A copy job may copy the point to another account. */
  crossAccountCopy: boolean;
  /** One copy job may go to another region AND another account at once. */
  crossRegionAndAccountInOneCopy: boolean;
  /** Continuous backup (point-in-time restore) exists for the type, in AWS Backup plans only. */
  continuousBackup: boolean;
}

export interface ResourceTypeInfo extends TypeFeatures {
  type: string;
  label: string;
  /** Where the tags of this type's recovery points live. */
  pointTags: PointTagSource;
  /**
   * Its AWS Backup resource type names (DescribeRegionSettings `ResourceTypeOptInPreference`, the
   * GetSupportedResourceTypes list): the service opt-in that must be on. An RDS cluster is Aurora,
   * DocumentDB or Neptune by its engine, which its ARN does not tell.
   */
  optIn: readonly string[];
}

// The per-type feature table. Source: AWS Backup Developer Guide, "Feature availability by resource"
// (https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html#features-by-resource),
// looked up 2026-11-30. Only that page's headings could be read from this workspace, not its table,
// so each value below rests on the pages quoted here, read the same day; the rest (marked "table,
// unverified") is the table as remembered and must be checked against the page:
// - "Copy a backup" (https://docs.aws.amazon.com/aws-backup/latest/devguide/recov-point-create-a-copy.html):
//   "For Amazon RDS and Aurora snapshots, AWS Backup only supports automating either cross-account
//   or cross-Region copies", so not both in one copy; copies of other types may do both.
// - "Amazon EBS and AWS Backup" (.../devguide/multi-volume-crash-consistent.html): "EBS is one of the
//   resource that supports a transition of backups to cold storage".
// - "Backup and tag edits" (.../devguide/editing-a-backup.html) and the Lifecycle API shape: types
//   without cold storage ignore MoveToColdStorageAfterDays.
// - "Backup creation by resource type" (.../devguide/creating-a-backup.html): "On-demand backups
//   cannot be used with point-in-time restore (PITR)". This tool starts on-demand jobs, so it never
//   makes continuous backups; `continuousBackup` only names the types for the message.
// - "Changing your retention period" (.../devguide/point-in-time-recovery-retention-period.html),
//   "Retention period by service": continuous backups of Amazon S3, Aurora and Amazon RDS (and SAP
//   HANA on EC2, which plans here do not select). Checked 2026-11-30 (issue 10).
// - table, still unverified: cold storage for EFS, DynamoDB (advanced features) and CloudFormation, not
//   for the others here; no AWS Backup copies for Redshift clusters. Searched again 2026-11-30: the
//   reachable copies of the page (ja_jp/ko_kr .md) end before the table, and the Lifecycle API shape
//   only points to the table's "Lifecycle to cold storage" section. Kept as remembered.
// DynamoDB gets cold storage and copies only with "advanced DynamoDB backup features" (on by default
// for accounts that started using AWS Backup since November 2021). A plan cannot know, so the table
// lets DynamoDB plans use them (AWS answers at run time) while `pointTags` assumes the worst, because
// there the cost of being wrong is deleting data.
const ALL_COPIES = { crossRegionCopy: true, crossAccountCopy: true, crossRegionAndAccountInOneCopy: true };
const RDS_COPIES = { crossRegionCopy: true, crossAccountCopy: true, crossRegionAndAccountInOneCopy: false };
const NO_COPIES = { crossRegionCopy: false, crossAccountCopy: false, crossRegionAndAccountInOneCopy: false };

export const RESOURCE_TYPES: readonly ResourceTypeInfo[] = [
  // arn:aws:ec2:<r>::snapshot/snap-…
  {
    type: 'ec2:volume',
    optIn: ['EBS'],
    label: 'EBS volume',
    pointTags: 'tagging-api',
    coldStorage: true,
    continuousBackup: false,
    ...ALL_COPIES,
  },
  // arn:aws:ec2:<r>::image/ami-…
  {
    type: 'ec2:instance',
    optIn: ['EC2'],
    label: 'EC2 instance',
    pointTags: 'tagging-api',
    coldStorage: false,
    continuousBackup: false,
    ...ALL_COPIES,
  },
  // …:snapshot:awsbackup:job-…
  {
    type: 'rds:db',
    optIn: ['RDS'],
    label: 'RDS database',
    pointTags: 'tagging-api',
    coldStorage: false,
    continuousBackup: true,
    ...RDS_COPIES,
  },
  {
    type: 'rds:cluster',
    optIn: ['Aurora', 'DocumentDB', 'Neptune'],
    label: 'Aurora/DocumentDB/Neptune cluster',
    pointTags: 'tagging-api',
    coldStorage: false,
    continuousBackup: true,
    ...RDS_COPIES,
  },
  {
    type: 'redshift:cluster',
    optIn: ['Redshift'],
    label: 'Redshift cluster',
    pointTags: 'tagging-api',
    coldStorage: false,
    continuousBackup: false,
    ...NO_COPIES,
  },
  {
    type: 'fsx:file-system',
    optIn: ['FSx'],
    label: 'FSx file system',
    pointTags: 'tagging-api',
    coldStorage: false,
    continuousBackup: false,
    ...ALL_COPIES,
  },
  {
    type: 'storagegateway:gateway',
    optIn: ['Storage Gateway'],
    label: 'Storage Gateway volume',
    pointTags: 'tagging-api',
    coldStorage: false,
    continuousBackup: false,
    ...ALL_COPIES,
  },
  {
    type: 'elasticfilesystem:file-system',
    optIn: ['EFS'],
    label: 'EFS file system',
    pointTags: 'backup',
    coldStorage: true,
    continuousBackup: false,
    ...ALL_COPIES,
  },
  {
    type: 's3',
    optIn: ['S3'],
    label: 'S3 bucket',
    pointTags: 'backup',
    coldStorage: false,
    continuousBackup: true,
    ...ALL_COPIES,
  },
  {
    type: 'cloudformation:stack',
    optIn: ['CloudFormation'],
    label: 'CloudFormation stack',
    pointTags: 'backup',
    coldStorage: true,
    continuousBackup: false,
    ...ALL_COPIES,
  },
  // Without "advanced DynamoDB backup features" the points are DynamoDB's own backups
  // (arn:aws:dynamodb:…:table/t/backup/…), which take no tags. Whether the account has the
  // feature on cannot be known from a plan file, so pruning must assume the worst.
  {
    type: 'dynamodb:table',
    optIn: ['DynamoDB'],
    label: 'DynamoDB table',
    pointTags: 'none',
    coldStorage: true,
    continuousBackup: false,
    ...ALL_COPIES,
  },
];

/** The types with a feature, for messages ("only … support it"). */
export function typesWith(feature: keyof TypeFeatures): string[] {
  return RESOURCE_TYPES.filter((t) => t[feature]).map((t) => t.type);
}

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

/**
 * Why AWS will not back up a resource of this type in an account and region, from that region's
 * DescribeRegionSettings opt-in (undefined: nothing known against it). A type with several AWS
 * Backup names (an RDS cluster: Aurora, DocumentDB or Neptune) is refused only when all are off,
 * since its ARN does not say which it is; then a job of the wrong one still fails with AWS's words.
 */
export function optInProblem(
  type: string | undefined,
  optIn: Readonly<Record<string, boolean>>,
  where: { account: string; region: string },
): string | undefined {
  const names = type ? resourceTypeInfo(type)?.optIn : undefined;
  if (!names || names.length === 0 || !names.every((n) => optIn[n] === false)) return undefined;
  return (
    `resource type ${names.join('/')} is not opted in to AWS Backup in account ${where.account}, region ${where.region}, ` +
    'so AWS does not back it up: turn it on in the AWS Backup console (Settings → Service opt-in → Configure resources) ' +
    'or with UpdateRegionSettings'
  );
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
