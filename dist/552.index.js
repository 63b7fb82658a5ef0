export const id = 552;
export const ids = [552];
export const modules = {

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

/***/ 464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: ./src/aws/audit.ts
var audit = __webpack_require__(1874);
// EXTERNAL MODULE: ./src/aws/resources.ts
var aws_resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/plan/selection.ts
var plan_selection = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(2983);
// EXTERNAL MODULE: ./src/plan/resource-types.ts
var resource_types = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/schedule/drill.ts
var drill = __webpack_require__(9848);
// EXTERNAL MODULE: ./src/time/cron.ts
var cron = __webpack_require__(9025);
;// CONCATENATED MODULE: ./src/audit/rpo.ts


/** GitHub delays scheduled runs under load; an audit must not cry wolf over that. */
const RPO_SLACK_MINUTES = 60;
/** The RPO is the longest gap over the year before `now`: every weekday, month end and DST change counts. */
const RPO_DAYS = 366;
function ruleRpo(rule, now) {
    const gap = (0,cron/* maximumGap */.TM)(rule.schedule, rule.timezone, new Date(now.getTime() - RPO_DAYS * calendar/* MS_PER_DAY */.ec), {
        days: RPO_DAYS,
    })?.minutes;
    if (gap === undefined)
        return undefined;
    return {
        minutes: gap + rule.startWithinMinutes + rule.completeWithinMinutes + RPO_SLACK_MINUTES,
        gapMinutes: gap,
        startWithinMinutes: rule.startWithinMinutes,
        completeWithinMinutes: rule.completeWithinMinutes,
        slackMinutes: RPO_SLACK_MINUTES,
    };
}

;// CONCATENATED MODULE: ./src/audit/controls.ts






const label = (vault, account, region) => `${vault} (${account}/${region})`;
const ageText = (now, d) => (0,duration/* formatMinutes */.dp)(Math.max(0, (now.getTime() - d.getTime()) / calendar/* MS_PER_MINUTE */.EM));
/** Points of this plan's rule (by ownership tags); points whose tags cannot be read count for every rule. */
function pointsOfRule(points, plan, namespace, rule) {
    return points.filter((p) => {
        if (p.tags === undefined)
            return true;
        if (p.tags['backup-plans:plan'] !== plan.id || p.tags['backup-plans:namespace'] !== namespace)
            return false;
        return (p.tags['backup-plans:rules'] ?? '')
            .split(/[+,]/)
            .map((r) => r.trim())
            .includes(rule);
    });
}
const newestCompleted = (points) => points
    .filter((p) => p.status === 'COMPLETED')
    .sort((a, b) => b.created.getTime() - a.created.getTime() || a.arn.localeCompare(b.arn))[0];
/** The lifecycle every point of the rule must at least have; undefined: no lifecycle is required. */
function requiredDays(retain) {
    return (retain.days ?? retain.keep) ? (retain.days ?? retain.hardLimitDays) : undefined;
}
function retentionControl(rule, resource, vaultLabel, vault, retain, points) {
    const base = { control: 'retention', rule, resource, vault: vaultLabel };
    const completed = points.filter((p) => p.status === 'COMPLETED');
    const days = requiredDays(retain);
    if (days !== undefined && vault.maxRetentionDays !== undefined && vault.maxRetentionDays < days)
        return {
            ...base,
            status: 'fail',
            evidence: `vault lock allows at most ${vault.maxRetentionDays} days; the rule retains ${days}`,
        };
    if (retain.keep && days === undefined && !vault.locked) {
        // GFS without a hard limit: only prune deletes, so a lifecycle on a point would cut it short.
        const short = completed.filter((p) => p.deleteAfterDays !== undefined);
        return short.length === 0
            ? {
                ...base,
                status: 'pass',
                evidence: `${completed.length} point(s), none with a lifecycle (keep: only prune deletes)`,
            }
            : {
                ...base,
                status: 'fail',
                evidence: `${short.length} point(s) expire on their own although the rule keeps by GFS, e.g. ${short[0].arn} after ${short[0].deleteAfterDays} days`,
            };
    }
    if (days === undefined)
        return {
            ...base,
            status: 'pass',
            evidence: `${completed.length} point(s); keep decided per point at job start (vault lock)`,
        };
    const short = completed.filter((p) => p.deleteAfterDays !== undefined && p.deleteAfterDays < days);
    return short.length === 0
        ? { ...base, status: 'pass', evidence: `${completed.length} point(s), each kept ≥ ${days} days` }
        : {
            ...base,
            status: 'fail',
            evidence: `${short.length} point(s) kept less than ${days} days, e.g. ${short[0].arn}: DeleteAfterDays ${short[0].deleteAfterDays}`,
        };
}
function encryptionControl(resource, where) {
    const all = where.flatMap((w) => w.points.filter((p) => p.status === 'COMPLETED').map((p) => ({ p, w })));
    const bad = all.filter(({ p }) => !p.encrypted);
    const base = { control: 'encrypted', resource };
    if (bad.length > 0)
        return {
            ...base,
            status: 'fail',
            evidence: `${bad.length} of ${all.length} point(s) unencrypted (IsEncrypted false; the source resource is unencrypted), e.g. ${bad[0].p.arn} in ${bad[0].w.label}`,
        };
    const keys = [...new Set(where.map((w) => w.vault.encryptionKeyArn).filter(Boolean))];
    return {
        ...base,
        status: 'pass',
        evidence: `${all.length} point(s) encrypted${keys.length ? `; vault key ${keys.join(', ')}` : ''}`,
    };
}
/** Does an AWS Backup selection pick this resource? ListOfTags: any; Conditions: all; NotResources wins. */
function awsSelectionMatches(s, arn, tags) {
    const glob = (pattern, value) => new RegExp(`^${pattern
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`).test(value);
    if (s.notResources.some((r) => glob(r, arn)))
        return false;
    const byResource = s.resources.some((r) => glob(r, arn));
    const byTag = s.listOfTags.some((t) => tags[t.key] === t.value);
    const anySelector = s.resources.length > 0 || s.listOfTags.length > 0;
    if (anySelector && !byResource && !byTag)
        return false;
    return s.conditions.every((c) => {
        const key = c.key.replace(/^aws:ResourceTag\//, '');
        const v = tags[key];
        switch (c.operator) {
            case 'StringEquals':
                return v === c.value;
            case 'StringNotEquals':
                return v !== c.value;
            case 'StringLike':
                return v !== undefined && glob(c.value, v);
            case 'StringNotLike':
                return v === undefined || !glob(c.value, v);
        }
    });
}
/** "Restore drilled within N days": the newest drill evidence (schedule/drill.ts) of the rule's points. */
function drillControl(rule, resource, input, points) {
    if (!rule.drill)
        return undefined;
    const base = { control: 'drill', rule: rule.name, resource };
    const every = (0,duration/* formatMinutes */.dp)(rule.drill.everyMinutes);
    const last = (0,drill/* lastDrill */.Of)(points, input.restoreJobs ?? []);
    if (!last)
        return {
            ...base,
            status: 'fail',
            evidence: `no drill of this resource's points within ${every}: no completed restore job, no ${drill/* DRILLED_TAG */.Ks} tag`,
        };
    const what = last.source === 'tag'
        ? `${last.pointArn} tagged ${drill/* DRILLED_TAG */.Ks}=${(0,drill/* drilledTagValue */.ml)(last.at, last.result)}`
        : `restore job ${last.jobId} of ${last.pointArn} completed`;
    const age = `${ageText(input.now, last.at)} ago`;
    if (last.result === 'failed')
        return { ...base, status: 'fail', evidence: `last drill failed: ${what}, ${age}` };
    const ageMinutes = (input.now.getTime() - last.at.getTime()) / calendar/* MS_PER_MINUTE */.EM;
    if (ageMinutes > rule.drill.everyMinutes)
        return { ...base, status: 'fail', evidence: `last drill ${age}, longer than ${every}: ${what}` };
    return { ...base, status: 'pass', evidence: `${what} ${age} (every ${every})` };
}
function evaluateControls(input) {
    const { plan, namespace, now } = input;
    const out = [];
    const srcLabel = label(plan.vault, plan.aws.account, plan.aws.region);
    // A year of slots per rule: computed once per rule, not per resource.
    const rpos = new Map(plan.rules.map((r) => [r.name, ruleRpo(r, now)]));
    // Vault lock: reported; a control only when the plan asks for one (plans have no such key yet).
    if (input.source.ok) {
        const v = input.source.vault;
        out.push({
            control: 'vault-lock',
            status: 'info',
            vault: srcLabel,
            evidence: v.locked
                ? `locked (min ${v.minRetentionDays ?? '–'} / max ${v.maxRetentionDays ?? '–'} days)`
                : 'not locked (the plan does not ask for a lock)',
        });
    }
    else {
        out.push({
            control: 'rpo',
            status: 'fail',
            vault: srcLabel,
            evidence: `vault not readable: ${input.source.error}`,
        });
    }
    for (const c of input.copies)
        if (c.reading.ok)
            out.push({
                control: 'vault-lock',
                status: 'info',
                vault: label(c.vault, c.account, c.region),
                evidence: c.reading.vault.locked
                    ? `locked (min ${c.reading.vault.minRetentionDays ?? '–'} / max ${c.reading.vault.maxRetentionDays ?? '–'} days)`
                    : 'not locked (the plan does not ask for a lock)',
            });
    for (const { arn: resource, tags } of [...input.resources].sort((a, b) => a.arn.localeCompare(b.arn))) {
        const encryptionPlaces = [];
        if (input.source.ok) {
            const mine = input.source.vault.points.filter((p) => p.resourceArn === resource);
            encryptionPlaces.push({ label: srcLabel, vault: input.source.vault, points: mine });
            for (const rule of plan.rules) {
                const points = pointsOfRule(mine, plan, namespace, rule.name);
                const rpo = rpos.get(rule.name);
                const newest = newestCompleted(points);
                const base = { control: 'rpo', rule: rule.name, resource, vault: srcLabel };
                if (!rpo)
                    out.push({
                        ...base,
                        status: 'info',
                        evidence: 'the schedule fired less than twice in a year: no RPO',
                    });
                else {
                    const rpoText = `RPO ${(0,duration/* formatMinutes */.dp)(rpo.minutes)} (gap ${(0,duration/* formatMinutes */.dp)(rpo.gapMinutes)} + start ${(0,duration/* formatMinutes */.dp)(rpo.startWithinMinutes)} + complete ${(0,duration/* formatMinutes */.dp)(rpo.completeWithinMinutes)} + slack ${(0,duration/* formatMinutes */.dp)(rpo.slackMinutes)})`;
                    if (!newest)
                        out.push({ ...base, status: 'fail', evidence: `no completed point; ${rpoText}` });
                    else {
                        const ageMinutes = (now.getTime() - newest.created.getTime()) / calendar/* MS_PER_MINUTE */.EM;
                        out.push({
                            ...base,
                            status: ageMinutes <= rpo.minutes ? 'pass' : 'fail',
                            evidence: `newest ${newest.arn} created ${newest.created.toISOString()}, ${(0,duration/* formatMinutes */.dp)(ageMinutes)} ago; ${rpoText}`,
                        });
                    }
                }
                out.push(retentionControl(rule.name, resource, srcLabel, input.source.vault, rule.retain, points));
                const drill = drillControl(rule, resource, input, points);
                if (drill)
                    out.push(drill);
            }
        }
        for (const c of input.copies) {
            const rule = plan.rules.find((r) => r.name === c.rule);
            const where = label(c.vault, c.account, c.region);
            const kind = c.account !== plan.aws.account ? 'cross-account' : 'cross-region';
            const base = { control: 'copy', rule: c.rule, resource, vault: where };
            if (!c.reading.ok) {
                out.push({ ...base, status: 'fail', evidence: `${kind} copy not verifiable: ${c.reading.error}` });
                continue;
            }
            const points = c.reading.vault.points.filter((p) => p.resourceArn === resource);
            encryptionPlaces.push({ label: where, vault: c.reading.vault, points });
            const rpo = rpos.get(rule.name);
            const newest = newestCompleted(points);
            // Copies keep the source's creation date and are made within copyWithin of it.
            const limit = rpo ? rpo.minutes + rule.copyWithinMinutes : undefined;
            if (!newest)
                out.push({ ...base, status: 'fail', evidence: `no completed ${kind} copy in ${where}` });
            else {
                const ageMinutes = (now.getTime() - newest.created.getTime()) / calendar/* MS_PER_MINUTE */.EM;
                const fresh = limit === undefined || ageMinutes <= limit;
                out.push({
                    ...base,
                    status: fresh ? 'pass' : 'fail',
                    evidence: `newest ${kind} copy ${newest.arn} created ${newest.created.toISOString()}, ${(0,duration/* formatMinutes */.dp)(ageMinutes)} ago${limit !== undefined ? `; limit ${(0,duration/* formatMinutes */.dp)(limit)} (RPO + copyWithin)` : ''}`,
                });
            }
            out.push(retentionControl(c.rule, resource, where, c.reading.vault, c.retain, points));
        }
        if (encryptionPlaces.length > 0)
            out.push(encryptionControl(resource, encryptionPlaces));
        const also = input.awsSelections.filter((s) => awsSelectionMatches(s, resource, tags));
        out.push(also.length === 0
            ? {
                control: 'double-protection',
                status: 'pass',
                resource,
                evidence: 'in no AWS Backup plan selection',
            }
            : {
                control: 'double-protection',
                status: 'fail',
                resource,
                evidence: `also protected by AWS Backup plan ${also.map((s) => `${s.planName} (selection ${s.selectionName})`).join(', ')}`,
            });
    }
    // Coverage: resources carrying a selector's tags that no plan of the repository protects.
    // Snapshots carry their resource's tags and are no resources to protect; excluded ARNs are the
    // plan's own decision.
    const selectedHere = new Set(input.resources.map((r) => r.arn));
    const excluded = new Set(plan.resources.exclude);
    const protectable = (arn) => {
        const type = (0,resource_types/* resourceTypeOfArn */.$i)(arn);
        return !(0,plan_selection/* isRecoveryPointArn */.PM)(arn) && type !== undefined && (0,resource_types/* resourceTypeInfo */.hG)(type) !== undefined;
    };
    for (const m of input.tagMatches) {
        const missing = m.arns
            .filter((a) => protectable(a) && !excluded.has(a) && !selectedHere.has(a) && !input.protectedByPlans.has(a))
            .sort();
        out.push(missing.length === 0
            ? {
                control: 'unprotected',
                status: 'pass',
                evidence: `every resource with ${m.via} is protected (${m.arns.length})`,
            }
            : {
                control: 'unprotected',
                status: 'fail',
                evidence: `${missing.length} resource(s) carry ${m.via} but no plan protects them: ${missing.join(', ')}`,
            });
    }
    return out;
}
const failedControls = (results) => results.filter((r) => r.status === 'fail');

;// CONCATENATED MODULE: ./src/audit/run.ts
// `audit`: read what the controls need from AWS for one plan, then evaluate them (controls.ts).
// Read-only: vaults and their points, restore jobs, the Tagging API, AWS Backup's own plans.






async function reading(read) {
    try {
        return { ok: true, vault: await read() };
    }
    catch (error) {
        return { ok: false, error: (0,retry/* describeAwsError */.Pp)(error) };
    }
}
async function auditPlan(plan, namespace, deps) {
    const { aws } = deps;
    const backup = aws.backup(plan.aws.role, plan.aws.region);
    const tagging = aws.tagging(plan.aws.role, plan.aws.region);
    const matches = await (0,aws_resources/* matchSelectors */.s)(tagging, plan);
    const selection = (0,plan_selection/* selectResources */.KN)(plan, matches);
    const tagsOf = new Map();
    for (const e of matches.explicit)
        if (e.tags)
            tagsOf.set(e.arn, e.tags);
    for (const t of matches.tagged)
        for (const r of t.resources)
            tagsOf.set(r.arn, r.tags);
    const resources = selection.resources.map((r) => ({ arn: r.arn, tags: tagsOf.get(r.arn) ?? {} }));
    const source = await reading(() => (0,audit/* readAuditVault */.Ki)({ backup, tagging }, plan.vault));
    const copies = [];
    const cache = new Map();
    for (const rule of plan.rules)
        for (const c of rule.copyTo) {
            const role = c.role ?? (c.account === plan.aws.account ? plan.aws.role : undefined);
            const key = `${c.account}/${c.region}/${c.vault}`;
            let r = cache.get(key);
            if (!r) {
                r = role
                    ? reading(() => (0,audit/* readAuditVault */.Ki)({ backup: aws.backup(role, c.region), tagging: aws.tagging(role, c.region) }, c.vault))
                    : Promise.resolve({ ok: false, error: 'no role in the plan reaches this account' });
                cache.set(key, r);
            }
            copies.push({
                rule: rule.name,
                account: c.account,
                region: c.region,
                vault: c.vault,
                retain: c.retain,
                reading: await r,
            });
        }
    // Drill evidence: restore jobs over the longest drill interval of the plan.
    const drillMinutes = Math.max(0, ...plan.rules.map((r) => r.drill?.everyMinutes ?? 0));
    let restoreJobs;
    if (drillMinutes > 0)
        restoreJobs = await (0,audit/* listRestoreJobsSince */.fx)(backup, new Date(deps.now().getTime() - drillMinutes * calendar/* MS_PER_MINUTE */.EM));
    // Coverage: each tag selector's tags, whatever the type.
    const tagMatches = [];
    for (const s of plan.resources.include)
        if ('tags' in s)
            tagMatches.push({
                via: (0,plan_selection/* describeSelector */.r5)(s.tags, undefined),
                arns: (await (0,aws_resources/* findResourcesByTags */.x)(tagging, s.tags, undefined)).map((r) => r.arn),
            });
    const selectedHere = new Set(resources.map((r) => r.arn));
    const protectedByPlans = tagMatches.some((m) => m.arns.some((a) => !selectedHere.has(a)))
        ? await deps.protectedByOtherPlans()
        : new Set();
    let awsSelections = [];
    const extra = [];
    try {
        awsSelections = await (0,audit/* readAwsBackupSelections */.Du)(backup);
    }
    catch (error) {
        extra.push({
            control: 'double-protection',
            status: 'fail',
            evidence: `AWS Backup plans not readable: ${(0,retry/* describeAwsError */.Pp)(error)}`,
        });
    }
    const controls = [
        ...evaluateControls({
            plan,
            namespace,
            now: deps.now(),
            resources,
            source,
            copies,
            ...(restoreJobs ? { restoreJobs } : {}),
            tagMatches,
            protectedByPlans,
            awsSelections,
        }),
        ...extra,
    ];
    return { plan: plan.id, controls, failed: controls.filter((c) => c.status === 'fail').length };
}
/** The resources a plan selects now (for the "protected by some plan" set). */
async function selectedResources(plan, aws) {
    const matches = await (0,aws_resources/* matchSelectors */.s)(aws.tagging(plan.aws.role, plan.aws.region), plan);
    return (0,plan_selection/* selectResources */.KN)(plan, matches).resources.map((r) => r.arn);
}

// EXTERNAL MODULE: ./src/plan/select.ts
var plan_select = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/audit/render.ts

const MARK = { pass: '✅ pass', fail: '❌ fail', info: 'ℹ️ info' };
const shortArn = (arn) => arn.split(/[:/]/).slice(-2).join('/');
const scope = (c) => [c.resource ? shortArn(c.resource) : '', c.rule ?? '', c.vault ?? ''].filter(Boolean).join(' · ') || 'plan';
function renderAuditTable(controls) {
    const rows = controls.map((c) => `| ${MARK[c.status]} | ${c.control} | ${(0,markdown/* escapeTableCell */.aL)(scope(c))} | ${(0,markdown/* escapeTableCell */.aL)(c.evidence)} |`);
    return ['| result | control | scope | evidence |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function renderAuditMarkdown(audits) {
    const parts = ['## backup-plans audit'];
    for (const a of audits) {
        parts.push(`### Plan ${(0,markdown/* escapeMarkdown */.FV)(a.plan)}: ${a.failed === 0 ? 'every control passes' : `${a.failed} control(s) fail`}`);
        parts.push(renderAuditTable(a.controls));
    }
    return parts.join('\n\n') + '\n';
}
function renderAuditText(audits) {
    const lines = [];
    for (const a of audits) {
        lines.push(`plan ${a.plan}: ${a.failed === 0 ? 'every control passes' : `${a.failed} control(s) FAIL`}`);
        for (const c of a.controls)
            lines.push(`  ${c.status.toUpperCase().padEnd(4)}  ${c.control.padEnd(17)}  ${scope(c)}\n        ${c.evidence}`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/report/envelope.ts
var report_envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/failure-issues.ts + 1 modules
var failure_issues = __webpack_require__(798);
;// CONCATENATED MODULE: ./src/commands/audit.ts
// `audit`: the controls of every selected plan from live AWS state; exit 1 when any fails. With
// `notify.issues`, one failure issue per plan (its own marker, apart from the backup's issue),
// closed once every control passes again. Reads AWS only.








const auditCommand = async (inputs, host) => {
    const run = new context/* RunContext */.Z('audit', inputs, host);
    const selected = await run.selectPlans();
    let failed = run.reportSelectionErrors(selected);
    // "Protected by some plan" looks at every plan of the folder, not only the selected ones.
    let everyPlan;
    const protectedByOtherPlans = () => (everyPlan ??= (async () => {
        const all = await (0,plan_select/* selectPlans */.H)(inputs.plans, undefined);
        const arns = new Set();
        for (const p of all.plans)
            for (const a of await selectedResources(p, run.aws))
                arns.add(a);
        return arns;
    })());
    const audits = [];
    for (const plan of selected.plans) {
        try {
            audits.push(await auditPlan(plan, run.namespaceOf(plan), {
                aws: run.aws,
                now: () => run.clock.now(),
                protectedByOtherPlans,
            }));
        }
        catch (error) {
            const message = (0,retry/* describeAwsError */.Pp)(error);
            host.error(`plan ${plan.id}: audit failed: ${message}`);
            audits.push({
                plan: plan.id,
                controls: [{ control: 'rpo', status: 'fail', evidence: `audit could not read AWS: ${message}` }],
                failed: 1,
            });
        }
    }
    run.destroy();
    if (audits.some((a) => a.failed > 0))
        failed = true;
    const envelope = {
        command: 'audit',
        version: report_envelope/* REPORT_VERSION */.A,
        ...run.times(),
        plans: audits,
    };
    host.setOutput('report', run.writeReport(envelope));
    host.setOutput('failed-controls', audits.reduce((n, a) => n + a.failed, 0));
    if (inputs.json && host.kind === 'cli')
        process.stdout.write(JSON.stringify({ plans: audits }, null, 2) + '\n');
    else if (host.kind === 'cli')
        process.stdout.write(renderAuditText(audits));
    else
        await host.summary(renderAuditMarkdown(audits));
    for (const a of audits)
        for (const c of a.controls.filter((x) => x.status === 'fail'))
            host.error(`plan ${a.plan}: ${c.control}${c.resource ? ` ${c.resource}` : ''}: ${c.evidence}`);
    await syncIssues(audits, selected.plans, inputs.githubToken, host, run.env);
    return failed ? 1 : 0;
};
async function syncIssues(audits, plans, token, host, env) {
    const wanted = audits.flatMap((a) => {
        const plan = plans.find((p) => p.id === a.plan);
        if (!plan?.notify.issues)
            return [];
        const body = () => `Plan **${(0,markdown/* escapeMarkdown */.FV)(plan.id)}**: ${a.failed} audit control(s) fail.\n\n` +
            renderAuditTable(a.controls.filter((c) => c.status === 'fail'));
        return [{ plan, failing: a.failed > 0, body }];
    });
    await (0,failure_issues/* syncPlanIssues */.R)('audit', wanted, token, host, env);
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
