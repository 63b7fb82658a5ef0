// Worlds and plans for the prune e2e suites: a vault full of history, owned and not, and the expected
// removals computed straight from the retention engine (not from prune's own decision code).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRetention, type KeepPolicy } from '../../src/retention/engine.js';
import {
  startSimulator,
  type SimulatorHandle,
  type World,
  type WorldRecoveryPoint,
} from '../../src/simulator/index.js';
import { DELETION_MS } from '../../src/simulator/backup.js';
import { runAction, startFakeGitHub, type ActionResult, type FakeGitHub } from '../e2e/harness.js';

export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
export const NAMESPACE = 'acme/infra';
export const START = '2026-09-01T12:00:00Z';

export const volume = (id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/${id}`;
export const fileSystem = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`;

function hex(seed: string, n: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, n);
}

/** A deterministic recovery point ARN of the shape AWS uses for the resource's type. */
export function pointArn(resourceArn: string, seed: string, region = REGION): string {
  if (resourceArn.includes(':volume/')) return `arn:aws:ec2:${region}::snapshot/snap-${hex(seed, 17)}`;
  const h = hex(seed, 32);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  return `arn:aws:backup:${region}:${ACCOUNT}:recovery-point:${uuid}`;
}

export function ownership(
  plan: string,
  rules: string[],
  slot: Date,
  namespace = NAMESPACE,
): Record<string, string> {
  return {
    'backup-plans:namespace': namespace,
    'backup-plans:plan': plan,
    'backup-plans:rules': [...rules].sort().join(','),
    'backup-plans:slot': slot.toISOString().replace('.000Z', 'Z'),
  };
}

export interface SeededPoint extends WorldRecoveryPoint {
  arn: string;
  resourceArn: string;
  created: string;
  /** Rules the point serves (empty: not ours). */
  rules: string[];
  owned: boolean;
}

export const DAILY_KEEP: KeepPolicy = { daily: 7, weekly: 4, monthly: 6 };
export const MONTHLY_KEEP: KeepPolicy = { monthly: 12 };
export const DAILY_TZ = 'Europe/Berlin';

/**
 * `count` points of one resource, every 12 hours back from `newest`: 03:00 and 15:00 UTC. The 03:00
 * point of the 1st of a month also serves `monthly`.
 */
export function history(
  resourceArn: string,
  count: number,
  newest: Date,
  plan = 'prod',
  vault: SeededPoint['vault'] = 'production',
  stepHours = 12,
): SeededPoint[] {
  const out: SeededPoint[] = [];
  const region = typeof vault === 'string' ? REGION : vault.region;
  const vaultName = typeof vault === 'string' ? vault : vault.name;
  for (let i = 0; i < count; i++) {
    const created = new Date(newest.getTime() - i * stepHours * 3600_000);
    const rules =
      created.getUTCDate() === 1 && created.getUTCHours() === 3 ? ['daily', 'monthly'] : ['daily'];
    const arn = pointArn(resourceArn, `${plan}/${vaultName}/${resourceArn}/${i}`, region);
    out.push({
      vault,
      resourceArn,
      arn,
      created: created.toISOString(),
      tags: ownership(plan, rules, created),
      rules,
      owned: true,
    });
  }
  return out;
}

/** What the engine removes for one resource's points under the plan's two rules. */
export function expectedRemovals(points: readonly SeededPoint[]): Set<string> {
  const removed = new Set<string>();
  const byResource = new Map<string, SeededPoint[]>();
  for (const p of points)
    if (p.owned) byResource.set(p.resourceArn, [...(byResource.get(p.resourceArn) ?? []), p]);
  for (const list of byResource.values()) {
    const kept = new Set<string>();
    const removedBy = new Map<string, number>();
    for (const [rule, policy, tz] of [
      ['daily', DAILY_KEEP, DAILY_TZ],
      ['monthly', MONTHLY_KEEP, 'UTC'],
    ] as const) {
      const serving = list
        .filter((p) => p.rules.includes(rule))
        .map((p) => ({ id: p.arn, created: new Date(p.created) }));
      const d = applyRetention(serving, policy, { timezone: tz });
      for (const k of d.keep) kept.add(k.point.id);
      for (const r of d.remove) removedBy.set(r.id, (removedBy.get(r.id) ?? 0) + 1);
    }
    for (const arn of removedBy.keys()) if (!kept.has(arn)) removed.add(arn);
  }
  return removed;
}

