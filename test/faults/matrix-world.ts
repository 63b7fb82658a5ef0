// The world and the run sequence the fault matrix (and the kill-and-rerun suite) drive: two resources
// (an EBS volume, whose snapshots are tagged through the Tagging API, and an EFS file system, whose
// points are Backup-managed), a year of owned history to prune, a daily rule with a copy to a second
// region, and the commands run IN PROCESS (the real backup and prune commands, real SDK over HTTP to
// an in-process simulator, OIDC from a stand-in ID token on the simulated clock).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommand } from '../../src/commands/registry.js';
import type { Host } from '../../src/host/host.js';
import type { Inputs } from '../../src/inputs.js';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import {
  ACCOUNT,
  BACKUP_ROLE,
  DAILY_TZ,
  fileSystem,
  history,
  REGION,
  ROLE,
  volume,
  worldPoints,
  type SeededPoint,
} from '../prune/e2e-world.js';

export { ACCOUNT, REGION, ROLE };
export const DR_REGION = 'eu-central-1';
export const NAMESPACE = 'acme/infra';
const NEWEST = new Date('2026-09-01T03:00:00Z');
export const MATRIX_START = '2026-09-02T03:20:00Z';

export const RESOURCES = [volume('vol-1'), fileSystem('fs-1')];

export function matrixPoints(perResource = 16): SeededPoint[] {
  return RESOURCES.flatMap((arn) => history(arn, perResource, NEWEST));
}

export function matrixWorld(points: SeededPoint[] = matrixPoints()): World {
  return {
    start: MATRIX_START,
    accounts: [ACCOUNT],
    roles: [
      { arn: ROLE, trust: { sub: `repo:${NAMESPACE}:*`, aud: 'sts.amazonaws.com' } },
      { arn: BACKUP_ROLE },
    ],
    vaults: [
      { account: ACCOUNT, region: REGION, name: 'production' },
      { account: ACCOUNT, region: DR_REGION, name: 'production-dr' },
    ],
    resources: RESOURCES.map((arn) => ({ arn, tags: { backup: 'daily' } })),
    recoveryPoints: worldPoints(points),
  };
}

export const MATRIX_PLAN = [
  'version: 1',
  'aws:',
  `  account: "${ACCOUNT}"`,
  `  region: ${REGION}`,
  `  role: ${ROLE}`,
  `  backupRole: ${BACKUP_ROLE}`,
  'vault: production',
  'resources:',
  '  include:',
  '    - tags: { backup: daily }',
  'rules:',
  '  daily:',
  '    schedule: "0 3 * * *"',
  `    timezone: ${DAILY_TZ}`,
  '    retain:',
  '      keep: { daily: 7, weekly: 4, monthly: 6 }',
  '    copyTo:',
  `      - region: ${DR_REGION}`,
  '        vault: production-dr',
  '        retain: { days: 90 }',
  '  monthly:',
  '    schedule: "0 3 1 * *"',
  '    retain:',
  '      keep: { monthly: 12 }',
  '',
].join('\n');

