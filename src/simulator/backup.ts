// AWS Backup over restJson1: routes (method + requestUri from the service model), input parsing
// (percent-encoded ARN labels, ISO-8601 query timestamps, epoch-second body timestamps) and the
// operations with AWS's validation rules.
import { createHash, randomUUID } from 'node:crypto';
import {
  backupResourceType,
  isBackupManagedPointArn,
  isNativeSnapshotArn,
  newJobId,
  parseArn,
  parseVaultArn,
  recoveryPointArn,
  vaultArn,
} from './arns.js';
import {
  invalidParameter,
  invalidRequest,
  invalidState,
  missingParameter,
  notFound,
  SimError,
} from './errors.js';
import { ownLifecycle, scheduleBackupJob, startCopyJob } from './jobs.js';
import type {
  BackupJob,
  Caller,
  CopyJob,
  LegalHold,
  Lifecycle,
  RecoveryPoint,
  Tags,
  Vault,
} from './model.js';
import { EncodedJson, type Dispatch, type SimRequest } from './protocol.js';
import { decodeToken, encodeToken, InvalidTokenError, page } from './sorted-index.js';
import { planHandlers } from './plans.js';
import { restoreHandlers } from './restores.js';
import {
  DAY_MS,
  defaultKmsKey,
  jobsByResourceKey,
  pointsByResourceKey,
  scopeKey,
  type SimState,
} from './state.js';

/** Every simulated Backup operation with its HTTP binding as the 2018-11-15 model declares it. */
export const BACKUP_ROUTES = [
  { operation: 'CreateBackupVault', method: 'PUT', path: '/backup-vaults/{backupVaultName}' },
  { operation: 'DescribeBackupVault', method: 'GET', path: '/backup-vaults/{backupVaultName}' },
  { operation: 'ListBackupVaults', method: 'GET', path: '/backup-vaults/' },
  {
    operation: 'PutBackupVaultLockConfiguration',
    method: 'PUT',
    path: '/backup-vaults/{backupVaultName}/vault-lock',
  },
  { operation: 'StartBackupJob', method: 'PUT', path: '/backup-jobs' },
  { operation: 'DescribeBackupJob', method: 'GET', path: '/backup-jobs/{backupJobId}' },
  { operation: 'ListBackupJobs', method: 'GET', path: '/backup-jobs/' },
  { operation: 'StartCopyJob', method: 'PUT', path: '/copy-jobs' },
  { operation: 'DescribeCopyJob', method: 'GET', path: '/copy-jobs/{copyJobId}' },
  { operation: 'ListCopyJobs', method: 'GET', path: '/copy-jobs/' },
  {
    operation: 'ListRecoveryPointsByBackupVault',
    method: 'GET',
    path: '/backup-vaults/{backupVaultName}/recovery-points/',
  },
  {
    operation: 'ListRecoveryPointsByResource',
    method: 'GET',
    path: '/resources/{resourceArn}/recovery-points/',
  },
  {
    operation: 'DescribeRecoveryPoint',
    method: 'GET',
    path: '/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}',
  },
  {
    operation: 'UpdateRecoveryPointLifecycle',
    method: 'POST',
    path: '/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}',
  },
  {
    operation: 'DeleteRecoveryPoint',
    method: 'DELETE',
    path: '/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}',
  },
  {
    operation: 'GetRecoveryPointRestoreMetadata',
    method: 'GET',
    path: '/backup-vaults/{backupVaultName}/recovery-points/{recoveryPointArn}/restore-metadata',
  },
  { operation: 'ListTags', method: 'GET', path: '/tags/{resourceArn}/' },
  { operation: 'TagResource', method: 'POST', path: '/tags/{resourceArn}' },
  { operation: 'UntagResource', method: 'POST', path: '/untag/{resourceArn}' },
  { operation: 'StartRestoreJob', method: 'PUT', path: '/restore-jobs' },
  { operation: 'DescribeRestoreJob', method: 'GET', path: '/restore-jobs/{restoreJobId}' },
  { operation: 'ListRestoreJobs', method: 'GET', path: '/restore-jobs/' },
  { operation: 'CreateLegalHold', method: 'POST', path: '/legal-holds/' },
  { operation: 'ListLegalHolds', method: 'GET', path: '/legal-holds/' },
  { operation: 'GetLegalHold', method: 'GET', path: '/legal-holds/{legalHoldId}/' },
  {
    operation: 'ListRecoveryPointsByLegalHold',
    method: 'GET',
    path: '/legal-holds/{legalHoldId}/recovery-points',
  },
  { operation: 'CancelLegalHold', method: 'DELETE', path: '/legal-holds/{legalHoldId}', status: 201 },
  { operation: 'ListBackupPlans', method: 'GET', path: '/backup/plans/' },
  { operation: 'ListBackupSelections', method: 'GET', path: '/backup/plans/{backupPlanId}/selections/' },
  {
    operation: 'GetBackupSelection',
    method: 'GET',
    path: '/backup/plans/{backupPlanId}/selections/{selectionId}',
  },
  { operation: 'DescribeRegionSettings', method: 'GET', path: '/account-settings' },
] as const;

type Operation = (typeof BACKUP_ROUTES)[number]['operation'];

interface CompiledRoute {
  operation: Operation;
  method: string;
  /** The model's responseCode when it is not 200. */
  status: number;
  segments: { literal?: string; label?: string }[];
}

const COMPILED: CompiledRoute[] = BACKUP_ROUTES.map((r) => ({
  operation: r.operation,
  method: r.method,
  status: 'status' in r ? r.status : 200,
  segments: splitPath(r.path).map((s) => (s.startsWith('{') ? { label: s.slice(1, -1) } : { literal: s })),
}));

