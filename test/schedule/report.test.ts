import { describe, expect, it } from 'vitest';
import { decideDue, type DueRule } from '../../src/schedule/due.js';
import { dueReport } from '../../src/schedule/report.js';

const rules: DueRule[] = [
  { name: 'daily', schedule: '0 3 * * *', timezone: 'UTC', retries: 0 },
  { name: 'weekly', schedule: '30 2 * * 0', timezone: 'UTC', retries: 3 },
];
const A = 'arn:aws:ec2:eu-west-1:1:volume/vol-a';
const B = 'arn:aws:ec2:eu-west-1:1:volume/vol-b';
const C = 'arn:aws:ec2:eu-west-1:1:volume/vol-c';

describe('dueReport', () => {
  it('per rule: slot, late, and each resource state (failures first)', () => {
    const now = new Date('2026-05-10T05:00:00Z'); // Sunday: both rules have slots today
    const decisions = decideDue({
      namespace: 'n',
      plan: 'p',
      rules,
      now,
      resources: [
        { resourceArn: A, jobs: [], points: [] },
        {
          resourceArn: B,
          jobs: [{ jobId: 'j1', state: 'RUNNING', creationDate: new Date('2026-05-10T03:01:00Z') }],
          points: [],
        },
        {
          resourceArn: C,
          jobs: [
            {
              jobId: 'j2',
              state: 'FAILED',
              creationDate: new Date('2026-05-10T03:01:00Z'),
              statusMessage: 'denied',
            },
          ],
          points: [],
        },
      ],
    });
    const report = dueReport('p', decisions, new Map([[A, { state: 'started' as const, jobId: 'new-1' }]]));
    expect(report.plan).toBe('p');
    const daily = report.rules.find((r) => r.rule === 'daily')!;
    expect(daily.slot).toBe('2026-05-10T03:00:00Z');
    expect(daily.late).toBe(true); // two hours after the slot, over the 60-minute window
    expect(daily.resources.map((r) => [r.resourceArn, r.state])).toEqual([
      [C, 'exhausted'],
      [A, 'started'],
      [B, 'existing'],
    ]);
    expect(daily.resources[0]!.detail).toMatch(/denied/);
    expect(daily.resources[1]).toMatchObject({ jobId: 'new-1', attempt: 1 });
    const weekly = report.rules.find((r) => r.rule === 'weekly')!;
    expect(weekly.slot).toBe('2026-05-10T02:30:00Z');
    // C's weekly slot has one failed attempt; retries 3 → due again as attempt 2, no outcome given.
    expect(weekly.resources.find((r) => r.resourceArn === C)).toMatchObject({ state: 'due', attempt: 2 });
  });
});
