// The world file: what the simulated AWS holds when it starts (accounts, roles, vaults, resources
// and, where a test needs history, recovery points and legal holds). The keys in issue #4's example
// are a contract; new keys are optional. Unknown keys are errors, so a typo never silently seeds a
// different world than the test author meant.
import { z } from 'zod';
import { parseArn } from './arns.js';

export interface WorldTrust {
  /** Matched against the token's `sub` like IAM's StringLike (`*`, `?`); a list means any of them. */
  sub?: string | string[];
  /** Must equal the token's `aud` (or one of its entries); a list means any of them. */
  aud?: string | string[];
}

export interface WorldRole {
  arn: string;
  /** Trust policy for AssumeRoleWithWebIdentity. Absent: any web identity may assume the role. */
  trust?: WorldTrust;
  /** False: the role lacks iam:CreateServiceLinkedRole, so DeleteRecoveryPoint only marks EXPIRED. */
  canCreateServiceLinkedRole?: boolean;
  /** The role's MaxSessionDuration (seconds, default 3600); longer DurationSeconds are refused. */
  maxSessionDurationSeconds?: number;
}

export interface WorldVaultLock {
  minRetentionDays?: number;
  maxRetentionDays?: number;
  /** When the lock becomes immutable (compliance mode); absent: governance mode. */
  lockDate?: string;
}

export interface WorldVault {
  account: string;
  region: string;
  name: string;
  kmsKeyArn?: string;
  lock?: WorldVaultLock;
  tags?: Record<string, string>;
}

export interface WorldResource {
  arn: string;
  tags?: Record<string, string>;
  /** Drives simulated job durations and BackupSizeInBytes. Default 1. */
  sizeGiB?: number;
  /** DynamoDB only: advanced backup features on (points get backup ARNs and carry tags). */
  advancedBackup?: boolean;
  /**
   * Default true. false: an unencrypted source (an EBS volume, an RDS instance without storage
   * encryption): its points of types without full AWS Backup management are unencrypted too.
   */
  encrypted?: boolean;
  /** The resource is gone: jobs for it fail, the Tagging API still lists it (as AWS does). */
  deleted?: boolean;
  /**
   * ISO-8601: until then the resource cannot be backed up (an RDS instance in maintenance, say).
   * Jobs stay CREATED, retry every 10 minutes and EXPIRE when their start window runs out.
   */
  unavailableUntil?: string;
  /** Owner account/region when the ARN has none (S3 buckets). */
  account?: string;
  region?: string;
}

export interface WorldVaultRef {
  account: string;
  region: string;
  name: string;
}

export interface WorldRecoveryPoint {
  /** The vault, or just its name: account and region then come from the resource ARN. */
  vault: WorldVaultRef | string;
  resourceArn: string;
  /** ISO-8601 creation date. */
  created: string;
  tags?: Record<string, string>;
  lifecycle?: { deleteAfterDays?: number; moveToColdStorageAfterDays?: number };
  /** COMPLETED (default), PARTIAL or EXPIRED. */
  status?: string;
  /** Explicit ARN; default: a new ARN of the resource type's shape. */
  arn?: string;
  sizeGiB?: number;
  /** For seeded copies: the vault the point was copied from. */
  sourceVaultArn?: string;
  iamRoleArn?: string;
}

export interface WorldLegalHold {
  account: string;
  region: string;
  title: string;
  description?: string;
  /** Which existing points it holds, like CreateLegalHold's RecoveryPointSelection. */
  vaultNames?: string[];
  resourceIdentifiers?: string[];
  dateRange?: { from: string; to: string };
}

/** An AWS Backup plan of the account (read through ListBackupPlans / ListBackupSelections). */
export interface WorldBackupPlan {
  account: string;
  region: string;
  name: string;
  /** BackupPlanId; default: a new UUID. */
  id?: string;
  /** Deleted plans are listed only with IncludeDeleted. */
  deleted?: boolean;
  selections?: {
    name: string;
    iamRoleArn: string;
    /** SelectionId; default: a new UUID. */
    id?: string;
    resources?: string[];
    notResources?: string[];
    /** ListOfTags: STRINGEQUALS conditions, key → value. */
    tags?: Record<string, string>;
  }[];
}

/**
 * Answers AWS has been seen to give one way or another; each flag makes the simulator answer the
 * less convenient way, so callers are tested against both.
 */
export interface WorldQuirks {
  /** ListRecoveryPointsByResource leaves BackupVaultName null for EBS points (seen on AWS). */
  nullVaultNameByResource?: boolean;
  /** GetResources names EC2 snapshots and AMIs with the account (Backup's ARNs carry none). */
  taggingCanonicalEc2Arns?: boolean;
  /** Completed recovery points report the SDK model's newer `AVAILABLE` instead of `COMPLETED`. */
  availablePointStatus?: boolean;
}

