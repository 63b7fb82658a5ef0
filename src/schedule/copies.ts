// The copy decision of `backup` (DESIGN "Commands: backup", step 4), as a pure function of the
// plan's rules, what AWS shows, and now.
//
// For every owned source point and every `copyTo` destination of the rules it serves:
// - COPIED ONCE. Evidence that a copy exists or existed: a copy job for that source point and
//   destination vault (ListCopyJobs, ~30 days) that completed or is in flight, or a point in the
//   destination vault that is a copy of it. Copies keep the source's creation date and resource,
//   and record the source vault, so a destination point with the same resource, the same creation
//   time (to the second) and our vault as `SourceBackupVaultArn` is that copy, for as long as it lives.
// - ONLY WHILE YOUNG: a point is copied while younger than `copyWithin` (default 2 days), not in
//   cold storage, and younger than the destination's DeleteAfterDays (a copy keeps the source's
//   creation date, so an older one would be born expired).
// - NEVER RE-MADE. A copy later deleted by the destination's retention leaves no evidence once its
//   copy job ages out of ListCopyJobs (~30 days). By then its source point is older than
//   `copyWithin` (keep copyWithin well under 30 days), so regular copying never looks at it again.
// - BACKFILL `N` asks for the newest N owned points of the resource as well, however old — still
//   once each. Two guards keep it from re-making a copy the destination deleted after its copy job
//   aged out of ListCopyJobs: (1) a point older than the destination's DeleteAfterDays is never
//   copied (see above), and that is exactly when a `days` destination deletes a copy; (2) a point is
//   skipped when an OLDER point of the same resource has a copy (or a copy job) at the destination.
//   Backfill runs newest first, so a missing copy above an existing older one was made and removed
//   (e.g. by the destination's GFS pruning) or failed for good — not backfill's to redo. Regular
//   copies of new points are newer and never block it. The price: backfill does not fill gaps above
//   existing copies. Residual risk: when every older copy is gone as well, a point the destination
//   pruned can be copied again (at most once per ~30 days while it stays among the newest N); choose
//   N within the destination's keep policy.
// - RETRIES: failed (or PARTIAL) copy jobs of the source point to the destination are attempts, up to
//   1 + retries (the largest `retries` among the rules copying there). "Another job is running for the
//   resource" failures are not attempts.
// - ONE JOB PER RESOURCE: AWS runs one backup or copy job per resource at a time. A resource with a
//   backup job in flight or starting in this run (`busyResources`) or a copy job in flight gets no
//   copy now; otherwise one copy starts per resource per run: regular copies before backfill, newest
//   point first. The others are retry-later.
// - OWNERSHIP: only points whose tags say namespace = ours and plan = ours are copied. Points whose
//   tags cannot be read are reported as skipped while they would be young enough to copy: without
//   tags we cannot know which rules (and so which destinations) they serve.

import type { ObservedCopyJob } from '../aws/observed.js';
import { DEFAULTS } from '../plan/model.js';
import { MS_PER_DAY, MS_PER_MINUTE } from '../time/calendar.js';
import { copyLifecycle, type Lifecycle, type LifecycleRetention, type VaultLockLimits } from './lifecycle.js';
import { isBusyFailure } from './due.js';
import {
  COPY_JOB_TAG,
  COPY_JOB_TAG_VALUE,
  copyIdempotencyToken,
  ownedBy,
  ownershipTags,
  readOwnership,
  type ReadOwnership,
} from './token.js';

export const DEFAULT_COPY_WITHIN_MINUTES = DEFAULTS.copyWithinMinutes;

/** The rule fields the copy decision needs; the plan model's `Rule` fits. */
export interface CopyRule {
  name: string;
  retries: number;
  copyWithinMinutes?: number | undefined;
  copyTo: readonly CopyTargetSpec[];
}

/** One `copyTo` entry, resolved (account filled in); the plan model's `CopyTarget` fits. */
export interface CopyTargetSpec {
  account: string;
  region: string;
  vault: string;
  retain: LifecycleRetention;
  backfill?: number | undefined;
}

