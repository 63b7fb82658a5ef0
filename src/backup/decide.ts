// The backup command's decisions, on top of the schedule module's pure ones: which points need their
// tags read, what a resource's due decision means for this run, the exact StartBackupJob and
// StartCopyJob requests, and which copies to make. Pure functions of (plan, observed state, now).
import type { StartBackupJobCommandInput, StartCopyJobCommandInput } from '@aws-sdk/client-backup';
import { pointTagSource, type CopyTarget, type Plan } from '../plan/index.js';
import type { RuleSlot } from '../report/backup.js';
import { latestSlot } from '../schedule/cron.js';
import {
  decideDue,
  type ObservedRecoveryPoint,
  type PlannedBackupJob,
  type ResourceDueDecision,
} from '../schedule/due.js';
import { combinedLifecycle, type Lifecycle } from '../schedule/lifecycle.js';
import { copyIdempotencyToken, isOwnedBy, OWNERSHIP_TAG_KEYS, readOwnership } from '../schedule/token.js';
import type { ObservedCopyJob, ObservedJob, ObservedPoint, Tags, VaultInfo } from './aws-io.js';

const MINUTE = 60_000;

/**
 * The points whose ownership tags the decisions need: those created since the oldest current slot
 * of any rule (slot satisfaction) or within the longest copy window (copies), plus the newest
 * `backfill` ones. Older points cannot change a decision, and reading their tags costs calls.
 * Points whose type takes no tags are left out: there is nothing to read.
 */
export function pointsNeedingTags(plan: Plan, points: ObservedPoint[], now: Date): ObservedPoint[] {
  const cutoff = relevanceCutoff(plan, now);
  const backfill = Math.max(0, ...plan.rules.flatMap((r) => r.copyTo.map((c) => c.backfill ?? 0)));
  const newest = [...points].sort((a, b) => b.created.getTime() - a.created.getTime()).slice(0, backfill);
  return points.filter(
    (p) => pointTagSource(p.arn) !== 'none' && (p.created.getTime() >= cutoff || newest.includes(p)),
  );
}

function relevanceCutoff(plan: Plan, now: Date): number {
  let cutoff = now.getTime();
  for (const rule of plan.rules) {
    const slot = latestSlot(rule.schedule, rule.timezone, now);
    if (slot) cutoff = Math.min(cutoff, slot.getTime());
    if (rule.copyTo.length > 0) cutoff = Math.min(cutoff, now.getTime() - rule.copyWithinMinutes * MINUTE);
  }
  return cutoff;
}

export interface DueOutcome {
  kind: 'satisfied' | 'start' | 'retry-later' | 'failed' | 'skipped';
  rules: RuleSlot[];
  /** The job that satisfies the slot, keeps the resource busy, or failed last. */
  job?: ObservedJob;
  /** The recovery point that satisfies the slot (when no job does). */
  pointArn?: string;
  reason?: string;
  /** kind 'start': the job to start. */
  planned?: PlannedBackupJob;
  attempt?: number;
  /** Attempts a slot gets (1 + retries of the rules served). */
  maxAttempts?: number;
  /** The schedule module's decision, kept for the JSON report's curious reader. */
  decision: ResourceDueDecision;
}

export interface ResourceDecisionInput {
  plan: Plan;
  namespace: string;
  resourceArn: string;
  now: Date;
  jobs: ObservedJob[];
  points: ObservedPoint[];
  copyJobs: ObservedCopyJob[];
  vault: VaultInfo;
}

/** A failed job whose resource is gone: the resource is skipped with a note, not a plan failure. */
export function isResourceGoneMessage(message: string | undefined): boolean {
  return (
    !!message &&
    /\bresource\b/i.test(message) &&
    /\b(not found|does not exist|no longer exists)\b/i.test(message)
  );
}

function toObservedPoints(plan: Plan, points: ObservedPoint[], now: Date): ObservedRecoveryPoint[] {
  const cutoff = relevanceCutoff(plan, now);
  const out: ObservedRecoveryPoint[] = [];
  for (const p of points) {
    const readable = pointTagSource(p.arn) !== 'none';
    // Readable points we did not read are older than any decision needs: leave them out rather
    // than let "tags unknown" count them as ours.
    if (readable && p.tags === undefined) continue;
    if (p.created.getTime() < cutoff && readable) continue;
    out.push({ arn: p.arn, creationDate: p.created, status: p.status, tags: readable ? p.tags : undefined });
  }
  return out;
}

