export const id = 982;
export const ids = [982];
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
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .forEachConcurrent */ .C6)((0,_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .chunked */ .z)(viaTagging, MAX_ARNS_PER_TAG_RESOURCES), concurrency, async (batch) => {
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
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .forEachConcurrent */ .C6)(viaBackup, concurrency, async (arn) => {
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

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ NamespaceError),
/* harmony export */   ts: () => (/* binding */ repositoryFromGitOrigin),
/* harmony export */   uP: () => (/* binding */ resolveNamespace)
/* harmony export */ });
/* unused harmony export repositoryFromRemoteUrl */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Which owner identity goes on every recovery point: the `backup-plans:namespace` tag.
// Order: the `namespace` input/flag, the plan's `namespace`, GITHUB_REPOSITORY (owner/name in
// Actions), the `origin` remote of the git checkout (the CLI in a clone). No silent default: a
// wrong namespace would make a later run disown (and never prune) every point written before.

class NamespaceError extends Error {
    name = 'NamespaceError';
}
/** `owner/name` from a git remote URL (https, ssh, scp-like), or undefined when it has no such path. */
function repositoryFromRemoteUrl(url) {
    const trimmed = url.trim();
    if (trimmed === '')
        return undefined;
    let path;
    const scp = /^[^@/\s]+@[^:/\s]+:(.+)$/.exec(trimmed); // git@github.com:owner/name.git
    if (scp?.[1] && !trimmed.includes('://'))
        path = scp[1];
    else {
        try {
            path = new URL(trimmed).pathname;
        }
        catch {
            return undefined;
        }
    }
    const parts = path
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter((p) => p !== '');
    if (parts.length < 2)
        return undefined;
    return `${parts[parts.length - 2]}/${parts[parts.length - 1]}`;
}
/** The `origin` remote's owner/name, or undefined (no git, no repository, no origin). */
function repositoryFromGitOrigin(cwd = process.cwd()) {
    try {
        const url = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['config', '--get', 'remote.origin.url'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 5000,
        });
        return repositoryFromRemoteUrl(url);
    }
    catch {
        return undefined;
    }
}
function resolveNamespace(sources) {
    const input = sources.input?.trim();
    if (input)
        return { namespace: input, source: 'input' };
    const plan = sources.plan?.trim();
    if (plan)
        return { namespace: plan, source: 'plan' };
    const repo = sources.githubRepository?.trim();
    if (repo)
        return { namespace: repo, source: 'GITHUB_REPOSITORY' };
    const origin = sources.gitOrigin?.();
    if (origin)
        return { namespace: origin, source: 'git remote origin' };
    throw new NamespaceError('cannot tell which namespace owns the recovery points: set `namespace:` in the plan file, ' +
        'pass the `namespace` input (CLI: --namespace owner/name), or run inside a git clone whose ' +
        '`origin` remote points to the repository');
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
