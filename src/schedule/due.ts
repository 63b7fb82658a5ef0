// The due decision of `backup` (DESIGN "Commands: backup", steps 1 and 3), as a pure function of
// the plan's rules, what AWS shows for each resource, and now.
//
// For each rule and resource:
// - The slot is the latest cron slot ≤ now. It is SATISFIED by evidence created at or after it:
//   a recovery point in the plan's vault that is ours and serves the rule — or whose tags cannot be
//   read for its type ("owned, where ownership can be read") — or a COMPLETED or in-flight backup job
//   in the plan's vault. Jobs carry no tags: a job counts unless its recovery point is known and its
//   readable tags say it is not ours or does not serve the rule. An in-flight job whose point is not
//   known yet counts; if it turns out to serve other rules only, the next run sees the point's tags
//   and the slot is due again. Recovery points matter because ListBackupJobs reaches back only about
//   30 days: a yearly slot served 200 days ago is proven by its point alone.
//   Points with status PARTIAL do not satisfy (their jobs count as failed attempts).
// - An unsatisfied slot is DUE. Only the latest slot is ever considered, so a run after a long gap
//   catches up once, never once per missed slot.
// - LATE: the slot is caught up late when now − slot exceeds the rule's start window (AWS would
//   have given up on a job started at the slot by then), or when earlier slots went unserved:
//   `missedSlots` counts the slots after the newest evidence of the rule (and not before the caller's
//   `lookbackStart`, e.g. when the rule was added) and before this slot. Without evidence and without
//   a lookback hint nothing counts as missed: a new rule's first run is not late because of history
//   it never had. Lateness is reported for unsatisfied slots only.
// - ATTEMPTS: jobs created at/after the slot that ended without a backup (FAILED, ABORTED, EXPIRED,
//   PARTIAL, or ABORTING on its way there) are attempts; the next job is attempt 1 + their number.
//   A job AWS failed because another job was running for the resource is NOT an attempt: it only
//   means "retry later" and never uses up `retries`. `retries` is the number of retries after the
//   first attempt: once 1 + retries attempts have failed the slot is EXHAUSTED (failed for good).
//   Failed jobs are known only while ListBackupJobs shows them (~30 days): a slot older than that
//   whose failures have aged out gets its retries again — at most 1 + retries jobs per 30 days.
// - BUSY: AWS runs one backup or copy job per resource at a time and fails a second one later. A
//   resource with a job still in flight (any slot, e.g. a long backup of the previous slot) gets no
//   new job; its due rules are RETRY-LATER.
// - One job per resource serves every rule due for it: rules sorted, tagged with all of them. Its
//   `backup-plans:slot` is the latest of their slots; since the job is created now, after every one of
//   their slots, the next run sees each of them satisfied by it.
// - OLDER JOBS: a caller may read only the jobs created since `jobsSince` (never after a rule's
//   slot), and leave out in-flight ones created before its listings (`inFlightKnown: false`). The
//   decision then says in `olderJobs` when the jobs left out could change it, and the caller reads
//   them and decides again: the result is the one the full listing gives.

import { isBusyMessage } from '../aws/busy.js';
import type { ObservedBackupJob } from '../aws/observed.js';
import { DEFAULTS } from '../plan/model.js';
import { MS_PER_MINUTE } from '../time/calendar.js';
import { latestSlot, nextSlot } from '../time/cron.js';
import {
  combinedLifecycle,
  type Lifecycle,
  type LifecycleRetention,
  type VaultLockLimits,
} from './lifecycle.js';
import { idempotencyToken, ownedBy, ownershipTags, readOwnership, type ReadOwnership } from './token.js';

/** The rule fields the due decision needs; the plan model's `Rule` fits. */
export interface DueRule {
  name: string;
  /** 5-field cron. */
  schedule: string;
  /** IANA zone. */
  timezone: string;
  /** Retries after the first attempt, per slot. */
  retries: number;
  /** The job's start window; default 60 (the AWS minimum). */
  startWithinMinutes?: number | undefined;
  /** When present, the planned job carries the lifecycle its rules need. */
  retain?: LifecycleRetention | undefined;
}

