// The world, plan and CLI run shared by the audit e2e files (audit.test.ts, audit-scenarios.test.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { runCli } from './harness.js';

export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
export const DR = 'eu-central-1';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
export const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
export const DB = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
export const snap = (n: number, region = REGION) =>
  `arn:aws:ec2:${region}::snapshot/snap-${String(n).padStart(17, '0')}`;
export const owned = (day: string) => ({
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily',
  'backup-plans:slot': `2026-03-${day}T03:00:00Z`,
});
export const DAYS = ['04', '05', '06', '07', '08'];

export function world(): World {
  return {
    start: '2026-03-08T12:00:00Z',
    accounts: [ACCOUNT],
    roles: [{ arn: ROLE }],
    vaults: [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'production',
        kmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
      },
      { account: ACCOUNT, region: DR, name: 'production-dr' },
    ],
    resources: [{ arn: VOLUME, tags: { backup: 'daily' } }],
    recoveryPoints: [
      ...DAYS.map((d, i) => ({
        vault: 'production',
        resourceArn: VOLUME,
        arn: snap(i + 1),
        created: `2026-03-${d}T03:01:00Z`,
        tags: owned(d),
        lifecycle: { deleteAfterDays: 35 },
      })),
      ...DAYS.map((d, i) => ({
        vault: { account: ACCOUNT, region: DR, name: 'production-dr' },
        resourceArn: VOLUME,
        arn: snap(i + 1, DR),
        created: `2026-03-${d}T03:01:00Z`,
        tags: owned(d),
        lifecycle: { deleteAfterDays: 90 },
      })),
    ],
  };
}

export const PLAN = `version: 1
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
      types: [ec2:volume]
rules:
  daily:
    schedule: "0 3 * * *"
    startWithin: 1h
    completeWithin: 2h
    retain: { days: 35 }
    copyTo:
      - region: ${DR}
        vault: production-dr
        retain: { days: 90 }
notify:
  issues: false
`;

export interface Control {
  control: string;
  status: 'pass' | 'fail' | 'info';
  resource?: string;
  rule?: string;
  vault?: string;
  evidence: string;
}

let h: SimulatorHandle | undefined;
/** Stops the simulator of the last audit (each test file calls it after each test). */
export async function closeAudit(): Promise<void> {
  await h?.close();
  h = undefined;
}

export async function audit(w: World, before?: (h: SimulatorHandle) => Promise<void>) {
  h = await startSimulator({ world: w });
  if (before) await before(h);
  const dir = mkdtempSync(join(tmpdir(), 'audit-e2e-'));
  mkdirSync(join(dir, 'backup-plans'));
  writeFileSync(join(dir, 'backup-plans', 'prod.yml'), PLAN);
  const r = await runCli(['audit', '--plan', 'prod', '--json'], {
    sim: h,
    cwd: dir,
    env: { AWS_ACCESS_KEY_ID: 'AKIDAUDITEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: REGION },
  });
  const controls = (JSON.parse(r.stdout) as { plans: { controls: Control[] }[] }).plans[0]!.controls;
  return { ...r, controls, failed: controls.filter((c) => c.status === 'fail') };
}
