// prune at scale, end to end (dist/index.js through the harness against the simulator):
// 5,000 owned points (EBS snapshots read through the Tagging API, EFS points through Backup
// ListTags) + 200 not ours + 20 on a resource that carries reserved tags itself, while the test
// changes the DeleteRecoveryPoint throttle 100/s → 20/s → 100/s under the running action.
//
// "Zero failed calls" here means: no call the product gave up on. The simulator counts throttled
// answers apart from errors; throttles are expected (the limiter probes for the limit and absorbs
// them by retrying), errors (any non-throttling failure answer to DeleteRecoveryPoint) must be 0, and
// the run reports 0 failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  ownership,
  planYaml,
  pointArn,
  startPruneWorld,
  volume,
  type PruneWorld,
  type SeededPoint,
} from '../prune/e2e-world.js';

const NEWEST = new Date('2026-09-01T03:00:00Z');
const RESERVED = volume('vol-reserved');

function seed(): SeededPoint[] {
  const points: SeededPoint[] = [];
  for (let i = 1; i <= 5; i++) points.push(...history(volume(`vol-${i}`), 500, NEWEST));
  for (let i = 1; i <= 5; i++) points.push(...history(fileSystem(`fs-${i}`), 500, NEWEST));
  // 200 not ours: 100 without any tags, 100 of another namespace (on our own resources).
  for (let i = 0; i < 200; i++) {
    const resourceArn = i % 2 === 0 ? volume(`vol-${(i % 5) + 1}`) : fileSystem(`fs-${(i % 5) + 1}`);
    const created = new Date(NEWEST.getTime() - (i + 1) * 3_600_000 * 7);
    points.push({
      vault: 'production',
      resourceArn,
      arn: pointArn(resourceArn, `unowned/${i}`),
      created: created.toISOString(),
      ...(i < 100 ? {} : { tags: ownership('prod', ['daily'], created, 'someone/else') }),
      rules: [],
      owned: false,
    });
  }
  // 20 on a resource that carries reserved tags itself: tagged as ours, never to be pruned.
  points.push(...history(RESERVED, 20, NEWEST).map((p) => ({ ...p, owned: false })));
  return points;
}

describe('prune at scale', () => {
  let world: PruneWorld;
  let points: SeededPoint[];
  beforeAll(async () => {
    points = seed();
    const resources = [
      ...[1, 2, 3, 4, 5].map((i) => ({ arn: volume(`vol-${i}`), tags: { backup: 'daily' } })),
      ...[1, 2, 3, 4, 5].map((i) => ({ arn: fileSystem(`fs-${i}`), tags: { backup: 'daily' } })),
      { arn: RESERVED, tags: { backup: 'daily', 'backup-plans:plan': 'prod' } },
    ];
    world = await startPruneWorld(baseWorld({ resources, recoveryPoints: points }));
    world.writePlan('prod', planYaml());
  });
  afterAll(() => world?.close());

  it('drains 4,700+ deletions through a changing throttle without a failed call, exactly the engine’s set; a rerun deletes nothing', async () => {
    const expected = expectedRemovals(points);
    expect(expected.size).toBeGreaterThan(4500);
    const admin = (path: string, method: string, body?: unknown) =>
      fetch(`${world.sim.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }).then((r) => r.json() as Promise<Record<string, unknown>>);
    await admin('/_sim/faults', 'POST', { operation: 'DeleteRecoveryPoint', throttle: { rps: 100 } });

    // Drive the throttle from the outside while the action runs: 100/s, then 20/s for a stretch, then 100/s.
    const phases: { at: number; calls: number; rps: number }[] = [];
    let stop = false;
    const driver = (async () => {
      const calls = async () =>
        ((await admin('/_sim/stats', 'GET')) as { calls: Record<string, number> }).calls
          .DeleteRecoveryPoint ?? 0;
      while (!stop && (await calls()) < 1500) await new Promise((r) => setTimeout(r, 100));
      if (stop) return;
      const slow = (await admin('/_sim/faults', 'POST', {
        operation: 'DeleteRecoveryPoint',
        throttle: { rps: 20 },
      })) as {
        id?: string;
        fault?: { id: string };
      };
      phases.push({ at: Date.now(), calls: await calls(), rps: 20 });
      const slowId = slow.id ?? slow.fault?.id;
      while (!stop && (await calls()) < 1700) await new Promise((r) => setTimeout(r, 100));
      await admin(`/_sim/faults/${slowId}`, 'DELETE');
      phases.push({ at: Date.now(), calls: await calls(), rps: 100 });
    })();

    const started = Date.now();
    const run = await world.run({ 'max-deletions': 10000 }, 400_000);
    stop = true;
    await driver;
    const seconds = (Date.now() - started) / 1000;
    expect(run.exitCode, run.stderr + run.log.slice(-3000)).toBe(0);
    expect(phases.map((p) => p.rps)).toEqual([20, 100]);

    // Exactly the engine's removals are gone; every other point is still there.
    world.settleDeletions(); // AWS deletes asynchronously
    const left = await world.pointArns();
    const gone = new Set(points.filter((p) => !left.has(p.arn)).map((p) => p.arn));
    expect(gone.size).toBe(expected.size);
    expect([...gone].filter((a) => !expected.has(a))).toEqual([]);
    for (const p of points) if (!p.owned) expect(left.has(p.arn)).toBe(true);
    expect(run.outputs.deletions).toBe(String(expected.size));
    expect(run.outputs.failures).toBe('0');

    const stats = (await admin('/_sim/stats', 'GET')) as {
      calls: Record<string, number>;
      throttled: Record<string, number>;
      errors: Record<string, number>;
    };
    expect(stats.errors.DeleteRecoveryPoint ?? 0).toBe(0);
    const throttled = stats.throttled.DeleteRecoveryPoint ?? 0;
    expect(stats.calls.DeleteRecoveryPoint).toBe(expected.size + throttled);

    const report = run.reportJson as {
      deletionRate: number;
      totals: { reservedResources: number; unowned: number; notOurs: number };
      vaults: { reservedResources: { resourceArn: string; points: number }[] }[];
    };
    expect(report.totals.reservedResources).toBe(1);
    expect(report.vaults[0]!.reservedResources).toEqual([{ resourceArn: RESERVED, points: 20 }]);
    expect(report.totals.unowned).toBe(100);
    expect(report.totals.notOurs).toBe(100);
    expect(run.summary).toContain('reserved');
    console.log(
      `prune scale: ${expected.size} deletions in ${seconds.toFixed(1)} s (run), rate ${report.deletionRate.toFixed(1)}/s, ` +
        `${throttled} throttled answers absorbed, phases ${JSON.stringify(phases)}`,
    );

    // A rerun finds nothing to delete (and reads its ownership from the catalog).
    const again = await world.run({ 'max-deletions': 10000 }, 300_000);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(again.outputs.deletions).toBe('0');
    expect((await world.pointArns()).size).toBe(left.size);
    const notes = (again.reportJson as { notes: string[] }).notes.join('\n');
    expect(notes).toMatch(/catalog: [1-9]\d* tag reads spared/);
  }, 900_000);
});
