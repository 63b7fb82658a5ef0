import { describe, expect, it } from 'vitest';
import { retentionSpanDays, steadyState, Timelines } from '../../src/review/steady-state.js';

const DAY = 86_400_000;
const NOW = new Date('2026-11-30T12:00:00Z');

/** ISO week key of a UTC date, computed independently of the engine. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = (t.getUTCDay() + 6) % 7; // Monday 0
  t.setUTCDate(t.getUTCDate() - weekday + 3); // Thursday of the week
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week =
    1 +
    Math.round(
      ((t.getTime() - firstThursday.getTime()) / DAY - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7,
    );
  return `${t.getUTCFullYear()}-W${week}`;
}

describe('steadyState', () => {
  const timelines = new Timelines(NOW);

  it('keep daily 7 holds exactly the last 7 daily points', () => {
    const s = timelines.steadyState('0 3 * * *', 'UTC', { keep: { daily: 7 } });
    expect(s).toEqual({
      kind: 'bounded',
      points: { min: 7, max: 7, now: 7 },
      oldest: new Date('2026-11-24T03:00:00Z'),
      // The points held now, which storage is estimated from.
      held: Array.from({ length: 7 }, (_, i) => Date.parse('2026-11-24T03:00:00Z') + i * 86_400_000),
    });
  });

  it('days: 35 holds the points of the last 35 days (AWS lifecycle)', () => {
    const s = timelines.steadyState('0 3 * * *', 'UTC', { days: 35 });
    expect(s.kind === 'bounded' && s.points).toEqual({ min: 35, max: 35, now: 35 });
    expect(s.kind === 'bounded' && s.oldest).toEqual(new Date('2026-10-27T03:00:00Z'));
  });

  it('keep {daily 7, weekly 4, monthly 12} on a daily schedule holds what restic keeps: the union of the newest day, ISO-week and month buckets', () => {
    const s = timelines.steadyState('0 3 * * *', 'UTC', { keep: { daily: 7, weekly: 4, monthly: 12 } });
    // Independent expectation: every day has a 03:00 point; each rule keeps the newest point of its
    // N newest buckets.
    const days: Date[] = [];
    for (let t = Date.UTC(2024, 0, 1, 3); t <= NOW.getTime(); t += DAY) days.push(new Date(t));
    days.reverse();
    const newestPerBucket = (key: (d: Date) => string, n: number) => {
      const seen = new Map<string, Date>();
      for (const d of days) if (!seen.has(key(d))) seen.set(key(d), d);
      return [...seen.values()].slice(0, n);
    };
    const kept = new Set<number>([
      ...newestPerBucket((d) => d.toISOString().slice(0, 10), 7).map((d) => d.getTime()),
      ...newestPerBucket(isoWeek, 4).map((d) => d.getTime()),
      ...newestPerBucket((d) => d.toISOString().slice(0, 7), 12).map((d) => d.getTime()),
    ]);
    expect(s.kind).toBe('bounded');
    if (s.kind !== 'bounded') return;
    expect(s.points.now).toBe(kept.size);
    expect(s.oldest?.getTime()).toBe(Math.min(...kept));
    expect(s.oldest).toEqual(new Date('2025-12-31T03:00:00Z'));
    // Over a year the count moves only with how weeks and months overlap the last 7 days.
    expect(s.points.min).toBeGreaterThanOrEqual(19);
    expect(s.points.max).toBeLessThanOrEqual(23);
  });

  it('an unlimited count without a hard limit never settles', () => {
    expect(timelines.steadyState('0 3 * * *', 'UTC', { keep: { daily: 7, monthly: -1 } })).toEqual({
      kind: 'unbounded',
      unlimited: ['monthly'],
    });
  });

  it('hardLimitDays caps even points the keep policy would keep', () => {
    const s = timelines.steadyState('0 3 * * *', 'UTC', { keep: { monthly: -1 }, hardLimitDays: 100 });
    expect(s.kind === 'bounded' && s.points.now).toBe(4); // Nov 30 and the ends of Oct, Sep, Aug
  });

  it('the span of a count on a sparse schedule is count × gap: hourly 24 on a daily schedule keeps 24 days', () => {
    expect(retentionSpanDays({ keep: { hourly: 24 } }, 1)).toBe(24 + 2 + 1);
    const s = timelines.steadyState('0 3 * * *', 'UTC', { keep: { hourly: 24 } });
    expect(s.kind === 'bounded' && s.points.now).toBe(24);
  });

  it('large policies stay exact at prune times: hourly backups with keep within 1y hold a year of points', () => {
    const s = timelines.steadyState('0 * * * *', 'Europe/Berlin', { keep: { within: '1y', yearly: 3 } });
    expect(s.kind).toBe('bounded');
    if (s.kind !== 'bounded') return;
    // Every hourly point after newest − 1 year (365 days back from 2026-11-30), which already holds
    // the newest points of 2026 and 2025; yearly adds the last point of 2024 (23:00 in Berlin).
    expect(s.points.now).toBe(365 * 24 + 1);
    expect(s.oldest).toEqual(new Date('2024-12-31T22:00:00Z'));
  }, 120_000);

  it('is a pure function of the timeline: no points, no oldest', () => {
    expect(steadyState([], { days: 7 }, 'UTC', NOW)).toEqual({
      kind: 'bounded',
      points: { min: 0, max: 0, now: 0 },
      held: [],
    });
  });
});

describe('Timelines.rpoMinutes', () => {
  it('is the longest gap of the schedule in its zone, kept per schedule and zone', () => {
    const timelines = new Timelines(NOW);
    // Asked again (kept) and in another zone (not the kept UTC answer): fall back makes a 25-hour day.
    expect(timelines.rpoMinutes('0 3 * * *', 'UTC')).toBe(24 * 60);
    expect(timelines.rpoMinutes('0 3 * * *', 'UTC')).toBe(24 * 60);
    expect(timelines.rpoMinutes('0 3 * * *', 'Europe/Berlin')).toBe(25 * 60);
    expect(timelines.rpoMinutes('0 3 * * 1', 'Europe/Berlin')).toBe(7 * 24 * 60 + 60);
  });
});
