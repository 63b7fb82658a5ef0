// Scans one vault and decides every point in it: list the points, prove ownership from their tags
// (catalog first, AWS for the rest), set aside points of resources that carry reserved tags
// themselves, classify orphans, and run the per-(plan, resource) decision.
//
// The catalog only speeds up tag reads. Two things keep it from ever being the evidence:
//  - the executor re-reads each point's ownership live right before deleting it;
//  - which points a policy removes depends only on which points it KEEPS (restic's walk updates its
//    buckets on kept points only). So for every group that would remove something, the kept points
//    whose ownership came from the catalog are re-read live here; if any differs, the group is decided
//    again on the corrected facts. A stale entry can therefore neither be deleted nor cause a deletion.
import { describeVault, listVaultPoints } from '../aws/backup.js';
import type { BackupClient, TaggingClient } from '../aws/clients.js';
import { ReadsAhead } from '../aws/concurrency.js';
import { readLegalHolds, type LegalHolds } from '../aws/legal-holds.js';
import { tagsByArn } from '../aws/pagination.js';
import { readPointTags, type Tags } from '../aws/point-tags.js';
import { matchSelectors } from '../aws/resources.js';
import type { Plan } from '../plan/model.js';
import { selectResources } from '../plan/selection.js';
import { parseArn } from '../plan/resource-types.js';
import type { Catalog } from './catalog.js';
import { decideGroup, withLegalHolds } from './decide.js';
import { vaultKey, type PointDecision, type PointInfo, type VaultLock, type VaultRef } from './model.js';
import { hasReservedTags, parseOwnership, sameOwnership, vaultLockOf } from './ownership.js';
import { classifyPoints } from './classify.js';
import {
  byPlanAndResource,
  groupsOf,
  keptOnCatalogWord,
  orphansOf,
  reservedCounts,
  vaultNotes,
  withUnreadableHolds,
  type Group,
} from './groups.js';
import type { VaultTarget } from './targets.js';

/** Clients for reads (the SDK retries throttling on these). */
export interface ReadClients {
  backup(role: string, region: string): BackupClient;
  tagging(role: string, region: string): TaggingClient;
}

export interface ScanContext {
  aws: ReadClients;
  catalog: Catalog;
  now: Date;
  /** Namespaces of the plans this run judges. */
  namespaces: ReadonlySet<string>;
  /** Ids of every plan file in the folder, valid or not, selected or not. */
  folderPlanIds: ReadonlySet<string>;
  /** Valid plans this run judges, by id. */
  plans: ReadonlyMap<string, { plan: Plan; namespace: string }>;
  applyRetentionToExisting: boolean;
  /** Shared across vaults of one run. */
  memo: ScanMemo;
}

export class ScanMemo {
  readonly selections = new Map<string, Promise<Set<string>>>();
  readonly resourceTags = new Map<string, Promise<Tags | undefined>>();
  readonly holds = new Map<string, Promise<LegalHolds>>();
}

export interface GroupResult {
  planId: string;
  resourceArn: string;
  /** The vault with the plan's own role: deletions of this group's points go through it. */
  vault: VaultRef;
  decisions: PointDecision[];
}

export interface VaultScan {
  vault: VaultRef;
  lock?: VaultLock;
  listed: number;
  groups: GroupResult[];
  /** Points whose `backup-plans:plan` names a plan of ours that is no longer in the folder (or no longer keeps points here). */
  orphans: PointDecision[];
  /** Resources that carry `backup-plans:*` tags themselves: their points are never pruned. */
  reservedResources: { resourceArn: string; points: number }[];
  /** Points without ownership tags (or of a type that cannot carry them). */
  unowned: number;
  /** Points of another namespace, or of a plan this run does not judge (filtered out or invalid). */
  notOurs: number;
  notes: string[];
  /** How each point's ownership was learned. */
  source: Map<string, 'catalog' | 'aws'>;
  /** The vault's key for the catalog. */
  key: string;
}

