import { describe, expect, it } from 'vitest';
import { decideGroup, guard, type GroupInput } from '../../src/prune/decide.js';
import type { PointDecision, PointInfo, PolicySlot } from '../../src/prune/model.js';

const DAY = 86_400_000;
const now = new Date('2026-06-30T12:00:00Z');

function point(
  id: string,
  daysAgo: number,
  rules: string[],
  status = 'COMPLETED',
  extra: Partial<PointInfo> = {},
): PointInfo {
  return {
    arn: `arn:aws:backup:eu-west-1:123456789012:recovery-point:${id}`,
    resourceArn: 'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-1',
    created: new Date(now.getTime() - daysAgo * DAY),
    status,
    ownership: { namespace: 'acme/infra', plan: 'prod', rules },
    ...extra,
  };
}

const daily: PolicySlot = { rule: 'daily', timezone: 'UTC', retain: { keep: { daily: 3 } }, role: 'source' };
const monthly: PolicySlot = {
  rule: 'monthly',
  timezone: 'UTC',
  retain: { keep: { monthly: 2 } },
  role: 'source',
};

function run(points: PointInfo[], overrides: Partial<GroupInput> = {}): Map<string, PointDecision> {
  const decisions = decideGroup({
    points,
    slots: [daily, monthly],
    planRules: new Set(['daily', 'monthly']),
    resourceSelected: true,
    now,
    held: () => false,
    applyRetentionToExisting: false,
    ...overrides,
  });
  return new Map(decisions.map((d) => [d.point.arn.split(':').pop()!, d]));
}

describe('decideGroup', () => {
  it('removes a point only when every rule it serves removes it', () => {
    // Daily points for 10 days; the one of 2026-06-01 (29 days ago) also serves monthly.
    const points = [0, 1, 2, 3, 4, 5].map((d) => point(`d${d}`, d, ['daily']));
    points.push(point('m1', 29, ['daily', 'monthly']), point('m0', 60, ['monthly']));
    const out = run(points);
    expect(out.get('d0')!.kind).toBe('keep');
    expect(out.get('d2')!.kind).toBe('keep');
    expect(out.get('d3')!.kind).toBe('remove');
    expect(out.get('d5')!.kind).toBe('remove');
    // Daily drops it, monthly keeps it: it stays, with monthly's reason.
    expect(out.get('m1')!.kind).toBe('keep');
    expect(out.get('m1')!.reasons.join()).toMatch(/monthly: monthly \(2026-06\)/);
    expect(out.get('m0')!.kind).toBe('keep');
    expect(out.get('d3')!.reasons).toEqual(['daily: not kept by keep {daily 3}']);
  });

  it('never removes the newest completed point, and ignores points that are not completed', () => {
    // keep last 1 over [creating (newest), completed A, completed B]: A is kept by the engine; with a
    // policy that would remove everything but the newest the guard is the backstop.
    const slot: PolicySlot = {
      rule: 'daily',
      timezone: 'UTC',
      retain: { keep: { withinDaily: '1d' } },
      role: 'source',
    };
    const points = [
      point('new', 0, ['daily'], 'CREATING'),
      point('a', 5, ['daily']),
      point('b', 6, ['daily']),
    ];
    const out = run(points, { slots: [slot] });
    expect(out.get('new')!.kind).toBe('keep');
    expect(out.get('a')!.kind).toBe('keep'); // newest COMPLETED: engine keeps it (within 1d of itself)
    expect(out.get('b')!.kind).toBe('remove');
  });

  it('the newest guard stops the removal of the newest completed point whatever the engine says', () => {
    const input: GroupInput = {
      points: [],
      slots: [daily],
      planRules: new Set(['daily']),
      resourceSelected: true,
      now,
      held: () => true,
      lock: { minRetentionDays: 1000 },
      applyRetentionToExisting: false,
    };
    const p = point('a', 1, ['daily']);
    expect(guard(p, ['daily: not kept'], true, input)).toMatchObject({ kind: 'guarded', guard: 'newest' });
    expect(guard(p, ['daily: not kept'], false, input)).toMatchObject({ kind: 'guarded', guard: 'locked' });
    expect(guard(p, [], false, { ...input, lock: undefined })).toMatchObject({
      kind: 'guarded',
      guard: 'legal-hold',
    });
    expect(guard(p, [], false, { ...input, lock: undefined, held: () => false })).toMatchObject({
      kind: 'remove',
    });
  });

  it('classifies orphans: rule gone, destination gone, resource unselected', () => {
    const points = [point('x', 1, ['weekly']), point('y', 2, ['daily'])];
    const out = run(points, { slots: [monthly], planRules: new Set(['daily', 'monthly']) });
    expect(out.get('x')).toMatchObject({ kind: 'orphan', orphan: 'rule-gone' });
    expect(out.get('y')).toMatchObject({ kind: 'orphan', orphan: 'destination-gone' });
    const gone = run(points, { resourceSelected: false });
    expect([...gone.values()].every((d) => d.kind === 'orphan' && d.orphan === 'resource-unselected')).toBe(
      true,
    );
  });

  it('guards: a locked vault refuses every deletion, whatever the age (AWS Vault Lock); legal holds', () => {
    const points = [0, 1, 2, 3, 4, 5, 40].map((d) => point(`d${d}`, d, ['daily']));
    const out = run(points, { lock: { minRetentionDays: 5 } });
    for (const d of ['d3', 'd4', 'd5', 'd40'])
      expect(out.get(d)).toMatchObject({ kind: 'guarded', guard: 'locked' });
    expect([...out.values()].filter((d) => d.kind === 'remove')).toEqual([]);
    const held = run(points, { held: (arn) => arn.endsWith('d5') });
    expect(held.get('d5')).toMatchObject({ kind: 'guarded', guard: 'legal-hold' });
  });

  it('leaves retain.days points to the lifecycle, and shortens them only when asked', () => {
    const days: PolicySlot = { rule: 'daily', timezone: 'UTC', retain: { days: 35 }, role: 'source' };
    const points = [
      point('a', 1, ['daily'], 'COMPLETED', { deleteAfterDays: 90 }),
      point('b', 2, ['daily'], 'COMPLETED', { deleteAfterDays: 20 }),
      point('c', 3, ['daily', 'monthly'], 'COMPLETED', { deleteAfterDays: 90 }),
      point('d', 4, ['daily'], 'COMPLETED', { deleteAfterDays: 200, moveToColdAfterDays: 30 }),
    ];
    const plain = run(points, { slots: [days, monthly] });
    expect([...plain.values()].map((d) => d.kind)).toEqual(['keep', 'keep', 'keep', 'keep']);
    const out = run(points, { slots: [days, monthly], applyRetentionToExisting: true });
    expect(out.get('a')).toMatchObject({ kind: 'shorten', fromDays: 90, toDays: 35 });
    expect(out.get('b')!.kind).toBe('keep'); // never lengthened
    expect(out.get('c')!.kind).toBe('keep'); // monthly (GFS) keeps it indefinitely
    expect(out.get('d')).toMatchObject({ kind: 'shorten', fromDays: 200, toDays: 120 });
    // In a locked vault AWS refuses every lifecycle change: nothing is shortened.
    const locked = run(points, { slots: [days, monthly], applyRetentionToExisting: true, lock: {} });
    expect([...locked.values()].map((d) => d.kind)).toEqual(['keep', 'keep', 'keep', 'keep']);
  });
});
