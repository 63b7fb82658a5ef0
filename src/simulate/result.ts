// What a simulation ends with, computed from the simulator's final state and the points seen along the
// way: per plan and vault the points held per resource, the oldest restorable date, storage by class
// (incremental model), monthly cost, job/copy/deletion counts, and invariant violations (a point the
// policy keeps that is gone, recomputed with src/retention independently of prune; a missed slot;
// a failed job or call).
import type { Plan } from '../plan/model.js';
import { applyRetention, type KeepPolicy } from '../retention/engine.js';
import { MS_PER_HOUR } from '../time/calendar.js';
import { nextSlot } from '../time/cron.js';
import type { PriceTable, StorageClass } from '../cost/prices.js';
import { monthlyCost, pricesAssumption, storageAssumption, storageOf } from '../cost/storage.js';

export interface VaultRef {
  account: string;
  region: string;
  name: string;
}

export interface SeenPoint {
  arn: string;
  resourceArn: string;
  vault: VaultRef;
  created: Date;
  tags: Record<string, string>;
  storageClass: StorageClass;
  copy: boolean;
}

export interface SimJob {
  resourceArn: string;
  vault: VaultRef;
  state: string;
  createdMs: number;
  statusMessage?: string;
}

export interface SimCopy {
  resourceArn: string;
  destinationVaultArn: string;
  state: string;
  statusMessage?: string;
}

export interface ResourceResult {
  arn: string;
  vault: string;
  recoveryPoints: number;
  /** Creation date of the oldest point held (ISO-8601), or null when none. */
  oldest: string | null;
  storageGiB: number;
  storageByClass: Record<StorageClass, number>;
  costPerMonth: number;
}

export interface PlanResult {
  id: string;
  resources: ResourceResult[];
  jobs: number;
  copies: number;
  deleted: number;
  failedJobs: number;
  rules: { name: string; slots: number }[];
}

export interface SimulationResult {
  days: number;
  start: string;
  end: string;
  plans: PlanResult[];
  apiCalls: Record<string, number>;
  /** Error answers per operation (expected ones included, e.g. 404 after a delete). */
  errorAnswers: Record<string, number>;
  costPerMonth: number;
  storageGiB: Record<StorageClass, number>;
  violations: string[];
  assumptions: string[];
  prices: { source: string; date: string; currency: string };
  /** Backup runs (one per event the product acts on). */
  ticks: number;
  /** Prune runs (see PRUNE_ASSUMPTION in run.ts). */
  pruneRuns: number;
  /** Plan runs skipped at events that did not concern the plan (see BACKUP_ASSUMPTION in run.ts). */
  skippedPlanRuns: number;
  /** Every completed recovery point held at the end. */
  held: SeenPoint[];
}

export interface SummaryInput {
  plans: readonly Plan[];
  days: number;
  start: Date;
  end: Date;
  /** Completed points held at the end. */
  held: SeenPoint[];
  /** Every completed point seen during the run (held or since deleted). */
  seen: ReadonlyMap<string, SeenPoint>;
  jobs: SimJob[];
  copies: SimCopy[];
  apiCalls: Record<string, number>;
  failedCalls: Record<string, number>;
  hostErrors: string[];
  prices: PriceTable;
  changeRate: number;
  /** Set when the world was synthesized: every resource got this size. */
  defaultSizeGiB: number | undefined;
  sizes: ReadonlyMap<string, number>;
  ticks: number;
  pruneRuns: number;
  /** How often prune ran, stated with the other assumptions. */
  pruneAssumption: string;
  /** When backup ran, likewise. */
  backupAssumption: string;
  skippedPlanRuns: number;
}

const vaultName = (v: VaultRef) => `${v.account}/${v.region}/${v.name}`;
const sameVault = (a: VaultRef, b: VaultRef) =>
  a.account === b.account && a.region === b.region && a.name === b.name;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function pointRules(p: SeenPoint): string[] {
  const value = p.tags['backup-plans:rules'];
  return value ? value.split(/[+,]/) : [];
}

function ownedBy(p: SeenPoint, plan: Plan): boolean {
  return p.tags['backup-plans:plan'] === plan.id;
}

/** The vaults a plan's points live in: its own and every copy destination. */
function planVaults(plan: Plan): VaultRef[] {
  const vaults: VaultRef[] = [{ account: plan.aws.account, region: plan.aws.region, name: plan.vault }];
  for (const rule of plan.rules)
    for (const c of rule.copyTo) {
      const v = { account: c.account, region: c.region, name: c.vault };
      if (!vaults.some((x) => sameVault(x, v))) vaults.push(v);
    }
  return vaults;
}

