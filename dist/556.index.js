export const id = 556;
export const ids = [556];
export const modules = {

/***/ 8752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isBusyMessage)
/* harmony export */ });
/* unused harmony export BUSY_MESSAGE */
// "AWS is busy with this resource": AWS Backup runs one backup or copy job per resource, and one
// action per recovery point, at a time. It says so in words, either as an error to the request (a
// point being copied cannot be deleted) or in the status message of a job it accepted and failed
// later (a second backup of a resource). One pattern for both, so every caller treats the same
// words the same way: busy means "retry later", never a failure and never a used-up attempt.
/** The wordings AWS uses (AWS Backup troubleshooting; src/simulator/FIDELITY.md has the rows). */
const BUSY_MESSAGE = /running job for the same resource|another (backup |copy )?job (is )?(already )?(running|in progress)|already performing an action on/i;
/** Does AWS's message (an error's or a job's status message) say it is busy with the resource? */
function isBusyMessage(message) {
    return message !== undefined && BUSY_MESSAGE.test(message);
}


/***/ }),

/***/ 6925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ shareRequestHandler),
/* harmony export */   b3: () => (/* binding */ shareHttpAgent),
/* harmony export */   di: () => (/* binding */ REQUEST_HANDLER),
/* harmony export */   yO: () => (/* binding */ clientConfig)
/* harmony export */ });
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

// A hung connection must not stall a scheduled run until the job's timeout. NodeHttpHandler (4.x) only
// logs a warning when requestTimeout passes unless throwOnRequestTimeout is set; then the request fails
// with a TimeoutError (ETIMEDOUT), which retry.ts retries.
const REQUEST_HANDLER = {
    connectionTimeout: 10_000,
    requestTimeout: 60_000,
    throwOnRequestTimeout: true,
};
/**
 * One keep-alive agent for every client's plain-HTTP connections, or undefined: each client has its
 * own (the SDK's default). Only `simulate` sets it, for its many runs in one process against one
 * local simulator, so that each run's new clients reuse the connections of the runs before.
 */
let sharedHttpAgent;
function shareHttpAgent(agent) {
    sharedHttpAgent = agent;
}
/**
 * One request handler for every client instead of their own (it wins over a shared agent), or
 * undefined. Only `simulate` sets it, when its simulator runs in a worker thread: the handler forwards
 * the requests to that thread, which sends them (aws/forwarding-http-handler.ts).
 */
let sharedRequestHandler;
function shareRequestHandler(handler) {
    sharedRequestHandler = handler;
}
function requestHandler() {
    if (sharedRequestHandler)
        return sharedRequestHandler;
    return sharedHttpAgent ? { ...REQUEST_HANDLER, httpAgent: sharedHttpAgent } : REQUEST_HANDLER;
}
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
        requestHandler: requestHandler(),
    };
}


