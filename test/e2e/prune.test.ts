// prune end to end: dist/index.js against the simulator, through the harness, like a runner.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './harness.js';
import {
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  ROLE,
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
    world.settleDeletions(); // AWS deletes asynchronously
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

describe('prune (guards and options)', () => {
  it('stops at max-deletions with a note, and the next run continues', async () => {
    const points = history(volume('vol-1'), 40, NEWEST);
    world = await startPruneWorld(
      baseWorld({ resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }], recoveryPoints: points }),
    );
    world.writePlan('prod', planYaml());
    const expected = expectedRemovals(points);
    const first = await world.run({ 'max-deletions': 5 });
    expect(first.exitCode).toBe(0);
    expect(first.outputs.deletions).toBe('5');
    expect(first.summary).toContain(`Stopped early at max-deletions 5: ${expected.size - 5} more point(s)`);
    expect(first.annotations.some((a) => a.level === 'warning' && /max-deletions 5/.test(a.message))).toBe(
      true,
    );
    const second = await world.run({ 'max-deletions': 1000 });
    expect(second.outputs.deletions).toBe(String(expected.size - 5));
    world.settleDeletions(); // AWS deletes asynchronously
    const left = await world.pointArns();
    expect(new Set(points.filter((p) => !left.has(p.arn)).map((p) => p.arn))).toEqual(expected);
  });

  it('verifies each deletion: a point AWS only marks EXPIRED is a failure naming iam:CreateServiceLinkedRole', async () => {
    const points = history(fileSystem('fs-1'), 10, NEWEST);
    world = await startPruneWorld(
      baseWorld({
        roles: [
          {
            arn: ROLE,
            trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' },
            canCreateServiceLinkedRole: false,
          },
        ],
        resources: [{ arn: fileSystem('fs-1'), tags: { backup: 'daily' } }],
        recoveryPoints: points,
      }),
    );
    world.writePlan('prod', planYaml());
    const run = await world.run({ 'max-deletions': 2 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.deletions).toBe('0');
    expect(run.outputs.failures).toBe('2');
    expect(run.summary).toContain('iam:CreateServiceLinkedRole');
    expect(run.annotations.filter((a) => a.level === 'error' && a.message.includes('EXPIRED'))).toHaveLength(
      2,
    );
  });

  it('apply-retention-to-existing shortens longer lifecycles of retain.days points', async () => {
    const created = (d: number) => new Date(NEWEST.getTime() - d * 86_400_000).toISOString();
    const mk = (i: number, deleteAfterDays: number): SeededPoint => ({
      vault: 'production',
      resourceArn: volume('vol-1'),
      arn: pointArn(volume('vol-1'), `days/${i}`),
      created: created(i),
      tags: ownership('prod', ['daily'], new Date(created(i))),
      lifecycle: { deleteAfterDays },
      rules: ['daily'],
      owned: true,
    });
    const points = [mk(1, 90), mk(2, 20), mk(3, 90)];
    world = await startPruneWorld(
      baseWorld({
        vaults: [
          // Unlocked: a locked vault refuses every lifecycle change (test/e2e/aws-fidelity.test.ts).
          { account: '123456789012', region: 'eu-west-1', name: 'production' },
        ],
        resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
        recoveryPoints: points,
      }),
    );
    const rules = ['rules:', '  daily:', '    schedule: "0 3 * * *"', '    retain: { days: 35 }'].join('\n');
    world.writePlan('prod', planYaml({ rules }));
    const lifecycles = async () =>
      Object.fromEntries(
        (
          (await (await fetch(`${world!.sim.url}/_sim/state`)).json()) as {
            recoveryPoints: { arn: string; lifecycle?: { DeleteAfterDays?: number } }[];
          }
        ).recoveryPoints.map((p) => [p.arn, p.lifecycle?.DeleteAfterDays]),
      );
    const plain = await world.run({});
    expect(plain.exitCode).toBe(0);
    expect(Object.values(await lifecycles()).sort()).toEqual([20, 90, 90]);
    const dry = await world.run({ 'apply-retention-to-existing': true, 'dry-run': true });
    expect(dry.summary).toMatch(/\| 2 \|\s*$/m); // lifecycles that would be shortened
    expect(Object.values(await lifecycles()).sort()).toEqual([20, 90, 90]);
    const applied = await world.run({ 'apply-retention-to-existing': true });
    expect(applied.exitCode, applied.stderr + applied.log).toBe(0);
    const after = await lifecycles();
    expect(after[points[0]!.arn]).toBe(35);
    expect(after[points[1]!.arn]).toBe(20); // never lengthened
    expect(after[points[2]!.arn]).toBe(35);
    expect((await world.pointArns()).size).toBe(3); // and nothing deleted
  });

  it('works from the CLI: node dist/cli.js prune --plans … --dry-run / --max-deletions', async () => {
    const points = history(volume('vol-1'), 30, NEWEST);
    world = await startPruneWorld(
      baseWorld({ resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }], recoveryPoints: points }),
    );
    world.writePlan('prod', planYaml());
    const env = {
      AWS_ACCESS_KEY_ID: 'AKIAPRUNECLITEST0001',
      AWS_SECRET_ACCESS_KEY: 'cli-secret',
      AWS_REGION: 'eu-west-1',
    };
    const expected = expectedRemovals(points);
    const dry = await runCli(['prune', '--plans', 'backup-plans', '--namespace', 'acme/infra', '--dry-run'], {
      sim: world.sim,
      cwd: world.workspace,
      env,
    });
    expect(dry.exitCode, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('dry run');
    expect(dry.stderr).toContain(`${expected.size} would be deleted`);
    expect((await world.pointArns()).size).toBe(points.length);
    const real = await runCli(
      ['prune', '--plans', 'backup-plans', '--namespace', 'acme/infra', '--max-deletions', '1000'],
      { sim: world.sim, cwd: world.workspace, env },
    );
    expect(real.exitCode, real.stderr).toBe(0);
    expect(real.stderr).toContain(`${expected.size} deleted`);
    world.settleDeletions(); // AWS deletes asynchronously
    expect((await world.pointArns()).size).toBe(points.length - expected.size);
  });
});
