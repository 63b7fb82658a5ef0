export const id = 188;
export const ids = [188];
export const modules = {

/***/ 3902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ DeniedOperations),
/* harmony export */   mu: () => (/* binding */ iamAction),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
// Operations AWS refused a role for good in this run. IAM does not change its mind between two
// calls of one run: after the first AccessDenied for (role, operation), further calls only add
// noise (issue 11: 235 refused deletes, 235 annotations). Callers check here before calling and
// report the rest as "not attempted" under the one error that names the missing permission.

const DENIED_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedException',
]);
/** AWS refused the caller the operation (IAM or a resource policy), not a transient refusal. */
function isAccessDenied(err) {
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
    if (code !== undefined && DENIED_CODES.has(code))
        return true;
    return code === undefined && (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err) === 403;
}
/** The IAM action an operation needs, e.g. `backup:DeleteRecoveryPoint`. */
function iamAction(operation, service = 'backup') {
    return `${service}:${operation}`;
}
class DeniedOperations {
    denied = new Map();
    static key(role, operation) {
        return `${role}\n${operation}`;
    }
    /** The first refusal's message when `role` may not do `operation` (this run), else undefined. */
    check(role, operation) {
        return this.denied.get(DeniedOperations.key(role, operation));
    }
    /** Remember a refusal; true the first time for (role, operation). */
    record(role, operation, message) {
        const key = DeniedOperations.key(role, operation);
        if (this.denied.has(key))
            return false;
        this.denied.set(key, message);
        return true;
    }
}


/***/ }),

/***/ 3947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ HOLDS_UNREADABLE),
/* harmony export */   q: () => (/* binding */ readLegalHolds)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(379);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5261);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
// Which recovery points legal holds protect, read precisely from AWS: ListLegalHolds, then
// ListRecoveryPointsByLegalHold for every hold that still holds (ACTIVE, CREATING, CANCELING).
// A hold still CREATING may not have collected all its points yet, so its GetLegalHold selection
// (vaults, resources, date range) counts as well: over-holding one run is harmless, deleting a held
// point is not.
//
// When the holds cannot be read at all, because the role may not read them (AccessDenied) or the
// endpoint does not know the operation, every point of that account and region is treated as held
// and the report says so. Any other error is not guessed around: it fails the vault's scan, and
// nothing in that vault is pruned.



/** How the note about unreadable holds begins (the command turns it into a warning annotation). */
const HOLDS_UNREADABLE = 'legal holds could not be read';
/** Statuses in which a hold no longer protects anything. */
const RELEASED = new Set(['CANCELED']);
async function readLegalHolds(backup, where) {
    const stage = { operation: 'ListLegalHolds' };
    try {
        return await readPrecisely(backup, stage);
    }
    catch (err) {
        if (!cannotRead(err))
            throw err;
        const permission = `backup:${stage.operation}`;
        const reason = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err, {
            operation: stage.operation,
            role: where.role,
            region: where.region,
        });
        const message = `${HOLDS_UNREADABLE} (the role needs ${permission}): ${reason}; ` +
            `no point in ${where.account}/${where.region} was deleted`;
        return { notes: [message], heldBecause: () => message, unreadable: { permission, message } };
    }
}
async function readPrecisely(backup, stage) {
    const listed = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .paginateListLegalHolds */ .Jyz)({ client: backup, pageSize: 1000 }, {}), (p) => p.LegalHolds);
    const holds = listed.flatMap((h) => h.LegalHoldId && !RELEASED.has(h.Status ?? '')
        ? [{ id: h.LegalHoldId, title: h.Title ?? h.LegalHoldId, status: h.Status ?? 'UNKNOWN' }]
        : []);
    const heldBy = new Map(); // point ARN → title of a hold on it
    const pending = [];
    for (const hold of holds) {
        stage.operation = 'ListRecoveryPointsByLegalHold';
        const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .paginateListRecoveryPointsByLegalHold */ .Jrx)({ client: backup, pageSize: 1000 }, { LegalHoldId: hold.id }), (p) => p.RecoveryPoints);
        for (const rp of points)
            if (rp.RecoveryPointArn && !heldBy.has(rp.RecoveryPointArn))
                heldBy.set(rp.RecoveryPointArn, hold.title);
        if (hold.status === 'CREATING') {
            stage.operation = 'GetLegalHold';
            const sel = (await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .GetLegalHoldCommand */ .q7M({ LegalHoldId: hold.id })))
                .RecoveryPointSelection;
            pending.push({
                title: hold.title,
                vaults: sel?.VaultNames,
                resources: sel?.ResourceIdentifiers,
                from: sel?.DateRange?.FromDate,
                to: sel?.DateRange?.ToDate,
            });
        }
    }
    return {
        notes: [],
        heldBecause(point, vault) {
            const title = heldBy.get(point.arn);
            if (title !== undefined)
                return `under legal hold "${title}"`;
            const creating = pending.find((s) => (!s.vaults?.length || s.vaults.includes(vault)) &&
                (!s.resources?.length || s.resources.includes(point.resourceArn)) &&
                (!s.from || point.created >= s.from) &&
                (!s.to || point.created <= s.to));
            return creating ? `matches legal hold "${creating.title}", which is still being created` : undefined;
        },
    };
}
/** Errors that mean "the holds are not readable here", not "something went wrong this time". */
function cannotRead(err) {
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
    return (code === 'AccessDeniedException' ||
        code === 'AccessDenied' ||
        code === 'UnknownOperationException' ||
        code === 'UnsupportedOperation' ||
        code === 'UnsupportedOperationException' ||
        code === 'NotImplemented' ||
        (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err) === 501);
}


/***/ }),

/***/ 8215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ actionsCatalogStore),
/* harmony export */   O2: () => (/* binding */ DEFAULT_CATALOG_PATH),
/* harmony export */   VL: () => (/* binding */ fileCatalogStore),
/* harmony export */   WC: () => (/* binding */ Catalog)
/* harmony export */ });
/* unused harmony export catalogCacheKeyPrefix */
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4305);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8582);
/* harmony import */ var _schedule_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7092);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(986);
// The catalog: recovery point ARN → ownership tags, remembered between runs so a large vault does not
// cost thousands of tag reads every run. It is a speed-up, NEVER evidence: prune re-reads ownership
// live before every delete and before trusting the points that decide which others are removed.
//
// Only proven ownership by one of our namespaces is remembered. A point without tags, or owned by
// someone else, is read again every run, because a copy gets its tags only after it completes and a
// stale "not ours" would hide a point from retention.
//
// In GitHub Actions the file travels through @actions/cache. Cache entries are immutable, so every run
// saves a new key (…-<run id>-<attempt>) and restores the newest by prefix. Outside Actions (or when
// the cache service is unavailable) it is a local file. Failures are warnings: the run then reads tags.






const DEFAULT_CATALOG_PATH = '.backup-plans-cache/catalog.json';
class Catalog {
    vaults = new Map();
    seen = new Map();
    /**
     * Proven by `backup`'s reads in this process (PointTagMemo): only final tags (a backup's point, a
     * copy carrying the copy-job marker), which no later run of ours changes. Kept in memory only.
     */
    learned = new Map();
    hits = 0;
    misses = 0;
    static parse(text) {
        const catalog = new Catalog();
        const data = JSON.parse(text);
        if (data.version !== 1 || typeof data.vaults !== 'object' || data.vaults === null)
            throw new Error('not a backup-plans catalog (version 1)');
        for (const [vault, points] of Object.entries(data.vaults)) {
            const map = new Map();
            for (const [arn, o] of Object.entries(points ?? {})) {
                if (typeof o?.namespace === 'string' && typeof o.plan === 'string' && Array.isArray(o.rules))
                    map.set(arn, {
                        namespace: o.namespace,
                        plan: o.plan,
                        rules: o.rules.map(String),
                        ...(o.slot ? { slot: o.slot } : {}),
                        ...(typeof o.copyJob === 'string' ? { copyJob: o.copyJob } : {}),
                    });
            }
            catalog.vaults.set(vault, map);
        }
        return catalog;
    }
    get size() {
        let n = 0;
        for (const m of this.vaults.values())
            n += m.size;
        return n;
    }
    /**
     * The remembered ownership of a point: loaded, or proven by an earlier run of this process (a
     * catalog kept in memory across runs, as `simulate` keeps it, serves what saving and loading it
     * would). Only ever looked up before this run reads the point, so never this run's own proof.
     */
    lookup(vault, arn) {
        const found = this.vaults.get(vault)?.get(arn) ?? this.seen.get(vault)?.get(arn) ?? this.learned.get(vault)?.get(arn);
        if (found)
            this.hits++;
        else
            this.misses++;
        return found;
    }
    /** Record what this run proved about a point in a vault it listed. */
    remember(vault, arn, ownership) {
        let map = this.seen.get(vault);
        if (!map)
            this.seen.set(vault, (map = new Map()));
        map.set(arn, ownership);
    }
    /** Forget one point (its live tags no longer match). */
    forget(vault, arn) {
        this.vaults.get(vault)?.delete(arn);
        this.seen.get(vault)?.delete(arn);
        this.learned.get(vault)?.delete(arn);
    }
    /**
     * PointTagMemo for `backup`: the ownership tags an entry stands for (the newest proof first). Not
     * counted as a hit: hits and misses are prune's.
     */
    known(vault, arn) {
        const o = this.seen.get(vault)?.get(arn) ?? this.learned.get(vault)?.get(arn) ?? this.vaults.get(vault)?.get(arn);
        if (!o)
            return undefined;
        return {
            [_schedule_token_js__WEBPACK_IMPORTED_MODULE_4__/* .OWNERSHIP_TAG_KEYS */ .mP.namespace]: o.namespace,
            [_schedule_token_js__WEBPACK_IMPORTED_MODULE_4__/* .OWNERSHIP_TAG_KEYS */ .mP.plan]: o.plan,
            [_schedule_token_js__WEBPACK_IMPORTED_MODULE_4__/* .OWNERSHIP_TAG_KEYS */ .mP.rules]: o.rules.join(_plan_model_js__WEBPACK_IMPORTED_MODULE_3__/* .RULE_NAME_SEPARATOR */ .HU),
            ...(o.slot ? { [_schedule_token_js__WEBPACK_IMPORTED_MODULE_4__/* .OWNERSHIP_TAG_KEYS */ .mP.slot]: o.slot } : {}),
            ...(o.copyJob ? { [_schedule_token_js__WEBPACK_IMPORTED_MODULE_4__/* .COPY_JOB_TAG */ .xB]: o.copyJob } : {}),
        };
    }
    /** PointTagMemo for `backup`: tags it read live, remembered when they prove an owner. */
    learn(vault, arn, tags) {
        const ownership = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOwnership */ .vD)(tags);
        if (!ownership)
            return;
        let map = this.learned.get(vault);
        if (!map)
            this.learned.set(vault, (map = new Map()));
        map.set(arn, ownership);
    }
    /**
     * Mark a vault as fully listed this run: on save, its entries become exactly what was remembered.
     * Kept in memory across runs (simulate), the catalog then does what saving and loading it would:
     * the previous run's entries for the vault (plus what `backup` proved since, the newer proof) become
     * the loaded ones, and this run starts remembering afresh. So points that left the vault drop out
     * instead of piling up over a long simulation.
     */
    listed(vault) {
        const previous = this.seen.get(vault);
        const learned = this.learned.get(vault);
        if (previous || learned) {
            const loaded = previous ?? this.vaults.get(vault) ?? new Map();
            if (learned)
                for (const [arn, o] of learned)
                    loaded.set(arn, o);
            this.vaults.set(vault, loaded);
            this.learned.delete(vault);
        }
        this.seen.set(vault, new Map());
    }
    serialize() {
        const vaults = {};
        for (const [vault, map] of this.vaults)
            vaults[vault] = Object.fromEntries(map);
        // Vaults listed this run replace what was there (points deleted since drop out).
        for (const [vault, map] of this.seen)
            vaults[vault] = Object.fromEntries(map);
        const file = { version: 1, vaults };
        return JSON.stringify(file);
    }
}
function readLocal(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return Catalog.parse(text);
}
function writeLocal(path, catalog) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    // Write then rename: a run killed mid-write leaves the previous catalog, never half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, catalog.serialize());
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
}
/** A local file (the CLI, and Actions runs without a cache service). */
function fileCatalogStore(path, host) {
    const notes = [];
    return {
        notes,
        async load() {
            try {
                const c = readLocal(path);
                if (c)
                    notes.push(`catalog: ${c.size} entries from ${path}`);
                return c ?? new Catalog();
            }
            catch (err) {
                host.warning(`catalog ${path} is unreadable (${err.message}); reading every tag`);
                return new Catalog();
            }
        },
        async save(catalog) {
            try {
                writeLocal(path, catalog);
            }
            catch (err) {
                host.warning(`could not write the catalog ${path}: ${err.message}`);
            }
        },
    };
}
/**
 * `backup-plans-catalog-<namespace>-` (plus `<plan filter>-` when the run is narrowed to some plans:
 * the reusable workflow runs one job per plan, and each should find its own vaults' catalog).
 */
