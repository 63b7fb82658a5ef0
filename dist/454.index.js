export const id = 454;
export const ids = [454];
export const modules = {

/***/ 4704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ recoveryPointArn),
/* harmony export */   BQ: () => (/* binding */ isBackupManagedPointArn),
/* harmony export */   Iy: () => (/* binding */ resourceName),
/* harmony export */   Jc: () => (/* binding */ newJobId),
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   Mq: () => (/* binding */ vaultArn),
/* harmony export */   Rm: () => (/* binding */ isNativeSnapshotArn),
/* harmony export */   Tk: () => (/* binding */ backupResourceType),
/* harmony export */   dh: () => (/* binding */ parseVaultArn),
/* harmony export */   uH: () => (/* binding */ restoredResourceArn)
/* harmony export */ });
/* unused harmony export randomHex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// ARN parsing and the ARN shapes AWS Backup gives recovery points, per resource type.

function parseArn(arn) {
    const parts = arn.split(':');
    if (parts.length < 6 || parts[0] !== 'arn' || !parts[1] || !parts[2])
        return undefined;
    const resource = parts.slice(5).join(':');
    if (!resource)
        return undefined;
    const resourceType = /^[^/:]+/.exec(resource)?.[0] ?? '';
    return {
        partition: parts[1],
        service: parts[2],
        region: parts[3] ?? '',
        account: parts[4] ?? '',
        resource,
        resourceType,
    };
}
/** The `ResourceType` AWS Backup reports for a protected resource, or undefined if unsupported. */
function backupResourceType(arn) {
    const p = parseArn(arn);
    if (!p)
        return undefined;
    switch (`${p.service}:${p.resourceType}`) {
        case 'ec2:volume':
            return 'EBS';
        case 'ec2:instance':
            return 'EC2';
        case 'rds:db':
            return 'RDS';
        case 'rds:cluster':
            return 'Aurora';
        case 'dynamodb:table':
            return 'DynamoDB';
        case 'elasticfilesystem:file-system':
            return 'EFS';
        case 's3:':
            return 'S3';
        default:
            return p.service === 's3' ? 'S3' : undefined;
    }
}
/** The resource's short name/id: `vol-1`, `orders`, `fs-1`, a table name, a bucket. */
function resourceName(arn) {
    const p = parseArn(arn);
    if (!p)
        return arn;
    const rest = p.resource.slice(p.resourceType.length + 1);
    return rest || p.resource;
}
function vaultArn(account, region, name) {
    return `arn:aws:backup:${region}:${account}:backup-vault:${name}`;
}
/** `arn:aws:backup:<region>:<account>:backup-vault:<name>` → its parts. */
function parseVaultArn(arn) {
    const p = parseArn(arn);
    if (!p || p.service !== 'backup' || p.resourceType !== 'backup-vault')
        return undefined;
    const name = p.resource.slice('backup-vault:'.length);
    if (!name || !p.account || !p.region)
        return undefined;
    return { account: p.account, region: p.region, name };
}
// Random bytes drawn from a pool refilled 4 KiB at a time: a `randomBytes` call per new ARN was a
// measurable share of StartBackupJob (one call into the CSPRNG and one buffer per point).
const pool = Buffer.alloc(4096);
let used = pool.length;
/** `bytes` fresh random bytes as lower-case hex; no byte is ever handed out twice. */
function randomHex(bytes) {
    if (bytes > pool.length)
        throw new RangeError(`randomHex: at most ${pool.length} bytes`);
    if (used + bytes > pool.length) {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomFillSync)(pool);
        used = 0;
    }
    used += bytes;
    return pool.toString('hex', used - bytes, used);
}
/**
 * A new recovery point's ARN, shaped as AWS Backup shapes it for the resource type:
 * - EBS: a native EC2 snapshot, `arn:aws:ec2:<region>::snapshot/snap-<17 hex>` (no account);
 * - EC2: an AMI, `arn:aws:ec2:<region>::image/ami-<17 hex>`;
 * - RDS / Aurora: native snapshots named after the job, `…:snapshot:awsbackup:job-<uuid>`;
 * - DynamoDB without advanced backup features: a native DynamoDB backup,
 *   `arn:aws:dynamodb:<region>:<account>:table/<name>/backup/<13 digits>-<8 hex>`;
 * - everything with full AWS Backup management (EFS, S3, DynamoDB with advanced features):
 *   `arn:aws:backup:<region>:<account>:recovery-point:<uuid>`.
 */
function recoveryPointArn(resourceArn, account, region, jobId, nowMs, advancedDynamoDb) {
    switch (backupResourceType(resourceArn)) {
        case 'EBS':
            return `arn:aws:ec2:${region}::snapshot/snap-${randomHex(9).slice(0, 17)}`;
        case 'EC2':
            return `arn:aws:ec2:${region}::image/ami-${randomHex(9).slice(0, 17)}`;
        case 'RDS':
            return `arn:aws:rds:${region}:${account}:snapshot:awsbackup:job-${jobId.toLowerCase()}`;
        case 'Aurora':
            return `arn:aws:rds:${region}:${account}:cluster-snapshot:awsbackup:job-${jobId.toLowerCase()}`;
        case 'DynamoDB':
            if (!advancedDynamoDb)
                return `arn:aws:dynamodb:${region}:${account}:table/${resourceName(resourceArn)}/backup/${String(nowMs).padStart(13, '0')}-${randomHex(4)}`;
            return `arn:aws:backup:${region}:${account}:recovery-point:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        default:
            return `arn:aws:backup:${region}:${account}:recovery-point:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    }
}
/** Points whose ARN is AWS Backup's own have "full AWS Backup management": ListTags works on them. */
function isBackupManagedPointArn(arn) {
    return /^arn:aws[a-z-]*:backup:[^:]+:\d{12}:recovery-point:/.test(arn);
}
/** Native snapshots (EBS, EC2 AMI, RDS, Aurora) are tagged and read through the Tagging API. */
function isNativeSnapshotArn(arn) {
    const p = parseArn(arn);
    if (!p)
        return false;
    return ((p.service === 'ec2' && (p.resourceType === 'snapshot' || p.resourceType === 'image')) ||
        (p.service === 'rds' && (p.resourceType === 'snapshot' || p.resourceType === 'cluster-snapshot')));
}
/** Job ids look like AWS's: upper-case GUIDs. */
const newJobId = () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().toUpperCase();
/** A new resource id for restores, in the type's own id shape. */
function restoredResourceArn(resourceType, account, region, metadata) {
    switch (resourceType) {
        case 'EBS':
            return `arn:aws:ec2:${region}:${account}:volume/vol-${randomHex(9).slice(0, 17)}`;
        case 'EC2':
            return `arn:aws:ec2:${region}:${account}:instance/i-${randomHex(9).slice(0, 17)}`;
        case 'RDS':
            return `arn:aws:rds:${region}:${account}:db:${metadata.DBInstanceIdentifier ?? `restored-${randomHex(4)}`}`;
        case 'Aurora':
            return `arn:aws:rds:${region}:${account}:cluster:${metadata.DBClusterIdentifier ?? `restored-${randomHex(4)}`}`;
        case 'DynamoDB':
            return `arn:aws:dynamodb:${region}:${account}:table/${metadata.targetTableName ?? `restored-${randomHex(4)}`}`;
        case 'EFS':
            return `arn:aws:elasticfilesystem:${region}:${account}:file-system/fs-${randomHex(9).slice(0, 17)}`;
        case 'S3':
            return `arn:aws:s3:::${metadata.DestinationBucketName ?? `restored-${randomHex(4)}`}`;
        default:
            return `arn:aws:${resourceType.toLowerCase()}:${region}:${account}:restored/${randomHex(8)}`;
    }
}


/***/ }),

/***/ 6454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nb: () => (/* reexport */ world_file/* loadWorldFile */.n),
  rs: () => (/* binding */ startSimulator)
});

// UNUSED EXPORTS: Simulator, WorldError, validateWorld

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/simulator/world.ts
var simulator_world = __webpack_require__(2710);
;// CONCATENATED MODULE: ./src/simulator/admin.ts

class AdminError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
function json(req) {
    if (req.body.length === 0)
        return {};
    try {
        const v = JSON.parse(req.body.toString('utf8'));
        if (v && typeof v === 'object' && !Array.isArray(v))
            return v;
    }
    catch {
        // fall through
    }
    throw new AdminError(400, 'the request body must be a JSON object');
}
function route(sim, req) {
    const path = req.rawPath.replace(/\/+$/, '');
    const m = req.method;
    if (path === '/_sim/clock' && m === 'GET')
        return [200, { now: sim.now().toISOString() }];
    if (path === '/_sim/clock/advance' && m === 'POST') {
        const body = json(req);
        let seconds;
        if (typeof body.seconds === 'number')
            seconds = body.seconds;
        else if (typeof body.to === 'string' && !Number.isNaN(Date.parse(body.to)))
            seconds = (Date.parse(body.to) - sim.now().getTime()) / 1000;
        else
            throw new AdminError(400, 'give {"seconds": N} or {"to": "<ISO-8601>"}');
        if (!(seconds >= 0))
            throw new AdminError(400, 'the simulated clock only moves forward');
        return [200, { now: sim.advance(seconds).toISOString() }];
    }
    if (path === '/_sim/clock/next' && m === 'GET') {
        const next = sim.nextEventAt();
        return [200, { now: sim.now().toISOString(), next: next ? next.toISOString() : null }];
    }
    if (path === '/_sim/faults' && m === 'POST') {
        try {
            return [201, sim.addFault(json(req))];
        }
        catch (error) {
            throw new AdminError(400, error.message);
        }
    }
    if (path === '/_sim/faults' && m === 'GET')
        return [200, { faults: sim.faults.list() }];
    if (path === '/_sim/faults' && m === 'DELETE') {
        sim.clearFaults();
        return [200, { faults: [] }];
    }
    const faultId = /^\/_sim\/faults\/([^/]+)$/.exec(path)?.[1];
    if (faultId && m === 'DELETE') {
        if (!sim.faults.remove(decodeURIComponent(faultId)))
            throw new AdminError(404, `no fault ${faultId}`);
        return [200, { faults: sim.faults.list() }];
    }
    if (path === '/_sim/stats' && m === 'GET')
        return [200, sim.stats()];
    if (path === '/_sim/stats' && m === 'DELETE') {
        sim.resetStats();
        return [200, sim.stats()];
    }
    if (path === '/_sim/state' && m === 'GET')
        return [200, sim.dump()];
    if (path === '/_sim/world' && m === 'POST') {
        try {
            sim.patchWorld(json(req));
        }
        catch (error) {
            throw new AdminError(400, error.message);
        }
        return [200, { ok: true }];
    }
    const resourceArn = /^\/_sim\/resources\/(.+)$/.exec(path)?.[1];
    if (resourceArn && m === 'DELETE') {
        try {
            sim.deleteRestoredResource(decodeURIComponent(resourceArn));
        }
        catch (error) {
            throw new AdminError(409, error.message);
        }
        return [200, { deleted: decodeURIComponent(resourceArn) }];
    }
    throw new AdminError(404, `no admin route ${m} ${req.rawPath}; see src/simulator/README.md`);
}
function handleAdmin(sim, req, res) {
    let status;
    let body;
    try {
        [status, body] = route(sim, req);
    }
    catch (error) {
        status = error instanceof AdminError ? error.status : error instanceof simulator_world/* WorldError */.n ? 400 : 500;
        body = { error: error.message };
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}

// EXTERNAL MODULE: ./src/simulator/arns.ts
var arns = __webpack_require__(4704);
;// CONCATENATED MODULE: ./src/simulator/errors.ts
// Errors the simulator answers with. Each protocol module renders them in its own wire shape
// (restJson1 / awsJson1.1 header + JSON body, STS query XML), so the SDK's error classes and its
// retry classification (which goes by the error code name) engage exactly as against AWS.
class SimError extends Error {
    code;
    status;
    constructor(code, message, status = statusForCode(code)) {
        super(message);
        this.code = code;
        this.status = status;
        this.name = code;
    }
    /** STS puts Sender/Receiver in <Type>; JSON services have no equivalent but we expose it. */
    get fault() {
        return this.status >= 500 ? 'Receiver' : 'Sender';
    }
}
// HTTP status per error code, as the services' models declare them (Backup's exceptions carry no
// httpStatusCode trait in the 2023 model; these are the statuses AWS Backup's API reference lists).
const STATUS = {
    // AWS Backup
    ResourceNotFoundException: 404,
    InvalidParameterValueException: 400,
    MissingParameterValueException: 400,
    InvalidRequestException: 400,
    InvalidResourceStateException: 400,
    AlreadyExistsException: 400,
    LimitExceededException: 400,
    ConflictException: 400,
    DependencyFailureException: 500,
    ServiceUnavailableException: 500,
    AccessDeniedException: 403,
    // AWS Backup returns throttling with 400; the SDK classifies it by name, not by status.
    ThrottlingException: 400,
    ExpiredTokenException: 400,
    UnrecognizedClientException: 403,
    UnknownOperationException: 404,
    // Resource Groups Tagging API
    InvalidParameterException: 400,
    ThrottledException: 400,
    InternalServiceException: 500,
    PaginationTokenExpiredException: 400,
    // STS
    AccessDenied: 403,
    InvalidIdentityToken: 400,
    // The model's wire code; the SDK names its class IDPCommunicationErrorException.
    IDPCommunicationError: 400,
    IDPRejectedClaim: 403,
    ExpiredToken: 400,
    Throttling: 400,
    ValidationError: 400,
    MalformedPolicyDocument: 400,
    RegionDisabledException: 403,
    InvalidAction: 400,
    InternalFailure: 500,
};
function statusForCode(code) {
    return STATUS[code] ?? 400;
}
// Small constructors for the common cases, so handlers read as the rule they enforce.
const notFound = (message) => new SimError('ResourceNotFoundException', message);
const invalidParameter = (message) => new SimError('InvalidParameterValueException', message);
const missingParameter = (name) => new SimError('MissingParameterValueException', `Missing required parameter: ${name}`);
const invalidRequest = (message) => new SimError('InvalidRequestException', message);
const invalidState = (message) => new SimError('InvalidResourceStateException', message);

;// CONCATENATED MODULE: ./src/simulator/event-queue.ts
// A min-heap of timed events on the simulated clock (job transitions, lifecycle deletes and cold
// moves). Advancing the clock pops due events in time order, so every state change happens at its
// exact simulated instant no matter how far one advance jumps. Ties run in insertion order.
class EventQueue {
    heap = [];
    seq = 0;
    get size() {
        return this.heap.length;
    }
    schedule(at, run) {
        const event = { at, seq: this.seq++, run };
        const h = this.heap;
        h.push(event);
        let i = h.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!before(h[i], h[parent]))
                break;
            [h[i], h[parent]] = [h[parent], h[i]];
            i = parent;
        }
    }
    peek() {
        return this.heap[0];
    }
    pop() {
        const h = this.heap;
        const top = h[0];
        const last = h.pop();
        if (h.length > 0 && last) {
            h[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < h.length && before(h[l], h[m]))
                    m = l;
                if (r < h.length && before(h[r], h[m]))
                    m = r;
                if (m === i)
                    break;
                [h[i], h[m]] = [h[m], h[i]];
                i = m;
            }
        }
        return top;
    }
}
function before(a, b) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

