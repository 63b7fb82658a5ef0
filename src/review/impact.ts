// The impact section of a review: what each rule holds per resource in steady state, before and
// after the change.
//
// The numbers come from an `ImpactEstimator`, a function of the plans alone. The one built here,
// `retentionImpact`, computes what can be computed exactly without AWS: steady-state recovery points
// per resource and the oldest restorable date, from the real schedule and retention engine. A
// simulation-based estimator (`simulate`) returns the same shape with storage and cost filled in;
// the review shows those columns only when an estimator provides them, and never invents them.
import type { Plan, Retention, Rule } from '../plan/model.js';
import { describeRetention } from './describe.js';
import type { SteadyState, Timelines } from './steady-state.js';

export interface SeriesTarget {
  /** The rule's own points in the plan's vault, or one of its copy destinations. */
  kind: 'source' | 'copy';
  account: string;
  region: string;
  vault: string;
}

/** One series of recovery points: a rule's points in one vault, per resource. */
export interface SeriesImpact {
  plan: string;
  rule: string;
  target: SeriesTarget;
  /** The retention in words. */
  retention: string;
  /** Longest gap between the rule's backups, in minutes. */
  rpoMinutes?: number;
  steady: SteadyState;
  /** Per resource, GiB held in steady state; only from an estimator that models sizes. */
  storageGiB?: number;
  /** Per resource and month; only from an estimator that has prices. */
  costPerMonth?: number;
}

export interface Impact {
  /** How the numbers were made, in a sentence. */
  method: string;
  /** What the numbers assume, each a sentence. */
  assumptions: string[];
  series: SeriesImpact[];
}

/** The interface the review takes its numbers from: plans in, steady-state impact out. */
export type ImpactEstimator = (plans: readonly Plan[]) => Impact | Promise<Impact>;

/** Steady-state points and oldest restorable dates from the plans alone, exact for the stated assumptions. */
export function retentionImpact(timelines: Timelines): ImpactEstimator {
  return (plans) => ({
    method:
      'each rule’s cron slots over a synthetic timeline ending now, a backup at every slot, pruned after ' +
      'every backup by the retention engine that `prune` runs (keep) or expired by the AWS lifecycle (days, hardLimitDays)',
    assumptions: [
      'every scheduled backup succeeds and every copy is made',
      'the vaults are not locked (a locked vault decides retention when each job starts)',
      'storage and cost are not estimated here: they need `simulate`',
    ],
    series: plans.flatMap((plan) => plan.rules.flatMap((rule) => seriesOf(plan, rule, timelines))),
  });
}

function seriesOf(plan: Plan, rule: Rule, timelines: Timelines): SeriesImpact[] {
  const rpoMinutes = timelines.rpoMinutes(rule.schedule, rule.timezone);
  const one = (target: SeriesTarget, retain: Retention): SeriesImpact => ({
    plan: plan.id,
    rule: rule.name,
    target,
    retention: describeRetention(retain),
    ...(rpoMinutes !== undefined ? { rpoMinutes } : {}),
    steady: timelines.steadyState(rule.schedule, rule.timezone, retain),
  });
  return [
    one(
      { kind: 'source', account: plan.aws.account, region: plan.aws.region, vault: plan.vault },
      rule.retain,
    ),
    ...rule.copyTo.map((c) =>
      one({ kind: 'copy', account: c.account, region: c.region, vault: c.vault }, c.retain),
    ),
  ];
}

/** A series before and after the change; one side is missing when the series was added or removed. */
export interface ImpactRow {
  plan: string;
  rule: string;
  target: SeriesTarget;
  before?: SeriesImpact;
  after?: SeriesImpact;
}

export interface ImpactComparison {
  method: string;
  assumptions: string[];
  rows: ImpactRow[];
}

const seriesKey = (s: Pick<SeriesImpact, 'plan' | 'rule' | 'target'>) =>
  [s.plan, s.rule, s.target.kind, s.target.account, s.target.region, s.target.vault].join('\u0000');

/** Pairs the series of base and head, for the plans in `plans` (those with changes), in plan order. */
export function compareImpact(before: Impact, after: Impact, plans: ReadonlySet<string>): ImpactComparison {
  const rows = new Map<string, ImpactRow>();
  for (const [side, impact] of [
    ['before', before],
    ['after', after],
  ] as const) {
    for (const s of impact.series) {
      if (!plans.has(s.plan)) continue;
      const key = seriesKey(s);
      const row = rows.get(key) ?? { plan: s.plan, rule: s.rule, target: s.target };
      row[side] = s;
      rows.set(key, row);
    }
  }
  return {
    method: after.method,
    assumptions: [...new Set([...after.assumptions, ...before.assumptions])],
    rows: [...rows.values()].sort(
      (a, b) =>
        compare(a.plan, b.plan) ||
        compare(a.rule, b.rule) ||
        Number(a.target.kind === 'copy') - Number(b.target.kind === 'copy') ||
        compare(a.target.vault, b.target.vault),
    ),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The JSON form of a steady state: counts, or null with the unlimited keys. */
export function steadyJson(s: SteadyState) {
  return s.kind === 'bounded'
    ? {
        points: s.points,
        oldest: s.oldest?.toISOString() ?? null,
        ...(s.capped ? { atLeast: true } : {}),
      }
    : { points: null, unboundedBy: s.unlimited, oldest: null };
}