/** A backup job of the resource in the plan's vault (ListBackupJobs): the AWS layer's own type. */
export type { BackupJobState, ObservedBackupJob } from '../aws/observed.js';

/** A recovery point of the resource in the plan's vault (ListRecoveryPointsByResource, filtered). */
export interface ObservedRecoveryPoint {
  arn: string;
  creationDate: Date;
  /** COMPLETED, AVAILABLE, CREATING, PARTIAL, DELETING, EXPIRED, STOPPED… */
  status?: string | undefined;
  /** Undefined: the type's tags cannot be read (ownership unknown); {} or others': not ours. */
  tags: Readonly<Record<string, string>> | undefined;
}

/** A copy job in flight for the resource: AWS runs one backup or copy job per resource at a time. */
export interface InFlightCopyJob {
  copyJobId: string;
  state: string;
  creationDate: Date;
}

export interface ResourceObservation {
  resourceArn: string;
  jobs: readonly ObservedBackupJob[];
  points: readonly ObservedRecoveryPoint[];
  copyJobsInFlight?: readonly InFlightCopyJob[];
}

export interface DueInput {
  namespace: string;
  plan: string;
  rules: readonly DueRule[];
  resources: readonly ResourceObservation[];
  now: Date;
  /** Slots before this time are never counted as missed (e.g. when the plan or rule was added). */
  lookbackStart?: Date | undefined;
  /** The plan vault's lock limits, when it is locked. */
  vaultLock?: VaultLockLimits | undefined;
  /**
   * `jobs` holds every job created since this time, and of the older ones at most those in flight:
   * the decision then says in `olderJobs` whether older ones could change it. Undefined: `jobs` is
   * all ListBackupJobs shows. Never after a rule's latest slot.
   */
  jobsSince?: Date | undefined;
  /**
   * False: backup or copy jobs still in flight that were created before the listings' windows may be
   * missing from the input; the decision then says in `olderJobs` when they could change it.
   */
  inFlightKnown?: boolean | undefined;
}

export type Satisfaction =
  | { by: 'recovery-point'; arn: string; createdAt: Date }
  | { by: 'completed-job' | 'in-flight-job'; jobId: string; state: string; createdAt: Date };

export interface FailedJob {
  jobId: string;
  state: string;
  createdAt: Date;
  statusMessage?: string | undefined;
  /** False when AWS failed it only because another job was running for the resource. */
  countsAsAttempt: boolean;
}

export type RuleSlotStatus =
  /** The schedule has not fired before now. */
  | 'no-slot'
  | 'satisfied'
  /** A job should start now (the resource's `job`). */
  | 'due'
  /** Due, but another job is running for the resource: a later run starts it. */
  | 'retry-later'
  /** 1 + retries attempts failed: failed for good until the next slot. */
  | 'exhausted'
  /** Due, but no valid job can be made (e.g. the vault lock refuses any lifecycle it needs). */
  | 'error';

export interface RuleSlotDecision {
  rule: string;
  slot: Date | undefined;
  status: RuleSlotStatus;
  satisfiedBy?: Satisfaction;
  /** Unsatisfied slots only: caught up after its start window or after missed slots. */
  late: boolean;
  /** Unserved slots between the rule's newest evidence and this slot (at most MISSED_SLOTS_CAP). */
  missedSlots: number;
  /** The attempt a job for this slot is (1-based): 1 + counted failures; when exhausted, the last one made. */
  attempt: number;
  /** Jobs created at/after the slot that ended without a backup, oldest first. */
  failures: FailedJob[];
  /** Why it is retry-later, exhausted or error. */
  reason?: string;
}

export interface PlannedBackupJob {
  resourceArn: string;
  /** Sorted names of every rule this job serves. */
  rules: string[];
  /** The latest slot among them: the `backup-plans:slot` tag. */
  slot: Date;
  late: boolean;
  /** The largest attempt number among the rules (for the report and the retry budget). */
  attempt: number;
  idempotencyToken: string;
  recoveryPointTags: Record<string, string>;
  startWindowMinutes: number;
  /** Undefined: no lifecycle (GFS points are deleted by pruning only). */
  lifecycle: Lifecycle | undefined;
  notes: string[];
}