/** Per account and region: DescribeRegionSettings' ResourceTypeOptInPreference (default all true). */
export interface WorldRegionSettings {
  account: string;
  region: string;
  /** Backup resource type (`RDS`, `EBS`, …) → opted in. Types not named stay opted in. */
  optIn: Record<string, boolean>;
}

/**
 * A copy job started by someone else (an Organizations backup policy, a person in the console):
 * it runs like a StartCopyJob of the source point's account, with its own role.
 */
export interface WorldCopyJob {
  sourceRecoveryPointArn: string;
  destinationVaultArn: string;
  iamRoleArn: string;
  lifecycle?: { deleteAfterDays?: number; moveToColdStorageAfterDays?: number };
}

export interface World {
  /** ISO-8601 start of the simulated clock; default: the real current time. */
  start?: string;
  accounts: string[];
  roles?: WorldRole[];
  vaults?: WorldVault[];
  resources?: WorldResource[];
  recoveryPoints?: WorldRecoveryPoint[];
  legalHolds?: WorldLegalHold[];
  backupPlans?: WorldBackupPlan[];
  quirks?: WorldQuirks;
  regionSettings?: WorldRegionSettings[];
  copyJobs?: WorldCopyJob[];
}

const account = z.string().regex(/^\d{12}$/, 'an account id is a string of 12 digits');
const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region looks like eu-west-1');
const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date/time');
const arn = z
  .string()
  .refine((s) => parseArn(s) !== undefined, 'not an ARN (arn:aws:<service>:<region>:<account>:<resource>)');
const tags = z.record(z.string(), z.string());
const days = z.number().int().positive();
// Lifecycle days as the API takes them: 1 to 36,500, or -1 for "never".
const lifecycleDays = z.union([z.literal(-1), z.number().int().min(1).max(36500)]);
const stringOrList = z.union([z.string(), z.array(z.string())]);

