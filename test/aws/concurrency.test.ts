import { describe, expect, it } from 'vitest';
import { chunked, forEachConcurrent, readAhead } from '../../src/aws/concurrency.js';

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

describe('readAhead', () => {
  it('keeps a failed read from counting as unhandled until it is awaited, and the awaiter still sees it', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const read = readAhead(Promise.reject(new Error('AccessDenied')));
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
    expect(readAhead(read)).toBe(read);
    expect(await readAhead(read)).toBe(42);
  });
});
