// The plan model. Zod is the one source of truth: `planFileSchema` is what a YAML plan file may
// hold (it validates the file and is published as the JSON Schema for editors), and the resolved
// schemas below describe the plans the rest of the code works with (defaults applied, presets
// expanded, durations in minutes). The TypeScript types are inferred from both, never written twice.
import { z } from 'zod';
import { RESTIC_DURATION_PATTERN, WINDOW_DURATION_PATTERN } from './duration.js';

export const PRESET_NAMES = [
  'daily-35day',
  'daily-monthly-1yr',
  'daily-weekly-monthly-5yr',
  'daily-weekly-monthly-7yr',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The tag keys this tool writes on recovery points; selectors may not use this prefix. */
export const RESERVED_TAG_PREFIX = 'backup-plans:';

// ---------------------------------------------------------------------------------------------
// Scalars shared by the file and the resolved model.

export const ACCOUNT_PATTERN = /^\d{12}$/;
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
export const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
export const RESOURCE_ARN_PATTERN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:\S+$/;
export const VAULT_PATTERN = /^[A-Za-z0-9_-]{2,50}$/;
/**
 * The strictest tag value character set among the services whose recovery points carry our tags
 * (RDS, EFS, FSx, DynamoDB): letters, digits, white space and `_ . : / = + - @`. Plan ids, rule
 * names and the namespace become tag values, so they must fit it.
 */
export const TAG_VALUE_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** The longest AWS tag value. */
export const MAX_TAG_VALUE_LENGTH = 256;
/**
 * Rule names are joined by "+" in the `backup-plans:rules` tag, so a subset of the tag set without
 * "+" (and without spaces, which would be easy to mistype).
 */
export const RULE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
/** What joins rule names in the `backup-plans:rules` tag. */
export const RULE_NAME_SEPARATOR = '+';

const accountId = z
  .string({ error: 'expected a 12-digit AWS account id in quotes, such as "123456789012"' })
  .regex(ACCOUNT_PATTERN, { error: 'expected a 12-digit AWS account id, such as "123456789012"' })
  .meta({ description: 'AWS account id: 12 digits, quoted (a YAML number loses leading zeros)' });
const region = z
  .string()
  .regex(REGION_PATTERN, { error: 'expected an AWS region such as "eu-west-1"' })
  .meta({ description: 'AWS region, e.g. eu-west-1' });
const roleArn = z.string().regex(ROLE_ARN_PATTERN, {
  error: 'expected an IAM role ARN such as "arn:aws:iam::123456789012:role/backup-plans"',
});
const resourceArn = z.string().regex(RESOURCE_ARN_PATTERN, {
  error: 'expected a resource ARN such as "arn:aws:rds:eu-west-1:123456789012:db:orders"',
});
const vaultName = z.string().regex(VAULT_PATTERN, {
  error: 'expected a backup vault name: 2 to 50 letters, digits, "-" or "_"',
});
const windowDuration = z
  .string({ error: 'expected a duration with a unit, such as "90m", "8h" or "7d"' })
  .regex(new RegExp(WINDOW_DURATION_PATTERN), { error: 'expected a duration such as "90m", "8h" or "7d"' });
const resticDuration = z.string().regex(new RegExp(RESTIC_DURATION_PATTERN), {
  error: 'expected a duration such as "1y", "6m" (months), "14d" or "1y2m3d4h"',
});
const wholeDays = z.number().int().min(1);
/**
 * A whole number with "," between groups of three digits, as `toLocaleString('en-US')` writes it,
 * without Intl: this runs when the module loads, and the first Intl formatter of a process loads
 * ICU's locale data (~25 ms, a tenth of a `validate` run).
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** AWS accepts a DeleteAfterDays of at most 36,500 days (100 years). */
export const MAX_DELETE_AFTER_DAYS = 36_500;
const lifecycleDays = wholeDays.max(MAX_DELETE_AFTER_DAYS, {
  error: `AWS deletes a recovery point after at most ${groupThousands(MAX_DELETE_AFTER_DAYS)} days (100 years); use at most ${MAX_DELETE_AFTER_DAYS}`,
});
const keepCount = z
  .number()
  .int()
  .min(-1, { error: 'expected a count ≥ 0, or -1 for unlimited' })
  .meta({ description: 'how many to keep; -1 = unlimited' });

// ---------------------------------------------------------------------------------------------
// Retention (shared): restic `forget` semantics.

export const keepPolicySchema = z
  .strictObject({
    last: keepCount.optional(),
    hourly: keepCount.optional(),
    daily: keepCount.optional(),
    weekly: keepCount.optional(),
    monthly: keepCount.optional(),
    yearly: keepCount.optional(),
    within: resticDuration.optional(),
    withinHourly: resticDuration.optional(),
    withinDaily: resticDuration.optional(),
    withinWeekly: resticDuration.optional(),
    withinMonthly: resticDuration.optional(),
    withinYearly: resticDuration.optional(),
  })
  .meta({
    description:
      'Grandfather-father-son retention with restic forget semantics. Counts: -1 = unlimited. ' +
      'within*: restic durations like 1y2m3d4h (m = months), measured from the newest point.',
  });
export type KeepPolicy = z.infer<typeof keepPolicySchema>;

export const retentionSchema = z.object({
  days: z.number().int().min(1).optional(),
  coldAfterDays: z.number().int().min(1).optional(),
  keep: keepPolicySchema.optional(),
  hardLimitDays: z.number().int().min(1).optional(),
});
/** Exactly one of `days` (an AWS lifecycle) or `keep` (pruning by this tool). */
export type Retention = z.infer<typeof retentionSchema>;

// ---------------------------------------------------------------------------------------------
// The plan file (YAML input). Strict objects: unknown keys are errors.

const retainFileSchema = z
  .strictObject({
    days: lifecycleDays
      .optional()
      .meta({ description: 'delete after N days (AWS lifecycle DeleteAfterDays), at most 36500' }),
    coldAfter: z
      .union([wholeDays, z.string().regex(/^\d+d$/, { error: 'expected days, e.g. 30 or "30d"' })])
      .optional()
      .meta({ description: 'move to cold storage after N days (a number or e.g. "30d")' }),
    keep: keepPolicySchema.optional(),
    hardLimitDays: lifecycleDays.optional().meta({
      description: 'with keep: an AWS lifecycle as a cost cap (AWS deletes even kept points), at most 36500',
    }),
  })
  .meta({ description: 'exactly one of days (AWS deletes) or keep (pruning deletes)' });

const copyToFileSchema = z.strictObject({
  account: accountId.optional().meta({ description: "destination account; default: the plan's" }),
  region,
  vault: vaultName,
  role: roleArn
    .optional()
    .meta({ description: 'role in the destination account, to tag and prune the copies there' }),
  retain: retainFileSchema,
  backfill: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'also copy the newest N existing points when this copy is added' }),
});

