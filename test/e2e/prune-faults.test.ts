// Issue 11 items 6 and 12, end to end: prune under unreadable legal holds and refused deletes. Each
// ends in a clear outcome, the report written, nothing deleted that a fault-free run keeps. Item 5
// (throttled reads, paced in real time) is in prune-throttled.test.ts, a slow test.
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectedRemovals,
  baseWorld,
  history,
  planYaml,
  ROLE,
  startPruneWorld,
  volume,
  type PruneWorld,
  type SeededPoint,
} from '../prune/e2e-world.js';

let world: PruneWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

interface Report {
  totals: { deleted: number; failures: number; guarded: Record<string, number> };
  failures: { message: string }[];
}

const NEWEST = new Date('2026-09-01T03:00:00Z');

/** Volumes (EBS snapshots: ownership read through the Tagging API's GetResources), `perVolume` points each. */
async function volumes(
  count: number,
  perVolume: number,
): Promise<{ points: SeededPoint[]; removed: Set<string> }> {
  const points = Array.from({ length: count }, (_, i) =>
    history(volume(`vol-${i}`), perVolume, NEWEST),
  ).flat();
  world = await startPruneWorld(
    baseWorld({
      resources: Array.from({ length: count }, (_, i) => ({
        arn: volume(`vol-${i}`),
        tags: { backup: 'daily' },
      })),
      recoveryPoints: points,
    }),
  );
  world.writePlan('prod', planYaml());
  return { points, removed: expectedRemovals(points) };
}

describe('prune under faults', () => {
  it('item 6: ListLegalHolds refused: nothing deleted, a warning and a summary line naming backup:ListLegalHolds, counted as unreadable, not as held', async () => {
    const { points, removed } = await volumes(1, 30);
    world!.sim.sim.addFault({
      operation: 'ListLegalHolds',
      fail: { count: 1000, error: 'AccessDeniedException', message: 'not authorized' },
    });
    const run = await world!.run({ 'max-deletions': 1000 });
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    expect((await world!.pointArns()).size).toBe(points.length);
    const report = run.reportJson as Report;
    expect(report.totals.deleted).toBe(0);
    expect(report.totals.guarded['holds-unreadable']).toBe(removed.size);
    expect(report.totals.guarded['legal-hold']).toBeUndefined();
    const warnings = run.annotations.filter(
      (a) => a.level === 'warning' && a.message.includes('backup:ListLegalHolds'),
    );
    expect(warnings).toHaveLength(1);
    expect(run.summary).toContain('backup:ListLegalHolds');
    expect(run.summary).not.toContain('under a legal hold');
  });

  it('item 12: DeleteRecoveryPoint refused: one error naming backup:DeleteRecoveryPoint, no storm of calls', async () => {
    const { points, removed } = await volumes(2, 40);
    expect(removed.size).toBeGreaterThan(40);
    world!.sim.sim.addFault({
      operation: 'DeleteRecoveryPoint',
      role: ROLE,
      fail: { count: 100_000, error: 'AccessDeniedException', message: 'User is not authorized' },
    });
    const run = await world!.run({ 'max-deletions': 1000 });
    expect(run.exitCode, run.stderr + run.log).toBe(1);
    expect((await world!.pointArns()).size).toBe(points.length);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('backup:DeleteRecoveryPoint');
    const report = run.reportJson as Report;
    expect(report.totals.failures).toBe(1);
    expect(report.totals.guarded['access-denied']).toBe(removed.size - 1);
    // Only the calls already in flight when the first refusal came back (the limiter's concurrency).
    expect(world!.sim.sim.stats().calls['DeleteRecoveryPoint']).toBeLessThanOrEqual(16);
  });
});
