// Which recovery points legal holds protect, read precisely from AWS: ListLegalHolds, then
// ListRecoveryPointsByLegalHold for every hold that still holds (ACTIVE, CREATING, CANCELING).
// A hold still CREATING may not have collected all its points yet, so its GetLegalHold selection
// (vaults, resources, date range) counts as well: over-holding one run is harmless, deleting a held
// point is not.
//
// When the holds cannot be read at all, because the role may not read them (AccessDenied) or the
// endpoint does not know the operation, every point of that account and region is treated as held
// and the report says so. Any other error is not guessed around: it fails the vault's scan, and
// nothing in that vault is pruned.
import {
  GetLegalHoldCommand,
  paginateListLegalHolds,
  paginateListRecoveryPointsByLegalHold,
  type BackupClient,
} from '@aws-sdk/client-backup';
import type { VaultPoint } from './observed.js';
import { collectPages } from './pagination.js';
import { describeAwsError, errorCode, httpStatus } from './retry.js';

type HeldPoint = Pick<VaultPoint, 'arn' | 'resourceArn' | 'created'>;

export interface LegalHolds {
  /** Why the point may not be deleted, or undefined when no hold covers it. */
  heldBecause(point: HeldPoint, vault: string): string | undefined;
  /** Things the report should say about this account and region. */
  notes: string[];
}

/** Statuses in which a hold no longer protects anything. */
const RELEASED = new Set(['CANCELED']);

interface Selection {
  title: string;
  vaults?: string[];
  resources?: string[];
  from?: Date;
  to?: Date;
}

export async function readLegalHolds(
  backup: BackupClient,
  where: { account: string; region: string; role: string },
): Promise<LegalHolds> {
  try {
    return await readPrecisely(backup);
  } catch (err) {
    if (!cannotRead(err)) throw err;
    const reason = describeAwsError(err, { role: where.role, region: where.region });
    const message = `legal holds could not be read: ${reason}; no point in ${where.account}/${where.region} was deleted`;
    return { notes: [message], heldBecause: () => message };
  }
}

async function readPrecisely(backup: BackupClient): Promise<LegalHolds> {
  const listed = await collectPages(
    paginateListLegalHolds({ client: backup, pageSize: 1000 }, {}),
    (p) => p.LegalHolds,
  );
  const holds = listed.flatMap((h) =>
    h.LegalHoldId && !RELEASED.has(h.Status ?? '')
      ? [{ id: h.LegalHoldId, title: h.Title ?? h.LegalHoldId, status: h.Status ?? 'UNKNOWN' }]
      : [],
  );

  const heldBy = new Map<string, string>(); // point ARN → title of a hold on it
  const pending: Selection[] = [];
  for (const hold of holds) {
    const points = await collectPages(
      paginateListRecoveryPointsByLegalHold({ client: backup, pageSize: 1000 }, { LegalHoldId: hold.id }),
      (p) => p.RecoveryPoints,
    );
    for (const rp of points)
      if (rp.RecoveryPointArn && !heldBy.has(rp.RecoveryPointArn))
        heldBy.set(rp.RecoveryPointArn, hold.title);
    if (hold.status === 'CREATING') {
      const sel = (await backup.send(new GetLegalHoldCommand({ LegalHoldId: hold.id })))
        .RecoveryPointSelection;
      pending.push({
        title: hold.title,
        vaults: sel?.VaultNames,
        resources: sel?.ResourceIdentifiers,
        from: sel?.DateRange?.FromDate,
        to: sel?.DateRange?.ToDate,
      });
    }
  }
  return {
    notes: [],
    heldBecause(point, vault) {
      const title = heldBy.get(point.arn);
      if (title !== undefined) return `under legal hold "${title}"`;
      const creating = pending.find(
        (s) =>
          (!s.vaults?.length || s.vaults.includes(vault)) &&
          (!s.resources?.length || s.resources.includes(point.resourceArn)) &&
          (!s.from || point.created >= s.from) &&
          (!s.to || point.created <= s.to),
      );
      return creating ? `matches legal hold "${creating.title}", which is still being created` : undefined;
    },
  };
}

/** Errors that mean "the holds are not readable here", not "something went wrong this time". */
function cannotRead(err: unknown): boolean {
  const code = errorCode(err);
  return (
    code === 'AccessDeniedException' ||
    code === 'AccessDenied' ||
    code === 'UnknownOperationException' ||
    code === 'UnsupportedOperation' ||
    code === 'UnsupportedOperationException' ||
    code === 'NotImplemented' ||
    httpStatus(err) === 501
  );
}
