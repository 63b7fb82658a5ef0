// The life of a resource as its own service sees it (EC2, RDS, EFS, DynamoDB): a restored resource
// is `creating` for a while after its restore job completes, then `available`; the service's delete
// call makes it `deleting`, and a minute later it is gone (`deleted`, still listed by the Tagging API
// as AWS documents). Shared by ec2.ts, rds.ts, efs.ts and dynamodb.ts.
import { resourceName } from './arns.js';
import type { Caller, Resource } from './model.js';
import type { SimState } from './state.js';

const MINUTE = 60_000;

/**
 * How long a restored resource is still being created after its restore job completes. AWS does
 * not document how a restore job's completion lines up with the new resource's own state, so the
 * simulator makes it lag, and callers must check the resource's state themselves.
 */
export const CREATING_MS: Readonly<Record<string, number>> = {
  EBS: MINUTE,
  RDS: 5 * MINUTE,
  EFS: MINUTE,
  DynamoDB: MINUTE,
};

/** How long a deleted resource stays visible as `deleting` before it is gone. */
export const RESOURCE_DELETION_MS = MINUTE;

export type Life = 'creating' | 'available' | 'deleting';

/** The resource's state now; undefined once it is gone. */
export function lifeOf(state: SimState, r: Resource): Life | undefined {
  if (r.deleted) return undefined;
  if (r.deletingSinceMs !== undefined) return 'deleting';
  if (r.availableAtMs !== undefined && state.now < r.availableAtMs) return 'creating';
  return 'available';
}

/** Starts deleting: `deleting` now, gone after RESOURCE_DELETION_MS. A second call changes nothing. */
export function startDeletion(state: SimState, r: Resource): void {
  if (r.deletingSinceMs !== undefined || r.deleted) return;
  r.deletingSinceMs = state.now;
  state.events.schedule(state.now + RESOURCE_DELETION_MS, () => {
    r.deleted = true;
  });
}

/** The caller's resources of one AWS Backup type that still exist, in ARN order. */
export function liveResources(state: SimState, caller: Caller, backupType: string): Resource[] {
  const out: Resource[] = [];
  for (const r of state.resources.values())
    if (
      r.backupType === backupType &&
      r.account === caller.account &&
      r.region === caller.region &&
      lifeOf(state, r) !== undefined
    )
      out.push(r);
  return out.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
}

/** The live resource of a type whose name (volume id, DB identifier, file system id, table name) or ARN is `id`. */
export function findLive(
  state: SimState,
  caller: Caller,
  backupType: string,
  id: string,
): Resource | undefined {
  return liveResources(state, caller, backupType).find((r) => r.arn === id || resourceName(r.arn) === id);
}

/** A metadata value by key, ignoring case (AWS: "key values are not case sensitive"). */
export function meta(r: Resource, key: string): string | undefined {
  const want = key.toLowerCase();
  for (const [k, v] of Object.entries(r.restoreMetadata ?? {})) if (k.toLowerCase() === want) return v;
  return undefined;
}
