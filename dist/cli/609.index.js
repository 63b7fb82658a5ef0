export const id = 609;
export const ids = [609];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ AwsContext),
/* harmony export */   yO: () => (/* binding */ clientConfig)
/* harmony export */ });
/* unused harmony exports awsClients, isExpiredSession */
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5059);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1695);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
// Builds the SDK clients every command uses, with one retry policy and timeouts, and caches them
// per (role, region) so a run reuses connections and credentials.
//
// Endpoints are not configured here on purpose: SDK v3 reads AWS_ENDPOINT_URL_BACKUP,
// AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API and AWS_ENDPOINT_URL itself
// (test/aws/clients.test.ts proves it for the installed versions), which is how the simulator is
// reached in tests and demos.




// A hung connection must not stall a scheduled run until the job's timeout.
const REQUEST_HANDLER = { connectionTimeout: 10_000, requestTimeout: 60_000 };
/** The configuration shared by all three clients. */
function clientConfig(options) {
    return {
        region: options.region,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        retryStrategy: (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .createRetryStrategy */ .e6)({
            ...options.retry,
            ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
            retryThrottling: options.retryThrottling ?? true,
        }),
        requestHandler: REQUEST_HANDLER,
    };
}
function awsClients(options) {
    const config = clientConfig(options);
    return {
        backup: new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .BackupClient */ .M3I(config),
        tagging: new _aws_sdk_client_resource_groups_tagging_api__WEBPACK_IMPORTED_MODULE_2__/* .ResourceGroupsTaggingAPIClient */ .DE(config),
        sts: new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM(config),
    };
}
/** AWS's answers to a request signed with a session that has expired (STS, Backup, Tagging). */
function isExpiredSession(err) {
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
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

/***/ 9490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nZ: () => (/* binding */ createCredentialSource)
});

