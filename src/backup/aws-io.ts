// The AWS calls of the backup command, one small function each, returning plain data.
// Everything here is I/O; what to do with the data is decided in the pure modules.
import {
  DescribeBackupVaultCommand,
  DescribeRecoveryPointCommand,
  StartBackupJobCommand,
  StartCopyJobCommand,
  TagResourceCommand,
  paginateListBackupJobs,
  paginateListCopyJobs,
  paginateListRecoveryPointsByBackupVault,
  paginateListRecoveryPointsByResource,
  type BackupClient,
  type StartBackupJobCommandInput,
  type StartCopyJobCommandInput,
} from '@aws-sdk/client-backup';
import {
  TagResourcesCommand,
  paginateGetResources,
  type ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { readPointTags } from '../aws/point-tags.js';
import { pointTagSource } from '../plan/resource-types.js';

export type Tags = Record<string, string>;

export interface VaultInfo {
  name: string;
  arn: string;
  /** Vault lock limits; jobs whose lifecycle falls outside them fail. */
  minRetentionDays?: number;
  maxRetentionDays?: number;
  locked: boolean;
}

export async function describeVault(backup: BackupClient, name: string): Promise<VaultInfo> {
  const out = await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: name }));
  return {
    name,
    arn: out.BackupVaultArn ?? '',
    ...(out.MinRetentionDays !== undefined ? { minRetentionDays: out.MinRetentionDays } : {}),
    ...(out.MaxRetentionDays !== undefined ? { maxRetentionDays: out.MaxRetentionDays } : {}),
    locked: out.Locked ?? false,
  };
}

export interface TaggedResource {
  arn: string;
  tags: Tags;
}

