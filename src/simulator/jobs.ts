// How jobs move over simulated time. Documented timeline (README "Jobs"):
// - backup and copy jobs wait 1 minute in CREATED, then run 1 minute per GiB (at least 1 minute);
// - restore jobs: restores.ts;
// - checks AWS makes asynchronously happen when a job would start RUNNING, and fail the job there:
//   another backup or copy job of the same resource still in progress, the resource being gone,
//   the vault lock's retention range, a missing destination vault or foreign account;
// - backup jobs EXPIRE when a resource marked unavailable keeps them from starting until their start
//   window closes, or when they would not finish before their complete window (counted from
//   creation) closes: they end EXPIRED at that instant, without a recovery point.
import { isBackupManagedPointArn, newJobId, parseVaultArn, recoveryPointArn } from './arns.js';
import { invalidParameter, invalidRequest } from './errors.js';
import type { BackupJob, CopyJob, Lifecycle, RecoveryPoint, Tags, Vault } from './model.js';
import { DAY_MS, gib, type SimState } from './state.js';

const MINUTE = 60_000;
const QUEUE_MS = MINUTE;

// AWS's wording for the failure of a second job on a resource that already has one running.
export const CONCURRENT_JOB_MESSAGE =
  'Backup job failed because there was a running job for the same resource.';

// AWS retries a job that cannot start yet at least every 10 minutes within its start window.
const RETRY_MS = 10 * MINUTE;

// Our wording (AWS's exact status messages for these are not documented).
export const START_WINDOW_MESSAGE =
  'Backup job expired because it could not start within its start window (StartWindowMinutes).';
export const COMPLETE_WINDOW_MESSAGE =
  'Backup job expired because it did not complete within its complete window (CompleteWindowMinutes).';

const runMs = (sizeGiB: number) => MINUTE * Math.max(1, Math.ceil(sizeGiB));

/** A requested lifecycle for a new or updated point of its own: -1 ("never") means no such step. */
export function ownLifecycle(requested: Lifecycle | undefined): Lifecycle | undefined {
  if (!requested) return undefined;
  const out: Lifecycle = {};
  if (requested.MoveToColdStorageAfterDays !== undefined && requested.MoveToColdStorageAfterDays > 0)
    out.MoveToColdStorageAfterDays = requested.MoveToColdStorageAfterDays;
  if (requested.DeleteAfterDays !== undefined && requested.DeleteAfterDays > 0)
    out.DeleteAfterDays = requested.DeleteAfterDays;
  return Object.keys(out).length ? out : undefined;
}

/**
 * The lifecycle a copy gets. AWS: "If you don't specify a lifecycle, AWS Backup applies the
 * lifecycle policy of the source backup to the destination backup" (CopyAction.Lifecycle), and
 * "a copy with a retention setting set to never expire will retain its source recovery point's
 * expiration date" ("Backup and tag copy", AWS Backup Developer Guide). Copies keep the source's
 * creation date, so the same DeleteAfterDays is the same expiry date. A requested
 * DeleteAfterDays > 0 overrides; absent or -1 keeps the source's. The cold transition is the
 * request's when a Lifecycle is given, else the source's.
 */
export function copyLifecycle(
  requested: Lifecycle | undefined,
  source: RecoveryPoint,
): Lifecycle | undefined {
  if (!requested) return source.lifecycle && { ...source.lifecycle };
  const own = ownLifecycle(requested) ?? {};
  const del = requested.DeleteAfterDays;
  const out: Lifecycle = { ...own };
  if (del === undefined || del === -1) {
    delete out.DeleteAfterDays;
    if (source.lifecycle?.DeleteAfterDays !== undefined)
      out.DeleteAfterDays = source.lifecycle.DeleteAfterDays;
  }
  return Object.keys(out).length ? out : undefined;
}

// RDS (and Aurora), EFS, FSx and DynamoDB allow only these characters in tag keys and values:
// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$` (EFS and FSx models' TagValue, RDS model's Tag.Value
// documentation; DynamoDB "Tagging restrictions"). EBS and EC2 allow any Unicode.
const STRICT_TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const STRICT_TAG_TYPES = new Set(['RDS', 'Aurora', 'EFS', 'FSx', 'DynamoDB']);

