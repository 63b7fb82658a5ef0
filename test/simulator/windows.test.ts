// Backup job windows through the real SDK: a job that cannot start within StartWindowMinutes, or
// would not finish within CompleteWindowMinutes (counted from its creation), ends EXPIRED without a
// recovery point, as AWS does. Resources are kept from starting with `unavailableUntil`.
import {
  DescribeBackupJobCommand,
  ListBackupJobsCommand,
  ListRecoveryPointsByResourceCommand,
  StartBackupJobCommand,
  type BackupClient,
  type StartBackupJobCommandInput,
} from '@aws-sdk/client-backup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { COMPLETE_WINDOW_MESSAGE, START_WINDOW_MESSAGE } from '../../src/simulator/jobs.js';
import { validateWorld } from '../../src/simulator/world.js';
import { ACCOUNT, admin, BACKUP_ROLE, baseWorld, clients, DB, VOLUME } from './helpers.js';

let h: SimulatorHandle;
let backup: BackupClient;

beforeEach(async () => {
  h = await startSimulator({ world: baseWorld() }); // starts 2026-01-01T00:00:00Z; VOLUME is 20 GiB
  backup = clients(h.url).backup;
});
afterEach(async () => h.close());

const at = (hhmm: string) => new Date(`2026-01-01T${hhmm}:00Z`);

async function start(input: Partial<StartBackupJobCommandInput> & { ResourceArn: string }) {
  const job = await backup.send(
    new StartBackupJobCommand({ BackupVaultName: 'production', IamRoleArn: BACKUP_ROLE, ...input }),
  );
  return () => backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId }));
}

async function pointsOf(resourceArn: string) {
  return (await backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: resourceArn })))
    .RecoveryPoints;
}

describe('complete window', () => {
  it('a job that would run past CompleteWindowMinutes EXPIRES when the window closes, with no point', async () => {
    // 1 minute queued + 20 minutes running would end at 00:21; the window closes at 00:15.
    const describeJob = await start({ ResourceArn: VOLUME, CompleteWindowMinutes: 15 });
    h.sim.advance(14 * 60);
    expect((await describeJob()).State).toBe('RUNNING');
    h.sim.advance(60);
    const expired = await describeJob();
    expect(expired).toMatchObject({ State: 'EXPIRED', StatusMessage: COMPLETE_WINDOW_MESSAGE });
    expect(expired.CompletionDate).toEqual(at('00:15'));
    expect(expired.RecoveryPointArn).toBeUndefined();
    expect(expired.BackupSizeInBytes).toBeUndefined();
    h.sim.advance(3600);
    expect((await describeJob()).State).toBe('EXPIRED');
    expect(await pointsOf(VOLUME)).toEqual([]);
    const listed = await backup.send(new ListBackupJobsCommand({ ByState: 'EXPIRED' }));
    expect(listed.BackupJobs?.map((j) => j.State)).toEqual(['EXPIRED']);
  });

  it('a job that finishes exactly when its window closes completes; the resource is free after an expiry', async () => {
    const exact = await start({ ResourceArn: VOLUME, CompleteWindowMinutes: 21 });
    h.sim.advance(3600);
    expect((await exact()).State).toBe('COMPLETED');

    const tooShort = await start({ ResourceArn: VOLUME, CompleteWindowMinutes: 10 });
    h.sim.advance(3600);
    expect((await tooShort()).State).toBe('EXPIRED');
    // The expired job no longer counts as running: the next job on the resource is not refused.
    const next = await start({ ResourceArn: VOLUME });
    h.sim.advance(3600);
    expect((await next()).State).toBe('COMPLETED');
    expect(await pointsOf(VOLUME)).toHaveLength(2);
  });

  it('counts from the job creation: a late start gets no extra time', async () => {
    // DB is 5 GiB (5 minutes). Unavailable until 00:25: attempts at 00:01, 00:11, 00:21, 00:31.
    h.sim.patchWorld({ resources: [{ arn: DB, unavailableUntil: '2026-01-01T00:25:00Z' }] });
    const late = await start({ ResourceArn: DB, StartWindowMinutes: 60, CompleteWindowMinutes: 34 });
    h.sim.advance(31 * 60);
    expect((await late()).State).toBe('RUNNING'); // started at 00:31, would end at 00:36
    h.sim.advance(3 * 60);
    const expired = await late();
    expect(expired).toMatchObject({ State: 'EXPIRED', StatusMessage: COMPLETE_WINDOW_MESSAGE });
    expect(expired.CompletionDate).toEqual(at('00:34'));
  });
});

