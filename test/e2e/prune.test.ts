// prune end to end: dist/index.js against the simulator, through the harness, like a runner.
import { afterEach, describe, expect, it } from 'vitest';
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

let world: PruneWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const NEWEST = new Date('2026-09-01T03:00:00Z');

describe('prune (small vault)', () => {
  it('deletes exactly what the engine removes, keeps the rest, reports, and a rerun deletes nothing', async () => {
    const owned = [...history(volume('vol-1'), 80, NEWEST), ...history(fileSystem('fs-1'), 80, NEWEST)];
    const foreign: SeededPoint = {
      vault: 'production',
      resourceArn: volume('vol-1'),
      arn: pointArn(volume('vol-1'), 'foreign'),
      created: '2026-01-01T00:00:00Z',
      tags: ownership('prod', ['daily'], new Date('2026-01-01T00:00:00Z'), 'other/repo'),
      rules: [],
      owned: false,
    };
    const points = [...owned, foreign];
    world = await startPruneWorld(
      baseWorld({
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' } },
          { arn: fileSystem('fs-1'), tags: { backup: 'daily' } },
        ],
        recoveryPoints: points,
      }),
    );
    world.writePlan('prod', planYaml());
    const expected = expectedRemovals(points);
    expect(expected.size).toBeGreaterThan(100);

    const dry = await world.run({ 'dry-run': true, 'max-deletions': 1000 });
    expect(dry.exitCode, dry.stderr + dry.log).toBe(0);
    expect(dry.outputs.deletions).toBe('0');
    expect((await world.pointArns()).size).toBe(points.length);
    expect(dry.summary).toContain('dry run');

    const first = await world.run({ 'max-deletions': 1000 });
    expect(first.exitCode, first.stderr + first.log).toBe(0);
    expect(first.outputs.deletions).toBe(String(expected.size));
    expect(first.outputs.failures).toBe('0');
    const left = await world.pointArns();
    const deleted = points.filter((p) => !left.has(p.arn)).map((p) => p.arn);
    expect(new Set(deleted)).toEqual(expected);
    expect(left.has(foreign.arn)).toBe(true);
    expect(first.summary).toContain('First removals');

    const again = await world.run({ 'max-deletions': 1000 });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.deletions).toBe('0');
    expect((await world.pointArns()).size).toBe(left.size);
  });
});
