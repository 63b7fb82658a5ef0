export const id = 986;
export const ids = [986];
export const modules = {

/***/ 2650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ explicitArns),
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   IC: () => (/* binding */ checkAcrossPlans),
/* harmony export */   PR: () => (/* binding */ MAX_COPY_WITHIN_MINUTES)
/* harmony export */ });
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6807);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2983);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1439);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8582);
/* harmony import */ var _resource_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1619);
/* harmony import */ var _retention_engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(157);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5081);
// Semantic checks: what the schema cannot say. Each finding names the path to fix and how to fix it.







/** Copies are decided from ListCopyJobs, which reaches back about 30 days: stay well inside it. */
const MAX_COPY_WITHIN_MINUTES = 25 * 24 * 60;
function checkPlan(planFile, plan) {
    const out = [];
    if (planFile.namespace !== undefined && !_model_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG_VALUE_PATTERN */ .Sq.test(planFile.namespace))
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(['namespace'], 'may only hold letters, digits, spaces and _ . : / = + - @ (it becomes an AWS tag value)'));
    for (const key of ['role', 'backupRole']) {
        const account = (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(planFile.aws[key])?.account;
        if (account && account !== planFile.aws.account)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(['aws', key], `the role is in account ${account} but the plan's account is ${planFile.aws.account}; use a role of ${planFile.aws.account}`));
    }
    const sources = checkResources(planFile, out);
    checkRules(planFile, plan, sources, out);
    return out;
}
/** Checks the selectors; returns the known resource types they select, with where each is named. */
function checkResources(planFile, out) {
    const sources = [];
    const explicit = new Map();
    planFile.resources.include.forEach((selector, index) => {
        const path = ['resources', 'include', index];
        let arn;
        let arnPath = path;
        if (typeof selector === 'string')
            arn = selector;
        else {
            if (selector.arn !== undefined && selector.tags !== undefined)
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, 'set either arn or tags, not both; make them two entries'));
            else if (selector.arn === undefined && selector.tags === undefined)
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, 'missing "arn" or "tags": name a resource ARN or the tags to select by', 'key'));
            if (selector.arn !== undefined) {
                arn = selector.arn;
                arnPath = [...path, 'arn'];
                if (selector.types !== undefined)
                    out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'types'], 'types only go with tags; an ARN already names its type', 'key'));
            }
            if (selector.tags !== undefined) {
                const keys = Object.keys(selector.tags);
                if (keys.length === 0)
                    out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'tags'], 'an empty tag selector would match every resource in the account; name at least one tag'));
                for (const key of keys)
                    if (key.toLowerCase().startsWith(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .RESERVED_TAG_PREFIX */ .zM))
                        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'tags', key], `"${key}" is reserved: tags starting with "${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .RESERVED_TAG_PREFIX */ .zM}" mark recovery points this tool owns; select by another tag`, 'key'));
            }
            (selector.types ?? []).forEach((type, t) => {
                if (!_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .KNOWN_RESOURCE_TYPES */ .re.includes(type))
                    out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'types', t], `unknown resource type "${type}"${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(type, _resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .KNOWN_RESOURCE_TYPES */ .re)}`));
                else
                    sources.push({ type, path: [...path, 'types', t] });
            });
        }
        if (arn === undefined)
            return;
        const parsed = (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(arn);
        if (parsed?.region && parsed.region !== planFile.aws.region)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(arnPath, `the resource is in ${parsed.region} but the plan backs up ${planFile.aws.region}; move it to a plan for ${parsed.region}`));
        else if (parsed?.account && parsed.account !== planFile.aws.account)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(arnPath, `the resource is in account ${parsed.account} but the plan's account is ${planFile.aws.account}; move it to a plan for that account`));
        const first = explicit.get(arn);
        if (first)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(arnPath, `"${arn}" is listed twice; remove this entry`));
        else
            explicit.set(arn, arnPath);
        const type = (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceTypeOfArn */ .$i)(arn);
        if (type && (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceTypeInfo */ .hG)(type))
            sources.push({ type, path: arnPath });
    });
    (planFile.resources.exclude ?? []).forEach((arn, index) => {
        if (explicit.has(arn))
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(['resources', 'exclude', index], `"${arn}" is also listed in resources.include; remove it from one of them`));
    });
    return sources;
}
function checkRules(planFile, plan, sources, out) {
    const entries = Object.entries(planFile.rules);
    if (entries.length === 0) {
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(['rules'], 'a plan needs at least one rule, e.g. daily: { schedule: "0 3 * * *", retain: { days: 35 } }'));
        return;
    }
    // A point serving every rule at once is tagged with all their names: that must fit one tag value.
    const joined = entries.map(([name]) => name).join(_model_js__WEBPACK_IMPORTED_MODULE_3__/* .RULE_NAME_SEPARATOR */ .HU).length;
    if (joined > _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TAG_VALUE_LENGTH */ .zl)
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(['rules'], `the rule names joined by "${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .RULE_NAME_SEPARATOR */ .HU}" are ${joined} characters, more than the ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TAG_VALUE_LENGTH */ .zl} of an AWS tag value ` +
            '(a recovery point serving all rules carries them in backup-plans:rules); use shorter rule names', 'key'));
    const rulesByName = new Map(plan.rules.map((r) => [r.name, r]));
    for (const [name, ruleFile] of entries) {
        const rule = rulesByName.get(name);
        const base = ['rules', name];
        const presetHint = ` (or use a preset: ${_model_js__WEBPACK_IMPORTED_MODULE_3__/* .PRESET_NAMES */ .dO.join(', ')})`;
        if (!ruleFile.preset && ruleFile.schedule === undefined)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(base, `missing "schedule", e.g. schedule: "0 3 * * *"${presetHint}`, 'key'));
        if (!ruleFile.preset && ruleFile.retain === undefined)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(base, `missing "retain", e.g. retain: { days: 35 }${presetHint}`, 'key'));
        const at = (key) => ruleFile[key] === undefined && ruleFile.preset ? [...base, 'preset'] : [...base, key];
        const timezoneOk = (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq)(rule.timezone);
        if (!timezoneOk) {
            // A typo gets its suggestion; otherwise one example, not the list of some 400 zones.
            const match = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .closest */ .kp)(rule.timezone, Intl.supportedValuesOf('timeZone'));
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('timezone'), `unknown time zone "${rule.timezone}"; ${match ? `did you mean "${match}"?` : 'use an IANA name such as "Europe/Berlin"'}`));
        }
        const scheduleProblem = ruleFile.schedule !== undefined || ruleFile.preset ? (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .cronProblem */ .K2)(rule.schedule) : undefined;
        if (scheduleProblem)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('schedule'), `"${rule.schedule}": ${scheduleProblem}`));
        const start = rule.startWithinMinutes;
        if (start < _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_START_WINDOW_MINUTES */ .v4)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('startWithin'), `"${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(start)}" is shorter than the minimum start window AWS accepts (1h); use at least 1h`));
        if (rule.completeWithinMinutes <= start)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('completeWithin'), `"${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(rule.completeWithinMinutes)}" must be longer than the start window (startWithin ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(start)})`));
        if (rule.copyWithinMinutes <= 0)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('copyWithin'), 'must be longer than 0; e.g. copyWithin: 2d'));
        else if (rule.copyWithinMinutes > MAX_COPY_WITHIN_MINUTES)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('copyWithin'), `"${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(rule.copyWithinMinutes)}" is too long: at most ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(MAX_COPY_WITHIN_MINUTES)}, because ` +
                'AWS lists copy jobs for about 30 days only and an older copy that the destination has deleted would be made ' +
                'again; to copy older points once, use `backfill: N` on the copyTo entry'));
        if (rule.drill && rule.drill.everyMinutes < _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_DRILL_EVERY_MINUTES */ .TW)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...at('drill'), 'every'], `"${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(rule.drill.everyMinutes)}" is too often: a drill restores a whole resource; at least 1d, e.g. every: 30d`));
        if (timezoneOk && !scheduleProblem && rule.schedule !== '') {
            const gap = (0,_cron_js__WEBPACK_IMPORTED_MODULE_0__/* .gapShorterThan */ .n0)(rule.schedule, rule.timezone, start);
            if (gap !== undefined) {
                const shorten = gap >= _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_START_WINDOW_MINUTES */ .v4 ? ` or shorten startWithin to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(gap)}` : '';
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(at('schedule'), `"${rule.schedule}" fires every ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(gap)}, more often than its start window (startWithin ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(start)}); ` +
                    `use a schedule that fires at most once per ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMinutes */ .dp)(start)}${shorten}`));
            }
        }
        checkRetention(at('retain'), ruleFile.retain ?? {}, rule.retain, sources, out);
        const seen = new Map();
        rule.copyTo.forEach((copy, index) => {
            const path = [...base, 'copyTo', index];
            const copyFile = ruleFile.copyTo?.[index];
            const destination = `${copy.account}/${copy.region}/${copy.vault}`;
            if (copy.account === plan.aws.account && copy.region === plan.aws.region && copy.vault === plan.vault)
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, `copies to the source vault itself (${copy.vault} in ${copy.region}, account ${copy.account}); name another region, account or vault`));
            const first = seen.get(destination);
            if (first !== undefined)
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, `copies to the same vault as copyTo[${first}] (${destination}); remove one`));
            else
                seen.set(destination, index);
            const roleAccount = copy.role ? (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .parseArn */ .Lw)(copy.role)?.account : undefined;
            if (roleAccount && roleAccount !== copy.account)
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'role'], `the role is in account ${roleAccount} but the copy goes to account ${copy.account}; use a role of ${copy.account}`));
            if (copy.retain.keep && copy.account !== plan.aws.account && !copy.role)
                out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'retain', 'keep'], `pruning copies in account ${copy.account} needs a role there; add role: arn:aws:iam::${copy.account}:role/… or use retain.days`));
            checkRetention([...path, 'retain'], copyFile?.retain ?? {}, copy.retain, sources, out);
            checkCopyCapabilities(path, copyFile, copy.account !== plan.aws.account, copy.region !== plan.aws.region, sources, out);
        });
    }
}
function checkRetention(path, file, retain, sources, out) {
    if (retain.days !== undefined && retain.keep !== undefined)
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, 'set either days (AWS deletes) or keep (pruning deletes), not both'));
    else if (retain.days === undefined && retain.keep === undefined)
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, 'set days (e.g. days: 35) or keep (e.g. keep: { daily: 7, weekly: 4 })'));
    if (retain.hardLimitDays !== undefined && retain.keep === undefined)
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'hardLimitDays'], 'hardLimitDays only goes with keep; with days, days already is the limit', 'key'));
    if (retain.keep !== undefined) {
        // The schema checks the notation; the engine's parser is the one pruning runs, and it refuses
        // more (a unit given twice, absurdly large values): say so now rather than when pruning.
        for (const [key, value] of Object.entries(retain.keep))
            if (typeof value === 'string')
                try {
                    (0,_retention_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWithin */ .nM)(value);
                }
                catch (error) {
                    out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'keep', key], error.message));
                }
        if ((0,_retention_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .isEmptyPolicy */ .kj)(retain.keep))
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'keep'], 'this keep policy keeps nothing, so pruning would delete every recovery point; keep at least one (e.g. daily: 7) or use days'));
    }
    const cold = retain.coldAfterDays;
    if (cold !== undefined) {
        const minimum = cold + _model_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_COLD_STORAGE_DAYS */ .WB;
        if (retain.days !== undefined && retain.days < minimum)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, file.days !== undefined ? 'days' : 'coldAfter'], `AWS keeps points in cold storage for at least 90 days: days must be ≥ coldAfter + 90 = ${minimum}, got ${retain.days}`));
        if (retain.hardLimitDays !== undefined && retain.hardLimitDays < minimum)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'hardLimitDays'], `AWS keeps points in cold storage for at least 90 days: hardLimitDays must be ≥ coldAfter + 90 = ${minimum}, got ${retain.hardLimitDays}`));
    }
    if (cold !== undefined) {
        const ignored = lacking(sources, 'coldStorage');
        if (ignored.length > 0)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'coldAfter'], `AWS ignores coldAfter for ${describeSources(ignored)}: only ${(0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .typesWith */ .mb)('coldStorage').join(', ')} move to cold storage; ` +
                'remove coldAfter, or move those resources to a plan without it', 'key'));
    }
    if (retain.keep !== undefined)
        for (const source of sources.filter((s) => (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceTypeInfo */ .hG)(s.type)?.pointTags === 'none'))
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'keep'], `recovery points of ${source.type} (${formatSource(source.path)}) cannot carry tags, so pruning could never prove it owns them; use retain.days`));
}
/** Copies that a type's points cannot make: to another region, another account, or both at once. */
function checkCopyCapabilities(path, copyFile, crossAccount, crossRegion, sources, out) {
    const noRegion = crossRegion ? lacking(sources, 'crossRegionCopy') : [];
    const noAccount = crossAccount ? lacking(sources, 'crossAccountCopy') : [];
    if (noRegion.length > 0)
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)([...path, 'region'], `AWS Backup cannot copy ${describeSources(noRegion)} to another region; only ${(0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .typesWith */ .mb)('crossRegionCopy').join(', ')} can`, 'key'));
    if (noAccount.length > 0)
        out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(copyFile?.account !== undefined ? [...path, 'account'] : path, `AWS Backup cannot copy ${describeSources(noAccount)} to another account; only ${(0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .typesWith */ .mb)('crossAccountCopy').join(', ')} can`, 'key'));
    if (crossRegion && crossAccount) {
        const notBoth = lacking(sources, 'crossRegionAndAccountInOneCopy').filter((s) => !noRegion.includes(s) && !noAccount.includes(s));
        if (notBoth.length > 0)
            out.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(path, `AWS copies ${describeSources(notBoth)} either to another region or to another account, not both in one copy; ` +
                'copy to the other region in this account, or to the other account in this region', 'key'));
    }
}
/** The sources whose type lacks `feature`. */
function lacking(sources, feature) {
    return sources.filter((s) => (0,_resource_types_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceTypeInfo */ .hG)(s.type)?.[feature] === false);
}
/** "rds:db (resources.include[0]), ec2:instance (resources.include[1].types[0])" */
function describeSources(sources) {
    return sources.map((s) => `${s.type} (${formatSource(s.path)})`).join(', ');
}
function formatSource(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/** The explicit ARNs a (schema-valid) plan file includes. */
function explicitArns(id, file, planFile) {
    const out = [];
    planFile.resources.include.forEach((selector, index) => {
        const arn = typeof selector === 'string' ? selector : selector.arn;
        if (arn === undefined)
            return;
        const path = typeof selector === 'string' ? ['resources', 'include', index] : ['resources', 'include', index, 'arn'];
        out.push({ id, file, arn, path });
    });
    return out;
}
/** Checks across plans: the same explicit ARN in two plans. Findings per plan id. */
function checkAcrossPlans(arnOwners) {
    const owners = new Map();
    for (const owner of arnOwners) {
        const list = owners.get(owner.arn) ?? [];
        if (!list.some((o) => o.id === owner.id))
            list.push(owner);
        owners.set(owner.arn, list);
    }
    const out = new Map();
    for (const [arn, list] of owners) {
        if (list.length < 2)
            continue;
        for (const owner of list) {
            const others = list.filter((o) => o !== owner).map((o) => o.file);
            const findings = out.get(owner.id) ?? [];
            findings.push((0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(owner.path, `"${arn}" is also in ${others.join(', ')}; a resource belongs to one plan (put all its rules in one file)`));
            out.set(owner.id, findings);
        }
    }
    return out;
}


/***/ }),

