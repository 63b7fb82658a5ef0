// Issue 11 item 5, end to end: prune while GetResources is throttled to 5 calls/s. Every read is
// paced in real time (the run takes tens of seconds), so this file is in SLOW_TESTS;
// prune-faults.test.ts has the other fault outcomes (items 6 and 12).
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectedRemovals,
  baseWorld,
  history,
  planYaml,
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
  it('item 5: GetResources throttled to 5/s: every read is paced, not failed; all due points deleted', async () => {
    const { points, removed } = await volumes(3, 40);
    expect(removed.size).toBeGreaterThan(50);
    world!.sim.sim.addFault({ operation: 'GetResources', throttle: { rps: 5 } });
    const run = await world!.run({ 'max-deletions': 1000 }, 240_000);
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    const report = run.reportJson as Report;
    expect(report.totals.failures).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    world!.settleDeletions(); // AWS deletes asynchronously
    const left = await world!.pointArns();
    expect(new Set(points.filter((p) => !left.has(p.arn)).map((p) => p.arn))).toEqual(removed);
  });
});
