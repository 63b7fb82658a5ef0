import { describe, expect, it } from 'vitest';
import {
  checkInputCombinations,
  InputError,
  parseBoolean,
  parseCommand,
  parseCount,
  parseMetadata,
  parseTime,
} from '../src/inputs.js';

describe('inputs', () => {
  it('accepts known commands and names the valid ones otherwise', () => {
    expect(parseCommand('prune')).toBe('prune');
    expect(() => parseCommand('purge')).toThrow(/unknown command "purge".*validate, review, backup/);
  });
  it('parses booleans strictly', () => {
    expect(parseBoolean('wait', 'true')).toBe(true);
    expect(parseBoolean('wait', '')).toBe(false);
    expect(() => parseBoolean('wait', 'maybe')).toThrow(InputError);
  });
  it('parses counts and refuses negatives and fractions', () => {
    expect(parseCount('max-deletions', '50')).toBe(50);
    expect(() => parseCount('max-deletions', '-1')).toThrow(/whole number/);
    expect(() => parseCount('max-deletions', '1.5')).toThrow(/whole number/);
  });
  it('parses ISO times and explains bad ones', () => {
    expect(parseTime('now', '2026-11-25T03:00:00Z').toISOString()).toBe('2026-11-25T03:00:00.000Z');
    expect(parseTime('now', '2026-11-25T04:00:00+01:00').toISOString()).toBe('2026-11-25T03:00:00.000Z');
    expect(() => parseTime('now', 'yesterday')).toThrow(/ISO-8601/);
    expect(() => parseTime('now', '2026-11-25T03:00')).toThrow(/no UTC offset/);
    expect(() => parseTime('now', '2026-02-30T03:00:00Z')).toThrow(/not a calendar date/);
    expect(() => parseTime('now', '')).toThrow(InputError);
  });
  it('takes metadata as JSON or KEY=VALUE pairs', () => {
    expect(parseMetadata(['{"a":"1"}', 'b=2=3'])).toEqual({ a: '1', b: '2=3' });
    expect(parseMetadata([])).toBeUndefined();
    expect(() => parseMetadata(['{"a":1}'])).toThrow(/must be a string/);
    expect(() => parseMetadata(['novalue'])).toThrow(/KEY=VALUE/);
  });
  it("refuses a what-if time without a dry run, in the caller's own spelling", () => {
    const base = { command: 'backup', plans: 'p', dryRun: false, wait: false, maxDeletions: 50 } as const;
    const inputs = { ...base, applyRetentionToExisting: false, now: new Date('2026-01-01T00:00:00Z') };
    expect(() => checkInputCombinations(inputs, { now: '--now', dryRun: '--dry-run' })).toThrow(
      '--now (a what-if time) only works with --dry-run',
    );
    expect(() =>
      checkInputCombinations({ ...inputs, dryRun: true }, { now: 'x', dryRun: 'y' }),
    ).not.toThrow();
  });
});