function catalogCacheKeyPrefix(namespaces, planFilter) {
    const safe = (s) => s.replace(/[^A-Za-z0-9._+-]/g, '-');
    const ns = safe([...new Set(namespaces)].sort().join('+'));
    return `backup-plans-catalog-${ns}-${planFilter ? `${safe(planFilter)}-` : ''}`;
}
/**
 * GitHub Actions: restore the newest entry by prefix into `path`, save a new immutable entry at the
 * end. A missing cache service or any cache error is a warning, never a failure.
 */
function actionsCatalogStore(path, namespaces, host, planFilter, env = process.env) {
    const local = fileCatalogStore(path, host);
    const prefix = catalogCacheKeyPrefix(namespaces, planFilter);
    const key = `${prefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const notes = local.notes;
    let available = false;
    try {
        available = _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3();
    }
    catch {
        available = false;
    }
    return {
        notes,
        async load() {
            if (!available) {
                host.warning('catalog cache: the Actions cache service is not available; reading tags from AWS');
                return local.load();
            }
            try {
                const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([path], key, [prefix]);
                notes.push(hit ? `catalog restored from cache key ${hit}` : 'catalog: no cache entry yet');
            }
            catch (err) {
                host.warning(`catalog cache restore failed (${err.message}); reading tags from AWS`);
            }
            return local.load();
        },
        async save(catalog) {
            await local.save(catalog);
            if (!available)
                return;
            try {
                await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([path], key);
                notes.push(`catalog saved to cache key ${key}`);
            }
            catch (err) {
                host.warning(`catalog cache save failed: ${err.message}`);
            }
        },
    };
}


/***/ }),

/***/ 9121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* reexport safe */ _run_tag_memo_js__WEBPACK_IMPORTED_MODULE_0__._),
/* harmony export */   z: () => (/* binding */ RESERVED_TAG_PREFIX)
/* harmony export */ });
/* harmony import */ var _run_tag_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7492);

const RESERVED_TAG_PREFIX = 'backup-plans:';


/***/ }),

/***/ 986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ sameOwnership),
/* harmony export */   Ze: () => (/* binding */ vaultLockOf),
/* harmony export */   mz: () => (/* binding */ hasReservedTags),
/* harmony export */   vD: () => (/* binding */ parseOwnership)
/* harmony export */ });
/* harmony import */ var _schedule_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7092);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9121);


/** The ownership tags (the schedule module's one parser), or undefined unless namespace, plan and rules are there. */
function parseOwnership(tags) {
    const read = (0,_schedule_token_js__WEBPACK_IMPORTED_MODULE_0__/* .readProvenOwnership */ .CZ)(tags);
    if (!read)
        return undefined;
    return {
        namespace: read.namespace,
        plan: read.plan,
        rules: read.rules,
        ...(read.slot ? { slot: read.slot.toISOString().replace('.000Z', 'Z') } : {}),
        ...(tags?.[_schedule_token_js__WEBPACK_IMPORTED_MODULE_0__/* .COPY_JOB_TAG */ .xB] ? { copyJob: tags[_schedule_token_js__WEBPACK_IMPORTED_MODULE_0__/* .COPY_JOB_TAG */ .xB] } : {}),
    };
}
function sameOwnership(a, b) {
    if (!a || !b)
        return a === b;
    return (a.namespace === b.namespace &&
        a.plan === b.plan &&
        [...a.rules].sort().join(',') === [...b.rules].sort().join(',') &&
        (a.copyJob ?? '') === (b.copyJob ?? ''));
}
function hasReservedTags(tags) {
    return Object.keys(tags ?? {}).some((k) => k.startsWith(_model_js__WEBPACK_IMPORTED_MODULE_1__/* .RESERVED_TAG_PREFIX */ .z));
}
/**
 * The vault's lock (DescribeBackupVault); undefined when it has none. AWS refuses every deletion and
 * every lifecycle change in a locked vault, by anyone, whatever the point's age
 * (PutBackupVaultLockConfiguration): `Locked`, or lock limits, mean prune plans nothing there.
 * Governance-mode locks (not yet immutable) refuse them too.
 */
function vaultLockOf(info) {
    const { minRetentionDays, maxRetentionDays } = info;
    if (!info.locked && minRetentionDays === undefined && maxRetentionDays === undefined)
        return undefined;
    return { minRetentionDays, maxRetentionDays };
}


/***/ }),

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ runPrune)
});

// EXTERNAL MODULE: ./src/aws/concurrency.ts
var aws_concurrency = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/prune/model.ts
var model = __webpack_require__(9121);
;// CONCATENATED MODULE: ./src/prune/actions.ts

/**
 * Removals in a fixed order (vault, plan, resource, oldest first), so a capped run and the next one
 * work through the same backlog; and the lifecycle changes.
 */
function planActions(scans) {
    const removals = [];
    const shortenings = [];
    for (const { scan, report } of scans) {
        if (!scan)
            continue;
        scan.groups.forEach((g, i) => {
            const group = report.groups[i];
            const rowOf = reportRows(group.points);
            for (let k = g.decisions.length - 1; k >= 0; k--) {
                const d = g.decisions[k];
                if (d.kind !== 'remove' && d.kind !== 'shorten')
                    continue;
                const point = rowOf(d.point.arn);
                if (!point)
                    continue; // orphans are reported separately
                const base = { vault: g.vault, planId: g.planId, point: d.point, ownership: d.point.ownership };
                if (d.kind === 'remove')
                    removals.push({ candidate: base, point, group });
                if (d.kind === 'shorten')
                    shortenings.push({ change: { ...base, toDays: d.toDays }, point });
            }
        });
    }
    return { removals, shortenings };
}
/** The report row of a point by ARN; the map is built only when a group has something to do. */
function reportRows(points) {
    let byArn;
    return (arn) => (byArn ??= new Map(points.map((p) => [p.arn, p]))).get(arn);
}
/** The first `max` removals go ahead; the rest are guarded by the cap. */
function applyCap(removals, max) {
    const allowed = removals.slice(0, max);
    const capped = removals.slice(max);
    for (const c of capped)
        markGuarded(c.point, 'cap');
    return { allowed, capped };
}
/** A dry run: what would be deleted and shortened. */
function markDryRun(allowed, shortenings) {
    for (const c of allowed)
        c.point.outcome = 'would-delete';
    for (const l of shortenings)
        l.point.outcome = 'would-shorten';
}
/**
 * Record a deletion's outcome in the report (and a failure in `failures`). True when the catalog
 * must forget the point (gone, or its tags or state changed).
 */
function recordOutcome(o, point, failures) {
    const vault = (0,model/* vaultKey */._)(o.candidate.vault);
    if (o.kind === 'deleted') {
        point.outcome = 'deleted';
        if (o.pending)
            point.message = 'DELETING: AWS finishes the deletion';
        return true;
    }
    if (o.kind === 'failed') {
        point.outcome = 'failed';
        point.message = o.message;
        failures.push({
            vault,
            arn: o.candidate.point.arn,
            message: o.message,
            ...(o.expired ? { expired: true } : {}),
        });
        return false;
    }
    markGuarded(point, o.why);
    point.message = o.message;
    return o.why === 'ownership-changed' || o.why === 'state-changed';
}
/** Record a lifecycle change's outcome in the report (and a failure in `failures`). */
function recordLifecycleOutcome(r, point, failures) {
    if (r.kind === 'shortened') {
        point.outcome = 'shortened';
        return;
    }
    point.outcome = 'kept';
    point.message = r.message;
    if (r.kind === 'failed')
        failures.push({ vault: (0,model/* vaultKey */._)(r.change.vault), arn: r.change.point.arn, message: r.message });
}
function markGuarded(point, guard) {
    point.outcome = 'guarded';
    point.guard = guard;
}

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./src/aws/backup.ts
var aws_backup = __webpack_require__(3979);
// EXTERNAL MODULE: ./src/aws/denied.ts
var aws_denied = __webpack_require__(3902);
// EXTERNAL MODULE: ./src/aws/point-tags.ts
var point_tags = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/plan/resource-types.ts
var resource_types = __webpack_require__(1619);
;// CONCATENATED MODULE: ./src/prune/expired.ts
// Why a recovery point is left EXPIRED, as AWS documents it. AWS does not say which cause applies
// (the console's popover does; the API's StatusMessage is optional), so every documented cause that
// can apply to the point is named:
// - "DeleteRecoveryPoint" (API reference): a role whose permissions are insufficient gets HTTP 200
//   and the point goes EXPIRED; it can be deleted "once the IAM role has the
//   iam:CreateServiceLinkedRole action". Also: "If the user or role is deleted or the permission
//   within the role is removed, the deletion will not be successful and will enter an EXPIRED state."
// - "Identity and access management in AWS Backup": AWS Backup manages a point's lifecycle with the
//   role that created it; if that role is deleted or modified, its points may be left EXPIRED.
// - "Deleting backups" (developer guide): an AWS-managed Amazon EBS or EC2 recovery point with an
//   Amazon EBS Snapshot Lock is left EXPIRED when AWS Backup cannot finish its lifecycle; it can
//   still be restored from the EC2/EBS console and API. EXPIRED points keep costing storage.
// Pure.

/** EBS snapshots and AMIs (EC2 recovery points): the only ones an EBS Snapshot Lock can hold. */
function isEc2Point(arn) {
    return (0,resource_types/* parseArn */.Lw)(arn)?.service === 'ec2';
}
/** Every documented cause that can leave these points EXPIRED; `deletingRole` is the role prune deleted with. */
function expiredCauses(points, deletingRole) {
    const creators = [...new Set(points.flatMap((p) => (p.iamRoleArn ? [p.iamRoleArn] : [])))].sort();
    const causes = [
        `${deletingRole ? `the role ${deletingRole}` : 'the deleting role'} lacks iam:CreateServiceLinkedRole ` +
            '(for iam:AWSServiceName backup.amazonaws.com): grant it, then delete the EXPIRED point again',
        `the IAM role that created it${creators.length > 0 ? ` (${creators.join(', ')})` : ''} was deleted or ` +
            'its permissions changed, so AWS Backup cannot manage its lifecycle: restore the role or its permissions',
    ];
    if (points.some((p) => isEc2Point(p.arn)))
        causes.push('an Amazon EBS Snapshot Lock holds the snapshot: AWS Backup cannot finish deleting it until the lock ' +
            'expires or is removed (it can still be restored from the EC2/EBS console and API)');
    return causes;
}
/** One line naming every documented cause. */
function describeExpired(points, deletingRole) {
    const causes = expiredCauses(points, deletingRole);
    return `AWS documents these causes: ${causes.map((c, i) => `(${i + 1}) ${c}`).join('; ')}. EXPIRED points keep costing storage`;
}
/** The scan's note for points of ours found EXPIRED. */
function expiredNote(points) {
    if (points.length === 0)
        return undefined;
    return (`${points.length} point(s) of ours are EXPIRED: AWS could not delete them, and prune leaves them alone. ` +
        describeExpired(points));
}

// EXTERNAL MODULE: ./src/prune/ownership.ts
var ownership = __webpack_require__(986);
;// CONCATENATED MODULE: ./src/prune/execute.ts
// Deletes the points the decision removes, in batches of at most DELETE_BATCH points of one vault
// (sorted by creation time), each batch in careful steps:
//   1. re-read the batch's ownership tags live, just before deleting it (the Tagging API reads up to
//      100 snapshot ARNs a call; Backup's ListTags one point a call), and compare them with what the
//      decision was based on;
//   2. one listing of the vault over the batch's creation window: each point must still be there and
//      COMPLETED;
//   3. DeleteRecoveryPoint per point, paced by the rate limiter (which backs off on throttling and
//      retries throttled calls itself), with "busy" (InvalidResourceStateException) retried a few
//      times later, each retry after re-reading that point's ownership and status on its own;
//   4. one listing of the same window after the batch: gone (or DELETING) is a deletion; EXPIRED
//      means AWS only marked it (every documented cause is reported: src/prune/expired.ts).
// "Just before" has a bound: no delete is sent more than MAX_EVIDENCE_AGE_MS after the reads it
// relies on; a point whose evidence is older is read again on its own first. A batched read that
// fails is not a verdict on its points: each point is then read on its own (DescribeRecoveryPoint),
// so one unreadable point fails only itself.









/** A call not sent because AWS refused the role the same operation earlier in this run. */
class NotAttempted extends Error {
}
/** Sends `call` unless the role was refused `operation` already; records a first refusal. */
async function unlessDenied(denied, role, operation, call) {
    if (denied?.check(role, operation) !== undefined)
        throw new NotAttempted(operation);
    return call();
}
/**
 * The outcome of a refused write: the first refusal for (role, operation) is the run's one failure
 * naming the permission; the others are "not attempted", pointing at it.
 */
function refusal(denied, err, role, operation, text) {
    if (err instanceof NotAttempted || !denied.record(role, operation, text))
        return {
            first: false,
            message: `not attempted: AWS refused ${role} ${(0,aws_denied/* iamAction */.mu)(operation)} earlier in this run`,
        };
    return {
        first: true,
        message: `${text}. The role ${role} lacks ${(0,aws_denied/* iamAction */.mu)(operation)} (or a policy denies it): ` +
            `${operation} stopped for this role for the rest of the run; grant it and the next run continues`,
    };
}
/** Points deleted per batch: one GetResources call reads the tags of up to 100 snapshot ARNs. */
const DELETE_BATCH = 100;
/**
 * The longest a delete may follow the ownership and status reads it relies on. A batch of 100 points
 * at the limiter's pace takes seconds; a point that waited longer (a slow limiter, busy retries of
 * others) is read again on its own before its delete is sent.
 */
const MAX_EVIDENCE_AGE_MS = 30_000;
/** Deletes (and their checks) in flight at once within a batch, unless ExecuteOptions says otherwise. */
const DELETE_CONCURRENCY = 32;
async function executeDeletions(candidates, clients, options = {}) {
    const outcomes = [];
    const emit = (outcome) => {
        outcomes.push(outcome);
        options.onOutcome?.(outcome);
    };
    const size = Math.max(1, Math.min(options.batchSize ?? DELETE_BATCH, DELETE_BATCH));
    // Two batches at once: one deletes while the other reads, so the vault's pace is not lost between batches.
    await (0,aws_concurrency/* forEachConcurrent */.C6)(deletionBatches(candidates, size), 2, (batch) => deleteBatch(batch, clients, options, emit));
    return outcomes;
}
/** The candidates per vault and role, oldest first (a batch then spans a short creation window), cut into batches. */
function deletionBatches(candidates, size) {
    const byVault = new Map();
    for (const c of candidates) {
        const key = `${(0,model/* vaultKey */._)(c.vault)}\n${c.vault.role}`;
        const list = byVault.get(key);
        if (list)
            list.push(c);
        else
            byVault.set(key, [c]);
    }
    const batches = [];
    for (const list of byVault.values()) {
        list.sort((a, b) => a.point.created.getTime() - b.point.created.getTime() || (a.point.arn < b.point.arn ? -1 : 1));
        batches.push(...(0,aws_concurrency/* chunked */.z)(list, size));
    }
    return batches;
}
/** The vault listing window that holds every point of `batch` (a second either side: AWS says "after"/"before"). */
function creationWindow(batch) {
    const times = batch.map((c) => c.point.created.getTime());
    return { after: new Date(Math.min(...times) - 1000), before: new Date(Math.max(...times) + 1000) };
}
async function deleteBatch(batch, clients, options, emit) {
    const { vault } = batch[0];
    const backup = clients.backup(vault.role, vault.region);
    const now = options.now ?? (() => performance.now());
    const denied = clients.denied ?? new aws_denied/* DeniedOperations */.A9();
    let evidence;
    if (denied.check(vault.role, 'DeleteRecoveryPoint') === undefined) {
        try {
            const { after, before } = creationWindow(batch);
            const [tags, statuses] = await Promise.all([
                (0,point_tags/* readPointTags */.S0)({ backup, tagging: clients.tagging(vault.role, vault.region) }, batch.map((c) => c.point.arn)),
                (0,aws_backup/* pointStatusesCreatedBetween */.DG)(backup, vault.vault, after, before),
            ]);
            evidence = { tags, statuses, readAt: now() };
        }
        catch {
            // Not a verdict: each point is read on its own below, and a failing read fails that point only.
        }
    }
    const concurrency = options.concurrency ?? DELETE_CONCURRENCY;
    const sent = [];
    await (0,aws_concurrency/* forEachConcurrent */.C6)(batch, concurrency, async (c) => {
        const outcome = await deleteOneSafely(c, clients, options, evidence);
        if (outcome === 'sent')
            sent.push(c);
        else
            emit(outcome);
    });
    if (sent.length === 0)
        return;
    let after;
    try {
        const window = creationWindow(sent);
        after = await (0,aws_backup/* pointStatusesCreatedBetween */.DG)(backup, vault.vault, window.after, window.before);
    }
    catch {
        // Verified one by one instead.
    }
    await (0,aws_concurrency/* forEachConcurrent */.C6)(sent, concurrency, async (c) => {
        try {
            emit(verified(c, await statusOf(after, backup, c)));
        }
        catch (err) {
            emit({ kind: 'failed', candidate: c, message: checkFailed(err, c) });
        }
    });
}
/** A point's status from a listing of its creation window (absent: gone), else read on its own. */
function statusOf(listing, backup, c) {
    return listing
        ? Promise.resolve(listing.get(c.point.arn) ?? 'gone')
        : (0,aws_backup/* pointStatus */.fE)(backup, c.vault.vault, c.point.arn);
}
/** What the status after DeleteRecoveryPoint says about it. */
function verified(c, after) {
    if (after === 'gone')
        return { kind: 'deleted', candidate: c, pending: false };
    if (after === 'DELETING')
        return { kind: 'deleted', candidate: c, pending: true };
    if (after === 'EXPIRED')
        return {
            kind: 'failed',
            candidate: c,
            expired: true,
            message: `DeleteRecoveryPoint succeeded but AWS only marked the point EXPIRED. ${describeExpired([c.point], c.vault.role)}`,
        };
    return {
        kind: 'failed',
        candidate: c,
        message: `DeleteRecoveryPoint succeeded but the point is still ${after}`,
    };
}
function checkFailed(err, c) {
    return (0,retry/* describeAwsError */.Pp)(err, {
        operation: 'checking the point before and after deleting it',
        role: c.vault.role,
        region: c.vault.region,
        target: c.point.arn,
    });
}
/** A read that fails (e.g. access denied on DescribeRecoveryPoint) fails this point only: the other
 * deletions go on and the run still reports everything it did. */
async function deleteOneSafely(c, clients, options, evidence) {
    try {
        return await deleteOne(c, clients, options, evidence);
    }
    catch (err) {
        return { kind: 'failed', candidate: c, message: checkFailed(err, c) };
    }
}
/**
 * Checks and deletes one point; 'sent' once AWS took the delete (the batch verifies it). The first
 * attempt uses the batch's evidence while it is fresh; a retry, or stale evidence, reads again.
 */
async function deleteOne(c, clients, options, evidence) {
    const { vault, point } = c;
    const backup = clients.backup(vault.role, vault.region);
    const retries = options.busyRetries ?? 3;
    const delay = options.busyDelayMs ?? 2000;
    const maxAge = options.maxEvidenceAgeMs ?? MAX_EVIDENCE_AGE_MS;
    const now = options.now ?? (() => performance.now());
    const context = { role: vault.role, region: vault.region, target: point.arn };
    const denied = clients.denied ?? new aws_denied/* DeniedOperations */.A9();
    for (let attempt = 0;; attempt++) {
        const earlier = denied.check(vault.role, 'DeleteRecoveryPoint');
        if (earlier !== undefined)
            return {
                kind: 'skipped',
                candidate: c,
                why: 'access-denied',
                message: refusal(denied, new NotAttempted(), vault.role, 'DeleteRecoveryPoint', earlier).message,
            };
        const fresh = attempt === 0 && evidence !== undefined && now() - evidence.readAt <= maxAge ? evidence : undefined;
        // 1. Ownership, live.
        const tags = fresh
            ? fresh.tags.get(point.arn)
            : (await (0,point_tags/* readPointTags */.S0)({ backup, tagging: clients.tagging(vault.role, vault.region) }, [point.arn], {
                concurrency: 1,
            })).get(point.arn);
        const live = (0,ownership/* parseOwnership */.vD)(tags);
        if (!(0,ownership/* sameOwnership */.S)(live, c.ownership))
            return {
                kind: 'skipped',
                candidate: c,
                why: 'ownership-changed',
                message: live
                    ? `its tags now say namespace ${live.namespace}, plan ${live.plan}, rules ${live.rules.join(',')}`
                    : 'its ownership tags are gone',
            };
        // 2. Still there and finished.
        const before = await statusOf(fresh?.statuses, backup, c);
        if (before === 'gone')
            return { kind: 'skipped', candidate: c, why: 'state-changed', message: 'already gone' };
        if (before !== 'COMPLETED')
            return { kind: 'skipped', candidate: c, why: 'state-changed', message: `status is now ${before}` };
        // 3. Delete.
        try {
            // Checked again when the limiter sends it: a refusal may have come in while it queued.
            await clients
                .limiter(vault)
                .run(() => unlessDenied(denied, vault.role, 'DeleteRecoveryPoint', () => (0,aws_backup/* deleteRecoveryPoint */.bB)(clients.writer(vault.role, vault.region), vault.vault, point.arn)));
        }
        catch (err) {
            if (err instanceof NotAttempted || (0,aws_denied/* isAccessDenied */.w7)(err)) {
                const text = (0,retry/* describeAwsError */.Pp)(err, { operation: 'DeleteRecoveryPoint', ...context });
                const r = refusal(denied, err, vault.role, 'DeleteRecoveryPoint', text);
                return r.first
                    ? { kind: 'failed', candidate: c, message: r.message }
                    : { kind: 'skipped', candidate: c, why: 'access-denied', message: r.message };
            }
            const code = (0,retry/* errorCode */.CA)(err);
            if ((0,retry/* isBusy */.A5)(err)) {
                if (attempt < retries) {
                    await (0,wait/* waitBeforeRetry */.jy)(delay * (attempt + 1));
                    continue;
                }
                return {
                    kind: 'skipped',
                    candidate: c,
                    why: 'busy',
                    message: `AWS Backup is busy with it (${code}); a later run retries`,
                };
            }
            if (code === 'ResourceNotFoundException')
                return { kind: 'skipped', candidate: c, why: 'state-changed', message: 'already gone' };
            const text = (0,retry/* describeAwsError */.Pp)(err, { operation: 'DeleteRecoveryPoint', ...context });
            if (code === 'InvalidRequestException' && /legal hold/i.test(text))
                return { kind: 'skipped', candidate: c, why: 'legal-hold', message: text };
            if (code === 'InvalidRequestException' && /lock|retention/i.test(text))
                return { kind: 'skipped', candidate: c, why: 'locked', message: text };
            return { kind: 'failed', candidate: c, message: text };
        }
        // 4. Verified with the batch.
        return 'sent';
    }
}
const UPDATE_LIFECYCLE = 'UpdateRecoveryPointLifecycle';
/** `apply-retention-to-existing`: UpdateRecoveryPointLifecycle, after the same live ownership check. */
async function applyLifecycles(changes, clients, concurrency = 8) {
    const out = [];
    const denied = clients.denied ?? new aws_denied/* DeniedOperations */.A9();
    await (0,aws_concurrency/* forEachConcurrent */.C6)(changes, concurrency, async (change) => {
        const { vault, point } = change;
        const backup = clients.backup(vault.role, vault.region);
        try {
            if (denied.check(vault.role, UPDATE_LIFECYCLE) !== undefined)
                throw new NotAttempted(UPDATE_LIFECYCLE);
            const tags = await (0,point_tags/* readPointTags */.S0)({ backup, tagging: clients.tagging(vault.role, vault.region) }, [point.arn], { concurrency: 1 });
            if (!(0,ownership/* sameOwnership */.S)((0,ownership/* parseOwnership */.vD)(tags.get(point.arn)), change.ownership)) {
                out.push({ kind: 'skipped', change, message: 'ownership tags changed since they were read' });
                return;
            }
            await clients
                .limiter(vault)
                .run(() => unlessDenied(denied, vault.role, UPDATE_LIFECYCLE, () => (0,aws_backup/* updatePointLifecycle */.kq)(clients.writer(vault.role, vault.region), vault.vault, point, change.toDays)));
            out.push({ kind: 'shortened', change });
        }
        catch (err) {
            const message = (0,retry/* describeAwsError */.Pp)(err, {
                operation: 'UpdateRecoveryPointLifecycle',
                role: vault.role,
                region: vault.region,
                target: point.arn,
            });
            if (err instanceof NotAttempted || (0,aws_denied/* isAccessDenied */.w7)(err)) {
                const r = refusal(denied, err, vault.role, UPDATE_LIFECYCLE, message);
                out.push({ kind: r.first ? 'failed' : 'skipped', change, message: r.message });
            }
            else if ((0,retry/* isBusy */.A5)(err))
                out.push({ kind: 'skipped', change, message });
            else
                out.push({ kind: 'failed', change, message });
        }
    });
    return out;
}

// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
;// CONCATENATED MODULE: ./src/prune/report-body.ts

/** A vault's report before (or without) a scan. */
function emptyVaultReport(vault) {
    return {
        account: vault.account,
        region: vault.region,
        vault: vault.vault,
        listed: 0,
        unowned: 0,
        notOurs: 0,
        reservedResources: [],
        orphans: [],
        groups: [],
        notes: [],
    };
}
/** The run's body: groups without points dropped, counts and totals from the outcomes. */
function pruneBody(input) {
    const vaults = input.reports.map((r) => ({ ...r, groups: r.groups.filter((g) => g.points.length > 0) }));
    for (const v of vaults)
        for (const g of v.groups)
            recount(g);
    return {
        dryRun: input.dryRun,
        maxDeletions: input.maxDeletions,
        applyRetentionToExisting: input.applyRetentionToExisting,
        ...(input.capped > 0 ? { stoppedEarly: { limit: input.maxDeletions, remaining: input.capped } } : {}),
        totals: totals(vaults, input.failures),
        vaults,
        failures: input.failures,
        errors: input.errors,
        notes: [],
        ...(input.deletionRate !== undefined ? { deletionRate: input.deletionRate } : {}),
    };
}
/**
 * A point's report row. One literal per row in the report's key order (no spread of a shared base):
 * a prune builds one for every point it listed of ours, thousands a run.
 */
function pointReport(d) {
    const p = d.point;
    const rules = p.ownership?.rules ?? [];
    const created = isoInstant(p.created);
    // `shorten` becomes (would-)shortened once executed; orphans are reported apart and stay kept.
    if (d.kind !== 'remove' && d.kind !== 'guarded')
        return { arn: p.arn, created, status: p.status, rules, reasons: d.reasons, outcome: 'kept' };
    if (d.kind === 'remove')
        return { arn: p.arn, created, status: p.status, rules, reasons: d.reasons, outcome: 'would-delete' };
    return {
        arn: p.arn,
        created,
        status: p.status,
        rules,
        reasons: d.reasons,
        outcome: 'guarded',
        guard: d.guard,
    };
}
/** The date part (`YYYY-MM-DD`) of recent UTC days: a prune's points share a few hundred days. */
const dayText = new Map();
/**
 * `date.toISOString()`, with the date part memoised per day: `toISOString` is the bulk of a report
 * row's cost. Years outside 1970–9999 (never a recovery point) take `toISOString` itself.
 */
function isoInstant(date) {
    const ms = date.getTime();
    if (!(ms >= 0 && ms <= MAX_FAST_MS))
        return date.toISOString();
    const day = Math.floor(ms / calendar/* MS_PER_DAY */.ec);
    let prefix = dayText.get(day);
    if (prefix === undefined) {
        if (dayText.size >= 4096)
            dayText.clear();
        const c = (0,calendar/* civilFromDays */.TQ)(day);
        prefix = `${c.year}-${(0,calendar/* pad2 */.wl)(c.month)}-${(0,calendar/* pad2 */.wl)(c.day)}T`;
        dayText.set(day, prefix);
    }
    let rest = ms - day * calendar/* MS_PER_DAY */.ec;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = Math.floor(rest / 1000);
    const milli = rest - s * 1000;
    return `${prefix}${(0,calendar/* pad2 */.wl)(h)}:${(0,calendar/* pad2 */.wl)(m)}:${(0,calendar/* pad2 */.wl)(s)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}
/** 9999-12-31T23:59:59.999Z: four-digit years, as toISOString writes them. */
const MAX_FAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
function vaultReport(base, scan) {
    const groups = [];
    const orphans = scan.orphans.map((d) => orphanReport(d, d.point.ownership?.plan ?? '?'));
    for (const g of scan.groups) {
        const points = [];
        for (const d of g.decisions) {
            if (d.kind === 'orphan')
                orphans.push(orphanReport(d, g.planId));
            else
                points.push(pointReport(d));
        }
        groups.push({
            plan: g.planId,
            resourceArn: g.resourceArn,
            kept: 0,
            removed: 0,
            deleted: 0,
            guarded: 0,
            failed: 0,
            points,
        });
    }
    return {
        ...base,
        ...(scan.lock ? { lock: scan.lock } : {}),
        listed: scan.listed,
        unowned: scan.unowned,
        notOurs: scan.notOurs,
        reservedResources: scan.reservedResources,
        orphans,
        groups,
        notes: scan.notes,
    };
}
function orphanReport(d, plan) {
    return {
        arn: d.point.arn,
        resourceArn: d.point.resourceArn,
        created: isoInstant(d.point.created),
        plan,
        rules: d.point.ownership?.rules ?? [],
        orphan: d.kind === 'orphan' ? d.orphan : 'rule-gone',
        reasons: d.reasons,
    };
}
/** The group's counts from its points' outcomes, in one pass over them. */
function recount(g) {
    let kept = 0;
    let deleted = 0;
    let guarded = 0;
    let failed = 0;
    for (const { outcome } of g.points) {
        if (outcome === 'kept' || outcome === 'shortened' || outcome === 'would-shorten')
            kept++;
        else if (outcome === 'deleted')
            deleted++;
        else if (outcome === 'guarded')
            guarded++;
        else if (outcome === 'failed')
            failed++;
    }
    g.kept = kept;
    g.removed = g.points.length - kept;
    g.deleted = deleted;
    g.guarded = guarded;
    g.failed = failed;
}
function totals(vaults, failures) {
    const t = {
        listed: 0,
        owned: 0,
        kept: 0,
        removed: 0,
        deleted: 0,
        wouldDelete: 0,
        shortened: 0,
        failures: failures.length,
        orphans: 0,
        unowned: 0,
        notOurs: 0,
        reservedResources: 0,
        guarded: {},
    };
    for (const v of vaults) {
        t.listed += v.listed;
        t.unowned += v.unowned;
        t.notOurs += v.notOurs;
        t.orphans += v.orphans.length;
        t.reservedResources += v.reservedResources.length;
        t.owned += v.orphans.length;
        for (const g of v.groups) {
            t.owned += g.points.length;
            t.kept += g.kept;
            t.removed += g.removed;
            t.deleted += g.deleted;
            for (const p of g.points) {
                if (p.outcome === 'would-delete')
                    t.wouldDelete++;
                if (p.outcome === 'shortened' || p.outcome === 'would-shorten')
                    t.shortened++;
                if (p.outcome === 'guarded' && p.guard)
                    t.guarded[p.guard] = (t.guarded[p.guard] ?? 0) + 1;
            }
        }
    }
    return t;
}

// EXTERNAL MODULE: ./src/aws/legal-holds.ts
var legal_holds = __webpack_require__(3947);
// EXTERNAL MODULE: ./src/aws/pagination.ts
var pagination = __webpack_require__(5261);
// EXTERNAL MODULE: ./src/aws/resources.ts
var resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/plan/selection.ts
var plan_selection = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/retention/engine.ts + 1 modules
var engine = __webpack_require__(157);
;// CONCATENATED MODULE: ./src/prune/decide.ts
// The pure prune decision for one (plan, vault, resource): which of the plan's points to keep,
// remove, leave alone as orphans, or (opt-in) give a shorter lifecycle. No I/O: the caller brings the
// points whose ownership it proved, the retention that applies in this vault, and the guard facts.
//
// Why a point serving several rules is removed only when EVERY rule it serves removes it: a point
// tagged `daily,monthly` may be the one the monthly rule keeps for March; the daily rule's verdict
// alone must not delete March's monthly point.
//
// Only COMPLETED points take part in the retention engine. A point still being created, PARTIAL,
// EXPIRED or DELETING is not a restorable, finished backup: it neither fills a bucket (which would let
// a finished point be removed in its favour) nor gets removed by prune.

/** Decide every point of the group. Output order: newest first, ties by ARN (as the engine orders). */
function decideGroup(input) {
    const points = [...input.points].sort(newestFirst);
    if (!input.resourceSelected)
        return points.map((point) => ({
            kind: 'orphan',
            point,
            orphan: 'resource-unselected',
            reasons: ['the plan no longer selects this resource'],
        }));
    // Per point (by its place in `points`): the slots that apply, or the decision already taken.
    const n = points.length;
    const applicable = new Array(n);
    const decisions = new Array(n);
    const byRules = new Map(); // a group's points mostly serve the same rules
    for (let i = 0; i < n; i++) {
        const point = points[i];
        const rules = point.ownership?.rules ?? [];
        const rulesKey = rules.length === 1 ? `1:${rules[0]}` : JSON.stringify(rules);
        let verdict = byRules.get(rulesKey);
        if (!verdict)
            byRules.set(rulesKey, (verdict = rulesVerdict(rules, input)));
        if (verdict.slots)
            applicable[i] = verdict.slots;
        else
            decisions[i] = { kind: 'orphan', point, orphan: verdict.orphan, reasons: [verdict.reason] };
    }
    // Per slot: who keeps what, and why.
    const kept = new Array(n); // keep reasons
    const removedBy = new Array(n); // "rule: not kept" lines
    for (const slot of input.slots) {
        const serving = [];
        for (let i = 0; i < n; i++)
            if (applicable[i]?.includes(slot))
                serving.push(i);
        if (serving.length === 0)
            continue;
        const label = slot.role === 'copy' ? `${slot.rule} (copy)` : slot.rule;
        const keep = slot.retain.keep;
        if (!keep || (0,engine/* isEmptyPolicy */.kj)(keep)) {
            // `retain.days` (or no keep policy at all): AWS's lifecycle deletes; prune never does.
            const why = slot.retain.days !== undefined
                ? `lifecycle: AWS deletes after ${slot.retain.days} days`
                : 'no keep policy';
            const reason = `${label}: ${why}`;
            for (const i of serving)
                push(kept, i, reason);
            continue;
        }
        const completed = [];
        for (const i of serving) {
            const p = points[i];
            if (p.status === 'COMPLETED')
                completed.push({ id: p.arn, created: p.created, index: i });
            else
                push(kept, i, `${label}: status ${p.status}, not judged`);
        }
        const result = (0,engine/* applyRetention */.dX)(completed, keep, { timezone: slot.timezone });
        for (const k of result.keep)
            for (const r of k.reasons)
                push(kept, k.point.index, `${label}: ${r}`);
        const notKept = `${label}: not kept by ${describePolicy(keep)}`;
        for (const r of result.remove)
            push(removedBy, r.index, notKept);
    }
    const newest = points.findIndex((p, i) => p.status === 'COMPLETED' && applicable[i] !== undefined);
    for (let i = 0; i < n; i++) {
        if (decisions[i])
            continue;
        const point = points[i];
        const keepReasons = kept[i];
        decisions[i] = keepReasons
            ? shortenOrKeep(point, applicable[i] ?? [], keepReasons, input)
            : guard(point, removedBy[i] ?? [], i === newest, input);
    }
    return decisions;
}
function rulesVerdict(rules, input) {
    // A rule the plan no longer has may be the one that keeps this point (every rule it serves must
    // remove it): with any rule gone the point is an orphan, never judged by the remaining rules alone.
    const gone = rules.filter((r) => !input.planRules.has(r));
    if (gone.length > 0)
        return { orphan: 'rule-gone', reason: `rule ${gone.join(', ')} is not in the plan any more` };
    const slots = input.slots.filter((s) => rules.includes(s.rule));
    if (slots.length > 0)
        return { slots };
    return rules.length > 0
        ? { orphan: 'destination-gone', reason: `rule ${rules.join(', ')} no longer keeps points in this vault` }
        : { orphan: 'rule-gone', reason: 'rule (none) is not in the plan any more' };
}
/** Why nothing is deleted or shortened in a locked vault. */
const LOCK_GOVERNS = 'vault lock: AWS refuses every deletion and lifecycle change in a locked vault; its lifecycle governs the point';
/**
 * A point every applicable rule removes: delete it unless a guard says no. (The engine keeps the
 * newest point of every non-empty policy, so the newest guard is a backstop against engine bugs.)
 */
function guard(point, reasons, isNewest, input) {
    if (isNewest)
        return {
            kind: 'guarded',
            point,
            guard: 'newest',
            reasons: [...reasons, 'newest completed point of the resource'],
        };
    // AWS refuses every DeleteRecoveryPoint in a locked vault, whatever the point's age: the lock
    // governs it (its points leave through their lifecycle), so no call is made and no deletion counted.
    if (input.lock)
        return {
            kind: 'guarded',
            point,
            guard: 'locked',
            reasons: [...reasons, LOCK_GOVERNS],
        };
    return heldOrRemove(point, reasons, input.held);
}
/** The last guard: a legal hold keeps a point every other check let go. */
function heldOrRemove(point, reasons, held) {
    const hold = held(point.arn);
    if (hold)
        return {
            kind: 'guarded',
            point,
            guard: 'legal-hold',
            reasons: [...reasons, typeof hold === 'string' ? hold : 'under an active legal hold'],
        };
    return { kind: 'remove', point, reasons };
}
/**
 * The group's decisions as `decideGroup` makes them with `held`, from the decisions it made while
 * nothing counted as held: holds weigh on nothing but the last guard of a removal, so only the
 * removals are looked at again (the same decision, without walking the retention again).
 */
function withLegalHolds(decisions, held) {
    return decisions.map((d) => (d.kind === 'remove' ? heldOrRemove(d.point, d.reasons, held) : d));
}
/**
 * A kept point whose rules all use `retain.days`: with `apply-retention-to-existing`, shorten its
 * lifecycle to the longest of those days (never lengthen; never below cold storage + 90 days, which
 * AWS requires). Never in a locked vault: AWS refuses every lifecycle change there.
 */
function shortenOrKeep(point, slots, reasons, input) {
    const keepDecision = { kind: 'keep', point, reasons };
    if (!input.applyRetentionToExisting || point.status !== 'COMPLETED')
        return keepDecision;
    // A locked vault refuses every lifecycle change too.
    if (input.lock)
        return { kind: 'keep', point, reasons: [...reasons, LOCK_GOVERNS] };
    // Any rule without `days` keeps the point indefinitely (GFS): its lifecycle must not be shortened.
    const days = slots.map((s) => (s.retain.keep && !(0,engine/* isEmptyPolicy */.kj)(s.retain.keep) ? undefined : s.retain.days));
    if (days.some((d) => d === undefined))
        return keepDecision;
    let target = Math.max(...days);
    const floors = [];
    if (point.moveToColdAfterDays !== undefined && target < point.moveToColdAfterDays + 90) {
        target = point.moveToColdAfterDays + 90;
        floors.push(`cold storage after ${point.moveToColdAfterDays} days needs ≥ ${target}`);
    }
    const from = point.deleteAfterDays;
    if (from !== undefined && from <= target)
        return keepDecision;
    return {
        kind: 'shorten',
        point,
        fromDays: from,
        toDays: target,
        reasons: [
            ...reasons,
            `lifecycle ${from === undefined ? 'none' : `${from} days`} → ${target} days${floors.length ? ` (${floors.join('; ')})` : ''}`,
        ],
    };
}
function describePolicy(keep) {
    const parts = Object.entries(keep)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k} ${String(v)}`);
    return `keep {${parts.join(', ')}}`;
}
function push(lists, i, value) {
    const list = lists[i];
    if (list)
        list.push(value);
    else
        lists[i] = [value];
}
function newestFirst(a, b) {
    const t = b.created.getTime() - a.created.getTime();
    if (t !== 0)
        return t;
    return a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/prune/classify.ts
function classifyPoint(point, ctx) {
    const o = point.ownership;
    if (!o)
        return { kind: 'unowned' };
    if (!ctx.namespaces.has(o.namespace))
        return { kind: 'not-ours' };
    const entry = ctx.vaultPlans.get(o.plan);
    const ourPlan = entry !== undefined && entry.namespace === o.namespace;
    const copyOnlyHere = ourPlan && entry.slots.every((s) => s.role === 'copy');
    if ((point.sourceVaultArn !== undefined || copyOnlyHere) && !o.copyJob)
        return { kind: 'foreign-copy', plan: o.plan };
    if (ourPlan)
        return { kind: 'ours', planId: o.plan };
    const loaded = ctx.plans.get(o.plan);
    if (loaded && loaded.namespace === o.namespace)
        return orphan(point, 'destination-gone', `plan ${o.plan} no longer keeps points in this vault`);
    if (!ctx.folderPlanIds.has(o.plan))
        return orphan(point, 'plan-gone', `plan ${o.plan} is no longer in the folder`);
    return { kind: 'not-ours' }; // its plan file exists but is not judged this run
}
function orphan(point, why, reason) {
    return { kind: 'orphan', decision: { kind: 'orphan', point, orphan: why, reasons: [reason] } };
}
function classifyPoints(points, ctx) {
    const out = { ours: [], unowned: 0, notOurs: 0, foreignCopies: new Map() };
    for (const point of points) {
        const c = classifyPoint(point, ctx);
        switch (c.kind) {
            case 'unowned':
                out.unowned++;
                break;
            case 'not-ours':
                out.notOurs++;
                break;
            case 'foreign-copy':
                out.notOurs++;
                out.foreignCopies.set(c.plan, (out.foreignCopies.get(c.plan) ?? 0) + 1);
                break;
            case 'ours':
                out.ours.push({ point, planId: c.planId });
                break;
            case 'orphan':
                out.ours.push({ point, orphan: c.decision });
                break;
        }
    }
    return out;
}
/** The note for copies set aside as someone else's. */
function foreignCopiesNote(plan, count) {
    return (`${count} point(s) carry plan ${plan}'s ownership tags but are copies without the backup-plans:copy-job ` +
        'marker: made by someone else (an Organizations backup policy, the console), or copies of ours whose ' +
        'tagging failed; copies carry their source point tags, so prune leaves them to their own lifecycle');
}

