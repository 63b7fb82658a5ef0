export const id = 227;
export const ids = [227];
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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ createOctokit),
/* harmony export */   iw: () => (/* binding */ repositoryFromEnv),
/* harmony export */   kk: () => (/* binding */ runUrlFromEnv)
/* harmony export */ });
/**
 * An Octokit for `token` against GITHUB_API_URL (GitHub Enterprise Server and tests set it; the
 * default is github.com's API).
 */
async function createOctokit(token, env = process.env) {
    if (!token)
        throw new Error('no GitHub token: pass `github-token` (the default is `${{ github.token }}`)');
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
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


/***/ }),

/***/ 798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ syncPlanIssues)
});

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./src/plan/model.ts
var model = __webpack_require__(8582);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/github/issues.ts
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
const DEFAULT_FAILURE_LABEL = model/* DEFAULTS */.zY.notifyLabels[0];
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
            return (0,markdown/* escapeMarkdown */.FV)(runUrl);
        return `[${text}](${url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
    }
    catch {
        return (0,markdown/* escapeMarkdown */.FV)(runUrl);
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
    const frame = (0,markdown/* sizeOf */.$d)(`${head}\n\n\n\n${tail}`, 'chars');
    const room = ISSUE_BODY_LIMIT - frame;
    const trimmed = (0,markdown/* trimMarkdown */.Cc)(body, room, (0,markdown/* trimNote */.dG)(runUrl ? `the job summary of ${runLink(runUrl, 'the run')}` : 'the job summary'), 'chars');
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
        await (0,wait/* waitBeforeRetry */.jy)(500);
        return read();
    }
}
async function findOpenIssue(options, label, notes) {
    const { octokit, owner, repo } = options;
    const key = options.key ?? options.planId;
    const marker = failureMarker(key);
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
        const q = `repo:${owner}/${repo} is:issue is:open label:"${label.replace(/"/g, '')}" "backup-plans:failure plan=${encodeURIComponent(key)}"`;
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
    const head = failureMarker(options.key ?? planId);
    const tail = `---\n<sub>Opened by backup-plans for plan **${(0,markdown/* escapeMarkdown */.FV)(planId)}** in ${runLink(runUrl, 'this run')}. ` +
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
            body: `Recovered in ${runLink(runUrl, 'this run')}: ${options.recovered}. Closing.`,
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

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/run/failure-issues.ts
// The failure issues of one command's plans (backup, audit, drill): whether GitHub can be reached
// from here, one src/github/issues.ts sync per plan, and what the host is told. Each command keeps
// its own issue per plan (its own marker), so a failing audit never closes a backup's issue.


const WORDING = {
    backup: {
        keyPrefix: '',
        title: 'Backups failing',
        name: 'failure issue',
        recovered: 'every backup and copy of this plan succeeded',
    },
    audit: {
        keyPrefix: 'audit/',
        title: 'Backup audit failing',
        name: 'audit issue',
        recovered: 'every audit control of this plan passes',
    },
    drill: {
        keyPrefix: 'drill/',
        title: 'Restore drill failing',
        name: 'drill issue',
        recovered: 'every restore drill of this plan passed',
    },
};
/**
 * Open, comment on or close each plan's issue. `states` are the plans whose run says something
 * about their issue and that want issues (`notify.issues`). Returns each plan's result by plan id;
 * none when GitHub cannot be reached from here (the host is told why).
 */
async function syncPlanIssues(command, states, token, host, env) {
    const results = new Map();
    if (states.length === 0)
        return results;
    if (!token || !env.GITHUB_REPOSITORY) {
        if (states.some((s) => s.failing))
            host.info('failure issues skipped: no GitHub token or GITHUB_REPOSITORY (outside GitHub Actions)');
        return results;
    }
    let octokit;
    let repository;
    try {
        octokit = await (0,github_octokit/* createOctokit */.Qi)(token, env);
        repository = (0,github_octokit/* repositoryFromEnv */.iw)(env);
    }
    catch (err) {
        host.warning(`failure issues skipped: ${err instanceof Error ? err.message : String(err)}`);
        return results;
    }
    const wording = WORDING[command];
    const runUrl = (0,github_octokit/* runUrlFromEnv */.kk)(env);
    for (const { plan, failing, body } of states) {
        const result = await syncFailureIssue({
            octokit,
            owner: repository.owner,
            repo: repository.repo,
            planId: plan.id,
            key: `${wording.keyPrefix}${plan.id}`,
            failing,
            title: `${wording.title}: plan ${plan.id}`,
            body: body(runUrl),
            recovered: wording.recovered,
            labels: plan.notify.labels,
            assignees: plan.notify.assignees,
            ...(runUrl ? { runUrl } : {}),
        });
        for (const note of result.notes)
            host.warning(`plan ${plan.id}: ${note}`);
        if (result.action === 'error')
            host.warning(`plan ${plan.id}: could not update the ${wording.name}: ${result.error}`);
        results.set(plan.id, result);
    }
    return results;
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
