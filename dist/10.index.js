export const id = 10;
export const ids = [10];
export const modules = {

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeRetention: () => (/* binding */ describeRetention),
/* harmony export */   errorSummary: () => (/* binding */ errorSummary),
/* harmony export */   successSummary: () => (/* binding */ successSummary),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _plan_select_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8451);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


/** GitHub's job summary limit is 1 MiB per step; stay clearly below it. */
const validateCommand = async (inputs, host) => {
    // `plan` may name several ids, comma-separated, as backup and prune take it.
    const selected = await (0,_plan_select_js__WEBPACK_IMPORTED_MODULE_0__/* .selectPlans */ .H)(inputs.plans, inputs.plan);
    const { plans } = selected;
    const errors = [...selected.errors, ...selected.missing.map((id) => missingPlan(inputs.plans, id))];
    const errorCount = selected.errorCount + selected.missing.length;
    host.setOutput('errors', errorCount);
    if (errors.length > 0) {
        for (const e of errors)
            host.error(e.message, { file: e.file, line: e.line, column: e.column });
        // In a terminal the errors above are the whole report; a Markdown copy on stdout would repeat them.
        if (host.kind === 'action')
            await host.summary(errorSummary(errors, errorCount));
        return 1;
    }
    const line = `${plans.length} ${plans.length === 1 ? 'plan' : 'plans'} valid`;
    if (host.kind === 'action') {
        host.info(line);
        await host.summary(successSummary(line, plans));
    }
    else {
        await host.summary(line);
    }
    return 0;
};
function missingPlan(dir, id) {
    return { file: dir, line: 1, column: 1, message: `no plan "${id}" in ${dir}` };
}
/** `total` counts every error found; `errors` may be the first of them only (the loader caps its report). */
function errorSummary(errors, total = errors.length) {
    const rows = errors.map((e) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${e.file}:${e.line}:${e.column}`, { tableCell: true })} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(e.message)} |`);
    const markdown = [
        `## Plan validation: ${total.toLocaleString('en-US')} ${total === 1 ? 'error' : 'errors'}`,
        '',
        '| Where | Problem |',
        '| --- | --- |',
        ...rows,
        '',
    ].join('\n');
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimMarkdown */ .Cc)(markdown, _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_MAX_BYTES */ .eR, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimNote */ .dG)('the annotations of this step'));
}
function successSummary(line, plans) {
    const rows = plans.flatMap((plan) => plan.rules.map((rule) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(plan.id)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(rule.name)} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rule.schedule, { tableCell: true })} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(rule.timezone)} ` +
        `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(describeRetention(rule.retain))} ` +
        `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(rule.copyTo.map((c) => `${c.account}/${c.region}/${c.vault}: ${describeRetention(c.retain)}`).join('; ') || '—')} |`));
    const markdown = [
        '## Plan validation',
        '',
        line,
        '',
        '| Plan | Rule | Schedule | Retention | Copies |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .trimMarkdown */ .Cc)(markdown, _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_MAX_BYTES */ .eR);
}
/** "35 days, cold after 30 days" or "keep daily 7, weekly 4 (hard limit 400 days)". */
function describeRetention(retain) {
    const parts = [];
    if (retain.days !== undefined)
        parts.push(`${retain.days} days`);
    if (retain.keep !== undefined)
        parts.push(`keep ${Object.entries(retain.keep)
            .map(([k, v]) => `${k} ${v === -1 ? 'unlimited' : v}`)
            .join(', ')}`);
    if (retain.coldAfterDays !== undefined)
        parts.push(`cold after ${retain.coldAfterDays} days`);
    if (retain.hardLimitDays !== undefined)
        parts.push(`hard limit ${retain.hardLimitDays} days`);
    return parts.join(', ');
}


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
