// review's live impact, the corner cases (a slow test, ~2 CPU-s a bundle run; review-live.test.ts keeps
// the base-vs-head count): a head that drops the resource leaves its points as orphans, and a pull
// request from a fork, without an OIDC token, computes nothing and calls no AWS.
import { afterEach, describe, expect, it } from 'vitest';
import { history, planYaml, volume } from '../prune/e2e-world.js';
import { simAdmin } from './harness.js';
import { closeLive, NEWEST, review, RUN_TIMEOUT, setUp, SHORTER, WRITES } from './review-live-helpers.js';

afterEach(closeLive);

describe('review: live impact with a read-only role, corner cases', () => {
  it(
    'a head that no longer selects the resource: its points are left unpruned as orphans, nothing is removed',
    async () => {
      const points = history(volume('vol-1'), 20, NEWEST);
      const { sim: s, github: gh } = await setUp(points);
      // The head keeps the plan file but drops the resource: its points become orphans.
      const result = await review(gh, s, planYaml({ include: ['    - tags: { backup: never }'] }));
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      const live = (result.reportJson as { impact: { live: { plans: unknown[] } } }).impact.live;
      expect(live.plans).toEqual([
        expect.objectContaining({
          plan: 'prod',
          points: 20,
          after: { remove: 0, guarded: 0, orphans: 20 },
          leftUnpruned: 20,
        }),
      ]);
      const stats = await simAdmin.stats(s);
      expect(Object.keys(stats.calls).filter((op) => WRITES.test(op))).toEqual([]);
    },
    RUN_TIMEOUT,
  );

  it(
    'a pull request from a fork has no OIDC token: live impact not computed, said why, no AWS call, exit 0',
    async () => {
      const { sim: s, github: gh } = await setUp(history(volume('vol-1'), 10, NEWEST));
      const result = await review(gh, s, SHORTER, {
        headRepo: 'mallory/infra',
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      });
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      expect(result.summary).toContain(
        'Impact on existing recovery points: not computed: this run has no GitHub OIDC token',
      );
      expect((result.reportJson as { impact: { live: unknown } }).impact.live).toEqual({
        computed: false,
        reason: expect.stringContaining('pull requests from forks never get one'),
      });
      expect((await simAdmin.stats(s)).calls).toEqual({});
      expect(gh.state.comments).toEqual([]);
    },
    RUN_TIMEOUT,
  );
});
