export const id = 192;
export const ids = [192];
export const modules = {

/***/ 2192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retentionCommand: () => (/* binding */ retentionCommand)
/* harmony export */ });
const retentionCommand = async (_inputs, host) => {
    host.error('the "retention" command runs in a terminal or a run step only: it reads points as JSON on stdin, e.g. ' +
        '`npx backup-plans retention --keep-daily 7 --keep-weekly 4 < points.json`. ' +
        'To apply a plan\'s retention to AWS, use the "prune" command.');
    return 2;
};


/***/ })

};
