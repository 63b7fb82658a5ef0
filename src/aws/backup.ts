// The AWS Backup calls of every command, one small function each, returning the plain data of
// observed.ts. Everything here is I/O; what to do with the data is decided in the pure modules.
// Listings go through the SDK's paginators and `collectPages` (pagination.ts).
import {
  DeleteRecoveryPointCommand,
  DescribeBackupVaultCommand,
  DescribeRecoveryPointCommand,
  DescribeRegionSettingsCommand,
  StartBackupJobCommand,
  StartCopyJobCommand,
  TagResourceCommand,
  UpdateRecoveryPointLifecycleCommand,
  paginateListBackupJobs,
  paginateListCopyJobs,
  type BackupClient,
  type ListBackupJobsCommandOutput,
  type ListCopyJobsCommandOutput,
  type RecoveryPointByBackupVault,
  type StartBackupJobCommandInput,
  type StartCopyJobCommandInput,
} from '@aws-sdk/client-backup';
import { TagResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { pointTagSource } from '../plan/resource-types.js';
import type { TaggingClient } from './clients.js';
import type {
  BackupJobState,
  ObservedBackupJob,
  ObservedCopyJob,
  ObservedPoint,
  Tags,
  VaultInfo,
  VaultPoint,
} from './observed.js';
import { chunked, forEachConcurrent } from './concurrency.js';
import { collectPages, listRecoveryPointsByBackupVault } from './pagination.js';
import { readPointTags } from './point-tags.js';
import { errorCode } from './retry.js';

/** The StartBackupJob request (the SDK's shape: the decision builds it field by field). */
export type StartBackupJobRequest = StartBackupJobCommandInput;
/** The StartCopyJob request. */
export type StartCopyJobRequest = StartCopyJobCommandInput;

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

/**
 * Service opt-in of the caller's account and region (DescribeRegionSettings
 * `ResourceTypeOptInPreference`): AWS Backup type name ("EBS", "RDS", "Aurora", …) → opted in. AWS
 * does not try to protect the resources of a type that is not opted in.
 */
export async function describeOptIn(backup: BackupClient): Promise<Record<string, boolean>> {
  const out = await backup.send(new DescribeRegionSettingsCommand({}));
  return { ...out.ResourceTypeOptInPreference };
}

/** Backup jobs of one resource into one vault (AWS keeps about 30 days of them). */
export async function listBackupJobs(
  backup: BackupClient,
  resourceArn: string,
  vault: string,
  since: Date,
): Promise<ObservedBackupJob[]> {
  const pages = paginateListBackupJobs(
    { client: backup },
    { ByResourceArn: resourceArn, ByBackupVaultName: vault, ByCreatedAfter: since },
  );
  const jobs = await collectPages(pages, (p) => p.BackupJobs);
  return jobs.flatMap(observedBackupJob);
}

type BackupJobItem = NonNullable<ListBackupJobsCommandOutput['BackupJobs']>[number];

function observedBackupJob(j: BackupJobItem): ObservedBackupJob[] {
  return j.BackupJobId && j.CreationDate
    ? [
        {
          jobId: j.BackupJobId,
          state: j.State ?? 'UNKNOWN',
          creationDate: j.CreationDate,
          ...(j.CompletionDate ? { completionDate: j.CompletionDate } : {}),
          ...(j.StatusMessage ? { statusMessage: j.StatusMessage } : {}),
          ...(j.RecoveryPointArn ? { recoveryPointArn: j.RecoveryPointArn } : {}),
        },
      ]
    : [];
}

/** Copy jobs of one resource started in this account and region (about 30 days of them). */
export async function listCopyJobs(
  backup: BackupClient,
  resourceArn: string,
  since: Date,
): Promise<ObservedCopyJob[]> {
  const pages = paginateListCopyJobs(
    { client: backup },
    { ByResourceArn: resourceArn, ByCreatedAfter: since },
  );
  const jobs = await collectPages(pages, (p) => p.CopyJobs);
  return jobs.flatMap((j) => observedCopyJob(j, resourceArn));
}

type CopyJobItem = NonNullable<ListCopyJobsCommandOutput['CopyJobs']>[number];

function observedCopyJob(j: CopyJobItem, resourceArn: string | undefined): ObservedCopyJob[] {
  const resource = j.ResourceArn ?? resourceArn;
  return j.CopyJobId && j.SourceRecoveryPointArn && j.DestinationBackupVaultArn && j.CreationDate && resource
    ? [
        {
          copyJobId: j.CopyJobId,
          sourceRecoveryPointArn: j.SourceRecoveryPointArn,
          destinationBackupVaultArn: j.DestinationBackupVaultArn,
          state: j.State ?? 'UNKNOWN',
          creationDate: j.CreationDate,
          ...(j.CompletionDate ? { completionDate: j.CompletionDate } : {}),
          ...(j.StatusMessage ? { statusMessage: j.StatusMessage } : {}),
          ...(j.DestinationRecoveryPointArn
            ? { destinationRecoveryPointArn: j.DestinationRecoveryPointArn }
            : {}),
          resourceArn: resource,
          ...(j.IamRoleArn ? { iamRoleArn: j.IamRoleArn } : {}),
        },
      ]
    : [];
}

/**
 * The vault's backup jobs created since `since`, every resource at once, by resource ARN: one
 * listing per vault instead of one per resource (the calls are per account and region). `only`
 * narrows it further: created before a time (ByCreatedBefore), in one state (ByState takes one).
 */
export async function listVaultBackupJobs(
  backup: BackupClient,
  vault: string,
  since: Date,
  only: { before?: Date; state?: BackupJobState } = {},
): Promise<Map<string, ObservedBackupJob[]>> {
  const pages = paginateListBackupJobs(
    { client: backup, pageSize: 1000 },
    {
      ByBackupVaultName: vault,
      ByCreatedAfter: since,
      ...(only.before ? { ByCreatedBefore: only.before } : {}),
      ...(only.state ? { ByState: only.state } : {}),
    },
  );
  const byResource = new Map<string, ObservedBackupJob[]>();
  for (const j of await collectPages(pages, (p) => p.BackupJobs)) {
    if (!j.ResourceArn) continue;
    const list = byResource.get(j.ResourceArn) ?? [];
    list.push(...observedBackupJob(j));
    byResource.set(j.ResourceArn, list);
  }
  return byResource;
}

/**
 * Copy jobs of the account and region created since `since` (ListCopyJobs cannot filter by source
 * vault), optionally only those in `state` and created before `before`, by resource ARN.
 */
export async function listRecentCopyJobs(
  backup: BackupClient,
  since: Date,
  state?: 'CREATED' | 'RUNNING',
  before?: Date,
): Promise<Map<string, ObservedCopyJob[]>> {
  const pages = paginateListCopyJobs(
    { client: backup, pageSize: 1000 },
    {
      ByCreatedAfter: since,
      ...(before ? { ByCreatedBefore: before } : {}),
      ...(state ? { ByState: state } : {}),
    },
  );
  const byResource = new Map<string, ObservedCopyJob[]>();
  for (const j of (await collectPages(pages, (p) => p.CopyJobs)).flatMap((c) =>
    observedCopyJob(c, undefined),
  )) {
    if (!j.resourceArn) continue;
    const list = byResource.get(j.resourceArn) ?? [];
    list.push(j);
    byResource.set(j.resourceArn, list);
  }
  return byResource;
}

/**
 * The vault's recovery points created at or after `since` (ByCreatedAfter), by resource ARN, in
 * the shape ListRecoveryPointsByResource gives (ObservedPoint, tags not read).
 */
export async function listVaultPointsSince(
  backup: BackupClient,
  vault: string,
  since: Date,
): Promise<Map<string, ObservedPoint[]>> {
  const points = await listRecoveryPointsByBackupVault(
    backup,
    { BackupVaultName: vault, ByCreatedAfter: since },
    { pageSize: 1000 },
  );
  const byResource = new Map<string, ObservedPoint[]>();
  for (const p of points) {
    if (!p.RecoveryPointArn || !p.CreationDate || !p.ResourceArn) continue;
    const list = byResource.get(p.ResourceArn) ?? [];
    list.push({
      arn: p.RecoveryPointArn,
      resourceArn: p.ResourceArn,
      vault,
      created: p.CreationDate,
      status: p.Status ?? 'UNKNOWN',
      coldAt: coldAt(p),
      ...(p.SourceBackupVaultArn ? { sourceVaultArn: p.SourceBackupVaultArn } : {}),
    });
    byResource.set(p.ResourceArn, list);
  }
  return byResource;
}

/**
 * When a listed point goes cold: AWS moves points to cold storage only by their lifecycle
 * (`Lifecycle.MoveToColdStorageAfterDays`, dated in `CalculatedLifecycle.MoveToColdStorageAt`), so a
 * point whose lifecycle names no cold transition is never cold. A transition without a date is unknown.
 */
function coldAt(p: RecoveryPointByBackupVault): Date | 'never' | undefined {
  if (p.CalculatedLifecycle?.MoveToColdStorageAt) return p.CalculatedLifecycle.MoveToColdStorageAt;
  return p.Lifecycle?.MoveToColdStorageAfterDays === undefined ? 'never' : undefined;
}

/**
 * The resource's recovery points in one vault, read vault-scoped (ListRecoveryPointsByBackupVault
 * with ByResourceArn). Not ListRecoveryPointsByResource: it lists every vault and its
 * `BackupVaultName` (optional in the model) has been seen null for EBS points, which would hide them.
 */
export async function listResourcePoints(
  backup: BackupClient,
  resourceArn: string,
  vault: string,
): Promise<ObservedPoint[]> {
  const points = await listRecoveryPointsByBackupVault(
    backup,
    { BackupVaultName: vault, ByResourceArn: resourceArn },
    { pageSize: 1000 },
  );
  return points.flatMap((p): ObservedPoint[] =>
    p.RecoveryPointArn && p.CreationDate
      ? [
          {
            arn: p.RecoveryPointArn,
            resourceArn,
            vault,
            created: p.CreationDate,
            status: p.Status ?? 'UNKNOWN',
            coldAt: coldAt(p),
            ...(p.SourceBackupVaultArn ? { sourceVaultArn: p.SourceBackupVaultArn } : {}),
          },
        ]
      : [],
  );
}

/**
 * Every recovery point in a vault, or only those of one resource (copies keep the resource ARN and
 * creation date, so this also finds a resource's copies in a destination vault). No tags.
 */
export async function listVaultPoints(
  backup: BackupClient,
  vault: string,
  resourceArn?: string,
): Promise<VaultPoint[]> {
  const points = await listRecoveryPointsByBackupVault(
    backup,
    { BackupVaultName: vault, ...(resourceArn ? { ByResourceArn: resourceArn } : {}) },
    { pageSize: 1000 },
  );
  return points.flatMap((rp): VaultPoint[] => {
    const resource = rp.ResourceArn ?? resourceArn;
    if (!rp.RecoveryPointArn || !resource || !rp.CreationDate) return [];
    return [
      {
        arn: rp.RecoveryPointArn,
        resourceArn: resource,
        resourceType: rp.ResourceType,
        created: rp.CreationDate,
        status: rp.Status ?? 'UNKNOWN',
        deleteAfterDays: rp.Lifecycle?.DeleteAfterDays,
        moveToColdAfterDays: rp.Lifecycle?.MoveToColdStorageAfterDays,
        ...(rp.BackupVaultArn ? { vaultArn: rp.BackupVaultArn } : {}),
        ...(rp.SourceBackupVaultArn ? { sourceVaultArn: rp.SourceBackupVaultArn } : {}),
        ...(rp.IamRoleArn ? { iamRoleArn: rp.IamRoleArn } : {}),
      },
    ];
  });
}

/**
 * Fill in the ownership tags of points whose type keeps them (pass only those: `pointsNeedingTags`),
 * read by the shared reader (point-tags.ts). Tags it could not read — a snapshot the Tagging
 * API left out, a point that vanished — become `{}`, "not ours": the due decision reads
 * `tags: undefined` as "this type takes no tags", which would let such a point, or the completed job
 * that made it, satisfy a slot and skip a backup. An extra backup is the safe side of that mistake.
 */
export async function readTagsOfPoints(
  backup: BackupClient,
  tagging: TaggingClient,
  points: readonly ObservedPoint[],
): Promise<void> {
  if (points.length === 0) return;
  const read = await readPointTags(
    { backup, tagging },
    points.map((p) => p.arn),
  );
  for (const p of points) p.tags = read.get(p.arn) ?? {};
}

/** Whether a point sits in cold storage (ListRecoveryPointsByResource does not say; DescribeRecoveryPoint does). */
export async function isPointCold(backup: BackupClient, vault: string, pointArn: string): Promise<boolean> {
  const out = await backup.send(
    new DescribeRecoveryPointCommand({ BackupVaultName: vault, RecoveryPointArn: pointArn }),
  );
  return out.StorageClass === 'COLD';
}

/** A point's status (DescribeRecoveryPoint), or 'gone' when AWS no longer knows it. */
export async function pointStatus(backup: BackupClient, vault: string, arn: string): Promise<string> {
  try {
    const out = await backup.send(
      new DescribeRecoveryPointCommand({ BackupVaultName: vault, RecoveryPointArn: arn }),
    );
    return out.Status ?? 'UNKNOWN';
  } catch (err) {
    if (errorCode(err) === 'ResourceNotFoundException') return 'gone';
    throw err;
  }
}

/**
 * The status of every point a vault lists with a creation date in [after, before]
 * (ListRecoveryPointsByBackupVault with ByCreatedAfter/ByCreatedBefore): one listing instead of a
 * DescribeRecoveryPoint per point. A point AWS is deleting is listed DELETING, one it only marked is
 * listed EXPIRED (`RecoveryPointByBackupVault.Status`); a point it finished deleting is absent.
 */
export async function pointStatusesCreatedBetween(
  backup: BackupClient,
  vault: string,
  after: Date,
  before: Date,
): Promise<Map<string, string>> {
  const points = await listRecoveryPointsByBackupVault(
    backup,
    { BackupVaultName: vault, ByCreatedAfter: after, ByCreatedBefore: before },
    { pageSize: 1000 },
  );
  const statuses = new Map<string, string>();
  for (const p of points) if (p.RecoveryPointArn) statuses.set(p.RecoveryPointArn, p.Status ?? 'UNKNOWN');
  return statuses;
}

export async function startBackupJob(backup: BackupClient, input: StartBackupJobRequest) {
  const out = await backup.send(new StartBackupJobCommand(input));
  return { jobId: out.BackupJobId ?? '', recoveryPointArn: out.RecoveryPointArn, created: out.CreationDate };
}

export async function startCopyJob(backup: BackupClient, input: StartCopyJobRequest) {
  const out = await backup.send(new StartCopyJobCommand(input));
  return { copyJobId: out.CopyJobId ?? '', created: out.CreationDate };
}

export async function deleteRecoveryPoint(
  backup: BackupClient,
  vault: string,
  pointArn: string,
): Promise<void> {
  await backup.send(new DeleteRecoveryPointCommand({ BackupVaultName: vault, RecoveryPointArn: pointArn }));
}

/** UpdateRecoveryPointLifecycle: a new DeleteAfterDays, keeping the point's cold transition. */
export async function updatePointLifecycle(
  backup: BackupClient,
  vault: string,
  point: Pick<VaultPoint, 'arn' | 'moveToColdAfterDays'>,
  deleteAfterDays: number,
): Promise<void> {
  await backup.send(
    new UpdateRecoveryPointLifecycleCommand({
      BackupVaultName: vault,
      RecoveryPointArn: point.arn,
      Lifecycle: {
        DeleteAfterDays: deleteAfterDays,
        ...(point.moveToColdAfterDays !== undefined
          ? { MoveToColdStorageAfterDays: point.moveToColdAfterDays }
          : {}),
      },
    }),
  );
}

/** Put tags on a recovery point where its type keeps them. Returns false for types that take none. */
export async function tagPoint(
  backup: BackupClient,
  tagging: TaggingClient,
  pointArn: string,
  tags: Tags,
): Promise<boolean> {
  const outcome = (await tagPoints(backup, tagging, [pointArn], tags)).get(pointArn)!;
  if (outcome.kind === 'failed') throw outcome.error;
  return outcome.kind === 'tagged';
}

/** TagResources takes at most this many ARNs a call, all given the same tags (ResourceARNListForTagUntag). */
export const MAX_ARNS_PER_TAG_RESOURCES = 20;

/** What tagging one point came to: tagged, a type that takes no tags, or the error AWS gave for it. */
export type TagOutcome = { kind: 'tagged' } | { kind: 'untaggable' } | { kind: 'failed'; error: unknown };

/**
 * Put the same tags on several recovery points: native snapshots through the Tagging API's
 * TagResources, 20 ARNs a call (its FailedResourcesMap names each ARN that failed: only those fail),
 * full-management types through Backup's TagResource one point a call. A call that fails as a whole
 * fails its points. Never throws: every ARN gets its outcome.
 */
export async function tagPoints(
  backup: BackupClient,
  tagging: TaggingClient,
  arns: readonly string[],
  tags: Tags,
  concurrency = 4,
): Promise<Map<string, TagOutcome>> {
  const out = new Map<string, TagOutcome>();
  const viaTagging: string[] = [];
  const viaBackup: string[] = [];
  for (const arn of new Set(arns)) {
    const source = pointTagSource(arn);
    if (source === 'none') out.set(arn, { kind: 'untaggable' });
    else (source === 'backup' ? viaBackup : viaTagging).push(arn);
  }
  await Promise.all([
    forEachConcurrent(chunked(viaTagging, MAX_ARNS_PER_TAG_RESOURCES), concurrency, async (batch) => {
      try {
        const res = await tagging.send(new TagResourcesCommand({ ResourceARNList: batch, Tags: tags }));
        for (const arn of batch) {
          const failed = res.FailedResourcesMap?.[arn];
          if (!failed) {
            out.set(arn, { kind: 'tagged' });
            continue;
          }
          const error = new Error(failed.ErrorMessage ?? 'TagResources failed');
          error.name = failed.ErrorCode ?? 'TagResourcesFailed';
          out.set(arn, { kind: 'failed', error });
        }
      } catch (error) {
        for (const arn of batch) out.set(arn, { kind: 'failed', error });
      }
    }),
    forEachConcurrent(viaBackup, concurrency, async (arn) => {
      try {
        await backup.send(new TagResourceCommand({ ResourceArn: arn, Tags: tags }));
        out.set(arn, { kind: 'tagged' });
      } catch (error) {
        out.set(arn, { kind: 'failed', error });
      }
    }),
  ]);
  return out;
}
