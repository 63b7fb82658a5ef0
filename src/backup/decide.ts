// The backup command's decisions, on top of the schedule module's pure ones: which points need their
// tags read, what a resource's due decision means for this run, the exact StartBackupJob and
// StartCopyJob requests, and which copies to make. Pure functions of (plan, observed state, now).
import type { StartBackupJobRequest, StartCopyJobRequest } from '../aws/backup.js';
import type {
  ObservedBackupJob,
  ObservedCopyJob,
  ObservedPoint,
  VaultInfo,
  VaultPoint,
} from '../aws/observed.js';
import { MAX_COPY_WITHIN_MINUTES } from '../plan/checks.js';
import { pointTagSource, type Plan } from '../plan/index.js';
import type { ResourceOutcome, RuleSlot } from '../report/backup.js';
import { MS_PER_DAY, MS_PER_MINUTE } from '../time/calendar.js';
import { latestSlot } from '../time/cron.js';
import {
  decideDue,
  isBusyFailure,
  type ObservedRecoveryPoint,
  type PlannedBackupJob,
  type ResourceDueDecision,
} from '../schedule/due.js';
import { decideCopies as decideCopyActions, type CopyDecision } from '../schedule/copies.js';
import { MIN_COLD_STORAGE_DAYS } from '../plan/model.js';
import type { Lifecycle, VaultLockLimits } from '../schedule/lifecycle.js';
import { lockedKeepLifecycle, lockedKeepLookback } from '../schedule/locked-retention.js';
import { COPY_JOB_TAG, OWNERSHIP_TAG_KEYS } from '../schedule/token.js';

/** The largest `backfill` among the plan's copy destinations (0: none backfills). */
export function backfillDepth(plan: Plan): number {
  return Math.max(0, ...plan.rules.flatMap((r) => r.copyTo.map((c) => c.backfill ?? 0)));
}

/**
 * The points whose ownership tags the decisions need: those created since the oldest current slot
 * of any rule (slot satisfaction) or within the longest copy window (copies), plus the newest
 * `backfill` ones. Older points cannot change a decision, and reading their tags costs calls.
 * Points whose type takes no tags are left out: there is nothing to read.
 */
export function pointsNeedingTags(
  plan: Plan,
  points: ObservedPoint[],
  now: Date,
  vault?: Pick<VaultInfo, 'locked'>,
): ObservedPoint[] {
  const cutoff = relevanceCutoff(plan, now, vault);
  const backfill = backfillDepth(plan);
  const newest = [...points].sort((a, b) => b.created.getTime() - a.created.getTime()).slice(0, backfill);
  return points.filter(
    (p) => pointTagSource(p.arn) !== 'none' && (p.created.getTime() >= cutoff || newest.includes(p)),
  );
}

/**
 * The oldest time a decision looks at: the oldest current slot of any rule, or the longest copy
 * window; in a locked vault also the start of the longest bucket of a `keep` rule (which tiers a new
 * point opens depends on the points already in it).
 */
export function relevanceCutoff(plan: Plan, now: Date, vault?: Pick<VaultInfo, 'locked'>): number {
  let cutoff = now.getTime();
  for (const rule of plan.rules) {
    const slot = latestSlot(rule.schedule, rule.timezone, now);
    if (slot) cutoff = Math.min(cutoff, slot.getTime());
    if (rule.copyTo.length > 0)
      cutoff = Math.min(cutoff, now.getTime() - rule.copyWithinMinutes * MS_PER_MINUTE);
    if (vault?.locked && rule.retain.keep)
      cutoff = Math.min(cutoff, lockedKeepLookback(rule.retain.keep, rule.timezone, now).getTime());
  }
  return cutoff;
}

/** A plan's `keep` rules apply at job start in this vault (Vault Lock refuses every deletion). */
export function keepAppliesAtJobStart(plan: Plan, vault: Pick<VaultInfo, 'locked'>): boolean {
  return vault.locked && plan.rules.some((r) => r.retain.keep !== undefined);
}

