export const id = 91;
export const ids = [91];
export const modules = {

/***/ 3919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ startRestoreJob),
/* harmony export */   XI: () => (/* binding */ listResourcePointsInVault),
/* harmony export */   Z_: () => (/* binding */ describeRestoreJob),
/* harmony export */   iE: () => (/* binding */ readRestoreMetadata)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _backup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3979);
// AWS Backup calls of the restore command: find a resource's recovery points in one vault, read a
// point's restore metadata, start a restore job and read it back. Clients come from the caller (the
// role and region of the vault the point is in).


/** The resource's points in one vault (ListRecoveryPointsByResource covers every vault of the region). */
async function listResourcePointsInVault(client, resourceArn, vaultName) {
    const points = await (0,_backup_js__WEBPACK_IMPORTED_MODULE_0__/* .listResourcePoints */ ._x)(client, resourceArn, vaultName);
    return points.map((p) => ({ arn: p.arn, vaultName, status: p.status, creationDate: p.created }));
}
async function readRestoreMetadata(client, vaultName, pointArn) {
    const out = await client.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .GetRecoveryPointRestoreMetadataCommand */ .oqK({ BackupVaultName: vaultName, RecoveryPointArn: pointArn }));
    return { ...(out.RestoreMetadata ?? {}) };
}
async function startRestoreJob(client, input) {
    const out = await client.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .StartRestoreJobCommand */ .veB({
        RecoveryPointArn: input.pointArn,
        Metadata: input.metadata,
        IamRoleArn: input.iamRoleArn,
        ResourceType: input.resourceType,
        IdempotencyToken: input.idempotencyToken,
        ...(input.copySourceTags ? { CopySourceTagsToRestoredResource: true } : {}),
    }));
    if (!out.RestoreJobId)
        throw new Error('StartRestoreJob answered without a RestoreJobId');
    return out.RestoreJobId;
}
async function describeRestoreJob(client, id) {
    const out = await client.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .DescribeRestoreJobCommand */ .cc9({ RestoreJobId: id }));
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


/***/ }),

/***/ 6447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ locationLabel),
/* harmony export */   Xj: () => (/* binding */ unreachableCopyVaults),
/* harmony export */   lP: () => (/* binding */ pointLocations)
/* harmony export */ });
const locationLabel = (l) => `${l.vault} (${l.account}/${l.region})`;
/** The plan's backupRole, moved to another account under the same name (the role must exist there). */
function backupRoleIn(plan, account) {
    return plan.aws.backupRole.replace(/^(arn:[^:]+:iam::)\d{12}(:)/, `$1${account}$2`);
}
function pointLocations(plan) {
    const out = [
        {
            account: plan.aws.account,
            region: plan.aws.region,
            vault: plan.vault,
            role: plan.aws.role,
            backupRole: plan.aws.backupRole,
            kind: 'source',
        },
    ];
    for (const rule of plan.rules)
        for (const c of rule.copyTo) {
            // A destination in another account is reachable only through its own role.
            if (c.account !== plan.aws.account && !c.role)
                continue;
            const loc = {
                account: c.account,
                region: c.region,
                vault: c.vault,
                role: c.role ?? plan.aws.role,
                backupRole: backupRoleIn(plan, c.account),
                kind: 'copy',
            };
            if (!out.some((l) => l.account === loc.account && l.region === loc.region && l.vault === loc.vault))
                out.push(loc);
        }
    return out;
}
/** Skipped destinations, for the report: other accounts without a role to reach them. */
function unreachableCopyVaults(plan) {
    return plan.rules.flatMap((r) => r.copyTo
        .filter((c) => c.account !== plan.aws.account && !c.role)
        .map((c) => `${c.vault} (${c.account}/${c.region}): no role in the plan to reach it`));
}


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ planMetadata),
/* harmony export */   F4: () => (/* binding */ printableMetadata),
/* harmony export */   Lj: () => (/* binding */ copiesTags),
/* harmony export */   Tk: () => (/* binding */ backupResourceType),
/* harmony export */   VX: () => (/* binding */ secretValues)
/* harmony export */ });
/* unused harmony export DOCUMENTED_KEYS */
/* harmony import */ var _plan_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5081);
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _point_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9496);
// Restore metadata: the keys AWS documents per resource type, the user's overrides on top of what
// GetRecoveryPointRestoreMetadata answered, and the checks that keep a restore from landing on the
// live resource. Pure.
//
// Sources: "Restore testing inferred metadata" (AWS Backup developer guide: the keys per type, and
// "key values are not case sensitive"); "StartRestoreJob" (API reference: the EFS keys);
// "Restore a backup by resource type" > "Copy tags during a restore" (not for DynamoDB and S3).



