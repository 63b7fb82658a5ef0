export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   parseCliInputs: () => (/* binding */ parseCliInputs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1540);
/* harmony import */ var _commands_parse_args_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3284);
/* harmony import */ var _commands_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(927);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8422);
// The CLI: `backup-plans <command> [flags]`. Same commands as the action, with terminal output.
// Started by the bundle's entry (src/index.ts) when dist/cli.js, the package's bin, ran it.





const USAGE = `usage: backup-plans <command> [options]

commands: ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .Lo.join(', ')}, simulator

options:
  --plans DIR                     folder of plan files (default: backup-plans)
  --plan ID                       only this plan
  --dry-run                       decide and report, change nothing
  --wait                          wait for jobs to finish
  --max-deletions N               prune at most N points (default: 50)
  --now TIME                      what-if time (ISO-8601), with --dry-run
  --apply-retention-to-existing   apply shortened retention.days to existing points
  --resource ARN                  restore, drill: the resource
  --point latest|ARN|TIME         restore: which recovery point
  --metadata JSON|KEY=VALUE       restore: metadata overrides (repeatable)
  --vault NAME --region R         restore: only look in this vault of the plan
  --force                         restore: allow metadata that targets the live resource;
                                  drill: drill every selected resource now, due or not
  --namespace NAME                owner identity (default: plan's, else the git remote)
  --json                          list-plans, list, review, simulate, audit, drill: print JSON
  --review-role ROLE              review: read-only role (name or ARN) for the live impact on existing points
  --days N                        simulate: simulated days (default: 365)
  --world FILE                    simulate: world file (default: synthesized from the plans)
  --prices FILE                   simulate, review: price table (default: the bundled one)
  -h, --help                      show this help

examples:
  backup-plans audit --json                          every control of every plan, as JSON
  backup-plans drill --plan prod                     the drills that are due
  backup-plans drill --plan prod --resource ARN      drill one resource now
`;
/** The inputs of a command, or 'help' when -h/--help stands anywhere among them. */
function parseCliInputs(argv) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            plans: { type: 'string' },
            plan: { type: 'string' },
            'dry-run': { type: 'boolean' },
            wait: { type: 'boolean' },
            'max-deletions': { type: 'string' },
            now: { type: 'string' },
            'apply-retention-to-existing': { type: 'boolean' },
            resource: { type: 'string' },
            point: { type: 'string' },
            metadata: { type: 'string', multiple: true },
            vault: { type: 'string' },
            region: { type: 'string' },
            force: { type: 'boolean' },
            namespace: { type: 'string' },
            base: { type: 'string' },
            head: { type: 'string' },
            'review-role': { type: 'string' },
            json: { type: 'boolean' },
            days: { type: 'string' },
            world: { type: 'string' },
            prices: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return 'help';
    const [command, ...rest] = positionals;
    if (!command)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('missing command');
    if (rest.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unexpected argument "${rest[0]}"`);
    return {
        command: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommand */ .RM)(command),
        plans: values.head ?? values.plans ?? _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ.plans,
        plan: values.plan,
        dryRun: values['dry-run'] ?? false,
        wait: values.wait ?? false,
        maxDeletions: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCount */ .zq)('--max-deletions', values['max-deletions'] ?? _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_DEFAULTS */ .WJ.maxDeletions),
        now: values.now !== undefined ? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)('--now', values.now) : undefined,
        applyRetentionToExisting: values['apply-retention-to-existing'] ?? false,
        resource: values.resource,
        point: values.point,
        metadata: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetadata */ .jR)(values.metadata ?? []),
        vault: values.vault,
        region: values.region,
        force: values.force ?? false,
        namespace: values.namespace,
        githubToken: process.env.GITHUB_TOKEN,
        base: values.base,
        ...(values['review-role'] !== undefined ? { reviewRole: values['review-role'] } : {}),
        json: values.json ?? false,
        ...(values.days !== undefined ? { days: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCount */ .zq)('--days', values.days) } : {}),
        ...(values.world !== undefined ? { world: values.world } : {}),
        ...(values.prices !== undefined ? { prices: values.prices } : {}),
    };
}
async function main(argv) {
    // The SDK warns on Node 20 that *future* SDK releases will need Node 22. This CLI bundles a fixed SDK
    // version, so the warning says nothing about this program; it would only clutter every command.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
        process.stdout.write(USAGE);
        return argv.length === 0 ? 2 : 0;
    }
    // These two have their own flags and streams, and are loaded only when chosen.
    if (argv[0] === 'simulator')
        return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(454), __webpack_require__.e(452)]).then(__webpack_require__.bind(__webpack_require__, 2452))).simulatorCliMain(argv.slice(1));
    if (argv[0] === 'retention')
        return (await Promise.all(/* import() */[__webpack_require__.e(157), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 4839))).retentionCliMain(argv.slice(1), {
            get stdin() {
                return process.stdin; // only when fd 0 would block: creating it makes a pipe non-blocking
            },
            stdinFd: 0,
            stdout: process.stdout,
            stderr: process.stderr,
        });
    const host = (0,_host_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .createTerminalHost */ .Vx)();
    try {
        const inputs = parseCliInputs(argv);
        if (inputs === 'help') {
            process.stdout.write(USAGE);
            return 0;
        }
        (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .checkInputCombinations */ .Vc)(inputs, { now: '--now', dryRun: '--dry-run' });
        const command = await (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCommand */ .y)(inputs.command);
        return await command(inputs, host);
    }
    catch (error) {
        if (error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz || (0,_commands_parse_args_error_js__WEBPACK_IMPORTED_MODULE_4__/* .isParseArgsError */ .Z)(error)) {
            const message = error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? error.message : (0,_commands_parse_args_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeParseArgsError */ .M)(error);
            host.error(`${message}\n\n${USAGE}`);
            return 2;
        }
        host.error(error instanceof Error ? error.message : String(error));
        return 1;
    }
}


/***/ }),

/***/ 3284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ describeParseArgsError),
/* harmony export */   Z: () => (/* binding */ isParseArgsError)
/* harmony export */ });
// node:util parseArgs errors, reworded for a terminal user: node's own messages explain its API
// ("To specify a positional argument starting with a '-', place it at the end…") rather than what to fix.
function isParseArgsError(error) {
    return error instanceof Error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
/** A one-line message that names the option or argument to fix. */
function describeParseArgsError(error) {
    const quoted = /'([^']+)'/.exec(error.message)?.[1];
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option "${quoted ?? error.message}"`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `unexpected argument "${quoted ?? error.message}"`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            if (!quoted)
                return error.message;
            const flag = quoted.split(' ')[0];
            // "ambiguous": the next argument starts with "-", so parseArgs took it for an option.
            return /ambiguous/.test(error.message)
                ? `${flag} needs a value; to give one that starts with "-", write ${flag}=VALUE`
                : `${flag} needs a value`;
        }
        default:
            return error.message;
    }
}