// Trailing slashes differ between the model (and the CLI) and the SDK: both are accepted.
function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function match(
  method: string,
  rawPath: string,
): { route: CompiledRoute; labels: Record<string, string> } | undefined {
  const raw = splitPath(rawPath);
  let decoded: string[];
  try {
    decoded = raw.map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  for (const route of COMPILED) {
    if (route.method !== method || route.segments.length !== decoded.length) continue;
    const labels: Record<string, string> = {};
    let ok = true;
    route.segments.forEach((seg, i) => {
      if (seg.literal !== undefined) ok &&= seg.literal === decoded[i];
      else labels[seg.label!] = decoded[i]!;
    });
    if (ok) return { route, labels };
  }
  return undefined;
}

// ---- input helpers -----------------------------------------------------------------------------

type Json = Record<string, unknown>;

/** A parsed request: URI labels, query string and JSON body (shared with the restore/plan modules). */
export type BackupInput = Input;

class Input {
  constructor(
    readonly labels: Record<string, string>,
    readonly query: URLSearchParams,
    readonly body: Json,
  ) {}

  label(name: string): string {
    const v = this.labels[name];
    if (!v) throw missingParameter(name);
    return v;
  }

  str(name: string, required: true): string;
  str(name: string, required?: false): string | undefined;
  str(name: string, required = false): string | undefined {
    const v = this.body[name];
    if (v === undefined || v === null || v === '') {
      if (required) throw missingParameter(name);
      return undefined;
    }
    if (typeof v !== 'string') throw invalidParameter(`${name} must be a string`);
    return v;
  }

  int(name: string): number | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidParameter(`${name} must be an integer`);
    return v;
  }

  tags(name: string): Tags | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) throw invalidParameter(`${name} must be a map of strings`);
    for (const [k, val] of Object.entries(v as Json)) {
      if (typeof val !== 'string') throw invalidParameter(`${name}.${k} must be a string`);
      if (k.toLowerCase().startsWith('aws:'))
        throw invalidParameter(`Tag keys starting with 'aws:' are reserved (${k})`);
    }
    return { ...(v as Tags) };
  }

  q(name: string): string | undefined {
    const v = this.query.get(name);
    return v === null || v === '' ? undefined : v;
  }

  /** Query-string timestamps are ISO-8601 (epoch seconds are accepted too). */
  qTime(name: string): number | undefined {
    const v = this.q(name);
    if (v === undefined) return undefined;
    const ms = /^\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : Date.parse(v);
    if (Number.isNaN(ms)) throw invalidParameter(`${name} must be a timestamp (ISO-8601), got "${v}"`);
    return ms;
  }

  maxResults(): number {
    const v = this.q('maxResults');
    if (v === undefined) return DEFAULT_PAGE;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      throw invalidParameter(`MaxResults must be between 1 and 1000, got ${v}`);
    return n;
  }

  nextToken(): string | undefined {
    return this.q('nextToken');
  }
}

// AWS does not document the default page size; a modest one makes callers that ignore NextToken
// fail visibly in tests instead of in production.
const DEFAULT_PAGE = 100;

/** Pages a listing, turning a foreign or garbled token into AWS's error. */
export function paged<T>(...args: Parameters<typeof page<T>>): ReturnType<typeof page<T>> {
  try {
    return page(...args);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw invalidParameter(error.message);
    throw error;
  }
}

export const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

// AWS: "To remove the existing lifecycle and retention periods and keep your recovery points
// indefinitely, specify -1 for MoveToColdStorageAfterDays and DeleteAfterDays" (Lifecycle shape).
// Retention is capped at 100 years (36,500 days), as for vault locks.
export const MAX_LIFECYCLE_DAYS = 36_500;

/** A Lifecycle as the request gave it: -1 ("never") is kept, for copies to resolve against the source. */
function parseLifecycle(v: unknown): Lifecycle | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object') throw invalidParameter('Lifecycle must be an object');
  const raw = v as Json;
  const out: Lifecycle = {};
  for (const key of ['MoveToColdStorageAfterDays', 'DeleteAfterDays'] as const) {
    const n = raw[key];
    if (n === undefined || n === null) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || (n < 1 && n !== -1))
      throw invalidParameter(`Lifecycle.${key} must be a positive number of days, or -1 for never`);
    if (n > MAX_LIFECYCLE_DAYS)
      throw invalidParameter(
        `Lifecycle.${key} must not exceed ${MAX_LIFECYCLE_DAYS} days (100 years), got ${n}`,
      );
    out[key] = n;
  }
  const { MoveToColdStorageAfterDays: cold, DeleteAfterDays: del } = out;
  if (cold !== undefined && del !== undefined && cold > 0 && del > 0 && del < cold + 90)
    throw invalidParameter(
      `Invalid lifecycle: DeleteAfterDays (${del}) must be at least 90 days greater than MoveToColdStorageAfterDays (${cold}); recovery points must stay in cold storage for at least 90 days.`,
    );
  return Object.keys(out).length ? out : undefined;
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function checkRoleArn(arn: string): void {
  if (!ROLE_ARN.test(arn)) throw invalidParameter(`Invalid IAM role ARN: ${arn}`);
}

// ---- output shapes -----------------------------------------------------------------------------

function calculatedLifecycle(state: SimState, p: RecoveryPoint) {
  const { coldAt, deleteAt } = state.calculated(p);
  if (coldAt === undefined && deleteAt === undefined) return undefined;
  return { MoveToColdStorageAt: seconds(coldAt), DeleteAt: seconds(deleteAt) };
}

/**
 * The status a point reports. The SDK's newer model adds `AVAILABLE` ("the backup was successfully
 * created for the recovery point"); with the world quirk `availablePointStatus` completed points
 * report it instead of `COMPLETED`.
 */
function reportedStatus(state: SimState, p: RecoveryPoint): string {
  return p.status === 'COMPLETED' && state.quirks.availablePointStatus ? 'AVAILABLE' : p.status;
}

function pointByVault(state: SimState, p: RecoveryPoint) {
  return {
    RecoveryPointArn: p.arn,
    BackupVaultName: p.vault.name,
    BackupVaultArn: p.vault.arn,
    SourceBackupVaultArn: p.sourceVaultArn,
    ResourceArn: p.resourceArn,
    ResourceType: p.resourceType,
    IamRoleArn: p.iamRoleArn,
    Status: reportedStatus(state, p),
    StatusMessage: p.statusMessage,
    CreationDate: seconds(p.creationMs),
    CompletionDate: seconds(p.completionMs),
    BackupSizeInBytes: p.sizeBytes,
    CalculatedLifecycle: calculatedLifecycle(state, p),
    Lifecycle: p.lifecycle,
    // An unencrypted native snapshot has no key (AWS: "Encryption for backups in AWS Backup").
    EncryptionKeyArn: p.encrypted === false ? undefined : p.vault.kmsKeyArn,
    IsEncrypted: p.encrypted !== false,
    LastRestoreTime: seconds(p.lastRestoreMs),
    IsParent: false,
  };
}

function vaultShape(state: SimState, v: Vault) {
  return {
    BackupVaultName: v.name,
    BackupVaultArn: v.arn,
    CreationDate: seconds(v.creationMs),
    EncryptionKeyArn: v.kmsKeyArn,
    CreatorRequestId: v.creatorRequestId,
    NumberOfRecoveryPoints: state.pointsByVault.get(v)?.size ?? 0,
    Locked: v.lock !== undefined,
    MinRetentionDays: v.lock?.minRetentionDays,
    MaxRetentionDays: v.lock?.maxRetentionDays,
    LockDate: seconds(v.lock?.lockDateMs),
  };
}

