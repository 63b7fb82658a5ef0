// The ordered index behind every listing: pages resume after the last key, so deleting between
// pages never skips an item that stayed, and nothing is listed twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/simulator/event-queue.js';
import {
  decodeToken,
  encodeToken,
  InvalidTokenError,
  newestFirstKey,
  page,
  SortedIndex,
} from '../../src/simulator/sorted-index.js';

describe('SortedIndex paging', () => {
  it('lists every item that stays exactly once, whatever is deleted between pages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 0, maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.nat(), { maxLength: 100 }),
        fc.boolean(),
        (values, max, deletions, bulk) => {
          const index = new SortedIndex<number>();
          const key = (v: number) => newestFirstKey(v * 1000, `id-${v}`);
          if (bulk) index.bulkLoad(values.map((v) => [key(v), v]));
          else for (const v of values) index.insert(key(v), v);
          expect(index.size).toBe(values.length);
          const seen: number[] = [];
          const deleted = new Set<number>();
          let token: string | undefined;
          let d = 0;
          do {
            const out = page(index, { token, max, tag: 't' });
            expect(out.items.length).toBeLessThanOrEqual(max);
            seen.push(...out.items);
            token = out.nextToken;
            // Delete some items (listed or not) before the next page.
            for (let i = 0; i < 3 && d < deletions.length && values.length > 0; i++, d++) {
              const v = values[deletions[d]! % values.length]!;
              if (index.remove(key(v))) deleted.add(v);
            }
          } while (token);
          expect(new Set(seen).size).toBe(seen.length);
          const stayed = values.filter((v) => !deleted.has(v));
          for (const v of stayed) expect(seen).toContain(v);
          // Newest first.
          const listedInOrder = seen.filter((v) => !deleted.has(v));
          expect(listedInOrder).toEqual([...listedInOrder].sort((a, b) => b - a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a time-bounded listing reads only its window and finds exactly the filter’s items, over every page', () => {
    fc.assert(
      fc.property(
        // Fractional milliseconds too: keys hold whole ones, so ties within a millisecond are in id order.
        fc.array(fc.double({ min: 0, max: 5_000, noNaN: true }), { maxLength: 200 }),
        fc.double({ min: 0, max: 5_000, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (times, bound, max) => {
          const index = new SortedIndex<{ id: string; ms: number }>();
          times.forEach((ms, i) => index.insert(newestFirstKey(ms, `id-${i}`), { id: `id-${i}`, ms }));
          let read = 0;
          const listed: string[] = [];
          let token: string | undefined;
          do {
            const out = page(index, {
              token,
              max,
              tag: 't',
              past: (item) => Math.floor(item.ms) < Math.floor(bound),
              keep: (item) => {
                read++;
                return item.ms >= bound;
              },
            });
            listed.push(...out.items.map((item) => item.id));
            token = out.nextToken;
          } while (token);
          const expected = times.flatMap((ms, i) => (ms >= bound ? [`id-${i}`] : []));
          expect(listed.sort()).toEqual(expected.sort());
          // Only items of the window's milliseconds are looked at: each at most twice (a page that is
          // full looks ahead past unkept items for a next one, and the next page reads them again),
          // plus the one item past the window that ends the listing. Never the items before it.
          const window = times.filter((ms) => Math.floor(ms) >= Math.floor(bound)).length;
          expect(read).toBeLessThanOrEqual(2 * window + 1);
        },
      ),
    );
  });

  it('iterates in key order while the caller deletes what it read and inserts newer entries', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1_000, max: 9_000 }), { maxLength: 200 }),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 1 }),
        (values, bulk, inserts) => {
          const index = new SortedIndex<number>();
          const key = (v: number) => newestFirstKey(v * 1000, `id-${v}`);
          if (bulk) index.bulkLoad(values.map((v) => [key(v), v]));
          else for (const v of values) index.insert(key(v), v);
          const seen: number[] = [];
          let newer = 9_001;
          for (const [k, v] of index.from()) {
            seen.push(v);
            // Delete the entry just read; sometimes add one newer than all (it sorts before the cursor).
            expect(index.remove(k)).toBe(true);
            if (inserts[seen.length % inserts.length]) {
              index.insert(key(newer), newer);
              newer++;
            }
          }
          expect(seen).toEqual([...values].sort((a, b) => b - a));
          expect(index.size).toBe(newer - 9_001);
        },
      ),
    );
  });

  it('refuses tokens of another listing', () => {
    const t = encodeToken('k', 'vault-a');
    expect(decodeToken(t, 'vault-a')).toBe('k');
    expect(() => decodeToken(t, 'vault-b')).toThrow(InvalidTokenError);
    expect(() => decodeToken('garbage', 'vault-a')).toThrow(InvalidTokenError);
  });
});

describe('EventQueue', () => {
  it('pops in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const q = new EventQueue();
        const ran: [number, number][] = [];
        times.forEach((t, i) => q.schedule(t, () => ran.push([t, i])));
        for (let e = q.pop(); e; e = q.pop()) e.run();
        const expected = times
          .map((t, i) => [t, i] as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(ran).toEqual(expected);
      }),
    );
  });
});
