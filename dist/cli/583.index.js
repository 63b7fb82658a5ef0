export const id = 583;
export const ids = [583];
export const modules = {

/***/ 7583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   liveImpact: () => (/* binding */ liveImpact)
/* harmony export */ });
/* harmony import */ var _aws_denied_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3902);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _aws_id_token_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8104);
/* harmony import */ var _aws_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _plan_namespace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4976);
/* harmony import */ var _prune_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8215);
/* harmony import */ var _prune_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9710);
/* harmony import */ var _prune_targets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3670);
/* harmony import */ var _review_live_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5244);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(670);
// review's live impact: prune's planning (src/prune/run.ts) in dry-run mode over the existing recovery
// points, once under the base plans and once under the head plans, read through a read-only role.
// Loaded only when a read-only role is configured, so a review without one never loads the SDK.
//
// Nothing here can delete: dry run never reaches the executor, and the clients it is given for
// deleting or pacing deletions throw instead of calling AWS (test/e2e/review-live proves that no
// Delete*, Start*, Update*, Put* or Tag* call reaches AWS).










/** The clients prune's planning reads through; the write side refuses, whatever calls it. */
function readOnlyClients(run) {
    const refuse = () => {
        throw new Error('review reads only: it never deletes or changes a recovery point');
    };
    return {
        denied: new _aws_denied_js__WEBPACK_IMPORTED_MODULE_0__/* .DeniedOperations */ .A9(),
        backup: (role, region) => run.aws.backup(role, region),
        tagging: (role, region) => run.aws.tagging(role, region),
        writer: refuse,
        limiter: refuse,
    };
}
function folderIds(plans, extra) {
    return new Set([...plans.map((p) => p.id), ...extra]);
}
async function liveImpact(input) {
    const { inputs, host } = input;
    const role = inputs.reviewRole?.trim();
    if (!role)
        return { computed: false, reason: 'no read-only role is configured (`review-role`)' };
    const readers = (0,_review_live_js__WEBPACK_IMPORTED_MODULE_8__/* .parseReviewRole */ .O8)(role);
    const run = new _run_context_js__WEBPACK_IMPORTED_MODULE_7__/* .RunContext */ .Z('review', inputs, host);
    const problems = [];
    try {
        const side = (plans) => {
            const out = [];
            for (const original of plans) {
                if (!input.changed.has(original.id))
                    continue;
                const { plan, skipped } = (0,_review_live_js__WEBPACK_IMPORTED_MODULE_8__/* .readerPlan */ .lI)(original, readers);
                for (const s of skipped)
                    problems.push(`plan ${original.id}: vault ${s.vault} in account ${s.account} not read: review-role names no role there`);
                if (!plan)
                    continue;
                try {
                    out.push({ plan, namespace: run.namespaceOf(original) });
                }
                catch (err) {
                    if (!(err instanceof _plan_namespace_js__WEBPACK_IMPORTED_MODULE_3__/* .NamespaceError */ .Gt))
                        throw err;
                    problems.push(`plan ${original.id}: ${err.message}`);
                }
            }
            return out;
        };
        const base = side(input.base.plans);
        const head = side(input.head.plans);
        // A pull request from a fork never gets an OIDC token: say so rather than fail to assume a role.
        if (host.idTokens) {
            try {
                await host.idTokens.getIdToken(_aws_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .OIDC_AUDIENCE */ .To);
            }
            catch (err) {
                if (!(err instanceof _aws_id_token_js__WEBPACK_IMPORTED_MODULE_9__/* .IdTokenUnavailableError */ .$))
                    throw err;
                return {
                    computed: false,
                    reason: 'this run has no GitHub OIDC token, so the read-only role cannot be assumed (pull requests from forks never get one; ' +
                        'for the others, the calling workflow grants `id-token: write`)',
                };
            }
        }
        // Assume each reader once up front, and prove it acts in the account it reads.
        const accounts = new Map();
        for (const t of (0,_prune_targets_js__WEBPACK_IMPORTED_MODULE_6__/* .vaultTargets */ .n)([...base, ...head]))
            accounts.set(t.vault.role, t.vault.account);
        for (const [reader, account] of accounts) {
            try {
                await run.aws.verifyAccount(reader, account, 'review');
            }
            catch (err) {
                return {
                    computed: false,
                    reason: `the read-only role ${reader} could not be used: ${(0,_aws_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAwsError */ .Pp)(err, { role: reader })}`,
                };
            }
        }
        const dryRun = async (plans, ids) => (0,_prune_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runPrune */ .u)({
            plans,
            folderPlanIds: ids,
            clients: readOnlyClients(run),
            catalog: new _prune_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .Catalog */ .WC(),
            now: () => run.clock.now(),
            dryRun: true,
            // Every removal the policy makes, not one run's share of it.
            maxDeletions: Number.MAX_SAFE_INTEGER,
            applyRetentionToExisting: false,
            log: (m) => host.info(`live impact: ${m}`),
        });
        const baseBody = await dryRun(base, folderIds(input.base.plans, input.base.ids));
        const headBody = await dryRun(head, folderIds(input.head.plans, input.head.ids));
        return (0,_review_live_js__WEBPACK_IMPORTED_MODULE_8__/* .compareLive */ .ME)({
            role,
            plans: [...input.changed],
            base: baseBody,
            head: headBody,
            inBase: new Set(input.base.plans.map((p) => p.id)),
            inHead: new Set(input.head.plans.map((p) => p.id)),
            problems,
        });
    }
    finally {
        run.destroy();
    }
}


/***/ })

};
