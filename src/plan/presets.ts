// Rule presets mirroring the AWS Backup console's predefined plans: backups daily at 05:00 UTC with an
// 8-hour start window and a 7-day completion window. The console expresses multi-tier retention as
// separate daily/weekly/monthly rules; here one rule takes one backup a day and a GFS keep policy
// decides which points serve as the weekly and monthly ones (restic's within-* rules keep the
// newest point of each day/week/month inside that span, which is the console's "retain N" per tier).
import type { PresetName, RuleFile } from './model.js';

type PresetRule = Required<
  Pick<RuleFile, 'schedule' | 'timezone' | 'startWithin' | 'completeWithin' | 'retain'>
>;

const daily = { schedule: '0 5 * * *', timezone: 'UTC', startWithin: '8h', completeWithin: '7d' } as const;

export const PRESETS: Record<PresetName, PresetRule> = {
  'daily-35day': { ...daily, retain: { days: 35 } },
  'daily-monthly-1yr': { ...daily, retain: { keep: { withinDaily: '35d', withinMonthly: '1y' } } },
  'daily-weekly-monthly-5yr': {
    ...daily,
    retain: { keep: { withinDaily: '35d', withinWeekly: '3m', withinMonthly: '5y' } },
  },
  'daily-weekly-monthly-7yr': {
    ...daily,
    retain: { keep: { withinDaily: '35d', withinWeekly: '3m', withinMonthly: '7y' } },
  },
};

/** The rule with its preset's keys filled in where the rule does not set them itself. */
export function applyPreset(rule: RuleFile): RuleFile {
  if (!rule.preset) return rule;
  const preset = PRESETS[rule.preset];
  const merged: RuleFile = { ...preset };
  for (const [key, value] of Object.entries(rule))
    if (value !== undefined) Object.assign(merged, { [key]: value });
  return merged;
}
