// World files: validation with clear errors, and seeding/deleting at the scale tests use.
import { DeleteRecoveryPointCommand, ListRecoveryPointsByBackupVaultCommand } from '@aws-sdk/client-backup';
import { describe, expect, it } from 'vitest';
import { startSimulator, validateWorld, type World } from '../../src/simulator/index.js';
import { ACCOUNT, baseWorld, clients, REGION, VOLUME } from './helpers.js';

describe('validateWorld', () => {
  it('accepts the example from issue #4', () => {
    const world = {
      start: '2026-01-01T00:00:00Z',
      accounts: ['123456789012'],
      roles: [
        {
          arn: 'arn:aws:iam::123456789012:role/backup-plans',
          trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' },
        },
      ],
      vaults: [
        {
          account: '123456789012',
          region: 'eu-west-1',
          name: 'production',
          kmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/1111',
          lock: { minRetentionDays: 7 },
        },
      ],
      resources: [
        { arn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1', tags: { backup: 'daily' }, sizeGiB: 20 },
      ],
    };
    expect(validateWorld(world)).toEqual(world);
  });

  it('names the place and the problem', () => {
    const attempt = (w: unknown) => {
      try {
        validateWorld(w, 'w.json');
      } catch (error) {
        return (error as Error).message;
      }
      return 'valid';
    };
    expect(attempt({})).toContain('accounts: ');
    expect(attempt({ accounts: [123456789012] })).toContain('accounts[0]: ');
    expect(
      attempt({
        accounts: [ACCOUNT],
        vaults: [{ account: ACCOUNT, region: 'eu-west-1', name: 'vv', lock: { minRetentionDays: 'seven' } }],
      }),
    ).toContain('vaults[0].lock.minRetentionDays');
    expect(
      attempt({
        accounts: [ACCOUNT],
        vaults: [{ account: '999999999999', region: 'eu-west-1', name: 'vv' }],
      }),
    ).toContain('vaults[0].account: 999999999999 is not in "accounts"');
    expect(attempt({ accounts: [ACCOUNT], roles: [{ arn: 'backup-role' }] })).toContain(
      'roles[0].arn: a role ARN looks like',
    );
    expect(attempt({ accounts: [ACCOUNT], resources: [{ arn: 'vol-1' }] })).toContain(
      'resources[0].arn: not an ARN',
    );
    expect(
      attempt({
        accounts: [ACCOUNT],
        recoveryPoints: [{ vault: 'nope', resourceArn: VOLUME, created: '2026-01-01T00:00:00Z' }],
      }),
    ).toContain('recoveryPoints[0].vault: no vault nope');
    expect(attempt({ accounts: [ACCOUNT], start: 'yesterday' })).toContain(
      'start: not an ISO-8601 date/time',
    );
    expect(attempt({ accounts: [ACCOUNT], regions: [] })).toMatch(/regions/);
    expect(
      attempt({
        accounts: [ACCOUNT],
        vaults: [
          {
            account: ACCOUNT,
            region: 'eu-west-1',
            name: 'vv',
            lock: { minRetentionDays: 10, maxRetentionDays: 5 },
          },
        ],
      }),
    ).toContain('minRetentionDays (10) is greater than maxRetentionDays (5)');
    expect(attempt({ accounts: [ACCOUNT], resources: [{ arn: 'arn:aws:s3:::bucket' }] })).toContain(
      'the ARN has no account',
    );
  });
});

describe('scale', () => {
  function bigWorld(n: number): World {
    const world = baseWorld();
    const base = Date.parse('2024-01-01T00:00:00Z');
    world.recoveryPoints = Array.from({ length: n }, (_, i) => ({
      vault: { account: ACCOUNT, region: REGION, name: 'production' },
      resourceArn: VOLUME,
      created: new Date(base + i * 3_600_000).toISOString(),
      tags: {
        'backup-plans:plan': 'prod',
        'backup-plans:slot': new Date(base + i * 3_600_000).toISOString(),
      },
    }));
    return world;
  }

  // Speed is measured by bench/simulator.bench.ts (ratios, not timings: CI machines are shared).
  it('seeds 20,000 recovery points', async () => {
    const h = await startSimulator({ world: bigWorld(20_000) });
    try {
      expect(h.sim.state.points.size).toBe(20_000);
    } finally {
      await h.close();
    }
  });

  it('lists 5,000 points across pages and deletes 500 of them through the SDK', async () => {
    const h = await startSimulator({ world: bigWorld(5_000) });
    try {
      const { backup } = clients(h.url);
      const arns: string[] = [];
      let token: string | undefined;
      do {
        const page = await backup.send(
          new ListRecoveryPointsByBackupVaultCommand({
            BackupVaultName: 'production',
            MaxResults: 1000,
            NextToken: token,
          }),
        );
        arns.push(...page.RecoveryPoints!.map((p) => p.RecoveryPointArn!));
        token = page.NextToken;
      } while (token);
      expect(arns).toHaveLength(5_000);
      for (const arn of arns.slice(0, 500))
        await backup.send(
          new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
        );
      h.sim.advance(60); // deletion is asynchronous: DELETING, then gone
      expect(h.sim.state.points.size).toBe(4_500);
    } finally {
      await h.close();
    }
  });
});
