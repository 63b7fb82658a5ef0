import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../src/plan/load.js';
import { BUNDLED_PRICES } from '../../src/cost/prices.js';
import { retentionImpact, type StorageModel } from '../../src/review/impact.js';
import { COMMENT_LIMIT, renderComment, renderReview, reviewJson, verdict } from '../../src/review/render.js';
import { buildReview } from '../../src/review/review.js';
import { Timelines } from '../../src/review/steady-state.js';
import { BASE_PLAN, edit, writePlans } from './plans.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const MARKER = '<!-- backup-plans:review -->';

const MODEL: StorageModel = {
  prices: BUNDLED_PRICES,
  changeRate: 0.05,
  resourceGiB: 10,
  resourcesPerSelector: 3,
};

async function review(
  head: Record<string, string>,
  base: Record<string, string> = { prod: BASE_PLAN },
  model?: StorageModel,
) {
  const timelines = new Timelines(NOW);
  return buildReview({
    base: await loadPlans(writePlans(base)),
    head: await loadPlans(writePlans(head)),
    timelines,
    estimate: retentionImpact(timelines, model),
    defaultNamespace: 'acme/infra',
  });
}

const DESTRUCTIVE_HEAD = edit(
  BASE_PLAN,
  ['monthly: 12', 'monthly: 3'],
  [
    '    copyTo:\n      - region: eu-central-1\n        vault: production-dr\n        retain: { days: 90 }\n',
    '',
  ],
  ['    - arn:aws:ec2:eu-west-1:123456789012:volume/vol-1\n', ''],
);

