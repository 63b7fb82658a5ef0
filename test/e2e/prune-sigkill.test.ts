// A prune killed with SIGKILL in the middle of its deletions, then run again, ends in exactly the
// state of a run that was never interrupted (compared against a second simulator seeded from the same
// world). The kill is placed by simulator state, not by time: the simulator (in this process) kills
// the action when its Nth DeleteRecoveryPoint arrives, so exactly N - 1 deletions landed however fast
// or busy the machine is.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** AWS Backup's DeleteRecoveryPoint route: DELETE /backup-vaults/{name}/recovery-points/{arn}. */
const isDeleteRecoveryPoint = (req: IncomingMessage) =>
  req.method === 'DELETE' && /^\/backup-vaults\/[^/]+\/recovery-points\/[^/?]+(\?|$)/.test(req.url ?? '');

/**
 * Kills the action (SIGKILL) when the simulator receives its `n`th DeleteRecoveryPoint, before it
 * runs. That request, and every one the dying process still had on the wire, is dropped unanswered;
 * requests already answered stay answered. `undo` restores the simulator once the process is gone.
 */
function killAtDelete(world: PruneWorld, n: number, marker: string): { pid?: number; undo(): void } {
  const sim = world.sim.sim;
  const handle = sim.handle.bind(sim);
  const kill: { pid?: number; undo(): void } = {
    undo: () => void delete (sim as { handle?: unknown }).handle, // back to the prototype's
  };
  let seen = 0;
  let dropping = false;
  sim.handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!dropping && isDeleteRecoveryPoint(req) && ++seen === n) {
      dropping = true;
      kill.pid = pidWithMarker(marker);
      if (kill.pid !== undefined) process.kill(kill.pid, 'SIGKILL');
    }
    if (!dropping) return handle(req, res);
    req.socket.destroy();
    return Promise.resolve();
  };
  return kill;
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
      return w;
    };
    const interrupted = await start();
    const reference = await start();

    const marker = randomUUID();
    const kill = killAtDelete(interrupted, KILL_AFTER, marker);
    const killed = await interrupted.run({ 'max-deletions': 10000 }, 300_000, { PRUNE_KILL_MARKER: marker });
    kill.undo();
    expect(kill.pid, 'the action process, killed at the Nth DeleteRecoveryPoint').toBeDefined();
    expect(killed.exitCode).not.toBe(0);
    // The simulator ran exactly the deletions it received before the Nth.
    expect(interrupted.sim.sim.stats().calls['DeleteRecoveryPoint']).toBe(KILL_AFTER - 1);
    interrupted.settleDeletions(); // AWS deletes asynchronously: calls that landed finish
    const afterKill = await interrupted.pointArns();
    const deletedBeforeKill = points.length - afterKill.size;
    expect(deletedBeforeKill).toBe(KILL_AFTER - 1);
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
