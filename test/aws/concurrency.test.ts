import { describe, expect, it } from 'vitest';
import { chunked, forEachConcurrent, keptUnlessFailed, ReadsAhead } from '../../src/aws/concurrency.js';

describe('chunked', () => {
  it('cuts a list into consecutive chunks of at most the size, the last one shorter', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(chunked([], 100)).toEqual([]);
  });
});

describe('forEachConcurrent', () => {
  it('keeps at most `concurrency` calls in flight and visits every item once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachConcurrent([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await Promise.resolve();
      seen.push(n);
      inFlight--;
    });
    expect(most).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('ReadsAhead.start', () => {
  it('keeps a failed read from counting as unhandled until it is awaited, and the awaiter still sees it', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const read = new ReadsAhead().start(Promise.reject(new Error('AccessDenied')));
      // Two turns of the event loop: long enough for node to report an unhandled rejection.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      await expect(read).rejects.toThrow('AccessDenied');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('gives back the same promise (its value unchanged)', async () => {
    const read = Promise.resolve(42);
    const reads = new ReadsAhead();
    expect(reads.start(read)).toBe(read);
    expect(await reads.start(read)).toBe(42);
  });
});

describe('ReadsAhead', () => {
  /** A read its test settles by hand. */
  function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('settles only once every read started ahead has, failed ones included, and never rejects', async () => {
    const reads = new ReadsAhead();
    const ok = deferred<number>();
    const denied = deferred<number>();
    const started = reads.start(ok.promise);
    const failing = reads.start(denied.promise);
    let done = false;
    const settled = reads.settled().then(() => (done = true));
    denied.reject(new Error('AccessDenied'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    ok.resolve(7);
    await settled;
    expect(done).toBe(true);
    expect(await started).toBe(7);
    await expect(failing).rejects.toThrow('AccessDenied');
  });

  it('also waits for a read started while it was waiting', async () => {
    const reads = new ReadsAhead();
    const first = deferred<void>();
    const second = deferred<void>();
    reads.start(first.promise);
    let done = false;
    const settled = reads.settled().then(() => (done = true));
    reads.start(second.promise);
    first.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    second.resolve();
    await settled;
    expect(done).toBe(true);
  });

  it('settles at once when nothing was started', async () => {
    await expect(new ReadsAhead().settled()).resolves.toBeUndefined();
  });
});

describe('keptUnlessFailed', () => {
  it('makes a key once and gives every later caller the same promise', async () => {
    const cache = new Map<string, Promise<number>>();
    let made = 0;
    const make = () => Promise.resolve(++made);
    const first = keptUnlessFailed(cache, 'a', make);
    expect(keptUnlessFailed(cache, 'a', make)).toBe(first);
    await expect(first).resolves.toBe(1);
    await expect(keptUnlessFailed(cache, 'b', make)).resolves.toBe(2);
    expect(made).toBe(2);
  });

  it('forgets a rejected promise, so the next caller makes it again', async () => {
    const cache = new Map<string, Promise<string>>();
    let calls = 0;
    const make = () => (++calls === 1 ? Promise.reject(new Error('transient')) : Promise.resolve('ok'));
    await expect(keptUnlessFailed(cache, 'k', make)).rejects.toThrow('transient');
    expect(cache.has('k')).toBe(false);
    await expect(keptUnlessFailed(cache, 'k', make)).resolves.toBe('ok');
    await expect(keptUnlessFailed(cache, 'k', make)).resolves.toBe('ok');
    expect(calls).toBe(2);
  });
});
