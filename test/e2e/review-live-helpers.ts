// The world, fake GitHub and bundle run shared by review-live.test.ts and review-live-scenarios.test.ts:
// the bundled action reviews a pull request with a read-only role (`review-role`), the fake GitHub
// serving the base plans at the base commit and OIDC tokens, the simulator holding the plan's points.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRetention, type KeepPolicy } from '../../src/retention/engine.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { runAction, startFakeGitHub, type FakeGitHub } from './harness.js';
import {
  ACCOUNT,
  baseWorld,
  DAILY_TZ,
  MONTHLY_KEEP,
  PLAN_RULES,
  planYaml,
  volume,
  worldPoints,
  type SeededPoint,
} from '../prune/e2e-world.js';

export const REPO = 'acme/infra';
export const BASE_SHA = '1111111111111111111111111111111111111111';
export const PR = 7;
export const READER = `arn:aws:iam::${ACCOUNT}:role/backup-plans-review`;
export const NEWEST = new Date('2026-09-01T03:00:00Z');
export const RUN_TIMEOUT = 180_000;

/** Operations that change AWS state: none may reach the simulator from a review. */
export const WRITES = /^(Delete|Start|Stop|Update|Put|Create|Tag|Untag|Disassociate|Associate|Cancel)/;

let sim: SimulatorHandle | undefined;
let github: FakeGitHub | undefined;
/** Stops the last setUp's simulator and fake GitHub (each test file calls it after each test). */
export async function closeLive(): Promise<void> {
  await github?.close();
  await sim?.close();
  github = sim = undefined;
}

/** What the engine removes per resource under the daily policy given and the monthly rule (a point goes when every rule it serves drops it). */
export function removals(points: readonly SeededPoint[], daily: KeepPolicy): number {
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

export async function setUp(points: SeededPoint[]) {
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

export function review(
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

export const SHORTER = planYaml({
  rules: PLAN_RULES.replace('keep: { daily: 7, weekly: 4, monthly: 6 }', 'keep: { daily: 3 }'),
});