function backupJobShape(state: SimState, j: BackupJob) {
  let percent = 0;
  if (j.state === 'COMPLETED') percent = 100;
  else if (j.state === 'RUNNING' && j.startedMs !== undefined && j.expectedCompletionMs !== undefined)
    percent = Math.min(99, ((state.now - j.startedMs) / (j.expectedCompletionMs - j.startedMs)) * 100);
  return {
    AccountId: j.account,
    BackupJobId: j.id,
    BackupVaultName: j.vault.name,
    BackupVaultArn: j.vault.arn,
    // Known once the job runs; a job that failed before starting, or expired, produced no point.
    RecoveryPointArn: j.startedMs !== undefined && j.state !== 'EXPIRED' ? j.recoveryPointArn : undefined,
    ResourceArn: j.resourceArn,
    CreationDate: seconds(j.creationMs),
    CompletionDate: seconds(j.completionMs),
    State: j.state,
    StatusMessage: j.statusMessage,
    PercentDone: percent.toFixed(1),
    BackupSizeInBytes: j.state === 'COMPLETED' ? Math.round(j.sizeGiB * 1024 ** 3) : undefined,
    IamRoleArn: j.iamRoleArn,
    ResourceType: j.resourceType,
    ExpectedCompletionDate: seconds(j.expectedCompletionMs),
    StartBy: seconds(j.startByMs),
    BackupOptions: j.backupOptions,
    IsParent: false,
  };
}

function copyJobShape(j: CopyJob) {
  return {
    AccountId: j.account,
    CopyJobId: j.id,
    SourceBackupVaultArn: j.sourceVaultArn,
    SourceRecoveryPointArn: j.sourcePointArn,
    DestinationBackupVaultArn: j.destinationVaultArn,
    DestinationRecoveryPointArn: j.destinationPointArn,
    ResourceArn: j.resourceArn,
    CreationDate: seconds(j.creationMs),
    CompletionDate: seconds(j.completionMs),
    State: j.state,
    StatusMessage: j.statusMessage,
    BackupSizeInBytes: j.sizeBytes,
    IamRoleArn: j.iamRoleArn,
    ResourceType: j.resourceType,
    IsParent: false,
  };
}

// ListBackupJobs only reaches back about 30 days, as AWS documents.
const JOB_HISTORY_MS = 30 * DAY_MS;

// A job in one of these states never changes again, so its listing entry is encoded once: a 30-day
// job listing is thousands of entries, asked for by every backup run.
const FINAL_STATES: ReadonlySet<string> = new Set(['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']);

function encodedJob<J extends { state: string; creationMs: number }>(
  state: SimState,
  job: J,
  shape: (j: J) => object,
): Buffer {
  const cache = state.encodedJobs;
  const cached = cache.get(job);
  if (cached) return cached;
  const bytes = Buffer.from(JSON.stringify(shape(job)));
  if (FINAL_STATES.has(job.state)) {
    cache.set(job, bytes);
    forgetEncodedPast(state);
  }
  return bytes;
}

// Listings reach back about 30 days, so an older job's encoding is dropped (a listing that still asks
// for it encodes it again): a long simulation keeps a month of encodings, not every job's. The cache
// holds jobs in the order they were first listed finished, about their creation order.
const ENCODED_HORIZON_MS = JOB_HISTORY_MS + DAY_MS;

function forgetEncodedPast(state: SimState): void {
  const horizon = state.now - ENCODED_HORIZON_MS;
  for (const job of state.encodedJobs.keys()) {
    if (job.creationMs >= horizon) break;
    state.encodedJobs.delete(job);
  }
}

/** What a point's listing entry was encoded from: the fields of it that can change. */
interface EncodedPoint {
  status: string;
  statusMessage: string | undefined;
  lifecycle: Lifecycle | undefined;
  lifecycleVersion: number;
  lastRestoreMs: number | undefined;
  available: boolean;
  /** A world patch may give the vault another key. */
  kmsKeyArn: string;
  bytes: Buffer;
}

// A vault's points are listed by every prune run and by backup runs: each point's entry is encoded
// again only when something it shows has changed.
const encodedPoints = new WeakMap<RecoveryPoint, EncodedPoint>();

function encodedPoint(state: SimState, p: RecoveryPoint): Buffer {
  const available = state.quirks.availablePointStatus === true;
  const c = encodedPoints.get(p);
  if (
    c &&
    c.status === p.status &&
    c.statusMessage === p.statusMessage &&
    c.lifecycle === p.lifecycle &&
    c.lifecycleVersion === p.lifecycleVersion &&
    c.lastRestoreMs === p.lastRestoreMs &&
    c.available === available &&
    c.kmsKeyArn === p.vault.kmsKeyArn
  )
    return c.bytes;
  const bytes = Buffer.from(JSON.stringify(pointByVault(state, p)));
  encodedPoints.set(p, {
    status: p.status,
    statusMessage: p.statusMessage,
    lifecycle: p.lifecycle,
    lifecycleVersion: p.lifecycleVersion,
    lastRestoreMs: p.lastRestoreMs,
    available,
    kmsKeyArn: p.vault.kmsKeyArn,
    bytes,
  });
  return bytes;
}

const COMMA = Buffer.from(',');

/** `{"<member>":[items…],"NextToken":…}` from encoded items, as JSON.stringify would write it. */
function encodedListing(member: string, items: Buffer[], nextToken: string | undefined): EncodedJson {
  const parts: Buffer[] = [Buffer.from(`{${JSON.stringify(member)}:[`)];
  items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(item);
  });
  parts.push(Buffer.from(nextToken === undefined ? ']}' : `],"NextToken":${JSON.stringify(nextToken)}}`));
  return new EncodedJson(Buffer.concat(parts));
}

function legalHoldShape(h: LegalHold) {
  return {
    Title: h.title,
    Status: h.status,
    Description: h.description,
    LegalHoldId: h.id,
    LegalHoldArn: h.arn,
    CreationDate: seconds(h.creationMs),
    CancellationDate: seconds(h.cancellationMs),
  };
}

// ---- operations --------------------------------------------------------------------------------

/** How long a deleted recovery point stays DELETING on the simulated clock before it is gone. */
export const DELETION_MS = 60_000;

/**
 * Vault Lock: "preventing attempts to delete any recovery point stored in or created in a backup
 * vault. Vault Lock also prevents attempts to update the lifecycle policy that controls the
 * retention period of any recovery point currently stored in a backup vault"
 * (PutBackupVaultLockConfiguration, AWS Backup API reference). Every point, by anyone, whatever
 * its age: points in a locked vault leave only through their own lifecycle. AWS's exact error for
 * this is not documented; InvalidRequestException is the code its vault-lock operations use.
 */
