// Paces bulk calls (deleting thousands of recovery points) to what the API allows, so a backlog
// drains near the service's limit without a single failed call.
//
// - A token bucket limits requests per second; a semaphore limits calls in flight.
// - A throttling answer is not an error for the caller: the call goes back to the head of the queue
//   and runs again once the (now lower) rate allows.
// - The rate adapts like TCP congestion control (AIMD with slow start and fast recovery):
//     slow start  – until the first throttle, the rate doubles every `doublingMs` while there is a
//                   backlog, to find the limit quickly;
//     throttle    – the rate is cut to `decreaseFactor` (½) of what was actually being sent, once per
//                   episode: calls that were already in flight at the old rate and come back
//                   throttled do not cut it again; the rate at the throttle becomes the `ceiling`;
//     recovery    – back up multiplicatively to `recoverTo` (90 %) of the ceiling, since the limit
//                   was just seen there;
//     probe       – then additively, `probeFraction` of the ceiling per second, to find out whether
//                   more is allowed; once 10 % past the ceiling without a throttle, the limit was
//                   raised and slow start resumes.
//
// The SDK client used under the limiter must not retry throttling itself (awsClients(…,
// { retryThrottling: false })): a client that quietly retries hides exactly the signal the limiter
// adapts to, and its own backoff would stall a concurrency slot. Transient errors (5xx, timeouts)
// are still retried by the client; anything that is not throttling reaches the caller unchanged.
import { setTimeout as wallClockSleep } from 'node:timers/promises';
import { isThrottling } from './retry.js';

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: LimiterClock = {
  now: () => performance.now(),
  sleep: (ms) => wallClockSleep(ms),
};

export interface AdaptiveLimiterOptions {
  /** Starting rate (calls/s). Default 10. */
  initialRps?: number;
  /** The rate never goes below this. Default 1. */
  minRps?: number;
  /** Nor above this. Default 500. */
  maxRps?: number;
  /** Calls in flight at most. Default 16. */
  maxConcurrency?: number;
  /** Multiplicative decrease on throttling. Default 0.5. */
  decreaseFactor?: number;
  /** Slow start and recovery double the rate this often (ms). Default 500. */
  doublingMs?: number;
  /** Recovery target as a fraction of the ceiling. Default 0.9. */
  recoverTo?: number;
  /** Additive increase per second while probing, as a fraction of the ceiling. Default 0.1. */
  probeFraction?: number;
  /** Burst allowance of the token bucket, in ms of the current rate. Default 50. */
  burstMs?: number;
  /** A call throttled this many times is given up (its error reaches the caller). Default 50. */
  maxThrottleRetries?: number;
  isThrottle?: (err: unknown) => boolean;
  clock?: LimiterClock;
  /** Observes rate changes (tests, benchmarks, debug logs). */
  onRateChange?: (change: RateChange) => void;
}

export interface RateChange {
  reason: 'throttle' | 'grow';
  phase: Phase;
  from: number;
  to: number;
  at: number;
}

export type Phase = 'slow-start' | 'recovery' | 'probe';

export interface LimiterStats {
  /** Calls handed to run(). */
  calls: number;
  succeeded: number;
  /** Calls whose promise rejected (non-throttling errors, or throttled too often). */
  failed: number;
  /** Throttling answers absorbed by retrying. */
  throttled: number;
  /** Times the rate was cut. */
  decreases: number;
  rate: number;
  ceiling: number | undefined;
  phase: Phase;
  maxInFlight: number;
}

interface Job {
  fn: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  throttles: number;
}

const WINDOW_MS = 1000;

/**
 * Slow start's doubling period. Tuned on bench/prune-throughput.bench.ts: quicker ramps cost a few
 * more (absorbed) throttles but recover far sooner after the limit drops and comes back.
 */
export const DEFAULT_DOUBLING_MS = 500;

export class AdaptiveLimiter {
  private readonly opt: Required<Omit<AdaptiveLimiterOptions, 'onRateChange'>> &
    Pick<AdaptiveLimiterOptions, 'onRateChange'>;
  private readonly queue: Job[] = [];
  private inFlight = 0;
  private pumping = false;

  private rate: number;
  private ceiling: number | undefined;
  private tokens = 1;
  private lastRefill: number;
  private lastGrowth: number;
  private lastDecrease = -Infinity;
  private readonly startedAt: number;
  /** Send times within the last WINDOW_MS, oldest first: what is actually being sent. */
  private readonly sent: number[] = [];

  private readonly counters = {
    calls: 0,
    succeeded: 0,
    failed: 0,
    throttled: 0,
    decreases: 0,
    maxInFlight: 0,
  };

  constructor(options: AdaptiveLimiterOptions = {}) {
    this.opt = {
      initialRps: 10,
      minRps: 1,
      maxRps: 500,
      maxConcurrency: 16,
      decreaseFactor: 0.5,
      doublingMs: DEFAULT_DOUBLING_MS,
      recoverTo: 0.9,
      probeFraction: 0.1,
      burstMs: 50,
      maxThrottleRetries: 50,
      isThrottle: isThrottling,
      clock: systemClock,
      ...options,
    };
    this.rate = clamp(this.opt.initialRps, this.opt.minRps, this.opt.maxRps);
    const now = this.opt.clock.now();
    this.lastRefill = now;
    this.lastGrowth = now;
    this.startedAt = now;
  }

