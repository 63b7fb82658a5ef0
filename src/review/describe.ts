// Retention in the words the review uses: restic's for keep policies, days for AWS lifecycles.
import type { Retention } from '../plan/model.js';
import { describePolicy } from '../retention/engine.js';

/** "35 days", "keep 7 daily, 4 weekly (hard limit 400 days)", "90 days, cold after 30 days". */
export function describeRetention(retain: Retention): string {
  const parts: string[] = [];
  if (retain.days !== undefined) parts.push(`${retain.days} days`);
  if (retain.keep !== undefined) parts.push(describePolicy(retain.keep));
  if (retain.coldAfterDays !== undefined) parts.push(`cold after ${retain.coldAfterDays} days`);
  if (retain.hardLimitDays !== undefined) parts.push(`hard limit ${retain.hardLimitDays} days`);
  return parts.join(', ') || 'none';
}