/** AWS Backup's ResourceType for a resource ARN (what StartRestoreJob's ResourceType takes). */
function backupResourceType(resourceArn) {
    const type = (0,_plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceTypeOfArn */ .$i)(resourceArn);
    return {
        'ec2:volume': 'EBS',
        'ec2:instance': 'EC2',
        'rds:db': 'RDS',
        'rds:cluster': 'Aurora',
        'dynamodb:table': 'DynamoDB',
        'elasticfilesystem:file-system': 'EFS',
        s3: 'S3',
        'fsx:file-system': 'FSx',
    }[type ?? ''];
}
/** Documented keys per type; any key GetRecoveryPointRestoreMetadata answered is valid as well. */
const DOCUMENTED_KEYS = {
    EBS: [
        'volumeId',
        'volumeSize',
        'volumeType',
        'availabilityZone',
        'encrypted',
        'kmsKeyId',
        'iops',
        'throughput',
    ],
    EFS: [
        'file-system-id',
        'Encrypted',
        'KmsKeyId',
        'PerformanceMode',
        'CreationToken',
        'newFileSystem',
        'ItemsToRestore',
    ],
    RDS: [
        'DBInstanceIdentifier',
        'DBInstanceClass',
        'Engine',
        'MultiAZ',
        'Port',
        'AvailabilityZone',
        'DBSubnetGroupName',
        'VpcSecurityGroupIds',
        'StorageType',
        'Iops',
        'PubliclyAccessible',
        'CopyTagsToSnapshot',
        'OptionGroupName',
        'DBParameterGroupName',
        'DBName',
        'LicenseModel',
        'AutoMinorVersionUpgrade',
        'DeletionProtection',
        'KmsKeyId',
        'TdeCredentialArn',
        'TdeCredentialPassword',
    ],
    DynamoDB: [
        'targetTableName',
        'originalTableName',
        'encryptionType',
        'kmsMasterKeyArn',
        'deletionProtection',
    ],
};
/** "Copy tags during a restore" is not available for these types' restores. */
function copiesTags(resourceType) {
    return resourceType !== 'DynamoDB' && resourceType !== 'S3';
}
// Keys whose values are secrets (RDS TdeCredentialPassword, …): never printed or written to reports.
const SECRET_KEY = /password|secret/i;
/** Metadata safe to print: secret values masked. */
function printableMetadata(metadata) {
    return Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, SECRET_KEY.test(k) ? '***' : v]));
}
/** The values that must never be printed (register them with the host's secret masking). */
function secretValues(metadata) {
    const printable = printableMetadata(metadata);
    return Object.entries(metadata)
        .filter(([k, v]) => printable[k] !== v)
        .map(([, v]) => v)
        .filter((v) => v !== '');
}
const findKey = (keys, key) => {
    const want = key.toLowerCase();
    for (const k of keys)
        if (k.toLowerCase() === want)
            return k;
    return undefined;
};
const valueOf = (m, key) => {
    const k = findKey(Object.keys(m), key);
    return k === undefined ? undefined : m[k];
};
/** The metadata key that names a new resource, per type: restoring onto a live name fails. */
const NAME_KEY = {
    RDS: 'DBInstanceIdentifier',
    Aurora: 'DBClusterIdentifier',
    DynamoDB: 'targetTableName',
};
function resourceName(arn) {
    const resource = (0,_plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(arn)?.resource ?? arn;
    return resource.split(/[/:]/).pop() ?? resource;
}
/**
 * The metadata to restore with: AWS's answer with the overrides on top (matched case-insensitively,
 * written under AWS's spelling). Refuses keys the type does not know, and metadata that would
 * restore onto the live resource unless `force`.
 */
function planMetadata(input) {
    const { resourceType, base, overrides } = input;
    const metadata = { ...base };
    const notes = [];
    const known = [...(DOCUMENTED_KEYS[resourceType] ?? []), ...Object.keys(base)];
    for (const [key, value] of Object.entries(overrides)) {
        const spelled = findKey(Object.keys(metadata), key) ?? findKey(known, key);
        if (spelled === undefined) {
            if (!DOCUMENTED_KEYS[resourceType]) {
                metadata[key] = value; // a type we have no documented key list for: pass it on as given
                notes.push(`metadata key "${key}" is not checked for ${resourceType}`);
                continue;
            }
            const hint = (0,_plan_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(key, known);
            throw new _point_js__WEBPACK_IMPORTED_MODULE_1__/* .RestoreInputError */ .pr('unknown-metadata-key', `metadata key "${key}" is not a restore metadata key of ${resourceType}${hint ? ` (did you mean "${hint}"?)` : ''}; known keys: ${[...new Set(known)].sort().join(', ')}`);
        }
        metadata[spelled] = value;
    }
    const source = resourceName(input.resourceArn);
    const nameKey = NAME_KEY[resourceType];
    const named = nameKey ? findKey(Object.keys(metadata), nameKey) : undefined;
    if (nameKey && named !== undefined && metadata[named] === source) {
        if (findKey(Object.keys(overrides), nameKey) === undefined) {
            // AWS's metadata names the resource it was backed up from: restoring that would fail while the
            // resource lives. A restore makes a new resource, so give it a new name.
            const stamp = input.now.toISOString().replace(/[-:]/g, '').slice(0, 13).toLowerCase();
            metadata[named] = `${source}-restored-${stamp}`;
            notes.push(`${named} set to ${metadata[named]} (AWS's metadata named the live ${source})`);
        }
        else if (!input.force) {
            throw new _point_js__WEBPACK_IMPORTED_MODULE_1__/* .RestoreInputError */ .pr('would-overwrite', `restore metadata ${named}=${source} names the live resource ${input.resourceArn}: a restore onto it would replace it (AWS refuses while it exists). Choose another ${named}, or pass --force (action: force) if it is gone`);
        }
    }
    if (resourceType === 'EFS' && valueOf(metadata, 'newFileSystem')?.toLowerCase() === 'false' && !input.force)
        throw new _point_js__WEBPACK_IMPORTED_MODULE_1__/* .RestoreInputError */ .pr('would-overwrite', `restore metadata newFileSystem=false restores into the existing file system ${valueOf(metadata, 'file-system-id') ?? source}, next to its live data; set newFileSystem=true, or pass --force`);
    if (resourceType === 'S3' &&
        valueOf(metadata, 'NewBucket')?.toLowerCase() !== 'true' &&
        (valueOf(metadata, 'DestinationBucketName') ?? source) === source &&
        !input.force)
        throw new _point_js__WEBPACK_IMPORTED_MODULE_1__/* .RestoreInputError */ .pr('would-overwrite', `restore metadata restores into the live bucket ${source} and would overwrite its objects; name a new DestinationBucketName with NewBucket=true, or pass --force`);
    return { metadata, notes };
}


/***/ }),