describe('review rendering', () => {
  it('a head that shortens retention, drops a copy and removes a resource: all three destructive, banner shown', async () => {
    const r = await review({ prod: DESTRUCTIVE_HEAD });
    expect(r.changes.map((c) => [c.kind, c.destructive])).toEqual([
      ['resource-removed', true],
      ['retention-shortened', true],
      ['copy-removed', true],
    ]);
    const md = renderReview(r);
    expect(md).toContain('> [!WARNING]');
    expect(verdict(r)).toBe('⚠️ 3 of 3 changes are destructive (1 plan)');
    // Impact: source points and oldest date before → after; the dropped copy has no after.
    expect(md).toContain(
      '| prod | daily | production \\(123456789012, eu-west-1\\) | 1d | 19–21 → **10–12** | 2025-12-31 → **2026-09-30** |',
    );
    expect(md).toContain(
      '| prod | daily | copy → production-dr \\(123456789012, eu-central-1\\) | 1d → **—** | 90 → **—** | 2026-09-02 → **—** |',
    );
    // No storage or cost column is invented.
    expect(md).not.toMatch(/GiB|Cost/);
  });

  it('a purely additive change shows no banner and no destructive row', async () => {
    const r = await review({
      prod: edit(
        BASE_PLAN,
        ['daily: 7', 'daily: 14'],
        [
          '    - arn:aws:rds:eu-west-1:123456789012:db:orders\n',
          '    - arn:aws:rds:eu-west-1:123456789012:db:orders\n    - arn:aws:rds:eu-west-1:123456789012:db:users\n',
        ],
      ),
    });
    expect(r.changes.every((c) => !c.destructive)).toBe(true);
    const md = renderReview(r);
    expect(md).not.toContain('[!WARNING]');
    expect(md).not.toContain('⚠️');
    expect(verdict(r)).toBe('✅ 2 changes in 1 plan, none destructive');
  });

  it('no changes: a one-line verdict and nothing else to read', async () => {
    const r = await review({ prod: BASE_PLAN });
    expect(verdict(r)).toBe('✅ no changes to backup plans');
    expect(r.impact.rows).toEqual([]);
  });

  it('escapes text from the plan files: tag values cannot inject HTML, links or mentions', async () => {
    const r = await review({
      prod: edit(BASE_PLAN, [
        'tags: { backup: daily }',
        'tags: { backup: "</details><img src=x onerror=alert(1)> @admins [x](http://evil)" }',
      ]),
    });
    const md = renderComment(r, MARKER);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('</details><');
    expect(md).not.toContain('[x](http');
    expect(md).not.toMatch(/@admins/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('a plan with head errors is not compared (it would look removed) and its errors are listed', async () => {
    const r = await review({ prod: BASE_PLAN.replace('vault: production', 'vault: x') });
    expect(r.changes).toEqual([]);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.skipped).toEqual([{ plan: 'prod', reason: expect.stringMatching(/validation errors/) }]);
    expect(verdict(r)).toMatch(/^❌ 1 validation error in the head plans/);
  });

  it('a huge review is trimmed under 65,536 characters with a note, the marker and destructive rows first', async () => {
    const base: Record<string, string> = {};
    for (let i = 0; i < 100; i++)
      base[`p${i}`] = edit(
        BASE_PLAN,
        ['db:orders', `db:orders${i}`],
        ['volume/vol-1', `volume/vol-${i}-${'x'.repeat(200)}`],
      );
    // An empty head folder is an error for the loader: the head keeps one unrelated plan.
    const head = { keep: edit(BASE_PLAN, ['db:orders', 'db:keep'], ['volume/vol-1', 'volume/vol-keep']) };
    const big = await review(head, base);
    const md = renderComment(big, MARKER, 'https://github.com/acme/infra/actions/runs/1');
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md.startsWith(MARKER)).toBe(true);
    expect(md).toMatch(
      /more lines trimmed; the full report is in the job summary of \[this run\]\(https:\/\/github.com\/acme\/infra\/actions\/runs\/1\)/,
    );
    expect(md).toContain('plan removed');
  }, 120_000);

  it('JSON is {changes, impact} with steady-state numbers and ISO dates', async () => {
    const json = reviewJson(await review({ prod: DESTRUCTIVE_HEAD }));
    expect(json.changes[0]).toEqual({
      plan: 'prod',
      rule: null,
      kind: 'resource-removed',
      detail: expect.stringContaining('vol-1'),
      destructive: true,
    });
    const source = json.impact.series.find((s) => s.target.kind === 'source')!;
    expect(source.before).toMatchObject({
      rpoMinutes: 1440,
      oldest: '2025-12-31T03:00:00.000Z',
      points: { min: 19, max: 21 },
    });
    expect(source.after).toMatchObject({ oldest: '2026-09-30T03:00:00.000Z' });
    const copy = json.impact.series.find((s) => s.target.kind === 'copy')!;
    expect(copy.after).toBeNull();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('with simulate’s storage model: GiB and cost per resource per series, and per plan before → after, in the comment and the JSON', async () => {
    const r = await review({ prod: DESTRUCTIVE_HEAD }, { prod: BASE_PLAN }, MODEL);
    const json = reviewJson(r);
    const source = json.impact.series.find((s) => s.target.kind === 'source')!;
    const copy = json.impact.series.find((s) => s.target.kind === 'copy')!;
    // Per resource: the oldest point full, every later one 5% of 10 GiB.
    const before = source.before as { points: { now: number }; storageGiB: number; costPerMonth: number };
    const after = source.after as { points: { now: number }; storageGiB: number };
    expect(before.storageGiB).toBe(10 + (before.points.now - 1) * 0.5);
    expect(after.storageGiB).toBe(10 + (after.points.now - 1) * 0.5);
    expect(before.costPerMonth).toBe(Math.round(before.storageGiB * BUNDLED_PRICES.default.WARM * 100) / 100);
    expect(copy.before).toMatchObject({ storageGiB: 54.5, storageByClass: { WARM: 54.5, COLD: 0 } });
    // Per plan: 2 ARNs + 3 behind the tag selector before, one ARN fewer after; the copy vault is gone.
    expect(json.impact.currency).toBe('USD');
    expect(json.impact.plans).toEqual([
      {
        plan: 'prod',
        before: expect.objectContaining({ resources: 5, storageGiB: 5 * (before.storageGiB + 54.5) }),
        after: expect.objectContaining({ resources: 4, storageGiB: 4 * after.storageGiB }),
      },
    ]);

    const md = renderReview(r);
    expect(md).toContain('| GiB per resource | Cost per resource per month |');
    expect(md).toContain(`| ${before.storageGiB.toFixed(1)} → **${after.storageGiB.toFixed(1)}** |`);
    expect(md).toContain('### Impact: storage and cost per plan');
    expect(md).toContain(
      `| prod | 5 → **4** | ${(5 * (before.storageGiB + 54.5)).toFixed(1)} → **${(4 * after.storageGiB).toFixed(1)}** |`,
    );
    // The assumptions are stated, with the price table named.
    expect(md).toMatch(/every later one 5% of it/);
    expect(md).toContain('every resource is 10 GiB');
  });
});
