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
import { readLegalHolds, type LegalHolds } from '../aws/legal-holds.js';
import { tagsByArn } from '../aws/pagination.js';
import { readPointTags, type Tags } from '../aws/point-tags.js';
import { matchSelectors } from '../aws/resources.js';
import type { Plan } from '../plan/model.js';
import { selectResources } from '../plan/selection.js';
import { parseArn } from '../plan/resource-types.js';
import type { Catalog } from './catalog.js';
import { decideGroup } from './decide.js';
import {
  vaultKey,
  type Ownership,
  type PointDecision,
  type PointInfo,
  type VaultLock,
  type VaultRef,
} from './model.js';
import { hasReservedTags, parseOwnership, vaultLockOf } from './ownership.js';
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
  const { vault } = target;
  const key = vaultKey(vault);
  const backup = ctx.aws.backup(vault.role, vault.region);
  const tagging = ctx.aws.tagging(vault.role, vault.region);
  const points: PointInfo[] = await listVaultPoints(backup, vault.vault);
  ctx.catalog.listed(key);

  // Ownership: catalog hits first, AWS for the rest.
  const source = new Map<string, 'catalog' | 'aws'>();
  const ownership = new Map<string, Ownership | undefined>();
  const toRead: string[] = [];
  for (const p of points) {
    const cached = ctx.catalog.lookup(key, p.arn);
    if (cached && ctx.namespaces.has(cached.namespace)) {
      ownership.set(p.arn, cached);
      source.set(p.arn, 'catalog');
    } else toRead.push(p.arn);
  }
  const read = await readPointTags({ backup, tagging }, toRead);
  for (const arn of toRead) {
    ownership.set(arn, parseOwnership(read.get(arn)));
    source.set(arn, 'aws');
  }
  for (const p of points) p.ownership = ownership.get(p.arn);

  const lock = vaultLockOf(await describeVault(backup, vault.vault));
  const holds = await legalHoldsFor(vault, ctx);

  const scan: VaultScan = {
    vault,
    lock,
    listed: points.length,
    groups: [],
    orphans: [],
    reservedResources: [],
    unowned: 0,
    notOurs: 0,
    notes: [...holds.notes],
    source,
    key,
  };

  // Which points are ours, per plan; which are orphans of a plan gone from the folder.
  const ours: { point: PointInfo; planId?: string; orphan?: PointDecision }[] = [];
  for (const p of points) {
    const o = p.ownership;
    if (!o) {
      scan.unowned++;
      continue;
    }
    if (!ctx.namespaces.has(o.namespace)) {
      scan.notOurs++;
      continue;
    }
    const entry = target.plans.get(o.plan);
    if (entry && entry.namespace === o.namespace) {
      ours.push({ point: p, planId: o.plan });
      continue;
    }
    const loaded = ctx.plans.get(o.plan);
    if (loaded && loaded.namespace === o.namespace) {
      ours.push({
        point: p,
        orphan: {
          kind: 'orphan',
          point: p,
          orphan: 'destination-gone',
          reasons: [`plan ${o.plan} no longer keeps points in this vault`],
        },
      });
    } else if (!ctx.folderPlanIds.has(o.plan)) {
      ours.push({
        point: p,
        orphan: {
          kind: 'orphan',
          point: p,
          orphan: 'plan-gone',
          reasons: [`plan ${o.plan} is no longer in the folder`],
        },
      });
    } else scan.notOurs++; // its plan file exists but is not judged this run (filtered out or invalid)
  }

  const expired = ours.filter((o) => o.point.status === 'EXPIRED').length;
  if (expired > 0)
    scan.notes.push(
      `${expired} point(s) of ours are EXPIRED: AWS could not delete them, usually because the role lacks ` +
        'iam:CreateServiceLinkedRole; prune leaves them alone; delete them once the permission is granted',
    );

  // Resources carrying reserved tags themselves could fake ownership: never prune their points.
  await prefetchResourceTags(
    ours.map((o) => ({ resourceArn: o.point.resourceArn, planId: o.planId })),
    vault,
    ctx,
  );
  const reserved = new Map<string, number>();
  for (const { point } of ours) {
    if (hasReservedTags(await ctx.memo.resourceTags.get(point.resourceArn))) {
      reserved.set(point.resourceArn, (reserved.get(point.resourceArn) ?? 0) + 1);
    }
  }
  scan.reservedResources = [...reserved].map(([resourceArn, n]) => ({ resourceArn, points: n }));
  for (const item of ours) {
    if (reserved.has(item.point.resourceArn)) continue;
    if (item.orphan) scan.orphans.push(item.orphan);
  }
  for (const item of ours)
    if (
      !reserved.has(item.point.resourceArn) &&
      item.planId &&
      source.get(item.point.arn) === 'aws' &&
      item.point.ownership
    )
      ctx.catalog.remember(key, item.point.arn, item.point.ownership);

  // Per plan and resource: decide.
  const byGroup = new Map<string, { planId: string; resourceArn: string; points: PointInfo[] }>();
  for (const { point, planId } of ours) {
    if (!planId || reserved.has(point.resourceArn)) continue;
    const k = `${planId}\n${point.resourceArn}`;
    let g = byGroup.get(k);
    if (!g) byGroup.set(k, (g = { planId, resourceArn: point.resourceArn, points: [] }));
    g.points.push(point);
  }
  const byArn = new Map(points.map((p) => [p.arn, p]));
  for (const g of byGroup.values()) {
    const entry = target.plans.get(g.planId)!;
    // The plan's own role reads (and later deletes) its points, whichever role listed the vault.
    const own = entry.vault;
    const ownClients = {
      backup: ctx.aws.backup(own.role, own.region),
      tagging: ctx.aws.tagging(own.role, own.region),
    };
    const ownHolds = own.role === vault.role ? holds : await legalHoldsFor(own, ctx);
    for (const n of ownHolds.notes) if (!scan.notes.includes(n)) scan.notes.push(n);
    /** Re-read these points' ownership live with the plan's role; true when any of it changed. */
    const reread = async (list: PointInfo[], stale: (arn: string) => string): Promise<boolean> => {
      const live = await readPointTags(
        ownClients,
        list.map((p) => p.arn),
      );
      let changed = false;
      for (const p of list) {
        source.set(p.arn, 'aws');
        const now = parseOwnership(live.get(p.arn));
        const before = p.ownership;
        if (
          now &&
          before &&
          now.namespace === before.namespace &&
          now.plan === before.plan &&
          now.rules.join(',') === before.rules.join(',')
        )
          continue;
        changed = true;
        ctx.catalog.forget(key, p.arn);
        scan.notes.push(stale(p.arn));
        if (now && now.namespace === entry.namespace && now.plan === g.planId) {
          p.ownership = now;
          ctx.catalog.remember(key, p.arn, now);
        } else {
          // No longer this plan's point: out of the group (counted as not ours).
          g.points = g.points.filter((x) => x.arn !== p.arn);
          p.ownership = now;
          if (now) scan.notOurs++;
          else scan.unowned++;
        }
      }
      return changed;
    };
    if (own.role !== vault.role)
      await reread(
        g.points,
        (arn) =>
          `${arn}: its tags read with ${own.role} differ from those read with ${vault.role}; decided on the former`,
      );
    const selected = await planSelection(entry.plan, ctx);
    const decide = () =>
      decideGroup({
        points: g.points,
        slots: entry.slots,
        planRules: new Set(entry.plan.rules.map((r) => r.name)),
        resourceSelected: selected.has(g.resourceArn),
        now: ctx.now,
        lock,
        held: (arn) => {
          const p = byArn.get(arn);
          return p ? ownHolds.heldBecause(p, vault.vault) : true;
        },
        applyRetentionToExisting: ctx.applyRetentionToExisting,
      });
    let decisions = decide();
    // Verify the basis of any removal: kept points known only from the catalog are re-read live.
    for (;;) {
      if (!decisions.some((d) => d.kind === 'remove')) break;
      const unverified = decisions
        .filter((d) => d.kind === 'keep' || d.kind === 'shorten')
        .map((d) => d.point)
        .filter((p) => source.get(p.arn) === 'catalog');
      if (unverified.length === 0) break;
      const changed = await reread(
        unverified,
        (arn) => `catalog entry of ${arn} was stale; decided on its live tags`,
      );
      if (!changed) break;
      decisions = decide();
    }
    scan.groups.push({ planId: g.planId, resourceArn: g.resourceArn, vault: own, decisions });
  }
  scan.groups.sort((a, b) => (a.planId + a.resourceArn < b.planId + b.resourceArn ? -1 : 1));
  return scan;
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
      const selection = selectResources(plan, matches);
      return new Set([...selection.resources.map((r) => r.arn), ...selection.reserved.map((r) => r.arn)]);
    });
    ctx.memo.selections.set(plan.id, found);
  }
  return found;
}

/**
 * The resources' own tags through the Tagging API (in each resource's region, with its plan's role,
 * 100 ARNs a call), memoized per run in `ctx.memo.resourceTags`.
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
  for (const b of batches.values()) {
    const arns = [...b.arns];
    const all = tagsByArn(ctx.aws.tagging(b.role, b.region), arns);
    for (const arn of arns)
      ctx.memo.resourceTags.set(
        arn,
        all.then((m) => m.get(arn)),
      );
  }
  await Promise.all(
    [...batches.values()].flatMap((b) => [...b.arns].map((a) => ctx.memo.resourceTags.get(a))),
  );
}