/***/ }),

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ createTerminalHost),
/* harmony export */   WM: () => (/* binding */ neutraliseWorkflowCommands)
/* harmony export */ });
/* unused harmony export formatPosition */
/**
 * Inside a workflow `run:` step the runner reads the step's output line by line (a line ends at \r\n,
 * \r or \n) and runs `::name::data` when a line starts with `::` after leading white space, and
 * `##[name]data` anywhere in a line (actions/runner, src/Runner.Common/ActionCommand.cs). Text from
 * outside (tag values, AWS messages, plan contents) must never do that, so a backslash goes before
 * such a `::` and inside every `##[`. Everything else stays as written; `%0A` is not a line break here.
 */
function neutraliseWorkflowCommands(text) {
    // [^\S\r\n] is white space within a line; \x85 is white space to .NET but not to JavaScript.
    return text.replace(/(^|[\r\n])((?:[^\S\r\n]|\x85)*)::/g, '$1$2\\::').replace(/##\[/g, '##\\[');
}
function formatPosition(p) {
    return `${p.file}:${p.line}:${p.column}`;
}
function createTerminalHost(options = {}) {
    const stdout = options.stdout ?? process.stdout;
    const stderr = options.stderr ?? process.stderr;
    const secrets = [];
    // Secrets first: a backslash added afterwards cannot split a secret and let it through.
    const mask = (text) => neutraliseWorkflowCommands(secrets.reduce((t, s) => t.split(s).join('***'), text));
    const outputs = new Map();
    const line = (stream, prefix, message, p) => stream.write(mask(`${p ? `${formatPosition(p)}: ` : ''}${prefix}${message}`) + '\n');
    return {
        kind: 'cli',
        outputs,
        info: (message) => line(stderr, '', message),
        warning: (message, p) => line(stderr, 'warning: ', message, p),
        error: (message, p) => line(stderr, p ? '' : 'error: ', message, p),
        summary: async (markdown) => {
            if (options.printSummary !== false)
                stdout.write(mask(markdown) + '\n');
        },
        setOutput: (name, value) => outputs.set(name, String(value)),
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
    };
}


/***/ })

};
