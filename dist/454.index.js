export const id = 454;
export const ids = [454];
export const modules = {

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupCommand: () => (/* binding */ backupCommand)
/* harmony export */ });
/* harmony import */ var _backup_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9115);
// `backup`: start the due backups and copies of every plan; see src/backup/run.ts.

const backupCommand = (inputs, host) => (0,_backup_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runBackup */ .Q)(inputs, host);


/***/ })

};
