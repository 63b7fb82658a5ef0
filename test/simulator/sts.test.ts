// The simulated STS through the SDK: web identity trust (sub/aud/exp on the simulated clock),
// AssumeRole, GetCallerIdentity, and sessions that act as their role in its account and expire.
import { DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
} from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { stringLike } from '../../src/simulator/sts.js';
import { ACCOUNT, baseWorld, clients, jwt, OTHER_ACCOUNT, REGION, rejects, ROLE } from './helpers.js';

let h: SimulatorHandle;
let c: ReturnType<typeof clients>;
beforeEach(async () => {
  const world = baseWorld();
  world.roles!.push({
    arn: `arn:aws:iam::${ACCOUNT}:role/long`,
    maxSessionDurationSeconds: 7200,
    trust: {
      sub: ['repo:acme/a:ref:refs/heads/main', 'repo:acme/b:environment:prod?'],
      aud: ['sts.amazonaws.com'],
    },
  });
  h = await startSimulator({ world });
  c = clients(h.url);
});
afterEach(async () => h.close());

const START = Date.parse('2026-01-01T00:00:00Z') / 1000;
const token = (claims: Record<string, unknown> = {}) =>
  jwt({
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:acme/infra:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    exp: START + 300,
    iat: START,
    ...claims,
  });

function assume(webIdentityToken: string, roleArn = ROLE, extra: { DurationSeconds?: number } = {}) {
  return c.sts.send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: 'gha-run-1',
      WebIdentityToken: webIdentityToken,
      ...extra,
    }),
  );
}

function as(
  creds: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string },
  region = REGION,
) {
  return clients(h.url, region, {
    accessKeyId: creds.AccessKeyId!,
    secretAccessKey: creds.SecretAccessKey!,
    sessionToken: creds.SessionToken!,
  });
}

describe('AssumeRoleWithWebIdentity', () => {
  it('issues credentials that act as the role in its account', async () => {
    const out = await assume(token());
    expect(out.AssumedRoleUser).toMatchObject({
      Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/backup-plans/gha-run-1`,
    });
    expect(out.AssumedRoleUser!.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:gha-run-1$/);
    expect(out).toMatchObject({
      SubjectFromWebIdentityToken: 'repo:acme/infra:ref:refs/heads/main',
      Audience: 'sts.amazonaws.com',
      Provider: 'token.actions.githubusercontent.com',
    });
    expect(out.Credentials!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(out.Credentials!.Expiration).toEqual(new Date('2026-01-01T01:00:00Z'));
    const who = await as(out.Credentials!).sts.send(new GetCallerIdentityCommand({}));
    expect(who).toMatchObject({
      Account: ACCOUNT,
      Arn: out.AssumedRoleUser!.Arn,
      UserId: out.AssumedRoleUser!.AssumedRoleId,
    });
  });

  it('acts in the role account: another account sees its own vaults only', async () => {
    const other = await assume(token(), `arn:aws:iam::${OTHER_ACCOUNT}:role/backup-plans`);
    const backup = as(other.Credentials!).backup;
    expect(
      (await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'isolated' }))).BackupVaultArn,
    ).toContain(OTHER_ACCOUNT);
    await rejects(
      backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' })),
      'ResourceNotFoundException',
    );
    // Any other key acts as the first account.
    await rejects(
      c.backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'isolated' })),
      'ResourceNotFoundException',
    );
  });

  it('checks the trust policy: sub (StringLike) and aud', async () => {
    const deniedSub = await rejects(
      assume(token({ sub: 'repo:evil/infra:ref:refs/heads/main' })),
      'AccessDenied',
    );
    expect(deniedSub.$metadata?.httpStatusCode).toBe(403);
    expect(deniedSub.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    await rejects(assume(token({ aud: 'something-else' })), 'AccessDenied');
    await assume(token({ aud: ['other', 'sts.amazonaws.com'] }));
    const long = `arn:aws:iam::${ACCOUNT}:role/long`;
    await assume(token({ sub: 'repo:acme/a:ref:refs/heads/main' }), long);
    await assume(token({ sub: 'repo:acme/b:environment:prod1' }), long);
    await rejects(assume(token({ sub: 'repo:acme/b:environment:prod12' }), long), 'AccessDenied');
    await rejects(assume(token(), `arn:aws:iam::${ACCOUNT}:role/unknown`), 'AccessDenied');
  });

  it('checks exp against the simulated clock, and refuses tokens that are not JWTs', async () => {
    await assume(token());
    h.sim.advance(301);
    const expired = await rejects(assume(token()), 'ExpiredTokenException');
    expect(expired.message).toContain('Token expired');
    await rejects(assume('not-a-jwt'), 'InvalidIdentityTokenException');
  });

  it('honours DurationSeconds and refuses expired sessions', async () => {
    const short = await assume(token(), ROLE, { DurationSeconds: 900 });
    expect(short.Credentials!.Expiration).toEqual(new Date('2026-01-01T00:15:00Z'));
    const backup = as(short.Credentials!).backup;
    await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    h.sim.advance(900);
    await rejects(
      backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' })),
      'ExpiredTokenException',
    );
    // STS's own code for it is ExpiredToken.
    await rejects(as(short.Credentials!).sts.send(new GetCallerIdentityCommand({})), 'ExpiredToken');
    await rejects(
      assume(jwt({ sub: 'repo:acme/infra:x', aud: 'sts.amazonaws.com', exp: START + 99999 }), ROLE, {
        DurationSeconds: 7200,
      }),
      'ValidationError',
    );
    const long = await assume(
      jwt({ sub: 'repo:acme/a:ref:refs/heads/main', aud: 'sts.amazonaws.com', exp: START + 99999 }),
      `arn:aws:iam::${ACCOUNT}:role/long`,
      { DurationSeconds: 7200 },
    );
    expect(long.Credentials!.Expiration!.getTime() - h.sim.now().getTime()).toBe(7_200_000);
  });
});

describe('AssumeRole and GetCallerIdentity', () => {
  it('assumes a role with signed credentials; unknown keys are the first account', async () => {
    const who = await c.sts.send(new GetCallerIdentityCommand({}));
    expect(who.Account).toBe(ACCOUNT);
    const out = await c.sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${OTHER_ACCOUNT}:role/backup-plans`,
        RoleSessionName: 'copy-tagger',
      }),
    );
    const them = await as(out.Credentials!).sts.send(new GetCallerIdentityCommand({}));
    expect(them.Arn).toBe(`arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/backup-plans/copy-tagger`);
    await rejects(
      c.sts.send(
        new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/nope`, RoleSessionName: 'x1' }),
      ),
      'AccessDenied',
    );
    await rejects(
      c.sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'bad name' })),
      'ValidationError',
    );
  });
});

it('StringLike matches like IAM', () => {
  expect(stringLike('repo:acme/*', 'repo:acme/x:ref:refs/heads/main')).toBe(true);
  expect(stringLike('repo:acme/?', 'repo:acme/xy')).toBe(false);
  expect(stringLike('repo:acme/??', 'repo:acme/xy')).toBe(true);
  expect(stringLike('a.b', 'axb')).toBe(false);
  expect(stringLike('*', '')).toBe(true);
});
