export const id = 658;
export const ids = [658];
export const modules = {

/***/ 5658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pullRequestFromEvent: () => (/* binding */ pullRequestFromEvent),
  reviewCommand: () => (/* binding */ reviewCommand),
  reviewMarker: () => (/* binding */ reviewMarker)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cost/prices.ts + 1 modules
var prices = __webpack_require__(598);
// EXTERNAL MODULE: ./src/cost/storage.ts
var cost_storage = __webpack_require__(1700);
// EXTERNAL MODULE: ./src/plan/namespace.ts
var namespace = __webpack_require__(4976);
;// CONCATENATED MODULE: ./src/github/contents.ts
// A folder of the repository at a commit, through the contents API: how `review` reads the plans at
// the pull request's base, so a depth-1 checkout of the head is enough.


/** Files larger than this are not plan files; refuse rather than download them. */
const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Copy the folder's files (not its subfolders' contents; subfolders are created empty, so the
 * loader sees them as it would in a checkout) into `dest`. Returns false when the folder does not
 * exist at that commit (the pull request adds it).
 */
async function downloadFolder(octokit, folder, dest) {
    let listing;
    try {
        ({ data: listing } = await octokit.rest.repos.getContent({
            owner: folder.owner,
            repo: folder.repo,
            path: folder.path,
            ref: folder.ref,
        }));
    }
    catch (error) {
        // A missing commit is a 404 too; reading it as "no plans at the base" would hide every removal.
        const { status, message } = error;
        if (status === 404 && !/no commit found/i.test(message ?? ''))
            return false;
        throw error;
    }
    if (!Array.isArray(listing))
        throw new Error(`${folder.path} at ${folder.ref} is a file, not a folder of plan files`);
    await (0,promises_.mkdir)(dest, { recursive: true });
    for (const entry of listing) {
        // Names come from the API: never let one leave `dest`.
        if (entry.name.includes('/') || entry.name.includes('\\') || entry.name === '..' || entry.name === '.')
            continue;
        if (entry.type === 'dir') {
            await (0,promises_.mkdir)((0,external_node_path_.join)(dest, entry.name), { recursive: true });
            continue;
        }
        if (entry.type !== 'file')
            continue;
        if (entry.size > MAX_FILE_BYTES)
            throw new Error(`${entry.path} at ${folder.ref} is ${entry.size} bytes, too large for a plan file`);
        const { data } = await octokit.rest.repos.getContent({
            owner: folder.owner,
            repo: folder.repo,
            path: entry.path,
            ref: folder.ref,
            mediaType: { format: 'raw' },
        });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dest, entry.name), fileText(data, entry.path), 'utf8');
    }
    return true;
}
/** The raw media type answers the text; should a proxy answer JSON instead, decode its base64 content. */
function fileText(data, path) {
    if (typeof data === 'string')
        return data;
    const file = data;
    if (file?.encoding === 'base64' && typeof file.content === 'string')
        return Buffer.from(file.content, 'base64').toString('utf8');
    throw new Error(`GitHub did not return the text of ${path}`);
}

