import { describe, expect, it } from 'vitest';
import { formatWithin, parseWithin } from '../../src/retention/duration.js';

describe('parseWithin', () => {
  it('reads restic durations in any order', () => {
    expect(parseWithin('1y2m3d4h')).toEqual({ years: 1, months: 2, days: 3, hours: 4 });
    expect(parseWithin(' 36h ')).toEqual({ years: 0, months: 0, days: 0, hours: 36 });
    expect(parseWithin('4h1y')).toEqual({ years: 1, months: 0, days: 0, hours: 4 });
    expect(parseWithin('0d')).toEqual({ years: 0, months: 0, days: 0, hours: 0 });
  });

  it.each([
    ['', /empty duration/],
    ['7', /the number 7 has no unit/],
    ['7w', /unknown unit "w"/],
    ['1.5d', /unknown unit "\."/],
    ['-1d', /invalid duration "-1d"/],
    ['d', /invalid duration "d"/],
    ['1d2d', /unit "d" appears twice/],
    ['99999999d', /too large/],
  ])('rejects %j', (input, message) => {
    expect(() => parseWithin(input)).toThrow(message);
  });

  it('formats like restic, omitting zero parts', () => {
    expect(formatWithin(parseWithin('0y2m0d4h'))).toBe('2m4h');
    expect(formatWithin(parseWithin('7d'))).toBe('7d');
  });
});
