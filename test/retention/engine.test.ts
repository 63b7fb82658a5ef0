import { describe, expect, it } from 'vitest';
import * as engine from '../../src/retention/engine.js';
import {
  applyRetention,
  describeReason,
  isEmptyPolicy,
  policyProblems,
  type KeepPolicy,
} from '../../src/retention/engine.js';

const pts = (...isos: string[]) => isos.map((iso, i) => ({ id: `p${i}`, created: new Date(iso) }));
const keptIsos = (decision: { keep: { point: { created: Date } }[] }) =>
  decision.keep.map((k) => k.point.created.toISOString());
const removedIsos = (decision: { remove: { created: Date }[] }) =>
  decision.remove.map((p) => p.created.toISOString());
const iso = (s: string) => new Date(s).toISOString();

describe('time zone buckets', () => {
  // Berlin is UTC+1 in November: 23:30Z on the 24th is already the 25th there.
  const points = pts(
    '2026-11-25T12:00:00Z',
    '2026-11-24T23:30:00Z',
    '2026-11-24T12:00:00Z',
    '2026-11-23T12:00:00Z',
  );

  it('puts the day boundary at UTC midnight by default', () => {
    const decision = applyRetention(points, { daily: -1 });
    expect(removedIsos(decision)).toEqual([iso('2026-11-24T12:00:00Z')]);
  });

  it('puts the day boundary at local midnight in Europe/Berlin', () => {
    const decision = applyRetention(points, { daily: -1 }, { timezone: 'Europe/Berlin' });
    expect(removedIsos(decision)).toEqual([iso('2026-11-24T23:30:00Z')]);
    expect(decision.keep[0]?.reasons).toEqual(['daily (2026-11-25)']);
  });

  it('accepts UTC aliases and rejects unknown zones with a clear message', () => {
    expect(keptIsos(applyRetention(points, { daily: 2 }, { timezone: 'Etc/UTC' }))).toEqual(
      keptIsos(applyRetention(points, { daily: 2 })),
    );
    expect(() => applyRetention(points, { daily: 2 }, { timezone: 'Mars/Olympus' })).toThrow(
      /unknown time zone "Mars\/Olympus"/,
    );
  });
});

