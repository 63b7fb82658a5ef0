import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideDue,
  type DueInput,
  type DueRule,
  type ObservedBackupJob,
  type ObservedRecoveryPoint,
  type ResourceObservation,
} from '../../src/schedule/due.js';
import { ownershipTags } from '../../src/schedule/token.js';

const NS = 'acme/infra';
const PLAN = 'production';
const ARN = 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1';
const at = (iso: string) => new Date(iso);
const DAY_MS = 24 * 60 * 60 * 1000;

const daily: DueRule = {
  name: 'daily',
  schedule: '0 3 * * *',
  timezone: 'UTC',
  retries: 3,
  startWithinMinutes: 60,
};

function job(
  id: string,
  state: string,
  created: string,
  extra: Partial<ObservedBackupJob> = {},
): ObservedBackupJob {
  return { jobId: id, state, creationDate: at(created), ...extra };
}

function point(
  arn: string,
  created: string,
  rules: string[] | undefined,
  extra: Partial<ObservedRecoveryPoint> = {},
) {
  const tags =
    rules === undefined ? undefined : ownershipTags({ namespace: NS, plan: PLAN, rules, slot: at(created) });
  return {
    arn,
    creationDate: at(created),
    status: 'COMPLETED',
    tags,
    ...extra,
  } satisfies ObservedRecoveryPoint;
}

function decide(
  now: string,
  observed: Partial<ResourceObservation> = {},
  rules: DueRule[] = [daily],
  extra: Partial<DueInput> = {},
) {
  const [decision] = decideDue({
    namespace: NS,
    plan: PLAN,
    rules,
    now: at(now),
    resources: [{ resourceArn: ARN, jobs: [], points: [], ...observed }],
    ...extra,
  });
  return decision!;
}

