// A prune killed with SIGKILL in the middle of its deletions, then run again, ends in exactly the
// state of a run that was never interrupted (compared against a second simulator seeded from the same
// world). The kill comes after N DeleteRecoveryPoint calls, read from the simulator's /_sim/stats.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  planYaml,
  startPruneWorld,
  volume,
  type PruneWorld,
} from '../prune/e2e-world.js';

const NEWEST = new Date('2026-09-01T03:00:00Z');
const KILL_AFTER = 250;

/** The pid of our own child process that carries `marker` in its environment (Linux /proc). */
function pidWithMarker(marker: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`PRUNE_KILL_MARKER=${marker}\0`))
        return Number(entry);
    } catch {
      // gone, or not ours
    }
  }
  return undefined;
}

async function deleteCalls(world: PruneWorld): Promise<number> {
  const stats = (await (await fetch(`${world.sim.url}/_sim/stats`)).json()) as {
    calls: Record<string, number>;
  };
  return stats.calls.DeleteRecoveryPoint ?? 0;
}

describe('prune after SIGKILL', () => {
  const worlds: PruneWorld[] = [];
  afterAll(async () => {
    for (const w of worlds) await w.close();
  });

  it('a rerun after a kill mid-deletion reaches the state of an uninterrupted run', async () => {
    const points = [
      ...history(volume('vol-1'), 300, NEWEST),
      ...history(volume('vol-2'), 300, NEWEST),
      ...history(fileSystem('fs-1'), 300, NEWEST),
    ];
    const resources = [
      { arn: volume('vol-1'), tags: { backup: 'daily' } },
      { arn: volume('vol-2'), tags: { backup: 'daily' } },
      { arn: fileSystem('fs-1'), tags: { backup: 'daily' } },
    ];
    const expected = expectedRemovals(points);
    expect(expected.size).toBeGreaterThan(KILL_AFTER * 2);
    const start = async () => {
      const w = await startPruneWorld(baseWorld({ resources, recoveryPoints: points }));
      worlds.push(w);
      w.writePlan('prod', planYaml());
      // A realistic pace, so the kill lands in the middle of the backlog.
      await fetch(`${w.sim.url}/_sim/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operation: 'DeleteRecoveryPoint', throttle: { rps: 100 } }),
      });
      return w;
    };
    const interrupted = await start();
    const reference = await start();

    const marker = randomUUID();
    // The product's own limiter slow start (no test wait scale): the kill is timed by counting delete
    // calls, and a faster ramp overshoots the throttle, so calls would outrun deletions at the kill.
    const running = interrupted.run({ 'max-deletions': 10000 }, 300_000, {
      PRUNE_KILL_MARKER: marker,
      BACKUP_PLANS_TEST_WAIT_SCALE: undefined,
    });
    let killedAt: number;
    for (;;) {
      const calls = await deleteCalls(interrupted);
      if (calls >= KILL_AFTER) {
        const pid = pidWithMarker(marker);
        expect(pid, 'the action process').toBeDefined();
        process.kill(pid!, 'SIGKILL');
        killedAt = calls;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const killed = await running;
    expect(killed.exitCode).not.toBe(0);
    interrupted.settleDeletions(); // AWS deletes asynchronously: calls that landed finish
    const afterKill = await interrupted.pointArns();
    const deletedBeforeKill = points.length - afterKill.size;
    expect(deletedBeforeKill).toBeGreaterThanOrEqual(killedAt - 20); // in-flight calls may or may not land
    expect(deletedBeforeKill).toBeLessThan(expected.size);

    const rerun = await interrupted.run({ 'max-deletions': 10000 }, 300_000);
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(Number(rerun.outputs.deletions)).toBe(expected.size - deletedBeforeKill);

    reference.settleDeletions(); // the same simulated time as the interrupted world
    const whole = await reference.run({ 'max-deletions': 10000 }, 300_000);
    expect(whole.exitCode, whole.stderr).toBe(0);

    interrupted.settleDeletions();
    reference.settleDeletions();
    const a = [...(await interrupted.pointArns())].sort();
    const b = [...(await reference.pointArns())].sort();
    expect(a).toEqual(b);
    expect(a.length).toBe(points.length - expected.size);
  }, 600_000);
});
