export const id = 717;
export const ids = [717];
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
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(379);
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

/***/ 7360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ matchSelectors),
/* harmony export */   x: () => (/* binding */ findResourcesByTags)
/* harmony export */ });
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _plan_selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3189);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5261);




function tagsOf(list) {
    const tags = {};
    for (const t of list ?? [])
        if (t.Key !== undefined)
            tags[t.Key] = t.Value ?? '';
    return tags;
}
/**
 * Every resource carrying all of `tags` and of one of `types`, following pagination. Without `types`:
 * of a type backup-plans can back up (KNOWN_RESOURCE_TYPES). AWS Backup copies a resource's tags onto
 * its recovery points, so the same tag filter alone also matches every EBS/RDS snapshot and AMI the
 * resource has (100 a page): calls that grow with the points held, for ARNs selection drops anyway.
 */
async function findResourcesByTags(tagging, tags, types) {
    const found = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .getResources */ .QH)(tagging, {
        TagFilters: Object.entries(tags).map(([Key, Value]) => ({ Key, Values: [Value] })),
        // At most 100 types a request (GetResourcesInput.ResourceTypeFilters): the known ones are 13.
        ResourceTypeFilters: types && types.length > 0 ? types : [..._plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_RESOURCE_TYPES */ .re],
        ResourcesPerPage: 100,
    });
    return found.flatMap((r) => (r.ResourceARN ? [{ arn: r.ResourceARN, tags: tagsOf(r.Tags) }] : []));
}
/** Ask the Tagging API (in the plan's account and region) for every selector of the plan. */
async function matchSelectors(tagging, plan, answers) {
    const explicitArns = plan.resources.include.flatMap((s) => ('arn' in s ? [s.arn] : []));
    const known = explicitArns.length > 0 ? await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .tagsByArn */ .yM)(tagging, explicitArns) : new Map();
    const explicit = explicitArns.map((arn) => {
        const tags = known.get(arn);
        return tags ? { arn, tags } : { arn };
    });
    const tagged = [];
    for (const s of plan.resources.include) {
        if (!('tags' in s))
            continue;
        const key = JSON.stringify([
            plan.aws.role,
            plan.aws.region,
            Object.entries(s.tags).sort(),
            s.types ?? [],
        ]);
        const find = () => findResourcesByTags(tagging, s.tags, s.types);
        // A failed answer is not kept: the next plan asks again (and reports its own error).
        const found = answers ? (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .keptUnlessFailed */ .U0)(answers, key, find) : find();
        tagged.push({ via: (0,_plan_selection_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSelector */ .r5)(s.tags, s.types), resources: await found });
    }
    return { explicit, tagged };
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ selectResources),
/* harmony export */   PM: () => (/* binding */ isRecoveryPointArn),
/* harmony export */   r5: () => (/* binding */ describeSelector)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8582);
/* harmony import */ var _resource_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1619);
// Which resources a plan protects right now: explicit ARNs plus every resource matching a tag
// selector (Tagging API), minus excludes. Resources that carry the reserved `backup-plans:` tags are
// set aside: AWS Backup copies a resource's tags onto its recovery points, so such a resource could
// forge ownership of points; it is reported and not backed up until the tags are removed.
//
// Pure: what the Tagging API answered (src/aws/resources.ts, `matchSelectors`) in, the selection out.
// Backup selects what to back up with it; prune tells orphans from selected resources with it.


/**
 * Recovery points that the Tagging API lists among the resources: EBS snapshots, AMIs, RDS
 * snapshots, Backup recovery points. They carry the tags of the resource they were made from (AWS
 * Backup copies them), so a tag selector without `types` matches them too; they are never backed up.
 */
