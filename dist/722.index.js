export const id = 722;
export const ids = [722];
export const modules = {

/***/ 722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_DAYS: () => (/* binding */ DEFAULT_DAYS),
  simulateCommand: () => (/* binding */ simulateCommand)
});

// EXTERNAL MODULE: ./src/simulator/index.ts + 22 modules
var simulator = __webpack_require__(6454);
// EXTERNAL MODULE: ./src/cost/prices.ts + 1 modules
var prices = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/simulate/render.ts
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
const day = (iso) => (iso ? iso.slice(0, 10) : '-');
function renderSimulation(result) {
    const out = [
        `Simulated ${result.days} days, ${day(result.start)} → ${day(result.end)} (${result.ticks} backup runs, ${result.pruneRuns} prune runs)`,
    ];
    for (const plan of result.plans) {
        out.push('', `Plan ${plan.id}: ${plan.jobs} backup jobs, ${plan.copies} copy jobs, ${plan.deleted} points deleted` +
            ` (rules: ${plan.rules.map((r) => `${r.name} ${r.slots} slots`).join(', ')})`);
        out.push(table(['resource', 'vault', 'points', 'oldest', 'warm GiB', 'cold GiB', `${result.prices.currency}/month`], plan.resources.map((r) => [
            r.arn,
            r.vault,
            String(r.recoveryPoints),
            day(r.oldest),
            r.storageByClass.WARM.toFixed(1),
            r.storageByClass.COLD.toFixed(1),
            r.costPerMonth.toFixed(2),
        ])));
    }
    out.push('', `Storage at the end: ${result.storageGiB.WARM.toFixed(1)} GiB warm, ${result.storageGiB.COLD.toFixed(1)} GiB cold; ` +
        `estimated ${result.costPerMonth.toFixed(2)} ${result.prices.currency}/month`, `API calls: ${Object.entries(result.apiCalls)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ') || 'none'}`, `Error answers (handled by the runs, e.g. a 404 confirming a delete): ${Object.entries(result.errorAnswers)
        .map(([op, n]) => `${op} ${n}`)
        .join(', ') || 'none'}`, 'Assumptions:', ...result.assumptions.map((a) => `  - ${a}`));
    if (result.violations.length === 0)
        out.push('Violations: none');
    else {
        out.push(`Violations (${result.violations.length}):`);
        out.push(...result.violations.slice(0, 50).map((v) => `  - ${v}`));
        if (result.violations.length > 50)
            out.push(`  … and ${result.violations.length - 50} more (--json lists all)`);
    }
    return out.join('\n');
}
/** A one-line progress bar for a TTY (`\r`-rewritten). */
function progressBar(fraction, width = 30) {
    const f = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(f * width);
    return `simulating [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(f * 100)}%`;
}

// EXTERNAL MODULE: ./src/retention/engine.ts + 1 modules
var engine = __webpack_require__(157);
// EXTERNAL MODULE: ./src/time/calendar.ts
var calendar = __webpack_require__(4051);
// EXTERNAL MODULE: ./src/time/cron.ts
var cron = __webpack_require__(9025);
// EXTERNAL MODULE: ./src/cost/storage.ts
var cost_storage = __webpack_require__(1700);
;// CONCATENATED MODULE: ./src/simulate/result.ts




