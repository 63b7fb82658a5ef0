// The semantic diff of two sets of plans (the pull request's base and head): what a change protects,
// what it stops protecting, what it will delete and what it leaves behind. Pure: plans in, changes out.
//
// A change is destructive when it loses protection (a resource, selector, rule, plan or copy no
// longer backed up; a longer RPO), deletes points (shorter retention, a new or shorter hard limit),
// or orphans them (a namespace, vault, account or region change, a removed rule: existing points are
// no longer recognised as this plan's, so they are neither pruned nor counted).
import type { CopyTarget, Plan, Retention, Rule, Selector } from '../plan/model.js';
import { formatMinutes } from '../plan/duration.js';
import { parseWithin } from '../retention/engine.js';
import { describeRetention } from './describe.js';
import type { SteadyState, Timelines } from './steady-state.js';

export const CHANGE_KINDS = [
  'plan-added',
  'plan-removed',
  'rule-added',
  'rule-removed',
  'resource-added',
  'resource-removed',
  'selector-added',
  'selector-removed',
  'exclude-added',
  'exclude-removed',
  'schedule-changed',
  'retention-shortened',
  'retention-lengthened',
  'retention-changed',
  'copy-added',
  'copy-removed',
  'role-changed',
  'account-changed',
  'region-changed',
  'vault-changed',
  'namespace-changed',
  'setting-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  plan: string;
  /** The rule the change concerns; null for plan-wide changes. */
  rule: string | null;
  kind: ChangeKind;
  /** Plain text (renderers escape it). */
  detail: string;
  destructive: boolean;
}

export interface DiffOptions {
  /** Schedules and steady states, shared with the impact section. */
  timelines: Timelines;
  /** The namespace a plan without one gets (the repository `owner/name`), when known. */
  defaultNamespace?: string;
  /** The `namespace` input of the runs: it overrides every plan's own, so plan namespaces then change nothing. */
  namespaceInput?: string;
}

const COUNT_KEYS = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
const WITHIN_KEYS = [
  'within',
  'withinHourly',
  'withinDaily',
  'withinWeekly',
  'withinMonthly',
  'withinYearly',
] as const;

export function diffPlans(base: readonly Plan[], head: readonly Plan[], options: DiffOptions): Change[] {
  const changes: Change[] = [];
  const baseById = new Map(base.map((p) => [p.id, p]));
  const headById = new Map(head.map((p) => [p.id, p]));
  const ids = [...new Set([...baseById.keys(), ...headById.keys()])].sort();
  for (const id of ids) {
    const before = baseById.get(id);
    const after = headById.get(id);
    if (before && after) changes.push(...diffPlan(before, after, options));
    else if (after)
      changes.push({
        plan: id,
        rule: null,
        kind: 'plan-added',
        detail: `new plan: ${after.rules.length} ${after.rules.length === 1 ? 'rule' : 'rules'} (${after.rules.map((r) => r.name).join(', ')}) in ${where(after)}`,
        destructive: false,
      });
    else if (before)
      changes.push({
        plan: id,
        rule: null,
        kind: 'plan-removed',
        detail: `plan removed: its resources are no longer backed up by it; its existing recovery points in ${where(before)} become orphans (reported, never pruned)`,
        destructive: true,
      });
  }
  return changes;
}

function where(plan: Plan): string {
  return `vault ${plan.vault} (${plan.aws.account}, ${plan.aws.region})`;
}

