// The integer calendar and the cached zone offsets against the runtime's own Date and Intl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, isoWeekFromDays, MS_PER_DAY } from '../../src/time/calendar.js';
import { offsetResolver, wallToUtc } from '../../src/time/zone.js';

const dayArb = fc.integer({ min: daysFromCivil(1, 1, 1), max: daysFromCivil(9999, 12, 31) });

/** ISO week by the textbook method, through Date objects. */
function isoWeekByDate(days: number): { year: number; week: number } {
  const d = new Date(days * MS_PER_DAY);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3); // Thursday of the week
  const year = d.getUTCFullYear();
  const jan1 = new Date(0);
  jan1.setUTCFullYear(year, 0, 1);
  return { year, week: Math.floor((d.getTime() - jan1.getTime()) / MS_PER_DAY / 7) + 1 };
}

describe('calendar', () => {
  it('round-trips civil dates and agrees with Date', () => {
    fc.assert(
      fc.property(dayArb, (days) => {
        const civil = civilFromDays(days);
        const d = new Date(days * MS_PER_DAY);
        expect(civil).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises overflowing months and days like Go', () => {
    expect(civilFromDays(daysFromCivil(2021, 2, 31))).toEqual({ year: 2021, month: 3, day: 3 });
    expect(civilFromDays(daysFromCivil(2024, 2, 31))).toEqual({ year: 2024, month: 3, day: 2 });
    expect(civilFromDays(daysFromCivil(2026, 0, 1))).toEqual({ year: 2025, month: 12, day: 1 });
    expect(civilFromDays(daysFromCivil(2026, -13, 0))).toEqual({ year: 2024, month: 10, day: 31 });
  });

  it('computes ISO weeks', () => {
    fc.assert(
      fc.property(dayArb, (days) => void expect(isoWeekFromDays(days)).toEqual(isoWeekByDate(days))),
      {
        numRuns: 2000,
      },
    );
    expect(isoWeekFromDays(daysFromCivil(2026, 12, 31))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekFromDays(daysFromCivil(2027, 1, 3))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekFromDays(daysFromCivil(2024, 12, 30))).toEqual({ year: 2025, week: 1 });
  });
});

/** Offset by formatting one instant through Intl, uncached. */
function intlOffset(timeZone: string, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(whole);
  const f = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  const local = new Date(0);
  local.setUTCFullYear(Number(f.year), Number(f.month) - 1, Number(f.day));
  local.setUTCHours(Number(f.hour), Number(f.minute), Number(f.second));
  return local.getTime() - whole;
}

describe('zone offsets', () => {
  // Half-hour DST (Lord Howe), +05:45 (Kathmandu), a skipped calendar day (Apia, Dec 2011),
  // southern-hemisphere DST (Sao Paulo), and the usual European and American rules.
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Apia',
    'America/Sao_Paulo',
  ];

  it('match Intl at arbitrary instants, including seconds around transitions', () => {
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) });
    for (const zone of zones) {
      const offsetAt = offsetResolver(zone);
      fc.assert(
        fc.property(instant, (ms) => offsetAt(ms) === intlOffset(zone, ms)),
        { numRuns: 300 },
      );
    }
    const berlin = offsetResolver('Europe/Berlin');
    expect(berlin(Date.UTC(2026, 2, 29, 0, 59, 59, 999))).toBe(3_600_000);
    expect(berlin(Date.UTC(2026, 2, 29, 1, 0, 0))).toBe(7_200_000);
    expect(berlin(Date.UTC(2026, 9, 25, 0, 59, 59))).toBe(7_200_000);
    expect(berlin(Date.UTC(2026, 9, 25, 1, 0, 0))).toBe(3_600_000);
  });

  it('resolves wall times like Go time.Date (gap → after, overlap → later occurrence)', () => {
    const berlin = offsetResolver('Europe/Berlin');
    expect(new Date(wallToUtc(Date.UTC(2026, 2, 29, 2, 30), berlin)).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(wallToUtc(Date.UTC(2026, 9, 25, 2, 30), berlin)).toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
    expect(new Date(wallToUtc(Date.UTC(2026, 6, 1, 12, 0), berlin)).toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
  });
});
