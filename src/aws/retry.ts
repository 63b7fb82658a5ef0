// Which AWS errors are worth another try, and the SDK retry strategy built on that decision.
//
// The SDK's own "standard" mode retries some things we must not retry blindly and gives us no
// switch to leave throttling to our own rate limiter, so every client of this layer gets the
// strategy below instead: exponential backoff with full jitter, throttling / transient / 5xx only,
// everything else (access denied, validation, missing resources) fails on the first answer.
import { setTimeout as wallClockSleep } from 'node:timers/promises';
import { waitBeforeRetry } from '../time/wait.js';
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';
import { isBusyMessage } from './busy.js';
import { redact } from './redact.js';

/**
 * - throttling: the service asks us to slow down; retry after a backoff (or let a limiter pace it).
 * - transient: 5xx, timeouts, dropped connections; retry after a backoff.
 * - busy: InvalidResourceStateException, or a message saying AWS Backup is working on that resource or
 *   recovery point (src/aws/busy.ts). Retrying within seconds does not help: the caller retries it
 *   later (e.g. next pass, next run).
 * - fatal: the request itself is wrong or not allowed; retrying cannot change the answer.
 */
export type ErrorClass = 'throttling' | 'transient' | 'busy' | 'fatal';

const THROTTLING_CODES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
]);

const TRANSIENT_CODES = new Set([
  'InternalFailure',
  'InternalError',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'ServiceFailureException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  // STS could not reach the identity provider (GitHub) to fetch its keys: try again. The SDK names
  // it with the suffix; AssumeRoleWithWebIdentity retries it itself with a fresh ID token
  // (aws/credentials.ts).
  'IDPCommunicationError',
  'IDPCommunicationErrorException',
]);

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
]);

const BUSY_CODES = new Set(['InvalidResourceStateException']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  cause?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: number; requestId?: string; clockSkewCorrected?: boolean };
  $retryable?: { throttling?: boolean };
}

function asErrorLike(err: unknown): ErrorLike | undefined {
  return typeof err === 'object' && err !== null ? (err as ErrorLike) : undefined;
}

/** The AWS error code (`ThrottlingException`, `AccessDeniedException`, …) or a Node network code. */
export function errorCode(err: unknown): string | undefined {
  const e = asErrorLike(err);
  if (!e) return undefined;
  // SDK service exceptions carry the code as their name; a plain Error's name is just "Error".
  if (typeof e.name === 'string' && e.name !== 'Error' && e.name !== 'TypeError') return e.name;
  if (typeof e.Code === 'string') return e.Code;
  if (typeof e.code === 'string') return e.code;
  if (typeof e.name === 'string') return e.name;
  return undefined;
}

/** HTTP status of the failed response, when there was one. */
export function httpStatus(err: unknown): number | undefined {
  return asErrorLike(err)?.$metadata?.httpStatusCode;
}

function nodeCode(err: unknown, depth = 0): string | undefined {
  const e = asErrorLike(err);
  if (!e || depth > 5) return undefined;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  return nodeCode(e.cause, depth + 1);
}

export function classifyError(err: unknown): ErrorClass {
  const e = asErrorLike(err);
  if (!e) return 'fatal';
  const code = errorCode(err) ?? '';
  const status = httpStatus(err);
  if (code === 'AbortError') return 'fatal';
  if (status === 429 || THROTTLING_CODES.has(code) || e.$retryable?.throttling === true) {
    return 'throttling';
  }
  if (BUSY_CODES.has(code) || isBusyMessage(typeof e.message === 'string' ? e.message : undefined))
    return 'busy';
  if (TRANSIENT_CODES.has(code) || nodeCode(err) !== undefined) return 'transient';
  // The SDK corrected its clock after a skew error: the next attempt is signed correctly.
  if (e.$metadata?.clockSkewCorrected) return 'transient';
  if (status !== undefined && status >= 500 && status !== 501) return 'transient';
  return 'fatal';
}

/**
 * The request reached AWS but its answer was lost: a 2xx response that could not be read (the SDK's
 * deserialization error carries the response's status), or a connection dropped after sending. AWS
 * may have done what was asked, so the caller must not report a refusal.
 */
export function isOutcomeUnknown(err: unknown): boolean {
  const status = httpStatus(err);
  return (status !== undefined && status >= 200 && status < 300) || nodeCode(err) !== undefined;
}

export function isThrottling(err: unknown): boolean {
  return classifyError(err) === 'throttling';
}

/** Backup is busy with the resource or point (see classifyError); retry on a later pass. */
export function isBusy(err: unknown): boolean {
  return classifyError(err) === 'busy';
}

/** Throttling, transient failures and "busy": an identical request may succeed later. */
export function isRetryable(err: unknown): boolean {
  return classifyError(err) !== 'fatal';
}

export interface AwsErrorContext {
  /** API operation, e.g. `DeleteRecoveryPoint`. */
  operation?: string;
  role?: string;
  region?: string;
  /** What the call was about, e.g. a recovery point ARN. */
  target?: string;
}

const MAX_MESSAGE = 400;

