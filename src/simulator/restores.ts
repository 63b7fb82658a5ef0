// Restores: GetRecoveryPointRestoreMetadata, StartRestoreJob, DescribeRestoreJob, ListRestoreJobs,
// and how a restore job moves over simulated time and creates a resource in the world.
//
// AWS sources (each behaviour is tested in test/simulator/restores.test.ts, rows in FIDELITY.md):
// - "StartRestoreJob" (API reference): Metadata, IamRoleArn, ResourceType, IdempotencyToken,
//   CopySourceTagsToRestoredResource ("tags included in the backup will be copied to the restored
//   resource"); the EFS keys file-system-id, Encrypted, KmsKeyId, PerformanceMode, CreationToken,
//   newFileSystem, ItemsToRestore.
// - "Restore testing inferred metadata" (developer guide): the metadata keys per resource type
//   (EBS availabilityZone, encrypted, iops, kmsKeyId, throughput, volumeSize, volumeType; DynamoDB
//   targetTableName, encryptionType, kmsMasterKeyArn, deletionProtection; EFS as above; RDS the
//   RestoreDBInstanceFromDBSnapshot parameters) and "key values are not case sensitive".
// - "Restore a backup by resource type" (developer guide): restores are non-destructive, they create
//   a new resource; "Copy tags during a restore" copies the tags the protected resource had at the
//   time of backup, and is not available for DynamoDB and S3 restores.
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArn, resourceName, restoredResourceArn } from './arns.js';
import { invalidParameter, invalidRequest, missingParameter, notFound } from './errors.js';
import type { Caller, RecoveryPoint, Resource, RestoreJob } from './model.js';
import { CREATING_MS } from './resource-life.js';
import { gib, scopeKey, type SimState } from './state.js';
import type { BackupInput } from './backup.js';
import {
  checkEnum,
  checkRoleArn,
  idempotent,
  paged,
  pointOf,
  remember,
  seconds,
  vaultOf,
  within,
} from './backup.js';

const MINUTE = 60_000;
// Restore jobs wait 1 minute in PENDING, then run 1 minute per GiB (at least 1 minute).
const QUEUE_MS = MINUTE;
const runMs = (sizeBytes: number) => MINUTE * Math.max(1, Math.ceil(sizeBytes / gib));

const RESTORE_JOB_STATUSES = new Set(['PENDING', 'RUNNING', 'COMPLETED', 'ABORTED', 'FAILED']);

/** "Copy tags during a restore": not available for these types' restores. */
export const NO_TAG_COPY_ON_RESTORE = new Set(['DynamoDB', 'S3']);

/** A metadata value by key, ignoring case as AWS documents ("key values are not case sensitive"). */
export function metadataValue(metadata: Record<string, string>, key: string): string | undefined {
  const want = key.toLowerCase();
  for (const [k, v] of Object.entries(metadata)) if (k.toLowerCase() === want) return v;
  return undefined;
}

/**
 * What GetRecoveryPointRestoreMetadata answers per type: the configuration the resource was backed
 * up with, under the keys StartRestoreJob takes back (AWS's names, per type).
 */
export function restoreMetadata(point: RecoveryPoint): Record<string, string> {
  const name = resourceName(point.resourceArn);
  const region = parseArn(point.resourceArn)?.region || point.vault.region;
  const sizeGiB = String(Math.max(1, Math.round(point.sizeBytes / gib)));
  switch (point.resourceType) {
    case 'EBS':
      return {
        volumeId: name,
        volumeSize: sizeGiB,
        volumeType: 'gp3',
        iops: '3000',
        throughput: '125',
        availabilityZone: `${region}a`,
        encrypted: 'false',
      };
    case 'RDS':
      return {
        DBInstanceIdentifier: name,
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        MultiAZ: 'false',
        Port: '5432',
        AvailabilityZone: `${region}a`,
        DBSubnetGroupName: 'default',
        StorageType: 'gp3',
        PubliclyAccessible: 'false',
        CopyTagsToSnapshot: 'true',
      };
    case 'Aurora':
      return { DBClusterIdentifier: name, Engine: 'aurora-postgresql', Port: '5432' };
    case 'DynamoDB':
      return {
        originalTableName: name,
        targetTableName: name,
        encryptionType: 'Default',
        deletionProtection: 'false',
      };
    case 'EFS':
      return {
        'file-system-id': name,
        newFileSystem: 'true',
        Encrypted: 'false',
        PerformanceMode: 'generalPurpose',
        CreationToken: randomBytes(8).toString('hex'),
      };
    case 'S3':
      return { DestinationBucketName: name, NewBucket: 'false' };
    default:
      return {};
  }
}

