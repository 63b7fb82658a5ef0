export const id = 457;
export const ids = [457];
export const modules = {

/***/ 2983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ RESTIC_DURATION_PATTERN),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   jN: () => (/* binding */ parseWindowMinutes),
/* harmony export */   r6: () => (/* binding */ WINDOW_DURATION_PATTERN)
/* harmony export */ });
// Durations as plan files write them. Two notations exist on purpose:
// - windows (startWithin, completeWithin, copyWithin, coldAfter): minutes/hours/days, e.g. "90m", "8h", "7d";
// - keep.within*: restic's notation, where "m" means MONTHS, e.g. "1y2m3d4h".
/** A window duration: one or more `<number><m|h|d>` parts, e.g. "90m", "1h30m", "7d". */
const WINDOW_DURATION_PATTERN = '^(\\d+[mhd])+$';
const WINDOW_DURATION = new RegExp(WINDOW_DURATION_PATTERN);
const UNIT_MINUTES = { m: 1, h: 60, d: 24 * 60 };
/** Minutes in a window duration, or undefined when the text is not one. */
function parseWindowMinutes(text) {
    if (!WINDOW_DURATION.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([mhd])/g))
        total += Number(amount) * UNIT_MINUTES[unit];
    return total;
}
/** Minutes as the shortest window notation: 90 → "1h30m", 10080 → "7d". */
function formatMinutes(minutes) {
    if (minutes === 0)
        return '0m';
    const parts = [];
    let rest = Math.round(minutes);
    for (const [unit, size] of [
        ['d', 1440],
        ['h', 60],
        ['m', 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('');
}
/** A restic `--keep-within` duration: one or more `<number><y|m|d|h>` parts. */
const RESTIC_DURATION_PATTERN = '^(\\d+[ymdh])+$';


/***/ }),

/***/ 8582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ RULE_NAME_SEPARATOR),
/* harmony export */   Sq: () => (/* binding */ TAG_VALUE_PATTERN),
/* harmony export */   TW: () => (/* binding */ MIN_DRILL_EVERY_MINUTES),
/* harmony export */   WB: () => (/* binding */ MIN_COLD_STORAGE_DAYS),
/* harmony export */   c: () => (/* binding */ MAX_DELETE_AFTER_DAYS),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES),
/* harmony export */   j2: () => (/* binding */ planFileSchema),
/* harmony export */   v4: () => (/* binding */ MIN_START_WINDOW_MINUTES),
/* harmony export */   zM: () => (/* binding */ RESERVED_TAG_PREFIX),
/* harmony export */   zY: () => (/* binding */ DEFAULTS),
/* harmony export */   zl: () => (/* binding */ MAX_TAG_VALUE_LENGTH)
/* harmony export */ });
/* unused harmony exports ACCOUNT_PATTERN, REGION_PATTERN, ROLE_ARN_PATTERN, RESOURCE_ARN_PATTERN, VAULT_PATTERN, RULE_NAME_PATTERN, groupThousands, keepPolicySchema, retentionSchema, copyTargetSchema, ruleSchema, selectorSchema, planSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2983);
// The plan model. Zod is the one source of truth: `planFileSchema` is what a YAML plan file may
// hold (it validates the file and is published as the JSON Schema for editors), and the resolved
// schemas below describe the plans the rest of the code works with (defaults applied, presets
// expanded, durations in minutes). The TypeScript types are inferred from both, never written twice.


const PRESET_NAMES = [
    'daily-35day',
    'daily-monthly-1yr',
    'daily-weekly-monthly-5yr',
    'daily-weekly-monthly-7yr',
];
/** The tag keys this tool writes on recovery points; selectors may not use this prefix. */
const RESERVED_TAG_PREFIX = 'backup-plans:';
// ---------------------------------------------------------------------------------------------
// Scalars shared by the file and the resolved model.
const ACCOUNT_PATTERN = /^\d{12}$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const RESOURCE_ARN_PATTERN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:\S+$/;
const VAULT_PATTERN = /^[A-Za-z0-9_-]{2,50}$/;
/**
 * The strictest tag value character set among the services whose recovery points carry our tags
 * (RDS, EFS, FSx, DynamoDB): letters, digits, white space and `_ . : / = + - @`. Plan ids, rule
 * names and the namespace become tag values, so they must fit it.
 */
