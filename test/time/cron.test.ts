import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ScheduleError,
  compileSchedule,
  fireTimes,
  latestSlot,
  maximumGap,
  minimumGap,
  minimumGapMinutes,
  nextSlot,
  previousSlot,
  previousSlots,
  scheduleProblem,
} from '../../src/time/cron.js';
import { TimeZoneError } from '../../src/time/zone.js';

const at = (iso: string) => new Date(iso);
const iso = (d: Date | undefined) => d?.toISOString();

/** Every slot in [from, to), via nextSlot. */
function slotsIn(schedule: string, tz: string, from: string, to: string): string[] {
  const out: string[] = [];
  let cursor = new Date(at(from).getTime() - 1);
  for (;;) {
    const next = nextSlot(schedule, tz, cursor);
    if (!next || next.getTime() >= at(to).getTime()) return out;
    out.push(next.toISOString());
    cursor = next;
  }
}

const localDate = (d: Date, tz: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);

describe('latestSlot', () => {
  it('is inclusive: a slot exactly at now counts, a millisecond earlier it is the previous day', () => {
    expect(iso(latestSlot('0 3 * * *', 'UTC', at('2026-01-02T03:00:00Z')))).toBe('2026-01-02T03:00:00.000Z');
    expect(iso(latestSlot('0 3 * * *', 'UTC', at('2026-01-02T02:59:59.999Z')))).toBe(
      '2026-01-01T03:00:00.000Z',
    );
    expect(iso(latestSlot('0 3 * * *', 'UTC', at('2026-01-02T03:00:00.500Z')))).toBe(
      '2026-01-02T03:00:00.000Z',
    );
  });

  it('reads the schedule in the rule time zone', () => {
    // 03:00 in Berlin in winter is 02:00 UTC.
    expect(iso(latestSlot('0 3 * * *', 'Europe/Berlin', at('2026-01-15T12:00:00Z')))).toBe(
      '2026-01-15T02:00:00.000Z',
    );
    expect(iso(latestSlot('0 3 * * *', 'Europe/Berlin', at('2026-07-15T12:00:00Z')))).toBe(
      '2026-07-15T01:00:00.000Z',
    );
  });

  it('previousSlot is strictly before, previousSlots lists newest first', () => {
    const slot = at('2026-01-02T03:00:00Z');
    expect(iso(previousSlot('0 3 * * *', 'UTC', slot))).toBe('2026-01-01T03:00:00.000Z');
    expect(previousSlots('0 3 * * *', 'UTC', slot, 3).map((d) => d.toISOString())).toEqual([
      '2026-01-01T03:00:00.000Z',
      '2025-12-31T03:00:00.000Z',
      '2025-12-30T03:00:00.000Z',
    ]);
    expect(iso(nextSlot('0 3 * * *', 'UTC', slot))).toBe('2026-01-03T03:00:00.000Z');
  });

  it('is undefined for a schedule that has not fired before now', () => {
    expect(latestSlot('0 3 29 2 *', 'UTC', at('0001-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('DST: Europe/Berlin (spring forward 2026-03-29 02:00→03:00, fall back 2026-10-25 03:00→02:00)', () => {
  it('a daily 02:00 rule fires once on the spring-forward day, when the clock has jumped (03:00 CEST)', () => {
    expect(slotsIn('0 2 * * *', 'Europe/Berlin', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z')).toEqual([
      '2026-03-29T01:00:00.000Z',
    ]);
    expect(iso(latestSlot('0 2 * * *', 'Europe/Berlin', at('2026-03-29T10:00:00Z')))).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    // Just before the jump the slot is still the previous day's.
    expect(iso(latestSlot('0 2 * * *', 'Europe/Berlin', at('2026-03-29T00:59:00Z')))).toBe(
      '2026-03-28T01:00:00.000Z',
    );
  });

  it('a daily 02:00 rule fires once on the fall-back day, at the first 02:00 (CEST), never again at 02:00 CET', () => {
    expect(slotsIn('0 2 * * *', 'Europe/Berlin', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z')).toEqual([
      '2026-10-25T00:00:00.000Z',
    ]);
    // During the second 02:00 (01:00Z–02:00Z) the latest slot is still the first one.
    expect(iso(latestSlot('0 2 * * *', 'Europe/Berlin', at('2026-10-25T01:30:00Z')))).toBe(
      '2026-10-25T00:00:00.000Z',
    );
  });

  it('an hourly rule has 23 slots on the spring-forward day and 25 on the fall-back day', () => {
    const spring = slotsIn('0 * * * *', 'Europe/Berlin', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z');
    expect(spring).toHaveLength(23);
    expect(spring.slice(0, 3)).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
    const fall = slotsIn('0 * * * *', 'Europe/Berlin', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z');
    expect(fall).toHaveLength(25);
    // Both 02:00s are slots, an hour apart in real time.
    expect(fall).toContain('2026-10-25T00:00:00.000Z');
    expect(fall).toContain('2026-10-25T01:00:00.000Z');
    // Consecutive hourly slots are always exactly one hour apart in real time.
    for (const list of [spring, fall]) {
      for (let i = 1; i < list.length; i++) {
        expect(at(list[i]!).getTime() - at(list[i - 1]!).getTime()).toBe(3_600_000);
      }
    }
  });
});

describe('DST: America/New_York (spring forward 2026-03-08 02:00→03:00, fall back 2026-11-01 02:00→01:00)', () => {
  it('daily 02:30 on the spring-forward day fires once at 03:00 EDT', () => {
    expect(slotsIn('30 2 * * *', 'America/New_York', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toEqual(
      ['2026-03-08T07:00:00.000Z'],
    );
  });

  it('daily 01:30 on the fall-back day fires once, at 01:30 EDT', () => {
    expect(slotsIn('30 1 * * *', 'America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toEqual(
      ['2026-11-01T05:30:00.000Z'],
    );
    expect(iso(latestSlot('30 1 * * *', 'America/New_York', at('2026-11-01T06:45:00Z')))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('hourly: 23 slots in spring, 25 in fall', () => {
    expect(
      slotsIn('0 * * * *', 'America/New_York', '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z'),
    ).toHaveLength(23);
    expect(
      slotsIn('0 * * * *', 'America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z'),
    ).toHaveLength(25);
  });

  it.each([
    ['0 2 * * *', 'Europe/Berlin'],
    ['30 2 * * *', 'America/New_York'],
    ['30 1 * * *', 'America/New_York'],
    ['0 0 * * *', 'America/Santiago'],
    ['30 2 * * *', 'Australia/Lord_Howe'],
  ])('daily %s in %s: exactly one slot on every local date of a year', (schedule, tz) => {
    const slots = slotsIn(schedule, tz, '2026-01-01T12:00:00Z', '2027-01-01T12:00:00Z').map((s) =>
      localDate(at(s), tz),
    );
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots.length).toBeGreaterThanOrEqual(365);
  });
});

describe('month ends', () => {
  it('"0 3 31 * *" fires only in months with a 31st', () => {
    expect(iso(latestSlot('0 3 31 * *', 'UTC', at('2026-05-15T00:00:00Z')))).toBe('2026-03-31T03:00:00.000Z');
    expect(iso(nextSlot('0 3 31 * *', 'UTC', at('2026-05-31T03:00:00Z')))).toBe('2026-07-31T03:00:00.000Z');
  });

  it('"0 3 L * *" fires on every last day of the month, including February 28 and 29', () => {
    expect(iso(latestSlot('0 3 L * *', 'UTC', at('2026-03-15T00:00:00Z')))).toBe('2026-02-28T03:00:00.000Z');
    expect(iso(latestSlot('0 3 L * *', 'UTC', at('2028-03-15T00:00:00Z')))).toBe('2028-02-29T03:00:00.000Z');
    expect(iso(latestSlot('0 3 L * *', 'UTC', at('2026-05-15T00:00:00Z')))).toBe('2026-04-30T03:00:00.000Z');
  });

  it('"0 3 29 2 *" fires only in leap years', () => {
    expect(iso(latestSlot('0 3 29 2 *', 'UTC', at('2027-06-01T00:00:00Z')))).toBe('2024-02-29T03:00:00.000Z');
    expect(iso(nextSlot('0 3 29 2 *', 'UTC', at('2027-06-01T00:00:00Z')))).toBe('2028-02-29T03:00:00.000Z');
  });
});

describe('errors', () => {
  it('names the bad schedule and the expected shape', () => {
    expect(() => compileSchedule('0 3 * *', 'UTC')).toThrow(ScheduleError);
    expect(() => compileSchedule('0 0 3 * * *', 'UTC')).toThrow(/expected 5 fields/);
    expect(() => compileSchedule('61 3 * * *', 'UTC')).toThrow(/"61 3 \* \* \*"/);
  });

  it('names the bad time zone', () => {
    expect(() => compileSchedule('0 3 * * *', 'Mars/Base')).toThrow(TimeZoneError);
    expect(() => latestSlot('0 3 * * *', 'Europe/Berln', new Date())).toThrow(
      /unknown time zone "Europe\/Berln"/,
    );
  });

  it('scheduleProblem reports schedules that never fire', () => {
    expect(scheduleProblem('0 0 30 2 *', 'UTC', at('2026-01-01T00:00:00Z'))).toMatch(/never fires/);
    expect(scheduleProblem('0 3 * * *', 'Europe/Berlin')).toBeUndefined();
    expect(scheduleProblem('bogus', 'UTC')).toMatch(/invalid cron schedule/);
  });
});

describe('minimumGap', () => {
  const from = at('2026-01-01T00:00:00Z');

  it('daily: a day, except across spring forward where the real gap is 23 hours', () => {
    const gap = minimumGap('0 3 * * *', 'Europe/Berlin', from)!;
    expect(gap.minutes).toBe(23 * 60);
    expect(gap.to.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(minimumGapMinutes('0 3 * * *', 'UTC', from)).toBe(24 * 60);
  });

  it('finds the 10-minute gap that fall back makes in "0,50 2 * * *" (an hour and 50 minutes apart elsewhere)', () => {
    const gap = minimumGap('0,50 2 * * *', 'Europe/Berlin', from)!;
    expect(gap.minutes).toBe(10);
    expect(gap.from.toISOString()).toBe('2026-10-25T00:50:00.000Z');
    expect(gap.to.toISOString()).toBe('2026-10-25T01:00:00.000Z');
    // Without DST it is 50 minutes.
    expect(minimumGapMinutes('0,50 2 * * *', 'UTC', from)).toBe(50);
  });

  it('finds the 60-minute gap that spring forward makes in "45 1,3 * * *" (two hours elsewhere)', () => {
    expect(minimumGapMinutes('45 1,3 * * *', 'Europe/Berlin', from)).toBe(60);
    expect(minimumGapMinutes('45 1,3 * * *', 'UTC', from)).toBe(120);
  });

  it('measures intra-day and cross-day gaps', () => {
    expect(minimumGapMinutes('*/5 * * * *', 'Europe/Berlin', from)).toBe(5);
    expect(minimumGapMinutes('0 */2 * * *', 'America/New_York', from)).toBe(120);
    expect(minimumGapMinutes('0 0,23 * * *', 'UTC', from)).toBe(60);
    expect(minimumGapMinutes('0 0 * * 1-5', 'UTC', from)).toBe(24 * 60);
    expect(minimumGapMinutes('0 3 L * *', 'UTC', from)).toBe(28 * 24 * 60);
  });

  it('is Infinity for a schedule that fires less than twice in the span', () => {
    expect(minimumGap('0 3 29 2 *', 'UTC', from)).toBeUndefined();
    expect(minimumGapMinutes('0 3 29 2 *', 'UTC', from)).toBe(Infinity);
  });

  it('stops early when asked whether a gap is that short', () => {
    const gap = minimumGap('*/5 * * * *', 'Europe/Berlin', from, { stopAtOrBelow: 59 })!;
    expect(gap.minutes).toBeLessThanOrEqual(59);
  });

  // Its speed (DST windows are enumerated, plain days are not) is a benchmark's business, not a timing here.
  it('answers for an every-5-minutes schedule over a year', () => {
    expect(
      minimumGap('*/5 * * * *', 'Europe/Berlin', from, { stopAtOrBelow: 0 })!.minutes,
    ).toBeLessThanOrEqual(5);
  });
});

describe('fireTimes', () => {
  it('agrees with croner slot by slot across DST changes, for a fixed time and an hourly list', () => {
    for (const [schedule, zone] of [
      ['0 2 * * *', 'Europe/Berlin'],
      ['30 1,2,3 * * *', 'America/New_York'],
      ['0 3 * * 1-5', 'UTC'],
      ['15 */4 1 * *', 'Australia/Lord_Howe'],
    ] as const) {
      const from = new Date('2026-01-01T00:00:00Z');
      const to = new Date('2026-12-31T00:00:00Z');
      const fast = fireTimes(schedule, zone, from, to);
      const slow: number[] = [];
      let t = nextSlot(schedule, zone, new Date(from.getTime() - 1));
      while (t && t <= to) {
        slow.push(t.getTime());
        t = nextSlot(schedule, zone, t);
      }
      expect(fast, `${schedule} ${zone}`).toEqual(slow);
    }
  });

  it('includes fire times exactly at both ends of the span', () => {
    expect(fireTimes('0 3 * * *', 'UTC', at('2026-01-01T03:00:00Z'), at('2026-01-03T03:00:00Z'))).toEqual(
      ['2026-01-01T03:00:00Z', '2026-01-02T03:00:00Z', '2026-01-03T03:00:00Z'].map(Date.parse),
    );
  });
});

describe('maximumGap', () => {
  const from = at('2026-01-01T00:00:00Z');

  it('"0 3 * * *" is 24 hours in UTC', () => {
    const gap = maximumGap('0 3 * * *', 'UTC', from)!;
    expect(gap.minutes).toBe(24 * 60);
    expect(gap.to.getTime() - gap.from.getTime()).toBe(24 * 3_600_000);
  });

  it('"0 3 * * *" in Europe/Berlin is 25 hours, across fall back (and 23 across spring forward is the minimum)', () => {
    const gap = maximumGap('0 3 * * *', 'Europe/Berlin', from)!;
    expect(gap.minutes).toBe(25 * 60);
    expect(iso(gap.from)).toBe('2026-10-24T01:00:00.000Z');
    expect(iso(gap.to)).toBe('2026-10-25T02:00:00.000Z');
    expect(minimumGap('0 3 * * *', 'Europe/Berlin', from)!.minutes).toBe(23 * 60);
  });

  it('a weekday schedule leaves the weekend: 72 hours', () => {
    expect(maximumGap('0 3 * * 1-5', 'UTC', from)!.minutes).toBe(72 * 60);
  });

  it('counts the gap from the last fire time in the span to the next one after it', () => {
    // Fires once in a year's span: the gap to next year's slot is still the schedule's RPO.
    const yearly = maximumGap('0 3 1 1 *', 'UTC', from)!;
    expect(yearly.minutes).toBe(365 * 24 * 60);
    expect(iso(yearly.to)).toBe('2027-01-01T03:00:00.000Z');
    // Weekdays from Monday 2026-01-05 over 5 days: the span ends before the weekend it leaves.
    const week = maximumGap('0 3 * * 1-5', 'UTC', at('2026-01-05T00:00:00Z'), { days: 5 })!;
    expect([week.minutes, iso(week.from), iso(week.to)]).toEqual([
      72 * 60,
      '2026-01-09T03:00:00.000Z',
      '2026-01-12T03:00:00.000Z',
    ]);
  });

  it('is undefined when the schedule does not fire in the span', () => {
    expect(maximumGap('0 3 29 2 *', 'UTC', from)).toBeUndefined();
  });

  it('is never shorter than the minimum gap over the same span (property)', () => {
    const list = (max: number) =>
      fc.uniqueArray(fc.integer({ min: 0, max }), { minLength: 1, maxLength: 3 }).map((v) => v.join(','));
    const schedule = fc
      .record({
        minute: fc.oneof(list(59), fc.constantFrom('*/15', '0')),
        hour: fc.oneof(list(23), fc.constantFrom('*', '*/6')),
        dayOfWeek: fc.constantFrom('*', '1-5', '0', '6'),
      })
      .map(({ minute, hour, dayOfWeek }) => `${minute} ${hour} * * ${dayOfWeek}`);
    fc.assert(
      fc.property(
        schedule,
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'),
        fc.integer({ min: 0, max: 365 }),
        (cron, zone, startDay) => {
          const start = new Date(from.getTime() + startDay * 86_400_000);
          // 45 days: long enough to hold weekends and, for most starts, no DST change; some hold one.
          const min = minimumGap(cron, zone, start, { days: 45 });
          const max = maximumGap(cron, zone, start, { days: 45 });
          if (min === undefined) return;
          expect(max).toBeDefined();
          expect(max!.minutes).toBeGreaterThanOrEqual(min.minutes);
          expect(max!.to.getTime() - max!.from.getTime()).toBe(max!.minutes * 60_000);
        },
      ),
      { numRuns: 30 },
    );
  });
});
