export const id = 40;
export const ids = [40];
export const modules = {

/***/ 3979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ tagPoints),
/* harmony export */   DG: () => (/* binding */ pointStatusesCreatedBetween),
/* harmony export */   F2: () => (/* binding */ startCopyJob),
/* harmony export */   Gb: () => (/* binding */ listVaultPointsSince),
/* harmony export */   JO: () => (/* binding */ listVaultBackupJobs),
/* harmony export */   MO: () => (/* binding */ describeOptIn),
/* harmony export */   Rv: () => (/* binding */ isPointCold),
/* harmony export */   Sm: () => (/* binding */ describeVault),
/* harmony export */   Y7: () => (/* binding */ startBackupJob),
/* harmony export */   Yk: () => (/* binding */ readTagsOfPoints),
/* harmony export */   _x: () => (/* binding */ listResourcePoints),
/* harmony export */   bB: () => (/* binding */ deleteRecoveryPoint),
/* harmony export */   fE: () => (/* binding */ pointStatus),
/* harmony export */   fc: () => (/* binding */ tagPoint),
/* harmony export */   hD: () => (/* binding */ listRecentCopyJobs),
/* harmony export */   kq: () => (/* binding */ updatePointLifecycle),
/* harmony export */   uo: () => (/* binding */ listVaultPoints)
/* harmony export */ });
/* unused harmony exports listBackupJobs, listCopyJobs, MAX_ARNS_PER_TAG_RESOURCES */
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2760);
/* harmony import */ var _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5059);
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1306);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5261);
/* harmony import */ var _point_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1113);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
// The AWS Backup calls of every command, one small function each, returning the plain data of
// observed.ts. Everything here is I/O; what to do with the data is decided in the pure modules.
// Listings go through the SDK's paginators and `collectPages` (pagination.ts).







async function describeVault(backup, name) {
    const out = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DescribeBackupVaultCommand */ .Rr4({ BackupVaultName: name }));
    return {
        name,
        arn: out.BackupVaultArn ?? '',
        ...(out.MinRetentionDays !== undefined ? { minRetentionDays: out.MinRetentionDays } : {}),
        ...(out.MaxRetentionDays !== undefined ? { maxRetentionDays: out.MaxRetentionDays } : {}),
        locked: out.Locked ?? false,
    };
}
/**
 * Service opt-in of the caller's account and region (DescribeRegionSettings
 * `ResourceTypeOptInPreference`): AWS Backup type name ("EBS", "RDS", "Aurora", …) → opted in. AWS
 * does not try to protect the resources of a type that is not opted in.
 */
async function describeOptIn(backup) {
    const out = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DescribeRegionSettingsCommand */ .eb0({}));
    return { ...out.ResourceTypeOptInPreference };
}
/** Backup jobs of one resource into one vault (AWS keeps about 30 days of them). */
async function listBackupJobs(backup, resourceArn, vault, since) {
    const pages = paginateListBackupJobs({ client: backup }, { ByResourceArn: resourceArn, ByBackupVaultName: vault, ByCreatedAfter: since });
    const jobs = await collectPages(pages, (p) => p.BackupJobs);
    return jobs.flatMap(observedBackupJob);
}
function observedBackupJob(j) {
    return j.BackupJobId && j.CreationDate
        ? [
            {
                jobId: j.BackupJobId,
                state: j.State ?? 'UNKNOWN',
                creationDate: j.CreationDate,
                ...(j.CompletionDate ? { completionDate: j.CompletionDate } : {}),
                ...(j.StatusMessage ? { statusMessage: j.StatusMessage } : {}),
                ...(j.RecoveryPointArn ? { recoveryPointArn: j.RecoveryPointArn } : {}),
            },
        ]
        : [];
}
/** Copy jobs of one resource started in this account and region (about 30 days of them). */
async function listCopyJobs(backup, resourceArn, since) {
    const pages = paginateListCopyJobs({ client: backup }, { ByResourceArn: resourceArn, ByCreatedAfter: since });
    const jobs = await collectPages(pages, (p) => p.CopyJobs);
    return jobs.flatMap((j) => observedCopyJob(j, resourceArn));
}
function observedCopyJob(j, resourceArn) {
    const resource = j.ResourceArn ?? resourceArn;
    return j.CopyJobId && j.SourceRecoveryPointArn && j.DestinationBackupVaultArn && j.CreationDate && resource
        ? [
            {
                copyJobId: j.CopyJobId,
                sourceRecoveryPointArn: j.SourceRecoveryPointArn,
                destinationBackupVaultArn: j.DestinationBackupVaultArn,
                state: j.State ?? 'UNKNOWN',
                creationDate: j.CreationDate,
                ...(j.CompletionDate ? { completionDate: j.CompletionDate } : {}),
                ...(j.StatusMessage ? { statusMessage: j.StatusMessage } : {}),
                ...(j.DestinationRecoveryPointArn
                    ? { destinationRecoveryPointArn: j.DestinationRecoveryPointArn }
                    : {}),
                resourceArn: resource,
                ...(j.IamRoleArn ? { iamRoleArn: j.IamRoleArn } : {}),
            },
        ]
        : [];
}
/**
 * The vault's backup jobs created since `since`, every resource at once, by resource ARN: one
 * listing per vault instead of one per resource (the calls are per account and region). `only`
 * narrows it further: created before a time (ByCreatedBefore), in one state (ByState takes one).
 */
