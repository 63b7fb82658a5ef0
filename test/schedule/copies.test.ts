import { describe, expect, it } from 'vitest';
import {
  backfillPoints,
  copyAttempts,
  CopyEvidence,
  copyTargets,
  decideCopies,
  destinationVaultArn,
  existingCopy,
  ineligibility,
  resourceBusyReason,
  startOrder,
  type CopyDecision,
  type CopyInput,
  type CopyRule,
  type ObservedCopyJob,
  type SourcePoint,
} from '../../src/schedule/copies.js';
import { ownershipTags } from '../../src/schedule/token.js';

const NS = 'acme/infra';
const PLAN = 'production';
const SOURCE_VAULT = 'arn:aws:backup:eu-west-1:123456789012:backup-vault:production';
const DR = 'arn:aws:backup:eu-central-1:123456789012:backup-vault:production-dr';
const VOL = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const VOL2 = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-2';
const NOW = new Date('2026-05-10T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const daily: CopyRule = {
  name: 'daily',
  retries: 2,
  copyTo: [{ account: '123456789012', region: 'eu-central-1', vault: 'production-dr', retain: { days: 90 } }],
};

let n = 0;
function point(ageMs: number, extra: Partial<SourcePoint> & { rules?: string[] } = {}): SourcePoint {
  const creationDate = new Date(NOW.getTime() - ageMs);
  const { rules = ['daily'], ...rest } = extra;
  return {
    arn: `arn:aws:ec2:eu-west-1::snapshot/snap-${n++}`,
    resourceArn: VOL,
    creationDate,
    status: 'COMPLETED',
    storageClass: 'WARM',
    tags: ownershipTags({ namespace: NS, plan: PLAN, rules, slot: creationDate }),
    ...rest,
  };
}

function copyJob(p: SourcePoint, state: string, extra: Partial<ObservedCopyJob> = {}): ObservedCopyJob {
  return {
    copyJobId: `copy-${n++}`,
    sourceRecoveryPointArn: p.arn,
    destinationBackupVaultArn: DR,
    state,
    creationDate: new Date(NOW.getTime() - HOUR),
    ...extra,
  };
}

function decide(extra: Partial<CopyInput>) {
  return decideCopies({
    namespace: NS,
    plan: PLAN,
    sourceVaultArn: SOURCE_VAULT,
    rules: [daily],
    points: [],
    copyJobs: [],
    destinationPoints: [],
    now: NOW,
    ...extra,
  });
}