/***/ 6807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   K2: () => (/* binding */ cronProblem),
/* harmony export */   n0: () => (/* binding */ gapShorterThan)
/* harmony export */ });
/* unused harmony export shortestGapMinutes */
/* harmony import */ var croner__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5814);
/* harmony import */ var _time_cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9025);
/* harmony import */ var _time_zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3083);
// Validation of plan rules' cron schedules, through croner (5 fields, POSIX day-of-month OR
// day-of-week). Fire times and gaps in the rule's zone come from src/time/cron.ts, the code the
// backup loop uses, so validation and scheduling read a pattern the same way.



const CRON_OPTIONS = { mode: '5-part', domAndDow: false, paused: true };
// Validation asks the same questions for every rule of every plan, and folders repeat a handful of
// schedules and zones: remember the answers (bounded, so hostile input cannot grow them without end).
const MAX_MEMO = 10_000;
function memo(fn) {
    const cache = new Map();
    return (...args) => {
        const key = args.join('\u0000');
        if (cache.has(key))
            return cache.get(key);
        const value = fn(...args);
        if (cache.size >= MAX_MEMO)
            cache.clear();
        cache.set(key, value);
        return value;
    };
}
const isValidTimeZone = memo((timezone) => {
    try {
        (0,_time_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalTimeZone */ .g4)(timezone);
        return true;
    }
    catch {
        return false;
    }
});
/** Why the pattern is not a usable 5-field cron, or undefined when it is. */
const cronProblem = memo(cronProblemOf);
function cronProblemOf(schedule) {
    const fields = schedule.trim().split(/\s+/);
    if (schedule.trim() === '' || fields.length !== 5)
        return `expected 5 cron fields (minute hour day-of-month month day-of-week), got ${schedule.trim() === '' ? 0 : fields.length}`;
    try {
        const cron = new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(schedule, { ...CRON_OPTIONS, utcOffset: 0 });
        if (!cron.nextRun(new Date(Date.UTC(2025, 0, 1))))
            return 'never fires (a date that does not exist?)';
    }
    catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).replace(/^Cron\w*:\s*/, '');
        return `${reason}; the fields are minute (0-59) hour (0-23) day-of-month (1-31) month (1-12) day-of-week (0-7)`;
    }
    return undefined;
}
/** Validation reads gaps over one fixed year, so a plan's verdict never depends on the day it is checked. */
const SCAN_FROM = new Date(Date.UTC(2025, 0, 1));
/**
 * The shortest time between two successive firings over a year, in minutes; the scan stops at the
 * first gap shorter than `below` (that is all validation needs to know). Undefined when it does not
 * fire twice in the scanned year. The scheduler's own gap walk (`minimumGap`), so validation and the
 * backup loop read a schedule in its zone the same way.
 */
function shortestGapMinutes(schedule, timezone, below = 0) {
    return memoizedGap(schedule, timezone, below);
}
const memoizedGap = memo((schedule, timezone, below) => 
// Gaps are whole minutes: "shorter than `below`" is "at or below `below` - 1".
(0,_time_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .minimumGap */ .J0)(schedule, timezone, SCAN_FROM, { stopAtOrBelow: below - 1 })?.minutes);
/**
 * The most a zone's UTC offset changes at once within the scanned year (daylight saving is 1 hour
 * almost everywhere, 30 minutes on Lord Howe Island, 2 hours at Troll in Antarctica), with margin.
 */