// UNUSED EXPORTS: CredentialsError, DefaultChainCredentialSource, IdTokenUnavailableError, OIDC_AUDIENCE, OidcCredentialSource, captureResponseDate, decodeJwtClaims, isSessionOfRole, monotonicNow, refreshingProvider, roleSessionName, sessionLifetimeMs

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/redact.ts
var redact = __webpack_require__(4256);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/id-token.ts
// The token-provider port of the credential layer, kept free of SDK imports: the action's host
// implements it, and a command that never touches AWS (validate) must not load an SDK for it.
/** The job has no OIDC token to give (no `id-token: write` permission). */
class IdTokenUnavailableError extends Error {
    name = 'IdTokenUnavailableError';
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts
// Credentials per role.
//
// In GitHub Actions: GitHub OIDC ID token → STS AssumeRoleWithWebIdentity, like
// aws-actions/configure-aws-credentials, but cached per role, renewed before expiry (a fresh ID
// token each time, since they live only minutes) and retried only on retryable errors.
// In a terminal: the SDK's default credential chain, then AssumeRole into the plan's role, unless
// the caller already is that role.
//
// Both are exposed as SDK credential providers that do their own caching (marked `memoized`, so the
// SDK asks them before every request and they decide when to renew), so long waits keep working
// without any code of their own.
//
// When to renew is judged on one consistent clock. STS states `Expiration` in AWS's time, which may
// be far from ours (a skewed runner; the simulator, whose clock is simulated): comparing it with
// the local clock would call a fresh session expired (re-assuming on every request) or a dead one
// alive. So the session's lifetime is taken from the STS response itself (Expiration − the
// response's own Date header) and counted down on the local monotonic clock. Where the caller
// knows AWS's current time (`serverNow`, learned from later responses), that is checked against
// `Expiration` too: it catches AWS's time running ahead of ours (the simulator's clock advancing).






const OIDC_AUDIENCE = 'sts.amazonaws.com';
const REFRESH_MARGIN_MS = 5 * 60_000;
/** A credentials problem the user has to fix; the message says how. */
class CredentialsError extends Error {
    name = 'CredentialsError';
}
/** Wall-clock milliseconds that never step backwards or jump with NTP corrections. */
const monotonicNow = () => performance.timeOrigin + performance.now();
/** OIDC when the host can give an ID token (Actions), the default chain otherwise (CLI). */
function createCredentialSource(options) {
    return options.idTokens ? new OidcCredentialSource(options) : new DefaultChainCredentialSource(options);
}
/** STS allows `[\w+=,.@-]`, 2 to 64 characters. */
function roleSessionName(raw) {
    let name = raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
    if (name.length < 2)
        name = `${name}--`.slice(0, 2);
    return name;
}
function defaultSessionName() {
    const runId = process.env.GITHUB_RUN_ID;
    if (runId)
        return roleSessionName(`backup-plans-${runId}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`);
    return roleSessionName(`backup-plans-${Date.now()}`);
}
function sessionName(options) {
    return options.sessionName ? roleSessionName(options.sessionName) : defaultSessionName();
}
function stsRegion(options) {
    return options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}
/** The claims of a JWT, without verifying it (only to explain a refusal). Undefined if malformed. */
function decodeJwtClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return typeof claims === 'object' && claims !== null ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * How long a session lives, from the STS response alone: its Expiration minus the response's own
 * Date header (both AWS's clock). The Date header has one-second resolution: a second is taken off.
 * Without a usable Date, the requested duration (STS grants exactly that, or refuses).
 */
function sessionLifetimeMs(expiration, responseDate, requestedSeconds) {
    const requested = requestedSeconds * 1000;
    const issued = responseDate ? Date.parse(responseDate) : NaN;
    if (Number.isNaN(issued))
        return requested;
    return Math.max(0, Math.min(requested, expiration.getTime() - issued - 1000));
}
function fromSts(role, credentials, lifetime) {
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.Expiration) {
        throw new CredentialsError(`STS returned no credentials for ${role}`);
    }
    const ms = sessionLifetimeMs(credentials.Expiration, lifetime.responseDate, lifetime.requestedSeconds);
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
        expiration: new Date(lifetime.receivedAt + ms),
        serverExpiration: credentials.Expiration,
    };
}
/** Records the HTTP Date header of the response to this one command (not to other concurrent ones). */
function captureResponseDate(command) {
    let date;
    command.middlewareStack.add((next) => async (args) => {
        const result = await next(args);
        const headers = result.response
            ?.headers;
        date = headers?.date ?? headers?.Date;
        return result;
    }, 
    // Innermost in the deserialize step: the raw HTTP response, before it is parsed.
    { step: 'deserialize', priority: 'low', name: 'backupPlansStsResponseDate' });
    return () => date;
}
/**
 * Caches what `fetch` returns until less than `marginMs` of it remain on the `now` clock (or, when
 * `serverNow` knows AWS's time, of its `serverExpiration`), and runs one fetch at a time however
 * many requests ask at once.
 */
