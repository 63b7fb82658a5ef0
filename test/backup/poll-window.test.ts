// `wait`'s polling lists the vault's backup jobs once per pass: only as far back as the jobs it waits
// for (this run's, or an in-flight one it adopted), not the window `backup`'s decisions read.
import type { BackupClient } from '@aws-sdk/client-backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, plan, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const HOUR = 3600 * 1000;

let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };

async function advance(hours: number): Promise<void> {
  const res = await fetch(`${sim.url}/_sim/clock/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seconds: hours * 3600 }),
  });
  if (!res.ok) throw new Error(`advance: ${res.status}`);
}

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
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      // 300 GiB: the simulator runs the job for 5 hours (within the rule's 8-hour complete window).
      resources: [{ arn: vol('vol-1'), tags: { backup: 'daily' }, sizeGiB: 300 }],
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

/** A run with `wait`, and the ByCreatedAfter of every ListBackupJobs it sends. */
async function preparedRun(): Promise<{ run: PlanRun; since: Date[]; ctx: AwsContext }> {
  const source = new OidcCredentialSource({
    setSecret: () => {},
    idTokens: { getIdToken: () => Promise.resolve(idToken()) },
    region: REGION,
  });
  const ctx = new AwsContext(source);
  const run = new PlanRun(plan([rule({ name: 'daily' })]), {
    ctx,
    clock: new ServerClock(),
    dryRun: false,
    namespace: 'acme/infra',
    log: () => {},
  });
  expect(await run.prepare()).toBe(true);
  const since: Date[] = [];
  (run as unknown as { backup: BackupClient }).backup.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ByCreatedAfter?: Date };
      if (context.commandName === 'ListBackupJobsCommand' && input.ByCreatedAfter)
        since.push(input.ByCreatedAfter);
      return next(args);
    },
    { step: 'initialize', name: 'pollWindowSpy' },
  );
  return { run, since, ctx };
}

describe('PlanRun.poll: lists jobs only as far back as the jobs it waits for', () => {
  it("this run's job: from the decision time less an hour; an adopted older in-flight job: from its creation", async () => {
    const first = await preparedRun();
    try {
      await first.run.backups();
      expect(first.run.report.resources.map((r) => r.outcome)).toEqual(['started']);
      const decided = Date.parse(first.run.report.now!);
      // The decisions read the jobs since the previous slot (less a minute); the rule has no evidence
      // there, so the older ones too (its newest evidence dates missed slots): up to 30 days back.
      expect(first.since).toHaveLength(2);
      expect(first.since[0]!.toISOString()).toBe('2026-03-09T02:59:00.000Z');
      expect(decided - first.since[1]!.getTime()).toBeGreaterThanOrEqual(30 * 24 * HOUR - 1000);
      await first.run.poll();
      expect(first.since).toHaveLength(3);
      expect(first.since[2]!.getTime()).toBe(decided - HOUR);
      expect(first.run.pending).toBe(1);
      expect(first.run.report.resources[0]!.job?.state).toMatch(/^(CREATED|RUNNING)$/);
    } finally {
      first.ctx.destroy();
    }

    // A later run finds the job still running (started 3 hours before it decides) and waits for it.
    await advance(3);
    const second = await preparedRun();
    try {
      await second.run.backups();
      expect(second.run.report.resources.map((r) => r.outcome)).toEqual(['existing']);
      // Satisfied by the running job, found in the window since the previous slot: nothing older is read.
      expect(second.since).toHaveLength(1);
      const adopted = second.run.report.resources[0]!.job!;
      expect(adopted.state).toBe('RUNNING');
      expect(second.run.pending).toBe(1);
      await second.run.poll();
      const decided = Date.parse(second.run.report.now!);
      expect(second.since[1]!.getTime()).toBeLessThan(decided - 3 * HOUR);
      expect(second.since[1]!.getTime()).toBeGreaterThan(decided - 5 * HOUR);
      expect(second.run.pending).toBe(1);
      await advance(3);
      await second.run.poll();
      expect(second.run.pending).toBe(0);
      expect(second.run.report.resources[0]!.job?.state).toBe('COMPLETED');
    } finally {
      second.ctx.destroy();
    }
  });
});