const MAX_OFFSET_CHANGE_MINUTES = 3 * 60;
/**
 * The shortest gap between firings when it is shorter than `minutes`, else undefined. Cheap for the
 * common case: a schedule fires at the same wall-clock times on every day it fires, so two firings
 * are at least the smallest wall-clock distance between those times (across midnight too) apart,
 * less what an offset change can take away. Only when that bound does not settle it is the year
 * scanned in the zone.
 */
function gapShorterThan(schedule, timezone, minutes) {
    let timesOfDay = [];
    try {
        timesOfDay = (0,_time_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .scheduleTimesOfDay */ .lh)(schedule, timezone);
    }
    catch {
        // Let the scan below decide.
    }
    if (timesOfDay.length > 0) {
        let wallClock = 24 * 60 - timesOfDay[timesOfDay.length - 1] + timesOfDay[0];
        for (let k = 1; k < timesOfDay.length; k++)
            wallClock = Math.min(wallClock, timesOfDay[k] - timesOfDay[k - 1]);
        if (wallClock - MAX_OFFSET_CHANGE_MINUTES >= minutes)
            return undefined;
    }
    const gap = shortestGapMinutes(schedule, timezone, minutes);
    return gap !== undefined && gap < minutes ? gap : undefined;
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

/***/ 1439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ issuesToFindings),
/* harmony export */   gk: () => (/* binding */ finding)
/* harmony export */ });
/* unused harmony export keysAt */
/* harmony import */ var _resource_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1619);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5081);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(568);



function finding(path, message, at) {
    const where = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(path);
    return { path, message: where ? `${where}: ${message}` : message, ...(at ? { at } : {}) };
}
const DURATION_KEYS = new Set(['startWithin', 'completeWithin', 'copyWithin', 'every']);
/** Keys a user may try for continuous backup (AWS's EnableContinuousBackup), lower-cased. */
const CONTINUOUS_KEYS = new Set([
    'continuous',
    'continuousbackup',
    'enablecontinuousbackup',
    'pointintimerecovery',
    'pitr',
]);
function valueAt(data, path) {
    let current = data;
    for (const part of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[part];
    }
    return current;
}
function describe(value) {
    if (value === null)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `"${value}"`;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a YAML scalar here (number, boolean, undefined)
    return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}
const expectedName = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
    record: 'a mapping',
};
/** The keys an object schema allows at `path` (all object options of a union, merged). */
function keysAt(schema, path) {
    const found = new Set();
    const visit = (s, rest) => {
        const def = s._zod.def;
        switch (def.type) {
            case 'optional':
            case 'nullable':
            case 'default':
            case 'readonly':
                return visit(def.innerType, rest);
            case 'pipe':
                return visit(def.in, rest);
            case 'union':
                for (const option of def.options)
                    visit(option, rest);
                return;
            case 'object': {
                const shape = def.shape;
                if (rest.length === 0)
                    Object.keys(shape).forEach((k) => found.add(k));
                else {
                    const child = typeof rest[0] === 'string' ? shape[rest[0]] : undefined;
                    if (child)
                        visit(child, rest.slice(1));
                }
                return;
            }
            case 'array':
                if (typeof rest[0] === 'number')
                    visit(def.element, rest.slice(1));
                return;
            case 'record':
                if (rest.length > 0)
                    visit(def.valueType, rest.slice(1));
                return;
        }
    };
    visit(schema, path);
    return [...found].filter((k) => k !== '$schema');
}
function issuesToFindings(issues, data, nodes, schema) {
    const out = [];
    const raw = (path) => nodes.get((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .pathKey */ .Pn)(path))?.raw;
    const visit = (issue, base) => {
        const path = [...base, ...issue.path];
        const value = valueAt(data, path);
        const last = path[path.length - 1];
        if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
            const hint = last === 'version' ? '; add `version: 1` at the top of the file' : '';
            out.push(finding(path.slice(0, -1), `missing required key "${String(last)}"${hint}`, 'key'));
            return;
        }
        switch (issue.code) {
            case 'unrecognized_keys':
                for (const key of issue.keys)
                    out.push(finding([...path, key], CONTINUOUS_KEYS.has(key.toLowerCase())
                        ? `unknown key "${key}": continuous backup (point-in-time restore) is not available through the ` +
                            `backup jobs this tool starts, only in AWS Backup's own plans (for ${(0,_resource_types_js__WEBPACK_IMPORTED_MODULE_0__/* .typesWith */ .mb)('continuousBackup').join(', ')})`
                        : `unknown key "${key}"${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, keysAt(schema, path))}`, 'key'));
                return;
            case 'invalid_union': {
                // Report the option whose shape matches what was written (a string or a mapping).
                const matching = issue.errors.find((option) => !option.some((i) => i.code === 'invalid_type' && i.path.length === 0));
                if (matching) {
                    for (const inner of matching)
                        visit(inner, path);
                    return;
                }
                const expected = issue.errors
                    .flatMap((option) => option.filter((i) => i.code === 'invalid_type').map((i) => i.expected))
                    .map((e) => expectedName[e] ?? e);
                out.push(finding(path, `expected ${[...new Set(expected)].join(' or ')}, got ${describe(value)}`));
                return;
            }
            case 'invalid_type': {
                if (issue.expected === 'string' && typeof value === 'number' && DURATION_KEYS.has(String(last))) {
                    out.push(finding(path, `a duration needs a unit: write "${value}m", "${value}h" or "${value}d"`));
                    return;
                }
                if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
                    const written = raw(path) ?? String(value);
                    const why = last === 'account'
                        ? 'account ids are 12-digit strings and a YAML number loses leading zeros'
                        : `YAML reads ${written} as ${typeof value === 'number' ? 'a number' : 'true/false'}`;
                    out.push(finding(path, `${why}; quote it: "${written}"`));
                    return;
                }
                out.push(finding(path, `expected ${expectedName[issue.expected] ?? issue.expected}, got ${describe(value)}`));
                return;
            }
            case 'invalid_value':
                if (issue.values.length === 1) {
                    out.push(finding(path, `${issue.message}, got ${describe(value)}`));
                }
                else {
                    const allowed = issue.values.map(String);
                    out.push(finding(path, `${describe(value)} is not allowed${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(String(value), allowed)}`));
                }
                return;
            case 'invalid_key':
                for (const inner of issue.issues)
                    out.push(finding(path, `invalid name "${String(last)}": ${inner.message}`, 'key'));
                return;
            case 'too_small':
                if (issue.origin === 'string')
                    out.push(finding(path, issue.minimum === 1 ? 'may not be empty' : issue.message));
                else if (issue.origin === 'array')
                    out.push(finding(path, custom(issue) ?? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`));
                else
                    out.push(finding(path, custom(issue) ?? `expected at least ${issue.minimum}, got ${describe(value)}`));
                return;
            case 'too_big':
                out.push(finding(path, custom(issue) ?? `expected at most ${issue.maximum}, got ${describe(value)}`));
                return;
            case 'invalid_format':
                out.push(finding(path, `${issue.message}, got ${describe(value)}`));
                return;
            default:
                out.push(finding(path, issue.message));
        }
    };
    for (const issue of issues)
        visit(issue, []);
    return out;
}
/** Our own error text, when the schema gave one (zod's defaults start with "Too"/"Invalid"). */
function custom(issue) {
    return /^(Too|Invalid)/.test(issue.message) ? undefined : issue.message;
}


/***/ }),

/***/ 3986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bm: () => (/* binding */ listPlanFiles),
  hr: () => (/* binding */ loadPlans)
});

// UNUSED EXPORTS: MAX_ERRORS, MAX_ERRORS_PER_FILE, MAX_PLAN_FILE_BYTES, PLAN_ID_PATTERN, firstInvalidUtf8

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/checks.ts
var checks = __webpack_require__(2650);
// EXTERNAL MODULE: ./src/plan/issues.ts
var issues = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/plan/model.ts
var model = __webpack_require__(8582);
// EXTERNAL MODULE: ./src/plan/duration.ts
var duration = __webpack_require__(2983);
// EXTERNAL MODULE: ./src/plan/presets.ts
var presets = __webpack_require__(1031);
;// CONCATENATED MODULE: ./src/plan/resolve.ts
// From a schema-valid plan file to the resolved Plan: presets expanded, defaults applied, durations in
// minutes, copy accounts filled in. Pure; what cannot be resolved sensibly is left for checks.ts.



function resolveRetention(retain) {
    const out = {};
    if (!retain)
        return out;
    if (retain.days !== undefined)
        out.days = retain.days;
    if (retain.coldAfter !== undefined)
        out.coldAfterDays =
            typeof retain.coldAfter === 'number' ? retain.coldAfter : Number.parseInt(retain.coldAfter, 10);
    if (retain.keep !== undefined)
        out.keep = retain.keep;
    if (retain.hardLimitDays !== undefined)
        out.hardLimitDays = retain.hardLimitDays;
    return out;
}
function resolveSelector(selector) {
    if (typeof selector === 'string')
        return { arn: selector };
    if (selector.arn !== undefined)
        return { arn: selector.arn };
    return selector.types
        ? { tags: selector.tags ?? {}, types: selector.types }
        : { tags: selector.tags ?? {} };
}
function resolveCopy(copy, account) {
    return {
        account: copy.account ?? account,
        region: copy.region,
        vault: copy.vault,
        ...(copy.role !== undefined ? { role: copy.role } : {}),
        retain: resolveRetention(copy.retain),
        ...(copy.backfill !== undefined ? { backfill: copy.backfill } : {}),
    };
}
function resolveRule(name, ruleFile, account) {
    const rule = (0,presets/* applyPreset */.U)(ruleFile);
    const minutes = (text, fallback) => text === undefined ? fallback : ((0,duration/* parseWindowMinutes */.jN)(text) ?? fallback);
    return {
        name,
        schedule: rule.schedule ?? '',
        timezone: rule.timezone ?? model/* DEFAULTS */.zY.timezone,
        startWithinMinutes: minutes(rule.startWithin, model/* DEFAULTS */.zY.startWithinMinutes),
        completeWithinMinutes: minutes(rule.completeWithin, model/* DEFAULTS */.zY.completeWithinMinutes),
        retain: resolveRetention(rule.retain),
        copyTo: (rule.copyTo ?? []).map((copy) => resolveCopy(copy, account)),
        copyWithinMinutes: minutes(rule.copyWithin, model/* DEFAULTS */.zY.copyWithinMinutes),
        retries: rule.retries ?? model/* DEFAULTS */.zY.retries,
        ...(rule.drill ? { drill: { everyMinutes: minutes(rule.drill.every, 0) } } : {}),
    };
}
function resolvePlan(id, file, planFile) {
    const account = planFile.aws.account;
    return {
        id,
        file,
        version: 1,
        ...(planFile.description !== undefined ? { description: planFile.description } : {}),
        ...(planFile.namespace !== undefined ? { namespace: planFile.namespace } : {}),
        aws: { ...planFile.aws },
        vault: planFile.vault,
        resources: {
            include: planFile.resources.include.map(resolveSelector),
            exclude: planFile.resources.exclude ?? [],
        },
        rules: Object.entries(planFile.rules).map(([name, rule]) => resolveRule(name, rule, account)),
        notify: {
            issues: planFile.notify?.issues ?? model/* DEFAULTS */.zY.notifyIssues,
            labels: planFile.notify?.labels ?? [...model/* DEFAULTS */.zY.notifyLabels],
            assignees: planFile.notify?.assignees ?? [],
        },
    };
}

// EXTERNAL MODULE: ./src/plan/yaml-source.ts
var yaml_source = __webpack_require__(568);
;// CONCATENATED MODULE: ./src/plan/load.ts
// Loads the plan folder: every *.yml / *.yaml file, parsed with source positions, checked against the
// schema and then semantically, resolved into Plans. Every problem becomes a PlanError with
// file:line:column; nothing here throws for bad input, and one broken file (a dangling symlink, a
// huge or hostile document) disables only itself.








const PLAN_EXTENSIONS = ['.yml', '.yaml'];
/** Plan ids become tag values and file names; keep them simple (a subset of the tag character set). */
const PLAN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A plan is a few kilobytes; anything near this is a mistake or an attack, and is refused unread. */
const MAX_PLAN_FILE_BYTES = 1024 * 1024;
/** Errors reported per file, and in all: the first ones, then one line saying how many more. */
const MAX_ERRORS_PER_FILE = 100;
const MAX_ERRORS = 1000;
/** Files read at once. */
const CONCURRENCY = 16;
/**
 * The plan files of `dir` (sorted; dotfiles skipped; `.yml`/`.yaml` in any case; symlinks followed
 * only inside the repository). Exported so that listing plans for a workflow matrix (`list-plans`)
 * can never disagree with `validate`.
 */
async function listPlanFiles(dir) {
    const folderError = (message) => ({
        folderError: { file: dir, line: 1, column: 1, message },
    });
    let entries;
    let realDir;
    try {
        if (!(await (0,promises_.stat)(dir)).isDirectory())
            return folderError(`${dir} is a file, not a folder of plan files`);
        realDir = await (0,promises_.realpath)(dir);
        entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
    catch {
        return folderError(`folder not found: ${dir}; point \`plans\` (--plans) at the folder holding your *.yml plan files`);
    }
    const root = repositoryRoot(realDir);
    const errors = [];
    const files = [];
    const fileErrors = new Map();
    for (const entry of entries) {
        if (entry.name.startsWith('.'))
            continue; // .gitkeep, editor files
        const file = (0,external_node_path_.join)(dir, entry.name);
        const id = entry.name.slice(0, -(0,external_node_path_.extname)(entry.name).length || undefined);
        const problem = await entryProblem(dir, file, entry, root);
        if (problem) {
            const error = { file, line: 1, column: 1, message: problem.message };
            // A broken plan file belongs to its plan (a job for that plan reports it); anything else, a
            // folder named x.yml included, to the folder: it must not become a plan of its own.
            if (!problem.folder && PLAN_EXTENSIONS.includes((0,external_node_path_.extname)(entry.name).toLowerCase()))
                fileErrors.set(id, [...(fileErrors.get(id) ?? []), error]);
            else
                errors.push(error);
            continue;
        }
        files.push({ id, file });
    }
    if (files.length === 0 && errors.length === 0 && fileErrors.size === 0)
        return folderError(`no plan files in ${dir}; add one, e.g. ${(0,external_node_path_.join)(dir, 'production.yml')}`);
    return { files, fileErrors, errors };
}
/**
 * Reads and validates the plans in `dir`. Without `only`, every plan is loaded and checked; with it,
 * just those, still checked against the others (the same explicit ARN in two plans).
 */
