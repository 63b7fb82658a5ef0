// The bundle's one entry, dist/index.js: the action (action.yml `main`), the CLI, or simulate's engine
// in a worker thread (started from this file with ENGINE_WORKER_ARG). One bundle for all three, so
// their chunks are built and shipped once.
import { ENGINE_WORKER_ARG, offerEngineHost } from './simulate/engine-host.js';

/**
 * dist/cli.js, the package's bin (scripts/build.mjs writes it), sets this on globalThis and then
 * imports this file. A mark on this process alone: an environment variable would reach its children.
 */
const CLI_MARK = Symbol.for('backup-plans.cli');

offerEngineHost(import.meta.url);
if (process.argv[2] === ENGINE_WORKER_ARG) await (await import('./simulate/engine-worker.js')).serveEngine();
else if ((globalThis as Record<symbol, unknown>)[CLI_MARK] === true)
  process.exitCode = await (await import('./cli.js')).main(process.argv.slice(2));
else await (await import('./action.js')).run();