export interface ResourceDueDecision {
  resourceArn: string;
  rules: RuleSlotDecision[];
  /** The one job to start for this resource in this run, if any. */
  job?: PlannedBackupJob;
  /** The job that keeps a new one from starting. */
  busyWith?: { kind: 'backup' | 'copy'; jobId: string; state: string; createdAt: Date };
  /** Set when due rules cannot get a valid job (status 'error'). */
  error?: string;
  /**
   * Which jobs the input lacks (`jobsSince`, `inFlightKnown`) could change this decision. 'history':
   * an unsatisfied slot whose rule has no evidence since `jobsSince` (its newest evidence, which sets
   * `missedSlots` and `late`, may be older); 'in-flight': a slot is due, and an older job still in
   * flight would keep the resource busy. Undefined: none can (jobs at or after each slot decide
   * satisfaction, attempts and the token's submission, and `jobsSince` is never after a slot).
   */
  olderJobs?: 'history' | 'in-flight';
}

export const DEFAULT_START_WINDOW_MINUTES = DEFAULTS.startWithinMinutes;
/** Missed slots are counted up to this many (the report says "at least"). */
export const MISSED_SLOTS_CAP = 10;

const IN_FLIGHT = new Set(['CREATED', 'PENDING', 'RUNNING']);
const UNSUCCESSFUL = new Set(['FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL', 'ABORTING']);
/** Jobs that still occupy the resource at AWS. */
const OCCUPYING = new Set([...IN_FLIGHT, 'ABORTING']);

/** AWS failed the job because another backup or copy job of the resource was running (src/aws/busy.ts). */
export function isBusyFailure(statusMessage: string | undefined): boolean {
  return isBusyMessage(statusMessage);
}

const isKnownState = (state: string) =>
  IN_FLIGHT.has(state) || UNSUCCESSFUL.has(state) || state === 'COMPLETED';
/** Unknown states count as in flight: never start a duplicate of a job we cannot read. */
const isInFlight = (state: string) => IN_FLIGHT.has(state) || !isKnownState(state);

interface RuleContext {
  rule: DueRule;
  slot: Date | undefined;
}

/**
 * Missed-slot counts by schedule, zone, slot and horizon. A run decides each resource on its own
 * (one decideDue call each), and the resources of a plan mostly share their newest evidence time:
 * counted once per run, not once per resource (each count is croner searches). Bounded: cleared when full.
 */
const missedCounts = new Map<string, number>();
const MISSED_COUNTS_MAX = 4096;

/** Slots of the rule after `horizon` and before its current slot, counted up to MISSED_SLOTS_CAP. */
function missedSlotsAfter(ctx: RuleContext, horizon: number): number {
  const { schedule, timezone } = ctx.rule;
  const slot = ctx.slot!.getTime();
  const key = `${schedule}\n${timezone}\n${slot}\n${horizon}`;
  const cached = missedCounts.get(key);
  if (cached !== undefined) return cached;
  // Forward from the horizon: croner's forward search is the cheaper direction, and the cap bounds it.
  let count = 0;
  let cursor = new Date(horizon);
  while (count < MISSED_SLOTS_CAP) {
    const next = nextSlot(schedule, timezone, cursor);
    if (!next || next.getTime() >= slot) break;
    count++;
    cursor = next;
  }
  if (missedCounts.size >= MISSED_COUNTS_MAX) missedCounts.clear();
  missedCounts.set(key, count);
  return count;
}

/**
 * A resource's points by ARN, and what each one's tags say about its owner, read once per decision
 * (every rule, and every job whose point is known, asks again).
 */
class ResourcePoints {
  private readonly byArn: Map<string, ObservedRecoveryPoint>;
  private readonly owners = new Map<ObservedRecoveryPoint, ReadOwnership | undefined>();

  constructor(points: readonly ObservedRecoveryPoint[]) {
    this.byArn = new Map(points.map((p) => [p.arn, p]));
  }

  get(arn: string): ObservedRecoveryPoint | undefined {
    return this.byArn.get(arn);
  }

  ownership(p: ObservedRecoveryPoint): ReadOwnership | undefined {
    if (this.owners.has(p)) return this.owners.get(p);
    const read = readOwnership(p.tags);
    this.owners.set(p, read);
    return read;
  }
}

