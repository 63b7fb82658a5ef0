// Injected faults and the admin API: the SDK's own retry logic must engage on throttling and 5xx,
// and fail fast on what is not retryable.
import {
  BackupClient,
  DeleteRecoveryPointCommand,
  DescribeBackupVaultCommand,
  ListRecoveryPointsByBackupVaultCommand,
  StartBackupJobCommand,
} from '@aws-sdk/client-backup';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
} from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import {
  ACCOUNT,
  admin,
  BACKUP_ROLE,
  baseWorld,
  clients,
  credentials,
  DB,
  DR_REGION,
  FS,
  NO_SLR_ROLE,
  REGION,
  rejects,
  ROLE,
  jwt,
  VOLUME,
} from './helpers.js';

let h: SimulatorHandle;
let c: ReturnType<typeof clients>;
beforeEach(async () => {
  const world = baseWorld();
  world.recoveryPoints = [
    { vault: 'production', resourceArn: VOLUME, created: '2025-12-30T00:00:00Z' },
    { vault: 'production', resourceArn: FS, created: '2025-12-30T00:00:00Z' },
    { vault: 'production', resourceArn: DB, created: '2025-12-30T00:00:00Z' },
  ];
  h = await startSimulator({ world });
  c = clients(h.url);
});
afterEach(async () => h.close());

const pointOf = (resource: string) =>
  h.sim.dump().recoveryPoints.find((p) => p.resourceArn === resource)!.arn;
const describeVault = () => c.backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));

describe('fail faults', () => {
  it('the SDK retries injected throttling and then succeeds', async () => {
    await admin(h.url, 'POST', '/_sim/faults', {
      operation: 'DescribeBackupVault',
      fail: { count: 2, error: 'ThrottlingException' },
    });
    const out = await describeVault();
    expect(out.$metadata.attempts).toBe(3);
    expect(await admin(h.url, 'GET', '/_sim/stats')).toEqual({
      calls: { DescribeBackupVault: 3 },
      throttled: { DescribeBackupVault: 2 },
      errors: {},
    });
  });

  it('the SDK gives up after its attempts with the service error', async () => {
    h.sim.addFault({ operation: '*', fail: { count: 5, error: 'ThrottlingException' } });
    const error = await rejects(describeVault(), 'ThrottlingException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 3 });
  });

  it('5xx are retried, access denied is not', async () => {
    h.sim.addFault({
      operation: 'DescribeBackupVault',
      fail: { count: 1, error: 'ServiceUnavailableException' },
    });
    expect((await describeVault()).$metadata.attempts).toBe(2);
    h.sim.addFault({
      operation: 'DescribeBackupVault',
      fail: { count: 1, error: 'AccessDeniedException', message: 'no backup:DescribeBackupVault' },
    });
    const denied = await rejects(describeVault(), 'AccessDeniedException');
    expect(denied.$metadata).toMatchObject({ httpStatusCode: 403, attempts: 1 });
    expect(denied.message).toBe('no backup:DescribeBackupVault');
    expect(h.sim.stats().errors).toEqual({ DescribeBackupVault: 2 });
  });

  it('STS and Tagging faults use their own shapes', async () => {
    h.sim.addFault({ operation: 'GetCallerIdentity', fail: { count: 1, error: 'AccessDenied' } });
    const sts = await rejects(c.sts.send(new GetCallerIdentityCommand({})), 'AccessDenied');
    expect(sts.$metadata?.httpStatusCode).toBe(403);
    // A fault scoped to a role matches web-identity calls assuming that role.
    h.sim.addFault({
      operation: 'AssumeRoleWithWebIdentity',
      role: ROLE,
      fail: { count: 1, error: 'InvalidIdentityToken' },
    });
    const token = jwt({ sub: 'repo:acme/infra:ref:refs/heads/main', aud: 'sts.amazonaws.com' });
    await rejects(
      c.sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: ROLE,
          RoleSessionName: 'run-1',
          WebIdentityToken: token,
        }),
      ),
      'InvalidIdentityTokenException',
    );
    h.sim.addFault({ operation: 'GetResources', fail: { count: 1, error: 'InternalServiceException' } });
    expect((await c.tagging.send(new GetResourcesCommand({}))).$metadata.attempts).toBe(2);
  });

  it('is scoped to resource, role, account and region', async () => {
    h.sim.addFault({
      operation: 'DeleteRecoveryPoint',
      resource: VOLUME,
      fail: { count: 10, error: 'InvalidResourceStateException' },
    });
    await rejects(
      c.backup.send(
        new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: pointOf(VOLUME) }),
      ),
      'InvalidResourceStateException',
    );
    await c.backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: pointOf(FS) }),
    );

    h.sim.addFault({
      operation: 'ListRecoveryPointsByBackupVault',
      role: NO_SLR_ROLE,
      fail: { count: 10, error: 'AccessDeniedException' },
    });
    await c.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }));
    const assumed = await c.sts.send(new AssumeRoleCommand({ RoleArn: NO_SLR_ROLE, RoleSessionName: 's1' }));
    const asRole = clients(h.url, REGION, {
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: 'x',
      sessionToken: 'y',
    });
    await rejects(
      asRole.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' })),
      'AccessDeniedException',
    );

    h.sim.clearFaults();
    h.sim.addFault({
      operation: 'ListBackupVaults',
      region: DR_REGION,
      account: ACCOUNT,
      fail: { count: 10, error: 'AccessDeniedException' },
    });
    h.sim.addFault({
      operation: 'GetResources',
      account: '999999999999',
      fail: { count: 10, error: 'AccessDeniedException' },
    });
    await c.tagging.send(new GetResourcesCommand({}));
    expect(h.sim.faults.list().map((f) => f.fail?.count)).toEqual([10, 10]);
  });
});

