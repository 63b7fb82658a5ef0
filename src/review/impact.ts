// The impact section of a review: what each rule holds per resource in steady state, before and
// after the change, and what that occupies and costs.
//
// The numbers come from an `ImpactEstimator`, a function of the plans alone. The one built here,
// `retentionImpact`, computes what can be computed exactly without AWS: steady-state recovery points
// per resource and the oldest restorable date, from the real schedule and retention engine. Given a
// storage model it also prices those points the way `simulate` does (src/cost: the oldest point a
// full copy, every later one a changed fraction; cold once the lifecycle moves it; the bundled price
// table), per resource and per plan (with `simulate`'s assumed resources: each explicit ARN one,
// three behind each tag selector). The review shows storage and cost only when the model is given.
import type { PriceTable } from '../cost/prices.js';
import {
  monthlyCost,
  pricesAssumption,
  storageAssumption,
  storageOf,
  type StorageByClass,
} from '../cost/storage.js';
import type { Plan, Retention, Rule } from '../plan/model.js';
import { MS_PER_DAY } from '../time/calendar.js';
import { describeRetention } from './describe.js';
import type { SteadyState, Timelines } from './steady-state.js';

/** What storage and cost are estimated with: `simulate`'s model when its world is synthesized. */
export interface StorageModel {
  prices: PriceTable;
  /** Changed fraction of a resource per incremental backup. */
  changeRate: number;
  /** GiB of every resource (the plans do not say). */
  resourceGiB: number;
  /** Resources assumed behind each tag selector. */
  resourcesPerSelector: number;
}

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
  /** Per resource, GiB held at `now` in steady state; only from an estimator that models sizes (none when unbounded). */
  storageGiB?: number;
  storageByClass?: StorageByClass;
  /** Per resource and month; only from an estimator that has prices. */
  costPerMonth?: number;
}

/** One plan's storage and cost, over its assumed resources and every vault it keeps points in. */
export interface PlanImpact {
  plan: string;
  /** Resources the numbers assume: each explicit ARN (not excluded) one, each tag selector `resourcesPerSelector`. */
  resources: number;
  /** GiB by class over all resources and vaults; null when a series grows without bound. */
  storageByClass: StorageByClass | null;
  storageGiB: number | null;
  costPerMonth: number | null;
}

export interface Impact {
  /** How the numbers were made, in a sentence. */
  method: string;
  /** What the numbers assume, each a sentence. */
  assumptions: string[];
  series: SeriesImpact[];
  /** Per plan totals; only from an estimator that models storage. */
  plans?: PlanImpact[];
  /** Currency of every cost, when costs are given. */
  currency?: string;
}

/** The interface the review takes its numbers from: plans in, steady-state impact out. */
export type ImpactEstimator = (plans: readonly Plan[]) => Impact | Promise<Impact>;

/**
 * Steady-state points and oldest restorable dates from the plans alone, exact for the stated
 * assumptions; with `model`, storage and cost per series and per plan as `simulate` estimates them.
 */
export function retentionImpact(timelines: Timelines, model?: StorageModel): ImpactEstimator {
  return (plans) => {
    const series = plans.flatMap((plan) =>
      plan.rules.flatMap((rule) => seriesOf(plan, rule, timelines, model)),
    );
    return {
      method:
        'each rule’s cron slots over a synthetic timeline ending now, a backup at every slot, pruned after ' +
        'every backup by the retention engine that `prune` runs (keep) or expired by the AWS lifecycle (days, hardLimitDays)' +
        (model
          ? '; storage and cost of the points held now, with `simulate`’s storage model and price table'
          : ''),
      assumptions: [
        'every scheduled backup succeeds and every copy is made',
        'the vaults are not locked (a locked vault decides retention when each job starts)',
        ...(model
          ? [
              storageAssumption(model.changeRate),
              `resource sizes: every resource is ${model.resourceGiB} GiB, and each tag selector stands for ${model.resourcesPerSelector} resources (as \`simulate\` synthesizes its world; review reads no AWS state for sizes)`,
              'a point moves to cold storage once it is older than `coldAfter` of every rule it serves; a point serving several rules of a vault is stored once',
              pricesAssumption(model.prices),
            ]
          : ['storage and cost are not estimated here: they need `simulate`']),
      ],
      series,
      ...(model
        ? { plans: plans.map((plan) => planImpact(plan, timelines, model)), currency: model.prices.currency }
        : {}),
    };
  };
}

/** The rules (with the retention that applies there) keeping points in one vault. */
interface VaultMembers {
  region: string;
  members: { rule: Rule; retain: Retention }[];
}

/**
 * Per resource: storage of the points the members hold at `now` in one vault, the union of their
 * steady states (a point several rules serve is one point). It is cold once older than the longest
 * `coldAfter` when every rule it serves asks for cold storage (src/schedule/lifecycle.ts). Undefined
 * when a member grows without bound.
 */