function tagsOf(list: { Key?: string | undefined; Value?: string | undefined }[] | undefined): Tags {
  const tags: Tags = {};
  for (const t of list ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
  return tags;
}

/** Every resource carrying all of `tags` (and of one of `types`, when given), following pagination. */
export async function findResourcesByTags(
  tagging: ResourceGroupsTaggingAPIClient,
  tags: Tags,
  types: string[] | undefined,
): Promise<TaggedResource[]> {
  const found: TaggedResource[] = [];
  const pages = paginateGetResources(
    { client: tagging },
    {
      TagFilters: Object.entries(tags).map(([Key, Value]) => ({ Key, Values: [Value] })),
      ...(types && types.length > 0 ? { ResourceTypeFilters: types } : {}),
      ResourcesPerPage: 100,
    },
  );
  for await (const page of pages) {
    for (const r of page.ResourceTagMappingList ?? [])
      if (r.ResourceARN) found.push({ arn: r.ResourceARN, tags: tagsOf(r.Tags) });
  }
  return found;
}

export interface ObservedJob {
  id: string;
  state: string;
  statusMessage?: string;
  resourceArn: string;
  vault: string;
  created: Date;
  completed?: Date;
  recoveryPointArn?: string;
}

/** Backup jobs of one resource into one vault (AWS keeps about 30 days of them). */
export async function listBackupJobs(
  backup: BackupClient,
  resourceArn: string,
  vault: string,
  since: Date,
): Promise<ObservedJob[]> {
  const jobs: ObservedJob[] = [];
  const pages = paginateListBackupJobs(
    { client: backup },
    { ByResourceArn: resourceArn, ByBackupVaultName: vault, ByCreatedAfter: since },
  );
  for await (const page of pages) {
    for (const j of page.BackupJobs ?? []) {
      if (!j.BackupJobId || !j.CreationDate) continue;
      jobs.push({
        id: j.BackupJobId,
        state: j.State ?? 'UNKNOWN',
        ...(j.StatusMessage ? { statusMessage: j.StatusMessage } : {}),
        resourceArn: j.ResourceArn ?? resourceArn,
        vault: j.BackupVaultName ?? vault,
        created: j.CreationDate,
        ...(j.CompletionDate ? { completed: j.CompletionDate } : {}),
        ...(j.RecoveryPointArn ? { recoveryPointArn: j.RecoveryPointArn } : {}),
      });
    }
  }
  return jobs;
}

export interface ObservedPoint {
  arn: string;
  resourceArn: string;
  vault: string;
  created: Date;
  status: string;
  /** Undefined until read (src/aws/point-tags.ts; see there what an unknown answer becomes). */
  tags?: Tags;
}

/** The resource's recovery points in one vault. */
export async function listResourcePoints(
  backup: BackupClient,
  resourceArn: string,
  vault: string,
): Promise<ObservedPoint[]> {
  const points: ObservedPoint[] = [];
  for await (const page of paginateListRecoveryPointsByResource(
    { client: backup },
    { ResourceArn: resourceArn },
  )) {
    for (const p of page.RecoveryPoints ?? []) {
      if (!p.RecoveryPointArn || !p.CreationDate || p.BackupVaultName !== vault) continue;
      points.push({
        arn: p.RecoveryPointArn,
        resourceArn,
        vault,
        created: p.CreationDate,
        status: p.Status ?? 'UNKNOWN',
      });
    }
  }
  return points;
}

/**
 * Fill in the ownership tags of points whose type keeps them (pass only those: `pointsNeedingTags`),
 * read by the shared reader (src/aws/point-tags.ts). Tags it could not read — a snapshot the Tagging
 * API left out, a point that vanished — become `{}`, "not ours": the due decision reads
 * `tags: undefined` as "this type takes no tags", which would let such a point, or the completed job
 * that made it, satisfy a slot and skip a backup. An extra backup is the safe side of that mistake.
 */
export async function readTagsOfPoints(
  backup: BackupClient,
  tagging: ResourceGroupsTaggingAPIClient,
  points: readonly ObservedPoint[],
): Promise<void> {
  if (points.length === 0) return;
  const read = await readPointTags(
    { backup, tagging },
    points.map((p) => p.arn),
  );
  for (const p of points) p.tags = read.get(p.arn) ?? {};
}

export interface ObservedDestinationPoint {
  arn: string;
  vaultArn: string;
  resourceArn: string;
  created: Date;
  sourceVaultArn?: string;
}

/** A resource's points in a copy destination vault (copies keep the resource ARN and creation date). */
export async function listVaultPointsOfResource(
  backup: BackupClient,
  vault: string,
  resourceArn: string,
): Promise<ObservedDestinationPoint[]> {
  const points: ObservedDestinationPoint[] = [];
  for await (const page of paginateListRecoveryPointsByBackupVault(
    { client: backup },
    { BackupVaultName: vault, ByResourceArn: resourceArn },
  )) {
    for (const p of page.RecoveryPoints ?? []) {
      if (!p.RecoveryPointArn || !p.CreationDate) continue;
      points.push({
        arn: p.RecoveryPointArn,
        vaultArn: p.BackupVaultArn ?? '',
        resourceArn: p.ResourceArn ?? resourceArn,
        created: p.CreationDate,
        ...(p.SourceBackupVaultArn ? { sourceVaultArn: p.SourceBackupVaultArn } : {}),
      });
    }
  }
  return points;
}

/** Whether a point sits in cold storage (ListRecoveryPointsByResource does not say; DescribeRecoveryPoint does). */
export async function isPointCold(backup: BackupClient, vault: string, pointArn: string): Promise<boolean> {
  const out = await backup.send(
    new DescribeRecoveryPointCommand({ BackupVaultName: vault, RecoveryPointArn: pointArn }),
  );
  return out.StorageClass === 'COLD';
}

export interface ObservedCopyJob {
  id: string;
  state: string;
  statusMessage?: string;
  resourceArn: string;
  sourcePointArn: string;
  destinationVaultArn: string;
  destinationPointArn?: string;
  created: Date;
  completed?: Date;
}

/** Copy jobs of one resource started in this account and region (about 30 days of them). */
export async function listCopyJobs(
  backup: BackupClient,
  resourceArn: string,
  since: Date,
): Promise<ObservedCopyJob[]> {
  const jobs: ObservedCopyJob[] = [];
  for await (const page of paginateListCopyJobs(
    { client: backup },
    { ByResourceArn: resourceArn, ByCreatedAfter: since },
  )) {
    for (const j of page.CopyJobs ?? []) {
      if (!j.CopyJobId || !j.SourceRecoveryPointArn || !j.DestinationBackupVaultArn || !j.CreationDate)
        continue;
      jobs.push({
        id: j.CopyJobId,
        state: j.State ?? 'UNKNOWN',
        ...(j.StatusMessage ? { statusMessage: j.StatusMessage } : {}),
        resourceArn: j.ResourceArn ?? resourceArn,
        sourcePointArn: j.SourceRecoveryPointArn,
        destinationVaultArn: j.DestinationBackupVaultArn,
        ...(j.DestinationRecoveryPointArn ? { destinationPointArn: j.DestinationRecoveryPointArn } : {}),
        created: j.CreationDate,
        ...(j.CompletionDate ? { completed: j.CompletionDate } : {}),
      });
    }
  }
  return jobs;
}

export async function startBackupJob(backup: BackupClient, input: StartBackupJobCommandInput) {
  const out = await backup.send(new StartBackupJobCommand(input));
  return { jobId: out.BackupJobId ?? '', recoveryPointArn: out.RecoveryPointArn, created: out.CreationDate };
}

export async function startCopyJob(backup: BackupClient, input: StartCopyJobCommandInput) {
  const out = await backup.send(new StartCopyJobCommand(input));
  return { copyJobId: out.CopyJobId ?? '', created: out.CreationDate };
}

/** Put tags on a recovery point where its type keeps them. Returns false for types that take none. */
export async function tagPoint(
  backup: BackupClient,
  tagging: ResourceGroupsTaggingAPIClient,
  pointArn: string,
  tags: Tags,
): Promise<boolean> {
  const source = pointTagSource(pointArn);
  if (source === 'none') return false;
  if (source === 'backup') {
    await backup.send(new TagResourceCommand({ ResourceArn: pointArn, Tags: tags }));
    return true;
  }
  const out = await tagging.send(new TagResourcesCommand({ ResourceARNList: [pointArn], Tags: tags }));
  const failed = out.FailedResourcesMap?.[pointArn];
  if (failed) {
    const error = new Error(failed.ErrorMessage ?? 'TagResources failed');
    error.name = failed.ErrorCode ?? 'TagResourcesFailed';
    throw error;
  }
  return true;
}
