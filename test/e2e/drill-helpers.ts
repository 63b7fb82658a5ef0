// Shared setup of the drill e2e suites (drill.test.ts, drill-scenarios.test.ts): four resources of
// the four drillable types with two points each, a plan that drills daily points every 30 days, and
// the CLI run while the simulated clock moves (drill polls in real time).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { runCli } from './harness.js';

export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
export const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
export const DB = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
export const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
export const TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/events`;
export const SOURCES = [VOLUME, DB, FS, TABLE];
const owned = {
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily',
};

export function world(): World {
  return {
    start: '2026-03-08T12:00:00Z',
    accounts: [ACCOUNT],
    roles: [{ arn: ROLE }, { arn: BACKUP_ROLE }],
    vaults: [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'production',
        kmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
      },
    ],
    resources: SOURCES.map((arn) => ({ arn, tags: { backup: 'daily', team: 'data' } })),
    recoveryPoints: SOURCES.flatMap((resourceArn) =>
      ['2026-03-07T03:01:00Z', '2026-03-08T03:01:00Z'].map((created) => ({
        vault: 'production',
        resourceArn,
        created,
        lifecycle: { deleteAfterDays: 35 },
        // DynamoDB's own backups (no advanced features) carry no tags.
        ...(resourceArn === TABLE ? {} : { tags: owned }),
      })),
    ),
  };
}

export const plan = (issues: boolean) => `version: 1
namespace: acme/infra
aws:
  account: "${ACCOUNT}"
  region: ${REGION}
  role: ${ROLE}
  backupRole: ${BACKUP_ROLE}
vault: production
resources:
  include:
    - tags: { backup: daily }
      types: [ec2:volume, rds:db, elasticfilesystem:file-system, dynamodb:table]
rules:
  daily:
    schedule: "0 3 * * *"
    startWithin: 1h
    completeWithin: 2h
    retain: { days: 35 }
    drill: { every: 30d }
notify:
  issues: ${issues}
`;

export interface Env {
  sim: SimulatorHandle;
  dir: string;
}

/** A simulator with `world()` and a workspace with plan prod; the caller closes `sim`. */
export async function setup(issues = false): Promise<Env> {
  const sim = await startSimulator({ world: world() });
  const dir = mkdtempSync(join(tmpdir(), 'drill-e2e-'));
  mkdirSync(join(dir, 'backup-plans'));
  writeFileSync(join(dir, 'backup-plans', 'prod.yml'), plan(issues));
  return { sim, dir };
}
export const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDDRILLEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'drill-secret',
  AWS_REGION: REGION,
};

/** Runs `work` while the simulated clock moves a minute every 100 ms (the command polls in real time). */
export async function ticking<T>(env: Env, work: () => Promise<T>): Promise<T> {
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 100));
      env.sim.sim.advance(60);
    }
  })();
  try {
    return await work();
  } finally {
    done = true;
    await ticker;
  }
}

export const cli = (env: Env, args: string[]) =>
  ticking(env, () => runCli(args, { sim: env.sim, cwd: env.dir, env: AWS_ENV }));

export interface Control {
  control: string;
  status: string;
  resource?: string;
  evidence: string;
}
export async function audit(env: Env) {
  const r = await runCli(['audit', '--plan', 'prod', '--json'], { sim: env.sim, cwd: env.dir, env: AWS_ENV });
  const controls = (JSON.parse(r.stdout) as { plans: { controls: Control[] }[] }).plans[0]!.controls;
  return { ...r, controls, drill: controls.filter((c) => c.control === 'drill') };
}

export interface DrillReport {
  command: string;
  startedAt: string;
  finishedAt: string;
  plans: {
    plan: string;
    failed: number;
    skipped: unknown[];
    drills: {
      resource: string;
      result: string;
      pointArn: string;
      temporaryResource: string;
      rtoSeconds: number;
      restoreSeconds: number;
      deleted: boolean;
      evidenceTag?: string;
      error?: string;
    }[];
  }[];
}