;// CONCATENATED MODULE: ./src/prune/groups.ts
// The pure steps of scanning one vault between its reads: which points are set aside because their
// resource carries reserved tags, which groups (plan × resource) are decided, which kept points a
// removal rests on without live proof, and the vault's notes. No I/O.


/** Points of ours per resource that carries reserved tags (such resources could fake ownership). */
function reservedCounts(ours, isReserved) {
    const reserved = new Map();
    for (const { point } of ours)
        if (isReserved(point.resourceArn))
            reserved.set(point.resourceArn, (reserved.get(point.resourceArn) ?? 0) + 1);
    return reserved;
}
/** Orphans outside reserved resources (reported, never pruned). */
function orphansOf(ours, reserved) {
    return ours.flatMap((o) => (o.orphan && !reserved.has(o.point.resourceArn) ? [o.orphan] : []));
}
/** The points a plan judges, per (plan, resource), outside reserved resources; in first-seen order. */
function groupsOf(ours, reserved) {
    // Per plan, then per resource: no joined key string per point.
    const byPlan = new Map();
    const groups = [];
    for (const { point, planId } of ours) {
        if (!planId || reserved.has(point.resourceArn))
            continue;
        let byResource = byPlan.get(planId);
        if (!byResource)
            byPlan.set(planId, (byResource = new Map()));
        let g = byResource.get(point.resourceArn);
        if (!g) {
            byResource.set(point.resourceArn, (g = { planId, resourceArn: point.resourceArn, points: [] }));
            groups.push(g);
        }
        g.points.push(point);
    }
    return groups;
}
/**
 * Kept points whose ownership came from the catalog, when the decision removes anything: which
 * points a policy removes depends only on which it keeps, so these must be proven live first.
 */