/** Points the policy keeps (recomputed here with the retention engine) that are no longer held. */
function keptButGone(plan: Plan, input: SummaryInput, heldArns: Set<string>): string[] {
  const found: string[] = [];
  const check = (rule: string, vault: VaultRef, keep: KeepPolicy, timezone: string, label: string) => {
    const byResource = new Map<string, SeenPoint[]>();
    for (const p of input.seen.values())
      if (ownedBy(p, plan) && pointRules(p).includes(rule) && sameVault(p.vault, vault)) {
        const list = byResource.get(p.resourceArn) ?? [];
        list.push(p);
        byResource.set(p.resourceArn, list);
      }
    for (const [resource, points] of byResource) {
      const decision = applyRetention(
        points.map((p) => ({ id: p.arn, created: p.created })),
        keep,
        { timezone },
      );
      for (const k of decision.keep)
        if (!heldArns.has(k.point.id))
          found.push(
            `plan ${plan.id} rule ${rule} ${label}: ${resource}: point of ${k.point.created.toISOString()} is gone though the policy keeps it (${k.reasons.join(', ')})`,
          );
    }
  };
  for (const rule of plan.rules) {
    const source = { account: plan.aws.account, region: plan.aws.region, name: plan.vault };
    if (rule.retain.keep) check(rule.name, source, rule.retain.keep, rule.timezone, `vault ${plan.vault}`);
    for (const c of rule.copyTo)
      if (c.retain.keep)
        check(
          rule.name,
          { account: c.account, region: c.region, name: c.vault },
          c.retain.keep,
          rule.timezone,
          `copy vault ${c.region}/${c.vault}`,
        );
  }
  return found;
}

/** Slots that fell due with no backup job of the resource created between the slot and the next one. */
function missedSlots(
  plan: Plan,
  input: SummaryInput,
  resources: string[],
): { rules: PlanResult['rules']; missed: string[] } {
  const missed: string[] = [];
  const createdByResource = new Map<string, number[]>();
  for (const j of input.jobs) {
    const list = createdByResource.get(j.resourceArn);
    if (list) list.push(j.createdMs);
    else createdByResource.set(j.resourceArn, [j.createdMs]);
  }
  for (const list of createdByResource.values()) list.sort((a, b) => a - b);
  const rules = plan.rules.map((rule) => {
    const slots: Date[] = [];
    let slot = nextSlot(rule.schedule, rule.timezone, new Date(input.start.getTime() - 1));
    // The last slot needs time for its job: slots within the final hour are not judged.
    const lastJudged = input.end.getTime() - MS_PER_HOUR;
    while (slot && slot.getTime() <= lastJudged) {
      slots.push(slot);
      slot = nextSlot(rule.schedule, rule.timezone, slot);
    }
    for (const resource of resources) {
      const created = createdByResource.get(resource) ?? [];
      slots.forEach((s, i) => {
        const until = slots[i + 1]?.getTime() ?? Infinity;
        if (!created.some((t) => t >= s.getTime() && t < until))
          missed.push(`plan ${plan.id} rule ${rule.name}: ${resource}: missed slot ${s.toISOString()}`);
      });
    }
    return { name: rule.name, slots: slots.length };
  });
  return { rules, missed };
}

