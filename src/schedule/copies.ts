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
import { copyLifecycle, type Lifecycle, type LifecycleRetention, type VaultLockLimits } from './lifecycle.js';
import { isBusyFailure } from './due.js';
import { COPY_JOB_TAG, copyIdempotencyToken, ownershipTags, readOwnership } from './token.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

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

interface Target extends CopyDestination {
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
function targetsOf(input: CopyInput): Target[] {
  const byArn = new Map<string, Target>();
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

export function decideCopies(input: CopyInput): CopyDecision[] {
  const targets = targetsOf(input);
  if (targets.length === 0) return [];
  const pointsByArn = new Map(input.points.map((p) => [p.arn, p]));
  const now = input.now.getTime();
  const decisions: CopyDecision[] = [];
  /** Candidates to start, per resource; one of them starts. */
  const candidates = new Map<string, { decision: CopyDecision; regular: boolean; created: number }[]>();

  // Copies someone else made carry our point's tags, so only our own jobs say "our copy exists".
  const ourJobs = input.copyJobs.filter(
    (j) => input.copyRole === undefined || j.iamRoleArn === undefined || j.iamRoleArn === input.copyRole,
  );
  const hasEvidence = (p: SourcePoint, t: Target) =>
    ourJobs.some(
      (j) =>
        j.sourceRecoveryPointArn === p.arn &&
        j.destinationBackupVaultArn === t.vaultArn &&
        (j.state === 'COMPLETED' || IN_FLIGHT.has(j.state)),
    ) || destinationCopyOf(input, p, t) !== undefined;

  const owned = input.points.filter((p) => {
    const o = readOwnership(p.tags);
    return o !== undefined && o.namespace === input.namespace && o.plan === input.plan;
  });

  for (const t of targets) {
    // Every copy sends an explicit DeleteAfterDays (see copyLifecycle): without one AWS would apply the
    // source's lifecycle. "Born expired" is judged on this effective lifecycle.
    const lifecycle = copyLifecycle(t.retains, input.destinationLocks?.get(t.vaultArn));
    const bornExpiredAfterDays = lifecycle.ok ? lifecycle.lifecycle?.deleteAfterDays : undefined;

    // Backfill candidates per resource: the newest N owned, copyable points serving this destination
    // that have no older point with a copy there (guard 2 above).
    const backfillSet = new Set<string>();
    if (t.backfill > 0) {
      const byResource = new Map<string, SourcePoint[]>();
      for (const p of owned) {
        if (!readOwnership(p.tags)!.rules.some((r) => t.rules.includes(r))) continue;
        if (p.status !== undefined && !COPYABLE_STATUS.has(p.status)) continue;
        byResource.set(p.resourceArn, [...(byResource.get(p.resourceArn) ?? []), p]);
      }
      for (const list of byResource.values()) {
        list.sort(newestFirst);
        const newestN = list.slice(0, t.backfill);
        for (const p of newestN) {
          const olderCopied = list.some(
            (q) => q.creationDate.getTime() < p.creationDate.getTime() && hasEvidence(q, t),
          );
          if (!olderCopied) backfillSet.add(p.arn);
        }
      }
    }

    for (const p of input.points) {
      const age = now - p.creationDate.getTime();
      const inWindow = age <= t.copyWithinMinutes * MINUTE;
      const owner = readOwnership(p.tags);
      const base = {
        sourcePointArn: p.arn,
        resourceArn: p.resourceArn,
        destination: { account: t.account, region: t.region, vault: t.vault, vaultArn: t.vaultArn },
        backfill: false,
        attempt: 1,
        failures: [] as CopyFailure[],
      };

      if (p.tags === undefined) {
        if (inWindow && p.storageClass !== 'DELETED') {
          decisions.push({
            ...base,
            rules: [...t.rules].sort(),
            action: 'skipped',
            reason:
              'the tags of this recovery point cannot be read for its resource type, so the rules it serves ' +
              '(and the copies they ask for) are unknown',
            destinationTags: {},
          });
        }
        continue;
      }
      if (!owner || owner.namespace !== input.namespace || owner.plan !== input.plan) continue;
      const rules = owner.rules.filter((r) => t.rules.includes(r)).sort();
      if (rules.length === 0) continue;

      const destinationTags = ownershipTags({
        namespace: input.namespace,
        plan: input.plan,
        rules,
        slot: owner.slot ?? p.creationDate,
      });
      // Evidence first: what exists is reported whatever the point's age.
      const jobs = ourJobs
        .filter((j) => j.sourceRecoveryPointArn === p.arn && j.destinationBackupVaultArn === t.vaultArn)
        .sort((a, b) => a.creationDate.getTime() - b.creationDate.getTime());
      const copy = destinationCopyOf(input, p, t);
      const done = jobs.filter((j) => j.state === 'COMPLETED').at(-1);
      // Our own completed copy job gets the marker that tells it from copies others made.
      const decision = {
        ...base,
        rules,
        destinationTags: done ? { ...destinationTags, [COPY_JOB_TAG]: done.copyJobId } : destinationTags,
      };
      if (done || copy) {
        const tagged = copy?.tags === undefined ? undefined : isOurs(copy.tags, input);
        // A destination point already tagged as ours with no job record left is history: say nothing.
        if (done || tagged !== true) {
          decisions.push({
            ...decision,
            action: 'completed',
            ...(done ? { copyJobId: done.copyJobId } : {}),
            // Our job's own destination first: never mark a copy someone else made.
            ...((done?.destinationRecoveryPointArn ?? copy?.arn)
              ? { destinationPointArn: (done?.destinationRecoveryPointArn ?? copy?.arn)! }
              : {}),
            ...(tagged !== undefined ? { destinationTagged: tagged } : {}),
          });
        }
        continue;
      }
      const running = jobs.filter((j) => IN_FLIGHT.has(j.state)).at(-1);
      if (running) {
        decisions.push({ ...decision, action: 'in-flight', copyJobId: running.copyJobId });
        continue;
      }

      // Eligibility.
      if (p.storageClass === 'DELETED') continue;
      if (p.status !== undefined && !COPYABLE_STATUS.has(p.status)) continue;
      const backfill = !inWindow && backfillSet.has(p.arn);
      if (!inWindow && !backfill) continue;
      if (p.storageClass === 'COLD') {
        decisions.push({
          ...decision,
          backfill,
          action: 'skipped',
          reason: 'in cold storage: AWS does not copy cold points',
        });
        continue;
      }
      if (bornExpiredAfterDays !== undefined && age >= bornExpiredAfterDays * DAY) {
        decisions.push({
          ...decision,
          backfill,
          action: 'skipped',
          reason: `older than the destination's retention of ${bornExpiredAfterDays} days: a copy keeps the creation date and would be deleted at once`,
        });
        continue;
      }

      const failures: CopyFailure[] = jobs
        .filter((j) => UNSUCCESSFUL.has(j.state))
        .map((j) => ({
          copyJobId: j.copyJobId,
          state: j.state,
          createdAt: j.creationDate,
          statusMessage: j.statusMessage,
          countsAsAttempt: !isBusyFailure(j.statusMessage),
        }));
      const counted = failures.filter((f) => f.countsAsAttempt).length;
      const tried = { ...decision, backfill, failures, attempt: 1 + counted };
      if (counted > t.retries) {
        const last = failures.filter((f) => f.countsAsAttempt).at(-1)!;
        decisions.push({
          ...tried,
          attempt: counted,
          action: 'exhausted',
          reason:
            `${counted} copy attempt${counted === 1 ? '' : 's'} failed (retries: ${t.retries}); last: job ` +
            `${last.copyJobId} ${last.state}${last.statusMessage ? `: ${last.statusMessage}` : ''}`,
        });
        continue;
      }
      if (!lifecycle.ok) {
        decisions.push({ ...tried, action: 'error', reason: lifecycle.error });
        continue;
      }
      const candidate: CopyDecision = {
        ...tried,
        action: 'start',
        idempotencyToken: copyIdempotencyToken({
          namespace: input.namespace,
          plan: input.plan,
          sourcePointArn: p.arn,
          destinationVaultArn: t.vaultArn,
          attempt: 1 + failures.length,
        }),
        lifecycle: lifecycle.lifecycle,
        notes: lifecycle.notes,
      };
      decisions.push(candidate);
      const list = candidates.get(p.resourceArn) ?? [];
      list.push({ decision: candidate, regular: !backfill, created: p.creationDate.getTime() });
      candidates.set(p.resourceArn, list);
    }
  }

  // One job per resource at a time.
  for (const [resourceArn, list] of candidates) {
    const busyCopy = input.copyJobs.find(
      (j) =>
        IN_FLIGHT.has(j.state) &&
        (j.resourceArn ?? pointsByArn.get(j.sourceRecoveryPointArn)?.resourceArn) === resourceArn,
    );
    const busy = input.busyResources?.has(resourceArn)
      ? 'a backup job of this resource is running or starting in this run'
      : busyCopy
        ? `copy job ${busyCopy.copyJobId} of this resource is still running`
        : undefined;
    list.sort((a, b) => Number(b.regular) - Number(a.regular) || b.created - a.created);
    list.forEach((c, i) => {
      if (!busy && i === 0) return;
      const d = c.decision;
      d.action = 'retry-later';
      d.reason = `${busy ?? 'another copy of this resource starts in this run'}; AWS runs one backup or copy job per resource at a time, so a later run starts this one`;
      delete d.idempotencyToken;
      delete d.lifecycle;
      delete d.notes;
    });
  }
  return decisions;
}

/** The point in the destination vault that is a copy of `p`, if observed. */
function destinationCopyOf(input: CopyInput, p: SourcePoint, t: Target): DestinationPoint | undefined {
  return input.destinationPoints.find(
    (d) =>
      d.backupVaultArn === t.vaultArn &&
      d.resourceArn === p.resourceArn &&
      sameSecond(d.creationDate, p.creationDate) &&
      (d.sourceBackupVaultArn === undefined || d.sourceBackupVaultArn === input.sourceVaultArn) &&
      // Made by our role, or marked by us: a copy someone else made is not ours.
      (input.copyRole === undefined ||
        d.iamRoleArn === undefined ||
        d.iamRoleArn === input.copyRole ||
        d.tags?.[COPY_JOB_TAG] !== undefined),
  );
}

function isOurs(tags: Readonly<Record<string, string>>, input: CopyInput): boolean {
  const o = readOwnership(tags);
  return o !== undefined && o.namespace === input.namespace && o.plan === input.plan;
}