async function listVaultBackupJobs(backup, vault, since, only = {}) {
    const pages = (0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .paginateListBackupJobs */ .oSg)({ client: backup, pageSize: 1000 }, {
        ByBackupVaultName: vault,
        ByCreatedAfter: since,
        ...(only.before ? { ByCreatedBefore: only.before } : {}),
        ...(only.state ? { ByState: only.state } : {}),
    });
    const byResource = new Map();
    for (const j of await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.BackupJobs)) {
        if (!j.ResourceArn)
            continue;
        const list = byResource.get(j.ResourceArn) ?? [];
        list.push(...observedBackupJob(j));
        byResource.set(j.ResourceArn, list);
    }
    return byResource;
}
/**
 * Copy jobs of the account and region created since `since` (ListCopyJobs cannot filter by source
 * vault), optionally only those in `state` and created before `before`, by resource ARN.
 */
async function listRecentCopyJobs(backup, since, state, before) {
    const pages = (0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .paginateListCopyJobs */ .vTZ)({ client: backup, pageSize: 1000 }, {
        ByCreatedAfter: since,
        ...(before ? { ByCreatedBefore: before } : {}),
        ...(state ? { ByState: state } : {}),
    });
    const byResource = new Map();
    for (const j of (await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.CopyJobs)).flatMap((c) => observedCopyJob(c, undefined))) {
        if (!j.resourceArn)
            continue;
        const list = byResource.get(j.resourceArn) ?? [];
        list.push(j);
        byResource.set(j.resourceArn, list);
    }
    return byResource;
}
/**
 * The vault's recovery points created at or after `since` (ByCreatedAfter), by resource ARN, in
 * the shape ListRecoveryPointsByResource gives (ObservedPoint, tags not read).
 */
async function listVaultPointsSince(backup, vault, since) {
    const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .listRecoveryPointsByBackupVault */ .sW)(backup, { BackupVaultName: vault, ByCreatedAfter: since }, { pageSize: 1000 });
    const byResource = new Map();
    for (const p of points) {
        if (!p.RecoveryPointArn || !p.CreationDate || !p.ResourceArn)
            continue;
        const list = byResource.get(p.ResourceArn) ?? [];
        list.push({
            arn: p.RecoveryPointArn,
            resourceArn: p.ResourceArn,
            vault,
            created: p.CreationDate,
            status: p.Status ?? 'UNKNOWN',
            coldAt: coldAt(p),
            ...(p.SourceBackupVaultArn ? { sourceVaultArn: p.SourceBackupVaultArn } : {}),
        });
        byResource.set(p.ResourceArn, list);
    }
    return byResource;
}
/**
 * When a listed point goes cold: AWS moves points to cold storage only by their lifecycle
 * (`Lifecycle.MoveToColdStorageAfterDays`, dated in `CalculatedLifecycle.MoveToColdStorageAt`), so a
 * point whose lifecycle names no cold transition is never cold. A transition without a date is unknown.
 */
