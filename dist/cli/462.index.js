export const id = 462;
export const ids = [462];
export const modules = {

/***/ 4019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nk: () => (/* binding */ AwsContext),
  sh: () => (/* binding */ ClientPool),
  yO: () => (/* reexport */ client_config/* clientConfig */.yO),
  o9: () => (/* binding */ renewOnExpiry),
  b3: () => (/* reexport */ client_config/* shareHttpAgent */.b3)
});

// UNUSED EXPORTS: awsClients, cachingAwsClients, isExpiredSession

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(379);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js
var client_resource_groups_tagging_api_dist_cjs = __webpack_require__(5059);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/client-config.ts
var client_config = __webpack_require__(6925);
;// CONCATENATED MODULE: ./src/aws/handler-cache.ts
// Resolved middleware handlers, reused: what the SDK's `cacheMiddleware: true` does, without its two
// hazards.
//
// Every send resolves the client's middleware stack into a handler (sorting ~30 middleware, building
// an execution context): about a tenth of a trivial call's CPU, client and simulator together, and
// simulate makes ~80k calls. `cacheMiddleware: true` keeps one handler per command class, but
// - middleware added to the client after it has sent is ignored (documented by the SDK). That is what
//   made a lost StartBackupJob answer look started (test/backup/plan-run.test.ts): a second PlanRun
//   attached its ServerClock to a client that kept the first run's clock, and decided on the wrong day;
// - concurrent sends of one command class share that handler's execution context.
// Here a handler serves one send at a time (concurrent sends get their own), and any change to the
// client's stack drops every cached handler. A command that carries middleware of its own is sent
// the SDK's usual way.
/** The methods of a smithy middleware stack that change what a resolved handler would run. */
const STACK_CHANGES = ['add', 'addRelativeTo', 'use', 'remove', 'removeByTag'];
/** Idle handlers kept per command class; more concurrent sends than this resolve their own. */
const MAX_IDLE = 64;
/** Makes `client.send` reuse resolved handlers (see above). Returns the same client. */
function cacheHandlers(client) {
    const target = client;
    const stack = target.middlewareStack;
    /** Idle handlers by command class; replaced (never cleared in place) when the stack changes. */
    let idle = new Map();
    for (const name of STACK_CHANGES) {
        const change = stack[name].bind(stack);
        stack[name] = (...args) => {
            idle = new Map();
            return change(...args);
        };
    }
    const sendUncached = target.send.bind(client);
    Object.defineProperty(client, 'send', {
        configurable: true,
        writable: true,
        value: (command, ...rest) => {
            // Options or a callback, or middleware on the command itself: the SDK's own path.
            if (rest.length > 0 || command.middlewareStack.identify().length > 0)
                return sendUncached(command, ...rest);
            const cache = idle;
            const ctor = command.constructor;
            const handler = cache.get(ctor)?.pop() ?? command.resolveMiddleware(stack, target.config, undefined);
            const release = () => {
                if (cache !== idle)
                    return; // the stack changed meanwhile
                const free = cache.get(ctor);
                if (!free)
                    cache.set(ctor, [handler]);
                else if (free.length < MAX_IDLE)
                    free.push(handler);
            };
            return handler(command).then((result) => (release(), result.output), (err) => {
                release();
                throw err;
            });
        },
    });
    return client;
}

// EXTERNAL MODULE: ./src/aws/concurrency.ts
var concurrency = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/aws/signer-cache.ts
// One request signer per client and auth scheme, instead of one per request.
//
// The SDK's SigV4 config (`resolveAwsSdkSigV4Config`) makes a new SignatureV4 for every request,
// copying the whole client configuration into it (some 45 keys, an object in V8's slow dictionary
// mode) only to read five of them. In `simulate` (~80k calls on one thread) that is a few percent of
// the main thread. (Signing keys are cached by the SigV4 module itself, for every signer.)
// What a signer captures never changes for one client: the credential provider (read again at every
// signature, so a run's bound credentials still apply: clients.ts), the signing region and service
// (fixed per client), sha256 and path escaping. The signing date is passed with each signature.

