// Clients whose every call is paced by an AdaptiveLimiter: a prune run reads as much as it deletes
// (ownership re-reads, status checks, tag lookups), and a throttled read is not a failure but a
// signal to slow down (issue 11: GetResources at 5/s made 100 points fail).
import type { AdaptiveLimiter } from './rate-limiter.js';

interface Sends {
  send(command: unknown, ...rest: unknown[]): Promise<unknown>;
}

/**
 * The same client (same class, config and paginator support), with `send` going through `limiter`.
 * Give it a client made with `retryThrottling: false`, so the limiter sees every throttle.
 */
export function throughLimiter<C extends object>(client: C, limiter: Pick<AdaptiveLimiter, 'run'>): C {
  const target = client as unknown as Sends;
  const send = (command: unknown, ...rest: unknown[]) => limiter.run(() => target.send(command, ...rest));
  return new Proxy(client, {
    get(obj, prop) {
      if (prop === 'send') return send;
      const value: unknown = Reflect.get(obj, prop, obj);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