function diffPlan(before: Plan, after: Plan, options: DiffOptions): Change[] {
  const out: Change[] = [];
  const add = (rule: string | null, kind: ChangeKind, detail: string, destructive: boolean) =>
    out.push({ plan: after.id, rule, kind, detail, destructive });

  const nsBefore = options.namespaceInput ?? before.namespace ?? options.defaultNamespace;
  const nsAfter = options.namespaceInput ?? after.namespace ?? options.defaultNamespace;
  if (nsBefore !== nsAfter)
    add(
      null,
      'namespace-changed',
      `namespace ${show(nsBefore)} → ${show(nsAfter)}: every existing recovery point carries the old namespace, so all of them become orphans (never pruned, not counted for due backups) and the plan starts a new history`,
      true,
    );
  if (before.aws.account !== after.aws.account)
    add(
      null,
      'account-changed',
      `account ${before.aws.account} → ${after.aws.account}: backups start over in the new account; existing points in ${before.aws.account} become orphans`,
      true,
    );
  if (before.aws.region !== after.aws.region)
    add(
      null,
      'region-changed',
      `region ${before.aws.region} → ${after.aws.region}: backups start over in the new region; existing points in ${before.aws.region} become orphans`,
      true,
    );
  if (before.vault !== after.vault)
    add(
      null,
      'vault-changed',
      `vault ${before.vault} → ${after.vault}: backups start over in the new vault; existing points in ${before.vault} become orphans`,
      true,
    );
  if (before.aws.role !== after.aws.role)
    add(null, 'role-changed', `aws.role ${before.aws.role} → ${after.aws.role}`, false);
  if (before.aws.backupRole !== after.aws.backupRole)
    add(null, 'role-changed', `aws.backupRole ${before.aws.backupRole} → ${after.aws.backupRole}`, false);

  // Resources.
  const selBefore = selectorMap(before.resources.include);
  const selAfter = selectorMap(after.resources.include);
  for (const [key, s] of selBefore) {
    if (selAfter.has(key)) continue;
    if ('arn' in s)
      add(
        null,
        'resource-removed',
        `${s.arn} is no longer backed up; its existing points become orphans`,
        true,
      );
    else
      add(
        null,
        'selector-removed',
        `resources tagged ${describeSelector(s)} are no longer selected; their existing points become orphans`,
        true,
      );
  }
  for (const [key, s] of selAfter) {
    if (selBefore.has(key)) continue;
    if ('arn' in s) add(null, 'resource-added', `${s.arn} is now backed up`, false);
    else add(null, 'selector-added', `resources tagged ${describeSelector(s)} are now backed up`, false);
  }
  const exBefore = new Set(before.resources.exclude);
  const exAfter = new Set(after.resources.exclude);
  for (const arn of exAfter)
    if (!exBefore.has(arn))
      add(
        null,
        'exclude-added',
        `${arn} is now excluded: no new backups; its existing points become orphans`,
        true,
      );
  for (const arn of exBefore)
    if (!exAfter.has(arn)) add(null, 'exclude-removed', `${arn} is no longer excluded`, false);

  // Rules.
  const rulesBefore = new Map(before.rules.map((r) => [r.name, r]));
  const rulesAfter = new Map(after.rules.map((r) => [r.name, r]));
  for (const [name, rule] of rulesBefore)
    if (!rulesAfter.has(name))
      add(
        name,
        'rule-removed',
        `rule removed (${rule.schedule} ${rule.timezone}, ${describeRetention(rule.retain)}): no more backups for it; points that serve it become orphans (reported, never pruned)`,
        true,
      );
  for (const [name, rule] of rulesAfter)
    if (!rulesBefore.has(name))
      add(
        name,
        'rule-added',
        `new rule: ${rule.schedule} ${rule.timezone}, ${describeRetention(rule.retain)}${rule.copyTo.length > 0 ? `, copies to ${rule.copyTo.map(copyLabel).join(', ')}` : ''}`,
        false,
      );
  for (const [name, ruleAfter] of rulesAfter) {
    const ruleBefore = rulesBefore.get(name);
    if (ruleBefore) out.push(...diffRule(after.id, ruleBefore, ruleAfter, options.timelines));
  }
  return out;
}