function coldAt(p) {
    if (p.CalculatedLifecycle?.MoveToColdStorageAt)
        return p.CalculatedLifecycle.MoveToColdStorageAt;
    return p.Lifecycle?.MoveToColdStorageAfterDays === undefined ? 'never' : undefined;
}
/**
 * The resource's recovery points in one vault, read vault-scoped (ListRecoveryPointsByBackupVault
 * with ByResourceArn). Not ListRecoveryPointsByResource: it lists every vault and its
 * `BackupVaultName` (optional in the model) has been seen null for EBS points, which would hide them.
 */
async function listResourcePoints(backup, resourceArn, vault) {
    const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .listRecoveryPointsByBackupVault */ .sW)(backup, { BackupVaultName: vault, ByResourceArn: resourceArn }, { pageSize: 1000 });
    return points.flatMap((p) => p.RecoveryPointArn && p.CreationDate
        ? [
            {
                arn: p.RecoveryPointArn,
                resourceArn,
                vault,
                created: p.CreationDate,
                status: p.Status ?? 'UNKNOWN',
                coldAt: coldAt(p),
                ...(p.SourceBackupVaultArn ? { sourceVaultArn: p.SourceBackupVaultArn } : {}),
            },
        ]
        : []);
}
/**
 * Every recovery point in a vault, or only those of one resource (copies keep the resource ARN and
 * creation date, so this also finds a resource's copies in a destination vault). No tags.
 */
async function listVaultPoints(backup, vault, resourceArn) {
    const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .listRecoveryPointsByBackupVault */ .sW)(backup, { BackupVaultName: vault, ...(resourceArn ? { ByResourceArn: resourceArn } : {}) }, { pageSize: 1000 });
    return points.flatMap((rp) => {
        const resource = rp.ResourceArn ?? resourceArn;
        if (!rp.RecoveryPointArn || !resource || !rp.CreationDate)
            return [];
        return [
            {
                arn: rp.RecoveryPointArn,
                resourceArn: resource,
                resourceType: rp.ResourceType,
                created: rp.CreationDate,
                status: rp.Status ?? 'UNKNOWN',
                deleteAfterDays: rp.Lifecycle?.DeleteAfterDays,
                moveToColdAfterDays: rp.Lifecycle?.MoveToColdStorageAfterDays,
                ...(rp.BackupVaultArn ? { vaultArn: rp.BackupVaultArn } : {}),
                ...(rp.SourceBackupVaultArn ? { sourceVaultArn: rp.SourceBackupVaultArn } : {}),
                ...(rp.IamRoleArn ? { iamRoleArn: rp.IamRoleArn } : {}),
            },
        ];
    });
}
/**
 * Fill in the ownership tags of points whose type keeps them (pass only those: `pointsNeedingTags`),
 * read by the shared reader (point-tags.ts). Tags it could not read — a snapshot the Tagging
 * API left out, a point that vanished — become `{}`, "not ours": the due decision reads
 * `tags: undefined` as "this type takes no tags", which would let such a point, or the completed job
 * that made it, satisfy a slot and skip a backup. An extra backup is the safe side of that mistake.
 */
