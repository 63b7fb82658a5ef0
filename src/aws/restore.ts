// AWS Backup calls of the restore command: find a resource's recovery points in one vault, read a
// point's restore metadata, start a restore job and read it back. Clients come from the caller (the
// role and region of the vault the point is in).
import {
  DescribeRestoreJobCommand,
  GetRecoveryPointRestoreMetadataCommand,
  StartRestoreJobCommand,
  type BackupClient,
} from '@aws-sdk/client-backup';
import { listResourcePoints } from './backup.js';

/** A recovery point as the restore command needs it. */
export interface RestorablePoint {
  arn: string;
  vaultName: string;
  status: string;
  creationDate: Date;
}

/** The resource's points in one vault (ListRecoveryPointsByResource covers every vault of the region). */
export async function listResourcePointsInVault(
  client: BackupClient,
  resourceArn: string,
  vaultName: string,
): Promise<RestorablePoint[]> {
  const points = await listResourcePoints(client, resourceArn, vaultName);
  return points.map((p) => ({ arn: p.arn, vaultName, status: p.status, creationDate: p.created }));
}

export async function readRestoreMetadata(
  client: BackupClient,
  vaultName: string,
  pointArn: string,
): Promise<Record<string, string>> {
  const out = await client.send(
    new GetRecoveryPointRestoreMetadataCommand({ BackupVaultName: vaultName, RecoveryPointArn: pointArn }),
  );
  return { ...(out.RestoreMetadata ?? {}) };
}

export interface StartRestore {
  pointArn: string;
  metadata: Record<string, string>;
  iamRoleArn: string;
  resourceType: string;
  /** Only sent for types whose restores can copy tags. */
  copySourceTags: boolean;
  idempotencyToken: string;
}

export async function startRestoreJob(client: BackupClient, input: StartRestore): Promise<string> {
  const out = await client.send(
    new StartRestoreJobCommand({
      RecoveryPointArn: input.pointArn,
      Metadata: input.metadata,
      IamRoleArn: input.iamRoleArn,
      ResourceType: input.resourceType,
      IdempotencyToken: input.idempotencyToken,
      ...(input.copySourceTags ? { CopySourceTagsToRestoredResource: true } : {}),
    }),
  );
  if (!out.RestoreJobId) throw new Error('StartRestoreJob answered without a RestoreJobId');
  return out.RestoreJobId;
}

export interface RestoreJobState {
  id: string;
  status: string;
  statusMessage?: string;
  percentDone?: string;
  createdResourceArn?: string;
  creationDate?: Date;
  completionDate?: Date;
  expectedMinutes?: number;
}

export async function describeRestoreJob(client: BackupClient, id: string): Promise<RestoreJobState> {
  const out = await client.send(new DescribeRestoreJobCommand({ RestoreJobId: id }));
  return {
    id,
    status: out.Status ?? 'UNKNOWN',
    statusMessage: out.StatusMessage,
    percentDone: out.PercentDone,
    createdResourceArn: out.CreatedResourceArn,
    creationDate: out.CreationDate,
    completionDate: out.CompletionDate,
    expectedMinutes: out.ExpectedCompletionTimeMinutes,
  };
}