function diffRule(plan: string, before: Rule, after: Rule, timelines: Timelines): Change[] {
  const out: Change[] = [];
  const add = (kind: ChangeKind, detail: string, destructive: boolean) =>
    out.push({ plan, rule: after.name, kind, detail, destructive });

  if (before.schedule !== after.schedule || before.timezone !== after.timezone) {
    const rpoBefore = timelines.rpoMinutes(before.schedule, before.timezone);
    const rpoAfter = timelines.rpoMinutes(after.schedule, after.timezone);
    const longer = rpoAfter === undefined || (rpoBefore !== undefined && rpoAfter > rpoBefore);
    add(
      'schedule-changed',
      `schedule ${before.schedule} ${before.timezone} → ${after.schedule} ${after.timezone}; RPO (longest gap between backups) ${rpo(rpoBefore)} → ${rpo(rpoAfter)}${longer && rpoAfter !== rpoBefore ? ': backups are further apart' : ''}`,
      longer && rpoAfter !== rpoBefore,
    );
  }

  const steady = (retain: Retention) => timelines.steadyState(after.schedule, after.timezone, retain);
  const steadyBefore = (retain: Retention) => timelines.steadyState(before.schedule, before.timezone, retain);
  out.push(...diffRetention(plan, after.name, '', before.retain, after.retain, steadyBefore, steady));

  const copiesBefore = new Map(before.copyTo.map((c) => [copyKey(c), c]));
  const copiesAfter = new Map(after.copyTo.map((c) => [copyKey(c), c]));
  for (const [key, c] of copiesBefore)
    if (!copiesAfter.has(key))
      add(
        'copy-removed',
        `copies to ${copyLabel(c)} stop: new points are no longer copied there, so that copy of the data is lost once the existing copies expire${c.retain.keep !== undefined ? ' (existing copies there are no longer pruned: orphans)' : ''}`,
        true,
      );
  for (const [key, c] of copiesAfter)
    if (!copiesBefore.has(key))
      add(
        'copy-added',
        `new copies to ${copyLabel(c)} (${describeRetention(c.retain)}); new points only${c.backfill ? `, plus the newest ${c.backfill} existing` : ''}`,
        false,
      );
  for (const [key, cAfter] of copiesAfter) {
    const cBefore = copiesBefore.get(key);
    if (!cBefore) continue;
    out.push(
      ...diffRetention(
        plan,
        after.name,
        `copy to ${copyLabel(cAfter)}`,
        cBefore.retain,
        cAfter.retain,
        steadyBefore,
        steady,
      ),
    );
    if (cBefore.role !== cAfter.role)
      add(
        'role-changed',
        `copy to ${copyLabel(cAfter)}: role ${show(cBefore.role)} → ${show(cAfter.role)}`,
        false,
      );
  }

  const settings: [string, number, number, (n: number) => string][] = [
    ['startWithin', before.startWithinMinutes, after.startWithinMinutes, formatMinutes],
    ['completeWithin', before.completeWithinMinutes, after.completeWithinMinutes, formatMinutes],
    ['copyWithin', before.copyWithinMinutes, after.copyWithinMinutes, formatMinutes],
    ['retries', before.retries, after.retries, String],
  ];
  for (const [name, b, a, format] of settings)
    if (b !== a) add('setting-changed', `${name} ${format(b)} → ${format(a)}`, false);
  return out;
}

/** Retention changes of one series (the rule's own points or one copy destination's). */
function diffRetention(
  plan: string,
  rule: string,
  label: string,
  before: Retention,
  after: Retention,
  steadyBefore: (r: Retention) => SteadyState,
  steadyAfter: (r: Retention) => SteadyState,
): Change[] {
  const parts: { text: string; direction: 'shorter' | 'longer' | 'other' }[] = [];
  const compare = (text: string, b: number, a: number) => {
    if (a < b) parts.push({ text, direction: 'shorter' });
    else if (a > b) parts.push({ text, direction: 'longer' });
  };
  if ((before.days === undefined) !== (after.days === undefined)) {
    // days (AWS deletes) ↔ keep (pruning deletes): no bucket to compare; the steady state decides.
    parts.push({ text: `${describeRetention(before)} → ${describeRetention(after)}`, direction: 'other' });
  } else {
    if (before.days !== undefined && after.days !== undefined)
      compare(`days ${before.days} → ${after.days}`, before.days, after.days);
    for (const key of COUNT_KEYS) {
      const b = before.keep?.[key];
      const a = after.keep?.[key];
      if (b === a) continue;
      compare(`keep.${key} ${count(b)} → ${count(a)}`, countValue(b), countValue(a));
    }
    for (const key of WITHIN_KEYS) {
      const b = before.keep?.[key];
      const a = after.keep?.[key];
      if (b === a) continue;
      compare(`keep.${key} ${b ?? 'none'} → ${a ?? 'none'}`, withinHours(b), withinHours(a));
    }
  }
  if (before.hardLimitDays !== after.hardLimitDays)
    // A hard limit deletes kept points: adding one is shortening, removing one lengthening.
    compare(
      `hardLimitDays ${before.hardLimitDays ?? 'none'} → ${after.hardLimitDays ?? 'none'}`,
      before.hardLimitDays ?? Infinity,
      after.hardLimitDays ?? Infinity,
    );
  if (before.coldAfterDays !== after.coldAfterDays)
    parts.push({
      text: `coldAfter ${before.coldAfterDays ?? 'none'} → ${after.coldAfterDays ?? 'none'} days`,
      direction: 'other',
    });
  if (parts.length === 0) return [];

  const sBefore = steadyBefore(before);
  const sAfter = steadyAfter(after);
  const holdsLess = fewer(sBefore, sAfter);
  const impact = `; steady state per resource: ${describeSteady(sBefore)} → ${describeSteady(sAfter)}`;
  const shorter = parts.filter((p) => p.direction === 'shorter');
  const longer = parts.filter((p) => p.direction === 'longer');
  const other = parts.filter((p) => p.direction === 'other');
  const changes: Change[] = [];
  const push = (kind: ChangeKind, texts: typeof parts, destructive: boolean, note = '') =>
    changes.push({
      plan,
      rule,
      kind,
      detail: `${texts.map((p) => p.text).join(', ')}${label === '' ? '' : ` (${label})`}${note}${impact}`,
      destructive,
    });
  if (shorter.length > 0)
    push('retention-shortened', shorter, true, ': points older than the new policy allows will be deleted');
  if (longer.length > 0) push('retention-lengthened', longer, holdsLess && shorter.length === 0);
  if (other.length > 0)
    push('retention-changed', other, holdsLess && shorter.length === 0 && longer.length === 0);
  return changes;
}

