// The retention CLI's input reader: the fast path for the common "…Z" form must agree with the
// general ISO-8601 reader on every string, valid or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoTime, parsePointsJson } from '../../src/retention/points-json.js';

const read = (created: string) => parsePointsJson(JSON.stringify([{ id: 'a', created }]))[0]?.created;
/** The general reader alone: a "+00:00" offset never takes the fast path. */
const general = (created: string) => parseIsoTime(created.replace(/Z$/, '+00:00'), 'x');
/** The time, or 'refused': invalid strings leave the fast path, so their messages are the general reader's. */
const outcome = (f: () => Date | undefined) => {
  try {
    return f()?.getTime();
  } catch {
    return 'refused';
  }
};

describe('parsePointsJson times', () => {
  it.each([
    ['2026-11-25T03:00:00Z', Date.UTC(2026, 10, 25, 3)],
    ['2026-11-25T03:00:00.1Z', Date.UTC(2026, 10, 25, 3, 0, 0, 100)],
    ['2026-11-25T03:00:00.12Z', Date.UTC(2026, 10, 25, 3, 0, 0, 120)],
    ['2026-11-25T03:00:00.123Z', Date.UTC(2026, 10, 25, 3, 0, 0, 123)],
    ['2024-02-29T23:59:59Z', Date.UTC(2024, 1, 29, 23, 59, 59)],
    ['2000-02-29T00:00:00Z', Date.UTC(2000, 1, 29)],
  ])('reads %s', (text, ms) => {
    expect(read(text)?.getTime()).toBe(ms);
  });

  it.each([
    ['2023-02-29T00:00:00Z', /is not a calendar date/],
    ['1900-02-29T00:00:00Z', /is not a calendar date/],
    ['2026-04-31T00:00:00Z', /is not a calendar date/],
    ['2026-00-10T00:00:00Z', /is not a calendar date/],
    ['2026-01-10T24:00:00Z', /is not a valid time of day/],
    ['2026-01-10T23:60:00Z', /is not a valid time of day/],
    ['2026-01-10T23:00:60Z', /is not a valid time of day/],
    ['2026-01-1xT00:00:00Z', /is not an ISO-8601 time/],
    ['2026-01-10T00:00:00', /has no UTC offset/],
  ])('refuses %s', (text, message) => {
    expect(() => read(text)).toThrow(message);
  });

  it('agrees with the general reader on arbitrary strings near the common form', () => {
    const chars = fc.constantFrom(...'0123456789-:.TZ x+');
    const nearIso = fc
      .tuple(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        fc.array(fc.tuple(fc.nat(24), chars), { maxLength: 3 }),
      )
      .map(([date, edits]) => {
        const chars = [...date.toISOString()];
        for (const [at, c] of edits) chars[at % chars.length] = c;
        return chars.join('');
      });
    fc.assert(
      fc.property(nearIso, (text) => {
        expect(outcome(() => read(text))).toEqual(outcome(() => general(text)));
      }),
      { numRuns: 3000 },
    );
  });
});
