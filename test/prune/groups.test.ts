// The pure steps between a vault scan's reads.
import { describe, expect, it } from 'vitest';
import { classifyPoints } from '../../src/prune/classify.js';
import {
  groupsOf,
  keptOnCatalogWord,
  orphansOf,
  reservedCounts,
  vaultNotes,
  withUnreadableHolds,
} from '../../src/prune/groups.js';
import type { PointDecision, PointInfo } from '../../src/prune/model.js';

const VOL1 = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const VOL2 = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-2';
let n = 0;
function point(resourceArn: string, plan = 'prod', extra: Partial<PointInfo> = {}): PointInfo {
  return {
    arn: `arn:aws:ec2:eu-west-1::snapshot/snap-${n++}`,
    resourceArn,
    created: new Date('2026-06-01T03:00:00Z'),
    status: 'COMPLETED',
    ownership: { namespace: 'acme/infra', plan, rules: ['daily'], copyJob: 'j' },
    ...extra,
  };
}
const slots = [{ rule: 'daily', timezone: 'UTC', retain: { keep: { last: 1 } }, role: 'source' as const }];
const classify = (points: PointInfo[]) =>
  classifyPoints(points, {
    namespaces: new Set(['acme/infra']),
    vaultPlans: new Map([['prod', { namespace: 'acme/infra', slots }]]),
    plans: new Map([['prod', { namespace: 'acme/infra' }]]),
    folderPlanIds: new Set(['prod']),
  });

describe('scan steps', () => {
  it('sets aside every point of a resource carrying reserved tags, orphans included', () => {
    const points = [point(VOL1), point(VOL1), point(VOL2), point(VOL2, 'gone')];
    const { ours } = classify(points);
    const reserved = reservedCounts(ours, (arn) => arn === VOL2);
    expect([...reserved]).toEqual([[VOL2, 2]]);
    expect(orphansOf(ours, reserved)).toEqual([]);
    expect(orphansOf(ours, new Map()).map((d) => d.point)).toEqual([points[3]]);
    const groups = groupsOf(ours, reserved);
    expect(groups).toEqual([{ planId: 'prod', resourceArn: VOL1, points: [points[0], points[1]] }]);
  });

  it('asks for live proof of catalog-known kept points only when something is removed', () => {
    const [a, b, c] = [point(VOL1), point(VOL1), point(VOL1)];
    const keep = (p: PointInfo): PointDecision => ({ kind: 'keep', point: p, reasons: [] });
    const source = (arn: string) => (arn === a!.arn ? 'catalog' : 'aws');
    expect(keptOnCatalogWord([keep(a!), keep(b!)], source)).toEqual([]);
    const remove: PointDecision = { kind: 'remove', point: c!, reasons: [] };
    expect(keptOnCatalogWord([keep(a!), keep(b!), remove], source)).toEqual([a]);
  });

  it('unreadable holds turn legal-hold guards into holds-unreadable', () => {
    const d: PointDecision = { kind: 'guarded', point: point(VOL1), guard: 'legal-hold', reasons: [] };
    expect(withUnreadableHolds([d], false)[0]).toBe(d);
    expect(withUnreadableHolds([d], true)[0]).toMatchObject({ guard: 'holds-unreadable' });
  });

  it('notes EXPIRED points of ours with every documented cause, and copies someone else made', () => {
    const expired = point(VOL1, 'prod', { status: 'EXPIRED' });
    const foreign = point(VOL1, 'prod', {
      ownership: { namespace: 'acme/infra', plan: 'prod', rules: ['daily'] },
      sourceVaultArn: 'arn:aws:backup:eu-west-1:123456789012:backup-vault:x',
    });
    const notes = vaultNotes(['a hold note'], classify([expired, foreign, point(VOL1)]));
    expect(notes[0]).toBe('a hold note');
    expect(notes[1]).toMatch(/^1 point\(s\) of ours are EXPIRED/);
    expect(notes[1]).toMatch(/iam:CreateServiceLinkedRole/);
    expect(notes[1]).toMatch(/EBS Snapshot Lock/);
    expect(notes[2]).toMatch(
      /^1 point\(s\) carry plan prod's ownership tags but are copies without the backup-plans:copy-job marker/,
    );
    expect(vaultNotes([], classify([point(VOL1)]))).toEqual([]);
  });
});
