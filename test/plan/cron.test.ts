import { describe, expect, test } from 'vitest';
import { cronProblem, shortestGapMinutes } from '../../src/plan/cron.js';
import { formatMinutes, parseWindowMinutes } from '../../src/plan/duration.js';

describe('shortestGapMinutes', () => {
  test('regular schedules', () => {
    expect(shortestGapMinutes('*/30 * * * *', 'UTC')).toBe(30);
    expect(shortestGapMinutes('0 * * * *', 'UTC')).toBe(60);
    expect(shortestGapMinutes('0 3 * * *', 'Europe/Berlin')).toBeGreaterThanOrEqual(23 * 60);
    expect(shortestGapMinutes('0 0,12 * * *', 'UTC')).toBe(720);
  });

  test('gaps across midnight and across day-of-week boundaries', () => {
    // 23:00 then 00:00 the next day
    expect(shortestGapMinutes('0 0,23 * * *', 'UTC')).toBe(60);
    // Only on Mondays: 23:00 Monday is followed by 00:00 the next Monday, not Tuesday.
    expect(shortestGapMinutes('0 0,23 * * 1', 'UTC')).toBe(23 * 60);
  });

  test('daylight saving: 01:30 and 03:30 in Berlin are one real hour apart on the spring-forward night', () => {
    expect(shortestGapMinutes('30 1,3 * * *', 'UTC')).toBe(120);
    expect(shortestGapMinutes('30 1,3 * * *', 'Europe/Berlin')).toBe(60);
  });

  test('stops at the first gap below the threshold', () => {
    expect(shortestGapMinutes('* * * * *', 'UTC', 60)).toBe(1);
  });

  test('yearly and rarer schedules', () => {
    expect(shortestGapMinutes('0 0 1 1 *', 'UTC')).toBe(365 * 24 * 60);
    // 29 February fires once in four years: no second firing within the scanned year.
    expect(shortestGapMinutes('0 0 29 2 *', 'UTC')).toBeUndefined();
  });
});

describe('cronProblem', () => {
  test('5 fields only', () => {
    expect(cronProblem('0 3 * * *')).toBeUndefined();
    expect(cronProblem('0 0 3 * * *')).toMatch(/expected 5 cron fields .* got 6/);
    expect(cronProblem('@daily')).toMatch(/expected 5 cron fields/);
    expect(cronProblem('')).toMatch(/got 0/);
  });
  test('bad values and impossible dates', () => {
    expect(cronProblem('0 25 * * *')).toMatch(/hour/);
    expect(cronProblem('0 0 31 2 *')).toBeDefined();
  });
});

describe('durations', () => {
  test('window durations', () => {
    expect(parseWindowMinutes('90m')).toBe(90);
    expect(parseWindowMinutes('1h30m')).toBe(90);
    expect(parseWindowMinutes('7d')).toBe(10080);
    expect(parseWindowMinutes('1 hour')).toBeUndefined();
    expect(parseWindowMinutes('')).toBeUndefined();
    expect(formatMinutes(90)).toBe('1h30m');
    expect(formatMinutes(10080)).toBe('7d');
  });
});
