// The bundled action against answers AWS really gives (issue 10 items 4–5), over several simulated
// days of scheduled runs (so in SLOW_TESTS): EBS recovery point ARNs without an account that the
// Tagging API names with one, ListRecoveryPointsByResource without a vault name, and copies of our
// points that someone else made into our destination vault. Item 6 (STS failing to reach GitHub's
// identity provider for a moment) is a single run: it is in backup-transient.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  baseWorld,
  DR_REGION,
  owned,
  planYaml,
  REGION,
  startBackupWorld,
  volume,
  type BackupWorld,
} from './backup-helpers.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
const DR_VAULT = `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`;
const ORG_ROLE = `arn:aws:iam::${ACCOUNT}:role/org-backup-policy`;

/** Daily backups of vol-1 kept `keep: {last: 2}`, copied to production-dr and kept `last: 1` there. */
const copyingPlan = planYaml({
  include: '    - tags: { backup: daily }',
  rules: [
    '  daily:',
    '    schedule: "0 3 * * *"',
    '    retain: { keep: { last: 2 } }',
    '    copyTo:',
    `      - region: ${DR_REGION}`,
    '        vault: production-dr',
    '        retain: { keep: { last: 1 } }',
  ].join('\n'),
});

/** One day of scheduled runs: the backup job starts, the copy starts once it completed, the copy is tagged. */
async function day(world: BackupWorld): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const r = await world.run();
    expect(r.exitCode, r.stderr + r.log).toBe(0);
    expect(r.outputs.failures, r.log).toBe('0');
    await world.advance(HOUR);
  }
  await world.advance(DAY - 3 * HOUR);
}

const points = (world: BackupWorld, region: string) =>
  world.sim.sim
    .dump()
    .recoveryPoints.filter((p) => p.vault.region === region && p.resourceArn === volume('vol-1'))
    .sort((a, b) => a.creationDate.localeCompare(b.creationDate));

let w: BackupWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

describe('listings and ARNs as AWS returns them (quirks nullVaultNameByResource, taggingCanonicalEc2Arns)', () => {
  it('backup + copy + prune work with both quirks on', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
        quirks: { nullVaultNameByResource: true, taggingCanonicalEc2Arns: true },
      }),
    );
    w.writePlan('prod', copyingPlan);
    for (let d = 0; d < 4; d++) await day(w);
    // One backup job per day (the day's point is seen although ListRecoveryPointsByResource names no
    // vault), one copy per point, each copy tagged (its tags read back although the Tagging API names
    // the snapshot with the account).
    expect(w.calls('StartBackupJob')).toBe(4);
    expect(w.calls('StartCopyJob')).toBe(4);
    const source = points(w, REGION);
    const copies = points(w, DR_REGION);
    expect(source).toHaveLength(4);
    expect(copies).toHaveLength(4);
    for (const c of copies) expect(c.tags['backup-plans:copy-job']).toMatch(/.+/);
    expect(copies[3]!.tags).toMatchObject(owned('daily', '2026-03-13T03:00:00Z'));

    const pruned = await w.run({ command: 'prune', 'max-deletions': 100 });
    expect(pruned.exitCode, pruned.stderr + pruned.log).toBe(0);
    expect(pruned.outputs.failures).toBe('0');
    // Source keeps the newest 2 of 4, the destination the newest 1 of 4.
    expect(pruned.outputs.deletions).toBe('5');
    await w.advance(HOUR);
    expect(points(w, REGION).map((p) => p.arn)).toEqual(source.slice(2).map((p) => p.arn));
    expect(points(w, DR_REGION).map((p) => p.arn)).toEqual([copies[3]!.arn]);
  });
});

describe('copies of our points made by someone else (issue 10 item 5)', () => {
  it("another role's copy into our destination vault survives prune; only our own copies count and are pruned", async () => {
    const world = baseWorld('2026-03-10T03:20:00Z', {
      resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }],
    });
    world.roles!.push({ arn: ORG_ROLE });
    w = await startBackupWorld(world);
    w.writePlan('prod', copyingPlan);
    // Day 1: our backup completes; before our copy starts, an Organizations backup policy copies
    // the point into our destination vault with its own role (the copy carries our point's tags).
    let r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    await w.advance(HOUR);
    const first = points(w, REGION)[0]!;
    w.sim.sim.patchWorld({
      copyJobs: [{ sourceRecoveryPointArn: first.arn, destinationVaultArn: DR_VAULT, iamRoleArn: ORG_ROLE }],
    });
    await w.advance(HOUR);
    const foreign = points(w, DR_REGION);
    expect(foreign).toHaveLength(1);
    expect(foreign[0]!.tags).toMatchObject({ 'backup-plans:plan': 'prod' });
    expect(foreign[0]!.tags['backup-plans:copy-job']).toBeUndefined();
    // Their copy is not ours: we still make our own.
    r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['copies-started'], r.log).toBe('1');
    await w.advance(HOUR);
    r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    await w.advance(DAY - 3 * HOUR);
    for (let d = 1; d < 3; d++) await day(w);
    const ours = points(w, DR_REGION).filter((p) => p.tags['backup-plans:copy-job']);
    expect(ours).toHaveLength(3);
    // Their copy was never given our marker.
    expect(
      points(w, DR_REGION).find((p) => p.arn === foreign[0]!.arn)!.tags['backup-plans:copy-job'],
    ).toBeUndefined();

    const pruned = await w.run({ command: 'prune', 'max-deletions': 100 });
    expect(pruned.exitCode, pruned.stderr + pruned.log).toBe(0);
    expect(pruned.outputs.failures).toBe('0');
    // Source: 3 points, keep last 2 → 1 deleted. Destination: our 3 copies, keep last 1 → 2 deleted.
    expect(pruned.outputs.deletions).toBe('3');
    await w.advance(HOUR);
    const left = points(w, DR_REGION).map((p) => p.arn);
    expect(left).toContain(foreign[0]!.arn);
    expect(left.sort()).toEqual([foreign[0]!.arn, ours[2]!.arn].sort());
    expect(pruned.summary).toMatch(/made by someone else/);
  });
});
