export const id = 452;
export const ids = [452];
export const modules = {

/***/ 2452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_WORLD: () => (/* binding */ DEFAULT_WORLD),
/* harmony export */   loadWorldFile: () => (/* reexport safe */ _world_file_js__WEBPACK_IMPORTED_MODULE_2__.n),
/* harmony export */   simulatorCliMain: () => (/* binding */ simulatorCliMain)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6454);
/* harmony import */ var _world_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3521);
// `backup-plans simulator --port <p> [--world <file>]`: runs the AWS simulator until stopped.
// The first stdout line is `listening on http://127.0.0.1:<port>` so scripts can wait for it.




const USAGE = `usage: backup-plans simulator [--port <port>] [--world <file.json>]

Runs the wire-level AWS simulator (Backup, STS, Resource Groups Tagging API) on 127.0.0.1.
  --port N        port to listen on (default 0: any free port; the first line says which)
  --world FILE    JSON world file (accounts, roles, vaults, resources, recovery points)
                  default: one account, 123456789012, and nothing else
Point clients at it with --endpoint-url (AWS CLI) or AWS_ENDPOINT_URL_* (SDK). Stop with Ctrl-C.
`;
const DEFAULT_WORLD = { accounts: ['123456789012'] };
async function simulatorCliMain(argv) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            strict: true,
            options: { port: { type: 'string' }, world: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        }));
    }
    catch (error) {
        process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
        return 2;
    }
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`error: --port must be a port number (0-65535), got "${values.port}"\n`);
        return 2;
    }
    let world;
    try {
        world = values.world ? await (0,_world_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadWorldFile */ .n)(values.world) : DEFAULT_WORLD;
    }
    catch (error) {
        process.stderr.write(`error: ${error.message}\n`);
        return 2;
    }
    let handle;
    try {
        handle = await (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .startSimulator */ .rs)({ world, port });
    }
    catch (error) {
        process.stderr.write(`error: cannot listen on 127.0.0.1:${port}: ${error.message}\n`);
        return 1;
    }
    process.stdout.write(`listening on ${handle.url}\n`);
    await new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
    await handle.close();
    return 0;
}


/***/ })

};