async function loadPlans(dir, options = {}) {
    const listing = await listPlanFiles(dir);
    if ('folderError' in listing)
        return { plans: [], errors: [listing.folderError], missing: [], errorCount: 1 };
    const { files: candidates, fileErrors } = listing;
    const wanted = options.only === undefined ? undefined : new Set(asList(options.only));
    // Entries that are no plan at all (a folder named x.yml, a README) fail a full validate; a job that
    // runs chosen plans is not theirs to fail (list-plans warns about them).
    const errors = wanted ? [] : [...listing.errors];
    const ids = [...new Set([...candidates.map((c) => c.id), ...fileErrors.keys()])].sort();
    const missing = wanted ? [...wanted].filter((id) => !ids.includes(id)) : [];
    if (typeof options.only === 'string' && missing.length > 0)
        errors.push({
            file: dir,
            line: 1,
            column: 1,
            message: `no plan "${options.only}" in ${dir}; plans: ${ids.length > 0 ? ids.join(', ') : '(none)'}`,
        });
    const isSelected = (id) => !wanted || wanted.has(id);
    const loaded = await mapLimit(candidates.filter((c) => isSelected(c.id)), CONCURRENCY, loadFile);
    const byId = new Map();
    for (const f of loaded)
        byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
    // Two files for one id (a.yml and a.yaml): known from the names alone.
    const filesOf = new Map();
    for (const c of candidates)
        filesOf.set(c.id, [...(filesOf.get(c.id) ?? []), c.file]);
    for (const f of loaded) {
        const others = (filesOf.get(f.id) ?? []).filter((o) => o !== f.file);
        if (others.length > 0)
            f.errors.push({
                file: f.file,
                line: 1,
                column: 1,
                message: `plan id "${f.id}" is used by ${others.join(', ')} too; rename one of the files`,
            });
    }
    // Across plans: the selected ones in full, the others from a cheap index of the ARNs they name.
    const owners = [];
    for (const f of loaded)
        if (f.planFile)
            owners.push(...(0,checks/* explicitArns */.D1)(f.id, f.file, f.planFile));
    if (wanted) {
        const arns = new Set(owners.map((o) => o.arn));
        const others = candidates.filter((c) => !isSelected(c.id));
        const indexed = await mapLimit(others, CONCURRENCY, (c) => indexFile(c, arns));
        for (const list of indexed)
            owners.push(...list);
    }
    for (const [id, findings] of (0,checks/* checkAcrossPlans */.IC)(owners)) {
        const f = byId.get(id)?.find((l) => l.planFile);
        if (f)
            for (const x of findings)
                f.errors.push(toError(f.file, f.nodes, x));
    }
    let errorCount = errors.length;
    for (const id of ids) {
        if (!isSelected(id))
            continue;
        for (const e of fileErrors.get(id) ?? [])
            errors.push(e);
        errorCount += fileErrors.get(id)?.length ?? 0;
        for (const f of byId.get(id) ?? []) {
            errorCount += f.errors.length;
            for (const e of capErrors(sortByPosition(f.errors), MAX_ERRORS_PER_FILE, f.file, 'in this file'))
                errors.push(e);
        }
    }
    const plans = loaded.flatMap((f) => (f.plan && f.errors.length === 0 ? [f.plan] : []));
    return { plans, errors: capErrors(errors, MAX_ERRORS, dir, 'in these plans'), missing, errorCount };
}
const asList = (only) => typeof only === 'string' ? [only] : only;
/** The nearest ancestor holding `.git`, else the plans folder's parent: symlinks may not leave it. */
function repositoryRoot(realDir) {
    for (let d = realDir;; d = (0,external_node_path_.dirname)(d)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, '.git')))
            return d;
        if ((0,external_node_path_.dirname)(d) === d)
            return (0,external_node_path_.dirname)(realDir);
    }
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** Why a folder entry cannot be read as a plan file, or undefined when it can. */
async function entryProblem(dir, file, entry, root) {
    const problem = await entryProblemText(dir, file, entry, root);
    if (problem === undefined)
        return undefined;
    return problem.startsWith(FOLDER) ? { message: problem, folder: true } : { message: problem };
}
const FOLDER = 'a folder: ';
async function entryProblemText(dir, file, entry, root) {
    const onlyPlans = `${dir} may only hold plan files named <id>.yml or <id>.yaml`;
    let isFile = entry.isFile();
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
        let target;
        try {
            target = await (0,promises_.realpath)(file);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                return 'a symbolic link loop: the link leads back to itself; replace it with the plan file';
            if (code === 'ENOENT')
                return 'a dangling symbolic link: its target does not exist; replace it with the plan file or remove it';
            return `a symbolic link that cannot be followed (${code ?? 'error'}); replace it with the plan file`;
        }
        // Never read outside the repository: a link to a secret would echo it into error messages.
        if (!isInside(target, root))
            return `a symbolic link that leads outside the repository (${root}); plan files must live in the repository: replace the link with the file`;
        try {
            const info = await (0,promises_.stat)(target);
            isFile = info.isFile();
            isDirectory = info.isDirectory();
        }
        catch (error) {
            return `a symbolic link that cannot be followed (${error.code ?? 'error'})`;
        }
    }
    if (isDirectory)
        return `${FOLDER}${onlyPlans}; move ${entry.name} elsewhere`;
    if (!PLAN_EXTENSIONS.includes((0,external_node_path_.extname)(entry.name).toLowerCase()))
        return `not a plan file: ${onlyPlans}; move ${entry.name} elsewhere`;
    if (!isFile)
        return `not a regular file (a pipe, socket or device): ${onlyPlans}`;
    return undefined;
}
/** The text of a plan file, or why it cannot be used: too large, or not UTF-8. */
async function readPlanText(file) {
    const at1 = (message) => ({ problem: { line: 1, column: 1, message } });
    let bytes;
    try {
        const { size } = await (0,promises_.stat)(file);
        if (size > MAX_PLAN_FILE_BYTES)
            return at1(tooLarge(size));
        bytes = await (0,promises_.readFile)(file);
    }
    catch (error) {
        return at1(`cannot read the file (${error.code ?? 'error'})`);
    }
    if (bytes.length > MAX_PLAN_FILE_BYTES)
        return at1(tooLarge(bytes.length));
    try {
        return { text: UTF8.decode(bytes) };
    }
    catch {
        const offset = Math.max(0, firstInvalidUtf8(bytes));
        const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
        const line = countNewlines(bytes, lineStart) + 1;
        const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
        const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
        return {
            problem: {
                line,
                column,
                message: `the file is not UTF-8 (byte 0x${byte} here is not valid UTF-8; Latin-1 or Windows-1252?); save it as UTF-8`,
            },
        };
    }
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const tooLarge = (size) => `the file is ${size.toLocaleString('en-US')} bytes; a plan file may hold at most ${MAX_PLAN_FILE_BYTES.toLocaleString('en-US')} bytes`;
function countNewlines(bytes, end) {
    let n = 0;
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0x0a)
            n++;
    return n;
}
/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const c = bytes[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let n;
        let min;
        if (c >= 0xc2 && c <= 0xdf)
            [n, min] = [1, 0x80];
        else if (c >= 0xe0 && c <= 0xef)
            [n, min] = [2, 0x800];
        else if (c >= 0xf0 && c <= 0xf4)
            [n, min] = [3, 0x10000];
        else
            return i;
        if (i + n >= bytes.length)
            return i;
        let codePoint = c & (0x3f >> n);
        for (let k = 1; k <= n; k++) {
            const d = bytes[i + k];
            if ((d & 0xc0) !== 0x80)
                return i;
            codePoint = (codePoint << 6) | (d & 0x3f);
        }
        if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return i;
        i += n + 1;
    }
    return -1;
}
async function loadFile(candidate) {
    const { id, file } = candidate;
    const result = { id, file, nodes: new Map(), errors: [] };
    const fail = (message, line = 1, column = 1) => {
        result.errors.push({ file, line, column, message });
        return result;
    };
    if (!PLAN_ID_PATTERN.test(id))
        return fail(`"${id}" is not a usable plan id (the file name): use letters, digits, ".", "_" or "-"`);
    const read = await readPlanText(file);
    if ('problem' in read)
        return fail(read.problem.message, read.problem.line, read.problem.column);
    const parsed = (0,yaml_source/* parseYaml */.hN)(read.text, file);
    result.nodes = parsed.nodes;
    if (parsed.problems.length > 0) {
        for (const p of parsed.problems)
            result.errors.push({ file, ...p });
        return result;
    }
    if (parsed.value === undefined || parsed.value === null)
        return fail('the file is empty; a plan needs at least version, aws, vault, resources and rules');
    if (typeof parsed.value !== 'object' || Array.isArray(parsed.value))
        return fail('a plan file is a YAML mapping (key: value lines) with version, aws, vault, resources and rules');
    // Interpreted, not JIT-compiled: zod compiles each object schema with `new Function` on its first
    // parse, which pays off only over many parses; a run parses a handful of plan files (issue 12).
    const validated = model/* planFileSchema */.j2.safeParse(parsed.value, { jitless: true });
    if (!validated.success) {
        const findings = (0,issues/* issuesToFindings */.UC)(validated.error.issues, parsed.value, parsed.nodes, model/* planFileSchema */.j2);
        for (const x of findings)
            result.errors.push(toError(file, parsed.nodes, x));
        return result;
    }
    const plan = resolvePlan(id, file, validated.data);
    // Keep rules in file order even for names that look like numbers (object key order would not).
    const keyLine = (name) => parsed.nodes.get((0,yaml_source/* pathKey */.Pn)(['rules', name]))?.key;
    plan.rules.sort((a, b) => compare(keyLine(a.name), keyLine(b.name)));
    result.plan = plan;
    result.planFile = validated.data;
    for (const x of (0,checks/* checkPlan */.Gy)(validated.data, plan))
        result.errors.push(toError(file, parsed.nodes, x));
    return result;
}
/**
 * The explicit ARNs another plan names, read as cheaply as possible: a file whose text does not
 * contain any of `arns` cannot name one of them and is not parsed at all. A file that cannot be read
 * or parsed names none (its own job reports it).
 */