function refreshingProvider(fetch, marginMs, now = monotonicNow, serverNow) {
    let current;
    let pending;
    const fresh = (identity) => {
        if (!identity.expiration)
            return true;
        if (identity.expiration.getTime() - now() <= marginMs)
            return false;
        const server = 'serverExpiration' in identity ? identity.serverExpiration : undefined;
        const aws = server && serverNow?.();
        return !aws || server.getTime() - aws.getTime() > marginMs;
    };
    const provider = async () => {
        if (current && fresh(current))
            return current;
        pending ??= fetch()
            .then((identity) => (current = identity))
            .finally(() => (pending = undefined));
        return pending;
    };
    return Object.assign(provider, {
        invalidate: () => {
            current = undefined;
        },
        memoized: true,
    });
}
function mask(setSecret, identity) {
    // configure-aws-credentials masks all three; the key id alone identifies the session in logs.
    for (const value of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
        if (!value)
            continue;
        setSecret(value);
        (0,redact/* registerSecret */.c)(value);
    }
}
function parseRoleArn(arn) {
    const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    return m ? { partition: m[1], account: m[2], name: m[3] } : undefined;
}
/** Does `callerArn` (from GetCallerIdentity) denote a session of the role `roleArn`? */
function isSessionOfRole(callerArn, roleArn) {
    const role = parseRoleArn(roleArn);
    const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
    return !!role && !!m && m[1] === role.partition && m[2] === role.account && m[3] === role.name;
}
/** Shared by both sources: GetCallerIdentity with the role's credentials, once per role and account. */
class AccountCheckingSource {
    options;
    providers = new Map();
    checks = new Map();
    constructor(options) {
        this.options = options;
    }
    forRole(role) {
        if (!this.providers.has(role))
            this.providers.set(role, this.createProvider(role));
        return this.providers.get(role);
    }
    /** AWS answered a call with an expired session: the role's next call assumes it again. */
    invalidate(role) {
        this.providers.get(role)?.invalidate();
    }
    refreshing(fetch) {
        return refreshingProvider(fetch, this.options.refreshMarginMs ?? REFRESH_MARGIN_MS, this.options.now ?? monotonicNow, this.options.serverNow);
    }
    get durationSeconds() {
        return this.options.durationSeconds ?? 3600;
    }
    /** Send an AssumeRole* command; the identity's expiration is put on the local clock. */
    async sendAssume(sts, role, command) {
        const responseDate = captureResponseDate(command);
        const out = command instanceof dist_cjs/* AssumeRoleCommand */.QL ? await sts.send(command) : await sts.send(command);
        const identity = fromSts(role, out.Credentials, {
            responseDate: responseDate(),
            requestedSeconds: this.durationSeconds,
            receivedAt: (this.options.now ?? monotonicNow)(),
        });
        mask(this.options.setSecret, identity);
        return identity;
    }
    destroy() { }
    stsClient(credentials) {
        return new dist_cjs/* STSClient */.iM((0,clients/* clientConfig */.yO)({
            region: stsRegion(this.options),
            ...(credentials ? { credentials } : {}),
            ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
        }));
    }
    verifyAccount(role, account, planId) {
        const key = `${role}\n${account}\n${planId}`;
        let check = this.checks.get(key);
        if (!check) {
            check = this.checkAccount(role, account, planId);
            // A failed check is not cached: a later call (e.g. after a transient error) tries again.
            check.catch(() => this.checks.delete(key));
            this.checks.set(key, check);
        }
        return check;
    }
    async checkAccount(role, account, planId) {
        const sts = this.stsClient(this.forRole(role));
        try {
            const identity = await sts.send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
            if (identity.Account !== account) {
                throw new CredentialsError(`role ${role} belongs to account ${identity.Account ?? '(unknown)'}, but plan ${planId} says ` +
                    `aws.account ${account}`);
            }
        }
        catch (err) {
            if (err instanceof CredentialsError)
                throw err;
            throw new CredentialsError((0,retry/* describeAwsError */.Pp)(err, { operation: 'GetCallerIdentity', role }), {
                cause: err,
            });
        }
        finally {
            sts.destroy();
        }
    }
}
const PERMISSION_YAML = ['permissions:', '  id-token: write', '  contents: read'].join('\n');
/** GitHub Actions: OIDC ID token → AssumeRoleWithWebIdentity. */
class OidcCredentialSource extends AccountCheckingSource {
    sts;
    destroy() {
        this.sts?.destroy();
        this.sts = undefined;
    }
    createProvider(role) {
        return this.refreshing(() => this.assume(role));
    }
    async idToken(role) {
        const { idTokens } = this.options;
        if (!idTokens)
            throw permissionError(role);
        try {
            return await idTokens.getIdToken(OIDC_AUDIENCE);
        }
        catch (err) {
            if (err instanceof IdTokenUnavailableError)
                throw permissionError(role);
            const message = err instanceof Error ? err.message : String(err);
            throw new CredentialsError(`could not get a GitHub OIDC token to assume ${role}: ${message}`, {
                cause: err,
            });
        }
    }
    async assume(role) {
        this.sts ??= this.stsClient();
        // An ID token lives for minutes; one that expired between fetch and use earns one fresh try.
        for (let attempt = 0;; attempt++) {
            const token = await this.idToken(role);
            try {
                return await this.sendAssume(this.sts, role, new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                    RoleArn: role,
                    RoleSessionName: sessionName(this.options),
                    WebIdentityToken: token,
                    DurationSeconds: this.durationSeconds,
                }));
            }
            catch (err) {
                if (err instanceof CredentialsError)
                    throw err;
                if ((0,retry/* errorCode */.CA)(err)?.startsWith('ExpiredToken') && attempt === 0)
                    continue;
                throw explainAssumeFailure(err, role, token);
            }
        }
    }
}
function permissionError(role) {
    return new CredentialsError(`no GitHub OIDC token is available to assume ${role} (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ` +
        `the job needs the id-token permission. Add to the job (or to the caller of the reusable ` +
        `workflow, since a reusable workflow cannot raise permissions):\n${PERMISSION_YAML}`);
}
function explainAssumeFailure(err, role, token) {
    // The SDK names modelled STS errors with an `Exception` suffix (InvalidIdentityTokenException).
    const code = (0,retry/* errorCode */.CA)(err)?.replace(/Exception$/, '');
    const aws = (0,retry/* describeAwsError */.Pp)(err, { operation: 'AssumeRoleWithWebIdentity', role });
    if (code !== 'AccessDenied' && code !== 'InvalidIdentityToken') {
        return new CredentialsError(aws, { cause: err });
    }
    const claims = decodeJwtClaims(token) ?? {};
    const sub = typeof claims.sub === 'string' ? claims.sub : '(unknown)';
    const aud = typeof claims.aud === 'string' ? claims.aud : OIDC_AUDIENCE;
    // repo:<owner>/<name>:… → allow every ref of this repository as the example condition.
    const repo = /^repo:([^:]+):/.exec(sub)?.[1];
    const expectedSub = repo ? `repo:${repo}:*` : sub;
    const account = parseRoleArn(role)?.account ?? '<account>';
    return new CredentialsError(`role ${role} refused the GitHub OIDC token with sub "${sub}" (aud "${aud}"). The role's trust ` +
        `policy must allow it: Principal {"Federated": "arn:aws:iam::${account}:oidc-provider/` +
        `token.actions.githubusercontent.com"}, Action "sts:AssumeRoleWithWebIdentity", Condition ` +
        `{"StringEquals": {"token.actions.githubusercontent.com:aud": "${OIDC_AUDIENCE}"}, "StringLike": ` +
        `{"token.actions.githubusercontent.com:sub": "${expectedSub}"}}` +
        (code === 'InvalidIdentityToken'
            ? ', and the account needs the IAM OIDC provider token.actions.githubusercontent.com'
            : '') +
        `. (${aws})`, { cause: err });
}
/**
 * Terminal: the SDK's default chain (environment, AWS_PROFILE, SSO, instance role, …). If that
 * identity already is the plan's role it is used as is; otherwise it assumes the role.
 */
