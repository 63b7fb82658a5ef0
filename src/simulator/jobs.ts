// How jobs move over simulated time. Documented timeline (README "Jobs"):
// - backup and copy jobs wait 1 minute in CREATED, then run 1 minute per GiB (at least 1 minute);
// - restore jobs: restores.ts;
// - checks AWS makes asynchronously happen when a job would start RUNNING, and fail the job there:
//   another backup or copy job of the same resource still in progress, the resource being gone,
//   the vault lock's retention range, a missing destination vault or foreign account;
// - backup jobs EXPIRE when a resource marked unavailable keeps them from starting until their start
//   window closes, or when they would not finish before their complete window (counted from
//   creation) closes: they end EXPIRED at that instant, without a recovery point.
import { parseVaultArn, recoveryPointArn } from './arns.js';
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
  if (earlierActiveJob(state, job)) return failBackup(state, job, CONCURRENT_JOB_MESSAGE);
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
    busyWith: new Set(),
    legalHolds: new Set(),
  });
}

// ---- copy jobs ---------------------------------------------------------------------------------

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
  const violation = lockViolation(vault, job.lifecycle);
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
  // StartCopyJob takes no tags: the copy carries only the resource's own tags.
  const tags: Tags = tagless ? {} : { ...(resource?.tags ?? {}) };
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
    lifecycle: job.lifecycle,
    lifecycleVersion: 0,
    storageClass: 'WARM',
    sizeBytes: source.sizeBytes,
    iamRoleArn: job.iamRoleArn,
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