function refuseInLockedVault(vault: Vault, p: RecoveryPoint, action: string): void {
  if (!vault.lock) return;
  throw invalidRequest(
    `Backup vault ${vault.name} is locked (Vault Lock): you cannot ${action} recovery point ${p.arn}; recovery points in a locked vault leave only through their lifecycle.`,
  );
}

type Handler = (state: SimState, caller: Caller, input: Input) => unknown;

export function vaultOf(state: SimState, caller: Caller, name: string): Vault {
  const vault = state.getVault(caller.account, caller.region, name);
  if (!vault)
    throw notFound(
      `Backup vault ${name} does not exist in account ${caller.account}, region ${caller.region}.`,
    );
  return vault;
}

export function pointOf(state: SimState, vault: Vault, arn: string): RecoveryPoint {
  const p = state.pointInVault(vault, arn);
  if (!p) throw notFound(`Recovery point ${arn} was not found in backup vault ${vault.name}.`);
  return p;
}

/**
 * The parameters a token was first used with, as a digest: AWS keeps tokens with no documented end,
 * so every job's token is remembered, and a digest is 28 characters where the parameters are ~700.
 */
function fingerprint(params: unknown): string {
  return createHash('sha256').update(JSON.stringify(params)).digest('base64');
}

/** The same idempotency token with the same parameters returns the first call's job. */
export function idempotent(
  state: SimState,
  caller: Caller,
  op: string,
  token: string | undefined,
  params: unknown,
): string | undefined {
  if (!token) return undefined;
  const key = `${caller.account}|${caller.region}|${op}|${token}`;
  const seen = state.idempotency.get(key);
  if (!seen) return undefined;
  if (seen.fingerprint !== fingerprint(params))
    throw invalidRequest(`IdempotencyToken ${token} was already used with different parameters.`);
  return seen.id;
}

export function remember(
  state: SimState,
  caller: Caller,
  op: string,
  token: string | undefined,
  params: unknown,
  id: string,
): void {
  if (token)
    state.idempotency.set(`${caller.account}|${caller.region}|${op}|${token}`, {
      fingerprint: fingerprint(params),
      id,
    });
}

const windowMinutes = (input: Input, name: string, fallback: number): number => {
  const v = input.int(name);
  if (v === undefined) return fallback;
  if (v < 60) throw invalidParameter(`${name} must be at least 60 minutes, got ${v}.`);
  return v;
};

const BACKUP_JOB_STATES = new Set([
  'CREATED',
  'PENDING',
  'RUNNING',
  'ABORTING',
  'ABORTED',
  'COMPLETED',
  'FAILED',
  'EXPIRED',
  'PARTIAL',
]);
const COPY_JOB_STATES = new Set(['CREATED', 'RUNNING', 'COMPLETED', 'FAILED', 'PARTIAL']);

export function checkEnum(name: string, value: string | undefined, allowed: Set<string>): void {
  if (value !== undefined && !allowed.has(value))
    throw invalidParameter(`${name} must be one of ${[...allowed].join(', ')}, got "${value}".`);
}

export const within = (ms: number | undefined, after?: number, before?: number) =>
  (after === undefined || (ms !== undefined && ms >= after)) &&
  (before === undefined || (ms !== undefined && ms <= before));

/**
 * Past a listing's lower time bound, in an index keyed newest first: keys hold whole milliseconds,
 * so only an older millisecond proves every later entry older too.
 */
const olderThan = (ms: number, bound: number | undefined) =>
  bound !== undefined && Math.floor(ms) < Math.floor(bound);

