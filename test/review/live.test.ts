// The pure parts of review's live impact: which read-only role reads which account, the plans as that
// role reads them, and the two dry runs of prune compared per plan.
import { describe, expect, it } from 'vitest';
import type { PruneRunBody, VaultReport } from '../../src/report/prune.js';
import { compareLive, parseReviewRole, readerPlan } from '../../src/review/live.js';
import { renderReview, reviewJson, type Review } from '../../src/review/render.js';
import { BASE_PLAN, plansFrom } from './plans.js';

describe('review-role', () => {
  it('a role name is that role in every account; an ARN reads its own account only', () => {
    const byName = parseReviewRole('backup-plans-review');
    expect(byName('123456789012')).toBe('arn:aws:iam::123456789012:role/backup-plans-review');
    expect(byName('210987654321')).toBe('arn:aws:iam::210987654321:role/backup-plans-review');
    expect(parseReviewRole('/ci/reader')('123456789012')).toBe('arn:aws:iam::123456789012:role/ci/reader');
    const byArn = parseReviewRole('arn:aws:iam::123456789012:role/reader');
    expect(byArn('123456789012')).toBe('arn:aws:iam::123456789012:role/reader');
    expect(byArn('210987654321')).toBeUndefined();
  });

  it('refuses what is neither a role name nor a role ARN', () => {
    expect(() => parseReviewRole('arn:aws:iam::123:role/x')).toThrow(/review-role/);
    expect(() => parseReviewRole('two words')).toThrow(/review-role/);
    expect(() => parseReviewRole('arn:aws:s3:::bucket')).toThrow(/review-role/);
  });
});

describe('readerPlan', () => {
  it('replaces the plan role and every copy role with the reader of their account', async () => {
    const [plan] = await plansFrom({
      prod: `${BASE_PLAN}      - account: "210987654321"\n        region: eu-west-1\n        vault: isolated\n        retain: { days: 30 }\n`,
    });
    const { plan: read, skipped } = readerPlan(plan!, parseReviewRole('reader'));
    expect(skipped).toEqual([]);
    expect(read!.aws.role).toBe('arn:aws:iam::123456789012:role/reader');
    expect(read!.rules[0]!.copyTo.map((c) => c.role)).toEqual([
      'arn:aws:iam::123456789012:role/reader',
      'arn:aws:iam::210987654321:role/reader',
    ]);
    // The original is untouched: the review's diff still sees the plan's own roles.
    expect(plan!.aws.role).toBe('arn:aws:iam::123456789012:role/backup-plans');

    const one = readerPlan(plan!, parseReviewRole('arn:aws:iam::123456789012:role/reader'));
    expect(one.plan!.rules[0]!.copyTo.map((c) => c.vault)).toEqual(['production-dr']);
    expect(one.skipped).toEqual([{ account: '210987654321', vault: 'isolated' }]);
    expect(readerPlan(plan!, () => undefined)).toEqual({
      skipped: [{ account: '123456789012', vault: 'production' }],
    });
  });
});

function vault(groups: VaultReport['groups'], orphans: VaultReport['orphans'] = []): VaultReport {
  return {
    account: '123456789012',
    region: 'eu-west-1',
    vault: 'production',
    listed: 0,
    unowned: 0,
    notOurs: 0,
    reservedResources: [],
    orphans,
    groups,
    notes: [],
  };
}

const point = (arn: string, outcome: 'kept' | 'would-delete' | 'guarded') => ({
  arn,
  created: '2026-01-01T00:00:00Z',
  status: 'COMPLETED',
  rules: ['daily'],
  outcome,
  reasons: [],
});

function body(vaults: VaultReport[], errors: string[] = []): PruneRunBody {
  return {
    dryRun: true,
    maxDeletions: Number.MAX_SAFE_INTEGER,
    applyRetentionToExisting: false,
    totals: {} as PruneRunBody['totals'],
    vaults,
    failures: [],
    errors,
    notes: [],
  };
}

const group = (plan: string, points: ReturnType<typeof point>[]) => ({
  plan,
  resourceArn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
  kept: 0,
  removed: 0,
  deleted: 0,
  guarded: 0,
  failed: 0,
  points,
});

