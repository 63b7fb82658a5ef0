// simulate's engine in a worker thread: the simulator's HTTP server and state live there, so its
// request handling runs on another core than the runs' SDK clients and decisions. The worker's script
// is the bundle entry this process started from (engine-host.ts). A worker that fails or exits fails
// every call, pending or later, with its reason; close() terminates it. The engine's `transport` port
// carries the runs' HTTP requests to the worker, which sends them (aws/forwarding-http-handler.ts).
import { MessageChannel, Worker } from 'node:worker_threads';
import { ENGINE_WORKER_ARG } from './engine-host.js';
import type { EngineSetup, EngineStarted, SimulationEngine } from './engine.js';
import type { EngineCall, EngineMessage, EngineWorkerData } from './engine-worker.js';

type Settle = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** An error from the worker, as thrown there. */
function revive(error: { name: string; message: string; stack?: string }): Error {
  const revived = new Error(error.message);
  revived.name = error.name;
  if (error.stack) revived.stack = error.stack;
  return revived;
}

export async function startWorkerEngine(entry: string | URL, setup: EngineSetup): Promise<SimulationEngine> {
  const transport = new MessageChannel();
  const worker = new Worker(new URL(entry), {
    argv: [ENGINE_WORKER_ARG],
    workerData: { setup, transport: transport.port2 } satisfies EngineWorkerData,
    transferList: [transport.port2],
  });
  const pending = new Map<number, Settle>();
  let failure: Error | undefined;
  let closing = false;
  let nextId = 0;
  let ready!: Settle;
  const started = new Promise<unknown>((resolve, reject) => (ready = { resolve, reject }));
  const fail = (error: Error) => {
    failure ??= error;
    ready.reject(failure);
    for (const settle of pending.values()) settle.reject(failure);
    pending.clear();
  };
  worker.on('error', (error) =>
    fail(new Error(`simulate: the simulator's worker thread failed: ${error.message}`)),
  );
  worker.on('messageerror', (error) =>
    fail(
      new Error(`simulate: a message from the simulator's worker thread was unreadable: ${error.message}`),
    ),
  );
  worker.on('exit', (code) => {
    if (!closing) fail(new Error(`simulate: the simulator's worker thread exited early (exit code ${code})`));
  });
  worker.on('message', (message: EngineMessage) => {
    if (message.type === 'ready') return ready.resolve(message.started);
    if (message.type === 'answer') {
      pending.get(message.id)?.resolve(message.value);
      pending.delete(message.id);
    } else if (message.id === undefined) fail(revive(message.error));
    else {
      pending.get(message.id)?.reject(revive(message.error));
      pending.delete(message.id);
    }
  });
  const call = <T>(method: EngineCall['method'], ...args: unknown[]): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    worker.postMessage({ id, method, args } satisfies EngineCall);
    return new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject })) as Promise<T>;
  };
  const terminate = async () => {
    closing = true;
    fail(new Error("simulate: the simulator's worker thread was closed"));
    transport.port1.close();
    await worker.terminate();
  };
  let info: EngineStarted;
  try {
    info = (await started) as EngineStarted;
  } catch (error) {
    await terminate();
    throw error;
  }
  return {
    ...info,
    transport: transport.port1,
    afterRuns: () => call('afterRuns'),
    afterPrune: () => call('afterPrune'),
    afterRunsThenNext: (slots, pruneIfChanged) => call('afterRunsThenNext', slots, pruneIfChanged),
    afterPruneThenNext: (slots) => call('afterPruneThenNext', slots),
    next: (slots) => call('next', slots),
    finish: () => call('finish'),
    result: () => call('result'),
    // Terminating the worker ends its server and sockets with it; the runs' clients are gone by now.
    close: terminate,
  };
}