const TAG_VALUE_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** The longest AWS tag value. */
const MAX_TAG_VALUE_LENGTH = 256;
/**
 * Rule names are joined by "+" in the `backup-plans:rules` tag, so a subset of the tag set without
 * "+" (and without spaces, which would be easy to mistype).
 */
const RULE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
/** What joins rule names in the `backup-plans:rules` tag. */
const RULE_NAME_SEPARATOR = '+';
const accountId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'expected a 12-digit AWS account id in quotes, such as "123456789012"' })
    .regex(ACCOUNT_PATTERN, { error: 'expected a 12-digit AWS account id, such as "123456789012"' })
    .meta({ description: 'AWS account id: 12 digits, quoted (a YAML number loses leading zeros)' });
const region = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(REGION_PATTERN, { error: 'expected an AWS region such as "eu-west-1"' })
    .meta({ description: 'AWS region, e.g. eu-west-1' });
const roleArn = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(ROLE_ARN_PATTERN, {
    error: 'expected an IAM role ARN such as "arn:aws:iam::123456789012:role/backup-plans"',
});
const resourceArn = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(RESOURCE_ARN_PATTERN, {
    error: 'expected a resource ARN such as "arn:aws:rds:eu-west-1:123456789012:db:orders"',
});
const vaultName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(VAULT_PATTERN, {
    error: 'expected a backup vault name: 2 to 50 letters, digits, "-" or "_"',
});
const windowDuration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'expected a duration with a unit, such as "90m", "8h" or "7d"' })
    .regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .WINDOW_DURATION_PATTERN */ .r6), { error: 'expected a duration such as "90m", "8h" or "7d"' });
const resticDuration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .RESTIC_DURATION_PATTERN */ .Xb), {
    error: 'expected a duration such as "1y", "6m" (months), "14d" or "1y2m3d4h"',
});
const wholeDays = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1);
/**
 * A whole number with "," between groups of three digits, as `toLocaleString('en-US')` writes it,
 * without Intl: this runs when the module loads, and the first Intl formatter of a process loads
 * ICU's locale data (~25 ms, a tenth of a `validate` run).
 */
function groupThousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** AWS accepts a DeleteAfterDays of at most 36,500 days (100 years). */
const MAX_DELETE_AFTER_DAYS = 36_500;
const lifecycleDays = wholeDays.max(MAX_DELETE_AFTER_DAYS, {
    error: `AWS deletes a recovery point after at most ${groupThousands(MAX_DELETE_AFTER_DAYS)} days (100 years); use at most ${MAX_DELETE_AFTER_DAYS}`,
});
const keepCount = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
    .int()
    .min(-1, { error: 'expected a count ≥ 0, or -1 for unlimited' })
    .meta({ description: 'how many to keep; -1 = unlimited' });
// ---------------------------------------------------------------------------------------------
// Retention (shared): restic `forget` semantics.
const keepPolicySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
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
    description: 'Grandfather-father-son retention with restic forget semantics. Counts: -1 = unlimited. ' +
        'within*: restic durations like 1y2m3d4h (m = months), measured from the newest point.',
});
const retentionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
    coldAfterDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
    keep: keepPolicySchema.optional(),
    hardLimitDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
});
// ---------------------------------------------------------------------------------------------
// The plan file (YAML input). Strict objects: unknown keys are errors.
const retainFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    days: lifecycleDays
        .optional()
        .meta({ description: 'delete after N days (AWS lifecycle DeleteAfterDays), at most 36500' }),
    coldAfter: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([wholeDays, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+d$/, { error: 'expected days, e.g. 30 or "30d"' })])
        .optional()
        .meta({ description: 'move to cold storage after N days (a number or e.g. "30d")' }),
    keep: keepPolicySchema.optional(),
    hardLimitDays: lifecycleDays.optional().meta({
        description: 'with keep: an AWS lifecycle as a cost cap (AWS deletes even kept points), at most 36500',
    }),
})
    .meta({ description: 'exactly one of days (AWS deletes) or keep (pruning deletes)' });
const copyToFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    account: accountId.optional().meta({ description: "destination account; default: the plan's" }),
    region,
    vault: vaultName,
    role: roleArn
        .optional()
        .meta({ description: 'role in the destination account, to tag and prune the copies there' }),
    retain: retainFileSchema,
    backfill: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .min(0)
        .optional()
        .meta({ description: 'also copy the newest N existing points when this copy is added' }),
});
const ruleFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    preset: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(PRESET_NAMES)
        .optional()
        .meta({ description: "an AWS console predefined plan; this rule's own keys override it" }),
    schedule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .meta({ description: '5-field cron: minute hour day-of-month month day-of-week' }),
    timezone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ description: 'IANA time zone of the schedule; default UTC' }),
    startWithin: windowDuration.optional().meta({ description: 'start window, at least 1h; default 1h' }),
    completeWithin: windowDuration.optional().meta({ description: 'completion window; default 7d' }),
    retain: retainFileSchema.optional(),
    copyTo: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(copyToFileSchema).optional(),
    copyWithin: windowDuration
        .optional()
        .meta({ description: 'copy a point only while it is younger than this; default 2d' }),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10).optional().meta({
        description: 'retries per slot after a failed first attempt (so up to 1 + retries jobs); default 3',
    }),
    drill: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        every: windowDuration.meta({
            description: 'drill again once the last drill is older than this, e.g. "30d"; at least 1d',
        }),
    })
        .optional()
        .meta({
        description: 'restore drills: restore the newest point of each resource into a temporary resource, check it becomes available, delete it',
    }),
});
const tagSelectorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'tag values are strings; quote it' }));
const selectorFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    resourceArn,
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        arn: resourceArn.optional(),
        tags: tagSelectorSchema.optional(),
        types: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
            .optional()
            .meta({ description: 'Tagging API resource types, e.g. ec2:volume, rds:db' }),
    })
        .meta({ description: 'either arn, or tags (all must match) with optional types' }),
]);
const planFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1, { error: 'expected version: 1' }),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1, { error: 'may not be empty' })
        .max(256, { error: 'is longer than 256 characters, the limit of an AWS tag value' })
        .regex(/^[^,]*$/, { error: 'may not contain commas' })
        .optional()
        .meta({ description: 'owner identity on every recovery point; default: the repository owner/name' }),
    aws: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        account: accountId,
        region,
        role: roleArn.meta({ description: 'role assumed through GitHub OIDC' }),
        backupRole: roleArn.meta({ description: 'IAM role AWS Backup uses for the jobs (IamRoleArn)' }),
    }),
    vault: vaultName.meta({ description: 'source backup vault; must exist' }),
    resources: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(selectorFileSchema).min(1, { error: 'include at least one resource or tag selector' }),
        exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(resourceArn).optional(),
    }),
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(RULE_NAME_PATTERN, {
        error: 'rule names are 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit',
    }), ruleFileSchema),
    notify: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        issues: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .optional()
            .meta({ description: 'open an issue when something fails; default true' }),
        labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
        assignees: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
    })
        .optional(),
})
    .meta({ title: 'backup-plans plan file', description: 'One AWS Backup plan, run from a Git repository' });