/**
 * One line for humans: `DeleteRecoveryPoint on arn:… in eu-west-1 as arn:…:role/x failed:
 * AccessDeniedException (HTTP 403): <AWS message>`. Credentials never appear: the message passes
 * through redact(), and nothing from the request (headers, bodies) is included.
 */
export function describeAwsError(err: unknown, context: AwsErrorContext = {}): string {
  const e = asErrorLike(err);
  const parts: string[] = [context.operation ?? 'AWS call'];
  if (context.target) parts.push(`on ${context.target}`);
  if (context.region) parts.push(`in ${context.region}`);
  if (context.role) parts.push(`as ${context.role}`);
  const code = errorCode(err) ?? 'Error';
  const status = httpStatus(err);
  const rawMessage = typeof e?.message === 'string' ? e.message : String(err);
  let message = rawMessage.replace(/\s+/g, ' ').trim();
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE - 1)}…`;
  const head = `${parts.join(' ')} failed: ${code}${status !== undefined ? ` (HTTP ${status})` : ''}`;
  const line = message && message !== code ? `${head}: ${message}` : head;
  return redact(line);
}

export interface RetryPolicyOptions {
  /**
   * Attempts including the first one. Throttling stops here (default 5); transient errors stop
   * here only when it is given, else when the waiting budget is spent.
   */
  maxAttempts?: number;
  /**
   * Retry throttling errors inside the SDK. Turn off for clients used under the AdaptiveLimiter:
   * the limiter must see every throttle to slow down, and retries it itself.
   */
  retryThrottling?: boolean;
  /** Base delay for transient errors (ms); throttling uses 5× this. Default 100. */
  baseDelayMs?: number;
  /** Upper bound of a single backoff (ms). Default 20,000. */
  maxDelayMs?: number;
  /**
   * Time (ms) one call may spend waiting between retries of transient errors (5xx, timeouts,
   * dropped connections). AWS outages of a few seconds are common; a run that gives up after a
   * second of 5xx fails plans for nothing. Default 30,000: after that the error reaches the caller,
   * who reports "retry later".
   */
  transientBudgetMs?: number;
  /** Source of jitter, injectable for tests. */
  random?: () => number;
  /** Waits between attempts, injectable so tests do not wait in wall-clock time. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_TRANSIENT_BUDGET_MS = 30_000;
/** A hard stop for transient retries even within the budget (a budget of tiny delays). */
const MAX_TRANSIENT_ATTEMPTS = 30;

/** Full-jitter exponential backoff: a uniformly random delay in [0, min(max, base·2^attempt)). */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

class Token implements RetryToken {
  constructor(
    private readonly count: number,
    private readonly delay: number,
    /** Time already spent waiting for this call (ms). */
    readonly waited: number,
  ) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    return this.delay;
  }
}

/**
 * The SDK retry strategy used by every client of this layer. Refusing to refresh the token (by
 * throwing) makes the SDK surface the original error unchanged. The strategy waits itself (through
 * the injectable `sleep`) and hands the SDK a zero delay, so tests drive the backoff without
 * wall-clock time.
 */
export function createRetryStrategy(options: RetryPolicyOptions = {}): RetryStrategyV2 {
  const throttleAttempts = Math.max(1, options.maxAttempts ?? 5);
  const transientAttempts = Math.max(1, options.maxAttempts ?? MAX_TRANSIENT_ATTEMPTS);
  const retryThrottling = options.retryThrottling ?? true;
  const base = options.baseDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 20_000;
  const budget = options.transientBudgetMs ?? DEFAULT_TRANSIENT_BUDGET_MS;
  const random = options.random ?? Math.random;
  // A throttle counts real seconds, so its backoff is never shortened; transient errors are waited out
  // with waitBeforeRetry, which end-to-end tests shorten (src/time/wait.ts).
  const throttledSleep = options.sleep ?? wallClockSleep;
  const transientSleep = options.sleep ?? waitBeforeRetry;
  return {
    acquireInitialRetryToken: async () => new Token(0, 0, 0),
    refreshRetryTokenForRetry: async (token: RetryToken, info: RetryErrorInfo) => {
      const kind = classifyError(info.error);
      const next = token.getRetryCount() + 1;
      const waited = token instanceof Token ? token.waited : 0;
      if (kind === 'throttling') {
        if (!retryThrottling || next >= throttleAttempts) throw new Error('no retry');
      } else if (kind === 'transient') {
        if (next >= transientAttempts || waited >= budget) throw new Error('no retry');
      } else throw new Error('no retry');
      let delay = backoffDelay(next - 1, kind === 'throttling' ? base * 5 : base, maxDelay, random);
      // Honour a server's Retry-After, within our own ceiling.
      if (info.retryAfterHint) {
        const hinted = info.retryAfterHint.getTime() - Date.now();
        if (hinted > delay) delay = Math.min(hinted, maxDelay);
      }
      // The last wait of a transient run ends at the budget, not beyond it.
      if (kind === 'transient') delay = Math.min(delay, budget - waited);
      // Retry at least once more with the budget's end, even when the jitter drew zero.
      const spent = kind === 'transient' ? Math.max(delay, 1) : delay;
      await (kind === 'throttling' ? throttledSleep : transientSleep)(delay);
      return new Token(next, 0, waited + spent);
    },
    recordSuccess: () => {},
  };
}
