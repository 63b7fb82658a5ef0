// What `audit` reads from AWS Backup: a vault's encryption and lock with its recovery points
// (encryption, lifecycle, tags), the restore jobs since a date (drill evidence), and AWS Backup's
// own backup plans' resource selections (to find resources protected twice). Read-only.
import {
  DescribeBackupVaultCommand,
  GetBackupSelectionCommand,
  paginateListBackupPlans,
  paginateListBackupSelections,
  paginateListRestoreJobs,
  type BackupClient,
} from '@aws-sdk/client-backup';
import type { TaggingClient } from './clients.js';
import { collectPages, listRecoveryPointsByBackupVault } from './pagination.js';
import { readPointTags, type Tags } from './point-tags.js';

export interface AuditVault {
  name: string;
  /** The vault's KMS key (AWS Backup vaults always have one). */
  encryptionKeyArn?: string;
  locked: boolean;
  minRetentionDays?: number;
  maxRetentionDays?: number;
  points: AuditPoint[];
}

export interface AuditPoint {
  arn: string;
  resourceArn: string;
  status: string;
  created: Date;
  /** IsEncrypted; types without full Backup management keep their source's encryption. */
  encrypted: boolean;
  deleteAfterDays?: number;
  deleteAt?: Date;
  /** Undefined: this type's tags could not be read. */
  tags: Tags | undefined;
}

export async function readAuditVault(
  clients: { backup: BackupClient; tagging: TaggingClient },
  vaultName: string,
): Promise<AuditVault> {
  const vault = await clients.backup.send(new DescribeBackupVaultCommand({ BackupVaultName: vaultName }));
  const raw = await listRecoveryPointsByBackupVault(clients.backup, { BackupVaultName: vaultName });
  const tags = await readPointTags(clients, raw.map((p) => p.RecoveryPointArn!).filter(Boolean));
  return {
    name: vaultName,
    ...(vault.EncryptionKeyArn ? { encryptionKeyArn: vault.EncryptionKeyArn } : {}),
    locked: vault.Locked ?? false,
    ...(vault.MinRetentionDays !== undefined ? { minRetentionDays: vault.MinRetentionDays } : {}),
    ...(vault.MaxRetentionDays !== undefined ? { maxRetentionDays: vault.MaxRetentionDays } : {}),
    points: raw
      .filter((p) => p.RecoveryPointArn && p.CreationDate)
      .map((p) => ({
        arn: p.RecoveryPointArn!,
        resourceArn: p.ResourceArn ?? '',
        status: p.Status ?? 'UNKNOWN',
        created: p.CreationDate!,
        encrypted: p.IsEncrypted ?? false,
        ...(p.Lifecycle?.DeleteAfterDays !== undefined
          ? { deleteAfterDays: p.Lifecycle.DeleteAfterDays }
          : {}),
        ...(p.CalculatedLifecycle?.DeleteAt ? { deleteAt: p.CalculatedLifecycle.DeleteAt } : {}),
        tags: tags.get(p.RecoveryPointArn!),
      })),
  };
}

export interface ObservedRestoreJob {
  id: string;
  pointArn: string;
  status: string;
  created: Date;
  completed?: Date;
  createdResourceArn?: string;
}

/** Restore jobs of this account and region created after `since` (AWS keeps them for a while, like backup jobs). */
export async function listRestoreJobsSince(backup: BackupClient, since: Date): Promise<ObservedRestoreJob[]> {
  const jobs = await collectPages(
    paginateListRestoreJobs({ client: backup }, { ByCreatedAfter: since }),
    (p) => p.RestoreJobs,
  );
  return jobs
    .filter((j) => j.RestoreJobId && j.RecoveryPointArn && j.CreationDate)
    .map((j) => ({
      id: j.RestoreJobId!,
      pointArn: j.RecoveryPointArn!,
      status: j.Status ?? 'UNKNOWN',
      created: j.CreationDate!,
      ...(j.CompletionDate ? { completed: j.CompletionDate } : {}),
      ...(j.CreatedResourceArn ? { createdResourceArn: j.CreatedResourceArn } : {}),
    }));
}

/** One resource selection of an AWS Backup plan (GetBackupSelection). */
export interface AwsBackupSelection {
  planName: string;
  planId: string;
  selectionName: string;
  resources: string[];
  notResources: string[];
  /** ListOfTags: STRINGEQUALS, any of them selects. */
  listOfTags: { key: string; value: string }[];
  /** Conditions: all of them must hold. */
  conditions: {
    operator: 'StringEquals' | 'StringNotEquals' | 'StringLike' | 'StringNotLike';
    key: string;
    value: string;
  }[];
}

/** Every selection of every (not deleted) AWS Backup plan in this account and region. */
export async function readAwsBackupSelections(backup: BackupClient): Promise<AwsBackupSelection[]> {
  const plans = await collectPages(paginateListBackupPlans({ client: backup }, {}), (p) => p.BackupPlansList);
  const out: AwsBackupSelection[] = [];
  for (const plan of plans) {
    if (!plan.BackupPlanId) continue;
    const selections = await collectPages(
      paginateListBackupSelections({ client: backup }, { BackupPlanId: plan.BackupPlanId }),
      (p) => p.BackupSelectionsList,
    );
    for (const s of selections) {
      if (!s.SelectionId) continue;
      const got = await backup.send(
        new GetBackupSelectionCommand({ BackupPlanId: plan.BackupPlanId, SelectionId: s.SelectionId }),
      );
      const sel = got.BackupSelection;
      const c = sel?.Conditions;
      const conditions: AwsBackupSelection['conditions'] = [];
      for (const operator of ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'] as const)
        for (const p of c?.[operator] ?? [])
          if (p.ConditionKey !== undefined)
            conditions.push({ operator, key: p.ConditionKey, value: p.ConditionValue ?? '' });
      out.push({
        planName: plan.BackupPlanName ?? plan.BackupPlanId,
        planId: plan.BackupPlanId,
        selectionName: sel?.SelectionName ?? s.SelectionName ?? s.SelectionId,
        resources: sel?.Resources ?? [],
        notResources: sel?.NotResources ?? [],
        listOfTags: (sel?.ListOfTags ?? [])
          .filter((t) => t.ConditionKey !== undefined)
          .map((t) => ({ key: t.ConditionKey!, value: t.ConditionValue ?? '' })),
        conditions,
      });
    }
  }
  return out;
}
