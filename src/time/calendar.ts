// Proleptic Gregorian calendar arithmetic on whole days since 1970-01-01, without Date objects.
// The engine buckets 100,000 points per decision; plain integer maths keeps that cheap and
// sidesteps Date.UTC's "years 0–99 mean 1900–1999" quirk.

// Fixed unit lengths in ms: the one set the product uses (the simulator keeps its own, since it never
// imports product code). A day here is 24 elapsed hours, not a civil day in a time zone.
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Days since 1970-01-01 of a civil date; month and day may overflow and are normalised like Go's time.Date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Fold month overflow into the year first (Go normalises month before day).
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  // Howard Hinnant's days_from_civil, with the day added linearly so it may overflow.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + (day - 1);
}

/** The civil date of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO 8601 week of a day number: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekFromDays(days: number): { year: number; week: number } {
  const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = days - weekday + 3;
  const year = civilFromDays(thursday).year;
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Years print with at least four digits, as ISO 8601 does. */
export const padYear = (y: number): string =>
  y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
