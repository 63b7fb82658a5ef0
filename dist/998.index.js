export const id = 998;
export const ids = [998];
export const modules = {

/***/ 8617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notImplemented: () => (/* binding */ notImplemented)
/* harmony export */ });
/** A command that is not built yet fails loudly, never with a silent success. */
const notImplemented = (name) => async (_inputs, host) => {
    host.error(`the "${name}" command is not implemented yet`);
    return 1;
};


/***/ })

};