function isRecoveryPointArn(arn) {
    return /^arn:[^:]+:(ec2:[^:]*::(snapshot|image)\/|rds:.*:(cluster-)?snapshot:|backup:.*:recovery-point:|dynamodb:.*\/backup\/|fsx:.*:backup\/|redshift:.*:snapshot:)/.test(arn);
}
function describeSelector(tags, types) {
    const t = Object.entries(tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    return types && types.length > 0 ? `tags ${t} (${types.join(', ')})` : `tags ${t}`;
}
/** Pure: the selection from what the Tagging API answered. Order: plan order, first match wins. */
function selectResources(plan, matches) {
    const exclude = new Set(plan.resources.exclude);
    const seen = new Set();
    const selection = { resources: [], reserved: [], excluded: [], unsupported: [] };
    const consider = (arn, tags, via) => {
        if (seen.has(arn))
            return;
        seen.add(arn);
        if (via !== 'arn' && isRecoveryPointArn(arn))
            return;
        const type = (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceTypeOfArn */ .$i)(arn);
        if (via !== 'arn' && !(type && (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceTypeInfo */ .hG)(type))) {
            selection.unsupported.push(arn);
            return;
        }
        if (exclude.has(arn)) {
            selection.excluded.push(arn);
            return;
        }
        const reservedKeys = Object.keys(tags ?? {}).filter((k) => k.startsWith(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .RESERVED_TAG_PREFIX */ .zM));
        if (reservedKeys.length > 0) {
            selection.reserved.push({ arn, keys: reservedKeys.sort() });
            return;
        }
        selection.resources.push({ arn, ...(type ? { type } : {}), via });
    };
    for (const e of matches.explicit)
        consider(e.arn, e.tags, 'arn');
    for (const group of matches.tagged)
        for (const r of group.resources)
            consider(r.arn, r.tags, group.via);
    return selection;
}


/***/ }),

/***/ 7492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ RunTagMemo),
/* harmony export */   _: () => (/* binding */ vaultKey)
/* harmony export */ });
/* harmony import */ var _schedule_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7092);

/**
 * "account/region/vault": a vault's key in prune's catalog and in this memo. One definition, because
 * `simulate` hands the catalog to backup as its memo: a key spelled differently would miss every entry.
 */
function vaultKey(v) {
    return `${v.account}/${v.region}/${v.vault}`;
}
/** The memo of one run (no catalog at hand): what this run read, for its later observations. */
class RunTagMemo {
    tags = new Map();
    known(vault, arn) {
        return this.tags.get(`${vault}\n${arn}`);
    }
    learn(vault, arn, tags) {
        // Only tags that prove an owner: a point without them is read again every time, since a copy
        // gets its tags only after it completes.
        if (tags && (0,_schedule_token_js__WEBPACK_IMPORTED_MODULE_0__/* .readProvenOwnership */ .CZ)(tags))
            this.tags.set(`${vault}\n${arn}`, tags);
    }
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ readProvenOwnership),
/* harmony export */   LW: () => (/* binding */ ownedBy),
/* harmony export */   Vu: () => (/* binding */ COPY_JOB_TAG_VALUE),
/* harmony export */   aX: () => (/* binding */ copyIdempotencyToken),
/* harmony export */   dt: () => (/* binding */ ownershipTags),
/* harmony export */   jw: () => (/* binding */ idempotencyToken),
/* harmony export */   m9: () => (/* binding */ readOwnership),
/* harmony export */   mP: () => (/* binding */ OWNERSHIP_TAG_KEYS),
/* harmony export */   xB: () => (/* binding */ COPY_JOB_TAG)
/* harmony export */ });
/* unused harmony exports MAX_TAG_VALUE_LENGTH, formatSlot, OwnershipTagError, isOwnedBy */
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
/** Does what readOwnership read say the point belongs to `owner` (for callers that read the tags once)? */
function ownedBy(read, owner) {
    if (!read || read.namespace !== owner.namespace || read.plan !== owner.plan)
        return false;
    return owner.rule === undefined || read.rules.includes(owner.rule);
}
/** Do readable tags say the point belongs to this namespace and plan (and, when given, serves `rule`)? */
function isOwnedBy(tags, owner) {
    return ownedBy(readOwnership(tags), owner);
}


/***/ })

};
