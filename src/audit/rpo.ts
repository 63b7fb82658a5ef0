// The recovery point objective a rule's schedule implies: the longest gap between two consecutive
// cron slots (over the year before `now`, so month ends and DST changes count), plus the start and
// complete windows AWS may use, plus slack for GitHub starting scheduled runs late. Pure.
import type { Rule } from '../plan/model.js';
import { nextSlot } from '../time/cron.js';

/** GitHub delays scheduled runs under load; an audit must not cry wolf over that. */
export const RPO_SLACK_MINUTES = 60;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Enough slots for an every-minute schedule over a week; longer scans stop at the first such cap. */
const MAX_SLOTS = 20_000;

/** The longest gap in minutes between consecutive slots in [now − days, now]; undefined: fewer than two slots. */
export function maximumGapMinutes(
  schedule: string,
  timezone: string,
  now: Date,
  days = 366,
): number | undefined {
  let cursor = nextSlot(schedule, timezone, new Date(now.getTime() - days * DAY - 1));
  let longest: number | undefined;
  for (let i = 0; cursor && cursor.getTime() <= now.getTime() && i < MAX_SLOTS; i++) {
    const next = nextSlot(schedule, timezone, cursor);
    if (!next) break;
    const gap = (next.getTime() - cursor.getTime()) / MINUTE;
    if (longest === undefined || gap > longest) longest = gap;
    cursor = next;
  }
  return longest;
}

export interface Rpo {
  minutes: number;
  gapMinutes: number;
  startWithinMinutes: number;
  completeWithinMinutes: number;
  slackMinutes: number;
}

export function ruleRpo(
  rule: Pick<Rule, 'schedule' | 'timezone' | 'startWithinMinutes' | 'completeWithinMinutes'>,
  now: Date,
): Rpo | undefined {
  const gap = maximumGapMinutes(rule.schedule, rule.timezone, now);
  if (gap === undefined) return undefined;
  return {
    minutes: gap + rule.startWithinMinutes + rule.completeWithinMinutes + RPO_SLACK_MINUTES,
    gapMinutes: gap,
    startWithinMinutes: rule.startWithinMinutes,
    completeWithinMinutes: rule.completeWithinMinutes,
    slackMinutes: RPO_SLACK_MINUTES,
  };
}