export function summarize(input: SummaryInput): SimulationResult {
  const heldArns = new Set(input.held.map((p) => p.arn));
  const violations: string[] = [];
  let totalCost = 0;
  const storage: Record<StorageClass, number> = { WARM: 0, COLD: 0 };
  const plans = input.plans.map((plan): PlanResult => {
    const vaults = planVaults(plan);
    const sourceVault = vaults[0]!;
    const ofPlan = planResources(plan, input);
    const jobs = input.jobs.filter((j) => sameVault(j.vault, sourceVault) && ofPlan.has(j.resourceArn));
    const explicit = plan.resources.include.flatMap((s) => ('arn' in s ? [s.arn] : []));
    const resources = [...new Set([...jobs.map((j) => j.resourceArn), ...explicit])]
      .filter((arn) => !plan.resources.exclude.includes(arn))
      .sort();
    const destinationArns = new Set(
      vaults.slice(1).map((v) => `arn:aws:backup:${v.region}:${v.account}:backup-vault:${v.name}`),
    );
    const copies = input.copies.filter(
      (c) => destinationArns.has(c.destinationVaultArn) && resources.includes(c.resourceArn),
    );
    const results: ResourceResult[] = [];
    for (const vault of vaults)
      for (const arn of resources) {
        const points = input.held.filter(
          (p) => p.resourceArn === arn && sameVault(p.vault, vault) && ownedBy(p, plan),
        );
        const byClass = storageOf(points, input.sizes.get(arn) ?? 1, input.changeRate);
        const cost = monthlyCost(byClass, input.prices, vault.region);
        storage.WARM += byClass.WARM;
        storage.COLD += byClass.COLD;
        totalCost += cost;
        const oldest = points.reduce<Date | undefined>(
          (min, p) => (!min || p.created < min ? p.created : min),
          undefined,
        );
        results.push({
          arn,
          vault: vaultName(vault),
          recoveryPoints: points.length,
          oldest: oldest ? oldest.toISOString() : null,
          storageGiB: round(byClass.WARM + byClass.COLD),
          storageByClass: { WARM: round(byClass.WARM), COLD: round(byClass.COLD) },
          costPerMonth: round(cost),
        });
      }
    const failedJobs = jobs.filter((j) => ['FAILED', 'EXPIRED', 'ABORTED'].includes(j.state));
    for (const j of failedJobs)
      violations.push(
        `plan ${plan.id}: backup job of ${j.resourceArn} at ${new Date(j.createdMs).toISOString()} ended ${j.state}${j.statusMessage ? `: ${j.statusMessage}` : ''}`,
      );
    for (const c of copies.filter((c) => ['FAILED', 'ABORTED'].includes(c.state)))
      violations.push(
        `plan ${plan.id}: copy of ${c.resourceArn} to ${c.destinationVaultArn} ended ${c.state}`,
      );
    violations.push(...keptButGone(plan, input, heldArns));
    const { rules, missed } = missedSlots(plan, input, resources);
    violations.push(...missed);
    const created = [...input.seen.values()].filter(
      (p) => ownedBy(p, plan) && vaults.some((v) => sameVault(v, p.vault)),
    ).length;
    const held = input.held.filter((p) => ownedBy(p, plan)).length;
    return {
      id: plan.id,
      resources: results,
      jobs: jobs.length,
      copies: copies.length,
      deleted: created - held,
      failedJobs: failedJobs.length,
      rules,
    };
  });
  // Error answers the runs expect and handle (a deleted point's DescribeRecoveryPoint 404, Backup
  // ListTags on a native snapshot) are counted, not violations; a failed call is one a run reported.
  for (const e of new Set(input.hostErrors)) violations.push(`a run reported: ${e}`);
  const assumptions = [
    storageAssumption(input.changeRate),
    input.defaultSizeGiB !== undefined
      ? `resource sizes: every synthesized resource is ${input.defaultSizeGiB} GiB (no world file given)`
      : 'resource sizes: from the world file (1 GiB where none is given)',
    pricesAssumption(input.prices),
    input.backupAssumption,
    input.pruneAssumption,
  ];
  return {
    days: input.days,
    start: input.start.toISOString(),
    end: input.end.toISOString(),
    plans,
    apiCalls: Object.fromEntries(Object.entries(input.apiCalls).sort(([a], [b]) => a.localeCompare(b))),
    errorAnswers: input.failedCalls,
    costPerMonth: round(totalCost),
    storageGiB: { WARM: round(storage.WARM), COLD: round(storage.COLD) },
    violations,
    assumptions,
    prices: { source: input.prices.source, date: input.prices.date, currency: input.prices.currency },
    ticks: input.ticks,
    pruneRuns: input.pruneRuns,
    skippedPlanRuns: input.skippedPlanRuns,
    held: input.held,
  };
}

/** Resources whose points name this plan (the plan's own selection, as the runs resolved it). */
function planResources(plan: Plan, input: SummaryInput): Set<string> {
  const set = new Set<string>();
  for (const p of input.seen.values()) if (ownedBy(p, plan)) set.add(p.resourceArn);
  for (const s of plan.resources.include) if ('arn' in s) set.add(s.arn);
  return set;
}

/** The `--json` shape, exactly. */
export function simulationJson(result: SimulationResult) {
  return {
    days: result.days,
    plans: result.plans.map((p) => ({
      id: p.id,
      resources: p.resources.map((r) => ({
        arn: r.arn,
        vault: r.vault,
        recoveryPoints: r.recoveryPoints,
        oldest: r.oldest,
        storageGiB: r.storageGiB,
      })),
      jobs: p.jobs,
      copies: p.copies,
      deleted: p.deleted,
    })),
    apiCalls: result.apiCalls,
    costPerMonth: result.costPerMonth,
    violations: result.violations,
  };
}
