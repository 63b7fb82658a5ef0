// A due run decides each resource once (src/backup/plan-run.ts decideFully): when the decision asks
// for the older jobs in flight and the read finds none of the resource's, the decision stands
// (decisionStands) instead of being made again with `inFlightKnown`. That is sound only while the
// flag changes nothing but the request itself; this property holds it to that.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservedCopyJob } from '../../src/aws/observed.js';
import { decideResource, decisionStands, type ResourceDecisionInput } from '../../src/backup/decide.js';
import { job, owned, plan, point, rule, vol } from './fixtures.js';

const VAULT = {
  name: 'production',
  arn: 'arn:aws:backup:eu-west-1:123456789012:backup-vault:production',
  locked: false,
};
const LOCKED = { ...VAULT, locked: true, minRetentionDays: 7, maxRetentionDays: 400 };
const BASE = Date.parse('2026-05-10T00:00:00Z');
const HOUR = 3600 * 1000;
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

const daily = rule({ name: 'daily', retain: { keep: { daily: 7, weekly: 4 } } });
const weekly = rule({ name: 'weekly', schedule: '0 5 * * 0', retries: 1, retain: { days: 35 } });

describe('decisionStands', () => {
  it('property: a decision asking for jobs in flight, once none were found, is the decision made knowing that', () => {
    let asked = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            hoursAgo: fc.integer({ min: 0, max: 72 }),
            state: fc.constantFrom(...STATES),
            busy: fc.boolean(),
            withPoint: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        fc.array(
          fc.record({
            hoursAgo: fc.integer({ min: 0, max: 72 }),
            ruleNames: fc.constantFrom('daily', 'weekly', 'daily+weekly', 'other'),
          }),
          {
            maxLength: 4,
          },
        ),
        fc.array(
          fc.record({
            hoursAgo: fc.integer({ min: 0, max: 72 }),
            state: fc.constantFrom('CREATED', 'RUNNING', 'COMPLETED', 'FAILED'),
          }),
          {
            maxLength: 3,
          },
        ),
        fc.integer({ min: 0, max: 48 }),
        fc.subarray([daily, weekly], { minLength: 1 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 72 }),
        (jobSpecs, pointSpecs, copySpecs, nowHours, rules, locked, windowHours) => {
          const now = new Date(BASE + nowHours * HOUR);
          const ago = (h: number, i: number) => new Date(now.getTime() - h * HOUR - i * 1000).toISOString();
          const points = pointSpecs.map((p, i) =>
            point(ago(p.hoursAgo, i), owned(p.ruleNames, ago(p.hoursAgo, i))),
          );
          const jobs = jobSpecs.map((s, i) =>
            job(`j-${i}`, s.state, ago(s.hoursAgo, i), {
              ...(s.state === 'FAILED' && s.busy
                ? { statusMessage: 'Another backup job is running for this resource' }
                : {}),
              ...(s.withPoint && points[i] ? { recoveryPointArn: points[i]!.arn } : {}),
            }),
          );
          const copyJobs: ObservedCopyJob[] = copySpecs.map((c, i) => ({
            copyJobId: `c-${i}`,
            state: c.state,
            creationDate: new Date(ago(c.hoursAgo, i)),
            sourceRecoveryPointArn: points[0]?.arn ?? 'arn:aws:ec2:eu-west-1::snapshot/snap-x',
            destinationBackupVaultArn: 'arn:aws:backup:eu-central-1:123456789012:backup-vault:dr',
          }));
          const input: ResourceDecisionInput = {
            plan: plan(rules),
            namespace: 'acme/infra',
            resourceArn: vol('vol-1'),
            now,
            jobs,
            points,
            copyJobs,
            vault: locked ? LOCKED : VAULT,
            jobsSince: new Date(now.getTime() - windowHours * HOUR),
            inFlightKnown: false,
          };
          const first = decideResource(input);
          if (first.olderJobs !== 'in-flight') return;
          asked++;
          expect(decisionStands(first)).toEqual(decideResource({ ...input, inFlightKnown: true }));
        },
      ),
      { numRuns: 500 },
    );
    // The property must have been exercised, not skipped on every input.
    expect(asked).toBeGreaterThan(50);
  });

  it('refuses a decision that asked for something else', () => {
    const d = decideResource({
      plan: plan([daily]),
      namespace: 'acme/infra',
      resourceArn: vol('vol-1'),
      now: new Date(BASE),
      jobs: [],
      points: [],
      copyJobs: [],
      vault: VAULT,
      jobsSince: new Date(BASE - HOUR),
      inFlightKnown: false,
    });
    expect(d.olderJobs).toBe('history');
    expect(() => decisionStands(d)).toThrow(/history/);
  });
});
