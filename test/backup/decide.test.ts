import { describe, expect, it } from 'vitest';
import type { ObservedCopyJob } from '../../src/backup/aws-io.js';
import {
  backupJobInput,
  copyDestinationVaultArn,
  copyJobInput,
  decideCopies,
  decideResource,
  isResourceGoneMessage,
  ownershipOf,
  pointsNeedingTags,
  type ResourceDecisionInput,
} from '../../src/backup/decide.js';
import { job, owned, plan, point, rule, vol } from './fixtures.js';

const NOW = new Date('2026-03-10T03:20:00Z');
const VAULT = {
  name: 'production',
  arn: 'arn:aws:backup:eu-west-1:123456789012:backup-vault:production',
  locked: false,
};

function input(overrides: Partial<ResourceDecisionInput>): ResourceDecisionInput {
  return {
    plan: plan([rule({ name: 'daily' })]),
    namespace: 'acme/infra',
    resourceArn: vol('vol-1'),
    now: NOW,
    jobs: [],
    points: [],
    copyJobs: [],
    vault: VAULT,
    ...overrides,
  };
}

describe('pointsNeedingTags', () => {
  it('reads tags of points since the oldest current slot or within the copy window, plus the newest for backfill', () => {
    const p = plan([
      rule({ name: 'daily' }),
      rule({ name: 'weekly', schedule: '0 3 * * 1' }), // latest slot: Monday 2026-03-09 03:00
    ]);
    const old = point('2026-03-01T03:10:00Z', undefined);
    const monday = point('2026-03-09T03:10:00Z');
    const today = point('2026-03-10T03:05:00Z');
    expect(pointsNeedingTags(p, [old, monday, today], NOW)).toEqual([monday, today]);
    const withBackfill = plan([
      rule({
        name: 'daily',
        copyTo: [
          { account: '123456789012', region: 'eu-central-1', vault: 'dr', retain: { days: 9 }, backfill: 3 },
        ],
      }),
    ]);
    expect(pointsNeedingTags(withBackfill, [old, monday, today], NOW)).toHaveLength(3);
  });
  it('leaves out points whose type takes no tags', () => {
    const dynamo = point(
      '2026-03-10T03:05:00Z',
      undefined,
      'arn:aws:dynamodb:eu-west-1:123456789012:table/t/backup/01',
    );
    expect(pointsNeedingTags(plan([rule({ name: 'daily' })]), [dynamo], NOW)).toEqual([]);
  });
});