const schema = z.strictObject({
  start: isoDate.optional(),
  accounts: z.array(account).min(1, 'at least one account is needed'),
  roles: z
    .array(
      z.strictObject({
        arn: z
          .string()
          .regex(
            /^arn:aws:iam::\d{12}:role\/.+$/,
            'a role ARN looks like arn:aws:iam::123456789012:role/name',
          ),
        trust: z.strictObject({ sub: stringOrList.optional(), aud: stringOrList.optional() }).optional(),
        canCreateServiceLinkedRole: z.boolean().optional(),
        maxSessionDurationSeconds: z.number().int().min(3600).max(43200).optional(),
      }),
    )
    .optional(),
  vaults: z
    .array(
      z.strictObject({
        account,
        region,
        name: z.string().regex(/^[a-zA-Z0-9\-_]{2,50}$/, 'vault names are 2-50 letters, digits, - or _'),
        kmsKeyArn: arn.optional(),
        lock: z
          .strictObject({
            minRetentionDays: days.optional(),
            maxRetentionDays: days.optional(),
            lockDate: isoDate.optional(),
          })
          .optional(),
        tags: tags.optional(),
      }),
    )
    .optional(),
  resources: z
    .array(
      z.strictObject({
        arn,
        tags: tags.optional(),
        sizeGiB: z.number().nonnegative().optional(),
        advancedBackup: z.boolean().optional(),
        encrypted: z.boolean().optional(),
        deleted: z.boolean().optional(),
        unavailableUntil: isoDate.optional(),
        account: account.optional(),
        region: region.optional(),
      }),
    )
    .optional(),
  recoveryPoints: z
    .array(
      z.strictObject({
        vault: z.union([z.string(), z.strictObject({ account, region, name: z.string() })]),
        resourceArn: arn,
        created: isoDate,
        tags: tags.optional(),
        lifecycle: z
          .strictObject({ deleteAfterDays: days.optional(), moveToColdStorageAfterDays: days.optional() })
          .optional(),
        status: z
          .string()
          .refine(
            (v) => ['COMPLETED', 'PARTIAL', 'EXPIRED'].includes(v),
            'status is COMPLETED, PARTIAL or EXPIRED',
          )
          .optional(),
        arn: arn.optional(),
        sizeGiB: z.number().nonnegative().optional(),
        sourceVaultArn: arn.optional(),
        iamRoleArn: arn.optional(),
      }),
    )
    .optional(),
  legalHolds: z
    .array(
      z.strictObject({
        account,
        region,
        title: z.string().min(1),
        description: z.string().optional(),
        vaultNames: z.array(z.string()).optional(),
        resourceIdentifiers: z.array(z.string()).optional(),
        dateRange: z.strictObject({ from: isoDate, to: isoDate }).optional(),
      }),
    )
    .optional(),
  backupPlans: z
    .array(
      z.strictObject({
        account,
        region,
        name: z.string().min(1),
        id: z.string().min(1).optional(),
        deleted: z.boolean().optional(),
        selections: z
          .array(
            z.strictObject({
              name: z.string().min(1),
              iamRoleArn: z.string().regex(/^arn:aws:iam::\d{12}:role\/.+$/, 'an IAM role ARN'),
              id: z.string().min(1).optional(),
              resources: z.array(z.string()).optional(),
              notResources: z.array(z.string()).optional(),
              tags: tags.optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
  quirks: z
    .strictObject({
      nullVaultNameByResource: z.boolean().optional(),
      taggingCanonicalEc2Arns: z.boolean().optional(),
      availablePointStatus: z.boolean().optional(),
    })
    .optional(),
  regionSettings: z
    .array(z.strictObject({ account, region, optIn: z.record(z.string(), z.boolean()) }))
    .optional(),
  copyJobs: z
    .array(
      z.strictObject({
        sourceRecoveryPointArn: arn,
        destinationVaultArn: arn,
        iamRoleArn: z
          .string()
          .regex(
            /^arn:aws:iam::\d{12}:role\/.+$/,
            'a role ARN looks like arn:aws:iam::123456789012:role/name',
          ),
        lifecycle: z
          .strictObject({
            deleteAfterDays: lifecycleDays.optional(),
            moveToColdStorageAfterDays: lifecycleDays.optional(),
          })
          .optional(),
      }),
    )
    .optional(),
});

// Compile-time guarantee that the documented interface and the validator agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _worldMatches: Same<z.infer<typeof schema>, World> = true;
void _worldMatches;

export class WorldError extends Error {
  override name = 'WorldError';
}

/**
 * Validates a world (parsed JSON). Errors name where (`vaults[0].lock.minRetentionDays`) and what
 * is wrong, prefixed with the file when one is given.
 */
export function validateWorld(
  value: unknown,
  source = 'world',
  /** Objects that already exist (for patches of a running simulator). */
  known: { accounts?: string[]; vaults?: string[] } = {},
): World {
  const result = schema.safeParse(value);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.reduce<string>(
        (acc, part) =>
          typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
        '',
      );
      return `  ${where || '(top level)'}: ${issue.message}`;
    });
    throw new WorldError(`${source}: invalid world file:\n${lines.join('\n')}`);
  }
  const world = result.data;
  const problems: string[] = [];
  const accounts = new Set([...world.accounts, ...(known.accounts ?? [])]);
  world.roles?.forEach((r, i) => {
    const acct = r.arn.split(':')[4];
    if (acct && !accounts.has(acct)) problems.push(`roles[${i}].arn: account ${acct} is not in "accounts"`);
  });
  const vaults = new Set<string>(known.vaults ?? []);
  const declared = new Set<string>();
  world.vaults?.forEach((v, i) => {
    if (!accounts.has(v.account)) problems.push(`vaults[${i}].account: ${v.account} is not in "accounts"`);
    const key = `${v.account}:${v.region}:${v.name}`;
    if (declared.has(key))
      problems.push(`vaults[${i}]: duplicate vault ${v.name} in ${v.account}/${v.region}`);
    declared.add(key);
    vaults.add(key);
    const { minRetentionDays: min, maxRetentionDays: max } = v.lock ?? {};
    if (min !== undefined && max !== undefined && min > max)
      problems.push(`vaults[${i}].lock: minRetentionDays (${min}) is greater than maxRetentionDays (${max})`);
  });
  world.resources?.forEach((r, i) => {
    const p = parseArn(r.arn)!;
    if (!(r.account ?? p.account)) problems.push(`resources[${i}]: the ARN has no account; add "account"`);
    if (!(r.region ?? p.region)) problems.push(`resources[${i}]: the ARN has no region; add "region"`);
  });
  world.recoveryPoints?.forEach((rp, i) => {
    const p = parseArn(rp.resourceArn)!;
    const ref =
      typeof rp.vault === 'string' ? { account: p.account, region: p.region, name: rp.vault } : rp.vault;
    if (!vaults.has(`${ref.account}:${ref.region}:${ref.name}`))
      problems.push(
        `recoveryPoints[${i}].vault: no vault ${ref.name} in ${ref.account || '?'}/${ref.region || '?'} among "vaults"`,
      );
    const { deleteAfterDays: del, moveToColdStorageAfterDays: cold } = rp.lifecycle ?? {};
    if (del !== undefined && cold !== undefined && del < cold + 90)
      problems.push(
        `recoveryPoints[${i}].lifecycle: deleteAfterDays must be at least moveToColdStorageAfterDays + 90`,
      );
  });
  if (problems.length > 0) throw new WorldError(`${source}: invalid world file:\n  ${problems.join('\n  ')}`);
  return world;
}
