export const id = 391;
export const ids = [391];
export const modules = {

/***/ 7360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ matchSelectors),
/* harmony export */   x: () => (/* binding */ findResourcesByTags)
/* harmony export */ });
/* harmony import */ var _plan_resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _plan_selection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3189);
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
        let found = answers?.get(key);
        if (!found) {
            found = findResourcesByTags(tagging, s.tags, s.types);
            answers?.set(key, found);
            // A failed answer is not kept: the next plan asks again (and reports its own error).
            found.catch(() => answers?.delete(key));
        }
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
/* harmony export */   Ab: () => (/* binding */ RunTagMemo),
/* harmony export */   _D: () => (/* binding */ vaultKey)
/* harmony export */ });
/* unused harmony export provesOwner */
/* harmony import */ var _schedule_token_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7092);

/**
 * "account/region/vault": a vault's key in prune's catalog and in this memo. One definition, because
 * `simulate` hands the catalog to backup as its memo: a key spelled differently would miss every entry.
 */
function vaultKey(v) {
    return `${v.account}/${v.region}/${v.vault}`;
}
/**
 * Whether tags prove some owner: only those are remembered. A point without them is read again every
 * time, since a copy gets its tags only after it completes.
 */
function provesOwner(tags) {
    const owner = (0,_schedule_token_js__WEBPACK_IMPORTED_MODULE_0__/* .readOwnership */ .m9)(tags);
    return owner !== undefined && owner.rules.length > 0;
}
/** The memo of one run (no catalog at hand): what this run read, for its later observations. */
class RunTagMemo {
    tags = new Map();
    known(vault, arn) {
        return this.tags.get(`${vault}\n${arn}`);
    }
    learn(vault, arn, tags) {
        if (provesOwner(tags))
            this.tags.set(`${vault}\n${arn}`, tags);
    }
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ isOwnedBy),
/* harmony export */   Vu: () => (/* binding */ COPY_JOB_TAG_VALUE),
/* harmony export */   aX: () => (/* binding */ copyIdempotencyToken),
/* harmony export */   dt: () => (/* binding */ ownershipTags),
/* harmony export */   jw: () => (/* binding */ idempotencyToken),
/* harmony export */   m9: () => (/* binding */ readOwnership),
/* harmony export */   mP: () => (/* binding */ OWNERSHIP_TAG_KEYS),
/* harmony export */   xB: () => (/* binding */ COPY_JOB_TAG)
/* harmony export */ });
/* unused harmony exports MAX_TAG_VALUE_LENGTH, formatSlot, OwnershipTagError */
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
/** Do readable tags say the point belongs to this namespace and plan (and, when given, serves `rule`)? */
function isOwnedBy(tags, owner) {
    const read = readOwnership(tags);
    if (!read || read.namespace !== owner.namespace || read.plan !== owner.plan)
        return false;
    return owner.rule === undefined || read.rules.includes(owner.rule);
}


/***/ })

};