describe('daylight saving time (Europe/Berlin)', () => {
  it('treats the repeated autumn hour as one hourly bucket', () => {
    // 2026-10-25: clocks go back at 01:00Z, so 00:30Z and 01:30Z are both 02:30 local.
    const points = pts(
      '2026-10-25T02:30:00Z', // 03:30 CET
      '2026-10-25T01:30:00Z', // 02:30 CET (second 02:30)
      '2026-10-25T00:30:00Z', // 02:30 CEST (first 02:30)
      '2026-10-24T23:30:00Z', // 01:30 CEST
    );
    const berlin = applyRetention(points, { hourly: 10 }, { timezone: 'Europe/Berlin' });
    expect(removedIsos(berlin)).toEqual([iso('2026-10-25T00:30:00Z')]);
    expect(berlin.keep.map((k) => k.reasons[0])).toEqual([
      'hourly (2026-10-25 03:00)',
      'hourly (2026-10-25 02:00)',
      'hourly (2026-10-25 01:00)',
    ]);
    expect(applyRetention(points, { hourly: 10 }).remove).toEqual([]);
  });

  it('skips the missing spring hour: 01:59 CET is followed by 03:00 CEST', () => {
    const points = pts('2026-03-29T01:00:00Z', '2026-03-29T00:59:59Z', '2026-03-29T00:30:00Z');
    const decision = applyRetention(points, { hourly: 2 }, { timezone: 'Europe/Berlin' });
    expect(decision.keep.map((k) => k.reasons[0])).toEqual([
      'hourly (2026-03-29 03:00)',
      'hourly (2026-03-29 01:00)',
    ]);
    expect(removedIsos(decision)).toEqual([iso('2026-03-29T00:30:00Z')]);
  });

  it('keeps a 25-hour autumn day and a 23-hour spring day as one daily bucket each', () => {
    const autumn = pts(
      '2026-10-25T22:30:00Z', // 23:30 CET on the 25th
      '2026-10-24T22:30:00Z', // 00:30 CEST on the 25th, 25 hours earlier
      '2026-10-24T12:00:00Z',
    );
    const a = applyRetention(autumn, { daily: 2 }, { timezone: 'Europe/Berlin' });
    expect(keptIsos(a)).toEqual([iso('2026-10-25T22:30:00Z'), iso('2026-10-24T12:00:00Z')]);
    expect(a.keep.map((k) => k.reasons[0])).toEqual(['daily (2026-10-25)', 'daily (2026-10-24)']);
    const spring = pts('2026-03-29T21:30:00Z', '2026-03-28T23:30:00Z', '2026-03-28T12:00:00Z');
    const s = applyRetention(spring, { daily: 2 }, { timezone: 'Europe/Berlin' });
    expect(keptIsos(s)).toEqual([iso('2026-03-29T21:30:00Z'), iso('2026-03-28T12:00:00Z')]);
  });

  it('subtracts calendar days on the local clock across a DST change, like Go AddDate', () => {
    // Newest is 14:00 CEST on 29 March; one day earlier on the wall clock is 14:00 CET on the 28th
    // = 13:00Z, only 23 hours back. In UTC the threshold is 12:00Z.
    const points = pts('2026-03-29T12:00:00Z', '2026-03-28T12:30:00Z', '2026-03-28T13:00:00Z');
    const berlin = applyRetention(points, { within: '1d' }, { timezone: 'Europe/Berlin' });
    expect(keptIsos(berlin)).toEqual([iso('2026-03-29T12:00:00Z')]);
    const utc = applyRetention(points, { within: '1d' });
    expect(keptIsos(utc)).toHaveLength(3);
    // Hours are elapsed time, not wall-clock time.
    expect(keptIsos(applyRetention(points, { within: '24h' }, { timezone: 'Europe/Berlin' }))).toHaveLength(
      3,
    );
  });

  it('resolves a wall time inside the spring gap after the gap, as Go does', () => {
    // Newest is 02:30 CEST on 30 March; minus 1d is 02:30 on 29 March, which does not exist;
    // Go's time.Date resolves it to 01:30Z (03:30 CEST).
    const points = pts('2026-03-30T00:30:00Z', '2026-03-29T01:30:01Z', '2026-03-29T01:30:00Z');
    const decision = applyRetention(points, { within: '1d' }, { timezone: 'Europe/Berlin' });
    expect(removedIsos(decision)).toEqual([iso('2026-03-29T01:30:00Z')]);
  });
});

describe('ISO weeks', () => {
  // 2026-12-31 is a Thursday: it and Friday 2027-01-01 both belong to 2026-W53.
  const points = pts(
    '2027-01-04T10:00:00Z', // Monday, 2027-W01
    '2027-01-01T10:00:00Z', // 2026-W53
    '2026-12-31T10:00:00Z', // 2026-W53
    '2026-12-28T10:00:00Z', // Monday, 2026-W53
    '2026-12-27T10:00:00Z', // Sunday, 2026-W52
    '2026-12-20T10:00:00Z', // Sunday, 2026-W51
  );

  it('groups the turn of the year into one ISO week', () => {
    const decision = applyRetention(points, { weekly: -1 });
    expect(decision.keep.map((k) => k.reasons[0])).toEqual([
      'weekly (2027-W01)',
      'weekly (2026-W53)',
      'weekly (2026-W52)',
      'weekly (2026-W51)',
    ]);
    expect(keptIsos(decision)).toEqual([
      iso('2027-01-04T10:00:00Z'),
      iso('2027-01-01T10:00:00Z'),
      iso('2026-12-27T10:00:00Z'),
      iso('2026-12-20T10:00:00Z'),
    ]);
  });

  it('splits them into calendar years for yearly', () => {
    const decision = applyRetention(points, { yearly: 5 });
    expect(decision.keep.map((k) => k.reasons)).toEqual([
      ['yearly (2027)'],
      ['yearly (2026)'],
      ['yearly (2026, oldest point; 3 yearly unused)'],
    ]);
  });
});