// ---------------------------------------------------------------------------------------------
// The resolved plan: what loadPlans returns once a file is valid.
const copyTargetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    vault: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    retain: retentionSchema,
    backfill: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
});
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** 5-field cron, read in `timezone`. */
    schedule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** IANA time zone. */
    timezone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    startWithinMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    completeWithinMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    retain: retentionSchema,
    copyTo: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(copyTargetSchema),
    copyWithinMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    /** Restore drills: due once the last drill is older than this. */
    drill: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ everyMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int() }).optional(),
});
const selectorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ arn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), types: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional() }),
]);
const planSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The file name without extension. */
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The path as the loader was given it (folder + file name). */
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    aws: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), backupRole: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    vault: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resources: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(selectorSchema), exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
    /** In file order. */
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ruleSchema),
    notify: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ issues: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), assignees: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
});
const DEFAULTS = {
    timezone: 'UTC',
    startWithinMinutes: 60,
    completeWithinMinutes: 7 * 24 * 60,
    copyWithinMinutes: 2 * 24 * 60,
    retries: 3,
    notifyIssues: true,
    notifyLabels: ['backup-failure'],
};
/** A drill restores a whole resource: more often than daily is a mistake, not a policy. */
const MIN_DRILL_EVERY_MINUTES = 24 * 60;
/** AWS refuses start windows shorter than this. */
const MIN_START_WINDOW_MINUTES = 60;
/** AWS requires DeleteAfterDays ≥ MoveToColdStorageAfterDays + this. */
const MIN_COLD_STORAGE_DAYS = 90;


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ readProvenOwnership),
/* harmony export */   D0: () => (/* binding */ isOwnedBy),
/* harmony export */   Vu: () => (/* binding */ COPY_JOB_TAG_VALUE),
/* harmony export */   aX: () => (/* binding */ copyIdempotencyToken),
/* harmony export */   dt: () => (/* binding */ ownershipTags),
/* harmony export */   jw: () => (/* binding */ idempotencyToken),
/* harmony export */   m9: () => (/* binding */ readOwnership),
/* harmony export */   mP: () => (/* binding */ OWNERSHIP_TAG_KEYS),
/* harmony export */   xB: () => (/* binding */ COPY_JOB_TAG)
/* harmony export */ });
/* unused harmony exports MAX_TAG_VALUE_LENGTH, formatSlot, OwnershipTagError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8582);
// Idempotency tokens and the ownership tags: the two things that make `backup` safe to run as
// often as the schedule fires, and that let prune prove what it owns.


/** The tag keys written on every recovery point (DESIGN "Ownership"). A public contract: users query by them. */
const OWNERSHIP_TAG_KEYS = {
    namespace: 'backup-plans:namespace',
    plan: 'backup-plans:plan',
    rules: 'backup-plans:rules',
    slot: 'backup-plans:slot',
};
/**
 * Written with the ownership tags on a copy this tool made, once its copy job completed. Copies carry
 * their source point's tags, so a copy made by someone else (an Organizations policy, the console)
 * looks like ours without it; only this marker proves ours. Its presence counts, not its value.
 */
const COPY_JOB_TAG = 'backup-plans:copy-job';
/**
 * The marker's value: the same on every copy (earlier versions wrote the copy job's id), so one
 * TagResources call tags up to 20 copies of a slot at once (it takes one tag set for all its ARNs).
 */
const COPY_JOB_TAG_VALUE = 'completed';
/** AWS tag values are at most 256 characters. */
const MAX_TAG_VALUE_LENGTH = 256;
/**
 * The IdempotencyToken of a backup job: sha256 (hex, 64 characters) over namespace, plan, resource,
 * slot and submission number. The Backup API model gives the member no length limit; 64 characters
 * is also within the usual 64-character limit of AWS client tokens.
 *
 * Same inputs → same token → AWS returns the job it already started, so two overlapping runs
 * never start two jobs for one slot. `attempt` must grow after every job AWS ended without a
 * backup, so that a retry is a new job rather than the failed one handed back.
 */