const handlers: Record<Operation, Handler> = {
  CreateBackupVault(state, caller, input) {
    const name = input.label('backupVaultName');
    if (!/^[a-zA-Z0-9\-_]{2,50}$/.test(name))
      throw invalidParameter(
        `Invalid backup vault name ${name}: use 2-50 letters, digits, hyphens or underscores.`,
      );
    const tags = input.tags('BackupVaultTags');
    const key = input.str('EncryptionKeyArn');
    const requestId = input.str('CreatorRequestId');
    const existing = state.getVault(caller.account, caller.region, name);
    if (existing) {
      if (requestId && existing.creatorRequestId === requestId)
        return {
          BackupVaultName: existing.name,
          BackupVaultArn: existing.arn,
          CreationDate: seconds(existing.creationMs),
        };
      throw Object.assign(
        new SimError('AlreadyExistsException', `Backup vault with the same name already exists: ${name}`),
        {
          extra: { Arn: existing.arn, CreatorRequestId: existing.creatorRequestId },
        },
      );
    }
    const vault = state.addVault({
      account: caller.account,
      region: caller.region,
      name,
      arn: vaultArn(caller.account, caller.region, name),
      creationMs: state.now,
      kmsKeyArn: key ?? defaultKmsKey(caller.account, caller.region),
      creatorRequestId: requestId,
      tags: tags ?? {},
    });
    return {
      BackupVaultName: vault.name,
      BackupVaultArn: vault.arn,
      CreationDate: seconds(vault.creationMs),
    };
  },

  DescribeBackupVault(state, caller, input) {
    return vaultShape(state, vaultOf(state, caller, input.label('backupVaultName')));
  },

  ListBackupVaults(state, caller, input) {
    const { items, nextToken } = paged(state.vaultsByScope.get(scopeKey(caller.account, caller.region)), {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: 'vaults',
    });
    return { BackupVaultList: items.map((v) => vaultShape(state, v)), NextToken: nextToken };
  },

  PutBackupVaultLockConfiguration(state, caller, input) {
    const vault = vaultOf(state, caller, input.label('backupVaultName'));
    if (vault.lock?.lockDateMs !== undefined && vault.lock.lockDateMs <= state.now)
      throw invalidRequest(
        `Backup vault ${vault.name} is locked in compliance mode since ${new Date(vault.lock.lockDateMs).toISOString()}; its lock can no longer be changed.`,
      );
    const min = input.int('MinRetentionDays');
    const max = input.int('MaxRetentionDays');
    const changeable = input.int('ChangeableForDays');
    if (min !== undefined && min < 1) throw invalidParameter('MinRetentionDays must be at least 1.');
    if (max !== undefined && (max < 1 || max > 36500))
      throw invalidParameter('MaxRetentionDays must be between 1 and 36500.');
    if (min !== undefined && max !== undefined && min > max)
      throw invalidParameter(`MinRetentionDays (${min}) must not be greater than MaxRetentionDays (${max}).`);
    if (changeable !== undefined && changeable < 3)
      throw invalidParameter('ChangeableForDays must be at least 3.');
    vault.lock = {
      minRetentionDays: min,
      maxRetentionDays: max,
      lockDateMs: changeable !== undefined ? state.now + changeable * DAY_MS : undefined,
    };
    return undefined;
  },

  StartBackupJob(state, caller, input) {
    const vaultName = input.str('BackupVaultName', true);
    const resourceArn = input.str('ResourceArn', true);
    const iamRoleArn = input.str('IamRoleArn', true);
    checkRoleArn(iamRoleArn);
    const startWindow = windowMinutes(input, 'StartWindowMinutes', 8 * 60);
    const completeWindow = input.int('CompleteWindowMinutes');
    if (completeWindow !== undefined && completeWindow < 1)
      throw invalidParameter('CompleteWindowMinutes must be positive.');
    const lifecycle = parseLifecycle(input.body.Lifecycle);
    const tags = input.tags('RecoveryPointTags') ?? {};
    const options = input.body.BackupOptions as Record<string, string> | undefined;
    const token = input.str('IdempotencyToken');
    const params = {
      vaultName,
      resourceArn,
      iamRoleArn,
      startWindow,
      completeWindow,
      lifecycle,
      tags,
      options,
    };
    const earlier = idempotent(state, caller, 'StartBackupJob', token, params);
    if (earlier) {
      const job = state.backupJobs.get(earlier)!;
      return {
        BackupJobId: job.id,
        RecoveryPointArn: job.recoveryPointArn,
        CreationDate: seconds(job.creationMs),
        IsParent: false,
      };
    }
    const vault = vaultOf(state, caller, vaultName);
    const type = backupResourceType(resourceArn);
    const parsed = parseArn(resourceArn);
    if (!type || !parsed)
      throw invalidParameter(`Invalid resource ARN or unsupported resource type: ${resourceArn}`);
    const resource = state.resources.get(resourceArn);
    const owner = resource?.account ?? parsed.account;
    const where = resource?.region ?? parsed.region;
    if (owner !== caller.account || where !== caller.region)
      throw invalidParameter(
        `Resource ${resourceArn} is not in account ${caller.account}, region ${caller.region}.`,
      );
    const id = newJobId();
    const job: BackupJob = {
      kind: 'backup',
      id,
      seq: state.nextSeq(),
      account: caller.account,
      region: caller.region,
      vault,
      resourceArn,
      resourceType: type,
      iamRoleArn,
      state: 'CREATED',
      creationMs: state.now,
      startByMs: state.now + startWindow * 60_000,
      // Counted from when the job was scheduled, with no extra time for a late start (AWS docs).
      completeByMs: completeWindow !== undefined ? state.now + completeWindow * 60_000 : undefined,
      recoveryPointArn: recoveryPointArn(
        resourceArn,
        caller.account,
        caller.region,
        id,
        state.now,
        resource?.advancedBackup ?? false,
      ),
      lifecycle: ownLifecycle(lifecycle),
      recoveryPointTags: tags,
      backupOptions: options,
      sizeGiB: resource?.sizeGiB ?? 1,
    };
    state.addBackupJob(job);
    scheduleBackupJob(state, job);
    remember(state, caller, 'StartBackupJob', token, params, id);
    return {
      BackupJobId: id,
      RecoveryPointArn: job.recoveryPointArn,
      CreationDate: seconds(job.creationMs),
      IsParent: false,
    };
  },

  DescribeBackupJob(state, caller, input) {
    const id = input.label('backupJobId');
    const job = state.backupJobs.get(id);
    if (!job || job.account !== caller.account || job.region !== caller.region)
      throw notFound(`Backup job ${id} not found.`);
    return {
      ...backupJobShape(state, job),
      BytesTransferred: job.state === 'COMPLETED' ? Math.round(job.sizeGiB * 1024 ** 3) : 0,
    };
  },

  ListBackupJobs(state, caller, input) {
    const byState = input.q('state');
    checkEnum('ByState', byState, BACKUP_JOB_STATES);
    const byResource = input.q('resourceArn');
    const byVault = input.q('backupVaultName');
    const byType = input.q('resourceType');
    const byAccount = input.q('accountId');
    const after = input.qTime('createdAfter');
    const before = input.qTime('createdBefore');
    const completeAfter = input.qTime('completeAfter');
    const completeBefore = input.qTime('completeBefore');
    const byParent = input.q('parentJobId');
    const horizon = state.now - JOB_HISTORY_MS;
    // Filtered by resource, the resource's own index is read instead of every job of the account
    // (its keys are the scope index's, so page tokens mean the same in both).
    const index =
      byResource === undefined
        ? state.backupJobsByScope.get(scopeKey(caller.account, caller.region))
        : state.backupJobsByResource.get(jobsByResourceKey(caller.account, caller.region, byResource));
    const { items, nextToken } = paged(index, {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: 'backup-jobs',
      past: (j) => olderThan(j.creationMs, horizon) || olderThan(j.creationMs, after),
      keep: (j) =>
        j.creationMs >= horizon &&
        (byState === undefined || j.state === byState) &&
        (byResource === undefined || j.resourceArn === byResource) &&
        (byVault === undefined || j.vault.name === byVault) &&
        (byType === undefined || j.resourceType === byType) &&
        (byAccount === undefined || byAccount === '*' || j.account === byAccount) &&
        byParent === undefined &&
        within(j.creationMs, after, before) &&
        (completeAfter === undefined && completeBefore === undefined
          ? true
          : within(j.completionMs, completeAfter, completeBefore)),
    });
    const shape = (j: BackupJob) => backupJobShape(state, j);
    return encodedListing(
      'BackupJobs',
      items.map((j) => encodedJob(state, j, shape)),
      nextToken,
    );
  },

  StartCopyJob(state, caller, input) {
    const pointArn = input.str('RecoveryPointArn', true);
    const sourceVaultName = input.str('SourceBackupVaultName', true);
    const destinationVaultArn = input.str('DestinationBackupVaultArn', true);
    const iamRoleArn = input.str('IamRoleArn', true);
    checkRoleArn(iamRoleArn);
    const lifecycle = parseLifecycle(input.body.Lifecycle);
    const token = input.str('IdempotencyToken');
    const params = { pointArn, sourceVaultName, destinationVaultArn, iamRoleArn, lifecycle };
    const earlier = idempotent(state, caller, 'StartCopyJob', token, params);
    if (earlier) {
      const job = state.copyJobs.get(earlier)!;
      return { CopyJobId: job.id, CreationDate: seconds(job.creationMs), IsParent: false };
    }
    const vault = vaultOf(state, caller, sourceVaultName);
    const point = pointOf(state, vault, pointArn);
    const job = startCopyJob(state, {
      account: caller.account,
      region: caller.region,
      source: point,
      destinationVaultArn,
      iamRoleArn,
      lifecycle,
    });
    remember(state, caller, 'StartCopyJob', token, params, job.id);
    return { CopyJobId: job.id, CreationDate: seconds(job.creationMs), IsParent: false };
  },

  DescribeCopyJob(state, caller, input) {
    const id = input.label('copyJobId');
    const job = state.copyJobs.get(id);
    if (!job || job.account !== caller.account || job.region !== caller.region)
      throw notFound(`Copy job ${id} not found.`);
    return { CopyJob: copyJobShape(job) };
  },

  ListCopyJobs(state, caller, input) {
    const byState = input.q('state');
    checkEnum('ByState', byState, COPY_JOB_STATES);
    const byResource = input.q('resourceArn');
    const byType = input.q('resourceType');
    const byDest = input.q('destinationVaultArn');
    const byAccount = input.q('accountId');
    const bySource = input.q('sourceRecoveryPointArn');
    const after = input.qTime('createdAfter');
    const before = input.qTime('createdBefore');
    const completeAfter = input.qTime('completeAfter');
    const completeBefore = input.qTime('completeBefore');
    const index =
      byResource === undefined
        ? state.copyJobsByScope.get(scopeKey(caller.account, caller.region))
        : state.copyJobsByResource.get(jobsByResourceKey(caller.account, caller.region, byResource));
    const { items, nextToken } = paged(index, {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: 'copy-jobs',
      past: (j) => olderThan(j.creationMs, after),
      keep: (j) =>
        (byState === undefined || j.state === byState) &&
        (byResource === undefined || j.resourceArn === byResource) &&
        (byType === undefined || j.resourceType === byType) &&
        (byDest === undefined || j.destinationVaultArn === byDest) &&
        (byAccount === undefined || byAccount === '*' || j.account === byAccount) &&
        (bySource === undefined || j.sourcePointArn === bySource) &&
        within(j.creationMs, after, before) &&
        (completeAfter === undefined && completeBefore === undefined
          ? true
          : within(j.completionMs, completeAfter, completeBefore)),
    });
    return encodedListing(
      'CopyJobs',
      items.map((j) => encodedJob(state, j, copyJobShape)),
      nextToken,
    );
  },

  ListRecoveryPointsByBackupVault(state, caller, input) {
    const vault = vaultOf(state, caller, input.label('backupVaultName'));
    const byResource = input.q('resourceArn');
    const byType = input.q('resourceType');
    const byPlan = input.q('backupPlanId');
    const byParent = input.q('parentRecoveryPointArn');
    const after = input.qTime('createdAfter');
    const before = input.qTime('createdBefore');
    const { items, nextToken } = paged(state.pointsByVault.get(vault), {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: `rp-vault:${vault.arn}`,
      past: (p) => olderThan(p.creationMs, after),
      keep: (p) =>
        (byResource === undefined || p.resourceArn === byResource) &&
        (byType === undefined || p.resourceType === byType) &&
        // Jobs started on demand belong to no backup plan; nothing here is a composite child.
        byPlan === undefined &&
        byParent === undefined &&
        within(p.creationMs, after, before),
    });
    return encodedListing(
      'RecoveryPoints',
      items.map((p) => encodedPoint(state, p)),
      nextToken,
    );
  },

  ListRecoveryPointsByResource(state, caller, input) {
    const resourceArn = input.label('resourceArn');
    if (!parseArn(resourceArn)) throw invalidParameter(`Invalid resource ARN: ${resourceArn}`);
    const { items, nextToken } = paged(
      state.pointsByResource.get(pointsByResourceKey(caller.account, caller.region, resourceArn)),
      {
        token: input.nextToken(),
        max: input.maxResults(),
        tag: `rp-resource:${resourceArn}`,
      },
    );
    return {
      RecoveryPoints: items.map((p) => ({
        RecoveryPointArn: p.arn,
        CreationDate: seconds(p.creationMs),
        Status: reportedStatus(state, p),
        StatusMessage: p.statusMessage,
        EncryptionKeyArn: p.encrypted === false ? undefined : p.vault.kmsKeyArn,
        BackupSizeBytes: p.sizeBytes,
        // Seen null for EBS points on AWS: the world quirk nullVaultNameByResource answers so.
        BackupVaultName:
          state.quirks.nullVaultNameByResource && p.resourceType === 'EBS' ? null : p.vault.name,
        IsParent: false,
      })),
      NextToken: nextToken,
    };
  },

  DescribeRecoveryPoint(state, caller, input) {
    const vault = vaultOf(state, caller, input.label('backupVaultName'));
    const p = pointOf(state, vault, input.label('recoveryPointArn'));
    return { ...pointByVault(state, p), StorageClass: p.storageClass };
  },

  UpdateRecoveryPointLifecycle(state, caller, input) {
    const vault = vaultOf(state, caller, input.label('backupVaultName'));
    const p = pointOf(state, vault, input.label('recoveryPointArn'));
    const lifecycle = parseLifecycle(input.body.Lifecycle);
    refuseInLockedVault(vault, p, 'change the lifecycle of');
    if (p.status === 'DELETING')
      throw invalidState(`Recovery point ${p.arn} is being deleted; its lifecycle can no longer change.`);
    if (
      p.storageClass === 'COLD' &&
      lifecycle?.MoveToColdStorageAfterDays !== p.lifecycle?.MoveToColdStorageAfterDays
    )
      throw invalidParameter(
        `Recovery point ${p.arn} is already in cold storage; MoveToColdStorageAfterDays can no longer change.`,
      );
    state.setLifecycle(p, ownLifecycle(lifecycle));
    const answer = {
      BackupVaultArn: vault.arn,
      RecoveryPointArn: p.arn,
      Lifecycle: lifecycle ?? {},
      CalculatedLifecycle: calculatedLifecycle(state, p),
    };
    // A lifecycle that already ran out deletes the point now, as AWS would shortly.
    state.runDue();
    return answer;
  },

  DeleteRecoveryPoint(state, caller, input) {
    const vault = vaultOf(state, caller, input.label('backupVaultName'));
    const p = pointOf(state, vault, input.label('recoveryPointArn'));
    // Already on its way out: the deletion that is under way will finish it.
    if (p.status === 'DELETING') return undefined;
    if (p.busyWith.size > 0)
      throw invalidState(
        `AWS Backup is already performing an action on recovery point ${p.arn} (copy job ${[...p.busyWith][0]}). Try again later.`,
      );
    refuseInLockedVault(vault, p, 'delete');
    const holds = state.activeHolds(p);
    if (holds.length > 0)
      throw invalidRequest(
        `Recovery point ${p.arn} is under legal hold ${holds[0]!.id} (${holds[0]!.title}) and cannot be deleted.`,
      );
    const role = caller.roleArn ? state.roles.get(caller.roleArn) : undefined;
    if (role?.canCreateServiceLinkedRole === false) {
      // AWS documents this: HTTP 200 with an empty body, the point is not deleted but EXPIRED.
      p.status = 'EXPIRED';
      p.statusMessage = `Insufficient permissions to delete the recovery point: ${role.arn} needs iam:CreateServiceLinkedRole.`;
      return undefined;
    }
    // Deletion is asynchronous (the point's status passes through DELETING): the point is listed
    // as DELETING until the simulated clock has moved DELETION_MS on.
    p.status = 'DELETING';
    p.statusMessage = undefined;
    state.events.schedule(state.now + DELETION_MS, () => {
      for (const id of p.legalHolds) state.legalHolds.get(id)?.pointArns.delete(p.arn);
      state.removePoint(p);
    });
    return undefined;
  },

  // Restores live in restores.ts (called lazily: the two modules import each other).
  GetRecoveryPointRestoreMetadata: (state, caller, input) =>
    restoreHandlers.GetRecoveryPointRestoreMetadata(state, caller, input),

  ListTags(state, caller, input) {
    const arn = input.label('resourceArn');
    return { Tags: { ...taggableByBackup(state, caller, arn) } };
  },

  TagResource(state, caller, input) {
    const arn = input.label('resourceArn');
    const tags = input.tags('Tags');
    if (!tags) throw missingParameter('Tags');
    const target = taggableByBackup(state, caller, arn);
    if (Object.keys({ ...target, ...tags }).length > 50)
      throw new SimError('LimitExceededException', `A resource can have at most 50 tags: ${arn}`);
    Object.assign(target, tags);
    state.pointChanged(arn);
    return undefined;
  },

  UntagResource(state, caller, input) {
    const arn = input.label('resourceArn');
    const keys = input.body.TagKeyList;
    if (!Array.isArray(keys)) throw missingParameter('TagKeyList');
    const target = taggableByBackup(state, caller, arn);
    state.rememberTagged(arn, target);
    for (const k of keys) if (typeof k === 'string') delete target[k];
    state.pointChanged(arn);
    return undefined;
  },

  StartRestoreJob: (state, caller, input) => restoreHandlers.StartRestoreJob(state, caller, input),
  DescribeRestoreJob: (state, caller, input) => restoreHandlers.DescribeRestoreJob(state, caller, input),
  ListRestoreJobs: (state, caller, input) => restoreHandlers.ListRestoreJobs(state, caller, input),

  CreateLegalHold(state, caller, input) {
    const title = input.str('Title', true);
    const description = input.str('Description', true);
    const token = input.str('IdempotencyToken');
    const rawSel = input.body.RecoveryPointSelection as Json | undefined;
    const params = { title, description, rawSel };
    const earlier = idempotent(state, caller, 'CreateLegalHold', token, params);
    const existing = earlier ? state.legalHolds.get(earlier) : undefined;
    const hold = existing ?? newLegalHold(state, caller, title, description, rawSel);
    if (!existing) {
      state.addLegalHold(hold);
      remember(state, caller, 'CreateLegalHold', token, params, hold.id);
    }
    return { ...legalHoldShape(hold), RecoveryPointSelection: selectionShape(hold) };
  },

  GetLegalHold(state, caller, input) {
    const hold = holdOf(state, caller, input.label('legalHoldId'));
    return {
      ...legalHoldShape(hold),
      CancelDescription: hold.cancelDescription,
      RetainRecordUntil: seconds(hold.retainRecordUntilMs),
      RecoveryPointSelection: selectionShape(hold),
    };
  },

  ListRecoveryPointsByLegalHold(state, caller, input) {
    // The model declares no ResourceNotFoundException for this operation.
    const hold = holdOf(state, caller, input.label('legalHoldId'), 'InvalidParameterValueException');
    const max = input.maxResults();
    const arns = [...hold.pointArns].filter((a) => state.points.has(a)).sort();
    const token = input.nextToken();
    let start = 0;
    if (token !== undefined) {
      let after: string;
      try {
        after = decodeToken(token, `hold:${hold.id}`);
      } catch {
        throw invalidParameter(`Invalid NextToken: ${token.slice(0, 40)}`);
      }
      start = arns.findIndex((a) => a > after);
      if (start < 0) start = arns.length;
    }
    const slice = arns.slice(start, start + max);
    const more = start + max < arns.length;
    return {
      RecoveryPoints: slice.map((arn) => {
        const p = state.points.get(arn)!;
        // ResourceArn, ResourceType and BackupVaultName are newer than the 2023 model (the SDK has them).
        return {
          RecoveryPointArn: arn,
          ResourceArn: p.resourceArn,
          ResourceType: p.resourceType,
          BackupVaultName: p.vault.name,
        };
      }),
      NextToken: more ? encodeToken(slice[slice.length - 1]!, `hold:${hold.id}`) : undefined,
    };
  },

  CancelLegalHold(state, caller, input) {
    const hold = holdOf(state, caller, input.label('legalHoldId'));
    const description = input.q('cancelDescription');
    if (!description) throw missingParameter('CancelDescription');
    const retain = input.q('retainRecordInDays');
    if (retain !== undefined && !/^\d+$/.test(retain))
      throw invalidParameter('RetainRecordInDays must be a whole number of days.');
    if (hold.status === 'CANCELED' || hold.status === 'CANCELING')
      throw invalidState(`Legal hold ${hold.id} is already ${hold.status}.`);
    // Simplification: CANCELED at once (AWS passes through CANCELING).
    hold.status = 'CANCELED';
    hold.cancelDescription = description;
    hold.cancellationMs = state.now;
    hold.retainRecordUntilMs = state.now + Number(retain ?? 0) * DAY_MS;
    // Released points whose lifecycle ran out while held are deleted now.
    for (const arn of hold.pointArns) {
      const p = state.points.get(arn);
      if (p) state.setLifecycle(p, p.lifecycle);
    }
    state.runDue();
    return undefined;
  },

  ListBackupPlans: (state, caller, input) => planHandlers.ListBackupPlans(state, caller, input),
  ListBackupSelections: (state, caller, input) => planHandlers.ListBackupSelections(state, caller, input),
  GetBackupSelection: (state, caller, input) => planHandlers.GetBackupSelection(state, caller, input),

  ListLegalHolds(state, caller, input) {
    const { items, nextToken } = paged(state.legalHoldsByScope.get(scopeKey(caller.account, caller.region)), {
      token: input.nextToken(),
      max: input.maxResults(),
      tag: 'legal-holds',
    });
    return { LegalHolds: items.map(legalHoldShape), NextToken: nextToken };
  },

  DescribeRegionSettings(state, caller) {
    const optIn: Record<string, boolean> = {};
    for (const type of BACKUP_RESOURCE_TYPES)
      optIn[type] = state.optedIn(caller.account, caller.region, type);
    // Full AWS Backup management: EFS always; DynamoDB once advanced features are on (per table in
    // the world file, so: any table of this account and region that has them). Read from the
    // resources, not the region's taggables, which also hold every native snapshot point.
    let advancedDynamoDb = false;
    for (const r of state.resources.values())
      if (r.account === caller.account && r.region === caller.region && r.backupType === 'DynamoDB')
        advancedDynamoDb ||= r.advancedBackup;
    return {
      ResourceTypeOptInPreference: optIn,
      ResourceTypeManagementPreference: { DynamoDB: advancedDynamoDb, EFS: true },
    };
  },
};