describe('start window', () => {
  it('a job whose resource stays unavailable waits CREATED and EXPIRES when StartWindowMinutes ends', async () => {
    await admin(h.url, 'POST', '/_sim/world', {
      resources: [{ arn: VOLUME, unavailableUntil: '2026-01-02T00:00:00Z' }],
    });
    const describeJob = await start({ ResourceArn: VOLUME, StartWindowMinutes: 60 });
    expect((await describeJob()).StartBy).toEqual(at('01:00'));
    h.sim.advance(59 * 60);
    expect((await describeJob()).State).toBe('CREATED');
    h.sim.advance(60);
    const expired = await describeJob();
    expect(expired).toMatchObject({ State: 'EXPIRED', StatusMessage: START_WINDOW_MESSAGE });
    expect(expired.CompletionDate).toEqual(at('01:00'));
    expect(expired.RecoveryPointArn).toBeUndefined();
    h.sim.advance(86_400);
    expect((await describeJob()).State).toBe('EXPIRED');
    expect(await pointsOf(VOLUME)).toEqual([]);
  });

  it('a resource that becomes available within the window is backed up at the next retry (every 10 minutes)', async () => {
    h.sim.patchWorld({ resources: [{ arn: VOLUME, unavailableUntil: '2026-01-01T00:25:00Z' }] });
    const describeJob = await start({ ResourceArn: VOLUME, StartWindowMinutes: 60 });
    h.sim.advance(30 * 60);
    expect((await describeJob()).State).toBe('CREATED');
    h.sim.advance(60);
    expect((await describeJob()).State).toBe('RUNNING'); // attempts at 00:01, 00:11, 00:21, 00:31
    h.sim.advance(20 * 60);
    const done = await describeJob();
    expect(done.State).toBe('COMPLETED');
    expect(done.CompletionDate).toEqual(at('00:51'));
    expect((await pointsOf(VOLUME))?.[0]?.CreationDate).toEqual(at('00:31'));
  });

  it('a complete window shorter than the start window ends a waiting job first', async () => {
    h.sim.patchWorld({ resources: [{ arn: VOLUME, unavailableUntil: '2026-01-02T00:00:00Z' }] });
    const describeJob = await start({
      ResourceArn: VOLUME,
      StartWindowMinutes: 120,
      CompleteWindowMinutes: 90,
    });
    h.sim.advance(3 * 3600);
    const expired = await describeJob();
    expect(expired).toMatchObject({ State: 'EXPIRED', StatusMessage: COMPLETE_WINDOW_MESSAGE });
    expect(expired.CompletionDate).toEqual(at('01:30'));
  });

  it('jobs without windows given keep the defaults: 8 hours to start, no completion limit', async () => {
    h.sim.patchWorld({ resources: [{ arn: VOLUME, sizeGiB: 24 * 60 }] }); // a day of running
    const big = await start({ ResourceArn: VOLUME });
    expect((await big()).StartBy).toEqual(at('08:00'));
    h.sim.advance(2 * 86_400);
    expect((await big()).State).toBe('COMPLETED');
  });
});

describe('world file', () => {
  it('accepts resources[].unavailableUntil as an ISO date, shows it in the state dump, refuses junk', async () => {
    h.sim.patchWorld({ resources: [{ arn: VOLUME, unavailableUntil: '2026-01-01T06:00:00Z' }] });
    expect(h.sim.dump().resources.find((r) => r.arn === VOLUME)?.unavailableUntil).toBe(
      '2026-01-01T06:00:00.000Z',
    );
    expect(() =>
      validateWorld({ accounts: [ACCOUNT], resources: [{ arn: VOLUME, unavailableUntil: 'tomorrow' }] }),
    ).toThrow(/resources\[0\]\.unavailableUntil: not an ISO-8601 date/);
  });
});