function idempotencyToken(input) {
    return sha256Hex([
        'backup',
        input.namespace,
        input.plan,
        input.resourceArn,
        formatSlot(input.slot),
        input.attempt,
    ]);
}
/** The IdempotencyToken of a copy job: one per source point, destination vault and submission number. */
function copyIdempotencyToken(input) {
    return sha256Hex([
        'copy',
        input.namespace,
        input.plan,
        input.sourcePointArn,
        input.destinationVaultArn,
        input.attempt,
    ]);
}
function sha256Hex(parts) {
    // JSON keeps the fields apart: ("a,b","c") and ("a","b,c") hash differently.
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
/** A slot as the `backup-plans:slot` tag writes it: ISO-8601 UTC to the second, e.g. 2026-11-25T03:00:00Z. */
function formatSlot(slot) {
    return slot.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
class OwnershipTagError extends Error {
    name = 'OwnershipTagError';
}
/** The four `backup-plans:*` tags of a recovery point. Throws when a value would exceed AWS's 256 characters. */
function ownershipTags(owner) {
    const rules = [...new Set(owner.rules)].sort();
    if (rules.length === 0)
        throw new OwnershipTagError('a recovery point must serve at least one rule');
    const tags = {
        [OWNERSHIP_TAG_KEYS.namespace]: owner.namespace,
        [OWNERSHIP_TAG_KEYS.plan]: owner.plan,
        // "+", not ",": RDS, EFS, FSx and DynamoDB refuse "," in tag values (and fail the job).
        [OWNERSHIP_TAG_KEYS.rules]: rules.join(_plan_model_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_NAME_SEPARATOR */ .HU),
        [OWNERSHIP_TAG_KEYS.slot]: formatSlot(owner.slot),
    };
    for (const [key, value] of Object.entries(tags)) {
        if (value.length > MAX_TAG_VALUE_LENGTH) {
            throw new OwnershipTagError(`tag ${key} would be ${value.length} characters, over AWS's limit of ${MAX_TAG_VALUE_LENGTH}: ` +
                (key === OWNERSHIP_TAG_KEYS.rules ? 'use shorter rule names' : `shorten the ${key.split(':')[1]}`));
        }
    }
    return tags;
}
/**
 * The owner written on a recovery point, or undefined when the tags carry no namespace or plan.
 * `tags` undefined (ownership unreadable for this resource type) also gives undefined: callers that
 * must distinguish "unreadable" from "not ours" check for undefined tags first.
 */
function readOwnership(tags) {
    if (!tags)
        return undefined;
    const namespace = tags[OWNERSHIP_TAG_KEYS.namespace];
    const plan = tags[OWNERSHIP_TAG_KEYS.plan];
    if (!namespace || !plan)
        return undefined;
    const rules = (tags[OWNERSHIP_TAG_KEYS.rules] ?? '')
        // Points written before the "+" separator joined their rules with ",": read both.
        .split(/[,+]/)
        .map((r) => r.trim())
        .filter((r) => r.length > 0);
    const slotText = tags[OWNERSHIP_TAG_KEYS.slot];
    const slotMs = slotText && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(slotText)
        ? Date.parse(slotText)
        : NaN;
    return { namespace, plan, rules, slot: Number.isNaN(slotMs) ? undefined : new Date(slotMs) };
}
/**
 * The ownership tags when they prove an owner: a namespace, a plan and at least one rule. Prune's
 * evidence (prune/ownership.ts) and backup's tag memo (run/tag-memo.ts) both stand on this.
 */
function readProvenOwnership(tags) {
    const read = readOwnership(tags);
    return read && read.rules.length > 0 ? read : undefined;
}
/** Do readable tags say the point belongs to this namespace and plan (and, when given, serves `rule`)? */
function isOwnedBy(tags, owner) {
    const read = readOwnership(tags);
    if (!read || read.namespace !== owner.namespace || read.plan !== owner.plan)
        return false;
    return owner.rule === undefined || read.rules.includes(owner.rule);
}


/***/ }),

/***/ 4237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveEngine: () => (/* binding */ serveEngine)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4418);
// The worker side of simulate's engine (see engine-thread.ts): starts the simulator from the setup
// it was given, says ready, then answers the main thread's calls one by one until it is terminated.


const describe = (error) => error instanceof Error
    ? { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { name: 'Error', message: String(error) };
async function serveEngine() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread || !port)
        throw new Error('the simulate engine runs only in a worker thread of simulate');
    let engine;
    try {
        engine = await _engine_js__WEBPACK_IMPORTED_MODULE_1__/* .TickEngine */ .e.start(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
    }
    catch (error) {
        port.postMessage({ type: 'failed', error: describe(error) });
        return;
    }
    port.on('message', (call) => {
        void (async () => {
            try {
                const value = await engine[call.method](...call.args);
                port.postMessage({ type: 'answer', id: call.id, value });
            }
            catch (error) {
                port.postMessage({ type: 'failed', id: call.id, error: describe(error) });
            }
        })();
    });
    port.postMessage({ type: 'ready', started: engine.started() });
}


/***/ })

};
