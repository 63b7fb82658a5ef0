export const id = 457;
export const ids = [457];
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

/***/ 2983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ RESTIC_DURATION_PATTERN),
/* harmony export */   dp: () => (/* binding */ formatMinutes),
/* harmony export */   jN: () => (/* binding */ parseWindowMinutes),
/* harmony export */   r6: () => (/* binding */ WINDOW_DURATION_PATTERN)
/* harmony export */ });
// Durations as plan files write them. Two notations exist on purpose:
// - windows (startWithin, completeWithin, copyWithin, coldAfter): minutes/hours/days, e.g. "90m", "8h", "7d";
// - keep.within*: restic's notation, where "m" means MONTHS, e.g. "1y2m3d4h".
/** A window duration: one or more `<number><m|h|d>` parts, e.g. "90m", "1h30m", "7d". */
const WINDOW_DURATION_PATTERN = '^(\\d+[mhd])+$';
const WINDOW_DURATION = new RegExp(WINDOW_DURATION_PATTERN);
const UNIT_MINUTES = { m: 1, h: 60, d: 24 * 60 };
/** Minutes in a window duration, or undefined when the text is not one. */
function parseWindowMinutes(text) {
    if (!WINDOW_DURATION.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([mhd])/g))
        total += Number(amount) * UNIT_MINUTES[unit];
    return total;
}
/** Minutes as the shortest window notation: 90 → "1h30m", 10080 → "7d". */
function formatMinutes(minutes) {
    if (minutes === 0)
        return '0m';
    const parts = [];
    let rest = Math.round(minutes);
    for (const [unit, size] of [
        ['d', 1440],
        ['h', 60],
        ['m', 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('');
}
/** A restic `--keep-within` duration: one or more `<number><y|m|d|h>` parts. */
const RESTIC_DURATION_PATTERN = '^(\\d+[ymdh])+$';


/***/ }),

/***/ 8582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ RULE_NAME_SEPARATOR),
/* harmony export */   Sq: () => (/* binding */ TAG_VALUE_PATTERN),
/* harmony export */   TW: () => (/* binding */ MIN_DRILL_EVERY_MINUTES),
/* harmony export */   WB: () => (/* binding */ MIN_COLD_STORAGE_DAYS),
/* harmony export */   c: () => (/* binding */ MAX_DELETE_AFTER_DAYS),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES),
/* harmony export */   j2: () => (/* binding */ planFileSchema),
/* harmony export */   v4: () => (/* binding */ MIN_START_WINDOW_MINUTES),
/* harmony export */   zM: () => (/* binding */ RESERVED_TAG_PREFIX),
/* harmony export */   zY: () => (/* binding */ DEFAULTS),
/* harmony export */   zl: () => (/* binding */ MAX_TAG_VALUE_LENGTH)
/* harmony export */ });
/* unused harmony exports ACCOUNT_PATTERN, REGION_PATTERN, ROLE_ARN_PATTERN, RESOURCE_ARN_PATTERN, VAULT_PATTERN, RULE_NAME_PATTERN, groupThousands, keepPolicySchema, retentionSchema, copyTargetSchema, ruleSchema, selectorSchema, planSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2983);
// The plan model. Zod is the one source of truth: `planFileSchema` is what a YAML plan file may
// hold (it validates the file and is published as the JSON Schema for editors), and the resolved
// schemas below describe the plans the rest of the code works with (defaults applied, presets
// expanded, durations in minutes). The TypeScript types are inferred from both, never written twice.


const PRESET_NAMES = [
    'daily-35day',
    'daily-monthly-1yr',
    'daily-weekly-monthly-5yr',
    'daily-weekly-monthly-7yr',
];
/** The tag keys this tool writes on recovery points; selectors may not use this prefix. */
const RESERVED_TAG_PREFIX = 'backup-plans:';
// ---------------------------------------------------------------------------------------------
// Scalars shared by the file and the resolved model.
const ACCOUNT_PATTERN = /^\d{12}$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const RESOURCE_ARN_PATTERN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:\S+$/;
const VAULT_PATTERN = /^[A-Za-z0-9_-]{2,50}$/;
/**
 * The strictest tag value character set among the services whose recovery points carry our tags
 * (RDS, EFS, FSx, DynamoDB): letters, digits, white space and `_ . : / = + - @`. Plan ids, rule
 * names and the namespace become tag values, so they must fit it.
 */
const TAG_VALUE_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** The longest AWS tag value. */
const MAX_TAG_VALUE_LENGTH = 256;
/**
 * Rule names are joined by "+" in the `backup-plans:rules` tag, so a subset of the tag set without
 * "+" (and without spaces, which would be easy to mistype).
 */
const RULE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
/** What joins rule names in the `backup-plans:rules` tag. */
const RULE_NAME_SEPARATOR = '+';
const accountId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'expected a 12-digit AWS account id in quotes, such as "123456789012"' })
    .regex(ACCOUNT_PATTERN, { error: 'expected a 12-digit AWS account id, such as "123456789012"' })
    .meta({ description: 'AWS account id: 12 digits, quoted (a YAML number loses leading zeros)' });
