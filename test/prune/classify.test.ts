// Whose is each point of a vault: the pure classification prune's scan runs on the ownership it read.
import { describe, expect, it } from 'vitest';
import { classifyPoint, classifyPoints, type ClassifyContext } from '../../src/prune/classify.js';
import type { Ownership, PointInfo, PolicySlot } from '../../src/prune/model.js';

const NS = 'acme/infra';
const source: PolicySlot = { rule: 'daily', timezone: 'UTC', retain: { keep: { last: 2 } }, role: 'source' };
const copy: PolicySlot = { ...source, role: 'copy' };

function point(ownership: Partial<Ownership> | undefined, extra: Partial<PointInfo> = {}): PointInfo {
  return {
    arn: `arn:aws:ec2:eu-west-1::snapshot/snap-${Math.random().toString(16).slice(2, 10)}`,
    resourceArn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
    created: new Date('2026-06-01T03:00:00Z'),
    status: 'COMPLETED',
    ...(ownership ? { ownership: { namespace: NS, plan: 'prod', rules: ['daily'], ...ownership } } : {}),
    ...extra,
  };
}

function ctx(slots: PolicySlot[], extra: Partial<ClassifyContext> = {}): ClassifyContext {
  return {
    namespaces: new Set([NS]),
    vaultPlans: new Map([['prod', { namespace: NS, slots }]]),
    plans: new Map([
      ['prod', { namespace: NS }],
      ['other', { namespace: NS }],
    ]),
    folderPlanIds: new Set(['prod', 'other', 'filtered']),
    ...extra,
  };
}

describe('classifyPoint', () => {
  it('unowned, another namespace, a plan not judged this run, a plan gone, a destination gone', () => {
    expect(classifyPoint(point(undefined), ctx([source])).kind).toBe('unowned');
    expect(classifyPoint(point({ namespace: 'someone/else' }), ctx([source])).kind).toBe('not-ours');
    expect(classifyPoint(point({ plan: 'filtered' }), ctx([source])).kind).toBe('not-ours');
    const gone = classifyPoint(point({ plan: 'deleted' }), ctx([source]));
    expect(gone).toMatchObject({ kind: 'orphan', decision: { orphan: 'plan-gone' } });
    const moved = classifyPoint(point({ plan: 'other' }), ctx([source]));
    expect(moved).toMatchObject({ kind: 'orphan', decision: { orphan: 'destination-gone' } });
    expect(classifyPoint(point({}), ctx([source]))).toEqual({ kind: 'ours', planId: 'prod' });
  });

  it('in a vault the plan only copies into, a point is ours only with the backup-plans:copy-job marker', () => {
    // Copies carry their source's tags: without the marker it is someone else's copy.
    expect(classifyPoint(point({}), ctx([copy]))).toEqual({ kind: 'foreign-copy', plan: 'prod' });
    expect(classifyPoint(point({ copyJob: 'job-1' }), ctx([copy]))).toEqual({ kind: 'ours', planId: 'prod' });
  });

  it('a point AWS says was copied from another vault needs the marker wherever it is', () => {
    const copied = { sourceVaultArn: 'arn:aws:backup:eu-west-1:123456789012:backup-vault:elsewhere' };
    expect(classifyPoint(point({}, copied), ctx([source])).kind).toBe('foreign-copy');
    expect(classifyPoint(point({ plan: 'deleted' }, copied), ctx([source])).kind).toBe('foreign-copy');
    expect(classifyPoint(point({ copyJob: 'job-1' }, copied), ctx([source])).kind).toBe('ours');
  });
});

describe('classifyPoints', () => {
  it('counts what is not ours, and foreign copies per plan (as not ours)', () => {
    const points = [
      point(undefined),
      point({ namespace: 'x' }),
      point({}),
      point({}),
      point({ copyJob: 'j' }),
    ];
    const out = classifyPoints(points, ctx([copy]));
    expect(out.unowned).toBe(1);
    expect(out.notOurs).toBe(3);
    expect([...out.foreignCopies]).toEqual([['prod', 2]]);
    expect(out.ours.map((o) => o.point)).toEqual([points[4]]);
  });
});