async function readTagsOfPoints(backup, tagging, points) {
    if (points.length === 0)
        return;
    const read = await (0,_point_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .readPointTags */ .S0)({ backup, tagging }, points.map((p) => p.arn));
    for (const p of points)
        p.tags = read.get(p.arn) ?? {};
}
/** Whether a point sits in cold storage (ListRecoveryPointsByResource does not say; DescribeRecoveryPoint does). */
async function isPointCold(backup, vault, pointArn) {
    const out = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DescribeRecoveryPointCommand */ .uuQ({ BackupVaultName: vault, RecoveryPointArn: pointArn }));
    return out.StorageClass === 'COLD';
}
/** A point's status (DescribeRecoveryPoint), or 'gone' when AWS no longer knows it. */
async function pointStatus(backup, vault, arn) {
    try {
        const out = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DescribeRecoveryPointCommand */ .uuQ({ BackupVaultName: vault, RecoveryPointArn: arn }));
        return out.Status ?? 'UNKNOWN';
    }
    catch (err) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err) === 'ResourceNotFoundException')
            return 'gone';
        throw err;
    }
}
/**
 * The status of every point a vault lists with a creation date in [after, before]
 * (ListRecoveryPointsByBackupVault with ByCreatedAfter/ByCreatedBefore): one listing instead of a
 * DescribeRecoveryPoint per point. A point AWS is deleting is listed DELETING, one it only marked is
 * listed EXPIRED (`RecoveryPointByBackupVault.Status`); a point it finished deleting is absent.
 */
async function pointStatusesCreatedBetween(backup, vault, after, before) {
    const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .listRecoveryPointsByBackupVault */ .sW)(backup, { BackupVaultName: vault, ByCreatedAfter: after, ByCreatedBefore: before }, { pageSize: 1000 });
    const statuses = new Map();
    for (const p of points)
        if (p.RecoveryPointArn)
            statuses.set(p.RecoveryPointArn, p.Status ?? 'UNKNOWN');
    return statuses;
}
async function startBackupJob(backup, input) {
    const out = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .StartBackupJobCommand */ .pOZ(input));
    return { jobId: out.BackupJobId ?? '', recoveryPointArn: out.RecoveryPointArn, created: out.CreationDate };
}
async function startCopyJob(backup, input) {
    const out = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .StartCopyJobCommand */ .AGF(input));
    return { copyJobId: out.CopyJobId ?? '', created: out.CreationDate };
}
async function deleteRecoveryPoint(backup, vault, pointArn) {
    await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .DeleteRecoveryPointCommand */ .sKs({ BackupVaultName: vault, RecoveryPointArn: pointArn }));
}
/** UpdateRecoveryPointLifecycle: a new DeleteAfterDays, keeping the point's cold transition. */
async function updatePointLifecycle(backup, vault, point, deleteAfterDays) {
    await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .UpdateRecoveryPointLifecycleCommand */ .EKy({
        BackupVaultName: vault,
        RecoveryPointArn: point.arn,
        Lifecycle: {
            DeleteAfterDays: deleteAfterDays,
            ...(point.moveToColdAfterDays !== undefined
                ? { MoveToColdStorageAfterDays: point.moveToColdAfterDays }
                : {}),
        },
    }));
}
/** Put tags on a recovery point where its type keeps them. Returns false for types that take none. */
async function tagPoint(backup, tagging, pointArn, tags) {
    const outcome = (await tagPoints(backup, tagging, [pointArn], tags)).get(pointArn);
    if (outcome.kind === 'failed')
        throw outcome.error;
    return outcome.kind === 'tagged';
}
/** TagResources takes at most this many ARNs a call, all given the same tags (ResourceARNListForTagUntag). */
const MAX_ARNS_PER_TAG_RESOURCES = 20;
/**
 * Put the same tags on several recovery points: native snapshots through the Tagging API's
 * TagResources, 20 ARNs a call (its FailedResourcesMap names each ARN that failed: only those fail),
 * full-management types through Backup's TagResource one point a call. A call that fails as a whole
 * fails its points. Never throws: every ARN gets its outcome.
 */