async function indexFile(candidate, arns) {
    if (arns.size === 0 || !PLAN_ID_PATTERN.test(candidate.id))
        return [];
    const read = await readPlanText(candidate.file);
    if ('problem' in read)
        return [];
    if (![...arns].some((arn) => read.text.includes(arn)))
        return [];
    const parsed = (0,yaml_source/* parseYaml */.hN)(read.text, candidate.file);
    if (parsed.problems.length > 0)
        return [];
    const include = parsed.value?.resources?.include;
    if (!Array.isArray(include))
        return [];
    const owners = [];
    include.forEach((selector, index) => {
        const arn = typeof selector === 'string'
            ? selector
            : typeof selector === 'object' && selector !== null && 'arn' in selector
                ? selector.arn
                : undefined;
        if (typeof arn !== 'string' || !arns.has(arn))
            return;
        const path = typeof selector === 'string' ? ['resources', 'include', index] : ['resources', 'include', index, 'arn'];
        owners.push({ id: candidate.id, file: candidate.file, arn, path });
    });
    return owners;
}
function compare(a, b) {
    return (a?.line ?? 0) - (b?.line ?? 0) || (a?.column ?? 0) - (b?.column ?? 0);
}
function sortByPosition(errors) {
    return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** The first `max` errors and, when there are more, one more line saying how many were left out. */
function capErrors(errors, max, file, where) {
    if (errors.length <= max)
        return errors;
    const rest = errors.length - max;
    const last = errors[max];
    return [
        ...errors.slice(0, max),
        {
            // Within a file: where the first error left out is; for the whole report: the folder.
            file,
            line: last.file === file ? last.line : 1,
            column: last.file === file ? last.column : 1,
            message: `… and ${rest.toLocaleString('en-US')} more ${rest === 1 ? 'error' : 'errors'} ${where}, not listed; fix the ones above first`,
        },
    ];
}
/** `fn` over `items` with at most `limit` running at once; results in input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/** The position of a finding: its node, else the nearest written ancestor (at its key). */
function toError(file, nodes, f) {
    let path = f.path;
    let node = nodes.get((0,yaml_source/* pathKey */.Pn)(path));
    let preferKey = f.at === 'key';
    while (!node && path.length > 0) {
        path = path.slice(0, -1);
        node = nodes.get((0,yaml_source/* pathKey */.Pn)(path));
        preferKey = true;
    }
    const position = (preferKey ? node?.key : undefined) ?? node?.value ?? { line: 1, column: 1 };
    return { file, line: position.line, column: position.column, message: f.message };
}


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

/***/ 1031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ applyPreset)
/* harmony export */ });
/* unused harmony export PRESETS */
const daily = { schedule: '0 5 * * *', timezone: 'UTC', startWithin: '8h', completeWithin: '7d' };
const PRESETS = {
    'daily-35day': { ...daily, retain: { days: 35 } },
    'daily-monthly-1yr': { ...daily, retain: { keep: { withinDaily: '35d', withinMonthly: '1y' } } },
    'daily-weekly-monthly-5yr': {
        ...daily,
        retain: { keep: { withinDaily: '35d', withinWeekly: '3m', withinMonthly: '5y' } },
    },
    'daily-weekly-monthly-7yr': {
        ...daily,
        retain: { keep: { withinDaily: '35d', withinWeekly: '3m', withinMonthly: '7y' } },
    },
};
/** The rule with its preset's keys filled in where the rule does not set them itself. */
function applyPreset(rule) {
    if (!rule.preset)
        return rule;
    const preset = PRESETS[rule.preset];
    const merged = { ...preset };
    for (const [key, value] of Object.entries(rule))
        if (value !== undefined)
            Object.assign(merged, { [key]: value });
    return merged;
}


/***/ }),

