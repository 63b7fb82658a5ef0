export const id = 327;
export const ids = [327];
export const modules = {

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ readAwsBackupSelections),
/* harmony export */   Ki: () => (/* binding */ readAuditVault),
/* harmony export */   fx: () => (/* binding */ listRestoreJobsSince)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2760);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5261);
/* harmony import */ var _point_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1113);
// What `audit` reads from AWS Backup: a vault's encryption and lock with its recovery points
// (encryption, lifecycle, tags), the restore jobs since a date (drill evidence), and AWS Backup's
// own backup plans' resource selections (to find resources protected twice). Read-only.



async function readAuditVault(clients, vaultName) {
    const vault = await clients.backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .DescribeBackupVaultCommand */ .Rr4({ BackupVaultName: vaultName }));
    const raw = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .listRecoveryPointsByBackupVault */ .sW)(clients.backup, { BackupVaultName: vaultName });
    const tags = await (0,_point_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .readPointTags */ .S0)(clients, raw.map((p) => p.RecoveryPointArn).filter(Boolean));
    return {
        name: vaultName,
        ...(vault.EncryptionKeyArn ? { encryptionKeyArn: vault.EncryptionKeyArn } : {}),
        locked: vault.Locked ?? false,
        ...(vault.MinRetentionDays !== undefined ? { minRetentionDays: vault.MinRetentionDays } : {}),
        ...(vault.MaxRetentionDays !== undefined ? { maxRetentionDays: vault.MaxRetentionDays } : {}),
        points: raw
            .filter((p) => p.RecoveryPointArn && p.CreationDate)
            .map((p) => ({
            arn: p.RecoveryPointArn,
            resourceArn: p.ResourceArn ?? '',
            status: p.Status ?? 'UNKNOWN',
            created: p.CreationDate,
            encrypted: p.IsEncrypted ?? false,
            ...(p.Lifecycle?.DeleteAfterDays !== undefined
                ? { deleteAfterDays: p.Lifecycle.DeleteAfterDays }
                : {}),
            ...(p.CalculatedLifecycle?.DeleteAt ? { deleteAt: p.CalculatedLifecycle.DeleteAt } : {}),
            tags: tags.get(p.RecoveryPointArn),
        })),
    };
}
/** Restore jobs of this account and region created after `since` (AWS keeps them for a while, like backup jobs). */
async function listRestoreJobsSince(backup, since) {
    const jobs = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .paginateListRestoreJobs */ .okv)({ client: backup }, { ByCreatedAfter: since }), (p) => p.RestoreJobs);
    return jobs
        .filter((j) => j.RestoreJobId && j.RecoveryPointArn && j.CreationDate)
        .map((j) => ({
        id: j.RestoreJobId,
        pointArn: j.RecoveryPointArn,
        status: j.Status ?? 'UNKNOWN',
        created: j.CreationDate,
        ...(j.CompletionDate ? { completed: j.CompletionDate } : {}),
        ...(j.CreatedResourceArn ? { createdResourceArn: j.CreatedResourceArn } : {}),
    }));
}
/** Every selection of every (not deleted) AWS Backup plan in this account and region. */
async function readAwsBackupSelections(backup) {
    const plans = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .paginateListBackupPlans */ .Cv0)({ client: backup }, {}), (p) => p.BackupPlansList);
    const out = [];
    for (const plan of plans) {
        if (!plan.BackupPlanId)
            continue;
        const selections = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .paginateListBackupSelections */ .hub)({ client: backup }, { BackupPlanId: plan.BackupPlanId }), (p) => p.BackupSelectionsList);
        for (const s of selections) {
            if (!s.SelectionId)
                continue;
            const got = await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_1__/* .GetBackupSelectionCommand */ .Uq8({ BackupPlanId: plan.BackupPlanId, SelectionId: s.SelectionId }));
            const sel = got.BackupSelection;
            const c = sel?.Conditions;
            const conditions = [];
            for (const operator of ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'])
                for (const p of c?.[operator] ?? [])
                    if (p.ConditionKey !== undefined)
                        conditions.push({ operator, key: p.ConditionKey, value: p.ConditionValue ?? '' });
            out.push({
                planName: plan.BackupPlanName ?? plan.BackupPlanId,
                planId: plan.BackupPlanId,
                selectionName: sel?.SelectionName ?? s.SelectionName ?? s.SelectionId,
                resources: sel?.Resources ?? [],
                notResources: sel?.NotResources ?? [],
                listOfTags: (sel?.ListOfTags ?? [])
                    .filter((t) => t.ConditionKey !== undefined)
                    .map((t) => ({ key: t.ConditionKey, value: t.ConditionValue ?? '' })),
                conditions,
            });
        }
    }
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