describe('due slots', () => {
  it('an unsatisfied slot is due: one job, attempt 1, ownership tags, token', () => {
    const d = decide('2026-05-10T03:10:00Z');
    expect(d.rules[0]).toMatchObject({ status: 'due', late: false, attempt: 1, missedSlots: 0 });
    expect(d.rules[0]!.slot?.toISOString()).toBe('2026-05-10T03:00:00.000Z');
    expect(d.job).toMatchObject({
      rules: ['daily'],
      attempt: 1,
      late: false,
      startWindowMinutes: 60,
      recoveryPointTags: {
        'backup-plans:namespace': NS,
        'backup-plans:plan': PLAN,
        'backup-plans:rules': 'daily',
        'backup-plans:slot': '2026-05-10T03:00:00Z',
      },
    });
    expect(d.job!.idempotencyToken).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the same observation gives the same token (overlapping runs start one job)', () => {
    expect(decide('2026-05-10T03:10:00Z').job!.idempotencyToken).toBe(
      decide('2026-05-10T03:40:00Z').job!.idempotencyToken,
    );
  });

  it('is late once the start window has passed', () => {
    expect(decide('2026-05-10T04:01:00Z').rules[0]!.late).toBe(true);
    expect(decide('2026-05-10T04:00:00Z').rules[0]!.late).toBe(false);
  });

  it('is satisfied by a completed job, an in-flight job, or a recovery point created at/after the slot', () => {
    expect(
      decide('2026-05-10T05:00:00Z', { jobs: [job('j1', 'COMPLETED', '2026-05-10T03:05:00Z')] }).rules[0],
    ).toMatchObject({ status: 'satisfied', satisfiedBy: { by: 'completed-job', jobId: 'j1' } });
    const inFlight = decide('2026-05-10T05:00:00Z', { jobs: [job('j1', 'RUNNING', '2026-05-10T03:05:00Z')] });
    expect(inFlight.rules[0]).toMatchObject({ status: 'satisfied', satisfiedBy: { by: 'in-flight-job' } });
    expect(inFlight.job).toBeUndefined();
    expect(
      decide('2026-05-10T05:00:00Z', { points: [point('rp1', '2026-05-10T03:00:00Z', ['daily'])] }).rules[0],
    ).toMatchObject({ status: 'satisfied', satisfiedBy: { by: 'recovery-point', arn: 'rp1' } });
  });

  it('evidence from before the slot does not satisfy it', () => {
    const d = decide('2026-05-10T03:30:00Z', {
      jobs: [job('j0', 'COMPLETED', '2026-05-09T03:05:00Z')],
      points: [point('rp0', '2026-05-09T03:05:00Z', ['daily'])],
    });
    expect(d.rules[0]!.status).toBe('due');
    expect(d.rules[0]!.missedSlots).toBe(0);
  });

  it('several missed slots: only the latest is due, once, marked late with the count', () => {
    const d = decide('2026-05-10T03:10:00Z', { points: [point('rp0', '2026-05-07T03:05:00Z', ['daily'])] });
    expect(d.rules[0]).toMatchObject({ status: 'due', late: true, missedSlots: 2 });
    expect(d.job!.slot.toISOString()).toBe('2026-05-10T03:00:00.000Z');
    expect(d.job!.late).toBe(true);
  });

  it('missed slots counted for one rule, slot and horizon are never another’s (the count is shared across calls)', () => {
    const evidence = { points: [point('rp0', '2026-05-07T03:05:00Z', ['daily', 'six'])] };
    const six: DueRule = { ...daily, name: 'six', schedule: '0 3,9,15,21 * * *' };
    // Same slot (03:00 on the 10th) and the same newest evidence: the schedules differ, so do the counts.
    expect(decide('2026-05-10T03:10:00Z', evidence).rules[0]!.missedSlots).toBe(2);
    expect(decide('2026-05-10T03:10:00Z', evidence, [six]).rules[0]!.missedSlots).toBe(10);
    // Same rule and horizon, a later slot: counted anew, up to the cap.
    expect(decide('2026-05-11T03:10:00Z', evidence).rules[0]!.missedSlots).toBe(3);
    expect(decide('2026-05-10T03:10:00Z', evidence).rules[0]!.missedSlots).toBe(2);
  });

  it('a new rule without history is not late; a lookback hint counts the slots it missed since', () => {
    expect(decide('2026-05-10T03:10:00Z').rules[0]!.late).toBe(false);
    const d = decide('2026-05-10T03:10:00Z', {}, [daily], { lookbackStart: at('2026-05-08T00:00:00Z') });
    expect(d.rules[0]).toMatchObject({ late: true, missedSlots: 2 });
  });

  it('a yearly rule satisfied by a point 200 days ago, with no job record that far back, is not due', () => {
    const yearly: DueRule = { name: 'yearly', schedule: '0 3 1 1 *', timezone: 'Europe/Berlin', retries: 3 };
    const d = decide(
      '2026-07-20T12:00:00Z',
      { points: [point('rp-y', '2026-01-01T02:04:00Z', ['yearly'])] },
      [yearly],
    );
    expect(d.rules[0]).toMatchObject({
      status: 'satisfied',
      satisfiedBy: { by: 'recovery-point', arn: 'rp-y' },
    });
    expect(d.job).toBeUndefined();
  });

  it('has no slot before the schedule ever fired', () => {
    const never = decideDue({
      namespace: NS,
      plan: PLAN,
      rules: [{ ...daily, schedule: '0 3 29 2 *' }],
      now: at('0001-06-01T00:00:00Z'),
      resources: [{ resourceArn: ARN, jobs: [], points: [] }],
    })[0]!;
    expect(never.rules[0]!.status).toBe('no-slot');
    expect(never.job).toBeUndefined();
  });
});