function keptOnCatalogWord(decisions, source) {
    if (!decisions.some((d) => d.kind === 'remove'))
        return [];
    return decisions
        .filter((d) => d.kind === 'keep' || d.kind === 'shorten')
        .map((d) => d.point)
        .filter((p) => source(p.arn) === 'catalog');
}
/** Unreadable holds guard every point, but as "unreadable", not as holds that may not exist. */
function withUnreadableHolds(decisions, unreadable) {
    if (!unreadable)
        return decisions;
    return decisions.map((d) => d.kind === 'guarded' && d.guard === 'legal-hold' ? { ...d, guard: 'holds-unreadable' } : d);
}
/** The vault's notes: legal holds, EXPIRED points of ours, copies someone else made. */
function vaultNotes(holdNotes, classified) {
    const expired = expiredNote(classified.ours.map((o) => o.point).filter((p) => p.status === 'EXPIRED'));
    return [
        ...holdNotes,
        ...(expired ? [expired] : []),
        ...[...classified.foreignCopies]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([plan, n]) => foreignCopiesNote(plan, n)),
    ];
}
/** Groups in report order: by plan, then resource. */
function byPlanAndResource(a, b) {
    return a.planId + a.resourceArn < b.planId + b.resourceArn ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/prune/scan.ts
// Scans one vault and decides every point in it: list the points, prove ownership from their tags
// (catalog first, AWS for the rest), set aside points of resources that carry reserved tags
// themselves, classify orphans, and run the per-(plan, resource) decision.
//
// The catalog only speeds up tag reads. Two things keep it from ever being the evidence:
//  - the executor re-reads each point's ownership live right before deleting it;
//  - which points a policy removes depends only on which points it KEEPS (restic's walk updates its
//    buckets on kept points only). So for every group that would remove something, the kept points
//    whose ownership came from the catalog are re-read live here; if any differs, the group is decided
//    again on the corrected facts. A stale entry can therefore neither be deleted nor cause a deletion.













class ScanMemo {
    selections = new Map();
    resourceTags = new Map();
    holds = new Map();
}
async function scanVault(target, ctx) {
    // A scan that fails part-way waits for the reads it started ahead: none is left in flight once the
    // vault is reported (as an error).
    const reads = new aws_concurrency/* ReadsAhead */.VX();
    try {
        return await scanAndDecide(target, ctx, reads);
    }
    finally {
        await reads.settled();
    }
}
async function scanAndDecide(target, ctx, reads) {
    const { vault } = target;
    const key = (0,model/* vaultKey */._)(vault);
    const clients = {
        backup: ctx.aws.backup(vault.role, vault.region),
        tagging: ctx.aws.tagging(vault.role, vault.region),
    };
    // The vault's lock is read while the vault is listed (it is needed only once the points are
    // classified); the listing's error, if both fail, is the one reported.
    const described = reads.start((0,aws_backup/* describeVault */.Sm)(clients.backup, vault.vault));
    const points = await (0,aws_backup/* listVaultPoints */.uo)(clients.backup, vault.vault);
    ctx.catalog.listed(key);
    const source = await readOwnership(points, key, clients, ctx);
    const classified = classifyPoints(points, {
        namespaces: ctx.namespaces,
        vaultPlans: target.plans,
        plans: ctx.plans,
        folderPlanIds: ctx.folderPlanIds,
    });
    // The plans' selections read every resource they select with its tags (GetResources gives each
    // match's whole tag set): the resource tag reads below ask only for the others. They go out before
    // the lock is awaited.
    const selections = [];
    for (const planId of new Set(classified.ours.flatMap((o) => (o.planId ? [o.planId] : []))))
        if (ctx.plans.has(planId)) {
            selections.push(reads.start(planSelection(ctx.plans.get(planId).plan, ctx)));
        }
    const lock = (0,ownership/* vaultLockOf */.Ze)(await described);
    for (const selection of selections)
        await selection;
    // Resources carrying reserved tags themselves could fake ownership: never prune their points.
    await prefetchResourceTags(classified.ours.map((o) => ({ resourceArn: o.point.resourceArn, planId: o.planId })), vault, ctx);
    const resourceTags = new Map();
    // One await per resource, not per point.
    for (const { point } of classified.ours)
        if (!resourceTags.has(point.resourceArn))
            resourceTags.set(point.resourceArn, undefined);
    for (const arn of resourceTags.keys())
        resourceTags.set(arn, await ctx.memo.resourceTags.get(arn));
    const reserved = reservedCounts(classified.ours, (arn) => (0,ownership/* hasReservedTags */.mz)(resourceTags.get(arn)));
    const scan = {
        vault,
        lock,
        listed: points.length,
        groups: [],
        orphans: orphansOf(classified.ours, reserved),
        reservedResources: [...reserved].map(([resourceArn, n]) => ({ resourceArn, points: n })),
        unowned: classified.unowned,
        notOurs: classified.notOurs,
        notes: vaultNotes([], classified),
        source,
        key,
    };
    // Remember every point of ours this run used, from AWS or from the catalog: a vault listed this
    // run is saved as exactly what was remembered, so leaving the catalog's hits out would empty it
    // and make every other run cold. A stale entry is forgotten below, when the live re-read differs.
    const groups = groupsOf(classified.ours, reserved);
    for (const g of groups)
        for (const p of g.points)
            ctx.catalog.remember(key, p.arn, p.ownership);
    // Only a held removal asks for a point by ARN: the map is built then.
    let byArn;
    const pointOf = (arn) => (byArn ??= new Map(points.map((p) => [p.arn, p]))).get(arn);
    scan.groups.push(...(await decideVerified(groups, { target, scan, ctx, pointOf, reads })));
    scan.groups.sort(byPlanAndResource);
    return scan;
}
/** Ownership of every listed point: catalog hits first, AWS for the rest. Returns where each came from. */
async function readOwnership(points, key, clients, ctx) {
    const source = new Map();
    const toRead = [];
    for (const p of points) {
        const cached = ctx.catalog.lookup(key, p.arn);
        if (cached && ctx.namespaces.has(cached.namespace)) {
            p.ownership = cached;
            source.set(p.arn, 'catalog');
        }
        else
            toRead.push(p);
    }
    const read = await (0,point_tags/* readPointTags */.S0)(clients, toRead.map((p) => p.arn));
    for (const p of toRead) {
        p.ownership = (0,ownership/* parseOwnership */.vD)(read.get(p.arn));
        source.set(p.arn, 'aws');
    }
    return source;
}
/**
 * Decide every (plan, resource) group with its plan's own role, and prove live the kept points any
 * removal rests on (see the top of this file); a group is decided again whenever a re-read changed
 * something. The kept points of all groups are re-read together, 100 ARNs a call (not one call per
 * group: a daily prune removes something from nearly every group).
 */
async function decideVerified(groups, gc) {
    const { scan } = gc;
    const deciding = [];
    // With one role for every group, deciding makes no call and adds no note: the holds (read once
    // the first decision removes something) are applied after every group is decided, so the other
    // groups are decided while the holds are read. Otherwise each group is done before the next, so
    // the notes keep their order.
    const together = groups.every((g) => gc.target.plans.get(g.planId).vault.role === gc.target.vault.role);
    for (const g of groups) {
        const d = await prepareGroup(g, gc);
        if (!together)
            await applyHolds(d, gc);
        deciding.push(d);
    }
    if (together)
        for (const d of deciding)
            await applyHolds(d, gc);
    for (;;) {
        const unverified = deciding.flatMap((d) => keptOnCatalogWord(d.decisions, (arn) => scan.source.get(arn)).map((point) => ({ d, point })));
        if (unverified.length === 0)
            break;
        const changed = new Set();
        for (const [own, items] of byRole(unverified, (u) => u.d.own)) {
            const live = await readLive(own, items.map((u) => u.point), gc.ctx);
            for (const { d, point } of items)
                if (applyLive(d, point, live.get(point.arn), `catalog entry of ${point.arn} was stale; decided on its live tags`, gc))
                    changed.add(d);
        }
        if (changed.size === 0)
            break;
        for (const d of changed)
            await withHolds(d, gc);
    }
    return deciding.map((d) => ({
        planId: d.g.planId,
        resourceArn: d.g.resourceArn,
        vault: d.own,
        decisions: withUnreadableHolds(d.decisions, d.holdsUnreadable),
    }));
}
/** A group's holds, selection and first decision (its points re-read first when its plan's role differs from the listing's). */
async function prepareGroup(g, gc) {
    const { target, scan, ctx } = gc;
    const entry = target.plans.get(g.planId);
    // The plan's own role reads (and later deletes) its points, whichever role listed the vault.
    const own = entry.vault;
    const d = {
        g,
        own,
        namespace: entry.namespace,
        decide: () => [],
        decisions: [],
        // Before the holds are read, nothing counts as held: a hold only turns a removal into a guard.
        held: (arn) => {
            if (!d.holds)
                return undefined;
            const p = gc.pointOf(arn);
            return p ? d.holds.heldBecause(p, target.vault.vault) : true;
        },
        holdsUnreadable: false,
    };
    if (own.role !== target.vault.role) {
        const live = await readLive(own, g.points, ctx);
        for (const p of [...g.points])
            applyLive(d, p, live.get(p.arn), `${p.arn}: its tags read with ${own.role} differ from those read with ${target.vault.role}; decided on the former`, gc);
    }
    const selected = await planSelection(entry.plan, ctx);
    d.decide = () => decideGroup({
        points: g.points,
        slots: entry.slots,
        planRules: new Set(entry.plan.rules.map((r) => r.name)),
        resourceSelected: selected.has(g.resourceArn),
        now: ctx.now,
        lock: scan.lock,
        held: d.held,
        applyRetentionToExisting: ctx.applyRetentionToExisting,
    });
    d.decisions = d.decide();
    startHolds(d, gc);
    return d;
}
/**
 * Decide the group again (on corrected facts), reading the legal holds of its role's account and
 * region (once per run) as soon as the decision would remove a point.
 */
async function withHolds(d, gc) {
    d.decisions = d.decide();
    startHolds(d, gc);
    await applyHolds(d, gc);
}
/**
 * Start reading the legal holds once the group's decision would remove a point. A hold only ever
 * turns a removal into a guard, so a decision that removes nothing is the same whatever the holds
 * say: a vault where nothing goes (say, a copy destination with `retain.days`) does not ask for them.
 */
function startHolds(d, gc) {
    if (d.holds || d.holdsRead || !d.decisions.some((x) => x.kind === 'remove'))
        return;
    d.holdsRead = gc.reads.start(legalHoldsFor(d.own, gc.ctx)); // awaited by applyHolds
}
/** Once the holds are read: the group's removals under a hold become guards (see withLegalHolds). */
async function applyHolds(d, gc) {
    if (d.holds || !d.holdsRead)
        return;
    const { scan, target } = gc;
    d.holds = await d.holdsRead;
    d.holdsUnreadable = d.holds.unreadable !== undefined;
    // The listing role's notes lead the vault's notes, as when they were read before any decision.
    const fresh = d.holds.notes.filter((n) => !scan.notes.includes(n));
    if (d.own.role === target.vault.role)
        scan.notes.unshift(...fresh);
    else
        scan.notes.push(...fresh);
    d.decisions = withLegalHolds(d.decisions, d.held);
}
/** Items by the role and region that read them (in first-seen order). */
function byRole(items, ref) {
    const byKey = new Map();
    for (const item of items) {
        const v = ref(item);
        const key = `${v.role}\n${v.region}`;
        const entry = byKey.get(key) ?? [v, []];
        entry[1].push(item);
        byKey.set(key, entry);
    }
    return new Map([...byKey.values()]);
}
/** The points' tags, read live with the role (batched by the shared reader). */
function readLive(own, points, ctx) {
    return (0,point_tags/* readPointTags */.S0)({ backup: ctx.aws.backup(own.role, own.region), tagging: ctx.aws.tagging(own.role, own.region) }, points.map((p) => p.arn));
}
/**
 * A point's ownership as just read live; true when it changed. A point whose tags no longer name
 * this plan leaves the group (counted as not ours, or unowned).
 */
function applyLive(d, p, tags, stale, gc) {
    const { scan, ctx } = gc;
    scan.source.set(p.arn, 'aws');
    const now = (0,ownership/* parseOwnership */.vD)(tags);
    if (now && p.ownership && (0,ownership/* sameOwnership */.S)(now, p.ownership))
        return false;
    ctx.catalog.forget(scan.key, p.arn);
    scan.notes.push(stale);
    p.ownership = now;
    if (now && now.namespace === d.namespace && now.plan === d.g.planId) {
        ctx.catalog.remember(scan.key, p.arn, now);
    }
    else {
        d.g.points = d.g.points.filter((x) => x.arn !== p.arn);
        if (now)
            scan.notOurs++;
        else
            scan.unowned++;
    }
    return true;
}
/** The legal holds of the vault's account and region as its role sees them, read once per run. */
function legalHoldsFor(vault, ctx) {
    const holdKey = `${vault.account}/${vault.region}/${vault.role}`;
    let holds = ctx.memo.holds.get(holdKey);
    if (!holds)
        ctx.memo.holds.set(holdKey, (holds = (0,legal_holds/* readLegalHolds */.q)(ctx.aws.backup(vault.role, vault.region), vault)));
    return holds;
}
/**
 * The resources the plan selects now, decided exactly as `backup` decides them (src/plan/selection.ts).
 * Resources carrying reserved tags count as selected: their points are set aside as such, not as
 * orphans. Resources the Tagging API still lists after deletion count as selected too: their points
 * stay under the plan's retention.
 */
function planSelection(plan, ctx) {
    let found = ctx.memo.selections.get(plan.id);
    if (!found) {
        found = (0,resources/* matchSelectors */.s)(ctx.aws.tagging(plan.aws.role, plan.aws.region), plan).then((matches) => {
            // Each match comes with its whole tag set, read now: prefetchResourceTags need not ask again.
            for (const r of [...matches.explicit, ...matches.tagged.flatMap((t) => t.resources)])
                if (r.tags && !ctx.memo.resourceTags.has(r.arn))
                    ctx.memo.resourceTags.set(r.arn, Promise.resolve(r.tags));
            const selection = (0,plan_selection/* selectResources */.KN)(plan, matches);
            return new Set([...selection.resources.map((r) => r.arn), ...selection.reserved.map((r) => r.arn)]);
        });
        ctx.memo.selections.set(plan.id, found);
    }
    return found;
}
/**
 * The resources' own tags through the Tagging API (in each resource's region, with its plan's role,
 * 100 ARNs a call), memoized per run in `ctx.memo.resourceTags` (where the plans' selections have
 * already put the tags of every resource they matched).
 */
async function prefetchResourceTags(items, vault, ctx) {
    const batches = new Map();
    for (const { resourceArn, planId } of items) {
        if (ctx.memo.resourceTags.has(resourceArn))
            continue;
        const plan = planId ? ctx.plans.get(planId)?.plan : undefined;
        const role = plan?.aws.role ?? vault.role;
        const region = (0,resource_types/* parseArn */.Lw)(resourceArn)?.region || plan?.aws.region || vault.region;
        const k = `${role}\n${region}`;
        let b = batches.get(k);
        if (!b)
            batches.set(k, (b = { role, region, arns: new Set() }));
        b.arns.add(resourceArn);
    }
    const fetched = [];
    for (const b of batches.values()) {
        const arns = [...b.arns];
        const all = (0,pagination/* tagsByArn */.yM)(ctx.aws.tagging(b.role, b.region), arns);
        for (const arn of arns) {
            const tags = all.then((m) => m.get(arn));
            ctx.memo.resourceTags.set(arn, tags);
            fetched.push(tags);
        }
    }
    await Promise.all(fetched);
}

// EXTERNAL MODULE: ./src/prune/targets.ts
var prune_targets = __webpack_require__(3670);
;// CONCATENATED MODULE: ./src/prune/run.ts
// One prune run: scan every vault the plans keep points in, decide, apply the max-deletions cap, delete
// (unless dry run), and build the report. The command wires AWS, the catalog and the host around it.








async function runPrune(options) {
    const log = options.log ?? (() => { });
    const { scans, errors } = await scanAll(options, log);
    const { removals, shortenings } = planActions(scans);
    const { allowed, capped } = applyCap(removals, options.maxDeletions);
    const failures = [];
    let deletionRate;
    if (options.dryRun)
        markDryRun(allowed, shortenings);
    else {
        deletionRate = await deleteAll(allowed, options, failures, log);
        await shortenAll(shortenings, options, failures);
    }
    return pruneBody({
        dryRun: options.dryRun,
        maxDeletions: options.maxDeletions,
        applyRetentionToExisting: options.applyRetentionToExisting,
        reports: scans.map((s) => s.report),
        failures,
        errors,
        capped: capped.length,
        deletionRate,
    });
}
/**
 * Vaults scanned at once: a scan is a chain of reads (list, describe, tags, holds) that mostly waits
 * on AWS, so the next vault's reads overlap it; few enough that a folder of many vaults stays clear
 * of throttling.
 */
const SCAN_CONCURRENCY = 4;
/**
 * Scan every vault the plans keep points in; a vault that cannot be scanned is an error, not a stop.
 * Scans overlap (they share only promise-memoised reads), and their reports, errors and log lines keep
 * the vaults' order.
 */
async function scanAll(options, log) {
    const memo = new ScanMemo();
    const targets = (0,prune_targets/* vaultTargets */.n)(options.plans);
    const outcomes = [];
    await (0,aws_concurrency/* forEachConcurrent */.C6)(targets.map((target, index) => ({ target, index })), SCAN_CONCURRENCY, async ({ target, index }) => {
        const { vault } = target;
        const base = emptyVaultReport(vault);
        try {
            const scan = await scanVault(target, {
                aws: options.clients,
                catalog: options.catalog,
                now: options.now(),
                namespaces: new Set(options.plans.map((p) => p.namespace)),
                folderPlanIds: options.folderPlanIds,
                plans: new Map(options.plans.map((p) => [p.plan.id, p])),
                applyRetentionToExisting: options.applyRetentionToExisting,
                memo,
            });
            outcomes[index] = { scan, report: vaultReport(base, scan) };
        }
        catch (err) {
            const error = `vault ${(0,model/* vaultKey */._)(vault)} could not be scanned, nothing in it was pruned: ${(0,retry/* describeAwsError */.Pp)(err, { role: vault.role, region: vault.region })}`;
            outcomes[index] = { report: { ...base, error }, error };
        }
    });
    const scans = [];
    const errors = [];
    for (const { scan, report, error } of outcomes) {
        if (scan)
            log(`${(0,model/* vaultKey */._)(scan.vault)}: ${scan.listed} points listed, ${scan.groups.length} resource group(s) of ours`);
        if (error !== undefined)
            errors.push(error);
        scans.push(scan ? { scan, report } : { report });
    }
    return { scans, errors };
}
/** Delete the allowed removals; returns the deletion rate (points a second) when any was deleted. */
async function deleteAll(allowed, options, failures, log) {
    const byArn = new Map(allowed.map((c) => [c.candidate.point.arn, c]));
    const began = Date.now();
    let done = 0;
    const outcomes = await executeDeletions(allowed.map((c) => c.candidate), options.clients, {
        ...options.execute,
        onOutcome: (o) => {
            done++;
            if (done % 500 === 0)
                log(`prune: ${done}/${allowed.length} removals processed`);
            options.execute?.onOutcome?.(o);
        },
    });
    const seconds = (Date.now() - began) / 1000;
    for (const o of outcomes)
        if (recordOutcome(o, byArn.get(o.candidate.point.arn).point, failures))
            options.catalog.forget((0,model/* vaultKey */._)(o.candidate.vault), o.candidate.point.arn);
    const deleted = outcomes.filter((o) => o.kind === 'deleted').length;
    return deleted > 0 && seconds > 0 ? deleted / seconds : undefined;
}
/** `apply-retention-to-existing`: shorten the lifecycles the decisions ask for. */
async function shortenAll(shortenings, options, failures) {
    if (shortenings.length === 0)
        return;
    const byPoint = new Map(shortenings.map((l) => [l.change.point.arn, l.point]));
    for (const r of await applyLifecycles(shortenings.map((l) => l.change), options.clients))
        recordLifecycleOutcome(r, byPoint.get(r.change.point.arn), failures);
}


/***/ }),

