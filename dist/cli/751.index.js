export const id = 751;
export const ids = [751];
export const modules = {

/***/ 7751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listPlansCommand: () => (/* binding */ listPlansCommand)
});

// EXTERNAL MODULE: ./src/plan/select.ts
var plan_select = __webpack_require__(8451);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/matrix.ts
// Plans → GitHub Actions matrix entries for the reusable backup workflow. GitHub caps a matrix at 256
// jobs, so with more plans they share jobs. Each entry's `key` names the workflow's concurrency group,
// which serialises the runs of the plans in it; it must therefore stay the same for a plan when other
// plans come and go. Over 256 plans a plan's group is a hash of its id alone, never its position in a
// sorted list (where adding one plan would move every later plan to another group).

/** GitHub's limit on the jobs one matrix may create. */
const MATRIX_MAX_JOBS = 256;
/** The bucket of a plan id: the first 32 bits of its SHA-256, modulo the bucket count. */
function planBucket(id, buckets = MATRIX_MAX_JOBS) {
    return (0,external_node_crypto_.createHash)('sha256').update(id, 'utf8').digest().readUInt32BE(0) % buckets;
}
/**
 * One job per plan while there are at most 256 plans; else the plans grouped into at most 256 jobs by
 * `planBucket`. `ids` is every plan of the folder (the grouping depends on the folder, not on a filter),
 * `only` narrows the result to those ids while keeping each one's key.
 */
function matrixGroups(ids, only) {
    const all = [...new Set(ids)].sort();
    const wanted = (id) => !only || only.has(id);
    if (all.length <= MATRIX_MAX_JOBS)
        return all.filter(wanted).map((id) => ({ key: `plan-${id}`, name: id, plans: id }));
    const buckets = new Map();
    for (const id of all) {
        if (!wanted(id))
            continue;
        const bucket = planBucket(id);
        const members = buckets.get(bucket);
        if (members)
            members.push(id);
        else
            buckets.set(bucket, [id]);
    }
    return [...buckets.entries()]
        .sort(([a], [b]) => a - b)
        .map(([bucket, members]) => {
        const key = `group-${String(bucket).padStart(3, '0')}`;
        const shown = members.slice(0, 3).join(', ') + (members.length > 3 ? ` +${members.length - 3}` : '');
        return { key, name: `${key} (${shown})`, plans: members.join(',') };
    });
}

// EXTERNAL MODULE: ./src/plan/load.ts + 1 modules
var load = __webpack_require__(3986);
;// CONCATENATED MODULE: ./src/commands/list-plans.ts



const listPlansCommand = async (inputs, host) => {
    const listing = await (0,load/* listPlanFiles */.Bm)(inputs.plans);
    if ('folderError' in listing) {
        const e = listing.folderError;
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
        return 1;
    }
    // Other entries break `validate`, and every job reports them; they must not stop the plans that work.
    // A broken plan file (a dangling link, say) still gets its job: that job reports it as its plan's failure.
    const notes = [...listing.errors, ...[...listing.fileErrors.values()].flat()];
    for (const e of notes)
        host.warning(e.message, { file: e.file, line: e.line, column: e.column });
    const ids = [...new Set([...listing.files.map((f) => f.id), ...listing.fileErrors.keys()])].sort();
    const wanted = (0,plan_select/* parsePlanFilter */.V)(inputs.plan);
    const missing = (wanted ?? []).filter((id) => !ids.includes(id));
    if (missing.length > 0) {
        host.error(`no plan ${missing.map((id) => `"${id}"`).join(', ')} in ${inputs.plans}; plans: ${ids.join(', ')}`);
        return 1;
    }
    const matrix = matrixGroups(ids, wanted ? new Set(wanted) : undefined);
    const selected = matrix.flatMap((g) => g.plans.split(','));
    host.setOutput('matrix', JSON.stringify(matrix));
    host.setOutput('plans', JSON.stringify(selected));
    if (host.kind === 'cli')
        await host.summary(inputs.json ? JSON.stringify({ plans: selected, matrix }) : selected.join('\n'));
    else
        host.info(`${selected.length} ${selected.length === 1 ? 'plan' : 'plans'} in ${matrix.length} matrix ${matrix.length === 1 ? 'job' : 'jobs'}`);
    return 0;
};


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ selectPlans),
/* harmony export */   V: () => (/* binding */ parsePlanFilter)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3986);
// Which plans a run (backup, prune, …) works on: the folder, optionally narrowed by the `plan` input, which may
// name several ids separated by commas (the reusable workflow groups plans that way when there are
// more than 256, GitHub's matrix limit).

function parsePlanFilter(value) {
    if (value === undefined)
        return undefined;
    const ids = [
        ...new Set(value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')),
    ];
    return ids.length > 0 ? ids : undefined;
}
async function selectPlans(dir, filter) {
    const ids = parsePlanFilter(filter);
    // One id: the loader itself reports an unknown id (naming the plans that exist). Several: unknown
    // ids come back in `missing`. Either way only the selected plans are loaded in full.
    return (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPlans */ .hr)(dir, ids ? { only: ids.length === 1 ? ids[0] : ids } : {});
}


/***/ })

};