describe('within', () => {
  it('measures from the newest point, not from now, and keeps only points strictly after the threshold', () => {
    const points = pts('2001-01-10T00:00:00Z', '2001-01-09T00:00:00.001Z', '2001-01-09T00:00:00Z');
    const decision = applyRetention(points, { within: '1d' });
    expect(keptIsos(decision)).toEqual([iso('2001-01-10T00:00:00Z'), iso('2001-01-09T00:00:00.001Z')]);
    expect(decision.keep[0]?.reasons).toEqual(['within 1d of newest']);
  });

  it('normalises month ends like Go: 31 March minus a month is 3 March (2 March in a leap year)', () => {
    const points = pts(
      '2021-03-31T12:00:00Z',
      '2021-03-03T12:00:01Z',
      '2021-03-03T12:00:00Z',
      '2021-03-01T12:00:00Z',
    );
    expect(removedIsos(applyRetention(points, { within: '1m' }))).toEqual([
      iso('2021-03-03T12:00:00Z'),
      iso('2021-03-01T12:00:00Z'),
    ]);
    const leap = pts('2024-03-31T12:00:00Z', '2024-03-02T12:00:01Z', '2024-03-02T12:00:00Z');
    expect(removedIsos(applyRetention(leap, { within: '1m' }))).toEqual([iso('2024-03-02T12:00:00Z')]);
    // 29 February minus a year is "29 February 2023" = 1 March 2023.
    const feb29 = pts('2024-02-29T00:00:00Z', '2023-03-01T00:00:01Z', '2023-03-01T00:00:00Z');
    expect(removedIsos(applyRetention(feb29, { within: '1y' }))).toEqual([iso('2023-03-01T00:00:00Z')]);
  });

  it('keeps the newest point of each bucket inside the window for within-daily', () => {
    const points = pts(
      '2026-01-10T20:00:00Z',
      '2026-01-10T08:00:00Z',
      '2026-01-09T20:00:00Z',
      '2026-01-08T20:00:00Z',
      '2026-01-07T20:00:00Z',
    );
    const decision = applyRetention(points, { withinDaily: '2d' });
    expect(decision.keep.map((k) => k.reasons)).toEqual([
      ['daily within 2d (2026-01-10)'],
      ['daily within 2d (2026-01-09)'],
    ]);
    // The threshold is 2026-01-08T20:00Z itself, which is not strictly after it.
    expect(removedIsos(decision)).toHaveLength(3);
  });

  it('keeps the oldest point of all for within-daily when it lies inside the window (restic)', () => {
    // restic's ApplyPolicy: `val != b.Last || nr == len(list)-1` in the bucketsWithin loop.
    const points = pts('2026-01-10T20:00:00Z', '2026-01-09T20:00:00Z', '2026-01-09T08:00:00Z');
    const decision = applyRetention(points, { withinDaily: '7d' });
    expect(decision.remove).toEqual([]);
    expect(decision.keep.map((k) => k.reasons)).toEqual([
      ['daily within 7d (2026-01-10)'],
      ['daily within 7d (2026-01-09)'],
      ['daily within 7d (2026-01-09, oldest point)'],
    ]);
    expect(decision.keep[2]?.details).toEqual([
      { kind: 'within-daily', within: '7d', bucket: '2026-01-09', oldest: true },
    ]);
  });

  it('does not keep the oldest point for within-daily when it lies outside the window', () => {
    const points = pts('2026-01-10T20:00:00Z', '2026-01-01T20:00:00Z', '2026-01-01T08:00:00Z');
    const decision = applyRetention(points, { withinDaily: '2d' });
    expect(removedIsos(decision)).toEqual([iso('2026-01-01T20:00:00Z'), iso('2026-01-01T08:00:00Z')]);
  });

  it('adds hours as elapsed time after the calendar part', () => {
    const points = pts('2026-01-10T20:00:00Z', '2026-01-09T17:00:01Z', '2026-01-09T17:00:00Z');
    expect(keptIsos(applyRetention(points, { within: '1d3h' }))).toHaveLength(2);
  });
});

