// Prune's catalog over four consecutive daily prunes (issue 12 item 3), the shipped action against the
// simulator: AWS calls per recovery point of each run. The first run is cold (every point's tags are
// read); a run served from the catalog saves what it used, so the next three stay warm. The baseline
// is the cold run: warm/cold is the figure (test/e2e/prune-catalog asserts the behaviour).
//
//   npx vitest bench --run bench/prune-catalog.bench.ts
import { bench, describe } from 'vitest';
import {
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  planYaml,
  startPruneWorld,
} from '../test/prune/e2e-world.js';
import { recordFigure } from './figures.js';
import { ensureBundle } from './simulator-process.js';

const RESOURCES = 8;
const POINTS_PER_RESOURCE = 60;
const NEWEST = new Date('2026-09-01T03:00:00Z');

async function scenario(): Promise<void> {
  ensureBundle();
  // File systems: their points' tags are read one ListTags call each, so cold and warm differ clearly.
  const ids = Array.from({ length: RESOURCES }, (_, i) => `fs-${i}`);
  const points = ids.flatMap((id) => history(fileSystem(id), POINTS_PER_RESOURCE, NEWEST));
  const world = await startPruneWorld(
    baseWorld({
      resources: ids.map((id) => ({ arn: fileSystem(id), tags: { backup: 'daily' } })),
      recoveryPoints: points,
    }),
  );
  try {
    world.writePlan('prod', planYaml());
    const removals = expectedRemovals(points).size;
    const perPoint: number[] = [];
    const lines = [
      `prune catalog: four consecutive prunes of ${points.length} points (${removals} removed by the first)`,
    ];
    for (let run = 0; run < 4; run++) {
      world.sim.sim.resetStats();
      const result = await world.run({ 'max-deletions': 10_000 });
      if (result.exitCode !== 0) throw new Error(`prune ${run + 1}: exit ${result.exitCode}\n${result.log}`);
      const calls = Object.values(world.sim.sim.stats().calls).reduce((a, b) => a + b, 0);
      // The first run reads what it deletes too; the calls per point of the vault before the run.
      const before = run === 0 ? points.length : points.length - removals;
      perPoint.push(calls / before);
      lines.push(
        `  run ${run + 1}: ${calls} calls for ${before} points = ${(calls / before).toFixed(3)} calls/point, ` +
          `${result.outputs.deletions ?? '?'} deleted`,
      );
      world.settleDeletions(); // AWS deletes asynchronously; the next daily prune finds them gone
    }
    const warm = Math.max(...perPoint.slice(1));
    const ratio = warm / perPoint[0]!;
    lines.push(`  warm/cold: ${ratio.toFixed(3)} (worst warm run vs the cold first run)`);
    console.log(lines.join('\n'));
    recordFigure({
      section: 'Prune catalog (four consecutive prunes)',
      name: `calls per point, runs 1–4 (${points.length} points)`,
      value: perPoint.map((p) => p.toFixed(3)).join(' → '),
    });
    // Warm means no point of ours is read again: a few vault and selector listings, not one per point.
    recordFigure({
      section: 'Prune catalog (four consecutive prunes)',
      name: 'worst warm run / cold run, calls per point',
      value: `${ratio.toFixed(3)}`,
      goal: 'every warm run ≤ 0.1× cold',
      met: ratio <= 0.1,
    });
  } finally {
    await world.close();
  }
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
/** tinybench calls a task extra times to detect async; the scenario measures itself, so run it once. */
function onlyOnce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}

describe('prune catalog', () => {
  bench('four consecutive prunes', onlyOnce(scenario), once);
});