/** What the job summary says about a locked vault with `keep` rules. */
export const LOCKED_KEEP_NOTE = (vault: string) =>
  `vault "${vault}" has Vault Lock, which refuses every deletion: retain.keep is applied when each job starts. ` +
  'Each point gets the lifecycle of the longest calendar tier it opens (the first point of its day, ISO week, ' +
  "month or year keeps that tier's count of buckets), clamped to the lock's range, and AWS deletes it then. " +
  'Unlike pruning, the first point of a bucket is kept rather than the newest, buckets without a point do not ' +
  'stretch the history, and nothing can be deleted earlier.';

const COMPLETED_STATES = new Set(['COMPLETED', 'AVAILABLE']);

/**
 * Creation times of the completed points this plan's rule already holds (namespace, plan and rule in
 * their tags; the rules tag in the `+` or the old `,` form). A point whose tags are unknown does not count.
 */
function createdOfOwned(
  points: readonly { created: Date; status: string; tags?: Record<string, string> | undefined }[],
  namespace: string,
  planId: string,
  ruleName: string,
): Date[] {
  return points
    .filter(
      (p) =>
        COMPLETED_STATES.has(p.status) &&
        p.tags !== undefined &&
        p.tags[OWNERSHIP_TAG_KEYS.namespace] === namespace &&
        p.tags[OWNERSHIP_TAG_KEYS.plan] === planId &&
        (p.tags[OWNERSHIP_TAG_KEYS.rules] ?? '').split(/[+,]/).includes(ruleName),
    )
    .map((p) => p.created);
}

/**
 * The plan's rules as the due decision should see them in a locked vault: each `keep` rule becomes
 * the `days` its next point needs (src/schedule/locked-retention.ts), from the completed points this
 * rule already holds for the resource there (owned: namespace, plan and rule in the tags). A point
 * whose tags are unknown does not count: then the new point may open a tier and live longer, never
 * shorter. Returns the rules and one note per keep rule.
 */
export function rulesForLockedVault(
  input: Pick<ResourceDecisionInput, 'plan' | 'namespace' | 'now' | 'points' | 'vault'>,
): { rules: Plan['rules']; notes: Map<string, string> } {
  const notes = new Map<string, string>();
  const rules = input.plan.rules.map((rule) => {
    const keep = rule.retain.keep;
    if (!keep) return rule;
    const earlier = createdOfOwned(input.points, input.namespace, input.plan.id, rule.name);
    const decided = lockedKeepLifecycle({
      keep,
      timezone: rule.timezone,
      schedule: rule.schedule,
      created: input.now,
      earlier,
      hardLimitDays: rule.retain.hardLimitDays,
      lock: {
        minRetentionDays: input.vault.minRetentionDays,
        maxRetentionDays: input.vault.maxRetentionDays,
      },
    });
    notes.set(rule.name, `vault lock: keep applied at job start, rule "${rule.name}" ${decided.reason}`);
    return {
      ...rule,
      retain: {
        days: decided.deleteAfterDays,
        ...(rule.retain.coldAfterDays !== undefined ? { coldAfterDays: rule.retain.coldAfterDays } : {}),
      },
    };
  });
  return { rules, notes };
}

/** ListBackupJobs (and ListCopyJobs) reach back about this far anyway. */
export const JOB_HISTORY_DAYS = 30;
/** Listing windows start this much early: AWS does not say whether "created after" includes the bound. */
export const JOB_WINDOW_MARGIN_MS = 60 * 1000;
/**
 * A rule's previous slot widens the backup-job window at most this far before its latest slot: a
 * daily rule's (23 to 25 hours, and its job possibly late), not a weekly or monthly one's. Listing
 * a week more on every run would cost more than the one history read of its weekly due run.
 */
