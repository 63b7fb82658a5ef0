// scheduleTimesOfDay (plan validation's cheap path) must answer exactly as compileSchedule does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchedule, scheduleTimesOfDay } from '../../src/time/cron.js';

/** One cron field: `*`, a value, a range, a step or a list of those, within [min, max]. */
const field = (min: number, max: number) => {
  const value = fc.integer({ min, max });
  const item = fc.oneof(
    value.map(String),
    fc.tuple(value, value).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
    fc.integer({ min: 1, max: max - min + 1 }).map((k) => `*/${k}`),
  );
  return fc.oneof(
    fc.constant('*'),
    item,
    fc.array(item, { minLength: 2, maxLength: 3 }).map((l) => l.join(',')),
  );
};
const schedule = fc
  .tuple(field(0, 59), field(0, 23), field(1, 31), field(1, 12), field(0, 6))
  .map((fields) => fields.join(' '));
const zone = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
);

describe('scheduleTimesOfDay', () => {
  it('equals compileSchedule(...).timesOfDay, before and after the schedule is compiled', () => {
    fc.assert(
      fc.property(schedule, zone, (s, z) => {
        const cheap = scheduleTimesOfDay(s, z);
        expect(cheap).toEqual(compileSchedule(s, z).timesOfDay);
        expect(scheduleTimesOfDay(s, z)).toEqual(cheap);
      }),
    );
  });

  it('throws as compileSchedule does', () => {
    for (const [s, z] of [
      ['0 3 * *', 'UTC'],
      ['61 3 * * *', 'UTC'],
      ['0 3 * * x', 'UTC'],
      ['0 3 * * *', 'Mars/Olympus'],
    ] as const) {
      const expected = (() => {
        try {
          compileSchedule(s, z);
          return undefined;
        } catch (e) {
          return e;
        }
      })();
      expect(expected, `${s} ${z}`).toBeInstanceOf(Error);
      expect(() => scheduleTimesOfDay(s, z)).toThrow(expected as Error);
    }
  });
});