const vaultName = (v) => `${v.account}/${v.region}/${v.name}`;
const sameVault = (a, b) => a.account === b.account && a.region === b.region && a.name === b.name;
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
function pointRules(p) {
    const value = p.tags['backup-plans:rules'];
    return value ? value.split(/[+,]/) : [];
}
function ownedBy(p, plan) {
    return p.tags['backup-plans:plan'] === plan.id;
}
/** The vaults a plan's points live in: its own and every copy destination. */
function planVaults(plan) {
    const vaults = [{ account: plan.aws.account, region: plan.aws.region, name: plan.vault }];
    for (const rule of plan.rules)
        for (const c of rule.copyTo) {
            const v = { account: c.account, region: c.region, name: c.vault };
            if (!vaults.some((x) => sameVault(x, v)))
                vaults.push(v);
        }
    return vaults;
}
/** Points the policy keeps (recomputed here with the retention engine) that are no longer held. */
function keptButGone(plan, input, heldArns) {
    const found = [];
    const check = (rule, vault, keep, timezone, label) => {
        const byResource = new Map();
        for (const p of input.seen.values())
            if (ownedBy(p, plan) && pointRules(p).includes(rule) && sameVault(p.vault, vault)) {
                const list = byResource.get(p.resourceArn) ?? [];
                list.push(p);
                byResource.set(p.resourceArn, list);
            }
        for (const [resource, points] of byResource) {
            const decision = (0,engine/* applyRetention */.dX)(points.map((p) => ({ id: p.arn, created: p.created })), keep, { timezone });
            for (const k of decision.keep)
                if (!heldArns.has(k.point.id))
                    found.push(`plan ${plan.id} rule ${rule} ${label}: ${resource}: point of ${k.point.created.toISOString()} is gone though the policy keeps it (${k.reasons.join(', ')})`);
        }
    };
    for (const rule of plan.rules) {
        const source = { account: plan.aws.account, region: plan.aws.region, name: plan.vault };
        if (rule.retain.keep)
            check(rule.name, source, rule.retain.keep, rule.timezone, `vault ${plan.vault}`);
        for (const c of rule.copyTo)
            if (c.retain.keep)
                check(rule.name, { account: c.account, region: c.region, name: c.vault }, c.retain.keep, rule.timezone, `copy vault ${c.region}/${c.vault}`);
    }
    return found;
}
/** Slots that fell due with no backup job of the resource created between the slot and the next one. */
function missedSlots(plan, input, resources) {
    const missed = [];
    const createdByResource = new Map();
    for (const j of input.jobs) {
        const list = createdByResource.get(j.resourceArn);
        if (list)
            list.push(j.createdMs);
        else
            createdByResource.set(j.resourceArn, [j.createdMs]);
    }
    for (const list of createdByResource.values())
        list.sort((a, b) => a - b);
    const rules = plan.rules.map((rule) => {
        const slots = [];
        let slot = (0,cron/* nextSlot */.yo)(rule.schedule, rule.timezone, new Date(input.start.getTime() - 1));
        // The last slot needs time for its job: slots within the final hour are not judged.
        const lastJudged = input.end.getTime() - calendar/* MS_PER_HOUR */.C_;
        while (slot && slot.getTime() <= lastJudged) {
            slots.push(slot);
            slot = (0,cron/* nextSlot */.yo)(rule.schedule, rule.timezone, slot);
        }
        for (const resource of resources) {
            const created = createdByResource.get(resource) ?? [];
            slots.forEach((s, i) => {
                const until = slots[i + 1]?.getTime() ?? Infinity;
                if (!created.some((t) => t >= s.getTime() && t < until))
                    missed.push(`plan ${plan.id} rule ${rule.name}: ${resource}: missed slot ${s.toISOString()}`);
            });
        }
        return { name: rule.name, slots: slots.length };
    });
    return { rules, missed };
}
function summarize(input) {
    const heldArns = new Set(input.held.map((p) => p.arn));
    const violations = [];
    let totalCost = 0;
    const storage = { WARM: 0, COLD: 0 };
    const plans = input.plans.map((plan) => {
        const vaults = planVaults(plan);
        const sourceVault = vaults[0];
        const ofPlan = planResources(plan, input);
        const jobs = input.jobs.filter((j) => sameVault(j.vault, sourceVault) && ofPlan.has(j.resourceArn));
        const explicit = plan.resources.include.flatMap((s) => ('arn' in s ? [s.arn] : []));
        const resources = [...new Set([...jobs.map((j) => j.resourceArn), ...explicit])]
            .filter((arn) => !plan.resources.exclude.includes(arn))
            .sort();
        const destinationArns = new Set(vaults.slice(1).map((v) => `arn:aws:backup:${v.region}:${v.account}:backup-vault:${v.name}`));
        const copies = input.copies.filter((c) => destinationArns.has(c.destinationVaultArn) && resources.includes(c.resourceArn));
        const results = [];
        for (const vault of vaults)
            for (const arn of resources) {
                const points = input.held.filter((p) => p.resourceArn === arn && sameVault(p.vault, vault) && ownedBy(p, plan));
                const byClass = (0,cost_storage/* storageOf */.pX)(points, input.sizes.get(arn) ?? 1, input.changeRate);
                const cost = (0,cost_storage/* monthlyCost */.Ho)(byClass, input.prices, vault.region);
                storage.WARM += byClass.WARM;
                storage.COLD += byClass.COLD;
                totalCost += cost;
                const oldest = points.reduce((min, p) => (!min || p.created < min ? p.created : min), undefined);
                results.push({
                    arn,
                    vault: vaultName(vault),
                    recoveryPoints: points.length,
                    oldest: oldest ? oldest.toISOString() : null,
                    storageGiB: round(byClass.WARM + byClass.COLD),
                    storageByClass: { WARM: round(byClass.WARM), COLD: round(byClass.COLD) },
                    costPerMonth: round(cost),
                });
            }
        const failedJobs = jobs.filter((j) => ['FAILED', 'EXPIRED', 'ABORTED'].includes(j.state));
        for (const j of failedJobs)
            violations.push(`plan ${plan.id}: backup job of ${j.resourceArn} at ${new Date(j.createdMs).toISOString()} ended ${j.state}${j.statusMessage ? `: ${j.statusMessage}` : ''}`);
        for (const c of copies.filter((c) => ['FAILED', 'ABORTED'].includes(c.state)))
            violations.push(`plan ${plan.id}: copy of ${c.resourceArn} to ${c.destinationVaultArn} ended ${c.state}`);
        violations.push(...keptButGone(plan, input, heldArns));
        const { rules, missed } = missedSlots(plan, input, resources);
        violations.push(...missed);
        const created = [...input.seen.values()].filter((p) => ownedBy(p, plan) && vaults.some((v) => sameVault(v, p.vault))).length;
        const held = input.held.filter((p) => ownedBy(p, plan)).length;
        return {
            id: plan.id,
            resources: results,
            jobs: jobs.length,
            copies: copies.length,
            deleted: created - held,
            failedJobs: failedJobs.length,
            rules,
        };
    });
    // Error answers the runs expect and handle (a deleted point's DescribeRecoveryPoint 404, Backup
    // ListTags on a native snapshot) are counted, not violations; a failed call is one a run reported.
    for (const e of new Set(input.hostErrors))
        violations.push(`a run reported: ${e}`);
    const assumptions = [
        (0,cost_storage/* storageAssumption */.z7)(input.changeRate),
        input.defaultSizeGiB !== undefined
            ? `resource sizes: every synthesized resource is ${input.defaultSizeGiB} GiB (no world file given)`
            : 'resource sizes: from the world file (1 GiB where none is given)',
        (0,cost_storage/* pricesAssumption */.kv)(input.prices),
        input.backupAssumption,
        input.pruneAssumption,
    ];
    return {
        days: input.days,
        start: input.start.toISOString(),
        end: input.end.toISOString(),
        plans,
        apiCalls: Object.fromEntries(Object.entries(input.apiCalls).sort(([a], [b]) => a.localeCompare(b))),
        errorAnswers: input.failedCalls,
        costPerMonth: round(totalCost),
        storageGiB: { WARM: round(storage.WARM), COLD: round(storage.COLD) },
        violations,
        assumptions,
        prices: { source: input.prices.source, date: input.prices.date, currency: input.prices.currency },
        ticks: input.ticks,
        pruneRuns: input.pruneRuns,
        skippedPlanRuns: input.skippedPlanRuns,
        held: input.held,
    };
}
/** Resources whose points name this plan (the plan's own selection, as the runs resolved it). */
function planResources(plan, input) {
    const set = new Set();
    for (const p of input.seen.values())
        if (ownedBy(p, plan))
            set.add(p.resourceArn);
    for (const s of plan.resources.include)
        if ('arn' in s)
            set.add(s.arn);
    return set;
}
/** The `--json` shape, exactly. */
function simulationJson(result) {
    return {
        days: result.days,
        plans: result.plans.map((p) => ({
            id: p.id,
            resources: p.resources.map((r) => ({
                arn: r.arn,
                vault: r.vault,
                recoveryPoints: r.recoveryPoints,
                oldest: r.oldest,
                storageGiB: r.storageGiB,
            })),
            jobs: p.jobs,
            copies: p.copies,
            deleted: p.deleted,
        })),
        apiCalls: result.apiCalls,
        costPerMonth: result.costPerMonth,
        violations: result.violations,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/clients.ts + 2 modules
var clients = __webpack_require__(4019);
// EXTERNAL MODULE: ./src/aws/client-config.ts
var client_config = __webpack_require__(6925);
// EXTERNAL MODULE: ./src/aws/forwarding-http-handler.ts
var forwarding_http_handler = __webpack_require__(6934);
// EXTERNAL MODULE: ./src/aws/redact.ts
var redact = __webpack_require__(4256);
// EXTERNAL MODULE: ./src/backup/run.ts + 9 modules
var run = __webpack_require__(9115);
// EXTERNAL MODULE: ./src/plan/namespace.ts
var namespace = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/plan/select.ts
var plan_select = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/prune/catalog.ts
var prune_catalog = __webpack_require__(8215);
// EXTERNAL MODULE: ./src/prune/run.ts + 8 modules
var prune_run = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/prune/targets.ts
var targets = __webpack_require__(3670);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
// EXTERNAL MODULE: ./src/simulate/engine.ts
var simulate_engine = __webpack_require__(4418);
// EXTERNAL MODULE: ./src/simulate/engine-host.ts
var engine_host = __webpack_require__(8941);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/simulate/engine-thread.ts
// simulate's engine in a worker thread: the simulator's HTTP server and state live there, so its
// request handling runs on another core than the runs' SDK clients and decisions. The worker's script
// is the bundle entry this process started from (engine-host.ts). A worker that fails or exits fails
// every call, pending or later, with its reason; close() terminates it. The engine's `transport` port
// carries the runs' HTTP requests to the worker, which sends them (aws/forwarding-http-handler.ts).


/** An error from the worker, as thrown there. */
function revive(error) {
    const revived = new Error(error.message);
    revived.name = error.name;
    if (error.stack)
        revived.stack = error.stack;
    return revived;
}
async function startWorkerEngine(entry, setup) {
    const transport = new external_node_worker_threads_.MessageChannel();
    const worker = new external_node_worker_threads_.Worker(new URL(entry), {
        argv: [engine_host/* ENGINE_WORKER_ARG */.he],
        workerData: { setup, transport: transport.port2 },
        transferList: [transport.port2],
    });
    const pending = new Map();
    let failure;
    let closing = false;
    let nextId = 0;
    let ready;
    const started = new Promise((resolve, reject) => (ready = { resolve, reject }));
    const fail = (error) => {
        failure ??= error;
        ready.reject(failure);
        for (const settle of pending.values())
            settle.reject(failure);
        pending.clear();
    };
    worker.on('error', (error) => fail(new Error(`simulate: the simulator's worker thread failed: ${error.message}`)));
    worker.on('messageerror', (error) => fail(new Error(`simulate: a message from the simulator's worker thread was unreadable: ${error.message}`)));
    worker.on('exit', (code) => {
        if (!closing)
            fail(new Error(`simulate: the simulator's worker thread exited early (exit code ${code})`));
    });
    worker.on('message', (message) => {
        if (message.type === 'ready')
            return ready.resolve(message.started);
        if (message.type === 'answer') {
            pending.get(message.id)?.resolve(message.value);
            pending.delete(message.id);
        }
        else if (message.id === undefined)
            fail(revive(message.error));
        else {
            pending.get(message.id)?.reject(revive(message.error));
            pending.delete(message.id);
        }
    });
    const call = (method, ...args) => {
        if (failure)
            return Promise.reject(failure);
        const id = nextId++;
        worker.postMessage({ id, method, args });
        return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    };
    const terminate = async () => {
        closing = true;
        fail(new Error("simulate: the simulator's worker thread was closed"));
        transport.port1.close();
        await worker.terminate();
    };
    let info;
    try {
        info = (await started);
    }
    catch (error) {
        await terminate();
        throw error;
    }
    return {
        ...info,
        transport: transport.port1,
        afterRuns: () => call('afterRuns'),
        afterPrune: () => call('afterPrune'),
        afterRunsThenNext: (slots, pruneIfChanged) => call('afterRunsThenNext', slots, pruneIfChanged),
        afterPruneThenNext: (slots) => call('afterPruneThenNext', slots),
        next: (slots) => call('next', slots),
        finish: () => call('finish'),
        result: () => call('result'),
        // Terminating the worker ends its server and sockets with it; the runs' clients are gone by now.
        close: terminate,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/plan/resource-types.ts
var resource_types = __webpack_require__(1619);
;// CONCATENATED MODULE: ./src/simulate/world.ts
// The world a simulation runs in when the user gives none: what the plans name, made to exist.
// Each explicit ARN is a resource, each tag selector gets three resources carrying its tags (of its
// `types`, in turn), and every vault, account and role the plans name exists. Sizes are a stated
// default, since the plans do not say how big their resources are.



const hex = (seed, n) => (0,external_node_crypto_.createHash)('sha256').update(seed).digest('hex').slice(0, n);
/** An ARN of the given type (as plan selectors name types), unique for `seed`. */
function arnOfType(type, account, region, seed) {
    const id = hex(seed, 17);
    switch (type) {
        case 'rds:db':
            return `arn:aws:rds:${region}:${account}:db:sim-${id.slice(0, 10)}`;
        case 'rds:cluster':
            return `arn:aws:rds:${region}:${account}:cluster:sim-${id.slice(0, 10)}`;
        case 'elasticfilesystem:file-system':
            return `arn:aws:elasticfilesystem:${region}:${account}:file-system/fs-${id}`;
        case 'dynamodb:table':
            return `arn:aws:dynamodb:${region}:${account}:table/sim-${id.slice(0, 10)}`;
        case 'ec2:instance':
            return `arn:aws:ec2:${region}:${account}:instance/i-${id}`;
        default:
            return `arn:aws:ec2:${region}:${account}:volume/vol-${id}`;
    }
}
function selectorResources(plan, selector, index) {
    if ('arn' in selector)
        return [{ arn: selector.arn, sizeGiB: cost_storage/* DEFAULT_RESOURCE_GIB */.yL }];
    const types = selector.types && selector.types.length > 0 ? selector.types : ['ec2:volume'];
    return Array.from({ length: cost_storage/* RESOURCES_PER_SELECTOR */.gu }, (_, i) => ({
        arn: arnOfType(types[i % types.length], plan.aws.account, plan.aws.region, `${plan.id}/${index}/${i}`),
        tags: { ...selector.tags },
        sizeGiB: cost_storage/* DEFAULT_RESOURCE_GIB */.yL,
    }));
}
/** A world holding what `plans` need; its clock starts at `start`. */
function synthesizeWorld(plans, start) {
    const accounts = new Set();
    const roles = new Set();
    const vaults = new Map();
    const resources = new Map();
    const addVault = (account, region, name) => {
        accounts.add(account);
        vaults.set(`${account}/${region}/${name}`, { account, region, name });
    };
    for (const plan of plans) {
        addVault(plan.aws.account, plan.aws.region, plan.vault);
        roles.add(plan.aws.role);
        for (const rule of plan.rules)
            for (const copy of rule.copyTo) {
                addVault(copy.account, copy.region, copy.vault);
                if (copy.role)
                    roles.add(copy.role);
            }
        const excluded = new Set(plan.resources.exclude);
        plan.resources.include.forEach((selector, index) => {
            for (const r of selectorResources(plan, selector, index))
                if (!excluded.has(r.arn) && !resources.has(r.arn)) {
                    // S3 and other ARNs without account/region take the plan's.
                    const parsed = (0,resource_types/* parseArn */.Lw)(r.arn);
                    if (parsed && (!parsed.account || !parsed.region))
                        Object.assign(r, { account: plan.aws.account, region: plan.aws.region });
                    resources.set(r.arn, r);
                }
        });
    }
    for (const role of roles) {
        const account = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(role)?.[1];
        if (account)
            accounts.add(account);
    }
    return {
        start: start.toISOString(),
        accounts: [...accounts],
        // No trust policy: the simulated STS accepts the simulation's stand-in ID token for any of them.
        roles: [...roles].map((arn) => ({ arn })),
        vaults: [...vaults.values()],
        resources: [...resources.values()],
    };
}

;// CONCATENATED MODULE: ./src/simulate/run.ts
// `simulate`: the real backup and prune runs (src/backup/run.ts, src/prune/run.ts), in process, against
// a simulator of its own on a loopback port, over N simulated days; the simulator and what is read of
// its state between runs form the tick engine (engine.ts), in a worker thread when this process started
// from a bundle (engine-thread.ts), so its request handling runs on another core; that worker then also
// sends the runs' HTTP requests (aws/forwarding-http-handler.ts). The product talks to the
// simulator through the real SDK over HTTP (AWS_ENDPOINT_URL_*), with OIDC credentials from a
// stand-in ID token (as the demo's). Time jumps from event to event: the next slot of any rule, a
// backup or copy job ending (the simulator's next queued event), or the end; a backup run happens only
// at those instants, for the plans the event concerns (BACKUP_ASSUMPTION). Prune runs at most once per
// simulated day, when new points appeared since the last prune, and once more at the end
// (PRUNE_ASSUMPTION says why that ends in the same points).
























/**
 * The reusable workflow prunes after every backup run. Retention decides from the points alone
 * (buckets and counts, "within" relative to the newest point), and a point it drops once it drops
 * at every later run, so pruning daily and at the end removes the same points, at most a day later.
 */
const PRUNE_ASSUMPTION = 'prune: runs once per simulated day in which new recovery points appeared, and at the end (the reusable workflow prunes after every backup run; the same points go, at most a day later, so the end state is the same)';
/**
 * A backup run decides from the plan's slots and its resources' jobs and points, so a plan with no
 * slot falling due and no job of its resources ending since its last run would find what it found
 * then and do nothing. A job on a resource that two plans back up (or one no plan's tag names) wakes
 * every plan: one plan's job can be what kept the other's from starting.
 */
const BACKUP_ASSUMPTION = 'backup: runs at each slot of a rule and whenever a backup or copy job ends, for the plans it concerns (a plan with neither a slot nor an ended job of its resources would find nothing to do)';
const ENDPOINT_VARIABLES = [
    'AWS_ENDPOINT_URL_BACKUP',
    'AWS_ENDPOINT_URL_STS',
    'AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API',
];
/** Points the SDK at the simulator for the run (the SDK reads these itself), restoring them afterwards. */
function pointSdkAt(url) {
    const saved = ENDPOINT_VARIABLES.map((name) => [name, process.env[name]]);
    for (const name of ENDPOINT_VARIABLES)
        process.env[name] = url;
    return () => {
        for (const [name, value] of saved)
            if (value === undefined)
                delete process.env[name];
            else
                process.env[name] = value;
    };
}
const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
/**
 * The demo's stand-in for GitHub's OIDC token: unsigned, issued on the simulated clock (the
 * simulator checks claims, not GitHub's signature, and says so in its README).
 */
function idTokenOnSimulatedClock(nowMs, repository) {
    return {
        getIdToken: (audience) => {
            const iat = Math.floor(nowMs() / 1000);
            const claims = {
                iss: 'https://token.actions.githubusercontent.com',
                aud: audience,
                sub: `repo:${repository}:ref:refs/heads/main`,
                repository,
                iat,
                nbf: iat,
                exp: iat + 300,
            };
            return Promise.resolve(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`);
        },
    };
}
/** A host that keeps what the runs say: errors become findings, the rest is dropped. */
function capturingHost(idTokens) {
    const errors = [];
    return {
        kind: 'cli',
        errors,
        info: () => { },
        warning: () => { },
        error: (message) => errors.push(message),
        summary: () => Promise.resolve(),
        setOutput: () => { },
        setSecret: () => { },
        ...(idTokens ? { idTokens } : {}),
    };
}
/** The earliest slot of the plan's rules after `after` (Infinity: none). */
function nextSlotOfPlan(plan, after) {
    let next = Infinity;
    for (const rule of plan.rules) {
        const slot = (0,cron/* nextSlot */.yo)(rule.schedule, rule.timezone, after);
        if (slot && slot.getTime() < next)
            next = slot.getTime();
    }
    return next;
}
function namespaceFor(plans, inputs, host) {
    const ctx = new context/* RunContext */.Z('simulate', inputs, host);
    try {
        return ctx.namespaceOf(plans[0]);
    }
    catch (err) {
        if (err instanceof namespace/* NamespaceError */.Gt)
            return 'backup-plans/simulate';
        throw err;
    }
    finally {
        ctx.destroy();
    }
}
/**
 * The keep-alive agent every run's clients share (see shareHttpAgent). A run ends by destroying its
 * clients, which destroys their agent: here that keeps the connections for the next run; close()
 * ends them when the simulation does.
 */
class LentAgent extends external_node_http_.Agent {
    destroy() { }
    close() {
        super.destroy();
    }
}
/** The thread BACKUP_PLANS_SIMULATE_THREAD asks for, if any. */
function threadFromEnv(value) {
    if (value === undefined || value === '')
        return undefined;
    if (value === 'main' || value === 'worker')
        return value;
    throw new Error(`BACKUP_PLANS_SIMULATE_THREAD: "${value}" is neither main nor worker`);
}
/**
 * The engine (the simulator and its between-runs bookkeeping) in a worker thread when this process
 * started from a bundle that can host it and has a second core to run it on, else in process (tests
 * run from src/); `thread` forces one. On one core a worker would only add the threads' handovers.
 */
async function startEngine(setup, thread) {
    // BACKUP_PLANS_SIMULATE_THREAD=main|worker: the same choice for a bundle, to compare both on one build.
    thread ??= threadFromEnv(process.env.BACKUP_PLANS_SIMULATE_THREAD);
    const host = (0,engine_host/* engineHost */.nd)();
    if (thread === 'worker' && !host)
        throw new Error('simulate: no bundle entry to start the worker thread from');
    const worker = thread === 'worker' || (thread === undefined && (0,external_node_os_.availableParallelism)() > 1);
    return worker && host ? startWorkerEngine(host, setup) : (0,simulate_engine/* startInProcessEngine */.b)(setup);
}
/** Runs the plans over `days` simulated days and reports what they would hold and cost. */
async function simulatePlans(options) {
    const start = options.world?.start ? new Date(options.world.start) : (options.start ?? new Date());
    const world = options.world ?? synthesizeWorld(options.plans, start);
    const endMs = start.getTime() + options.days * calendar/* MS_PER_DAY */.ec;
    const planIds = options.plans.map((p) => p.id);
    const engine = await startEngine({ world: { ...world, start: start.toISOString() }, planIds, endMs }, options.thread);
    try {
        return await simulateWith(engine, options, world, start, endMs);
    }
    finally {
        await engine.close();
    }
}
/** simulatePlans' loop: the runs, with the engine between them. */
async function simulateWith(engine, options, world, start, endMs) {
    const startMs = start.getTime();
    const planIds = options.plans.map((p) => p.id);
    // The simulated clock, as the engine last reported it: it moves only between runs.
    let now = engine.now;
    const restoreEnv = pointSdkAt(engine.url);
    // The runs' clients share one keep-alive agent; with the simulator in a worker, that worker sends
    // their requests instead (engine-worker.ts), off this thread.
    const { transport } = engine;
    const agent = transport ? undefined : new LentAgent({ keepAlive: true, maxSockets: 50 });
    if (transport)
        (0,client_config/* shareRequestHandler */.$u)(new forwarding_http_handler/* ForwardingHttpHandler */.WN(transport));
    else
        (0,clients/* shareHttpAgent */.b3)(agent);
    // The runs' SDK clients, kept from run to run: each run binds its own credentials, renewal and clock.
    const pool = new clients/* ClientPool */.sh();
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'backup-plans-simulate-'));
    const baseInputs = {
        command: 'backup',
        plans: options.plansDir,
        ...(options.plan ? { plan: options.plan } : {}),
        dryRun: false,
        wait: false,
        // No cap: the simulation shows the policy's steady state, not a rate-limited catch-up.
        maxDeletions: Number.MAX_SAFE_INTEGER,
        applyRetentionToExisting: false,
    };
    const probeHost = capturingHost(undefined);
    const namespace = options.namespace ?? namespaceFor(options.plans, baseInputs, probeHost);
    const host = capturingHost(idTokenOnSimulatedClock(() => now, namespace));
    const inputs = { ...baseInputs, namespace };
    // The runs write no report file (reportFile: false) and render no job summary (jobSummary: false):
    // simulate reads its result from the engine, and ~1,600 reports and summaries at 400 days cost the
    // loop their JSON, redaction, write and Markdown. RUNNER_TEMP still points at a temp folder of
    // simulate's own, removed at the end, for anything a run would write.
    const env = { ...process.env, RUNNER_TEMP: temp, GITHUB_REPOSITORY: namespace };
    // Each `plan` selection is read from the folder once, by the first run that makes it, and handed to
    // the later runs: the result describes the plans the simulation started with, not later edits of
    // their files (prune's runs use `options.plans` itself).
    const selections = new Map();
    const selected = (plan) => {
        let selection = selections.get(plan ?? '');
        if (!selection)
            selections.set(plan ?? '', (selection = (0,plan_select/* selectPlans */.H)(options.plansDir, plan)));
        return selection;
    };
    const catalog = new prune_catalog/* Catalog */.WC();
    const judged = options.plans.map((plan) => ({ plan, namespace }));
    const folderPlanIds = new Set(planIds);
    let ticks = 0;
    let pruneRuns = 0;
    // Plan runs an all-plans run at each event would have made that found nothing to do.
    let skippedPlanRuns = 0;
    // New points (or new ownership tags) since the last prune, and when that prune ran.
    let unpruned = false;
    let lastPruneMs = -Infinity;
    // Every run assumes the role anew (as a scheduled job would); its finished session's secrets are
    // forgotten after it, as its process would have ended (see forgetSecretsAfter).
    const secretsMark = (0,redact/* registeredSecrets */.wW)();
    // One backup run of the selection `runInputs.plan` names. It reads ownership tags through prune's
    // catalog, as an earlier run's proof (never for a delete).
    const backupRun = async (runInputs) => (0,run.runBackup)(runInputs, host, {
        env,
        pool,
        selected: await selected(runInputs.plan),
        tagMemo: catalog,
        reportFile: false,
        jobSummary: false,
    });
    // A prune run; the engine records the points after it (afterPrune, or with the next tick).
    const pruneNow = async () => {
        unpruned = false;
        lastPruneMs = now;
        pruneRuns++;
        await prune(inputs, host, env, pool, judged, folderPlanIds, catalog);
        (0,redact/* forgetSecretsAfter */.F8)(secretsMark);
    };
    try {
        // The plans to run now: all of them at the start.
        let due = planIds;
        for (;;) {
            if (due.length === planIds.length) {
                await backupRun(inputs);
                ticks++;
            }
            else
                for (const plan of due) {
                    await backupRun({ ...inputs, plan });
                    ticks++;
                }
            skippedPlanRuns += planIds.length - due.length;
            (0,redact/* forgetSecretsAfter */.F8)(secretsMark);
            // The clock moves only in the engine's next(), so the next slots are known before the prune.
            const slots = options.plans.map((plan) => nextSlotOfPlan(plan, new Date(now)));
            // Prune when points changed since the last prune and that was a day ago or more. The engine
            // records the runs' points and moves to the next tick in one call, unless that prune comes first.
            const pruneDue = now - lastPruneMs >= calendar/* MS_PER_DAY */.ec;
            let tick;
            if (unpruned && pruneDue)
                await engine.afterRuns();
            else {
                const step = await engine.afterRunsThenNext(slots, pruneDue);
                if (step.changed)
                    unpruned = true;
                tick = step.tick;
            }
            if (!tick) {
                await pruneNow();
                tick = await engine.afterPruneThenNext(slots);
            }
            options.onProgress?.((now - startMs) / (endMs - startMs));
            now = tick.now;
            due = tick.due;
            if (due.length === 0)
                break;
        }
        const end = await engine.finish();
        now = end.now;
        if (end.changed)
            unpruned = true;
        if (unpruned) {
            await pruneNow();
            await engine.afterPrune();
        }
        options.onProgress?.(1);
        const { held, seen, jobs, copies, calls, errors } = await engine.result();
        const summary = summarize({
            plans: options.plans,
            days: options.days,
            start,
            end: new Date(endMs),
            held,
            seen,
            jobs,
            copies,
            apiCalls: calls,
            failedCalls: errors,
            hostErrors: host.errors,
            prices: options.prices ?? prices/* BUNDLED_PRICES */.GZ,
            changeRate: options.changeRate ?? cost_storage/* DEFAULT_CHANGE_RATE */.Yc,
            defaultSizeGiB: options.world ? undefined : cost_storage/* DEFAULT_RESOURCE_GIB */.yL,
            sizes: new Map(world.resources?.map((r) => [r.arn, r.sizeGiB ?? 1]) ?? []),
            ticks,
            pruneRuns,
            pruneAssumption: PRUNE_ASSUMPTION,
            backupAssumption: `${BACKUP_ASSUMPTION}: ${skippedPlanRuns} plan runs skipped`,
            skippedPlanRuns,
        });
        return { ...summary, simulatorThreadId: engine.threadId };
    }
    finally {
        pool.destroy();
        (0,client_config/* shareRequestHandler */.$u)(undefined);
        (0,clients/* shareHttpAgent */.b3)(undefined);
        agent?.close();
        restoreEnv();
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
}
/** One prune run through the run context, as the prune command makes it; returns the deletions. */
async function prune(inputs, host, env, pool, judged, folderPlanIds, catalog) {
    const run = new context/* RunContext */.Z('prune', { ...inputs, command: 'prune' }, host, { env, pool });
    // The simulator throttles nothing unless told to: a pass-through limiter keeps real-time rate
    // pacing out of simulated time.
    const direct = { run: (fn) => fn() };
    try {
        // As the prune command: never delete in an account the plan does not name. This also tells the
        // run's clock AWS's (simulated) time before the first decision.
        const roles = new Map((0,targets/* vaultTargets */.n)(judged).map((t) => [t.vault.role, t.vault.account]));
        for (const [role, account] of roles)
            await run.aws.verifyAccount(role, account, 'simulate');
        const body = await (0,prune_run/* runPrune */.u)({
            plans: judged,
            folderPlanIds,
            clients: {
                backup: (role, region) => run.aws.backup(role, region),
                tagging: (role, region) => run.aws.tagging(role, region),
                writer: (role, region) => run.aws.backup(role, region, { retryThrottling: false }),
                limiter: () => direct,
            },
            catalog,
            now: () => run.clock.now(),
            dryRun: false,
            maxDeletions: inputs.maxDeletions,
            applyRetentionToExisting: false,
        });
        for (const f of body.failures)
            host.error(`prune: ${f.arn} in ${f.vault}: ${f.message}`);
        for (const e of body.errors)
            host.error(`prune: ${e}`);
        return body.totals.deleted;
    }
    finally {
        run.destroy();
    }
}

;// CONCATENATED MODULE: ./src/commands/simulate.ts
// `simulate`: run the plans over N simulated days on the built-in AWS simulator (src/simulate/run.ts)
// and show what they would hold and cost: a table in a terminal (progress on stderr when it is a
// TTY), `--json` for machines, the job summary in the action.






const DEFAULT_DAYS = 365;
const simulateCommand = async (inputs, host) => {
    const ctx = new context/* RunContext */.Z('simulate', inputs, host);
    ctx.destroy(); // only its plan selection and namespace are used: no AWS here
    const selected = await ctx.selectPlans();
    for (const e of selected.errors)
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
    for (const id of selected.missing)
        host.error(`plan "${id}" not found in ${inputs.plans}`);
    if (selected.errors.length > 0 || selected.missing.length > 0 || selected.plans.length === 0) {
        if (selected.plans.length === 0 && selected.errors.length === 0 && selected.missing.length === 0)
            host.error(`no plans in ${inputs.plans}`);
        return 1;
    }
    let namespace;
    try {
        namespace = ctx.namespaceOf(selected.plans[0]);
    }
    catch {
        namespace = undefined; // simulate needs no real owner identity
    }
    const tty = host.kind === 'cli' && process.stderr.isTTY;
    const result = await simulatePlans({
        plansDir: inputs.plans,
        ...(inputs.plan ? { plan: inputs.plan } : {}),
        plans: selected.plans,
        days: inputs.days ?? DEFAULT_DAYS,
        ...(inputs.world ? { world: await (0,simulator/* loadWorldFile */.nb)(inputs.world) } : {}),
        ...(inputs.prices ? { prices: (0,prices/* loadPriceTable */.QY)(inputs.prices) } : {}),
        ...(namespace ? { namespace } : {}),
        ...(tty ? { onProgress: (f) => process.stderr.write(`\r${progressBar(f)}`) } : {}),
    });
    if (tty)
        process.stderr.write('\n');
    if (inputs.json)
        process.stdout.write(JSON.stringify(simulationJson(result), null, 2) + '\n');
    else
        await host.summary(host.kind === 'action' ? '```\n' + renderSimulation(result) + '\n```' : renderSimulation(result));
    const report = { command: 'simulate', startedAt: result.start, finishedAt: result.end, ...result };
    host.setOutput('report', ctx.writeReport(report));
    host.setOutput('failures', result.violations.length);
    return result.violations.length > 0 ? 1 : 0;
};


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


/***/ })

};
