// The client layer against the AWS simulator: real SDK clients, real HTTP, the simulator's STS
// trust checks, error shapes and throttling.
import { DeleteRecoveryPointCommand, DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsContext, awsClients } from '../../src/aws/clients.js';
import {
  CredentialsError,
  DefaultChainCredentialSource,
  OidcCredentialSource,
} from '../../src/aws/credentials.js';
import { listRecoveryPointsByBackupVault } from '../../src/aws/pagination.js';
import { AdaptiveLimiter } from '../../src/aws/rate-limiter.js';
import { describeAwsError, errorCode, isThrottling } from '../../src/aws/retry.js';
import { startSimulator } from '../../src/simulator/index.js';
import { json, startFakeServer, type FakeServer } from './fake-server.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
const POINTS = 400;

function world() {
  return {
    accounts: [ACCOUNT],
    roles: [{ arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } }],
    vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
    resources: [{ arn: FS, sizeGiB: 1 }],
    recoveryPoints: Array.from({ length: POINTS }, (_, i) => ({
      vault: 'production',
      resourceArn: FS,
      created: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
    })),
  };
}

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`;
}

let sim: Awaited<ReturnType<typeof startSimulator>>;
let oidc: FakeServer;
let sub = 'repo:acme/infra:ref:refs/heads/main';
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

interface SimStats {
  calls: Record<string, number>;
  throttled: Record<string, number>;
  errors: Record<string, number>;
}

beforeAll(async () => {
  sim = await startSimulator({ world: world(), port: 0 });
  oidc = await startFakeServer((_req, res) =>
    json(res, {
      value: jwt({
        sub,
        aud: 'sts.amazonaws.com',
        iss: 'https://token.actions.githubusercontent.com',
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    }),
  );
});
afterAll(async () => {
  await sim.close();
  await oidc.close();
});
beforeEach(() => {
  for (const service of ['STS', 'BACKUP', 'RESOURCE_GROUPS_TAGGING_API'])
    process.env[`AWS_ENDPOINT_URL_${service}`] = sim.url;
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${oidc.url}/token?api-version=2.0`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runner-token';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  sub = 'repo:acme/infra:ref:refs/heads/main';
});
afterEach(async () => {
  process.env = { ...saved };
  await admin('DELETE', '/_sim/faults');
});

function oidcSource() {
  const host = {
    setSecret: () => {},
    idTokens: {
      getIdToken: async () => ((await (await fetch(`${oidc.url}/token`)).json()) as { value: string }).value,
    },
  };
  return new OidcCredentialSource({ ...host, region: REGION });
}

describe('credentials against the simulator', () => {
  it('assumes the role through OIDC and confirms the account', async () => {
    const ctx = new AwsContext(oidcSource());
    await ctx.verifyAccount(ROLE, ACCOUNT, 'prod');
    const vault = await ctx
      .backup(ROLE, REGION)
      .send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    expect(vault.NumberOfRecoveryPoints).toBe(POINTS);
    await expect(ctx.verifyAccount(ROLE, '210987654321', 'prod')).rejects.toThrow(
      `role ${ROLE} belongs to account ${ACCOUNT}, but plan prod says aws.account 210987654321`,
    );
    ctx.destroy();
  });

  it('explains a trust policy that rejects the token', async () => {
    sub = 'repo:evil/fork:pull_request';
    const err = await oidcSource().forRole(ROLE)!().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toContain('sub "repo:evil/fork:pull_request"');
    expect((err as Error).message).toContain('"token.actions.githubusercontent.com:sub": "repo:evil/fork:*"');
  });

  it('CLI: assumes the plan role from the default chain', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIASIMULATORANYKEY1';
    process.env.AWS_SECRET_ACCESS_KEY = 'anything';
    const source = new DefaultChainCredentialSource({ setSecret: () => {}, region: REGION });
    await source.verifyAccount(ROLE, ACCOUNT, 'prod');
    const before = ((await admin('GET', '/_sim/stats')) as SimStats).calls.AssumeRole ?? 0;
    const ctx = new AwsContext(source);
    await ctx.backup(ROLE, REGION).send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    expect(((await admin('GET', '/_sim/stats')) as SimStats).calls.AssumeRole).toBe(before);
    expect(before).toBe(1);
    ctx.destroy();
  });
});

