// `backup` end to end when AWS says no: errors that outlive the SDK's retries are "retry later"
// (a warning, no issue, exit 0), errors that will not heal are failures (an issue, exit 1), and a
// resource that no longer exists is skipped, however AWS words or times it.
import { afterEach, describe, expect, it } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';

let w: BackupWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

interface Report {
  plans: {
    status: string;
    resources: { arn: string; outcome: string; note?: string; job?: { attempt?: number; state?: string } }[];
  }[];
}

const dailyRule = '  daily:\n    schedule: "0 3 * * *"\n    retain: { days: 35 }';
const resourceOf = (r: { reportJson?: unknown }, id: string) =>
  (r.reportJson as Report).plans[0]!.resources.find((x) => x.arn === volume(id))!;

/** `wait: true` against a simulator whose clock moves only when told: a minute every 100 ms. */
async function runWaiting(world: BackupWorld) {
  let done = false;
  const ticker = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 100));
      world.sim.sim.advance(60);
    }
  })();
  try {
    return await world.run({ wait: true });
  } finally {
    done = true;
    await ticker;
  }
}

async function twoVolumes(extra: { deleted?: boolean } = {}): Promise<BackupWorld> {
  const world = await startBackupWorld(
    baseWorld('2026-03-10T03:20:00Z', {
      resources: [
        { arn: volume('vol-1'), tags: { backup: 'daily' } },
        { arn: volume('vol-2'), tags: { backup: 'daily' }, ...extra },
      ],
    }),
  );
  world.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule }));
  return world;
}

describe('backup: AWS errors and deleted resources', () => {
  it('StartBackupJob throttled past the SDK retries is retry-later with the error, not a failure; the next run starts it', async () => {
    w = await twoVolumes();
    w.sim.sim.addFault({
      operation: 'StartBackupJob',
      resource: volume('vol-1'),
      fail: { count: 20, error: 'ThrottlingException' },
    });
    const first = await w.run();
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs['failures']).toBe('0');
    expect(first.outputs['jobs-started']).toBe('1');
    const throttled = resourceOf(first, 'vol-1');
    expect(throttled.outcome).toBe('retry-later');
    expect(throttled.note).toMatch(/ThrottlingException/);
    expect(throttled.note).toMatch(/next run retries/);
    expect(first.summary).toMatch(/vol-1` \| — \| retry later · AWS did not take the job now/);
    expect(
      first.annotations.some(
        (a) => a.level === 'warning' && /retry on a later run.*Throttling/.test(a.message),
      ),
    ).toBe(true);
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    // Not a failure: no issue.
    expect(w.github.state.issues).toHaveLength(0);
    expect(w.sim.sim.stats().throttled.StartBackupJob).toBe(5);

    w.sim.sim.clearFaults();
    const second = await w.run();
    expect(second.exitCode, second.log).toBe(0);
    expect(second.outputs['jobs-started']).toBe('1');
    expect(resourceOf(second, 'vol-1').outcome).toBe('started');
    // The same attempt: AWS never made a job, so nothing was used up.
    expect(resourceOf(second, 'vol-1').job?.attempt).toBe(1);
    expect(second.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  }, 600_000);

  it('StartBackupJob refused for good (AccessDenied) is a failure with an issue', async () => {
    w = await twoVolumes();
    w.sim.sim.addFault({
      operation: 'StartBackupJob',
      resource: volume('vol-1'),
      fail: { count: 20, error: 'AccessDeniedException', message: 'not allowed to pass the backup role' },
    });
    const r = await w.run();
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failures']).toBe('1');
    const denied = resourceOf(r, 'vol-1');
    expect(denied.outcome).toBe('failed');
    expect(denied.note).toMatch(/AccessDenied/);
    // Fatal: asked once, not retried.
    expect(w.sim.sim.stats().errors.StartBackupJob).toBe(1);
    expect(resourceOf(r, 'vol-2').outcome).toBe('started');
    expect(w.github.state.issues).toHaveLength(1);
  });

  it('StartBackupJob answering that the resource does not exist is skipped, not a failure', async () => {
    w = await twoVolumes();
    w.sim.sim.addFault({
      operation: 'StartBackupJob',
      resource: volume('vol-2'),
      fail: {
        count: 1,
        error: 'ResourceNotFoundException',
        message: `Resource ${volume('vol-2')} not found.`,
      },
    });
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['failures']).toBe('0');
    const gone = resourceOf(r, 'vol-2');
    expect(gone.outcome).toBe('skipped');
    expect(gone.note).toMatch(/no longer exists/);
    expect(r.summary).toMatch(/vol-2` \| — \| skipped · the resource no longer exists/);
    expect(w.github.state.issues).toHaveLength(0);
  });

  it('a ResourceNotFoundException about something else (the vault) stays a failure', async () => {
    w = await twoVolumes();
    w.sim.sim.addFault({
      operation: 'StartBackupJob',
      resource: volume('vol-2'),
      fail: {
        count: 1,
        error: 'ResourceNotFoundException',
        message: 'Backup vault production does not exist.',
      },
    });
    const r = await w.run();
    expect(r.exitCode).toBe(1);
    expect(resourceOf(r, 'vol-2').outcome).toBe('failed');
  });

  it('a deleted resource whose job AWS fails: skipped (with wait as well), one probe job per slot, never a failure', async () => {
    w = await twoVolumes({ deleted: true });
    const first = await runWaiting(w);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs['failures']).toBe('0');
    expect(resourceOf(first, 'vol-2').outcome).toBe('skipped');
    expect(resourceOf(first, 'vol-2').note).toMatch(/no longer exists/);
    expect(w.calls('StartBackupJob')).toBe(2);

    // Later runs in the same slot start nothing for it.
    await w.advance(1800);
    for (let i = 0; i < 2; i++) {
      const again = await w.run();
      expect(again.exitCode, again.log).toBe(0);
      expect(resourceOf(again, 'vol-2').outcome).toBe('skipped');
    }
    expect(w.calls('StartBackupJob')).toBe(2);

    // The next day's slot asks AWS once more (a resource re-created under the same ARN is backed
    // up again), and is skipped again once that job fails.
    await w.advance(24 * 3600);
    const nextDay = await runWaiting(w);
    expect(nextDay.exitCode, nextDay.log).toBe(0);
    expect(resourceOf(nextDay, 'vol-2').outcome).toBe('skipped');
    expect(w.calls('StartBackupJob')).toBe(4);
    expect(w.github.state.issues).toHaveLength(0);
  }, 600_000);
});
