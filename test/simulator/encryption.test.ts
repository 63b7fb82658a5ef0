// Recovery point encryption in the simulator, through the real SDK. AWS source: "Encryption for
// backups in AWS Backup" (developer guide): types with full AWS Backup management (EFS, DynamoDB with
// advanced features, …) are encrypted with the vault's KMS key; the others (EBS, RDS, …) keep their
// source's encryption, so a backup of an unencrypted EBS volume is an unencrypted snapshot.
// Shapes: RecoveryPointByBackupVault.IsEncrypted / EncryptionKeyArn (2018-11-15 model).
import {
  DescribeRecoveryPointCommand,
  ListRecoveryPointsByBackupVaultCommand,
  StartBackupJobCommand,
} from '@aws-sdk/client-backup';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { BACKUP_ROLE, baseWorld, clients, FS, VOLUME } from './helpers.js';

let h: SimulatorHandle | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('recovery point encryption', () => {
  it('an unencrypted EBS volume gives unencrypted points; EFS points take the vault key anyway', async () => {
    const world = baseWorld();
    world.resources = world.resources!.map((r) => ({ ...r, encrypted: false }));
    world.recoveryPoints = [{ vault: 'production', resourceArn: VOLUME, created: '2025-12-31T03:00:00Z' }];
    h = await startSimulator({ world });
    const { backup } = clients(h.url);
    await backup.send(
      new StartBackupJobCommand({ BackupVaultName: 'production', ResourceArn: FS, IamRoleArn: BACKUP_ROLE }),
    );
    await backup.send(
      new StartBackupJobCommand({
        BackupVaultName: 'production',
        ResourceArn: VOLUME,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    await h.sim.advance(3600);
    const out = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    const points = out.RecoveryPoints!;
    expect(points).toHaveLength(3);
    for (const p of points) {
      const efs = p.ResourceArn === FS;
      expect(p.IsEncrypted, p.RecoveryPointArn).toBe(efs);
      expect(p.EncryptionKeyArn, p.RecoveryPointArn).toBe(efs ? world.vaults![0]!.kmsKeyArn : undefined);
    }
    const seeded = points.find((p) => p.ResourceArn === VOLUME)!;
    const described = await backup.send(
      new DescribeRecoveryPointCommand({
        BackupVaultName: 'production',
        RecoveryPointArn: seeded.RecoveryPointArn,
      }),
    );
    expect(described.IsEncrypted).toBe(false);
  });

  it('resources are encrypted unless the world says otherwise', async () => {
    const world = baseWorld();
    world.recoveryPoints = [{ vault: 'production', resourceArn: VOLUME, created: '2025-12-31T03:00:00Z' }];
    h = await startSimulator({ world });
    const { backup } = clients(h.url);
    const out = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(out.RecoveryPoints![0]!.IsEncrypted).toBe(true);
    expect(out.RecoveryPoints![0]!.EncryptionKeyArn).toBe(world.vaults![0]!.kmsKeyArn);
  });
});
