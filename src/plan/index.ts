// The plan model, loader and helpers other modules use.
export * from './model.js';
export { loadPlans, type LoadOptions, type LoadResult, type PlanError } from './load.js';
export { isValidTimeZone, shortestGapMinutes } from './cron.js';
export { formatMinutes, parseWindowMinutes } from './duration.js';
export * from './resource-types.js';
export { PRESETS } from './presets.js';