export async function scanVault(target: VaultTarget, ctx: ScanContext): Promise<VaultScan> {
  // A scan that fails part-way waits for the reads it started ahead: none is left in flight once the
  // vault is reported (as an error).
  const reads = new ReadsAhead();
  try {
    return await scanAndDecide(target, ctx, reads);
  } finally {
    await reads.settled();
  }
}

async function scanAndDecide(target: VaultTarget, ctx: ScanContext, reads: ReadsAhead): Promise<VaultScan> {
  const { vault } = target;
  const key = vaultKey(vault);
  const clients = {
    backup: ctx.aws.backup(vault.role, vault.region),
    tagging: ctx.aws.tagging(vault.role, vault.region),
  };
  // The vault's lock is read while the vault is listed (it is needed only once the points are
  // classified); the listing's error, if both fail, is the one reported.
  const described = reads.start(describeVault(clients.backup, vault.vault));
  const points: PointInfo[] = await listVaultPoints(clients.backup, vault.vault);
  ctx.catalog.listed(key);
  const source = await readOwnership(points, key, clients, ctx);

  const classified = classifyPoints(points, {
    namespaces: ctx.namespaces,
    vaultPlans: target.plans,
    plans: ctx.plans,
    folderPlanIds: ctx.folderPlanIds,
  });
  // The plans' selections read every resource they select with its tags (GetResources gives each
  // match's whole tag set): the resource tag reads below ask only for the others. They go out before
  // the lock is awaited.
  const selections: Promise<Set<string>>[] = [];
  for (const planId of new Set(classified.ours.flatMap((o) => (o.planId ? [o.planId] : []))))
    if (ctx.plans.has(planId)) {
      selections.push(reads.start(planSelection(ctx.plans.get(planId)!.plan, ctx)));
    }
  const lock = vaultLockOf(await described);
  for (const selection of selections) await selection;
  // Resources carrying reserved tags themselves could fake ownership: never prune their points.
  await prefetchResourceTags(
    classified.ours.map((o) => ({ resourceArn: o.point.resourceArn, planId: o.planId })),
    vault,
    ctx,
  );
  const resourceTags = new Map<string, Tags | undefined>();
  // One await per resource, not per point.
  for (const { point } of classified.ours)
    if (!resourceTags.has(point.resourceArn)) resourceTags.set(point.resourceArn, undefined);
  for (const arn of resourceTags.keys()) resourceTags.set(arn, await ctx.memo.resourceTags.get(arn));
  const reserved = reservedCounts(classified.ours, (arn) => hasReservedTags(resourceTags.get(arn)));

  const scan: VaultScan = {
    vault,
    lock,
    listed: points.length,
    groups: [],
    orphans: orphansOf(classified.ours, reserved),
    reservedResources: [...reserved].map(([resourceArn, n]) => ({ resourceArn, points: n })),
    unowned: classified.unowned,
    notOurs: classified.notOurs,
    notes: vaultNotes([], classified),
    source,
    key,
  };
  // Remember every point of ours this run used, from AWS or from the catalog: a vault listed this
  // run is saved as exactly what was remembered, so leaving the catalog's hits out would empty it
  // and make every other run cold. A stale entry is forgotten below, when the live re-read differs.
  const groups = groupsOf(classified.ours, reserved);
  for (const g of groups) for (const p of g.points) ctx.catalog.remember(key, p.arn, p.ownership!);

  // Only a held removal asks for a point by ARN: the map is built then.
  let byArn: Map<string, PointInfo> | undefined;
  const pointOf = (arn: string) => (byArn ??= new Map(points.map((p) => [p.arn, p]))).get(arn);
  scan.groups.push(...(await decideVerified(groups, { target, scan, ctx, pointOf, reads })));
  scan.groups.sort(byPlanAndResource);
  return scan;
}