class DefaultChainCredentialSource extends AccountCheckingSource {
    base;
    caller;
    constructor(options) {
        super(options);
        // Keys from the environment never reach our own messages either.
        (0,redact/* registerSecret */.c)(process.env.AWS_SECRET_ACCESS_KEY);
        (0,redact/* registerSecret */.c)(process.env.AWS_SESSION_TOKEN);
    }
    destroy() {
        this.base?.destroy();
        this.base = undefined;
    }
    baseSts() {
        return (this.base ??= this.stsClient());
    }
    /** The ARN the default chain signs as, asked once. */
    callerArn() {
        this.caller ??= this.baseSts()
            .send(new dist_cjs/* GetCallerIdentityCommand */.zI({}))
            .then((id) => id.Arn ?? '')
            .catch((err) => {
            this.caller = undefined;
            throw noChainCredentials(err);
        });
        return this.caller;
    }
    createProvider(role) {
        const assumed = this.refreshing(() => this.assume(role));
        const provider = async () => {
            if (isSessionOfRole(await this.callerArn(), role)) {
                // The default chain's own provider (memoized and refreshed by the SDK).
                return this.baseSts().config.credentials();
            }
            return assumed();
        };
        return Object.assign(provider, { invalidate: () => assumed.invalidate(), memoized: true });
    }
    async assume(role) {
        const caller = await this.callerArn();
        try {
            return await this.sendAssume(this.baseSts(), role, new dist_cjs/* AssumeRoleCommand */.QL({
                RoleArn: role,
                RoleSessionName: sessionName(this.options),
                DurationSeconds: this.durationSeconds,
            }));
        }
        catch (err) {
            if (err instanceof CredentialsError)
                throw err;
            const aws = (0,retry/* describeAwsError */.Pp)(err, { operation: 'AssumeRole', role });
            if ((0,retry/* errorCode */.CA)(err)?.replace(/Exception$/, '') === 'AccessDenied') {
                throw new CredentialsError(`${caller} may not assume ${role}: the role's trust policy must allow sts:AssumeRole for ` +
                    `that principal, or run with credentials of the role itself. (${aws})`, { cause: err });
            }
            throw new CredentialsError(aws, { cause: err });
        }
    }
}
function noChainCredentials(err) {
    if ((0,retry/* errorCode */.CA)(err) === 'CredentialsProviderError') {
        return new CredentialsError('no AWS credentials found: set AWS_PROFILE (e.g. after `aws sso login`), or ' +
            'AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, then run again', { cause: err });
    }
    return new CredentialsError((0,retry/* describeAwsError */.Pp)(err, { operation: 'GetCallerIdentity' }), { cause: err });
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

/***/ 4256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact),
/* harmony export */   c: () => (/* binding */ registerSecret)
/* harmony export */ });
// Keeps credentials out of every message this layer builds. The credential provider registers each
// secret it obtains (as it also registers them with the host's setSecret); error descriptions pass
// through redact() before anyone prints them.
const knownSecrets = new Set();
/** Remember a value that must never appear in a message (access key ids, secret keys, session tokens). */
function registerSecret(value) {
    // Very short strings would blank out ordinary words; real credentials are long.
    if (value && value.length >= 8)
        knownSecrets.add(value);
}
// Access key ids have a recognisable shape even when we never saw them (e.g. the default chain's).
const ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g;
/** Replace every registered secret and anything shaped like an access key id with `***`. */
function redact(text) {
    let out = text;
    for (const secret of knownSecrets) {
        if (out.includes(secret))
            out = out.split(secret).join('***');
    }
    return out.replace(ACCESS_KEY_ID, '***');
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ isBusy),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   e6: () => (/* binding */ createRetryStrategy),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony exports classifyError, DEFAULT_TRANSIENT_BUDGET_MS, backoffDelay */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4256);