/***/ }),

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ OIDC_AUDIENCE),
/* harmony export */   nZ: () => (/* binding */ createCredentialSource)
/* harmony export */ });
/* unused harmony exports CredentialsError, monotonicNow, roleSessionName, decodeJwtClaims, sessionLifetimeMs, captureResponseDate, refreshingProvider, isSessionOfRole, OidcCredentialSource, webIdentityFailure, DefaultChainCredentialSource */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1695);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6925);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4256);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _id_token_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8104);
/* harmony import */ var _time_wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(428);
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
function fromSts(role, credentials, lifetime, sessionArn) {
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
        ...(sessionArn ? { sessionArn } : {}),
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
        (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value);
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
/** The account of an identity STS issued as a session of `role` (its AssumedRoleUser.Arn); else undefined. */
function sessionAccount(identity, role) {
    const arn = identity && 'sessionArn' in identity ? identity.sessionArn : undefined;
    return arn && isSessionOfRole(arn, role) ? arn.split(':')[4] : undefined;
}
/**
 * Shared by both sources: the role's account, checked once per role and account, from the
 * assumption's answer or else GetCallerIdentity with the role's credentials.
 */
class AccountCheckingSource {
    options;
    providers = new Map();
    checks = new Map();
    /** Checks started by prefetchAccount that no verifyAccount has claimed yet. */
    prefetched = new Set();
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
        const out = command instanceof _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .AssumeRoleCommand */ .QL ? await sts.send(command) : await sts.send(command);
        const identity = fromSts(role, out.Credentials, {
            responseDate: responseDate(),
            requestedSeconds: this.durationSeconds,
            receivedAt: (this.options.now ?? monotonicNow)(),
        }, out.AssumedRoleUser?.Arn);
        mask(this.options.setSecret, identity);
        return identity;
    }
    destroy() { }
    stsClient(credentials, retry = (strategy) => strategy) {
        const config = (0,_client_config_js__WEBPACK_IMPORTED_MODULE_0__/* .clientConfig */ .yO)({
            region: stsRegion(this.options),
            ...(credentials ? { credentials } : {}),
            ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
        });
        return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .STSClient */ .iM({ ...config, retryStrategy: retry(config.retryStrategy) });
    }
    verifyAccount(role, account, planId) {
        const key = `${role}\n${account}\n${planId}`;
        let check = this.checks.get(key);
        if (!check || this.prefetched.delete(key)) {
            check ??= this.checkAccount(role, account, planId);
            // A failed check is not cached: a later call (e.g. after a transient error) tries again. A
            // prefetched one is handed to this first caller, failed or not, and forgotten from then on.
            check.catch(() => this.checks.delete(key));
            this.checks.set(key, check);
        }
        return check;
    }
    prefetchAccount(role, account, planId) {
        const key = `${role}\n${account}\n${planId}`;
        let check = this.checks.get(key);
        if (!check) {
            check = this.checkAccount(role, account, planId);
            this.checks.set(key, check);
            this.prefetched.add(key);
        }
        // Settled, never rejected: the outcome itself goes to the next verifyAccount.
        return check.then(() => { }, () => { });
    }
    async checkAccount(role, account, planId) {
        const provider = this.forRole(role);
        let sts;
        try {
            // Assuming the role (which this forces) names the session and its account in STS's answer
            // (AssumedRoleUser.Arn): GetCallerIdentity only where no assumption did.
            const assumed = sessionAccount(provider ? await provider() : undefined, role);
            sts = assumed === undefined ? this.stsClient(provider) : undefined;
            const actual = assumed ?? (await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .GetCallerIdentityCommand */ .zI({}))).Account;
            if (actual !== account) {
                throw new CredentialsError(`role ${role} belongs to account ${actual ?? '(unknown)'}, but plan ${planId} says ` +
                    `aws.account ${account}`);
            }
        }
        catch (err) {
            if (err instanceof CredentialsError)
                throw err;
            throw new CredentialsError((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(err, { operation: 'GetCallerIdentity', role }), {
                cause: err,
            });
        }
        finally {
            sts?.destroy();
        }
    }
}
const PERMISSION_YAML = ['permissions:', '  id-token: write', '  contents: read'].join('\n');
/** GitHub Actions: OIDC ID token → AssumeRoleWithWebIdentity. */
class OidcCredentialSource extends AccountCheckingSource {
    sts;
    destroy() {
        // A pool's client is the pool's to close.
        if (!this.options.pool)
            this.sts?.destroy();
        this.sts = undefined;
    }
    /** The STS client for AssumeRoleWithWebIdentity: unsigned, so it carries no credentials of a run. */
    webIdentitySts() {
        const make = () => this.stsClient(undefined, retryingAllButWebIdentityFailures);
        const { pool } = this.options;
        return pool
            ? pool.keep(`sts-web-identity\n${stsRegion(this.options)}\n${this.options.maxAttempts}`, make)
            : make();
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
            if (err instanceof _id_token_js__WEBPACK_IMPORTED_MODULE_5__/* .IdTokenUnavailableError */ .$)
                throw permissionError(role);
            const message = err instanceof Error ? err.message : String(err);
            throw new CredentialsError(`could not get a GitHub OIDC token to assume ${role}: ${message}`, {
                cause: err,
            });
        }
    }
    async assume(role) {
        // Identity-provider trouble is retried here, with a fresh ID token, not by the SDK with the old one.
        this.sts ??= this.webIdentitySts();
        const attempts = Math.max(1, this.options.webIdentityAttempts ?? WEB_IDENTITY_ATTEMPTS);
        const sleep = this.options.sleep ?? _time_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitBeforeRetry */ .jy;
        for (let attempt = 0;; attempt++) {
            // An ID token lives for minutes: every attempt asks GitHub for a fresh one.
            const token = await this.idToken(role);
            try {
                return await this.sendAssume(this.sts, role, new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .AssumeRoleWithWebIdentityCommand */ .WH({
                    RoleArn: role,
                    RoleSessionName: sessionName(this.options),
                    WebIdentityToken: token,
                    DurationSeconds: this.durationSeconds,
                }));
            }
            catch (err) {
                if (err instanceof CredentialsError)
                    throw err;
                const kind = webIdentityFailure(err);
                // A token that expired between fetch and use earns one fresh try; provider trouble, several.
                const again = (kind === 'provider' && attempt + 1 < attempts) || (kind === 'token-time' && attempt === 0);
                if (!again)
                    throw explainAssumeFailure(err, role, token, attempt + 1);
                if (kind === 'provider')
                    await sleep((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(attempt, WEB_IDENTITY_BASE_DELAY_MS, WEB_IDENTITY_MAX_DELAY_MS, this.options.random));
            }
        }
    }
}
const WEB_IDENTITY_ATTEMPTS = 5;
const WEB_IDENTITY_BASE_DELAY_MS = 1000;
const WEB_IDENTITY_MAX_DELAY_MS = 10_000;
function webIdentityFailure(err) {
    // The SDK names modelled STS errors with an `Exception` suffix (IDPCommunicationErrorException).
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err)?.replace(/Exception$/, '');
    const message = err instanceof Error ? err.message : '';
    if (code === 'IDPCommunicationError')
        return 'provider';
    if (code === 'ExpiredToken')
        return 'token-time';
    if (code === 'InvalidIdentityToken') {
        if (/(couldn't|could not) retrieve verification key/i.test(message))
            return 'provider';
        if (/not yet valid|expired|\bnbf\b|\biat\b/i.test(message))
            return 'token-time';
        return 'trust';
    }
    if (code === 'AccessDenied' || code === 'IDPRejectedClaim')
        return 'trust';
    return 'other';
}
/** The STS retry strategy, minus identity-provider trouble (`assume` retries that with a new token). */
function retryingAllButWebIdentityFailures(strategy) {
    return {
        acquireInitialRetryToken: (scope) => strategy.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: (token, info) => webIdentityFailure(info.error) === 'provider'
            ? Promise.reject(new Error('no retry'))
            : strategy.refreshRetryTokenForRetry(token, info),
        recordSuccess: (token) => strategy.recordSuccess(token),
    };
}
function permissionError(role) {
    return new CredentialsError(`no GitHub OIDC token is available to assume ${role} (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ` +
        `the job needs the id-token permission. Add to the job (or to the caller of the reusable ` +
        `workflow, since a reusable workflow cannot raise permissions):\n${PERMISSION_YAML}`);
}
function explainAssumeFailure(err, role, token, attempts) {
    const kind = webIdentityFailure(err);
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err)?.replace(/Exception$/, '');
    const aws = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(err, { operation: 'AssumeRoleWithWebIdentity', role });
    const claims = decodeJwtClaims(token) ?? {};
    if (kind === 'provider')
        return new CredentialsError(`STS could not reach GitHub's OIDC identity provider to verify the token for ${role} ` +
            `(${attempts} attempt${attempts === 1 ? '' : 's'}, each with a fresh token): provider trouble, ` +
            `not your trust policy; run again later. (${aws})`, { cause: err });
    if (kind === 'token-time') {
        const at = (name) => typeof claims[name] === 'number'
            ? new Date(claims[name] * 1000).toISOString()
            : '(unknown)';
        return new CredentialsError(`STS found the GitHub OIDC token for ${role} expired or not yet valid (issued ${at('iat')}, valid ` +
            `from ${at('nbf')} until ${at('exp')}), also with a fresh token: the runner's clock or a long wait ` +
            `between fetching and using it; not your trust policy. (${aws})`, { cause: err });
    }
    if (kind !== 'trust')
        return new CredentialsError(aws, { cause: err });
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
        (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(process.env.AWS_SECRET_ACCESS_KEY);
        (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(process.env.AWS_SESSION_TOKEN);
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
            .send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .GetCallerIdentityCommand */ .zI({}))
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
            return await this.sendAssume(this.baseSts(), role, new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .AssumeRoleCommand */ .QL({
                RoleArn: role,
                RoleSessionName: sessionName(this.options),
                DurationSeconds: this.durationSeconds,
            }));
        }
        catch (err) {
            if (err instanceof CredentialsError)
                throw err;
            const aws = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(err, { operation: 'AssumeRole', role });
            if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err)?.replace(/Exception$/, '') === 'AccessDenied') {
                throw new CredentialsError(`${caller} may not assume ${role}: the role's trust policy must allow sts:AssumeRole for ` +
                    `that principal, or run with credentials of the role itself. (${aws})`, { cause: err });
            }
            throw new CredentialsError(aws, { cause: err });
        }
    }
}
function noChainCredentials(err) {
    if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .errorCode */ .CA)(err) === 'CredentialsProviderError') {
        return new CredentialsError('no AWS credentials found: set AWS_PROFILE (e.g. after `aws sso login`), or ' +
            'AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, then run again', { cause: err });
    }
    return new CredentialsError((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(err, { operation: 'GetCallerIdentity' }), { cause: err });
}