async function tagPoints(backup, tagging, arns, tags, concurrency = 4) {
    const out = new Map();
    const viaTagging = [];
    const viaBackup = [];
    for (const arn of new Set(arns)) {
        const source = (0,_plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pointTagSource */ .G5)(arn);
        if (source === 'none')
            out.set(arn, { kind: 'untaggable' });
        else
            (source === 'backup' ? viaBackup : viaTagging).push(arn);
    }
    await Promise.all([
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .forEachConcurrent */ .C)((0,_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .chunked */ .z)(viaTagging, MAX_ARNS_PER_TAG_RESOURCES), concurrency, async (batch) => {
            try {
                const res = await tagging.send(new _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_6__/* .TagResourcesCommand */ .zf({ ResourceARNList: batch, Tags: tags }));
                for (const arn of batch) {
                    const failed = res.FailedResourcesMap?.[arn];
                    if (!failed) {
                        out.set(arn, { kind: 'tagged' });
                        continue;
                    }
                    const error = new Error(failed.ErrorMessage ?? 'TagResources failed');
                    error.name = failed.ErrorCode ?? 'TagResourcesFailed';
                    out.set(arn, { kind: 'failed', error });
                }
            }
            catch (error) {
                for (const arn of batch)
                    out.set(arn, { kind: 'failed', error });
            }
        }),
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .forEachConcurrent */ .C)(viaBackup, concurrency, async (arn) => {
            try {
                await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .TagResourceCommand */ .eqU({ ResourceArn: arn, Tags: tags }));
                out.set(arn, { kind: 'tagged' });
            }
            catch (error) {
                out.set(arn, { kind: 'failed', error });
            }
        }),
    ]);
    return out;
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ AwsContext),
/* harmony export */   b3: () => (/* reexport safe */ _client_config_js__WEBPACK_IMPORTED_MODULE_0__.b),
/* harmony export */   o9: () => (/* binding */ renewOnExpiry),
/* harmony export */   yO: () => (/* reexport safe */ _client_config_js__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* unused harmony exports awsClients, isExpiredSession */
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2760);
/* harmony import */ var _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5059);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1695);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);
// Builds the SDK clients every command uses, with one retry policy and timeouts, and caches them
// per (role, region) so a run reuses connections and credentials.
//
// Endpoints are not configured here on purpose: SDK v3 reads AWS_ENDPOINT_URL_BACKUP,
// AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API and AWS_ENDPOINT_URL itself
// (test/aws/clients.test.ts proves it for the installed versions), which is how the simulator is
// reached in tests and demos.






function awsClients(options) {
    const config = (0,_client_config_js__WEBPACK_IMPORTED_MODULE_0__/* .clientConfig */ .y)(options);
    // Not `cacheMiddleware: true`: with it, a StartBackupJob whose answer was lost was reported started
    // and the next run started a second job (test/backup/plan-run.test.ts, "the answer to StartBackupJob
    // is lost").
    return {
        backup: new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .BackupClient */ .M3I(config),
        tagging: new _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_3__/* .ResourceGroupsTaggingAPIClient */ .DE(config),
        sts: new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .STSClient */ .iM(config),
    };
}
/** AWS's answers to a request signed with a session that has expired (STS, Backup, Tagging). */
function isExpiredSession(err) {
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err);
    return code === 'ExpiredToken' || code === 'ExpiredTokenException';
}
/**
 * A session can expire mid-call anywhere in a long run (or when AWS's clock runs ahead of ours), not
 * only while waiting for jobs: on ExpiredToken(Exception) drop the role's session and send the call
 * once more, which assumes the role again. Added at the `initialize` step so the retried call
 * resolves its identity and signs again; a second expiry reaches the caller.
 */
function renewOnExpiry(client, invalidate) {
    const stack = client.middlewareStack;
    stack.add((next) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            if (!isExpiredSession(err))
                throw err;
            invalidate();
            return next(args);
        }
    }, { step: 'initialize', name: 'backupPlansRenewOnExpiry', priority: 'high' });
}
/**
 * One per run: hands out clients for (role, region), created once and reused. Commands ask
 * `ctx.backup(plan.aws.role, plan.aws.region)`; deletions under a rate limiter ask
 * `ctx.backup(role, region, { retryThrottling: false })`.
 */
