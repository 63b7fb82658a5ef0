// review's live impact, as a runner runs it on pull_request: the bundled action with a read-only role
// (`review-role`), the fake GitHub (base plans at the base commit, OIDC tokens) and the simulator
// holding 40 days of the plan's recovery points. The counts are checked against the retention engine
// run here on the seeded points (not prune's decision code), and the simulator's call counters prove
// that review sent AWS no call that changes anything.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRetention, type KeepPolicy } from '../../src/retention/engine.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { runAction, simAdmin, startFakeGitHub, type FakeGitHub } from './harness.js';
import {
  ACCOUNT,
  baseWorld,
  DAILY_KEEP,
  DAILY_TZ,
  history,
  MONTHLY_KEEP,
  PLAN_RULES,
  planYaml,
  volume,
  worldPoints,
  type SeededPoint,
} from '../prune/e2e-world.js';

const REPO = 'acme/infra';
const BASE_SHA = '1111111111111111111111111111111111111111';
const PR = 7;
const READER = `arn:aws:iam::${ACCOUNT}:role/backup-plans-review`;
const NEWEST = new Date('2026-09-01T03:00:00Z');
const RUN_TIMEOUT = 180_000;

/** Operations that change AWS state: none may reach the simulator from a review. */
const WRITES = /^(Delete|Start|Stop|Update|Put|Create|Tag|Untag|Disassociate|Associate|Cancel)/;

let sim: SimulatorHandle | undefined;
let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  await sim?.close();
  github = sim = undefined;
});

/** What the engine removes per resource under the daily policy given and the monthly rule (a point goes when every rule it serves drops it). */
function removals(points: readonly SeededPoint[], daily: KeepPolicy): number {
  const kept = new Set<string>();
  for (const [rule, policy, tz] of [
    ['daily', daily, DAILY_TZ],
    ['monthly', MONTHLY_KEEP, 'UTC'],
  ] as const) {
    const serving = points
      .filter((p) => p.rules.includes(rule))
      .map((p) => ({ id: p.arn, created: new Date(p.created) }));
    for (const k of applyRetention(serving, policy, { timezone: tz }).keep) kept.add(k.point.id);
  }
  return points.filter((p) => !kept.has(p.arn)).length;
}

async function setUp(points: SeededPoint[]) {
  sim = await startSimulator({
    world: {
      ...baseWorld({ recoveryPoints: worldPoints(points) }),
      roles: [
        { arn: `arn:aws:iam::${ACCOUNT}:role/backup-plans`, trust: { sub: 'repo:acme/infra:*' } },
        { arn: READER, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
      ],
      resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
    },
    port: 0,
  });
  const handle = sim;
  github = await startFakeGitHub({ clock: () => handle.sim.now(), repository: REPO });
  github.setFiles(REPO, BASE_SHA, { 'backup-plans/prod.yml': planYaml() });
  github.addPullRequest(REPO, PR);
  return { sim: handle, github };
}

function review(
  gh: FakeGitHub,
  s: SimulatorHandle,
  head: string,
  options: { headRepo?: string; env?: Record<string, string | undefined> } = {},
) {
  const cwd = mkdtempSync(join(tmpdir(), 'review-live-'));
  mkdirSync(join(cwd, 'backup-plans'));
  writeFileSync(join(cwd, 'backup-plans', 'prod.yml'), head);
  return runAction({
    github: gh,
    sim: s,
    cwd,
    eventName: 'pull_request',
    event: {
      action: 'synchronize',
      number: PR,
      pull_request: {
        number: PR,
        base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPO } },
        head: { sha: '2'.repeat(40), ref: 'change', repo: { full_name: options.headRepo ?? REPO } },
      },
    },
    repository: REPO,
    inputs: { command: 'review', 'review-role': 'backup-plans-review' },
    ...(options.env ? { env: options.env } : {}),
    timeoutMs: RUN_TIMEOUT,
  });
}

const SHORTER = planYaml({
  rules: PLAN_RULES.replace('keep: { daily: 7, weekly: 4, monthly: 6 }', 'keep: { daily: 3 }'),
});

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