/***/ }),

/***/ 8104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ IdTokenUnavailableError)
/* harmony export */ });
// The token-provider port of the credential layer, kept free of SDK imports: the action's host
// implements it, and a command that never touches AWS (validate) must not load an SDK for it.
/** The job has no OIDC token to give (no `id-token: write` permission). */
class IdTokenUnavailableError extends Error {
    name = 'IdTokenUnavailableError';
}


/***/ }),

/***/ 4256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   F8: () => (/* binding */ forgetSecretsAfter),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   wW: () => (/* binding */ registeredSecrets)
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
/** How many secrets are registered now (a mark for forgetSecretsAfter). */
function registeredSecrets() {
    return knownSecrets.size;
}
/**
 * Forget the secrets registered after the first `mark`. For an in-process loop of runs (simulate):
 * each finished run's sessions go, as they would with each run in its own process. Without it the
 * set grows by three per run and redact() (called per report and log line) slows down with it.
 */
function forgetSecretsAfter(mark) {
    let i = 0;
    for (const secret of knownSecrets)
        if (i++ >= mark)
            knownSecrets.delete(secret);
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
/* harmony export */   B1: () => (/* binding */ isOutcomeUnknown),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   e6: () => (/* binding */ createRetryStrategy),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony exports classifyError, DEFAULT_TRANSIENT_BUDGET_MS */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _time_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(428);
/* harmony import */ var _busy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8752);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4256);
// Which AWS errors are worth another try, and the SDK retry strategy built on that decision.
//
// The SDK's own "standard" mode retries some things we must not retry blindly and gives us no
// switch to leave throttling to our own rate limiter, so every client of this layer gets the
// strategy below instead: exponential backoff with full jitter, throttling / transient / 5xx only,
// everything else (access denied, validation, missing resources) fails on the first answer.




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
    // STS could not reach the identity provider (GitHub) to fetch its keys: try again. The SDK names
    // it with the suffix; AssumeRoleWithWebIdentity retries it itself with a fresh ID token
    // (aws/credentials.ts).
    'IDPCommunicationError',
    'IDPCommunicationErrorException',
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
    if (BUSY_CODES.has(code) || (0,_busy_js__WEBPACK_IMPORTED_MODULE_3__/* .isBusyMessage */ .F)(typeof e.message === 'string' ? e.message : undefined))
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
/**
 * The request reached AWS but its answer was lost: a 2xx response that could not be read (the SDK's
 * deserialization error carries the response's status), or a connection dropped after sending. AWS
 * may have done what was asked, so the caller must not report a refusal.
 */
