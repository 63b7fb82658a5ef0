import { run } from './action.js';
import { ENGINE_WORKER_ARG, offerEngineHost } from './simulate/engine-host.js';

// This bundle can host simulate's engine in a worker thread: then it serves that, not the action.
offerEngineHost(import.meta.url);
if (process.argv[2] === ENGINE_WORKER_ARG) await (await import('./simulate/engine-worker.js')).serveEngine();
else await run();
