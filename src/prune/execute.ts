// Deletes the points the decision removes, one careful step at a time per point:
//   1. re-read its ownership tags live and compare them with what the decision was based on;
//   2. DescribeRecoveryPoint: it must still exist and be COMPLETED;
//   3. DeleteRecoveryPoint, paced by the rate limiter (which backs off on throttling and retries
//      throttled calls itself), with "busy" (InvalidResourceStateException) retried a few times later;
//   4. DescribeRecoveryPoint again: gone (or DELETING) is a deletion; EXPIRED means AWS only marked it
//      (every documented cause is reported: src/prune/expired.ts).
// Many points are in flight at once so a large backlog drains at the API's pace.
import { setTimeout as wallClockSleep } from 'node:timers/promises';
import { deleteRecoveryPoint, pointStatus, updatePointLifecycle } from '../aws/backup.js';
import type { BackupClient, TaggingClient } from '../aws/clients.js';
import { forEachConcurrent } from '../aws/concurrency.js';
import { DeniedOperations, iamAction, isAccessDenied } from '../aws/denied.js';
import { readPointTags } from '../aws/point-tags.js';
import { describeAwsError, errorCode, isBusy } from '../aws/retry.js';
import { describeExpired } from './expired.js';
import type { GuardKind, Ownership, PointInfo, VaultRef } from './model.js';
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

export interface ExecuteOptions {
  concurrency?: number;
  /** Extra attempts for a busy point, and the wait before each (grows linearly). */
  busyRetries?: number;
  busyDelayMs?: number;
  onOutcome?: (outcome: Outcome) => void;
}

export async function executeDeletions(
  candidates: readonly Candidate[],
  clients: ExecClients,
  options: ExecuteOptions = {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await forEachConcurrent(candidates, options.concurrency ?? 32, async (c) => {
    const outcome = await deleteOneSafely(c, clients, options);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  });
  return outcomes;
}

/** A read that fails (e.g. access denied on DescribeRecoveryPoint) fails this point only: the other
 * deletions go on and the run still reports everything it did. */
async function deleteOneSafely(
  c: Candidate,
  clients: ExecClients,
  options: ExecuteOptions,
): Promise<Outcome> {
  try {
    return await deleteOne(c, clients, options);
  } catch (err) {
    return {
      kind: 'failed',
      candidate: c,
      message: describeAwsError(err, {
        operation: 'checking the point before and after deleting it',
        role: c.vault.role,
        region: c.vault.region,
        target: c.point.arn,
      }),
    };
  }
}

async function deleteOne(c: Candidate, clients: ExecClients, options: ExecuteOptions): Promise<Outcome> {
  const { vault, point } = c;
  const backup = clients.backup(vault.role, vault.region);
  const retries = options.busyRetries ?? 3;
  const delay = options.busyDelayMs ?? 2000;
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
    // 1. Ownership, live.
    const tags = await readPointTags(
      { backup, tagging: clients.tagging(vault.role, vault.region) },
      [point.arn],
      { concurrency: 1 },
    );
    const live = parseOwnership(tags.get(point.arn));
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
    const before = await pointStatus(backup, vault.vault, point.arn);
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
          await wallClockSleep(delay * (attempt + 1));
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
    // 4. Verify.
    const after = await pointStatus(backup, vault.vault, point.arn);
    if (after === 'gone') return { kind: 'deleted', candidate: c, pending: false };
    if (after === 'DELETING') return { kind: 'deleted', candidate: c, pending: true };
    if (after === 'EXPIRED')
      return {
        kind: 'failed',
        candidate: c,
        expired: true,
        message: `DeleteRecoveryPoint succeeded but AWS only marked the point EXPIRED. ${describeExpired([point], vault.role)}`,
      };
    return {
      kind: 'failed',
      candidate: c,
      message: `DeleteRecoveryPoint succeeded but the point is still ${after}`,
    };
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