describe('copy decisions', () => {
  it('builds destination vault ARNs in the source partition', () => {
    expect(
      destinationVaultArn(SOURCE_VAULT, {
        account: '123456789012',
        region: 'eu-central-1',
        vault: 'production-dr',
      }),
    ).toBe(DR);
    expect(
      destinationVaultArn('arn:aws-cn:backup:cn-north-1:1:backup-vault:v', {
        account: '2',
        region: 'cn-northwest-1',
        vault: 'w',
      }),
    ).toBe('arn:aws-cn:backup:cn-northwest-1:2:backup-vault:w');
  });

  it('a young owned point is copied: token, lifecycle, destination tags', () => {
    const p = point(3 * HOUR);
    const [d] = decide({ points: [p] });
    expect(d).toMatchObject({
      action: 'start',
      sourcePointArn: p.arn,
      destination: { vault: 'production-dr', vaultArn: DR },
      rules: ['daily'],
      attempt: 1,
      backfill: false,
      lifecycle: { deleteAfterDays: 90 },
    });
    expect(d!.idempotencyToken).toMatch(/^[0-9a-f]{64}$/);
    expect(d!.destinationTags['backup-plans:rules']).toBe('daily');
    expect(d!.destinationTags['backup-plans:slot']).toBe(p.tags!['backup-plans:slot']);
  });

  it('once: a completed or running copy job, or a copy in the destination vault, means no new copy', () => {
    const p = point(3 * HOUR);
    expect(
      decide({
        points: [p],
        copyJobs: [copyJob(p, 'COMPLETED', { destinationRecoveryPointArn: 'arn:dst' })],
      })[0],
    ).toMatchObject({ action: 'completed', destinationPointArn: 'arn:dst' });
    expect(decide({ points: [p], copyJobs: [copyJob(p, 'RUNNING')] })[0]!.action).toBe('in-flight');
    const copy = {
      arn: 'arn:dst-rp',
      backupVaultArn: DR,
      resourceArn: VOL,
      creationDate: p.creationDate,
      sourceBackupVaultArn: SOURCE_VAULT,
    };
    expect(decide({ points: [p], destinationPoints: [copy] })[0]).toMatchObject({
      action: 'completed',
      destinationPointArn: 'arn:dst-rp',
    });
    // Tagged already and no job record left: nothing to report.
    expect(
      decide({
        points: [p],
        destinationPoints: [
          {
            ...copy,
            tags: ownershipTags({ namespace: NS, plan: PLAN, rules: ['daily'], slot: p.creationDate }),
          },
        ],
      }),
    ).toEqual([]);
    // A completed copy whose destination point is not tagged yet asks for tagging.
    expect(decide({ points: [p], destinationPoints: [{ ...copy, tags: {} }] })[0]).toMatchObject({
      action: 'completed',
      destinationTagged: false,
    });
  });

  it('copies someone else made (another role) are no evidence of ours; we make our own and never mark theirs', () => {
    const ROLE = 'arn:aws:iam::123456789012:role/AWSBackupDefaultServiceRole';
    const ORG = 'arn:aws:iam::123456789012:role/org-backup-policy';
    const p = point(3 * HOUR);
    const theirs = copyJob(p, 'COMPLETED', { destinationRecoveryPointArn: 'arn:theirs', iamRoleArn: ORG });
    const theirCopy = {
      arn: 'arn:theirs',
      backupVaultArn: DR,
      resourceArn: VOL,
      creationDate: p.creationDate,
      sourceBackupVaultArn: SOURCE_VAULT,
      iamRoleArn: ORG,
      // Copies carry the source point's tags: it looks like ours.
      tags: ownershipTags({ namespace: NS, plan: PLAN, rules: ['daily'], slot: p.creationDate }),
    };
    const [d] = decide({ points: [p], copyJobs: [theirs], destinationPoints: [theirCopy], copyRole: ROLE });
    expect(d).toMatchObject({ action: 'start', attempt: 1 });
    // Their failed jobs are not our attempts.
    const failed = copyJob(p, 'FAILED', { iamRoleArn: ORG, statusMessage: 'boom' });
    expect(decide({ points: [p], copyJobs: [failed, failed, failed], copyRole: ROLE })[0]).toMatchObject({
      action: 'start',
      attempt: 1,
    });
    // Their running job keeps the resource busy (AWS runs one job per resource at a time).
    expect(
      decide({
        points: [p],
        copyJobs: [copyJob(p, 'RUNNING', { iamRoleArn: ORG, resourceArn: VOL })],
        copyRole: ROLE,
      })[0],
    ).toMatchObject({ action: 'retry-later' });
    // Our own completed job: the copy to mark is our job's destination, not theirs.
    const ours = copyJob(p, 'COMPLETED', { destinationRecoveryPointArn: 'arn:ours', iamRoleArn: ROLE });
    const mine = decide({
      points: [p],
      copyJobs: [theirs, ours],
      destinationPoints: [theirCopy],
      copyRole: ROLE,
    })[0]!;
    expect(mine).toMatchObject({
      action: 'completed',
      destinationPointArn: 'arn:ours',
      copyJobId: ours.copyJobId,
    });
    // The marker's value is shared by every copy (one TagResources call tags 20), its presence is what counts.
    expect(mine.destinationTags['backup-plans:copy-job']).toBe('completed');
  });

  it('only while younger than copyWithin (default 2 days)', () => {
    expect(decide({ points: [point(2 * DAY - HOUR)] })[0]!.action).toBe('start');
    expect(decide({ points: [point(2 * DAY + HOUR)] })).toEqual([]);
    const longer = { ...daily, copyWithinMinutes: 7 * 24 * 60 };
    expect(decide({ rules: [longer], points: [point(5 * DAY)] })[0]!.action).toBe('start');
  });

  it('not in cold storage, not before the point is complete', () => {
    expect(decide({ points: [point(HOUR, { storageClass: 'COLD' })] })[0]).toMatchObject({
      action: 'skipped',
      reason: expect.stringMatching(/cold storage/),
    });
    expect(decide({ points: [point(HOUR, { status: 'CREATING' })] })).toEqual([]);
  });

  it('only points that are ours and serve a rule copying to that destination', () => {
    const theirs = point(HOUR, {
      tags: ownershipTags({ namespace: 'other/repo', plan: PLAN, rules: ['daily'], slot: NOW }),
    });
    const otherRule = point(HOUR, { rules: ['hourly'] });
    expect(decide({ points: [theirs, otherRule] })).toEqual([]);
    const unreadable = point(HOUR, { tags: undefined });
    expect(decide({ points: [unreadable] })[0]).toMatchObject({
      action: 'skipped',
      reason: expect.stringMatching(/cannot be read/),
    });
  });

  it('a failed copy is retried with a new token up to 1 + retries attempts, then failed for good', () => {
    const p = point(3 * HOUR);
    const first = decide({ points: [p] })[0]!;
    const f1 = copyJob(p, 'FAILED', { statusMessage: 'KMS key not shared' });
    const second = decide({ points: [p], copyJobs: [f1] })[0]!;
    expect(second).toMatchObject({ action: 'start', attempt: 2 });
    expect(second.idempotencyToken).not.toBe(first.idempotencyToken);
    const jobs = [f1, copyJob(p, 'FAILED'), copyJob(p, 'FAILED', { statusMessage: 'still no key' })];
    expect(decide({ points: [p], copyJobs: jobs })[0]).toMatchObject({
      action: 'exhausted',
      attempt: 3,
      reason: expect.stringMatching(/3 copy attempts failed \(retries: 2\).*still no key/),
    });
  });

  it('"running job for the same resource" failures do not use up retries', () => {
    const p = point(3 * HOUR);
    const busy = [1, 2, 3, 4].map(() =>
      copyJob(p, 'FAILED', { statusMessage: 'There is a running job for the same resource' }),
    );
    expect(decide({ points: [p], copyJobs: busy })[0]).toMatchObject({ action: 'start', attempt: 1 });
  });

  it('one job per resource: busy resources wait, and only one copy per resource starts per run', () => {
    const a = point(HOUR);
    const b = point(2 * HOUR);
    const c = point(HOUR, { resourceArn: VOL2 });
    const decisions = decide({ points: [a, b, c] });
    const byArn = new Map(decisions.map((d) => [d.sourcePointArn, d]));
    expect(byArn.get(a.arn)!.action).toBe('start'); // newest first
    expect(byArn.get(b.arn)!).toMatchObject({
      action: 'retry-later',
      reason: expect.stringMatching(/one backup or copy job per resource/),
    });
    expect(byArn.get(b.arn)!.idempotencyToken).toBeUndefined();
    expect(byArn.get(c.arn)!.action).toBe('start');
    // A backup job running or starting for the resource.
    expect(decide({ points: [a], busyResources: new Set([VOL]) })[0]!.action).toBe('retry-later');
    // A copy of another point of the resource still running.
    const older = point(DAY);
    const running = copyJob(older, 'RUNNING', {
      destinationBackupVaultArn: 'arn:aws:backup:eu-west-1:1:backup-vault:other',
    });
    const res = decide({ points: [a, older], copyJobs: [running] });
    expect(res.find((d) => d.sourcePointArn === a.arn)).toMatchObject({
      action: 'retry-later',
      reason: expect.stringMatching(running.copyJobId),
    });
  });

  it('two rules copying to the same vault make one copy tagged with both', () => {
    const weekly: CopyRule = {
      ...daily,
      name: 'weekly',
      copyTo: [{ ...daily.copyTo[0]!, retain: { days: 365 } }],
    };
    const [d, ...rest] = decide({
      rules: [daily, weekly],
      points: [point(HOUR, { rules: ['daily', 'weekly'] })],
    });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      action: 'start',
      rules: ['daily', 'weekly'],
      lifecycle: { deleteAfterDays: 365 },
    });
    expect(d!.destinationTags['backup-plans:rules']).toBe('daily+weekly');
  });

  it("a point older than the destination's retention is not copied (it would be born expired)", () => {
    const short = {
      ...daily,
      copyWithinMinutes: 10 * 24 * 60,
      copyTo: [{ ...daily.copyTo[0]!, retain: { days: 3 } }],
    };
    expect(decide({ rules: [short], points: [point(4 * DAY)] })[0]).toMatchObject({
      action: 'skipped',
      reason: expect.stringMatching(/retention of 3 days/),
    });
  });

  it('a destination lock that refuses the lifecycle is an error naming the vault', () => {
    const d = decide({
      points: [point(HOUR)],
      destinationLocks: new Map([[DR, { vaultName: 'production-dr', maxRetentionDays: 30 }]]),
    })[0]!;
    expect(d.action).toBe('error');
    expect(d.reason).toMatch(/"production-dr".*30 days/);
  });
});

