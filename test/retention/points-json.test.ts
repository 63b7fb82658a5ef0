// The retention CLI's input reader: the fast paths (the common "…Z" form, and the common document
// shape read without JSON.parse) must agree with the general readers on every input, valid or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseIsoTime,
  parsePointsBytes,
  parsePointsJson,
  readGeneral,
  scanCommonShape as scanBytes,
  type PointsInput,
} from '../../src/retention/points-json.js';
import { firstRepeat, firstRepeatedId } from '../../src/retention/order.js';

/** The fast path on a text's UTF-8 bytes. */
const scanCommonShape = (text: string) => scanBytes(Buffer.from(text, 'utf8'));

const read = (created: string) => {
  const ms = parsePointsJson(JSON.stringify([{ id: 'a', created }])).times[0];
  return ms === undefined ? undefined : new Date(ms);
};
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

/** The columns a reader read (without where they stand in the bytes: only the fast path knows). */
const columns = (input: PointsInput | undefined) =>
  input && { ids: idsOf(input), times: input.times, path: input.path };
const idsOf = ({ ids }: PointsInput) => Array.from({ length: ids.length }, (_, i) => ids.at(i));

/** What a reader makes of a text: its points, or its error message. */
const result = (reader: (text: string) => PointsInput | undefined, text: string) => {
  try {
    return { value: columns(reader(text)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('parsePointsJson documents', () => {
  const time = fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const nearTime = fc.oneof(
    time,
    time.map((t) => t.replace('.000Z', 'Z')),
    time.map((t) => t.replace('Z', '+01:00')),
    fc.constantFrom('2023-02-29T00:00:00Z', '2026-01-01T00:00:00', '0000-01-01T00:00:00Z', ''),
  );
  const id = fc.oneof(
    fc.string({ minLength: 0, maxLength: 4 }),
    fc.constantFrom('a"b', 'a\\b', 'tab\there', 'line\nbreak', '\u{1F600}', '\ud800', 'a'),
  );
  const point = fc.oneof(
    fc.record({ id, created: nearTime }),
    fc.record({ created: nearTime, id }), // the other key order
    fc.record({ id, created: nearTime, extra: fc.integer() }),
    fc.record({ id: fc.integer(), created: nearTime }),
    fc.record({ id }),
    fc.constant(null),
  );
  const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
  /** JSON text of a document, with random whitespace between tokens and now and then an escape. */
  const documentText = fc
    .tuple(fc.array(point, { maxLength: 6 }), fc.boolean(), space, fc.boolean())
    .map(([points, wrapped, ws, escape]) => {
      const doc = wrapped ? { points } : points;
      let text = JSON.stringify(doc, null, ws.includes('\n') ? 2 : undefined);
      if (ws !== '' && !ws.includes('\n')) text = text.replace(/([[{,:])/g, `$1${ws}`);
      if (escape) text = text.replace('"id"', '"\\u0069d"');
      return text;
    });

  it('reads the common shape exactly as the general reader does', () => {
    let taken = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        const fast = result(scanCommonShape, text);
        const general = result(readGeneral, text);
        // The fast path never throws: it reads a text or leaves it to the general reader.
        expect(fast.error).toBeUndefined();
        if (fast.value !== undefined) {
          taken++;
          expect(fast).toEqual(general);
        }
        expect(result(parsePointsJson, text)).toEqual(general);
        // The CLI reads bytes, with or without a byte-order mark, and keeps the ids' spans.
        const bytes = Buffer.from(text, 'utf8');
        for (const input of [bytes, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])])
          expect(result(() => parsePointsBytes(input), text)).toEqual(general);
        if (fast.value !== undefined) expectSpansOfIds(scanCommonShape(text)!);
      }),
      { numRuns: 3000 },
    );
    // The generated documents exercise the fast path, not only the fallback.
    expect(taken).toBeGreaterThan(300);
  });

  it('reads broken texts only through the general reader', () => {
    const valid = JSON.stringify([
      { id: 'a', created: '2026-01-01T00:00:00Z' },
      { id: 'b', created: '2026-01-02T00:00:00.5Z' },
    ]);
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.constantFrom('', ' ', '"', ',', '}', ']', '[', '{', ':', '\\', 'x', '0', '\u0001'),
        (at, insert) => {
          for (const text of [valid.slice(0, at) + insert + valid.slice(at + 1), valid.slice(0, at)]) {
            const general = result(readGeneral, text);
            if (general.error !== undefined) expect(scanCommonShape(text)).toBeUndefined();
            expect(result(parsePointsJson, text)).toEqual(general);
            const bytes = Buffer.from(text, 'utf8');
            expect(result(() => parsePointsBytes(bytes), text)).toEqual(general);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes the fast path for what AWS and toISOString write, in either layout', () => {
    const points = [
      { id: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:1', created: '2026-11-25T03:00:00.123Z' },
      { created: '2026-11-24T03:00:00Z', id: 'rp-2 ünïcødé' },
    ];
    for (const text of [JSON.stringify(points), JSON.stringify({ points }, null, 2), ' [ ] ']) {
      expect(columns(scanCommonShape(text))).toEqual(readGeneral(text));
      expectSpansOfIds(scanCommonShape(text)!);
    }
    expect(idsOf(scanCommonShape(JSON.stringify(points))!)).toEqual([points[0]!.id, points[1]!.id]);
    expect(scanCommonShape(JSON.stringify({ points }))?.path).toBe('points');
  });
});

/** Each id's span holds exactly the UTF-8 bytes JSON.stringify writes for it, quotes aside. */
function expectSpansOfIds(input: PointsInput): void {
  const { spans } = input;
  expect(spans).toBeDefined();
  idsOf(input).forEach((id, i) => {
    const span = Buffer.from(spans!.bytes.subarray(spans!.starts[i], spans!.ends[i]));
    expect(span).toEqual(Buffer.from(JSON.stringify(id).slice(1, -1), 'utf8'));
    expect(input.ids.at(i)).toBe(id);
  });
}

describe('parsePointsBytes', () => {
  it('reads bytes that are not UTF-8 as the text decoder does, through the general reader', () => {
    const good = Buffer.from('[{"id": "a', 'utf8');
    const rest = Buffer.from('", "created": "2026-01-01T00:00:00Z"}]', 'utf8');
    for (const bad of [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xef, 0xbf, 0xbd]]) {
      const bytes = Buffer.concat([good, Buffer.from(bad), rest]);
      expect(scanBytes(bytes)).toBeUndefined();
      expect(columns(parsePointsBytes(bytes))).toEqual(readGeneral(bytes.toString('utf8')));
    }
  });

  it('takes the fast path for ids in any script, and keeps their spans', () => {
    const text = JSON.stringify([{ id: 'rp ünïcødé 😀 \u2028', created: '2026-01-01T00:00:00Z' }]);
    const input = parsePointsBytes(Buffer.from(text, 'utf8'));
    expect(columns(input)).toEqual(readGeneral(text));
    expectSpansOfIds(input);
  });
});

describe('ids read as spans of the input', () => {
  it('find the same first repeated id as the strings do', () => {
    const id = fc.oneof(
      fc.constantFrom('a', 'b', 'ü', '😀', 'arn:x:1', 'arn:x:2'),
      fc.string({ minLength: 1, maxLength: 2 }),
    );
    let spans = 0;
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), (list) => {
        const text = JSON.stringify(list.map((i) => ({ id: i, created: '2026-01-01T00:00:00Z' })));
        const input = parsePointsBytes(Buffer.from(text, 'utf8'));
        if (input.spans) spans++;
        expect(firstRepeatedId(input.ids)).toEqual(firstRepeat(list));
      }),
      { numRuns: 2000 },
    );
    expect(spans).toBeGreaterThan(1000);
  });
});

describe("the byte reader's times", () => {
  it("equal the strict ISO parser's for every time it reads itself, valid or one byte off", () => {
    // Valid times in the common form, then one byte replaced by a digit or a separator: the byte
    // reader either reads the same instant as parseIsoTime or leaves the point to the general reader.
    const valid = fc
      .date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .chain((d) =>
        fc.constantFrom(
          d.toISOString(),
          d.toISOString().replace(/\.\d+Z$/, 'Z'),
          d.toISOString().slice(0, 21) + 'Z',
        ),
      );
    const mutated = fc
      .tuple(valid, fc.nat(), fc.constantFrom(...'0123456789-:T.Z/ '))
      .map(([text, at, c]) => {
        const i = at % text.length;
        return text.slice(0, i) + c + text.slice(i + 1);
      });
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(valid, mutated), (created) => {
        const input = scanCommonShape(JSON.stringify([{ id: 'rp', created }]));
        if (!input) return;
        read++;
        expect(input.times[0]).toBe(parseIsoTime(created, 'x').getTime());
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(1000);
  });
});
