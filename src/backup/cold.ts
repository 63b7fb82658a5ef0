// Whether a source point may be in cold storage when its copy starts (AWS does not copy cold points).
// Pure: the vault listing already dates each point's cold transition (ObservedPoint.coldAt), so
// DescribeRecoveryPoint is asked only when that date has come, or is not known.
import type { ObservedPoint } from '../aws/observed.js';

/**
 * A transition dated this close to now counts as possibly done: the copy starts moments after the
 * listing, and AWS's own transition time is not exact.
 */
export const COLD_MARGIN_MS = 60 * 60_000;

/** False only when the listing proves the point is still warm now. */
export function mayBeCold(point: Pick<ObservedPoint, 'coldAt'> | undefined, now: Date): boolean {
  const coldAt = point?.coldAt;
  if (coldAt === 'never') return false;
  if (coldAt === undefined) return true;
  return coldAt.getTime() <= now.getTime() + COLD_MARGIN_MS;
}