/** Ownership of every listed point: catalog hits first, AWS for the rest. Returns where each came from. */
async function readOwnership(
  points: PointInfo[],
  key: string,
  clients: { backup: BackupClient; tagging: TaggingClient },
  ctx: ScanContext,
): Promise<Map<string, 'catalog' | 'aws'>> {
  const source = new Map<string, 'catalog' | 'aws'>();
  const toRead: PointInfo[] = [];
  for (const p of points) {
    const cached = ctx.catalog.lookup(key, p.arn);
    if (cached && ctx.namespaces.has(cached.namespace)) {
      p.ownership = cached;
      source.set(p.arn, 'catalog');
    } else toRead.push(p);
  }
  const read = await readPointTags(
    clients,
    toRead.map((p) => p.arn),
  );
  for (const p of toRead) {
    p.ownership = parseOwnership(read.get(p.arn));
    source.set(p.arn, 'aws');
  }
  return source;
}

interface GroupContext {
  target: VaultTarget;
  scan: VaultScan;
  ctx: ScanContext;
  /** A listed point by ARN. */
  pointOf: (arn: string) => PointInfo | undefined;
  /** The scan's reads started ahead. */
  reads: ReadsAhead;
}

/** One group on its way to a decision: its plan's entry, the role that reads and deletes, its decide step. */
interface Deciding {
  g: Group;
  own: VaultRef;
  namespace: string;
  decide: () => PointDecision[];
  decisions: PointDecision[];
  /** Whether a legal hold keeps a point: nothing is held until `holds` are read. */
  held: (arn: string) => boolean | string | undefined;
  /** The legal holds being read: only a decision that removes something asks them (see startHolds). */
  holdsRead?: Promise<LegalHolds>;
  /** The legal holds, once read and applied. */
  holds?: LegalHolds;
  holdsUnreadable: boolean;
}

/**
 * Decide every (plan, resource) group with its plan's own role, and prove live the kept points any
 * removal rests on (see the top of this file); a group is decided again whenever a re-read changed
 * something. The kept points of all groups are re-read together, 100 ARNs a call (not one call per
 * group: a daily prune removes something from nearly every group).
 */
async function decideVerified(groups: readonly Group[], gc: GroupContext): Promise<GroupResult[]> {
  const { scan } = gc;
  const deciding: Deciding[] = [];
  // With one role for every group, deciding makes no call and adds no note: the holds (read once
  // the first decision removes something) are applied after every group is decided, so the other
  // groups are decided while the holds are read. Otherwise each group is done before the next, so
  // the notes keep their order.
  const together = groups.every((g) => gc.target.plans.get(g.planId)!.vault.role === gc.target.vault.role);
  for (const g of groups) {
    const d = await prepareGroup(g, gc);
    if (!together) await applyHolds(d, gc);
    deciding.push(d);
  }
  if (together) for (const d of deciding) await applyHolds(d, gc);
  for (;;) {
    const unverified = deciding.flatMap((d) =>
      keptOnCatalogWord(d.decisions, (arn) => scan.source.get(arn)).map((point) => ({ d, point })),
    );
    if (unverified.length === 0) break;
    const changed = new Set<Deciding>();
    for (const [own, items] of byRole(unverified, (u) => u.d.own)) {
      const live = await readLive(
        own,
        items.map((u) => u.point),
        gc.ctx,
      );
      for (const { d, point } of items)
        if (
          applyLive(
            d,
            point,
            live.get(point.arn),
            `catalog entry of ${point.arn} was stale; decided on its live tags`,
            gc,
          )
        )
          changed.add(d);
    }
    if (changed.size === 0) break;
    for (const d of changed) await withHolds(d, gc);
  }
  return deciding.map((d) => ({
    planId: d.g.planId,
    resourceArn: d.g.resourceArn,
    vault: d.own,
    decisions: withUnreadableHolds(d.decisions, d.holdsUnreadable),
  }));
}

