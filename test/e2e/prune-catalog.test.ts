// Issue 12 item 3: prune's catalog stays warm. A run served from the catalog saves what it used, so
// consecutive prunes keep the warm cost instead of every other one reading every tag again. The
// catalog is never the evidence: deletions still re-read ownership live (prune-safety tests that).
import { afterEach, describe, expect, it } from 'vitest';
import {
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  planYaml,
  startPruneWorld,
  type PruneWorld,
} from '../prune/e2e-world.js';

let world: PruneWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const NEWEST = new Date('2026-09-01T03:00:00Z');

describe('prune catalog', () => {
  it('four consecutive prunes: the first reads every tag, the next three stay warm', async () => {
    // File systems: their points' tags are read one ListTags call each, so cold and warm differ clearly.
    const points = [1, 2, 3].flatMap((i) => history(fileSystem(`fs-${i}`), 60, NEWEST));
    world = await startPruneWorld(
      baseWorld({
        resources: [1, 2, 3].map((i) => ({ arn: fileSystem(`fs-${i}`), tags: { backup: 'daily' } })),
        recoveryPoints: points,
      }),
    );
    world.writePlan('prod', planYaml());
    const expected = expectedRemovals(points);
    const tagReads: number[] = [];
    for (let run = 0; run < 4; run++) {
      world.sim.sim.resetStats();
      const result = await world.run({ 'max-deletions': 1000 });
      expect(result.exitCode, result.stderr + result.log).toBe(0);
      expect(result.outputs.deletions).toBe(run === 0 ? String(expected.size) : '0');
      const calls = world.sim.sim.stats().calls;
      tagReads.push((calls.ListTags ?? 0) + (calls.GetResources ?? 0));
      world.settleDeletions(); // AWS deletes asynchronously; the next daily prune finds them gone
    }
    expect(tagReads[0]).toBeGreaterThanOrEqual(points.length);
    const kept = points.length - expected.size;
    // Warm: no point of ours is read again (a few selector lookups at most), run after run.
    for (const warm of tagReads.slice(1)) expect(warm).toBeLessThan(kept / 4);
    expect(tagReads[3]).toBe(tagReads[1]);
  });
});
