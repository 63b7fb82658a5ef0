// The pure decision core of scheduled backups: due computation, tokens and ownership tags, job
// lifecycles and copy decisions. No I/O here. Cron slots and zones are src/time/'s.
export * from './due.js';
export * from './copies.js';
export * from './lifecycle.js';
export * from './token.js';
