// The harness's pieces together: the fake GitHub's ID tokens, timed by the simulator's clock, are
// accepted by the simulator's STS trust policies (and refused when the claims do not match), and the
// admin helpers reach the simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startSimulator } from '../../src/simulator/index.js';
import { runAction, simAdmin, simulatorClock, startFakeGitHub, type FakeGitHub } from './harness.js';

const ROLE = 'arn:aws:iam::123456789012:role/backup-plans';
const world = {
  start: '2026-01-01T00:00:00Z',
  accounts: ['123456789012'],
  roles: [{ arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } }],
  vaults: [{ account: '123456789012', region: 'eu-west-1', name: 'production' }],
  resources: [
    { arn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1', tags: { backup: 'daily' }, sizeGiB: 20 },
  ],
};

let sim: Awaited<ReturnType<typeof startSimulator>>;
let github: FakeGitHub;

beforeAll(async () => {
  sim = await startSimulator({ world, port: 0 });
  github = await startFakeGitHub({ repository: 'acme/infra', clock: simulatorClock(sim) });
});
afterAll(async () => {
  await github.close();
  await sim.close();
});

const assume = (token: string) =>
  new STSClient({
    region: 'eu-west-1',
    endpoint: sim.url,
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  }).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: ROLE,
      RoleSessionName: 'harness',
      WebIdentityToken: token,
    }),
  );

describe('fake OIDC tokens against the simulator', () => {
  it('are timed by the simulator clock and accepted by a matching trust policy', async () => {
    await simAdmin.advance(sim, 3600);
    const token = await github.oidc.tokenFor({ aud: 'sts.amazonaws.com' });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number };
    expect(payload.iat).toBe(Date.parse('2026-01-01T01:00:00Z') / 1000);
    const result = await assume(token);
    expect(result.AssumedRoleUser?.Arn).toMatch(/assumed-role\/backup-plans\/harness$/);
    expect(result.SubjectFromWebIdentityToken).toBe('repo:acme/infra:ref:refs/heads/main');
    expect(result.Credentials?.SecretAccessKey).toBeTruthy();
  });

  it('are refused when the subject does not match the trust policy', async () => {
    const token = await github.oidc.tokenFor({
      aud: 'sts.amazonaws.com',
      sub: 'repo:evil/fork:ref:refs/heads/main',
    });
    await expect(assume(token)).rejects.toMatchObject({
      name: 'AccessDenied',
      message: expect.stringMatching(/Not authorized to perform sts:AssumeRoleWithWebIdentity/),
    });
  });

  it('expire on the simulator clock', async () => {
    const token = await github.oidc.tokenFor({ aud: 'sts.amazonaws.com' });
    await simAdmin.advance(sim, 600);
    await expect(assume(token)).rejects.toMatchObject({ name: 'ExpiredTokenException' });
  });

  it('reach the admin API through the helpers', async () => {
    const stats = await simAdmin.stats(sim);
    expect(stats.calls.AssumeRoleWithWebIdentity).toBe(3);
    const state = await simAdmin.state(sim);
    expect(JSON.stringify(state)).toContain('vol-1');
  });

  it('runAction points the AWS endpoints at the simulator, or at one it starts for the run', async () => {
    const withSim = await runAction({ sim, github, inputs: { command: 'not-a-command' } });
    for (const name of [
      'AWS_ENDPOINT_URL_BACKUP',
      'AWS_ENDPOINT_URL_STS',
      'AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API',
    ])
      expect(withSim.env[name]).toBe(sim.url);
    const ephemeral = await runAction({ world, github, inputs: { command: 'not-a-command' } });
    const url = ephemeral.env.AWS_ENDPOINT_URL_STS!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toBe(sim.url);
    // Closed after the run.
    await expect(fetch(`${url}/_sim/clock`)).rejects.toThrow();
  });
});
