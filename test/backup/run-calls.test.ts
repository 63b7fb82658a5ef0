// Calls of a backup plan run against the simulator, per operation (issues 12 and 13: fewer reads per
// run, same decisions). A point whose ownership tags were read once is not read again for a backup
// decision (the tag memo: this run's reads, or prune's catalog in `simulate`); the destinations'
// DescribeBackupVault only when a copy is still to be made; DescribeRegionSettings only when a job
// would start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import type { SelectorAnswers } from '../../src/aws/resources.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import { Catalog } from '../../src/prune/catalog.js';
import type { PointTagMemo } from '../../src/run/tag-memo.js';
import { RunTagMemo } from '../../src/run/tag-memo.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, plan, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const DR = 'eu-central-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const VOLUMES = [vol('vol-001'), vol('vol-002')];
// EFS points are `arn:aws:backup:…:recovery-point:…`: their tags are read with ListTags, one a call.
const FILE_SYSTEMS = [
  `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-001`,
  `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-002`,
];

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
      resources: [...VOLUMES, ...FILE_SYSTEMS].map((arn) => ({ arn, tags: { backup: 'daily' }, sizeGiB: 1 })),
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

// A daily rule copied to DR, and a monthly one: its slot (the 1st) keeps every point of the month
// relevant to the due decision, so without the memo each run reads the tags of all of them.
const PLAN = plan(
  [
    rule({
      name: 'daily',
      copyTo: [{ account: ACCOUNT, region: DR, vault: 'production-dr', retain: { days: 30 } }],
    }),
    rule({ name: 'monthly', schedule: '0 4 1 * *', retain: { days: 400 } }),
  ],
  { namespace: 'acme/infra' },
);

const newContext = () =>
  new AwsContext(
    new OidcCredentialSource({
      setSecret: () => {},
      idTokens: { getIdToken: () => Promise.resolve(idToken()) },
      region: REGION,
    }),
  );

/** One scheduled run, as its own process would make it: fresh credentials and clients. */
async function run(tagMemo?: PointTagMemo) {
  const ctx = newContext();
  try {
    const r = new PlanRun(PLAN, {
      ctx,
      clock: new ServerClock(),
      dryRun: false,
      namespace: 'acme/infra',
      log: () => {},
      ...(tagMemo ? { tagMemo } : {}),
    });
    expect(await r.prepare(), JSON.stringify(r.report)).toBe(true);
    await r.backups();
    await r.copies();
    return r.report;
  } finally {
    ctx.destroy();
  }
}

async function callsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  sim.sim.resetStats();
  await work();
  return sim.sim.stats().calls;
}

describe('backup plan run: calls per operation', () => {
  const memo = new RunTagMemo();

  it('a first day: jobs start (opt-in read once), then copies start and are tagged', async () => {
    const first = await callsOf(async () => {
      const report = await run(memo);
      expect(report.resources.map((r) => r.outcome)).toEqual(['started', 'started', 'started', 'started']);
    });
    expect(first.DescribeRegionSettings).toBe(1);
    // No completed point yet: no copy to make, so no destination vault to describe.
    expect(first.DescribeBackupVault).toBe(1);

    sim.sim.advance(2 * 3600);
    const copying = await callsOf(async () => {
      const report = await run(memo);
      expect(report.copies.filter((c) => c.outcome === 'started')).toHaveLength(4);
    });
    // Copies to start: the destination's lock is read (source vault + destination).
    expect(copying.DescribeBackupVault).toBe(2);
    // Nothing due: the opt-in is not asked.
    expect(copying.DescribeRegionSettings).toBeUndefined();

    sim.sim.advance(2 * 3600);
    const tagging = await callsOf(async () => {
      const report = await run(memo);
      expect(report.copies.filter((c) => c.outcome === 'tagged')).toHaveLength(4);
    });
    expect(tagging.TagResource).toBe(2); // the EFS copies, one a call
    expect(tagging.TagResources).toBe(1); // the EBS copies, 20 a call
  });

  it('a steady run reads no tag it has read before, no destination vault and no opt-in', async () => {
    sim.sim.advance(3600);
    const calls = await callsOf(async () => {
      const report = await run(memo);
      expect(report.resources.map((r) => r.outcome)).toEqual([
        'existing',
        'existing',
        'existing',
        'existing',
      ]);
      expect(report.copies).toEqual([]);
    });
    expect(calls).toEqual({
      AssumeRoleWithWebIdentity: 1,
      DescribeBackupVault: 1,
      GetResources: 1, // the tag selector
      ListBackupJobs: 1,
      ListCopyJobs: 1,
      ListRecoveryPointsByBackupVault: 1,
    });
  });

  it('without the memo the same run reads every point of the month and every recent copy again', async () => {
    const calls = await callsOf(() => run());
    // 2 EFS points + 2 EFS copies (ListTags), the snapshots and their copies (GetResources).
    expect(calls.ListTags).toBe(4);
    expect(calls.GetResources).toBe(3);
  });

  it("prune's catalog serves as the memo: what prune proved is not read by backup", async () => {
    const catalog = new Catalog();
    const points = [...sim.sim.state.points.values()];
    for (const p of points)
      catalog.learn(`${p.vault.account}/${p.vault.region}/${p.vault.name}`, p.arn, p.tags);
    const calls = await callsOf(() => run(catalog));
    expect(calls.ListTags).toBeUndefined();
    expect(calls.GetResources).toBe(1);
  });

  it('the next day: due jobs start with one opt-in read; known points still not read', async () => {
    sim.sim.advance(24 * 3600 - 5 * 3600);
    const calls = await callsOf(async () => {
      const report = await run(memo);
      expect(report.resources.map((r) => r.outcome)).toEqual(['started', 'started', 'started', 'started']);
      // The monthly slot stays satisfied by the points of the 10th: only "daily" is due.
      expect(
        report.resources.every((r) => r.rules.find((x) => x.rule === 'monthly')?.status === 'satisfied'),
      ).toBe(true);
    });
    expect(calls.DescribeRegionSettings).toBe(1);
    expect(calls.ListTags).toBeUndefined();
    expect(calls.StartBackupJob).toBe(4);
    // Slots are due: besides the windows, the jobs still in flight from before them are read, one
    // small listing per state (ByState takes one): backup jobs CREATED, PENDING, RUNNING, ABORTING;
    // copy jobs CREATED, RUNNING. A steady run (above) reads only the windows.
    expect(calls.ListBackupJobs).toBe(5);
    expect(calls.ListCopyJobs).toBe(3);
  });
});

it('plans of one run that share a tag selector (role and region) share its GetResources', async () => {
  const ctx = newContext();
  const selectorAnswers: SelectorAnswers = new Map();
  try {
    const calls = await callsOf(async () => {
      for (const id of ['one', 'two']) {
        const r = new PlanRun(
          { ...PLAN, id },
          {
            ctx,
            clock: new ServerClock(),
            dryRun: true,
            namespace: 'acme/infra',
            log: () => {},
            selectorAnswers,
          },
        );
        expect(await r.prepare(), JSON.stringify(r.report)).toBe(true);
        expect(r.report.resources).toHaveLength(4);
      }
    });
    expect(calls.GetResources).toBe(1);
    expect(calls.DescribeBackupVault).toBe(2);
  } finally {
    ctx.destroy();
  }
});
