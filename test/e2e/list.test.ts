// list end to end: `node dist/cli.js list` against the simulator.
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
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
const snap = (n: number, region = REGION) =>
  `arn:aws:ec2:${region}::snapshot/snap-${String(n).padStart(17, '0')}`;
const owned = (day: string) => ({
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily',
  'backup-plans:slot': `2026-03-${day}T03:00:00Z`,
});

function world(): World {
  const days = ['01', '02', '03', '04', '05', '06', '07', '08'];
  return {
    start: '2026-03-08T12:00:00Z',
    accounts: [ACCOUNT],
    roles: [{ arn: ROLE }],
    vaults: [
      { account: ACCOUNT, region: REGION, name: 'production' },
      {
        account: ACCOUNT,
        region: DR,
        name: 'production-dr',
        lock: { minRetentionDays: 1, maxRetentionDays: 400 },
      },
    ],
    resources: [{ arn: VOLUME, tags: { backup: 'daily' }, sizeGiB: 2 }],
    recoveryPoints: [
      ...days.map((d, i) => ({
        vault: 'production',
        resourceArn: VOLUME,
        arn: snap(i + 1),
        created: `2026-03-${d}T03:01:00Z`,
        tags: owned(d),
      })),
      {
        vault: 'production',
        resourceArn: VOLUME,
        arn: snap(50),
        created: '2026-02-01T03:00:00Z',
        tags: { other: 'x' },
      },
      {
        vault: { account: ACCOUNT, region: DR, name: 'production-dr' },
        resourceArn: VOLUME,
        arn: snap(60, DR),
        created: '2026-03-07T03:01:00Z',
        tags: owned('07'),
        lifecycle: { deleteAfterDays: 90 },
      },
    ],
    legalHolds: [
      {
        account: ACCOUNT,
        region: REGION,
        title: 'audit',
        resourceIdentifiers: [VOLUME],
        dateRange: { from: '2026-03-01T00:00:00Z', to: '2026-03-01T23:00:00Z' },
      },
    ],
  };
}

const PLAN = `version: 1
namespace: acme/infra
aws:
  account: "${ACCOUNT}"
  region: ${REGION}
  role: ${ROLE}
  backupRole: arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - ${VOLUME}
rules:
  daily:
    schedule: "0 3 * * *"
    retain:
      keep: { daily: 3, weekly: 2 }
    copyTo:
      - region: ${DR}
        vault: production-dr
        retain: { days: 90 }
`;

let h: SimulatorHandle | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function list(args: string[]) {
  h = await startSimulator({ world: world() });
  const dir = mkdtempSync(join(tmpdir(), 'list-e2e-'));
  mkdirSync(join(dir, 'backup-plans'));
  writeFileSync(join(dir, 'backup-plans', 'prod.yml'), PLAN);
  return runCli(['list', ...args], {
    sim: h,
    cwd: dir,
    env: { AWS_ACCESS_KEY_ID: 'AKIDLISTEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_REGION: REGION },
  });
}

interface Json {
  plans: {
    plan: string;
    points: {
      arn: string;
      vault: string;
      reasons: string[];
      legalHold: boolean;
      locked: boolean;
      expires?: string;
    }[];
    freshness: { rule: string; status: string; newestAgeHours?: number }[];
  }[];
}

describe('list (CLI against the simulator)', () => {
  it('--json: every point of the plan in its vaults with the reasons it is kept', async () => {
    const r = await list(['--plan', 'prod', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Json;
    const [plan] = out.plans;
    const byArn = new Map(plan!.points.map((p) => [p.arn, p]));
    expect(byArn.size).toBe(10);
    // keep daily 3, weekly 2: the three newest days, and the newest of the previous ISO week (Sun 1 March).
    expect(byArn.get(snap(8))!.reasons[0]).toMatch(/^daily: .*daily \(2026-03-08\)/);
    expect(byArn.get(snap(8))!.reasons[0]).toMatch(/weekly \(2026-W10\)/);
    expect(byArn.get(snap(1))!.reasons[0]).toMatch(/^daily: weekly \(2026-W09\)/);
    expect(byArn.get(snap(1))!.legalHold).toBe(true);
    expect(byArn.get(snap(1))!.reasons).toContain('legal hold: nothing deletes it while held');
    expect(byArn.get(snap(4))!.reasons).toEqual([
      'daily: kept by no tier of keep; the next prune removes it',
    ]);
    expect(byArn.get(snap(50))!.reasons).toEqual(['not this plan’s: never pruned by it']);
    const copy = byArn.get(snap(60, DR))!;
    expect(copy.vault).toBe(`production-dr (${ACCOUNT}/${DR})`);
    expect(copy.locked).toBe(true);
    expect(copy.reasons[0]).toBe('daily: retain.days 90, AWS deletes it at 2026-06-05T03:01:00.000Z');
    expect(plan!.freshness).toEqual([
      expect.objectContaining({ rule: 'daily', status: 'ok', newestAgeHours: 9 }),
    ]);
  });

  it('a readable table for people', async () => {
    const r = await list([]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('plan prod: 10 recovery point(s)');
    expect(r.stdout).toMatch(/resource\s+vault\s+point\s+age\s+size\s+status/);
    expect(r.stdout).toMatch(
      /volume\/vol-1\s+production-dr \(123456789012\/eu-central-1\)\s+snapshot\/snap-0+60\s+33h\s+2\.0 GiB\s+COMPLETED\s+WARM\s+lock/,
    );
    expect(r.stdout).toContain('daily: ok, newest 9h old');
  });
});