/** The first RecoveryPointTags entry the point's service would refuse, as a status message. */
export function tagCharsetViolation(resourceType: string, tags: Tags): string | undefined {
  if (!STRICT_TAG_TYPES.has(resourceType)) return undefined;
  for (const [key, value] of Object.entries(tags)) {
    const which = !STRICT_TAG_CHARS.test(key)
      ? `key "${key}"`
      : !STRICT_TAG_CHARS.test(value)
        ? `value "${value}" of key "${key}"`
        : undefined;
    if (which)
      return `Backup job failed because the tag ${which} is not valid for ${resourceType}: tags may contain only Unicode letters, digits, white space and _ . : / = + - @.`;
  }
  return undefined;
}

/** The vault lock's verdict on a lifecycle, or undefined when it fits. */
export function lockViolation(vault: Vault, lifecycle: Lifecycle | undefined): string | undefined {
  const lock = vault.lock;
  if (!lock) return undefined;
  const del = lifecycle?.DeleteAfterDays;
  if (lock.minRetentionDays !== undefined && del !== undefined && del < lock.minRetentionDays)
    return `the recovery point's retention of ${del} days is shorter than the minimum retention of ${lock.minRetentionDays} days set by the vault lock on ${vault.name}`;
  if (lock.maxRetentionDays !== undefined && (del === undefined || del > lock.maxRetentionDays))
    return `the recovery point's retention of ${del === undefined ? 'unlimited' : `${del}`} days is longer than the maximum retention of ${lock.maxRetentionDays} days set by the vault lock on ${vault.name}`;
  return undefined;
}

/** Another backup or copy job of the same resource that came first and is still in progress. */
function earlierActiveJob(state: SimState, job: BackupJob | CopyJob): BackupJob | CopyJob | undefined {
  for (const other of state.activeJobsByResource.get(job.resourceArn) ?? [])
    if (other !== job && other.seq < job.seq) return other;
  return undefined;
}

// ---- backup jobs -------------------------------------------------------------------------------

export function scheduleBackupJob(state: SimState, job: BackupJob): void {
  state.events.schedule(job.creationMs + QUEUE_MS, () => beginBackup(state, job));
}

function failBackup(state: SimState, job: BackupJob, message: string): void {
  job.state = 'FAILED';
  job.statusMessage = message;
  job.completionMs = state.now;
  state.markFinished(job);
}

/** The job ran out of its start or complete window: EXPIRED, no recovery point (as AWS). */
function expireBackup(state: SimState, job: BackupJob, message: string): void {
  if (job.state !== 'CREATED' && job.state !== 'RUNNING') return;
  job.state = 'EXPIRED';
  job.statusMessage = message;
  job.completionMs = state.now;
  job.expectedCompletionMs = undefined;
  state.markFinished(job);
}

/** When the job's windows close while it is still CREATED: the earlier of start and complete window. */
function windowEnd(job: BackupJob): { at: number; message: string } {
  return job.completeByMs !== undefined && job.completeByMs < job.startByMs
    ? { at: job.completeByMs, message: COMPLETE_WINDOW_MESSAGE }
    : { at: job.startByMs, message: START_WINDOW_MESSAGE };
}