describe('reasons', () => {
  it('gives every kept point all of its reasons, in restic order', () => {
    const points = pts('2026-11-25T03:00:00Z', '2026-11-24T03:00:00Z', '2026-11-17T03:00:00Z');
    const decision = applyRetention(points, {
      last: 1,
      daily: 7,
      weekly: 4,
      within: '1d',
      withinMonthly: '1y',
    });
    expect(decision.keep[0]?.reasons).toEqual([
      'within 1d of newest',
      'last 1 (#1)',
      'daily (2026-11-25)',
      'weekly (2026-W48)',
      'monthly within 1y (2026-11)',
    ]);
    expect(decision.keep[0]?.details[1]).toEqual({ kind: 'last', rank: 1, limit: 1 });
    // The oldest point lies inside the monthly window, so restic keeps it for that rule too.
    expect(decision.keep[2]?.reasons).toEqual([
      'daily (2026-11-17)',
      'weekly (2026-W47)',
      'monthly within 1y (2026-11, oldest point)',
    ]);
  });

  it('renders unlimited and oldest-point reasons', () => {
    expect(describeReason({ kind: 'last', rank: 4, limit: -1 })).toBe('last (#4, unlimited)');
    expect(describeReason({ kind: 'monthly', bucket: '2026-01', oldestLeft: -1 })).toBe(
      'monthly (2026-01, oldest point)',
    );
  });
});

describe('ties and ordering', () => {
  it('orders equal creation times by id ascending, whatever the input order', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    const points = [
      { id: 'b', created },
      { id: 'a', created },
      { id: 'c', created },
    ];
    const decision = applyRetention(points, { last: 1 });
    expect(decision.keep.map((k) => k.point.id)).toEqual(['a']);
    expect(decision.remove.map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('returns the caller’s own point objects, newest first', () => {
    const points = pts('2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z', '2026-01-02T00:00:00Z');
    const decision = applyRetention(points, { last: 2 });
    expect(decision.keep.map((k) => k.point)).toEqual([points[1], points[2]]);
    expect(decision.remove[0]).toBe(points[0]);
  });
});

describe('policy and input checks', () => {
  it('treats zero counts and zero durations as unset', () => {
    expect(isEmptyPolicy({})).toBe(true);
    expect(isEmptyPolicy({ daily: 0, within: '0d' })).toBe(true);
    expect(isEmptyPolicy({ daily: -1 })).toBe(false);
    expect(isEmptyPolicy({ withinDaily: '1d' })).toBe(false);
    expect(isEmptyPolicy({ within: 'nonsense' })).toBe(false); // set, but invalid: policyProblems says so
  });

  it('refuses an empty policy instead of deleting everything', () => {
    expect(() => applyRetention(pts('2026-01-01T00:00:00Z'), {})).toThrow(/keeps nothing/);
    expect(() => applyRetention([], { last: 0 })).toThrow(/keeps nothing/);
  });

  it('names every problem of an invalid policy', () => {
    const policy = { daily: -2, weekly: 1.5, within: '3x' } as KeepPolicy;
    expect(policyProblems(policy)).toEqual([
      'daily: expected a whole number ≥ 0, or -1 for unlimited; got -2',
      'weekly: expected a whole number ≥ 0, or -1 for unlimited; got 1.5',
      expect.stringMatching(/^within: invalid duration "3x": unknown unit "x"/),
    ]);
    expect(() => applyRetention([], policy)).toThrow(/invalid keep policy: daily/);
  });

  it('rejects duplicate ids and invalid dates', () => {
    const created = new Date('2026-01-01T00:00:00Z');
    expect(() =>
      applyRetention(
        [
          { id: 'x', created },
          { id: 'x', created },
        ],
        { last: 1 },
      ),
    ).toThrow(/duplicate point id "x"/);
    expect(() => applyRetention([{ id: 'x', created: new Date('nope') }], { last: 1 })).toThrow(
      /point "x": created must be a valid date/,
    );
  });

  it('returns an empty decision for no points', () => {
    expect(applyRetention([], { last: 3 })).toEqual({ keep: [], remove: [] });
  });
});

describe('describePolicy', () => {
  it('says the policy in words', () => {
    const { describePolicy } = engine;
    expect(describePolicy({ last: 3, daily: 7, monthly: -1, withinHourly: '2d', within: '1d' })).toBe(
      'keep 3 last, 7 daily, all monthly; hourly within 2d, all within 1d of newest',
    );
    expect(describePolicy({})).toBe('keep nothing');
  });
});