;// CONCATENATED MODULE: ./src/github/identity.ts
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, bot: data.type === 'Bot', source: 'user' };
    }
    catch {
        // Installation tokens cannot read /user; ask GraphQL.
    }
    try {
        const data = await octokit.graphql('query { viewer { login } }');
        const login = data.viewer.login.replace(/\[bot\]$/, '');
        return { login: `${login}[bot]`, bot: true, source: 'graphql' };
    }
    catch {
        return { login: GITHUB_ACTIONS_BOT, bot: true, source: 'default' };
    }
}
/** Is a comment's REST author the token's identity? A user with the bot's name (without [bot]) is not. */
function isAuthor(user, me) {
    if (!user)
        return false;
    if (me.bot)
        return user.type === 'Bot' && user.login.toLowerCase() === me.login.toLowerCase();
    return user.type !== 'Bot' && user.login.toLowerCase() === me.login.toLowerCase();
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

async function upsertStickyComment(options) {
    const { octokit, owner, repo, issueNumber, marker, body, author } = options;
    if (!body.startsWith(marker))
        throw new Error('sticky comment: the body must start with its marker');
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    // The oldest of ours: if two runs ever raced, the first one stays the one that is updated.
    const mine = comments
        .filter((c) => (c.body ?? '').startsWith(marker) && isAuthor(c.user, author))
        .sort((a, b) => a.id - b.id)[0];
    if (mine) {
        if (mine.body === body)
            return { action: 'unchanged', id: mine.id, url: mine.html_url };
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
}

// EXTERNAL MODULE: ./src/plan/load.ts + 1 modules
var load = __webpack_require__(3986);
// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/retention/engine.ts + 1 modules
var engine = __webpack_require__(157);
;// CONCATENATED MODULE: ./src/review/describe.ts

/** "35 days", "keep 7 daily, 4 weekly (hard limit 400 days)", "90 days, cold after 30 days". */
function describeRetention(retain) {
    const parts = [];
    if (retain.days !== undefined)
        parts.push(`${retain.days} days`);
    if (retain.keep !== undefined)
        parts.push((0,engine/* describePolicy */.wy)(retain.keep));
    if (retain.coldAfterDays !== undefined)
        parts.push(`cold after ${retain.coldAfterDays} days`);
    if (retain.hardLimitDays !== undefined)
        parts.push(`hard limit ${retain.hardLimitDays} days`);
    return parts.join(', ') || 'none';
}

;// CONCATENATED MODULE: ./src/review/impact.ts



/**
 * Steady-state points and oldest restorable dates from the plans alone, exact for the stated
 * assumptions; with `model`, storage and cost per series and per plan as `simulate` estimates them.
 */
function retentionImpact(timelines, model) {
    return (plans) => {
        const series = plans.flatMap((plan) => plan.rules.flatMap((rule) => seriesOf(plan, rule, timelines, model)));
        return {
            method: 'each rule’s cron slots over a synthetic timeline ending now, a backup at every slot, pruned after ' +
                'every backup by the retention engine that `prune` runs (keep) or expired by the AWS lifecycle (days, hardLimitDays)' +
                (model
                    ? '; storage and cost of the points held now, with `simulate`’s storage model and price table'
                    : ''),
            assumptions: [
                'every scheduled backup succeeds and every copy is made',
                'the vaults are not locked (a locked vault decides retention when each job starts)',
                ...(model
                    ? [
                        (0,cost_storage/* storageAssumption */.z7)(model.changeRate),
                        `resource sizes: every resource is ${model.resourceGiB} GiB, and each tag selector stands for ${model.resourcesPerSelector} resources (as \`simulate\` synthesizes its world; review reads no AWS state for sizes)`,
                        'a point moves to cold storage once it is older than `coldAfter` of every rule it serves; a point serving several rules of a vault is stored once',
                        (0,cost_storage/* pricesAssumption */.kv)(model.prices),
                    ]
                    : ['storage and cost are not estimated here: they need `simulate`']),
            ],
            series,
            ...(model
                ? { plans: plans.map((plan) => planImpact(plan, timelines, model)), currency: model.prices.currency }
                : {}),
        };
    };
}
/**
 * Per resource: storage of the points the members hold at `now` in one vault, the union of their
 * steady states (a point several rules serve is one point). It is cold once older than the longest
 * `coldAfter` when every rule it serves asks for cold storage (src/schedule/lifecycle.ts). Undefined
 * when a member grows without bound.
 */
function vaultStorage({ members }, timelines, model) {
    const now = timelines.now.getTime();
    const steadies = members.map((m) => timelines.steadyState(m.rule.schedule, m.rule.timezone, m.retain));
    const held = new Set();
    for (const s of steadies) {
        if (s.kind === 'unbounded')
            return undefined;
        for (const t of s.held)
            held.add(t);
    }
    if (held.size === 0)
        return { WARM: 0, COLD: 0 };
    const oldest = Math.min(...held);
    // Which members a point serves: those whose schedule fires at its slot.
    const fires = members.length === 1
        ? undefined
        : members.map((m) => new Set(timelines.times(m.rule.schedule, m.rule.timezone, (now - oldest) / calendar/* MS_PER_DAY */.ec + 1)));
    const points = [...held].map((t) => {
        const serving = fires ? members.filter((_, i) => fires[i].has(t)) : members;
        const colds = serving.map((m) => m.retain.coldAfterDays);
        const cold = colds.length > 0 && colds.every((c) => c !== undefined)
            ? now - t >= Math.max(...colds) * calendar/* MS_PER_DAY */.ec
            : false;
        return { created: new Date(t), storageClass: cold ? 'COLD' : 'WARM' };
    });
    return (0,cost_storage/* storageOf */.pX)(points, model.resourceGiB, model.changeRate);
}
const sum = (s) => s.WARM + s.COLD;
/** Resources a plan is assumed to protect, as `simulate` synthesizes them. */
function assumedResources(plan, perSelector) {
    const excluded = new Set(plan.resources.exclude);
    const arns = new Set();
    let selectors = 0;
    for (const s of plan.resources.include)
        if (!('arn' in s))
            selectors++;
        else if (!excluded.has(s.arn))
            arns.add(s.arn);
    return arns.size + selectors * perSelector;
}
function planImpact(plan, timelines, model) {
    const vaults = new Map();
    const add = (account, region, vault, rule, retain) => {
        const key = [account, region, vault].join('\u0000');
        const entry = vaults.get(key) ?? { region, members: [] };
        entry.members.push({ rule, retain });
        vaults.set(key, entry);
    };
    for (const rule of plan.rules) {
        add(plan.aws.account, plan.aws.region, plan.vault, rule, rule.retain);
        for (const c of rule.copyTo)
            add(c.account, c.region, c.vault, rule, c.retain);
    }
    const resources = assumedResources(plan, model.resourcesPerSelector);
    const total = { WARM: 0, COLD: 0 };
    let cost = 0;
    for (const v of vaults.values()) {
        const perResource = vaultStorage(v, timelines, model);
        if (!perResource)
            return { plan: plan.id, resources, storageByClass: null, storageGiB: null, costPerMonth: null };
        total.WARM += perResource.WARM * resources;
        total.COLD += perResource.COLD * resources;
        cost += (0,cost_storage/* monthlyCost */.Ho)(perResource, model.prices, v.region) * resources;
    }
    return { plan: plan.id, resources, storageByClass: total, storageGiB: sum(total), costPerMonth: cost };
}
function seriesOf(plan, rule, timelines, model) {
    const rpoMinutes = timelines.rpoMinutes(rule.schedule, rule.timezone);
    const one = (target, retain) => {
        const storage = model
            ? vaultStorage({ region: target.region, members: [{ rule, retain }] }, timelines, model)
            : undefined;
        return {
            plan: plan.id,
            rule: rule.name,
            target,
            retention: describeRetention(retain),
            ...(rpoMinutes !== undefined ? { rpoMinutes } : {}),
            steady: timelines.steadyState(rule.schedule, rule.timezone, retain),
            ...(model && storage
                ? {
                    storageGiB: sum(storage),
                    storageByClass: storage,
                    costPerMonth: (0,cost_storage/* monthlyCost */.Ho)(storage, model.prices, target.region),
                }
                : {}),
        };
    };
    return [
        one({ kind: 'source', account: plan.aws.account, region: plan.aws.region, vault: plan.vault }, rule.retain),
        ...rule.copyTo.map((c) => one({ kind: 'copy', account: c.account, region: c.region, vault: c.vault }, c.retain)),
    ];
}
const seriesKey = (s) => [s.plan, s.rule, s.target.kind, s.target.account, s.target.region, s.target.vault].join('\u0000');
/** Pairs the series of base and head, for the plans in `plans` (those with changes), in plan order. */
function compareImpact(before, after, plans) {
    const rows = new Map();
    for (const [side, impact] of [
        ['before', before],
        ['after', after],
    ]) {
        for (const s of impact.series) {
            if (!plans.has(s.plan))
                continue;
            const key = seriesKey(s);
            const row = rows.get(key) ?? { plan: s.plan, rule: s.rule, target: s.target };
            row[side] = s;
            rows.set(key, row);
        }
    }
    let planRows;
    if (before.plans || after.plans) {
        planRows = new Map();
        for (const [side, impact] of [
            ['before', before],
            ['after', after],
        ])
            for (const p of impact.plans ?? []) {
                if (!plans.has(p.plan))
                    continue;
                const row = planRows.get(p.plan) ?? { plan: p.plan };
                row[side] = p;
                planRows.set(p.plan, row);
            }
    }
    return {
        method: after.method,
        assumptions: [...new Set([...after.assumptions, ...before.assumptions])],
        ...(planRows ? { plans: [...planRows.values()].sort((a, b) => compare(a.plan, b.plan)) } : {}),
        ...((after.currency ?? before.currency) ? { currency: after.currency ?? before.currency } : {}),
        rows: [...rows.values()].sort((a, b) => compare(a.plan, b.plan) ||
            compare(a.rule, b.rule) ||
            Number(a.target.kind === 'copy') - Number(b.target.kind === 'copy') ||
            compare(a.target.vault, b.target.vault)),
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The JSON form of a steady state: counts, or null with the unlimited keys. */
function steadyJson(s) {
    return s.kind === 'bounded'
        ? {
            points: s.points,
            oldest: s.oldest?.toISOString() ?? null,
            ...(s.capped ? { atLeast: true } : {}),
        }
        : { points: null, unboundedBy: s.unlimited, oldest: null };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(2983);
;// CONCATENATED MODULE: ./src/review/diff.ts



const CHANGE_KINDS = (/* unused pure expression or super */ null && ([
    'plan-added',
    'plan-removed',
    'rule-added',
    'rule-removed',
    'resource-added',
    'resource-removed',
    'selector-added',
    'selector-removed',
    'exclude-added',
    'exclude-removed',
    'schedule-changed',
    'retention-shortened',
    'retention-lengthened',
    'retention-changed',
    'copy-added',
    'copy-removed',
    'role-changed',
    'account-changed',
    'region-changed',
    'vault-changed',
    'namespace-changed',
    'setting-changed',
]));
const COUNT_KEYS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'];
const WITHIN_KEYS = [
    'within',
    'withinHourly',
    'withinDaily',
    'withinWeekly',
    'withinMonthly',
    'withinYearly',
];
function diffPlans(base, head, options) {
    const changes = [];
    const baseById = new Map(base.map((p) => [p.id, p]));
    const headById = new Map(head.map((p) => [p.id, p]));
    const ids = [...new Set([...baseById.keys(), ...headById.keys()])].sort();
    for (const id of ids) {
        const before = baseById.get(id);
        const after = headById.get(id);
        if (before && after)
            changes.push(...diffPlan(before, after, options));
        else if (after)
            changes.push({
                plan: id,
                rule: null,
                kind: 'plan-added',
                detail: `new plan: ${after.rules.length} ${after.rules.length === 1 ? 'rule' : 'rules'} (${after.rules.map((r) => r.name).join(', ')}) in ${where(after)}`,
                destructive: false,
            });
        else if (before)
            changes.push({
                plan: id,
                rule: null,
                kind: 'plan-removed',
                detail: `plan removed: its resources are no longer backed up by it; its existing recovery points in ${where(before)} become orphans (reported, never pruned)`,
                destructive: true,
            });
    }
    return changes;
}
function where(plan) {
    return `vault ${plan.vault} (${plan.aws.account}, ${plan.aws.region})`;
}
function diffPlan(before, after, options) {
    const out = [];
    const add = (rule, kind, detail, destructive) => out.push({ plan: after.id, rule, kind, detail, destructive });
    const nsBefore = options.namespaceInput ?? before.namespace ?? options.defaultNamespace;
    const nsAfter = options.namespaceInput ?? after.namespace ?? options.defaultNamespace;
    if (nsBefore !== nsAfter)
        add(null, 'namespace-changed', `namespace ${show(nsBefore)} → ${show(nsAfter)}: every existing recovery point carries the old namespace, so all of them become orphans (never pruned, not counted for due backups) and the plan starts a new history`, true);
    if (before.aws.account !== after.aws.account)
        add(null, 'account-changed', `account ${before.aws.account} → ${after.aws.account}: backups start over in the new account; existing points in ${before.aws.account} become orphans`, true);
    if (before.aws.region !== after.aws.region)
        add(null, 'region-changed', `region ${before.aws.region} → ${after.aws.region}: backups start over in the new region; existing points in ${before.aws.region} become orphans`, true);
    if (before.vault !== after.vault)
        add(null, 'vault-changed', `vault ${before.vault} → ${after.vault}: backups start over in the new vault; existing points in ${before.vault} become orphans`, true);
    if (before.aws.role !== after.aws.role)
        add(null, 'role-changed', `aws.role ${before.aws.role} → ${after.aws.role}`, false);
    if (before.aws.backupRole !== after.aws.backupRole)
        add(null, 'role-changed', `aws.backupRole ${before.aws.backupRole} → ${after.aws.backupRole}`, false);
    // Resources.
    const selBefore = selectorMap(before.resources.include);
    const selAfter = selectorMap(after.resources.include);
    for (const [key, s] of selBefore) {
        if (selAfter.has(key))
            continue;
        if ('arn' in s)
            add(null, 'resource-removed', `${s.arn} is no longer backed up; its existing points become orphans`, true);
        else
            add(null, 'selector-removed', `resources tagged ${describeSelector(s)} are no longer selected; their existing points become orphans`, true);
    }
    for (const [key, s] of selAfter) {
        if (selBefore.has(key))
            continue;
        if ('arn' in s)
            add(null, 'resource-added', `${s.arn} is now backed up`, false);
        else
            add(null, 'selector-added', `resources tagged ${describeSelector(s)} are now backed up`, false);
    }
    const exBefore = new Set(before.resources.exclude);
    const exAfter = new Set(after.resources.exclude);
    for (const arn of exAfter)
        if (!exBefore.has(arn))
            add(null, 'exclude-added', `${arn} is now excluded: no new backups; its existing points become orphans`, true);
    for (const arn of exBefore)
        if (!exAfter.has(arn))
            add(null, 'exclude-removed', `${arn} is no longer excluded`, false);
    // Rules.
    const rulesBefore = new Map(before.rules.map((r) => [r.name, r]));
    const rulesAfter = new Map(after.rules.map((r) => [r.name, r]));
    for (const [name, rule] of rulesBefore)
        if (!rulesAfter.has(name))
            add(name, 'rule-removed', `rule removed (${rule.schedule} ${rule.timezone}, ${describeRetention(rule.retain)}): no more backups for it; points that serve it become orphans (reported, never pruned)`, true);
    for (const [name, rule] of rulesAfter)
        if (!rulesBefore.has(name))
            add(name, 'rule-added', `new rule: ${rule.schedule} ${rule.timezone}, ${describeRetention(rule.retain)}${rule.copyTo.length > 0 ? `, copies to ${rule.copyTo.map(copyLabel).join(', ')}` : ''}`, false);
    for (const [name, ruleAfter] of rulesAfter) {
        const ruleBefore = rulesBefore.get(name);
        if (ruleBefore)
            out.push(...diffRule(after.id, ruleBefore, ruleAfter, options.timelines));
    }
    return out;
}
function diffRule(plan, before, after, timelines) {
    const out = [];
    const add = (kind, detail, destructive) => out.push({ plan, rule: after.name, kind, detail, destructive });
    if (before.schedule !== after.schedule || before.timezone !== after.timezone) {
        const rpoBefore = timelines.rpoMinutes(before.schedule, before.timezone);
        const rpoAfter = timelines.rpoMinutes(after.schedule, after.timezone);
        const longer = rpoAfter === undefined || (rpoBefore !== undefined && rpoAfter > rpoBefore);
        add('schedule-changed', `schedule ${before.schedule} ${before.timezone} → ${after.schedule} ${after.timezone}; RPO (longest gap between backups) ${rpo(rpoBefore)} → ${rpo(rpoAfter)}${longer && rpoAfter !== rpoBefore ? ': backups are further apart' : ''}`, longer && rpoAfter !== rpoBefore);
    }
    const steady = (retain) => timelines.steadyState(after.schedule, after.timezone, retain);
    const steadyBefore = (retain) => timelines.steadyState(before.schedule, before.timezone, retain);
    out.push(...diffRetention(plan, after.name, '', before.retain, after.retain, steadyBefore, steady));
    const copiesBefore = new Map(before.copyTo.map((c) => [copyKey(c), c]));
    const copiesAfter = new Map(after.copyTo.map((c) => [copyKey(c), c]));
    for (const [key, c] of copiesBefore)
        if (!copiesAfter.has(key))
            add('copy-removed', `copies to ${copyLabel(c)} stop: new points are no longer copied there, so that copy of the data is lost once the existing copies expire${c.retain.keep !== undefined ? ' (existing copies there are no longer pruned: orphans)' : ''}`, true);
    for (const [key, c] of copiesAfter)
        if (!copiesBefore.has(key))
            add('copy-added', `new copies to ${copyLabel(c)} (${describeRetention(c.retain)}); new points only${c.backfill ? `, plus the newest ${c.backfill} existing` : ''}`, false);
    for (const [key, cAfter] of copiesAfter) {
        const cBefore = copiesBefore.get(key);
        if (!cBefore)
            continue;
        out.push(...diffRetention(plan, after.name, `copy to ${copyLabel(cAfter)}`, cBefore.retain, cAfter.retain, steadyBefore, steady));
        if (cBefore.role !== cAfter.role)
            add('role-changed', `copy to ${copyLabel(cAfter)}: role ${show(cBefore.role)} → ${show(cAfter.role)}`, false);
    }
    const settings = [
        ['startWithin', before.startWithinMinutes, after.startWithinMinutes, duration/* formatMinutes */.dp],
        ['completeWithin', before.completeWithinMinutes, after.completeWithinMinutes, duration/* formatMinutes */.dp],
        ['copyWithin', before.copyWithinMinutes, after.copyWithinMinutes, duration/* formatMinutes */.dp],
        ['retries', before.retries, after.retries, String],
    ];
    for (const [name, b, a, format] of settings)
        if (b !== a)
            add('setting-changed', `${name} ${format(b)} → ${format(a)}`, false);
    return out;
}
/** Retention changes of one series (the rule's own points or one copy destination's). */
function diffRetention(plan, rule, label, before, after, steadyBefore, steadyAfter) {
    const parts = [];
    const compare = (text, b, a) => {
        if (a < b)
            parts.push({ text, direction: 'shorter' });
        else if (a > b)
            parts.push({ text, direction: 'longer' });
    };
    if ((before.days === undefined) !== (after.days === undefined)) {
        // days (AWS deletes) ↔ keep (pruning deletes): no bucket to compare; the steady state decides.
        parts.push({ text: `${describeRetention(before)} → ${describeRetention(after)}`, direction: 'other' });
    }
    else {
        if (before.days !== undefined && after.days !== undefined)
            compare(`days ${before.days} → ${after.days}`, before.days, after.days);
        for (const key of COUNT_KEYS) {
            const b = before.keep?.[key];
            const a = after.keep?.[key];
            if (b === a)
                continue;
            compare(`keep.${key} ${count(b)} → ${count(a)}`, countValue(b), countValue(a));
        }
        for (const key of WITHIN_KEYS) {
            const b = before.keep?.[key];
            const a = after.keep?.[key];
            if (b === a)
                continue;
            compare(`keep.${key} ${b ?? 'none'} → ${a ?? 'none'}`, withinHours(b), withinHours(a));
        }
    }
    if (before.hardLimitDays !== after.hardLimitDays)
        // A hard limit deletes kept points: adding one is shortening, removing one lengthening.
        compare(`hardLimitDays ${before.hardLimitDays ?? 'none'} → ${after.hardLimitDays ?? 'none'}`, before.hardLimitDays ?? Infinity, after.hardLimitDays ?? Infinity);
    if (before.coldAfterDays !== after.coldAfterDays)
        parts.push({
            text: `coldAfter ${before.coldAfterDays ?? 'none'} → ${after.coldAfterDays ?? 'none'} days`,
            direction: 'other',
        });
    if (parts.length === 0)
        return [];
    const sBefore = steadyBefore(before);
    const sAfter = steadyAfter(after);
    const holdsLess = fewer(sBefore, sAfter);
    const impact = `; steady state per resource: ${describeSteady(sBefore)} → ${describeSteady(sAfter)}`;
    const shorter = parts.filter((p) => p.direction === 'shorter');
    const longer = parts.filter((p) => p.direction === 'longer');
    const other = parts.filter((p) => p.direction === 'other');
    const changes = [];
    const push = (kind, texts, destructive, note = '') => changes.push({
        plan,
        rule,
        kind,
        detail: `${texts.map((p) => p.text).join(', ')}${label === '' ? '' : ` (${label})`}${note}${impact}`,
        destructive,
    });
    if (shorter.length > 0)
        push('retention-shortened', shorter, true, ': points older than the new policy allows will be deleted');
    if (longer.length > 0)
        push('retention-lengthened', longer, holdsLess && shorter.length === 0);
    if (other.length > 0)
        push('retention-changed', other, holdsLess && shorter.length === 0 && longer.length === 0);
    return changes;
}
/** Does `after` hold fewer points or reach less far back than `before`? */
function fewer(before, after) {
    if (after.kind === 'unbounded')
        return false;
    if (before.kind === 'unbounded')
        return true;
    if (after.points.max < before.points.max)
        return true;
    const b = before.oldest?.getTime();
    const a = after.oldest?.getTime();
    return b !== undefined && (a === undefined || a > b);
}
function describeSteady(s) {
    if (s.kind === 'unbounded')
        return `unbounded (${s.unlimited.join(', ')}: -1)`;
    const points = s.points.min === s.points.max ? `${s.points.now}` : `${s.points.min}–${s.points.max}`;
    const oldest = s.oldest ? `, oldest ${s.oldest.toISOString().slice(0, 10)}` : '';
    return `${points} ${s.points.max === 1 ? 'point' : 'points'}${oldest}${s.capped ? ' (beyond 50 years: at least)' : ''}`;
}
function count(v) {
    return v === undefined ? 'none' : v === -1 ? 'unlimited' : String(v);
}
function countValue(v) {
    return v === undefined ? 0 : v === -1 ? Infinity : v;
}
/** A restic duration in (calendar-average) hours, for ordering only. */
function withinHours(text) {
    if (text === undefined)
        return 0;
    const d = (0,engine/* parseWithin */.nM)(text);
    return d.years * 8766 + d.months * 730.5 + d.days * 24 + d.hours;
}
function rpo(minutes) {
    return minutes === undefined ? 'never fires twice in two years' : (0,duration/* formatMinutes */.dp)(minutes);
}
function show(v) {
    return v === undefined ? '(default)' : v;
}
function copyKey(c) {
    return `${c.account}\u0000${c.region}\u0000${c.vault}`;
}
function copyLabel(c) {
    return `${c.vault} (${c.account}, ${c.region})`;
}
function selectorMap(selectors) {
    return new Map(selectors.map((s) => [selectorKey(s), s]));
}
function selectorKey(s) {
    if ('arn' in s)
        return `arn:${s.arn}`;
    const tags = Object.entries(s.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `tags:${JSON.stringify(tags)}:${JSON.stringify([...(s.types ?? [])].sort())}`;
}
function describeSelector(s) {
    const tags = Object.entries(s.tags)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
    return `{${tags}}${s.types && s.types.length > 0 ? ` of types ${s.types.join(', ')}` : ''}`;
}

;// CONCATENATED MODULE: ./src/review/render.ts
// The review as people and programs read it: the sticky PR comment, the job summary, and JSON.
// Everything that comes from the plan files (ids, rule names, ARNs, tag values, details built from
// them) is escaped here; only our own words and symbols go in unescaped.



/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
const KIND_LABEL = {
    'plan-added': 'plan added',
    'plan-removed': 'plan removed',
    'rule-added': 'rule added',
    'rule-removed': 'rule removed',
    'resource-added': 'resource added',
    'resource-removed': 'resource removed',
    'selector-added': 'selector added',
    'selector-removed': 'selector removed',
    'exclude-added': 'exclude added',
    'exclude-removed': 'exclude removed',
    'schedule-changed': 'schedule changed',
    'retention-shortened': 'retention shortened',
    'retention-lengthened': 'retention lengthened',
    'retention-changed': 'retention changed',
    'copy-added': 'copy added',
    'copy-removed': 'copy removed',
    'role-changed': 'role changed',
    'account-changed': 'account changed',
    'region-changed': 'region changed',
    'vault-changed': 'vault changed',
    'namespace-changed': 'namespace changed',
    'setting-changed': 'setting changed',
};
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The one-line verdict. */
function verdict(review) {
    const { changes, errors } = review;
    const destructive = changes.filter((c) => c.destructive).length;
    const plans = new Set(changes.map((c) => c.plan)).size;
    const parts = [];
    if (errors.length > 0)
        parts.push(`❌ ${plural(errors.length, 'validation error')} in the head plans`);
    if (changes.length === 0)
        parts.push(errors.length > 0 ? 'no other changes' : '✅ no changes to backup plans');
    else if (destructive > 0)
        parts.push(`⚠️ ${destructive} of ${plural(changes.length, 'change')} ${destructive === 1 ? 'is' : 'are'} destructive (${plural(plans, 'plan')})`);
    else
        parts.push(`✅ ${plural(changes.length, 'change')} in ${plural(plans, 'plan')}, none destructive`);
    return parts.join('; ');
}
function banner(review) {
    const destructive = review.changes.filter((c) => c.destructive);
    if (destructive.length === 0)
        return [];
    const kinds = [...new Set(destructive.map((c) => KIND_LABEL[c.kind]))].join(', ');
    return [
        '> [!WARNING]',
        `> **This change loses protection, deletes recovery points or orphans them** (${kinds}). ` +
            'Check every ⚠️ row below before merging; deleted recovery points cannot be restored.',
        '',
    ];
}
/** First clause of a detail, for the table; the full text is in the collapsed details. */
function render_short(detail) {
    const cut = detail.search(/[:;]\s/);
    const head = cut > 0 ? detail.slice(0, cut) : detail;
    return head.length > 160 ? `${head.slice(0, 159)}…` : head;
}
function changesTable(changes) {
    if (changes.length === 0)
        return [];
    // Destructive first: a trimmed comment must never hide them.
    const ordered = [...changes.filter((c) => c.destructive), ...changes.filter((c) => !c.destructive)];
    return [
        '| | Plan | Rule | Change | What |',
        '| --- | --- | --- | --- | --- |',
        ...ordered.map((c) => `| ${c.destructive ? '⚠️' : '✅'} | ${(0,markdown/* escapeTableCell */.aL)(c.plan)} | ${c.rule === null ? '—' : (0,markdown/* escapeTableCell */.aL)(c.rule)} ` +
            `| ${KIND_LABEL[c.kind]} | ${(0,markdown/* escapeTableCell */.aL)(render_short(c.detail))} |`),
        '',
    ];
}
function render_where(row) {
    const t = row.target;
    return `${t.kind === 'copy' ? 'copy → ' : ''}${t.vault} (${t.account}, ${t.region})`;
}
function side(s) {
    if (!s)
        return { points: '—', oldest: '—' };
    if (s.steady.kind === 'unbounded')
        return { points: `unbounded (${s.steady.unlimited.join(', ')}: -1)`, oldest: 'first backup' };
    const p = s.steady.points;
    const points = `${p.min === p.max ? p.now : `${p.min}–${p.max}`}${s.steady.capped ? '+' : ''}`;
    return { points, oldest: s.steady.oldest ? s.steady.oldest.toISOString().slice(0, 10) : '—' };
}
function differs(row) {
    const a = side(row.before);
    const b = side(row.after);
    return (a.points !== b.points ||
        a.oldest !== b.oldest ||
        row.before?.retention !== row.after?.retention ||
        row.before?.rpoMinutes !== row.after?.rpoMinutes ||
        row.before?.storageGiB !== row.after?.storageGiB ||
        row.before?.costPerMonth !== row.after?.costPerMonth);
}
const arrow = (a, b) => (a === b ? a : `${a} → **${b}**`);
function planCells(p) {
    if (!p)
        return { resources: '—', storage: '—', cost: '—' };
    return {
        resources: String(p.resources),
        storage: p.storageGiB === null ? 'unbounded' : p.storageGiB.toFixed(1),
        cost: p.costPerMonth === null ? 'unbounded' : p.costPerMonth.toFixed(2),
    };
}
/** Storage and cost per plan, over its assumed resources and every vault, before → after. */
function planTable(rows, currency) {
    if (!rows || rows.length === 0)
        return [];
    const lines = [
        '### Impact: storage and cost per plan',
        '',
        `| Plan | Resources (assumed) | Storage (GiB) | Cost per month${currency ? ` (${(0,markdown/* escapeTableCell */.aL)(currency)})` : ''} |`,
        '| --- | --- | --- | --- |',
    ];
    for (const row of rows) {
        const a = planCells(row.before);
        const b = planCells(row.after);
        lines.push(`| ${(0,markdown/* escapeTableCell */.aL)(row.plan)} | ${arrow(a.resources, b.resources)} | ${arrow(a.storage, b.storage)} | ${arrow(a.cost, b.cost)} |`);
    }
    lines.push('', '<sub>Estimated with `simulate`’s storage model and price table, for assumed resource sizes: see “How the impact is computed”.</sub>', '');
    return lines;
}
const side3 = (n) => (n === undefined ? '—' : String(n));
/** The change's effect on the points that exist now: prune's planning under base and head, or why not. */
function liveSection(live) {
    if (!live)
        return [];
    if (!live.computed)
        return [
            `<sub>Impact on existing recovery points: not computed: ${(0,markdown/* escapeMarkdown */.FV)(live.reason)}.</sub>`,
            '',
        ];
    const lines = [
        '### Impact on existing recovery points',
        '',
        '| | Plan | Points now | Removed by the next prune | Left unpruned by the change |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const p of live.plans) {
        const before = p.before?.remove;
        const after = p.after?.remove;
        const worse = (after ?? 0) > (before ?? 0) || p.leftUnpruned > 0;
        lines.push(`| ${worse ? '⚠️' : '✅'} | ${(0,markdown/* escapeTableCell */.aL)(p.plan)} | ${p.points} | ${arrow(side3(before), side3(after))} | ${p.leftUnpruned} |`);
    }
    lines.push('', `<sub>Read with the read-only role ${(0,markdown/* code */.aY)(live.role)} by prune’s own planning in dry-run mode, under the base ` +
        'plans and under the head plans; nothing was changed. The removals are spread over prune’s runs, ' +
        'each deleting at most `max-deletions`. Points left unpruned are orphaned, of another namespace, or in a ' +
        'vault the head no longer keeps points in: prune never deletes them.</sub>', '');
    if (live.problems.length > 0) {
        lines.push('Not read, so not counted:', '');
        for (const problem of live.problems)
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(problem)}`);
        lines.push('');
    }
    return lines;
}
function impactTable(impact) {
    if (impact.rows.length === 0)
        return [];
    const hasStorage = impact.rows.some((r) => r.before?.storageGiB !== undefined || r.after?.storageGiB !== undefined);
    const hasCost = impact.rows.some((r) => r.before?.costPerMonth !== undefined || r.after?.costPerMonth !== undefined);
    // Storage is undefined on a side that grows without bound, or on a missing side.
    const num = (s, n, digits) => n !== undefined ? n.toFixed(digits) : s?.steady.kind === 'unbounded' ? 'unbounded' : '—';
    const header = ['Plan', 'Rule', 'Where', 'RPO', 'Points per resource', 'Oldest restorable'];
    if (hasStorage)
        header.push('GiB per resource');
    if (hasCost)
        header.push('Cost per resource per month');
    const lines = [
        '### Impact: steady state per resource',
        '',
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
    ];
    for (const row of impact.rows) {
        const a = side(row.before);
        const b = side(row.after);
        const rpoOf = (s) => (s ? rpo(s.rpoMinutes) : '—');
        const cells = [
            (0,markdown/* escapeTableCell */.aL)(row.plan),
            (0,markdown/* escapeTableCell */.aL)(row.rule),
            (0,markdown/* escapeTableCell */.aL)(render_where(row)),
            arrow(rpoOf(row.before), rpoOf(row.after)),
            arrow(a.points, b.points),
            arrow(a.oldest, b.oldest),
        ];
        if (hasStorage)
            cells.push(arrow(num(row.before, row.before?.storageGiB, 1), num(row.after, row.after?.storageGiB, 1)));
        if (hasCost)
            cells.push(arrow(num(row.before, row.before?.costPerMonth, 2), num(row.after, row.after?.costPerMonth, 2)));
        lines.push(`| ${differs(row) ? cells.join(' | ') : cells.map((c) => `<sub>${c}</sub>`).join(' | ')} |`);
    }
    lines.push('');
    return lines;
}
function details(review) {
    const lines = [];
    if (review.changes.length > 0) {
        lines.push('<details><summary>Every change in full</summary>', '');
        for (const c of review.changes)
            lines.push(`- ${c.destructive ? '⚠️ **destructive**' : '✅'} ${(0,markdown/* escapeMarkdown */.FV)(c.plan)}${c.rule === null ? '' : ` / ${(0,markdown/* escapeMarkdown */.FV)(c.rule)}`} — ${KIND_LABEL[c.kind]}: ${(0,markdown/* escapeMarkdown */.FV)(c.detail)}`);
        lines.push('', '</details>', '');
    }
    if (review.impact.rows.length > 0) {
        lines.push('<details><summary>How the impact is computed</summary>', '');
        lines.push(`Computed from the plan files alone: ${(0,markdown/* escapeMarkdown */.FV)(review.impact.method)}. It assumes:`, '');
        for (const a of review.impact.assumptions)
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(a)}`);
        lines.push('', 'Retention per series:', '');
        for (const row of review.impact.rows) {
            const b = row.before?.retention ?? 'none';
            const a = row.after?.retention ?? 'none';
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(`${row.plan} / ${row.rule} / ${render_where(row)}: ${b === a ? a : `${b} → ${a}`}; ${row.before ? describeSteady(row.before.steady) : 'none'} → ${row.after ? describeSteady(row.after.steady) : 'none'}`)}`);
        }
        lines.push('', '</details>', '');
    }
    if (review.skipped.length > 0) {
        lines.push('<details><summary>Plans not compared</summary>', '');
        for (const s of review.skipped)
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(s.plan)}: ${(0,markdown/* escapeMarkdown */.FV)(s.reason)}`);
        lines.push('', '</details>', '');
    }
    return lines;
}
function errorsSection(errors) {
    if (errors.length === 0)
        return [];
    return [
        '### Validation errors in the head plans',
        '',
        '| Where | Problem |',
        '| --- | --- |',
        ...errors.map((e) => `| ${(0,markdown/* code */.aY)(`${e.file}:${e.line}:${e.column}`, { tableCell: true })} | ${(0,markdown/* escapeTableCell */.aL)(e.message)} |`),
        '',
    ];
}
/** The review as Markdown: verdict, banner, errors, changes, impact, collapsed details. */
function renderReview(review, title = 'Backup plan review') {
    return [
        `## ${title}`,
        '',
        `**${verdict(review)}**`,
        '',
        ...banner(review),
        ...errorsSection(review.errors),
        ...changesTable(review.changes),
        ...impactTable(review.impact),
        ...planTable(review.impact.plans, review.impact.currency),
        ...liveSection(review.live),
        ...details(review),
    ].join('\n');
}
/** The sticky comment: marker first, trimmed under GitHub's limit with a note that names the job summary. */
function renderComment(review, marker, runUrl) {
    const body = `${marker}\n${renderReview(review)}`;
    // The run URL is built from the runner's env; parentheses would end the link early.
    const link = runUrl && /^https?:\/\//.test(runUrl)
        ? encodeURI(runUrl).replace(/\(/g, '%28').replace(/\)/g, '%29')
        : undefined;
    const where = link ? `the job summary of [this run](${link})` : 'the job summary of this run';
    // Headroom below the limit: GitHub counts characters, `length` counts UTF-16 units (never fewer).
    return (0,markdown/* trimMarkdown */.Cc)(body, COMMENT_LIMIT - 1_000, (0,markdown/* trimNote */.dG)(where), 'chars');
}
/** `{"changes": [...], "impact": {...}, "errors": [...]}`. */
function reviewJson(review) {
    return {
        changes: review.changes,
        impact: {
            method: review.impact.method,
            assumptions: review.impact.assumptions,
            ...(review.impact.currency ? { currency: review.impact.currency } : {}),
            series: review.impact.rows.map((row) => ({
                plan: row.plan,
                rule: row.rule,
                target: row.target,
                before: row.before ? seriesJson(row.before) : null,
                after: row.after ? seriesJson(row.after) : null,
            })),
            ...(review.impact.plans
                ? {
                    plans: review.impact.plans.map((row) => ({
                        plan: row.plan,
                        before: row.before ? planJson(row.before) : null,
                        after: row.after ? planJson(row.after) : null,
                    })),
                }
                : {}),
            ...(review.live ? { live: review.live } : {}),
        },
        errors: review.errors,
        skipped: review.skipped,
    };
}
const round = (n) => Math.round(n * 100) / 100;
const roundClasses = (c) => ({ WARM: round(c.WARM), COLD: round(c.COLD) });
function seriesJson(s) {
    return {
        retention: s.retention,
        rpoMinutes: s.rpoMinutes ?? null,
        ...steadyJson(s.steady),
        ...(s.storageGiB !== undefined ? { storageGiB: round(s.storageGiB) } : {}),
        ...(s.storageByClass !== undefined ? { storageByClass: roundClasses(s.storageByClass) } : {}),
        ...(s.costPerMonth !== undefined ? { costPerMonth: round(s.costPerMonth) } : {}),
    };
}
/** A plan's totals; null storage and cost when a series grows without bound. */
function planJson(p) {
    return {
        resources: p.resources,
        storageGiB: p.storageGiB === null ? null : round(p.storageGiB),
        storageByClass: p.storageByClass === null ? null : roundClasses(p.storageByClass),
        costPerMonth: p.costPerMonth === null ? null : round(p.costPerMonth),
    };
}

// EXTERNAL MODULE: ./src/review/live.ts
var live = __webpack_require__(5244);
;// CONCATENATED MODULE: ./src/review/review.ts
// A review from loaded plans: which plans can be compared, their semantic diff, and the impact of
// the plans that changed. Pure apart from the estimator it is given.



/** The plan id a file-level error belongs to; undefined for folder-level errors. */
function planIdOf(error) {
    const ext = (0,external_node_path_.extname)(error.file).toLowerCase();
    if (ext !== '.yml' && ext !== '.yaml')
        return undefined;
    return (0,external_node_path_.basename)(error.file, (0,external_node_path_.extname)(error.file));
}
async function buildReview(input) {
    // A plan that does not load on one side would look added or removed: leave it out and say why.
    const skipped = new Map();
    for (const e of input.head.errors) {
        const id = planIdOf(e);
        if (id !== undefined)
            skipped.set(id, 'has validation errors in the head; fix them to see its review');
    }
    for (const e of input.base.errors) {
        const id = planIdOf(e);
        if (id !== undefined && !skipped.has(id))
            skipped.set(id, `did not load at the base (${e.message}); compared as new`);
    }
    const headErrorIds = new Set(input.head.errors.map(planIdOf).filter((id) => id !== undefined));
    const base = input.base.plans.filter((p) => !headErrorIds.has(p.id));
    const head = input.head.plans.filter((p) => !headErrorIds.has(p.id));
    const changes = diffPlans(base, head, {
        timelines: input.timelines,
        ...(input.defaultNamespace !== undefined ? { defaultNamespace: input.defaultNamespace } : {}),
        ...(input.namespaceInput !== undefined ? { namespaceInput: input.namespaceInput } : {}),
    });
    const changed = new Set(changes.map((c) => c.plan));
    const [before, after] = await Promise.all([
        input.estimate(base.filter((p) => changed.has(p.id))),
        input.estimate(head.filter((p) => changed.has(p.id))),
    ]);
    return {
        changes,
        impact: compareImpact(before, after, changed),
        errors: input.head.errors,
        skipped: [...skipped]
            .map(([plan, reason]) => ({ plan, reason }))
            .sort((a, b) => (a.plan < b.plan ? -1 : 1)),
    };
}

// EXTERNAL MODULE: ./src/time/cron.ts
var cron = __webpack_require__(9025);
;// CONCATENATED MODULE: ./src/review/steady-state.ts



/** Counts are measured over the last year of the timeline, so weekday and month-length effects show as a range. */
const MEASURE_DAYS = 366;
/** No timeline reaches further back than this; longer retention is reported as such. */
const MAX_HORIZON_DAYS = 50 * 366;
/** The RPO is the longest gap over two years: every weekday, month end and DST change shows up. */
const RPO_DAYS = 2 * 366;
/** Points the retention engine may look at over one timeline; beyond it, pruning runs every few backups. */
const PRUNE_BUDGET = 300_000;
const BUCKET_DAYS = { last: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 31, yearly: 366 };
const WITHIN_BUCKET_DAYS = {
    within: 0,
    withinHourly: 1 / 24,
    withinDaily: 1,
    withinWeekly: 7,
    withinMonthly: 31,
    withinYearly: 366,
};
/** Keep keys with -1 (unlimited). */
function unlimitedKeys(retain) {
    return Object.entries(retain.keep ?? {})
        .filter(([, v]) => v === -1)
        .map(([k]) => k);
}
function withinDays(text) {
    const d = (0,engine/* parseWithin */.nM)(text);
    return d.years * 366 + d.months * 31 + d.days + d.hours / 24;
}
/** How far back (days) a retention can reach for a schedule whose longest gap is `rpoDays`: the timeline needs at least this much history. */
function retentionSpanDays(retain, rpoDays) {
    let span = 0;
    if (retain.days !== undefined)
        span = retain.days;
    for (const [key, value] of Object.entries(retain.keep ?? {})) {
        if (typeof value === 'number') {
            if (value <= 0)
                continue;
            const bucket = BUCKET_DAYS[key] ?? 0;
            span = Math.max(span, value * Math.max(bucket, rpoDays));
        }
        else if (typeof value === 'string') {
            const bucket = WITHIN_BUCKET_DAYS[key] ?? 0;
            span = Math.max(span, withinDays(value) + bucket);
        }
    }
    if (unlimitedKeys(retain).length > 0)
        span = Infinity;
    if (retain.hardLimitDays !== undefined)
        span = Math.min(span, retain.hardLimitDays);
    return span + 2 * rpoDays + 1;
}
/**
 * Steady state of `retain` for a schedule whose fire times are `times` (ascending, epoch ms, ending at
 * or before `now`). The caller makes `times` reach back `retentionSpanDays` + a year.
 */
function steadyState(times, retain, timezone, now, capped = false) {
    if (retain.keep !== undefined && retain.hardLimitDays === undefined) {
        const unlimited = unlimitedKeys(retain);
        if (unlimited.length > 0)
            return { kind: 'unbounded', unlimited };
    }
    const measureFrom = now.getTime() - MEASURE_DAYS * calendar/* MS_PER_DAY */.ec;
    // AWS's lifecycle: a point created at c is gone once c + N days has passed.
    const lifecycleDays = retain.keep !== undefined ? retain.hardLimitDays : retain.days;
    const expiredAt = (t) => (lifecycleDays === undefined ? -Infinity : t - lifecycleDays * calendar/* MS_PER_DAY */.ec);
    const counts = [];
    let held;
    if (retain.keep === undefined) {
        // Lifecycle only: points leave oldest first, so a moving start index is enough.
        let start = 0;
        for (let i = 0; i < times.length; i++) {
            const t = times[i];
            while (start <= i && times[start] <= expiredAt(t))
                start++;
            if (t >= measureFrom)
                counts.push(i + 1 - start);
        }
        held = times.slice(start).filter((t) => t > expiredAt(now.getTime()));
    }
    else {
        const keep = retain.keep;
        held = [];
        let unpruned = 0;
        for (let i = 0; i < times.length; i++) {
            const t = times[i];
            held.push(t);
            unpruned++;
            // Prune after every backup, as the scheduled runs do; only for very large policies (e.g.
            // `within: 1y` on an hourly schedule) every few backups, to bound the work. Counts are taken
            // right after a prune, and pruning the survivors again gives what pruning every time would.
            const stride = Math.max(1, Math.floor((held.length * times.length) / PRUNE_BUDGET));
            if (unpruned < stride && i !== times.length - 1)
                continue;
            unpruned = 0;
            const alive = held
                .filter((c) => c > expiredAt(t))
                .map((c) => ({ id: String(c), created: new Date(c) }));
            held = (0,engine/* applyRetention */.dX)(alive, keep, { timezone })
                .keep.map((k) => k.point.created.getTime())
                .sort((a, b) => a - b);
            if (t >= measureFrom)
                counts.push(held.length);
        }
        // Between the last slot and `now` the lifecycle may still expire points.
        held = held.filter((c) => c > expiredAt(now.getTime()));
    }
    const oldest = held[0]; // held is in ascending order
    return {
        kind: 'bounded',
        points: {
            min: counts.length > 0 ? Math.min(...counts, held.length) : held.length,
            max: counts.length > 0 ? Math.max(...counts, held.length) : held.length,
            now: held.length,
        },
        ...(oldest !== undefined ? { oldest: new Date(oldest) } : {}),
        held,
        ...(capped ? { capped: true } : {}),
    };
}
/**
 * Timelines of schedules, computed once per schedule and zone and shared by every rule, copy and side
 * (base, head) of a review that uses them.
 */
class Timelines {
    now;
    cache = new Map();
    steadyCache = new Map();
    rpoCache = new Map();
    constructor(now) {
        this.now = now;
    }
    /** Fire times in [now − days, now]. */
    times(schedule, timezone, days) {
        const key = `${timezone}\u0000${schedule}`;
        const fromMs = this.now.getTime() - days * calendar/* MS_PER_DAY */.ec;
        const hit = this.cache.get(key);
        if (hit && hit.fromMs <= fromMs) {
            const firstIndex = hit.times.findIndex((t) => t >= fromMs);
            return firstIndex < 0 ? [] : hit.times.slice(firstIndex);
        }
        const times = (0,cron/* fireTimes */.dC)(schedule, timezone, new Date(fromMs), this.now);
        this.cache.set(key, { fromMs, times });
        return times;
    }
    /** The schedule's recovery point objective: its longest gap between slots, in minutes. */
    rpoMinutes(schedule, timezone) {
        // Two years of fire times per call: asked for every rule and copy of both sides, so kept.
        const key = `${timezone}\u0000${schedule}`;
        if (this.rpoCache.has(key))
            return this.rpoCache.get(key);
        const minutes = (0,cron/* maximumGap */.TM)(schedule, timezone, new Date(this.now.getTime() - RPO_DAYS * calendar/* MS_PER_DAY */.ec), {
            days: RPO_DAYS,
        })?.minutes;
        this.rpoCache.set(key, minutes);
        return minutes;
    }
    steadyState(schedule, timezone, retain) {
        const key = JSON.stringify([schedule, timezone, retain]);
        const hit = this.steadyCache.get(key);
        if (hit)
            return hit;
        const result = this.computeSteadyState(schedule, timezone, retain);
        this.steadyCache.set(key, result);
        return result;
    }
    computeSteadyState(schedule, timezone, retain) {
        const rpoDays = (this.rpoMinutes(schedule, timezone) ?? RPO_DAYS * 24 * 60) / (24 * 60);
        const wanted = retentionSpanDays(retain, rpoDays) + MEASURE_DAYS;
        const capped = !Number.isFinite(wanted) || wanted > MAX_HORIZON_DAYS;
        const days = capped ? MAX_HORIZON_DAYS : Math.ceil(wanted);
        // An unbounded policy needs no timeline: steadyState answers from the policy alone.
        const times = unlimitedKeys(retain).length > 0 && retain.hardLimitDays === undefined
            ? []
            : this.times(schedule, timezone, days);
        return steadyState(times, retain, timezone, this.now, capped);
    }
}

;// CONCATENATED MODULE: ./src/commands/review.ts
// `review`: compare the plans at a pull request's base with its head; semantic diff, steady-state
// impact, one sticky PR comment, a job summary, annotations for the head's validation errors.
//
// Works without AWS credentials. Base plans come from `base` (a folder) or, on pull_request, from
// the base commit through the GitHub contents API, so a depth-1 checkout of the head suffices.
// Pull requests from forks get a read-only token: there (and whenever GitHub refuses the comment
// with 403) the review goes to the job summary and annotations only, and the run still succeeds.

















function pullRequestFromEvent(payload) {
    const pr = payload?.pull_request;
    if (!pr || typeof pr.number !== 'number' || typeof pr.base?.sha !== 'string')
        return undefined;
    // The base repository is the one the workflow runs in.
    const baseRepo = pr.base.repo?.full_name ?? process.env.GITHUB_REPOSITORY;
    const headRepo = pr.head?.repo?.full_name;
    return {
        number: pr.number,
        baseSha: pr.base.sha,
        baseRepo: typeof baseRepo === 'string' && baseRepo.includes('/')
            ? baseRepo
            : `${(0,github_octokit/* repositoryFromEnv */.iw)().owner}/${(0,github_octokit/* repositoryFromEnv */.iw)().repo}`,
        ...(typeof headRepo === 'string' ? { headRepo } : {}),
    };
}
function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The marker of this folder's review comment: two review jobs over two folders keep two comments. */
function reviewMarker(plansPath) {
    return `<!-- backup-plans:review plans=${encodeURIComponent(plansPath)} -->`;
}
/** The plans folder as a repository path ("/"-separated), from the workspace root. */
function repositoryPath(plans) {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, plans));
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        throw new Error(`the plans folder ${plans} is outside the repository checkout (${root})`);
    return rel.split(external_node_path_.sep).join('/') || '.';
}
async function loadBase(inputs, pr, host) {
    if (inputs.base)
        return (0,load/* loadPlans */.hr)(inputs.base, inputs.plan !== undefined ? { only: inputs.plan } : {});
    if (!pr)
        throw new Error('review compares against the base of a pull request: run it on `pull_request`, or pass the base plans folder (`base` input, --base DIR)');
    const [owner, repo] = pr.baseRepo.split('/');
    const path = repositoryPath(inputs.plans);
    const dest = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'review-base-')), (0,external_node_path_.basename)(path));
    const octokit = await (0,github_octokit/* createOctokit */.Qi)(inputs.githubToken ?? '');
    const found = await downloadFolder(octokit, { owner, repo, path, ref: pr.baseSha }, dest);
    if (!found) {
        host.info(`${path} does not exist at the base commit ${pr.baseSha.slice(0, 7)}: every plan is new`);
        return { plans: [], errors: [] };
    }
    const loaded = await (0,load/* loadPlans */.hr)(dest, inputs.plan !== undefined ? { only: inputs.plan } : {});
    // An empty folder at the base is no plans, not an error.
    if (loaded.plans.length === 0 && loaded.errors.every((e) => e.file === dest))
        return { plans: [], errors: [] };
    return loaded;
}
const reviewCommand = async (inputs, host) => {
    if (inputs.reviewRole?.trim()) {
        try {
            (0,live/* parseReviewRole */.O8)(inputs.reviewRole);
        }
        catch (error) {
            host.error(error.message);
            return 2;
        }
    }
    const event = host.kind === 'action' ? readEvent() : undefined;
    const pr = pullRequestFromEvent(event);
    const head = await (0,load/* loadPlans */.hr)(inputs.plans, inputs.plan !== undefined ? { only: inputs.plan } : {});
    for (const e of head.errors)
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
    host.setOutput('errors', head.errors.length);
    let base;
    try {
        base = await loadBase(inputs, pr, host);
    }
    catch (error) {
        host.error(`cannot read the base plans: ${error.message}`);
        return inputs.base || pr ? 1 : 2;
    }
    const repository = process.env.GITHUB_REPOSITORY || (host.kind === 'cli' ? (0,namespace/* repositoryFromGitOrigin */.ts)() : undefined);
    let model;
    try {
        model = {
            prices: inputs.prices ? (0,prices/* loadPriceTable */.QY)(inputs.prices) : prices/* BUNDLED_PRICES */.GZ,
            changeRate: cost_storage/* DEFAULT_CHANGE_RATE */.Yc,
            resourceGiB: cost_storage/* DEFAULT_RESOURCE_GIB */.yL,
            resourcesPerSelector: cost_storage/* RESOURCES_PER_SELECTOR */.gu,
        };
    }
    catch (error) {
        host.error(error.message);
        return 2;
    }
    const timelines = new Timelines(inputs.now ?? new Date());
    const review = await buildReview({
        base,
        head,
        timelines,
        estimate: retentionImpact(timelines, model),
        ...(repository ? { defaultNamespace: repository } : {}),
        ...(inputs.namespace ? { namespaceInput: inputs.namespace } : {}),
    });
    review.live = await review_live(inputs, host, base, head, new Set(review.changes.map((c) => c.plan)));
    const destructive = review.changes.filter((c) => c.destructive).length;
    host.setOutput('changes', review.changes.length);
    host.setOutput('destructive', destructive);
    const exitCode = head.errors.length > 0 ? 1 : 0;
    if (host.kind === 'cli') {
        if (inputs.json)
            process.stdout.write(`${JSON.stringify(reviewJson(review), null, 2)}\n`);
        else
            await host.summary(renderReview(review));
        return exitCode;
    }
    const reportFile = await writeArtifact('review-report', 'json', `${JSON.stringify(reviewJson(review), null, 2)}\n`);
    host.setOutput('report', reportFile);
    await host.summary(renderReview(review));
    if (destructive > 0)
        host.warning(`${destructive} destructive ${destructive === 1 ? 'change' : 'changes'} in the backup plans: see the review in the job summary`);
    if (!pr)
        return exitCode;
    const marker = reviewMarker(repositoryPath(inputs.plans));
    const body = renderComment(review, marker, (0,github_octokit/* runUrlFromEnv */.kk)());
    // The comment as a file: a `workflow_run` follow-up posts it for pull requests from forks.
    host.setOutput('comment', await writeArtifact('review-comment', 'md', body));
    await comment(inputs, host, pr, marker, body);
    return exitCode;
};
/** The live impact on existing points: only with a read-only role, and only for plans that changed. */
async function review_live(inputs, host, base, head, changed) {
    if (changed.size === 0)
        return undefined;
    if (!inputs.reviewRole?.trim())
        return { computed: false, reason: 'no read-only role is configured (`review-role`)' };
    const ids = (loaded) => loaded.errors.map(planIdOf).filter((id) => id !== undefined);
    try {
        // Loaded only here: a review without a role never loads the SDK or prune.
        const { liveImpact } = await Promise.all(/* import() */[__webpack_require__.e(422), __webpack_require__.e(695), __webpack_require__.e(349), __webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(556), __webpack_require__.e(462), __webpack_require__.e(717), __webpack_require__.e(188), __webpack_require__.e(583)]).then(__webpack_require__.bind(__webpack_require__, 7583));
        return await liveImpact({
            inputs,
            host,
            base: { plans: base.plans, ids: ids(base) },
            head: { plans: head.plans.filter((p) => !ids(head).includes(p.id)), ids: ids(head) },
            changed,
        });
    }
    catch (error) {
        const message = error.message ?? String(error);
        host.warning(`live impact not computed: ${message}`);
        return { computed: false, reason: `reading the existing points failed: ${message}` };
    }
}
async function writeArtifact(name, ext, text) {
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'backup-plans');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `${name}-${process.pid}-${Date.now()}.${ext}`);
    await (0,promises_.writeFile)(file, text, 'utf8');
    return file;
}
async function comment(inputs, host, pr, marker, body) {
    if (pr.headRepo === undefined || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) {
        host.info('pull request from a fork: its token is read-only, so the review is in the job summary and annotations ' +
            '(a `workflow_run` follow-up can post it as a comment; see the README)');
        return;
    }
    const [owner, repo] = pr.baseRepo.split('/');
    try {
        const octokit = await (0,github_octokit/* createOctokit */.Qi)(inputs.githubToken ?? '');
        const author = await tokenIdentity(octokit);
        const result = await upsertStickyComment({
            octokit,
            owner,
            repo,
            issueNumber: pr.number,
            marker,
            body,
            author,
        });
        host.info(`review comment ${result.action}: ${result.url}`);
    }
    catch (error) {
        const status = error.status;
        const message = (error.message ?? String(error)).split('\n')[0];
        if (status === 403)
            host.info(`GitHub refused the review comment (403: ${message}); the token is read-only here (e.g. a fork or Dependabot pull request, ` +
                'or the workflow lacks `permissions: pull-requests: write`), so the review is in the job summary');
        else
            host.warning(`could not write the review comment: ${status ? `GitHub answered ${status}: ` : ''}${message}`);
    }
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GZ: () => (/* binding */ BUNDLED_PRICES),
  QY: () => (/* binding */ loadPriceTable),
  oU: () => (/* binding */ pricePerGbMonth)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/cost/prices.json
const prices_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"AWS Backup pricing page, https://aws.amazon.com/backup/pricing/ (backup storage, GB-month; US East (N. Virginia) rates, used for every region not listed)","date":"2026-11-30","currency":"USD","unit":"GB-month","default":{"WARM":0.05,"COLD":0.0125},"regions":{"us-east-1":{"WARM":0.05,"COLD":0.0125}}}');
;// CONCATENATED MODULE: ./src/cost/prices.ts
// The price table `simulate` and `review` estimate monthly cost from: USD per GB-month per storage
// class and region, with its source and date (src/cost/prices.json; `--prices FILE` gives another).