class AwsContext {
    credentials;
    options;
    cache = new Map();
    constructor(credentials, options = {}) {
        this.credentials = credentials;
        this.options = options;
    }
    clients(role, region, options = {}) {
        const retryThrottling = options.retryThrottling ?? true;
        const key = `${role}\n${region}\n${retryThrottling}`;
        let clients = this.cache.get(key);
        if (!clients) {
            clients = awsClients({
                credentials: this.credentials.forRole(role),
                region,
                retryThrottling,
                ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
                ...(this.options.retry ? { retry: this.options.retry } : {}),
            });
            this.cache.set(key, clients);
            for (const client of [clients.backup, clients.tagging, clients.sts])
                renewOnExpiry(client, () => this.invalidateCredentials(role));
            const onClient = this.options.onClient;
            if (onClient)
                for (const client of [clients.backup, clients.tagging, clients.sts])
                    onClient(client);
        }
        return clients;
    }
    backup(role, region, options) {
        return this.clients(role, region, options).backup;
    }
    tagging(role, region, options) {
        return this.clients(role, region, options).tagging;
    }
    sts(role, region) {
        return this.clients(role, region).sts;
    }
    /** GetCallerIdentity with the role's credentials must name the plan's account. */
    verifyAccount(role, account, planId) {
        return this.credentials.verifyAccount(role, account, planId);
    }
    /** AWS answered with an expired session for `role`: the next call of its clients assumes it again. */
    invalidateCredentials(role) {
        this.credentials.invalidate?.(role);
    }
    /** Close every client's sockets (keep-alive agents would otherwise hold the process open). */
    destroy() {
        for (const clients of this.cache.values()) {
            clients.backup.destroy();
            clients.tagging.destroy();
            clients.sts.destroy();
        }
        this.cache.clear();
        this.credentials.destroy?.();
    }
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ forEachConcurrent),
/* harmony export */   z: () => (/* binding */ chunked)
/* harmony export */ });
// Bounded parallelism for AWS reads: enough calls in flight to hide latency, few enough that a vault
// with thousands of points does not turn into a throttling storm.
/** The items cut into consecutive lists of at most `size` (an API's limit of ARNs per call). */
function chunked(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}
/**
 * Run `fn` over every item with at most `concurrency` calls in flight. Rejects with the first error
 * (the calls already running are not cancelled, and no new ones start once it has failed).
 */
async function forEachConcurrent(items, concurrency, fn) {
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (err) {
                failed = true;
                throw err;
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency), items.length));
    await Promise.all(Array.from({ length: items.length === 0 ? 0 : workers }, worker));
}


/***/ }),

/***/ 5261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ getResources),
/* harmony export */   VV: () => (/* binding */ collectPages),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   nK: () => (/* binding */ MAX_ARNS_PER_GET_RESOURCES),
/* harmony export */   sW: () => (/* binding */ listRecoveryPointsByBackupVault),
/* harmony export */   yM: () => (/* binding */ tagsByArn)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2760);
/* harmony import */ var _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5059);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1306);
// The one pagination style of the AWS layer: the SDK's own paginators (they know each operation's
// token fields), drained by `collectPages`. Also the raw listings more than one reader builds on,
// and the ARN-list lookup of the Tagging API, which takes at most 100 ARNs a call.



/** Every item of every page, in order. */
async function collectPages(pages, items, limit = Infinity) {
    const all = [];
    for await (const page of pages) {
        all.push(...(items(page) ?? []));
        if (all.length >= limit)
            break;
    }
    return all;
}
function config(client, options) {
    return { client, ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}) };
}
function listRecoveryPointsByBackupVault(client, input, options = {}) {
    const pages = (0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_0__/* .paginateListRecoveryPointsByBackupVault */ .lO_)(config(client, options), input);
    return collectPages(pages, (p) => p.RecoveryPoints, options.limit);
}
/**
 * Backup's ListTags for a vault or a recovery point of a type with full AWS Backup management.
 * (Recovery points of any type: read them through point-tags.ts, which picks ListTags or the
 * Tagging API per type and tolerates vanished points; see DESIGN "Ownership".)
 */