const PREVIOUS_SLOT_REACH_MS = 2 * MS_PER_DAY;

/** How far back a run lists jobs (ListBackupJobs / ListCopyJobs ByCreatedAfter). */
export interface JobWindows {
  /** All either listing shows: JOB_HISTORY_DAYS back. */
  history: Date;
  /** The plan vault's backup jobs: every job at or after a rule's slot, and usually its rule's newest evidence. */
  backupJobs: Date;
  /** Copy jobs of every source point the copy decision sees; undefined without `copyTo`. */
  copyJobs: Date | undefined;
}

/**
 * The listing windows of a run. Backup jobs: from the earliest of each rule's previous slot (at
 * most two days before its latest), so a due slot normally finds its rule's newest evidence, the job
 * of the previous slot, in the window; when it does not, the due decision asks for older jobs
 * (`olderJobs`). Copy jobs: from the relevance cutoff, since a copy job is created after its source
 * point, and the points are listed from there; with `backfill`, whose points may be older, all of
 * them. Each window starts JOB_WINDOW_MARGIN_MS early and never before `history`.
 */
export function jobWindows(plan: Plan, now: Date, vault?: Pick<VaultInfo, 'locked'>): JobWindows {
  const history = now.getTime() - JOB_HISTORY_DAYS * MS_PER_DAY;
  const clamp = (t: number) => new Date(Math.max(history, t - JOB_WINDOW_MARGIN_MS));
  let backupJobs = now.getTime();
  for (const rule of plan.rules) {
    const slot = latestSlot(rule.schedule, rule.timezone, now);
    if (!slot) continue;
    const previous = latestSlot(rule.schedule, rule.timezone, new Date(slot.getTime() - 1));
    const reach = slot.getTime() - PREVIOUS_SLOT_REACH_MS;
    backupJobs = Math.min(backupJobs, Math.max(previous?.getTime() ?? slot.getTime(), reach));
  }
  const copies = plan.rules.some((r) => r.copyTo.length > 0);
  const backfill = backfillDepth(plan) > 0;
  return {
    history: new Date(history),
    backupJobs: clamp(backupJobs),
    copyJobs: !copies ? undefined : backfill ? new Date(history) : clamp(relevanceCutoff(plan, now, vault)),
  };
}

/**
 * Whether copy jobs still in flight that the run did not list could change these copy decisions:
 * such a job keeps its resource busy, which only a copy about to start (or already held back for
 * another of the resource) is told.
 */
export function copyBusyMatters(decisions: readonly Pick<CopyDecision, 'action'>[]): boolean {
  return decisions.some((d) => d.action === 'start' || d.action === 'retry-later');
}

export interface DueOutcome {
  /** 'satisfied' and 'start' become the report's 'existing' and 'started'; the others are its outcomes. */
  kind: 'satisfied' | 'start' | Extract<ResourceOutcome, 'retry-later' | 'failed' | 'skipped'>;
  rules: RuleSlot[];
  /** The job that satisfies the slot, keeps the resource busy, or failed last. */
  job?: ObservedBackupJob;
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
  /** Jobs the input lacks could change this outcome: read them and decide again (see decideDue). */
  olderJobs?: 'history' | 'in-flight';
}

export interface ResourceDecisionInput {
  plan: Plan;
  namespace: string;
  resourceArn: string;
  now: Date;
  jobs: ObservedBackupJob[];
  points: ObservedPoint[];
  copyJobs: ObservedCopyJob[];
  vault: VaultInfo;
  /** `jobs` holds only the jobs created since then (and older ones in flight, with `inFlightKnown`). */
  jobsSince?: Date | undefined;
  /** False: jobs (backup or copy) in flight before the listings' windows may be missing. */
  inFlightKnown?: boolean | undefined;
}