/** Makes `client` reuse its request signers (see above). Returns the same client. */
function reuseSigners(client) {
    const config = client.config;
    const make = config.signer;
    // Clients without SigV4 (none of ours today) keep whatever they have.
    if (typeof make !== 'function')
        return client;
    const signers = new Map();
    // A signer that could not be made (its region provider failed) is made again next time.
    config.signer = (authScheme) => (0,concurrency/* keptUnlessFailed */.U0)(signers, `${authScheme?.name}\n${authScheme?.signingName}\n${authScheme?.signingRegion}`, () => make(authScheme));
    return client;
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/clients.ts
// Builds the SDK clients every command uses, with one retry policy and timeouts, and caches them
// per (role, region) so a run reuses connections and credentials.
//
// Endpoints are not configured here on purpose: SDK v3 reads AWS_ENDPOINT_URL_BACKUP,
// AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API and AWS_ENDPOINT_URL itself
// (test/aws/clients.test.ts proves it for the installed versions), which is how the simulator is
// reached in tests and demos.








/**
 * Plain clients, one of each. Not `cacheMiddleware: true`: a middleware added after a send would be
 * ignored (see handler-cache.ts); AwsContext's clients reuse handlers safely.
 */
function awsClients(options) {
    const config = clientConfig(options);
    return {
        backup: new BackupClient(config),
        tagging: new ResourceGroupsTaggingAPIClient(config),
        sts: new STSClient(config),
    };
}
/** AWS's answers to a request signed with a session that has expired (STS, Backup, Tagging). */
function isExpiredSession(err) {
    const code = (0,retry/* errorCode */.CA)(err);
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
 * As awsClients, each client reusing its resolved middleware handlers and its signers
 * (handler-cache.ts, signer-cache.ts).
 */
function cachingAwsClients(options) {
    return new LazyClients(clientConfig(options), () => { });
}
/**
 * The three clients of one configuration, each made (reusing its handlers, then `prepare`d) when
 * first asked for: most (role, region) pairs of a run use the Backup client alone.
 */
class LazyClients {
    config;
    prepare;
    made = {};
    constructor(config, prepare) {
        this.config = config;
        this.prepare = prepare;
    }
    get backup() {
        return (this.made.backup ??= this.make(new dist_cjs/* BackupClient */.M3I(this.config)));
    }
    get tagging() {
        return (this.made.tagging ??= this.make(new client_resource_groups_tagging_api_dist_cjs/* ResourceGroupsTaggingAPIClient */.DE(this.config)));
    }
    get sts() {
        return (this.made.sts ??= this.make(new client_sts_dist_cjs/* STSClient */.iM(this.config)));
    }
    /** The clients made so far. */
    get clients() {
        return Object.values(this.made);
    }
    destroy() {
        for (const client of Object.values(this.made))
            client.destroy();
        this.made = {};
    }
    make(client) {
        cacheHandlers(client);
        reuseSigners(client);
        this.prepare(client);
        return client;
    }
}
const NO_RUN = {
    credentials: () => Promise.reject(new Error('an AWS client was used after its run ended')),
    invalidate: () => { },
};
/**
 * One configuration's clients, kept by a ClientPool: credentials and renewal go through `binding`,
 * which the run holding them sets.
 */
class KeptClients {
    binding = NO_RUN;
    lazy;
    constructor(options) {
        const credentials = Object.assign((identity) => this.binding.credentials(identity), {
            memoized: true,
        });
        this.lazy = new LazyClients((0,client_config/* clientConfig */.yO)({ ...options, credentials }), (client) => renewOnExpiry(client, () => this.binding.invalidate()));
    }
}
/**
 * SDK clients kept across the runs of one process (simulate makes ~1,600 runs): making a client and
 * resolving its configuration (defaults, endpoint, the config loaders) costs as much as several calls.
 * A kept client holds nothing of a run: its credentials and its session renewal are the holding run's
 * (bound when the run takes it, unbound when the run ends), the run's ServerClock is attached when
 * the run first uses it, and the SDK's learned clock skew is reset, so each run starts as a fresh
 * process's would. One run at a time holds a client; a second run asking at once gets its own.
 */
class ClientPool {
    idle = new Map();
    all = [];
    shared = new Map();
    /** Clients of (role, region, retryThrottling) for one run, with the run's credentials and renewal. */
    take(key, options, binding) {
        let kept = this.idle.get(key)?.pop();
        if (!kept) {
            kept = new KeptClients(options);
            this.all.push(kept);
        }
        kept.binding = binding;
        for (const client of kept.lazy.clients)
            forgetClockSkew(client);
        return kept;
    }
    /** The run that took `kept` has ended. */
    give(key, kept) {
        kept.binding = NO_RUN;
        const free = this.idle.get(key);
        if (free)
            free.push(kept);
        else
            this.idle.set(key, [kept]);
    }
    /** A client without credentials or clock of a run (STS for AssumeRoleWithWebIdentity), made once per key. */
    keep(key, make) {
        let client = this.shared.get(key);
        if (!client)
            this.shared.set(key, (client = make()));
        return client;
    }
    destroy() {
        for (const kept of this.all)
            kept.lazy.destroy();
        for (const client of this.shared.values())
            client.destroy();
        this.all.length = 0;
        this.idle.clear();
        this.shared.clear();
    }
}
/** The offset the SDK learns from clock-skew errors lives on the client's config: a new run starts at 0. */
function forgetClockSkew(client) {
    client.config.systemClockOffset = 0;
}
/** A run's view of kept clients: each client gets the run's `onClient` the first time the run asks. */
class HeldClients {
    kept;
    onClient;
    prepared = new Set();
    constructor(kept, onClient) {
        this.kept = kept;
        this.onClient = onClient;
    }
    get backup() {
        return this.prepare(this.kept.lazy.backup);
    }
    get tagging() {
        return this.prepare(this.kept.lazy.tagging);
    }
    get sts() {
        return this.prepare(this.kept.lazy.sts);
    }
    prepare(client) {
        if (!this.prepared.has(client)) {
            this.prepared.add(client);
            this.onClient?.(client);
        }
        return client;
    }
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
    /** The kept clients this run holds, by pool key, given back by destroy(). */
    held = new Map();
    constructor(credentials, options = {}) {
        this.credentials = credentials;
        this.options = options;
    }
    clients(role, region, options = {}) {
        const retryThrottling = options.retryThrottling ?? true;
        const key = `${role}\n${region}\n${retryThrottling}`;
        let clients = this.cache.get(key);
        if (!clients) {
            const credentials = this.credentials.forRole(role);
            const pool = this.options.maxAttempts === undefined && !this.options.retry ? this.options.pool : undefined;
            const onClient = this.options.onClient;
            if (pool && credentials) {
                const kept = pool.take(key, { region, retryThrottling }, {
                    credentials,
                    invalidate: () => this.invalidateCredentials(role),
                });
                this.held.set(key, kept);
                clients = new HeldClients(kept, onClient);
            }
            else {
                const config = (0,client_config/* clientConfig */.yO)({
                    credentials,
                    region,
                    retryThrottling,
                    ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
                    ...(this.options.retry ? { retry: this.options.retry } : {}),
                });
                clients = new LazyClients(config, (client) => {
                    renewOnExpiry(client, () => this.invalidateCredentials(role));
                    onClient?.(client);
                });
            }
            this.cache.set(key, clients);
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
    /** Close every client's sockets (keep-alive agents would otherwise hold the process open); kept clients go back to their pool. */
    destroy() {
        for (const clients of this.cache.values())
            if (clients instanceof LazyClients)
                clients.destroy();
        for (const [key, kept] of this.held)
            this.options.pool.give(key, kept);
        this.cache.clear();
        this.held.clear();
        this.credentials.destroy?.();
    }
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ forEachConcurrent),
/* harmony export */   U0: () => (/* binding */ keptUnlessFailed),
/* harmony export */   VX: () => (/* binding */ ReadsAhead),
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
 * The promise kept in `cache` under `key`, or `make()`'s, kept there for later callers. A promise that
 * rejects is forgotten once it does, so the next caller tries again instead of inheriting the failure.
 */
function keptUnlessFailed(cache, key, make) {
    let kept = cache.get(key);
    if (!kept) {
        kept = make();
        cache.set(key, kept);
        kept.catch(() => cache.delete(key));
    }
    return kept;
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
/**
 * The reads one run started before awaiting them (to overlap them with others), so that the run can
 * wait for them before it ends: a run that stops early (its vault could not be described, its
 * listings failed) would otherwise leave them in flight, to be answered, or cut off by its clients'
 * destruction, after it reported.
 */
class ReadsAhead {
    inFlight = new Set();
    /**
     * Remembers `read` until it settles, and gives it back. Until its caller awaits it, a failure does
     * not count as an unhandled rejection (the handler below sees it); the caller still sees it.
     */
    start(read) {
        this.inFlight.add(read);
        const forget = () => this.inFlight.delete(read);
        read.then(forget, forget);
        return read;
    }
    /** Resolves once every read started (also those started meanwhile) has settled; never rejects. */
    async settled() {
        while (this.inFlight.size > 0)
            await Promise.allSettled([...this.inFlight]);
    }
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
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(379);
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
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachConcurrent */ .C6)((0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .chunked */ .z)(viaTagging, _pagination_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ARNS_PER_GET_RESOURCES */ .nK), concurrency, async (batch) => {
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
        (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachConcurrent */ .C6)(viaBackup, concurrency, async (arn) => {
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4019);
/* harmony import */ var _aws_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4256);
/* harmony import */ var _plan_select_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8451);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(266);
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
    reportFile;
    constructor(command, inputs, host, deps = {}) {
        this.command = command;
        this.inputs = inputs;
        this.host = host;
        this.session =
            deps.session ??
                (0,_session_js__WEBPACK_IMPORTED_MODULE_7__/* .startRunSession */ .o)(inputs, host, {
                    ...(deps.env ? { env: deps.env } : {}),
                    ...(deps.pool ? { pool: deps.pool } : {}),
                });
        this.env = this.session.env;
        this.clock = this.session.clock;
        this.selected = deps.selected;
        this.reportFile = deps.reportFile ?? true;
        const clock = this.clock;
        this.aws = new _aws_clients_js__WEBPACK_IMPORTED_MODULE_4__/* .AwsContext */ .Nk(this.session.credentials, {
            onClient: (client) => clock.attach(client),
            ...(deps.pool ? { pool: deps.pool } : {}),
        });
    }
    /** The plan files of the `plans` folder, narrowed by the `plan` input (comma-separated ids). */
    selectPlans() {
        return this.selected ? Promise.resolve(this.selected) : (0,_plan_select_js__WEBPACK_IMPORTED_MODULE_6__/* .selectPlans */ .H)(this.inputs.plans, this.inputs.plan);
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
        const path = this.reportPath(report);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, reportText(report));
        return path;
    }
    /**
     * As writeReport, but the file is written while the caller goes on (its job summary, outputs):
     * `written` settles once it is on disk, and the run must await it before it ends. Without a report
     * file (RunDeps.reportFile false) nothing is made or written and the path is empty.
     */
    startReport(report) {
        if (!this.reportFile)
            return { path: '', written: Promise.resolve() };
        const path = this.reportPath(report);
        return { path, written: (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, reportText(report)) };
    }
    reportPath(report) {
        const dir = this.env.RUNNER_TEMP || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'backup-plans-'));
        const stamp = report.startedAt.replace(/[:.]/g, '-');
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `backup-plans-${this.command}-${stamp}-${process.pid}.json`);
    }
    /** Close the AWS clients' sockets (keep-alive would hold the process open). */
    destroy() {
        this.aws.destroy();
    }
}
const reportText = (report) => (0,_aws_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(JSON.stringify(report, null, 2)) + '\n';


/***/ })

};