/***/ 9496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TZ: () => (/* binding */ parsePointSpec),
/* harmony export */   pr: () => (/* binding */ RestoreInputError),
/* harmony export */   yN: () => (/* binding */ choosePoint)
/* harmony export */ });
/* harmony import */ var _retention_points_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(518);
// Which recovery point a restore uses: `latest`, a recovery point ARN, or `latest before <time>`.
// Pure: candidates in, one point or a named error out.

/** A restore input that names something impossible; `code` lets tests and reports tell them apart. */
class RestoreInputError extends Error {
    code;
    name = 'RestoreInputError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
const BEFORE = /^latest\s+before\s+(.+)$/i;
function parsePointSpec(value) {
    const v = (value ?? '').trim();
    if (v === '' || v.toLowerCase() === 'latest')
        return { kind: 'latest' };
    if (v.startsWith('arn:'))
        return { kind: 'arn', arn: v };
    const before = BEFORE.exec(v);
    if (before) {
        try {
            return { kind: 'before', time: (0,_retention_points_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIsoTime */ .sX)(before[1].trim(), 'point') };
        }
        catch (error) {
            throw new RestoreInputError('bad-point', error.message);
        }
    }
    throw new RestoreInputError('bad-point', `point: expected "latest", a recovery point ARN or "latest before <ISO-8601 time>", got "${v}"`);
}
/** Newest first; equal times by ARN so the choice never depends on listing order. */
const newestFirst = (a, b) => b.creationDate.getTime() - a.creationDate.getTime() || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);
function describe(p) {
    return `${p.arn} (${p.creationDate.toISOString()}, in ${p.where})`;
}
/** The point a spec names among a resource's points in the plan's vaults. */
function choosePoint(candidates, spec, resource) {
    const completed = candidates.filter((p) => p.status === 'COMPLETED').sort(newestFirst);
    switch (spec.kind) {
        case 'arn': {
            const found = candidates.find((p) => p.arn === spec.arn);
            if (!found)
                throw new RestoreInputError('point-not-found', `recovery point ${spec.arn} is not a point of ${resource} in the plan's vaults`);
            if (found.status !== 'COMPLETED')
                throw new RestoreInputError('point-not-completed', `recovery point ${spec.arn} is ${found.status}, not COMPLETED: it cannot be restored`);
            return found;
        }
        case 'latest': {
            const newest = completed[0];
            if (!newest)
                throw new RestoreInputError('no-point', candidates.length === 0
                    ? `${resource} has no recovery points in the plan's vaults`
                    : `${resource} has no COMPLETED recovery point in the plan's vaults (${candidates.length} in other states)`);
            return newest;
        }
        case 'before': {
            const t = spec.time.getTime();
            const hit = completed.find((p) => p.creationDate.getTime() <= t);
            if (hit)
                return hit;
            const nearest = completed[completed.length - 1];
            throw new RestoreInputError('no-point-before', nearest
                ? `no completed recovery point of ${resource} at or before ${spec.time.toISOString()}; the nearest is ${describe(nearest)}`
                : `no completed recovery point of ${resource} at or before ${spec.time.toISOString()}; it has none at all`);
        }
    }
}


