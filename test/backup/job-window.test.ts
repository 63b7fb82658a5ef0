// A backup run lists the vault's backup jobs since the earliest previous slot and copy jobs since the
// relevance cutoff, not 30 days of each (issue 13); the jobs a decision needs from before those
// windows are read only then (DueOutcome.olderJobs, copyBusyMatters). These cases put what decides
// in the old part: a job in flight for days, a missed slot whose evidence is days old, a copy job
// in flight for longer than copyWithin. The outcomes are those of the 30-day listing (the same
// expectations held on the code that listed 30 days), with the older reads they take.
import {
  BackupClient,
  StartBackupJobCommand,
  StartCopyJobCommand,
  type ListBackupJobsCommandInput,
} from '@aws-sdk/client-backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import type { Plan } from '../../src/plan/index.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, plan, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const DR = 'eu-central-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const DR_VAULT = `arn:aws:backup:${DR}:${ACCOUNT}:backup-vault:production-dr`;
const HOUR = 3600;
// 4,000 GiB: the simulator runs its backup and copy jobs for 4,000 minutes (~67 hours).
const LONG = vol('vol-long');
const MANUAL = vol('vol-manual');
const SMALL = vol('vol-small');

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
      start: '2026-03-01T03:20:00Z',
      accounts: [ACCOUNT],
      roles: [
        { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
        { arn: BACKUP_ROLE },
      ],
      vaults: [
        { account: ACCOUNT, region: REGION, name: 'production' },
        { account: ACCOUNT, region: DR, name: 'production-dr' },
      ],
      resources: [
        { arn: LONG, tags: { backup: 'long' }, sizeGiB: 4000 },
        { arn: MANUAL, tags: { backup: 'manual' }, sizeGiB: 4000 },
        { arn: SMALL, tags: { backup: 'small' }, sizeGiB: 1 },
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

const copyTo = (backfill?: number) => [
  {
    account: ACCOUNT,
    region: DR,
    vault: 'production-dr',
    retain: { days: 30 },
    ...(backfill ? { backfill } : {}),
  },
];
/** A daily rule copied to DR whose jobs may run five days. */
const planFor = (tag: string, backfill?: number): Plan =>
  plan([rule({ name: 'daily', completeWithinMinutes: 5 * 24 * 60, copyTo: copyTo(backfill) })], {
    id: tag,
    resources: { include: [{ tags: { backup: tag } }], exclude: [] },
  });

interface Listing {
  op: 'ListBackupJobs' | 'ListCopyJobs';
  after?: string;
  before?: string;
  state?: string;
}

/** One run (backups, then copies), with the window of every job listing it sends. */
async function run(p: Plan, dryRun: boolean) {
  const ctx = new AwsContext(
    new OidcCredentialSource({
      setSecret: () => {},
      idTokens: { getIdToken: () => Promise.resolve(idToken()) },
      region: REGION,
    }),
  );
  try {
    const r = new PlanRun(p, {
      ctx,
      clock: new ServerClock(),
      dryRun,
      namespace: 'acme/infra',
      log: () => {},
    });
    expect(await r.prepare(), JSON.stringify(r.report)).toBe(true);
    const listings: Listing[] = [];
    (r as unknown as { backup: BackupClient }).backup.middlewareStack.add(
      (next, context) => async (args) => {
        const op = context.commandName?.replace(/Command$/, '');
        if (op === 'ListBackupJobs' || op === 'ListCopyJobs') {
          const input = args.input as ListBackupJobsCommandInput;
          listings.push({
            op,
            ...(input.ByCreatedAfter ? { after: input.ByCreatedAfter.toISOString() } : {}),
            ...(input.ByCreatedBefore ? { before: input.ByCreatedBefore.toISOString() } : {}),
            ...(input.ByState ? { state: input.ByState } : {}),
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'listingSpy' },
    );
    await r.backups();
    await r.copies();
    return { report: r.report, listings };
  } finally {
    ctx.destroy();
  }
}

/** "Someone else" with the account's own credentials: jobs the plan did not make. */
const manual = () =>
  new BackupClient({
    endpoint: sim.url,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });

describe('job listings: narrow windows, older jobs only when a decision needs them', () => {
  it('a job in flight for days and a missed slot whose evidence is only in the old part', async () => {
    const first = await run(planFor('long'), false);
    expect(first.report.resources.map((r) => r.outcome)).toEqual(['started']);
    const longJob = first.report.resources[0]!.job!.id!;

    // Two days later the job still runs; the slot of the 2nd went unserved (busy), so today's is late.
    sim.sim.advance(48 * HOUR);
    const { report, listings } = await run(planFor('long'), true);
    const [r] = report.resources;
    expect(r!.outcome).toBe('retry-later');
    expect(r!.job?.id).toBe(longJob);
    expect(r!.note).toContain(`backup job ${longJob} (RUNNING, created 2026-03-01T03:20:00.000Z)`);
    expect(r!.rules).toEqual([
      expect.objectContaining({
        rule: 'daily',
        slot: '2026-03-03T03:00:00.000Z',
        late: true,
        status: 'retry-later',
      }),
    ]);
    // The window since yesterday's slot holds no evidence of the rule: the older history is read
    // (it holds the running job too), then copy jobs still in flight from before the copy window.
    expect(listings.filter((l) => l.op === 'ListBackupJobs')).toEqual([
      { op: 'ListBackupJobs', after: '2026-03-02T02:59:00.000Z' },
      { op: 'ListBackupJobs', after: '2026-02-01T03:20:00.000Z', before: '2026-03-02T03:00:00.000Z' },
    ]);
    expect(listings.filter((l) => l.op === 'ListCopyJobs')).toEqual([
      { op: 'ListCopyJobs', after: '2026-03-01T03:19:00.000Z' },
      {
        op: 'ListCopyJobs',
        after: '2026-02-01T03:20:00.000Z',
        before: '2026-03-01T03:20:00.000Z',
        state: 'CREATED',
      },
      {
        op: 'ListCopyJobs',
        after: '2026-02-01T03:20:00.000Z',
        before: '2026-03-01T03:20:00.000Z',
        state: 'RUNNING',
      },
    ]);
  });

  it('a copy job in flight for longer than copyWithin keeps the resource busy', async () => {
    // Someone backs the resource up (~67 hours), then copies that point to DR (~67 hours more).
    const client = manual();
    const backup = await client.send(
      new StartBackupJobCommand({
        BackupVaultName: 'production',
        ResourceArn: MANUAL,
        IamRoleArn: BACKUP_ROLE,
        CompleteWindowMinutes: 5 * 24 * 60,
      }),
    );
    sim.sim.advance(72 * HOUR);
    const copy = await client.send(
      new StartCopyJobCommand({
        RecoveryPointArn: backup.RecoveryPointArn!,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: DR_VAULT,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    client.destroy();
    // 60 hours later the copy still runs: older than the copy window (copyWithin: 2 days).
    sim.sim.advance(60 * HOUR);
    const { report, listings } = await run(planFor('manual'), true);
    const [r] = report.resources;
    expect(r!.outcome).toBe('retry-later');
    expect(r!.note).toContain(`copy job ${copy.CopyJobId} (RUNNING,`);
    // The rule's newest evidence is that backup job, five days old: four missed slots, late.
    expect(r!.rules).toEqual([expect.objectContaining({ rule: 'daily', late: true, status: 'retry-later' })]);
    const now = Date.parse(report.now!);
    const copyWindow = new Date(now - 2 * 24 * HOUR * 1000 - 60_000).toISOString();
    expect(listings.filter((l) => l.op === 'ListCopyJobs')).toEqual([
      { op: 'ListCopyJobs', after: copyWindow },
      expect.objectContaining({ state: 'CREATED' }),
      expect.objectContaining({ state: 'RUNNING' }),
    ]);
    expect(copy.CreationDate!.getTime()).toBeLessThan(Date.parse(copyWindow));
  });

  it('backfill keeps the 30-day copy listing; a satisfied slot reads nothing older', async () => {
    const first = await run(planFor('small', 2), false);
    expect(first.report.resources.map((r) => r.outcome)).toEqual(['started']);
    sim.sim.advance(2 * HOUR);
    const { report, listings } = await run(planFor('small', 2), true);
    expect(report.resources.map((r) => r.outcome)).toEqual(['existing']);
    const now = Date.parse(report.now!);
    const history = new Date(now - 30 * 24 * HOUR * 1000).toISOString();
    expect(listings).toEqual([
      { op: 'ListBackupJobs', after: expect.any(String) as string },
      { op: 'ListCopyJobs', after: history },
    ]);
    expect(report.copies.map((c) => c.outcome)).toEqual(['would-start']);
  });
});