/***/ 1619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resourceTypeOfArn),
/* harmony export */   CC: () => (/* binding */ optInProblem),
/* harmony export */   G5: () => (/* binding */ pointTagSource),
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   hG: () => (/* binding */ resourceTypeInfo),
/* harmony export */   mb: () => (/* binding */ typesWith),
/* harmony export */   re: () => (/* binding */ KNOWN_RESOURCE_TYPES)
/* harmony export */ });
/* unused harmony exports RESOURCE_TYPES, typesWithoutTags */
// What this tool knows about AWS resource types: their names, and how the tags on their recovery
// points can be read. Validation, backup and prune all ask this one module, so the knowledge of
// "which points can prove who owns them" lives in one place.
//
// Type names are the Resource Groups Tagging API's `ResourceTypeFilters` (`service:type`), which is
// what plan selectors write in `types:` and what `resourceTypeOfArn` returns.
// The per-type feature table. Source: AWS Backup Developer Guide, "Feature availability by resource"
// (https://docs.aws.amazon.com/aws-backup/latest/devguide/backup-feature-availability.html#features-by-resource),
// looked up 2026-11-30. Only that page's headings could be read from this workspace, not its table,
// so each value below rests on the pages quoted here, read the same day; the rest (marked "table,
// unverified") is the table as remembered and must be checked against the page:
// - "Copy a backup" (https://docs.aws.amazon.com/aws-backup/latest/devguide/recov-point-create-a-copy.html):
//   "For Amazon RDS and Aurora snapshots, AWS Backup only supports automating either cross-account
//   or cross-Region copies", so not both in one copy; copies of other types may do both.
// - "Amazon EBS and AWS Backup" (.../devguide/multi-volume-crash-consistent.html): "EBS is one of the
//   resource that supports a transition of backups to cold storage".
// - "Backup and tag edits" (.../devguide/editing-a-backup.html) and the Lifecycle API shape: types
//   without cold storage ignore MoveToColdStorageAfterDays.
// - "Backup creation by resource type" (.../devguide/creating-a-backup.html): "On-demand backups
//   cannot be used with point-in-time restore (PITR)". This tool starts on-demand jobs, so it never
//   makes continuous backups; `continuousBackup` only names the types for the message.
// - "Changing your retention period" (.../devguide/point-in-time-recovery-retention-period.html),
//   "Retention period by service": continuous backups of Amazon S3, Aurora and Amazon RDS (and SAP
//   HANA on EC2, which plans here do not select). Checked 2026-11-30 (issue 10).
// - table, still unverified: cold storage for EFS, DynamoDB (advanced features) and CloudFormation, not
//   for the others here; no AWS Backup copies for Redshift clusters. Searched again 2026-11-30: the
//   reachable copies of the page (ja_jp/ko_kr .md) end before the table, and the Lifecycle API shape
//   only points to the table's "Lifecycle to cold storage" section. Kept as remembered.
// DynamoDB gets cold storage and copies only with "advanced DynamoDB backup features" (on by default
// for accounts that started using AWS Backup since November 2021). A plan cannot know, so the table
// lets DynamoDB plans use them (AWS answers at run time) while `pointTags` assumes the worst, because
// there the cost of being wrong is deleting data.
const ALL_COPIES = { crossRegionCopy: true, crossAccountCopy: true, crossRegionAndAccountInOneCopy: true };
const RDS_COPIES = { crossRegionCopy: true, crossAccountCopy: true, crossRegionAndAccountInOneCopy: false };
const NO_COPIES = { crossRegionCopy: false, crossAccountCopy: false, crossRegionAndAccountInOneCopy: false };
const RESOURCE_TYPES = [
    // arn:aws:ec2:<r>::snapshot/snap-…
    {
        type: 'ec2:volume',
        optIn: ['EBS'],
        label: 'EBS volume',
        pointTags: 'tagging-api',
        coldStorage: true,
        continuousBackup: false,
        ...ALL_COPIES,
    },
    // arn:aws:ec2:<r>::image/ami-…
    {
        type: 'ec2:instance',
        optIn: ['EC2'],
        label: 'EC2 instance',
        pointTags: 'tagging-api',
        coldStorage: false,
        continuousBackup: false,
        ...ALL_COPIES,
    },
    // …:snapshot:awsbackup:job-…
    {
        type: 'rds:db',
        optIn: ['RDS'],
        label: 'RDS database',
        pointTags: 'tagging-api',
        coldStorage: false,
        continuousBackup: true,
        ...RDS_COPIES,
    },
    {
        type: 'rds:cluster',
        optIn: ['Aurora', 'DocumentDB', 'Neptune'],
        label: 'Aurora/DocumentDB/Neptune cluster',
        pointTags: 'tagging-api',
        coldStorage: false,
        continuousBackup: true,
        ...RDS_COPIES,
    },
    {
        type: 'redshift:cluster',
        optIn: ['Redshift'],
        label: 'Redshift cluster',
        pointTags: 'tagging-api',
        coldStorage: false,
        continuousBackup: false,
        ...NO_COPIES,
    },
    {
        type: 'fsx:file-system',
        optIn: ['FSx'],
        label: 'FSx file system',
        pointTags: 'tagging-api',
        coldStorage: false,
        continuousBackup: false,
        ...ALL_COPIES,
    },
    {
        type: 'storagegateway:gateway',
        optIn: ['Storage Gateway'],
        label: 'Storage Gateway volume',
        pointTags: 'tagging-api',
        coldStorage: false,
        continuousBackup: false,
        ...ALL_COPIES,
    },
    {
        type: 'elasticfilesystem:file-system',
        optIn: ['EFS'],
        label: 'EFS file system',
        pointTags: 'backup',
        coldStorage: true,
        continuousBackup: false,
        ...ALL_COPIES,
    },
    {
        type: 's3',
        optIn: ['S3'],
        label: 'S3 bucket',
        pointTags: 'backup',
        coldStorage: false,
        continuousBackup: true,
        ...ALL_COPIES,
    },
    {
        type: 'cloudformation:stack',
        optIn: ['CloudFormation'],
        label: 'CloudFormation stack',
        pointTags: 'backup',
        coldStorage: true,
        continuousBackup: false,
        ...ALL_COPIES,
    },
    // Without "advanced DynamoDB backup features" the points are DynamoDB's own backups
    // (arn:aws:dynamodb:…:table/t/backup/…), which take no tags. Whether the account has the
    // feature on cannot be known from a plan file, so pruning must assume the worst.
    {
        type: 'dynamodb:table',
        optIn: ['DynamoDB'],
        label: 'DynamoDB table',
        pointTags: 'none',
        coldStorage: true,
        continuousBackup: false,
        ...ALL_COPIES,
    },
];
/** The types with a feature, for messages ("only … support it"). */
function typesWith(feature) {
    return RESOURCE_TYPES.filter((t) => t[feature]).map((t) => t.type);
}
const byType = new Map(RESOURCE_TYPES.map((t) => [t.type, t]));
const KNOWN_RESOURCE_TYPES = RESOURCE_TYPES.map((t) => t.type);
/** Types whose recovery points cannot carry tags: `retain.keep` is refused for them. */
const typesWithoutTags = RESOURCE_TYPES.filter((t) => t.pointTags === 'none').map((t) => t.type);
function resourceTypeInfo(type) {
    return byType.get(type);
}
const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws|):(.+)$/;
function parseArn(arn) {
    const m = ARN.exec(arn);
    if (!m)
        return undefined;
    return { partition: m[1], service: m[2], region: m[3], account: m[4], resource: m[5] };
}
/**
 * The Tagging API type of a resource ARN: "ec2:volume", "rds:db", "dynamodb:table",
 * "elasticfilesystem:file-system", "s3", … (undefined when the text is not an ARN).
 */
function resourceTypeOfArn(arn) {
    const parsed = parseArn(arn);
    if (!parsed)
        return undefined;
    if (parsed.service === 's3')
        return 's3';
    // The resource part is `type/id`, `type:id` or just `id` depending on the service.
    const kind = /^([^/:]+)[/:]/.exec(parsed.resource)?.[1];
    return kind ? `${parsed.service}:${kind}` : parsed.service;
}
/**
 * Why AWS will not back up a resource of this type in an account and region, from that region's
 * DescribeRegionSettings opt-in (undefined: nothing known against it). A type with several AWS
 * Backup names (an RDS cluster: Aurora, DocumentDB or Neptune) is refused only when all are off,
 * since its ARN does not say which it is; then a job of the wrong one still fails with AWS's words.
 */
function optInProblem(type, optIn, where) {
    const names = type ? resourceTypeInfo(type)?.optIn : undefined;
    if (!names || names.length === 0 || !names.every((n) => optIn[n] === false))
        return undefined;
    return (`resource type ${names.join('/')} is not opted in to AWS Backup in account ${where.account}, region ${where.region}, ` +
        'so AWS does not back it up: turn it on in the AWS Backup console (Settings → Service opt-in → Configure resources) ' +
        'or with UpdateRegionSettings');
}
/** Where to read the tags of a recovery point, from the recovery point's own ARN. */
function pointTagSource(recoveryPointArn) {
    const parsed = parseArn(recoveryPointArn);
    if (!parsed)
        return 'none';
    if (parsed.service === 'backup')
        return 'backup';
    // DynamoDB's own on-demand backups (arn:aws:dynamodb:<r>:<a>:table/<t>/backup/<id>) take no tags.
    if (parsed.service === 'dynamodb')
        return 'none';
    return 'tagging-api';
}


/***/ }),