// The resource types DescribeRegionSettings lists (AWS Backup "Feature availability by resource").
const BACKUP_RESOURCE_TYPES = [
  'Aurora',
  'CloudFormation',
  'DocumentDB',
  'DynamoDB',
  'EBS',
  'EC2',
  'EFS',
  'FSx',
  'Neptune',
  'RDS',
  'Redshift',
  'S3',
  'SAP HANA on Amazon EC2',
  'Storage Gateway',
  'Timestream',
  'VirtualMachine',
];

function holdOf(state: SimState, caller: Caller, id: string, code = 'ResourceNotFoundException'): LegalHold {
  const hold = state.legalHolds.get(id);
  if (!hold || hold.account !== caller.account || hold.region !== caller.region)
    throw new SimError(code, `Legal hold ${id} not found.`);
  return hold;
}

function selectionShape(hold: LegalHold) {
  const sel = hold.selection;
  return (
    sel && {
      VaultNames: sel.VaultNames,
      ResourceIdentifiers: sel.ResourceIdentifiers,
      DateRange: sel.DateRange && {
        FromDate: seconds(sel.DateRange.FromDate),
        ToDate: seconds(sel.DateRange.ToDate),
      },
    }
  );
}

function newLegalHold(
  state: SimState,
  caller: Caller,
  title: string,
  description: string,
  raw: Json | undefined,
): LegalHold {
  const id = randomUUID();
  const stringList = (name: string): string[] | undefined => {
    const v = raw?.[name];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw invalidParameter(`RecoveryPointSelection.${name} must be a list of strings`);
    return v as string[];
  };
  let dateRange: { FromDate: number; ToDate: number } | undefined;
  const dr = raw?.DateRange as Json | undefined;
  if (dr) {
    if (typeof dr.FromDate !== 'number' || typeof dr.ToDate !== 'number')
      throw invalidParameter('RecoveryPointSelection.DateRange needs FromDate and ToDate');
    dateRange = { FromDate: dr.FromDate * 1000, ToDate: dr.ToDate * 1000 };
  }
  const vaultNames = stringList('VaultNames');
  const resourceIdentifiers = stringList('ResourceIdentifiers');
  return {
    id,
    arn: `arn:aws:backup:${caller.region}:${caller.account}:legal-hold:${id}`,
    account: caller.account,
    region: caller.region,
    title,
    description,
    // Simplification: holds are ACTIVE at once (AWS passes through CREATING for a short while).
    status: 'ACTIVE',
    creationMs: state.now,
    selection: raw
      ? {
          ...(vaultNames && { VaultNames: vaultNames }),
          ...(resourceIdentifiers && { ResourceIdentifiers: resourceIdentifiers }),
          ...(dateRange && { DateRange: dateRange }),
        }
      : undefined,
    pointArns: new Set(),
  };
}

