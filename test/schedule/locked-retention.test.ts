import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lockedKeepLifecycle, lockedKeepLookback } from '../../src/schedule/locked-retention.js';

const at = (iso: string) => new Date(iso);
const base = { timezone: 'UTC', schedule: '0 3 * * *', lock: {} };

describe('keep into a locked vault: the lifecycle of the longest tier a point opens', () => {
  it('the first point of a year keeps its yearly count in calendar days', () => {
    const d = lockedKeepLifecycle({
      ...base,
      keep: { daily: 7, weekly: 4, monthly: 12, yearly: 3 },
      created: at('2026-01-01T03:00:00Z'),
      earlier: [at('2025-12-31T03:00:00Z')],
    });
    // 2026-01-01 to 2029-01-01: 365 + 365 + 366 days.
    expect(d.deleteAfterDays).toBe(1096);
    expect(d.opens).toEqual(['hourly', 'daily', 'monthly', 'yearly']);
    expect(d.reason).toMatch(/opens its year \(yearly: 3\): 1096 days/);
  });

  it('monthly: 12 keeps the first point of March until 1 March next year', () => {
    const d = lockedKeepLifecycle({
      ...base,
      keep: { daily: 7, monthly: 12 },
      created: at('2026-03-01T03:00:00Z'),
      earlier: [at('2026-02-28T03:00:00Z')],
    });
    expect(d.deleteAfterDays).toBe(365);
  });

  it('a point that opens only its day keeps daily days; the ISO week tier counts weeks from its Monday', () => {
    const keep = { daily: 7, weekly: 4 };
    // Wednesday 2026-03-11; the week's first point was on Monday.
    const dayOnly = lockedKeepLifecycle({
      ...base,
      keep,
      created: at('2026-03-11T03:00:00Z'),
      earlier: [at('2026-03-09T03:00:00Z'), at('2026-03-10T03:00:00Z')],
    });
    expect(dayOnly.deleteAfterDays).toBe(7);
    expect(dayOnly.opens).toEqual(['hourly', 'daily']);
    // Monday opens the week: until Monday four weeks on.
    const monday = lockedKeepLifecycle({
      ...base,
      keep,
      created: at('2026-03-09T03:00:00Z'),
      earlier: [at('2026-03-08T03:00:00Z')],
    });
    expect(monday.deleteAfterDays).toBe(28);
    // A first point on Wednesday opens the week too, but its week ends sooner.
    const firstOnWednesday = lockedKeepLifecycle({
      ...base,
      keep,
      created: at('2026-03-11T03:00:00Z'),
      earlier: [],
    });
    expect(firstOnWednesday.deleteAfterDays).toBe(26);
  });

  it('a second point of a day opens nothing: as briefly as the lock allows', () => {
    const input = {
      ...base,
      keep: { daily: 7 },
      created: at('2026-03-11T15:00:00Z'),
      earlier: [at('2026-03-11T03:00:00Z')],
    };
    expect(lockedKeepLifecycle(input).deleteAfterDays).toBe(1);
    expect(lockedKeepLifecycle({ ...input, lock: { minRetentionDays: 7 } }).deleteAfterDays).toBe(7);
  });

  it('buckets are in the rule’s zone', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Berlin: with a point earlier that Berlin day, no new year.
    const keep = { yearly: 1, daily: 3 };
    const berlin = lockedKeepLifecycle({
      ...base,
      timezone: 'Europe/Berlin',
      keep,
      created: at('2025-12-31T23:30:00Z'),
      earlier: [at('2025-12-31T23:10:00Z')],
    });
    expect(berlin.opens).not.toContain('yearly');
    const utc = lockedKeepLifecycle({
      ...base,
      keep,
      created: at('2025-12-31T23:30:00Z'),
      earlier: [at('2025-12-30T03:00:00Z')],
    });
    expect(utc.opens).toContain('daily');
    expect(utc.deleteAfterDays).toBe(3);
  });

  it('clamps to the lock range, caps with hardLimitDays, and -1 is AWS’s maximum', () => {
    const first = { ...base, created: at('2026-01-01T03:00:00Z'), earlier: [] };
    expect(
      lockedKeepLifecycle({ ...first, keep: { yearly: 10 }, lock: { maxRetentionDays: 400 } })
        .deleteAfterDays,
    ).toBe(400);
    expect(lockedKeepLifecycle({ ...first, keep: { yearly: -1 } }).deleteAfterDays).toBe(36_500);
    expect(lockedKeepLifecycle({ ...first, keep: { yearly: 5 }, hardLimitDays: 100 }).deleteAfterDays).toBe(
      100,
    );
    expect(
      lockedKeepLifecycle({ ...first, keep: { daily: 2 }, lock: { minRetentionDays: 30 } }).deleteAfterDays,
    ).toBe(30);
  });

  it('last: n lives until the n-th later slot; within: D applies to every point', () => {
    const second = { ...base, created: at('2026-03-11T03:00:00Z'), earlier: [at('2026-03-11T01:00:00Z')] };
    expect(lockedKeepLifecycle({ ...second, keep: { last: 10 } }).deleteAfterDays).toBe(10);
    expect(
      lockedKeepLifecycle({ ...second, keep: { last: 10 }, schedule: '0 */6 * * *' }).deleteAfterDays,
    ).toBe(3);
    expect(lockedKeepLifecycle({ ...second, keep: { within: '1m' } }).deleteAfterDays).toBe(31);
  });

  it('withinDaily: D keeps a day’s first point until D after its day ends', () => {
    const d = lockedKeepLifecycle({
      ...base,
      keep: { withinDaily: '7d' },
      created: at('2026-03-11T03:00:00Z'),
      earlier: [],
    });
    // End of the day 2026-03-12T00:00Z, plus 7 days, from 03:00: 7d21h → 8 days.
    expect(d.deleteAfterDays).toBe(8);
  });

  it('looks back to the start of the longest bucket in use', () => {
    expect(
      lockedKeepLookback({ daily: 7, monthly: 3 }, 'UTC', at('2026-03-11T03:00:00Z')).toISOString(),
    ).toBe('2026-03-01T00:00:00.000Z');
    expect(lockedKeepLookback({ yearly: 1 }, 'Europe/Berlin', at('2026-03-11T03:00:00Z')).toISOString()).toBe(
      '2025-12-31T23:00:00.000Z',
    );
    expect(lockedKeepLookback({ last: 3 }, 'UTC', at('2026-03-11T03:00:00Z')).toISOString()).toBe(
      '2026-03-11T03:00:00.000Z',
    );
  });
});

