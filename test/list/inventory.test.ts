import { describe, expect, it } from 'vitest';
import type { VaultInventory } from '../../src/aws/inventory.js';
import { planInventory } from '../../src/list/inventory.js';
import { pointLocations } from '../../src/plan/locations.js';
import type { Plan } from '../../src/plan/model.js';

const VOL = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const plan = {
  id: 'prod',
  aws: {
    account: '123456789012',
    region: 'eu-west-1',
    role: 'arn:aws:iam::123456789012:role/backup-plans',
    backupRole: 'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole',
  },
  vault: 'production',
  rules: [
    {
      name: 'daily',
      schedule: '0 3 * * *',
      timezone: 'UTC',
      startWithinMinutes: 60,
      completeWithinMinutes: 600,
      retain: { days: 35 },
      copyTo: [],
      copyWithinMinutes: 2880,
      retries: 3,
    },
  ],
} as unknown as Plan;

const ours = {
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': 'prod',
  'backup-plans:rules': 'daily',
};
const inventory = (created: string, tags: Record<string, string> | undefined = ours): VaultInventory => ({
  locked: false,
  points: [
    {
      arn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1',
      resourceArn: VOL,
      resourceType: 'EBS',
      status: 'COMPLETED',
      creationDate: new Date(created),
      tags,
      legalHold: false,
    },
  ],
});
const run = (created: string, now: string, tags?: Record<string, string>) =>
  planInventory(
    plan,
    'acme/infra',
    [{ location: pointLocations(plan)[0]!, inventory: inventory(created, tags) }],
    new Date(now),
  );

describe('planInventory freshness', () => {
  it('ok while the newest point is from the latest slot whose start window has passed', () => {
    expect(run('2026-03-08T03:01:00Z', '2026-03-08T12:00:00Z').freshness[0]!.status).toBe('ok');
    // 04:30: the 03:00 slot is still within its start window plus an hour: yesterday's point is fine.
    expect(run('2026-03-07T03:01:00Z', '2026-03-08T04:30:00Z').freshness[0]!.status).toBe('ok');
  });
  it('behind once a slot was missed', () => {
    const f = run('2026-03-06T03:01:00Z', '2026-03-08T12:00:00Z').freshness[0]!;
    expect(f).toMatchObject({
      status: 'behind',
      expectedSlot: '2026-03-08T03:00:00.000Z',
      newestAgeHours: 57,
    });
  });
  it('points whose tags name another plan are listed but never counted, and say why', () => {
    const inv = run('2026-03-08T03:01:00Z', '2026-03-08T12:00:00Z', { 'backup-plans:plan': 'other' });
    expect(inv.freshness).toEqual([]);
    expect(inv.points[0]!.reasons).toEqual(['not this plan’s: never pruned by it']);
    expect(run('2026-03-08T03:01:00Z', '2026-03-08T12:00:00Z').points[0]!.reasons).toEqual([
      'daily: retain.days 35',
    ]);
  });
});
