// What the AWS reads of src/aws/ hand to the decisions: plain data, no SDK shapes. Each fact AWS
// gives has one type here, shared by every command (the due decision and the copy decision in
// src/schedule/ re-export the job types under their own names).

export type Tags = Record<string, string>;

export type BackupJobState =
  'CREATED' | 'PENDING' | 'RUNNING' | 'ABORTING' | 'ABORTED' | 'COMPLETED' | 'FAILED' | 'EXPIRED' | 'PARTIAL';

/** A backup job (ListBackupJobs; AWS keeps about 30 days of them; jobs carry no tags). */
export interface ObservedBackupJob {
  jobId: string;
  /** A state this code does not know (newer SDK) is treated as in flight: never start a duplicate. */
  state: BackupJobState | (string & {});
  creationDate: Date;
  completionDate?: Date | undefined;
  statusMessage?: string | undefined;
  recoveryPointArn?: string | undefined;
}

/** A copy job (ListCopyJobs, started in this account and region, about 30 days of them). */
export interface ObservedCopyJob {
  copyJobId: string;
  sourceRecoveryPointArn: string;
  destinationBackupVaultArn: string;
  /** CREATED, RUNNING, COMPLETED, FAILED, PARTIAL. */
  state: string;
  creationDate: Date;
  completionDate?: Date | undefined;
  statusMessage?: string | undefined;
  destinationRecoveryPointArn?: string | undefined;
  /** The source resource (lets an in-flight copy of another point mark the resource busy). */
  resourceArn?: string | undefined;
  /** The role the copy ran with: another role's copy is someone else's (an Organizations policy, the console). */
  iamRoleArn?: string | undefined;
}

/** A recovery point of one resource in one vault (ListRecoveryPointsByResource, filtered by vault). */
export interface ObservedPoint {
  arn: string;
  resourceArn: string;
  vault: string;
  created: Date;
  status: string;
  /**
   * When AWS moves it to cold storage, as its vault listing says (`CalculatedLifecycle.
   * MoveToColdStorageAt`); 'never' when its lifecycle has no cold transition; undefined: not known.
   */
  coldAt?: Date | 'never' | undefined;
  /** Undefined until read (src/aws/point-tags.ts; see there what an unknown answer becomes). */
  tags?: Tags;
  /** A copy: the vault it was copied from (`SourceBackupVaultArn`). */
  sourceVaultArn?: string | undefined;
}

/** A recovery point as ListRecoveryPointsByBackupVault shows it (no tags). */
export interface VaultPoint {
  arn: string;
  resourceArn: string;
  resourceType?: string | undefined;
  created: Date;
  /** COMPLETED, PARTIAL, DELETING, EXPIRED, CREATING, … (the SDK's RecoveryPointStatus). */
  status: string;
  deleteAfterDays?: number | undefined;
  moveToColdAfterDays?: number | undefined;
  /** The vault's ARN, and for copies the vault the point was copied from. */
  vaultArn?: string | undefined;
  sourceVaultArn?: string | undefined;
  /** The role that created the point (a backup or copy job's IamRoleArn). */
  iamRoleArn?: string | undefined;
}

/** DescribeBackupVault. */
export interface VaultInfo {
  name: string;
  arn: string;
  /** Vault lock limits; jobs whose lifecycle falls outside them fail. */
  minRetentionDays?: number;
  maxRetentionDays?: number;
  locked: boolean;
}

/** A resource the Tagging API found, with its own tags. */
export interface TaggedResource {
  arn: string;
  tags: Tags;
}