export function decideResource(input: ResourceDecisionInput): DueOutcome {
  const { plan, now } = input;
  const [decision] = decideDue({
    namespace: input.namespace,
    plan: plan.id,
    rules: plan.rules,
    now,
    resources: [
      {
        resourceArn: input.resourceArn,
        jobs: input.jobs.map((j) => ({
          jobId: j.id,
          state: j.state,
          creationDate: j.created,
          statusMessage: j.statusMessage,
          recoveryPointArn: j.recoveryPointArn,
        })),
        points: toObservedPoints(plan, input.points, now),
        copyJobsInFlight: input.copyJobs
          .filter((c) => c.state === 'CREATED' || c.state === 'RUNNING')
          .map((c) => ({ copyJobId: c.id, state: c.state, creationDate: c.created })),
      },
    ],
    vaultLock:
      input.vault.minRetentionDays !== undefined || input.vault.maxRetentionDays !== undefined
        ? {
            vaultName: input.vault.name,
            minRetentionDays: input.vault.minRetentionDays,
            maxRetentionDays: input.vault.maxRetentionDays,
          }
        : undefined,
  });
  if (!decision) throw new Error('decideDue returned no decision');
  const jobById = (id: string | undefined) => input.jobs.find((j) => j.id === id);
  const rules: RuleSlot[] = decision.rules
    .filter((r) => r.slot !== undefined)
    .map((r) => {
      const by = r.satisfiedBy;
      const servedBy =
        by === undefined
          ? undefined
          : by.by === 'recovery-point'
            ? { pointArn: by.arn }
            : { jobId: by.jobId, jobState: by.state };
      return {
        rule: r.rule,
        slot: r.slot!.toISOString(),
        late: r.late,
        status: r.status,
        ...(servedBy ? { servedBy } : {}),
      };
    });
  const base = { rules, decision };

  const retriesOf = (names: string[]) =>
    1 + Math.max(0, ...plan.rules.filter((r) => names.includes(r.name)).map((r) => r.retries));

  if (decision.job) {
    const due = decision.rules.filter((r) => r.status === 'due');
    // The last failure of this slot said the resource is gone: don't make a job that fails the same way.
    const lastFailure = due
      .flatMap((r) => r.failures)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .at(-1);
    if (lastFailure && isResourceGoneMessage(lastFailure.statusMessage)) {
      return {
        ...base,
        kind: 'skipped',
        ...withJob(jobById(lastFailure.jobId)),
        reason:
          'the resource no longer exists (its last backup job said so); remove it from the plan or its tags',
      };
    }
    return {
      ...base,
      kind: 'start',
      planned: decision.job,
      attempt: decision.job.attempt,
      maxAttempts: retriesOf(decision.job.rules),
      ...withJob(lastFailure ? jobById(lastFailure.jobId) : undefined),
    };
  }
  if (decision.error) return { ...base, kind: 'failed', reason: decision.error };
  const exhausted = decision.rules.filter((r) => r.status === 'exhausted');
  if (exhausted.length > 0) {
    const last = exhausted.flatMap((r) => r.failures).at(-1);
    const job = jobById(last?.jobId);
    if (isResourceGoneMessage(last?.statusMessage))
      return {
        ...base,
        kind: 'skipped',
        ...withJob(job),
        reason:
          'the resource no longer exists (its last backup job said so); remove it from the plan or its tags',
      };
    return {
      ...base,
      kind: 'failed',
      ...withJob(job),
      reason: exhausted.map((r) => `${r.rule}: ${r.reason}`).join('; '),
    };
  }
  const retry = decision.rules.filter((r) => r.status === 'retry-later');
  if (retry.length > 0) {
    return {
      ...base,
      kind: 'retry-later',
      ...withJob(jobById(decision.busyWith?.jobId)),
      reason: retry[0]!.reason ?? 'a later run retries',
    };
  }
  // Everything satisfied (or no slot yet).
  const by = decision.rules.map((r) => r.satisfiedBy).find((s) => s !== undefined);
  if (by && by.by !== 'recovery-point') return { ...base, kind: 'satisfied', ...withJob(jobById(by.jobId)) };
  return { ...base, kind: 'satisfied', ...(by ? { pointArn: by.arn } : {}) };
}

function withJob(job: ObservedJob | undefined): { job?: ObservedJob } {
  return job ? { job } : {};
}

function awsLifecycle(lifecycle: Lifecycle | undefined) {
  if (!lifecycle) return undefined;
  return {
    ...(lifecycle.deleteAfterDays !== undefined ? { DeleteAfterDays: lifecycle.deleteAfterDays } : {}),
    ...(lifecycle.moveToColdStorageAfterDays !== undefined
      ? { MoveToColdStorageAfterDays: lifecycle.moveToColdStorageAfterDays }
      : {}),
  };
}