describe('backfill', () => {
  const withBackfill = (nBackfill: number): CopyRule => ({
    ...daily,
    copyTo: [{ ...daily.copyTo[0]!, retain: { keep: { monthly: 12 } }, backfill: nBackfill }],
  });

  it('copies the newest N old points too, newest first, one per run', () => {
    const points = [5, 6, 7, 8].map((d) => point(d * DAY));
    const decisions = decide({ rules: [withBackfill(2)], points });
    expect(decisions.map((d) => [d.sourcePointArn, d.action, d.backfill])).toEqual([
      [points[0]!.arn, 'start', true],
      [points[1]!.arn, 'retry-later', true],
    ]);
  });

  it('regular copies go before backfill', () => {
    const young = point(HOUR);
    const old = point(10 * DAY);
    const decisions = decide({ rules: [withBackfill(3)], points: [old, young] });
    expect(decisions.find((d) => d.sourcePointArn === young.arn)!.action).toBe('start');
    expect(decisions.find((d) => d.sourcePointArn === old.arn)!.action).toBe('retry-later');
  });

  it('still once each: a backfilled point with a copy is not copied again', () => {
    const [p1, p2] = [point(5 * DAY), point(6 * DAY)];
    const decisions = decide({
      rules: [withBackfill(2)],
      points: [p1!, p2!],
      copyJobs: [copyJob(p1!, 'COMPLETED')],
    });
    expect(decisions.map((d) => [d.sourcePointArn, d.action])).toEqual([
      [p1!.arn, 'completed'],
      [p2!.arn, 'start'],
    ]);
  });

  it('never re-makes a copy the destination pruned: a point above an older existing copy is left alone', () => {
    // p1's copy is recent (its job is still listed); p2's copy was pruned at the destination and its
    // copy job has aged out; p3's copy survives. p2 sits above an older existing copy: not backfilled.
    const p1 = point(20 * DAY);
    const p2 = point(40 * DAY);
    const p3 = point(60 * DAY);
    const copyOfP3 = {
      arn: 'arn:dst-3',
      backupVaultArn: DR,
      resourceArn: VOL,
      creationDate: p3.creationDate,
      sourceBackupVaultArn: SOURCE_VAULT,
      tags: p3.tags,
    };
    const decisions = decide({
      rules: [withBackfill(5)],
      points: [p1, p2, p3],
      copyJobs: [copyJob(p1, 'COMPLETED', { creationDate: p1.creationDate })],
      destinationPoints: [copyOfP3],
    });
    expect(decisions.map((d) => [d.sourcePointArn, d.action])).toEqual([[p1.arn, 'completed']]);
    // Without an older copy, backfill fills the newest N (one per run).
    const fresh = decide({ rules: [withBackfill(5)], points: [p1, p2] });
    expect(fresh.map((d) => [d.sourcePointArn, d.action])).toEqual([
      [p1.arn, 'start'],
      [p2.arn, 'retry-later'],
    ]);
  });

  it('never re-makes a copy a days-retention destination deleted: the point is older than that retention', () => {
    const rule: CopyRule = { ...daily, copyTo: [{ ...daily.copyTo[0]!, retain: { days: 30 }, backfill: 3 }] };
    const decisions = decide({ rules: [rule], points: [point(31 * DAY), point(45 * DAY)] });
    expect(decisions.map((d) => d.action)).toEqual(['skipped', 'skipped']);
    expect(decisions[0]!.reason).toMatch(/retention of 30 days/);
  });

  it('without backfill, old points are never copied, whatever the evidence', () => {
    expect(decide({ points: [point(10 * DAY), point(30 * DAY)] })).toEqual([]);
  });
});

