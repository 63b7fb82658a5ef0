// Which bundle entry can host simulate's engine in a worker thread. Node cannot start a worker from
// TypeScript, and the bundle is one file with its chunks: so the bundle's own entry is the worker's
// script, started with ENGINE_WORKER_ARG, and serves the engine instead of a command. The entry
// offers its URL at start; without one (tests and scripts run from src/) simulate runs in process.
// Imports nothing: the entry loads it at every start.

/** The argument a bundle entry is started with to serve the engine (never given by a user). */
export const ENGINE_WORKER_ARG = '--backup-plans-simulate-engine';

let entry: string | undefined;

/** Called by a bundle entry with its own `import.meta.url`. */
export function offerEngineHost(url: string): void {
  entry = url;
}

/** The entry that can host the engine, if this process started from one. */
export function engineHost(): string | undefined {
  return entry;
}