/***/ }),

/***/ 7091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ runRestore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_restore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3919);
/* harmony import */ var _plan_locations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6447);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8913);
/* harmony import */ var _run_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(576);
/* harmony import */ var _time_calendar_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4051);
/* harmony import */ var _point_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9496);







function inScope(l, req) {
    return ((req.vault === undefined || l.vault === req.vault) &&
        (req.region === undefined || l.region === req.region));
}
async function runRestore(plan, req, deps) {
    const resourceType = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .backupResourceType */ .Tk)(req.resource);
    if (!resourceType)
        throw new _point_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .pr('unknown-resource', `resource ${req.resource} is not an ARN of a type AWS Backup restores`);
    const locations = (0,_plan_locations_js__WEBPACK_IMPORTED_MODULE_5__/* .pointLocations */ .lP)(plan).filter((l) => inScope(l, req));
    if (locations.length === 0)
        throw new _point_js__WEBPACK_IMPORTED_MODULE_4__/* .RestoreInputError */ .pr('unknown-vault', `plan ${plan.id} has no vault ${req.vault ?? ''}${req.region ? ` in ${req.region}` : ''}; its vaults: ${(0,_plan_locations_js__WEBPACK_IMPORTED_MODULE_5__/* .pointLocations */ .lP)(plan).map(_plan_locations_js__WEBPACK_IMPORTED_MODULE_5__/* .locationLabel */ .GE).join(', ')}`);
    const found = [];
    for (const location of locations) {
        const client = deps.backup(location.role, location.region);
        for (const p of await (0,_aws_restore_js__WEBPACK_IMPORTED_MODULE_1__/* .listResourcePointsInVault */ .XI)(client, req.resource, location.vault))
            found.push({
                candidate: {
                    arn: p.arn,
                    status: p.status,
                    creationDate: p.creationDate,
                    where: (0,_plan_locations_js__WEBPACK_IMPORTED_MODULE_5__/* .locationLabel */ .GE)(location),
                },
                location,
            });
    }
    const chosen = (0,_point_js__WEBPACK_IMPORTED_MODULE_4__/* .choosePoint */ .yN)(found.map((f) => f.candidate), req.point, req.resource);
    const location = found.find((f) => f.candidate === chosen).location;
    const client = deps.backup(location.role, location.region);
    const base = await (0,_aws_restore_js__WEBPACK_IMPORTED_MODULE_1__/* .readRestoreMetadata */ .iE)(client, location.vault, chosen.arn);
    const { metadata, notes } = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .planMetadata */ .Bh)({
        resourceType,
        resourceArn: req.resource,
        base,
        overrides: req.overrides,
        force: req.force,
        now: deps.now(),
    });
    const copySourceTags = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .copiesTags */ .Lj)(resourceType) && req.copySourceTags !== false;
    if (!(0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .copiesTags */ .Lj)(resourceType))
        notes.push(`${resourceType} restores cannot copy the source's tags (AWS Backup does not offer it)`);
    if (location.kind === 'copy' && location.account !== plan.aws.account)
        notes.push(`restored in account ${location.account} with ${location.backupRole}`);
    const report = {
        plan: plan.id,
        resource: req.resource,
        resourceType,
        point: {
            arn: chosen.arn,
            creationDate: chosen.creationDate.toISOString(),
            vault: location.vault,
            account: location.account,
            region: location.region,
            kind: location.kind,
        },
        metadata: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .printableMetadata */ .F4)(metadata),
        copySourceTags,
        notes,
        dryRun: req.dryRun,
        status: 'dry-run',
    };
    if (req.dryRun)
        return report;
    const jobId = await (0,_aws_restore_js__WEBPACK_IMPORTED_MODULE_1__/* .startRestoreJob */ .M2)(client, {
        pointArn: chosen.arn,
        metadata,
        iamRoleArn: location.backupRole,
        resourceType,
        copySourceTags,
        // One token per run: a retried call of this run never starts a second job.
        idempotencyToken: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    });
    report.restoreJobId = jobId;
    report.status = 'started';
    deps.info(`restore job ${jobId} started from ${chosen.arn}`);
    if (!req.wait)
        return report;
    const job = await waitForRestore(client, jobId, deps);
    report.statusMessage = job.statusMessage;
    report.createdResourceArn = job.createdResourceArn;
    if (job.creationDate && job.completionDate)
        report.durationSeconds = Math.round((job.completionDate.getTime() - job.creationDate.getTime()) / 1000);
    report.status =
        job.status === 'COMPLETED'
            ? 'completed'
            : job.status === 'FAILED' || job.status === 'ABORTED'
                ? 'failed'
                : 'still-running';
    if (report.status === 'still-running')
        notes.push(`stopped waiting after ${_run_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_WAIT_BUDGET_MS */ .Fm / _time_calendar_js__WEBPACK_IMPORTED_MODULE_6__/* .MS_PER_MINUTE */ .EM} minutes; the job is still ${job.status}`);
    return report;
}
const FINAL = new Set(['COMPLETED', 'FAILED', 'ABORTED']);
async function waitForRestore(client, id, deps) {
    return (0,_run_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(() => (0,_aws_restore_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRestoreJob */ .Z_)(client, id), (job) => FINAL.has(job.status), _run_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_WAIT_BUDGET_MS */ .Fm, (job) => `restore job ${id}: ${job.status}${job.status === 'RUNNING' && job.percentDone ? ` ${job.percentDone}%` : ''}`, deps);
}


/***/ }),

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ JOB_WAIT_BUDGET_MS),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   kL: () => (/* binding */ FIRST_POLL_MS),
/* harmony export */   qm: () => (/* binding */ nextPollInterval)
/* harmony export */ });
/* harmony import */ var _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4051);
// Waiting for AWS to finish something (backup jobs, a restore job, a drill's temporary resource):
// polls at growing intervals within a budget kept on the local clock. The sleep and the clock are
// passed in, so tests drive the wait with a simulated clock.

/** A GitHub job may run 6 hours: stop waiting well before, so the report is still written. */
const JOB_WAIT_BUDGET_MS = (5 * 60 + 45) * _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM;
/** The first wait between two polls; each next one is 1.5× longer, up to a minute. */
const FIRST_POLL_MS = 2_000;
const MAX_POLL_MS = _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM;
function nextPollInterval(interval) {
    return Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
}
/**
 * Read until `done`, or until the next wait would end past `budgetMs`; returns the last reading.
 * Each `progress` line that differs from the one before goes to `info`.
 */
async function pollUntil(read, done, budgetMs, progress, deps) {
    const deadline = deps.localNow() + budgetMs;
    let interval = FIRST_POLL_MS;
    let last = '';
    for (;;) {
        const t = await read();
        const line = progress(t);
        if (line !== last)
            deps.info(line);
        last = line;
        if (done(t) || deps.localNow() + interval > deadline)
            return t;
        await deps.sleep(interval);
        interval = nextPollInterval(interval);
    }
}


/***/ })

};