// The parts decideCopies is made of, one at a time.
describe('copyTargets', () => {
  it('merges rules copying to the same vault: every rule, the widest window, backfill and retries', () => {
    const dr = daily.copyTo[0]!;
    const targets = copyTargets({
      sourceVaultArn: SOURCE_VAULT,
      rules: [
        { ...daily, retries: 1, copyWithinMinutes: 60 },
        { name: 'weekly', retries: 4, copyTo: [{ ...dr, backfill: 3, retain: { days: 400 } }] },
        { name: 'other', retries: 0, copyTo: [{ ...dr, region: 'us-east-1' }] },
      ],
    });
    expect(targets.map((t) => t.vaultArn)).toEqual([
      DR,
      'arn:aws:backup:us-east-1:123456789012:backup-vault:production-dr',
    ]);
    expect(targets[0]).toMatchObject({
      rules: ['daily', 'weekly'],
      copyWithinMinutes: 2 * 24 * 60,
      backfill: 3,
      retries: 4,
      retains: [
        { name: 'daily', retain: { days: 90 } },
        { name: 'weekly', retain: { days: 400 } },
      ],
    });
    expect(copyTargets({ sourceVaultArn: SOURCE_VAULT, rules: [{ ...daily, copyTo: [] }] })).toEqual([]);
  });
});

