// audit end to end: `node dist/cli.js audit` against the simulator. A healthy world passes every
// control; each breakage fails exactly the matching control, with evidence.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { runCli } from './harness.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const DR = 'eu-central-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
const DB = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
const snap = (n: number, region = REGION) =>
  `arn:aws:ec2:${region}::snapshot/snap-${String(n).padStart(17, '0')}`;
const owned = (day: string) => ({
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily',
  'backup-plans:slot': `2026-03-${day}T03:00:00Z`,
});
const DAYS = ['04', '05', '06', '07', '08'];

function world(): World {
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

const PLAN = `version: 1
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

interface Control {
  control: string;
  status: 'pass' | 'fail' | 'info';
  resource?: string;
  rule?: string;
  vault?: string;
  evidence: string;
}

let h: SimulatorHandle | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function audit(w: World, before?: (h: SimulatorHandle) => Promise<void>) {
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

describe('audit (CLI against the simulator)', () => {
  it('a healthy world passes every control', async () => {
    const r = await audit(world());
    expect(r.failed, r.stderr).toEqual([]);
    expect(r.exitCode).toBe(0);
    const ids = new Set(r.controls.map((c) => c.control));
    for (const id of [
      'rpo',
      'retention',
      'encrypted',
      'copy',
      'vault-lock',
      'unprotected',
      'double-protection',
    ])
      expect(ids, id).toContain(id);
    const rpo = r.controls.find((c) => c.control === 'rpo')!;
    expect(rpo.evidence).toContain(snap(5));
    expect(rpo.evidence).toContain('RPO 1d4h (gap 1d + start 1h + complete 2h + slack 1h)');
    expect(r.controls.find((c) => c.control === 'vault-lock')!.evidence).toMatch(/not locked/);
  });

  it('a copy destination without points fails the copy control only', async () => {
    const w = world();
    w.recoveryPoints = w.recoveryPoints!.filter((p) => typeof p.vault === 'string');
    const r = await audit(w);
    expect(r.exitCode).toBe(1);
    expect(r.failed.map((c) => c.control)).toEqual(['copy']);
    expect(r.failed[0]!.evidence).toBe(`no completed cross-region copy in production-dr (${ACCOUNT}/${DR})`);
  });

  it('a lapsed RPO on the simulated clock fails the rpo control only (the dead-man’s switch)', async () => {
    // Newest point 2026-03-08T03:01; the RPO is 28h: at 03-09T07:02 it is 28h01m old.
    const r = await audit(world(), async (sim) => {
      await sim.sim.advance(19 * 3600 + 2 * 60);
    });
    expect(r.exitCode).toBe(1);
    expect(r.failed.map((c) => c.control)).toEqual(['rpo']);
    expect(r.failed[0]!.evidence).toContain(`newest ${snap(5)} created 2026-03-08T03:01:00.000Z, 1d4h1m ago`);
    expect(r.stderr).toContain('rpo');
  });

  it('unencrypted recovery points fail the encrypted control only', async () => {
    const w = world();
    w.resources = [{ arn: VOLUME, tags: { backup: 'daily' }, encrypted: false }];
    const r = await audit(w);
    expect(r.failed.map((c) => c.control)).toEqual(['encrypted']);
    expect(r.failed[0]!.evidence).toMatch(/^10 of 10 point\(s\) unencrypted/);
  });

  it('a resource with the selector tags that no plan protects fails the unprotected control only', async () => {
    const w = world();
    w.resources!.push({ arn: DB, tags: { backup: 'daily' } });
    const r = await audit(w);
    expect(r.failed.map((c) => c.control)).toEqual(['unprotected']);
    expect(r.failed[0]!.evidence).toBe(
      `1 resource(s) carry tags backup=daily but no plan protects them: ${DB}`,
    );
  });

  it('a resource also in an AWS Backup plan selection fails the double-protection control only', async () => {
    const w = world();
    w.backupPlans = [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'legacy-daily',
        selections: [{ name: 'volumes', iamRoleArn: BACKUP_ROLE, resources: ['arn:aws:ec2:*:*:volume/*'] }],
      },
    ];
    const r = await audit(w);
    expect(r.failed.map((c) => c.control)).toEqual(['double-protection']);
    expect(r.failed[0]!.resource).toBe(VOLUME);
    expect(r.failed[0]!.evidence).toBe('also protected by AWS Backup plan legacy-daily (selection volumes)');
  });
});