/** A recovery point in the plan's vault. */
export interface SourcePoint {
  arn: string;
  resourceArn: string;
  creationDate: Date;
  /** COMPLETED / AVAILABLE are copyable; CREATING is not yet. */
  status?: string | undefined;
  /** WARM, COLD or DELETED. */
  storageClass?: string | undefined;
  /** Undefined: ownership unreadable for this type. */
  tags: Readonly<Record<string, string>> | undefined;
}

/** A copy job from ListCopyJobs: the AWS layer's own type. */
export type { ObservedCopyJob } from '../aws/observed.js';

/** A recovery point in a destination vault (ListRecoveryPointsByBackupVault). */
export interface DestinationPoint {
  arn: string;
  backupVaultArn: string;
  resourceArn: string;
  creationDate: Date;
  sourceBackupVaultArn?: string | undefined;
  /** The role that made it (IamRoleArn), when listed. */
  iamRoleArn?: string | undefined;
  /** Undefined when not read. */
  tags?: Readonly<Record<string, string>> | undefined;
}

export interface CopyInput {
  namespace: string;
  plan: string;
  /** ARN of the plan's vault (its partition is used for destination ARNs). */
  sourceVaultArn: string;
  rules: readonly CopyRule[];
  points: readonly SourcePoint[];
  copyJobs: readonly ObservedCopyJob[];
  destinationPoints: readonly DestinationPoint[];
  /** Resources with a backup job in flight or started in this run. */
  busyResources?: ReadonlySet<string> | undefined;
  /** Lock limits of locked destination vaults, by vault ARN. */
  destinationLocks?: ReadonlyMap<string, VaultLockLimits> | undefined;
  /**
   * The role our copy jobs run with (the plan's backup role). Copy jobs and destination points made
   * with another role are someone else's (an Organizations policy, the console): they are no
   * evidence of our copy and no attempt of ours, though their running jobs still keep the resource
   * busy. Undefined: every job counts.
   */
  copyRole?: string | undefined;
  now: Date;
}

export interface CopyDestination {
  account: string;
  region: string;
  vault: string;
  vaultArn: string;
}

export type CopyAction =
  /** Start this copy now. */
  | 'start'
  /** A copy exists (or existed); tag its destination point if `destinationTagged` is not true. */
  | 'completed'
  | 'in-flight'
  /** Not now, not a failure: the resource is busy. */
  | 'retry-later'
  /** 1 + retries attempts failed: failed for good. */
  | 'exhausted'
  /** Not copied on purpose (cold, unreadable ownership, would be born expired). */
  | 'skipped'
  /** No valid copy can be made (e.g. the destination's lock refuses the lifecycle). */
  | 'error';

export interface CopyFailure {
  copyJobId: string;
  state: string;
  createdAt: Date;
  statusMessage?: string | undefined;
  countsAsAttempt: boolean;
}

export interface CopyDecision {
  sourcePointArn: string;
  resourceArn: string;
  destination: CopyDestination;
  /** The rules that copy this point to this destination (sorted). */
  rules: string[];
  action: CopyAction;
  reason?: string;
  /** Chosen through `backfill` rather than `copyWithin`. */
  backfill: boolean;
  attempt: number;
  failures: CopyFailure[];
  /** 'start': the StartCopyJob inputs this module decides. */
  idempotencyToken?: string;
  lifecycle?: Lifecycle | undefined;
  notes?: string[];
  /** The tags to write on the destination point once the copy has completed. */
  destinationTags: Record<string, string>;
  /** 'completed' / 'in-flight': the job and the destination point, where known. */
  copyJobId?: string;
  destinationPointArn?: string;
  /** True when the observed destination point already carries our tags; undefined when not observed. */
  destinationTagged?: boolean;
}

/** One destination vault, merged across the rules that copy there. */
export interface CopyTarget extends CopyDestination {
  rules: string[];
  copyWithinMinutes: number;
  backfill: number;
  retries: number;
  retains: { name: string; retain: LifecycleRetention }[];
}

const COPYABLE_STATUS = new Set(['COMPLETED', 'AVAILABLE']);
const IN_FLIGHT = new Set(['CREATED', 'RUNNING']);
const UNSUCCESSFUL = new Set(['FAILED', 'PARTIAL', 'ABORTED', 'EXPIRED']);