describe('CopyEvidence', () => {
  const input = { sourceVaultArn: SOURCE_VAULT, destinationPoints: [], copyJobs: [] };

  it('lists the copy jobs of a point to a vault, oldest first', () => {
    const p = point(HOUR);
    const late = copyJob(p, 'FAILED', { creationDate: new Date(NOW.getTime() - HOUR) });
    const early = copyJob(p, 'FAILED', { creationDate: new Date(NOW.getTime() - 2 * HOUR) });
    const elsewhere = copyJob(p, 'COMPLETED', { destinationBackupVaultArn: SOURCE_VAULT });
    const evidence = new CopyEvidence({ ...input, copyJobs: [late, elsewhere, early] });
    expect(evidence.jobsOf(p, DR)).toEqual([early, late]);
    expect(evidence.copied(p, DR)).toBe(false);
    expect(evidence.copied(p, SOURCE_VAULT)).toBe(true);
  });

  it('finds the copy in the destination vault by resource and creation second, from our vault', () => {
    const p = point(HOUR, { creationDate: new Date('2026-05-10T11:00:00.400Z') });
    const copy = (extra: object) => ({
      arn: `arn:aws:ec2:eu-central-1::snapshot/snap-copy-${n++}`,
      backupVaultArn: DR,
      resourceArn: VOL,
      creationDate: new Date('2026-05-10T11:00:00.900Z'),
      ...extra,
    });
    const ours = copy({ sourceBackupVaultArn: SOURCE_VAULT });
    const evidence = (points: object[]) =>
      new CopyEvidence({ ...input, destinationPoints: points as never }).copyOf(p, DR);
    expect(evidence([ours])).toBe(ours);
    expect(evidence([copy({ creationDate: new Date('2026-05-10T11:00:01Z') })])).toBeUndefined();
    expect(evidence([copy({ sourceBackupVaultArn: DR })])).toBeUndefined();
    expect(evidence([copy({ resourceArn: VOL2 })])).toBeUndefined();
    expect(evidence([copy({ backupVaultArn: SOURCE_VAULT })])).toBeUndefined();
    const unknownSource = copy({});
    expect(evidence([unknownSource])).toBe(unknownSource);
  });
});

