import { describe, expect, it } from 'vitest';
import { copyStep, TAG_COPIES_WITHIN_MS } from '../../src/backup/decide.js';
import type { CopyDecision } from '../../src/schedule/copies.js';

const NOW = new Date('2026-03-10T03:20:00Z');

function decision(overrides: Partial<CopyDecision>): CopyDecision {
  return {
    sourcePointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-1',
    resourceArn: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
    destination: {
      account: '123456789012',
      region: 'eu-central-1',
      vault: 'dr',
      vaultArn: 'arn:aws:backup:eu-central-1:123456789012:backup-vault:dr',
    } as CopyDecision['destination'],
    rules: ['daily'],
    action: 'start',
    backfill: false,
    attempt: 1,
    failures: [],
    destinationTags: { 'backup-plans:plan': 'prod' },
    ...overrides,
  };
}

const completed = (overrides: Partial<CopyDecision> = {}) =>
  decision({
    action: 'completed',
    copyJobId: 'c1',
    destinationPointArn: 'arn:aws:ec2:eu-central-1::snapshot/snap-2',
    ...overrides,
  });

describe('copyStep', () => {
  it('tags a recently completed copy whose destination is not known to be tagged', () => {
    const job = { state: 'COMPLETED', completionDate: new Date(NOW.getTime() - 3_600_000) };
    expect(copyStep(completed(), { now: NOW, job, polled: false })).toEqual({ kind: 'tag' });
    expect(copyStep(completed(), { now: NOW, polled: false })).toEqual({ kind: 'tag' });
  });

  it('leaves old completed copies alone unless this run waited for them', () => {
    const job = { state: 'COMPLETED', completionDate: new Date(NOW.getTime() - TAG_COPIES_WITHIN_MS - 1000) };
    expect(copyStep(completed(), { now: NOW, job, polled: false })).toEqual({ kind: 'none' });
    expect(copyStep(completed(), { now: NOW, job, polled: true })).toEqual({ kind: 'tag' });
  });

  it('does nothing for a tagged copy or one without a known destination point', () => {
    expect(copyStep(completed({ destinationTagged: true }), { now: NOW, polled: true })).toEqual({
      kind: 'none',
    });
    const noPoint = completed();
    delete noPoint.destinationPointArn;
    expect(copyStep(noPoint, { now: NOW, polled: true })).toEqual({ kind: 'none' });
  });

  it('reports in-flight copies with the job state, RUNNING when the job was not observed', () => {
    const d = decision({ action: 'in-flight', copyJobId: 'c1' });
    expect(copyStep(d, { now: NOW, job: { state: 'CREATED' }, polled: false })).toEqual({
      kind: 'in-flight',
      state: 'CREATED',
    });
    expect(copyStep(d, { now: NOW, polled: false })).toEqual({ kind: 'in-flight', state: 'RUNNING' });
  });

  it('marks retry-later as waiting for the resource, skipped not, and ends polling for failures', () => {
    expect(
      copyStep(decision({ action: 'retry-later', reason: 'busy' }), { now: NOW, polled: false }),
    ).toEqual({
      kind: 'report',
      outcome: 'retry-later',
      message: 'busy',
      waitingForResource: true,
      stopPolling: false,
    });
    expect(copyStep(decision({ action: 'skipped', reason: 'cold' }), { now: NOW, polled: false })).toEqual({
      kind: 'report',
      outcome: 'skipped',
      message: 'cold',
      waitingForResource: false,
      stopPolling: false,
    });
    for (const action of ['exhausted', 'error'] as const)
      expect(copyStep(decision({ action }), { now: NOW, polled: true })).toEqual({
        kind: 'report',
        outcome: 'failed',
        waitingForResource: false,
        stopPolling: true,
      });
  });

  it('starts what the decision says to start', () => {
    expect(copyStep(decision({ action: 'start' }), { now: NOW, polled: false })).toEqual({ kind: 'start' });
  });
});
