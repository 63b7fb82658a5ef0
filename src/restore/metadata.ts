// Restore metadata: the keys AWS documents per resource type, the user's overrides on top of what
// GetRecoveryPointRestoreMetadata answered, and the checks that keep a restore from landing on the
// live resource. Pure.
//
// Sources: "Restore testing inferred metadata" (AWS Backup developer guide: the keys per type, and
// "key values are not case sensitive"); "StartRestoreJob" (API reference: the EFS keys);
// "Restore a backup by resource type" > "Copy tags during a restore" (not for DynamoDB and S3).
import { closest } from '../plan/suggest.js';
import { parseArn, resourceTypeOfArn } from '../plan/resource-types.js';
import { RestoreInputError } from './point.js';

/** AWS Backup's ResourceType for a resource ARN (what StartRestoreJob's ResourceType takes). */
export function backupResourceType(resourceArn: string): string | undefined {
  const type = resourceTypeOfArn(resourceArn);
  return {
    'ec2:volume': 'EBS',
    'ec2:instance': 'EC2',
    'rds:db': 'RDS',
    'rds:cluster': 'Aurora',
    'dynamodb:table': 'DynamoDB',
    'elasticfilesystem:file-system': 'EFS',
    s3: 'S3',
    'fsx:file-system': 'FSx',
  }[type ?? ''];
}

/** Documented keys per type; any key GetRecoveryPointRestoreMetadata answered is valid as well. */
export const DOCUMENTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  EBS: [
    'volumeId',
    'volumeSize',
    'volumeType',
    'availabilityZone',
    'encrypted',
    'kmsKeyId',
    'iops',
    'throughput',
  ],
  EFS: [
    'file-system-id',
    'Encrypted',
    'KmsKeyId',
    'PerformanceMode',
    'CreationToken',
    'newFileSystem',
    'ItemsToRestore',
  ],
  RDS: [
    'DBInstanceIdentifier',
    'DBInstanceClass',
    'Engine',
    'MultiAZ',
    'Port',
    'AvailabilityZone',
    'DBSubnetGroupName',
    'VpcSecurityGroupIds',
    'StorageType',
    'Iops',
    'PubliclyAccessible',
    'CopyTagsToSnapshot',
    'OptionGroupName',
    'DBParameterGroupName',
    'DBName',
    'LicenseModel',
    'AutoMinorVersionUpgrade',
    'DeletionProtection',
    'KmsKeyId',
    'TdeCredentialArn',
    'TdeCredentialPassword',
  ],
  DynamoDB: [
    'targetTableName',
    'originalTableName',
    'encryptionType',
    'kmsMasterKeyArn',
    'deletionProtection',
  ],
};

/** "Copy tags during a restore" is not available for these types' restores. */
export function copiesTags(resourceType: string): boolean {
  return resourceType !== 'DynamoDB' && resourceType !== 'S3';
}

// Keys whose values are secrets (RDS TdeCredentialPassword, …): never printed or written to reports.
const SECRET_KEY = /password|secret/i;

/** Metadata safe to print: secret values masked. */
export function printableMetadata(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, SECRET_KEY.test(k) ? '***' : v]));
}

/** The values that must never be printed (register them with the host's secret masking). */
export function secretValues(metadata: Record<string, string>): string[] {
  const printable = printableMetadata(metadata);
  return Object.entries(metadata)
    .filter(([k, v]) => printable[k] !== v)
    .map(([, v]) => v)
    .filter((v) => v !== '');
}

const findKey = (keys: Iterable<string>, key: string) => {
  const want = key.toLowerCase();
  for (const k of keys) if (k.toLowerCase() === want) return k;
  return undefined;
};

const valueOf = (m: Record<string, string>, key: string) => {
  const k = findKey(Object.keys(m), key);
  return k === undefined ? undefined : m[k];
};