describe('backfillPoints', () => {
  const target = { rules: ['daily'], backfill: 2, vaultArn: DR };
  const input = (points: SourcePoint[]) => ({ namespace: NS, plan: PLAN, points });
  const nothingCopied = { copied: () => false };

  it('is the newest N owned, complete points per resource that serve the destination', () => {
    const [a, b, c] = [point(3 * DAY), point(4 * DAY), point(5 * DAY)];
    const other = point(3 * DAY, { resourceArn: VOL2 });
    const creating = point(DAY, { status: 'CREATING' });
    const notOurs = point(DAY, {
      tags: ownershipTags({ namespace: 'x', plan: PLAN, rules: ['daily'], slot: NOW }),
    });
    const otherRule = point(DAY, { rules: ['weekly'] });
    const chosen = backfillPoints(
      input([c, a, b, other, creating, notOurs, otherRule]),
      target,
      nothingCopied,
    );
    expect([...chosen].sort()).toEqual([a.arn, b.arn, other.arn].sort());
    expect(backfillPoints(input([a]), { ...target, backfill: 0 }, nothingCopied).size).toBe(0);
  });

  it('leaves out a point above an older point that has a copy', () => {
    const [newer, older] = [point(3 * DAY), point(4 * DAY)];
    const chosen = backfillPoints(input([newer, older]), target, { copied: (q) => q.arn === older.arn });
    expect([...chosen]).toEqual([older.arn]);
  });
});

describe('ineligibility', () => {
  const when = { ageMs: HOUR, inWindow: true, backfill: false, bornExpiredAfterDays: 90 };

  it('is silent for deleted, incomplete and out-of-window points', () => {
    expect(ineligibility({ storageClass: 'DELETED' }, when)).toBe('silent');
    expect(ineligibility({ status: 'CREATING' }, when)).toBe('silent');
    expect(ineligibility({}, { ...when, inWindow: false })).toBe('silent');
  });

  it('gives a reason for cold points and points older than the destination retention', () => {
    expect(ineligibility({ storageClass: 'COLD' }, when)).toEqual({
      reason: 'in cold storage: AWS does not copy cold points',
    });
    expect(ineligibility({}, { ...when, inWindow: false, backfill: true, ageMs: 90 * DAY })).toEqual({
      reason:
        "older than the destination's retention of 90 days: a copy keeps the creation date and would be deleted at once",
    });
  });

  it('is undefined for a point that may be copied', () => {
    expect(ineligibility({ status: 'COMPLETED', storageClass: 'WARM' }, when)).toBeUndefined();
    expect(ineligibility({}, { ...when, ageMs: 89 * DAY, bornExpiredAfterDays: 90 })).toBeUndefined();
    expect(ineligibility({}, { ...when, ageMs: 400 * DAY, bornExpiredAfterDays: undefined })).toBeUndefined();
  });
});

