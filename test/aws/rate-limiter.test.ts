import { describe, expect, it } from 'vitest';
import { AdaptiveLimiter, type AdaptiveLimiterOptions, type RateChange } from '../../src/aws/rate-limiter.js';
import { ManualClock } from './manual-clock.js';

function throttlingError(): Error {
  return Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 },
  });
}

/**
 * An API with a server-side token bucket: `limit(now)` calls/s, `burst` tokens, `latencyMs` per
 * call. Records what it accepted.
 */
function fakeApi(
  clock: ManualClock,
  options: { limit: (now: number) => number; burst: number; latencyMs: number },
) {
  let tokens = options.burst;
  let last = 0;
  let inFlight = 0;
  const log = { accepted: [] as number[], throttled: 0, maxInFlight: 0 };
  const call = async <T>(value: T): Promise<T> => {
    const now = clock.now();
    tokens = Math.min(options.burst, tokens + ((now - last) * options.limit(now)) / 1000);
    last = now;
    inFlight += 1;
    log.maxInFlight = Math.max(log.maxInFlight, inFlight);
    const ok = tokens >= 1;
    if (ok) tokens -= 1;
    await clock.sleep(options.latencyMs);
    inFlight -= 1;
    if (!ok) {
      log.throttled += 1;
      throw throttlingError();
    }
    log.accepted.push(now);
    return value;
  };
  return { call, log };
}

function limiter(clock: ManualClock, options: AdaptiveLimiterOptions = {}) {
  const changes: RateChange[] = [];
  const l = new AdaptiveLimiter({ clock, onRateChange: (c) => changes.push(c), ...options });
  return { limiter: l, changes };
}

/** Accepted calls per second within [from, to). */
function throughput(accepted: number[], from: number, to: number): number {
  return (accepted.filter((t) => t >= from && t < to).length * 1000) / (to - from);
}

describe('AdaptiveLimiter pacing', () => {
  it('spaces calls at the configured rate', async () => {
    const clock = new ManualClock();
    const { limiter: l } = limiter(clock, { initialRps: 20, maxRps: 20 });
    const api = fakeApi(clock, { limit: () => 1000, burst: 1000, latencyMs: 5 });
    const results = await clock.runUntil(
      Promise.all(Array.from({ length: 100 }, (_, i) => l.run(() => api.call(i)))),
    );
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i));
    const gaps = api.log.accepted.slice(1).map((t, i) => t - api.log.accepted[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    expect(api.log.accepted.at(-1)).toBe(99 * 50);
  });

  it('never has more than maxConcurrency calls in flight', async () => {
    const clock = new ManualClock();
    const { limiter: l } = limiter(clock, { initialRps: 1000, maxRps: 1000, maxConcurrency: 3 });
    const api = fakeApi(clock, { limit: () => 1000, burst: 1000, latencyMs: 1000 });
    await clock.runUntil(Promise.all(Array.from({ length: 30 }, (_, i) => l.run(() => api.call(i)))));
    expect(api.log.maxInFlight).toBe(3);
    expect(l.stats().maxInFlight).toBe(3);
    expect(clock.now()).toBeGreaterThanOrEqual(10_000);
  });

  it('does not raise the rate without a backlog', async () => {
    const clock = new ManualClock();
    const { limiter: l, changes } = limiter(clock, { initialRps: 5 });
    const api = fakeApi(clock, { limit: () => 1000, burst: 1000, latencyMs: 10 });
    const sequential = async () => {
      for (let i = 0; i < 50; i++) await l.run(() => api.call(i));
    };
    await clock.runUntil(sequential());
    expect(changes).toEqual([]);
    expect(l.stats().rate).toBe(5);
  });
});

