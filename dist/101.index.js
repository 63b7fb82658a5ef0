export const id = 101;
export const ids = [101];
export const modules = {

/***/ 3947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ HOLDS_UNREADABLE),
/* harmony export */   q: () => (/* binding */ readLegalHolds)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2760);
/* harmony import */ var _pagination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5261);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);
// Which recovery points legal holds protect, read precisely from AWS: ListLegalHolds, then
// ListRecoveryPointsByLegalHold for every hold that still holds (ACTIVE, CREATING, CANCELING).
// A hold still CREATING may not have collected all its points yet, so its GetLegalHold selection
// (vaults, resources, date range) counts as well: over-holding one run is harmless, deleting a held
// point is not.
//
// When the holds cannot be read at all, because the role may not read them (AccessDenied) or the
// endpoint does not know the operation, every point of that account and region is treated as held
// and the report says so. Any other error is not guessed around: it fails the vault's scan, and
// nothing in that vault is pruned.



/** How the note about unreadable holds begins (the command turns it into a warning annotation). */
const HOLDS_UNREADABLE = 'legal holds could not be read';
/** Statuses in which a hold no longer protects anything. */
const RELEASED = new Set(['CANCELED']);
async function readLegalHolds(backup, where) {
    const stage = { operation: 'ListLegalHolds' };
    try {
        return await readPrecisely(backup, stage);
    }
    catch (err) {
        if (!cannotRead(err))
            throw err;
        const permission = `backup:${stage.operation}`;
        const reason = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err, {
            operation: stage.operation,
            role: where.role,
            region: where.region,
        });
        const message = `${HOLDS_UNREADABLE} (the role needs ${permission}): ${reason}; ` +
            `no point in ${where.account}/${where.region} was deleted`;
        return { notes: [message], heldBecause: () => message, unreadable: { permission, message } };
    }
}
async function readPrecisely(backup, stage) {
    const listed = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .paginateListLegalHolds */ .Jyz)({ client: backup, pageSize: 1000 }, {}), (p) => p.LegalHolds);
    const holds = listed.flatMap((h) => h.LegalHoldId && !RELEASED.has(h.Status ?? '')
        ? [{ id: h.LegalHoldId, title: h.Title ?? h.LegalHoldId, status: h.Status ?? 'UNKNOWN' }]
        : []);
    const heldBy = new Map(); // point ARN → title of a hold on it
    const pending = [];
    for (const hold of holds) {
        stage.operation = 'ListRecoveryPointsByLegalHold';
        const points = await (0,_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectPages */ .VV)((0,_aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .paginateListRecoveryPointsByLegalHold */ .Jrx)({ client: backup, pageSize: 1000 }, { LegalHoldId: hold.id }), (p) => p.RecoveryPoints);
        for (const rp of points)
            if (rp.RecoveryPointArn && !heldBy.has(rp.RecoveryPointArn))
                heldBy.set(rp.RecoveryPointArn, hold.title);
        if (hold.status === 'CREATING') {
            stage.operation = 'GetLegalHold';
            const sel = (await backup.send(new _aws_sdk_client_backup__WEBPACK_IMPORTED_MODULE_2__/* .GetLegalHoldCommand */ .q7M({ LegalHoldId: hold.id })))
                .RecoveryPointSelection;
            pending.push({
                title: hold.title,
                vaults: sel?.VaultNames,
                resources: sel?.ResourceIdentifiers,
                from: sel?.DateRange?.FromDate,
                to: sel?.DateRange?.ToDate,
            });
        }
    }
    return {
        notes: [],
        heldBecause(point, vault) {
            const title = heldBy.get(point.arn);
            if (title !== undefined)
                return `under legal hold "${title}"`;
            const creating = pending.find((s) => (!s.vaults?.length || s.vaults.includes(vault)) &&
                (!s.resources?.length || s.resources.includes(point.resourceArn)) &&
                (!s.from || point.created >= s.from) &&
                (!s.to || point.created <= s.to));
            return creating ? `matches legal hold "${creating.title}", which is still being created` : undefined;
        },
    };
}
/** Errors that mean "the holds are not readable here", not "something went wrong this time". */
function cannotRead(err) {
    const code = (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(err);
    return (code === 'AccessDeniedException' ||
        code === 'AccessDenied' ||
        code === 'UnknownOperationException' ||
        code === 'UnsupportedOperation' ||
        code === 'UnsupportedOperationException' ||
        code === 'NotImplemented' ||
        (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err) === 501);
}


/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listCommand: () => (/* binding */ listCommand)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var dist_cjs = __webpack_require__(2760);
// EXTERNAL MODULE: ./src/aws/legal-holds.ts
var legal_holds = __webpack_require__(3947);
// EXTERNAL MODULE: ./src/aws/pagination.ts
var pagination = __webpack_require__(5261);
// EXTERNAL MODULE: ./src/aws/point-tags.ts
var point_tags = __webpack_require__(1113);
;// CONCATENATED MODULE: ./src/aws/inventory.ts
// What `list` reads of one vault: its lock, its recovery points, their tags and which of them a
// legal hold holds. Read-only.




async function readVaultInventory(clients, vaultName, where) {
    const vault = await clients.backup.send(new dist_cjs/* DescribeBackupVaultCommand */.Rr4({ BackupVaultName: vaultName }));
    const raw = await (0,pagination/* listRecoveryPointsByBackupVault */.sW)(clients.backup, { BackupVaultName: vaultName });
    const tags = await (0,point_tags/* readPointTags */.S0)(clients, raw.map((p) => p.RecoveryPointArn).filter(Boolean));
    const holds = await (0,legal_holds/* readLegalHolds */.q)(clients.backup, where);
    return {
        notes: holds.notes,
        locked: vault.Locked ?? false,
        minRetentionDays: vault.MinRetentionDays,
        maxRetentionDays: vault.MaxRetentionDays,
        points: raw
            .filter((p) => p.RecoveryPointArn && p.CreationDate)
            .map((p) => ({
            arn: p.RecoveryPointArn,
            resourceArn: p.ResourceArn ?? '',
            resourceType: p.ResourceType ?? '',
            status: p.Status ?? 'UNKNOWN',
            creationDate: p.CreationDate,
            sizeBytes: p.BackupSizeInBytes,
            deleteAt: p.CalculatedLifecycle?.DeleteAt,
            coldAt: p.CalculatedLifecycle?.MoveToColdStorageAt,
            tags: tags.get(p.RecoveryPointArn),
            legalHold: holds.heldBecause({ arn: p.RecoveryPointArn, resourceArn: p.ResourceArn ?? '', created: p.CreationDate }, vaultName) !== undefined,
        })),
    };
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/plan/locations.ts
var locations = __webpack_require__(6447);
// EXTERNAL MODULE: ./src/retention/engine.ts + 1 modules
var engine = __webpack_require__(157);
// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/time/cron.ts
var cron = __webpack_require__(9025);
;// CONCATENATED MODULE: ./src/list/inventory.ts




/** Rules named on a point's ownership tags when they are this plan's (both `+` and the older `,`). */
function planRules(plan, namespace, tags) {
    if (!tags || tags['backup-plans:plan'] !== plan.id || tags['backup-plans:namespace'] !== namespace)
        return [];
    return (tags['backup-plans:rules'] ?? '')
        .split(/[+,]/)
        .map((r) => r.trim())
        .filter((r) => plan.rules.some((x) => x.name === r));
}
/** The retention that applies to a rule's points in this location. */
function retentionAt(rule, location) {
    if (location.kind === 'source')
        return rule.retain;
    return rule.copyTo.find((c) => c.account === location.account && c.region === location.region && c.vault === location.vault)?.retain;
}
function planInventory(plan, namespace, contents, now) {
    const points = [];
    const notes = [];
    for (const { location, inventory } of contents) {
        const vault = (0,locations/* locationLabel */.GE)(location);
        const rows = new Map();
        for (const p of inventory.points) {
            const rules = planRules(plan, namespace, p.tags);
            rows.set(p.arn, {
                arn: p.arn,
                resource: p.resourceArn,
                vault,
                kind: location.kind,
                created: p.creationDate.toISOString(),
                ageHours: Math.max(0, Math.round((now.getTime() - p.creationDate.getTime()) / calendar/* MS_PER_HOUR */.C_)),
                sizeBytes: p.sizeBytes,
                status: p.status,
                storageClass: p.coldAt && p.coldAt.getTime() <= now.getTime() ? 'COLD' : 'WARM',
                locked: inventory.locked,
                legalHold: p.legalHold,
                expires: p.deleteAt?.toISOString(),
                rules,
                reasons: p.tags === undefined
                    ? ['tags unreadable for this type: not this plan to prune']
                    : rules.length === 0
                        ? ['not this plan’s: never pruned by it']
                        : [],
            });
        }
        for (const rule of plan.rules) {
            const retain = retentionAt(rule, location);
            if (!retain)
                continue;
            const mine = inventory.points.filter((p) => rows.get(p.arn).rules.includes(rule.name));
            if (retain.keep) {
                // Per resource, the engine over the completed points, as prune decides.
                const byResource = new Map();
                for (const p of mine.filter((x) => x.status === 'COMPLETED')) {
                    const list = byResource.get(p.resourceArn);
                    if (list)
                        list.push(p);
                    else
                        byResource.set(p.resourceArn, [p]);
                }
                for (const group of byResource.values()) {
                    const decision = (0,engine/* applyRetention */.dX)(group.map((p) => ({ id: p.arn, created: p.creationDate })), retain.keep, { timezone: rule.timezone });
                    for (const k of decision.keep)
                        rows.get(k.point.id).reasons.push(`${rule.name}: ${k.reasons.join(', ')}`);
                    for (const r of decision.remove)
                        rows.get(r.id).reasons.push(`${rule.name}: kept by no tier of keep; the next prune removes it`);
                }
            }
            else if (retain.days !== undefined) {
                for (const p of mine)
                    rows
                        .get(p.arn)
                        .reasons.push(`${rule.name}: retain.days ${retain.days}${p.deleteAt ? `, AWS deletes it at ${p.deleteAt.toISOString()}` : ''}`);
            }
        }
        for (const row of rows.values()) {
            if (row.legalHold)
                row.reasons.push('legal hold: nothing deletes it while held');
            if (row.locked)
                row.reasons.push('vault lock: only its lifecycle removes it');
            points.push(row);
        }
    }
    points.sort((a, b) => a.resource.localeCompare(b.resource) ||
        a.vault.localeCompare(b.vault) ||
        b.created.localeCompare(a.created));
    return { plan: plan.id, points, freshness: freshness(plan, points, now), notes };
}
/** Per resource and rule: the newest completed point in the source vault against the schedule. */
function freshness(plan, points, now) {
    const out = [];
    const resources = [...new Set(points.filter((p) => p.rules.length > 0).map((p) => p.resource))].sort();
    for (const resource of resources)
        for (const rule of plan.rules) {
            const newest = points.find((p) => p.resource === resource &&
                p.kind === 'source' &&
                p.status === 'COMPLETED' &&
                p.rules.includes(rule.name));
            // A slot counts as missed once its start window (plus an hour to finish) has passed.
            const slot = (0,cron/* latestSlot */.kc)(rule.schedule, rule.timezone, new Date(now.getTime() - (rule.startWithinMinutes + 60) * calendar/* MS_PER_MINUTE */.EM));
            const status = !newest ? 'none' : slot && Date.parse(newest.created) < slot.getTime() ? 'behind' : 'ok';
            out.push({
                resource,
                rule: rule.name,
                newest: newest?.created,
                newestAgeHours: newest?.ageHours,
                expectedSlot: slot?.toISOString(),
                status,
            });
        }
    return out;
}

// EXTERNAL MODULE: ./src/report/envelope.ts
var report_envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/list.ts
// `list` for people: a Markdown table for the job summary, aligned plain text for a terminal.

function age(hours) {
    return hours >= 48 ? `${Math.round(hours / 24)}d` : `${hours}h`;
}
function size(bytes) {
    if (bytes === undefined)
        return '?';
    const gib = bytes / 1024 ** 3;
    return gib >= 1 ? `${gib.toFixed(1)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}
const shortArn = (arn) => arn.split(/[:/]/).slice(-2).join('/');
function flags(p) {
    return [p.locked ? 'lock' : '', p.legalHold ? 'hold' : ''].filter(Boolean).join('+') || '-';
}
function cells(p) {
    return [
        shortArn(p.resource),
        p.vault,
        shortArn(p.arn),
        age(p.ageHours),
        size(p.sizeBytes),
        p.status,
        p.storageClass,
        flags(p),
        p.expires ? p.expires.slice(0, 10) : 'never',
        p.reasons.join('; '),
    ];
}
const HEADER = [
    'resource',
    'vault',
    'point',
    'age',
    'size',
    'status',
    'class',
    'lock/hold',
    'expires',
    'kept because',
];
function renderListText(inventories) {
    const out = [];
    for (const inv of inventories) {
        out.push(`plan ${inv.plan}: ${inv.points.length} recovery point(s)`);
        const rows = [HEADER, ...inv.points.map(cells)];
        const widths = HEADER.map((_, i) => Math.max(...rows.map((r) => (i === HEADER.length - 1 ? 0 : r[i].length))));
        for (const r of rows)
            out.push(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  '));
        out.push('', 'newest point per resource and rule:');
        for (const f of inv.freshness)
            out.push(`  ${shortArn(f.resource)}  ${f.rule}: ${f.status}${f.newestAgeHours !== undefined ? `, newest ${age(f.newestAgeHours)} old` : ''}${f.expectedSlot ? `, schedule expects one from ${f.expectedSlot}` : ''}`);
        out.push(...inv.notes.map((n) => `note: ${n}`), '');
    }
    return out.join('\n');
}
function renderListMarkdown(inventories) {
    const out = ['## backup-plans list', ''];
    for (const inv of inventories) {
        out.push(`### Plan ${(0,markdown/* code */.aY)(inv.plan)}: ${inv.points.length} recovery point(s)`, '');
        out.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`);
        for (const p of inv.points)
            out.push(`| ${cells(p).map(markdown/* escapeTableCell */.aL).join(' | ')} |`);
        out.push('', '| resource | rule | newest | status | schedule expects |', '| --- | --- | --- | --- | --- |');
        for (const f of inv.freshness)
            out.push(`| ${(0,markdown/* escapeTableCell */.aL)(shortArn(f.resource))} | ${(0,markdown/* escapeTableCell */.aL)(f.rule)} | ${f.newestAgeHours !== undefined ? age(f.newestAgeHours) : '-'} | ${f.status} | ${f.expectedSlot ?? '-'} |`);
        out.push('', ...inv.notes.map((n) => `- ${(0,markdown/* escapeTableCell */.aL)(n)}`));
    }
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/commands/list.ts
// `list`: every recovery point of the selected plans, in their source vaults and copy destinations,
// with the reasons each is kept. Reads only.







const listCommand = async (inputs, host) => {
    const run = new context/* RunContext */.Z('list', inputs, host);
    const selected = await run.selectPlans();
    let failed = run.reportSelectionErrors(selected);
    const inventories = [];
    try {
        for (const plan of selected.plans) {
            const namespace = run.namespaceOf(plan);
            const contents = [];
            const notes = (0,locations/* unreachableCopyVaults */.Xj)(plan);
            for (const location of (0,locations/* pointLocations */.lP)(plan)) {
                try {
                    const inventory = await readVaultInventory({
                        backup: run.aws.backup(location.role, location.region),
                        tagging: run.aws.tagging(location.role, location.region),
                    }, location.vault, location);
                    notes.push(...inventory.notes);
                    contents.push({ location, inventory });
                }
                catch (error) {
                    notes.push(`${(0,locations/* locationLabel */.GE)(location)}: ${(0,retry/* describeAwsError */.Pp)(error)}`);
                    failed = true;
                }
            }
            const inv = planInventory(plan, namespace, contents, run.clock.now());
            inv.notes.push(...notes);
            inventories.push(inv);
        }
    }
    catch (error) {
        host.error(`list failed: ${(0,retry/* describeAwsError */.Pp)(error)}`);
        run.destroy();
        return 1;
    }
    run.destroy();
    const envelope = {
        command: 'list',
        version: report_envelope/* REPORT_VERSION */.A,
        ...run.times(),
        plans: inventories,
    };
    const path = run.writeReport(envelope);
    host.setOutput('report', path);
    if (inputs.json && host.kind === 'cli')
        process.stdout.write(JSON.stringify({ plans: inventories }, null, 2) + '\n');
    else if (host.kind === 'cli')
        process.stdout.write(renderListText(inventories));
    else
        await host.summary(renderListMarkdown(inventories));
    host.setOutput('recovery-points', inventories.reduce((n, i) => n + i.points.length, 0));
    return failed ? 1 : 0;
};


/***/ }),

/***/ 6447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ locationLabel),
/* harmony export */   Xj: () => (/* binding */ unreachableCopyVaults),
/* harmony export */   lP: () => (/* binding */ pointLocations)
/* harmony export */ });
const locationLabel = (l) => `${l.vault} (${l.account}/${l.region})`;
/** The plan's backupRole, moved to another account under the same name (the role must exist there). */
function backupRoleIn(plan, account) {
    return plan.aws.backupRole.replace(/^(arn:[^:]+:iam::)\d{12}(:)/, `$1${account}$2`);
}
function pointLocations(plan) {
    const out = [
        {
            account: plan.aws.account,
            region: plan.aws.region,
            vault: plan.vault,
            role: plan.aws.role,
            backupRole: plan.aws.backupRole,
            kind: 'source',
        },
    ];
    for (const rule of plan.rules)
        for (const c of rule.copyTo) {
            // A destination in another account is reachable only through its own role.
            if (c.account !== plan.aws.account && !c.role)
                continue;
            const loc = {
                account: c.account,
                region: c.region,
                vault: c.vault,
                role: c.role ?? plan.aws.role,
                backupRole: backupRoleIn(plan, c.account),
                kind: 'copy',
            };
            if (!out.some((l) => l.account === loc.account && l.region === loc.region && l.vault === loc.vault))
                out.push(loc);
        }
    return out;
}
/** Skipped destinations, for the report: other accounts without a role to reach them. */
function unreachableCopyVaults(plan) {
    return plan.rules.flatMap((r) => r.copyTo
        .filter((c) => c.account !== plan.aws.account && !c.role)
        .map((c) => `${c.vault} (${c.account}/${c.region}): no role in the plan to reach it`));
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
    // CommonMark strips one space from each side of a code span unless it is all spaces: pad so the
    // text survives that, but never an all-space text (it is shown as is, and padding would grow it).
    const allSpaces = !/[^ ]/.test(body);
    const pad = body.startsWith('`') || body.endsWith('`') || (/^ .* $/.test(body) && !allSpaces) ? ' ' : '';
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


/***/ })

};