export const PLAN_RULES = [
  'rules:',
  '  daily:',
  '    schedule: "0 3 * * *"',
  `    timezone: ${DAILY_TZ}`,
  '    retain:',
  '      keep: { daily: 7, weekly: 4, monthly: 6 }',
  '  monthly:',
  '    schedule: "0 3 1 * *"',
  '    retain:',
  '      keep: { monthly: 12 }',
].join('\n');

export function planYaml(
  options: { vault?: string; include?: string[]; namespace?: string; rules?: string } = {},
): string {
  return [
    'version: 1',
    ...(options.namespace ? [`namespace: ${options.namespace}`] : []),
    'aws:',
    `  account: "${ACCOUNT}"`,
    `  region: ${REGION}`,
    `  role: ${ROLE}`,
    `  backupRole: ${BACKUP_ROLE}`,
    `vault: ${options.vault ?? 'production'}`,
    'resources:',
    '  include:',
    ...(options.include ?? ['    - tags: { backup: daily }']),
    options.rules ?? PLAN_RULES,
    '',
  ].join('\n');
}

export function baseWorld(extra: Partial<World> = {}): World {
  return {
    start: START,
    accounts: [ACCOUNT],
    roles: [
      { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
      { arn: BACKUP_ROLE },
    ],
    vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
    ...extra,
  };
}

export interface PruneWorld {
  sim: SimulatorHandle;
  github: FakeGitHub;
  workspace: string;
  writePlan(id: string, yaml: string): void;
  removePlan(id: string): void;
  run(
    inputs?: Record<string, string | number | boolean>,
    timeoutMs?: number,
    env?: Record<string, string | undefined>,
  ): Promise<ActionResult>;
  /** ARNs of every recovery point the simulator holds now (DELETING ones too). */
  pointArns(): Promise<Set<string>>;
  /** Moves the simulated clock past AWS's asynchronous deletion, so DELETING points are gone. */
  settleDeletions(): void;
  close(): Promise<void>;
}

/** The world file format is strict: drop the test's own bookkeeping from seeded points. */
export function worldPoints(points: readonly SeededPoint[]): WorldRecoveryPoint[] {
  return points.map(({ rules: _rules, owned: _owned, ...rest }) => rest);
}

export async function startPruneWorld(world: World): Promise<PruneWorld> {
  const clean: World = {
    ...world,
    recoveryPoints: worldPoints((world.recoveryPoints ?? []) as SeededPoint[]),
  };
  const sim = await startSimulator({ world: clean, port: 0 });
  const github = await startFakeGitHub({ clock: () => sim.sim.now(), repository: 'acme/infra' });
  const workspace = mkdtempSync(join(tmpdir(), 'prune-e2e-'));
  mkdirSync(join(workspace, 'backup-plans'));
  return {
    sim,
    github,
    workspace,
    writePlan: (id, yaml) => writeFileSync(join(workspace, 'backup-plans', `${id}.yml`), yaml),
    removePlan: (id) => rmSync(join(workspace, 'backup-plans', `${id}.yml`)),
    run: (inputs = {}, timeoutMs = 120_000, env = {}) =>
      runAction({ inputs: { command: 'prune', ...inputs }, sim, github, cwd: workspace, timeoutMs, env }),
    settleDeletions: () => void sim.sim.advance(DELETION_MS / 1000),
    pointArns: async () => {
      const state = (await (await fetch(`${sim.url}/_sim/state`)).json()) as {
        recoveryPoints?: { arn?: string; RecoveryPointArn?: string }[];
      };
      return new Set((state.recoveryPoints ?? []).map((p) => (p.arn ?? p.RecoveryPointArn)!));
    },
    close: async () => {
      await github.close();
      await sim.close();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}
