export const id = 571;
export const ids = [571];
export const modules = {

/***/ 3979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ startCopyJob),
/* harmony export */   LI: () => (/* binding */ listBackupJobs),
/* harmony export */   QD: () => (/* binding */ listCopyJobs),
/* harmony export */   Rv: () => (/* binding */ isPointCold),
/* harmony export */   Sm: () => (/* binding */ describeVault),
/* harmony export */   Y7: () => (/* binding */ startBackupJob),
/* harmony export */   Yk: () => (/* binding */ readTagsOfPoints),
/* harmony export */   _x: () => (/* binding */ listResourcePoints),
/* harmony export */   bB: () => (/* binding */ deleteRecoveryPoint),
/* harmony export */   fE: () => (/* binding */ pointStatus),
/* harmony export */   fc: () => (/* binding */ tagPoint),
/* harmony export */   kq: () => (/* binding */ updatePointLifecycle),
/* harmony export */   uo: () => (/* binding */ listVaultPoints)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2760);
/* harmony import */ var _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5059);
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
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
/** Backup jobs of one resource into one vault (AWS keeps about 30 days of them). */
async function listBackupJobs(backup, resourceArn, vault, since) {
    const pages = (0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .paginateListBackupJobs */ .oSg)({ client: backup }, { ByResourceArn: resourceArn, ByBackupVaultName: vault, ByCreatedAfter: since });
    const jobs = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.BackupJobs);
    return jobs.flatMap((j) => j.BackupJobId && j.CreationDate
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
        : []);
}
/** Copy jobs of one resource started in this account and region (about 30 days of them). */
async function listCopyJobs(backup, resourceArn, since) {
    const pages = (0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .paginateListCopyJobs */ .vTZ)({ client: backup }, { ByResourceArn: resourceArn, ByCreatedAfter: since });
    const jobs = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.CopyJobs);
    return jobs.flatMap((j) => j.CopyJobId && j.SourceRecoveryPointArn && j.DestinationBackupVaultArn && j.CreationDate
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
                resourceArn: j.ResourceArn ?? resourceArn,
            },
        ]
        : []);
}
/** The resource's recovery points in one vault (ListRecoveryPointsByResource lists all vaults). */
async function listResourcePoints(backup, resourceArn, vault) {
    const pages = (0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .paginateListRecoveryPointsByResource */ .PbQ)({ client: backup }, { ResourceArn: resourceArn });
    const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(pages, (p) => p.RecoveryPoints);
    return points.flatMap((p) => p.RecoveryPointArn && p.CreationDate && p.BackupVaultName === vault
        ? [
            {
                arn: p.RecoveryPointArn,
                resourceArn,
                vault,
                created: p.CreationDate,
                status: p.Status ?? 'UNKNOWN',
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
    const read = await (0,_point_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .readPointTags */ .S)({ backup, tagging }, points.map((p) => p.arn));
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
    const source = (0,_plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .pointTagSource */ .G5)(pointArn);
    if (source === 'none')
        return false;
    if (source === 'backup') {
        await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_3__/* .TagResourceCommand */ .eqU({ ResourceArn: pointArn, Tags: tags }));
        return true;
    }
    const out = await tagging.send(new _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_5__/* .TagResourcesCommand */ .zf({ ResourceARNList: [pointArn], Tags: tags }));
    const failed = out.FailedResourcesMap?.[pointArn];
    if (failed) {
        const error = new Error(failed.ErrorMessage ?? 'TagResources failed');
        error.name = failed.ErrorCode ?? 'TagResourcesFailed';
        throw error;
    }
    return true;
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ forEachConcurrent)
/* harmony export */ });
// Bounded parallelism for AWS reads: enough calls in flight to hide latency, few enough that a vault
// with thousands of points does not turn into a throttling storm.
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
    const unique = [...new Set(arns)];
    for (let i = 0; i < unique.length; i += MAX_ARNS_PER_GET_RESOURCES) {
        const chunk = unique.slice(i, i + MAX_ARNS_PER_GET_RESOURCES);
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
/* harmony export */   S: () => (/* binding */ readPointTags)
/* harmony export */ });
/* unused harmony export DEFAULT_POINT_TAG_CONCURRENCY */
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5261);
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
    const batches = [];
    for (let i = 0; i < viaTagging.length; i += _pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ARNS_PER_GET_RESOURCES */ .nK)
        batches.push(viaTagging.slice(i, i + _pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ARNS_PER_GET_RESOURCES */ .nK));
    await Promise.all([
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachConcurrent */ .C)(batches, concurrency, async (batch) => {
            const asked = new Set(batch);
            for (const mapping of await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .getResources */ .QH)(clients.tagging, { ResourceARNList: batch })) {
                // Only ARNs we asked for: an answer about anything else is no evidence for our points.
                if (!mapping.ResourceARN || !asked.has(mapping.ResourceARN))
                    continue;
                const tags = {};
                for (const tag of mapping.Tags ?? [])
                    if (tag.Key !== undefined)
                        tags[tag.Key] = tag.Value ?? '';
                result.set(mapping.ResourceARN, tags);
            }
        }),
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .forEachConcurrent */ .C)(viaBackup, concurrency, async (arn) => {
            result.set(arn, await listTagsUnlessGone(clients.backup, arn));
        }),
    ]);
    return result;
}
async function listTagsUnlessGone(backup, arn) {
    try {
        return await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .listTags */ .cB)(backup, arn);
    }
    catch (err) {
        // The point went away between listing and reading: there is nothing to prove ownership of.
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err) === 'ResourceNotFoundException')
            return undefined;
        throw err;
    }
}


