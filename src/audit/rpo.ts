// The recovery point objective a rule's schedule implies: the longest gap between two consecutive
// cron slots (over the year before `now`, so month ends and DST changes count), plus the start and
// complete windows AWS may use, plus slack for GitHub starting scheduled runs late. Pure.
import type { Rule } from '../plan/model.js';
import { MS_PER_DAY } from '../time/calendar.js';
import { maximumGap } from '../time/cron.js';

/** GitHub delays scheduled runs under load; an audit must not cry wolf over that. */
export const RPO_SLACK_MINUTES = 60;
/** The RPO is the longest gap over the year before `now`: every weekday, month end and DST change counts. */
const RPO_DAYS = 366;

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
  const gap = maximumGap(rule.schedule, rule.timezone, new Date(now.getTime() - RPO_DAYS * MS_PER_DAY), {
    days: RPO_DAYS,
  })?.minutes;
  if (gap === undefined) return undefined;
  return {
    minutes: gap + rule.startWithinMinutes + rule.completeWithinMinutes + RPO_SLACK_MINUTES,
    gapMinutes: gap,
    startWithinMinutes: rule.startWithinMinutes,
    completeWithinMinutes: rule.completeWithinMinutes,
    slackMinutes: RPO_SLACK_MINUTES,
  };
}