describe('retry policy against the simulator', () => {
  const credentials = { accessKeyId: 'AKIASIMULATORANYKEY1', secretAccessKey: 'x' };

  it('retries injected throttling and 5xx, then succeeds', async () => {
    await admin('POST', '/_sim/faults', {
      operation: 'DescribeBackupVault',
      fail: { count: 1, error: 'ThrottlingException' },
    });
    await admin('POST', '/_sim/faults', {
      operation: 'DescribeBackupVault',
      fail: { count: 1, error: 'ServiceUnavailableException' },
    });
    const { backup } = awsClients({ credentials, region: REGION });
    const out = await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    expect(out.$metadata.attempts).toBe(3);
    backup.destroy();
  });

  it('fails fast on AccessDenied with a readable line', async () => {
    await admin('POST', '/_sim/faults', {
      operation: 'DescribeBackupVault',
      fail: { count: 5, error: 'AccessDeniedException' },
    });
    const { backup } = awsClients({ credentials, region: REGION });
    const err = await backup
      .send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }))
      .catch((e: unknown) => e);
    expect(errorCode(err)).toBe('AccessDeniedException');
    expect(describeAwsError(err, { operation: 'DescribeBackupVault', region: REGION })).toMatch(
      /^DescribeBackupVault in eu-west-1 failed: AccessDeniedException \(HTTP 4\d\d\): /,
    );
    const { faults } = (await admin('GET', '/_sim/faults')) as {
      faults: Array<{ fail?: { count: number } }>;
    };
    expect(faults[0]?.fail?.count).toBe(4); // exactly one attempt consumed
    backup.destroy();
  });

  it("surfaces the simulator's throttling to a limiter client at once", async () => {
    await admin('POST', '/_sim/faults', {
      operation: 'DescribeBackupVault',
      fail: { count: 1, error: 'ThrottlingException' },
    });
    const { backup } = awsClients({ credentials, region: REGION, retryThrottling: false });
    const err = await backup
      .send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }))
      .catch((e: unknown) => e);
    expect(isThrottling(err)).toBe(true);
    backup.destroy();
  });
});

describe('AdaptiveLimiter against a throttled DeleteRecoveryPoint', () => {
  it('deletes every point with zero failed calls', async () => {
    const credentials = { accessKeyId: 'AKIASIMULATORANYKEY1', secretAccessKey: 'x' };
    const { backup } = awsClients({ credentials, region: REGION });
    const points = await listRecoveryPointsByBackupVault(
      backup,
      { BackupVaultName: 'production' },
      { pageSize: 100 },
    );
    expect(points).toHaveLength(POINTS);

    await admin('POST', '/_sim/faults', { operation: 'DeleteRecoveryPoint', throttle: { rps: 100 } });
    const statsBefore = (await admin('GET', '/_sim/stats')) as SimStats;
    const limiterClient = awsClients({ credentials, region: REGION, retryThrottling: false }).backup;
    const limiter = new AdaptiveLimiter({ initialRps: 20 });
    const outcomes = await Promise.allSettled(
      points.map((p) =>
        limiter.run(() =>
          limiterClient.send(
            new DeleteRecoveryPointCommand({
              BackupVaultName: 'production',
              RecoveryPointArn: p.RecoveryPointArn,
            }),
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(limiter.stats()).toMatchObject({ calls: POINTS, succeeded: POINTS, failed: 0 });

    const stats = (await admin('GET', '/_sim/stats')) as SimStats;
    const calls = (stats.calls.DeleteRecoveryPoint ?? 0) - (statsBefore.calls.DeleteRecoveryPoint ?? 0);
    const throttled =
      (stats.throttled.DeleteRecoveryPoint ?? 0) - (statsBefore.throttled.DeleteRecoveryPoint ?? 0);
    // Every throttle the simulator answered reached the limiter (none hidden by SDK retries).
    expect(limiter.stats().throttled).toBe(throttled);
    expect(calls).toBe(POINTS + throttled);
    const left = await listRecoveryPointsByBackupVault(backup, { BackupVaultName: 'production' });
    expect(left.filter((p) => p.Status !== 'DELETING')).toEqual([]);
    backup.destroy();
    limiterClient.destroy();
  });
});