/***/ }),

/***/ 7360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ matchSelectors)
/* harmony export */ });
/* unused harmony export findResourcesByTags */
/* harmony import */ var _plan_selection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3189);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5261);


function tagsOf(list) {
    const tags = {};
    for (const t of list ?? [])
        if (t.Key !== undefined)
            tags[t.Key] = t.Value ?? '';
    return tags;
}
/** Every resource carrying all of `tags` (and of one of `types`, when given), following pagination. */
async function findResourcesByTags(tagging, tags, types) {
    const found = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .getResources */ .QH)(tagging, {
        TagFilters: Object.entries(tags).map(([Key, Value]) => ({ Key, Values: [Value] })),
        ...(types && types.length > 0 ? { ResourceTypeFilters: types } : {}),
        ResourcesPerPage: 100,
    });
    return found.flatMap((r) => (r.ResourceARN ? [{ arn: r.ResourceARN, tags: tagsOf(r.Tags) }] : []));
}
/** Ask the Tagging API (in the plan's account and region) for every selector of the plan. */
async function matchSelectors(tagging, plan) {
    const explicitArns = plan.resources.include.flatMap((s) => ('arn' in s ? [s.arn] : []));
    const known = explicitArns.length > 0 ? await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .tagsByArn */ .yM)(tagging, explicitArns) : new Map();
    const explicit = explicitArns.map((arn) => {
        const tags = known.get(arn);
        return tags ? { arn, tags } : { arn };
    });
    const tagged = [];
    for (const s of plan.resources.include) {
        if (!('tags' in s))
            continue;
        tagged.push({
            via: (0,_plan_selection_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSelector */ .r5)(s.tags, s.types),
            resources: await findResourcesByTags(tagging, s.tags, s.types),
        });
    }
    return { explicit, tagged };
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

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ selectPlans),
/* harmony export */   V: () => (/* binding */ parsePlanFilter)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3986);
// Which plans a run (backup, prune, …) works on: the folder, optionally narrowed by the `plan` input, which may
// name several ids separated by commas (the reusable workflow groups plans that way when there are
// more than 256, GitHub's matrix limit).

function parsePlanFilter(value) {
    if (value === undefined)
        return undefined;
    const ids = [
        ...new Set(value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')),
    ];
    return ids.length > 0 ? ids : undefined;
}
async function selectPlans(dir, filter) {
    const ids = parsePlanFilter(filter);
    // One id: the loader itself reports an unknown id (naming the plans that exist). Several: unknown
    // ids come back in `missing`. Either way only the selected plans are loaded in full.
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPlans */ .hr)(dir, ids ? { only: ids.length === 1 ? ids[0] : ids } : {});
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ selectResources),
/* harmony export */   r5: () => (/* binding */ describeSelector)
/* harmony export */ });
/* unused harmony export isRecoveryPointArn */
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