function isOutcomeUnknown(err) {
    const status = httpStatus(err);
    return (status !== undefined && status >= 200 && status < 300) || nodeCode(err) !== undefined;
}
function isThrottling(err) {
    return classifyError(err) === 'throttling';
}
/** Backup is busy with the resource or point (see classifyError); retry on a later pass. */
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
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(line);
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
    // A throttle counts real seconds, so its backoff is never shortened; transient errors are waited out
    // with waitBeforeRetry, which end-to-end tests shorten (src/time/wait.ts).
    const throttledSleep = options.sleep ?? node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout;
    const transientSleep = options.sleep ?? _time_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .waitBeforeRetry */ .jy;
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
            await (kind === 'throttling' ? throttledSleep : transientSleep)(delay);
            return new Token(next, 0, waited + spent);
        },
        recordSuccess: () => { },
    };
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

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ startRunSession)
});

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
/** The clock each client reports to (the last one attached). */
const attachedClock = new WeakMap();
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
    /**
     * Attach to an AWS SDK v3 client: every raw HTTP response (errors too) updates the offset. The last
     * clock attached wins: the client's one middleware reports to whichever clock is attached when the
     * response arrives, so attaching another clock later (the next run of a kept client) leaves the stack
     * alone and the client keeps its cached handlers (handler-cache.ts drops them on every change).
     */
    attach(client) {
        const attached = attachedClock.has(client);
        attachedClock.set(client, this);
        if (attached)
            return;
        const stack = client.middlewareStack;
        stack.add((next) => async (args) => {
            const result = await next(args);
            const headers = result.response
                ?.headers;
            attachedClock.get(client)?.observe(headers?.date ?? headers?.Date);
            return result;
        }, 
        // 'low' priority in the deserialize step sits innermost, right on the raw HTTP response,
        // before the deserializer turns error statuses into exceptions.
        { step: 'deserialize', priority: 'low', name: 'backupPlansServerClock', override: true });
    }
}

