// Properties of the per-group decision over random histories, rule subsets and policies:
// - a point is removed only if every rule it serves removes it (checked against the engine directly);
// - the newest COMPLETED point is never removed, and points that are not COMPLETED never are;
// - the decision does not depend on the order the points arrive in;
// - deleting the removed points and deciding again removes nothing more (a rerun deletes nothing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideGroup, withLegalHolds } from '../../src/prune/decide.js';
import type { PointInfo, PolicySlot } from '../../src/prune/model.js';
import { applyRetention, type KeepPolicy } from '../../src/retention/engine.js';

const RULES = ['a', 'b', 'c'];
const T0 = Date.UTC(2026, 0, 1);

const policy: fc.Arbitrary<KeepPolicy> = fc
  .record(
    {
      last: fc.integer({ min: 0, max: 3 }),
      daily: fc.integer({ min: 0, max: 5 }),
      weekly: fc.integer({ min: 0, max: 3 }),
      monthly: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: [] },
  )
  .filter((p) => Object.values(p).some((v) => v > 0));

const points: fc.Arbitrary<PointInfo[]> = fc
  .array(
    fc.record({
      hours: fc.integer({ min: 0, max: 24 * 120 }),
      rules: fc.subarray(RULES, { minLength: 1 }),
      completed: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), // mostly COMPLETED
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((list) =>
    list.map((p, i) => ({
      arn: `arn:aws:backup:eu-west-1:123456789012:recovery-point:${String(i).padStart(3, '0')}`,
      resourceArn: 'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-1',
      created: new Date(T0 + p.hours * 3_600_000),
      status: p.completed ? 'COMPLETED' : 'PARTIAL',
      ownership: { namespace: 'n', plan: 'p', rules: p.rules },
    })),
  );

const slots: fc.Arbitrary<PolicySlot[]> = fc.tuple(policy, policy, policy).map(([a, b, c]) =>
  [a, b, c].map((keep, i) => ({
    rule: RULES[i]!,
    timezone: 'Europe/Berlin',
    retain: { keep },
    role: 'source' as const,
  })),
);

function decide(
  ps: PointInfo[],
  ss: PolicySlot[],
  held: (arn: string) => boolean | string | undefined = () => false,
) {
  return decideGroup({
    points: ps,
    slots: ss,
    planRules: new Set(RULES),
    resourceSelected: true,
    now: new Date(T0 + 365 * 86_400_000),
    held,
    applyRetentionToExisting: false,
  });
}

describe('decideGroup properties', () => {
  it('removes only what every served rule removes; never the newest completed point; never a non-completed one', () => {
    fc.assert(
      fc.property(points, slots, (ps, ss) => {
        const removed = decide(ps, ss).filter((d) => d.kind === 'remove');
        const newest = [...ps]
          .filter((p) => p.status === 'COMPLETED')
          .sort((x, y) => y.created.getTime() - x.created.getTime() || (x.arn < y.arn ? -1 : 1))[0];
        for (const d of removed) {
          expect(d.point.status).toBe('COMPLETED');
          expect(d.point.arn).not.toBe(newest?.arn);
          for (const slot of ss.filter((s) => d.point.ownership!.rules.includes(s.rule))) {
            const serving = ps.filter(
              (p) => p.status === 'COMPLETED' && p.ownership!.rules.includes(slot.rule),
            );
            const engine = applyRetention(
              serving.map((p) => ({ id: p.arn, created: p.created })),
              slot.retain.keep!,
              { timezone: slot.timezone },
            );
            expect(engine.remove.map((r) => r.id)).toContain(d.point.arn);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on input order, and a rerun after the deletions removes nothing', () => {
    fc.assert(
      fc.property(points, slots, fc.nat(), (ps, ss, seed) => {
        const shuffled = [...ps].sort(
          (x, y) =>
            ((x.arn.charCodeAt(x.arn.length - 1) * 31 + seed) % 7) -
            ((y.arn.charCodeAt(y.arn.length - 1) * 31 + seed) % 7),
        );
        const a = decide(ps, ss).map((d) => `${d.point.arn}:${d.kind}`);
        const b = decide(shuffled, ss).map((d) => `${d.point.arn}:${d.kind}`);
        expect(b).toEqual(a);
        const gone = new Set(
          decide(ps, ss)
            .filter((d) => d.kind === 'remove')
            .map((d) => d.point.arn),
        );
        const again = decide(
          ps.filter((p) => !gone.has(p.arn)),
          ss,
        );
        expect(again.filter((d) => d.kind === 'remove')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('holds applied to the decision made without them equal the decision made with them', () => {
    fc.assert(
      fc.property(
        points,
        slots,
        fc.func(fc.constantFrom<boolean | string | undefined>(undefined, false, true, 'hold "x"')),
        (ps, ss, hold) => {
          const held = (arn: string) => hold(arn);
          expect(
            withLegalHolds(
              decide(ps, ss, () => undefined),
              held,
            ),
          ).toEqual(decide(ps, ss, held));
        },
      ),
      { numRuns: 300 },
    );
  });
});