describe('copyAttempts', () => {
  const p = point(HOUR);
  const busy = 'Copy job failed because there was a running job for the same resource.';

  it('counts unsuccessful jobs except busy ones', () => {
    const jobs = [
      copyJob(p, 'FAILED'),
      copyJob(p, 'FAILED', { statusMessage: busy }),
      copyJob(p, 'COMPLETED'),
      copyJob(p, 'PARTIAL'),
    ];
    const a = copyAttempts(jobs, 2);
    expect(a.counted).toBe(2);
    expect(a.failures.map((f) => [f.state, f.countsAsAttempt])).toEqual([
      ['FAILED', true],
      ['FAILED', false],
      ['PARTIAL', true],
    ]);
    expect(a.exhausted).toBeUndefined();
  });

  it('is exhausted past 1 + retries attempts, naming the last one', () => {
    const last = copyJob(p, 'ABORTED', { statusMessage: 'boom' });
    expect(copyAttempts([copyJob(p, 'EXPIRED'), last], 1).exhausted).toBe(
      `2 copy attempts failed (retries: 1); last: job ${last.copyJobId} ABORTED: boom`,
    );
    const only = copyJob(p, 'FAILED');
    expect(copyAttempts([only], 0).exhausted).toBe(
      `1 copy attempt failed (retries: 0); last: job ${only.copyJobId} FAILED`,
    );
  });
});

describe('existingCopy', () => {
  const p = point(HOUR);
  const ours = () => true;
  const copy = { arn: 'copy-point', backupVaultArn: DR, resourceArn: VOL, creationDate: p.creationDate };

  it('a completed job is a copy, with its destination point', () => {
    const done = copyJob(p, 'COMPLETED', { destinationRecoveryPointArn: 'dest-1' });
    expect(existingCopy([copyJob(p, 'FAILED'), done], undefined, ours)).toEqual({
      action: 'completed',
      copyJobId: done.copyJobId,
      destinationPointArn: 'dest-1',
    });
  });

  it('a destination point alone is a copy; tagged as ours with no job left, it is history (null)', () => {
    expect(existingCopy([], { ...copy, tags: { other: 'x' } }, () => false)).toEqual({
      action: 'completed',
      destinationPointArn: 'copy-point',
      destinationTagged: false,
    });
    expect(existingCopy([], { ...copy, tags: {} }, ours)).toBeNull();
    expect(existingCopy([], copy, ours)).toEqual({ action: 'completed', destinationPointArn: 'copy-point' });
  });

  it('a job in flight is in flight; nothing is undefined', () => {
    const running = copyJob(p, 'RUNNING');
    expect(existingCopy([copyJob(p, 'CREATED'), running], undefined, ours)).toEqual({
      action: 'in-flight',
      copyJobId: running.copyJobId,
    });
    expect(existingCopy([copyJob(p, 'FAILED')], undefined, ours)).toBeUndefined();
  });
});

describe('resourceBusyReason and startOrder', () => {
  it('a resource is busy with its own backup, or with a copy job of any of its points', () => {
    const p = point(HOUR);
    const input = { points: [p], copyJobs: [copyJob(p, 'RUNNING')], busyResources: new Set([VOL2]) };
    expect(resourceBusyReason(VOL2, input)).toBe(
      'a backup job of this resource is running or starting in this run',
    );
    expect(resourceBusyReason(VOL, input)).toBe(
      `copy job ${input.copyJobs[0]!.copyJobId} of this resource is still running`,
    );
    expect(resourceBusyReason(VOL, { ...input, copyJobs: [copyJob(p, 'FAILED')] })).toBeUndefined();
    // The job names its resource: no point needed to find it.
    const named = copyJob(point(HOUR, { resourceArn: VOL2 }), 'CREATED', { resourceArn: VOL2 });
    expect(resourceBusyReason(VOL2, { points: [], copyJobs: [named] })).toContain(named.copyJobId);
  });

  it('starts regular copies before backfill, newest first', () => {
    const c = (regular: boolean, created: number) => ({ decision: {} as CopyDecision, regular, created });
    const order = startOrder([c(false, 5), c(true, 1), c(false, 9), c(true, 3)]);
    expect(order.map((x) => [x.regular, x.created])).toEqual([
      [true, 3],
      [true, 1],
      [false, 9],
      [false, 5],
    ]);
  });
});
