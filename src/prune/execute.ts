// Deletes the points the decision removes, in batches of at most DELETE_BATCH points of one vault
// (sorted by creation time), each batch in careful steps:
//   1. re-read the batch's ownership tags live, just before deleting it (the Tagging API reads up to
//      100 snapshot ARNs a call; Backup's ListTags one point a call), and compare them with what the
//      decision was based on;
//   2. one listing of the vault over the batch's creation window: each point must still be there and
//      COMPLETED;
//   3. DeleteRecoveryPoint per point, paced by the rate limiter (which backs off on throttling and
//      retries throttled calls itself), with "busy" (InvalidResourceStateException) retried a few
//      times later, each retry after re-reading that point's ownership and status on its own;
//   4. one listing of the same window after the batch: gone (or DELETING) is a deletion; EXPIRED
//      means AWS only marked it (every documented cause is reported: src/prune/expired.ts).
// "Just before" has a bound: no delete is sent more than MAX_EVIDENCE_AGE_MS after the reads it
// relies on; a point whose evidence is older is read again on its own first. A batched read that
// fails is not a verdict on its points: each point is then read on its own (DescribeRecoveryPoint),
// so one unreadable point fails only itself.
import { waitBeforeRetry } from '../time/wait.js';
import {
  deleteRecoveryPoint,
  pointStatus,
  pointStatusesCreatedBetween,
  updatePointLifecycle,
} from '../aws/backup.js';
import type { BackupClient, TaggingClient } from '../aws/clients.js';
import { chunked, forEachConcurrent } from '../aws/concurrency.js';
import { DeniedOperations, iamAction, isAccessDenied } from '../aws/denied.js';
import { readPointTags, type Tags } from '../aws/point-tags.js';
import { describeAwsError, errorCode, isBusy } from '../aws/retry.js';
import { describeExpired } from './expired.js';
import { vaultKey, type GuardKind, type Ownership, type PointInfo, type VaultRef } from './model.js';
import { parseOwnership, sameOwnership } from './ownership.js';

