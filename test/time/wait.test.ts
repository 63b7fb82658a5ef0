// The end-to-end tests' knob for wall-clock waits (src/time/wait.ts): it can only shorten them, and
// only when set to a number.
import type { SdkError } from '@smithy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createRetryStrategy } from '../../src/aws/retry.js';
import { TEST_WAIT_SCALE_VARIABLE, testWaitScale, waitBeforeRetry } from '../../src/time/wait.js';

const saved = process.env[TEST_WAIT_SCALE_VARIABLE];
afterEach(() => {
  if (saved === undefined) delete process.env[TEST_WAIT_SCALE_VARIABLE];
  else process.env[TEST_WAIT_SCALE_VARIABLE] = saved;
});

async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe('BACKUP_PLANS_TEST_WAIT_SCALE', () => {
  it('is 1 unless set to a number; a number is clamped to [0.001, 1]', () => {
    const scale = (value: string | undefined) => testWaitScale({ [TEST_WAIT_SCALE_VARIABLE]: value });
    expect(scale(undefined)).toBe(1);
    expect(scale('')).toBe(1);
    expect(scale('  ')).toBe(1);
    expect(scale('fast')).toBe(1);
    expect(scale('Infinity')).toBe(1);
    expect(scale('0.01')).toBe(0.01);
    expect(scale(' 0.5 ')).toBe(0.5);
    // It never lengthens a wait, and never makes one vanish (that would hammer the other side).
    expect(scale('10')).toBe(1);
    expect(scale('0')).toBe(0.001);
    expect(scale('-1')).toBe(0.001);
  });

  it('shortens waitBeforeRetry: a minute at 0.001 is over in well under the minute', async () => {
    process.env[TEST_WAIT_SCALE_VARIABLE] = '0.001';
    const ms = await elapsedMs(() => waitBeforeRetry(60_000));
    expect(ms).toBeGreaterThanOrEqual(50);
    expect(ms).toBeLessThan(30_000);
  });

  it('shortens the SDK backoff after a 5xx, never the one after throttling (a throttle counts real seconds)', async () => {
    process.env[TEST_WAIT_SCALE_VARIABLE] = '0.001';
    const awsError = (name: string, httpStatusCode: number) =>
      Object.assign(new Error(name), { name, $metadata: { httpStatusCode } }) as SdkError;
    const serverError = awsError('InternalServerException', 500);
    const throttled = awsError('ThrottlingException', 400);
    const backoff = async (error: SdkError, baseDelayMs: number) => {
      // Jitter at its top: the delay is just under the ceiling (base for transient, 5× base for throttling).
      const strategy = createRetryStrategy({ baseDelayMs, random: () => 0.999 });
      const token = await strategy.acquireInitialRetryToken('backup');
      return elapsedMs(() => strategy.refreshRetryTokenForRetry(token, { error, errorType: 'SERVER_ERROR' }));
    };
    // 5xx: a 19.98 s backoff (the 20 s cap) taken as 20 ms.
    expect(await backoff(serverError, 20_000)).toBeLessThan(10_000);
    // Throttling: a 999 ms backoff taken in full.
    expect(await backoff(throttled, 200)).toBeGreaterThanOrEqual(950);
  });
});