const region = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(REGION_PATTERN, { error: 'expected an AWS region such as "eu-west-1"' })
    .meta({ description: 'AWS region, e.g. eu-west-1' });
const roleArn = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(ROLE_ARN_PATTERN, {
    error: 'expected an IAM role ARN such as "arn:aws:iam::123456789012:role/backup-plans"',
});
const resourceArn = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(RESOURCE_ARN_PATTERN, {
    error: 'expected a resource ARN such as "arn:aws:rds:eu-west-1:123456789012:db:orders"',
});
const vaultName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(VAULT_PATTERN, {
    error: 'expected a backup vault name: 2 to 50 letters, digits, "-" or "_"',
});
const windowDuration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'expected a duration with a unit, such as "90m", "8h" or "7d"' })
    .regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .WINDOW_DURATION_PATTERN */ .r6), { error: 'expected a duration such as "90m", "8h" or "7d"' });
const resticDuration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .RESTIC_DURATION_PATTERN */ .Xb), {
    error: 'expected a duration such as "1y", "6m" (months), "14d" or "1y2m3d4h"',
});
const wholeDays = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1);
/**
 * A whole number with "," between groups of three digits, as `toLocaleString('en-US')` writes it,
 * without Intl: this runs when the module loads, and the first Intl formatter of a process loads
 * ICU's locale data (~25 ms, a tenth of a `validate` run).
 */
function groupThousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** AWS accepts a DeleteAfterDays of at most 36,500 days (100 years). */
const MAX_DELETE_AFTER_DAYS = 36_500;
const lifecycleDays = wholeDays.max(MAX_DELETE_AFTER_DAYS, {
    error: `AWS deletes a recovery point after at most ${groupThousands(MAX_DELETE_AFTER_DAYS)} days (100 years); use at most ${MAX_DELETE_AFTER_DAYS}`,
});
const keepCount = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
    .int()
    .min(-1, { error: 'expected a count ≥ 0, or -1 for unlimited' })
    .meta({ description: 'how many to keep; -1 = unlimited' });
// ---------------------------------------------------------------------------------------------
// Retention (shared): restic `forget` semantics.
const keepPolicySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    last: keepCount.optional(),
    hourly: keepCount.optional(),
    daily: keepCount.optional(),
    weekly: keepCount.optional(),
    monthly: keepCount.optional(),
    yearly: keepCount.optional(),
    within: resticDuration.optional(),
    withinHourly: resticDuration.optional(),
    withinDaily: resticDuration.optional(),
    withinWeekly: resticDuration.optional(),
    withinMonthly: resticDuration.optional(),
    withinYearly: resticDuration.optional(),
})
    .meta({
    description: 'Grandfather-father-son retention with restic forget semantics. Counts: -1 = unlimited. ' +
        'within*: restic durations like 1y2m3d4h (m = months), measured from the newest point.',
});
const retentionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    days: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
    coldAfterDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
    keep: keepPolicySchema.optional(),
    hardLimitDays: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).optional(),
});
// ---------------------------------------------------------------------------------------------
// The plan file (YAML input). Strict objects: unknown keys are errors.
const retainFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    days: lifecycleDays
        .optional()
        .meta({ description: 'delete after N days (AWS lifecycle DeleteAfterDays), at most 36500' }),
    coldAfter: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([wholeDays, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+d$/, { error: 'expected days, e.g. 30 or "30d"' })])
        .optional()
        .meta({ description: 'move to cold storage after N days (a number or e.g. "30d")' }),
    keep: keepPolicySchema.optional(),
    hardLimitDays: lifecycleDays.optional().meta({
        description: 'with keep: an AWS lifecycle as a cost cap (AWS deletes even kept points), at most 36500',
    }),
})
    .meta({ description: 'exactly one of days (AWS deletes) or keep (pruning deletes)' });
const copyToFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    account: accountId.optional().meta({ description: "destination account; default: the plan's" }),
    region,
    vault: vaultName,
    role: roleArn
        .optional()
        .meta({ description: 'role in the destination account, to tag and prune the copies there' }),
    retain: retainFileSchema,
    backfill: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .min(0)
        .optional()
        .meta({ description: 'also copy the newest N existing points when this copy is added' }),
});
const ruleFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    preset: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(PRESET_NAMES)
        .optional()
        .meta({ description: "an AWS console predefined plan; this rule's own keys override it" }),
    schedule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .meta({ description: '5-field cron: minute hour day-of-month month day-of-week' }),
    timezone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().meta({ description: 'IANA time zone of the schedule; default UTC' }),
    startWithin: windowDuration.optional().meta({ description: 'start window, at least 1h; default 1h' }),
    completeWithin: windowDuration.optional().meta({ description: 'completion window; default 7d' }),
    retain: retainFileSchema.optional(),
    copyTo: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(copyToFileSchema).optional(),
    copyWithin: windowDuration
        .optional()
        .meta({ description: 'copy a point only while it is younger than this; default 2d' }),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0).max(10).optional().meta({
        description: 'retries per slot after a failed first attempt (so up to 1 + retries jobs); default 3',
    }),
    drill: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        every: windowDuration.meta({
            description: 'drill again once the last drill is older than this, e.g. "30d"; at least 1d',
        }),
    })
        .optional()
        .meta({
        description: 'restore drills: restore the newest point of each resource into a temporary resource, check it becomes available, delete it',
    }),
});
const tagSelectorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP({ error: 'tag values are strings; quote it' }));
const selectorFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    resourceArn,
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        arn: resourceArn.optional(),
        tags: tagSelectorSchema.optional(),
        types: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
            .optional()
            .meta({ description: 'Tagging API resource types, e.g. ec2:volume, rds:db' }),
    })
        .meta({ description: 'either arn, or tags (all must match) with optional types' }),
]);
const planFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1, { error: 'expected version: 1' }),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1, { error: 'may not be empty' })
        .max(256, { error: 'is longer than 256 characters, the limit of an AWS tag value' })
        .regex(/^[^,]*$/, { error: 'may not contain commas' })
        .optional()
        .meta({ description: 'owner identity on every recovery point; default: the repository owner/name' }),
    aws: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        account: accountId,
        region,
        role: roleArn.meta({ description: 'role assumed through GitHub OIDC' }),
        backupRole: roleArn.meta({ description: 'IAM role AWS Backup uses for the jobs (IamRoleArn)' }),
    }),
    vault: vaultName.meta({ description: 'source backup vault; must exist' }),
    resources: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(selectorFileSchema).min(1, { error: 'include at least one resource or tag selector' }),
        exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(resourceArn).optional(),
    }),
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(RULE_NAME_PATTERN, {
        error: 'rule names are 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit',
    }), ruleFileSchema),
    notify: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        issues: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
            .optional()
            .meta({ description: 'open an issue when something fails; default true' }),
        labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
        assignees: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
    })
        .optional(),
})
    .meta({ title: 'backup-plans plan file', description: 'One AWS Backup plan, run from a Git repository' });
// ---------------------------------------------------------------------------------------------
// The resolved plan: what loadPlans returns once a file is valid.
const copyTargetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    vault: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    retain: retentionSchema,
    backfill: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
});
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** 5-field cron, read in `timezone`. */
    schedule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** IANA time zone. */
    timezone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    startWithinMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    completeWithinMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    retain: retentionSchema,
    copyTo: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(copyTargetSchema),
    copyWithinMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    /** Restore drills: due once the last drill is older than this. */
    drill: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ everyMinutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int() }).optional(),
});
const selectorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ arn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ tags: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), types: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional() }),
]);
const planSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The file name without extension. */
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The path as the loader was given it (folder + file name). */
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    namespace: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    aws: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ account: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), role: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), backupRole: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
    vault: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    resources: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ include: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(selectorSchema), exclude: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
    /** In file order. */
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ruleSchema),
    notify: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ issues: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), assignees: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
});
const DEFAULTS = {
    timezone: 'UTC',
    startWithinMinutes: 60,
    completeWithinMinutes: 7 * 24 * 60,
    copyWithinMinutes: 2 * 24 * 60,
    retries: 3,
    notifyIssues: true,
    notifyLabels: ['backup-failure'],
};
/** A drill restores a whole resource: more often than daily is a mistake, not a policy. */
const MIN_DRILL_EVERY_MINUTES = 24 * 60;
/** AWS refuses start windows shorter than this. */
const MIN_START_WINDOW_MINUTES = 60;
/** AWS requires DeleteAfterDays ≥ MoveToColdStorageAfterDays + this. */
const MIN_COLD_STORAGE_DAYS = 90;


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


/***/ }),

/***/ 4237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveEngine: () => (/* binding */ serveEngine)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_client_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);
/* harmony import */ var _aws_forwarding_http_handler_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6934);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4418);
// The worker side of simulate's engine (see engine-thread.ts): starts the simulator from the setup
// it was given, says ready, then answers the main thread's calls one by one until it is terminated.
// It also sends the main thread's SDK requests to the simulator (the transport port): the client side
// of HTTP runs here, beside the server, instead of on the main thread.




const describe = (error) => error instanceof Error
    ? { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { name: 'Error', message: String(error) };
async function serveEngine() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread || !port)
        throw new Error('the simulate engine runs only in a worker thread of simulate');
    const { setup, transport } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    (0,_aws_forwarding_http_handler_js__WEBPACK_IMPORTED_MODULE_2__/* .serveForwardedRequests */ .ad)(transport, _aws_client_config_js__WEBPACK_IMPORTED_MODULE_1__/* .REQUEST_HANDLER */ .di);
    let engine;
    try {
        engine = await _engine_js__WEBPACK_IMPORTED_MODULE_3__/* .TickEngine */ .e.start(setup);
    }
    catch (error) {
        port.postMessage({ type: 'failed', error: describe(error) });
        return;
    }
    port.on('message', (call) => {
        void (async () => {
            try {
                const value = await engine[call.method](...call.args);
                port.postMessage({ type: 'answer', id: call.id, value });
            }
            catch (error) {
                port.postMessage({ type: 'failed', id: call.id, error: describe(error) });
            }
        })();
    });
    port.postMessage({ type: 'ready', started: engine.started() });
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
