// The prune report's parts: what each section of the job summary counts and lists.
import { describe, expect, it } from 'vitest';
import {
  cappedList,
  guardedCount,
  guardRows,
  removalsOf,
  renderPruneMarkdown,
  resourceRows,
  type GroupReport,
  type PointReport,
  type PruneRunBody,
  type VaultReport,
} from '../../src/report/prune.js';

const pt = (arn: string, outcome: PointReport['outcome'], extra: Partial<PointReport> = {}): PointReport => ({
  arn,
  created: '2026-09-01T03:00:00Z',
  status: 'COMPLETED',
  rules: ['daily'],
  outcome,
  reasons: ['daily 1'],
  ...extra,
});

const group = (resource: string, points: PointReport[], extra: Partial<GroupReport> = {}): GroupReport => ({
  plan: 'prod',
  resourceArn: `arn:aws:ec2:eu-west-1:123456789012:volume/${resource}`,
  kept: points.filter((p) => p.outcome === 'kept').length,
  removed: points.filter((p) => p.outcome !== 'kept').length,
  deleted: points.filter((p) => p.outcome === 'deleted').length,
  guarded: points.filter((p) => p.outcome === 'guarded').length,
  failed: points.filter((p) => p.outcome === 'failed').length,
  points,
  ...extra,
});

const vault = (name: string, groups: GroupReport[], extra: Partial<VaultReport> = {}): VaultReport => ({
  account: '123456789012',
  region: 'eu-west-1',
  vault: name,
  listed: 0,
  unowned: 0,
  notOurs: 0,
  reservedResources: [],
  orphans: [],
  groups,
  notes: [],
  ...extra,
});

function body(extra: Partial<PruneRunBody> = {}): PruneRunBody {
  return {
    dryRun: false,
    maxDeletions: 100,
    applyRetentionToExisting: false,
    totals: {
      listed: 0,
      owned: 0,
      kept: 0,
      removed: 0,
      deleted: 0,
      wouldDelete: 0,
      shortened: 0,
      failures: 0,
      orphans: 0,
      unowned: 0,
      notOurs: 0,
      reservedResources: 0,
      guarded: {},
    },
    vaults: [],
    failures: [],
    errors: [],
    notes: [],
    ...extra,
  };
}

describe('cappedList', () => {
  it('lists up to the cap, then says how many are left out', () => {
    expect(cappedList([1, 2, 3], 3, (n) => `- ${n}`)).toEqual(['- 1', '- 2', '- 3']);
    expect(cappedList([1, 2, 3, 4, 5], 2, (n) => `- ${n}`)).toEqual(['- 1', '- 2', '- … and 3 more']);
    expect(cappedList([], 2, String)).toEqual([]);
  });
});

describe('guardedCount and guardRows', () => {
  it('counts every guard, and lists only guards and reasons that stopped some points', () => {
    const totals = {
      ...body().totals,
      guarded: { newest: 3, cap: 0, 'legal-hold': 2 },
      orphans: 1,
      unowned: 4,
      reservedResources: 0,
      notOurs: 0,
    };
    expect(guardedCount(totals)).toBe(5);
    const failures = [
      { vault: 'v', arn: 'a', message: 'm', expired: true },
      { vault: 'v', arn: 'b', message: 'm' },
    ];
    expect(guardRows({ totals, failures })).toEqual([
      ['newest completed point of its resource', 3],
      ['under a legal hold', 2],
      ['orphans (reported, never deleted)', 1],
      ['points without ownership tags (not ours to touch)', 4],
      ['left EXPIRED by AWS (role lacks `iam:CreateServiceLinkedRole`)', 1],
    ]);
    expect(guardRows(body())).toEqual([]);
  });
});

describe('resourceRows', () => {
  const g = group('vol-1', [
    pt('a', 'kept'),
    pt('b', 'would-delete'),
    pt('c', 'would-delete'),
    pt('d', 'deleted'),
  ]);
  const vaults = [vault('production', [g])];

  it('one row per vault, plan and resource; a dry run counts what it would delete', () => {
    expect(resourceRows({ vaults, dryRun: false })).toEqual([
      {
        vault: '123456789012/eu-west-1/production',
        plan: 'prod',
        resourceArn: g.resourceArn,
        kept: 1,
        removed: 3,
        deleted: 1,
        guarded: 0,
        failed: 0,
      },
    ]);
    expect(resourceRows({ vaults, dryRun: true })[0]!.deleted).toBe(2);
  });

  it('the table stops at 200 rows and counts the rest', () => {
    const many = vault(
      'production',
      Array.from({ length: 203 }, (_, i) => group(`vol-${i}`, [])),
    );
    const md = renderPruneMarkdown(body({ vaults: [many] }));
    expect(md).toContain('| … 3 more | | | | | | | |');
    expect(md).toContain('volume/vol-199');
    expect(md).not.toContain('volume/vol-200');
  });
});

describe('removalsOf', () => {
  it('is every deleted, would-delete, guarded or failed point, in report order', () => {
    const g1 = group('vol-1', [pt('a', 'kept'), pt('b', 'deleted'), pt('c', 'shortened')]);
    const g2 = group('vol-2', [
      pt('d', 'guarded', { guard: 'newest' }),
      pt('e', 'failed'),
      pt('f', 'would-delete'),
    ]);
    const removals = removalsOf({ vaults: [vault('x', [g1]), vault('y', [g2])] });
    expect(removals.map(({ g, p }) => [g.resourceArn.slice(-5), p.arn])).toEqual([
      ['vol-1', 'b'],
      ['vol-2', 'd'],
      ['vol-2', 'e'],
      ['vol-2', 'f'],
    ]);
  });
});

describe('renderPruneMarkdown sections', () => {
  it('a dry run lists kept points with reasons; a real run does not', () => {
    const vaults = [
      vault('production', [group('vol-1', [pt('kept-1', 'kept'), pt('gone-1', 'would-delete')])]),
    ];
    const dry = renderPruneMarkdown(body({ dryRun: true, vaults }));
    expect(dry).toContain('## backup-plans prune (dry run: nothing was deleted)');
    expect(dry).toContain('Kept, with reasons (first 1 of 1)');
    expect(dry).toContain('### First removals (1 of 1)');
    expect(renderPruneMarkdown(body({ vaults }))).not.toContain('Kept, with reasons');
  });

  it('an empty run has the totals and the per-resource header and nothing else', () => {
    const md = renderPruneMarkdown(body());
    expect(md).toContain('| listed | owned |');
    expect(md).toContain('### Per resource');
    for (const section of ['Failures', 'guards stopped', 'First removals', 'Orphans', 'reserved', 'Notes'])
      expect(md).not.toContain(section);
  });

  it('notes stop at 50, vault notes named by their vault', () => {
    const md = renderPruneMarkdown(
      body({
        notes: Array.from({ length: 50 }, (_, i) => `note ${i}`),
        vaults: [vault('production', [], { notes: ['slow listing'] })],
      }),
    );
    expect(md).toContain('- note 49');
    expect(md).not.toContain('production: slow listing');
    expect(md).toContain('- … and 1 more');
  });
});
