// PlanRun tags completed copies against the simulator: copies of one slot carry the same tags, so
// TagResources (20 ARNs and one tag set a call) tags them together, and its FailedResourcesMap fails
// only the copies it names: those are reported and left to their lifecycle, the others are ours.
import { DeleteRecoveryPointCommand } from '@aws-sdk/client-backup';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, plan, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const DR = 'eu-central-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const VOLUMES = Array.from({ length: 25 }, (_, i) => vol(`vol-${String(i).padStart(3, '0')}`));

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
        { account: ACCOUNT, region: DR, name: 'production-dr' },
      ],
      resources: VOLUMES.map((arn) => ({ arn, tags: { backup: 'daily' }, sizeGiB: 1 })),
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

it('tags the copies of a slot 20 a call; a copy TagResources names as failed is reported, the others are tagged', async () => {
  const ctx = new AwsContext(
    new OidcCredentialSource({
      setSecret: () => {},
      idTokens: { getIdToken: () => Promise.resolve(idToken()) },
      region: REGION,
    }),
  );
  const daily = rule({
    name: 'daily',
    copyTo: [{ account: ACCOUNT, region: DR, vault: 'production-dr', retain: { days: 30 } }],
  });
  const run = async () => {
    const r = new PlanRun(plan([daily], { namespace: 'acme/infra' }), {
      ctx,
      clock: new ServerClock(),
      dryRun: false,
      namespace: 'acme/infra',
      log: () => {},
    });
    expect(await r.prepare(), JSON.stringify(r.report)).toBe(true);
    await r.backups();
    await r.copies();
    return r.report;
  };
  try {
    expect((await run()).resources.filter((r) => r.outcome === 'started')).toHaveLength(25);
    sim.sim.advance(2 * 3600);
    expect((await run()).copies.filter((c) => c.outcome === 'started')).toHaveLength(25);
    sim.sim.advance(2 * 3600);

    // Someone deletes one copy before the next run tags it: AWS names it in FailedResourcesMap.
    const copies = [...sim.sim.state.points.values()].filter((p) => p.vault.region === DR);
    expect(copies).toHaveLength(25);
    const gone = copies[7]!.arn;
    await ctx
      .backup(ROLE, DR)
      .send(new DeleteRecoveryPointCommand({ BackupVaultName: 'production-dr', RecoveryPointArn: gone }));
    sim.sim.advance(120);

    sim.sim.resetStats();
    const report = await run();
    const { calls } = sim.sim.stats();
    expect(calls.TagResources).toBe(2); // 24 copies to tag: 20 + 4
    const byOutcome = (o: string) => report.copies.filter((c) => c.outcome === o);
    expect(byOutcome('tagged')).toHaveLength(24);
    expect(byOutcome('tag-failed')).toEqual([
      expect.objectContaining({
        destinationPointArn: gone,
        message: expect.stringMatching(/the copy is left to its lifecycle$/),
      }),
    ]);
    for (const p of copies.filter((c) => c.arn !== gone))
      expect(sim.sim.state.points.get(p.arn)!.tags).toMatchObject({
        'backup-plans:namespace': 'acme/infra',
        'backup-plans:plan': 'prod',
        'backup-plans:rules': 'daily',
        'backup-plans:slot': '2026-03-10T03:00:00Z',
        'backup-plans:copy-job': 'completed',
      });

    // The next run finds the 24 tagged; only the failed one is tried again (for 3 days after completion).
    sim.sim.resetStats();
    const again = await run();
    expect(sim.sim.stats().calls.TagResources).toBe(1);
    expect(again.copies.map((c) => [c.destinationPointArn, c.outcome])).toEqual([[gone, 'tag-failed']]);
  } finally {
    ctx.destroy();
  }
});
