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

function idToken(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    sub: 'repo:acme/infra:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    iss: 'https://token.actions.githubusercontent.com',
    exp: Math.floor(Date.parse('2026-03-11T00:00:00Z') / 1000),
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