async function listTags(client, resourceArn) {
    const pages = await collectPages((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_0__/* .paginateListTags */ .xCK)({ client }, { ResourceArn: resourceArn }), (p) => [
        p.Tags ?? {},
    ]);
    return Object.assign({}, ...pages);
}
/** Tagging API GetResources with filters (tag values, resource types), all pages. */
function getResources(client, input, options = {}) {
    const pages = (0,_aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_1__/* .paginateGetResources */ .OE)(config(client, options), input);
    return collectPages(pages, (p) => p.ResourceTagMappingList, options.limit);
}
/** GetResources accepts at most this many ARNs in ResourceARNList. */
const MAX_ARNS_PER_GET_RESOURCES = 100;
/**
 * Tags of the given ARNs, 100 ARNs a call. ARNs the API does not return (deleted, unknown, or
 * without tags) are absent from the map: "no evidence", never "owned".
 */
async function tagsByArn(client, arns) {
    const result = new Map();
    for (const chunk of (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunked */ .z)([...new Set(arns)], MAX_ARNS_PER_GET_RESOURCES)) {
        for (const mapping of await getResources(client, { ResourceARNList: chunk })) {
            if (!mapping.ResourceARN)
                continue;
            const tags = {};
            for (const tag of mapping.Tags ?? [])
                if (tag.Key !== undefined)
                    tags[tag.Key] = tag.Value ?? '';
            result.set(mapping.ResourceARN, tags);
        }
    }
    return result;
}


/***/ }),

/***/ 1113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S0: () => (/* binding */ readPointTags)
/* harmony export */ });
/* unused harmony exports DEFAULT_POINT_TAG_CONCURRENCY, arnKey */
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1306);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5261);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);




const DEFAULT_POINT_TAG_CONCURRENCY = 8;
/**
 * Tags of recovery points, read where their type keeps them. Every requested ARN is a key of the
 * answer; its value is the tags read (`{}`: none) or `undefined` when they could not be read (see
 * the module header for why, and for what each caller makes of it). Other errors (access denied,
 * throttling past the SDK's retries) are thrown: "could not ask" is not an answer.
 */
async function readPointTags(clients, arns, options = {}) {
    const concurrency = options.concurrency ?? DEFAULT_POINT_TAG_CONCURRENCY;
    const result = new Map();
    const viaBackup = [];
    const viaTagging = [];
    for (const arn of new Set(arns)) {
        result.set(arn, undefined);
        const source = (0,_plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pointTagSource */ .G5)(arn);
        if (source === 'backup')
            viaBackup.push(arn);
        else if (source === 'tagging-api')
            viaTagging.push(arn);
    }
    await Promise.all([
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachConcurrent */ .C)((0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunked */ .z)(viaTagging, _pagination_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ARNS_PER_GET_RESOURCES */ .nK), concurrency, async (batch) => {
            const asked = askedByKey(batch);
            for (const mapping of await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_3__/* .getResources */ .QH)(clients.tagging, { ResourceARNList: batch })) {
                // Only ARNs we asked for: an answer about anything else is no evidence for our points.
                const arns = mapping.ResourceARN ? asked.get(arnKey(mapping.ResourceARN)) : undefined;
                if (!arns)
                    continue;
                const tags = {};
                for (const tag of mapping.Tags ?? [])
                    if (tag.Key !== undefined)
                        tags[tag.Key] = tag.Value ?? '';
                for (const arn of arns)
                    result.set(arn, tags);
            }
        }),
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachConcurrent */ .C)(viaBackup, concurrency, async (arn) => {
            result.set(arn, await listTagsUnlessGone(clients.backup, arn));
        }),
    ]);
    return result;
}
/**
 * An ARN without its account: partition, service, region and resource. EBS snapshot and AMI
 * recovery point ARNs carry no account (`arn:aws:ec2:REGION::snapshot/snap-…`), yet the Tagging
 * API has been seen naming them with it (EC2's own form), so its answers are matched to what was
 * asked by this key, whatever the account field says. The Tagging API only answers for the
 * caller's own account, so the account adds nothing to the match.
 */