function restoreJobShape(state: SimState, j: RestoreJob) {
  let percent = 0;
  if (j.status === 'COMPLETED') percent = 100;
  else if (j.status === 'RUNNING' && j.startedMs !== undefined && j.expectedCompletionMs !== undefined)
    percent = Math.min(99, ((state.now - j.startedMs) / (j.expectedCompletionMs - j.startedMs)) * 100);
  return {
    AccountId: j.account,
    RestoreJobId: j.id,
    RecoveryPointArn: j.pointArn,
    CreationDate: seconds(j.creationMs),
    CompletionDate: seconds(j.completionMs),
    Status: j.status,
    StatusMessage: j.statusMessage,
    PercentDone: percent.toFixed(1),
    BackupSizeInBytes: j.sizeBytes,
    IamRoleArn: j.iamRoleArn,
    ExpectedCompletionTimeMinutes: (QUEUE_MS + runMs(j.sizeBytes)) / MINUTE,
    CreatedResourceArn: j.createdResourceArn,
    ResourceType: j.resourceType,
    RecoveryPointCreationDate: seconds(j.pointCreationMs),
  };
}

type Handler = (state: SimState, caller: Caller, input: BackupInput) => unknown;

export const restoreHandlers: Record<
  'GetRecoveryPointRestoreMetadata' | 'StartRestoreJob' | 'DescribeRestoreJob' | 'ListRestoreJobs',
  Handler
> = {
  GetRecoveryPointRestoreMetadata(state, caller, input) {
    const vault = vaultOf(state, caller, input.label('backupVaultName'));
    const p = pointOf(state, vault, input.label('recoveryPointArn'));
    return {
      BackupVaultArn: vault.arn,
      RecoveryPointArn: p.arn,
      RestoreMetadata: restoreMetadata(p),
      // Newer than the 2023 model; the SDK has it.
      ResourceType: p.resourceType,
    };
  },

  StartRestoreJob(state, caller, input) {
    const pointArn = input.str('RecoveryPointArn', true);
    const metadata = input.body.Metadata;
    if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata))
      throw missingParameter('Metadata');
    const iamRoleArn = input.str('IamRoleArn');
    if (iamRoleArn) checkRoleArn(iamRoleArn);
    const resourceType = input.str('ResourceType');
    const copyTags = input.body.CopySourceTagsToRestoredResource;
    if (copyTags !== undefined && copyTags !== null && typeof copyTags !== 'boolean')
      throw invalidParameter('CopySourceTagsToRestoredResource must be a boolean');
    const token = input.str('IdempotencyToken');
    const params = { pointArn, metadata, iamRoleArn, resourceType, copyTags };
    const earlier = idempotent(state, caller, 'StartRestoreJob', token, params);
    if (earlier) return { RestoreJobId: earlier };
    const p = state.points.get(pointArn);
    if (!p || p.vault.account !== caller.account || p.vault.region !== caller.region)
      throw notFound(`Recovery point ${pointArn} not found.`);
    if (p.status !== 'COMPLETED')
      throw invalidRequest(`Recovery point ${pointArn} is ${p.status}; it cannot be restored.`);
    if (resourceType && resourceType !== p.resourceType)
      throw invalidParameter(
        `ResourceType ${resourceType} does not match the recovery point's type ${p.resourceType}.`,
      );
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(metadata as Record<string, unknown>)) {
      if (typeof v !== 'string') throw invalidParameter(`Metadata.${k} must be a string`);
      values[k] = v;
    }
    const job: RestoreJob = {
      id: randomUUID().toUpperCase(),
      account: caller.account,
      region: caller.region,
      pointArn,
      pointCreationMs: p.creationMs,
      resourceType: p.resourceType,
      iamRoleArn,
      metadata: values,
      copySourceTags: copyTags === true,
      // Taken now: the point may expire while the job runs, the restore still has its data.
      sourceResourceTags: { ...(p.resourceTags ?? {}) },
      sourceResourceArn: p.resourceArn,
      status: 'PENDING',
      creationMs: state.now,
      sizeBytes: p.sizeBytes,
    };
    state.addRestoreJob(job);
    scheduleRestoreJob(state, job);
    remember(state, caller, 'StartRestoreJob', token, params, job.id);
    return { RestoreJobId: job.id };
  },

  DescribeRestoreJob(state, caller, input) {
    const id = input.label('restoreJobId');
    const job = state.restoreJobs.get(id);
    if (!job || job.account !== caller.account || job.region !== caller.region)
      throw notFound(`Restore job ${id} not found.`);
    return restoreJobShape(state, job);
  },

  ListRestoreJobs(state, caller, input) {
    const byStatus = input.q('status');
    checkEnum('ByStatus', byStatus, RESTORE_JOB_STATUSES);
    const byAccount = input.q('accountId');
    const byType = input.q('resourceType');
    const after = input.qTime('createdAfter');
    const before = input.qTime('createdBefore');
    const completeAfter = input.qTime('completeAfter');
    const completeBefore = input.qTime('completeBefore');
    const { items, nextToken } = paged(
      state.restoreJobsByScope.get(scopeKey(caller.account, caller.region)),
      {
        token: input.nextToken(),
        max: input.maxResults(),
        tag: 'restore-jobs',
        keep: (j) =>
          (byStatus === undefined || j.status === byStatus) &&
          (byAccount === undefined || j.account === byAccount) &&
          (byType === undefined || j.resourceType === byType) &&
          within(j.creationMs, after, before) &&
          (completeAfter === undefined && completeBefore === undefined
            ? true
            : within(j.completionMs, completeAfter, completeBefore)),
      },
    );
    return { RestoreJobs: items.map((j) => restoreJobShape(state, j)), NextToken: nextToken };
  },
};