describe('decideResource', () => {
  it('plans a job with the ownership tags when nothing serves the slot', () => {
    const d = decideResource(input({}));
    expect(d.kind).toBe('start');
    expect(d.planned?.recoveryPointTags).toEqual(owned('daily', '2026-03-10T03:00:00Z'));
    expect(d.attempt).toBe(1);
    expect(d.maxAttempts).toBe(4);
    expect(d.rules).toEqual([
      { rule: 'daily', slot: '2026-03-10T03:00:00.000Z', late: false, status: 'due' },
    ]);
  });
  it('an in-flight job serves the slot', () => {
    const d = decideResource(input({ jobs: [job('j1', 'RUNNING', '2026-03-10T03:05:00Z')] }));
    expect(d.kind).toBe('satisfied');
    expect(d.job?.id).toBe('j1');
    expect(d.rules[0]!.servedBy).toEqual({ jobId: 'j1', jobState: 'RUNNING' });
  });
  it('a point of another namespace does not serve the slot; an unread old point is not assumed ours', () => {
    const foreign = point('2026-03-10T03:05:00Z', owned('daily', '2026-03-10T03:00:00Z', 'someone/else'));
    expect(decideResource(input({ points: [foreign] })).kind).toBe('start');
    const unread = point('2026-03-10T03:05:00Z'); // readable type, tags not read
    expect(decideResource(input({ points: [unread] })).kind).toBe('start');
    const ours = point('2026-03-10T03:05:00Z', owned('daily', '2026-03-10T03:00:00Z'));
    const d = decideResource(input({ points: [ours] }));
    expect(d.kind).toBe('satisfied');
    expect(d.rules[0]!.servedBy).toEqual({ pointArn: ours.arn });
  });
  it('a failed attempt is retried with the next attempt; the report shows the failed job', () => {
    const d = decideResource(
      input({ jobs: [job('j1', 'FAILED', '2026-03-10T03:05:00Z', { statusMessage: 'boom' })] }),
    );
    expect(d.kind).toBe('start');
    expect(d.attempt).toBe(2);
    expect(d.job?.id).toBe('j1');
  });
  it('retries exhausted: failed for good', () => {
    const jobs = [1, 2, 3, 4].map((i) =>
      job(`j${i}`, 'FAILED', `2026-03-10T03:0${i}:00Z`, { statusMessage: 'boom' }),
    );
    const d = decideResource(input({ jobs }));
    expect(d.kind).toBe('failed');
    expect(d.reason).toMatch(/4 attempts.*boom/);
  });
  it('a resource that is gone is skipped, never retried', () => {
    const gone = job('j1', 'FAILED', '2026-03-10T03:05:00Z', {
      statusMessage: `Backup job failed because the resource ${vol('vol-1')} was not found.`,
    });
    const d = decideResource(input({ jobs: [gone] }));
    expect(d.kind).toBe('skipped');
    expect(d.reason).toMatch(/no longer exists/);
  });
  it('a copy job running for the resource means retry later', () => {
    const copy: ObservedCopyJob = {
      id: 'c1',
      state: 'RUNNING',
      resourceArn: vol('vol-1'),
      sourcePointArn: 'p',
      destinationVaultArn: 'v',
      created: new Date('2026-03-10T02:00:00Z'),
    };
    const d = decideResource(input({ copyJobs: [copy] }));
    expect(d.kind).toBe('retry-later');
    expect(d.reason).toMatch(/copy job c1/);
  });
  it('a vault lock that no lifecycle fits is a failure that says what to set', () => {
    const p = plan([rule({ name: 'daily', retain: { keep: { daily: 7 } } })]);
    const d = decideResource(input({ plan: p, vault: { ...VAULT, maxRetentionDays: 30 } }));
    expect(d.kind).toBe('failed');
    expect(d.reason).toMatch(/hardLimitDays/);
  });
});

describe('isResourceGoneMessage', () => {
  it('recognises AWS wording for a missing resource only', () => {
    expect(isResourceGoneMessage('Backup job failed because the resource arn:x was not found.')).toBe(true);
    expect(isResourceGoneMessage('Resource arn:x does not exist')).toBe(true);
    expect(isResourceGoneMessage('Backup vault v does not exist.')).toBe(false);
    expect(isResourceGoneMessage(undefined)).toBe(false);
  });
});

describe('backupJobInput', () => {
  const planned = (p: ReturnType<typeof plan>) => decideResource(input({ plan: p })).planned!;
  it('days retention becomes the lifecycle; windows and the backup role are set', () => {
    const p = plan([rule({ name: 'daily', startWithinMinutes: 120, completeWithinMinutes: 600 })]);
    const req = backupJobInput(p, planned(p));
    expect(req).toMatchObject({
      BackupVaultName: 'production',
      ResourceArn: vol('vol-1'),
      IamRoleArn: p.aws.backupRole,
      StartWindowMinutes: 120,
      CompleteWindowMinutes: 600,
      Lifecycle: { DeleteAfterDays: 35 },
      RecoveryPointTags: owned('daily', '2026-03-10T03:00:00Z'),
    });
    expect(req.IdempotencyToken).toMatch(/^[0-9a-f]{64}$/);
  });
  it('GFS points get no lifecycle unless hardLimitDays', () => {
    const gfs = plan([rule({ name: 'daily', retain: { keep: { daily: 7 } } })]);
    expect(backupJobInput(gfs, planned(gfs)).Lifecycle).toBeUndefined();
    const capped = plan([rule({ name: 'daily', retain: { keep: { daily: 7 }, hardLimitDays: 400 } })]);
    expect(backupJobInput(capped, planned(capped)).Lifecycle).toEqual({ DeleteAfterDays: 400 });
  });
  it('the completion window always ends after the start window', () => {
    const p = plan([rule({ name: 'daily', startWithinMinutes: 480, completeWithinMinutes: 120 })]);
    expect(backupJobInput(p, planned(p)).CompleteWindowMinutes).toBe(540);
  });
});

