// World files: validation with clear errors, and seeding/deleting at the scale tests use.
import { describe, expect, it } from 'vitest';
import { validateWorld } from '../../src/simulator/index.js';
import { ACCOUNT, VOLUME } from './helpers.js';
import { scaleSuite } from './world-scale.js';

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

// The full sizes (20,000 seeded, 5,000 listed, 500 deleted) run in world-scale.test.ts, a slow test.
scaleSuite({ seeded: 2_000, listed: 2_500, deleted: 50 });
