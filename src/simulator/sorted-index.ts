// An ordered index of items by a string key, for listings with stable, resumable pagination.
// Lookups and the position of a page token are binary searches (O(log n)). The arrays hold the keys
// in descending order, so that the usual insert, a newest-first key (newestFirstKey: the smallest
// yet), is an append: a job history of 20,000 entries no longer moves its whole array per new job.
// Other inserts and removals move array tails (memmove, microseconds for tens of thousands of
// entries). Seeding a large world appends then sorts once (`bulkLoad`).

export class SortedIndex<T> {
  /** Descending: position 0 holds the largest key, the end the smallest (the newest). */
  private keys: string[] = [];
  private values: T[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** First position whose key is <= key: every key before it is larger. */
  private firstAtMost(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! > key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(key: string, value: T): void {
    const at = this.firstAtMost(key);
    if (this.keys[at] === key) {
      this.values[at] = value;
      return;
    }
    if (at === this.keys.length) {
      this.keys.push(key);
      this.values.push(value);
      return;
    }
    this.keys.splice(at, 0, key);
    this.values.splice(at, 0, value);
  }

  remove(key: string): boolean {
    const at = this.firstAtMost(key);
    if (this.keys[at] !== key) return false;
    this.keys.splice(at, 1);
    this.values.splice(at, 1);
    return true;
  }

  /** Adds many entries at once: one sort instead of n binary-search splices. */
  bulkLoad(entries: Iterable<[string, T]>): void {
    const all: [string, T][] = this.keys.map((k, i) => [k, this.values[i]!]);
    for (const e of entries) all.push(e);
    // Stable, so of equal keys the last given wins (below), as with insert.
    all.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
    this.keys = [];
    this.values = [];
    for (const [k, v] of all) {
      if (this.keys[this.keys.length - 1] === k) this.values[this.values.length - 1] = v;
      else {
        this.keys.push(k);
        this.values.push(v);
      }
    }
  }

  /** Iterates entries in ascending key order, starting after `afterKey` when given. */
  *from(afterKey?: string): Generator<[string, T]> {
    // Ascending order walks the arrays from the end; the first entry is the smallest key > afterKey.
    let at = afterKey === undefined ? this.keys.length - 1 : this.firstAtMost(afterKey) - 1;
    while (at >= 0) {
      const key = this.keys[at]!;
      yield [key, this.values[at]!];
      // Callers may insert or delete while paging: unless the entry yielded is still where it was,
      // find the next larger key anew.
      at = this.keys[at] === key ? at - 1 : this.firstAtMost(key) - 1;
    }
  }

  *valuesInOrder(): Generator<T> {
    for (const [, v] of this.from()) yield v;
  }
}

/** Keys that sort newest first, ties broken by id. */
export function newestFirstKey(ms: number, id: string): string {
  return `${String(9_999_999_999_999 - Math.floor(ms)).padStart(13, '0')}|${id}`;
}

/**
 * One page out of an index: up to `max` items that pass `keep`, after `token`. Tokens are opaque
 * (base64url of the last key plus a tag naming the listing) so a token from one listing is refused
 * by another, as AWS refuses foreign tokens.
 */
export function page<T>(
  index: SortedIndex<T> | undefined,
  options: {
    token?: string;
    max: number;
    tag: string;
    keep?: (item: T) => boolean;
    /**
     * For indexes keyed newest first (newestFirstKey): true for the first item too old to match,
     * where the scan stops, since every later item is older still. A listing bounded in time then
     * reads only its window, not the whole history.
     */
    past?: (item: T) => boolean;
  },
): { items: T[]; nextToken?: string } {
  const items: T[] = [];
  if (!index) return { items };
  const after = options.token === undefined ? undefined : decodeToken(options.token, options.tag);
  let last: string | undefined;
  for (const [key, value] of index.from(after)) {
    if (options.past?.(value)) break;
    if (options.keep && !options.keep(value)) continue;
    if (items.length === options.max) return { items, nextToken: encodeToken(last!, options.tag) };
    items.push(value);
    last = key;
  }
  return { items };
}

export class InvalidTokenError extends Error {}

export function encodeToken(key: string, tag: string): string {
  return Buffer.from(JSON.stringify([tag, key])).toString('base64url');
}

export function decodeToken(token: string, tag: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === tag && typeof parsed[1] === 'string') return parsed[1];
  } catch {
    // fall through
  }
  throw new InvalidTokenError(`Invalid NextToken: ${token.slice(0, 40)}`);
}