const GONE = /\b(not found|was not found|does not exist|doesn't exist|no longer exists)\b/i;
/** What else the message may be about: then it is not the resource that is missing. */
const OTHER_THINGS = /\b(vault|role|key|kms|policy)\b/i;

/**
 * Does this message (a failed job's StatusMessage, or the message of an error StartBackupJob
 * answered with) say that the resource itself is gone? Then the resource is skipped with a note,
 * not a plan failure. AWS words it per service: "Backup job failed because the resource … was not
 * found", "The volume 'vol-0abc' does not exist.", "DBInstance orders not found". With the
 * resource's ARN, a message naming it counts; otherwise one naming its id (`vol-0abc`) or saying
 * "resource", unless it is about a vault, role, key or policy that is missing.
 */
export function isResourceGoneMessage(message: string | undefined, resourceArn?: string): boolean {
  if (!message || !GONE.test(message)) return false;
  if (resourceArn && message.includes(resourceArn)) return true;
  if (OTHER_THINGS.test(message)) return false;
  const id = resourceArn?.split(/[:/]/).at(-1);
  return /\bresource\b/i.test(message) || (!!id && id.length >= 3 && message.includes(id));
}

function toObservedPoints(
  plan: Plan,
  points: ObservedPoint[],
  now: Date,
  vault: VaultInfo,
): ObservedRecoveryPoint[] {
  const cutoff = relevanceCutoff(plan, now, vault);
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
  const locked = keepAppliesAtJobStart(plan, input.vault) ? rulesForLockedVault(input) : undefined;
  const [decision] = decideDue({
    namespace: input.namespace,
    plan: plan.id,
    rules: locked?.rules ?? plan.rules,
    now,
    jobsSince: input.jobsSince,
    inFlightKnown: input.inFlightKnown,
    resources: [
      {
        resourceArn: input.resourceArn,
        jobs: input.jobs,
        points: toObservedPoints(plan, input.points, now, input.vault),
        copyJobsInFlight: input.copyJobs
          .filter((c) => c.state === 'CREATED' || c.state === 'RUNNING')
          .map((c) => ({ copyJobId: c.copyJobId, state: c.state, creationDate: c.creationDate })),
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
  if (decision.job && locked)
    decision.job.notes = [
      ...decision.job.rules.flatMap((name) => locked.notes.get(name) ?? []),
      ...decision.job.notes,
    ];
  const jobById = (id: string | undefined) => input.jobs.find((j) => j.jobId === id);
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
  const base = { rules, decision, ...(decision.olderJobs ? { olderJobs: decision.olderJobs } : {}) };

  const retriesOf = (names: string[]) =>
    1 + Math.max(0, ...plan.rules.filter((r) => names.includes(r.name)).map((r) => r.retries));

  if (decision.job) {
    const due = decision.rules.filter((r) => r.status === 'due');
    // The last failure of this slot said the resource is gone: don't make a job that fails the same way.
    const lastFailure = due
      .flatMap((r) => r.failures)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .at(-1);
    if (lastFailure && isResourceGoneMessage(lastFailure.statusMessage, input.resourceArn)) {
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
    if (isResourceGoneMessage(last?.statusMessage, input.resourceArn))
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

/**
 * A decision that asked for the older jobs in flight (`olderJobs: 'in-flight'`), once they were read
 * and none of them is the resource's: deciding again with `inFlightKnown` would give this outcome
 * without the request (that flag only sets `olderJobs`; test/backup/decide-once.property.test.ts).
 */
export function decisionStands(outcome: DueOutcome): DueOutcome {
  if (outcome.olderJobs !== 'in-flight') throw new Error(`decisionStands: olderJobs is ${outcome.olderJobs}`);
  const { olderJobs: _outcomeAsked, decision, ...rest } = outcome;
  const { olderJobs: _decisionAsked, ...known } = decision;
  return { ...rest, decision: known };
}

/** What a job this run waited for means, now that it ended without completing. */
export interface EndedJobOutcome {
  outcome: Extract<ResourceOutcome, 'skipped' | 'retry-later' | 'failed'>;
  note: string;
}

/**
 * A job this run waited for ended without a backup: the resource is gone (skipped), AWS was busy
 * with the resource (retry later, not an attempt), attempts remain (retry later), or it failed.
 */
export function endedJobOutcome(
  job: Pick<ObservedBackupJob, 'state' | 'statusMessage'>,
  resourceArn: string,
  attempt: number,
  maxAttempts: number,
): EndedJobOutcome {
  if (isResourceGoneMessage(job.statusMessage, resourceArn))
    return { outcome: 'skipped', note: 'the resource no longer exists; remove it from the plan or its tags' };
  // The due decision's own test of "AWS was busy with the resource": one definition for both.
  if (isBusyFailure(job.statusMessage))
    return { outcome: 'retry-later', note: 'another job was running for this resource; a later run retries' };
  if (attempt < maxAttempts)
    // The slot stays due: the next run retries with the next attempt, up to the rule's retries.
    return {
      outcome: 'retry-later',
      note: `attempt ${attempt} of ${maxAttempts} ended ${job.state}: ${job.statusMessage ?? 'no message'}; the next run retries`,
    };
  return { outcome: 'failed', note: job.statusMessage ?? `the job ended ${job.state}` };
}

function withJob(job: ObservedBackupJob | undefined): { job?: ObservedBackupJob } {
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
export function backupJobInput(plan: Plan, planned: PlannedBackupJob): StartBackupJobRequest {
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

export interface CopyPlanInput {
  plan: Plan;
  namespace: string;
  now: Date;
  /** ARN of the plan's vault (DescribeBackupVault). */
  sourceVaultArn: string;
  /** The resource's points in the plan vault, tags read where the decision needs them. */
  points: ObservedPoint[];
  /** Copy jobs of the resource (ListCopyJobs since the copy window, and older ones in flight once read). */
  copyJobs: ObservedCopyJob[];
  /** Points of the resource in destination vaults, where they were listed (backfill). */
  destinationPoints: VaultPoint[];
  /** A backup job of the resource is in flight or started in this run. */
  busy: boolean;
  destinationLocks?: ReadonlyMap<string, VaultLockLimits>;
}

/** The schedule module's copy decision for one resource, fed with what this run observed. */
export function planCopies(input: CopyPlanInput): CopyDecision[] {
  const { plan, now } = input;
  const cutoff = relevanceCutoff(plan, now);
  return decideCopyActions({
    namespace: input.namespace,
    plan: plan.id,
    sourceVaultArn: input.sourceVaultArn,
    rules: plan.rules.map((r) => ({
      ...r,
      // Validation refuses more; the cap keeps an unvalidated plan from re-making pruned copies.
      copyWithinMinutes: Math.min(r.copyWithinMinutes, MAX_COPY_WITHIN_MINUTES),
    })),
    points: input.points
      // Readable points whose tags were not read are older than any copy window: leave them out.
      .filter((p) => pointTagSource(p.arn) === 'none' || p.tags !== undefined)
      .filter((p) => pointTagSource(p.arn) !== 'none' || p.created.getTime() >= cutoff)
      .map((p) => ({
        arn: p.arn,
        resourceArn: p.resourceArn,
        creationDate: p.created,
        status: p.status,
        tags: pointTagSource(p.arn) === 'none' ? undefined : p.tags,
      })),
    copyJobs: input.copyJobs,
    destinationPoints: input.destinationPoints.map((d) => ({
      arn: d.arn,
      backupVaultArn: d.vaultArn ?? '',
      resourceArn: d.resourceArn,
      creationDate: d.created,
      sourceBackupVaultArn: d.sourceVaultArn,
      iamRoleArn: d.iamRoleArn,
    })),
    // Copies by another role are someone else's (issue 10 item 5).
    copyRole: plan.aws.backupRole,
    busyResources: input.busy ? new Set(input.points.map((p) => p.resourceArn)) : undefined,
    destinationLocks: input.destinationLocks,
    now,
  });
}

/**
 * Whether the destination vaults' locks could change these decisions. A lock shapes only a copy still
 * to be made (its lifecycle, or why none is made: "born expired", no valid lifecycle); a point whose
 * copy exists or is in flight is decided before the lock is looked at. So when every decision is
 * `completed` or `in-flight`, deciding without the locks decides the same.
 */
export function copyLocksMatter(decisions: readonly Pick<CopyDecision, 'action'>[]): boolean {
  return decisions.some((d) => d.action !== 'completed' && d.action !== 'in-flight');
}

/** The `keep` retains of the rules that copy this decision's point to its destination. */
function destinationKeeps(plan: Plan, decision: CopyDecision) {
  const d = decision.destination;
  return plan.rules
    .filter((r) => decision.rules.includes(r.name))
    .flatMap((rule) =>
      rule.copyTo
        .filter((c) => c.account === d.account && c.region === d.region && c.vault === d.vault)
        .map((c) => ({ rule, retain: c.retain })),
    );
}

/**
 * How far back a copy into a locked destination must see that vault's points: the start of the
 * longest bucket of its `keep` retains around the source point's time (undefined: no `keep` there,
 * nothing to decide).
 */
export function lockedCopyLookback(
  plan: Plan,
  decision: CopyDecision,
  sourceCreated: Date,
): Date | undefined {
  const keeps = destinationKeeps(plan, decision).filter((k) => k.retain.keep !== undefined);
  if (keeps.length === 0) return undefined;
  return new Date(
    Math.min(
      ...keeps.map((k) => lockedKeepLookback(k.retain.keep!, k.rule.timezone, sourceCreated).getTime()),
    ),
  );
}

export interface LockedCopyInput {
  plan: Plan;
  namespace: string;
  decision: CopyDecision;
  /** The source point's creation time: a copy keeps it, so its buckets are the source's. */
  sourceCreated: Date;
  /** The resource's points in the destination vault (tags where read; unread ones are not ours). */
  destinationPoints: readonly { created: Date; status: string; tags?: Record<string, string> | undefined }[];
  lock: VaultLockLimits;
}

/**
 * The lifecycle of a copy into a locked destination whose rules `keep` there: like a backup job into
 * a locked vault (see rulesForLockedVault), the tier the copy opens among the copies this plan's rule
 * already holds there decides; a `days` destination keeps its days; the longest wins, in the lock's
 * range. Cold storage stays only when the result leaves AWS's 90 days in cold.
 */
export function lockedCopyLifecycle(input: LockedCopyInput): { lifecycle: Lifecycle; notes: string[] } {
  const notes: string[] = [];
  let days = 0;
  for (const { rule, retain } of destinationKeeps(input.plan, input.decision)) {
    if (!retain.keep) {
      days = Math.max(days, retain.days ?? 0);
      continue;
    }
    const earlier = createdOfOwned(input.destinationPoints, input.namespace, input.plan.id, rule.name);
    const decided = lockedKeepLifecycle({
      keep: retain.keep,
      timezone: rule.timezone,
      schedule: rule.schedule,
      created: input.sourceCreated,
      earlier,
      hardLimitDays: retain.hardLimitDays,
      lock: { minRetentionDays: input.lock.minRetentionDays, maxRetentionDays: input.lock.maxRetentionDays },
    });
    days = Math.max(days, decided.deleteAfterDays);
    notes.push(`vault lock: keep applied when the copy starts, rule "${rule.name}" ${decided.reason}`);
  }
  const max = input.lock.maxRetentionDays;
  if (max !== undefined && days > max) days = max;
  const cold = input.decision.lifecycle?.moveToColdStorageAfterDays;
  return {
    lifecycle: {
      deleteAfterDays: days,
      ...(cold !== undefined && days >= cold + MIN_COLD_STORAGE_DAYS
        ? { moveToColdStorageAfterDays: cold }
        : {}),
    },
    notes,
  };
}

/** The StartCopyJob request for a copy the decision says to start. */
export function copyJobInput(plan: Plan, decision: CopyDecision): StartCopyJobRequest {
  if (decision.action !== 'start' || !decision.idempotencyToken)
    throw new Error(`copy of ${decision.sourcePointArn} is not to be started (${decision.action})`);
  const lifecycle = awsLifecycle(decision.lifecycle);
  return {
    RecoveryPointArn: decision.sourcePointArn,
    SourceBackupVaultName: plan.vault,
    DestinationBackupVaultArn: decision.destination.vaultArn,
    IamRoleArn: plan.aws.backupRole,
    IdempotencyToken: decision.idempotencyToken,
    ...(lifecycle ? { Lifecycle: lifecycle } : {}),
  };
}

/**
 * Whether a copy still lacks tags it should carry: each ownership tag with its value, the copy-job
 * marker with any value (runs before it was shared by every copy wrote the copy job's id there).
 */
export function copyTagsMissing(
  wanted: Readonly<Record<string, string>>,
  current: Readonly<Record<string, string>> | undefined,
): boolean {
  return Object.entries(wanted).some(([k, v]) => (k === COPY_JOB_TAG ? !current?.[k] : current?.[k] !== v));
}

/** Completed copies are checked for their ownership tags this long after they complete. */
export const TAG_COPIES_WITHIN_MS = 3 * MS_PER_DAY;

/** What the run does with one copy decision; the run only carries it out. */
export type CopyStep =
  | { kind: 'none' }
  /** Put the ownership tags on the completed copy's destination point (unless it has them). */
  | { kind: 'tag' }
  | { kind: 'start' }
  /** Report it running (unless this run started it) and poll it with `wait`. */
  | { kind: 'in-flight'; state: string }
  | {
      kind: 'report';
      outcome: 'retry-later' | 'skipped' | 'failed';
      message?: string;
      /** retry-later only because another job of the resource runs. */
      waitingForResource: boolean;
      /** The copy job ended for good: stop polling it. */
      stopPolling: boolean;
    };

export interface CopyStepContext {
  now: Date;
  /** The decision's copy job, when the run observed it. */
  job?: Pick<ObservedCopyJob, 'state' | 'completionDate'>;
  /** This run polls the decision's copy job (it started it or saw it in flight). */
  polled: boolean;
}

/**
 * The step for a copy decision. Completed copies are tagged when they completed recently or this
 * run waited for them; older ones were handled by the runs that saw them complete, and a copy
 * whose tagging failed then is left to its lifecycle.
 */
export function copyStep(d: CopyDecision, ctx: CopyStepContext): CopyStep {
  switch (d.action) {
    case 'completed': {
      const completed = ctx.job?.completionDate;
      const recent = !completed || ctx.now.getTime() - completed.getTime() <= TAG_COPIES_WITHIN_MS;
      if (d.destinationTagged === true || !d.destinationPointArn || (!recent && !ctx.polled))
        return { kind: 'none' };
      return { kind: 'tag' };
    }
    case 'in-flight':
      return { kind: 'in-flight', state: ctx.job?.state ?? 'RUNNING' };
    case 'retry-later':
    case 'skipped':
      return {
        kind: 'report',
        outcome: d.action,
        ...(d.reason ? { message: d.reason } : {}),
        // The decision's only retry-later: one job per resource at a time.
        waitingForResource: d.action === 'retry-later',
        stopPolling: false,
      };
    case 'exhausted':
    case 'error':
      return {
        kind: 'report',
        outcome: 'failed',
        ...(d.reason ? { message: d.reason } : {}),
        waitingForResource: false,
        stopPolling: true,
      };
    case 'start':
      return { kind: 'start' };
  }
}