function beginBackup(state: SimState, job: BackupJob): void {
  if (job.state !== 'CREATED') return;
  const resource = state.resources.get(job.resourceArn);
  if (!resource || resource.deleted)
    return failBackup(state, job, `Backup job failed because the resource ${job.resourceArn} was not found.`);
  if (resource.unavailableUntilMs !== undefined && resource.unavailableUntilMs > state.now) {
    // Not in a state that can be backed up: a retryable error. AWS retries at least every
    // 10 minutes while the start window lasts; the job EXPIRES when it closes.
    const end = windowEnd(job);
    const retry = state.now + RETRY_MS;
    if (retry < end.at) state.events.schedule(retry, () => beginBackup(state, job));
    else state.events.schedule(end.at, () => expireBackup(state, job, end.message));
    return;
  }
  if (!state.optedIn(job.account, job.region, job.resourceType))
    return failBackup(
      state,
      job,
      `Backup job failed because resource type ${job.resourceType} is not opted in to AWS Backup in ${job.region} (service opt-in, DescribeRegionSettings).`,
    );
  if (earlierActiveJob(state, job)) return failBackup(state, job, CONCURRENT_JOB_MESSAGE);
  // DynamoDB without advanced features gets no tags at all, so none can be refused.
  const tagged = !(job.resourceType === 'DynamoDB' && !resource.advancedBackup);
  const badTag = tagged ? tagCharsetViolation(job.resourceType, job.recoveryPointTags) : undefined;
  if (badTag) return failBackup(state, job, badTag);
  if (state.getVault(job.vault.account, job.vault.region, job.vault.name) !== job.vault)
    return failBackup(state, job, `Backup vault ${job.vault.name} does not exist.`);
  const violation = lockViolation(job.vault, job.lifecycle);
  if (violation) return failBackup(state, job, `Backup job failed because ${violation}.`);
  if (job.completeByMs !== undefined && job.completeByMs <= state.now)
    return expireBackup(state, job, COMPLETE_WINDOW_MESSAGE);
  job.state = 'RUNNING';
  job.startedMs = state.now;
  job.sizeGiB = resource.sizeGiB;
  job.expectedCompletionMs = state.now + runMs(resource.sizeGiB);
  // A job that would still be running when its complete window closes is ended then.
  if (job.completeByMs !== undefined && job.expectedCompletionMs > job.completeByMs)
    state.events.schedule(job.completeByMs, () => expireBackup(state, job, COMPLETE_WINDOW_MESSAGE));
  else state.events.schedule(job.expectedCompletionMs, () => completeBackup(state, job));
}

function completeBackup(state: SimState, job: BackupJob): void {
  if (job.state !== 'RUNNING') return;
  const resource = state.resources.get(job.resourceArn);
  job.state = 'COMPLETED';
  job.completionMs = state.now;
  state.markFinished(job);
  const tagless = job.resourceType === 'DynamoDB' && !resource?.advancedBackup;
  state.addPoint({
    arn: job.recoveryPointArn,
    vault: job.vault,
    resourceArn: job.resourceArn,
    resourceType: job.resourceType,
    creationMs: job.startedMs!,
    completionMs: state.now,
    status: 'COMPLETED',
    // The resource's own tags are copied onto its points, the job's RecoveryPointTags on top.
    // DynamoDB backups without advanced features are native DynamoDB backups: no tags at all.
    tags: tagless ? {} : { ...(resource?.tags ?? {}), ...job.recoveryPointTags },
    resourceTags: { ...(resource?.tags ?? {}) },
    lifecycle: job.lifecycle,
    lifecycleVersion: 0,
    storageClass: 'WARM',
    sizeBytes: Math.round(job.sizeGiB * gib),
    iamRoleArn: job.iamRoleArn,
    ...(!isBackupManagedPointArn(job.recoveryPointArn) &&
      resource?.encrypted === false && { encrypted: false }),
    busyWith: new Set(),
    legalHolds: new Set(),
  });
}

// ---- copy jobs ---------------------------------------------------------------------------------

/**
 * Starts a copy job of `source` in the caller's account and region (StartCopyJob, or a copy made
 * by someone else through the world file), with StartCopyJob's synchronous checks.
 */
export function startCopyJob(
  state: SimState,
  params: {
    account: string;
    region: string;
    source: RecoveryPoint;
    destinationVaultArn: string;
    iamRoleArn: string;
    lifecycle?: Lifecycle;
  },
): CopyJob {
  const { source: point, destinationVaultArn } = params;
  const dest = parseVaultArn(destinationVaultArn);
  if (!dest) throw invalidParameter(`Invalid DestinationBackupVaultArn: ${destinationVaultArn}`);
  if (point.status !== 'COMPLETED')
    throw invalidRequest(
      `Recovery point ${point.arn} is in status ${point.status}; only COMPLETED recovery points can be copied.`,
    );
  const vault = point.vault;
  if (dest.account === vault.account && dest.region === vault.region && dest.name === vault.name)
    throw invalidParameter('The destination backup vault must differ from the source backup vault.');
  const job: CopyJob = {
    kind: 'copy',
    id: newJobId(),
    seq: state.nextSeq(),
    account: params.account,
    region: params.region,
    sourceVaultArn: vault.arn,
    sourcePointArn: point.arn,
    destinationVaultArn,
    resourceArn: point.resourceArn,
    resourceType: point.resourceType,
    iamRoleArn: params.iamRoleArn,
    state: 'CREATED',
    creationMs: state.now,
    sizeBytes: point.sizeBytes,
    lifecycle: params.lifecycle,
  };
  state.addCopyJob(job);
  scheduleCopyJob(state, job, point);
  return job;
}