/***/ 9848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ drillDue),
/* harmony export */   Ks: () => (/* binding */ DRILLED_TAG),
/* harmony export */   Of: () => (/* binding */ lastDrill),
/* harmony export */   ml: () => (/* binding */ drilledTagValue)
/* harmony export */ });
/* unused harmony exports FAILED_DRILL_RETRY_MINUTES, parseDrilledTag */
/* harmony import */ var _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4051);
// Restore drills, the pure part: the evidence a drill leaves (a `backup-plans:drilled` tag on the
// drilled point, "<ISO time> ok|failed"; and AWS's restore job history), the newest such evidence
// of a resource, and whether a drill is due. Shared by the drill command and audit's drill control.

const DRILLED_TAG = 'backup-plans:drilled';
/** A failed drill is tried again after a day, not on every scheduled run, nor only after `every`. */
const FAILED_DRILL_RETRY_MINUTES = 24 * 60;
/** The tag value: the drill's time (ISO-8601 UTC, seconds) and its result; fits every service's tag charset. */
function drilledTagValue(at, result) {
    return `${at.toISOString().replace(/\.\d{3}Z$/, 'Z')} ${result}`;
}
function parseDrilledTag(value) {
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z) (ok|failed)$/.exec(value ?? '');
    if (!m)
        return undefined;
    const at = Date.parse(m[1]);
    return Number.isFinite(at) ? { at: new Date(at), result: m[2] } : undefined;
}
/**
 * The newest drill evidence of a resource, given its points and the restore jobs of its account and
 * region. A completed restore job of one of its points counts as a passed drill (it proves the point
 * restores); a tag says how the drill that wrote it ended, and wins over a job at the same time.
 */
function lastDrill(points, jobs) {
    const arns = new Set(points.map((p) => p.arn));
    const all = [];
    for (const p of points) {
        const tag = parseDrilledTag(p.tags?.[DRILLED_TAG]);
        if (tag)
            all.push({ ...tag, pointArn: p.arn, source: 'tag' });
    }
    for (const j of jobs)
        if (arns.has(j.pointArn) && j.status === 'COMPLETED')
            all.push({
                at: j.completed ?? j.created,
                result: 'ok',
                pointArn: j.pointArn,
                source: 'restore-job',
                jobId: j.id,
            });
    all.sort((a, b) => b.at.getTime() - a.at.getTime() ||
        (a.source === b.source ? 0 : a.source === 'tag' ? -1 : 1) ||
        (a.pointArn < b.pointArn ? -1 : a.pointArn > b.pointArn ? 1 : 0));
    return all[0];
}
/** Due when there is no evidence, a passed drill is older than `every`, or a failed one older than a day. */
function drillDue(last, everyMinutes, now) {
    if (!last)
        return true;
    const ageMinutes = (now.getTime() - last.at.getTime()) / _time_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .MS_PER_MINUTE */ .EM;
    return (ageMinutes >= (last.result === 'ok' ? everyMinutes : Math.min(everyMinutes, FAILED_DRILL_RETRY_MINUTES)));
}


/***/ })

};
