// PlanRun against the AWS simulator, in process: real SDK clients over HTTP, credentials through
// OIDC and the simulator's STS.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, plan, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;

let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };

async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

const assumed = async () =>
  ((await admin('GET', '/_sim/stats')) as { calls: Record<string, number> }).calls
    .AssumeRoleWithWebIdentity ?? 0;

function idToken(expires = '2026-03-11T00:00:00Z'): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    sub: 'repo:acme/infra:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    iss: 'https://token.actions.githubusercontent.com',
    exp: Math.floor(Date.parse(expires) / 1000),
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
      resources: [{ arn: vol('vol-1'), tags: { backup: 'daily' }, sizeGiB: 90 }],
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
afterEach(async () => {
  await admin('DELETE', '/_sim/faults');
});

describe('PlanRun with wait: an expired session', () => {
  it('is renewed exactly once per call (by the client layer); a second expiry lands in the report', async () => {
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
    try {
      expect(await run.prepare()).toBe(true);
      await run.backups();
      expect(run.report.resources.map((r) => r.outcome)).toEqual(['started']);
      expect(run.pending).toBe(1);

      // The session expires once while waiting: assumed again once, and the poll goes on.
      let before = await assumed();
      await admin('POST', '/_sim/faults', {
        operation: 'ListBackupJobs',
        fail: { count: 1, error: 'ExpiredTokenException' },
      });
      await run.poll();
      expect(await assumed()).toBe(before + 1);
      expect(run.report.notes).toEqual([]);
      expect(run.pending).toBe(1);

      // It expires again right after renewal: renewed once, not twice; the poll notes it and waits on.
      before = await assumed();
      await admin('POST', '/_sim/faults', {
        operation: 'ListBackupJobs',
        fail: { count: 2, error: 'ExpiredTokenException' },
      });
      await run.poll();
      expect(await assumed()).toBe(before + 1);
      expect(run.report.notes).toHaveLength(1);
      expect(run.report.notes[0]).toContain('ListBackupJobs');
      expect(run.pending).toBe(1);
    } finally {
      ctx.destroy();
    }
  });
});

describe('PlanRun: the answer to StartBackupJob is lost', () => {
  it('is retry-later, not a failure; the next run finds the job AWS did start, and no second job is made', async () => {
    const source = new OidcCredentialSource({
      setSecret: () => {},
      idTokens: { getIdToken: () => Promise.resolve(idToken('2030-01-01T00:00:00Z')) },
      region: REGION,
    });
    const ctx = new AwsContext(source);
    const newRun = () =>
      new PlanRun(
        plan([rule({ name: 'daily' })], { resources: { include: [{ arn: vol('vol-lost') }], exclude: [] } }),
        {
          ctx,
          clock: new ServerClock(),
          dryRun: false,
          namespace: 'acme/infra',
          log: () => {},
        },
      );
    await admin('POST', '/_sim/world', {
      resources: [{ arn: vol('vol-lost'), tags: { backup: 'lost' }, sizeGiB: 10 }],
    });
    const jobsOf = async () =>
      ((await admin('GET', '/_sim/state')) as { backupJobs: { resourceArn: string }[] }).backupJobs.filter(
        (j) => j.resourceArn === vol('vol-lost'),
      ).length;
    try {
      for (const how of ['malformed', 'reset'] as const) {
        const before = await jobsOf();
        await admin('POST', '/_sim/faults', {
          operation: 'StartBackupJob',
          resource: vol('vol-lost'),
          lose: { count: 1, how },
        });
        const first = newRun();
        expect(await first.prepare(), JSON.stringify(first.report)).toBe(true);
        await first.backups();
        const lost = first.report.resources.find((r) => r.arn === vol('vol-lost'))!;
        // Before the fix a malformed answer reported 'failed' (a failure issue for a job that exists).
        // A dropped connection is retried by the SDK with the same idempotency token, which AWS
        // answers with the job it already made: started.
        if (how === 'malformed') {
          expect(lost.outcome, how).toBe('retry-later');
          expect(lost.note).toContain('lost');
        } else expect(lost.outcome, how).toBe('started');
        // AWS did take it (the fault loses only the answer) …
        expect(await jobsOf()).toBe(before + 1);

        // … and the next run sees it in flight instead of starting another.
        await admin('DELETE', '/_sim/faults');
        const second = newRun();
        expect(await second.prepare()).toBe(true);
        await second.backups();
        expect(second.report.resources.find((r) => r.arn === vol('vol-lost'))!.outcome).not.toBe('started');
        expect(await jobsOf()).toBe(before + 1);
        // Let the job finish before the next case (one job per resource at a time).
        await admin('POST', '/_sim/clock/advance', { seconds: 86_400 });
      }
    } finally {
      ctx.destroy();
    }
  });
});
