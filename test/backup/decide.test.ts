import { describe, expect, it } from 'vitest';
import type { ObservedCopyJob } from '../../src/aws/observed.js';
import {
  backupJobInput,
  copyJobInput,
  copyBusyMatters,
  copyTagsMissing,
  decideResource,
  endedJobOutcome,
  isResourceGoneMessage,
  jobWindows,
  lockedCopyLifecycle,
  lockedCopyLookback,
  planCopies,
  pointsNeedingTags,
  type ResourceDecisionInput,
} from '../../src/backup/decide.js';
import { isBusyFailure } from '../../src/schedule/due.js';
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
    expect(d.job?.jobId).toBe('j1');
    expect(d.rules[0]!.servedBy).toEqual({ jobId: 'j1', jobState: 'RUNNING' });
  });
  it('backup jobs created before the relevance cutoff still count: the newest one dates the missed slots, an in-flight one keeps the resource busy', () => {
    // The cutoff here is today's 03:00 slot. A listing of backup jobs narrowed to the cutoff (plus
    // in-flight states) would lose the COMPLETED job and with it the late/missed-slot report.
    const done = job('j-old', 'COMPLETED', '2026-03-05T03:05:00Z');
    const late = decideResource(input({ jobs: [done] }));
    expect(late.kind).toBe('start');
    expect(late.decision.rules[0]).toMatchObject({ status: 'due', late: true, missedSlots: 4 });
    const unknownHistory = decideResource(input({}));
    expect(unknownHistory.decision.rules[0]).toMatchObject({ status: 'due', late: false, missedSlots: 0 });
    const running = job('j-long', 'RUNNING', '2026-03-09T03:05:00Z');
    const busy = decideResource(input({ jobs: [running] }));
    expect(busy.kind).not.toBe('start');
    expect(busy.decision.busyWith).toMatchObject({ kind: 'backup', jobId: 'j-long' });
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
    expect(d.job?.jobId).toBe('j1');
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
      copyJobId: 'c1',
      state: 'RUNNING',
      resourceArn: vol('vol-1'),
      sourceRecoveryPointArn: 'p',
      destinationBackupVaultArn: 'v',
      creationDate: new Date('2026-03-10T02:00:00Z'),
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
  it("knows a resource by its ARN or id in the service's own wording, never a missing vault, role or key", () => {
    const arn = vol('vol-0abc');
    expect(isResourceGoneMessage("The volume 'vol-0abc' does not exist.", arn)).toBe(true);
    expect(isResourceGoneMessage(`Resource ${arn} was not found`, arn)).toBe(true);
    expect(isResourceGoneMessage("The volume 'vol-0abc' does not exist.")).toBe(false);
    expect(isResourceGoneMessage("The volume 'vol-9999' is in use.", arn)).toBe(false);
    const db = 'arn:aws:rds:eu-west-1:123456789012:db:production';
    expect(isResourceGoneMessage('Backup vault production does not exist.', db)).toBe(false);
    expect(isResourceGoneMessage('IAM role for the resource not found', db)).toBe(false);
    expect(isResourceGoneMessage('KMS key for resource does not exist', db)).toBe(false);
    expect(isResourceGoneMessage('DBInstance production not found.', db)).toBe(true);
  });
  it('a slot whose last job failed because the volume is gone is skipped, with no new job', () => {
    const d = decideResource(
      input({
        jobs: [
          job('j1', 'FAILED', '2026-03-10T03:05:00Z', {
            statusMessage: "The volume 'vol-1' does not exist.",
          }),
        ],
      }),
    );
    expect(d.kind).toBe('skipped');
    expect(d.planned).toBeUndefined();
    expect(d.reason).toMatch(/no longer exists/);
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

describe('copies (planCopies over the schedule module’s decision)', () => {
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
  const drArn = 'arn:aws:backup:eu-central-1:123456789012:backup-vault:production-dr';
  const isoArn = 'arn:aws:backup:eu-west-1:210987654321:backup-vault:isolated';
  const base = {
    plan: p,
    namespace: 'acme/infra',
    now: NOW,
    sourceVaultArn: VAULT.arn,
    copyJobs: [] as ObservedCopyJob[],
    destinationPoints: [],
    busy: false,
  };
  const copyJob = (state: string, dest = drArn, id = 'c1'): ObservedCopyJob => ({
    copyJobId: id,
    state,
    resourceArn: fresh.resourceArn,
    sourceRecoveryPointArn: fresh.arn,
    destinationBackupVaultArn: dest,
    creationDate: NOW,
  });

  it('starts one copy per resource at a time (AWS runs one job per resource); the other waits', () => {
    const d = planCopies({ ...base, points: [fresh] });
    expect(d.map((x) => [x.destination.vaultArn, x.action])).toEqual([
      [drArn, 'start'],
      [isoArn, 'retry-later'],
    ]);
    const req = copyJobInput(p, d[0]!);
    expect(req).toMatchObject({
      RecoveryPointArn: fresh.arn,
      SourceBackupVaultName: 'production',
      DestinationBackupVaultArn: drArn,
      IamRoleArn: p.aws.backupRole,
      Lifecycle: { DeleteAfterDays: 90 },
    });
    expect(() => copyJobInput(p, d[1]!)).toThrow(/not to be started/);
  });
  it('after the first copy completed, the second destination gets its copy; a GFS one with an explicit 36,500 days', () => {
    const d = planCopies({ ...base, points: [fresh], copyJobs: [copyJob('COMPLETED')] });
    const start = d.find((x) => x.action === 'start')!;
    expect(start.destination.vaultArn).toBe(isoArn);
    // Without a DeleteAfterDays AWS gives a copy its source's lifecycle (issue 10 item 1): a `keep`
    // destination without hardLimitDays sends AWS's maximum, and prune applies `keep` there.
    expect(copyJobInput(p, start).Lifecycle).toEqual({ DeleteAfterDays: 36_500 });
    const done = d.find((x) => x.action === 'completed')!;
    // The ownership tags, plus the marker that says this tool's copy job made the copy (issue 10 item 5).
    expect(done.destinationTags).toEqual({
      ...owned('daily', '2026-03-10T03:00:00Z'),
      'backup-plans:copy-job': 'completed',
    });
  });
  it('no copy while a backup of the resource runs; none of foreign or unread points', () => {
    expect(planCopies({ ...base, points: [fresh], busy: true }).map((x) => x.action)).toEqual([
      'retry-later',
      'retry-later',
    ]);
    const foreign = point('2026-03-10T03:05:00Z', owned('daily', '2026-03-10T03:00:00Z', 'x/y'));
    const unread = point('2026-03-10T03:05:00Z');
    expect(planCopies({ ...base, points: [foreign, unread] })).toEqual([]);
  });
  it('copyWithin beyond what ListCopyJobs remembers is cut to 25 days: an older copy may have been made and deleted', () => {
    const long = plan([rule({ name: 'daily', copyTo: [iso], copyWithinMinutes: 60 * 24 * 60 })]);
    const at = (days: number) =>
      point(
        new Date(NOW.getTime() - days * 86_400_000).toISOString(),
        owned('daily', new Date(NOW.getTime() - days * 86_400_000 - 300_000).toISOString()),
      );
    const old = at(31); // its copy job (if any) has aged out of ListCopyJobs
    expect(planCopies({ ...base, plan: long, points: [old] })).toEqual([]);
    const recent = at(20);
    expect(planCopies({ ...base, plan: long, points: [recent] }).map((x) => x.action)).toEqual(['start']);
  });
  it('a failed copy is retried with a new token', () => {
    const [first] = planCopies({ ...base, points: [fresh] });
    const retry = planCopies({ ...base, points: [fresh], copyJobs: [copyJob('FAILED')] }).find(
      (x) => x.action === 'start',
    )!;
    expect(retry.attempt).toBe(2);
    expect(copyJobInput(p, retry).IdempotencyToken).not.toBe(copyJobInput(p, first!).IdempotencyToken);
  });
});

describe('endedJobOutcome: a job this run waited for ended without a backup', () => {
  const arn = vol('vol-1');
  // With `wait` and `retries: 0`, the only attempt ends; what AWS said decides the outcome.
  it('AWS failing it because another job of the resource ran is "retry later" in every wording the due decision knows', () => {
    for (const statusMessage of [
      'Backup job failed because there was a running job for the same resource.',
      'Another backup job is already running for this resource',
      'Another job is already in progress for the resource',
    ]) {
      expect(isBusyFailure(statusMessage)).toBe(true);
      const ended = endedJobOutcome({ state: 'FAILED', statusMessage }, arn, 1, 1);
      expect(ended.outcome, statusMessage).toBe('retry-later');
    }
  });
  it('a real failure of the last attempt fails; an earlier attempt is retried', () => {
    const job = { state: 'FAILED', statusMessage: 'boom' };
    expect(endedJobOutcome(job, arn, 1, 1)).toEqual({ outcome: 'failed', note: 'boom' });
    expect(endedJobOutcome(job, arn, 1, 2).outcome).toBe('retry-later');
  });
  it('a gone resource is skipped', () => {
    const job = { state: 'FAILED', statusMessage: `The volume 'vol-1' does not exist.` };
    expect(endedJobOutcome(job, arn, 1, 1).outcome).toBe('skipped');
  });
});

describe('keep into a locked vault: decided at job start', () => {
  const keepRule = rule({ name: 'daily', retain: { keep: { daily: 7, weekly: 4, monthly: 12 } } });
  const locked = { ...VAULT, locked: true, minRetentionDays: 7, maxRetentionDays: 400 };

  it('the first point of a month gets the monthly tier (in the lock range), with a note', () => {
    // 2026-03-10 (Tuesday); the plan's last point was on 2026-02-27 (another month and week).
    const d = decideResource(
      input({
        plan: plan([keepRule]),
        vault: locked,
        points: [point('2026-02-27T03:05:00Z', owned('daily', '2026-02-27T03:00:00Z'))],
      }),
    );
    expect(d.kind).toBe('start');
    // Until 2027-03-01: 356 days.
    expect(d.planned?.lifecycle).toEqual({ deleteAfterDays: 356 });
    expect(d.planned?.notes.join(' ')).toMatch(
      /vault lock: keep applied at job start, rule "daily" opens its month/,
    );
  });

  it('a point that opens only its day gets the daily tier, raised to the lock minimum', () => {
    const d = decideResource(
      input({
        plan: plan([rule({ ...keepRule, retain: { keep: { daily: 3, monthly: 12 } } })]),
        vault: locked,
        points: [point('2026-03-09T03:05:00Z', owned('daily', '2026-03-09T03:00:00Z'))],
      }),
    );
    expect(d.planned?.lifecycle).toEqual({ deleteAfterDays: 7 });
  });

  it('points not proven ours do not count: the new point may open a tier (longer, never shorter)', () => {
    const d = decideResource(
      input({
        plan: plan([keepRule]),
        vault: locked,
        points: [
          point('2026-03-02T03:05:00Z', owned('daily', '2026-03-02T03:00:00Z', 'someone/else')),
          point('2026-03-03T03:05:00Z'),
        ],
      }),
    );
    expect(d.planned?.lifecycle).toEqual({ deleteAfterDays: 356 });
  });

  it('an unlocked vault keeps the old behaviour: no lifecycle for keep', () => {
    const d = decideResource(input({ plan: plan([keepRule]) }));
    expect(d.planned?.lifecycle).toBeUndefined();
  });

  it('a locked vault widens what the decision reads back to the longest bucket', () => {
    const p = plan([keepRule]);
    const old = point('2026-03-01T03:05:00Z', owned('daily', '2026-03-01T03:00:00Z'));
    expect(pointsNeedingTags(p, [old], NOW)).toEqual([]);
    expect(pointsNeedingTags(p, [old], NOW, { locked: true })).toEqual([old]);
  });
});

describe('a copy into a locked destination that keeps: decided when the copy starts', () => {
  const dest = { account: '123456789012', region: 'eu-central-1', vault: 'dr' };
  const p = plan([
    rule({ name: 'daily', retain: { days: 35 }, copyTo: [{ ...dest, retain: { keep: { monthly: 3 } } }] }),
  ]);
  const decision = {
    sourcePointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1',
    resourceArn: vol('vol-1'),
    destination: { ...dest, vaultArn: 'arn:aws:backup:eu-central-1:123456789012:backup-vault:dr' },
    rules: ['daily'],
    action: 'start' as const,
    backfill: false,
    attempt: 1,
    failures: [],
    lifecycle: { deleteAfterDays: 36_500 },
    destinationTags: {},
  };
  const lock = { vaultName: 'dr', locked: true, minRetentionDays: 7, maxRetentionDays: 400 };

  it('the first copy of a month keeps three months; a later one of the month the lock minimum', () => {
    const first = lockedCopyLifecycle({
      plan: p,
      namespace: 'acme/infra',
      decision,
      sourceCreated: new Date('2026-03-10T03:05:00Z'),
      destinationPoints: [],
      lock,
    });
    // 2026-03-10 to 2026-06-01.
    expect(first.lifecycle).toEqual({ deleteAfterDays: 83 });
    expect(first.notes.join(' ')).toMatch(/keep applied when the copy starts, rule "daily" opens its month/);
    const later = lockedCopyLifecycle({
      plan: p,
      namespace: 'acme/infra',
      decision,
      sourceCreated: new Date('2026-03-11T03:05:00Z'),
      destinationPoints: [
        {
          created: new Date('2026-03-10T03:05:00Z'),
          status: 'COMPLETED',
          tags: owned('daily', '2026-03-10T03:00:00Z'),
        },
      ],
      lock,
    });
    expect(later.lifecycle).toEqual({ deleteAfterDays: 7 });
  });

  it('looks back to the start of the longest bucket, only for keep destinations', () => {
    expect(lockedCopyLookback(p, decision, new Date('2026-03-10T03:05:00Z'))?.toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    const days = plan([rule({ name: 'daily', copyTo: [{ ...dest, retain: { days: 90 } }] })]);
    expect(lockedCopyLookback(days, decision, new Date('2026-03-10T03:05:00Z'))).toBeUndefined();
  });
});

describe('copyTagsMissing: which completed copies still need their tags', () => {
  const wanted = { ...owned('daily', '2026-03-10T03:00:00Z'), 'backup-plans:copy-job': 'completed' };
  it('every ownership tag with its value; the copy-job marker with any value (older runs wrote the job id)', () => {
    expect(copyTagsMissing(wanted, undefined)).toBe(true);
    expect(copyTagsMissing(wanted, {})).toBe(true);
    expect(copyTagsMissing(wanted, { ...wanted })).toBe(false);
    expect(copyTagsMissing(wanted, { ...wanted, 'backup-plans:copy-job': 'copy-job-1' })).toBe(false);
    expect(copyTagsMissing(wanted, { ...wanted, 'backup-plans:copy-job': '' })).toBe(true);
    // The source point's tags (copied by AWS) without the marker: not ours yet.
    const source: Record<string, string> = { ...wanted };
    delete source['backup-plans:copy-job'];
    expect(copyTagsMissing(wanted, source)).toBe(true);
    expect(copyTagsMissing(wanted, { ...wanted, 'backup-plans:slot': '2026-03-11T03:00:00Z' })).toBe(true);
  });
});

describe('jobWindows: how far back a run lists jobs', () => {
  const DR = {
    account: '123456789012',
    region: 'eu-central-1',
    vault: 'production-dr',
    retain: { days: 30 },
  };
  const iso = (d: Date | undefined) => d?.toISOString();

  it('a daily rule: backup jobs since its previous slot, copy jobs since the copy window, a minute early', () => {
    const w = jobWindows(plan([rule({ name: 'daily', copyTo: [DR] })]), NOW, VAULT);
    expect(iso(w.history)).toBe('2026-02-08T03:20:00.000Z');
    expect(iso(w.backupJobs)).toBe('2026-03-09T02:59:00.000Z');
    // copyWithin 2 days: the relevance cutoff is now less two days.
    expect(iso(w.copyJobs)).toBe('2026-03-08T03:19:00.000Z');
  });

  it('a weekly rule reaches back two days before its slot, not to its previous one; no copyTo, no copy window', () => {
    const w = jobWindows(plan([rule({ name: 'weekly', schedule: '0 5 * * 0' })]), NOW, VAULT);
    // Sunday the 8th at 05:00, less two days and a minute.
    expect(iso(w.backupJobs)).toBe('2026-03-06T04:59:00.000Z');
    expect(w.copyJobs).toBeUndefined();
  });

  it('a slot older than 30 days, or backfill: the whole history', () => {
    const yearly = jobWindows(plan([rule({ name: 'yearly', schedule: '0 3 1 1 *' })]), NOW, VAULT);
    expect(iso(yearly.backupJobs)).toBe(iso(yearly.history));
    const backfill = jobWindows(
      plan([rule({ name: 'daily', copyTo: [{ ...DR, backfill: 3 }] })]),
      NOW,
      VAULT,
    );
    expect(iso(backfill.copyJobs)).toBe(iso(backfill.history));
    expect(iso(backfill.backupJobs)).toBe('2026-03-09T02:59:00.000Z');
  });

  it('older in-flight copy jobs matter only to a copy about to start (or held back for another)', () => {
    expect(copyBusyMatters([{ action: 'completed' }, { action: 'in-flight' }, { action: 'skipped' }])).toBe(
      false,
    );
    expect(copyBusyMatters([{ action: 'completed' }, { action: 'start' }])).toBe(true);
    expect(copyBusyMatters([{ action: 'retry-later' }])).toBe(true);
  });
});
