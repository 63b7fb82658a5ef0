// One backup or copy job per resource at a time. AWS Backup quotas ("AWS Backup quotas", Developer
// Guide): "Concurrent backup and copy jobs per resource: 1 — Not adjustable". A copy job is a job OF
// the source resource (`CopyJob.ResourceArn`: "the AWS resource to be copied"), so the limit is per
// resource, not per recovery point or vault. AWS does not document what a second job meets; the
// simulator takes the strictest reading (accepted, then FAILED with the "running job for the same
// resource" words AWS uses for backups), so the product is tested against the hardest case.
import {
  DescribeBackupJobCommand,
  DescribeCopyJobCommand,
  StartBackupJobCommand,
  StartCopyJobCommand,
  type BackupClient,
} from '@aws-sdk/client-backup';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import {
  ACCOUNT,
  BACKUP_ROLE,
  baseWorld,
  clients,
  DB,
  DR_REGION,
  FS,
  OTHER_ACCOUNT,
  REGION,
} from './helpers.js';

let h: SimulatorHandle;
let backup: BackupClient;

beforeEach(async () => {
  h = await startSimulator({ world: baseWorld() });
  backup = clients(h.url).backup;
});
afterEach(async () => h.close());

const DR_VAULT = `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`;
const ISOLATED = `arn:aws:backup:${REGION}:${OTHER_ACCOUNT}:backup-vault:isolated`;

const startBackup = (resourceArn: string) =>
  backup.send(
    new StartBackupJobCommand({
      BackupVaultName: 'production',
      IamRoleArn: BACKUP_ROLE,
      ResourceArn: resourceArn,
    }),
  );
const startCopy = (pointArn: string, destination = DR_VAULT) =>
  backup.send(
    new StartCopyJobCommand({
      RecoveryPointArn: pointArn,
      SourceBackupVaultName: 'production',
      DestinationBackupVaultArn: destination,
      IamRoleArn: BACKUP_ROLE,
      Lifecycle: { DeleteAfterDays: 90 },
    }),
  );
const backupState = async (id: string) => backup.send(new DescribeBackupJobCommand({ BackupJobId: id }));
const copyState = async (id: string) =>
  (await backup.send(new DescribeCopyJobCommand({ CopyJobId: id }))).CopyJob!;

async function completedPoint(resourceArn: string): Promise<string> {
  const job = await startBackup(resourceArn);
  h.sim.advance(3600);
  const done = await backupState(job.BackupJobId!);
  expect(done.State).toBe('COMPLETED');
  return done.RecoveryPointArn!;
}

describe('AWS Backup quotas: concurrent backup and copy jobs per resource = 1', () => {
  it('a copy of a point fails while a backup job of the same resource runs (accepted first, failed later)', async () => {
    const point = await completedPoint(DB);
    const running = await startBackup(DB);
    const copy = await startCopy(point);
    expect((await copyState(copy.CopyJobId!)).State).toBe('CREATED');
    h.sim.advance(3600);
    expect((await backupState(running.BackupJobId!)).State).toBe('COMPLETED');
    const failed = await copyState(copy.CopyJobId!);
    expect(failed.State).toBe('FAILED');
    expect(failed.StatusMessage).toContain('running job for the same resource');
    // Once the resource is free, the same copy runs.
    const again = await startCopy(point);
    h.sim.advance(3600);
    expect((await copyState(again.CopyJobId!)).State).toBe('COMPLETED');
  });

  it('a backup fails while a copy job of the same resource runs', async () => {
    const point = await completedPoint(DB);
    const copy = await startCopy(point);
    const second = await startBackup(DB);
    h.sim.advance(3600);
    expect((await copyState(copy.CopyJobId!)).State).toBe('COMPLETED');
    const failed = await backupState(second.BackupJobId!);
    expect(failed.State).toBe('FAILED');
    expect(failed.StatusMessage).toContain('running job for the same resource');
  });

  it('is per resource: two copies of one point to two vaults collide; jobs of different resources do not', async () => {
    const db = await completedPoint(DB);
    const fs = await completedPoint(FS);
    const first = await startCopy(db);
    const second = await startCopy(db, ISOLATED);
    const other = await startCopy(fs);
    const otherBackup = await startBackup(FS); // FS is busy with its copy
    h.sim.advance(3600);
    expect((await copyState(first.CopyJobId!)).State).toBe('COMPLETED');
    expect((await copyState(second.CopyJobId!)).State).toBe('FAILED');
    expect((await copyState(other.CopyJobId!)).State).toBe('COMPLETED');
    expect((await backupState(otherBackup.BackupJobId!)).State).toBe('FAILED');
  });
});