;// CONCATENATED MODULE: ./src/simulator/sorted-index.ts
// An ordered index of items by a string key, for listings with stable, resumable pagination.
// Lookups and the position of a page token are binary searches (O(log n)). The arrays hold the keys
// in descending order, so that the usual insert, a newest-first key (newestFirstKey: the smallest
// yet), is an append: a job history of 20,000 entries no longer moves its whole array per new job.
// Other inserts and removals move array tails (memmove, microseconds for tens of thousands of
// entries). Seeding a large world appends then sorts once (`bulkLoad`).
class SortedIndex {
    /** Descending: position 0 holds the largest key, the end the smallest (the newest). */
    keys = [];
    values = [];
    get size() {
        return this.keys.length;
    }
    /** First position whose key is <= key: every key before it is larger. */
    firstAtMost(key) {
        let lo = 0;
        let hi = this.keys.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.keys[mid] > key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    insert(key, value) {
        const at = this.firstAtMost(key);
        if (this.keys[at] === key) {
            this.values[at] = value;
            return;
        }
        if (at === this.keys.length) {
            this.keys.push(key);
            this.values.push(value);
            return;
        }
        this.keys.splice(at, 0, key);
        this.values.splice(at, 0, value);
    }
    remove(key) {
        const at = this.firstAtMost(key);
        if (this.keys[at] !== key)
            return false;
        this.keys.splice(at, 1);
        this.values.splice(at, 1);
        return true;
    }
    /** Adds many entries at once: one sort instead of n binary-search splices. */
    bulkLoad(entries) {
        const all = this.keys.map((k, i) => [k, this.values[i]]);
        for (const e of entries)
            all.push(e);
        // Stable, so of equal keys the last given wins (below), as with insert.
        all.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
        this.keys = [];
        this.values = [];
        for (const [k, v] of all) {
            if (this.keys[this.keys.length - 1] === k)
                this.values[this.values.length - 1] = v;
            else {
                this.keys.push(k);
                this.values.push(v);
            }
        }
    }
    /** Iterates entries in ascending key order, starting after `afterKey` when given. */
    *from(afterKey) {
        // Ascending order walks the arrays from the end; the first entry is the smallest key > afterKey.
        let at = afterKey === undefined ? this.keys.length - 1 : this.firstAtMost(afterKey) - 1;
        while (at >= 0) {
            const key = this.keys[at];
            yield [key, this.values[at]];
            // Callers may insert or delete while paging: unless the entry yielded is still where it was,
            // find the next larger key anew.
            at = this.keys[at] === key ? at - 1 : this.firstAtMost(key) - 1;
        }
    }
    *valuesInOrder() {
        for (const [, v] of this.from())
            yield v;
    }
}
/** Keys that sort newest first, ties broken by id. */
function newestFirstKey(ms, id) {
    return `${String(9_999_999_999_999 - Math.floor(ms)).padStart(13, '0')}|${id}`;
}
/**
 * One page out of an index: up to `max` items that pass `keep`, after `token`. Tokens are opaque
 * (base64url of the last key plus a tag naming the listing) so a token from one listing is refused
 * by another, as AWS refuses foreign tokens.
 */
function page(index, options) {
    const items = [];
    if (!index)
        return { items };
    const after = options.token === undefined ? undefined : decodeToken(options.token, options.tag);
    let last;
    for (const [key, value] of index.from(after)) {
        if (options.past?.(value))
            break;
        if (options.keep && !options.keep(value))
            continue;
        if (items.length === options.max)
            return { items, nextToken: encodeToken(last, options.tag) };
        items.push(value);
        last = key;
    }
    return { items };
}
class InvalidTokenError extends Error {
}
function encodeToken(key, tag) {
    return Buffer.from(JSON.stringify([tag, key])).toString('base64url');
}
function decodeToken(token, tag) {
    try {
        const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
        if (Array.isArray(parsed) && parsed[0] === tag && typeof parsed[1] === 'string')
            return parsed[1];
    }
    catch {
        // fall through
    }
    throw new InvalidTokenError(`Invalid NextToken: ${token.slice(0, 40)}`);
}

;// CONCATENATED MODULE: ./src/simulator/state.ts
// The simulated AWS state: every object, the indexes that keep listings and deletes cheap with
// thousands of recovery points, and the simulated clock with its queue of timed events.




const DAY_MS = 86_400_000;
const GIB = 1024 ** 3;
const scopeKey = (account, region) => `${account}|${region}`;
const vaultKey = (account, region, name) => `${account}|${region}|${name}`;
const isPoint = (t) => 'vault' in t;
function bucket(map, key) {
    let index = map.get(key);
    if (!index)
        map.set(key, (index = new SortedIndex()));
    return index;
}
class SimState {
    now;
    accounts;
    roles = new Map();
    vaults = new Map();
    vaultsByScope = new Map();
    pointsByVault = new Map();
    resources = new Map();
    points = new Map();
    /** Points per (account, region, resource ARN): ListRecoveryPointsByResource. */
    pointsByResource = new Map();
    /** Per (account, region), by ARN: what the Tagging API may list (see wasEverTagged). */
    taggables = new Map();
    /**
     * ARNs that had tags at some point and may have none now. The Tagging API lists only resources
     * that are tagged or were previously tagged; one with tags now is tagged, so this set only needs
     * to learn of an ARN before its tags can disappear (see rememberTagged).
     */
    previouslyTagged = new Set();
    backupJobs = new Map();
    backupJobsByScope = new Map();
    /** Per (account, region, resource ARN), same keys as by scope: listings filtered by resource. */
    backupJobsByResource = new Map();
    copyJobs = new Map();
    copyJobsByScope = new Map();
    copyJobsByResource = new Map();
    restoreJobs = new Map();
    restoreJobsByScope = new Map();
    legalHolds = new Map();
    legalHoldsByScope = new Map();
    /** Backup and copy jobs not yet finished, per resource ARN: "one job at a time per resource". */
    activeJobsByResource = new Map();
    /** Listing entries of finished jobs, encoded once (backup.ts encodedJob), about oldest first. */
    encodedJobs = new Map();
    /** (account, region, operation, token) → job id and the parameters it was first used with. */
    idempotency = new Map();
    sessions = new Map();
    events = new EventQueue();
    /** Answers AWS gives one way or another (world `quirks`). */
    quirks = {};
    /** Per (account, region): resource types opted out of AWS Backup (DescribeRegionSettings). */
    optIn = new Map();
    seq = 0;
    /**
     * Not an AWS behaviour: a journal for simulate's engine (src/simulate/engine.ts), which records the
     * points between runs and would otherwise walk all of them each time. Once started, every point
     * created, re-tagged or moved to cold storage is noted (in the order first noted) until taken.
     * Off unless started, so nothing accumulates for other users of the simulator.
     */
    pointJournal;
    constructor(world) {
        this.now = world.start ? Date.parse(world.start) : Date.now();
        this.accounts = [...world.accounts];
        this.patch(world, true);
    }
    /** Starts noting changed points (see pointJournal). */
    startPointJournal() {
        this.pointJournal ??= new Set();
    }
    /** The points created or changed since the last call (or the journal's start), first noted first. */
    takePointJournal() {
        if (!this.pointJournal)
            throw new Error('takePointJournal: the point journal was not started');
        const noted = [...this.pointJournal];
        this.pointJournal.clear();
        return noted;
    }
    /** Notes a change of the point at this ARN, if any (a vault's or resource's ARN is no point). */
    pointChanged(arn) {
        if (!this.pointJournal)
            return;
        const p = this.points.get(arn);
        if (p)
            this.pointJournal.add(p);
    }
    /** Call before removing or replacing an object's tags: if it has any, it stays "previously tagged". */
    rememberTagged(arn, tags) {
        if (Object.keys(tags).length > 0)
            this.previouslyTagged.add(arn);
    }
    /** Tagged now or at some earlier time: what the Tagging API's GetResources returns. */
    wasEverTagged(t) {
        for (const _ in t.tags)
            return true;
        return this.previouslyTagged.has(t.arn);
    }
    /** A new object took over this ARN (e.g. a restore onto a deleted resource's name): no tag history. */
    forgetTagHistory(arn) {
        this.previouslyTagged.delete(arn);
    }
    nextSeq() {
        return this.seq++;
    }
    // ---- world seeding and patches ---------------------------------------------------------------
    /** Adds or updates world objects (used by the world file and by POST /_sim/world). */
    patch(world, seeding = false) {
        for (const a of world.accounts ?? [])
            if (!this.accounts.includes(a))
                this.accounts.push(a);
        for (const role of world.roles ?? []) {
            const existing = this.roles.get(role.arn);
            this.roles.set(role.arn, existing ? { ...existing, ...role } : role);
        }
        for (const v of world.vaults ?? [])
            this.upsertVault(v);
        for (const r of world.resources ?? [])
            this.upsertResource(r);
        if (world.recoveryPoints?.length) {
            // Seeding thousands of points: build each index in one sort instead of per-point splices.
            const created = world.recoveryPoints.map((p) => this.seedPoint(p));
            this.indexPoints(created, seeding);
        }
        for (const h of world.legalHolds ?? [])
            this.seedLegalHold(h);
        if (world.quirks)
            this.quirks = { ...this.quirks, ...world.quirks };
        for (const r of world.regionSettings ?? []) {
            const key = scopeKey(r.account, r.region);
            this.optIn.set(key, { ...this.optIn.get(key), ...r.optIn });
        }
        // Seeded points whose lifecycle already ran out are gone, as AWS would have deleted them.
        this.runDue();
    }
    upsertVault(v) {
        const key = vaultKey(v.account, v.region, v.name);
        const lock = v.lock
            ? {
                minRetentionDays: v.lock.minRetentionDays,
                maxRetentionDays: v.lock.maxRetentionDays,
                lockDateMs: v.lock.lockDate ? Date.parse(v.lock.lockDate) : undefined,
            }
            : undefined;
        const existing = this.vaults.get(key);
        if (existing) {
            if (v.lock)
                existing.lock = lock;
            if (v.kmsKeyArn)
                existing.kmsKeyArn = v.kmsKeyArn;
            if (v.tags)
                existing.tags = { ...v.tags };
            return existing;
        }
        return this.addVault({
            account: v.account,
            region: v.region,
            name: v.name,
            arn: (0,arns/* vaultArn */.Mq)(v.account, v.region, v.name),
            creationMs: this.now,
            kmsKeyArn: v.kmsKeyArn ?? defaultKmsKey(v.account, v.region),
            lock,
            tags: { ...(v.tags ?? {}) },
        });
    }
    addVault(vault) {
        this.vaults.set(vaultKey(vault.account, vault.region, vault.name), vault);
        bucket(this.vaultsByScope, scopeKey(vault.account, vault.region)).insert(vault.name, vault);
        this.pointsByVault.set(vault, new SortedIndex());
        return vault;
    }
    getVault(account, region, name) {
        return this.vaults.get(vaultKey(account, region, name));
    }
    upsertResource(r) {
        const existing = this.resources.get(r.arn);
        if (existing) {
            if (r.tags) {
                this.rememberTagged(existing.arn, existing.tags);
                existing.tags = { ...r.tags };
            }
            if (r.sizeGiB !== undefined)
                existing.sizeGiB = r.sizeGiB;
            if (r.advancedBackup !== undefined)
                existing.advancedBackup = r.advancedBackup;
            if (r.encrypted !== undefined)
                existing.encrypted = r.encrypted;
            if (r.deleted !== undefined)
                existing.deleted = r.deleted;
            if (r.unavailableUntil !== undefined)
                existing.unavailableUntilMs = Date.parse(r.unavailableUntil);
            return existing;
        }
        const p = (0,arns/* parseArn */.Lw)(r.arn);
        return this.addResource({
            arn: r.arn,
            account: r.account ?? p?.account ?? this.accounts[0],
            region: r.region ?? p?.region ?? 'us-east-1',
            backupType: (0,arns/* backupResourceType */.Tk)(r.arn),
            tags: { ...(r.tags ?? {}) },
            sizeGiB: r.sizeGiB ?? 1,
            advancedBackup: r.advancedBackup ?? false,
            encrypted: r.encrypted ?? true,
            deleted: r.deleted ?? false,
            unavailableUntilMs: r.unavailableUntil !== undefined ? Date.parse(r.unavailableUntil) : undefined,
            createdMs: this.now,
        });
    }
    addResource(resource) {
        this.resources.set(resource.arn, resource);
        bucket(this.taggables, scopeKey(resource.account, resource.region)).insert(resource.arn, resource);
        return resource;
    }
    seedPoint(p) {
        const parsed = (0,arns/* parseArn */.Lw)(p.resourceArn);
        const resource = this.resources.get(p.resourceArn);
        const ref = typeof p.vault === 'string'
            ? {
                account: resource?.account ?? parsed.account,
                region: resource?.region ?? parsed.region,
                name: p.vault,
            }
            : p.vault;
        const vault = this.getVault(ref.account, ref.region, ref.name);
        if (!vault)
            throw new Error(`recovery point for ${p.resourceArn}: no vault ${ref.name} in ${ref.account}/${ref.region}`);
        const creationMs = Date.parse(p.created);
        const type = (0,arns/* backupResourceType */.Tk)(p.resourceArn) ?? parsed.service;
        const sizeGiB = p.sizeGiB ?? resource?.sizeGiB ?? 1;
        const lifecycle = p.lifecycle
            ? {
                ...(p.lifecycle.moveToColdStorageAfterDays !== undefined && {
                    MoveToColdStorageAfterDays: p.lifecycle.moveToColdStorageAfterDays,
                }),
                ...(p.lifecycle.deleteAfterDays !== undefined && { DeleteAfterDays: p.lifecycle.deleteAfterDays }),
            }
            : undefined;
        const pointArn = p.arn ??
            (0,arns/* recoveryPointArn */.$8)(p.resourceArn, vault.account, vault.region, (0,external_node_crypto_.randomUUID)(), creationMs, resource?.advancedBackup ?? false);
        return {
            arn: pointArn,
            ...(resource?.encrypted === false && !(0,arns/* isBackupManagedPointArn */.BQ)(pointArn) && { encrypted: false }),
            vault,
            resourceArn: p.resourceArn,
            resourceType: type,
            creationMs,
            completionMs: creationMs + 60_000 * Math.max(1, sizeGiB),
            status: (p.status ?? 'COMPLETED'), // validated by the world schema
            tags: { ...(p.tags ?? {}) },
            // Seeded points were "backed up" with the resource's tags as the world gives them.
            resourceTags: { ...(resource?.tags ?? {}) },
            lifecycle,
            lifecycleVersion: 0,
            storageClass: 'WARM',
            sizeBytes: Math.round(sizeGiB * GIB),
            iamRoleArn: p.iamRoleArn,
            sourceVaultArn: p.sourceVaultArn,
            busyWith: new Set(),
            legalHolds: new Set(),
        };
    }
    indexPoints(points, bulk) {
        if (!bulk) {
            for (const p of points)
                this.addPoint(p);
            return;
        }
        const byVault = new Map();
        const byResource = new Map();
        const byScope = new Map();
        const push = (m, k, v) => {
            const list = m.get(k);
            if (list)
                list.push(v);
            else
                m.set(k, [v]);
        };
        for (const p of points) {
            this.points.set(p.arn, p);
            this.pointJournal?.add(p);
            const key = newestFirstKey(p.creationMs, p.arn);
            push(byVault, p.vault, [key, p]);
            push(byResource, resourceKey(p), [key, p]);
            if ((0,arns/* isNativeSnapshotArn */.Rm)(p.arn))
                push(byScope, scopeKey(p.vault.account, p.vault.region), [p.arn, p]);
            this.scheduleLifecycle(p);
        }
        for (const [vault, entries] of byVault)
            this.pointsByVault.get(vault).bulkLoad(entries);
        for (const [key, entries] of byResource)
            bucket(this.pointsByResource, key).bulkLoad(entries);
        for (const [key, entries] of byScope)
            bucket(this.taggables, key).bulkLoad(entries);
    }
    addPoint(p) {
        this.points.set(p.arn, p);
        this.pointJournal?.add(p);
        const key = newestFirstKey(p.creationMs, p.arn);
        this.pointsByVault.get(p.vault).insert(key, p);
        bucket(this.pointsByResource, resourceKey(p)).insert(key, p);
        if ((0,arns/* isNativeSnapshotArn */.Rm)(p.arn))
            bucket(this.taggables, scopeKey(p.vault.account, p.vault.region)).insert(p.arn, p);
        this.scheduleLifecycle(p);
    }
    removePoint(p) {
        if (this.points.get(p.arn) !== p)
            return;
        this.points.delete(p.arn);
        const key = newestFirstKey(p.creationMs, p.arn);
        this.pointsByVault.get(p.vault)?.remove(key);
        this.pointsByResource.get(resourceKey(p))?.remove(key);
        if ((0,arns/* isNativeSnapshotArn */.Rm)(p.arn))
            this.taggables.get(scopeKey(p.vault.account, p.vault.region))?.remove(p.arn);
        p.lifecycleVersion++;
    }
    /** Finds a point by ARN within a vault of the caller's account and region. */
    pointInVault(vault, arn) {
        const p = this.points.get(arn);
        return p && p.vault === vault ? p : undefined;
    }
    // ---- lifecycle -------------------------------------------------------------------------------
    setLifecycle(p, lifecycle) {
        p.lifecycle = lifecycle;
        p.lifecycleVersion++;
        this.scheduleLifecycle(p);
    }
    /** When AWS moves the point to cold storage and deletes it (CalculatedLifecycle). */
    calculated(p) {
        const cold = p.lifecycle?.MoveToColdStorageAfterDays;
        const del = p.lifecycle?.DeleteAfterDays;
        return {
            coldAt: cold !== undefined ? p.creationMs + cold * DAY_MS : undefined,
            deleteAt: del !== undefined ? p.creationMs + del * DAY_MS : undefined,
        };
    }
    scheduleLifecycle(p) {
        const version = p.lifecycleVersion;
        const { coldAt, deleteAt } = this.calculated(p);
        if (coldAt !== undefined && p.storageClass === 'WARM')
            this.events.schedule(coldAt, () => {
                if (p.lifecycleVersion !== version || this.points.get(p.arn) !== p)
                    return;
                p.storageClass = 'COLD';
                this.pointJournal?.add(p);
            });
        if (deleteAt !== undefined)
            this.events.schedule(deleteAt, () => {
                if (p.lifecycleVersion !== version || this.points.get(p.arn) !== p)
                    return;
                // Points under legal hold outlive their lifecycle until the hold is released.
                if (this.activeHolds(p).length > 0)
                    return;
                this.removePoint(p);
            });
    }
    activeHolds(p) {
        const holds = [];
        for (const id of p.legalHolds) {
            const h = this.legalHolds.get(id);
            if (h && (h.status === 'ACTIVE' || h.status === 'CREATING'))
                holds.push(h);
        }
        return holds;
    }
    // ---- legal holds -----------------------------------------------------------------------------
    addLegalHold(hold) {
        this.legalHolds.set(hold.id, hold);
        bucket(this.legalHoldsByScope, scopeKey(hold.account, hold.region)).insert(newestFirstKey(hold.creationMs, hold.id), hold);
        // A hold covers the points that match its selection when it is created.
        const sel = hold.selection;
        const vaultNames = sel?.VaultNames?.length ? new Set(sel.VaultNames) : undefined;
        const resources = sel?.ResourceIdentifiers?.length ? new Set(sel.ResourceIdentifiers) : undefined;
        const scope = this.vaultsByScope.get(scopeKey(hold.account, hold.region));
        for (const vault of scope?.valuesInOrder() ?? []) {
            if (vaultNames && !vaultNames.has(vault.name))
                continue;
            for (const p of this.pointsByVault.get(vault).valuesInOrder()) {
                if (resources && !resources.has(p.resourceArn))
                    continue;
                if (sel?.DateRange && (p.creationMs < sel.DateRange.FromDate || p.creationMs > sel.DateRange.ToDate))
                    continue;
                hold.pointArns.add(p.arn);
                p.legalHolds.add(hold.id);
            }
        }
    }
    seedLegalHold(h) {
        const id = (0,external_node_crypto_.randomUUID)();
        this.addLegalHold({
            id,
            arn: `arn:aws:backup:${h.region}:${h.account}:legal-hold:${id}`,
            account: h.account,
            region: h.region,
            title: h.title,
            description: h.description ?? h.title,
            status: 'ACTIVE',
            creationMs: this.now,
            selection: {
                ...(h.vaultNames && { VaultNames: h.vaultNames }),
                ...(h.resourceIdentifiers && { ResourceIdentifiers: h.resourceIdentifiers }),
                ...(h.dateRange && {
                    DateRange: { FromDate: Date.parse(h.dateRange.from), ToDate: Date.parse(h.dateRange.to) },
                }),
            },
            pointArns: new Set(),
        });
    }
    // ---- jobs bookkeeping ------------------------------------------------------------------------
    addBackupJob(job) {
        this.backupJobs.set(job.id, job);
        const key = newestFirstKey(job.creationMs, job.id);
        bucket(this.backupJobsByScope, scopeKey(job.account, job.region)).insert(key, job);
        bucket(this.backupJobsByResource, jobsByResourceKey(job.account, job.region, job.resourceArn)).insert(key, job);
        this.markActive(job);
    }
    addCopyJob(job) {
        this.copyJobs.set(job.id, job);
        const key = newestFirstKey(job.creationMs, job.id);
        bucket(this.copyJobsByScope, scopeKey(job.account, job.region)).insert(key, job);
        bucket(this.copyJobsByResource, jobsByResourceKey(job.account, job.region, job.resourceArn)).insert(key, job);
        this.markActive(job);
    }
    /** Whether AWS Backup protects this resource type in the account and region (default: yes). */
    optedIn(account, region, resourceType) {
        return this.optIn.get(scopeKey(account, region))?.[resourceType] !== false;
    }
    addRestoreJob(job) {
        this.restoreJobs.set(job.id, job);
        bucket(this.restoreJobsByScope, scopeKey(job.account, job.region)).insert(newestFirstKey(job.creationMs, job.id), job);
    }
    markActive(job) {
        let set = this.activeJobsByResource.get(job.resourceArn);
        if (!set)
            this.activeJobsByResource.set(job.resourceArn, (set = new Set()));
        set.add(job);
    }
    markFinished(job) {
        const set = this.activeJobsByResource.get(job.resourceArn);
        set?.delete(job);
        if (set?.size === 0)
            this.activeJobsByResource.delete(job.resourceArn);
    }
    // ---- the clock -------------------------------------------------------------------------------
    /** Moves the clock forward, running every event that falls due, each at its own instant. */
    advanceTo(target) {
        if (target < this.now)
            throw new Error('the simulated clock only moves forward');
        for (;;) {
            const next = this.events.peek();
            if (!next || next.at > target)
                break;
            this.events.pop();
            if (next.at > this.now)
                this.now = next.at;
            next.run();
        }
        this.now = target;
    }
    /** When the next timed event (job transition, lifecycle move or expiry) falls due; undefined when none is queued. */
    nextEventAt() {
        return this.events.peek()?.at;
    }
    /** Runs events already due (e.g. expiries of seeded points) without moving the clock. */
    runDue() {
        this.advanceTo(this.now);
    }
}
function resourceKey(p) {
    return `${p.vault.account}|${p.vault.region}|${p.resourceArn}`;
}
function jobsByResourceKey(account, region, resourceArn) {
    return `${account}|${region}|${resourceArn}`;
}
function pointsByResourceKey(account, region, resourceArn) {
    return `${account}|${region}|${resourceArn}`;
}
/** AWS Backup's default key (aws/backup) for vaults created without one. */
function defaultKmsKey(account, region) {
    return `arn:aws:kms:${region}:${account}:key/${(0,external_node_crypto_.randomUUID)()}`;
}
const gib = GIB;

;// CONCATENATED MODULE: ./src/simulator/jobs.ts
// How jobs move over simulated time. Documented timeline (README "Jobs"):
// - backup and copy jobs wait 1 minute in CREATED, then run 1 minute per GiB (at least 1 minute);
// - restore jobs: restores.ts;
// - checks AWS makes asynchronously happen when a job would start RUNNING, and fail the job there:
//   another backup or copy job of the same resource still in progress, the resource being gone,
//   the vault lock's retention range, a missing destination vault or foreign account;
// - backup jobs EXPIRE when a resource marked unavailable keeps them from starting until their start
//   window closes, or when they would not finish before their complete window (counted from
//   creation) closes: they end EXPIRED at that instant, without a recovery point.



const MINUTE = 60_000;
const QUEUE_MS = MINUTE;
// AWS's wording for the failure of a second job on a resource that already has one running.
const CONCURRENT_JOB_MESSAGE = 'Backup job failed because there was a running job for the same resource.';
// AWS retries a job that cannot start yet at least every 10 minutes within its start window.
const RETRY_MS = 10 * MINUTE;
// Our wording (AWS's exact status messages for these are not documented).
const START_WINDOW_MESSAGE = 'Backup job expired because it could not start within its start window (StartWindowMinutes).';
const COMPLETE_WINDOW_MESSAGE = 'Backup job expired because it did not complete within its complete window (CompleteWindowMinutes).';
const runMs = (sizeGiB) => MINUTE * Math.max(1, Math.ceil(sizeGiB));
/** A requested lifecycle for a new or updated point of its own: -1 ("never") means no such step. */
function ownLifecycle(requested) {
    if (!requested)
        return undefined;
    const out = {};
    if (requested.MoveToColdStorageAfterDays !== undefined && requested.MoveToColdStorageAfterDays > 0)
        out.MoveToColdStorageAfterDays = requested.MoveToColdStorageAfterDays;
    if (requested.DeleteAfterDays !== undefined && requested.DeleteAfterDays > 0)
        out.DeleteAfterDays = requested.DeleteAfterDays;
    return Object.keys(out).length ? out : undefined;
}
/**
 * The lifecycle a copy gets. AWS: "If you don't specify a lifecycle, AWS Backup applies the
 * lifecycle policy of the source backup to the destination backup" (CopyAction.Lifecycle), and
 * "a copy with a retention setting set to never expire will retain its source recovery point's
 * expiration date" ("Backup and tag copy", AWS Backup Developer Guide). Copies keep the source's
 * creation date, so the same DeleteAfterDays is the same expiry date. A requested
 * DeleteAfterDays > 0 overrides; absent or -1 keeps the source's. The cold transition is the
 * request's when a Lifecycle is given, else the source's.
 */
function copyLifecycle(requested, source) {
    if (!requested)
        return source.lifecycle && { ...source.lifecycle };
    const own = ownLifecycle(requested) ?? {};
    const del = requested.DeleteAfterDays;
    const out = { ...own };
    if (del === undefined || del === -1) {
        delete out.DeleteAfterDays;
        if (source.lifecycle?.DeleteAfterDays !== undefined)
            out.DeleteAfterDays = source.lifecycle.DeleteAfterDays;
    }
    return Object.keys(out).length ? out : undefined;
}
// RDS (and Aurora), EFS, FSx and DynamoDB allow only these characters in tag keys and values:
// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$` (EFS and FSx models' TagValue, RDS model's Tag.Value
// documentation; DynamoDB "Tagging restrictions"). EBS and EC2 allow any Unicode.
const STRICT_TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const STRICT_TAG_TYPES = new Set(['RDS', 'Aurora', 'EFS', 'FSx', 'DynamoDB']);
/** The first RecoveryPointTags entry the point's service would refuse, as a status message. */
function tagCharsetViolation(resourceType, tags) {
    if (!STRICT_TAG_TYPES.has(resourceType))
        return undefined;
    for (const [key, value] of Object.entries(tags)) {
        const which = !STRICT_TAG_CHARS.test(key)
            ? `key "${key}"`
            : !STRICT_TAG_CHARS.test(value)
                ? `value "${value}" of key "${key}"`
                : undefined;
        if (which)
            return `Backup job failed because the tag ${which} is not valid for ${resourceType}: tags may contain only Unicode letters, digits, white space and _ . : / = + - @.`;
    }
    return undefined;
}
/** The vault lock's verdict on a lifecycle, or undefined when it fits. */
function lockViolation(vault, lifecycle) {
    const lock = vault.lock;
    if (!lock)
        return undefined;
    const del = lifecycle?.DeleteAfterDays;
    if (lock.minRetentionDays !== undefined && del !== undefined && del < lock.minRetentionDays)
        return `the recovery point's retention of ${del} days is shorter than the minimum retention of ${lock.minRetentionDays} days set by the vault lock on ${vault.name}`;
    if (lock.maxRetentionDays !== undefined && (del === undefined || del > lock.maxRetentionDays))
        return `the recovery point's retention of ${del === undefined ? 'unlimited' : `${del}`} days is longer than the maximum retention of ${lock.maxRetentionDays} days set by the vault lock on ${vault.name}`;
    return undefined;
}
/** Another backup or copy job of the same resource that came first and is still in progress. */
function earlierActiveJob(state, job) {
    for (const other of state.activeJobsByResource.get(job.resourceArn) ?? [])
        if (other !== job && other.seq < job.seq)
            return other;
    return undefined;
}
// ---- backup jobs -------------------------------------------------------------------------------
function scheduleBackupJob(state, job) {
    state.events.schedule(job.creationMs + QUEUE_MS, () => beginBackup(state, job));
}
function failBackup(state, job, message) {
    job.state = 'FAILED';
    job.statusMessage = message;
    job.completionMs = state.now;
    state.markFinished(job);
}
/** The job ran out of its start or complete window: EXPIRED, no recovery point (as AWS). */
function expireBackup(state, job, message) {
    if (job.state !== 'CREATED' && job.state !== 'RUNNING')
        return;
    job.state = 'EXPIRED';
    job.statusMessage = message;
    job.completionMs = state.now;
    job.expectedCompletionMs = undefined;
    state.markFinished(job);
}
/** When the job's windows close while it is still CREATED: the earlier of start and complete window. */
function windowEnd(job) {
    return job.completeByMs !== undefined && job.completeByMs < job.startByMs
        ? { at: job.completeByMs, message: COMPLETE_WINDOW_MESSAGE }
        : { at: job.startByMs, message: START_WINDOW_MESSAGE };
}
function beginBackup(state, job) {
    if (job.state !== 'CREATED')
        return;
    const resource = state.resources.get(job.resourceArn);
    if (!resource || resource.deleted)
        return failBackup(state, job, `Backup job failed because the resource ${job.resourceArn} was not found.`);
    if (resource.unavailableUntilMs !== undefined && resource.unavailableUntilMs > state.now) {
        // Not in a state that can be backed up: a retryable error. AWS retries at least every
        // 10 minutes while the start window lasts; the job EXPIRES when it closes.
        const end = windowEnd(job);
        const retry = state.now + RETRY_MS;
        if (retry < end.at)
            state.events.schedule(retry, () => beginBackup(state, job));
        else
            state.events.schedule(end.at, () => expireBackup(state, job, end.message));
        return;
    }
    if (!state.optedIn(job.account, job.region, job.resourceType))
        return failBackup(state, job, `Backup job failed because resource type ${job.resourceType} is not opted in to AWS Backup in ${job.region} (service opt-in, DescribeRegionSettings).`);
    if (earlierActiveJob(state, job))
        return failBackup(state, job, CONCURRENT_JOB_MESSAGE);
    // DynamoDB without advanced features gets no tags at all, so none can be refused.
    const tagged = !(job.resourceType === 'DynamoDB' && !resource.advancedBackup);
    const badTag = tagged ? tagCharsetViolation(job.resourceType, job.recoveryPointTags) : undefined;
    if (badTag)
        return failBackup(state, job, badTag);
    if (state.getVault(job.vault.account, job.vault.region, job.vault.name) !== job.vault)
        return failBackup(state, job, `Backup vault ${job.vault.name} does not exist.`);
    const violation = lockViolation(job.vault, job.lifecycle);
    if (violation)
        return failBackup(state, job, `Backup job failed because ${violation}.`);
    if (job.completeByMs !== undefined && job.completeByMs <= state.now)
        return expireBackup(state, job, COMPLETE_WINDOW_MESSAGE);
    job.state = 'RUNNING';
    job.startedMs = state.now;
    job.sizeGiB = resource.sizeGiB;
    job.expectedCompletionMs = state.now + runMs(resource.sizeGiB);
    // A job that would still be running when its complete window closes is ended then.
    if (job.completeByMs !== undefined && job.expectedCompletionMs > job.completeByMs)
        state.events.schedule(job.completeByMs, () => expireBackup(state, job, COMPLETE_WINDOW_MESSAGE));
    else
        state.events.schedule(job.expectedCompletionMs, () => completeBackup(state, job));
}
function completeBackup(state, job) {
    if (job.state !== 'RUNNING')
        return;
    const resource = state.resources.get(job.resourceArn);
    job.state = 'COMPLETED';
    job.completionMs = state.now;
    state.markFinished(job);
    const tagless = job.resourceType === 'DynamoDB' && !resource?.advancedBackup;
    state.addPoint({
        arn: job.recoveryPointArn,
        vault: job.vault,
        resourceArn: job.resourceArn,
        resourceType: job.resourceType,
        creationMs: job.startedMs,
        completionMs: state.now,
        status: 'COMPLETED',
        // The resource's own tags are copied onto its points, the job's RecoveryPointTags on top.
        // DynamoDB backups without advanced features are native DynamoDB backups: no tags at all.
        tags: tagless ? {} : { ...(resource?.tags ?? {}), ...job.recoveryPointTags },
        resourceTags: { ...(resource?.tags ?? {}) },
        lifecycle: job.lifecycle,
        lifecycleVersion: 0,
        storageClass: 'WARM',
        sizeBytes: Math.round(job.sizeGiB * gib),
        iamRoleArn: job.iamRoleArn,
        ...(!(0,arns/* isBackupManagedPointArn */.BQ)(job.recoveryPointArn) &&
            resource?.encrypted === false && { encrypted: false }),
        busyWith: new Set(),
        legalHolds: new Set(),
    });
}
// ---- copy jobs ---------------------------------------------------------------------------------
/**
 * Starts a copy job of `source` in the caller's account and region (StartCopyJob, or a copy made
 * by someone else through the world file), with StartCopyJob's synchronous checks.
 */
function startCopyJob(state, params) {
    const { source: point, destinationVaultArn } = params;
    const dest = (0,arns/* parseVaultArn */.dh)(destinationVaultArn);
    if (!dest)
        throw invalidParameter(`Invalid DestinationBackupVaultArn: ${destinationVaultArn}`);
    if (point.status !== 'COMPLETED')
        throw invalidRequest(`Recovery point ${point.arn} is in status ${point.status}; only COMPLETED recovery points can be copied.`);
    const vault = point.vault;
    if (dest.account === vault.account && dest.region === vault.region && dest.name === vault.name)
        throw invalidParameter('The destination backup vault must differ from the source backup vault.');
    const job = {
        kind: 'copy',
        id: (0,arns/* newJobId */.Jc)(),
        seq: state.nextSeq(),
        account: params.account,
        region: params.region,
        sourceVaultArn: vault.arn,
        sourcePointArn: point.arn,
        destinationVaultArn,
        resourceArn: point.resourceArn,
        resourceType: point.resourceType,
        iamRoleArn: params.iamRoleArn,
        state: 'CREATED',
        creationMs: state.now,
        sizeBytes: point.sizeBytes,
        lifecycle: params.lifecycle,
    };
    state.addCopyJob(job);
    scheduleCopyJob(state, job, point);
    return job;
}
function scheduleCopyJob(state, job, source) {
    source.busyWith.add(job.id);
    state.events.schedule(job.creationMs + QUEUE_MS, () => beginCopy(state, job, source));
}
function failCopy(state, job, source, message) {
    job.state = 'FAILED';
    job.statusMessage = message;
    job.completionMs = state.now;
    source.busyWith.delete(job.id);
    state.markFinished(job);
}
function beginCopy(state, job, source) {
    if (job.state !== 'CREATED')
        return;
    const dest = (0,arns/* parseVaultArn */.dh)(job.destinationVaultArn);
    if (!state.accounts.includes(dest.account))
        return failCopy(state, job, source, 'Copy job failed. Both source and destination account must be a member of the same organization.');
    const vault = state.getVault(dest.account, dest.region, dest.name);
    if (!vault)
        return failCopy(state, job, source, `Copy job failed because the destination backup vault ${job.destinationVaultArn} does not exist.`);
    if (earlierActiveJob(state, job))
        return failCopy(state, job, source, CONCURRENT_JOB_MESSAGE.replace('Backup job', 'Copy job'));
    if (state.points.get(source.arn) !== source)
        return failCopy(state, job, source, `Copy job failed because the source recovery point ${source.arn} no longer exists.`);
    // The lock judges the lifecycle the copy will really have (the source's when the job sets none).
    const violation = lockViolation(vault, copyLifecycle(job.lifecycle, source));
    if (violation)
        return failCopy(state, job, source, `Copy job failed because ${violation}.`);
    job.state = 'RUNNING';
    state.events.schedule(state.now + runMs(job.sizeBytes / gib), () => completeCopy(state, job, source, vault));
}
function completeCopy(state, job, source, vault) {
    if (job.state !== 'RUNNING')
        return;
    const resource = state.resources.get(job.resourceArn);
    let arn = (0,arns/* recoveryPointArn */.$8)(job.resourceArn, vault.account, vault.region, job.id, state.now, resource?.advancedBackup ?? false);
    // Copied RDS snapshots are named after the copy job rather than a backup job.
    arn = arn.replace(':snapshot:awsbackup:job-', ':snapshot:awsbackup:copyjob-');
    const tagless = job.resourceType === 'DynamoDB' && !resource?.advancedBackup;
    // StartCopyJob takes no tags; the copy carries the source point's: "If you copy your backup to
    // another AWS Region, AWS Backup copies all tags of the original backup to the destination AWS
    // Region" ("Copying tags onto backups"). Cross-account copies are modelled the same way.
    const tags = tagless ? {} : { ...source.tags };
    state.addPoint({
        arn,
        vault,
        resourceArn: job.resourceArn,
        resourceType: job.resourceType,
        creationMs: source.creationMs, // copies keep the source's creation date
        completionMs: state.now,
        status: 'COMPLETED',
        tags,
        resourceTags: { ...(source.resourceTags ?? {}) },
        lifecycle: copyLifecycle(job.lifecycle, source),
        lifecycleVersion: 0,
        storageClass: 'WARM',
        sizeBytes: source.sizeBytes,
        iamRoleArn: job.iamRoleArn,
        // A copy of an unencrypted native snapshot stays unencrypted (the vault's key covers only
        // types with full AWS Backup management).
        ...(source.encrypted === false && !(0,arns/* isBackupManagedPointArn */.BQ)(arn) && { encrypted: false }),
        sourceVaultArn: source.vault.arn,
        busyWith: new Set(),
        legalHolds: new Set(),
    });
    job.state = 'COMPLETED';
    job.completionMs = state.now;
    job.destinationPointArn = arn;
    source.busyWith.delete(job.id);
    state.markFinished(job);
}


;// CONCATENATED MODULE: ./src/simulator/protocol.ts
/**
 * A JSON answer already encoded (a listing built from items encoded once, see encodedListing in
 * backup.ts): the server sends its bytes as they are.
 */
class EncodedJson {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}

;// CONCATENATED MODULE: ./src/simulator/plans.ts
// AWS Backup's own backup plans, read-only: ListBackupPlans, ListBackupSelections, GetBackupSelection.
// They come from the world file ("backupPlans"); the product only reads them, to find resources that
// an AWS backup plan protects as well ("protected twice").
//
// AWS sources: the 2018-11-15 service model's BackupPlansListMember, BackupSelectionsListMember and
// BackupSelection shapes (Resources, NotResources, ListOfTags of Condition {ConditionType
// STRINGEQUALS, ConditionKey, ConditionValue}, Conditions); "ListBackupPlans" (API reference:
// IncludeDeleted, default false). Plan ARNs look like arn:aws:backup:<region>:<account>:backup-plan:<id>.





/** Plans per account and region, by id: built lazily beside the state (no new state fields). */
const registry = new WeakMap();
function plansOf(state) {
    let m = registry.get(state);
    if (!m)
        registry.set(state, (m = new Map()));
    return m;
}
/** Adds (or replaces, by id) backup plans from a world file or patch. */
function seedBackupPlans(state, plans) {
    const byScope = plansOf(state);
    for (const p of plans) {
        const id = p.id ?? (0,external_node_crypto_.randomUUID)();
        const key = scopeKey(p.account, p.region);
        let index = byScope.get(key);
        if (!index)
            byScope.set(key, (index = new SortedIndex()));
        const deletionMs = p.deleted ? state.now : undefined;
        index.insert(id, {
            id,
            arn: `arn:aws:backup:${p.region}:${p.account}:backup-plan:${id}`,
            account: p.account,
            region: p.region,
            name: p.name,
            versionId: (0,external_node_crypto_.randomUUID)(),
            creationMs: state.now,
            deletionMs,
            selections: (p.selections ?? []).map((s) => ({
                id: s.id ?? (0,external_node_crypto_.randomUUID)(),
                name: s.name,
                iamRoleArn: s.iamRoleArn,
                resources: [...(s.resources ?? [])],
                notResources: [...(s.notResources ?? [])],
                listOfTags: Object.entries(s.tags ?? {}).map(([k, v]) => ({
                    ConditionType: 'STRINGEQUALS',
                    ConditionKey: k,
                    ConditionValue: v,
                })),
                creationMs: state.now,
            })),
        });
    }
}
function planOf(state, caller, id) {
    const index = plansOf(state).get(scopeKey(caller.account, caller.region));
    const plan = index && [...index.valuesInOrder()].find((p) => p.id === id);
    if (!plan || plan.deletionMs !== undefined)
        throw notFound(`Backup plan ${id} not found.`);
    return plan;
}
const planHandlers = {
    ListBackupPlans(state, caller, input) {
        const includeDeleted = input.q('includeDeleted') === 'true';
        const { items, nextToken } = paged(plansOf(state).get(scopeKey(caller.account, caller.region)), {
            token: input.nextToken(),
            max: input.maxResults(),
            tag: 'backup-plans',
            keep: (p) => includeDeleted || p.deletionMs === undefined,
        });
        return {
            BackupPlansList: items.map((p) => ({
                BackupPlanArn: p.arn,
                BackupPlanId: p.id,
                BackupPlanName: p.name,
                CreationDate: seconds(p.creationMs),
                DeletionDate: seconds(p.deletionMs),
                VersionId: p.versionId,
            })),
            NextToken: nextToken,
        };
    },
    ListBackupSelections(state, caller, input) {
        const plan = planOf(state, caller, input.label('backupPlanId'));
        const index = new SortedIndex();
        for (const s of plan.selections)
            index.insert(s.id, s);
        const { items, nextToken } = paged(index, {
            token: input.nextToken(),
            max: input.maxResults(),
            tag: `selections:${plan.id}`,
        });
        return {
            BackupSelectionsList: items.map((s) => ({
                SelectionId: s.id,
                SelectionName: s.name,
                BackupPlanId: plan.id,
                CreationDate: seconds(s.creationMs),
                IamRoleArn: s.iamRoleArn,
            })),
            NextToken: nextToken,
        };
    },
    GetBackupSelection(state, caller, input) {
        const plan = planOf(state, caller, input.label('backupPlanId'));
        const id = input.label('selectionId');
        const s = plan.selections.find((x) => x.id === id);
        if (!s)
            throw notFound(`Backup selection ${id} not found in backup plan ${plan.id}.`);
        return {
            BackupPlanId: plan.id,
            SelectionId: s.id,
            CreationDate: seconds(s.creationMs),
            BackupSelection: {
                SelectionName: s.name,
                IamRoleArn: s.iamRoleArn,
                Resources: s.resources,
                NotResources: s.notResources,
                ListOfTags: s.listOfTags,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/simulator/resource-life.ts
// The life of a resource as its own service sees it (EC2, RDS, EFS, DynamoDB): a restored resource
// is `creating` for a while after its restore job completes, then `available`; the service's delete
// call makes it `deleting`, and a minute later it is gone (`deleted`, still listed by the Tagging API
// as AWS documents). Shared by ec2.ts, rds.ts, efs.ts and dynamodb.ts.

const resource_life_MINUTE = 60_000;
/**
 * How long a restored resource is still being created after its restore job completes. AWS does
 * not document how a restore job's completion lines up with the new resource's own state, so the
 * simulator makes it lag, and callers must check the resource's state themselves.
 */
const CREATING_MS = {
    EBS: resource_life_MINUTE,
    RDS: 5 * resource_life_MINUTE,
    EFS: resource_life_MINUTE,
    DynamoDB: resource_life_MINUTE,
};
/** How long a deleted resource stays visible as `deleting` before it is gone. */
const RESOURCE_DELETION_MS = resource_life_MINUTE;
/** The resource's state now; undefined once it is gone. */
function lifeOf(state, r) {
    if (r.deleted)
        return undefined;
    if (r.deletingSinceMs !== undefined)
        return 'deleting';
    if (r.availableAtMs !== undefined && state.now < r.availableAtMs)
        return 'creating';
    return 'available';
}
/** Starts deleting: `deleting` now, gone after RESOURCE_DELETION_MS. A second call changes nothing. */
function startDeletion(state, r) {
    if (r.deletingSinceMs !== undefined || r.deleted)
        return;
    r.deletingSinceMs = state.now;
    state.events.schedule(state.now + RESOURCE_DELETION_MS, () => {
        r.deleted = true;
    });
}
/** The caller's resources of one AWS Backup type that still exist, in ARN order. */
function liveResources(state, caller, backupType) {
    const out = [];
    for (const r of state.resources.values())
        if (r.backupType === backupType &&
            r.account === caller.account &&
            r.region === caller.region &&
            lifeOf(state, r) !== undefined)
            out.push(r);
    return out.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
}
/** The live resource of a type whose name (volume id, DB identifier, file system id, table name) or ARN is `id`. */
function findLive(state, caller, backupType, id) {
    return liveResources(state, caller, backupType).find((r) => r.arn === id || (0,arns/* resourceName */.Iy)(r.arn) === id);
}
/** A metadata value by key, ignoring case (AWS: "key values are not case sensitive"). */
function meta(r, key) {
    const want = key.toLowerCase();
    for (const [k, v] of Object.entries(r.restoreMetadata ?? {}))
        if (k.toLowerCase() === want)
            return v;
    return undefined;
}

;// CONCATENATED MODULE: ./src/simulator/restores.ts
// Restores: GetRecoveryPointRestoreMetadata, StartRestoreJob, DescribeRestoreJob, ListRestoreJobs,
// and how a restore job moves over simulated time and creates a resource in the world.
//
// AWS sources (each behaviour is tested in test/simulator/restores.test.ts, rows in FIDELITY.md):
// - "StartRestoreJob" (API reference): Metadata, IamRoleArn, ResourceType, IdempotencyToken,
//   CopySourceTagsToRestoredResource ("tags included in the backup will be copied to the restored
//   resource"); the EFS keys file-system-id, Encrypted, KmsKeyId, PerformanceMode, CreationToken,
//   newFileSystem, ItemsToRestore.
// - "Restore testing inferred metadata" (developer guide): the metadata keys per resource type
//   (EBS availabilityZone, encrypted, iops, kmsKeyId, throughput, volumeSize, volumeType; DynamoDB
//   targetTableName, encryptionType, kmsMasterKeyArn, deletionProtection; EFS as above; RDS the
//   RestoreDBInstanceFromDBSnapshot parameters) and "key values are not case sensitive".
// - "Restore a backup by resource type" (developer guide): restores are non-destructive, they create
//   a new resource; "Copy tags during a restore" copies the tags the protected resource had at the
//   time of backup, and is not available for DynamoDB and S3 restores.






const restores_MINUTE = 60_000;
// Restore jobs wait 1 minute in PENDING, then run 1 minute per GiB (at least 1 minute).
const restores_QUEUE_MS = restores_MINUTE;
const restores_runMs = (sizeBytes) => restores_MINUTE * Math.max(1, Math.ceil(sizeBytes / gib));
const RESTORE_JOB_STATUSES = new Set(['PENDING', 'RUNNING', 'COMPLETED', 'ABORTED', 'FAILED']);
/** "Copy tags during a restore": not available for these types' restores. */
const NO_TAG_COPY_ON_RESTORE = new Set(['DynamoDB', 'S3']);
/** A metadata value by key, ignoring case as AWS documents ("key values are not case sensitive"). */
function metadataValue(metadata, key) {
    const want = key.toLowerCase();
    for (const [k, v] of Object.entries(metadata))
        if (k.toLowerCase() === want)
            return v;
    return undefined;
}
/**
 * What GetRecoveryPointRestoreMetadata answers per type: the configuration the resource was backed
 * up with, under the keys StartRestoreJob takes back (AWS's names, per type).
 */
function restoreMetadata(point) {
    const name = (0,arns/* resourceName */.Iy)(point.resourceArn);
    const region = (0,arns/* parseArn */.Lw)(point.resourceArn)?.region || point.vault.region;
    const sizeGiB = String(Math.max(1, Math.round(point.sizeBytes / gib)));
    switch (point.resourceType) {
        case 'EBS':
            return {
                volumeId: name,
                volumeSize: sizeGiB,
                volumeType: 'gp3',
                iops: '3000',
                throughput: '125',
                availabilityZone: `${region}a`,
                encrypted: 'false',
            };
        case 'RDS':
            return {
                DBInstanceIdentifier: name,
                DBInstanceClass: 'db.t3.micro',
                Engine: 'postgres',
                MultiAZ: 'false',
                Port: '5432',
                AvailabilityZone: `${region}a`,
                DBSubnetGroupName: 'default',
                StorageType: 'gp3',
                PubliclyAccessible: 'false',
                CopyTagsToSnapshot: 'true',
            };
        case 'Aurora':
            return { DBClusterIdentifier: name, Engine: 'aurora-postgresql', Port: '5432' };
        case 'DynamoDB':
            return {
                originalTableName: name,
                targetTableName: name,
                encryptionType: 'Default',
                deletionProtection: 'false',
            };
        case 'EFS':
            return {
                'file-system-id': name,
                newFileSystem: 'true',
                Encrypted: 'false',
                PerformanceMode: 'generalPurpose',
                CreationToken: (0,external_node_crypto_.randomBytes)(8).toString('hex'),
            };
        case 'S3':
            return { DestinationBucketName: name, NewBucket: 'false' };
        default:
            return {};
    }
}
function restoreJobShape(state, j) {
    let percent = 0;
    if (j.status === 'COMPLETED')
        percent = 100;
    else if (j.status === 'RUNNING' && j.startedMs !== undefined && j.expectedCompletionMs !== undefined)
        percent = Math.min(99, ((state.now - j.startedMs) / (j.expectedCompletionMs - j.startedMs)) * 100);
    return {
        AccountId: j.account,
        RestoreJobId: j.id,
        RecoveryPointArn: j.pointArn,
        CreationDate: seconds(j.creationMs),
        CompletionDate: seconds(j.completionMs),
        Status: j.status,
        StatusMessage: j.statusMessage,
        PercentDone: percent.toFixed(1),
        BackupSizeInBytes: j.sizeBytes,
        IamRoleArn: j.iamRoleArn,
        ExpectedCompletionTimeMinutes: (restores_QUEUE_MS + restores_runMs(j.sizeBytes)) / restores_MINUTE,
        CreatedResourceArn: j.createdResourceArn,
        ResourceType: j.resourceType,
        RecoveryPointCreationDate: seconds(j.pointCreationMs),
    };
}
const restoreHandlers = {
    GetRecoveryPointRestoreMetadata(state, caller, input) {
        const vault = vaultOf(state, caller, input.label('backupVaultName'));
        const p = pointOf(state, vault, input.label('recoveryPointArn'));
        return {
            BackupVaultArn: vault.arn,
            RecoveryPointArn: p.arn,
            RestoreMetadata: restoreMetadata(p),
            // Newer than the 2023 model; the SDK has it.
            ResourceType: p.resourceType,
        };
    },
    StartRestoreJob(state, caller, input) {
        const pointArn = input.str('RecoveryPointArn', true);
        const metadata = input.body.Metadata;
        if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata))
            throw missingParameter('Metadata');
        const iamRoleArn = input.str('IamRoleArn');
        if (iamRoleArn)
            checkRoleArn(iamRoleArn);
        const resourceType = input.str('ResourceType');
        const copyTags = input.body.CopySourceTagsToRestoredResource;
        if (copyTags !== undefined && copyTags !== null && typeof copyTags !== 'boolean')
            throw invalidParameter('CopySourceTagsToRestoredResource must be a boolean');
        const token = input.str('IdempotencyToken');
        const params = { pointArn, metadata, iamRoleArn, resourceType, copyTags };
        const earlier = idempotent(state, caller, 'StartRestoreJob', token, params);
        if (earlier)
            return { RestoreJobId: earlier };
        const p = state.points.get(pointArn);
        if (!p || p.vault.account !== caller.account || p.vault.region !== caller.region)
            throw notFound(`Recovery point ${pointArn} not found.`);
        if (p.status !== 'COMPLETED')
            throw invalidRequest(`Recovery point ${pointArn} is ${p.status}; it cannot be restored.`);
        if (resourceType && resourceType !== p.resourceType)
            throw invalidParameter(`ResourceType ${resourceType} does not match the recovery point's type ${p.resourceType}.`);
        const values = {};
        for (const [k, v] of Object.entries(metadata)) {
            if (typeof v !== 'string')
                throw invalidParameter(`Metadata.${k} must be a string`);
            values[k] = v;
        }
        const job = {
            id: (0,external_node_crypto_.randomUUID)().toUpperCase(),
            account: caller.account,
            region: caller.region,
            pointArn,
            pointCreationMs: p.creationMs,
            resourceType: p.resourceType,
            iamRoleArn,
            metadata: values,
            copySourceTags: copyTags === true,
            // Taken now: the point may expire while the job runs, the restore still has its data.
            sourceResourceTags: { ...(p.resourceTags ?? {}) },
            sourceResourceArn: p.resourceArn,
            status: 'PENDING',
            creationMs: state.now,
            sizeBytes: p.sizeBytes,
        };
        state.addRestoreJob(job);
        scheduleRestoreJob(state, job);
        remember(state, caller, 'StartRestoreJob', token, params, job.id);
        return { RestoreJobId: job.id };
    },
    DescribeRestoreJob(state, caller, input) {
        const id = input.label('restoreJobId');
        const job = state.restoreJobs.get(id);
        if (!job || job.account !== caller.account || job.region !== caller.region)
            throw notFound(`Restore job ${id} not found.`);
        return restoreJobShape(state, job);
    },
    ListRestoreJobs(state, caller, input) {
        const byStatus = input.q('status');
        checkEnum('ByStatus', byStatus, RESTORE_JOB_STATUSES);
        const byAccount = input.q('accountId');
        const byType = input.q('resourceType');
        const after = input.qTime('createdAfter');
        const before = input.qTime('createdBefore');
        const completeAfter = input.qTime('completeAfter');
        const completeBefore = input.qTime('completeBefore');
        const { items, nextToken } = paged(state.restoreJobsByScope.get(scopeKey(caller.account, caller.region)), {
            token: input.nextToken(),
            max: input.maxResults(),
            tag: 'restore-jobs',
            keep: (j) => (byStatus === undefined || j.status === byStatus) &&
                (byAccount === undefined || j.account === byAccount) &&
                (byType === undefined || j.resourceType === byType) &&
                within(j.creationMs, after, before) &&
                (completeAfter === undefined && completeBefore === undefined
                    ? true
                    : within(j.completionMs, completeAfter, completeBefore)),
        });
        return { RestoreJobs: items.map((j) => restoreJobShape(state, j)), NextToken: nextToken };
    },
};
// ---- the job on the simulated clock -----------------------------------------------------------
function scheduleRestoreJob(state, job) {
    state.events.schedule(job.creationMs + restores_QUEUE_MS, () => {
        if (job.status !== 'PENDING')
            return;
        job.status = 'RUNNING';
        job.startedMs = state.now;
        job.expectedCompletionMs = state.now + restores_runMs(job.sizeBytes);
        state.events.schedule(job.expectedCompletionMs, () => completeRestore(state, job));
    });
}
function fail(state, job, message) {
    job.status = 'FAILED';
    job.statusMessage = message;
    job.completionMs = state.now;
}
/** The resource a restore writes to, with the metadata keys read case-insensitively. */
function restoreTarget(job) {
    const m = job.metadata;
    if (job.resourceType === 'EFS' && metadataValue(m, 'newFileSystem')?.toLowerCase() === 'false') {
        // Restoring into an existing file system: AWS writes into a recovery directory of that one.
        const fsId = metadataValue(m, 'file-system-id') ?? (0,arns/* resourceName */.Iy)(job.sourceResourceArn);
        return {
            arn: `arn:aws:elasticfilesystem:${job.region}:${job.account}:file-system/${fsId}`,
            inPlace: true,
        };
    }
    const names = {};
    for (const key of [
        'DBInstanceIdentifier',
        'DBClusterIdentifier',
        'targetTableName',
        'DestinationBucketName',
    ]) {
        const v = metadataValue(m, key);
        if (v !== undefined)
            names[key] = v;
    }
    if (job.resourceType === 'S3' && metadataValue(m, 'NewBucket')?.toLowerCase() !== 'true')
        return { arn: (0,arns/* restoredResourceArn */.uH)('S3', job.account, job.region, names), inPlace: true };
    return { arn: (0,arns/* restoredResourceArn */.uH)(job.resourceType, job.account, job.region, names), inPlace: false };
}
function completeRestore(state, job) {
    if (job.status !== 'RUNNING')
        return;
    const target = restoreTarget(job);
    const existing = state.resources.get(target.arn);
    if (target.inPlace) {
        if (!existing || existing.deleted)
            return fail(state, job, `Restore failed because the resource ${(0,arns/* resourceName */.Iy)(target.arn)} does not exist.`);
    }
    else {
        if (existing && !existing.deleted)
            return fail(state, job, `Restore failed because the resource ${(0,arns/* resourceName */.Iy)(target.arn)} already exists.`);
        if (existing)
            state.resources.delete(target.arn);
        // The restored resource is a new one: the deleted one's tag history is not its own.
        state.forgetTagHistory(target.arn);
        const copyTags = job.copySourceTags && !NO_TAG_COPY_ON_RESTORE.has(job.resourceType);
        const resource = {
            arn: target.arn,
            account: job.account,
            region: job.region,
            backupType: job.resourceType,
            tags: copyTags ? { ...job.sourceResourceTags } : {},
            sizeGiB: job.sizeBytes / gib,
            advancedBackup: false,
            encrypted: true,
            deleted: false,
            restoredBy: job.id,
            createdMs: state.now,
            // Still being created for a while after the job completes (resource-life.ts).
            availableAtMs: state.now + (CREATING_MS[job.resourceType] ?? 0),
            restoreMetadata: { ...job.metadata },
        };
        state.addResource(resource);
    }
    const point = state.points.get(job.pointArn);
    if (point)
        point.lastRestoreMs = state.now;
    job.status = 'COMPLETED';
    job.completionMs = state.now;
    job.createdResourceArn = target.arn;
}
/**
 * Deletes a resource that a restore created (what EC2 DeleteVolume, RDS DeleteDBInstance, EFS
 * DeleteFileSystem or DynamoDB DeleteTable do to it; the simulator does not speak those services, so
 * the admin API offers this instead). Only restored resources: a test cannot delete a source by
 * mistake. Like any deleted resource it stays visible to the Tagging API, as AWS documents.
 */
function deleteRestoredResource(state, arn) {
    const resource = state.resources.get(arn);
    if (!resource)
        throw new Error(`no resource ${arn}`);
    if (resource.restoredBy === undefined)
        throw new Error(`${arn} was not created by a restore job; only restored resources can be deleted`);
    if (resource.deleted)
        throw new Error(`${arn} is already deleted`);
    resource.deleted = true;
    return resource;
}

;// CONCATENATED MODULE: ./src/simulator/backup.ts
// AWS Backup over restJson1: routes (method + requestUri from the service model), input parsing
// (percent-encoded ARN labels, ISO-8601 query timestamps, epoch-second body timestamps) and the
// operations with AWS's validation rules.









/** Every simulated Backup operation with its HTTP binding as the 2018-11-15 model declares it. */
const BACKUP_ROUTES = [
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
];
const COMPILED = BACKUP_ROUTES.map((r) => ({
    operation: r.operation,
    method: r.method,
    status: 'status' in r ? r.status : 200,
    segments: splitPath(r.path).map((s) => (s.startsWith('{') ? { label: s.slice(1, -1) } : { literal: s })),
}));
// Trailing slashes differ between the model (and the CLI) and the SDK: both are accepted.
function splitPath(path) {
    return path.split('/').filter((s) => s.length > 0);
}
function match(method, rawPath) {
    const raw = splitPath(rawPath);
    let decoded;
    try {
        decoded = raw.map((s) => decodeURIComponent(s));
    }
    catch {
        return undefined;
    }
    for (const route of COMPILED) {
        if (route.method !== method || route.segments.length !== decoded.length)
            continue;
        const labels = {};
        let ok = true;
        route.segments.forEach((seg, i) => {
            if (seg.literal !== undefined)
                ok &&= seg.literal === decoded[i];
            else
                labels[seg.label] = decoded[i];
        });
        if (ok)
            return { route, labels };
    }
    return undefined;
}
class Input {
    labels;
    query;
    body;
    constructor(labels, query, body) {
        this.labels = labels;
        this.query = query;
        this.body = body;
    }
    label(name) {
        const v = this.labels[name];
        if (!v)
            throw missingParameter(name);
        return v;
    }
    str(name, required = false) {
        const v = this.body[name];
        if (v === undefined || v === null || v === '') {
            if (required)
                throw missingParameter(name);
            return undefined;
        }
        if (typeof v !== 'string')
            throw invalidParameter(`${name} must be a string`);
        return v;
    }
    int(name) {
        const v = this.body[name];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'number' || !Number.isInteger(v))
            throw invalidParameter(`${name} must be an integer`);
        return v;
    }
    tags(name) {
        const v = this.body[name];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'object' || Array.isArray(v))
            throw invalidParameter(`${name} must be a map of strings`);
        for (const [k, val] of Object.entries(v)) {
            if (typeof val !== 'string')
                throw invalidParameter(`${name}.${k} must be a string`);
            if (k.toLowerCase().startsWith('aws:'))
                throw invalidParameter(`Tag keys starting with 'aws:' are reserved (${k})`);
        }
        return { ...v };
    }
    q(name) {
        const v = this.query.get(name);
        return v === null || v === '' ? undefined : v;
    }
    /** Query-string timestamps are ISO-8601 (epoch seconds are accepted too). */
    qTime(name) {
        const v = this.q(name);
        if (v === undefined)
            return undefined;
        const ms = /^\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : Date.parse(v);
        if (Number.isNaN(ms))
            throw invalidParameter(`${name} must be a timestamp (ISO-8601), got "${v}"`);
        return ms;
    }
    maxResults() {
        const v = this.q('maxResults');
        if (v === undefined)
            return DEFAULT_PAGE;
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 1000)
            throw invalidParameter(`MaxResults must be between 1 and 1000, got ${v}`);
        return n;
    }
    nextToken() {
        return this.q('nextToken');
    }
}
// AWS does not document the default page size; a modest one makes callers that ignore NextToken
// fail visibly in tests instead of in production.
const DEFAULT_PAGE = 100;
/** Pages a listing, turning a foreign or garbled token into AWS's error. */
function paged(...args) {
    try {
        return page(...args);
    }
    catch (error) {
        if (error instanceof InvalidTokenError)
            throw invalidParameter(error.message);
        throw error;
    }
}
const seconds = (ms) => (ms === undefined ? undefined : ms / 1000);
// AWS: "To remove the existing lifecycle and retention periods and keep your recovery points
// indefinitely, specify -1 for MoveToColdStorageAfterDays and DeleteAfterDays" (Lifecycle shape).
// Retention is capped at 100 years (36,500 days), as for vault locks.
const MAX_LIFECYCLE_DAYS = 36_500;
/** A Lifecycle as the request gave it: -1 ("never") is kept, for copies to resolve against the source. */
function parseLifecycle(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'object')
        throw invalidParameter('Lifecycle must be an object');
    const raw = v;
    const out = {};
    for (const key of ['MoveToColdStorageAfterDays', 'DeleteAfterDays']) {
        const n = raw[key];
        if (n === undefined || n === null)
            continue;
        if (typeof n !== 'number' || !Number.isInteger(n) || (n < 1 && n !== -1))
            throw invalidParameter(`Lifecycle.${key} must be a positive number of days, or -1 for never`);
        if (n > MAX_LIFECYCLE_DAYS)
            throw invalidParameter(`Lifecycle.${key} must not exceed ${MAX_LIFECYCLE_DAYS} days (100 years), got ${n}`);
        out[key] = n;
    }
    const { MoveToColdStorageAfterDays: cold, DeleteAfterDays: del } = out;
    if (cold !== undefined && del !== undefined && cold > 0 && del > 0 && del < cold + 90)
        throw invalidParameter(`Invalid lifecycle: DeleteAfterDays (${del}) must be at least 90 days greater than MoveToColdStorageAfterDays (${cold}); recovery points must stay in cold storage for at least 90 days.`);
    return Object.keys(out).length ? out : undefined;
}
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
function checkRoleArn(arn) {
    if (!ROLE_ARN.test(arn))
        throw invalidParameter(`Invalid IAM role ARN: ${arn}`);
}
// ---- output shapes -----------------------------------------------------------------------------
function calculatedLifecycle(state, p) {
    const { coldAt, deleteAt } = state.calculated(p);
    if (coldAt === undefined && deleteAt === undefined)
        return undefined;
    return { MoveToColdStorageAt: seconds(coldAt), DeleteAt: seconds(deleteAt) };
}
/**
 * The status a point reports. The SDK's newer model adds `AVAILABLE` ("the backup was successfully
 * created for the recovery point"); with the world quirk `availablePointStatus` completed points
 * report it instead of `COMPLETED`.
 */