const ruleFileSchema = z.strictObject({
  preset: z
    .enum(PRESET_NAMES)
    .optional()
    .meta({ description: "an AWS console predefined plan; this rule's own keys override it" }),
  schedule: z
    .string()
    .optional()
    .meta({ description: '5-field cron: minute hour day-of-month month day-of-week' }),
  timezone: z.string().optional().meta({ description: 'IANA time zone of the schedule; default UTC' }),
  startWithin: windowDuration.optional().meta({ description: 'start window, at least 1h; default 1h' }),
  completeWithin: windowDuration.optional().meta({ description: 'completion window; default 7d' }),
  retain: retainFileSchema.optional(),
  copyTo: z.array(copyToFileSchema).optional(),
  copyWithin: windowDuration
    .optional()
    .meta({ description: 'copy a point only while it is younger than this; default 2d' }),
  retries: z.number().int().min(0).max(10).optional().meta({
    description: 'retries per slot after a failed first attempt (so up to 1 + retries jobs); default 3',
  }),
  drill: z
    .strictObject({
      every: windowDuration.meta({
        description: 'drill again once the last drill is older than this, e.g. "30d"; at least 1d',
      }),
    })
    .optional()
    .meta({
      description:
        'restore drills: restore the newest point of each resource into a temporary resource, check it becomes available, delete it',
    }),
});

const tagSelectorSchema = z.record(
  z.string().min(1),
  z.string({ error: 'tag values are strings; quote it' }),
);

const selectorFileSchema = z.union([
  resourceArn,
  z
    .strictObject({
      arn: resourceArn.optional(),
      tags: tagSelectorSchema.optional(),
      types: z
        .array(z.string())
        .optional()
        .meta({ description: 'Tagging API resource types, e.g. ec2:volume, rds:db' }),
    })
    .meta({ description: 'either arn, or tags (all must match) with optional types' }),
]);