/***/ 3670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ vaultTargets)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9121);

function vaultTargets(plans) {
    const targets = new Map();
    const add = (vault, plan, namespace, slot) => {
        const key = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .vaultKey */ ._)(vault);
        let target = targets.get(key);
        if (!target)
            targets.set(key, (target = { vault, plans: new Map() }));
        let entry = target.plans.get(plan.id);
        if (!entry)
            target.plans.set(plan.id, (entry = { plan, namespace, slots: [], vault }));
        entry.slots.push(slot);
    };
    for (const { plan, namespace } of plans) {
        const source = {
            account: plan.aws.account,
            region: plan.aws.region,
            vault: plan.vault,
            role: plan.aws.role,
        };
        for (const rule of plan.rules) {
            add(source, plan, namespace, {
                rule: rule.name,
                timezone: rule.timezone,
                retain: rule.retain,
                role: 'source',
            });
            for (const copy of rule.copyTo) {
                const dest = {
                    account: copy.account,
                    region: copy.region,
                    vault: copy.vault,
                    // Same account: the plan's role can reach the other region too.
                    role: copy.role ?? plan.aws.role,
                };
                add(dest, plan, namespace, {
                    rule: rule.name,
                    timezone: rule.timezone,
                    retain: copy.retain,
                    role: 'copy',
                });
            }
        }
    }
    return [...targets.values()];
}


/***/ })

};