/**
 * The tag map Backup's ListTags/TagResource act on. They work only for recovery points with full
 * AWS Backup management (and for vaults). AWS's API reference for ListTags: "ListTags only works
 * for resource types that support full Backup management of their backups"
 * (https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListTags.html). For the others —
 * native EBS/EC2/RDS snapshots, DynamoDB backups without advanced features — AWS answers with an
 * error (tools such as cloudquery/cq-provider-aws#725 and cloudquery/cloudquery#15781 had to stop
 * calling it for them); the simulator answers InvalidParameterValueException (HTTP 400).
 */
function taggableByBackup(state: SimState, caller: Caller, arn: string): Tags {
  const vault = parseVaultArn(arn);
  if (vault) {
    const v = state.getVault(vault.account, vault.region, vault.name);
    if (!v || v.account !== caller.account) throw notFound(`Backup vault ${arn} not found.`);
    return v.tags;
  }
  const p = state.points.get(arn);
  if (isBackupManagedPointArn(arn)) {
    if (!p || p.vault.account !== caller.account) throw notFound(`Recovery point ${arn} not found.`);
    return p.tags;
  }
  if (p || isNativeSnapshotArn(arn) || /:dynamodb:.*\/backup\//.test(arn))
    throw invalidParameter(
      `Tags of ${arn} cannot be read or changed through AWS Backup: this resource type does not support full AWS Backup management. Use the service's own tagging (or the Resource Groups Tagging API).`,
    );
  throw invalidParameter(`Invalid ARN for tagging: ${arn}`);
}

// ---- dispatch ----------------------------------------------------------------------------------

export function dispatchBackup(state: SimState, req: SimRequest): Dispatch {
  const found = match(req.method, req.rawPath);
  if (!found) {
    throw new SimError(
      'UnknownOperationException',
      `The simulator has no AWS Backup operation for ${req.method} ${req.rawPath}`,
      404,
    );
  }
  let body: Json = {};
  if (req.body.length > 0) {
    try {
      const parsed: unknown = JSON.parse(req.body.toString('utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Json;
    } catch {
      throw new SimError('SerializationException', 'The request body is not valid JSON.', 400);
    }
  }
  const input = new Input(found.labels, req.query, body);
  const arns = [
    found.labels.resourceArn,
    found.labels.recoveryPointArn,
    body.ResourceArn,
    body.RecoveryPointArn,
  ].filter((a): a is string => typeof a === 'string');
  // Faults scoped to a resource also match calls on that resource's recovery points.
  for (const a of [...arns]) {
    const p = state.points.get(a);
    if (p) arns.push(p.resourceArn);
  }
  const handler = handlers[found.route.operation];
  return {
    operation: found.route.operation,
    arns,
    status: found.route.status,
    run: (caller) => handler(state, caller, input),
  };
}
