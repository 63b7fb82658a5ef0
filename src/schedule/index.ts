// The pure decision core of scheduled backups: cron slots, due computation, tokens and ownership
// tags, job lifecycles and copy decisions. No I/O here.
export * from './cron.js';
export * from './due.js';
export * from './copies.js';
export * from './lifecycle.js';
export * from './token.js';
export { TimeZoneError } from './zone.js';