function arnKey(arn) {
    const parts = arn.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return arn;
    return [parts[1], parts[2], parts[3], parts.slice(5).join(':')].join(':');
}
function askedByKey(arns) {
    const byKey = new Map();
    for (const arn of arns) {
        const key = arnKey(arn);
        const list = byKey.get(key);
        if (list)
            list.push(arn);
        else
            byKey.set(key, [arn]);
    }
    return byKey;
}
async function listTagsUnlessGone(backup, arn) {
    try {
        return await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_3__/* .listTags */ .cB)(backup, arn);
    }
    catch (err) {
        // The point went away between listing and reading: there is nothing to prove ownership of.
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err) === 'ResourceNotFoundException')
            return undefined;
        throw err;
    }
}


/***/ }),

/***/ 670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ RunContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(201);
/* harmony import */ var _aws_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4256);
/* harmony import */ var _plan_select_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8451);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(266);
// What every command run shares, built once per run: the plans it works on and their namespaces,
// AWS's clock, the AWS clients and credentials, the run's start and finish times, and the JSON
// report file (redacted). Backup and prune use it today; restore, list, audit, simulate and review
// build on the same pieces.







class RunContext {
    command;
    inputs;
    host;
    env;
    /** AWS's time, learned from every response of `aws`'s clients; a what-if `now` pins it (dry run). */
    clock;
    aws;
    session;
    selected;
    constructor(command, inputs, host, deps = {}) {
        this.command = command;
        this.inputs = inputs;
        this.host = host;
        this.session = deps.session ?? (0,_session_js__WEBPACK_IMPORTED_MODULE_6__/* .startRunSession */ .o)(inputs, host, deps.env ? { env: deps.env } : {});
        this.env = this.session.env;
        this.clock = this.session.clock;
        this.selected = deps.selected;
        const clock = this.clock;
        this.aws = new _aws_clients_js__WEBPACK_IMPORTED_MODULE_3__/* .AwsContext */ .Nk(this.session.credentials, { onClient: (client) => clock.attach(client) });
    }
    /** The plan files of the `plans` folder, narrowed by the `plan` input (comma-separated ids). */
    selectPlans() {
        return this.selected ? Promise.resolve(this.selected) : (0,_plan_select_js__WEBPACK_IMPORTED_MODULE_5__/* .selectPlans */ .H)(this.inputs.plans, this.inputs.plan);
    }
    /** Reports each plan file error and each requested id without a plan file to the host; true if any. */
    reportSelectionErrors(selected) {
        for (const e of selected.errors)
            this.host.error(e.message, { file: e.file, line: e.line, column: e.column });
        for (const id of selected.missing)
            this.host.error(`plan "${id}" not found in ${this.inputs.plans}`);
        return selected.errors.length > 0 || selected.missing.length > 0;
    }
    /** The owner identity of the plan's points: input, the plan's own, GITHUB_REPOSITORY, the git remote. Throws NamespaceError. */
    namespaceOf(plan) {
        return this.session.namespaceOf(plan);
    }
    /** When the run started and (now) finished, both on AWS's clock. */
    times() {
        const startedAt = this.clock.runStartedAt();
        const finishedAt = new Date(Math.max(this.clock.serverNow().getTime(), startedAt.getTime()));
        return { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString() };
    }
    /** Write the JSON report (redacted) in RUNNER_TEMP on a runner (kept for later steps), else a fresh temp folder. */
    writeReport(report) {
        const dir = this.env.RUNNER_TEMP || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'backup-plans-'));
        const stamp = report.startedAt.replace(/[:.]/g, '-');
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `backup-plans-${this.command}-${stamp}-${process.pid}.json`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, (0,_aws_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(JSON.stringify(report, null, 2)) + '\n');
        return path;
    }
    /** Close the AWS clients' sockets (keep-alive would hold the process open). */
    destroy() {
        this.aws.destroy();
    }
}


/***/ })

};
