// restic's own golden files for its forget policy (source and case numbers in restic-golden.json):
// the cases the shared conformance data leaves out, compared with restic's reasons, not only its
// kept times. Case 35 is the one that pins restic's "oldest" rule for the within* buckets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyRetention, type KeepPolicy, type KeepReason } from '../../src/retention/engine.js';

interface GoldenFile {
  source: string;
  points: { id: string; created: string }[];
  cases: { case: number; policy: KeepPolicy; keep: { time: string; matches: string[] }[] }[];
}

const golden = JSON.parse(
  readFileSync(new URL('./restic-golden.json', import.meta.url), 'utf8'),
) as GoldenFile;
const points = golden.points.map((p) => ({ id: p.id, created: new Date(p.created) }));

/** Our structured reason in restic's words (KeepReason.Matches in snapshot_policy.go). */
function resticMatch(reason: KeepReason): string {
  switch (reason.kind) {
    case 'last':
      return 'last snapshot';
    case 'within':
      return `within ${reason.within}`;
    case 'hourly':
    case 'daily':
    case 'weekly':
    case 'monthly':
    case 'yearly':
      return `${reason.oldestLeft === undefined ? '' : 'oldest '}${reason.kind} snapshot`;
    default:
      return `${reason.oldest ? 'oldest ' : ''}${reason.kind.slice('within-'.length)} within ${reason.within}`;
  }
}

/** Sorted by time, then by reasons, so equal creation times compare as multisets. */
const canonical = (rows: { ms: number; matches: string[] }[]) =>
  rows
    .map((r) => `${new Date(r.ms).toISOString()} ${JSON.stringify(r.matches)}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('restic golden files', () => {
  it('names its source', () => {
    expect(golden.source).toMatch(/^restic\/restic@[0-9a-f]{40}: /);
    expect(points).toHaveLength(103);
  });

  for (const c of golden.cases) {
    it(`case ${c.case}: ${JSON.stringify(c.policy)}`, () => {
      const decision = applyRetention(points, c.policy);
      const ours = decision.keep.map((k) => ({
        ms: k.point.created.getTime(),
        matches: k.details.map(resticMatch),
      }));
      const theirs = c.keep.map((k) => ({ ms: new Date(k.time).getTime(), matches: k.matches }));
      expect(canonical(ours)).toEqual(canonical(theirs));
    });
  }
});
