// Zone names: the fast path (Intl's list of canonical names) must answer exactly as a DateTimeFormat.
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, TimeZoneError } from '../../src/time/zone.js';

const byDateTimeFormat = (zone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

describe('canonicalTimeZone', () => {
  it('answers every listed zone as a DateTimeFormat does', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    for (const zone of zones) expect(canonicalTimeZone(zone), zone).toBe(byDateTimeFormat(zone));
  });

  it('canonicalises names the list leaves out (aliases, other spellings) through a DateTimeFormat', () => {
    for (const zone of [
      'UTC',
      'Etc/UTC',
      'GMT',
      'US/Eastern',
      'europe/berlin',
      'Asia/Kolkata',
      'Asia/Calcutta',
    ])
      expect(canonicalTimeZone(zone), zone).toBe(byDateTimeFormat(zone));
  });

  it('rejects unknown zones', () => {
    for (const zone of ['Europe/Berlinn', 'Mars/Olympus', '', 'UTC+1'])
      expect(() => canonicalTimeZone(zone), zone).toThrow(TimeZoneError);
  });
});
