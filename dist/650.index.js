export const id = 650;
export const ids = [650];
export const modules = {

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  restoreCommand: () => (/* binding */ restoreCommand)
});

// EXTERNAL MODULE: ./src/time/wait.ts
var wait = __webpack_require__(428);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
// EXTERNAL MODULE: ./src/report/envelope.ts
var report_envelope = __webpack_require__(4876);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/restore.ts
// The restore's job summary / terminal text. Everything that came from AWS or the user is escaped.

const STATUS = {
    'dry-run': 'dry run: nothing restored',
    started: 'restore job started (not waited for)',
    completed: 'restored',
    failed: 'restore FAILED',
    'still-running': 'restore still running',
};
function duration(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}
function renderRestoreMarkdown(r) {
    const row = (k, v) => `| ${k} | ${v} |`;
    const c = (t) => (0,markdown/* code */.aY)(t, { tableCell: true });
    const lines = [
        `## backup-plans restore: ${(0,markdown/* escapeTableCell */.aL)(STATUS[r.status])}`,
        '',
        '| | |',
        '| --- | --- |',
        row('plan', c(r.plan)),
        row('resource', `${c(r.resource)} (${(0,markdown/* escapeTableCell */.aL)(r.resourceType)})`),
        row('recovery point', `${c(r.point.arn)}, created ${r.point.creationDate}`),
        row('vault', `${c(r.point.vault)} (${r.point.account}/${r.point.region}, ${r.point.kind})`),
    ];
    if (r.restoreJobId)
        lines.push(row('restore job', c(r.restoreJobId)));
    if (r.createdResourceArn)
        lines.push(row('created resource', c(r.createdResourceArn)));
    if (r.durationSeconds !== undefined)
        lines.push(row('duration', duration(r.durationSeconds)));
    if (r.statusMessage)
        lines.push(row('status message', (0,markdown/* escapeTableCell */.aL)(r.statusMessage)));
    lines.push(row('source tags copied', r.copySourceTags ? 'yes' : 'no (not available for this type)'));
    lines.push('', '### Restore metadata used', '', '| key | value |', '| --- | --- |');
    for (const [k, v] of Object.entries(r.metadata).sort(([a], [b]) => a.localeCompare(b)))
        lines.push(`| ${c(k)} | ${c(v)} |`);
    if (r.notes.length > 0)
        lines.push('', ...r.notes.map((n) => `- ${(0,markdown/* escapeTableCell */.aL)(n)}`));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/restore/metadata.ts
var metadata = __webpack_require__(8913);
// EXTERNAL MODULE: ./src/restore/point.ts
var point = __webpack_require__(9496);
// EXTERNAL MODULE: ./src/restore/run.ts
var restore_run = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/commands/restore.ts
// `restore`: wires the plan, AWS clients and the host around src/restore/run.ts.








const restoreCommand = async (inputs, host) => {
    const flag = (cli, action) => (host.kind === 'cli' ? `--${cli}` : `\`${action}\``);
    if (!inputs.plan || inputs.plan.includes(',')) {
        host.error(`restore needs exactly one plan: ${flag('plan ID', 'plan')}`);
        return 2;
    }
    if (!inputs.resource) {
        host.error(`restore needs the resource to restore: ${flag('resource ARN', 'resource')}`);
        return 2;
    }
    // Secrets among the overrides (passwords) are masked wherever the host prints.
    for (const v of (0,metadata/* secretValues */.VX)(inputs.metadata ?? {}))
        host.setSecret(v);
    const run = new context/* RunContext */.Z('restore', inputs, host);
    const selected = await run.selectPlans();
    for (const e of selected.errors)
        host.error(e.message, { file: e.file, line: e.line, column: e.column });
    const plan = selected.plans[0];
    if (!plan || selected.errors.length > 0) {
        if (selected.missing.length > 0)
            host.error(`plan "${inputs.plan}" not found in ${inputs.plans}`);
        run.destroy();
        return 1;
    }
    try {
        const report = await (0,restore_run/* runRestore */.Y)(plan, {
            resource: inputs.resource,
            point: (0,point/* parsePointSpec */.TZ)(inputs.point),
            vault: inputs.vault,
            region: inputs.region,
            overrides: inputs.metadata ?? {},
            force: inputs.force ?? false,
            dryRun: inputs.dryRun,
            wait: inputs.wait,
        }, {
            backup: (role, region) => run.aws.backup(role, region),
            now: () => run.clock.now(),
            info: (m) => host.info(m),
            sleep: (ms) => (0,wait/* waitBeforeRetry */.jy)(ms),
            localNow: () => Date.now(),
        });
        // The envelope every command shares; the restore is the plan's one entry.
        const envelope = {
            command: 'restore',
            version: report_envelope/* REPORT_VERSION */.A,
            ...run.times(),
            plans: [report],
        };
        const path = run.writeReport(envelope);
        await host.summary(renderRestoreMarkdown(report));
        if (report.restoreJobId)
            host.setOutput('restore-job-id', report.restoreJobId);
        if (report.createdResourceArn)
            host.setOutput('created-resource-arn', report.createdResourceArn);
        host.setOutput('report', path);
        if (report.status === 'failed') {
            host.error(`restore job ${report.restoreJobId} failed: ${report.statusMessage ?? 'no message'}`);
            return 1;
        }
        if (report.status === 'completed')
            host.info(`restored ${report.createdResourceArn} in ${report.durationSeconds} s`);
        return 0;
    }
    catch (error) {
        if (error instanceof point/* RestoreInputError */.pr)
            host.error(error.message);
        else
            host.error(`restore failed: ${(0,retry/* describeAwsError */.Pp)(error)}`);
        return 1;
    }
    finally {
        run.destroy();
    }
};


/***/ })

};