/** A group's holds, selection and first decision (its points re-read first when its plan's role differs from the listing's). */
async function prepareGroup(g: Group, gc: GroupContext): Promise<Deciding> {
  const { target, scan, ctx } = gc;
  const entry = target.plans.get(g.planId)!;
  // The plan's own role reads (and later deletes) its points, whichever role listed the vault.
  const own = entry.vault;
  const d: Deciding = {
    g,
    own,
    namespace: entry.namespace,
    decide: () => [],
    decisions: [],
    // Before the holds are read, nothing counts as held: a hold only turns a removal into a guard.
    held: (arn) => {
      if (!d.holds) return undefined;
      const p = gc.pointOf(arn);
      return p ? d.holds.heldBecause(p, target.vault.vault) : true;
    },
    holdsUnreadable: false,
  };
  if (own.role !== target.vault.role) {
    const live = await readLive(own, g.points, ctx);
    for (const p of [...g.points])
      applyLive(
        d,
        p,
        live.get(p.arn),
        `${p.arn}: its tags read with ${own.role} differ from those read with ${target.vault.role}; decided on the former`,
        gc,
      );
  }
  const selected = await planSelection(entry.plan, ctx);
  d.decide = () =>
    decideGroup({
      points: g.points,
      slots: entry.slots,
      planRules: new Set(entry.plan.rules.map((r) => r.name)),
      resourceSelected: selected.has(g.resourceArn),
      now: ctx.now,
      lock: scan.lock,
      held: d.held,
      applyRetentionToExisting: ctx.applyRetentionToExisting,
    });
  d.decisions = d.decide();
  startHolds(d, gc);
  return d;
}

/**
 * Decide the group again (on corrected facts), reading the legal holds of its role's account and
 * region (once per run) as soon as the decision would remove a point.
 */
async function withHolds(d: Deciding, gc: GroupContext): Promise<void> {
  d.decisions = d.decide();
  startHolds(d, gc);
  await applyHolds(d, gc);
}

/**
 * Start reading the legal holds once the group's decision would remove a point. A hold only ever
 * turns a removal into a guard, so a decision that removes nothing is the same whatever the holds
 * say: a vault where nothing goes (say, a copy destination with `retain.days`) does not ask for them.
 */
function startHolds(d: Deciding, gc: GroupContext): void {
  if (d.holds || d.holdsRead || !d.decisions.some((x) => x.kind === 'remove')) return;
  d.holdsRead = gc.reads.start(legalHoldsFor(d.own, gc.ctx)); // awaited by applyHolds
}

/** Once the holds are read: the group's removals under a hold become guards (see withLegalHolds). */
async function applyHolds(d: Deciding, gc: GroupContext): Promise<void> {
  if (d.holds || !d.holdsRead) return;
  const { scan, target } = gc;
  d.holds = await d.holdsRead;
  d.holdsUnreadable = d.holds.unreadable !== undefined;
  // The listing role's notes lead the vault's notes, as when they were read before any decision.
  const fresh = d.holds.notes.filter((n) => !scan.notes.includes(n));
  if (d.own.role === target.vault.role) scan.notes.unshift(...fresh);
  else scan.notes.push(...fresh);
  d.decisions = withLegalHolds(d.decisions, d.held);
}

/** Items by the role and region that read them (in first-seen order). */
function byRole<T>(items: readonly T[], ref: (item: T) => VaultRef): Map<VaultRef, T[]> {
  const byKey = new Map<string, [VaultRef, T[]]>();
  for (const item of items) {
    const v = ref(item);
    const key = `${v.role}\n${v.region}`;
    const entry = byKey.get(key) ?? [v, []];
    entry[1].push(item);
    byKey.set(key, entry);
  }
  return new Map([...byKey.values()]);
}

/** The points' tags, read live with the role (batched by the shared reader). */
function readLive(
  own: VaultRef,
  points: readonly PointInfo[],
  ctx: ScanContext,
): Promise<Map<string, Tags | undefined>> {
  return readPointTags(
    { backup: ctx.aws.backup(own.role, own.region), tagging: ctx.aws.tagging(own.role, own.region) },
    points.map((p) => p.arn),
  );
}

/**
 * A point's ownership as just read live; true when it changed. A point whose tags no longer name
 * this plan leaves the group (counted as not ours, or unowned).
 */
