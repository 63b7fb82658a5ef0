// The simulated AWS objects. Times are epoch milliseconds on the simulated clock.

export type Tags = Record<string, string>;

export interface Lifecycle {
  MoveToColdStorageAfterDays?: number;
  DeleteAfterDays?: number;
}

export interface VaultLock {
  minRetentionDays?: number;
  maxRetentionDays?: number;
  /** Compliance mode: after this instant the lock can no longer be changed. */
  lockDateMs?: number;
}

export interface Vault {
  account: string;
  region: string;
  name: string;
  arn: string;
  creationMs: number;
  kmsKeyArn: string;
  creatorRequestId?: string;
  lock?: VaultLock;
  tags: Tags;
}

export interface Resource {
  arn: string;
  account: string;
  region: string;
  /** AWS Backup's ResourceType (EBS, RDS, …) or undefined for types Backup cannot protect. */
  backupType?: string;
  tags: Tags;
  sizeGiB: number;
  advancedBackup: boolean;
  /** Source encryption; points of native-snapshot types inherit it (see RecoveryPoint.encrypted). */
  encrypted: boolean;
  deleted: boolean;
  /** Until then the resource cannot be backed up (e.g. in maintenance): jobs wait and retry. */
  unavailableUntilMs?: number;
  /** The restore job that created it (restored resources can be deleted again). */
  restoredBy?: string;
  /** When it came into being (restores: the job's completion; world resources: when seeded). */
  createdMs?: number;
  /** Until then a restored resource is still being created (EC2 `creating`, RDS `creating`, …). */
  availableAtMs?: number;
  /** Set by the services' own delete calls (DeleteVolume, …): `deleting` until it is gone. */
  deletingSinceMs?: number;
  /** The restore metadata a restored resource was created with (its describe answers show them). */
  restoreMetadata?: Record<string, string>;
}

export type PointStatus = 'COMPLETED' | 'PARTIAL' | 'EXPIRED' | 'DELETING';

export interface RecoveryPoint {
  arn: string;
  vault: Vault;
  resourceArn: string;
  resourceType: string;
  creationMs: number;
  completionMs: number;
  status: PointStatus;
  statusMessage?: string;
  /** Tags on the point (for native snapshots: the snapshot's own tags). */
  tags: Tags;
  /** The resource's own tags at the time of backup: what a restore with CopySourceTags copies. */
  resourceTags?: Tags;
  lifecycle?: Lifecycle;
  /** Bumped on every lifecycle change, so stale scheduled expiries are ignored. */
  lifecycleVersion: number;
  storageClass: 'WARM' | 'COLD';
  sizeBytes: number;
  iamRoleArn?: string;
  sourceVaultArn?: string;
  lastRestoreMs?: number;
  /** false: an unencrypted native snapshot (its source was unencrypted); absent: encrypted. */
  encrypted?: boolean;
  /** Copy jobs currently reading this point: while non-empty the point is busy. */
  busyWith: Set<string>;
  /** Ids of legal holds that hold this point. */
  legalHolds: Set<string>;
}

export type BackupJobState =
  'CREATED' | 'PENDING' | 'RUNNING' | 'ABORTING' | 'ABORTED' | 'COMPLETED' | 'FAILED' | 'EXPIRED' | 'PARTIAL';

export interface BackupJob {
  kind: 'backup';
  id: string;
  seq: number;
  account: string;
  region: string;
  vault: Vault;
  resourceArn: string;
  resourceType: string;
  iamRoleArn: string;
  state: BackupJobState;
  statusMessage?: string;
  creationMs: number;
  startByMs: number;
  /** CreationDate + CompleteWindowMinutes: a job not COMPLETED by then EXPIRES. */
  completeByMs?: number;
  startedMs?: number;
  completionMs?: number;
  expectedCompletionMs?: number;
  recoveryPointArn: string;
  lifecycle?: Lifecycle;
  recoveryPointTags: Tags;
  backupOptions?: Record<string, string>;
  sizeGiB: number;
}

export type CopyJobState = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'PARTIAL';

export interface CopyJob {
  kind: 'copy';
  id: string;
  seq: number;
  account: string;
  region: string;
  sourceVaultArn: string;
  sourcePointArn: string;
  destinationVaultArn: string;
  destinationPointArn?: string;
  resourceArn: string;
  resourceType: string;
  iamRoleArn: string;
  state: CopyJobState;
  statusMessage?: string;
  creationMs: number;
  completionMs?: number;
  sizeBytes: number;
  lifecycle?: Lifecycle;
}

export type RestoreJobStatus = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'ABORTED' | 'FAILED';

export interface RestoreJob {
  id: string;
  account: string;
  region: string;
  pointArn: string;
  pointCreationMs: number;
  resourceType: string;
  iamRoleArn?: string;
  metadata: Record<string, string>;
  /** CopySourceTagsToRestoredResource. */
  copySourceTags: boolean;
  sourceResourceTags: Tags;
  sourceResourceArn: string;
  status: RestoreJobStatus;
  statusMessage?: string;
  creationMs: number;
  startedMs?: number;
  expectedCompletionMs?: number;
  completionMs?: number;
  sizeBytes: number;
  createdResourceArn?: string;
}

export interface LegalHold {
  id: string;
  arn: string;
  account: string;
  region: string;
  title: string;
  description: string;
  status: 'CREATING' | 'ACTIVE' | 'CANCELING' | 'CANCELED';
  creationMs: number;
  selection?: {
    VaultNames?: string[];
    ResourceIdentifiers?: string[];
    DateRange?: { FromDate: number; ToDate: number };
  };
  pointArns: Set<string>;
  cancelDescription?: string;
  cancellationMs?: number;
  retainRecordUntilMs?: number;
}

/** Credentials handed out by the simulated STS. */
export interface Session {
  accessKeyId: string;
  account: string;
  roleArn: string;
  sessionName: string;
  expiresMs: number;
}

/** Who is calling and where: from the SigV4 scope and the session behind the access key. */
export interface Caller {
  account: string;
  region: string;
  accessKeyId?: string;
  /** The assumed role (credentials from the simulated STS); undefined for unknown keys. */
  roleArn?: string;
  sessionName?: string;
}