  /** Run `fn` when rate and concurrency allow; throttling answers are retried, not returned. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    this.counters.calls += 1;
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject, throttles: 0 });
      this.pump();
    });
  }

  stats(): LimiterStats {
    return { ...this.counters, rate: this.rate, ceiling: this.ceiling, phase: this.phase() };
  }

  private phase(): Phase {
    if (this.ceiling === undefined) return 'slow-start';
    return this.rate < this.ceiling * this.opt.recoverTo ? 'recovery' : 'probe';
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    void this.loop();
  }

  private async loop(): Promise<void> {
    try {
      while (this.queue.length > 0 && this.inFlight < this.opt.maxConcurrency) {
        const wait = this.takeToken();
        if (wait > 0) {
          await this.opt.clock.sleep(wait);
          continue;
        }
        this.start(this.queue.shift()!);
      }
    } finally {
      this.pumping = false;
    }
  }

  /** 0 when a token was taken, else how long (ms) until one is available. */
  private takeToken(): number {
    const now = this.opt.clock.now();
    const capacity = Math.max(1, (this.rate * this.opt.burstMs) / 1000);
    this.tokens = Math.min(capacity, this.tokens + ((now - this.lastRefill) * this.rate) / 1000);
    this.lastRefill = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.rate));
  }

  private start(job: Job): void {
    const sentAt = this.opt.clock.now();
    this.sent.push(sentAt);
    this.inFlight += 1;
    this.counters.maxInFlight = Math.max(this.counters.maxInFlight, this.inFlight);
    let promise: Promise<unknown>;
    try {
      promise = job.fn();
    } catch (err) {
      promise = Promise.reject(err);
    }
    promise.then(
      (value) => {
        this.inFlight -= 1;
        this.counters.succeeded += 1;
        this.grow();
        job.resolve(value);
        this.pump();
      },
      (err: unknown) => {
        this.inFlight -= 1;
        if (this.opt.isThrottle(err) && job.throttles < this.opt.maxThrottleRetries) {
          job.throttles += 1;
          this.counters.throttled += 1;
          this.decrease(sentAt);
          // Back to the head: it waited longest, and keeps the order of work roughly intact.
          this.queue.unshift(job);
        } else {
          this.counters.failed += 1;
          job.reject(err);
        }
        this.pump();
      },
    );
  }

  /** Calls per second actually sent over the last window (undefined during the first window). */
  private measuredRate(now: number): number | undefined {
    while (this.sent.length > 0 && this.sent[0]! < now - WINDOW_MS) this.sent.shift();
    if (now - this.startedAt < WINDOW_MS) return undefined;
    return (this.sent.length * 1000) / WINDOW_MS;
  }

  private setRate(to: number, reason: RateChange['reason'], at: number): void {
    const from = this.rate;
    this.rate = clamp(to, this.opt.minRps, this.opt.maxRps);
    if (this.rate !== from) this.opt.onRateChange?.({ reason, phase: this.phase(), from, to: this.rate, at });
  }

  private decrease(sentAt: number): void {
    // Calls sent before the last cut were paced by the old rate: their throttles are the same episode.
    if (sentAt < this.lastDecrease) return;
    const now = this.opt.clock.now();
    const measured = this.measuredRate(now);
    const sending =
      measured === undefined ? this.rate : Math.min(this.rate, Math.max(measured, this.opt.minRps));
    this.ceiling = sending;
    this.counters.decreases += 1;
    this.lastDecrease = now;
    this.lastGrowth = now;
    this.tokens = 0;
    this.setRate(sending * this.opt.decreaseFactor, 'throttle', now);
  }

  private grow(): void {
    const now = this.opt.clock.now();
    const dtMs = now - this.lastGrowth;
    this.lastGrowth = now;
    // Only a backlog proves the rate is what holds us back; an idle limiter learns nothing.
    if (dtMs <= 0 || this.queue.length === 0) return;
    const doubling = 2 ** (dtMs / this.opt.doublingMs);
    let next: number;
    if (this.ceiling === undefined) {
      next = this.rate * doubling;
    } else if (this.rate < this.ceiling * this.opt.recoverTo) {
      next = Math.min(this.ceiling * this.opt.recoverTo, this.rate * doubling);
    } else {
      next = this.rate + (this.opt.probeFraction * this.ceiling * dtMs) / 1000;
      // Well past the old limit without a throttle: the limit went up; find the new one quickly.
      if (next > this.ceiling * 1.1) this.ceiling = undefined;
    }
    // When concurrency (not rate) holds the calls back, a rising rate would only be fiction.
    const measured = this.measuredRate(now);
    if (measured !== undefined) next = Math.min(next, Math.max(2 * measured, this.opt.initialRps));
    if (next > this.rate) this.setRate(next, 'grow', now);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