export function scheduleCopyJob(state: SimState, job: CopyJob, source: RecoveryPoint): void {
  source.busyWith.add(job.id);
  state.events.schedule(job.creationMs + QUEUE_MS, () => beginCopy(state, job, source));
}

function failCopy(state: SimState, job: CopyJob, source: RecoveryPoint, message: string): void {
  job.state = 'FAILED';
  job.statusMessage = message;
  job.completionMs = state.now;
  source.busyWith.delete(job.id);
  state.markFinished(job);
}

function beginCopy(state: SimState, job: CopyJob, source: RecoveryPoint): void {
  if (job.state !== 'CREATED') return;
  const dest = parseVaultArn(job.destinationVaultArn)!;
  if (!state.accounts.includes(dest.account))
    return failCopy(
      state,
      job,
      source,
      'Copy job failed. Both source and destination account must be a member of the same organization.',
    );
  const vault = state.getVault(dest.account, dest.region, dest.name);
  if (!vault)
    return failCopy(
      state,
      job,
      source,
      `Copy job failed because the destination backup vault ${job.destinationVaultArn} does not exist.`,
    );
  if (earlierActiveJob(state, job))
    return failCopy(state, job, source, CONCURRENT_JOB_MESSAGE.replace('Backup job', 'Copy job'));
  if (state.points.get(source.arn) !== source)
    return failCopy(
      state,
      job,
      source,
      `Copy job failed because the source recovery point ${source.arn} no longer exists.`,
    );
  // The lock judges the lifecycle the copy will really have (the source's when the job sets none).
  const violation = lockViolation(vault, copyLifecycle(job.lifecycle, source));
  if (violation) return failCopy(state, job, source, `Copy job failed because ${violation}.`);
  job.state = 'RUNNING';
  state.events.schedule(state.now + runMs(job.sizeBytes / gib), () =>
    completeCopy(state, job, source, vault),
  );
}

function completeCopy(state: SimState, job: CopyJob, source: RecoveryPoint, vault: Vault): void {
  if (job.state !== 'RUNNING') return;
  const resource = state.resources.get(job.resourceArn);
  let arn = recoveryPointArn(
    job.resourceArn,
    vault.account,
    vault.region,
    job.id,
    state.now,
    resource?.advancedBackup ?? false,
  );
  // Copied RDS snapshots are named after the copy job rather than a backup job.
  arn = arn.replace(':snapshot:awsbackup:job-', ':snapshot:awsbackup:copyjob-');
  const tagless = job.resourceType === 'DynamoDB' && !resource?.advancedBackup;
  // StartCopyJob takes no tags; the copy carries the source point's: "If you copy your backup to
  // another AWS Region, AWS Backup copies all tags of the original backup to the destination AWS
  // Region" ("Copying tags onto backups"). Cross-account copies are modelled the same way.
  const tags: Tags = tagless ? {} : { ...source.tags };
  state.addPoint({
    arn,
    vault,
    resourceArn: job.resourceArn,
    resourceType: job.resourceType,
    creationMs: source.creationMs, // copies keep the source's creation date
    completionMs: state.now,
    status: 'COMPLETED',
    tags,
    resourceTags: { ...(source.resourceTags ?? {}) },
    lifecycle: copyLifecycle(job.lifecycle, source),
    lifecycleVersion: 0,
    storageClass: 'WARM',
    sizeBytes: source.sizeBytes,
    iamRoleArn: job.iamRoleArn,
    // A copy of an unencrypted native snapshot stays unencrypted (the vault's key covers only
    // types with full AWS Backup management).
    ...(source.encrypted === false && !isBackupManagedPointArn(arn) && { encrypted: false }),
    sourceVaultArn: source.vault.arn,
    busyWith: new Set(),
    legalHolds: new Set(),
  });
  job.state = 'COMPLETED';
  job.completionMs = state.now;
  job.destinationPointArn = arn;
  source.busyWith.delete(job.id);
  state.markFinished(job);
}

export { DAY_MS };
