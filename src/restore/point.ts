// Which recovery point a restore uses: `latest`, a recovery point ARN, or `latest before <time>`.
// Pure: candidates in, one point or a named error out.
import { parseIsoTime } from '../retention/points-json.js';

export type PointSpec = { kind: 'latest' } | { kind: 'arn'; arn: string } | { kind: 'before'; time: Date };

/** A restore input that names something impossible; `code` lets tests and reports tell them apart. */
export class RestoreInputError extends Error {
  override name = 'RestoreInputError';
  constructor(
    readonly code:
      | 'bad-point'
      | 'no-point'
      | 'no-point-before'
      | 'point-not-found'
      | 'point-not-completed'
      | 'unknown-metadata-key'
      | 'would-overwrite'
      | 'unknown-resource'
      | 'unknown-vault',
    message: string,
  ) {
    super(message);
  }
}

const BEFORE = /^latest\s+before\s+(.+)$/i;

export function parsePointSpec(value: string | undefined): PointSpec {
  const v = (value ?? '').trim();
  if (v === '' || v.toLowerCase() === 'latest') return { kind: 'latest' };
  if (v.startsWith('arn:')) return { kind: 'arn', arn: v };
  const before = BEFORE.exec(v);
  if (before) {
    try {
      return { kind: 'before', time: parseIsoTime(before[1]!.trim(), 'point') };
    } catch (error) {
      throw new RestoreInputError('bad-point', (error as Error).message);
    }
  }
  throw new RestoreInputError(
    'bad-point',
    `point: expected "latest", a recovery point ARN or "latest before <ISO-8601 time>", got "${v}"`,
  );
}

export interface Candidate {
  arn: string;
  status: string;
  creationDate: Date;
  /** Where the point is, for messages: "production (123456789012/eu-west-1)". */
  where: string;
}

/** Newest first; equal times by ARN so the choice never depends on listing order. */
const newestFirst = (a: Candidate, b: Candidate) =>
  b.creationDate.getTime() - a.creationDate.getTime() || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);

function describe(p: Candidate): string {
  return `${p.arn} (${p.creationDate.toISOString()}, in ${p.where})`;
}

/** The point a spec names among a resource's points in the plan's vaults. */
export function choosePoint(candidates: Candidate[], spec: PointSpec, resource: string): Candidate {
  const completed = candidates.filter((p) => p.status === 'COMPLETED').sort(newestFirst);
  switch (spec.kind) {
    case 'arn': {
      const found = candidates.find((p) => p.arn === spec.arn);
      if (!found)
        throw new RestoreInputError(
          'point-not-found',
          `recovery point ${spec.arn} is not a point of ${resource} in the plan's vaults`,
        );
      if (found.status !== 'COMPLETED')
        throw new RestoreInputError(
          'point-not-completed',
          `recovery point ${spec.arn} is ${found.status}, not COMPLETED: it cannot be restored`,
        );
      return found;
    }
    case 'latest': {
      const newest = completed[0];
      if (!newest)
        throw new RestoreInputError(
          'no-point',
          candidates.length === 0
            ? `${resource} has no recovery points in the plan's vaults`
            : `${resource} has no COMPLETED recovery point in the plan's vaults (${candidates.length} in other states)`,
        );
      return newest;
    }
    case 'before': {
      const t = spec.time.getTime();
      const hit = completed.find((p) => p.creationDate.getTime() <= t);
      if (hit) return hit;
      const nearest = completed[completed.length - 1];
      throw new RestoreInputError(
        'no-point-before',
        nearest
          ? `no completed recovery point of ${resource} at or before ${spec.time.toISOString()}; the nearest is ${describe(nearest)}`
          : `no completed recovery point of ${resource} at or before ${spec.time.toISOString()}; it has none at all`,
      );
    }
  }
}