export function destinationVaultArn(
  sourceVaultArn: string,
  t: { account: string; region: string; vault: string },
) {
  const partition = sourceVaultArn.split(':')[1] || 'aws';
  return `arn:${partition}:backup:${t.region}:${t.account}:backup-vault:${t.vault}`;
}

/** Destinations merged across rules: one entry per vault ARN, with every rule that copies there. */
export function copyTargets(input: Pick<CopyInput, 'rules' | 'sourceVaultArn'>): CopyTarget[] {
  const byArn = new Map<string, CopyTarget>();
  for (const rule of input.rules) {
    for (const spec of rule.copyTo) {
      const vaultArn = destinationVaultArn(input.sourceVaultArn, spec);
      let t = byArn.get(vaultArn);
      if (!t) {
        t = {
          account: spec.account,
          region: spec.region,
          vault: spec.vault,
          vaultArn,
          rules: [],
          copyWithinMinutes: 0,
          backfill: 0,
          retries: 0,
          retains: [],
        };
        byArn.set(vaultArn, t);
      }
      t.rules.push(rule.name);
      t.copyWithinMinutes = Math.max(
        t.copyWithinMinutes,
        rule.copyWithinMinutes ?? DEFAULT_COPY_WITHIN_MINUTES,
      );
      t.backfill = Math.max(t.backfill, spec.backfill ?? 0);
      t.retries = Math.max(t.retries, rule.retries);
      t.retains.push({ name: rule.name, retain: spec.retain });
    }
  }
  return [...byArn.values()];
}

const sameSecond = (a: Date, b: Date) => Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000);
const newestFirst = (a: SourcePoint, b: SourcePoint) =>
  b.creationDate.getTime() - a.creationDate.getTime() || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);

/**
 * What AWS shows about copies of source points, indexed once per decision: a lookup per point and
 * destination, not a scan of every copy job and destination point.
 */
export class CopyEvidence {
  private readonly jobs = new Map<string, ObservedCopyJob[]>();
  private readonly destination = new Map<string, DestinationPoint[]>();

  constructor(
    private readonly input: Pick<CopyInput, 'copyJobs' | 'destinationPoints' | 'sourceVaultArn' | 'copyRole'>,
  ) {
    // Copies someone else made carry our point's tags, so only our own jobs say "our copy exists".
    for (const j of input.copyJobs)
      if (madeBy(input.copyRole, j.iamRoleArn))
        push(this.jobs, `${j.sourceRecoveryPointArn}\n${j.destinationBackupVaultArn}`, j);
    // Oldest first (a stable sort: ties keep AWS's order).
    for (const list of this.jobs.values())
      list.sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime());
    for (const d of input.destinationPoints)
      push(this.destination, `${d.backupVaultArn}\n${d.resourceArn}`, d);
  }

  /** Copy jobs of `p` to the vault, oldest first. */
  jobsOf(p: SourcePoint, vaultArn: string): readonly ObservedCopyJob[] {
    return this.jobs.get(`${p.arn}\n${vaultArn}`) ?? [];
  }

  /**
   * The point in the destination vault that is a copy of `p`, if observed: same resource, same
   * creation time to the second, and our vault as its source (when AWS says).
   */
  copyOf(p: SourcePoint, vaultArn: string): DestinationPoint | undefined {
    return this.destination.get(`${vaultArn}\n${p.resourceArn}`)?.find(
      (d) =>
        sameSecond(d.creationDate, p.creationDate) &&
        (d.sourceBackupVaultArn === undefined || d.sourceBackupVaultArn === this.input.sourceVaultArn) &&
        // Made by our role, or marked by us: a copy someone else made is not ours.
        (madeBy(this.input.copyRole, d.iamRoleArn) || d.tags?.[COPY_JOB_TAG] !== undefined),
    );
  }

  /** A copy of `p` exists or is being made: a completed or in-flight copy job, or the copy itself. */
  copied(p: SourcePoint, vaultArn: string): boolean {
    return (
      this.jobsOf(p, vaultArn).some((j) => j.state === 'COMPLETED' || IN_FLIGHT.has(j.state)) ||
      this.copyOf(p, vaultArn) !== undefined
    );
  }
}

/** Made with our copy role (or the role is unknown on either side: then it counts). */
const madeBy = (copyRole: string | undefined, role: string | undefined) =>
  copyRole === undefined || role === undefined || role === copyRole;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the tags say when they say ours (namespace and plan); else undefined. */