function vaultStorage(
  { members }: VaultMembers,
  timelines: Timelines,
  model: StorageModel,
): StorageByClass | undefined {
  const now = timelines.now.getTime();
  const steadies = members.map((m) => timelines.steadyState(m.rule.schedule, m.rule.timezone, m.retain));
  const held = new Set<number>();
  for (const s of steadies) {
    if (s.kind === 'unbounded') return undefined;
    for (const t of s.held) held.add(t);
  }
  if (held.size === 0) return { WARM: 0, COLD: 0 };
  const oldest = Math.min(...held);
  // Which members a point serves: those whose schedule fires at its slot.
  const fires =
    members.length === 1
      ? undefined
      : members.map(
          (m) => new Set(timelines.times(m.rule.schedule, m.rule.timezone, (now - oldest) / MS_PER_DAY + 1)),
        );
  const points = [...held].map((t) => {
    const serving = fires ? members.filter((_, i) => fires[i]!.has(t)) : members;
    const colds = serving.map((m) => m.retain.coldAfterDays);
    const cold =
      colds.length > 0 && colds.every((c) => c !== undefined)
        ? now - t >= Math.max(...(colds as number[])) * MS_PER_DAY
        : false;
    return { created: new Date(t), storageClass: cold ? ('COLD' as const) : ('WARM' as const) };
  });
  return storageOf(points, model.resourceGiB, model.changeRate);
}

const sum = (s: StorageByClass) => s.WARM + s.COLD;

/** Resources a plan is assumed to protect, as `simulate` synthesizes them. */
export function assumedResources(plan: Plan, perSelector: number): number {
  const excluded = new Set(plan.resources.exclude);
  const arns = new Set<string>();
  let selectors = 0;
  for (const s of plan.resources.include)
    if (!('arn' in s)) selectors++;
    else if (!excluded.has(s.arn)) arns.add(s.arn);
  return arns.size + selectors * perSelector;
}

function planImpact(plan: Plan, timelines: Timelines, model: StorageModel): PlanImpact {
  const vaults = new Map<string, VaultMembers>();
  const add = (account: string, region: string, vault: string, rule: Rule, retain: Retention) => {
    const key = [account, region, vault].join('\u0000');
    const entry = vaults.get(key) ?? { region, members: [] };
    entry.members.push({ rule, retain });
    vaults.set(key, entry);
  };
  for (const rule of plan.rules) {
    add(plan.aws.account, plan.aws.region, plan.vault, rule, rule.retain);
    for (const c of rule.copyTo) add(c.account, c.region, c.vault, rule, c.retain);
  }
  const resources = assumedResources(plan, model.resourcesPerSelector);
  const total: StorageByClass = { WARM: 0, COLD: 0 };
  let cost = 0;
  for (const v of vaults.values()) {
    const perResource = vaultStorage(v, timelines, model);
    if (!perResource)
      return { plan: plan.id, resources, storageByClass: null, storageGiB: null, costPerMonth: null };
    total.WARM += perResource.WARM * resources;
    total.COLD += perResource.COLD * resources;
    cost += monthlyCost(perResource, model.prices, v.region) * resources;
  }
  return { plan: plan.id, resources, storageByClass: total, storageGiB: sum(total), costPerMonth: cost };
}

function seriesOf(plan: Plan, rule: Rule, timelines: Timelines, model?: StorageModel): SeriesImpact[] {
  const rpoMinutes = timelines.rpoMinutes(rule.schedule, rule.timezone);
  const one = (target: SeriesTarget, retain: Retention): SeriesImpact => {
    const storage = model
      ? vaultStorage({ region: target.region, members: [{ rule, retain }] }, timelines, model)
      : undefined;
    return {
      plan: plan.id,
      rule: rule.name,
      target,
      retention: describeRetention(retain),
      ...(rpoMinutes !== undefined ? { rpoMinutes } : {}),
      steady: timelines.steadyState(rule.schedule, rule.timezone, retain),
      ...(model && storage
        ? {
            storageGiB: sum(storage),
            storageByClass: storage,
            costPerMonth: monthlyCost(storage, model.prices, target.region),
          }
        : {}),
    };
  };
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

/** A plan's totals before and after; one side is missing when the plan was added or removed. */
export interface PlanImpactRow {
  plan: string;
  before?: PlanImpact;
  after?: PlanImpact;
}

export interface ImpactComparison {
  method: string;
  assumptions: string[];
  rows: ImpactRow[];
  /** Present when the estimator models storage. */
  plans?: PlanImpactRow[];
  currency?: string;
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
  let planRows: Map<string, PlanImpactRow> | undefined;
  if (before.plans || after.plans) {
    planRows = new Map();
    for (const [side, impact] of [
      ['before', before],
      ['after', after],
    ] as const)
      for (const p of impact.plans ?? []) {
        if (!plans.has(p.plan)) continue;
        const row = planRows.get(p.plan) ?? { plan: p.plan };
        row[side] = p;
        planRows.set(p.plan, row);
      }
  }
  return {
    method: after.method,
    assumptions: [...new Set([...after.assumptions, ...before.assumptions])],
    ...(planRows ? { plans: [...planRows.values()].sort((a, b) => compare(a.plan, b.plan)) } : {}),
    ...((after.currency ?? before.currency) ? { currency: after.currency ?? before.currency } : {}),
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
