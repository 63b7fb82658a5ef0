// What `list` reads of one vault: its lock, its recovery points, their tags and which of them a
// legal hold holds. Read-only.
import { DescribeBackupVaultCommand, type BackupClient } from '@aws-sdk/client-backup';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { readLegalHolds } from './legal-holds.js';
import { listRecoveryPointsByBackupVault } from './pagination.js';
import { readPointTags, type Tags } from './point-tags.js';

export interface InventoryPoint {
  arn: string;
  resourceArn: string;
  resourceType: string;
  status: string;
  creationDate: Date;
  sizeBytes?: number;
  deleteAt?: Date;
  /** When the point moves (or moved) to cold storage. */
  coldAt?: Date;
  /** Undefined: this type's tags could not be read. */
  tags: Tags | undefined;
  legalHold: boolean;
}

export interface VaultInventory {
  locked: boolean;
  minRetentionDays?: number;
  maxRetentionDays?: number;
  points: InventoryPoint[];
}

export async function readVaultInventory(
  clients: { backup: BackupClient; tagging: ResourceGroupsTaggingAPIClient },
  vaultName: string,
  where: { account: string; region: string; role: string },
): Promise<VaultInventory & { notes: string[] }> {
  const vault = await clients.backup.send(new DescribeBackupVaultCommand({ BackupVaultName: vaultName }));
  const raw = await listRecoveryPointsByBackupVault(clients.backup, { BackupVaultName: vaultName });
  const tags = await readPointTags(clients, raw.map((p) => p.RecoveryPointArn!).filter(Boolean));
  const holds = await readLegalHolds(clients.backup, where);
  return {
    notes: holds.notes,
    locked: vault.Locked ?? false,
    minRetentionDays: vault.MinRetentionDays,
    maxRetentionDays: vault.MaxRetentionDays,
    points: raw
      .filter((p) => p.RecoveryPointArn && p.CreationDate)
      .map((p) => ({
        arn: p.RecoveryPointArn!,
        resourceArn: p.ResourceArn ?? '',
        resourceType: p.ResourceType ?? '',
        status: p.Status ?? 'UNKNOWN',
        creationDate: p.CreationDate!,
        sizeBytes: p.BackupSizeInBytes,
        deleteAt: p.CalculatedLifecycle?.DeleteAt,
        coldAt: p.CalculatedLifecycle?.MoveToColdStorageAt,
        tags: tags.get(p.RecoveryPointArn!),
        legalHold:
          holds.heldBecause(
            { arn: p.RecoveryPointArn!, resourceArn: p.ResourceArn ?? '', created: p.CreationDate! },
            vaultName,
          ) !== undefined,
      })),
  };
}
