// review's live impact, as a runner runs it on pull_request: the bundled action with a read-only role
// (`review-role`), the fake GitHub (base plans at the base commit, OIDC tokens) and the simulator
// holding the plan's recovery points. The counts are checked against the retention engine run here on
// the seeded points (not prune's decision code), and the simulator's call counters prove that review
// sent AWS no call that changes anything. Orphans and forks: review-live-scenarios.test.ts (slow).
import { afterEach, describe, expect, it } from 'vitest';
import { DAILY_KEEP, history, volume } from '../prune/e2e-world.js';
import { simAdmin } from './harness.js';
import {
  closeLive,
  NEWEST,
  removals,
  review,
  RUN_TIMEOUT,
  setUp,
  SHORTER,
  WRITES,
} from './review-live-helpers.js';

afterEach(closeLive);

describe('review: live impact with a read-only role', () => {
  it(
    'counts what the next prune removes under the base and the head policy, and sends AWS no write',
    async () => {
      const points = history(volume('vol-1'), 80, NEWEST);
      const { sim: s, github: gh } = await setUp(points);
      const before = removals(points, DAILY_KEEP);
      const after = removals(points, { daily: 3 });
      expect(after).toBeGreaterThan(before);

      const result = await review(gh, s, SHORTER);
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      const report = result.reportJson as { impact: { live: unknown } };
      expect(report.impact.live).toEqual({
        computed: true,
        role: 'backup-plans-review',
        plans: [
          {
            plan: 'prod',
            points: 80,
            before: { remove: before, guarded: 0, orphans: 0 },
            after: { remove: after, guarded: 0, orphans: 0 },
            leftUnpruned: 0,
          },
        ],
        problems: [],
      });
      const body = gh.state.comments[0]!.body;
      expect(body).toContain('### Impact on existing recovery points');
      expect(body).toContain(`| ⚠️ | prod | 80 | ${before} → **${after}** | 0 |`);

      // Read through the read-only role only, and nothing changed: no write of any kind, every point still there.
      const stats = await simAdmin.stats(s);
      expect(Object.keys(stats.calls).filter((op) => WRITES.test(op))).toEqual([]);
      expect(stats.calls.ListRecoveryPointsByBackupVault).toBeGreaterThan(0);
      const state = (await simAdmin.state(s)) as { recoveryPoints?: unknown[] };
      expect(state.recoveryPoints).toHaveLength(80);
    },
    RUN_TIMEOUT,
  );
});
