// The worker side of simulate's engine (see engine-thread.ts): starts the simulator from the setup
// it was given, says ready, then answers the main thread's calls one by one until it is terminated.
// It also sends the main thread's SDK requests to the simulator (the transport port): the client side
// of HTTP runs here, beside the server, instead of on the main thread.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { REQUEST_HANDLER } from '../aws/client-config.js';
import { serveForwardedRequests } from '../aws/forwarding-http-handler.js';
import { TickEngine, type EngineSetup } from './engine.js';

/** What the worker is started with. */
export interface EngineWorkerData {
  setup: EngineSetup;
  /** The other end of the main thread's ForwardingHttpHandler. */
  transport: MessagePort;
}

export interface EngineCall {
  id: number;
  method:
    'afterRuns' | 'afterPrune' | 'afterRunsThenNext' | 'afterPruneThenNext' | 'next' | 'finish' | 'result';
  args: unknown[];
}

export type EngineMessage =
  | { type: 'ready'; started: ReturnType<TickEngine['started']> }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'failed'; id?: number; error: { name: string; message: string; stack?: string } };

const describe = (error: unknown) =>
  error instanceof Error
    ? { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
    : { name: 'Error', message: String(error) };

export async function serveEngine(): Promise<void> {
  const port = parentPort;
  if (isMainThread || !port) throw new Error('the simulate engine runs only in a worker thread of simulate');
  const { setup, transport } = workerData as EngineWorkerData;
  serveForwardedRequests(transport, REQUEST_HANDLER);
  let engine: TickEngine;
  try {
    engine = await TickEngine.start(setup);
  } catch (error) {
    port.postMessage({ type: 'failed', error: describe(error) } satisfies EngineMessage);
    return;
  }
  port.on('message', (call: EngineCall) => {
    void (async () => {
      try {
        const value: unknown = await (engine[call.method] as (...args: unknown[]) => unknown)(...call.args);
        port.postMessage({ type: 'answer', id: call.id, value } satisfies EngineMessage);
      } catch (error) {
        port.postMessage({ type: 'failed', id: call.id, error: describe(error) } satisfies EngineMessage);
      }
    })();
  });
  port.postMessage({ type: 'ready', started: engine.started() } satisfies EngineMessage);
}