/** What one in-process command run said and wrote. */
export interface CommandResult {
  command: 'backup' | 'prune';
  exitCode: number;
  errors: string[];
  warnings: string[];
  info: string[];
  summary: string;
  outputs: Record<string, string>;
  /** The JSON report the run wrote (parsed), or the reason it could not be read. */
  report: unknown;
  reportProblem?: string;
  /** Wall-clock duration (diagnostics only). */
  ms?: number;
  /** Set when the command threw instead of returning an exit code (a bug). */
  threw?: string;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** GitHub's OIDC token, stood in for: unsigned (the simulator checks claims, not signatures). */
function idTokens(sim: SimulatorHandle) {
  return {
    getIdToken: (audience: string) => {
      const iat = Math.floor(sim.sim.now().getTime() / 1000);
      const claims = {
        aud: audience,
        sub: `repo:${NAMESPACE}:ref:refs/heads/main`,
        iat,
        nbf: iat,
        exp: iat + 300,
      };
      return Promise.resolve(`${base64url({ alg: 'none' })}.${base64url(claims)}.`);
    },
  };
}

const ENV_NAMES = [
  'AWS_ENDPOINT_URL_BACKUP',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API',
  'RUNNER_TEMP',
  'GITHUB_REPOSITORY',
  'GITHUB_STEP_SUMMARY',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
] as const;

export interface MatrixWorld {
  sim: SimulatorHandle;
  dir: string;
  run(command: 'backup' | 'prune'): Promise<CommandResult>;
  close(): Promise<void>;
}

/**
 * A simulator with the world, a workspace with the plan, and a runner of the real commands in this
 * process. The process environment and working directory are the run's while it is open (the SDK
 * reads endpoints from the environment; prune keeps its tag catalog in the working directory).
 */
export async function openMatrixWorld(world: World): Promise<MatrixWorld> {
  const sim = await startSimulator({ world, port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'fault-matrix-'));
  mkdirSync(join(dir, 'backup-plans'));
  mkdirSync(join(dir, 'temp'));
  writeFileSync(join(dir, 'backup-plans', 'prod.yml'), MATRIX_PLAN);
  const saved = ENV_NAMES.map((n) => [n, process.env[n]] as const);
  const cwd = process.cwd();
  for (const n of ENV_NAMES) delete process.env[n];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_BACKUP: sim.url,
    AWS_ENDPOINT_URL_STS: sim.url,
    AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API: sim.url,
    RUNNER_TEMP: join(dir, 'temp'),
    GITHUB_REPOSITORY: NAMESPACE,
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  process.chdir(dir);
  const tokens = idTokens(sim);
  return {
    sim,
    dir,
    run: async (command) => {
      const r: CommandResult = {
        command,
        exitCode: -1,
        errors: [],
        warnings: [],
        info: [],
        summary: '',
        outputs: {},
        report: undefined,
      };
      const host: Host = {
        kind: 'cli',
        info: (m) => r.info.push(m),
        warning: (m) => r.warnings.push(m),
        error: (m) => r.errors.push(m),
        summary: (md) => {
          r.summary += md;
          return Promise.resolve();
        },
        setOutput: (name, value) => (r.outputs[name] = String(value)),
        setSecret: () => {},
        idTokens: tokens,
      };
      const inputs: Inputs = {
        command,
        plans: join(dir, 'backup-plans'),
        dryRun: false,
        wait: false,
        maxDeletions: 10_000,
        applyRetentionToExisting: false,
        namespace: NAMESPACE,
      };
      const t0 = performance.now();
      try {
        r.exitCode = await (await loadCommand(command))(inputs, host);
      } catch (err) {
        r.threw = err instanceof Error ? (err.stack ?? err.message) : String(err);
      }
      r.ms = Math.round(performance.now() - t0);
      const path = r.outputs.report;
      if (!path) r.reportProblem = 'no report output';
      else
        try {
          r.report = JSON.parse(readFileSync(path, 'utf8'));
        } catch (err) {
          r.reportProblem = `report ${path} unreadable: ${String(err)}`;
        }
      return r;
    },
    close: async () => {
      process.chdir(cwd);
      for (const [n, v] of saved)
        if (v === undefined) delete process.env[n];
        else process.env[n] = v;
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The state a run sequence is judged by: which points exist, and how many jobs AWS holds per target. */
export interface Outcome {
  /** Seeded (pre-existing) points still present (DELETING counts as gone). */
  seededLeft: string[];
  /** Backup jobs per resource (not FAILED): more than the reference means a duplicate job. */
  backupJobs: Record<string, number>;
  /** Copy jobs (not FAILED) per resource and destination vault. */
  copyJobs: Record<string, number>;
  /** Points (not DELETING) per vault and resource. */
  points: Record<string, number>;
  /** Source point → destination pairs with more than one copy job (AWS would hold two copies). */
  duplicateCopies: string[];
}

/**
 * A job AWS failed holds nothing (e.g. a copy started while an unseen backup job of the same resource
 * ran): the comparison counts the jobs that made or will make a point.
 */
const notFailed = (j: Record<string, unknown>) => j.state !== 'FAILED';

/** Jobs still in flight in the simulator. */
export function activeJobs(sim: SimulatorHandle): number {
  let n = 0;
  for (const jobs of sim.sim.state.activeJobsByResource.values()) n += jobs.size;
  return n;
}

export function outcome(sim: SimulatorHandle, seeded: ReadonlySet<string>): Outcome {
  const d = sim.sim.dump();
  const live = d.recoveryPoints.filter((p) => p.status !== 'DELETING');
  const count = (keys: string[]) => {
    const out: Record<string, number> = {};
    for (const k of keys.sort()) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  return {
    seededLeft: live
      .filter((p) => seeded.has(p.arn))
      .map((p) => p.arn)
      .sort(),
    backupJobs: count(d.backupJobs.filter(notFailed).map((j) => String(j.resourceArn))),
    copyJobs: count(
      d.copyJobs.filter(notFailed).map((j) => `${String(j.resourceArn)} → ${String(j.destinationVaultArn)}`),
    ),
    points: count(live.map((p) => `${p.vault.region}/${p.vault.name} ${p.resourceArn}`)),
    duplicateCopies: Object.entries(
      count(
        d.copyJobs
          .filter(notFailed)
          .map((j) => `${String(j.sourceRecoveryPointArn)} → ${String(j.destinationVaultArn)}`),
      ),
    )
      .filter(([, n]) => n > 1)
      .map(([k, n]) => `${k} ×${n}`),
  };
}