describe('AdaptiveLimiter under throttling', () => {
  it('drains a backlog near the limit with zero failed calls, halving on throttles', async () => {
    const clock = new ManualClock();
    const { limiter: l, changes } = limiter(clock, { initialRps: 10 });
    const api = fakeApi(clock, { limit: () => 50, burst: 5, latencyMs: 20 });
    const n = 3000;
    const results = await clock.runUntil(
      Promise.all(Array.from({ length: n }, (_, i) => l.run(() => api.call(i)))),
    );

    expect(results).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(api.log.accepted).toHaveLength(n);
    const stats = l.stats();
    expect(stats.failed).toBe(0);
    expect(stats.succeeded).toBe(n);
    expect(stats.throttled).toBe(api.log.throttled);
    expect(stats.throttled).toBeGreaterThan(0);

    // Multiplicative decrease: every cut at least halves what was being sent.
    const cuts = changes.filter((c) => c.reason === 'throttle');
    expect(cuts.length).toBe(stats.decreases);
    for (const cut of cuts) expect(cut.to).toBeLessThanOrEqual(cut.from * 0.5 + 1e-9);
    // Additive increase while probing: small steps, never a jump.
    for (const grow of changes.filter((c) => c.reason === 'grow' && c.phase === 'probe')) {
      expect(grow.to - grow.from).toBeLessThan(5);
    }
    // Virtual time, so this is deterministic: the steady state (after the first 5 s of slow
    // start) runs at ≥ 85 % of the limit.
    const end = api.log.accepted.at(-1)!;
    expect(throughput(api.log.accepted, 5000, end) / 50).toBeGreaterThanOrEqual(0.85);
  });

  it('cuts the rate once per episode, not once per throttled call in flight', async () => {
    const clock = new ManualClock();
    const { limiter: l, changes } = limiter(clock, { initialRps: 100, maxRps: 100, maxConcurrency: 10 });
    // The first 10 calls all go out before any answer comes back, and all are throttled.
    let calls = 0;
    const fn = async () => {
      calls += 1;
      const throttle = calls <= 10;
      await clock.sleep(500);
      if (throttle) throw throttlingError();
      return 'ok';
    };
    const results = await clock.runUntil(Promise.all(Array.from({ length: 10 }, () => l.run(fn))));
    expect(results).toEqual(Array(10).fill('ok'));
    expect(l.stats().throttled).toBe(10);
    expect(changes.filter((c) => c.reason === 'throttle')).toHaveLength(1);
  });

  it('follows a limit that drops and comes back (50 → 10 → 50 per second)', async () => {
    const clock = new ManualClock();
    const { limiter: l, changes } = limiter(clock, { initialRps: 10 });
    const limit = (now: number) => (now < 20_000 ? 50 : now < 40_000 ? 10 : 50);
    const api = fakeApi(clock, { limit, burst: 5, latencyMs: 20 });
    const n = 2000;
    await clock.runUntil(Promise.all(Array.from({ length: n }, (_, i) => l.run(() => api.call(i)))));

    expect(api.log.accepted).toHaveLength(n);
    expect(l.stats().failed).toBe(0);
    // While the limit is 10, the limiter settles near it instead of hammering …
    const lowPhase = changes.filter((c) => c.at > 25_000 && c.at < 40_000);
    expect(Math.max(...lowPhase.map((c) => c.to))).toBeLessThan(16);
    expect(throughput(api.log.accepted, 25_000, 40_000)).toBeGreaterThan(7);
    // … and once it is 50 again, it finds its way back up.
    const end = api.log.accepted.at(-1)!;
    expect(end).toBeGreaterThan(50_000);
    expect(throughput(api.log.accepted, 45_000, end)).toBeGreaterThan(35);
  });
});

describe('AdaptiveLimiter errors', () => {
  it('passes other errors straight through without retrying them or slowing down', async () => {
    const clock = new ManualClock();
    const { limiter: l, changes } = limiter(clock, { initialRps: 100 });
    let attempts = 0;
    const denied = Object.assign(new Error('nope'), { name: 'AccessDeniedException' });
    const failing = l.run(async () => {
      attempts += 1;
      throw denied;
    });
    const fine = l.run(async () => 'fine');
    const settled = await clock.runUntil(Promise.allSettled([failing, fine]));
    expect(settled[0]).toEqual({ status: 'rejected', reason: denied });
    expect(settled[1]).toEqual({ status: 'fulfilled', value: 'fine' });
    expect(attempts).toBe(1);
    expect(changes).toEqual([]);
    expect(l.stats()).toMatchObject({ failed: 1, succeeded: 1, throttled: 0 });
  });

  it('gives up on a call throttled more than maxThrottleRetries times', async () => {
    const clock = new ManualClock();
    const { limiter: l } = limiter(clock, { initialRps: 100, maxThrottleRetries: 3 });
    let attempts = 0;
    const outcome = l.run(async () => {
      attempts += 1;
      throw throttlingError();
    });
    const settled = await clock.runUntil(Promise.allSettled([outcome]));
    expect(settled[0]?.status).toBe('rejected');
    expect(attempts).toBe(4);
    expect(l.stats()).toMatchObject({ failed: 1, throttled: 3 });
  });

  it('turns a synchronous throw into a rejection', async () => {
    const clock = new ManualClock();
    const { limiter: l } = limiter(clock);
    const outcome = l.run(() => {
      throw new Error('sync');
    });
    await expect(clock.runUntil(outcome)).rejects.toThrow('sync');
  });
});
