import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATRIX_MAX_JOBS, matrixGroups, planBucket } from '../../src/github/matrix.js';

const ids = (n: number, prefix = 'plan') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
const keyOf = (groups: ReturnType<typeof matrixGroups>) =>
  new Map(groups.flatMap((g) => g.plans.split(',').map((id) => [id, g.key] as const)));

describe('matrixGroups', () => {
  it('gives every plan its own job, keyed by its id, up to 256 plans', () => {
    expect(matrixGroups(['web', 'B', 'production'])).toEqual([
      { key: 'plan-B', name: 'B', plans: 'B' },
      { key: 'plan-production', name: 'production', plans: 'production' },
      { key: 'plan-web', name: 'web', plans: 'web' },
    ]);
    expect(matrixGroups(ids(256))).toHaveLength(256);
  });

  it('over 256 plans: at most 256 jobs, every plan exactly once, grouped by a hash of the id', () => {
    const all = ids(1000);
    const groups = matrixGroups(all);
    expect(groups.length).toBeLessThanOrEqual(MATRIX_MAX_JOBS);
    const listed = groups.flatMap((g) => g.plans.split(','));
    expect(listed.sort()).toEqual([...all].sort());
    for (const g of groups) {
      expect(g.key).toMatch(/^group-\d{3}$/);
      for (const id of g.plans.split(','))
        expect(g.key).toBe(`group-${String(planBucket(id)).padStart(3, '0')}`);
    }
    // The keys are unique: two jobs of one run never share a concurrency group.
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it('adding or removing plans never moves another plan to a different group (over 256)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/), { minLength: 258, maxLength: 600 }),
        fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z0-9]{0,10}$/), { minLength: 1, maxLength: 50 }),
        (base, added) => {
          const before = keyOf(matrixGroups(base));
          const after = keyOf(matrixGroups([...base, ...added]));
          for (const [id, key] of before) expect(after.get(id)).toBe(key);
          const removed = keyOf(matrixGroups(base.slice(1)));
          for (const [id, key] of removed) expect(before.get(id)).toBe(key);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a sorted-position grouping (the old one) would have reshuffled: the test above can fail', () => {
    // Inserting "plan-0000" before every other id moves each later plan under i % 256 grouping.
    const base = ids(300).sort();
    const position = (list: string[]) => new Map(list.map((id, i) => [id, i % 256]));
    const before = position(base);
    const after = position(['plan-0000', ...base].sort());
    expect(base.some((id) => before.get(id) !== after.get(id))).toBe(true);
    const hashed = keyOf(matrixGroups(base));
    const hashedAfter = keyOf(matrixGroups(['plan-0000', ...base]));
    expect(base.every((id) => hashed.get(id) === hashedAfter.get(id))).toBe(true);
  });

  it('crossing 256 plans regroups once (from one job per plan to hash groups), as the README says', () => {
    expect(matrixGroups(ids(256)).every((g) => g.key.startsWith('plan-'))).toBe(true);
    expect(matrixGroups(ids(257)).every((g) => g.key.startsWith('group-'))).toBe(true);
  });

  it('a filter narrows the jobs but keeps the key the whole folder gives each plan', () => {
    const all = ids(400);
    const full = keyOf(matrixGroups(all));
    const narrowed = matrixGroups(all, new Set(['plan-7', 'plan-300']));
    const listed = narrowed.flatMap((g) => g.plans.split(','));
    expect(listed.sort()).toEqual(['plan-300', 'plan-7']);
    for (const [id, key] of keyOf(narrowed)) expect(key).toBe(full.get(id));
    expect(matrixGroups(['a', 'b'], new Set(['b']))).toEqual([{ key: 'plan-b', name: 'b', plans: 'b' }]);
  });
});
