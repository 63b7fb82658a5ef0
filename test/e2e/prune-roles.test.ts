// Two plans sharing one vault, each with its own role: each plan's points are read and deleted with
// that plan's role. The simulator refuses each role everything on the other plan's resource (as an
// IAM policy scoped by resource would), so a point handled with the wrong role fails loudly.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  BACKUP_ROLE,
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  planYaml,
  ROLE,
  startPruneWorld,
  volume,
  type PruneWorld,
} from '../prune/e2e-world.js';

let world: PruneWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const ROLE_B = `arn:aws:iam::${ACCOUNT}:role/backup-plans-team`;
const NEWEST = new Date('2026-09-01T03:00:00Z');

describe('prune: plans sharing a vault with different roles', () => {
  it('reads and deletes each plan’s points with that plan’s own role', async () => {
    const FS = fileSystem('fs-prod');
    const VOL = volume('vol-team');
    const prod = history(FS, 40, NEWEST, 'prod');
    const team = history(VOL, 40, NEWEST, 'team');
    const points = [...prod, ...team];
    const expected = new Set([...expectedRemovals(prod), ...expectedRemovals(team)]);
    const base = baseWorld();
    world = await startPruneWorld({
      ...base,
      roles: [
        ...(base.roles ?? []),
        { arn: ROLE_B, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
      ],
      resources: [
        { arn: FS, tags: { backup: 'daily' } },
        { arn: VOL, tags: { backup: 'team' } },
      ],
      recoveryPoints: points,
    });
    world.writePlan('prod', planYaml());
    world.writePlan(
      'team',
      planYaml({ include: ['    - tags: { backup: team }'] }).replace(`role: ${ROLE}`, `role: ${ROLE_B}`),
    );
    expect(BACKUP_ROLE).not.toBe(ROLE_B); // the replace above touched only the plan's own role
    // (The vault is listed with the first plan's role, prod's; its EFS points' tags are read through
    // ListTags, the volume snapshots' through the Tagging API, so the listing itself is not refused.)
    for (const [role, resource] of [
      [ROLE, VOL],
      [ROLE_B, FS],
    ] as const)
      for (const operation of ['ListTags', 'DescribeRecoveryPoint', 'DeleteRecoveryPoint'])
        world.sim.sim.addFault({
          operation,
          role,
          resource,
          fail: {
            count: 100_000,
            error: 'AccessDeniedException',
            message: `${role} may not touch ${resource}`,
          },
        });

    const run = await world.run({ 'max-deletions': 1000 });
    expect(run.exitCode, run.stderr + run.log).toBe(0);
    expect(run.outputs.failures).toBe('0');
    world.settleDeletions(); // AWS deletes asynchronously
    const left = await world.pointArns();
    const gone = points.filter((p) => !left.has(p.arn)).map((p) => p.arn);
    expect(new Set(gone)).toEqual(expected);
    // Both plans had real work to do.
    expect(prod.some((p) => expected.has(p.arn))).toBe(true);
    expect(team.some((p) => expected.has(p.arn))).toBe(true);
  });
});