describe('throttle and latency faults', () => {
  it('throttles above the rate in real time; the SDK sees ThrottlingException', async () => {
    h.sim.addFault({ operation: 'DescribeBackupVault', throttle: { rps: 2 } });
    const quick = new BackupClient({ endpoint: h.url, region: REGION, credentials, maxAttempts: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        quick.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' })),
      ),
    );
    const throttled = results.filter(
      (r) => r.status === 'rejected' && (r.reason as Error).name === 'ThrottlingException',
    );
    // A burst of 2, refilled at 2/s while the 20 requests arrive.
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(2);
    expect(throttled.length).toBeGreaterThanOrEqual(10);
    expect(h.sim.stats().throttled.DescribeBackupVault).toBe(throttled.length);
    // Tokens come back with real time.
    await new Promise((r) => setTimeout(r, 600));
    await quick.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
  });

  it('delays calls by latencyMs', async () => {
    h.sim.addFault({ operation: '*', latencyMs: 150 });
    const t0 = performance.now();
    await describeVault();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(145);
  });
});

describe('admin API', () => {
  it('reads and advances the clock, lists and clears faults, dumps state, patches the world', async () => {
    expect(await admin(h.url, 'GET', '/_sim/clock')).toEqual({ now: '2026-01-01T00:00:00.000Z' });
    expect(await admin(h.url, 'POST', '/_sim/clock/advance', { seconds: 90 })).toEqual({
      now: '2026-01-01T00:01:30.000Z',
    });
    expect(await admin(h.url, 'POST', '/_sim/clock/advance', { to: '2026-01-02T00:00:00Z' })).toEqual({
      now: '2026-01-02T00:00:00.000Z',
    });
    await expect(admin(h.url, 'POST', '/_sim/clock/advance', { seconds: -1 })).rejects.toThrow(/forward/);
    const fault = (await admin(h.url, 'POST', '/_sim/faults', {
      operation: 'StartBackupJob',
      fail: { count: 3, error: 'ThrottlingException' },
    })) as { id: string };
    await admin(h.url, 'POST', '/_sim/faults', { operation: '*', latencyMs: 1 });
    expect(((await admin(h.url, 'GET', '/_sim/faults')) as { faults: unknown[] }).faults).toHaveLength(2);
    await admin(h.url, 'DELETE', `/_sim/faults/${fault.id}`);
    expect(((await admin(h.url, 'GET', '/_sim/faults')) as { faults: unknown[] }).faults).toHaveLength(1);
    await admin(h.url, 'DELETE', '/_sim/faults');
    expect(((await admin(h.url, 'GET', '/_sim/faults')) as { faults: unknown[] }).faults).toHaveLength(0);
    await expect(admin(h.url, 'POST', '/_sim/faults', { operation: 'X' })).rejects.toThrow(/at least one of/);

    await admin(h.url, 'POST', '/_sim/world', {
      resources: [{ arn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-new', tags: { backup: 'daily' } }],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'added' }],
      roles: [{ arn: NO_SLR_ROLE, canCreateServiceLinkedRole: true }],
      recoveryPoints: [
        { vault: 'added', resourceArn: VOLUME, created: '2026-01-01T12:00:00Z', tags: { seeded: 'yes' } },
      ],
    });
    await expect(
      admin(h.url, 'POST', '/_sim/world', { vaults: [{ account: '1', region: REGION, name: 'x' }] }),
    ).rejects.toThrow(/12 digits/);
    const state = (await admin(h.url, 'GET', '/_sim/state')) as ReturnType<typeof h.sim.dump>;
    expect(state.now).toBe('2026-01-02T00:00:00.000Z');
    expect(state.vaults.map((v) => v.name)).toContain('added');
    expect(state.resources.map((r) => r.arn)).toContain('arn:aws:ec2:eu-west-1:123456789012:volume/vol-new');
    expect(state.roles).toContainEqual({ arn: NO_SLR_ROLE, canCreateServiceLinkedRole: true });
    expect(state.recoveryPoints.find((p) => p.vault.name === 'added')).toMatchObject({
      resourceArn: VOLUME,
      tags: { seeded: 'yes' },
      status: 'COMPLETED',
    });
    expect(await admin(h.url, 'DELETE', '/_sim/stats')).toEqual({ calls: {}, throttled: {}, errors: {} });
    await expect(admin(h.url, 'GET', '/_sim/nope')).rejects.toThrow(/404/);
  });
});

describe('admin API: next event', () => {
  it('names the instant of the next queued job transition, and null when nothing is queued', async () => {
    expect(await admin(h.url, 'GET', '/_sim/clock/next')).toEqual({
      now: '2026-01-01T00:00:00.000Z',
      next: null,
    });
    await c.backup.send(
      new StartBackupJobCommand({
        BackupVaultName: 'production',
        ResourceArn: DB,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    // A job waits 1 minute in CREATED, then runs 1 minute per GiB (the DB is 5 GiB).
    expect(await admin(h.url, 'GET', '/_sim/clock/next')).toEqual({
      now: '2026-01-01T00:00:00.000Z',
      next: '2026-01-01T00:01:00.000Z',
    });
    h.sim.advance(60);
    expect(h.sim.nextEventAt()?.toISOString()).toBe('2026-01-01T00:06:00.000Z');
    h.sim.advance(300);
    expect(h.sim.nextEventAt()).toBeUndefined();
  });
});

describe('lost answers (lose): the operation runs, its answer does not arrive', () => {
  it('reset: the connection closes without a response, yet the delete took effect', async () => {
    const point = pointOf(VOLUME);
    h.sim.addFault({ operation: 'DeleteRecoveryPoint', lose: { count: 1, how: 'reset' } });
    const once = new BackupClient({ endpoint: h.url, region: REGION, credentials, maxAttempts: 1 });
    const error = await once
      .send(new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: point }))
      .then(
        () => undefined,
        (e: unknown) => e as Error & { code?: string },
      );
    expect(error, 'the call must fail').toBeDefined();
    expect(`${error!.name} ${error!.code ?? ''} ${error!.message}`).toMatch(/ECONNRESET|socket hang up/);
    // AWS deletes asynchronously: the point is DELETING although the caller saw no answer.
    expect(h.sim.dump().recoveryPoints.find((p) => p.arn === point)?.status).toBe('DELETING');
    expect(h.sim.stats().errors).toEqual({ DeleteRecoveryPoint: 1 });
    // Only `count` answers are lost.
    await describeVault();
  });

  it('malformed: 200 with a body that does not parse, for JSON and XML services', async () => {
    h.sim.addFault({ operation: 'DescribeBackupVault', lose: { count: 1, how: 'malformed' } });
    const once = new BackupClient({ endpoint: h.url, region: REGION, credentials, maxAttempts: 1 });
    const error = await once.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' })).then(
      () => undefined,
      (e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } },
    );
    expect(error, 'the call must fail').toBeDefined();
    expect(error!.$metadata?.httpStatusCode).toBe(200);
    h.sim.addFault({ operation: 'GetCallerIdentity', lose: { count: 1, how: 'malformed' } });
    await expect(c.sts.send(new GetCallerIdentityCommand({}))).rejects.toThrow();
    expect((await describeVault()).BackupVaultName).toBe('production');
    expect(h.sim.stats().errors).toEqual({ DescribeBackupVault: 1, GetCallerIdentity: 1 });
  });

  it('refuses a lose fault without a count or with an unknown kind', () => {
    expect(() => h.sim.addFault({ operation: '*', lose: { count: 0, how: 'reset' } })).toThrow(
      /"lose" needs/,
    );
    expect(() => h.sim.addFault({ operation: '*', lose: { count: 1, how: 'garbled' as 'reset' } })).toThrow(
      /"lose" needs/,
    );
  });
});