describe('copies', () => {
  const dr = {
    account: '123456789012',
    region: 'eu-central-1',
    vault: 'production-dr',
    retain: { days: 90 },
  };
  const iso = {
    account: '210987654321',
    region: 'eu-west-1',
    vault: 'isolated',
    retain: { keep: { monthly: 12 } },
  };
  const p = plan([rule({ name: 'daily', copyTo: [dr, iso] })]);
  const fresh = point('2026-03-10T03:05:00Z', owned('daily', '2026-03-10T03:00:00Z'));
  const drArn = copyDestinationVaultArn(p, dr);

  it('builds destination vault ARNs in the plan partition', () => {
    expect(drArn).toBe('arn:aws:backup:eu-central-1:123456789012:backup-vault:production-dr');
    expect(copyDestinationVaultArn(p, iso)).toBe(
      'arn:aws:backup:eu-west-1:210987654321:backup-vault:isolated',
    );
  });
  it('copies an owned, completed, young point once to each destination', () => {
    const actions = decideCopies({
      plan: p,
      namespace: 'acme/infra',
      now: NOW,
      points: [fresh],
      copyJobs: [],
    });
    expect(actions.map((a) => a.destinationVaultArn)).toEqual([drArn, copyDestinationVaultArn(p, iso)]);
    const copied: ObservedCopyJob = {
      id: 'c1',
      state: 'COMPLETED',
      resourceArn: fresh.resourceArn,
      sourcePointArn: fresh.arn,
      destinationVaultArn: drArn,
      created: NOW,
    };
    const again = decideCopies({
      plan: p,
      namespace: 'acme/infra',
      now: NOW,
      points: [fresh],
      copyJobs: [copied],
    });
    expect(again.map((a) => a.destination.vault)).toEqual(['isolated']);
  });
  it('does not copy points that are not ours, not completed, or older than copyWithin', () => {
    const foreign = point('2026-03-10T03:05:00Z', owned('daily', '2026-03-10T03:00:00Z', 'x/y'));
    const partial = {
      ...point('2026-03-10T03:05:00Z', owned('daily', '2026-03-10T03:00:00Z')),
      status: 'PARTIAL',
    };
    const old = point('2026-03-07T03:05:00Z', owned('daily', '2026-03-07T03:00:00Z'));
    expect(
      decideCopies({
        plan: p,
        namespace: 'acme/infra',
        now: NOW,
        points: [foreign, partial, old],
        copyJobs: [],
      }),
    ).toEqual([]);
  });
  it('retries a failed copy with the next attempt and a new token', () => {
    const failed: ObservedCopyJob = {
      id: 'c1',
      state: 'FAILED',
      resourceArn: fresh.resourceArn,
      sourcePointArn: fresh.arn,
      destinationVaultArn: drArn,
      created: NOW,
    };
    const [first] = decideCopies({
      plan: p,
      namespace: 'acme/infra',
      now: NOW,
      points: [fresh],
      copyJobs: [],
    });
    const [retry] = decideCopies({
      plan: p,
      namespace: 'acme/infra',
      now: NOW,
      points: [fresh],
      copyJobs: [failed],
    });
    expect(retry!.attempt).toBe(2);
    expect(copyJobInput(p, 'acme/infra', retry!).IdempotencyToken).not.toBe(
      copyJobInput(p, 'acme/infra', first!).IdempotencyToken,
    );
  });
  it('the copy lifecycle follows the destination retention (none for GFS)', () => {
    const [toDr, toIso] = decideCopies({
      plan: p,
      namespace: 'acme/infra',
      now: NOW,
      points: [fresh],
      copyJobs: [],
    });
    expect(copyJobInput(p, 'acme/infra', toDr!)).toMatchObject({
      RecoveryPointArn: fresh.arn,
      SourceBackupVaultName: 'production',
      DestinationBackupVaultArn: drArn,
      IamRoleArn: p.aws.backupRole,
      Lifecycle: { DeleteAfterDays: 90 },
    });
    expect(copyJobInput(p, 'acme/infra', toIso!).Lifecycle).toBeUndefined();
  });
  it('a copy carries exactly the ownership tags of its source', () => {
    const source = point('2026-03-10T03:05:00Z', { ...owned('daily', '2026-03-10T03:00:00Z'), team: 'x' });
    expect(ownershipOf(source, 'acme/infra', 'prod')).toEqual(owned('daily', '2026-03-10T03:00:00Z'));
    expect(ownershipOf(source, 'other/ns', 'prod')).toBeUndefined();
  });
});
