// Bounded parallelism for AWS reads: enough calls in flight to hide latency, few enough that a vault
// with thousands of points does not turn into a throttling storm.

/** The items cut into consecutive lists of at most `size` (an API's limit of ARNs per call). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * The promise kept in `cache` under `key`, or `make()`'s, kept there for later callers. A promise that
 * rejects is forgotten once it does, so the next caller tries again instead of inheriting the failure.
 */
export function keptUnlessFailed<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  let kept = cache.get(key);
  if (!kept) {
    kept = make();
    cache.set(key, kept);
    kept.catch(() => cache.delete(key));
  }
  return kept;
}

/**
 * Run `fn` over every item with at most `concurrency` calls in flight. Rejects with the first error
 * (the calls already running are not cancelled, and no new ones start once it has failed).
 */
export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency), items.length));
  await Promise.all(Array.from({ length: items.length === 0 ? 0 : workers }, worker));
}

/**
 * The reads one run started before awaiting them (to overlap them with others), so that the run can
 * wait for them before it ends: a run that stops early (its vault could not be described, its
 * listings failed) would otherwise leave them in flight, to be answered, or cut off by its clients'
 * destruction, after it reported.
 */
export class ReadsAhead {
  private readonly inFlight = new Set<Promise<unknown>>();

  /**
   * Remembers `read` until it settles, and gives it back. Until its caller awaits it, a failure does
   * not count as an unhandled rejection (the handler below sees it); the caller still sees it.
   */
  start<T>(read: Promise<T>): Promise<T> {
    this.inFlight.add(read);
    const forget = () => this.inFlight.delete(read);
    read.then(forget, forget);
    return read;
  }

  /** Resolves once every read started (also those started meanwhile) has settled; never rejects. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
