// From a schema-valid plan file to the resolved Plan: presets expanded, defaults applied, durations in
// minutes, copy accounts filled in. Pure; what cannot be resolved sensibly is left for checks.ts.
import { parseWindowMinutes } from './duration.js';
import {
  DEFAULTS,
  type CopyToFile,
  type Plan,
  type PlanFile,
  type RetainFile,
  type Retention,
  type Rule,
  type RuleFile,
  type Selector,
  type SelectorFile,
} from './model.js';
import { applyPreset } from './presets.js';

export function resolveRetention(retain: RetainFile | undefined): Retention {
  const out: Retention = {};
  if (!retain) return out;
  if (retain.days !== undefined) out.days = retain.days;
  if (retain.coldAfter !== undefined)
    out.coldAfterDays =
      typeof retain.coldAfter === 'number' ? retain.coldAfter : Number.parseInt(retain.coldAfter, 10);
  if (retain.keep !== undefined) out.keep = retain.keep;
  if (retain.hardLimitDays !== undefined) out.hardLimitDays = retain.hardLimitDays;
  return out;
}

export function resolveSelector(selector: SelectorFile): Selector {
  if (typeof selector === 'string') return { arn: selector };
  if (selector.arn !== undefined) return { arn: selector.arn };
  return selector.types
    ? { tags: selector.tags ?? {}, types: selector.types }
    : { tags: selector.tags ?? {} };
}

function resolveCopy(copy: CopyToFile, account: string) {
  return {
    account: copy.account ?? account,
    region: copy.region,
    vault: copy.vault,
    ...(copy.role !== undefined ? { role: copy.role } : {}),
    retain: resolveRetention(copy.retain),
    ...(copy.backfill !== undefined ? { backfill: copy.backfill } : {}),
  };
}

export function resolveRule(name: string, ruleFile: RuleFile, account: string): Rule {
  const rule = applyPreset(ruleFile);
  const minutes = (text: string | undefined, fallback: number) =>
    text === undefined ? fallback : (parseWindowMinutes(text) ?? fallback);
  return {
    name,
    schedule: rule.schedule ?? '',
    timezone: rule.timezone ?? DEFAULTS.timezone,
    startWithinMinutes: minutes(rule.startWithin, DEFAULTS.startWithinMinutes),
    completeWithinMinutes: minutes(rule.completeWithin, DEFAULTS.completeWithinMinutes),
    retain: resolveRetention(rule.retain),
    copyTo: (rule.copyTo ?? []).map((copy) => resolveCopy(copy, account)),
    copyWithinMinutes: minutes(rule.copyWithin, DEFAULTS.copyWithinMinutes),
    retries: rule.retries ?? DEFAULTS.retries,
    ...(rule.drill ? { drill: { everyMinutes: minutes(rule.drill.every, 0) } } : {}),
  };
}

export function resolvePlan(id: string, file: string, planFile: PlanFile): Plan {
  const account = planFile.aws.account;
  return {
    id,
    file,
    version: 1,
    ...(planFile.description !== undefined ? { description: planFile.description } : {}),
    ...(planFile.namespace !== undefined ? { namespace: planFile.namespace } : {}),
    aws: { ...planFile.aws },
    vault: planFile.vault,
    resources: {
      include: planFile.resources.include.map(resolveSelector),
      exclude: planFile.resources.exclude ?? [],
    },
    rules: Object.entries(planFile.rules).map(([name, rule]) => resolveRule(name, rule, account)),
    notify: {
      issues: planFile.notify?.issues ?? DEFAULTS.notifyIssues,
      labels: planFile.notify?.labels ?? [...DEFAULTS.notifyLabels],
      assignees: planFile.notify?.assignees ?? [],
    },
  };
}
