export const id = 769;
export const ids = [769];
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

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drillCommand: () => (/* binding */ drillCommand)
});

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(4305);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-efs/dist-cjs/index.js
var client_efs_dist_cjs = __webpack_require__(1663);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(4019);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/resource-services.ts
// The services of the resources a restore creates, for restore drills: read a restored resource's
// state and delete it. EBS volumes (EC2 DescribeVolumes/DeleteVolume), RDS DB instances
// (DescribeDBInstances/DeleteDBInstance with SkipFinalSnapshot: the temporary copy needs no final
// snapshot), EFS file systems (DescribeFileSystems/DeleteFileSystem) and DynamoDB tables
// (DescribeTable/DeleteTable). Only the drill command loads this module, so other commands never
// pay for these four SDK clients. Endpoints come from AWS_ENDPOINT_URL_EC2/_RDS/_EFS/_DYNAMODB.






/** The AWS Backup resource types a drill can check and delete. */
const DRILL_TYPES = ['EBS', 'RDS', 'EFS', 'DynamoDB'];
const isDrillType = (type) => DRILL_TYPES.includes(type);
/** The resource id each service takes: the last part of the ARN (vol-…, DB identifier, fs-…, table name). */
function serviceId(arn) {
    const resource = arn.split(':').slice(5).join(':');
    return resource.split(/[/:]/).pop() ?? resource;
}
const NOT_FOUND = {
    EBS: ['InvalidVolume.NotFound'],
    RDS: ['DBInstanceNotFoundFault', 'DBInstanceNotFound'],
    EFS: ['FileSystemNotFound'],
    DynamoDB: ['ResourceNotFoundException'],
};
const gone = { exists: false, available: false };
/** Clients per (role, region), made when first needed, with the run's credentials and retry policy. */
class ResourceServices {
    aws;
    cache = new Map();
    constructor(aws) {
        this.aws = aws;
    }
    clients(role, region) {
        const key = `${role}\n${region}`;
        let c = this.cache.get(key);
        if (!c)
            this.cache.set(key, (c = {}));
        return c;
    }
    /** A session that expires during a long drill is renewed, as for the run's other clients. */
    renewing(role, client) {
        (0,clients/* renewOnExpiry */.o9)(client, () => this.aws.invalidateCredentials(role));
        return client;
    }
    config(role, region) {
        const credentials = this.aws.credentials.forRole(role);
        return (0,clients/* clientConfig */.yO)({ region, ...(credentials ? { credentials } : {}) });
    }
    ec2(role, region) {
        const c = this.clients(role, region);
        return (c.ec2 ??= this.renewing(role, new client_ec2_dist_cjs/* EC2Client */.gu5(this.config(role, region))));
    }
    rds(role, region) {
        const c = this.clients(role, region);
        return (c.rds ??= this.renewing(role, new client_rds_dist_cjs/* RDSClient */.rYe(this.config(role, region))));
    }
    efs(role, region) {
        const c = this.clients(role, region);
        return (c.efs ??= this.renewing(role, new client_efs_dist_cjs/* EFSClient */.klU(this.config(role, region))));
    }
    dynamodb(role, region) {
        const c = this.clients(role, region);
        return (c.dynamodb ??= this.renewing(role, new dist_cjs/* DynamoDBClient */.MGV(this.config(role, region))));
    }
    /** The resource's state as its own service reports it; `exists: false` once the service says it is not found. */
    async describe(role, region, type, arn) {
        const id = serviceId(arn);
        try {
            switch (type) {
                case 'EBS': {
                    const out = await this.ec2(role, region).send(new client_ec2_dist_cjs/* DescribeVolumesCommand */.U$W({ VolumeIds: [id] }));
                    const state = out.Volumes?.[0]?.State;
                    return state === undefined || state === 'deleted'
                        ? gone
                        : { exists: true, state, available: state === 'available' };
                }
                case 'RDS': {
                    const out = await this.rds(role, region).send(new client_rds_dist_cjs/* DescribeDBInstancesCommand */.hhJ({ DBInstanceIdentifier: id }));
                    const state = out.DBInstances?.[0]?.DBInstanceStatus;
                    return state === undefined ? gone : { exists: true, state, available: state === 'available' };
                }
                case 'EFS': {
                    const out = await this.efs(role, region).send(new client_efs_dist_cjs/* DescribeFileSystemsCommand */.XX0({ FileSystemId: id }));
                    const state = out.FileSystems?.[0]?.LifeCycleState;
                    return state === undefined || state === 'deleted'
                        ? gone
                        : { exists: true, state, available: state === 'available' };
                }
                case 'DynamoDB': {
                    const out = await this.dynamodb(role, region).send(new dist_cjs/* DescribeTableCommand */.h8C({ TableName: id }));
                    const state = out.Table?.TableStatus;
                    return state === undefined ? gone : { exists: true, state, available: state === 'ACTIVE' };
                }
            }
        }
        catch (error) {
            if (NOT_FOUND[type].includes((0,retry/* errorCode */.CA)(error) ?? ''))
                return gone;
            throw error;
        }
    }
    /** Deletes the resource through its service (RDS: without a final snapshot). Not found counts as deleted. */
    async delete(role, region, type, arn) {
        const id = serviceId(arn);
        try {
            switch (type) {
                case 'EBS':
                    await this.ec2(role, region).send(new client_ec2_dist_cjs/* DeleteVolumeCommand */.Pbn({ VolumeId: id }));
                    return;
                case 'RDS':
                    await this.rds(role, region).send(new client_rds_dist_cjs/* DeleteDBInstanceCommand */.Yvh({ DBInstanceIdentifier: id, SkipFinalSnapshot: true }));
                    return;
                case 'EFS':
                    await this.efs(role, region).send(new client_efs_dist_cjs/* DeleteFileSystemCommand */.iDy({ FileSystemId: id }));
                    return;
                case 'DynamoDB':
                    await this.dynamodb(role, region).send(new dist_cjs/* DeleteTableCommand */.$uC({ TableName: id }));
                    return;
            }
        }
        catch (error) {
            if (NOT_FOUND[type].includes((0,retry/* errorCode */.CA)(error) ?? ''))
                return;
            throw error;
        }
    }
    destroy() {
        for (const c of this.cache.values())
            for (const client of Object.values(c))
                client.destroy();
        this.cache.clear();
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/drill/report.ts
// What a drill run did, per plan and resource: the JSON report's plan entries, the job summary and
// the terminal text. Everything that came from AWS or the user is escaped.

const MARK = { ok: '✅ ok', failed: '❌ failed', 'dry-run': 'dry run' };
function duration(seconds) {
    if (seconds === undefined)
        return '–';
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${seconds % 60} s` : `${seconds} s`;
}
function renderDrillTable(entries) {
    const c = (t) => (t ? (0,markdown/* code */.aY)(t, { tableCell: true }) : '–');
    const rows = entries.map((e) => [
        MARK[e.result],
        c(e.resource),
        c(e.pointArn),
        c(e.temporaryResource ?? e.temporaryName),
        duration(e.restoreSeconds),
        duration(e.rtoSeconds),
        e.deleted ? 'yes' : e.temporaryResource ? '**no**' : '–',
        (0,markdown/* escapeTableCell */.aL)([e.error, ...e.notes].filter(Boolean).join('; ') || (e.evidenceTag ?? '')),
    ].join(' | '));
    return [
        '| result | resource | recovery point | temporary resource | restore job | RTO | deleted | notes |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${r} |`),
    ].join('\n');
}
function renderDrillMarkdown(plans) {
    const parts = ['## backup-plans drill'];
    for (const p of plans) {
        const head = p.drills.length === 0
            ? 'no drill due'
            : p.failed === 0
                ? `${p.drills.length} drill(s) passed`
                : `${p.failed} of ${p.drills.length} drill(s) FAILED`;
        parts.push(`### Plan ${(0,markdown/* escapeMarkdown */.FV)(p.plan)}: ${head}`);
        if (p.note)
            parts.push((0,markdown/* escapeMarkdown */.FV)(p.note));
        if (p.drills.length > 0)
            parts.push(renderDrillTable(p.drills));
        if (p.skipped.length > 0)
            parts.push(`<details><summary>${p.skipped.length} resource(s) not due</summary>\n\n` +
                p.skipped.map((s) => `- ${(0,markdown/* code */.aY)(s.resource)}: ${(0,markdown/* escapeMarkdown */.FV)(s.reason)}`).join('\n') +
                '\n\n</details>');
    }
    return parts.join('\n\n') + '\n';
}
function renderDrillText(plans) {
    const lines = [];
    for (const p of plans) {
        lines.push(`plan ${p.plan}: ${p.drills.length} drill(s), ${p.failed} failed, ${p.skipped.length} not due`);
        if (p.note)
            lines.push(`  ${p.note}`);
        for (const e of p.drills) {
            lines.push(`  ${e.result.toUpperCase().padEnd(7)} ${e.resource}`);
            if (e.pointArn)
                lines.push(`          point ${e.pointArn}`);
            if (e.temporaryResource)
                lines.push(`          temporary ${e.temporaryResource}: ${e.deleted ? 'deleted' : 'NOT deleted'}`);
            if (e.rtoSeconds !== undefined)
                lines.push(`          RTO ${duration(e.rtoSeconds)} (restore job ${duration(e.restoreSeconds)})`);
            if (e.evidenceTag)
                lines.push(`          tagged backup-plans:drilled=${e.evidenceTag}`);
            if (e.error)
                lines.push(`          error: ${e.error}`);
            for (const n of e.notes)
                lines.push(`          note: ${n}`);
        }
        for (const s of p.skipped)
            lines.push(`  skipped ${s.resource}: ${s.reason}`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/audit.ts
var audit = __webpack_require__(1874);
// EXTERNAL MODULE: ./src/aws/backup.ts
var backup = __webpack_require__(3979);
// EXTERNAL MODULE: ./src/aws/point-tags.ts
var point_tags = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/aws/restore.ts
var restore = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/aws/resources.ts
var aws_resources = __webpack_require__(7360);
// EXTERNAL MODULE: ./src/plan/selection.ts
var selection = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/restore/metadata.ts
var metadata = __webpack_require__(8913);
// EXTERNAL MODULE: ./src/restore/point.ts
var point = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/restore/run.ts
var run = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/run/poll.ts
var poll = __webpack_require__(576);
// EXTERNAL MODULE: ./src/schedule/drill.ts
var drill = __webpack_require__(9848);
// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
;// CONCATENATED MODULE: ./src/drill/run.ts
// The drill run: for each resource, restore its newest completed point (source vault) into a new,
// clearly named temporary resource, wait until its own service reports it available, record the
// restore time (RTO), delete the temporary resource through its service, and leave evidence: AWS's
// restore job history plus a `backup-plans:drilled` tag on the point where its type carries tags.
//
// Data safety: the only thing ever deleted is the resource the drill's own restore job created,
// after checking it is not the source and (where the type takes a name) carries the drill's name.
// No recovery point is ever deleted: this module has no path to DeleteRecoveryPoint.















/** The prefix of every temporary resource's name: anyone can tell a drill's resource from a real one. */
const DRILL_NAME_PREFIX = 'backup-plans-drill-';
/** How long to wait for the temporary resource to become available, and to be gone. */
const AVAILABLE_BUDGET_MS = 2 * calendar/* MS_PER_HOUR */.C_;
const DELETION_BUDGET_MS = 30 * calendar/* MS_PER_MINUTE */.EM;
/** Tags of the points made in this window before `every` are read for evidence (the drilled point is older than its drill). */
const EVIDENCE_SLACK_MS = 7 * calendar/* MS_PER_DAY */.ec;
/** A name RDS (1–63 lower-case letters, digits, single hyphens), DynamoDB and EFS all accept. */
function drillName(planId, resourceArn, now) {
    const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${planId}\n${resourceArn}`).digest('hex').slice(0, 6);
    return `${DRILL_NAME_PREFIX}${stamp}-${hash}`;
}
/** Restore metadata that names the temporary resource (EBS volumes take no name: AWS picks the id). */
function drillOverrides(type, name) {
    switch (type) {
        case 'RDS':
            return { DBInstanceIdentifier: name };
        case 'DynamoDB':
            return { targetTableName: name };
        case 'EFS':
            return { newFileSystem: 'true', CreationToken: name };
        case 'EBS':
            return {};
    }
}
/**
 * Why the resource a restore job reports must not be deleted, or undefined when it is the drill's
 * own temporary resource: never the source, always the source's type, and the drill's name where
 * the type takes one.
 */
function notTemporary(type, source, created, name) {
    if (created === source)
        return `the restore job reports the source ${source} itself`;
    if ((0,metadata/* backupResourceType */.Tk)(created) !== type)
        return `${created} is not a ${type} resource`;
    if ((type === 'RDS' || type === 'DynamoDB') &&
        !created.endsWith(`:db:${name}`) &&
        !created.endsWith(`/${name}`))
        return `${created} does not carry the drill's name ${name}`;
    return undefined;
}
const minutes = (ms) => ms / calendar/* MS_PER_MINUTE */.EM;
/** Every rule's drill interval that applies to the resource: the shortest one decides. */
function everyMinutes(plan) {
    const all = plan.rules.flatMap((r) => (r.drill ? [r.drill.everyMinutes] : []));
    return all.length > 0 ? Math.min(...all) : undefined;
}
async function runDrills(plan, req, deps) {
    const { aws } = deps;
    const backup = aws.backup(plan.aws.role, plan.aws.region);
    const tagging = aws.tagging(plan.aws.role, plan.aws.region);
    const every = everyMinutes(plan);
    const out = { plan: plan.id, drills: [], skipped: [], failed: 0 };
    let resources;
    if (req.resource)
        resources = [req.resource];
    else if (every === undefined && !req.force) {
        out.note = `no rule of plan ${plan.id} has a drill key (drill: { every: 30d }); pass --force (action: force) to drill anyway`;
        return out;
    }
    else
        resources = (0,selection/* selectResources */.KN)(plan, await (0,aws_resources/* matchSelectors */.s)(tagging, plan)).resources.map((r) => r.arn);
    const scheduled = !req.resource && !req.force && every !== undefined;
    let jobs = [];
    if (scheduled)
        jobs = await (0,audit/* listRestoreJobsSince */.fx)(backup, new Date(deps.now().getTime() - every * calendar/* MS_PER_MINUTE */.EM));
    for (const resource of resources) {
        if (scheduled) {
            const last = await lastDrillOf(plan, resource, every, jobs, deps);
            if (!(0,drill/* drillDue */.C0)(last, every, deps.now())) {
                out.skipped.push({
                    resource,
                    reason: `not due: last drill ${last.at.toISOString()} ${last.result}`,
                });
                continue;
            }
        }
        const entry = await drillResource(plan, resource, req, deps);
        out.drills.push(entry);
        if (entry.result === 'failed')
            out.failed++;
    }
    return out;
}
async function lastDrillOf(plan, resource, every, jobs, deps) {
    const clients = {
        backup: deps.aws.backup(plan.aws.role, plan.aws.region),
        tagging: deps.aws.tagging(plan.aws.role, plan.aws.region),
    };
    const points = await (0,restore/* listResourcePointsInVault */.XI)(clients.backup, resource, plan.vault);
    const since = deps.now().getTime() - every * calendar/* MS_PER_MINUTE */.EM - EVIDENCE_SLACK_MS;
    const recent = points.filter((p) => p.creationDate.getTime() >= since);
    const tags = await (0,point_tags/* readPointTags */.S0)(clients, recent.map((p) => p.arn));
    return (0,drill/* lastDrill */.Of)(points.map((p) => ({ arn: p.arn, tags: tags.get(p.arn) })), jobs);
}
async function drillResource(plan, resource, req, deps) {
    const type = (0,metadata/* backupResourceType */.Tk)(resource) ?? 'unknown';
    const entry = { resource, resourceType: type, result: 'failed', notes: [] };
    if (!isDrillType(type)) {
        entry.error = `drills support EBS volumes, RDS DB instances, EFS file systems and DynamoDB tables; ${resource} is ${type}`;
        return entry;
    }
    const startedAt = deps.now();
    const name = drillName(plan.id, resource, startedAt);
    entry.temporaryName = type === 'EBS' ? undefined : name;
    let restore;
    try {
        restore = await (0,run/* runRestore */.Y)(plan, {
            resource,
            point: { kind: 'latest' },
            vault: plan.vault,
            region: plan.aws.region,
            overrides: drillOverrides(type, name),
            force: false,
            dryRun: req.dryRun,
            wait: true,
            // The temporary resource must not carry the tags that select resources for backup.
            copySourceTags: false,
        }, {
            backup: (role, region) => deps.aws.backup(role, region),
            now: () => deps.now(),
            info: (m) => deps.info(m),
            sleep: (ms) => deps.sleep(ms),
            localNow: () => deps.localNow(),
        });
    }
    catch (error) {
        entry.error =
            error instanceof point/* RestoreInputError */.pr ? error.message : `restore failed: ${(0,retry/* describeAwsError */.Pp)(error)}`;
        return entry;
    }
    entry.pointArn = restore.point.arn;
    entry.pointCreated = restore.point.creationDate;
    entry.restoreJobId = restore.restoreJobId;
    entry.notes.push(...restore.notes);
    if (req.dryRun) {
        entry.result = 'dry-run';
        return entry;
    }
    entry.restoreSeconds = restore.durationSeconds;
    if (restore.status !== 'completed' || !restore.createdResourceArn) {
        entry.error =
            restore.status === 'still-running'
                ? `restore job ${restore.restoreJobId} still running after the wait budget; delete the resource it creates by hand`
                : `restore job ${restore.restoreJobId} ${restore.status}: ${restore.statusMessage ?? 'no message'}`;
        await tagEvidence(plan, entry, deps);
        return entry;
    }
    const created = restore.createdResourceArn;
    entry.temporaryResource = created;
    const refused = notTemporary(type, resource, created, name);
    if (refused) {
        entry.error = `not deleting: ${refused}`;
        await tagEvidence(plan, entry, deps);
        return entry;
    }
    const region = plan.aws.region;
    const role = plan.aws.role;
    try {
        const available = await (0,poll/* pollUntil */.g3)(() => deps.services.describe(role, region, type, created), (s) => s.available || !s.exists, AVAILABLE_BUDGET_MS, (s) => `temporary ${created}: ${s.exists ? s.state : 'not found'}`, deps);
        if (available.available) {
            entry.available = true;
            entry.rtoSeconds = Math.round((deps.now().getTime() - startedAt.getTime()) / 1000);
        }
        else
            entry.error = available.exists
                ? `temporary ${created} still ${available.state} after ${minutes(AVAILABLE_BUDGET_MS)} minutes`
                : `temporary ${created} does not exist after its restore job completed`;
    }
    catch (error) {
        entry.error = `could not read ${created}: ${(0,retry/* describeAwsError */.Pp)(error)}`;
    }
    // Whatever the check said, the temporary resource goes.
    try {
        const now = await deps.services.describe(role, region, type, created);
        if (now.exists && !/delet/i.test(now.state ?? '')) {
            await deps.services.delete(role, region, type, created);
            deps.info(`deleting temporary ${created}`);
        }
        const after = await (0,poll/* pollUntil */.g3)(() => deps.services.describe(role, region, type, created), (s) => !s.exists, DELETION_BUDGET_MS, (s) => `temporary ${created}: ${s.exists ? s.state : 'deleted'}`, deps);
        entry.deleted = !after.exists;
        if (after.exists) {
            if (/delet/i.test(after.state ?? ''))
                entry.notes.push(`${created} still ${after.state} when the drill ended`);
            else
                entry.error ??= `temporary ${created} is still ${after.state}: delete it by hand`;
            entry.deleted = /delet/i.test(after.state ?? '');
        }
    }
    catch (error) {
        entry.error ??= `could not delete the temporary ${created}: ${(0,retry/* describeAwsError */.Pp)(error)}; delete it by hand`;
    }
    if (entry.available && entry.deleted && !entry.error)
        entry.result = 'ok';
    await tagEvidence(plan, entry, deps);
    return entry;
}
/** The `backup-plans:drilled` tag on the drilled point, where its type carries tags: when the drill ended, and how. */
async function tagEvidence(plan, entry, deps) {
    if (!entry.pointArn)
        return;
    const value = (0,drill/* drilledTagValue */.ml)(deps.now(), entry.result === 'ok' ? 'ok' : 'failed');
    try {
        const tagged = await (0,backup/* tagPoint */.fc)(deps.aws.backup(plan.aws.role, plan.aws.region), deps.aws.tagging(plan.aws.role, plan.aws.region), entry.pointArn, { [drill/* DRILLED_TAG */.Ks]: value });
        if (tagged)
            entry.evidenceTag = value;
        else
            entry.notes.push(`${entry.resourceType} recovery points carry no tags: the restore job history is the evidence`);
    }
    catch (error) {
        entry.notes.push(`could not tag ${entry.pointArn} ${drill/* DRILLED_TAG */.Ks}: ${(0,retry/* describeAwsError */.Pp)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/report/envelope.ts
var report_envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
// EXTERNAL MODULE: ./src/run/failure-issues.ts + 1 modules
var failure_issues = __webpack_require__(798);
;// CONCATENATED MODULE: ./src/commands/drill.ts
// `drill`: restore drills for the selected plans (src/drill/run.ts); exit 1 when a drill fails. With
// `notify.issues`, one failure issue per plan (its own marker), closed by the next passing drill.









const drillCommand = async (inputs, host) => {
    if (inputs.resource && (!inputs.plan || inputs.plan.includes(','))) {
        host.error(`drill of one resource needs exactly one plan: ${host.kind === 'cli' ? '--plan ID' : '`plan`'}`);
        return 2;
    }
    const run = new context/* RunContext */.Z('drill', inputs, host);
    const selected = await run.selectPlans();
    let failed = run.reportSelectionErrors(selected);
    const services = new ResourceServices(run.aws);
    const results = [];
    try {
        for (const plan of selected.plans) {
            try {
                results.push(await runDrills(plan, {
                    ...(inputs.resource ? { resource: inputs.resource } : {}),
                    force: inputs.force ?? false,
                    dryRun: inputs.dryRun,
                }, {
                    aws: run.aws,
                    services,
                    now: () => run.clock.now(),
                    info: (m) => host.info(`plan ${plan.id}: ${m}`),
                    sleep: (ms) => (0,wait/* waitBeforeRetry */.jy)(ms),
                    localNow: () => Date.now(),
                }));
            }
            catch (error) {
                const message = (0,retry/* describeAwsError */.Pp)(error);
                host.error(`plan ${plan.id}: drill failed: ${message}`);
                results.push({
                    plan: plan.id,
                    drills: [],
                    skipped: [],
                    failed: 1,
                    note: `drill could not run: ${message}`,
                });
            }
        }
    }
    finally {
        services.destroy();
    }
    const envelope = {
        command: 'drill',
        version: report_envelope/* REPORT_VERSION */.A,
        ...run.times(),
        plans: results,
    };
    run.destroy();
    host.setOutput('report', run.writeReport(envelope));
    host.setOutput('drills', results.reduce((n, p) => n + p.drills.filter((d) => d.result !== 'dry-run').length, 0));
    const failures = results.reduce((n, p) => n + p.failed, 0);
    host.setOutput('failures', failures);
    if (failures > 0)
        failed = true;
    if (inputs.json && host.kind === 'cli')
        process.stdout.write(JSON.stringify(envelope, null, 2) + '\n');
    else if (host.kind === 'cli')
        process.stdout.write(renderDrillText(results));
    else
        await host.summary(renderDrillMarkdown(results));
    for (const p of results)
        for (const d of p.drills.filter((x) => x.result === 'failed'))
            host.error(`plan ${p.plan}: drill of ${d.resource} failed: ${d.error ?? 'see the report'}`);
    if (!inputs.dryRun)
        await syncIssues(results, selected.plans, inputs.githubToken, host, run.env);
    return failed ? 1 : 0;
};
async function syncIssues(results, plans, token, host, env) {
    // Only plans whose drills ran this time: a run with nothing due says nothing about the last drill.
    const wanted = results.flatMap((r) => {
        const plan = plans.find((p) => p.id === r.plan);
        if (!plan?.notify.issues || (r.drills.length === 0 && r.failed === 0))
            return [];
        const body = () => `Plan **${(0,markdown/* escapeMarkdown */.FV)(plan.id)}**: ${r.failed} restore drill(s) failed.\n\n` +
            (r.note ? `${(0,markdown/* escapeMarkdown */.FV)(r.note)}\n\n` : '') +
            renderDrillTable(r.drills.filter((d) => d.result === 'failed'));
        return [{ plan, failing: r.failed > 0, body }];
    });
    await (0,failure_issues/* syncPlanIssues */.R)('drill', wanted, token, host, env);
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