// ---- the job on the simulated clock -----------------------------------------------------------

function scheduleRestoreJob(state: SimState, job: RestoreJob): void {
  state.events.schedule(job.creationMs + QUEUE_MS, () => {
    if (job.status !== 'PENDING') return;
    job.status = 'RUNNING';
    job.startedMs = state.now;
    job.expectedCompletionMs = state.now + runMs(job.sizeBytes);
    state.events.schedule(job.expectedCompletionMs, () => completeRestore(state, job));
  });
}

function fail(state: SimState, job: RestoreJob, message: string): void {
  job.status = 'FAILED';
  job.statusMessage = message;
  job.completionMs = state.now;
}

/** The resource a restore writes to, with the metadata keys read case-insensitively. */
function restoreTarget(job: RestoreJob): { arn: string; inPlace: boolean } {
  const m = job.metadata;
  if (job.resourceType === 'EFS' && metadataValue(m, 'newFileSystem')?.toLowerCase() === 'false') {
    // Restoring into an existing file system: AWS writes into a recovery directory of that one.
    const fsId = metadataValue(m, 'file-system-id') ?? resourceName(job.sourceResourceArn);
    return {
      arn: `arn:aws:elasticfilesystem:${job.region}:${job.account}:file-system/${fsId}`,
      inPlace: true,
    };
  }
  const names: Record<string, string> = {};
  for (const key of [
    'DBInstanceIdentifier',
    'DBClusterIdentifier',
    'targetTableName',
    'DestinationBucketName',
  ]) {
    const v = metadataValue(m, key);
    if (v !== undefined) names[key] = v;
  }
  if (job.resourceType === 'S3' && metadataValue(m, 'NewBucket')?.toLowerCase() !== 'true')
    return { arn: restoredResourceArn('S3', job.account, job.region, names), inPlace: true };
  return { arn: restoredResourceArn(job.resourceType, job.account, job.region, names), inPlace: false };
}

function completeRestore(state: SimState, job: RestoreJob): void {
  if (job.status !== 'RUNNING') return;
  const target = restoreTarget(job);
  const existing = state.resources.get(target.arn);
  if (target.inPlace) {
    if (!existing || existing.deleted)
      return fail(
        state,
        job,
        `Restore failed because the resource ${resourceName(target.arn)} does not exist.`,
      );
  } else {
    if (existing && !existing.deleted)
      return fail(
        state,
        job,
        `Restore failed because the resource ${resourceName(target.arn)} already exists.`,
      );
    if (existing) state.resources.delete(target.arn);
    // The restored resource is a new one: the deleted one's tag history is not its own.
    state.forgetTagHistory(target.arn);
    const copyTags = job.copySourceTags && !NO_TAG_COPY_ON_RESTORE.has(job.resourceType);
    const resource: Resource = {
      arn: target.arn,
      account: job.account,
      region: job.region,
      backupType: job.resourceType,
      tags: copyTags ? { ...job.sourceResourceTags } : {},
      sizeGiB: job.sizeBytes / gib,
      advancedBackup: false,
      encrypted: true,
      deleted: false,
      restoredBy: job.id,
      createdMs: state.now,
      // Still being created for a while after the job completes (resource-life.ts).
      availableAtMs: state.now + (CREATING_MS[job.resourceType] ?? 0),
      restoreMetadata: { ...job.metadata },
    };
    state.addResource(resource);
  }
  const point = state.points.get(job.pointArn);
  if (point) point.lastRestoreMs = state.now;
  job.status = 'COMPLETED';
  job.completionMs = state.now;
  job.createdResourceArn = target.arn;
}

/**
 * Deletes a resource that a restore created (what EC2 DeleteVolume, RDS DeleteDBInstance, EFS
 * DeleteFileSystem or DynamoDB DeleteTable do to it; the simulator does not speak those services, so
 * the admin API offers this instead). Only restored resources: a test cannot delete a source by
 * mistake. Like any deleted resource it stays visible to the Tagging API, as AWS documents.
 */
export function deleteRestoredResource(state: SimState, arn: string): Resource {
  const resource = state.resources.get(arn);
  if (!resource) throw new Error(`no resource ${arn}`);
  if (resource.restoredBy === undefined)
    throw new Error(`${arn} was not created by a restore job; only restored resources can be deleted`);
  if (resource.deleted) throw new Error(`${arn} is already deleted`);
  resource.deleted = true;
  return resource;
}
