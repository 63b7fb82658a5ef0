import { DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import {
  CredentialsError,
  DefaultChainCredentialSource,
  OidcCredentialSource,
  createCredentialSource,
  decodeJwtClaims,
  isSessionOfRole,
  refreshingProvider,
  roleSessionName,
  sessionLifetimeMs,
} from '../../src/aws/credentials.js';
import { createActionHost } from '../../src/host/action.js';
import {
  json,
  startFakeServer,
  stsError,
  stsResult,
  type FakeServer,
  type RecordedRequest,
} from './fake-server.js';

const ROLE = 'arn:aws:iam::123456789012:role/backup-plans';
const SUB = 'repo:acme/infra:ref:refs/heads/main';

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** Behaviour of the fake STS, changed per test. */
interface StsScript {
  lifetimeMs: number;
  /** Errors to answer AssumeRole* with before succeeding: [status, code, message?]. */
  assumeFailures: Array<[number, string, string?]>;
  /** Account GetCallerIdentity reports for assumed sessions. */
  account: string;
  /** Identity of the "default chain" key (AKIADEFAULTCHAIN0001). */
  callerArn: string;
  /** How far STS's clock (its Date header and Expiration) is from this machine's. */
  stsSkewMs: number;
  /** Whether AssumeRole* answers name the session (AssumedRoleUser.Arn, with `account`). */
  assumedRoleUser: boolean;
}

let server: FakeServer;
let script: StsScript;
let issued = 0;
const saved = { ...process.env };

function params(req: RecordedRequest): URLSearchParams {
  return new URLSearchParams(req.body);
}
const byAction = (action: string) => server.requests.filter((r) => params(r).get('Action') === action);
const tokenRequests = () => server.requests.filter((r) => r.url.startsWith('/token'));

function credentialsXml(): string {
  issued += 1;
  const n = String(issued).padStart(4, '0');
  const expiration = new Date(Date.now() + script.stsSkewMs + script.lifetimeMs).toISOString();
  return (
    `<Credentials><AccessKeyId>ASIASESSIONKEY00${n}</AccessKeyId><SecretAccessKey>secret-${n}-abcdefgh` +
    `</SecretAccessKey><SessionToken>session-token-${n}-abcdefgh</SessionToken><Expiration>${expiration}` +
    `</Expiration></Credentials>` +
    (script.assumedRoleUser
      ? `<AssumedRoleUser><Arn>arn:aws:sts::${script.account}:assumed-role/backup-plans/s` +
        `</Arn><AssumedRoleId>AROA1:s</AssumedRoleId></AssumedRoleUser>`
      : '')
  );
}

beforeAll(async () => {
  server = await startFakeServer((req, res) => {
    if (req.url.startsWith('/token')) {
      if (req.headers.authorization !== 'Bearer runner-request-token') return json(res, { message: 'no' });
      return json(res, {
        value: jwt({
          sub: SUB,
          aud: 'sts.amazonaws.com',
          iss: 'https://token.actions.githubusercontent.com',
        }),
      });
    }
    if (req.url.startsWith('/backup')) return json(res, { BackupVaultName: 'production' });
    const p = params(req);
    const action = p.get('Action');
    if (action === 'AssumeRoleWithWebIdentity' || action === 'AssumeRole') {
      const failure = script.assumeFailures.shift();
      if (failure) return stsError(res, failure[0], failure[1], failure[2] ?? `scripted ${failure[1]}`);
      res.setHeader('date', new Date(Date.now() + script.stsSkewMs).toUTCString());
      return stsResult(res, action, credentialsXml());
    }
    if (action === 'GetCallerIdentity') {
      const key = /Credential=([A-Z0-9]+)\//.exec(String(req.headers.authorization))?.[1] ?? '';
      const arn = key.startsWith('ASIASESSION')
        ? `arn:aws:sts::${script.account}:assumed-role/backup-plans/s`
        : script.callerArn;
      const account = /::(\d{12}):/.exec(arn)?.[1] ?? '';
      return stsResult(res, action, `<Account>${account}</Account><Arn>${arn}</Arn><UserId>AIDA1</UserId>`);
    }
    stsError(res, 400, 'InvalidAction', 'unknown');
  });
});

beforeEach(() => {
  server.requests.length = 0;
  script = {
    lifetimeMs: 3_600_000,
    assumeFailures: [],
    account: '123456789012',
    callerArn: 'arn:aws:iam::123456789012:user/dev',
    stsSkewMs: 0,
    assumedRoleUser: true,
  };
  process.env.AWS_ENDPOINT_URL_STS = `${server.url}/sts`;
  process.env.AWS_ENDPOINT_URL_BACKUP = `${server.url}/backup`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${server.url}/token?api-version=2.0`;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runner-request-token';
  process.env.GITHUB_RUN_ID = '4242';
  process.env.GITHUB_RUN_ATTEMPT = '2';
  // Keep the default chain away from this machine's profiles and instance metadata.
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
  process.env.AWS_CONFIG_FILE = '/nonexistent/config';
  for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE'])
    delete process.env[k];
});

afterEach(() => {
  process.env = { ...saved };
});
afterAll(() => server.close());

function oidcSource(extra: Partial<ConstructorParameters<typeof OidcCredentialSource>[0]> = {}) {
  const secrets: string[] = [];
  const action = createActionHost();
  const host = { setSecret: (v: string) => void secrets.push(v), idTokens: action.idTokens! };
  const source = new OidcCredentialSource({ ...host, region: 'eu-west-1', ...extra });
  return { source, secrets };
}

async function describeVault(source: { forRole(role: string): ReturnType<OidcCredentialSource['forRole']> }) {
  const { backup } = awsClients({ credentials: source.forRole(ROLE), region: 'eu-west-1' });
  try {
    await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
  } finally {
    backup.destroy();
  }
  return server.requests.filter((r) => r.url.startsWith('/backup')).at(-1)!;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('OIDC credentials', () => {
  it('assumes the role with the GitHub ID token, masks the credentials and signs with them', async () => {
    const { source, secrets } = oidcSource();
    const call = await describeVault(source);
    expect(call.headers.authorization).toContain('Credential=ASIASESSIONKEY000');
    expect(call.headers['x-amz-security-token']).toMatch(/^session-token-/);

    const [token] = tokenRequests();
    expect(token?.url).toBe('/token?api-version=2.0&audience=sts.amazonaws.com');
    const [assume] = byAction('AssumeRoleWithWebIdentity');
    const p = params(assume!);
    expect(p.get('RoleArn')).toBe(ROLE);
    expect(p.get('RoleSessionName')).toBe('backup-plans-4242-2');
    expect(p.get('DurationSeconds')).toBe('3600');
    expect(decodeJwtClaims(p.get('WebIdentityToken')!)?.sub).toBe(SUB);
    // Unsigned, as AWS expects for web identity.
    expect(assume!.headers.authorization).toBeUndefined();

    expect(secrets).toHaveLength(3);
    expect(secrets[0]).toMatch(/^ASIASESSIONKEY/);
    expect(secrets[1]).toMatch(/^secret-/);
    expect(secrets[2]).toMatch(/^session-token-/);
  });

  it('caches per role: many calls, even concurrent ones, assume once', async () => {
    const { source } = oidcSource();
    const provider = source.forRole(ROLE)!;
    expect(source.forRole(ROLE)).toBe(provider);
    const ids = await Promise.all([provider(), provider(), provider()]);
    await describeVault(source);
    expect(new Set(ids.map((i) => i.accessKeyId)).size).toBe(1);
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(1);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('renews with a fresh ID token once less than the margin remains', async () => {
    let now = Date.now();
    const { source } = oidcSource({ now: () => now });
    const provider = source.forRole(ROLE)!;
    const first = await provider();
    now += 50 * 60_000; // 10 minutes left: still fine
    expect((await provider()).accessKeyId).toBe(first.accessKeyId);
    now += 6 * 60_000; // 4 minutes left: renew
    const second = await provider();
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(second.expiration!.getTime()).toBeGreaterThan(first.expiration!.getTime() - 1000);
    expect(tokenRequests()).toHaveLength(2);
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  it('lets the SDK refresh through the provider when the session is about to expire', async () => {
    script.lifetimeMs = 4 * 60_000; // always inside the SDK's 5-minute refresh window
    const { source } = oidcSource();
    // One long-lived client, as a command waiting on jobs would hold it.
    const { backup } = awsClients({ credentials: source.forRole(ROLE), region: 'eu-west-1' });
    const signingKeys: string[] = [];
    for (let i = 0; i < 2; i++) {
      await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
      const call = server.requests.filter((r) => r.url.startsWith('/backup')).at(-1)!;
      signingKeys.push(/Credential=(\w+)\//.exec(String(call.headers.authorization))![1]!);
    }
    backup.destroy();
    expect(signingKeys[0]).not.toBe(signingKeys[1]);
    expect(byAction('AssumeRoleWithWebIdentity').length).toBeGreaterThanOrEqual(2);
    expect(tokenRequests().length).toBe(byAction('AssumeRoleWithWebIdentity').length);
  });

  it('judges expiry by the lifetime STS gave, not its clock: an STS 11 hours behind us assumes once', async () => {
    script.stsSkewMs = -11 * 3_600_000;
    const { source } = oidcSource();
    const provider = source.forRole(ROLE)!;
    const first = await provider();
    for (let i = 0; i < 5; i++) expect((await provider()).accessKeyId).toBe(first.accessKeyId);
    // Through the SDK as well (its own cache would compare Expiration with our wall clock).
    const { backup } = awsClients({ credentials: provider, region: 'eu-west-1' });
    for (let i = 0; i < 3; i++) await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'x' }));
    backup.destroy();
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(1);
    // The local expiry is about an hour from now, whatever STS's clock says.
    const left = first.expiration!.getTime() - (performance.timeOrigin + performance.now());
    expect(left).toBeGreaterThan(3_590_000);
    expect(left).toBeLessThanOrEqual(3_600_000);
  });

  it('an STS clock ahead of ours does not stretch the session: renewed after its lifetime here', async () => {
    script.stsSkewMs = 11 * 3_600_000;
    let now = 1_000_000;
    const { source } = oidcSource({ now: () => now });
    const provider = source.forRole(ROLE)!;
    const first = await provider();
    now += 54 * 60_000;
    expect((await provider()).accessKeyId).toBe(first.accessKeyId);
    now += 2 * 60_000; // 56 minutes in: inside the 5-minute margin of the one-hour session
    expect((await provider()).accessKeyId).not.toBe(first.accessKeyId);
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  it("renews when AWS's own time (serverNow) says the session is about to end, and not before", async () => {
    let aws: Date | undefined;
    const { source } = oidcSource({ serverNow: () => aws });
    const provider = source.forRole(ROLE)!;
    const first = await provider();
    aws = new Date(Date.now() + 30 * 60_000);
    expect((await provider()).accessKeyId).toBe(first.accessKeyId);
    aws = new Date(Date.now() + 2 * 3_600_000); // AWS's clock ran ahead (a simulator advancing)
    expect((await provider()).accessKeyId).not.toBe(first.accessKeyId);
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  it('invalidate() drops the session: the next call assumes again', async () => {
    const { source } = oidcSource();
    const provider = source.forRole(ROLE)!;
    const first = await provider();
    source.invalidate(ROLE);
    source.invalidate('arn:aws:iam::123456789012:role/never-used');
    expect((await provider()).accessKeyId).not.toBe(first.accessKeyId);
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  it('retries throttling and 5xx from STS, then succeeds', async () => {
    script.assumeFailures = [
      [400, 'Throttling'],
      [503, 'ServiceUnavailable'],
    ];
    const { source } = oidcSource();
    await source.forRole(ROLE)!();
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(3);
  });

  it('fetches a fresh ID token once when STS says the token expired', async () => {
    script.assumeFailures = [[400, 'ExpiredTokenException']];
    const { source } = oidcSource();
    await source.forRole(ROLE)!();
    expect(tokenRequests()).toHaveLength(2);
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  describe('STS cannot reach the identity provider (transient)', () => {
    const VERIFICATION_KEY =
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
    function fakeSleep() {
      const sleeps: number[] = [];
      return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
    }

    it('retries IDPCommunicationErrorException with backoff, a fresh ID token each try', async () => {
      script.assumeFailures = [
        [400, 'IDPCommunicationError'],
        [400, 'IDPCommunicationError'],
      ];
      const { sleeps, sleep } = fakeSleep();
      const { source } = oidcSource({ sleep, random: () => 0.5 });
      await source.forRole(ROLE)!();
      expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(3);
      // One token request per attempt: the SDK does not re-send the old token.
      expect(tokenRequests()).toHaveLength(3);
      // Full jitter over 1 s, then 2 s.
      expect(sleeps).toEqual([500, 1000]);
    });

    it('retries InvalidIdentityToken "Couldn\'t retrieve verification key" as provider trouble', async () => {
      script.assumeFailures = [[400, 'InvalidIdentityToken', VERIFICATION_KEY]];
      const { source } = oidcSource({ sleep: fakeSleep().sleep, random: () => 0 });
      await source.forRole(ROLE)!();
      expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
      expect(tokenRequests()).toHaveLength(2);
    });

    it('gives up after 5 attempts and says it is provider trouble, not the trust policy', async () => {
      script.assumeFailures = Array.from(
        { length: 6 },
        () => [400, 'IDPCommunicationError'] as [number, string],
      );
      const { sleeps, sleep } = fakeSleep();
      const { source } = oidcSource({ sleep, random: () => 0.999 });
      const err = await failure(source.forRole(ROLE)!());
      expect(err).toBeInstanceOf(CredentialsError);
      expect(err.message).toContain("STS could not reach GitHub's OIDC identity provider");
      expect(err.message).toContain('5 attempts, each with a fresh token');
      expect(err.message).toContain('IDPCommunicationErrorException (HTTP 400)');
      expect(err.message).not.toContain('trust policy must allow');
      expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(5);
      expect(sleeps).toEqual([999, 1998, 3996, 7992]);
    });

    it('tells a token that is not yet valid from a trust refusal', async () => {
      const notYet = 'The web identity token is not yet valid (nbf is in the future).';
      script.assumeFailures = [
        [400, 'InvalidIdentityToken', notYet],
        [400, 'InvalidIdentityToken', notYet],
      ];
      const { source } = oidcSource({ sleep: fakeSleep().sleep });
      const err = await failure(source.forRole(ROLE)!());
      expect(err.message).toContain('expired or not yet valid');
      expect(err.message).not.toContain('trust policy must allow');
      // One fresh token, then the answer.
      expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
    });
  });

  it('names the role, the token sub and the trust condition when the role refuses the token', async () => {
    script.assumeFailures = [[403, 'AccessDenied']];
    const { source } = oidcSource();
    const err = await failure(source.forRole(ROLE)!());
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toContain(`role ${ROLE} refused the GitHub OIDC token with sub "${SUB}"`);
    expect(err.message).toContain('"token.actions.githubusercontent.com:sub": "repo:acme/infra:*"');
    expect(err.message).toContain('"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"');
    expect(err.message).toContain('AccessDenied (HTTP 403): scripted AccessDenied');
    expect(err.message).not.toContain('eyJ'); // no token in the message
    // Not retried: the trust policy will not change in a second.
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(1);
  });

  it('mentions the missing OIDC provider for InvalidIdentityToken', async () => {
    script.assumeFailures = [[400, 'InvalidIdentityToken']];
    const { source } = oidcSource();
    const err = await failure(source.forRole(ROLE)!());
    expect(err.message).toContain('needs the IAM OIDC provider token.actions.githubusercontent.com');
  });

  it('asks for `id-token: write`, quoting the YAML, when the runner gives no token', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const { source } = oidcSource();
    const err = await failure(source.forRole(ROLE)!());
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toContain(ROLE);
    expect(err.message).toContain('permissions:\n  id-token: write\n');
    expect(server.requests).toHaveLength(0);
  });

  it('confirms the account from the assumption’s AssumedRoleUser (no GetCallerIdentity), and names both accounts when they differ', async () => {
    const { source } = oidcSource();
    await expect(source.verifyAccount(ROLE, '123456789012', 'prod')).resolves.toBeUndefined();
    await source.verifyAccount(ROLE, '123456789012', 'prod');
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(1);
    expect(byAction('GetCallerIdentity')).toHaveLength(0);

    const err = await failure(source.verifyAccount(ROLE, '210987654321', 'prod'));
    expect(err.message).toBe(
      `role ${ROLE} belongs to account 123456789012, but plan prod says aws.account 210987654321`,
    );
  });

  it('a prefetched account check goes to the next verifyAccount, failure included; a later call checks again', async () => {
    script.assumeFailures.push([
      403,
      'AccessDenied',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ]);
    const { source } = oidcSource();
    await expect(source.prefetchAccount(ROLE, '123456789012', 'prod')).resolves.toBeUndefined();
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(1);
    // The run's first check gets the prefetched failure instead of asking STS again.
    expect(await failure(source.verifyAccount(ROLE, '123456789012', 'prod'))).toBeInstanceOf(
      CredentialsError,
    );
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(1);
    await source.verifyAccount(ROLE, '123456789012', 'prod');
    await source.verifyAccount(ROLE, '123456789012', 'prod');
    expect(byAction('AssumeRoleWithWebIdentity')).toHaveLength(2);
  });

  it('asks GetCallerIdentity when the assumption did not name the session, and names both accounts when they differ', async () => {
    script.assumedRoleUser = false;
    script.account = '210987654321';
    const { source } = oidcSource();
    await source.verifyAccount(ROLE, '210987654321', 'prod');
    expect(byAction('GetCallerIdentity')).toHaveLength(1);
    const err = await failure(source.verifyAccount(ROLE, '123456789012', 'prod'));
    expect(err.message).toBe(
      `role ${ROLE} belongs to account 210987654321, but plan prod says aws.account 123456789012`,
    );
  });
});

describe('default chain credentials (CLI)', () => {
  const host = { setSecret: () => {} };

  it('assumes the plan role from the default chain identity', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIADEFAULTCHAIN0001';
    process.env.AWS_SECRET_ACCESS_KEY = 'default-secret';
    const source = createCredentialSource({ ...host, region: 'eu-west-1', sessionName: 'cli test' });
    expect(source).toBeInstanceOf(DefaultChainCredentialSource);
    const call = await describeVault(source);
    expect(call.headers.authorization).toContain('Credential=ASIASESSIONKEY');
    const [assume] = byAction('AssumeRole');
    expect(params(assume!).get('RoleSessionName')).toBe('cli-test');
    expect(assume!.headers.authorization).toContain('Credential=AKIADEFAULTCHAIN0001/');
    await source.verifyAccount(ROLE, '123456789012', 'prod');
  });

  it('uses the default chain as is when it already is the plan role', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIADEFAULTCHAIN0001';
    process.env.AWS_SECRET_ACCESS_KEY = 'default-secret';
    script.callerArn = 'arn:aws:sts::123456789012:assumed-role/backup-plans/laptop';
    const source = createCredentialSource({ ...host, region: 'eu-west-1' });
    const call = await describeVault(source);
    expect(call.headers.authorization).toContain('Credential=AKIADEFAULTCHAIN0001/');
    expect(byAction('AssumeRole')).toHaveLength(0);
  });

  it('explains a refused AssumeRole with the caller and the role', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIADEFAULTCHAIN0001';
    process.env.AWS_SECRET_ACCESS_KEY = 'default-secret';
    script.assumeFailures = [[403, 'AccessDenied']];
    const source = createCredentialSource({ ...host, region: 'eu-west-1' });
    const err = await failure(source.forRole(ROLE)!());
    expect(err.message).toContain(`arn:aws:iam::123456789012:user/dev may not assume ${ROLE}`);
  });

  it('says how to provide credentials when the chain finds none', async () => {
    const source = createCredentialSource({ ...host, region: 'eu-west-1' });
    const err = await failure(source.forRole(ROLE)!());
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.message).toMatch(/^no AWS credentials found: set AWS_PROFILE/);
  });
});

describe('helpers', () => {
  it('sanitises session names to what STS accepts', () => {
    expect(roleSessionName('backup-plans-123-1')).toBe('backup-plans-123-1');
    expect(roleSessionName('a b/c:d*e')).toBe('a-b-c-d-e');
    expect(roleSessionName('x'.repeat(100))).toHaveLength(64);
    expect(roleSessionName('x')).toBe('x-');
  });

  it('recognises a session of a role, paths included', () => {
    const session = 'arn:aws:sts::123456789012:assumed-role/backup-plans/me';
    expect(isSessionOfRole(session, ROLE)).toBe(true);
    expect(isSessionOfRole(session, 'arn:aws:iam::123456789012:role/team/backup-plans')).toBe(true);
    expect(isSessionOfRole(session, 'arn:aws:iam::210987654321:role/backup-plans')).toBe(false);
    expect(isSessionOfRole(session, 'arn:aws:iam::123456789012:role/other')).toBe(false);
    expect(isSessionOfRole('arn:aws:iam::123456789012:user/backup-plans', ROLE)).toBe(false);
  });

  it('decodes JWT claims without verifying, and tolerates garbage', () => {
    expect(decodeJwtClaims(jwt({ sub: 'x' }))).toEqual({ sub: 'x' });
    expect(decodeJwtClaims('not-a-jwt')).toBeUndefined();
    expect(decodeJwtClaims('a.!!!.c')).toBeUndefined();
  });

  it('sessionLifetimeMs: Expiration minus the response Date, capped by the request; the request without a Date', () => {
    const expiration = new Date('2026-03-10T04:00:00Z');
    expect(sessionLifetimeMs(expiration, 'Tue, 10 Mar 2026 03:00:00 GMT', 3600)).toBe(3_599_000);
    expect(sessionLifetimeMs(expiration, 'Tue, 10 Mar 2026 01:00:00 GMT', 3600)).toBe(3_600_000);
    expect(sessionLifetimeMs(expiration, 'Tue, 10 Mar 2026 05:00:00 GMT', 3600)).toBe(0);
    expect(sessionLifetimeMs(expiration, undefined, 900)).toBe(900_000);
    expect(sessionLifetimeMs(expiration, 'garbage', 900)).toBe(900_000);
  });

  it('refreshingProvider keeps identities without expiration forever', async () => {
    let calls = 0;
    const provider = refreshingProvider(
      async () => ({ accessKeyId: `k${++calls}`, secretAccessKey: 's' }),
      1000,
    );
    await provider();
    await provider();
    expect(calls).toBe(1);
  });
});