/** Does `after` hold fewer points or reach less far back than `before`? */
function fewer(before: SteadyState, after: SteadyState): boolean {
  if (after.kind === 'unbounded') return false;
  if (before.kind === 'unbounded') return true;
  if (after.points.max < before.points.max) return true;
  const b = before.oldest?.getTime();
  const a = after.oldest?.getTime();
  return b !== undefined && (a === undefined || a > b);
}

export function describeSteady(s: SteadyState): string {
  if (s.kind === 'unbounded') return `unbounded (${s.unlimited.join(', ')}: -1)`;
  const points = s.points.min === s.points.max ? `${s.points.now}` : `${s.points.min}–${s.points.max}`;
  const oldest = s.oldest ? `, oldest ${s.oldest.toISOString().slice(0, 10)}` : '';
  return `${points} ${s.points.max === 1 ? 'point' : 'points'}${oldest}${s.capped ? ' (beyond 50 years: at least)' : ''}`;
}

function count(v: number | undefined): string {
  return v === undefined ? 'none' : v === -1 ? 'unlimited' : String(v);
}

function countValue(v: number | undefined): number {
  return v === undefined ? 0 : v === -1 ? Infinity : v;
}

/** A restic duration in (calendar-average) hours, for ordering only. */
function withinHours(text: string | undefined): number {
  if (text === undefined) return 0;
  const d = parseWithin(text);
  return d.years * 8766 + d.months * 730.5 + d.days * 24 + d.hours;
}

export function rpo(minutes: number | undefined): string {
  return minutes === undefined ? 'never fires twice in two years' : formatMinutes(minutes);
}

function show(v: string | undefined): string {
  return v === undefined ? '(default)' : v;
}

function copyKey(c: CopyTarget): string {
  return `${c.account}\u0000${c.region}\u0000${c.vault}`;
}

export function copyLabel(c: Pick<CopyTarget, 'account' | 'region' | 'vault'>): string {
  return `${c.vault} (${c.account}, ${c.region})`;
}

function selectorMap(selectors: readonly Selector[]): Map<string, Selector> {
  return new Map(selectors.map((s) => [selectorKey(s), s]));
}

function selectorKey(s: Selector): string {
  if ('arn' in s) return `arn:${s.arn}`;
  const tags = Object.entries(s.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `tags:${JSON.stringify(tags)}:${JSON.stringify([...(s.types ?? [])].sort())}`;
}

function describeSelector(s: Exclude<Selector, { arn: string }>): string {
  const tags = Object.entries(s.tags)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return `{${tags}}${s.types && s.types.length > 0 ? ` of types ${s.types.join(', ')}` : ''}`;
}