const THROTTLING_CODES = new Set([
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'ThrottledException',
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
]);
const TRANSIENT_CODES = new Set([
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'ServiceFailureException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
    // STS could not reach the identity provider (GitHub) to fetch its keys: try again.
    'IDPCommunicationError',
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET',
]);
const BUSY_CODES = new Set(['InvalidResourceStateException']);
function asErrorLike(err) {
    return typeof err === 'object' && err !== null ? err : undefined;
}
/** The AWS error code (`ThrottlingException`, `AccessDeniedException`, …) or a Node network code. */
function errorCode(err) {
    const e = asErrorLike(err);
    if (!e)
        return undefined;
    // SDK service exceptions carry the code as their name; a plain Error's name is just "Error".
    if (typeof e.name === 'string' && e.name !== 'Error' && e.name !== 'TypeError')
        return e.name;
    if (typeof e.Code === 'string')
        return e.Code;
    if (typeof e.code === 'string')
        return e.code;
    if (typeof e.name === 'string')
        return e.name;
    return undefined;
}
/** HTTP status of the failed response, when there was one. */
function httpStatus(err) {
    return asErrorLike(err)?.$metadata?.httpStatusCode;
}
function nodeCode(err, depth = 0) {
    const e = asErrorLike(err);
    if (!e || depth > 5)
        return undefined;
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code))
        return e.code;
    return nodeCode(e.cause, depth + 1);
}
function classifyError(err) {
    const e = asErrorLike(err);
    if (!e)
        return 'fatal';
    const code = errorCode(err) ?? '';
    const status = httpStatus(err);
    if (code === 'AbortError')
        return 'fatal';
    if (status === 429 || THROTTLING_CODES.has(code) || e.$retryable?.throttling === true) {
        return 'throttling';
    }
    if (BUSY_CODES.has(code))
        return 'busy';
    if (TRANSIENT_CODES.has(code) || nodeCode(err) !== undefined)
        return 'transient';
    // The SDK corrected its clock after a skew error: the next attempt is signed correctly.
    if (e.$metadata?.clockSkewCorrected)
        return 'transient';
    if (status !== undefined && status >= 500 && status !== 501)
        return 'transient';
    return 'fatal';
}
function isThrottling(err) {
    return classifyError(err) === 'throttling';
}
/** InvalidResourceStateException: Backup is busy with the resource; retry on a later pass. */
function isBusy(err) {
    return classifyError(err) === 'busy';
}
/** Throttling, transient failures and "busy": an identical request may succeed later. */
function isRetryable(err) {
    return classifyError(err) !== 'fatal';
}
const MAX_MESSAGE = 400;
/**
 * One line for humans: `DeleteRecoveryPoint on arn:… in eu-west-1 as arn:…:role/x failed:
 * AccessDeniedException (HTTP 403): <AWS message>`. Credentials never appear: the message passes
 * through redact(), and nothing from the request (headers, bodies) is included.
 */