const classPrices = schemas/* strictObject */.rej({ WARM: schemas/* number */.aig().nonnegative(), COLD: schemas/* number */.aig().nonnegative() });
const priceTableSchema = schemas/* object */.Ikc({
    source: schemas/* string */.YjP().min(1),
    date: schemas/* string */.YjP().min(1),
    currency: schemas/* string */.YjP().min(1),
    unit: schemas/* literal */.euz('GB-month'),
    default: classPrices,
    regions: schemas/* record */.g1P(schemas/* string */.YjP(), classPrices),
});
const BUNDLED_PRICES = priceTableSchema.parse(prices_namespaceObject);
/** Reads a price table file; the message names the file and what is wrong. */
function loadPriceTable(file) {
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new Error(`${file}: ${err.message}`, { cause: err });
    }
    const parsed = priceTableSchema.safeParse(data);
    if (!parsed.success)
        throw new Error(`${file}: invalid price table: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
}
/** Price per GB-month of a storage class in a region (the table's default where the region is missing). */
function pricePerGbMonth(table, region, storageClass) {
    return (table.regions[region] ?? table.default)[storageClass];
}


/***/ }),

/***/ 1700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ monthlyCost),
/* harmony export */   Yc: () => (/* binding */ DEFAULT_CHANGE_RATE),
/* harmony export */   gu: () => (/* binding */ RESOURCES_PER_SELECTOR),
/* harmony export */   kv: () => (/* binding */ pricesAssumption),
/* harmony export */   pX: () => (/* binding */ storageOf),
/* harmony export */   yL: () => (/* binding */ DEFAULT_RESOURCE_GIB),
/* harmony export */   z7: () => (/* binding */ storageAssumption)
/* harmony export */ });
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
// The storage model `simulate` and `review` share: how much a resource's recovery points occupy, by
// storage class, and what that costs a month. Backups are incremental: the oldest point of a resource
// in a vault is a full copy, every later one a changed fraction. Sizes are an assumption where AWS is
// not asked (the plans do not say how big their resources are); every output states it.

/** Changed fraction of a resource per incremental backup. */
const DEFAULT_CHANGE_RATE = 0.05;
/** GiB assumed for a resource whose size is not known (a synthesized world, a review). */
const DEFAULT_RESOURCE_GIB = 10;
/** Resources assumed behind one tag selector (a synthesized world, a review). */
const RESOURCES_PER_SELECTOR = 3;
/** Storage of one resource's points in one vault: the oldest full, every later one a changed fraction. */
function storageOf(points, sizeGiB, changeRate) {
    const byClass = { WARM: 0, COLD: 0 };
    const sorted = [...points].sort((a, b) => a.created.getTime() - b.created.getTime());
    sorted.forEach((p, i) => (byClass[p.storageClass] += i === 0 ? sizeGiB : sizeGiB * changeRate));
    return byClass;
}
/** Monthly cost of `storage` held in `region`, at the table's prices. */
function monthlyCost(storage, prices, region) {
    return (storage.WARM * (0,_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .pricePerGbMonth */ .oU)(prices, region, 'WARM') +
        storage.COLD * (0,_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .pricePerGbMonth */ .oU)(prices, region, 'COLD'));
}
/** The incremental assumption, in the words every output states it with. */
function storageAssumption(changeRate) {
    return `storage: the oldest point of each resource and vault is a full copy of the resource, every later one ${Math.round(changeRate * 10_000) / 100}% of it (incremental backups)`;
}
/** The price table, in the words every output names it with. */
function pricesAssumption(prices) {
    return `prices: ${prices.source}, ${prices.date}, ${prices.currency} per ${prices.unit}`;
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


/***/ }),

/***/ 5244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ compareLive),
/* harmony export */   O8: () => (/* binding */ parseReviewRole),
/* harmony export */   lI: () => (/* binding */ readerPlan)
/* harmony export */ });
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/([\w+=,.@/-]{1,512})$/;
const ROLE_NAME = /^[\w+=,.@/-]{1,512}$/;
/** The `review-role` input: a role name (then `arn:<partition>:iam::<account>:role/<name>` per account) or one role ARN. */
function parseReviewRole(value, partition = 'aws') {
    const text = value.trim();
    const arn = ROLE_ARN.exec(text);
    if (arn)
        return (account) => (account === arn[2] ? text : undefined);
    if (!ROLE_NAME.test(text) || text.startsWith('arn:'))
        throw new Error(`review-role: expected an IAM role name (e.g. backup-plans-review) or a role ARN, got "${text}"`);
    const name = text.replace(/^\/+/, '');
    return (account) => `arn:${partition}:iam::${account}:role/${name}`;
}
/**
 * The plan as the read-only role sees it: its role, and every copy destination's, replaced by the
 * reader of that account. Destinations in accounts without a reader are left out (named in `skipped`);
 * a plan whose own account has none is not read at all.
 */
function readerPlan(plan, readers) {
    const own = readers(plan.aws.account);
    if (!own)
        return { skipped: [{ account: plan.aws.account, vault: plan.vault }] };
    const skipped = [];
    const rules = plan.rules.map((rule) => ({
        ...rule,
        copyTo: rule.copyTo.flatMap((c) => {
            const role = readers(c.account);
            if (!role) {
                skipped.push({ account: c.account, vault: c.vault });
                return [];
            }
            return [{ ...c, role }];
        }),
    }));
    return { plan: { ...plan, aws: { ...plan.aws, role: own }, rules }, skipped };
}
function sideFacts(body, planId) {
    const facts = { judged: new Set(), orphans: new Set(), remove: 0, guarded: 0 };
    for (const v of body.vaults) {
        for (const g of v.groups)
            if (g.plan === planId)
                for (const p of g.points) {
                    facts.judged.add(p.arn);
                    if (p.outcome === 'would-delete')
                        facts.remove++;
                    if (p.outcome === 'guarded')
                        facts.guarded++;
                }
        for (const o of v.orphans)
            if (o.plan === planId)
                facts.orphans.add(o.arn);
    }
    return facts;
}
/** The two dry runs compared for the plans that changed. */
function compareLive(input) {
    const plans = [...input.plans].sort().map((id) => {
        const before = sideFacts(input.base, id);
        const after = sideFacts(input.head, id);
        const all = new Set([...before.judged, ...before.orphans, ...after.judged, ...after.orphans]);
        const headJudges = after.judged;
        let leftUnpruned = 0;
        for (const arn of before.judged)
            if (!headJudges.has(arn))
                leftUnpruned++;
        const side = (f) => ({
            remove: f.remove,
            guarded: f.guarded,
            orphans: f.orphans.size,
        });
        return {
            plan: id,
            points: all.size,
            before: input.inBase.has(id) ? side(before) : null,
            after: input.inHead.has(id) ? side(after) : null,
            leftUnpruned,
        };
    });
    const problems = [...input.problems, ...input.base.errors, ...input.head.errors];
    return { computed: true, role: input.role, plans, problems: [...new Set(problems)] };
}


/***/ })

};
