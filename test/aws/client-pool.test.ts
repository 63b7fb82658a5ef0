// ClientPool: SDK clients kept across runs (simulate's ~1,600 runs in one process). A kept client
// must carry the run that holds it, and nothing of the run before: its credentials, its session
// renewal, its ServerClock, the SDK's learned clock skew. Real clients over HTTP to the simulator.
import { DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import type { AwsCredentialIdentity } from '@smithy/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AwsContext, ClientPool, type CredentialSource } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { startSimulator } from '../../src/simulator/index.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };

async function admin(method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: '2026-03-10T03:20:00Z',
      accounts: [ACCOUNT],
      roles: [{ arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } }],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [],
    },
    port: 0,
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  process.env.AWS_ENDPOINT_URL_STS = sim.url;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(async () => {
  process.env = { ...saved };
  await sim.close();
});
afterEach(async () => {
  await admin('DELETE', '/_sim/faults');
});

const describeVault = () => new DescribeBackupVaultCommand({ BackupVaultName: 'production' });

/** One run's credential source: counts what the run's clients ask of it. */
function runSource(key: string) {
  const asked = { credentials: 0, invalidated: 0 };
  const identity: AwsCredentialIdentity = { accessKeyId: key, secretAccessKey: 'secret' };
  const source: CredentialSource = {
    forRole: () => async () => (asked.credentials++, identity),
    verifyAccount: async () => {},
    invalidate: () => void asked.invalidated++,
  };
  return { source, asked };
}

/** A run's AwsContext as RunContext makes it: the run's clock attached to every client it uses. */
function run(pool: ClientPool, key: string) {
  const { source, asked } = runSource(key);
  const clock = new ServerClock();
  const ctx = new AwsContext(source, { onClient: (client) => clock.attach(client), pool });
  return { ctx, clock, asked };
}

describe('ClientPool', () => {
  it('hands the next run the same client, with that run’s credentials and clock, not the last run’s', async () => {
    const pool = new ClientPool();
    try {
      const first = run(pool, 'AKIAFIRSTRUN0000001');
      const client = first.ctx.backup(ROLE, REGION);
      await client.send(describeVault());
      expect(first.asked.credentials).toBeGreaterThan(0);
      expect(first.clock.synced).toBe(true);
      first.ctx.destroy();

      await admin('POST', '/_sim/clock/advance', { seconds: 3 * 86_400 });
      const second = run(pool, 'AKIASECONDRUN000002');
      expect(second.ctx.backup(ROLE, REGION)).toBe(client);
      const firstAsked = first.asked.credentials;
      const firstNow = first.clock.now().getTime();
      await client.send(describeVault());
      expect(second.asked.credentials).toBeGreaterThan(0);
      expect(first.asked.credentials).toBe(firstAsked);
      // The second run's clock learned the simulator's time (3 days on); the first's learned nothing more.
      expect(Math.abs(second.clock.now().getTime() - Date.parse('2026-03-13T03:20:00Z'))).toBeLessThan(
        60_000,
      );
      expect(Math.abs(first.clock.now().getTime() - firstNow)).toBeLessThan(60_000);
      second.ctx.destroy();
    } finally {
      pool.destroy();
    }
  });

  it('an expired session renews the holding run’s credentials', async () => {
    const pool = new ClientPool();
    try {
      const first = run(pool, 'AKIAFIRSTRUN0000001');
      await first.ctx.backup(ROLE, REGION).send(describeVault());
      first.ctx.destroy();
      const second = run(pool, 'AKIASECONDRUN000002');
      await admin('POST', '/_sim/faults', {
        operation: 'DescribeBackupVault',
        fail: { count: 1, error: 'ExpiredTokenException' },
      });
      await second.ctx.backup(ROLE, REGION).send(describeVault());
      expect(second.asked.invalidated).toBe(1);
      expect(first.asked.invalidated).toBe(0);
      second.ctx.destroy();
    } finally {
      pool.destroy();
    }
  });

  it('a client used after its run ended signs nothing; the SDK’s learned clock skew starts at 0 for the next run', async () => {
    const pool = new ClientPool();
    try {
      const first = run(pool, 'AKIAFIRSTRUN0000001');
      const client = first.ctx.backup(ROLE, REGION);
      await client.send(describeVault());
      (client.config as { systemClockOffset?: number }).systemClockOffset = 3_600_000;
      first.ctx.destroy();
      await expect(client.send(describeVault())).rejects.toThrow(/after its run ended/);

      const second = run(pool, 'AKIASECONDRUN000002');
      expect(second.ctx.backup(ROLE, REGION)).toBe(client);
      expect((client.config as { systemClockOffset?: number }).systemClockOffset).toBe(0);
      second.ctx.destroy();
    } finally {
      pool.destroy();
    }
  });

  it('two runs at once get clients of their own', async () => {
    const pool = new ClientPool();
    try {
      const first = run(pool, 'AKIAFIRSTRUN0000001');
      const second = run(pool, 'AKIASECONDRUN000002');
      const a = first.ctx.backup(ROLE, REGION);
      const b = second.ctx.backup(ROLE, REGION);
      expect(b).not.toBe(a);
      await Promise.all([a.send(describeVault()), b.send(describeVault())]);
      expect(first.asked.credentials).toBeGreaterThan(0);
      expect(second.asked.credentials).toBeGreaterThan(0);
      first.ctx.destroy();
      second.ctx.destroy();
    } finally {
      pool.destroy();
    }
  });

  it('without a pool, each run makes and closes its own clients', () => {
    const { source } = runSource('AKIAFIRSTRUN0000001');
    const first = new AwsContext(source);
    const a = first.backup(ROLE, REGION);
    first.destroy();
    const second = new AwsContext(source);
    expect(second.backup(ROLE, REGION)).not.toBe(a);
    second.destroy();
  });

  it('keeps the STS client that assumes roles by ID token across runs, and the runs do not close it', async () => {
    const pool = new ClientPool();
    const idToken = () => {
      const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const claims = {
        sub: 'repo:acme/infra:ref:refs/heads/main',
        aud: 'sts.amazonaws.com',
        iss: 'https://token.actions.githubusercontent.com',
        exp: Math.floor(Date.parse('2030-01-01T00:00:00Z') / 1000),
      };
      return Promise.resolve(`${part({ alg: 'RS256' })}.${part(claims)}.c2ln`);
    };
    const source = () =>
      new OidcCredentialSource({
        setSecret: () => {},
        idTokens: { getIdToken: idToken },
        region: REGION,
        pool,
      });
    const sts = (s: OidcCredentialSource) => (s as unknown as { sts: unknown }).sts;
    try {
      const first = source();
      await first.verifyAccount(ROLE, ACCOUNT, 'p');
      const client = sts(first);
      expect(client).toBeDefined();
      first.destroy();
      const second = source();
      await second.verifyAccount(ROLE, ACCOUNT, 'p');
      expect(sts(second)).toBe(client);
      second.destroy();
    } finally {
      pool.destroy();
    }
  });
});
