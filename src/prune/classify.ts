// Whose is each point of a vault, from its ownership tags alone. Pure: the scan brings the points
// with the ownership it read (catalog or AWS) and the plans of this run.
//
// A copy carries its source point's tags (AWS "Copying tags onto backups"), so a copy of our point
// that someone else made (an Organizations backup policy, a person in the console) names our plan
// too. Only the `backup-plans:copy-job` marker, which `backup` writes with the ownership tags once
// its own copy job completed, makes a copy ours. A point is a copy when AWS says it was copied from
// another vault (SourceBackupVaultArn), or when the plan only copies into this vault.
import type { PointDecision, PointInfo, PolicySlot } from './model.js';

export type PointClass =
  /** No ownership tags (or of a type that cannot carry them). */
  | { kind: 'unowned' }
  /** Another namespace, or a plan this run does not judge (filtered out or invalid). */
  | { kind: 'not-ours' }
  /** Names a plan of ours but is a copy without our marker: someone else's (or its tagging failed). */
  | { kind: 'foreign-copy'; plan: string }
  /** Judged by `planId`'s retention in this vault. */
  | { kind: 'ours'; planId: string }
  /** Ours, but its plan no longer keeps points here: reported, never pruned. */
  | { kind: 'orphan'; decision: PointDecision & { kind: 'orphan' } };

export interface ClassifyContext {
  /** Namespaces of the plans this run judges. */
  namespaces: ReadonlySet<string>;
  /** Plans keeping points in this vault, with their slots here. */
  vaultPlans: ReadonlyMap<string, { namespace: string; slots: readonly PolicySlot[] }>;
  /** Valid plans this run judges, by id. */
  plans: ReadonlyMap<string, { namespace: string }>;
  /** Ids of every plan file in the folder, valid or not. */
  folderPlanIds: ReadonlySet<string>;
}

export function classifyPoint(point: PointInfo, ctx: ClassifyContext): PointClass {
  const o = point.ownership;
  if (!o) return { kind: 'unowned' };
  if (!ctx.namespaces.has(o.namespace)) return { kind: 'not-ours' };
  const entry = ctx.vaultPlans.get(o.plan);
  const ourPlan = entry !== undefined && entry.namespace === o.namespace;
  const copyOnlyHere = ourPlan && entry.slots.every((s) => s.role === 'copy');
  if ((point.sourceVaultArn !== undefined || copyOnlyHere) && !o.copyJob)
    return { kind: 'foreign-copy', plan: o.plan };
  if (ourPlan) return { kind: 'ours', planId: o.plan };
  const loaded = ctx.plans.get(o.plan);
  if (loaded && loaded.namespace === o.namespace)
    return orphan(point, 'destination-gone', `plan ${o.plan} no longer keeps points in this vault`);
  if (!ctx.folderPlanIds.has(o.plan))
    return orphan(point, 'plan-gone', `plan ${o.plan} is no longer in the folder`);
  return { kind: 'not-ours' }; // its plan file exists but is not judged this run
}

function orphan(
  point: PointInfo,
  why: 'destination-gone' | 'plan-gone',
  reason: string,
): PointClass & { kind: 'orphan' } {
  return { kind: 'orphan', decision: { kind: 'orphan', point, orphan: why, reasons: [reason] } };
}

export interface Classified {
  /** Points of ours: judged by a plan (`planId`) or orphans (`orphan`). */
  ours: { point: PointInfo; planId?: string; orphan?: PointDecision }[];
  unowned: number;
  notOurs: number;
  /** Copies naming a plan of ours without our marker, per plan. */
  foreignCopies: Map<string, number>;
}

export function classifyPoints(points: readonly PointInfo[], ctx: ClassifyContext): Classified {
  const out: Classified = { ours: [], unowned: 0, notOurs: 0, foreignCopies: new Map() };
  for (const point of points) {
    const c = classifyPoint(point, ctx);
    switch (c.kind) {
      case 'unowned':
        out.unowned++;
        break;
      case 'not-ours':
        out.notOurs++;
        break;
      case 'foreign-copy':
        out.notOurs++;
        out.foreignCopies.set(c.plan, (out.foreignCopies.get(c.plan) ?? 0) + 1);
        break;
      case 'ours':
        out.ours.push({ point, planId: c.planId });
        break;
      case 'orphan':
        out.ours.push({ point, orphan: c.decision });
        break;
    }
  }
  return out;
}

/** The note for copies set aside as someone else's. */
export function foreignCopiesNote(plan: string, count: number): string {
  return (
    `${count} point(s) carry plan ${plan}'s ownership tags but are copies without the backup-plans:copy-job ` +
    'marker: made by someone else (an Organizations backup policy, the console), or copies of ours whose ' +
    'tagging failed; copies carry their source point tags, so prune leaves them to their own lifecycle'
  );
}
