// PlanRun's copies against the simulator: AWS does not copy a cold point, and the vault listing
// dates each point's cold transition (CalculatedLifecycle.MoveToColdStorageAt), so
// DescribeRecoveryPoint is asked only for a point whose transition has come (or is unknown).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, owned, plan, rule } from './fixtures.js';

const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const fs = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`;
// A weekly rule (Mondays 03:00); the world starts on Tuesday 03:20, so Monday's points satisfy the slot.
const SLOT = '2026-03-09T03:00:00Z';
const NEVER_COLD = fs('fs-never-cold');
const COLD_TOMORROW = fs('fs-cold-tomorrow');
const COLD_NOW = fs('fs-cold-now');

let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };

function idToken(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    sub: 'repo:acme/infra:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    iss: 'https://token.actions.githubusercontent.com',
    exp: Math.floor(Date.parse('2030-01-01T00:00:00Z') / 1000),
  };
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`;
}

const seeded = (
  resourceArn: string,
  lifecycle: { deleteAfterDays: number; moveToColdStorageAfterDays?: number },
) => ({
  vault: 'production',
  resourceArn,
  created: SLOT,
  tags: owned('weekly', SLOT),
  lifecycle,
});

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: '2026-03-10T03:20:00Z',
      accounts: [ACCOUNT],
      roles: [
        { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
        { arn: BACKUP_ROLE },
      ],
      vaults: [
        { account: ACCOUNT, region: REGION, name: 'production' },
        { account: ACCOUNT, region: 'eu-central-1', name: 'production-dr' },
      ],
      resources: [NEVER_COLD, COLD_TOMORROW, COLD_NOW].map((arn) => ({ arn, sizeGiB: 1 })),
      recoveryPoints: [
        seeded(NEVER_COLD, { deleteAfterDays: 35 }),
        seeded(COLD_TOMORROW, { moveToColdStorageAfterDays: 2, deleteAfterDays: 120 }),
        seeded(COLD_NOW, { moveToColdStorageAfterDays: 1, deleteAfterDays: 120 }),
      ],
    },
    port: 0,
  });
  for (const service of ['STS', 'BACKUP', 'RESOURCE_GROUPS_TAGGING_API'])
    process.env[`AWS_ENDPOINT_URL_${service}`] = sim.url;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(async () => {
  process.env = { ...saved };
  await sim.close();
});

it('copies the warm points without DescribeRecoveryPoint and skips the cold one after asking AWS', async () => {
  const ctx = new AwsContext(
    new OidcCredentialSource({
      setSecret: () => {},
      idTokens: { getIdToken: () => Promise.resolve(idToken()) },
      region: REGION,
    }),
  );
  const weekly = rule({
    name: 'weekly',
    schedule: '0 3 * * 1',
    retain: { days: 120, coldAfterDays: 1 },
    copyTo: [{ account: ACCOUNT, region: 'eu-central-1', vault: 'production-dr', retain: { days: 30 } }],
  });
  const run = new PlanRun(
    plan([weekly], {
      namespace: 'acme/infra',
      resources: { include: [NEVER_COLD, COLD_TOMORROW, COLD_NOW].map((arn) => ({ arn })), exclude: [] },
    }),
    { ctx, clock: new ServerClock(), dryRun: false, namespace: 'acme/infra', log: () => {} },
  );
  try {
    sim.sim.resetStats();
    expect(await run.prepare(), JSON.stringify(run.report)).toBe(true);
    await run.backups();
    await run.copies();
    const byResource = new Map(run.report.copies.map((c) => [c.resourceArn, c]));
    expect(byResource.get(NEVER_COLD)?.outcome).toBe('started');
    expect(byResource.get(COLD_TOMORROW)?.outcome).toBe('started');
    expect(byResource.get(COLD_NOW)).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/cold/),
    });
    const { calls } = sim.sim.stats();
    expect(calls.StartCopyJob).toBe(2);
    // Only the point whose cold date has passed is described.
    expect(calls.DescribeRecoveryPoint).toBe(1);
    expect(calls.StartBackupJob ?? 0).toBe(0);
  } finally {
    ctx.destroy();
  }
});