function ourOwnership(
  tags: Readonly<Record<string, string>> | undefined,
  input: Pick<CopyInput, 'namespace' | 'plan'>,
): ReadOwnership | undefined {
  const o = readOwnership(tags);
  return ownedBy(o, { namespace: input.namespace, plan: input.plan }) ? o : undefined;
}

/** The points tagged as ours (namespace and plan). */
function isOurs(
  tags: Readonly<Record<string, string>> | undefined,
  input: Pick<CopyInput, 'namespace' | 'plan'>,
) {
  return ourOwnership(tags, input) !== undefined;
}

/**
 * BACKFILL candidates for a destination: per resource, the newest `t.backfill` owned, copyable points
 * serving it that have no OLDER point with a copy there (guard 2 in the header).
 */
export function backfillPoints(
  input: Pick<CopyInput, 'namespace' | 'plan' | 'points'>,
  t: Pick<CopyTarget, 'rules' | 'backfill' | 'vaultArn'>,
  evidence: Pick<CopyEvidence, 'copied'>,
): Set<string> {
  const chosen = new Set<string>();
  if (t.backfill <= 0) return chosen;
  const byResource = new Map<string, SourcePoint[]>();
  for (const p of input.points) {
    const owner = ourOwnership(p.tags, input);
    if (!owner || !owner.rules.some((r) => t.rules.includes(r))) continue;
    if (p.status !== undefined && !COPYABLE_STATUS.has(p.status)) continue;
    push(byResource, p.resourceArn, p);
  }
  for (const list of byResource.values()) {
    list.sort(newestFirst);
    for (const p of list.slice(0, t.backfill)) {
      const olderCopied = list.some(
        (q) => q.creationDate.getTime() < p.creationDate.getTime() && evidence.copied(q, t.vaultArn),
      );
      if (!olderCopied) chosen.add(p.arn);
    }
  }
  return chosen;
}

/**
 * Why a point with no copy is not copied now: undefined when it may be copied, `silent` when it is
 * simply not a candidate (gone, not complete yet, outside copyWithin and backfill), else the reason
 * the report shows for a skip.
 */
export function ineligibility(
  p: Pick<SourcePoint, 'storageClass' | 'status'>,
  when: { ageMs: number; inWindow: boolean; backfill: boolean; bornExpiredAfterDays: number | undefined },
): 'silent' | { reason: string } | undefined {
  if (p.storageClass === 'DELETED') return 'silent';
  if (p.status !== undefined && !COPYABLE_STATUS.has(p.status)) return 'silent';
  if (!when.inWindow && !when.backfill) return 'silent';
  if (p.storageClass === 'COLD') return { reason: 'in cold storage: AWS does not copy cold points' };
  if (when.bornExpiredAfterDays !== undefined && when.ageMs >= when.bornExpiredAfterDays * MS_PER_DAY)
    return {
      reason: `older than the destination's retention of ${when.bornExpiredAfterDays} days: a copy keeps the creation date and would be deleted at once`,
    };
  return undefined;
}

/**
 * RETRIES: the unsuccessful copy jobs of a point to a destination, which of them used up an attempt
 * (not the "busy" ones), and, once more than `retries` did, why it is failed for good.
 */
export function copyAttempts(
  jobs: readonly ObservedCopyJob[],
  retries: number,
): { failures: CopyFailure[]; counted: number; exhausted?: string } {
  const failures: CopyFailure[] = jobs
    .filter((j) => UNSUCCESSFUL.has(j.state))
    .map((j) => ({
      copyJobId: j.copyJobId,
      state: j.state,
      createdAt: j.creationDate,
      statusMessage: j.statusMessage,
      countsAsAttempt: !isBusyFailure(j.statusMessage),
    }));
  const attempts = failures.filter((f) => f.countsAsAttempt);
  const counted = attempts.length;
  if (counted <= retries) return { failures, counted };
  const last = attempts.at(-1)!;
  return {
    failures,
    counted,
    exhausted:
      `${counted} copy attempt${counted === 1 ? '' : 's'} failed (retries: ${retries}); last: job ` +
      `${last.copyJobId} ${last.state}${last.statusMessage ? `: ${last.statusMessage}` : ''}`,
  };
}