/** The metadata key that names a new resource, per type: restoring onto a live name fails. */
const NAME_KEY: Record<string, string> = {
  RDS: 'DBInstanceIdentifier',
  Aurora: 'DBClusterIdentifier',
  DynamoDB: 'targetTableName',
};

export interface MetadataPlan {
  metadata: Record<string, string>;
  /** What was changed and why, for the report. */
  notes: string[];
}

export interface MetadataInput {
  resourceType: string;
  resourceArn: string;
  /** What GetRecoveryPointRestoreMetadata answered. */
  base: Record<string, string>;
  overrides: Record<string, string>;
  force: boolean;
  /** Used to name a new resource when AWS's metadata names the live one. */
  now: Date;
}

function resourceName(arn: string): string {
  const resource = parseArn(arn)?.resource ?? arn;
  return resource.split(/[/:]/).pop() ?? resource;
}

/**
 * The metadata to restore with: AWS's answer with the overrides on top (matched case-insensitively,
 * written under AWS's spelling). Refuses keys the type does not know, and metadata that would
 * restore onto the live resource unless `force`.
 */
export function planMetadata(input: MetadataInput): MetadataPlan {
  const { resourceType, base, overrides } = input;
  const metadata = { ...base };
  const notes: string[] = [];
  const known = [...(DOCUMENTED_KEYS[resourceType] ?? []), ...Object.keys(base)];
  for (const [key, value] of Object.entries(overrides)) {
    const spelled = findKey(Object.keys(metadata), key) ?? findKey(known, key);
    if (spelled === undefined) {
      if (!DOCUMENTED_KEYS[resourceType]) {
        metadata[key] = value; // a type we have no documented key list for: pass it on as given
        notes.push(`metadata key "${key}" is not checked for ${resourceType}`);
        continue;
      }
      const hint = closest(key, known);
      throw new RestoreInputError(
        'unknown-metadata-key',
        `metadata key "${key}" is not a restore metadata key of ${resourceType}${hint ? ` (did you mean "${hint}"?)` : ''}; known keys: ${[...new Set(known)].sort().join(', ')}`,
      );
    }
    metadata[spelled] = value;
  }

  const source = resourceName(input.resourceArn);
  const nameKey = NAME_KEY[resourceType];
  const named = nameKey ? findKey(Object.keys(metadata), nameKey) : undefined;
  if (nameKey && named !== undefined && metadata[named] === source) {
    if (findKey(Object.keys(overrides), nameKey) === undefined) {
      // AWS's metadata names the resource it was backed up from: restoring that would fail while the
      // resource lives. A restore makes a new resource, so give it a new name.
      const stamp = input.now.toISOString().replace(/[-:]/g, '').slice(0, 13).toLowerCase();
      metadata[named] = `${source}-restored-${stamp}`;
      notes.push(`${named} set to ${metadata[named]} (AWS's metadata named the live ${source})`);
    } else if (!input.force) {
      throw new RestoreInputError(
        'would-overwrite',
        `restore metadata ${named}=${source} names the live resource ${input.resourceArn}: a restore onto it would replace it (AWS refuses while it exists). Choose another ${named}, or pass --force (action: force) if it is gone`,
      );
    }
  }
  if (resourceType === 'EFS' && valueOf(metadata, 'newFileSystem')?.toLowerCase() === 'false' && !input.force)
    throw new RestoreInputError(
      'would-overwrite',
      `restore metadata newFileSystem=false restores into the existing file system ${valueOf(metadata, 'file-system-id') ?? source}, next to its live data; set newFileSystem=true, or pass --force`,
    );
  if (
    resourceType === 'S3' &&
    valueOf(metadata, 'NewBucket')?.toLowerCase() !== 'true' &&
    (valueOf(metadata, 'DestinationBucketName') ?? source) === source &&
    !input.force
  )
    throw new RestoreInputError(
      'would-overwrite',
      `restore metadata restores into the live bucket ${source} and would overwrite its objects; name a new DestinationBucketName with NewBucket=true, or pass --force`,
    );
  return { metadata, notes };
}