/** The StartBackupJob request for a planned job. */
export function backupJobInput(plan: Plan, planned: PlannedBackupJob): StartBackupJobCommandInput {
  const served = plan.rules.filter((r) => planned.rules.includes(r.name));
  const complete = Math.max(...served.map((r) => r.completeWithinMinutes));
  const lifecycle = awsLifecycle(planned.lifecycle);
  return {
    BackupVaultName: plan.vault,
    ResourceArn: planned.resourceArn,
    IamRoleArn: plan.aws.backupRole,
    IdempotencyToken: planned.idempotencyToken,
    StartWindowMinutes: planned.startWindowMinutes,
    // AWS wants the completion window to end after the start window.
    CompleteWindowMinutes: Math.max(complete, planned.startWindowMinutes + 60),
    ...(lifecycle ? { Lifecycle: lifecycle } : {}),
    RecoveryPointTags: planned.recoveryPointTags,
  };
}

/** `arn:<partition>:backup:<region>:<account>:backup-vault:<name>` of a copy destination. */
export function copyDestinationVaultArn(
  plan: Plan,
  dest: Pick<CopyTarget, 'account' | 'region' | 'vault'>,
): string {
  const partition = /^arn:([^:]+):/.exec(plan.aws.role)?.[1] ?? 'aws';
  return `arn:${partition}:backup:${dest.region}:${dest.account}:backup-vault:${dest.vault}`;
}

/** The ownership tags a copy of `point` carries: the source point's `backup-plans:*` tags, when it is ours. */
export function ownershipOf(point: ObservedPoint, namespace: string, planId: string): Tags | undefined {
  if (!isOwnedBy(point.tags, { namespace, plan: planId })) return undefined;
  const tags: Tags = {};
  for (const key of Object.values(OWNERSHIP_TAG_KEYS)) {
    const value = point.tags?.[key];
    if (value !== undefined) tags[key] = value;
  }
  return tags;
}

export interface CopyAction {
  point: ObservedPoint;
  rule: string;
  destination: CopyTarget;
  destinationVaultArn: string;
  /** 1 + earlier copy jobs of this point to this vault that failed. */
  attempt: number;
  reason: 'new' | 'backfill';
}

export interface CopyDecisionInput {
  plan: Plan;
  namespace: string;
  now: Date;
  /** The resource's points in the plan vault, tags read where the decision needs them. */
  points: ObservedPoint[];
  /** Copy jobs of the resource (ListCopyJobs, about 30 days). */
  copyJobs: ObservedCopyJob[];
}

const COPY_OK_OR_RUNNING = new Set(['CREATED', 'RUNNING', 'COMPLETED', 'PARTIAL']);

/**
 * Which copies to start: every owned, completed point is copied once to each destination of the
 * rules it serves, while younger than that rule's copyWithin. A point that has any copy job to a
 * destination (running, completed — even if the copy was deleted since) is never copied there
 * again; failed copy jobs are retried while the point is still young enough.
 */
export function decideCopies(input: CopyDecisionInput): CopyAction[] {
  const { plan, now } = input;
  const actions: CopyAction[] = [];
  const owned = input.points.filter(
    (p) => p.status === 'COMPLETED' && isOwnedBy(p.tags, { namespace: input.namespace, plan: plan.id }),
  );
  for (const point of owned) {
    const served = new Set(readOwnership(point.tags)?.rules ?? []);
    const seen = new Set<string>();
    for (const rule of plan.rules) {
      if (!served.has(rule.name)) continue;
      const young = now.getTime() - point.created.getTime() <= rule.copyWithinMinutes * MINUTE;
      if (!young) continue;
      for (const dest of rule.copyTo) {
        const vaultArn = copyDestinationVaultArn(plan, dest);
        if (seen.has(vaultArn)) continue; // two rules copying to one vault: one copy
        seen.add(vaultArn);
        const jobs = input.copyJobs.filter(
          (j) => j.sourcePointArn === point.arn && j.destinationVaultArn === vaultArn,
        );
        if (jobs.some((j) => COPY_OK_OR_RUNNING.has(j.state))) continue;
        actions.push({
          point,
          rule: rule.name,
          destination: dest,
          destinationVaultArn: vaultArn,
          attempt: 1 + jobs.length,
          reason: 'new',
        });
      }
    }
  }
  return actions;
}

/** The StartCopyJob request for a copy. */
export function copyJobInput(plan: Plan, namespace: string, action: CopyAction): StartCopyJobCommandInput {
  const lifecycle = combinedLifecycle([{ name: action.rule, retain: action.destination.retain }]);
  const awsLc = lifecycle.ok ? awsLifecycle(lifecycle.lifecycle) : undefined;
  return {
    RecoveryPointArn: action.point.arn,
    SourceBackupVaultName: plan.vault,
    DestinationBackupVaultArn: action.destinationVaultArn,
    IamRoleArn: plan.aws.backupRole,
    IdempotencyToken: copyIdempotencyToken({
      namespace,
      plan: plan.id,
      sourcePointArn: action.point.arn,
      destinationVaultArn: action.destinationVaultArn,
      attempt: action.attempt,
    }),
    ...(awsLc ? { Lifecycle: awsLc } : {}),
  };
}