describe('properties', () => {
  const zones = fc.constantFrom(
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
  );
  const count = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 30 }));
  const policy = fc.record(
    {
      last: count,
      hourly: count,
      daily: count,
      weekly: count,
      monthly: count,
      yearly: count,
      within: fc.constantFrom('1d', '7d', '2m', '1y'),
      withinDaily: fc.constantFrom('3d', '1m'),
    },
    { requiredKeys: [] },
  );
  const instant = fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2090-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const lock = fc
    .tuple(fc.option(fc.integer({ min: 1, max: 3000 })), fc.option(fc.integer({ min: 1, max: 36_500 })))
    .map(([a, b]) => {
      const min = a ?? undefined;
      const max = b === null ? undefined : Math.max(b, min ?? 1);
      return { minRetentionDays: min, maxRetentionDays: max };
    });

  it('the lifecycle is always a whole number of days inside the lock range (and AWS’s 1..36,500)', () => {
    fc.assert(
      fc.property(
        policy,
        zones,
        instant,
        fc.array(instant, { maxLength: 5 }),
        lock,
        (keep, timezone, created, earlier, lk) => {
          const d = lockedKeepLifecycle({
            keep,
            timezone,
            schedule: '0 3 * * *',
            created,
            earlier,
            lock: lk,
          });
          expect(Number.isInteger(d.deleteAfterDays)).toBe(true);
          expect(d.deleteAfterDays).toBeGreaterThanOrEqual(Math.max(1, lk.minRetentionDays ?? 1));
          expect(d.deleteAfterDays).toBeLessThanOrEqual(Math.min(36_500, lk.maxRetentionDays ?? 36_500));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a point that opens its year gets at least what a point that opens only its day gets', () => {
    // Calendar tiers only: `within` and `last` apply to every point alike, measured in real time
    // (month lengths, clock changes), so they say nothing about tiers. yearly is set (else a year
    // opener has nothing more than a day opener).
    const tiers = fc.record(
      {
        hourly: count,
        daily: count,
        weekly: count,
        monthly: count,
        yearly: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 30 })),
      },
      { requiredKeys: ['yearly'] },
    );
    fc.assert(
      fc.property(
        tiers,
        zones,
        fc.integer({ min: 2001, max: 2080 }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: 0, max: 23 }),
        lock,
        (keep, timezone, year, dayOfYear, hour, lk) => {
          const local = (days: number) =>
            new Date(Date.UTC(year, 0, 1 + days, hour, 30) - offsetMs(timezone, year));
          const schedule = '30 * * * *';
          const yearOpener = lockedKeepLifecycle({
            keep,
            timezone,
            schedule,
            created: local(0),
            earlier: [],
            lock: lk,
          });
          const dayOpener = lockedKeepLifecycle({
            keep,
            timezone,
            schedule,
            created: local(dayOfYear),
            earlier: [local(dayOfYear - 1), local(0)],
            lock: lk,
          });
          // The construction is in local time only roughly (offsets change over the year): keep the
          // cases where the first point really opens its year and the second only its day (and hour).
          fc.pre(yearOpener.opens.includes('yearly'));
          fc.pre(dayOpener.opens.every((t) => t === 'hourly' || t === 'daily'));
          expect(yearOpener.deleteAfterDays).toBeGreaterThanOrEqual(dayOpener.deleteAfterDays);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A rough zone offset for building local times (the tests check the opened tiers, not this). */
function offsetMs(timezone: string, year: number): number {
  const probe = new Date(Date.UTC(year, 0, 1, 12));
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    day: 'numeric',
  }).formatToParts(probe);
  const f = Object.fromEntries(parts.map((p) => [p.type, p.value]));
  const minutes = (Number(f.day) - 1) * 1440 + Number(f.hour) * 60 + Number(f.minute) - 12 * 60;
  return minutes * 60_000;
}