export const planFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1, { error: 'expected version: 1' }),
    description: z.string().optional(),
    namespace: z
      .string()
      .min(1, { error: 'may not be empty' })
      .max(256, { error: 'is longer than 256 characters, the limit of an AWS tag value' })
      .regex(/^[^,]*$/, { error: 'may not contain commas' })
      .optional()
      .meta({ description: 'owner identity on every recovery point; default: the repository owner/name' }),
    aws: z.strictObject({
      account: accountId,
      region,
      role: roleArn.meta({ description: 'role assumed through GitHub OIDC' }),
      backupRole: roleArn.meta({ description: 'IAM role AWS Backup uses for the jobs (IamRoleArn)' }),
    }),
    vault: vaultName.meta({ description: 'source backup vault; must exist' }),
    resources: z.strictObject({
      include: z.array(selectorFileSchema).min(1, { error: 'include at least one resource or tag selector' }),
      exclude: z.array(resourceArn).optional(),
    }),
    rules: z.record(
      z.string().regex(RULE_NAME_PATTERN, {
        error: 'rule names are 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit',
      }),
      ruleFileSchema,
    ),
    notify: z
      .strictObject({
        issues: z
          .boolean()
          .optional()
          .meta({ description: 'open an issue when something fails; default true' }),
        labels: z.array(z.string().min(1)).optional(),
        assignees: z.array(z.string().min(1)).optional(),
      })
      .optional(),
  })
  .meta({ title: 'backup-plans plan file', description: 'One AWS Backup plan, run from a Git repository' });

export type PlanFile = z.infer<typeof planFileSchema>;
export type RuleFile = z.infer<typeof ruleFileSchema>;
export type RetainFile = z.infer<typeof retainFileSchema>;
export type CopyToFile = z.infer<typeof copyToFileSchema>;
export type SelectorFile = z.infer<typeof selectorFileSchema>;

// ---------------------------------------------------------------------------------------------
// The resolved plan: what loadPlans returns once a file is valid.

export const copyTargetSchema = z.object({
  account: z.string(),
  region: z.string(),
  vault: z.string(),
  role: z.string().optional(),
  retain: retentionSchema,
  backfill: z.number().int().optional(),
});
export type CopyTarget = z.infer<typeof copyTargetSchema>;

export const ruleSchema = z.object({
  name: z.string(),
  /** 5-field cron, read in `timezone`. */
  schedule: z.string(),
  /** IANA time zone. */
  timezone: z.string(),
  startWithinMinutes: z.number().int(),
  completeWithinMinutes: z.number().int(),
  retain: retentionSchema,
  copyTo: z.array(copyTargetSchema),
  copyWithinMinutes: z.number().int(),
  retries: z.number().int(),
  /** Restore drills: due once the last drill is older than this. */
  drill: z.object({ everyMinutes: z.number().int() }).optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

export const selectorSchema = z.union([
  z.object({ arn: z.string() }),
  z.object({ tags: z.record(z.string(), z.string()), types: z.array(z.string()).optional() }),
]);
/** An explicit resource, or every resource carrying all of `tags` (optionally of `types`). */
export type Selector = z.infer<typeof selectorSchema>;

export const planSchema = z.object({
  /** The file name without extension. */
  id: z.string(),
  /** The path as the loader was given it (folder + file name). */
  file: z.string(),
  version: z.literal(1),
  description: z.string().optional(),
  namespace: z.string().optional(),
  aws: z.object({ account: z.string(), region: z.string(), role: z.string(), backupRole: z.string() }),
  vault: z.string(),
  resources: z.object({ include: z.array(selectorSchema), exclude: z.array(z.string()) }),
  /** In file order. */
  rules: z.array(ruleSchema),
  notify: z.object({ issues: z.boolean(), labels: z.array(z.string()), assignees: z.array(z.string()) }),
});
export type Plan = z.infer<typeof planSchema>;

export const DEFAULTS = {
  timezone: 'UTC',
  startWithinMinutes: 60,
  completeWithinMinutes: 7 * 24 * 60,
  copyWithinMinutes: 2 * 24 * 60,
  retries: 3,
  notifyIssues: true,
  notifyLabels: ['backup-failure'],
} as const;

/** A drill restores a whole resource: more often than daily is a mistake, not a policy. */
export const MIN_DRILL_EVERY_MINUTES = 24 * 60;

/** AWS refuses start windows shorter than this. */
export const MIN_START_WINDOW_MINUTES = 60;
/** AWS requires DeleteAfterDays ≥ MoveToColdStorageAfterDays + this. */
export const MIN_COLD_STORAGE_DAYS = 90;
