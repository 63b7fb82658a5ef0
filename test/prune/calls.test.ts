// AWS calls of prune runs against the simulator (issue 13: calls are money and rate-limit headroom).
// 30 volumes with 6 daily points each under `keep: { last: 5 }`: every run removes one point per
// resource. The Tagging API reads are batched, 100 ARNs a call, never one call per resource:
// - the plan's tag selector asks for the backup-able types only, so the snapshots that carry the
//   volumes' tags (AWS copies them onto the points) do not page through selection;
// - on a warm run, the points kept on the catalog's word in every group that removes something are
//   re-read live together (the safety re-read of scan.ts), not group by group.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import { AdaptiveLimiter } from '../../src/aws/rate-limiter.js';
import { loadPlans, type Plan } from '../../src/plan/index.js';
import { Catalog } from '../../src/prune/catalog.js';
import type { ExecClients } from '../../src/prune/execute.js';
import { runPrune } from '../../src/prune/run.js';
import { startSimulator, type WorldRecoveryPoint } from '../../src/simulator/index.js';
import { ACCOUNT, NAMESPACE, ownership, pointArn, REGION, volume } from './e2e-world.js';

const RESOURCES = Array.from({ length: 30 }, (_, i) => volume(`vol-${String(i).padStart(3, '0')}`));
const DAY = 86_400_000;
const NOW = Date.parse('2026-09-10T12:00:00Z');
const credentials = { accessKeyId: 'AKIAPRUNECALLS000001', secretAccessKey: 'test' };
const PLAN = `version: 1
namespace: ${NAMESPACE}
aws:
  account: '${ACCOUNT}'
  region: ${REGION}
  role: arn:aws:iam::${ACCOUNT}:role/backup-plans
  backupRole: arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - tags: { backup: daily }
rules:
  daily:
    schedule: '0 3 * * *'
    retain:
      keep: { last: 5 }
`;

/** The resource's point of `day` days before NOW's 03:00 slot, with the volume's tags as AWS copies them. */
function daily(resourceArn: string, day: number): WorldRecoveryPoint & { arn: string } {
  const created = new Date(Date.parse('2026-09-10T03:00:00Z') - day * DAY);
  return {
    vault: 'production',
    resourceArn,
    arn: pointArn(resourceArn, `${resourceArn}/${day}`),
    created: created.toISOString(),
    tags: { backup: 'daily', ...ownership('prod', ['daily'], created) },
  };
}

let workdir: string;
let plan: Plan;
const saved = { ...process.env };

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), 'prune-calls-'));
  const dir = join(workdir, 'backup-plans');
  mkdirSync(dir);
  writeFileSync(join(dir, 'prod.yml'), PLAN);
  const loaded = await loadPlans(dir);
  expect(loaded.errors).toEqual([]);
  plan = loaded.plans[0]!;
});
afterAll(() => {
  process.env = saved;
  rmSync(workdir, { recursive: true, force: true });
});

it('reads tags 100 ARNs a call: selection one page, warm re-reads of kept points batched across resources', async () => {
  const sim = await startSimulator({
    world: {
      start: new Date(NOW).toISOString(),
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: RESOURCES.map((arn) => ({ arn, tags: { backup: 'daily' } })),
      recoveryPoints: RESOURCES.flatMap((arn) => [1, 2, 3, 4, 5, 6].map((day) => daily(arn, day))),
    },
    port: 0,
  });
  try {
    process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
    process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
    const reads = awsClients({ credentials, region: REGION });
    const writes = awsClients({ credentials, region: REGION, retryThrottling: false });
    const limiter = new AdaptiveLimiter({ initialRps: 500 });
    const clients: ExecClients = {
      backup: () => reads.backup,
      tagging: () => reads.tagging,
      writer: () => writes.backup,
      limiter: () => limiter,
    };
    const catalog = new Catalog();
    const prune = async () => {
      sim.sim.resetStats();
      const report = await runPrune({
        plans: [{ plan, namespace: NAMESPACE }],
        folderPlanIds: new Set(['prod']),
        clients,
        catalog,
        now: () => sim.sim.now(),
        dryRun: false,
        maxDeletions: 10_000,
        applyRetentionToExisting: false,
      });
      expect(report.errors).toEqual([]);
      return { report, calls: sim.sim.stats().calls };
    };

    // Cold: 180 points' tags (2 calls), selection (1: not 3 pages of volumes and snapshots; it
    // brings the volumes' own tags too), the re-read before the one batch of 30 deletions (1).
    const cold = await prune();
    expect(cold.report.totals.deleted).toBe(30);
    expect(cold.calls.GetResources).toBe(4);
    expect(cold.calls.DeleteRecoveryPoint).toBe(30);
    // The legal holds are read once some decision would remove a point.
    expect(cold.calls.ListLegalHolds).toBe(1);

    // A day later every volume has a new point: the 30 new ones are read (1), the 120 kept ones the
    // catalog vouches for are re-read live before anything goes (2, not one per volume), selection
    // with the volumes' tags (1), the re-read before deleting (1).
    sim.sim.advance(DAY / 1000);
    sim.sim.patchWorld({ recoveryPoints: RESOURCES.map((arn) => daily(arn, 0)) });
    const warm = await prune();
    expect(warm.report.totals.deleted).toBe(30);
    expect(warm.calls.GetResources).toBe(5);
    expect(warm.calls.DeleteRecoveryPoint).toBe(30);
    expect(warm.calls.ListLegalHolds).toBe(1);

    // Again with nothing new: nothing to remove, so no re-reads and no legal holds (a hold only
    // turns a removal into a guard): the listing, the vault and the selection's pages, nothing else.
    const idle = await prune();
    expect(idle.report.totals.deleted).toBe(0);
    expect(Object.keys(idle.calls).sort()).toEqual([
      'DescribeBackupVault',
      'GetResources',
      'ListRecoveryPointsByBackupVault',
    ]);
    expect(idle.calls.DescribeBackupVault).toBe(1);
    for (const c of [reads, writes]) for (const client of Object.values(c)) client.destroy();
  } finally {
    await sim.close();
  }
});