describe('compareLive', () => {
  it('counts removals under each policy and the points the head no longer judges', () => {
    const base = body([
      vault([
        group('prod', [
          point('a', 'kept'),
          point('b', 'kept'),
          point('c', 'would-delete'),
          point('d', 'kept'),
        ]),
        group('other', [point('x', 'would-delete')]),
      ]),
    ]);
    const head = body(
      [
        vault(
          [group('prod', [point('a', 'kept'), point('b', 'would-delete'), point('c', 'would-delete')])],
          [
            {
              arn: 'd',
              resourceArn: 'r',
              created: '2026-01-01T00:00:00Z',
              plan: 'prod',
              rules: ['weekly'],
              orphan: 'rule-gone',
              reasons: [],
            },
          ],
        ),
      ],
      ['vault 123456789012/eu-central-1/production-dr could not be scanned'],
    );
    const live = compareLive({
      role: 'reader',
      plans: ['prod'],
      base,
      head,
      inBase: new Set(['prod']),
      inHead: new Set(['prod']),
      problems: ['plan prod: vault isolated in account 210987654321 not read'],
    });
    expect(live).toEqual({
      computed: true,
      role: 'reader',
      plans: [
        {
          plan: 'prod',
          points: 4,
          before: { remove: 1, guarded: 0, orphans: 0 },
          after: { remove: 2, guarded: 0, orphans: 1 },
          leftUnpruned: 1,
        },
      ],
      problems: [
        'plan prod: vault isolated in account 210987654321 not read',
        'vault 123456789012/eu-central-1/production-dr could not be scanned',
      ],
    });
  });

  it('a plan the head removes: no after side, every judged point left unpruned', () => {
    const live = compareLive({
      role: 'reader',
      plans: ['prod'],
      base: body([vault([group('prod', [point('a', 'kept'), point('b', 'guarded')])])]),
      head: body([]),
      inBase: new Set(['prod']),
      inHead: new Set(),
      problems: [],
    });
    expect(live.computed && live.plans).toEqual([
      {
        plan: 'prod',
        points: 2,
        before: { remove: 0, guarded: 1, orphans: 0 },
        after: null,
        leftUnpruned: 2,
      },
    ]);
  });
});

describe('live impact in the review', () => {
  const review = (live: Review['live']): Review => ({
    changes: [],
    impact: { method: 'm', assumptions: [], rows: [] },
    errors: [],
    skipped: [],
    ...(live ? { live } : {}),
  });

  it('shows the counts before → after, flags more removals, and lists what was not read (escaped)', () => {
    const md = renderReview(
      review({
        computed: true,
        role: 'backup-plans-review',
        plans: [
          {
            plan: 'prod',
            points: 80,
            before: { remove: 41, guarded: 0, orphans: 0 },
            after: { remove: 66, guarded: 0, orphans: 0 },
            leftUnpruned: 0,
          },
          {
            plan: 'web',
            points: 5,
            before: { remove: 2, guarded: 0, orphans: 0 },
            after: { remove: 2, guarded: 0, orphans: 0 },
            leftUnpruned: 0,
          },
        ],
        problems: ['vault <img src=x> could not be scanned'],
      }),
    );
    expect(md).toContain('| ⚠️ | prod | 80 | 41 → **66** | 0 |');
    expect(md).toContain('| ✅ | web | 5 | 2 | 0 |');
    expect(md).toContain('`backup-plans-review`');
    expect(md).not.toContain('<img');
  });

  it('says why it was not computed, in the Markdown and the JSON', () => {
    const r = review({ computed: false, reason: 'this run has no GitHub OIDC token' });
    expect(renderReview(r)).toContain(
      'Impact on existing recovery points: not computed: this run has no GitHub OIDC token.',
    );
    expect(reviewJson(r).impact.live).toEqual({
      computed: false,
      reason: 'this run has no GitHub OIDC token',
    });
    // No review without changes talks about it.
    expect(renderReview(review(undefined))).not.toContain('existing recovery points');
  });
});