describe('ownership', () => {
  const now = '2026-05-10T05:00:00Z';
  const foreign = (tags: Record<string, string>) => ({
    arn: 'rp-x',
    creationDate: at('2026-05-10T03:05:00Z'),
    status: 'COMPLETED',
    tags,
  });
  const ours = ownershipTags({
    namespace: NS,
    plan: PLAN,
    rules: ['daily'],
    slot: at('2026-05-10T03:00:00Z'),
  });

  it('a point of another namespace, another plan, another rule, or without our tags does not satisfy', () => {
    const others: Record<string, string>[] = [
      { ...ours, 'backup-plans:namespace': 'someone/else' },
      { ...ours, 'backup-plans:plan': 'staging' },
      { ...ours, 'backup-plans:rules': 'weekly' },
      {},
      { 'aws:backup:source-resource': 'x' },
    ];
    for (const tags of others) {
      expect(decide(now, { points: [foreign(tags)] }).rules[0]!.status).toBe('due');
    }
    expect(decide(now, { points: [foreign(ours)] }).rules[0]!.status).toBe('satisfied');
  });

  it('a point in the plan vault whose ownership cannot be read (tags undefined) satisfies the slot', () => {
    expect(
      decide(now, { points: [point('rp-u', '2026-05-10T03:05:00Z', undefined)] }).rules[0],
    ).toMatchObject({
      status: 'satisfied',
      satisfiedBy: { by: 'recovery-point', arn: 'rp-u' },
    });
  });

  it("a completed job whose point is someone else's does not satisfy; one whose point is unknown does", () => {
    const theirs = { ...foreign({ ...ours, 'backup-plans:plan': 'staging' }), arn: 'rp-theirs' };
    const jobs = [job('j1', 'COMPLETED', '2026-05-10T03:05:00Z', { recoveryPointArn: 'rp-theirs' })];
    expect(decide(now, { jobs, points: [theirs] }).rules[0]!.status).toBe('due');
    expect(decide(now, { jobs }).rules[0]).toMatchObject({
      status: 'satisfied',
      satisfiedBy: { jobId: 'j1' },
    });
  });

  it('a PARTIAL point does not satisfy', () => {
    expect(
      decide(now, { points: [point('rp-p', '2026-05-10T03:05:00Z', ['daily'], { status: 'PARTIAL' })] })
        .rules[0]!.status,
    ).toBe('due');
  });
});