function describeAwsError(err, context = {}) {
    const e = asErrorLike(err);
    const parts = [context.operation ?? 'AWS call'];
    if (context.target)
        parts.push(`on ${context.target}`);
    if (context.region)
        parts.push(`in ${context.region}`);
    if (context.role)
        parts.push(`as ${context.role}`);
    const code = errorCode(err) ?? 'Error';
    const status = httpStatus(err);
    const rawMessage = typeof e?.message === 'string' ? e.message : String(err);
    let message = rawMessage.replace(/\s+/g, ' ').trim();
    if (message.length > MAX_MESSAGE)
        message = `${message.slice(0, MAX_MESSAGE - 1)}…`;
    const head = `${parts.join(' ')} failed: ${code}${status !== undefined ? ` (HTTP ${status})` : ''}`;
    const line = message && message !== code ? `${head}: ${message}` : head;
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(line);
}
const DEFAULT_TRANSIENT_BUDGET_MS = 30_000;
/** A hard stop for transient retries even within the budget (a budget of tiny delays). */
const MAX_TRANSIENT_ATTEMPTS = 30;
/** Full-jitter exponential backoff: a uniformly random delay in [0, min(max, base·2^attempt)). */
function backoffDelay(attempt, baseDelayMs, maxDelayMs, random = Math.random) {
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
    return Math.floor(random() * ceiling);
}
class Token {
    count;
    delay;
    waited;
    constructor(count, delay, 
    /** Time already spent waiting for this call (ms). */
    waited) {
        this.count = count;
        this.delay = delay;
        this.waited = waited;
    }
    getRetryCount() {
        return this.count;
    }
    getRetryDelay() {
        return this.delay;
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * The SDK retry strategy used by every client of this layer. Refusing to refresh the token (by
 * throwing) makes the SDK surface the original error unchanged. The strategy waits itself (through
 * the injectable `sleep`) and hands the SDK a zero delay, so tests drive the backoff without
 * wall-clock time.
 */
function createRetryStrategy(options = {}) {
    const throttleAttempts = Math.max(1, options.maxAttempts ?? 5);
    const transientAttempts = Math.max(1, options.maxAttempts ?? MAX_TRANSIENT_ATTEMPTS);
    const retryThrottling = options.retryThrottling ?? true;
    const base = options.baseDelayMs ?? 100;
    const maxDelay = options.maxDelayMs ?? 20_000;
    const budget = options.transientBudgetMs ?? DEFAULT_TRANSIENT_BUDGET_MS;
    const random = options.random ?? Math.random;
    const sleep = options.sleep ?? realSleep;
    return {
        acquireInitialRetryToken: async () => new Token(0, 0, 0),
        refreshRetryTokenForRetry: async (token, info) => {
            const kind = classifyError(info.error);
            const next = token.getRetryCount() + 1;
            const waited = token instanceof Token ? token.waited : 0;
            if (kind === 'throttling') {
                if (!retryThrottling || next >= throttleAttempts)
                    throw new Error('no retry');
            }
            else if (kind === 'transient') {
                if (next >= transientAttempts || waited >= budget)
                    throw new Error('no retry');
            }
            else
                throw new Error('no retry');
            let delay = backoffDelay(next - 1, kind === 'throttling' ? base * 5 : base, maxDelay, random);
            // Honour a server's Retry-After, within our own ceiling.
            if (info.retryAfterHint) {
                const hinted = info.retryAfterHint.getTime() - Date.now();
                if (hinted > delay)
                    delay = Math.min(hinted, maxDelay);
            }
            // The last wait of a transient run ends at the budget, not beyond it.
            if (kind === 'transient')
                delay = Math.min(delay, budget - waited);
            // Retry at least once more with the budget's end, even when the jitter drew zero.
            const spent = kind === 'transient' ? Math.max(delay, 1) : delay;
            await sleep(delay);
            return new Token(next, 0, waited + spent);
        },
        recordSuccess: () => { },
    };
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

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ sizeOf),
/* harmony export */   CG: () => (/* binding */ STEP_SUMMARY_LIMIT),
/* harmony export */   Cc: () => (/* binding */ trimMarkdown),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   dG: () => (/* binding */ trimNote),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   wx: () => (/* binding */ trimMarkdownDetailed)
/* harmony export */ });
// Safe Markdown from outside text, and size limits for the places GitHub renders it.
//
// Everything that reaches a job summary, PR comment or issue from outside the tool (tag values,
// resource names, AWS error messages, plan text) goes through `escapeMarkdown`, `escapeTableCell` or
// `code` first, so it renders as the literal text it is: no injected HTML (`</details>`, `<img
// onerror>`), no links or images, no tables broken by `|`, and no notifications through `@mentions`.
/** GitHub's limit for one step's summary file, in bytes: over it, GitHub drops the whole summary. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
/** What one command's own summary may take: the limit, less room for other steps' sections and the trim note. */
const SUMMARY_MAX_BYTES = 1_000_000;
/** Invisible characters that could disguise text (bidi overrides) or break rendering (C0 controls). */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
/** Markdown punctuation with inline meaning anywhere in a line. A backslash renders it literally. */
const INLINE_SPECIAL = /[\\`*_[\]()#|~!]/g;
/** Zero-width space as an entity: keeps `@name` readable while GitHub no longer sees a mention. */
const ZWSP = '&#8203;';
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Escape outside text so GitHub renders it literally. Newlines are kept; a line that would start a
 * list, heading underline or ordered list is escaped at its start.
 */
function escapeMarkdown(text) {
    const escaped = escapeHtml(text.replace(INVISIBLE, '').replace(/\r\n?/g, '\n'))
        .replace(INLINE_SPECIAL, (c) => `\\${c}`)
        // `@user` and `@org/team` notify people; a zero-width space after `@` stops that.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`);
    // Block-level markers only matter at the start of a line.
    return escaped.replace(/^([ \t]*)([-+=]|\d+(?=[.)]))/gm, (_m, indent, marker) => /\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`);
}
/** Escape outside text for one cell of a Markdown table: also no line breaks (they end the row). */
function escapeTableCell(text) {
    return escapeMarkdown(text.trim()).replace(/\n+/g, '<br>');
}
/**
 * Inline code that shows `text` exactly, even when it contains backticks: the fence is one backtick
 * longer than the longest run inside, padded when the text starts or ends with a backtick.
 * Pass `{ tableCell: true }` inside tables: GFM splits cells on `|` even inside code spans.
 */
function code(text, options = {}) {
    let body = text.replace(INVISIBLE, '').replace(/\r?\n|\r/g, ' ');
    if (options.tableCell)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Size as GitHub counts it: UTF-8 bytes for summaries, characters for comment and issue bodies. */
function sizeOf(text, unit) {
    // UTF-16 code units are ≥ Unicode characters, so `length` never underestimates a character limit.
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The standard note: "… N more lines trimmed; the full report is in <where>". */
function trimNote(where) {
    return (n) => `_… ${n} more line${n === 1 ? '' : 's'} trimmed${where ? `; the full report is in ${where}` : ''}._`;
}
/**
 * Cut `markdown` at a line boundary so that the kept lines plus the note fit in `max` (bytes or
 * characters). An open code fence or `<details>` block at the cut is closed so the note renders as
 * text rather than inside a code block or a collapsed section.
 */
function trimMarkdownDetailed(markdown, max, note = trimNote(), unit = 'bytes') {
    if (sizeOf(markdown, unit) <= max)
        return { markdown, trimmed: false, trimmedLines: 0 };
    const lines = markdown.split('\n');
    const noteFor = typeof note === 'string' ? () => note : note;
    // Conservative budget for the note: its size with the largest possible line count.
    const noteBudget = sizeOf(`\n${noteFor(lines.length)}\n`, unit);
    let used = 0;
    let kept = 0;
    let fence;
    let openDetails = 0;
    const closers = () => `${fence ? `${fence}\n` : ''}${'</details>\n'.repeat(openDetails)}`;
    for (const line of lines) {
        const lineSize = sizeOf(`${line}\n`, unit);
        let nextFence = fence;
        let nextDetails = openDetails;
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fenceMatch?.[1]) {
            if (!fence)
                nextFence = fenceMatch[1];
            else if (fenceMatch[1].startsWith(fence[0]) && fenceMatch[1].length >= fence.length)
                nextFence = undefined;
        }
        if (!nextFence && !fence) {
            nextDetails += (line.match(/<details[\s>]/gi) ?? []).length;
            nextDetails = Math.max(0, nextDetails - (line.match(/<\/details>/gi) ?? []).length);
        }
        const prev = { fence, openDetails };
        fence = nextFence;
        openDetails = nextDetails;
        const closing = sizeOf(closers(), unit);
        if (used + lineSize + closing + noteBudget > max) {
            fence = prev.fence;
            openDetails = prev.openDetails;
            break;
        }
        used += lineSize;
        kept += 1;
    }
    const trimmedLines = lines.length - kept;
    const head = lines.slice(0, kept).join('\n');
    const result = `${head}${kept > 0 ? '\n' : ''}${closers()}\n${noteFor(trimmedLines)}\n`;
    // The budget above is an upper bound; if a caller passed a tiny `max`, fall back to the note alone.
    if (sizeOf(result, unit) > max) {
        const alone = noteFor(lines.length);
        return { markdown: sizeOf(alone, unit) <= max ? alone : '', trimmed: true, trimmedLines: lines.length };
    }
    return { markdown: result, trimmed: true, trimmedLines };
}
/** `trimMarkdownDetailed` returning only the text. */
function trimMarkdown(markdown, max, note = trimNote(), unit = 'bytes') {
    return trimMarkdownDetailed(markdown, max, note, unit).markdown;
}


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

// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var credentials = __webpack_require__(9490);
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


/***/ })

};
