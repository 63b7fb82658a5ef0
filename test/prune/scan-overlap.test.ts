// prune scans its vaults at once (prune/run.ts scanAll): a scan mostly waits on AWS, so the next
// vault's reads overlap it. The reports, errors and log lines still keep the vaults' order, however
// the scans finish. Order is observed from the requests each client sends, never from timings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { awsClients, type BackupClient } from '../../src/aws/clients.js';
import { AdaptiveLimiter } from '../../src/aws/rate-limiter.js';
import { loadPlans, type Plan } from '../../src/plan/index.js';
import { Catalog } from '../../src/prune/catalog.js';
import type { ExecClients } from '../../src/prune/execute.js';
import { runPrune } from '../../src/prune/run.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, NAMESPACE, REGION } from './e2e-world.js';

const DR_REGION = 'eu-central-1';
const credentials = { accessKeyId: 'AKIAPRUNEOVERLAP0001', secretAccessKey: 'test' };
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
    copyTo:
      - region: ${DR_REGION}
        vault: production-dr
        retain: { keep: { last: 3 } }
`;

let workdir: string;
let plan: Plan;
const saved = { ...process.env };

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), 'prune-overlap-'));
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

/**
 * The Backup client of `region`, recording `<region> <operation>` of each request as it is sent,
 * and `<region> <operation> answered` once its answer is in.
 */
function recording(region: string, sent: string[]): BackupClient {
  const client = awsClients({ credentials, region }).backup;
  const send = client.send.bind(client) as (command: object) => Promise<unknown>;
  Object.defineProperty(client, 'send', {
    value: (command: object) => {
      const name = `${region} ${command.constructor.name.replace(/Command$/, '')}`;
      sent.push(name);
      return send(command).then((answer) => {
        sent.push(`${name} answered`);
        return answer;
      });
    },
  });
  return client;
}

it('scans the copy destination while the source vault is still answering, and reports both in the vaults’ order', async () => {
  const sim = await startSimulator({
    world: {
      start: '2026-09-10T12:00:00Z',
      accounts: [ACCOUNT],
      vaults: [
        { account: ACCOUNT, region: REGION, name: 'production' },
        { account: ACCOUNT, region: DR_REGION, name: 'production-dr' },
      ],
    },
    port: 0,
  });
  try {
    process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
    process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
    // The source vault answers its listing slowly: a scan that waited for it would send nothing else meanwhile.
    sim.sim.addFault({ operation: 'ListRecoveryPointsByBackupVault', region: REGION, latencyMs: 200 });
    // The destination cannot be described: its scan fails, and its error must still come second.
    sim.sim.addFault({
      operation: 'DescribeBackupVault',
      region: DR_REGION,
      fail: { count: 1, error: 'AccessDeniedException' },
    });
    const sent: string[] = [];
    const backup = new Map([REGION, DR_REGION].map((region) => [region, recording(region, sent)]));
    const tagging = awsClients({ credentials, region: REGION }).tagging;
    const limiter = new AdaptiveLimiter({ initialRps: 500 });
    const clients: ExecClients = {
      backup: (_role, region) => backup.get(region)!,
      tagging: () => tagging,
      writer: (_role, region) => backup.get(region)!,
      limiter: () => limiter,
    };
    const log: string[] = [];
    const report = await runPrune({
      plans: [{ plan, namespace: NAMESPACE }],
      folderPlanIds: new Set(['prod']),
      clients,
      catalog: new Catalog(),
      now: () => sim.sim.now(),
      dryRun: false,
      maxDeletions: 10,
      applyRetentionToExisting: false,
      log: (message) => log.push(message),
    });

    // Both listings went out before the source vault's slow listing was answered.
    expect(sent.indexOf(`${DR_REGION} ListRecoveryPointsByBackupVault`)).toBeGreaterThanOrEqual(0);
    expect(sent.indexOf(`${REGION} ListRecoveryPointsByBackupVault answered`)).toBeGreaterThanOrEqual(0);
    expect(sent.indexOf(`${DR_REGION} ListRecoveryPointsByBackupVault`)).toBeLessThan(
      sent.indexOf(`${REGION} ListRecoveryPointsByBackupVault answered`),
    );
    // Each vault's DescribeBackupVault goes out with its listing, not after the listing's answer.
    for (const region of [REGION, DR_REGION])
      expect(sent.indexOf(`${region} DescribeBackupVault`)).toBeLessThan(
        sent.indexOf(`${region} ListRecoveryPointsByBackupVault answered`),
      );
    // The destination's scan ended first; the report still lists the source vault first.
    expect(report.vaults.map((v) => `${v.region}/${v.vault}`)).toEqual([
      `${REGION}/production`,
      `${DR_REGION}/production-dr`,
    ]);
    expect(report.vaults[0]!.error).toBeUndefined();
    expect(report.vaults[1]!.error).toMatch(/production-dr could not be scanned/);
    expect(report.errors).toHaveLength(1);
    expect(log.filter((line) => line.includes('points listed'))).toEqual([
      `${ACCOUNT}/${REGION}/production: 0 points listed, 0 resource group(s) of ours`,
    ]);
  } finally {
    await sim.close();
  }
});

it('a vault whose listing fails is reported only once the reads its scan started ahead have settled', async () => {
  const sim = await startSimulator({
    world: {
      start: '2026-09-10T12:00:00Z',
      accounts: [ACCOUNT],
      vaults: [
        { account: ACCOUNT, region: REGION, name: 'production' },
        { account: ACCOUNT, region: DR_REGION, name: 'production-dr' },
      ],
    },
    port: 0,
  });
  try {
    process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
    process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
    // The source vault's DescribeBackupVault (sent with its listing) answers only after the listing failed.
    sim.sim.addFault({ operation: 'DescribeBackupVault', region: REGION, latencyMs: 150 });
    sim.sim.addFault({
      operation: 'ListRecoveryPointsByBackupVault',
      region: REGION,
      fail: { count: 1, error: 'AccessDeniedException' },
    });
    const sent: string[] = [];
    const backup = new Map([REGION, DR_REGION].map((region) => [region, recording(region, sent)]));
    const tagging = awsClients({ credentials, region: REGION }).tagging;
    const limiter = new AdaptiveLimiter({ initialRps: 500 });
    const report = await runPrune({
      plans: [{ plan, namespace: NAMESPACE }],
      folderPlanIds: new Set(['prod']),
      clients: {
        backup: (_role, region) => backup.get(region)!,
        tagging: () => tagging,
        writer: (_role, region) => backup.get(region)!,
        limiter: () => limiter,
      },
      catalog: new Catalog(),
      now: () => sim.sim.now(),
      dryRun: false,
      maxDeletions: 10,
      applyRetentionToExisting: false,
    });
    expect(report.vaults[0]!.error).toMatch(/production could not be scanned/);
    // Nothing of the failed scan is still in flight once the run has reported.
    expect(sent).toContain(`${REGION} DescribeBackupVault answered`);
  } finally {
    await sim.close();
  }
});