/** Paces calls: the aws layer's AdaptiveLimiter satisfies this. */
export interface Limiter {
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export interface ExecClients {
  /** Reads (the SDK retries throttling). */
  backup(role: string, region: string): BackupClient;
  tagging(role: string, region: string): TaggingClient;
  /** For deletes and lifecycle updates under `limiter`: throttles surface to the limiter. */
  writer(role: string, region: string): BackupClient;
  limiter(vault: VaultRef): Limiter;
  /** Operations AWS refused a role earlier in this run: not attempted again (one error, not hundreds). */
  denied?: DeniedOperations;
}

/** A call not sent because AWS refused the role the same operation earlier in this run. */
class NotAttempted extends Error {}

/** Sends `call` unless the role was refused `operation` already; records a first refusal. */
async function unlessDenied<T>(
  denied: DeniedOperations | undefined,
  role: string,
  operation: string,
  call: () => Promise<T>,
): Promise<T> {
  if (denied?.check(role, operation) !== undefined) throw new NotAttempted(operation);
  return call();
}

/**
 * The outcome of a refused write: the first refusal for (role, operation) is the run's one failure
 * naming the permission; the others are "not attempted", pointing at it.
 */
function refusal(
  denied: DeniedOperations,
  err: unknown,
  role: string,
  operation: string,
  text: string,
): { first: boolean; message: string } {
  if (err instanceof NotAttempted || !denied.record(role, operation, text))
    return {
      first: false,
      message: `not attempted: AWS refused ${role} ${iamAction(operation)} earlier in this run`,
    };
  return {
    first: true,
    message:
      `${text}. The role ${role} lacks ${iamAction(operation)} (or a policy denies it): ` +
      `${operation} stopped for this role for the rest of the run; grant it and the next run continues`,
  };
}

export interface Candidate {
  vault: VaultRef;
  planId: string;
  point: PointInfo;
  /** The ownership the decision was based on. */
  ownership: Ownership;
}

export type Outcome =
  | { kind: 'deleted'; candidate: Candidate; pending: boolean }
  | {
      kind: 'skipped';
      candidate: Candidate;
      why: Extract<
        GuardKind,
        'ownership-changed' | 'state-changed' | 'busy' | 'legal-hold' | 'locked' | 'access-denied'
      >;
      message: string;
    }
  | { kind: 'failed'; candidate: Candidate; message: string; expired?: boolean };

/** Points deleted per batch: one GetResources call reads the tags of up to 100 snapshot ARNs. */
export const DELETE_BATCH = 100;

/**
 * The longest a delete may follow the ownership and status reads it relies on. A batch of 100 points
 * at the limiter's pace takes seconds; a point that waited longer (a slow limiter, busy retries of
 * others) is read again on its own before its delete is sent.
 */
export const MAX_EVIDENCE_AGE_MS = 30_000;

/** Deletes (and their checks) in flight at once within a batch, unless ExecuteOptions says otherwise. */
const DELETE_CONCURRENCY = 32;

export interface ExecuteOptions {
  /** Deletes in flight at once within a batch. */
  concurrency?: number;
  /** Points per batch (at most DELETE_BATCH). */
  batchSize?: number;
  /** See MAX_EVIDENCE_AGE_MS. */
  maxEvidenceAgeMs?: number;
  /** Milliseconds on a monotonic clock (default performance.now): ages the evidence. */
  now?: () => number;
  /** Extra attempts for a busy point, and the wait before each (grows linearly). */
  busyRetries?: number;
  busyDelayMs?: number;
  onOutcome?: (outcome: Outcome) => void;
}

/** What a batch read says about its points: their tags and listed statuses, and when it was read. */
interface Evidence {
  tags: Map<string, Tags | undefined>;
  /** Absent from the listing: gone. */
  statuses: Map<string, string>;
  readAt: number;
}

export async function executeDeletions(
  candidates: readonly Candidate[],
  clients: ExecClients,
  options: ExecuteOptions = {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const emit = (outcome: Outcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  const size = Math.max(1, Math.min(options.batchSize ?? DELETE_BATCH, DELETE_BATCH));
  // Two batches at once: one deletes while the other reads, so the vault's pace is not lost between batches.
  await forEachConcurrent(deletionBatches(candidates, size), 2, (batch) =>
    deleteBatch(batch, clients, options, emit),
  );
  return outcomes;
}

/** The candidates per vault and role, oldest first (a batch then spans a short creation window), cut into batches. */
export function deletionBatches(candidates: readonly Candidate[], size: number): Candidate[][] {
  const byVault = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${vaultKey(c.vault)}\n${c.vault.role}`;
    const list = byVault.get(key);
    if (list) list.push(c);
    else byVault.set(key, [c]);
  }
  const batches: Candidate[][] = [];
  for (const list of byVault.values()) {
    list.sort(
      (a, b) => a.point.created.getTime() - b.point.created.getTime() || (a.point.arn < b.point.arn ? -1 : 1),
    );
    batches.push(...chunked(list, size));
  }
  return batches;
}

/** The vault listing window that holds every point of `batch` (a second either side: AWS says "after"/"before"). */
function creationWindow(batch: readonly Candidate[]): { after: Date; before: Date } {
  const times = batch.map((c) => c.point.created.getTime());
  return { after: new Date(Math.min(...times) - 1000), before: new Date(Math.max(...times) + 1000) };
}

async function deleteBatch(
  batch: readonly Candidate[],
  clients: ExecClients,
  options: ExecuteOptions,
  emit: (outcome: Outcome) => void,
): Promise<void> {
  const { vault } = batch[0]!;
  const backup = clients.backup(vault.role, vault.region);
  const now = options.now ?? (() => performance.now());
  const denied = clients.denied ?? new DeniedOperations();
  let evidence: Evidence | undefined;
  if (denied.check(vault.role, 'DeleteRecoveryPoint') === undefined) {
    try {
      const { after, before } = creationWindow(batch);
      const [tags, statuses] = await Promise.all([
        readPointTags(
          { backup, tagging: clients.tagging(vault.role, vault.region) },
          batch.map((c) => c.point.arn),
        ),
        pointStatusesCreatedBetween(backup, vault.vault, after, before),
      ]);
      evidence = { tags, statuses, readAt: now() };
    } catch {
      // Not a verdict: each point is read on its own below, and a failing read fails that point only.
    }
  }
  const concurrency = options.concurrency ?? DELETE_CONCURRENCY;
  const sent: Candidate[] = [];
  await forEachConcurrent(batch, concurrency, async (c) => {
    const outcome = await deleteOneSafely(c, clients, options, evidence);
    if (outcome === 'sent') sent.push(c);
    else emit(outcome);
  });
  if (sent.length === 0) return;
  let after: Map<string, string> | undefined;
  try {
    const window = creationWindow(sent);
    after = await pointStatusesCreatedBetween(backup, vault.vault, window.after, window.before);
  } catch {
    // Verified one by one instead.
  }
  await forEachConcurrent(sent, concurrency, async (c) => {
    try {
      emit(verified(c, await statusOf(after, backup, c)));
    } catch (err) {
      emit({ kind: 'failed', candidate: c, message: checkFailed(err, c) });
    }
  });
}

/** A point's status from a listing of its creation window (absent: gone), else read on its own. */
function statusOf(
  listing: ReadonlyMap<string, string> | undefined,
  backup: BackupClient,
  c: Candidate,
): Promise<string> {
  return listing
    ? Promise.resolve(listing.get(c.point.arn) ?? 'gone')
    : pointStatus(backup, c.vault.vault, c.point.arn);
}

/** What the status after DeleteRecoveryPoint says about it. */
function verified(c: Candidate, after: string): Outcome {
  if (after === 'gone') return { kind: 'deleted', candidate: c, pending: false };
  if (after === 'DELETING') return { kind: 'deleted', candidate: c, pending: true };
  if (after === 'EXPIRED')
    return {
      kind: 'failed',
      candidate: c,
      expired: true,
      message: `DeleteRecoveryPoint succeeded but AWS only marked the point EXPIRED. ${describeExpired([c.point], c.vault.role)}`,
    };
  return {
    kind: 'failed',
    candidate: c,
    message: `DeleteRecoveryPoint succeeded but the point is still ${after}`,
  };
}

function checkFailed(err: unknown, c: Candidate): string {
  return describeAwsError(err, {
    operation: 'checking the point before and after deleting it',
    role: c.vault.role,
    region: c.vault.region,
    target: c.point.arn,
  });
}

/** A read that fails (e.g. access denied on DescribeRecoveryPoint) fails this point only: the other
 * deletions go on and the run still reports everything it did. */
async function deleteOneSafely(
  c: Candidate,
  clients: ExecClients,
  options: ExecuteOptions,
  evidence: Evidence | undefined,
): Promise<Outcome | 'sent'> {
  try {
    return await deleteOne(c, clients, options, evidence);
  } catch (err) {
    return { kind: 'failed', candidate: c, message: checkFailed(err, c) };
  }
}

/**
 * Checks and deletes one point; 'sent' once AWS took the delete (the batch verifies it). The first
 * attempt uses the batch's evidence while it is fresh; a retry, or stale evidence, reads again.
 */
async function deleteOne(
  c: Candidate,
  clients: ExecClients,
  options: ExecuteOptions,
  evidence: Evidence | undefined,
): Promise<Outcome | 'sent'> {
  const { vault, point } = c;
  const backup = clients.backup(vault.role, vault.region);
  const retries = options.busyRetries ?? 3;
  const delay = options.busyDelayMs ?? 2000;
  const maxAge = options.maxEvidenceAgeMs ?? MAX_EVIDENCE_AGE_MS;
  const now = options.now ?? (() => performance.now());
  const context = { role: vault.role, region: vault.region, target: point.arn };
  const denied = clients.denied ?? new DeniedOperations();
  for (let attempt = 0; ; attempt++) {
    const earlier = denied.check(vault.role, 'DeleteRecoveryPoint');
    if (earlier !== undefined)
      return {
        kind: 'skipped',
        candidate: c,
        why: 'access-denied',
        message: refusal(denied, new NotAttempted(), vault.role, 'DeleteRecoveryPoint', earlier).message,
      };
    const fresh =
      attempt === 0 && evidence !== undefined && now() - evidence.readAt <= maxAge ? evidence : undefined;
    // 1. Ownership, live.
    const tags = fresh
      ? fresh.tags.get(point.arn)
      : (
          await readPointTags({ backup, tagging: clients.tagging(vault.role, vault.region) }, [point.arn], {
            concurrency: 1,
          })
        ).get(point.arn);
    const live = parseOwnership(tags);
    if (!sameOwnership(live, c.ownership))
      return {
        kind: 'skipped',
        candidate: c,
        why: 'ownership-changed',
        message: live
          ? `its tags now say namespace ${live.namespace}, plan ${live.plan}, rules ${live.rules.join(',')}`
          : 'its ownership tags are gone',
      };
    // 2. Still there and finished.
    const before = await statusOf(fresh?.statuses, backup, c);
    if (before === 'gone')
      return { kind: 'skipped', candidate: c, why: 'state-changed', message: 'already gone' };
    if (before !== 'COMPLETED')
      return { kind: 'skipped', candidate: c, why: 'state-changed', message: `status is now ${before}` };
    // 3. Delete.
    try {
      // Checked again when the limiter sends it: a refusal may have come in while it queued.
      await clients
        .limiter(vault)
        .run(() =>
          unlessDenied(denied, vault.role, 'DeleteRecoveryPoint', () =>
            deleteRecoveryPoint(clients.writer(vault.role, vault.region), vault.vault, point.arn),
          ),
        );
    } catch (err) {
      if (err instanceof NotAttempted || isAccessDenied(err)) {
        const text = describeAwsError(err, { operation: 'DeleteRecoveryPoint', ...context });
        const r = refusal(denied, err, vault.role, 'DeleteRecoveryPoint', text);
        return r.first
          ? { kind: 'failed', candidate: c, message: r.message }
          : { kind: 'skipped', candidate: c, why: 'access-denied', message: r.message };
      }
      const code = errorCode(err);
      if (isBusy(err)) {
        if (attempt < retries) {
          await waitBeforeRetry(delay * (attempt + 1));
          continue;
        }
        return {
          kind: 'skipped',
          candidate: c,
          why: 'busy',
          message: `AWS Backup is busy with it (${code}); a later run retries`,
        };
      }
      if (code === 'ResourceNotFoundException')
        return { kind: 'skipped', candidate: c, why: 'state-changed', message: 'already gone' };
      const text = describeAwsError(err, { operation: 'DeleteRecoveryPoint', ...context });
      if (code === 'InvalidRequestException' && /legal hold/i.test(text))
        return { kind: 'skipped', candidate: c, why: 'legal-hold', message: text };
      if (code === 'InvalidRequestException' && /lock|retention/i.test(text))
        return { kind: 'skipped', candidate: c, why: 'locked', message: text };
      return { kind: 'failed', candidate: c, message: text };
    }
    // 4. Verified with the batch.
    return 'sent';
  }
}

export interface LifecycleChange {
  vault: VaultRef;
  planId: string;
  point: PointInfo;
  ownership: Ownership;
  toDays: number;
}

export type LifecycleOutcome =
  | { kind: 'shortened'; change: LifecycleChange }
  | { kind: 'skipped'; change: LifecycleChange; message: string }
  | { kind: 'failed'; change: LifecycleChange; message: string };

const UPDATE_LIFECYCLE = 'UpdateRecoveryPointLifecycle';

/** `apply-retention-to-existing`: UpdateRecoveryPointLifecycle, after the same live ownership check. */
export async function applyLifecycles(
  changes: readonly LifecycleChange[],
  clients: ExecClients,
  concurrency = 8,
): Promise<LifecycleOutcome[]> {
  const out: LifecycleOutcome[] = [];
  const denied = clients.denied ?? new DeniedOperations();
  await forEachConcurrent(changes, concurrency, async (change) => {
    const { vault, point } = change;
    const backup = clients.backup(vault.role, vault.region);
    try {
      if (denied.check(vault.role, UPDATE_LIFECYCLE) !== undefined) throw new NotAttempted(UPDATE_LIFECYCLE);
      const tags = await readPointTags(
        { backup, tagging: clients.tagging(vault.role, vault.region) },
        [point.arn],
        { concurrency: 1 },
      );
      if (!sameOwnership(parseOwnership(tags.get(point.arn)), change.ownership)) {
        out.push({ kind: 'skipped', change, message: 'ownership tags changed since they were read' });
        return;
      }
      await clients
        .limiter(vault)
        .run(() =>
          unlessDenied(denied, vault.role, UPDATE_LIFECYCLE, () =>
            updatePointLifecycle(clients.writer(vault.role, vault.region), vault.vault, point, change.toDays),
          ),
        );
      out.push({ kind: 'shortened', change });
    } catch (err) {
      const message = describeAwsError(err, {
        operation: 'UpdateRecoveryPointLifecycle',
        role: vault.role,
        region: vault.region,
        target: point.arn,
      });
      if (err instanceof NotAttempted || isAccessDenied(err)) {
        const r = refusal(denied, err, vault.role, UPDATE_LIFECYCLE, message);
        out.push({ kind: r.first ? 'failed' : 'skipped', change, message: r.message });
      } else if (isBusy(err)) out.push({ kind: 'skipped', change, message });
      else out.push({ kind: 'failed', change, message });
    }
  });
  return out;
}