function reportedStatus(state, p) {
    return p.status === 'COMPLETED' && state.quirks.availablePointStatus ? 'AVAILABLE' : p.status;
}
function pointByVault(state, p) {
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
function vaultShape(state, v) {
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
function backupJobShape(state, j) {
    let percent = 0;
    if (j.state === 'COMPLETED')
        percent = 100;
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
function copyJobShape(j) {
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
const FINAL_STATES = new Set(['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']);
function encodedJob(state, job, shape) {
    const cache = state.encodedJobs;
    const cached = cache.get(job);
    if (cached)
        return cached;
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
function forgetEncodedPast(state) {
    const horizon = state.now - ENCODED_HORIZON_MS;
    for (const job of state.encodedJobs.keys()) {
        if (job.creationMs >= horizon)
            break;
        state.encodedJobs.delete(job);
    }
}
// A vault's points are listed by every prune run and by backup runs: each point's entry is encoded
// again only when something it shows has changed.
const encodedPoints = new WeakMap();
function encodedPoint(state, p) {
    const available = state.quirks.availablePointStatus === true;
    const c = encodedPoints.get(p);
    if (c &&
        c.status === p.status &&
        c.statusMessage === p.statusMessage &&
        c.lifecycle === p.lifecycle &&
        c.lifecycleVersion === p.lifecycleVersion &&
        c.lastRestoreMs === p.lastRestoreMs &&
        c.available === available &&
        c.kmsKeyArn === p.vault.kmsKeyArn)
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
function encodedListing(member, items, nextToken) {
    const parts = [Buffer.from(`{${JSON.stringify(member)}:[`)];
    items.forEach((item, i) => {
        if (i > 0)
            parts.push(COMMA);
        parts.push(item);
    });
    parts.push(Buffer.from(nextToken === undefined ? ']}' : `],"NextToken":${JSON.stringify(nextToken)}}`));
    return new EncodedJson(Buffer.concat(parts));
}
function legalHoldShape(h) {
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
const DELETION_MS = 60_000;
/**
 * Vault Lock: "preventing attempts to delete any recovery point stored in or created in a backup
 * vault. Vault Lock also prevents attempts to update the lifecycle policy that controls the
 * retention period of any recovery point currently stored in a backup vault"
 * (PutBackupVaultLockConfiguration, AWS Backup API reference). Every point, by anyone, whatever
 * its age: points in a locked vault leave only through their own lifecycle. AWS's exact error for
 * this is not documented; InvalidRequestException is the code its vault-lock operations use.
 */
function refuseInLockedVault(vault, p, action) {
    if (!vault.lock)
        return;
    throw invalidRequest(`Backup vault ${vault.name} is locked (Vault Lock): you cannot ${action} recovery point ${p.arn}; recovery points in a locked vault leave only through their lifecycle.`);
}
function vaultOf(state, caller, name) {
    const vault = state.getVault(caller.account, caller.region, name);
    if (!vault)
        throw notFound(`Backup vault ${name} does not exist in account ${caller.account}, region ${caller.region}.`);
    return vault;
}
function pointOf(state, vault, arn) {
    const p = state.pointInVault(vault, arn);
    if (!p)
        throw notFound(`Recovery point ${arn} was not found in backup vault ${vault.name}.`);
    return p;
}
/**
 * The parameters a token was first used with, as a digest: AWS keeps tokens with no documented end,
 * so every job's token is remembered, and a digest is 28 characters where the parameters are ~700.
 */
function fingerprint(params) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(params)).digest('base64');
}
/** The same idempotency token with the same parameters returns the first call's job. */
function idempotent(state, caller, op, token, params) {
    if (!token)
        return undefined;
    const key = `${caller.account}|${caller.region}|${op}|${token}`;
    const seen = state.idempotency.get(key);
    if (!seen)
        return undefined;
    if (seen.fingerprint !== fingerprint(params))
        throw invalidRequest(`IdempotencyToken ${token} was already used with different parameters.`);
    return seen.id;
}
function remember(state, caller, op, token, params, id) {
    if (token)
        state.idempotency.set(`${caller.account}|${caller.region}|${op}|${token}`, {
            fingerprint: fingerprint(params),
            id,
        });
}
const windowMinutes = (input, name, fallback) => {
    const v = input.int(name);
    if (v === undefined)
        return fallback;
    if (v < 60)
        throw invalidParameter(`${name} must be at least 60 minutes, got ${v}.`);
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
function checkEnum(name, value, allowed) {
    if (value !== undefined && !allowed.has(value))
        throw invalidParameter(`${name} must be one of ${[...allowed].join(', ')}, got "${value}".`);
}
const within = (ms, after, before) => (after === undefined || (ms !== undefined && ms >= after)) &&
    (before === undefined || (ms !== undefined && ms <= before));
/**
 * Past a listing's lower time bound, in an index keyed newest first: keys hold whole milliseconds,
 * so only an older millisecond proves every later entry older too.
 */
const olderThan = (ms, bound) => bound !== undefined && Math.floor(ms) < Math.floor(bound);
const handlers = {
    CreateBackupVault(state, caller, input) {
        const name = input.label('backupVaultName');
        if (!/^[a-zA-Z0-9\-_]{2,50}$/.test(name))
            throw invalidParameter(`Invalid backup vault name ${name}: use 2-50 letters, digits, hyphens or underscores.`);
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
            throw Object.assign(new SimError('AlreadyExistsException', `Backup vault with the same name already exists: ${name}`), {
                extra: { Arn: existing.arn, CreatorRequestId: existing.creatorRequestId },
            });
        }
        const vault = state.addVault({
            account: caller.account,
            region: caller.region,
            name,
            arn: (0,arns/* vaultArn */.Mq)(caller.account, caller.region, name),
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
            throw invalidRequest(`Backup vault ${vault.name} is locked in compliance mode since ${new Date(vault.lock.lockDateMs).toISOString()}; its lock can no longer be changed.`);
        const min = input.int('MinRetentionDays');
        const max = input.int('MaxRetentionDays');
        const changeable = input.int('ChangeableForDays');
        if (min !== undefined && min < 1)
            throw invalidParameter('MinRetentionDays must be at least 1.');
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
        const options = input.body.BackupOptions;
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
            const job = state.backupJobs.get(earlier);
            return {
                BackupJobId: job.id,
                RecoveryPointArn: job.recoveryPointArn,
                CreationDate: seconds(job.creationMs),
                IsParent: false,
            };
        }
        const vault = vaultOf(state, caller, vaultName);
        const type = (0,arns/* backupResourceType */.Tk)(resourceArn);
        const parsed = (0,arns/* parseArn */.Lw)(resourceArn);
        if (!type || !parsed)
            throw invalidParameter(`Invalid resource ARN or unsupported resource type: ${resourceArn}`);
        const resource = state.resources.get(resourceArn);
        const owner = resource?.account ?? parsed.account;
        const where = resource?.region ?? parsed.region;
        if (owner !== caller.account || where !== caller.region)
            throw invalidParameter(`Resource ${resourceArn} is not in account ${caller.account}, region ${caller.region}.`);
        const id = (0,arns/* newJobId */.Jc)();
        const job = {
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
            recoveryPointArn: (0,arns/* recoveryPointArn */.$8)(resourceArn, caller.account, caller.region, id, state.now, resource?.advancedBackup ?? false),
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
        const index = byResource === undefined
            ? state.backupJobsByScope.get(scopeKey(caller.account, caller.region))
            : state.backupJobsByResource.get(jobsByResourceKey(caller.account, caller.region, byResource));
        const { items, nextToken } = paged(index, {
            token: input.nextToken(),
            max: input.maxResults(),
            tag: 'backup-jobs',
            past: (j) => olderThan(j.creationMs, horizon) || olderThan(j.creationMs, after),
            keep: (j) => j.creationMs >= horizon &&
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
        const shape = (j) => backupJobShape(state, j);
        return encodedListing('BackupJobs', items.map((j) => encodedJob(state, j, shape)), nextToken);
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
            const job = state.copyJobs.get(earlier);
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
        const index = byResource === undefined
            ? state.copyJobsByScope.get(scopeKey(caller.account, caller.region))
            : state.copyJobsByResource.get(jobsByResourceKey(caller.account, caller.region, byResource));
        const { items, nextToken } = paged(index, {
            token: input.nextToken(),
            max: input.maxResults(),
            tag: 'copy-jobs',
            past: (j) => olderThan(j.creationMs, after),
            keep: (j) => (byState === undefined || j.state === byState) &&
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
        return encodedListing('CopyJobs', items.map((j) => encodedJob(state, j, copyJobShape)), nextToken);
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
            keep: (p) => (byResource === undefined || p.resourceArn === byResource) &&
                (byType === undefined || p.resourceType === byType) &&
                // Jobs started on demand belong to no backup plan; nothing here is a composite child.
                byPlan === undefined &&
                byParent === undefined &&
                within(p.creationMs, after, before),
        });
        return encodedListing('RecoveryPoints', items.map((p) => encodedPoint(state, p)), nextToken);
    },
    ListRecoveryPointsByResource(state, caller, input) {
        const resourceArn = input.label('resourceArn');
        if (!(0,arns/* parseArn */.Lw)(resourceArn))
            throw invalidParameter(`Invalid resource ARN: ${resourceArn}`);
        const { items, nextToken } = paged(state.pointsByResource.get(pointsByResourceKey(caller.account, caller.region, resourceArn)), {
            token: input.nextToken(),
            max: input.maxResults(),
            tag: `rp-resource:${resourceArn}`,
        });
        return {
            RecoveryPoints: items.map((p) => ({
                RecoveryPointArn: p.arn,
                CreationDate: seconds(p.creationMs),
                Status: reportedStatus(state, p),
                StatusMessage: p.statusMessage,
                EncryptionKeyArn: p.encrypted === false ? undefined : p.vault.kmsKeyArn,
                BackupSizeBytes: p.sizeBytes,
                // Seen null for EBS points on AWS: the world quirk nullVaultNameByResource answers so.
                BackupVaultName: state.quirks.nullVaultNameByResource && p.resourceType === 'EBS' ? null : p.vault.name,
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
        if (p.storageClass === 'COLD' &&
            lifecycle?.MoveToColdStorageAfterDays !== p.lifecycle?.MoveToColdStorageAfterDays)
            throw invalidParameter(`Recovery point ${p.arn} is already in cold storage; MoveToColdStorageAfterDays can no longer change.`);
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
        if (p.status === 'DELETING')
            return undefined;
        if (p.busyWith.size > 0)
            throw invalidState(`AWS Backup is already performing an action on recovery point ${p.arn} (copy job ${[...p.busyWith][0]}). Try again later.`);
        refuseInLockedVault(vault, p, 'delete');
        const holds = state.activeHolds(p);
        if (holds.length > 0)
            throw invalidRequest(`Recovery point ${p.arn} is under legal hold ${holds[0].id} (${holds[0].title}) and cannot be deleted.`);
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
            for (const id of p.legalHolds)
                state.legalHolds.get(id)?.pointArns.delete(p.arn);
            state.removePoint(p);
        });
        return undefined;
    },
    // Restores live in restores.ts (called lazily: the two modules import each other).
    GetRecoveryPointRestoreMetadata: (state, caller, input) => restoreHandlers.GetRecoveryPointRestoreMetadata(state, caller, input),
    ListTags(state, caller, input) {
        const arn = input.label('resourceArn');
        return { Tags: { ...taggableByBackup(state, caller, arn) } };
    },
    TagResource(state, caller, input) {
        const arn = input.label('resourceArn');
        const tags = input.tags('Tags');
        if (!tags)
            throw missingParameter('Tags');
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
        if (!Array.isArray(keys))
            throw missingParameter('TagKeyList');
        const target = taggableByBackup(state, caller, arn);
        state.rememberTagged(arn, target);
        for (const k of keys)
            if (typeof k === 'string')
                delete target[k];
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
        const rawSel = input.body.RecoveryPointSelection;
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
            let after;
            try {
                after = decodeToken(token, `hold:${hold.id}`);
            }
            catch {
                throw invalidParameter(`Invalid NextToken: ${token.slice(0, 40)}`);
            }
            start = arns.findIndex((a) => a > after);
            if (start < 0)
                start = arns.length;
        }
        const slice = arns.slice(start, start + max);
        const more = start + max < arns.length;
        return {
            RecoveryPoints: slice.map((arn) => {
                const p = state.points.get(arn);
                // ResourceArn, ResourceType and BackupVaultName are newer than the 2023 model (the SDK has them).
                return {
                    RecoveryPointArn: arn,
                    ResourceArn: p.resourceArn,
                    ResourceType: p.resourceType,
                    BackupVaultName: p.vault.name,
                };
            }),
            NextToken: more ? encodeToken(slice[slice.length - 1], `hold:${hold.id}`) : undefined,
        };
    },
    CancelLegalHold(state, caller, input) {
        const hold = holdOf(state, caller, input.label('legalHoldId'));
        const description = input.q('cancelDescription');
        if (!description)
            throw missingParameter('CancelDescription');
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
            if (p)
                state.setLifecycle(p, p.lifecycle);
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
        const optIn = {};
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
function holdOf(state, caller, id, code = 'ResourceNotFoundException') {
    const hold = state.legalHolds.get(id);
    if (!hold || hold.account !== caller.account || hold.region !== caller.region)
        throw new SimError(code, `Legal hold ${id} not found.`);
    return hold;
}
function selectionShape(hold) {
    const sel = hold.selection;
    return (sel && {
        VaultNames: sel.VaultNames,
        ResourceIdentifiers: sel.ResourceIdentifiers,
        DateRange: sel.DateRange && {
            FromDate: seconds(sel.DateRange.FromDate),
            ToDate: seconds(sel.DateRange.ToDate),
        },
    });
}
function newLegalHold(state, caller, title, description, raw) {
    const id = (0,external_node_crypto_.randomUUID)();
    const stringList = (name) => {
        const v = raw?.[name];
        if (v === undefined)
            return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            throw invalidParameter(`RecoveryPointSelection.${name} must be a list of strings`);
        return v;
    };
    let dateRange;
    const dr = raw?.DateRange;
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
function taggableByBackup(state, caller, arn) {
    const vault = (0,arns/* parseVaultArn */.dh)(arn);
    if (vault) {
        const v = state.getVault(vault.account, vault.region, vault.name);
        if (!v || v.account !== caller.account)
            throw notFound(`Backup vault ${arn} not found.`);
        return v.tags;
    }
    const p = state.points.get(arn);
    if ((0,arns/* isBackupManagedPointArn */.BQ)(arn)) {
        if (!p || p.vault.account !== caller.account)
            throw notFound(`Recovery point ${arn} not found.`);
        return p.tags;
    }
    if (p || (0,arns/* isNativeSnapshotArn */.Rm)(arn) || /:dynamodb:.*\/backup\//.test(arn))
        throw invalidParameter(`Tags of ${arn} cannot be read or changed through AWS Backup: this resource type does not support full AWS Backup management. Use the service's own tagging (or the Resource Groups Tagging API).`);
    throw invalidParameter(`Invalid ARN for tagging: ${arn}`);
}
// ---- dispatch ----------------------------------------------------------------------------------
function dispatchBackup(state, req) {
    const found = match(req.method, req.rawPath);
    if (!found) {
        throw new SimError('UnknownOperationException', `The simulator has no AWS Backup operation for ${req.method} ${req.rawPath}`, 404);
    }
    let body = {};
    if (req.body.length > 0) {
        try {
            const parsed = JSON.parse(req.body.toString('utf8'));
            if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                body = parsed;
        }
        catch {
            throw new SimError('SerializationException', 'The request body is not valid JSON.', 400);
        }
    }
    const input = new Input(found.labels, req.query, body);
    const arns = [
        found.labels.resourceArn,
        found.labels.recoveryPointArn,
        body.ResourceArn,
        body.RecoveryPointArn,
    ].filter((a) => typeof a === 'string');
    // Faults scoped to a resource also match calls on that resource's recovery points.
    for (const a of [...arns]) {
        const p = state.points.get(a);
        if (p)
            arns.push(p.resourceArn);
    }
    const handler = handlers[found.route.operation];
    return {
        operation: found.route.operation,
        arns,
        status: found.route.status,
        run: (caller) => handler(state, caller, input),
    };
}

;// CONCATENATED MODULE: ./src/simulator/faults.ts
// Injected faults and per-operation statistics. Throttling runs in REAL time (a token bucket of
// requests per real second), because it models API rate limits that a client must live with in
// wall-clock terms; the simulated clock does not move on its own.

/** The throttling error code each service uses. */
const THROTTLE_CODE = {
    backup: 'ThrottlingException',
    sts: 'Throttling',
    tagging: 'ThrottledException',
    // EC2's API reference ("Error codes for the Amazon EC2 API"), the RDS, EFS and DynamoDB models.
    ec2: 'RequestLimitExceeded',
    rds: 'Throttling',
    efs: 'ThrottlingException',
    dynamodb: 'ThrottlingException',
};
class Faults {
    faults = [];
    buckets = new Map();
    nextId = 1;
    stats = { calls: {}, throttled: {}, errors: {} };
    /** Whether any fault is set: the request path skips fault matching (and its await) otherwise. */
    get active() {
        return this.faults.length > 0;
    }
    add(spec) {
        validateSpec(spec);
        const fault = {
            ...spec,
            ...(spec.fail && { fail: { ...spec.fail } }),
            ...(spec.lose && { lose: { ...spec.lose } }),
            id: String(this.nextId++),
        };
        this.faults.push(fault);
        return fault;
    }
    list() {
        return this.faults.map((f) => ({ ...f }));
    }
    remove(id) {
        const before = this.faults.length;
        this.faults = this.faults.filter((f) => f.id !== id);
        this.buckets.delete(id);
        return this.faults.length < before;
    }
    clear() {
        this.faults = [];
        this.buckets.clear();
    }
    resetStats() {
        this.stats = { calls: {}, throttled: {}, errors: {} };
    }
    count(kind, operation) {
        this.stats[kind][operation] = (this.stats[kind][operation] ?? 0) + 1;
    }
    /**
     * Applies the faults that match a request: waits out latency, then throws the throttling or
     * injected error if one applies. Returns normally when the request may proceed.
     */
    async apply(facts) {
        if (this.faults.length === 0)
            return;
        const matching = this.faults.filter((f) => matches(f, facts));
        const latency = matching.reduce((ms, f) => Math.max(ms, f.latencyMs ?? 0), 0);
        if (latency > 0)
            await new Promise((resolve) => setTimeout(resolve, latency));
        for (const f of matching) {
            if (f.throttle && !this.take(f)) {
                throw new SimError(THROTTLE_CODE[facts.service], 'Rate exceeded');
            }
        }
        for (const f of matching) {
            if (f.fail && f.fail.count > 0) {
                f.fail.count--;
                throw new SimError(f.fail.error, f.fail.message ?? `Injected fault: ${f.fail.error}`);
            }
        }
    }
    /** After the operation ran: whether its answer is lost, and how (counts the fault down). */
    lostAnswer(facts) {
        for (const f of this.faults) {
            if (f.lose && f.lose.count > 0 && matches(f, facts)) {
                f.lose.count--;
                return f.lose.how;
            }
        }
        return undefined;
    }
    take(f) {
        const rps = f.throttle.rps;
        const now = performance.now();
        let b = this.buckets.get(f.id);
        if (!b)
            this.buckets.set(f.id, (b = { tokens: rps, last: now }));
        b.tokens = Math.min(rps, b.tokens + ((now - b.last) / 1000) * rps);
        b.last = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return true;
        }
        return false;
    }
}
function matches(f, r) {
    if (f.operation !== '*' && f.operation !== r.operation)
        return false;
    if (f.account !== undefined && f.account !== r.account)
        return false;
    if (f.region !== undefined && f.region !== r.region)
        return false;
    if (f.role !== undefined && f.role !== r.role)
        return false;
    if (f.resource !== undefined && !r.arns.includes(f.resource))
        return false;
    return true;
}
function validateSpec(spec) {
    const problems = [];
    if (typeof spec.operation !== 'string' || !spec.operation)
        problems.push('"operation" is required ("*" for all)');
    if (!spec.throttle && !spec.fail && !spec.lose && spec.latencyMs === undefined)
        problems.push('give at least one of "throttle", "fail", "lose", "latencyMs"');
    if (spec.lose &&
        !(Number.isInteger(spec.lose.count) &&
            spec.lose.count > 0 &&
            (spec.lose.how === 'reset' || spec.lose.how === 'malformed')))
        problems.push('"lose" needs a positive integer "count" and "how": "reset" or "malformed"');
    if (spec.throttle && !(typeof spec.throttle.rps === 'number' && spec.throttle.rps > 0))
        problems.push('"throttle.rps" must be a positive number');
    if (spec.fail &&
        !(Number.isInteger(spec.fail.count) && spec.fail.count > 0 && typeof spec.fail.error === 'string'))
        problems.push('"fail" needs a positive integer "count" and an "error" code');
    if (spec.latencyMs !== undefined && !(typeof spec.latencyMs === 'number' && spec.latencyMs >= 0))
        problems.push('"latencyMs" must be a number >= 0');
    if (problems.length)
        throw new Error(`invalid fault: ${problems.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/simulator/sigv4.ts
const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;
function parseSigV4(headers, query) {
    const auth = headers.authorization;
    let match = typeof auth === 'string' ? CREDENTIAL.exec(auth) : null;
    // Presigned URLs carry the same scope in X-Amz-Credential.
    if (!match && query) {
        const credential = query.get('X-Amz-Credential');
        if (credential)
            match = CREDENTIAL.exec(`Credential=${credential}`);
    }
    if (!match)
        return undefined;
    return { accessKeyId: match[1], region: match[3], service: match[4] };
}

;// CONCATENATED MODULE: ./src/simulator/dump.ts
const iso = (ms) => (ms === undefined ? undefined : new Date(ms).toISOString());
function dumpState(state) {
    return {
        now: new Date(state.now).toISOString(),
        accounts: [...state.accounts],
        roles: [...state.roles.values()].map((r) => structuredClone(r)),
        vaults: [...state.vaults.values()].map((v) => ({
            account: v.account,
            region: v.region,
            name: v.name,
            arn: v.arn,
            kmsKeyArn: v.kmsKeyArn,
            lock: v.lock && {
                minRetentionDays: v.lock.minRetentionDays,
                maxRetentionDays: v.lock.maxRetentionDays,
                lockDate: iso(v.lock.lockDateMs),
            },
            tags: { ...v.tags },
            numberOfRecoveryPoints: state.pointsByVault.get(v)?.size ?? 0,
        })),
        resources: [...state.resources.values()].map((r) => ({
            arn: r.arn,
            account: r.account,
            region: r.region,
            type: r.backupType,
            tags: { ...r.tags },
            sizeGiB: r.sizeGiB,
            advancedBackup: r.advancedBackup,
            deleted: r.deleted,
            restoredBy: r.restoredBy,
            unavailableUntil: iso(r.unavailableUntilMs),
        })),
        recoveryPoints: [...state.points.values()].map((p) => ({
            arn: p.arn,
            vault: { account: p.vault.account, region: p.vault.region, name: p.vault.name },
            resourceArn: p.resourceArn,
            resourceType: p.resourceType,
            creationDate: iso(p.creationMs),
            completionDate: iso(p.completionMs),
            status: p.status,
            statusMessage: p.statusMessage,
            storageClass: p.storageClass,
            lifecycle: p.lifecycle,
            tags: { ...p.tags },
            sourceVaultArn: p.sourceVaultArn,
            busy: p.busyWith.size > 0,
            legalHolds: [...p.legalHolds],
        })),
        backupJobs: [...state.backupJobs.values()].map((j) => ({
            id: j.id,
            account: j.account,
            region: j.region,
            vault: j.vault.name,
            resourceArn: j.resourceArn,
            resourceType: j.resourceType,
            state: j.state,
            statusMessage: j.statusMessage,
            creationDate: iso(j.creationMs),
            startBy: iso(j.startByMs),
            completeBy: iso(j.completeByMs),
            completionDate: iso(j.completionMs),
            recoveryPointArn: j.recoveryPointArn,
            lifecycle: j.lifecycle,
            recoveryPointTags: { ...j.recoveryPointTags },
            iamRoleArn: j.iamRoleArn,
        })),
        copyJobs: [...state.copyJobs.values()].map((j) => ({
            id: j.id,
            account: j.account,
            region: j.region,
            sourceRecoveryPointArn: j.sourcePointArn,
            destinationVaultArn: j.destinationVaultArn,
            destinationRecoveryPointArn: j.destinationPointArn,
            resourceArn: j.resourceArn,
            state: j.state,
            statusMessage: j.statusMessage,
            creationDate: iso(j.creationMs),
            completionDate: iso(j.completionMs),
            lifecycle: j.lifecycle,
        })),
        restoreJobs: [...state.restoreJobs.values()].map((j) => ({
            id: j.id,
            account: j.account,
            region: j.region,
            recoveryPointArn: j.pointArn,
            status: j.status,
            statusMessage: j.statusMessage,
            creationDate: iso(j.creationMs),
            completionDate: iso(j.completionMs),
            createdResourceArn: j.createdResourceArn,
            metadata: { ...j.metadata },
        })),
        legalHolds: [...state.legalHolds.values()].map((h) => ({
            id: h.id,
            arn: h.arn,
            account: h.account,
            region: h.region,
            title: h.title,
            status: h.status,
            creationDate: iso(h.creationMs),
            recoveryPointArns: [...h.pointArns],
        })),
    };
}

;// CONCATENATED MODULE: ./src/simulator/sts.ts
// AWS STS over the query protocol: form-encoded POSTs in, XML out. AssumeRoleWithWebIdentity
// arrives unsigned (the account comes from RoleArn); the JWT is decoded but its signature is NOT
// verified — the simulator has no access to GitHub's keys — while `sub`, `aud` and `exp` are checked
// against the role's trust and the SIMULATED clock.


const STS_OPERATIONS = (/* unused pure expression or super */ null && (['AssumeRoleWithWebIdentity', 'AssumeRole', 'GetCallerIdentity']));
const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
/** STS requests are form posts (or GET query strings) carrying `Action=`. */
function isStsRequest(req, service) {
    if (service === 'sts')
        return true;
    if (req.query.has('Action'))
        return true;
    const type = String(req.headers['content-type'] ?? '');
    return (req.method === 'POST' &&
        type.startsWith('application/x-www-form-urlencoded') &&
        req.body.includes('Action='));
}
function stsParams(req) {
    const params = new URLSearchParams(req.query);
    if (req.body.length > 0)
        for (const [k, v] of new URLSearchParams(req.body.toString('utf8')))
            params.set(k, v);
    return params;
}
const xmlEscape = (s) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
function toXml(value) {
    if (value === undefined || value === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar from our own response objects
    if (typeof value !== 'object')
        return xmlEscape(String(value));
    return Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
        .join('');
}
function stsResponseXml(operation, result, requestId) {
    return `<${operation}Response xmlns="${NS}"><${operation}Result>${toXml(result)}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}
function stsErrorXml(error, requestId) {
    return `<ErrorResponse xmlns="${NS}"><Error><Type>${error.fault}</Type><Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}
const required = (params, name) => {
    const v = params.get(name);
    if (!v)
        throw new SimError('ValidationError', `1 validation error detected: Value null at '${lowerFirst(name)}' failed to satisfy constraint: Member must not be null`);
    return v;
};
const lowerFirst = (s) => s[0].toLowerCase() + s.slice(1);
/** IAM's StringLike: `*` any run of characters, `?` exactly one. */
function stringLike(pattern, value) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`, 's').test(value);
}
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new SimError('InvalidIdentityToken', "Couldn't parse the provided web identity token: it is not a JWT.");
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (!claims || typeof claims !== 'object')
            throw new Error('not an object');
        return claims;
    }
    catch {
        throw new SimError('InvalidIdentityToken', "Couldn't parse the provided web identity token's payload.");
    }
}
const asList = (v) => v === undefined ? undefined : Array.isArray(v) ? v : [v];
function checkTrust(role, claims) {
    const subs = asList(role.trust?.sub);
    const auds = asList(role.trust?.aud);
    const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
    const tokenAuds = Array.isArray(claims.aud)
        ? claims.aud.filter((a) => typeof a === 'string')
        : typeof claims.aud === 'string'
            ? [claims.aud]
            : [];
    if (subs && (sub === undefined || !subs.some((p) => stringLike(p, sub))))
        return false;
    if (auds && !tokenAuds.some((a) => auds.includes(a)))
        return false;
    return true;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const randomId = (prefix, length) => prefix + Array.from((0,external_node_crypto_.randomBytes)(length), (b) => ALNUM[b % ALNUM.length]).join('');
function duration(params, role) {
    const raw = params.get('DurationSeconds');
    if (!raw)
        return 3600;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 900 || n > 43200)
        throw new SimError('ValidationError', `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`);
    const max = role.maxSessionDurationSeconds ?? 3600;
    if (n > max)
        throw new SimError('ValidationError', `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`);
    return n;
}
function issue(state, role, sessionName, seconds) {
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName))
        throw new SimError('ValidationError', `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`);
    const account = role.arn.split(':')[4];
    const roleName = role.arn.split('/').pop();
    const session = {
        accessKeyId: randomId('ASIA', 16),
        account,
        roleArn: role.arn,
        sessionName,
        expiresMs: state.now + seconds * 1000,
    };
    state.sessions.set(session.accessKeyId, session);
    return {
        Credentials: {
            AccessKeyId: session.accessKeyId,
            SecretAccessKey: (0,external_node_crypto_.randomBytes)(30).toString('base64'),
            SessionToken: (0,external_node_crypto_.randomBytes)(96).toString('base64'),
            Expiration: new Date(session.expiresMs).toISOString(),
        },
        AssumedRoleUser: {
            AssumedRoleId: `${roleId(role.arn)}:${sessionName}`,
            Arn: `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`,
        },
    };
}
/** A stable role id (AROA…) per role ARN, as IAM keeps one per role. */
function roleId(arn) {
    let h = 0;
    for (const c of arn)
        h = (h * 31 + c.charCodeAt(0)) >>> 0;
    let out = 'AROA';
    for (let i = 0; i < 17; i++) {
        out += ALNUM[h % ALNUM.length];
        h = (h * 1103515245 + 12345) >>> 0;
    }
    return out;
}
function roleOf(state, arn, action) {
    const role = state.roles.get(arn);
    if (!role)
        throw new SimError('AccessDenied', `Not authorized to perform ${action}`);
    return role;
}
/** The account an STS call acts in: web identity calls are unsigned, so it comes from RoleArn. */
function stsAccountHint(params) {
    if (params.get('Action') !== 'AssumeRoleWithWebIdentity')
        return undefined;
    return params.get('RoleArn')?.split(':')[4] || undefined;
}
function dispatchSts(state, req) {
    const params = stsParams(req);
    const action = params.get('Action') ?? '';
    const roleArn = params.get('RoleArn') ?? undefined;
    switch (action) {
        case 'AssumeRoleWithWebIdentity':
            return {
                operation: action,
                arns: roleArn ? [roleArn] : [],
                run: () => {
                    const arn = required(params, 'RoleArn');
                    const sessionName = required(params, 'RoleSessionName');
                    const token = required(params, 'WebIdentityToken');
                    const claims = decodeJwt(token);
                    const role = roleOf(state, arn, 'sts:AssumeRoleWithWebIdentity');
                    if (typeof claims.exp === 'number' && claims.exp * 1000 <= state.now)
                        throw new SimError('ExpiredTokenException', `Token expired: current date/time ${new Date(state.now).toISOString()} must be before the expiration date/time ${new Date(claims.exp * 1000).toISOString()}`);
                    if (typeof claims.nbf === 'number' && claims.nbf * 1000 > state.now + 300_000)
                        throw new SimError('InvalidIdentityToken', 'The web identity token is not yet valid (nbf is in the future).');
                    if (!checkTrust(role, claims))
                        throw new SimError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
                    const issued = issue(state, role, sessionName, duration(params, role));
                    const provider = typeof claims.iss === 'string' ? claims.iss.replace(/^https:\/\//, '') : undefined;
                    const aud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
                    return {
                        ...issued,
                        SubjectFromWebIdentityToken: typeof claims.sub === 'string' ? claims.sub : undefined,
                        Audience: typeof aud === 'string' ? aud : undefined,
                        Provider: provider,
                    };
                },
            };
        case 'AssumeRole':
            return {
                operation: action,
                arns: roleArn ? [roleArn] : [],
                run: () => {
                    const arn = required(params, 'RoleArn');
                    const sessionName = required(params, 'RoleSessionName');
                    const role = roleOf(state, arn, 'sts:AssumeRole');
                    return issue(state, role, sessionName, duration(params, role));
                },
            };
        case 'GetCallerIdentity':
            return {
                operation: action,
                arns: [],
                run: (caller) => {
                    if (caller.roleArn) {
                        const name = caller.roleArn.split('/').pop();
                        return {
                            UserId: `${roleId(caller.roleArn)}:${caller.sessionName}`,
                            Account: caller.account,
                            Arn: `arn:aws:sts::${caller.account}:assumed-role/${name}/${caller.sessionName}`,
                        };
                    }
                    // Keys the simulator did not issue act as a user of the world's first account.
                    return {
                        UserId: 'AIDASIMULATORUSER0001',
                        Account: caller.account,
                        Arn: `arn:aws:iam::${caller.account}:user/simulator`,
                    };
                },
            };
        default:
            throw new SimError('InvalidAction', `Could not find operation ${action || '(no Action)'} for version ${params.get('Version') ?? '?'}`);
    }
}

;// CONCATENATED MODULE: ./src/simulator/tagging.ts
// Resource Groups Tagging API over awsJson1.1 (`X-Amz-Target: ResourceGroupsTaggingAPI_20170126.*`):
// GetResources, TagResources and UntagResources over the world's resources (deleted ones included,
// as AWS keeps returning them for a while) and native-snapshot recovery points (EBS, EC2 AMIs, RDS,
// Aurora), which is how their tags are read and written.
//
// Only what is tagged or was tagged exists for this API. AWS's API reference for GetResources:
// "Returns all the tagged or previously tagged resources that are located in the specified AWS
// Region for the account" and "GetResources does not return untagged resources"
// (https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetResources.html).
// So a resource that never had a tag is absent, with or without ResourceARNList, while one whose
// tags were all removed is still returned, with an empty tag list. Callers must not read "not
// returned here" as "does not exist".




const TAGGING_TARGET_PREFIX = 'ResourceGroupsTaggingAPI_20170126.';
const TAGGING_OPERATIONS = (/* unused pure expression or super */ null && (['GetResources', 'TagResources', 'UntagResources']));
const invalid = (message) => new SimError('InvalidParameterException', message);
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** `ec2`, `ec2:volume`, `rds:snapshot`: service alone, or service and the ARN's resource type. */
function typeMatcher(filters) {
    const parsed = filters.map((f) => {
        const [service, type] = f.split(':');
        return { service, type };
    });
    return (t) => {
        const p = serviceAndType(t);
        return (p !== undefined &&
            parsed.some((f) => f.service === p.service && (f.type === undefined || f.type === p.type)));
    };
}
// A listing with a type filter looks at every taggable of the region (resources and native
// snapshots) on every page: each one's ARN is parsed once, not once per GetResources call.
const parsedTypes = new WeakMap();
function serviceAndType(t) {
    let known = parsedTypes.get(t);
    if (known === undefined) {
        const p = (0,arns/* parseArn */.Lw)(t.arn);
        known = p ? { service: p.service, type: p.resourceType } : null;
        parsedTypes.set(t, known);
    }
    return known ?? undefined;
}
function parseTagFilters(raw) {
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw invalid('TagFilters must be a list');
    if (raw.length > 50)
        throw invalid('TagFilters can have at most 50 keys');
    return raw.map((f) => {
        if (!f || typeof f.Key !== 'string' || !f.Key)
            throw invalid('Each TagFilter needs a Key');
        const values = f.Values ?? [];
        if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
            throw invalid('TagFilter Values must be strings');
        if (values.length > 20)
            throw invalid('A TagFilter can have at most 20 values');
        return { Key: f.Key, Values: values };
    });
}
function tagsOf(t) {
    return t.tags;
}
// EBS snapshots and AMIs: AWS Backup names them without an account (`arn:aws:ec2:<region>::snapshot/
// snap-…`), EC2 itself with one. The Tagging API has been seen answering with the account; the world
// quirk taggingCanonicalEc2Arns makes the simulator answer so. Lookups accept both forms.
const EC2_SNAPSHOT = /^(arn:aws[a-z-]*:ec2:[^:]+:)(\d{12})?(:(?:snapshot|image)\/.+)$/;
/** The ARN GetResources reports for a resource or point. */
function reportedArn(state, t) {
    if (!state.quirks.taggingCanonicalEc2Arns || !isPoint(t))
        return t.arn;
    const m = EC2_SNAPSHOT.exec(t.arn);
    return m && !m[2] ? `${m[1]}${t.vault.account}${m[3]}` : t.arn;
}
/** An EC2 snapshot/AMI ARN with an account, in Backup's account-less form (others unchanged). */
function withoutEc2Account(arn, account) {
    const m = EC2_SNAPSHOT.exec(arn);
    return m?.[2] === account ? `${m[1]}${m[3]}` : arn;
}
function getResources(state, caller, body) {
    const filters = parseTagFilters(body.TagFilters);
    const types = body.ResourceTypeFilters;
    if (types !== undefined && (!Array.isArray(types) || types.some((t) => typeof t !== 'string')))
        throw invalid('ResourceTypeFilters must be a list of strings');
    const arnList = body.ResourceARNList;
    const perPage = body.ResourcesPerPage;
    if (perPage !== undefined &&
        (typeof perPage !== 'number' || !Number.isInteger(perPage) || perPage < 1 || perPage > 100))
        throw invalid('ResourcesPerPage must be between 1 and 100');
    const typeMatches = types === undefined ? undefined : typeMatcher(types);
    const keep = (t) => {
        if (typeMatches && !typeMatches(t))
            return false;
        if (!state.wasEverTagged(t))
            return false;
        const tags = tagsOf(t);
        for (const f of filters) {
            if (!(f.Key in tags))
                return false;
            if (f.Values.length > 0 && !f.Values.includes(tags[f.Key]))
                return false;
        }
        return true;
    };
    if (arnList !== undefined) {
        if (!Array.isArray(arnList) || arnList.some((a) => typeof a !== 'string'))
            throw invalid('ResourceARNList must be a list of ARNs');
        if (arnList.length < 1 || arnList.length > 100)
            throw invalid('ResourceARNList must contain 1 to 100 ARNs');
        if (filters.length > 0 || body.PaginationToken || perPage !== undefined || body.TagsPerPage !== undefined)
            throw invalid("You can't specify ResourceARNList together with TagFilters or pagination parameters.");
        const out = [];
        for (const arn of arnList) {
            const t = findTaggable(state, caller, arn);
            // ARNs that don't exist, or were never tagged, are simply left out, as AWS documents.
            if (t && keep(t))
                out.push({ ResourceARN: reportedArn(state, t), Tags: tagList(tagsOf(t)) });
        }
        return { ResourceTagMappingList: out, PaginationToken: '' };
    }
    const token = typeof body.PaginationToken === 'string' && body.PaginationToken ? body.PaginationToken : undefined;
    try {
        const { items, nextToken } = page(state.taggables.get(scopeKey(caller.account, caller.region)), {
            token,
            max: perPage ?? 100,
            tag: 'tagging',
            keep,
        });
        // AWS answers an empty string (not an absent member) when there are no more pages.
        return {
            ResourceTagMappingList: items.map((t) => ({
                ResourceARN: reportedArn(state, t),
                Tags: tagList(tagsOf(t)),
            })),
            PaginationToken: nextToken ?? '',
        };
    }
    catch (error) {
        if (error instanceof InvalidTokenError)
            throw invalid(error.message);
        throw error;
    }
}
/** A resource or native-snapshot point the caller can see (its own account and region). */
function findTaggable(state, caller, given) {
    const arn = withoutEc2Account(given, caller.account);
    const r = state.resources.get(arn);
    if (r)
        return r.account === caller.account && r.region === caller.region ? r : undefined;
    const p = state.points.get(arn);
    if (p && (0,arns/* isNativeSnapshotArn */.Rm)(arn) && p.vault.account === caller.account && p.vault.region === caller.region)
        return p;
    return undefined;
}
// TagResources and UntagResources share their ARN list rule and their per-ARN failure report.
function arnList(arns) {
    if (!Array.isArray(arns) || arns.length < 1 || arns.length > 20 || arns.some((a) => typeof a !== 'string'))
        throw invalid('ResourceARNList must contain 1 to 20 ARNs');
    return arns;
}
function forEachListedTaggable(state, caller, arns, change) {
    const failed = {};
    for (const arn of arns) {
        const t = findTaggable(state, caller, arn);
        if (t)
            change(t);
        else
            failed[arn] = {
                StatusCode: 400,
                ErrorCode: 'InvalidParameterException',
                ErrorMessage: `Resource ${arn} not found or not taggable through the Resource Groups Tagging API in the simulator.`,
            };
    }
    return { FailedResourcesMap: failed };
}
function tagResources(state, caller, body) {
    const arns = arnList(body.ResourceARNList);
    const tags = body.Tags;
    if (!tags || typeof tags !== 'object' || Array.isArray(tags))
        throw invalid('Tags is required');
    for (const [k, v] of Object.entries(tags)) {
        if (typeof v !== 'string')
            throw invalid(`Tag ${k} must have a string value`);
        if (k.toLowerCase().startsWith('aws:'))
            throw invalid(`Tag keys starting with 'aws:' are reserved: ${k}`);
    }
    return forEachListedTaggable(state, caller, arns, (t) => {
        Object.assign(t.tags, tags);
        state.pointChanged(t.arn);
    });
}
function untagResources(state, caller, body) {
    const arns = arnList(body.ResourceARNList);
    const keys = body.TagKeys;
    if (!Array.isArray(keys) || keys.length < 1 || keys.length > 50 || keys.some((k) => typeof k !== 'string'))
        throw invalid('TagKeys must contain 1 to 50 tag keys');
    return forEachListedTaggable(state, caller, arns, (t) => {
        // Removing the last tag leaves a "previously tagged" resource, which GetResources still returns.
        state.rememberTagged(t.arn, t.tags);
        for (const k of keys)
            delete t.tags[k];
        state.pointChanged(t.arn);
    });
}
function isTaggingRequest(req) {
    const target = req.headers['x-amz-target'];
    return typeof target === 'string' && target.startsWith(TAGGING_TARGET_PREFIX);
}
function dispatchTagging(state, req) {
    const operation = String(req.headers['x-amz-target']).slice(TAGGING_TARGET_PREFIX.length);
    let body = {};
    if (req.body.length > 0) {
        try {
            body = JSON.parse(req.body.toString('utf8'));
        }
        catch {
            throw new SimError('SerializationException', 'The request body is not valid JSON.', 400);
        }
    }
    const arns = Array.isArray(body.ResourceARNList)
        ? body.ResourceARNList.filter((a) => typeof a === 'string')
        : [];
    switch (operation) {
        case 'GetResources':
            return { operation, arns, run: (caller) => getResources(state, caller, body) };
        case 'TagResources':
            return { operation, arns, run: (caller) => tagResources(state, caller, body) };
        case 'UntagResources':
            return { operation, arns, run: (caller) => untagResources(state, caller, body) };
        default:
            throw new SimError('UnknownOperationException', `The simulator does not implement ${operation} of the Resource Groups Tagging API.`, 400);
    }
}

;// CONCATENATED MODULE: ./src/simulator/dynamodb.ts
// Amazon DynamoDB over awsJson1.0 (`X-Amz-Target: DynamoDB_20120810.<Operation>`,
// `application/x-amz-json-1.0`), only what a restore drill needs of the tables a restore created:
// DescribeTable and DeleteTable (model dynamodb/2012-08-10; TableStatus CREATING | ACTIVE |
// DELETING). Errors `{"__type": "com.amazonaws.dynamodb.v20120810#<Code>", "message"}`, HTTP 400:
// ResourceNotFoundException, ResourceInUseException.





const DYNAMODB_TARGET_PREFIX = 'DynamoDB_20120810.';
const DYNAMODB_OPERATIONS = (/* unused pure expression or super */ null && (['DescribeTable', 'DeleteTable']));
const error = (code, message) => new SimError(code, message, 400);
const dynamodb_STATUS = { creating: 'CREATING', available: 'ACTIVE', deleting: 'DELETING' };
const tableIds = new WeakMap();
function describe(state, r) {
    let id = tableIds.get(r);
    if (!id)
        tableIds.set(r, (id = (0,external_node_crypto_.randomUUID)()));
    return {
        TableName: (0,arns/* resourceName */.Iy)(r.arn),
        TableStatus: dynamodb_STATUS[lifeOf(state, r)],
        CreationDateTime: (r.createdMs ?? state.now) / 1000,
        TableSizeBytes: Math.round(r.sizeGiB * gib),
        ItemCount: 0,
        TableArn: r.arn,
        TableId: id,
    };
}
function isDynamoDbRequest(req, service) {
    if (service !== undefined)
        return service === 'dynamodb';
    const target = req.headers['x-amz-target'];
    return typeof target === 'string' && target.startsWith(DYNAMODB_TARGET_PREFIX);
}
function dispatchDynamoDb(state, req) {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(DYNAMODB_TARGET_PREFIX)
        ? target.slice(DYNAMODB_TARGET_PREFIX.length)
        : '';
    let body;
    try {
        body = req.body.length > 0 ? JSON.parse(req.body.toString('utf8')) : {};
    }
    catch {
        body = {};
    }
    const name = typeof body.TableName === 'string' ? body.TableName : undefined;
    const table = (caller) => {
        if (!name)
            throw error('ValidationException', "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        const r = findLive(state, caller, 'DynamoDB', name);
        if (!r)
            throw error('ResourceNotFoundException', `Requested resource not found: Table: ${name} not found`);
        return r;
    };
    switch (operation) {
        case 'DescribeTable':
            return { operation, arns: [], run: (caller) => ({ Table: describe(state, table(caller)) }) };
        case 'DeleteTable':
            return {
                operation,
                arns: [],
                run: (caller) => {
                    const r = table(caller);
                    const life = lifeOf(state, r);
                    if (life === 'creating')
                        throw error('ResourceInUseException', `Attempt to change a resource which is still in use: Table is being created: ${name}`);
                    if (life === 'deleting')
                        throw error('ResourceInUseException', `Attempt to change a resource which is still in use: Table is being deleted: ${name}`);
                    startDeletion(state, r);
                    return { TableDescription: describe(state, r) };
                },
            };
        default:
            return {
                operation: operation || 'Unknown',
                arns: [],
                run: () => {
                    throw error('UnknownOperationException', `Unknown operation ${target}`);
                },
            };
    }
}
function dynamoDbErrorBody(e) {
    return JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${e.code}`, message: e.message });
}

;// CONCATENATED MODULE: ./src/simulator/query-wire.ts
function queryParams(req) {
    const params = new URLSearchParams(req.query);
    if (req.body.length > 0)
        for (const [k, v] of new URLSearchParams(req.body.toString('utf8')))
            params.set(k, v);
    return params;
}
/** `Prefix.1`, `Prefix.2`, … (the query protocols' flattened lists). */
function listParam(params, prefix) {
    const out = [];
    for (let i = 1; params.has(`${prefix}.${i}`); i++)
        out.push(params.get(`${prefix}.${i}`));
    return out;
}
/** True when any parameter starts with `prefix.` (e.g. a `Filter.1.Name`). */
function hasParam(params, prefix) {
    for (const k of params.keys())
        if (k === prefix || k.startsWith(`${prefix}.`))
            return true;
    return false;
}
const query_wire_xmlEscape = (s) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
/** One element; undefined values are left out (absent members). */
function el(name, value) {
    if (value === undefined)
        return '';
    return `<${name}>${typeof value === 'string' ? query_wire_xmlEscape(value) : String(value)}</${name}>`;
}
/** An element holding already-rendered XML. */
const wrap = (name, inner) => `<${name}>${inner}</${name}>`;
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z');

;// CONCATENATED MODULE: ./src/simulator/ec2.ts
// Amazon EC2 over the ec2 query protocol, only what a restore drill needs of the volumes a restore
// created: DescribeVolumes and DeleteVolume (model ec2/2016-11-15: POST /, form-encoded
// `Action=…&Version=2016-11-15`, list members `VolumeId.N`; answers `<XResponse>` with lower-case
// locationNames: `volumeSet/item`, `status`, `tagSet/item`, `return`). Errors:
// `<Response><Errors><Error><Code>…` ("Error codes for the Amazon EC2 API": InvalidVolume.NotFound,
// IncorrectState, InvalidAction; all HTTP 400).




const EC2_VERSION = '2016-11-15';
const ec2_NS = `http://ec2.amazonaws.com/doc/${EC2_VERSION}/`;
const EC2_OPERATIONS = (/* unused pure expression or super */ null && (['DescribeVolumes', 'DeleteVolume']));
const ec2Error = (code, message) => new SimError(code, message, 400);
const ec2_notFound = (id) => ec2Error('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
function volumeXml(state, r) {
    const life = lifeOf(state, r);
    const region = r.region;
    const tags = Object.entries(r.tags)
        .map(([k, v]) => wrap('item', el('key', k) + el('value', v)))
        .join('');
    return wrap('item', el('volumeId', (0,arns/* resourceName */.Iy)(r.arn)) +
        el('size', Number(meta(r, 'volumeSize') ?? Math.max(1, Math.round(r.sizeGiB)))) +
        el('snapshotId', '') +
        el('availabilityZone', meta(r, 'availabilityZone') ?? `${region}a`) +
        el('status', life) +
        el('createTime', isoSeconds(r.createdMs ?? state.now)) +
        wrap('attachmentSet', '') +
        el('volumeType', meta(r, 'volumeType') ?? 'gp3') +
        el('iops', meta(r, 'iops') !== undefined ? Number(meta(r, 'iops')) : undefined) +
        el('throughput', meta(r, 'throughput') !== undefined ? Number(meta(r, 'throughput')) : undefined) +
        el('encrypted', (meta(r, 'encrypted') ?? String(r.encrypted)).toLowerCase() === 'true') +
        (tags ? wrap('tagSet', tags) : '') +
        el('multiAttachEnabled', false));
}
function isEc2Request(req, service) {
    if (service !== undefined)
        return service === 'ec2';
    return queryParams(req).get('Version') === EC2_VERSION;
}
function dispatchEc2(state, req) {
    const params = queryParams(req);
    const action = params.get('Action') ?? '';
    switch (action) {
        case 'DescribeVolumes': {
            const ids = listParam(params, 'VolumeId');
            return {
                operation: action,
                arns: [],
                run: (caller) => {
                    // Filters are not modelled: refusing beats answering as if they matched everything.
                    if (hasParam(params, 'Filter'))
                        throw ec2Error('InvalidParameterValue', 'The simulator does not support DescribeVolumes filters');
                    const found = ids.map((id) => findLive(state, caller, 'EBS', id) ?? id);
                    const missing = found.filter((f) => typeof f === 'string');
                    if (missing.length > 0)
                        throw ec2_notFound(missing[0]);
                    const volumes = ids.length > 0 ? found : liveResources(state, caller, 'EBS');
                    return wrap('volumeSet', volumes.map((r) => volumeXml(state, r)).join(''));
                },
            };
        }
        case 'DeleteVolume': {
            const id = params.get('VolumeId');
            return {
                operation: action,
                arns: [],
                run: (caller) => {
                    if (!id)
                        throw ec2Error('MissingParameter', "The request must contain the parameter 'VolumeId'");
                    const r = findLive(state, caller, 'EBS', id);
                    if (!r)
                        throw ec2_notFound(id);
                    const life = lifeOf(state, r);
                    if (life === 'creating')
                        throw ec2Error('IncorrectState', `The volume '${id}' is 'creating' and cannot be deleted.`);
                    startDeletion(state, r);
                    return el('return', true);
                },
            };
        }
        default:
            return {
                operation: action || 'Unknown',
                arns: [],
                run: () => {
                    throw ec2Error('InvalidAction', `The action ${action} is not valid for this web service.`);
                },
            };
    }
}
/** `result` is the answer's inner XML, as the handlers above build it. */
function ec2ResponseXml(operation, result, requestId) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${ec2_NS}">${el('requestId', requestId)}${result}</${operation}Response>`;
}
function ec2ErrorXml(error, requestId) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${query_wire_xmlEscape(error.code)}</Code><Message>${query_wire_xmlEscape(error.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
}

;// CONCATENATED MODULE: ./src/simulator/efs.ts
// Amazon EFS over restJson1, only what a restore drill needs of the file systems a restore created:
// DescribeFileSystems (GET /2015-02-01/file-systems?FileSystemId=…|CreationToken=…) and
// DeleteFileSystem (DELETE /2015-02-01/file-systems/{FileSystemId}, 204), from model
// efs/2015-02-01. Errors carry `x-amzn-errortype` and `{"ErrorCode", "Message"}`: FileSystemNotFound
// (404), IncorrectFileSystemLifeCycleState (409), BadRequest (400).




const EFS_PREFIX = '/2015-02-01/';
const EFS_OPERATIONS = (/* unused pure expression or super */ null && (['DescribeFileSystems', 'DeleteFileSystem']));
const efs_notFound = (id) => new SimError('FileSystemNotFound', `File system '${id}' does not exist.`, 404);
function efs_describe(state, r) {
    const name = r.tags.Name;
    return {
        OwnerId: r.account,
        CreationToken: meta(r, 'CreationToken') ?? (0,arns/* resourceName */.Iy)(r.arn),
        FileSystemId: (0,arns/* resourceName */.Iy)(r.arn),
        FileSystemArn: r.arn,
        CreationTime: (r.createdMs ?? state.now) / 1000,
        LifeCycleState: lifeOf(state, r),
        ...(name !== undefined ? { Name: name } : {}),
        NumberOfMountTargets: 0,
        SizeInBytes: { Value: Math.round(r.sizeGiB * gib) },
        PerformanceMode: meta(r, 'PerformanceMode') ?? 'generalPurpose',
        Encrypted: (meta(r, 'Encrypted') ?? String(r.encrypted)).toLowerCase() === 'true',
        ThroughputMode: 'bursting',
        Tags: Object.entries(r.tags).map(([Key, Value]) => ({ Key, Value })),
    };
}
function isEfsRequest(req, service) {
    if (service !== undefined)
        return service === 'elasticfilesystem';
    return req.rawPath.startsWith(EFS_PREFIX);
}
function dispatchEfs(state, req) {
    const path = req.rawPath.replace(/\/+$/, '');
    if (req.method === 'GET' && path === '/2015-02-01/file-systems')
        return {
            operation: 'DescribeFileSystems',
            arns: [],
            run: (caller) => {
                const id = req.query.get('FileSystemId') ?? undefined;
                const token = req.query.get('CreationToken') ?? undefined;
                if (id !== undefined && token !== undefined)
                    throw new SimError('BadRequest', 'Specify either FileSystemId or CreationToken, not both.', 400);
                if (id !== undefined) {
                    const r = findLive(state, caller, 'EFS', id);
                    if (!r)
                        throw efs_notFound(id);
                    return { FileSystems: [efs_describe(state, r)] };
                }
                const all = liveResources(state, caller, 'EFS').filter((r) => token === undefined || meta(r, 'CreationToken') === token);
                return { FileSystems: all.map((r) => efs_describe(state, r)) };
            },
        };
    const del = /^\/2015-02-01\/file-systems\/([^/]+)$/.exec(path);
    if (req.method === 'DELETE' && del)
        return {
            operation: 'DeleteFileSystem',
            arns: [],
            status: 204,
            run: (caller) => {
                const id = decodeURIComponent(del[1]);
                const r = findLive(state, caller, 'EFS', id);
                if (!r)
                    throw efs_notFound(id);
                if (lifeOf(state, r) === 'creating')
                    throw new SimError('IncorrectFileSystemLifeCycleState', `File system '${id}' is in life cycle state 'creating'.`, 409);
                startDeletion(state, r);
                return undefined;
            },
        };
    return {
        operation: 'Unknown',
        arns: [],
        run: () => {
            throw new SimError('BadRequest', `No EFS operation for ${req.method} ${req.rawPath}`, 400);
        },
    };
}
function efsErrorBody(error) {
    return JSON.stringify({ ErrorCode: error.code, Message: error.message, message: error.message });
}

;// CONCATENATED MODULE: ./src/simulator/rds.ts
// Amazon RDS over awsQuery, only what a restore drill needs of the DB instances a restore created:
// DescribeDBInstances and DeleteDBInstance (model rds/2014-10-31: POST /, `Action=…&Version=
// 2014-10-31`; answers `<XResponse><XResult>…</XResult><ResponseMetadata>`, list members named
// `DBInstance`). Errors `<ErrorResponse><Error><Type>Sender</Type><Code>…` with the model's codes:
// DBInstanceNotFound (404), InvalidDBInstanceState (400), InvalidParameterCombination (400).




const RDS_VERSION = '2014-10-31';
const rds_NS = `http://rds.amazonaws.com/doc/${RDS_VERSION}/`;
const RDS_OPERATIONS = (/* unused pure expression or super */ null && (['DescribeDBInstances', 'DeleteDBInstance']));
const rds_notFound = (id) => new SimError('DBInstanceNotFound', `DBInstance ${id} not found.`, 404);
const badCombination = (message) => new SimError('InvalidParameterCombination', message, 400);
const badState = (message) => new SimError('InvalidDBInstanceState', message, 400);
const isTrue = (v) => v?.toLowerCase() === 'true';
function instanceXml(state, r) {
    const tags = Object.entries(r.tags)
        .map(([k, v]) => wrap('Tag', el('Key', k) + el('Value', v)))
        .join('');
    return wrap('DBInstance', el('DBInstanceIdentifier', (0,arns/* resourceName */.Iy)(r.arn)) +
        el('DBInstanceClass', meta(r, 'DBInstanceClass') ?? 'db.t3.micro') +
        el('Engine', meta(r, 'Engine') ?? 'postgres') +
        el('DBInstanceStatus', lifeOf(state, r)) +
        el('AllocatedStorage', Math.max(1, Math.round(r.sizeGiB))) +
        el('InstanceCreateTime', isoSeconds(r.createdMs ?? state.now)) +
        el('AvailabilityZone', meta(r, 'AvailabilityZone') ?? `${r.region}a`) +
        el('MultiAZ', isTrue(meta(r, 'MultiAZ'))) +
        el('StorageType', meta(r, 'StorageType') ?? 'gp3') +
        el('StorageEncrypted', r.encrypted) +
        el('DBInstanceArn', r.arn) +
        el('DeletionProtection', isTrue(meta(r, 'DeletionProtection'))) +
        wrap('TagList', tags));
}
function isRdsRequest(req, service) {
    if (service !== undefined)
        return service === 'rds';
    return queryParams(req).get('Version') === RDS_VERSION;
}
function dispatchRds(state, req) {
    const params = queryParams(req);
    const action = params.get('Action') ?? '';
    const id = params.get('DBInstanceIdentifier') ?? undefined;
    switch (action) {
        case 'DescribeDBInstances':
            return {
                operation: action,
                arns: [],
                run: (caller) => {
                    if (hasParam(params, 'Filters'))
                        throw badCombination('The simulator does not support DescribeDBInstances filters');
                    let instances;
                    if (id !== undefined) {
                        const r = findLive(state, caller, 'RDS', id);
                        if (!r)
                            throw rds_notFound(id);
                        instances = [r];
                    }
                    else
                        instances = liveResources(state, caller, 'RDS');
                    return wrap('DBInstances', instances.map((r) => instanceXml(state, r)).join(''));
                },
            };
        case 'DeleteDBInstance':
            return {
                operation: action,
                arns: [],
                run: (caller) => {
                    if (!id)
                        throw new SimError('MissingParameter', 'The request must contain the parameter DBInstanceIdentifier', 400);
                    const r = findLive(state, caller, 'RDS', id);
                    if (!r)
                        throw rds_notFound(id);
                    // DeleteDBInstance (API reference): a final snapshot unless SkipFinalSnapshot is true.
                    if (!isTrue(params.get('SkipFinalSnapshot') ?? undefined) &&
                        !params.get('FinalDBSnapshotIdentifier'))
                        throw badCombination('FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is specified.');
                    if (isTrue(meta(r, 'DeletionProtection')))
                        throw badCombination('Cannot delete protected DB Instance, please disable deletion protection and try again.');
                    const life = lifeOf(state, r);
                    if (life === 'deleting')
                        throw badState(`DB instance ${id} is already being deleted.`);
                    if (life === 'creating')
                        throw badState(`DB instance ${id} is not in available state.`);
                    startDeletion(state, r);
                    return instanceXml(state, r);
                },
            };
        default:
            return {
                operation: action || 'Unknown',
                arns: [],
                run: () => {
                    throw new SimError('InvalidAction', `The action ${action} is not valid for this web service.`, 400);
                },
            };
    }
}
/** `result` is the Result element's inner XML, as the handlers above build it. */
function rdsResponseXml(operation, result, requestId) {
    return `<${operation}Response xmlns="${rds_NS}"><${operation}Result>${result}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}
function rdsErrorXml(error, requestId) {
    return `<ErrorResponse xmlns="${rds_NS}"><Error><Type>${error.fault}</Type><Code>${query_wire_xmlEscape(error.code)}</Code><Message>${query_wire_xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

;// CONCATENATED MODULE: ./src/simulator/simulator.ts
// The simulator: state + faults + the request pipeline shared by all three protocols.
// identify service → resolve operation → resolve caller → count → faults → run → render.



















/** Which resource service a request is for: by its SigV4 scope's service, else by its shape. */
function resourceServiceOf(req, scopeService) {
    if (isEc2Request(req, scopeService))
        return 'ec2';
    if (isRdsRequest(req, scopeService))
        return 'rds';
    if (isEfsRequest(req, scopeService))
        return 'efs';
    if (isDynamoDbRequest(req, scopeService))
        return 'dynamodb';
    return undefined;
}
class Simulator {
    state;
    faults = new Faults();
    constructor(world) {
        const valid = (0,simulator_world/* validateWorld */.r)(world);
        this.state = new SimState(valid);
        seedBackupPlans(this.state, valid.backupPlans ?? []);
        this.startWorldCopyJobs(valid);
    }
    /** Copy jobs the world says someone else started (their own role, the source point's account). */
    startWorldCopyJobs(world) {
        (world.copyJobs ?? []).forEach((c, i) => {
            const source = this.state.points.get(c.sourceRecoveryPointArn);
            if (!source)
                throw new simulator_world/* WorldError */.n(`invalid world file:\n  copyJobs[${i}].sourceRecoveryPointArn: no recovery point ${c.sourceRecoveryPointArn}`);
            const lifecycle = c.lifecycle && {
                ...(c.lifecycle.moveToColdStorageAfterDays !== undefined && {
                    MoveToColdStorageAfterDays: c.lifecycle.moveToColdStorageAfterDays,
                }),
                ...(c.lifecycle.deleteAfterDays !== undefined && { DeleteAfterDays: c.lifecycle.deleteAfterDays }),
            };
            startCopyJob(this.state, {
                account: source.vault.account,
                region: source.vault.region,
                source,
                destinationVaultArn: c.destinationVaultArn,
                iamRoleArn: c.iamRoleArn,
                lifecycle,
            });
        });
    }
    // ---- in-process control (the admin API calls the same methods) -------------------------------
    now() {
        return new Date(this.state.now);
    }
    /** Advances the simulated clock; jobs, lifecycles and expiries catch up to the new time. */
    advance(seconds) {
        if (!Number.isFinite(seconds) || seconds < 0)
            throw new Error('seconds must be a number >= 0');
        this.state.advanceTo(this.state.now + seconds * 1000);
        return this.now();
    }
    /** The instant of the next queued event (job state change, cold move, lifecycle expiry), if any. */
    nextEventAt() {
        const at = this.state.nextEventAt();
        return at === undefined ? undefined : new Date(at);
    }
    addFault(spec) {
        return this.faults.add(spec);
    }
    clearFaults() {
        this.faults.clear();
    }
    stats() {
        return structuredClone(this.faults.stats);
    }
    resetStats() {
        this.faults.resetStats();
    }
    dump() {
        return dumpState(this.state);
    }
    /** Adds or updates world objects (accounts, roles, vaults, resources, recovery points, holds). */
    patchWorld(patch) {
        const known = {
            accounts: this.state.accounts,
            vaults: [...this.state.vaults.values()].map((v) => `${v.account}:${v.region}:${v.name}`),
        };
        const world = (0,simulator_world/* validateWorld */.r)({ accounts: this.state.accounts, ...patch }, 'world patch', known);
        const { start: _ignored, ...rest } = world;
        this.state.patch(rest);
        seedBackupPlans(this.state, rest.backupPlans ?? []);
        this.startWorldCopyJobs(rest);
    }
    /** Deletes a resource a restore created (see restores.ts); others are refused. */
    deleteRestoredResource(arn) {
        deleteRestoredResource(this.state, arn);
    }
    // ---- HTTP ------------------------------------------------------------------------------------
    async handle(req, res) {
        const body = await readBody(req);
        // Like AWS, answer with the service's own time: the simulated clock (Node would send real time).
        // The backup command takes its "now" from this header (src/backup/clock.ts).
        res.setHeader('date', new Date(this.state.now).toUTCString());
        // …but keep the SDK from "correcting" its signing clock towards it. The SDK v3 treats a server
        // Date far from local time as clock skew: it then marks every error `clockSkewCorrected` and
        // retries it, which AWS (whose Date is real time) never causes. The SDK leaves its offset alone
        // when a response carries an `Age` header (see getUpdatedSystemClockOffset in @aws-sdk/core).
        res.setHeader('age', '0');
        // Split by hand: `new URL` is a measurable share of a request's cost at thousands per second.
        const target = req.url ?? '/';
        const q = target.indexOf('?');
        const request = {
            method: req.method ?? 'GET',
            rawPath: q < 0 ? target : target.slice(0, q),
            query: new URLSearchParams(q < 0 ? '' : target.slice(q + 1)),
            headers: req.headers,
            body,
        };
        if (request.rawPath === '/_sim' || request.rawPath.startsWith('/_sim/'))
            return handleAdmin(this, request, res);
        const scope = parseSigV4(req.headers, request.query);
        const service = resourceServiceOf(request, scope?.service) ??
            (isTaggingRequest(request) ? 'tagging' : isStsRequest(request, scope?.service) ? 'sts' : 'backup');
        const requestId = (0,external_node_crypto_.randomUUID)();
        let operation = 'Unknown';
        try {
            const dispatch = DISPATCH[service](this.state, request);
            operation = dispatch.operation;
            this.faults.count('calls', operation);
            const caller = this.caller(service, scope, request);
            const facts = this.faults.active
                ? {
                    operation,
                    service,
                    account: caller.account,
                    region: caller.region,
                    // For AssumeRole* the role a fault names is the one being assumed.
                    role: caller.roleArn ?? (service === 'sts' ? dispatch.arns[0] : undefined),
                    arns: dispatch.arns,
                }
                : undefined;
            if (facts)
                await this.faults.apply(facts);
            const result = dispatch.run(caller);
            const lost = facts && this.faults.lostAnswer(facts);
            if (lost) {
                this.faults.count('errors', operation);
                if (lost === 'reset')
                    req.socket.destroy();
                else
                    sendMalformed(res, service, requestId);
                return;
            }
            sendOk(res, service, operation, result, requestId, dispatch.status);
        }
        catch (error) {
            const simError = error instanceof SimError
                ? error
                : new SimError(service === 'sts' ? 'InternalFailure' : 'ServiceUnavailableException', `Simulator failure: ${String(error)}`, 500);
            if (!(error instanceof SimError))
                process.stderr.write(`simulator: ${operation} failed: ${error.stack ?? String(error)}\n`);
            const throttled = [
                'ThrottlingException',
                'Throttling',
                'ThrottledException',
                'RequestLimitExceeded',
            ].includes(simError.code);
            if (operation === 'Unknown')
                this.faults.count('calls', operation);
            this.faults.count(throttled ? 'throttled' : 'errors', operation);
            sendError(res, service, simError, requestId);
        }
    }
    /**
     * The caller: credentials issued by the simulated STS act as their role in its account; any other
     * key acts as the world's first account (so `aws --endpoint-url` works with any key). The region is
     * the SigV4 scope's. Unsigned web-identity calls take the account from RoleArn.
     */
    caller(service, scope, request) {
        const region = scope?.region ?? 'us-east-1';
        const session = scope ? this.state.sessions.get(scope.accessKeyId) : undefined;
        if (session) {
            if (this.state.now >= session.expiresMs)
                throw new SimError(service === 'sts' ? 'ExpiredToken' : 'ExpiredTokenException', 'The security token included in the request is expired');
            return {
                account: session.account,
                region,
                accessKeyId: session.accessKeyId,
                roleArn: session.roleArn,
                sessionName: session.sessionName,
            };
        }
        const hint = service === 'sts' ? stsAccountHint(stsParams(request)) : undefined;
        return { account: hint ?? this.state.accounts[0], region, accessKeyId: scope?.accessKeyId };
    }
}
const DISPATCH = {
    backup: dispatchBackup,
    sts: dispatchSts,
    tagging: dispatchTagging,
    ec2: dispatchEc2,
    rds: dispatchRds,
    efs: dispatchEfs,
    dynamodb: dispatchDynamoDb,
};
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function sendOk(res, service, operation, result, requestId, status = 200) {
    const xml = (body) => send(res, status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body);
    if (service === 'sts')
        return xml(stsResponseXml(operation, result, requestId));
    if (service === 'ec2')
        return xml(ec2ResponseXml(operation, result, requestId));
    if (service === 'rds')
        return xml(rdsResponseXml(operation, result, requestId));
    const type = service === 'tagging'
        ? 'application/x-amz-json-1.1'
        : service === 'dynamodb'
            ? 'application/x-amz-json-1.0'
            : 'application/json';
    // Operations without output answer 200 with an empty body, as AWS does.
    const body = result === undefined ? '' : result instanceof EncodedJson ? result.bytes : JSON.stringify(result);
    send(res, status, { 'content-type': type, 'x-amzn-requestid': requestId }, body);
}
/** A 200 whose body was cut short: the operation ran, but its answer does not parse. */
function sendMalformed(res, service, requestId) {
    const [type, body] = service === 'sts'
        ? ['text/xml', '<AssumeRoleWithWebIdentityResponse><AssumeRoleWith']
        : [service === 'tagging' ? 'application/x-amz-json-1.1' : 'application/json', '{"Backup'];
    send(res, 200, { 'content-type': type, 'x-amzn-requestid': requestId }, body);
}
function sendError(res, service, error, requestId) {
    const xml = (body) => send(res, error.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body);
    if (service === 'sts')
        return xml(stsErrorXml(error, requestId));
    if (service === 'ec2')
        return xml(ec2ErrorXml(error, requestId));
    if (service === 'rds')
        return xml(rdsErrorXml(error, requestId));
    if (service === 'efs' || service === 'dynamodb')
        return send(res, error.status, {
            'content-type': service === 'efs' ? 'application/json' : 'application/x-amz-json-1.0',
            'x-amzn-requestid': requestId,
            'x-amzn-errortype': error.code,
        }, service === 'efs' ? efsErrorBody(error) : dynamoDbErrorBody(error));
    const extra = error.extra ?? {};
    const body = service === 'tagging'
        ? { __type: error.code, Message: error.message, message: error.message }
        : {
            Code: error.code,
            Message: error.message,
            message: error.message,
            Type: error.fault === 'Sender' ? 'User' : 'Server',
            ...extra,
        };
    send(res, error.status, {
        'content-type': service === 'tagging' ? 'application/x-amz-json-1.1' : 'application/json',
        'x-amzn-requestid': requestId,
        'x-amzn-errortype': error.code,
    }, JSON.stringify(body));
}
function send(res, status, headers, body) {
    // Encoded once: measuring a long listing's UTF-8 length and then writing the string costs twice.
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { ...headers, 'content-length': bytes.length });
    res.end(bytes);
}

// EXTERNAL MODULE: ./src/simulator/world-file.ts
var world_file = __webpack_require__(3521);
;// CONCATENATED MODULE: ./src/simulator/index.ts
// The wire-level AWS simulator: one HTTP server on 127.0.0.1 speaking AWS Backup (restJson1),
// STS (query/XML) and the Resource Groups Tagging API (awsJson1.1), plus the /_sim admin API.
// See README.md in this folder.





async function startSimulator(options) {
    const sim = new Simulator(options.world);
    const server = (0,external_node_http_.createServer)((req, res) => {
        sim.handle(req, res).catch((error) => {
            process.stderr.write(`simulator: ${error.stack ?? String(error)}\n`);
            if (!res.headersSent)
                res.writeHead(500);
            res.end();
        });
    });
    // The SDK keeps connections alive; don't let idle sockets hold close() up.
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    return {
        url: `http://127.0.0.1:${port}`,
        port,
        sim,
        close: () => new Promise((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            server.closeAllConnections();
        }),
    };
}


/***/ }),

/***/ 3521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ loadWorldFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _world_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2710);
// Reading a world file from disk, with errors that name the file and what is wrong in it.


async function loadWorldFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _world_js__WEBPACK_IMPORTED_MODULE_1__/* .WorldError */ .n(`${path}: cannot read the world file: ${error.message}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _world_js__WEBPACK_IMPORTED_MODULE_1__/* .WorldError */ .n(`${path}: not valid JSON: ${error.message}`);
    }
    return (0,_world_js__WEBPACK_IMPORTED_MODULE_1__/* .validateWorld */ .r)(json, path);
}


/***/ }),

/***/ 2710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ WorldError),
/* harmony export */   r: () => (/* binding */ validateWorld)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _arns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4704);
// The world file: what the simulated AWS holds when it starts (accounts, roles, vaults, resources
// and, where a test needs history, recovery points and legal holds). The keys in issue #4's example
// are a contract; new keys are optional. Unknown keys are errors, so a typo never silently seeds a
// different world than the test author meant.


const account = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d{12}$/, 'an account id is a string of 12 digits');
const region = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'a region looks like eu-west-1');
const isoDate = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO-8601 date/time');
const arn = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .refine((s) => (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(s) !== undefined, 'not an ARN (arn:aws:<service>:<region>:<account>:<resource>)');
const tags = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP());
const days = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive();
// Lifecycle days as the API takes them: 1 to 36,500, or -1 for "never".
const lifecycleDays = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(-1), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(36500)]);
const stringOrList = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())]);
const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    start: isoDate.optional(),
    accounts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(account).min(1, 'at least one account is needed'),
    roles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        arn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^arn:aws:iam::\d{12}:role\/.+$/, 'a role ARN looks like arn:aws:iam::123456789012:role/name'),
        trust: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ sub: stringOrList.optional(), aud: stringOrList.optional() }).optional(),
        canCreateServiceLinkedRole: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        maxSessionDurationSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(3600).max(43200).optional(),
    }))
        .optional(),
    vaults: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        account,
        region,
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-zA-Z0-9\-_]{2,50}$/, 'vault names are 2-50 letters, digits, - or _'),
        kmsKeyArn: arn.optional(),
        lock: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            minRetentionDays: days.optional(),
            maxRetentionDays: days.optional(),
            lockDate: isoDate.optional(),
        })
            .optional(),
        tags: tags.optional(),
    }))
        .optional(),
    resources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        arn,
        tags: tags.optional(),
        sizeGiB: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
        advancedBackup: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        encrypted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        deleted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        unavailableUntil: isoDate.optional(),
        account: account.optional(),
        region: region.optional(),
    }))
        .optional(),
    recoveryPoints: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        vault: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ account, region, name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() })]),
        resourceArn: arn,
        created: isoDate,
        tags: tags.optional(),
        lifecycle: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ deleteAfterDays: days.optional(), moveToColdStorageAfterDays: days.optional() })
            .optional(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .refine((v) => ['COMPLETED', 'PARTIAL', 'EXPIRED'].includes(v), 'status is COMPLETED, PARTIAL or EXPIRED')
            .optional(),
        arn: arn.optional(),
        sizeGiB: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
        sourceVaultArn: arn.optional(),
        iamRoleArn: arn.optional(),
    }))
        .optional(),
    legalHolds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        account,
        region,
        title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        vaultNames: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        resourceIdentifiers: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        dateRange: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ from: isoDate, to: isoDate }).optional(),
    }))
        .optional(),
    backupPlans: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        account,
        region,
        name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
        deleted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        selections: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
            iamRoleArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^arn:aws:iam::\d{12}:role\/.+$/, 'an IAM role ARN'),
            id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
            resources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
            notResources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
            tags: tags.optional(),
        }))
            .optional(),
    }))
        .optional(),
    quirks: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        nullVaultNameByResource: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        taggingCanonicalEc2Arns: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
        availablePointStatus: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    regionSettings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ account, region, optIn: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()) }))
        .optional(),
    copyJobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        sourceRecoveryPointArn: arn,
        destinationVaultArn: arn,
        iamRoleArn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
            .regex(/^arn:aws:iam::\d{12}:role\/.+$/, 'a role ARN looks like arn:aws:iam::123456789012:role/name'),
        lifecycle: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            deleteAfterDays: lifecycleDays.optional(),
            moveToColdStorageAfterDays: lifecycleDays.optional(),
        })
            .optional(),
    }))
        .optional(),
});
const _worldMatches = true;
void _worldMatches;
class WorldError extends Error {
    name = 'WorldError';
}
/**
 * Validates a world (parsed JSON). Errors name where (`vaults[0].lock.minRetentionDays`) and what
 * is wrong, prefixed with the file when one is given.
 */
function validateWorld(value, source = 'world', 
/** Objects that already exist (for patches of a running simulator). */
known = {}) {
    const result = schema.safeParse(value);
    if (!result.success) {
        const lines = result.error.issues.map((issue) => {
            const where = issue.path.reduce((acc, part) => typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part), '');
            return `  ${where || '(top level)'}: ${issue.message}`;
        });
        throw new WorldError(`${source}: invalid world file:\n${lines.join('\n')}`);
    }
    const world = result.data;
    const problems = [];
    const accounts = new Set([...world.accounts, ...(known.accounts ?? [])]);
    world.roles?.forEach((r, i) => {
        const acct = r.arn.split(':')[4];
        if (acct && !accounts.has(acct))
            problems.push(`roles[${i}].arn: account ${acct} is not in "accounts"`);
    });
    const vaults = new Set(known.vaults ?? []);
    const declared = new Set();
    world.vaults?.forEach((v, i) => {
        if (!accounts.has(v.account))
            problems.push(`vaults[${i}].account: ${v.account} is not in "accounts"`);
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
        const p = (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(r.arn);
        if (!(r.account ?? p.account))
            problems.push(`resources[${i}]: the ARN has no account; add "account"`);
        if (!(r.region ?? p.region))
            problems.push(`resources[${i}]: the ARN has no region; add "region"`);
    });
    world.recoveryPoints?.forEach((rp, i) => {
        const p = (0,_arns_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .Lw)(rp.resourceArn);
        const ref = typeof rp.vault === 'string' ? { account: p.account, region: p.region, name: rp.vault } : rp.vault;
        if (!vaults.has(`${ref.account}:${ref.region}:${ref.name}`))
            problems.push(`recoveryPoints[${i}].vault: no vault ${ref.name} in ${ref.account || '?'}/${ref.region || '?'} among "vaults"`);
        const { deleteAfterDays: del, moveToColdStorageAfterDays: cold } = rp.lifecycle ?? {};
        if (del !== undefined && cold !== undefined && del < cold + 90)
            problems.push(`recoveryPoints[${i}].lifecycle: deleteAfterDays must be at least moveToColdStorageAfterDays + 90`);
    });
    if (problems.length > 0)
        throw new WorldError(`${source}: invalid world file:\n  ${problems.join('\n  ')}`);
    return world;
}


/***/ })

};