interface Evidence {
  createdAt: Date;
  satisfaction: Satisfaction;
  rank: number;
}

export function decideDue(input: DueInput): ResourceDueDecision[] {
  // Slots depend on the rule only: compute them once for all resources.
  const contexts: RuleContext[] = input.rules.map((rule) => ({
    rule,
    slot: latestSlot(rule.schedule, rule.timezone, input.now),
  }));
  return input.resources.map((resource) => decideResource(input, contexts, resource));
}

function decideResource(
  input: DueInput,
  contexts: RuleContext[],
  resource: ResourceObservation,
): ResourceDueDecision {
  const pointsByArn = new ResourcePoints(resource.points);
  const newest = new Map<string, number>();
  const rules = contexts.map((ctx) => decideRule(input, ctx, resource, pointsByArn, newest));
  const decision: ResourceDueDecision = { resourceArn: resource.resourceArn, rules };

  const due = rules.filter((r) => r.status === 'due');
  const since = input.jobsSince?.getTime();
  if (since !== undefined && [...newest.values()].some((t) => t < since)) decision.olderJobs = 'history';
  else if (due.length > 0 && input.inFlightKnown === false) decision.olderJobs = 'in-flight';
  if (due.length === 0) return decision;

  const busy = busyWith(resource);
  if (busy) {
    decision.busyWith = busy;
    const what = busy.kind === 'copy' ? 'copy job' : 'backup job';
    for (const r of due) {
      r.status = 'retry-later';
      r.reason =
        `${what} ${busy.jobId} (${busy.state}, created ${busy.createdAt.toISOString()}) is still running for this ` +
        'resource and AWS runs one at a time: a later run starts this one';
    }
    return decision;
  }

  const dueRules = due.map((r) => contexts.find((c) => c.rule.name === r.rule)!.rule);
  const lifecycle = combinedLifecycle(
    dueRules.map((r) => ({ name: r.name, retain: r.retain ?? {} })),
    input.vaultLock,
  );
  if (!lifecycle.ok) {
    decision.error = lifecycle.error;
    for (const r of due) {
      r.status = 'error';
      r.reason = lifecycle.error;
    }
    return decision;
  }

  const slot = new Date(Math.max(...due.map((r) => r.slot!.getTime())));
  const names = due.map((r) => r.rule).sort();
  // The token's submission number counts every job that ended without a backup since the job's slot,
  // including "another job was running" failures: a retry must never present a failed job's token.
  const submission =
    1 +
    resource.jobs.filter((j) => UNSUCCESSFUL.has(j.state) && j.creationDate.getTime() >= slot.getTime())
      .length;
  decision.job = {
    resourceArn: resource.resourceArn,
    rules: names,
    slot,
    late: due.some((r) => r.late),
    attempt: Math.max(...due.map((r) => r.attempt)),
    idempotencyToken: idempotencyToken({
      namespace: input.namespace,
      plan: input.plan,
      resourceArn: resource.resourceArn,
      slot,
      attempt: submission,
    }),
    recoveryPointTags: ownershipTags({ namespace: input.namespace, plan: input.plan, rules: names, slot }),
    startWindowMinutes: Math.max(
      ...dueRules.map((r) => r.startWithinMinutes ?? DEFAULT_START_WINDOW_MINUTES),
    ),
    lifecycle: lifecycle.lifecycle,
    notes: lifecycle.notes,
  };
  return decision;
}