describe('failures and retries', () => {
  const now = '2026-05-10T05:00:00Z';

  it('a FAILED job leaves the slot due with attempt 2 and a different token', () => {
    const first = decide('2026-05-10T03:10:00Z');
    const d = decide(now, {
      jobs: [job('j1', 'FAILED', '2026-05-10T03:10:00Z', { statusMessage: 'Access denied' })],
    });
    expect(d.rules[0]).toMatchObject({ status: 'due', attempt: 2 });
    expect(d.rules[0]!.failures).toEqual([
      expect.objectContaining({
        jobId: 'j1',
        state: 'FAILED',
        countsAsAttempt: true,
        statusMessage: 'Access denied',
      }),
    ]);
    expect(d.job!.attempt).toBe(2);
    expect(d.job!.idempotencyToken).not.toBe(first.job!.idempotencyToken);
  });

  it('ABORTED, EXPIRED and PARTIAL jobs are attempts too; failures before the slot are not', () => {
    const d = decide(now, {
      jobs: [
        job('j0', 'FAILED', '2026-05-09T03:10:00Z'),
        job('j1', 'ABORTED', '2026-05-10T03:10:00Z'),
        job('j2', 'EXPIRED', '2026-05-10T03:40:00Z'),
        job('j3', 'PARTIAL', '2026-05-10T04:10:00Z'),
      ],
    });
    expect(d.rules[0]).toMatchObject({ status: 'due', attempt: 4 });
  });

  it('retries exhausted: failed for good, no job, the reason names the last failure', () => {
    const rule = { ...daily, retries: 1 };
    const d = decide(
      now,
      {
        jobs: [
          job('j1', 'FAILED', '2026-05-10T03:10:00Z', { statusMessage: 'boom 1' }),
          job('j2', 'FAILED', '2026-05-10T04:10:00Z', { statusMessage: 'boom 2' }),
        ],
      },
      [rule],
    );
    expect(d.rules[0]).toMatchObject({ status: 'exhausted', attempt: 2 });
    expect(d.rules[0]!.reason).toMatch(
      /2 attempts for this slot failed \(retries: 1\); last: job j2 FAILED: boom 2/,
    );
    expect(d.job).toBeUndefined();
    // With retries 1, one failure still leaves a retry.
    expect(
      decide(now, { jobs: [job('j1', 'FAILED', '2026-05-10T03:10:00Z')] }, [rule]).rules[0]!.status,
    ).toBe('due');
  });

  it('"running job for the same resource" is not an attempt: the retry keeps attempt 1 but gets a new token', () => {
    const busyFail = job('j1', 'FAILED', '2026-05-10T03:10:00Z', {
      statusMessage: 'Backup job failed because there was a running job for the same resource.',
    });
    const first = decide('2026-05-10T03:10:00Z');
    const d = decide(now, { jobs: [busyFail] }, [{ ...daily, retries: 0 }]);
    expect(d.rules[0]).toMatchObject({ status: 'due', attempt: 1 });
    expect(d.rules[0]!.failures[0]!.countsAsAttempt).toBe(false);
    expect(d.job!.idempotencyToken).not.toBe(first.job!.idempotencyToken);
  });

  it('while another job is still running for the resource, the due slot is retry-later', () => {
    const d = decide(now, {
      jobs: [
        job('j0', 'RUNNING', '2026-05-09T03:05:00Z'),
        job('j1', 'FAILED', '2026-05-10T03:10:00Z', { statusMessage: 'running job for the same resource' }),
      ],
    });
    expect(d.rules[0]).toMatchObject({ status: 'retry-later', attempt: 1 });
    expect(d.rules[0]!.reason).toMatch(/backup job j0 \(RUNNING.*one at a time/);
    expect(d.busyWith).toMatchObject({ kind: 'backup', jobId: 'j0' });
    expect(d.job).toBeUndefined();
  });

  it('an in-flight copy job of the resource also makes it retry-later', () => {
    const d = decide(now, {
      copyJobsInFlight: [{ copyJobId: 'c1', state: 'RUNNING', creationDate: at('2026-05-10T02:00:00Z') }],
    });
    expect(d.rules[0]!.status).toBe('retry-later');
    expect(d.busyWith).toMatchObject({ kind: 'copy', jobId: 'c1' });
  });

  it('a job in a state this code does not know counts as in flight (never a duplicate)', () => {
    const d = decide(now, { jobs: [job('j1', 'SOMETHING_NEW', '2026-05-10T03:05:00Z')] });
    expect(d.rules[0]!.status).toBe('satisfied');
    expect(d.job).toBeUndefined();
  });
});

describe('several rules', () => {
  const weekly: DueRule = { name: 'weekly', schedule: '30 2 * * 0', timezone: 'UTC', retries: 3 };

  it('two rules due at once for one resource make one job tagged with both, at the later slot', () => {
    // 2026-05-10 is a Sunday: weekly at 02:30, daily at 03:00.
    const d = decide('2026-05-10T03:10:00Z', {}, [daily, weekly]);
    expect(d.rules.map((r) => r.status)).toEqual(['due', 'due']);
    expect(d.job!.rules).toEqual(['daily', 'weekly']);
    expect(d.job!.slot.toISOString()).toBe('2026-05-10T03:00:00.000Z');
    expect(d.job!.recoveryPointTags['backup-plans:rules']).toBe('daily+weekly');

    // Once that job has made its point, both slots are satisfied by it.
    const after = decide(
      '2026-05-10T04:00:00Z',
      {
        jobs: [job('j1', 'COMPLETED', '2026-05-10T03:10:00Z', { recoveryPointArn: 'rp1' })],
        points: [
          {
            arn: 'rp1',
            creationDate: at('2026-05-10T03:10:00Z'),
            status: 'COMPLETED',
            tags: d.job!.recoveryPointTags,
          },
        ],
      },
      [daily, weekly],
    );
    expect(after.rules.map((r) => r.status)).toEqual(['satisfied', 'satisfied']);
    expect(after.job).toBeUndefined();
  });

  it("a point serving only one rule does not satisfy the other's slot", () => {
    const d = decide('2026-05-10T04:00:00Z', { points: [point('rp1', '2026-05-10T03:05:00Z', ['daily'])] }, [
      daily,
      weekly,
    ]);
    expect(d.rules.map((r) => r.status)).toEqual(['satisfied', 'due']);
    expect(d.job!.rules).toEqual(['weekly']);
    expect(d.job!.slot.toISOString()).toBe('2026-05-10T02:30:00.000Z');
  });

  it('the job gets the longest lifecycle of the rules it serves, and none when one is GFS', () => {
    const a = { ...daily, retain: { days: 35 } };
    const b = { ...weekly, retain: { days: 90 } };
    expect(decide('2026-05-10T03:10:00Z', {}, [a, b]).job!.lifecycle).toEqual({ deleteAfterDays: 90 });
    const gfs = { ...weekly, retain: { keep: { weekly: 4 } } };
    expect(decide('2026-05-10T03:10:00Z', {}, [a, gfs]).job!.lifecycle).toBeUndefined();
  });

  it('a vault lock that refuses the lifecycle makes an error for the resource, with no job', () => {
    const d = decide('2026-05-10T03:10:00Z', {}, [{ ...daily, retain: { days: 3650 } }], {
      vaultLock: { vaultName: 'production', maxRetentionDays: 365 },
    });
    expect(d.job).toBeUndefined();
    expect(d.rules[0]!.status).toBe('error');
    expect(d.error).toMatch(/locked with a maximum retention of 365 days/);
  });
});

describe('DST', () => {
  const berlin: DueRule = { name: 'nightly', schedule: '0 2 * * *', timezone: 'Europe/Berlin', retries: 3 };

  it('spring forward: the 02:00 slot is 03:00 CEST, and a job then satisfies the whole day', () => {
    const d = decide('2026-03-29T01:30:00Z', {}, [berlin]);
    expect(d.job!.slot.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    const later = decide('2026-03-29T20:00:00Z', { jobs: [job('j1', 'COMPLETED', '2026-03-29T01:30:00Z')] }, [
      berlin,
    ]);
    expect(later.rules[0]!.status).toBe('satisfied');
  });

  it('fall back: the second 02:00 (CET) is not a new slot: no second backup', () => {
    const d = decide('2026-10-25T00:10:00Z', {}, [berlin]);
    expect(d.job!.slot.toISOString()).toBe('2026-10-25T00:00:00.000Z');
    const second = decide(
      '2026-10-25T01:10:00Z',
      { jobs: [job('j1', 'COMPLETED', '2026-10-25T00:10:00Z')] },
      [berlin],
    );
    expect(second.rules[0]!.status).toBe('satisfied');
    expect(second.job).toBeUndefined();
  });
});

describe('properties', () => {
  const rules: DueRule[] = [
    { name: 'daily', schedule: '0 3 * * *', timezone: 'Europe/Berlin', retries: 2 },
    { name: 'six-hourly', schedule: '15 */6 * * *', timezone: 'America/New_York', retries: 1 },
    { name: 'weekly', schedule: '0 2 * * 0', timezone: 'UTC', retries: 0 },
    // Slots up to two months old: only recovery points prove them once job records age out.
    { name: 'bimonthly', schedule: '0 4 1 */2 *', timezone: 'Europe/Berlin', retries: 1 },
  ];
  type Outcome = 'complete' | 'fail' | 'busy' | 'running' | 'lost';

  it('over any sequence of runs: one job per resource per run, satisfied slots are never due, retries are bounded, no token is reused for a new job', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            advance: fc.oneof(
              fc.integer({ min: 1, max: 3 * 24 * 60 }),
              fc.integer({ min: 1, max: 20 * 24 * 60 }),
            ),
            outcome: fc.constantFrom<Outcome>('complete', 'fail', 'busy', 'running', 'lost'),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (steps) => {
          let now = Date.parse('2026-03-20T00:00:00Z');
          const jobs: (ObservedBackupJob & { rules: string[] })[] = [];
          const points: ObservedRecoveryPoint[] = [];
          const tokens = new Set<string>();
          /** rule + slot → completed jobs / counted failures serving it. */
          const served = new Map<string, number>();
          const failed = new Map<string, number[]>();
          let n = 0;
          for (const step of steps) {
            now += step.advance * 60_000;
            // Jobs left running by the previous run complete now.
            for (const j of jobs) {
              if (j.state === 'RUNNING') {
                j.state = 'COMPLETED';
                points.push({
                  arn: `rp-${j.jobId}`,
                  creationDate: j.creationDate,
                  status: 'COMPLETED',
                  tags: ownershipTags({ namespace: NS, plan: PLAN, rules: j.rules, slot: j.creationDate }),
                });
              }
            }
            const [d] = decideDue({
              namespace: NS,
              plan: PLAN,
              rules,
              now: new Date(now),
              // ListBackupJobs reaches back about 30 days: older jobs vanish, their points remain.
              resources: [
                {
                  resourceArn: ARN,
                  jobs: jobs.filter((j) => j.creationDate.getTime() >= now - 30 * DAY_MS),
                  points,
                },
              ],
            });
            expect(d!.resourceArn).toBe(ARN);

            for (const r of d!.rules) {
              const slot = r.slot!.getTime();
              const proof = points.some(
                (p) =>
                  p.creationDate.getTime() >= slot &&
                  p.tags?.['backup-plans:rules']?.split(',').includes(r.rule),
              );
              const inFlight = jobs.some((j) => j.state === 'RUNNING' && j.creationDate.getTime() >= slot);
              if (proof || inFlight) expect(r.status).toBe('satisfied');
            }
            const job = d!.job;
            if (!job) continue;
            // Every rule in the job is due; no satisfied rule sneaks in.
            for (const name of job.rules) expect(d!.rules.find((r) => r.rule === name)!.status).toBe('due');
            // A token AWS has seen is never presented again (it would hand back that job). A start
            // call lost before AWS made a job may be repeated with the same token: that is the point.
            expect(tokens.has(job.idempotencyToken)).toBe(false);
            if (step.outcome !== 'lost') tokens.add(job.idempotencyToken);

            const id = `j${n++}`;
            const created = new Date(now);
            const keys = job.rules.map(
              (name) => `${name}@${d!.rules.find((r) => r.rule === name)!.slot!.toISOString()}`,
            );
            if (step.outcome === 'complete' || step.outcome === 'running') {
              jobs.push({ jobId: id, state: 'RUNNING', creationDate: created, rules: job.rules });
              for (const k of keys) served.set(k, (served.get(k) ?? 0) + 1);
              if (step.outcome === 'complete') {
                jobs.at(-1)!.state = 'COMPLETED';
                points.push({
                  arn: `rp-${id}`,
                  creationDate: created,
                  status: 'COMPLETED',
                  tags: job.recoveryPointTags,
                });
              }
            } else if (step.outcome === 'fail') {
              jobs.push({ jobId: id, state: 'FAILED', creationDate: created, rules: job.rules });
              for (const k of keys) failed.set(k, [...(failed.get(k) ?? []), now]);
            } else if (step.outcome === 'busy') {
              jobs.push({
                jobId: id,
                state: 'FAILED',
                creationDate: created,
                rules: job.rules,
                statusMessage: 'running job for the same resource',
              });
            }
            // 'lost': the start call failed before AWS made a job; nothing is observed.
          }
          // A rule's slot is served by at most one successful job, and fails at most 1 + retries times
          // within the ~30 days that failed jobs stay visible (after that the budget is renewed).
          for (const count of served.values()) expect(count).toBe(1);
          for (const [key, times] of failed) {
            const rule = rules.find((r) => key.startsWith(`${r.name}@`))!;
            for (const t of times) {
              const within = times.filter((u) => u >= t && u < t + 30 * DAY_MS).length;
              expect(within).toBeLessThanOrEqual(1 + rule.retries);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('older jobs (a run lists only the jobs since a window start)', () => {
  const NOW = '2026-05-10T03:20:00Z';
  const WINDOW = at('2026-05-09T02:59:00Z');

  it('a due rule whose newest evidence is older than the window asks for the history', () => {
    const old = job('j-old', 'COMPLETED', '2026-05-07T03:05:00Z');
    const narrow = decide(NOW, { jobs: [] }, [daily], { jobsSince: WINDOW, inFlightKnown: false });
    expect(narrow.olderJobs).toBe('history');
    // With the history, the decision is the full listing's: two missed slots (the 8th and the 9th).
    const full = decide(NOW, { jobs: [old] });
    expect(full.olderJobs).toBeUndefined();
    expect(full.rules[0]).toMatchObject({ status: 'due', late: true, missedSlots: 2 });
  });

  it('a due rule with evidence in the window asks only for jobs still in flight', () => {
    const previous = job('j-9', 'COMPLETED', '2026-05-09T03:05:00Z');
    const d = decide(NOW, { jobs: [previous] }, [daily], { jobsSince: WINDOW, inFlightKnown: false });
    expect(d.olderJobs).toBe('in-flight');
    expect(d.rules[0]).toMatchObject({ status: 'due', late: false, missedSlots: 0 });
    // An older job still running keeps the resource busy: only a reading of those can tell.
    const busy = decide(
      NOW,
      { jobs: [previous, job('j-long', 'RUNNING', '2026-05-06T03:05:00Z')] },
      [daily],
      { jobsSince: WINDOW, inFlightKnown: true },
    );
    expect(busy.olderJobs).toBeUndefined();
    expect(busy.busyWith).toMatchObject({ kind: 'backup', jobId: 'j-long' });
    expect(busy.rules[0]!.status).toBe('retry-later');
  });

  it('a satisfied slot needs nothing older, whatever is in flight', () => {
    const d = decide(NOW, { jobs: [job('j-10', 'COMPLETED', '2026-05-10T03:05:00Z')] }, [daily], {
      jobsSince: WINDOW,
      inFlightKnown: false,
    });
    expect(d.rules[0]!.status).toBe('satisfied');
    expect(d.olderJobs).toBeUndefined();
  });

  // The run's protocol (src/backup/plan-run.ts decideFully): decide from the window; read what
  // `olderJobs` asks for; decide again. The result must be the decision on the full listing.
  const STATES = [
    'CREATED',
    'PENDING',
    'RUNNING',
    'ABORTING',
    'ABORTED',
    'COMPLETED',
    'FAILED',
    'EXPIRED',
    'PARTIAL',
  ];
  const OCCUPYING = new Set(['CREATED', 'PENDING', 'RUNNING', 'ABORTING']);
  const BASE = Date.parse('2026-05-10T00:00:00Z');
  const HOUR = 3600 * 1000;
  const weekly: DueRule = { name: 'weekly', schedule: '0 5 * * 0', timezone: 'UTC', retries: 1 };
  const arbJob = fc.record({
    hoursAgo: fc.integer({ min: 0, max: 30 * 24 }),
    state: fc.constantFrom(...STATES),
    message: fc.constantFrom(undefined, 'Another backup job is running for this resource'),
  });

  it('property: the window, then what olderJobs asks for, decides as the full listing does', () => {
    fc.assert(
      fc.property(
        fc.array(arbJob, { maxLength: 12 }),
        fc.array(fc.record({ hoursAgo: fc.integer({ min: 0, max: 30 * 24 }), running: fc.boolean() }), {
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 48 }),
        fc.subarray([daily, weekly], { minLength: 1 }),
        fc.integer({ min: 0, max: 72 }),
        (specs, copies, nowHours, rules, extraWindowHours) => {
          const now = new Date(BASE + nowHours * HOUR);
          const all = specs
            .map((s, i) =>
              job(`j-${i}`, s.state, new Date(now.getTime() - s.hoursAgo * HOUR - i).toISOString(), {
                statusMessage: s.state === 'FAILED' ? s.message : undefined,
              }),
            )
            .sort((a, b) => b.creationDate.getTime() - a.creationDate.getTime());
          const copyJobs = copies
            .map((c, i) => ({
              copyJobId: `c-${i}`,
              state: c.running ? 'RUNNING' : 'CREATED',
              creationDate: new Date(now.getTime() - c.hoursAgo * HOUR - i),
            }))
            .sort((a, b) => b.creationDate.getTime() - a.creationDate.getTime());
          // The window starts at the earliest latest slot (or earlier): never after a slot.
          const slots = rules.map(
            (r) => decide(now.toISOString(), {}, [r]).rules[0]!.slot?.getTime() ?? now.getTime(),
          );
          const since = new Date(Math.min(...slots) - extraWindowHours * HOUR);
          const inWindow = <T extends { creationDate: Date }>(j: T) => j.creationDate >= since;

          let jobs = all.filter(inWindow);
          let copyJobsInFlight = copyJobs.filter(inWindow);
          let jobsSince: Date | undefined = since;
          let inFlightKnown = false;
          let d = decide(now.toISOString(), { jobs, copyJobsInFlight }, rules, { jobsSince, inFlightKnown });
          for (let round = 0; d.olderJobs && round < 3; round++) {
            if (d.olderJobs === 'history') {
              jobs = [...all.filter(inWindow), ...all.filter((j) => !inWindow(j))];
              jobsSince = undefined;
            } else {
              if (jobsSince)
                jobs = [
                  ...all.filter(inWindow),
                  ...all.filter((j) => !inWindow(j) && OCCUPYING.has(j.state)),
                ];
              copyJobsInFlight = copyJobs;
              inFlightKnown = true;
            }
            d = decide(now.toISOString(), { jobs, copyJobsInFlight }, rules, { jobsSince, inFlightKnown });
          }
          expect(d.olderJobs).toBeUndefined();
          expect(d).toEqual(decide(now.toISOString(), { jobs: all, copyJobsInFlight: copyJobs }, rules));
        },
      ),
      { numRuns: 500 },
    );
  });
});