function applyLive(
  d: Deciding,
  p: PointInfo,
  tags: Tags | undefined,
  stale: string,
  gc: GroupContext,
): boolean {
  const { scan, ctx } = gc;
  scan.source.set(p.arn, 'aws');
  const now = parseOwnership(tags);
  if (now && p.ownership && sameOwnership(now, p.ownership)) return false;
  ctx.catalog.forget(scan.key, p.arn);
  scan.notes.push(stale);
  p.ownership = now;
  if (now && now.namespace === d.namespace && now.plan === d.g.planId) {
    ctx.catalog.remember(scan.key, p.arn, now);
  } else {
    d.g.points = d.g.points.filter((x) => x.arn !== p.arn);
    if (now) scan.notOurs++;
    else scan.unowned++;
  }
  return true;
}

/** The legal holds of the vault's account and region as its role sees them, read once per run. */
function legalHoldsFor(vault: VaultRef, ctx: ScanContext): Promise<LegalHolds> {
  const holdKey = `${vault.account}/${vault.region}/${vault.role}`;
  let holds = ctx.memo.holds.get(holdKey);
  if (!holds)
    ctx.memo.holds.set(holdKey, (holds = readLegalHolds(ctx.aws.backup(vault.role, vault.region), vault)));
  return holds;
}

/**
 * The resources the plan selects now, decided exactly as `backup` decides them (src/plan/selection.ts).
 * Resources carrying reserved tags count as selected: their points are set aside as such, not as
 * orphans. Resources the Tagging API still lists after deletion count as selected too: their points
 * stay under the plan's retention.
 */
function planSelection(plan: Plan, ctx: ScanContext): Promise<Set<string>> {
  let found = ctx.memo.selections.get(plan.id);
  if (!found) {
    found = matchSelectors(ctx.aws.tagging(plan.aws.role, plan.aws.region), plan).then((matches) => {
      // Each match comes with its whole tag set, read now: prefetchResourceTags need not ask again.
      for (const r of [...matches.explicit, ...matches.tagged.flatMap((t) => t.resources)])
        if (r.tags && !ctx.memo.resourceTags.has(r.arn))
          ctx.memo.resourceTags.set(r.arn, Promise.resolve(r.tags));
      const selection = selectResources(plan, matches);
      return new Set([...selection.resources.map((r) => r.arn), ...selection.reserved.map((r) => r.arn)]);
    });
    ctx.memo.selections.set(plan.id, found);
  }
  return found;
}

/**
 * The resources' own tags through the Tagging API (in each resource's region, with its plan's role,
 * 100 ARNs a call), memoized per run in `ctx.memo.resourceTags` (where the plans' selections have
 * already put the tags of every resource they matched).
 */
async function prefetchResourceTags(
  items: readonly { resourceArn: string; planId?: string }[],
  vault: VaultRef,
  ctx: ScanContext,
): Promise<void> {
  const batches = new Map<string, { role: string; region: string; arns: Set<string> }>();
  for (const { resourceArn, planId } of items) {
    if (ctx.memo.resourceTags.has(resourceArn)) continue;
    const plan = planId ? ctx.plans.get(planId)?.plan : undefined;
    const role = plan?.aws.role ?? vault.role;
    const region = parseArn(resourceArn)?.region || plan?.aws.region || vault.region;
    const k = `${role}\n${region}`;
    let b = batches.get(k);
    if (!b) batches.set(k, (b = { role, region, arns: new Set() }));
    b.arns.add(resourceArn);
  }
  const fetched: Promise<Tags | undefined>[] = [];
  for (const b of batches.values()) {
    const arns = [...b.arns];
    const all = tagsByArn(ctx.aws.tagging(b.role, b.region), arns);
    for (const arn of arns) {
      const tags = all.then((m) => m.get(arn));
      ctx.memo.resourceTags.set(arn, tags);
      fetched.push(tags);
    }
  }
  await Promise.all(fetched);
}