// EXTERNAL MODULE: ./src/aws/credentials.ts
var aws_credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/plan/namespace.ts
var namespace = __webpack_require__(4976);
;// CONCATENATED MODULE: ./src/run/session.ts
// The part of a run's context that exists before any AWS client: AWS's clock and the credentials
// (OIDC or the default chain), plus the owner namespace of each plan. Its imports stop at the STS
// client, so `backup` can build it, send its first AWS request, and load the rest of the run (the
// Backup and Tagging clients, the decisions, the renderers) while that request is in flight
// (src/commands/backup.ts). RunContext builds one when none is given.



function startRunSession(inputs, host, options = {}) {
    const env = options.env ?? process.env;
    const idTokens = options.idTokens ?? host.idTokens;
    const clock = new ServerClock(inputs.dryRun ? inputs.now : undefined);
    // OIDC when the entry's host gives ID tokens (the action), else the default chain (the CLI).
    const credentials = (0,aws_credentials/* createCredentialSource */.nZ)({
        setSecret: (value) => host.setSecret(value),
        ...(idTokens ? { idTokens } : {}),
        ...(options.pool ? { pool: options.pool } : {}),
        // Session lifetimes count down on the local clock from what STS said; once AWS responses
        // have told us AWS's time, STS's Expiration is checked against that as well.
        serverNow: () => clock.observedServerNow(),
    });
    let origin;
    return {
        env,
        clock,
        credentials,
        namespaceOf: (plan) => (0,namespace/* resolveNamespace */.uP)({
            input: inputs.namespace,
            plan: plan.namespace,
            githubRepository: env.GITHUB_REPOSITORY,
            // One `git config` per run, however many plans ask.
            gitOrigin: () => (origin ??= { value: (0,namespace/* repositoryFromGitOrigin */.ts)() }).value,
        }).namespace,
    };
}


/***/ }),

/***/ 428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eB: () => (/* binding */ testWaitScale),
/* harmony export */   jy: () => (/* binding */ waitBeforeRetry)
/* harmony export */ });
/* unused harmony export TEST_WAIT_SCALE_VARIABLE */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
// Waiting in wall-clock time for something outside to recover or finish: a retry's backoff after a
// 5xx or a busy answer, and the pause between two polls of a job. The end-to-end tests set
// BACKUP_PLANS_TEST_WAIT_SCALE (e.g. 0.01) so the bundle takes these pauses 100× shorter: what is
// decided stays the same (attempts, retry budgets and poll intervals count the unscaled times), only
// the wall-clock pause shrinks. Unset, or not a number, every wait is taken in full.
//
// Not for pacing against a rate limit (throttling backoff, the adaptive limiter's rate once a throttle
// has been seen): a throttle counts real seconds, so those waits never shrink. Only the limiter's slow
// start, which probes for a limit before any answer has shown one, is shortened (src/commands/prune.ts).

const TEST_WAIT_SCALE_VARIABLE = 'BACKUP_PLANS_TEST_WAIT_SCALE';
/** The shortest a scale may make a wait: a thousandth (0 would busy-loop against the other side). */
const MIN_SCALE = 0.001;
/** The factor waits are multiplied by: 1 unless the variable holds a number, then clamped to [0.001, 1]. */
function testWaitScale(env = process.env) {
    const raw = env[TEST_WAIT_SCALE_VARIABLE]?.trim();
    if (!raw)
        return 1;
    const scale = Number(raw);
    if (!Number.isFinite(scale))
        return 1;
    return Math.min(1, Math.max(MIN_SCALE, scale));
}
/** Waits `ms` of wall-clock time before a retry or the next poll (shortened only by the test scale). */
function waitBeforeRetry(ms) {
    return (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(Math.round(ms * testWaitScale()));
}


/***/ })

};
