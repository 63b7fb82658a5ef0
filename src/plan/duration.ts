// Durations as plan files write them. Two notations exist on purpose:
// - windows (startWithin, completeWithin, copyWithin, coldAfter): minutes/hours/days, e.g. "90m", "8h", "7d";
// - keep.within*: restic's notation, where "m" means MONTHS, e.g. "1y2m3d4h".

/** A window duration: one or more `<number><m|h|d>` parts, e.g. "90m", "1h30m", "7d". */
export const WINDOW_DURATION_PATTERN = '^(\\d+[mhd])+$';
const WINDOW_DURATION = new RegExp(WINDOW_DURATION_PATTERN);
const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 24 * 60 };

/** Minutes in a window duration, or undefined when the text is not one. */
export function parseWindowMinutes(text: string): number | undefined {
  if (!WINDOW_DURATION.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)([mhd])/g))
    total += Number(amount) * UNIT_MINUTES[unit!]!;
  return total;
}

/** Minutes as the shortest window notation: 90 → "1h30m", 10080 → "7d". */
export function formatMinutes(minutes: number): string {
  if (minutes === 0) return '0m';
  const parts: string[] = [];
  let rest = Math.round(minutes);
  for (const [unit, size] of [
    ['d', 1440],
    ['h', 60],
    ['m', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}

/** A restic `--keep-within` duration: one or more `<number><y|m|d|h>` parts. */
export const RESTIC_DURATION_PATTERN = '^(\\d+[ymdh])+$';
