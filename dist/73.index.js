export const id = 73;
export const ids = [73];
export const modules = {

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupCommand: () => (/* binding */ backupCommand)
/* harmony export */ });
/* harmony import */ var _plan_namespace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4976);
/* harmony import */ var _plan_select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8451);
/* harmony import */ var _run_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(266);



const backupCommand = async (inputs, host) => {
    let tokenIssued = () => { };
    const firstToken = new Promise((resolve) => (tokenIssued = resolve));
    const hostTokens = host.idTokens;
    const idTokens = hostTokens && {
        getIdToken: async (audience) => {
            const token = await hostTokens.getIdToken(audience);
            tokenIssued();
            return token;
        },
    };
    const session = (0,_run_session_js__WEBPACK_IMPORTED_MODULE_2__/* .startRunSession */ .o)(inputs, host, idTokens ? { idTokens } : {});
    const selected = await (0,_plan_select_js__WEBPACK_IMPORTED_MODULE_1__/* .selectPlans */ .H)(inputs.plans, inputs.plan);
    // The plan the run checks first: the first one whose namespace resolves (see backup/run.ts).
    const first = selected.plans.find((plan) => hasNamespace(session, plan));
    const check = first && session.credentials.prefetchAccount?.(first.aws.role, first.aws.account, first.id);
    if (check) {
        // With an ID token in hand the STS request is sent within this turn of the event loop; without
        // one (the CLI's default chain, or no token), wait for the check itself.
        await Promise.race([firstToken, check]);
        await new Promise((resolve) => setImmediate(resolve));
    }
    const { runBackup } = await Promise.all(/* import() */[__webpack_require__.e(349), __webpack_require__.e(462), __webpack_require__.e(717), __webpack_require__.e(415), __webpack_require__.e(115)]).then(__webpack_require__.bind(__webpack_require__, 9115));
    return runBackup(inputs, host, { session, selected });
};
function hasNamespace(session, plan) {
    try {
        session.namespaceOf(plan);
        return true;
    }
    catch (err) {
        if (err instanceof _plan_namespace_js__WEBPACK_IMPORTED_MODULE_0__/* .NamespaceError */ .Gt)
            return false;
        throw err;
    }
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