/***/ 5081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
// "Did you mean …?" for unknown names, by edit distance.
/** Levenshtein distance (insert, delete, substitute; each costs 1). */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest candidate when it is plausibly a typo (case-insensitive, distance ≤ a third of the length). */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const limit = Math.max(1, Math.floor(Math.max(word.length, best?.length ?? 0) / 3));
    return bestDistance <= limit ? best : undefined;
}
/** ` did you mean "x"?` or, without a close match, the list of what is allowed. */
function didYouMean(word, candidates) {
    const match = closest(word, candidates);
    if (match)
        return `; did you mean "${match}"?`;
    return candidates.length > 0 ? `; expected one of: ${candidates.join(', ')}` : '';
}


/***/ }),

/***/ 568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_VALUES, FORBIDDEN_KEYS */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
// YAML with source positions. js-yaml's event stream carries source offsets; we walk it once to
// record where every key and value of the document sits (by path), catch duplicate keys with a
// precise position, and let js-yaml construct the plain value from the same events.

const pathKey = (path) => JSON.stringify(path);
/**
 * How many values a document may hold once its aliases are expanded. An alias is one event but the
 * code after the parser (schema, checks) walks the value it stands for every time it is used, so
 * one anchor referenced N times costs N × its size, and nested anchors multiply ("billion laughs").
 * A real plan holds a few thousand values; this leaves ample room and keeps any file cheap.
 */
const MAX_EXPANDED_VALUES = 100_000;
/**
 * Keys that name JavaScript object internals. As a rule name or tag key they would not become an
 * own entry of the map built from the file (`__proto__` sets the prototype instead), so a rule would
 * validate and never run and a tag selector would silently select more: refuse them.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** `rules.daily.copyTo[0].region` */
function formatPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? part : `.${part}`;
    }
    return out;
}
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                this.starts.push(i + 1);
    }
    at(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
const QUOTED = new Set([2, 3]); // SCALAR_STYLE.SINGLE_QUOTED, DOUBLE_QUOTED
function startOffset(event) {
    switch (event.type) {
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR:
            if (event.anchorStart >= 0)
                return event.anchorStart - 1;
            if (event.tagStart >= 0)
                return event.tagStart;
            return QUOTED.has(event.style) ? event.valueStart - 1 : event.valueStart;
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE:
            return event.start;
        case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS:
            return event.anchorStart - 1; // the `*`
        default:
            return 0;
    }
}
function parseYaml(text, filename) {
    const nodes = new Map();
    const problems = [];
    const lines = new LineIndex(text);
    let events;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename });
    }
    catch (error) {
        problems.push(yamlProblem(error));
        return { value: undefined, nodes, problems };
    }
    const documents = events.filter((e) => e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT).length;
    if (documents > 1) {
        problems.push({
            line: 1,
            column: 1,
            message: 'a plan file holds one YAML document; remove the "---" separators',
        });
        return { value: undefined, nodes, problems };
    }
    // Values each anchor stands for once expanded (saturating at the limit), by anchor name.
    const anchorSizes = new Map();
    let expanded = 0;
    let fromAliases = 0; // of `expanded`, what aliases added beyond themselves
    const tooLarge = new Error('alias expansion limit');
    let i = 0;
    /** Walks one node; returns how many values it stands for with its aliases expanded. */
    const walk = (path, key) => {
        const event = events[i++];
        const offset = startOffset(event);
        // An empty value (`rules:` and nothing) has no offset of its own: point at its key.
        const source = { value: offset >= 0 ? lines.at(offset) : (key ?? { line: 1, column: 1 }) };
        if (key)
            source.key = key;
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            const end = QUOTED.has(event.style) ? event.valueEnd + 1 : event.valueEnd;
            source.raw = offset >= 0 ? text.slice(offset, end) : '';
        }
        nodes.set(pathKey(path), source);
        let size = 1;
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS) {
            size = anchorSizes.get(text.slice(event.anchorStart, event.anchorEnd)) ?? 1;
            expanded += size - 1; // the alias event itself was counted below like any value
            fromAliases += size - 1;
        }
        expanded++;
        if (expanded > MAX_EXPANDED_VALUES) {
            const limit = MAX_EXPANDED_VALUES.toLocaleString('en-US');
            problems.push({
                ...source.value,
                message: `${formatPath(path) || 'the document'}: ` +
                    (fromAliases * 2 >= expanded
                        ? `with its aliases expanded this file holds more than ${limit} values (anchors referenced over and over multiply); write the values out or use fewer aliases`
                        : `this file holds more than ${limit} keys and values; a plan needs a few thousand at most`),
            });
            throw tooLarge;
        }
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
            for (let index = 0; events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP; index++)
                size += walk([...path, index], undefined);
            i++;
        }
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING) {
            const seen = new Map();
            while (events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
                const keyEvent = events[i];
                const keyPos = lines.at(Math.max(0, startOffset(keyEvent)));
                if (keyEvent.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
                    problems.push({ ...keyPos, message: 'mapping keys must be plain names' });
                    skip(); // the key
                    skip(); // its value
                    continue;
                }
                i++;
                size++;
                expanded++;
                const name = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, keyEvent);
                const first = seen.get(name);
                if (FORBIDDEN_KEYS.has(name)) {
                    problems.push({
                        ...keyPos,
                        message: `${formatPath([...path, name])}: "${name}" may not be used as a name (it names JavaScript object internals); rename it`,
                    });
                    skip(); // its value
                    continue;
                }
                if (first) {
                    const where = formatPath([...path, name]);
                    const what = path.length === 1 && path[0] === 'rules' ? 'rule name' : 'key';
                    problems.push({
                        ...keyPos,
                        message: `${where}: duplicate ${what} "${name}" (first at line ${first.line}); each ${what} may appear once`,
                    });
                }
                else
                    seen.set(name, keyPos);
                size += walk([...path, name], keyPos);
            }
            i++;
        }
        if ('start' in event && event.anchorStart >= 0)
            anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), size);
        else if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR && event.anchorStart >= 0)
            anchorSizes.set(text.slice(event.anchorStart, event.anchorEnd), size);
        return size;
    };
    // Skip one complete node (used for keys we cannot name).
    const skip = () => {
        let depth = 0;
        do {
            const e = events[i++];
            if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE)
                depth++;
            else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
                depth--;
        } while (depth > 0);
    };
    if (events[i]?.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT) {
        i++;
        try {
            if (events[i] && events[i].type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP)
                walk([], undefined);
        }
        catch (error) {
            if (error !== tooLarge)
                throw error;
        }
    }
    if (problems.length > 0)
        return { value: undefined, nodes, problems };
    try {
        const [value] = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, filename, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
        return { value, nodes, problems };
    }
    catch (error) {
        problems.push(yamlProblem(error));
        return { value: undefined, nodes, problems };
    }
}
function yamlProblem(error) {
    if (error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB) {
        const mark = error.mark;
        return {
            line: mark ? mark.line + 1 : 1,
            column: mark ? mark.column + 1 : 1,
            message: `not valid YAML: ${error.reason}`,
        };
    }
    return {
        line: 1,
        column: 1,
        message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    };
}


/***/ }),

/***/ 9025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ minimumGap),
/* harmony export */   TM: () => (/* binding */ maximumGap),
/* harmony export */   dC: () => (/* binding */ fireTimes),
/* harmony export */   kc: () => (/* binding */ latestSlot),
/* harmony export */   lh: () => (/* binding */ scheduleTimesOfDay),
/* harmony export */   yo: () => (/* binding */ nextSlot)
/* harmony export */ });
/* unused harmony exports ScheduleError, compileSchedule, previousSlot, previousSlots, scheduleProblem, minimumGapMinutes */
/* harmony import */ var croner__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5814);
/* harmony import */ var _calendar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4051);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3083);
// Cron slots of a rule: 5-field cron read in an IANA time zone, through croner.
//
// DST semantics are croner's (the same as croner-rust and close to Vixie cron), and they give the
// property the backup loop needs — a daily rule has exactly one slot every local day:
// - A fixed-time schedule (one value each in minute and hour, e.g. "0 2 * * *") whose time does not
//   exist on a spring-forward day fires once, when the clock has jumped (Europe/Berlin: 03:00 CEST);
//   whose time happens twice on a fall-back day fires once, at the first occurrence (02:00 CEST).
// - Any other schedule (a list, range, step or `*` in minute or hour, e.g. hourly "0 * * * *") skips
//   wall times that do not exist and fires on both occurrences of a repeated wall time. These are
//   two distinct instants an hour apart, i.e. two legitimate hourly slots.
// Month ends follow cron: "0 3 31 * *" fires only in months with a 31st, "0 3 L * *" (croner's L)
// on every last day of the month, "0 3 29 2 *" only in leap years.



class ScheduleError extends Error {
    name = 'ScheduleError';
}
const compiled = new Map();
const MAX_COMPILED = 1000;
/** Parse a schedule in a zone once; throws a ScheduleError (or TimeZoneError) that says what to fix. */
function compileSchedule(schedule, timezone) {
    const key = `${timezone}\u0000${schedule}`;
    const hit = compiled.get(key);
    if (hit)
        return hit;
    (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimeZone */ .A3)(timezone);
    const pattern = parsePattern(schedule, timezone);
    let cron;
    try {
        // `paused` keeps croner from arming a timer: we only evaluate the pattern. Given a zone, croner
        // formats every instant it looks at through Intl, even for UTC; a fixed offset of 0 is plain
        // arithmetic with the same slots (nextRun 3.7x faster).
        const zone = (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .isUtc */ .rr)(timezone) ? { utcOffset: 0 } : { timezone };
        cron = new croner__WEBPACK_IMPORTED_MODULE_0__/* .Cron */ .l4(schedule, { ...zone, mode: '5-part', paused: true });
    }
    catch (e) {
        throw scheduleError(schedule, e);
    }
    const result = { cron, timesOfDay: timesOfDayOf(pattern) };
    if (compiled.size >= MAX_COMPILED)
        compiled.clear();
    compiled.set(key, result);
    return result;
}
/** Local minutes after midnight at which a pattern fires on a day it fires, ascending. */
function timesOfDayOf(pattern) {
    const timesOfDay = [];
    for (let h = 0; h < 24; h++) {
        if (!pattern.hour[h])
            continue;
        for (let m = 0; m < 60; m++)
            if (pattern.minute[m])
                timesOfDay.push(h * 60 + m);
    }
    return timesOfDay;
}
/**
 * `compileSchedule(schedule, timezone).timesOfDay` without building the Cron object when the schedule
 * is not compiled yet: plan validation needs only these, and a Cron (with a pattern of its own) per
 * rule is a measurable share of a `validate` run (issue 12). Throws as compileSchedule does.
 */
