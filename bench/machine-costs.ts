// Two costs of the machine a benchmark runs on that simulate pays tens of thousands of times and that
// vary between machines far more than the CPU's speed: a page fault on freshly mapped memory (every
// large string or buffer, every heap page V8 takes back from the system; 150,000 of them in 100
// simulated days) and a message round trip to a thread that sleeps until it arrives (every call
// simulate forwards to its simulator's worker). Printed beside the timings, so that two machines'
// figures can be told apart from a change in the code.
import { Worker } from 'node:worker_threads';

const PAGE = 4096;

/** Mean µs to touch one 4 KiB page of memory the process has not used before. */
export function pageFaultMicros(bytes = 64 * 1024 * 1024): number {
  // Large zero-filled allocations come straight from the kernel (calloc → mmap): each page faults once.
  const memory = new Uint8Array(new ArrayBuffer(bytes));
  const started = performance.now();
  for (let i = 0; i < bytes; i += PAGE) memory[i] = 1;
  return ((performance.now() - started) * 1000) / (bytes / PAGE);
}

// The worker answers each message as it arrives, then sleeps until the next.
const ECHO = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage(m));`;

/** Mean µs of a postMessage round trip to a worker thread that waits for it. */
export async function threadRoundTripMicros(trips = 2000): Promise<number> {
  const worker = new Worker(ECHO, { eval: true });
  try {
    const echo = (n: number) =>
      new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.postMessage(n);
      });
    for (let i = 0; i < 200; i++) await echo(i); // warm-up: the worker's start, the JIT
    const started = performance.now();
    for (let i = 0; i < trips; i++) await echo(i);
    return ((performance.now() - started) * 1000) / trips;
  } finally {
    await worker.terminate();
  }
}

/** One line for a benchmark's output. */
export async function describeMachineCosts(): Promise<string> {
  const fault = pageFaultMicros();
  const trip = await threadRoundTripMicros();
  return `machine: a page fault ${fault.toFixed(1)} µs (4 KiB, first touch), a message round trip to a sleeping thread ${trip.toFixed(0)} µs`;
}
