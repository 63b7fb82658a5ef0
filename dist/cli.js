#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main),
/* harmony export */   x: () => (/* binding */ parseCliInputs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_terminal_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(540);
/* harmony import */ var _commands_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(153);
/* harmony import */ var _commands_retention_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(839);
/* harmony import */ var _simulator_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(452);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(422);
// The CLI: `backup-plans <command> [flags]`. Same commands as the action, with terminal output.






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
  --resource ARN                  restore: the resource
  --point latest|ARN|TIME         restore: which recovery point
  --metadata JSON|KEY=VALUE       restore: metadata overrides (repeatable)
  --namespace NAME                owner identity (default: plan's, else the git remote)
  -h, --help                      show this help
`;
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
            namespace: { type: 'string' },
        },
    });
    const [command, ...rest] = positionals;
    if (!command)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('missing command');
    if (rest.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unexpected argument "${rest[0]}"`);
    return {
        command: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommand */ .RM)(command),
        plans: values.plans ?? 'backup-plans',
        plan: values.plan,
        dryRun: values['dry-run'] ?? false,
        wait: values.wait ?? false,
        maxDeletions: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCount */ .zq)('--max-deletions', values['max-deletions'] ?? '50'),
        now: values.now !== undefined ? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTime */ .pe)('--now', values.now) : undefined,
        applyRetentionToExisting: values['apply-retention-to-existing'] ?? false,
        resource: values.resource,
        point: values.point,
        metadata: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseMetadata */ .jR)(values.metadata ?? []),
        namespace: values.namespace,
        githubToken: process.env.GITHUB_TOKEN,
    };
}
async function main(argv) {
    if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
        process.stdout.write(USAGE);
        return argv.length === 0 ? 2 : 0;
    }
    // These two have their own flags and streams.
    if (argv[0] === 'simulator')
        return (0,_simulator_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .simulatorCliMain */ .o)(argv.slice(1));
    if (argv[0] === 'retention')
        return (0,_commands_retention_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .retentionCliMain */ ._)(argv.slice(1), {
            stdin: process.stdin,
            stdout: process.stdout,
            stderr: process.stderr,
        });
    const host = (0,_host_terminal_js__WEBPACK_IMPORTED_MODULE_5__/* .createTerminalHost */ .V)();
    try {
        const inputs = parseCliInputs(argv);
        if (inputs.now && !inputs.dryRun)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--now (a what-if time) only works with --dry-run');
        const command = await (0,_commands_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCommand */ .y)(inputs.command);
        return await command(inputs, host);
    }
    catch (error) {
        if (error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz || error.code?.startsWith('ERR_PARSE_ARGS')) {
            host.error(`${error.message}\n\n${USAGE}`);
            return 2;
        }
        host.error(error instanceof Error ? error.message : String(error));
        return 1;
    }
}
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 153:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ loadCommand)
});

;// CONCATENATED MODULE: ./src/commands/not-implemented.ts
/** A command that is not built yet fails loudly, never with a silent success. */
const notImplemented = (name) => async (_inputs, host) => {
    host.error(`the "${name}" command is not implemented yet`);
    return 1;
};

;// CONCATENATED MODULE: ./src/commands/backup.ts

const backupCommand = notImplemented('backup');

;// CONCATENATED MODULE: ./src/commands/prune.ts

const pruneCommand = notImplemented('prune');

;// CONCATENATED MODULE: ./src/commands/retention.ts

const retentionCommand = notImplemented('retention');

;// CONCATENATED MODULE: ./src/commands/validate.ts

const validateCommand = notImplemented('validate');

;// CONCATENATED MODULE: ./src/commands/registry.ts





const commands = {
    validate: validateCommand,
    review: notImplemented('review'),
    backup: backupCommand,
    prune: pruneCommand,
    restore: notImplemented('restore'),
    list: notImplemented('list'),
    audit: notImplemented('audit'),
    simulate: notImplemented('simulate'),
    retention: retentionCommand,
};
async function loadCommand(name) {
    return commands[name];
}


/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ retentionCliMain)
/* harmony export */ });
// `backup-plans retention [--keep-* ...]`: points as JSON on stdin, decisions as JSON on stdout.
async function retentionCliMain(_argv, _io) {
    _io.stderr.write('error: the "retention" command is not implemented yet\n');
    return 1;
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ createTerminalHost)
/* harmony export */ });
/* unused harmony export formatPosition */
function formatPosition(p) {
    return `${p.file}:${p.line}:${p.column}`;
}
function createTerminalHost(options = {}) {
    const stdout = options.stdout ?? process.stdout;
    const stderr = options.stderr ?? process.stderr;
    const secrets = [];
    const mask = (text) => secrets.reduce((t, s) => t.split(s).join('***'), text);
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


/***/ }),

/***/ 422:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   jR: () => (/* binding */ parseMetadata),
/* harmony export */   pe: () => (/* binding */ parseTime),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony export parseBoolean */
// The inputs every command shares. Action inputs and CLI flags are parsed into this one shape.
const COMMANDS = [
    'validate',
    'review',
    'backup',
    'prune',
    'restore',
    'list',
    'audit',
    'simulate',
    'retention',
];
class InputError extends Error {
    name = 'InputError';
}
function parseCommand(value) {
    const command = value.trim();
    if (COMMANDS.includes(command))
        return command;
    throw new InputError(`unknown command "${command}"; expected one of: ${COMMANDS.join(', ')}`);
}
function parseBoolean(name, value) {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    throw new InputError(`${name}: expected true or false, got "${value}"`);
}
function parseCount(name, value) {
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 0)
        throw new InputError(`${name}: expected a whole number ≥ 0, got "${value}"`);
    return n;
}
function parseTime(name, value) {
    const d = new Date(value.trim());
    if (value.trim() === '' || Number.isNaN(d.getTime()))
        throw new InputError(`${name}: expected an ISO-8601 time such as 2026-11-25T03:00:00Z, got "${value}"`);
    return d;
}
/** `metadata` is JSON (an object of strings) or, from the CLI, repeated KEY=VALUE pairs. */
function parseMetadata(values) {
    if (values.length === 0)
        return undefined;
    const out = {};
    for (const raw of values) {
        const value = raw.trim();
        if (value === '')
            continue;
        if (value.startsWith('{')) {
            let parsed;
            try {
                parsed = JSON.parse(value);
            }
            catch (e) {
                throw new InputError(`metadata: not valid JSON: ${e.message}`);
            }
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
                throw new InputError('metadata: expected a JSON object of strings');
            for (const [k, v] of Object.entries(parsed)) {
                if (typeof v !== 'string')
                    throw new InputError(`metadata: value of "${k}" must be a string`);
                out[k] = v;
            }
        }
        else {
            const eq = value.indexOf('=');
            if (eq <= 0)
                throw new InputError(`metadata: expected KEY=VALUE or a JSON object, got "${value}"`);
            out[value.slice(0, eq)] = value.slice(eq + 1);
        }
    }
    return Object.keys(out).length > 0 ? out : undefined;
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ simulatorCliMain)
/* harmony export */ });
// `backup-plans simulator --port <p> [--world <file>]`: runs the AWS simulator until stopped.
async function simulatorCliMain(_argv) {
    process.stderr.write('error: the simulator is not implemented yet\n');
    return 1;
}


/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ var __webpack_exports__parseCliInputs = __webpack_exports__.x;
/******/ export { __webpack_exports__main as main, __webpack_exports__parseCliInputs as parseCliInputs };
/******/ 