/**
 * What exists for a point at a destination, reported whatever the point's age: a copy (completed
 * job or destination point) or a copy job in flight. Undefined: nothing, the point may be copied.
 * `null`: a copy tagged as ours with no job record left, which is history, not news.
 */
export function existingCopy(
  jobs: readonly ObservedCopyJob[],
  copy: DestinationPoint | undefined,
  ours: (tags: Readonly<Record<string, string>>) => boolean,
):
  | Pick<CopyDecision, 'action' | 'copyJobId' | 'destinationPointArn' | 'destinationTagged'>
  | null
  | undefined {
  const done = jobs.filter((j) => j.state === 'COMPLETED').at(-1);
  if (done || copy) {
    const tagged = copy?.tags === undefined ? undefined : ours(copy.tags);
    if (!done && tagged === true) return null;
    // Our job's own destination first: never mark a copy someone else made.
    const pointArn = done?.destinationRecoveryPointArn ?? copy?.arn;
    return {
      action: 'completed',
      ...(done ? { copyJobId: done.copyJobId } : {}),
      ...(pointArn ? { destinationPointArn: pointArn } : {}),
      ...(tagged !== undefined ? { destinationTagged: tagged } : {}),
    };
  }
  const running = jobs.filter((j) => IN_FLIGHT.has(j.state)).at(-1);
  return running ? { action: 'in-flight', copyJobId: running.copyJobId } : undefined;
}

/** A point of unreadable ownership is reported as skipped while it would be young enough to copy. */
const UNREADABLE_TAGS =
  'the tags of this recovery point cannot be read for its resource type, so the rules it serves ' +
  '(and the copies they ask for) are unknown';

/** A decision to start a copy, before ONE JOB PER RESOURCE picks which one starts. */
export interface StartCandidate {
  decision: CopyDecision;
  regular: boolean;
  created: number;
}

/** The decision for one source point and one destination; `start` marks a candidate to start. */
function decidePoint(
  input: CopyInput,
  p: SourcePoint,
  t: CopyTarget,
  facts: { evidence: CopyEvidence; backfill: Set<string>; lifecycle: ReturnType<typeof copyLifecycle> },
): { decision: CopyDecision; start?: StartCandidate } | undefined {
  const ageMs = input.now.getTime() - p.creationDate.getTime();
  const inWindow = ageMs <= t.copyWithinMinutes * MS_PER_MINUTE;
  const base = {
    sourcePointArn: p.arn,
    resourceArn: p.resourceArn,
    destination: { account: t.account, region: t.region, vault: t.vault, vaultArn: t.vaultArn },
    backfill: false,
    attempt: 1,
    failures: [] as CopyFailure[],
  };
  if (p.tags === undefined) {
    if (!inWindow || p.storageClass === 'DELETED') return undefined;
    const rules = [...t.rules].sort();
    return { decision: { ...base, rules, action: 'skipped', reason: UNREADABLE_TAGS, destinationTags: {} } };
  }
  const owner = ourOwnership(p.tags, input);
  if (!owner) return undefined;
  const rules = owner.rules.filter((r) => t.rules.includes(r)).sort();
  if (rules.length === 0) return undefined;

  const jobs = facts.evidence.jobsOf(p, t.vaultArn);
  const done = jobs.filter((j) => j.state === 'COMPLETED').at(-1);
  const tags = ownershipTags({
    namespace: input.namespace,
    plan: input.plan,
    rules,
    slot: owner.slot ?? p.creationDate,
  });
  // Our own completed copy job gets the marker that tells it from copies others made.
  const decision = {
    ...base,
    rules,
    destinationTags: done ? { ...tags, [COPY_JOB_TAG]: COPY_JOB_TAG_VALUE } : tags,
  };

  const existing = existingCopy(jobs, facts.evidence.copyOf(p, t.vaultArn), (x) => isOurs(x, input));
  if (existing === null) return undefined;
  if (existing) return { decision: { ...decision, ...existing } };

  const backfill = !inWindow && facts.backfill.has(p.arn);
  const { lifecycle } = facts;
  const bornExpiredAfterDays = lifecycle.ok ? lifecycle.lifecycle?.deleteAfterDays : undefined;
  const skip = ineligibility(p, { ageMs, inWindow, backfill, bornExpiredAfterDays });
  if (skip === 'silent') return undefined;
  if (skip) return { decision: { ...decision, backfill, action: 'skipped', reason: skip.reason } };

  const attempts = copyAttempts(jobs, t.retries);
  const tried = { ...decision, backfill, failures: attempts.failures, attempt: 1 + attempts.counted };
  if (attempts.exhausted)
    return {
      decision: { ...tried, attempt: attempts.counted, action: 'exhausted', reason: attempts.exhausted },
    };
  if (!lifecycle.ok) return { decision: { ...tried, action: 'error', reason: lifecycle.error } };
  const start: CopyDecision = {
    ...tried,
    action: 'start',
    idempotencyToken: copyIdempotencyToken({
      namespace: input.namespace,
      plan: input.plan,
      sourcePointArn: p.arn,
      destinationVaultArn: t.vaultArn,
      attempt: 1 + attempts.failures.length,
    }),
    lifecycle: lifecycle.lifecycle,
    notes: lifecycle.notes,
  };
  return {
    decision: start,
    start: { decision: start, regular: !backfill, created: p.creationDate.getTime() },
  };
}