function scheduleTimesOfDay(schedule, timezone) {
    const hit = compiled.get(`${timezone}\u0000${schedule}`);
    if (hit)
        return hit.timesOfDay;
    (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .assertTimeZone */ .A3)(timezone);
    return timesOfDayOf(parsePattern(schedule, timezone));
}
/** The schedule's 5-field pattern; throws a ScheduleError that says what to fix. */
function parsePattern(schedule, timezone) {
    try {
        return new croner__WEBPACK_IMPORTED_MODULE_0__/* .CronPattern */ .zj(schedule, timezone, { mode: '5-part' });
    }
    catch (e) {
        throw scheduleError(schedule, e);
    }
}
function scheduleError(schedule, cause) {
    const why = cause instanceof Error ? cause.message.replace(/^CronPattern:\s*/, '') : String(cause);
    return new ScheduleError(`invalid cron schedule "${schedule}": ${why}; expected 5 fields: minute hour day-of-month month day-of-week, e.g. "0 3 * * *"`);
}
/**
 * Latest slots already found, by schedule, zone and time: a run asks once per rule and resource
 * with the same `now`, and croner's backward search is the costly part. Bounded: cleared when full.
 */
const latestSlots = new Map();
const LATEST_SLOTS_MAX = 4096;
/** The latest fire time at or before `now` (inclusive), or undefined when it never fired before. */
function latestSlot(schedule, timezone, now) {
    const key = `${schedule}\n${timezone}\n${now.getTime()}`;
    if (latestSlots.has(key)) {
        const slot = latestSlots.get(key);
        return slot && new Date(slot.getTime());
    }
    if (latestSlots.size >= LATEST_SLOTS_MAX)
        latestSlots.clear();
    const slot = findLatestSlot(schedule, timezone, now);
    latestSlots.set(key, slot);
    return slot && new Date(slot.getTime());
}
function findLatestSlot(schedule, timezone, now) {
    const { cron } = compileSchedule(schedule, timezone);
    // croner's previousRuns includes a run earlier in the same second as the reference, so a reference
    // 1 ms after `now` makes a slot exactly at `now` count.
    const [slot] = cron.previousRuns(1, new Date(now.getTime() + 1));
    return slot !== undefined && slot.getTime() <= now.getTime() ? slot : undefined;
}
/** The latest fire time strictly before `before`. */
function previousSlot(schedule, timezone, before) {
    return latestSlot(schedule, timezone, new Date(before.getTime() - 1));
}
/** Up to `limit` fire times strictly before `before`, newest first. */
function previousSlots(schedule, timezone, before, limit) {
    const { cron } = compileSchedule(schedule, timezone);
    // previousRuns excludes a run exactly at the reference but includes one earlier in the same
    // second; both are on the right side of "strictly before", the filter only guards that.
    return cron.previousRuns(limit, before).filter((d) => d.getTime() < before.getTime());
}
/** The earliest fire time strictly after `after`. */
function nextSlot(schedule, timezone, after) {
    const { cron } = compileSchedule(schedule, timezone);
    return cron.nextRun(after) ?? undefined;
}
/** Does the schedule parse in the zone and fire at all (within croner's search range)? An error message, or undefined. */
function scheduleProblem(schedule, timezone, from = new Date()) {
    try {
        compileSchedule(schedule, timezone);
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
    if (!nextSlot(schedule, timezone, from) && !latestSlot(schedule, timezone, from)) {
        return `cron schedule "${schedule}" never fires (no such date, e.g. February 30th)`;
    }
    return undefined;
}
/**
 * Every fire time in [start, end] (epoch ms), ascending, handed to `visit` until it returns false.
 *
 * Efficient: a schedule fires at the same local times of day (`timesOfDay`) on every day it fires,
 * so away from DST transitions one croner lookup per firing day is enough (croner's nextRun costs
 * about a millisecond in a named zone), and the rest of the day is arithmetic. Within ±36 hours of
 * each transition every fire time comes from croner, so the shorter (or longer) real gaps that DST
 * makes — e.g. "0,50 2 * * *" fires 02:50 CEST and then 02:00 CET ten minutes later — are exact.
 */
function walkFireTimes(schedule, timezone, start, end, visit) {
    const { cron, timesOfDay } = compileSchedule(schedule, timezone);
    const windows = (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .offsetTransitions */ .KX)(timezone, start - 2 * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_DAY */ .ec, end + 2 * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_DAY */ .ec).map((t) => [t - 36 * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_HOUR */ .C_, t + 36 * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_HOUR */ .C_]);
    // Croner's nextRun is strictly after its argument; start 1 ms early to include a run at `start`.
    let cursor = start - 1;
    for (;;) {
        const next = cron.nextRun(new Date(cursor));
        if (!next || next.getTime() > end)
            return;
        const first = next.getTime();
        const window = windows.find(([a, b]) => first >= a && first <= b);
        const minute = window ? -1 : (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .localMinuteOfDay */ .Dn)(timezone, first);
        const index = window ? -1 : timesOfDay.indexOf(minute);
        if (window || index < 0) {
            // Near a DST transition (or, defensively, a fire time outside the day's pattern): ask croner
            // for every fire time until the end of the window (or this one only).
            const until = window ? Math.min(window[1], end) : first;
            for (let t = first; t !== undefined && t <= until;) {
                if (!visit(t))
                    return;
                t = cron.nextRun(new Date(t))?.getTime();
            }
            cursor = until;
            continue;
        }
        // A plain day: the offset is constant for at least 36 hours around `first`, so the remaining
        // fire times of this local day are `first` plus their distance in wall-clock minutes.
        for (let k = index; k < timesOfDay.length; k++) {
            const t = first + (timesOfDay[k] - minute) * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_MINUTE */ .EM;
            if (t > end)
                return;
            if (!visit(t))
                return;
        }
        // Continue from just before the next local midnight.
        cursor = first + (24 * 60 - minute) * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_MINUTE */ .EM - 1;
    }
}
/** Fire times (epoch ms, ascending) in [from, to]. Throws a ScheduleError for a bad cron. */
function fireTimes(schedule, timezone, from, to) {
    const out = [];
    walkFireTimes(schedule, timezone, from.getTime(), to.getTime(), (t) => {
        out.push(t);
        return true;
    });
    return out;
}
/**
 * The shortest real-time gap between consecutive fire times in [from, from + days], with the pair
 * that shows it (for an error message such as "fires at 00:50 and 01:00 UTC on 2026-10-25").
 * Undefined when the schedule fires fewer than twice in the span. Stops early at 1 minute, the floor
 * for 5-field cron, or at `stopAtOrBelow` when the caller only needs to know whether some gap is that
 * short.
 */
function minimumGap(schedule, timezone, from, options = {}) {
    const floor = Math.max(1, options.stopAtOrBelow ?? 1);
    const start = from.getTime();
    let best;
    let prev;
    walkFireTimes(schedule, timezone, start, start + (options.days ?? 366) * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_DAY */ .ec, (ms) => {
        if (prev !== undefined) {
            const minutes = (ms - prev) / _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_MINUTE */ .EM;
            if (!best || minutes < best.minutes)
                best = { minutes, from: new Date(prev), to: new Date(ms) };
        }
        prev = ms;
        return best === undefined || best.minutes > floor;
    });
    return best;
}
/** The shortest gap in minutes between consecutive fire times over a year from `from`; Infinity when it fires less than twice. */
function minimumGapMinutes(schedule, timezone, from, days = 366) {
    return minimumGap(schedule, timezone, from, { days })?.minutes ?? Infinity;
}
/**
 * The longest real-time gap between a fire time in [from, from + days] and the one after it (which
 * may fall after the span, so a schedule that fires once in the span still has its gap: a yearly rule
 * over a year), with the pair that shows it. This is the schedule's recovery point objective, for the
 * review and the audit. Undefined when the schedule never fires again after the span's first fire.
 * Over a year or more every weekday, month end and DST change of the schedule counts.
 */
function maximumGap(schedule, timezone, from, options = {}) {
    const start = from.getTime();
    let best;
    let prev;
    const consider = (ms) => {
        if (prev !== undefined) {
            const minutes = (ms - prev) / _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_MINUTE */ .EM;
            if (!best || minutes > best.minutes)
                best = { minutes, from: new Date(prev), to: new Date(ms) };
        }
        prev = ms;
        return true;
    };
    walkFireTimes(schedule, timezone, start, start + (options.days ?? 366) * _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .MS_PER_DAY */ .ec, consider);
    const after = prev === undefined ? undefined : nextSlot(schedule, timezone, new Date(prev));
    if (after)
        consider(after.getTime());
    return best;
}


/***/ })

};