function decideRule(
  input: DueInput,
  ctx: RuleContext,
  resource: ResourceObservation,
  pointsByArn: ResourcePoints,
  /** Filled in: the newest evidence of each unsatisfied rule (-Infinity: none). */
  newestOfUnsatisfied: Map<string, number>,
): RuleSlotDecision {
  const { rule, slot } = ctx;
  const base = {
    rule: rule.name,
    slot,
    late: false,
    missedSlots: 0,
    attempt: 1,
    failures: [] as FailedJob[],
  };
  if (!slot) return { ...base, status: 'no-slot' };

  const evidence = evidenceFor(input, rule.name, resource, pointsByArn);
  const atOrAfter = evidence.filter((e) => e.createdAt.getTime() >= slot.getTime());
  if (atOrAfter.length > 0) {
    // Prefer the most durable proof: a point, then a completed job, then one in flight.
    const best = atOrAfter.reduce((a, b) => (b.rank < a.rank ? b : a));
    return { ...base, status: 'satisfied', satisfiedBy: best.satisfaction };
  }

  const failures: FailedJob[] = resource.jobs
    .filter((j) => UNSUCCESSFUL.has(j.state) && j.creationDate.getTime() >= slot.getTime())
    .sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime())
    .map((j) => ({
      jobId: j.jobId,
      state: j.state,
      createdAt: j.creationDate,
      statusMessage: j.statusMessage,
      countsAsAttempt: !isBusyFailure(j.statusMessage),
    }));
  const counted = failures.filter((f) => f.countsAsAttempt).length;

  const newest = evidence.reduce<number>((max, e) => Math.max(max, e.createdAt.getTime()), -Infinity);
  newestOfUnsatisfied.set(rule.name, newest);
  const horizon = Math.max(newest, input.lookbackStart ? input.lookbackStart.getTime() - 1 : -Infinity);
  const missedSlots = Number.isFinite(horizon) ? missedSlotsAfter(ctx, horizon) : 0;
  const window = rule.startWithinMinutes ?? DEFAULT_START_WINDOW_MINUTES;
  const late = input.now.getTime() - slot.getTime() > window * MS_PER_MINUTE || missedSlots > 0;

  const decided = { ...base, late, missedSlots, attempt: 1 + counted, failures };
  if (counted > rule.retries) {
    const last = failures.filter((f) => f.countsAsAttempt).at(-1)!;
    return {
      ...decided,
      attempt: counted,
      status: 'exhausted',
      reason:
        `${counted} attempt${counted === 1 ? '' : 's'} for this slot failed (retries: ${rule.retries}); ` +
        `last: job ${last.jobId} ${last.state}${last.statusMessage ? `: ${last.statusMessage}` : ''}`,
    };
  }
  return { ...decided, status: 'due' };
}

/** Everything that proves a backup serving `ruleName` was made (or is being made), with its time. */
function evidenceFor(
  input: DueInput,
  ruleName: string,
  resource: ResourceObservation,
  pointsByArn: ResourcePoints,
): Evidence[] {
  // Ours and serving the rule, from each point's tags as read once for all rules.
  const owner = { namespace: input.namespace, plan: input.plan, rule: ruleName };
  const servesRule = (p: ObservedRecoveryPoint) =>
    p.tags === undefined || ownedBy(pointsByArn.ownership(p), owner);
  const out: Evidence[] = [];
  for (const p of resource.points) {
    if (p.status === 'PARTIAL' || !servesRule(p)) continue;
    out.push({
      createdAt: p.creationDate,
      rank: 0,
      satisfaction: { by: 'recovery-point', arn: p.arn, createdAt: p.creationDate },
    });
  }
  for (const j of resource.jobs) {
    const completed = j.state === 'COMPLETED';
    if (!completed && !isInFlight(j.state)) continue;
    const point = j.recoveryPointArn ? pointsByArn.get(j.recoveryPointArn) : undefined;
    if (point && !servesRule(point)) continue;
    out.push({
      createdAt: j.creationDate,
      rank: completed ? 1 : 2,
      satisfaction: {
        by: completed ? 'completed-job' : 'in-flight-job',
        jobId: j.jobId,
        state: j.state,
        createdAt: j.creationDate,
      },
    });
  }
  return out;
}

function busyWith(resource: ResourceObservation): ResourceDueDecision['busyWith'] {
  const backup = resource.jobs
    .filter((j) => OCCUPYING.has(j.state) || !isKnownState(j.state))
    .sort((a, b) => b.creationDate.getTime() - a.creationDate.getTime())[0];
  if (backup)
    return { kind: 'backup', jobId: backup.jobId, state: backup.state, createdAt: backup.creationDate };
  const copy = (resource.copyJobsInFlight ?? []).filter(
    (c) => c.state === 'CREATED' || c.state === 'RUNNING',
  )[0];
  if (copy) return { kind: 'copy', jobId: copy.copyJobId, state: copy.state, createdAt: copy.creationDate };
  return undefined;
}