/***/ 4876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ REPORT_VERSION)
/* harmony export */ });
// The envelope every command's JSON report shares: which command, which report format, when the
// run started and finished (both on AWS's clock, src/aws/clock.ts), and one entry per plan. Each
// command adds its own body beside `plans` (backup: resources and copies per plan; prune: vaults).
/** The JSON report format; raise it when a field changes meaning or goes away. */
const REPORT_VERSION = 1;


/***/ }),

/***/ 8102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ RunContext)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/clock.ts
// The time the backup decision runs at.
//
// Decisions ("which cron slot is the latest one", "is this point younger than copyWithin") must use
// the same clock as the recovery points and jobs they compare against: AWS's. So the run keeps an
// offset learned from the HTTP `Date` header of every AWS response (what robust clients do against
// clock skew; the SDK itself only does it after a skew error). On a GitHub runner the offset is ~0.
// Against the built-in simulator, whose clock is simulated, it is whatever the simulator says — which
// is what makes "advance the simulated clock, run again" work without a test-only time switch.
// A `now` input (dry-run only) pins the time instead.
class ServerClock {
    pinned;
    localNow;
    offsetMs = 0;
    observed = false;
    createdAtLocalMs;
    /** The offset the first response taught: it dates the start of the run on AWS's clock. */
    firstOffsetMs;
    constructor(pinned, localNow = Date.now) {
        this.pinned = pinned;
        this.localNow = localNow;
        this.createdAtLocalMs = localNow();
    }
    /**
     * When this clock was made (the run's start), on AWS's clock: the local start corrected by the
     * first server time seen, so it compares with `serverNow()` at the end of the run.
     */
    runStartedAt() {
        return new Date(this.createdAtLocalMs + (this.firstOffsetMs ?? this.offsetMs));
    }
    /** Current time: the pinned what-if time, else local time corrected by the last server Date seen. */
    now() {
        if (this.pinned)
            return new Date(this.pinned.getTime());
        return new Date(this.localNow() + this.offsetMs);
    }
    /** AWS's current time as far as we know, ignoring a pinned what-if time (for credential expiry). */
    serverNow() {
        return new Date(this.localNow() + this.offsetMs);
    }
    /**
     * AWS's current time once a response has told us (judging credential expiry), else undefined:
     * before that, "server time" would only be the local clock in disguise.
     */
    observedServerNow() {
        return this.observed ? this.serverNow() : undefined;
    }
    /** Whether any server time has been seen (false: `now()` is the local clock). */
    get synced() {
        return this.observed || this.pinned !== undefined;
    }
    /** Record a response's Date header (RFC 7231, second resolution). Unparseable values are ignored. */
    observe(dateHeader, receivedAtLocalMs = this.localNow()) {
        if (!dateHeader)
            return;
        const server = Date.parse(dateHeader);
        if (Number.isNaN(server))
            return;
        // The header is truncated to the second: place the server instant mid-second.
        const offset = server + 500 - receivedAtLocalMs;
        // Within a second of the local clock means "no skew"; keep exact local time then.
        this.offsetMs = Math.abs(offset) < 1000 ? 0 : offset;
        this.firstOffsetMs ??= this.offsetMs;
        this.observed = true;
    }
    /** Attach to an AWS SDK v3 client: every raw HTTP response (errors too) updates the offset. */
    attach(client) {
        const stack = client.middlewareStack;
        stack.add((next) => async (args) => {
            const result = await next(args);
            const headers = result.response
                ?.headers;
            this.observe(headers?.date ?? headers?.Date);
            return result;
        }, 
        // 'low' priority in the deserialize step sits innermost, right on the raw HTTP response,
        // before the deserializer turns error statuses into exceptions.
        { step: 'deserialize', priority: 'low', name: 'backupPlansServerClock', override: true });
    }
}

// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/redact.ts
var redact = __webpack_require__(4256);
// EXTERNAL MODULE: ./src/plan/namespace.ts
var namespace = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/plan/select.ts
var plan_select = __webpack_require__(8451);
;// CONCATENATED MODULE: ./src/run/context.ts
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
    constructor(command, inputs, host, deps = {}) {
        this.command = command;
        this.inputs = inputs;
        this.host = host;
        this.env = deps.env ?? process.env;
        this.clock = new ServerClock(inputs.dryRun ? inputs.now : undefined);
        const clock = this.clock;
        // OIDC when the entry's host gives ID tokens (the action), else the default chain (the CLI).
        this.aws = new clients/* AwsContext */.Nk((0,credentials/* createCredentialSource */.nZ)({
            setSecret: (value) => host.setSecret(value),
            ...(host.idTokens ? { idTokens: host.idTokens } : {}),
            // Session lifetimes count down on the local clock from what STS said; once AWS responses
            // have told us AWS's time, STS's Expiration is checked against that as well.
            serverNow: () => clock.observedServerNow(),
        }), { onClient: (client) => clock.attach(client) });
    }
    /** The plan files of the `plans` folder, narrowed by the `plan` input (comma-separated ids). */
    selectPlans() {
        return (0,plan_select/* selectPlans */.H)(this.inputs.plans, this.inputs.plan);
    }
    /** The owner identity of the plan's points: input, the plan's own, GITHUB_REPOSITORY, the git remote. Throws NamespaceError. */
    namespaceOf(plan) {
        return (0,namespace/* resolveNamespace */.uP)({
            input: this.inputs.namespace,
            plan: plan.namespace,
            githubRepository: this.env.GITHUB_REPOSITORY,
            gitOrigin: () => (0,namespace/* repositoryFromGitOrigin */.ts)(),
        }).namespace;
    }
    /** When the run started and (now) finished, both on AWS's clock. */
    times() {
        const startedAt = this.clock.runStartedAt();
        const finishedAt = new Date(Math.max(this.clock.serverNow().getTime(), startedAt.getTime()));
        return { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString() };
    }
    /** Write the JSON report (redacted) in RUNNER_TEMP on a runner (kept for later steps), else a fresh temp folder. */
    writeReport(report) {
        const dir = this.env.RUNNER_TEMP || (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'backup-plans-'));
        const stamp = report.startedAt.replace(/[:.]/g, '-');
        const path = (0,external_node_path_.join)(dir, `backup-plans-${this.command}-${stamp}-${process.pid}.json`);
        (0,external_node_fs_.writeFileSync)(path, (0,redact/* redact */.E)(JSON.stringify(report, null, 2)) + '\n');
        return path;
    }
    /** Close the AWS clients' sockets (keep-alive would hold the process open). */
    destroy() {
        this.aws.destroy();
    }
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ isOwnedBy),
/* harmony export */   aX: () => (/* binding */ copyIdempotencyToken),
/* harmony export */   dt: () => (/* binding */ ownershipTags),
/* harmony export */   jw: () => (/* binding */ idempotencyToken),
/* harmony export */   m9: () => (/* binding */ readOwnership)
/* harmony export */ });
/* unused harmony exports OWNERSHIP_TAG_KEYS, MAX_TAG_VALUE_LENGTH, formatSlot, OwnershipTagError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Idempotency tokens and the ownership tags: the two things that make `backup` safe to run as
// often as the schedule fires, and that let prune prove what it owns.

/** The tag keys written on every recovery point (DESIGN "Ownership"). A public contract: users query by them. */
const OWNERSHIP_TAG_KEYS = {
    namespace: 'backup-plans:namespace',
    plan: 'backup-plans:plan',
    rules: 'backup-plans:rules',
    slot: 'backup-plans:slot',
};
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
        [OWNERSHIP_TAG_KEYS.rules]: rules.join(','),
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
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r.length > 0);
    const slotText = tags[OWNERSHIP_TAG_KEYS.slot];
    const slotMs = slotText && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(slotText)
        ? Date.parse(slotText)
        : NaN;
    return { namespace, plan, rules, slot: Number.isNaN(slotMs) ? undefined : new Date(slotMs) };
}
/** Do readable tags say the point belongs to this namespace and plan (and, when given, serves `rule`)? */
function isOwnedBy(tags, owner) {
    const read = readOwnership(tags);
    if (!read || read.namespace !== owner.namespace || read.plan !== owner.plan)
        return false;
    return owner.rule === undefined || read.rules.includes(owner.rule);
}


/***/ })

};
