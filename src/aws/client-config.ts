// The configuration every SDK client of the tool shares (retry policy, timeouts, region,
// credentials), kept apart from the client classes: the credential layer builds its STS client from
// it without loading the Backup and Tagging clients, so `backup` can send its first request (STS)
// before those are loaded (src/commands/backup.ts).
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  HttpHandlerOptions,
  HttpRequest,
  HttpResponse,
} from '@smithy/types';
import type { Agent } from 'node:http';
import { createRetryStrategy, type RetryPolicyOptions } from './retry.js';

export interface AwsClientsOptions {
  /** Omit to use the SDK's default credential chain (environment, profile, SSO, instance role…). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  region: string;
  /** Attempts per call including the first; default: 5 for throttling, the retry budget for 5xx. */
  maxAttempts?: number;
  /** Waiting budget, jitter and sleep of the retry strategy (tests inject sleep and random). */
  retry?: Pick<RetryPolicyOptions, 'transientBudgetMs' | 'random' | 'sleep' | 'baseDelayMs'>;
  /**
   * false: throttling errors are returned at once instead of being retried inside the SDK. Use it
   * for clients driven by an AdaptiveLimiter, which must see throttles to slow down (it retries
   * them itself). Transient errors (5xx, timeouts) are still retried.
   */
  retryThrottling?: boolean;
}

// A hung connection must not stall a scheduled run until the job's timeout. NodeHttpHandler (4.x) only
// logs a warning when requestTimeout passes unless throwOnRequestTimeout is set; then the request fails
// with a TimeoutError (ETIMEDOUT), which retry.ts retries.
export const REQUEST_HANDLER = {
  connectionTimeout: 10_000,
  requestTimeout: 60_000,
  throwOnRequestTimeout: true,
};

/** A request handler the SDK clients accept in place of their own NodeHttpHandler. */
export interface RequestHandler {
  readonly metadata?: { handlerProtocol: string };
  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }>;
  updateHttpClientConfig(key: string, value: unknown): void;
  httpHandlerConfigs(): Record<string, unknown>;
  destroy(): void;
}

/**
 * One keep-alive agent for every client's plain-HTTP connections, or undefined: each client has its
 * own (the SDK's default). Only `simulate` sets it, for its many runs in one process against one
 * local simulator, so that each run's new clients reuse the connections of the runs before.
 */
let sharedHttpAgent: Agent | undefined;

export function shareHttpAgent(agent: Agent | undefined): void {
  sharedHttpAgent = agent;
}

/**
 * One request handler for every client instead of their own (it wins over a shared agent), or
 * undefined. Only `simulate` sets it, when its simulator runs in a worker thread: the handler forwards
 * the requests to that thread, which sends them (aws/forwarding-http-handler.ts).
 */
let sharedRequestHandler: RequestHandler | undefined;

export function shareRequestHandler(handler: RequestHandler | undefined): void {
  sharedRequestHandler = handler;
}

function requestHandler() {
  if (sharedRequestHandler) return sharedRequestHandler;
  return sharedHttpAgent ? { ...REQUEST_HANDLER, httpAgent: sharedHttpAgent } : REQUEST_HANDLER;
}

/** The configuration shared by all three clients. */
export function clientConfig(options: AwsClientsOptions) {
  return {
    region: options.region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    retryStrategy: createRetryStrategy({
      ...options.retry,
      ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
      retryThrottling: options.retryThrottling ?? true,
    }),
    requestHandler: requestHandler(),
  };
}
