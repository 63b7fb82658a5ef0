export const id = 782;
export const ids = [782];
export const modules = {

/***/ 7360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ matchSelectors),
/* harmony export */   x: () => (/* binding */ findResourcesByTags)
/* harmony export */ });
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

/***/ 1782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(2760);
// EXTERNAL MODULE: ./src/aws/pagination.ts
var pagination = __webpack_require__(5261);
// EXTERNAL MODULE: ./src/aws/point-tags.ts
var point_tags = __webpack_require__(1113);
;// CONCATENATED MODULE: ./src/aws/audit.ts
// What `audit` reads from AWS Backup: a vault's encryption and lock with its recovery points
// (encryption, lifecycle, tags), the restore jobs since a date (drill evidence), and AWS Backup's
// own backup plans' resource selections (to find resources protected twice). Read-only.



async function readAuditVault(clients, vaultName) {
    const vault = await clients.backup.send(new dist_cjs/* DescribeBackupVaultCommand */.Rr4({ BackupVaultName: vaultName }));
    const raw = await (0,pagination/* listRecoveryPointsByBackupVault */.sW)(clients.backup, { BackupVaultName: vaultName });
    const tags = await (0,point_tags/* readPointTags */.S)(clients, raw.map((p) => p.RecoveryPointArn).filter(Boolean));
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
    const jobs = await (0,pagination/* collectPages */.VV)((0,dist_cjs/* paginateListRestoreJobs */.okv)({ client: backup }, { ByCreatedAfter: since }), (p) => p.RestoreJobs);
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
    const plans = await (0,pagination/* collectPages */.VV)((0,dist_cjs/* paginateListBackupPlans */.Cv0)({ client: backup }, {}), (p) => p.BackupPlansList);
    const out = [];
    for (const plan of plans) {
        if (!plan.BackupPlanId)
            continue;
        const selections = await (0,pagination/* collectPages */.VV)((0,dist_cjs/* paginateListBackupSelections */.hub)({ client: backup }, { BackupPlanId: plan.BackupPlanId }), (p) => p.BackupSelectionsList);
        for (const s of selections) {
            if (!s.SelectionId)
                continue;
            const got = await backup.send(new dist_cjs/* GetBackupSelectionCommand */.Uq8({ BackupPlanId: plan.BackupPlanId, SelectionId: s.SelectionId }));
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

// EXTERNAL MODULE: ./src/aws/resources.ts
var aws_resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/plan/selection.ts
var plan_selection = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(2983);
// EXTERNAL MODULE: ./src/plan/resource-types.ts
var resource_types = __webpack_require__(1619);
// EXTERNAL MODULE: ./src/time/cron.ts
var cron = __webpack_require__(9025);
;// CONCATENATED MODULE: ./src/audit/rpo.ts

/** GitHub delays scheduled runs under load; an audit must not cry wolf over that. */
const RPO_SLACK_MINUTES = 60;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Enough slots for an every-minute schedule over a week; longer scans stop at the first such cap. */
const MAX_SLOTS = 20_000;
/** The longest gap in minutes between consecutive slots in [now − days, now]; undefined: fewer than two slots. */
function maximumGapMinutes(schedule, timezone, now, days = 366) {
    let cursor = (0,cron/* nextSlot */.yo)(schedule, timezone, new Date(now.getTime() - days * DAY - 1));
    let longest;
    for (let i = 0; cursor && cursor.getTime() <= now.getTime() && i < MAX_SLOTS; i++) {
        const next = (0,cron/* nextSlot */.yo)(schedule, timezone, cursor);
        if (!next)
            break;
        const gap = (next.getTime() - cursor.getTime()) / MINUTE;
        if (longest === undefined || gap > longest)
            longest = gap;
        cursor = next;
    }
    return longest;
}
function ruleRpo(rule, now) {
    const gap = maximumGapMinutes(rule.schedule, rule.timezone, now);
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




const HOUR = 3_600_000;
const controls_DAY = 24 * HOUR;
const label = (vault, account, region) => `${vault} (${account}/${region})`;
const ageText = (now, d) => (0,duration/* formatMinutes */.dp)(Math.max(0, (now.getTime() - d.getTime()) / 60_000));
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
function drillControl(rule, resource, input, points) {
    if (!rule.drill)
        return undefined;
    const base = { control: 'drill', rule: rule.name, resource };
    const since = input.now.getTime() - rule.drill.everyDays * controls_DAY;
    const arns = new Set(points.map((p) => p.arn));
    const job = (input.restoreJobs ?? [])
        .filter((j) => arns.has(j.pointArn) && j.status === 'COMPLETED' && (j.completed ?? j.created).getTime() >= since)
        .sort((a, b) => b.created.getTime() - a.created.getTime())[0];
    if (job)
        return {
            ...base,
            status: 'pass',
            evidence: `restore job ${job.id} of ${job.pointArn} completed ${ageText(input.now, job.completed ?? job.created)} ago`,
        };
    const tagged = points
        .map((p) => ({ p, tag: p.tags?.['backup-plans:drilled'] }))
        .filter((x) => x.tag !== undefined && / ok$/.test(x.tag))
        .map((x) => ({ ...x, at: Date.parse(x.tag.split(' ')[0]) }))
        .filter((x) => Number.isFinite(x.at) && x.at >= since)
        .sort((a, b) => b.at - a.at)[0];
    if (tagged)
        return { ...base, status: 'pass', evidence: `${tagged.p.arn} tagged backup-plans:drilled=${tagged.tag}` };
    return {
        ...base,
        status: 'fail',
        evidence: `no completed restore of this resource's points within ${rule.drill.everyDays} days`,
    };
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
                        const ageMinutes = (now.getTime() - newest.created.getTime()) / 60_000;
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
                const ageMinutes = (now.getTime() - newest.created.getTime()) / 60_000;
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





const run_DAY = 86_400_000;
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
    const source = await reading(() => readAuditVault({ backup, tagging }, plan.vault));
    const copies = [];
    const cache = new Map();
    for (const rule of plan.rules)
        for (const c of rule.copyTo) {
            const role = c.role ?? (c.account === plan.aws.account ? plan.aws.role : undefined);
            const key = `${c.account}/${c.region}/${c.vault}`;
            let r = cache.get(key);
            if (!r) {
                r = role
                    ? reading(() => readAuditVault({ backup: aws.backup(role, c.region), tagging: aws.tagging(role, c.region) }, c.vault))
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
    const drillDays = Math.max(0, ...plan.rules.map((r) => r.drill?.everyDays ?? 0));
    let restoreJobs;
    if (drillDays > 0)
        restoreJobs = await listRestoreJobsSince(backup, new Date(deps.now().getTime() - drillDays * run_DAY));
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
        awsSelections = await readAwsBackupSelections(backup);
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

// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
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
// EXTERNAL MODULE: ./src/run/context.ts + 1 modules
var context = __webpack_require__(8102);
;// CONCATENATED MODULE: ./src/commands/audit.ts
// `audit`: the controls of every selected plan from live AWS state; exit 1 when any fails. With
// `notify.issues`, one failure issue per plan (its own marker, apart from the backup's issue),
// closed once every control passes again. Reads AWS only.









const auditCommand = async (inputs, host) => {
    const run = new context/* RunContext */.Z('audit', inputs, host);
    const selected = await run.selectPlans();
    let failed = false;
    for (const e of selected.errors) {
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
        failed = true;
    }
    for (const id of selected.missing) {
        host.error(`plan "${id}" not found in ${inputs.plans}`);
        failed = true;
    }
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
    const wanted = audits.filter((a) => plans.find((p) => p.id === a.plan)?.notify.issues);
    if (wanted.length === 0)
        return;
    if (!token || !env.GITHUB_REPOSITORY) {
        if (wanted.some((a) => a.failed > 0))
            host.info('failure issues skipped: no GitHub token or GITHUB_REPOSITORY (outside GitHub Actions)');
        return;
    }
    let octokit;
    let repository;
    try {
        octokit = (0,github_octokit/* createOctokit */.Qi)(token, env);
        repository = (0,github_octokit/* repositoryFromEnv */.iw)(env);
    }
    catch (err) {
        host.warning(`failure issues skipped: ${err instanceof Error ? err.message : String(err)}`);
        return;
    }
    const runUrl = (0,github_octokit/* runUrlFromEnv */.kk)(env);
    for (const a of wanted) {
        const plan = plans.find((p) => p.id === a.plan);
        const result = await (0,issues/* syncFailureIssue */.bC)({
            octokit,
            owner: repository.owner,
            repo: repository.repo,
            // "/" never occurs in a plan id (a file name), so this marker never meets the backup's issue.
            planId: `audit/${plan.id}`,
            failing: a.failed > 0,
            title: `Backup audit failing: plan ${plan.id}`,
            body: `Plan **${(0,markdown/* escapeMarkdown */.FV)(plan.id)}**: ${a.failed} audit control(s) fail.\n\n` +
                renderAuditTable(a.controls.filter((c) => c.status === 'fail')),
            labels: plan.notify.labels,
            assignees: plan.notify.assignees,
            ...(runUrl ? { runUrl } : {}),
        });
        for (const note of result.notes)
            host.warning(`plan ${plan.id}: ${note}`);
        if (result.action === 'error')
            host.warning(`plan ${plan.id}: could not update the audit issue: ${result.error}`);
    }
}


/***/ }),

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ syncFailureIssue)
/* harmony export */ });
/* unused harmony exports ISSUE_BODY_LIMIT, ISSUE_TITLE_LIMIT, DEFAULT_FAILURE_LABEL, failureMarker */
/* harmony import */ var _plan_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8582);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
// Failure issues: one open issue per plan while its backups fail, commented on while the failure
// recurs, closed with a comment by the next fully successful run.
//
// The issue is found again by a hidden marker in its body plus a label. Listing open issues by label
// is the primary lookup because it is consistent (the search API lags behind new issues and has its
// own, small rate limit); search is only the fallback when listing fails. A GitHub API failure never
// throws: it comes back as an `error` result, so the caller reports it and the backup result stays
// what it was.


/** GitHub refuses issue and comment bodies over 65,536 characters. */
const ISSUE_BODY_LIMIT = 65_536;
/** GitHub refuses issue titles over 256 characters. */
const ISSUE_TITLE_LIMIT = 256;
const DEFAULT_FAILURE_LABEL = _plan_model_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULTS */ .zY.notifyLabels[0];
const LABEL_COLOR = 'd73a4a';
const LABEL_DESCRIPTION = 'Opened by backup-plans while a backup plan fails';
/** The hidden marker that identifies a plan's failure issue. The plan id is URI-encoded so no id can end the comment. */
function failureMarker(planId) {
    return `<!-- backup-plans:failure plan=${encodeURIComponent(planId)} -->`;
}
/** `[text](url)` for a run URL we built ourselves; anything that is not http(s) is shown as text. */
function runLink(runUrl, text) {
    if (!runUrl)
        return text;
    try {
        const url = new URL(runUrl);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(runUrl);
        return `[${text}](${url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
    }
    catch {
        return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(runUrl);
    }
}
function cleanTitle(title) {
    // eslint-disable-next-line no-control-regex
    const flat = title.replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]+/g, ' ').trim();
    return [...flat].length <= ISSUE_TITLE_LIMIT
        ? flat
        : `${[...flat].slice(0, ISSUE_TITLE_LIMIT - 1).join('')}…`;
}
/** Fit `head` + `body` + `tail` under GitHub's body limit, trimming the body and saying so. */
function fitBody(head, body, tail, runUrl) {
    const frame = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sizeOf */ .$d)(`${head}\n\n\n\n${tail}`, 'chars');
    const room = ISSUE_BODY_LIMIT - frame;
    const trimmed = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimMarkdown */ .Cc)(body, room, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimNote */ .dG)(runUrl ? `the job summary of ${runLink(runUrl, 'the run')}` : 'the job summary'), 'chars');
    return `${head}\n\n${trimmed.trimEnd()}\n\n${tail}`.trimEnd();
}
function describeError(error) {
    const e = error;
    const where = e.request?.method && e.request.url
        ? `${e.request.method} ${new URL(e.request.url).pathname}`
        : 'GitHub API';
    const status = e.status ? ` answered ${e.status}` : ' failed';
    const message = (e.message ?? String(error)).split('\n')[0].slice(0, 500);
    let hint = '';
    if (e.status === 401)
        hint = ' (the `github-token` is invalid or expired)';
    if (e.status === 403 && /not accessible by integration/i.test(message))
        hint = " (grant `issues: write` in the workflow's `permissions:`)";
    if (e.status === 410)
        hint = ' (issues are disabled in this repository)';
    return `${where}${status}: ${message}${hint}`;
}
/** GETs are safe to repeat: retry once on a server error or network failure. Writes are never retried. */
async function readWithRetry(read) {
    try {
        return await read();
    }
    catch (error) {
        const status = error.status;
        if (status !== undefined && status < 500)
            throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
        return read();
    }
}
async function findOpenIssue(options, label, notes) {
    const { octokit, owner, repo, planId } = options;
    const marker = failureMarker(planId);
    const pick = (items) => items
        .filter((i) => !i.pull_request && (i.body ?? '').includes(marker))
        .sort((a, b) => a.number - b.number)[0];
    try {
        const items = await readWithRetry(() => octokit.paginate(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            state: 'open',
            labels: label,
            per_page: 100,
        }));
        return pick(items);
    }
    catch (listError) {
        notes.push(`listing open issues failed (${describeError(listError)}); searched instead`);
        const q = `repo:${owner}/${repo} is:issue is:open label:"${label.replace(/"/g, '')}" "backup-plans:failure plan=${encodeURIComponent(planId)}"`;
        const result = await octokit.rest.search.issuesAndPullRequests({ q, per_page: 100 });
        return pick(result.data.items);
    }
}
/** Create the labels that are missing, with a colour and a description. Failures here are notes, not errors. */
async function ensureLabels(options, labels, notes) {
    const { octokit, owner, repo } = options;
    for (const name of labels) {
        try {
            await octokit.rest.issues.getLabel({ owner, repo, name });
            continue;
        }
        catch (error) {
            if (error.status !== 404) {
                notes.push(`could not check label "${name}": ${describeError(error)}`);
                continue;
            }
        }
        try {
            await octokit.rest.issues.createLabel({
                owner,
                repo,
                name,
                color: LABEL_COLOR,
                description: LABEL_DESCRIPTION,
            });
        }
        catch (error) {
            // 422 already_exists: created concurrently, which is fine.
            if (error.status !== 422)
                notes.push(`could not create label "${name}": ${describeError(error)}`);
        }
    }
}
async function createIssue(options, labels, notes) {
    const { octokit, owner, repo, planId, runUrl } = options;
    await ensureLabels(options, labels, notes);
    const head = failureMarker(planId);
    const tail = `---\n<sub>Opened by backup-plans for plan **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(planId)}** in ${runLink(runUrl, 'this run')}. ` +
        'Later failing runs comment here; the next fully successful run closes it.</sub>';
    const request = {
        owner,
        repo,
        title: cleanTitle(options.title),
        body: fitBody(head, options.body, tail, runUrl),
        labels,
        assignees: options.assignees ?? [],
    };
    let created;
    try {
        created = await octokit.rest.issues.create(request);
    }
    catch (error) {
        // Assignees without access make GitHub refuse the whole issue; open it unassigned and say why.
        if (error.status === 422 && request.assignees.length > 0) {
            notes.push(`could not assign ${request.assignees.join(', ')}: ${describeError(error)}; opened unassigned`);
            created = await octokit.rest.issues.create({ ...request, assignees: [] });
        }
        else
            throw error;
    }
    return { action: 'created', number: created.data.number, url: created.data.html_url, notes };
}
/**
 * Bring the plan's failure issue in line with this run: open one, comment on it, close it, or do
 * nothing. Never throws.
 */