/**
 * Why a resource can start no copy now (ONE JOB PER RESOURCE): a backup job of it in flight or
 * starting in this run, or a copy job of it in flight. Undefined: it is free.
 */
export function resourceBusyReason(
  resourceArn: string,
  input: Pick<CopyInput, 'busyResources' | 'copyJobs' | 'points'>,
  resourceOfPoint: ReadonlyMap<string, string> = new Map(input.points.map((p) => [p.arn, p.resourceArn])),
): string | undefined {
  if (input.busyResources?.has(resourceArn))
    return 'a backup job of this resource is running or starting in this run';
  const busyCopy = input.copyJobs.find(
    (j) =>
      IN_FLIGHT.has(j.state) &&
      (j.resourceArn ?? resourceOfPoint.get(j.sourceRecoveryPointArn)) === resourceArn,
  );
  return busyCopy ? `copy job ${busyCopy.copyJobId} of this resource is still running` : undefined;
}

/** Of a resource's start candidates, the one that starts now: regular copies before backfill, newest first. */
export function startOrder(candidates: readonly StartCandidate[]): StartCandidate[] {
  return [...candidates].sort((a, b) => Number(b.regular) - Number(a.regular) || b.created - a.created);
}

/** Turn every candidate but the first of a free resource into retry-later. */
function onePerResource(candidates: readonly StartCandidate[], input: CopyInput): void {
  const byResource = new Map<string, StartCandidate[]>();
  for (const c of candidates) push(byResource, c.decision.resourceArn, c);
  const resourceOfPoint = new Map(input.points.map((p) => [p.arn, p.resourceArn]));
  for (const [resourceArn, list] of byResource) {
    const busy = resourceBusyReason(resourceArn, input, resourceOfPoint);
    startOrder(list).forEach((c, i) => {
      if (!busy && i === 0) return;
      const d = c.decision;
      d.action = 'retry-later';
      d.reason = `${busy ?? 'another copy of this resource starts in this run'}; AWS runs one backup or copy job per resource at a time, so a later run starts this one`;
      delete d.idempotencyToken;
      delete d.lifecycle;
      delete d.notes;
    });
  }
}

export function decideCopies(input: CopyInput): CopyDecision[] {
  const targets = copyTargets(input);
  if (targets.length === 0) return [];
  const evidence = new CopyEvidence(input);
  const decisions: CopyDecision[] = [];
  const candidates: StartCandidate[] = [];
  for (const t of targets) {
    // Every copy sends an explicit DeleteAfterDays (see copyLifecycle): without one AWS would apply the
    // source's lifecycle. "Born expired" is judged on this effective lifecycle.
    const lifecycle = copyLifecycle(t.retains, input.destinationLocks?.get(t.vaultArn));
    const backfill = backfillPoints(input, t, evidence);
    for (const p of input.points) {
      const out = decidePoint(input, p, t, { evidence, backfill, lifecycle });
      if (!out) continue;
      decisions.push(out.decision);
      if (out.start) candidates.push(out.start);
    }
  }
  onePerResource(candidates, input);
  return decisions;
}
