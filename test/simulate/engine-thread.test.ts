// The worker-thread side of simulate's engine fails loudly: a worker that throws, exits, or answers a
// call with an error fails the call (and every later one) with its reason, and close() terminates it.
// The workers here are small scripts speaking the engine's messages (engine-worker.ts); the real
// engine in a worker is tested through the bundle (test/e2e/simulate-worker.test.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startWorkerEngine } from '../../src/simulate/engine-thread.js';
import { ENGINE_WORKER_ARG } from '../../src/simulate/engine-host.js';

const setup = { world: { accounts: ['123456789012'] }, planIds: ['a'], endMs: 0 };

function script(body: string): URL {
  const dir = mkdtempSync(join(tmpdir(), 'engine-thread-'));
  const file = join(dir, 'worker.mjs');
  writeFileSync(file, `import { parentPort, workerData, threadId } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

const READY = `parentPort.postMessage({ type: 'ready', started: { url: 'http://127.0.0.1:9', now: workerData.setup.endMs, threadId } });`;

describe('startWorkerEngine', () => {
  it('starts the script with the engine argument and setup, and relays calls and answers', async () => {
    const engine = await startWorkerEngine(
      script(`${READY}
parentPort.on('message', (call) => {
  const value = call.method === 'next' ? { now: 7, due: [process.argv.at(-1), ...call.args[0].map(String)] }
    : call.method.endsWith('ThenNext') ? { method: call.method, args: call.args } : true;
  parentPort.postMessage({ type: 'answer', id: call.id, value });
});`),
      setup,
    );
    try {
      expect(engine.threadId).toBeGreaterThan(0);
      expect(engine.now).toBe(0);
      expect(await engine.next([5, 6])).toEqual({ now: 7, due: [ENGINE_WORKER_ARG, '5', '6'] });
      expect(await engine.afterRuns()).toBe(true);
      expect(await engine.afterRunsThenNext([5], true)).toEqual({
        method: 'afterRunsThenNext',
        args: [[5], true],
      });
      expect(await engine.afterPruneThenNext([6])).toEqual({ method: 'afterPruneThenNext', args: [[6]] });
    } finally {
      await engine.close();
    }
  });

  it('a worker that throws while starting fails the start with its message', async () => {
    await expect(startWorkerEngine(script(`throw new Error('no simulator today');`), setup)).rejects.toThrow(
      /worker thread failed: no simulator today/,
    );
  });

  it('a start failure the worker reports (an invalid world) fails the start with its name and message', async () => {
    const start = startWorkerEngine(
      script(
        `parentPort.postMessage({ type: 'failed', error: { name: 'WorldError', message: 'invalid world file: x' } });`,
      ),
      setup,
    );
    await expect(start).rejects.toThrow('invalid world file: x');
    await expect(start).rejects.toMatchObject({ name: 'WorldError' });
  });

  it('a worker that exits mid-call fails that call and every later one with the exit code', async () => {
    const engine = await startWorkerEngine(
      script(`${READY}\nparentPort.on('message', () => process.exit(7));`),
      setup,
    );
    try {
      await expect(engine.next([1])).rejects.toThrow(/worker thread exited early \(exit code 7\)/);
      await expect(engine.afterRuns()).rejects.toThrow(/exit code 7/);
    } finally {
      await engine.close();
    }
  });

  it("an error answer fails only its call, with the worker's message", async () => {
    const engine = await startWorkerEngine(
      script(`${READY}
parentPort.on('message', (call) => {
  if (call.method === 'next') parentPort.postMessage({ type: 'failed', id: call.id, error: { name: 'Error', message: 'clock broke' } });
  else parentPort.postMessage({ type: 'answer', id: call.id, value: false });
});`),
      setup,
    );
    try {
      await expect(engine.next([1])).rejects.toThrow('clock broke');
      expect(await engine.afterRuns()).toBe(false);
    } finally {
      await engine.close();
    }
  });

  it('close() terminates the worker, and later calls fail', async () => {
    const engine = await startWorkerEngine(script(`${READY}\nsetInterval(() => {}, 1000);`), setup);
    await engine.close();
    await expect(engine.afterRuns()).rejects.toThrow(/worker thread/);
  });
});