async function syncFailureIssue(options) {
    const notes = [];
    const labels = [...new Set((options.labels ?? []).map((l) => l.trim()).filter(Boolean))];
    if (labels.length === 0)
        labels.push(DEFAULT_FAILURE_LABEL);
    const { octokit, owner, repo, runUrl } = options;
    let found;
    try {
        found = await findOpenIssue(options, labels[0], notes);
        if (options.failing && !found)
            return await createIssue(options, labels, notes);
        if (options.failing && found) {
            const body = fitBody(`Still failing in ${runLink(runUrl, 'this run')}:`, options.body, '', runUrl);
            await octokit.rest.issues.createComment({ owner, repo, issue_number: found.number, body });
            return { action: 'commented', number: found.number, url: found.html_url, notes };
        }
        if (!found)
            return { action: 'none', notes };
        await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: found.number,
            body: `Recovered in ${runLink(runUrl, 'this run')}: every backup and copy of this plan succeeded. Closing.`,
        });
        await octokit.rest.issues.update({
            owner,
            repo,
            issue_number: found.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return { action: 'closed', number: found.number, url: found.html_url, notes };
    }
    catch (error) {
        return {
            action: 'error',
            ...(found ? { number: found.number } : {}),
            error: describeError(error),
            notes,
        };
    }
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   iw: () => (/* binding */ repositoryFromEnv),
/* harmony export */   kk: () => (/* binding */ runUrlFromEnv)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
// The GitHub API client the action uses, built from the `github-token` input and the runner's env.

/**
 * An Octokit for `token` against GITHUB_API_URL (GitHub Enterprise Server and tests set it; the
 * default is github.com's API).
 */
function createOctokit(token, env = process.env) {
    if (!token)
        throw new Error('no GitHub token: pass `github-token` (the default is `${{ github.token }}`)');
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}
/** `owner/name` from GITHUB_REPOSITORY, as the runner sets it. */
function repositoryFromEnv(env = process.env) {
    const value = env.GITHUB_REPOSITORY ?? '';
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
    if (!match)
        throw new Error(`GITHUB_REPOSITORY must be "owner/name", got "${value}"`);
    return { owner: match[1], repo: match[2] };
}
/** Link to the current workflow run, for issue comments ("failed in <run>"). */
function runUrlFromEnv(env = process.env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
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


/***/ })

};
