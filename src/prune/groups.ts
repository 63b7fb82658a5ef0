// The pure steps of scanning one vault between its reads: which points are set aside because their
// resource carries reserved tags, which groups (plan × resource) are decided, which kept points a
// removal rests on without live proof, and the vault's notes. No I/O.
import { foreignCopiesNote, type Classified } from './classify.js';
import { expiredNote } from './expired.js';
import type { PointDecision, PointInfo } from './model.js';

export interface Group {
  planId: string;
  resourceArn: string;
  points: PointInfo[];
}

/** Points of ours per resource that carries reserved tags (such resources could fake ownership). */
export function reservedCounts(
  ours: Classified['ours'],
  isReserved: (resourceArn: string) => boolean,
): Map<string, number> {
  const reserved = new Map<string, number>();
  for (const { point } of ours)
    if (isReserved(point.resourceArn))
      reserved.set(point.resourceArn, (reserved.get(point.resourceArn) ?? 0) + 1);
  return reserved;
}

/** Orphans outside reserved resources (reported, never pruned). */
export function orphansOf(ours: Classified['ours'], reserved: ReadonlyMap<string, number>): PointDecision[] {
  return ours.flatMap((o) => (o.orphan && !reserved.has(o.point.resourceArn) ? [o.orphan] : []));
}

/** The points a plan judges, per (plan, resource), outside reserved resources; in first-seen order. */
export function groupsOf(ours: Classified['ours'], reserved: ReadonlyMap<string, number>): Group[] {
  // Per plan, then per resource: no joined key string per point.
  const byPlan = new Map<string, Map<string, Group>>();
  const groups: Group[] = [];
  for (const { point, planId } of ours) {
    if (!planId || reserved.has(point.resourceArn)) continue;
    let byResource = byPlan.get(planId);
    if (!byResource) byPlan.set(planId, (byResource = new Map<string, Group>()));
    let g = byResource.get(point.resourceArn);
    if (!g) {
      byResource.set(point.resourceArn, (g = { planId, resourceArn: point.resourceArn, points: [] }));
      groups.push(g);
    }
    g.points.push(point);
  }
  return groups;
}

/**
 * Kept points whose ownership came from the catalog, when the decision removes anything: which
 * points a policy removes depends only on which it keeps, so these must be proven live first.
 */
export function keptOnCatalogWord(
  decisions: readonly PointDecision[],
  source: (arn: string) => 'catalog' | 'aws' | undefined,
): PointInfo[] {
  if (!decisions.some((d) => d.kind === 'remove')) return [];
  return decisions
    .filter((d) => d.kind === 'keep' || d.kind === 'shorten')
    .map((d) => d.point)
    .filter((p) => source(p.arn) === 'catalog');
}

/** Unreadable holds guard every point, but as "unreadable", not as holds that may not exist. */
export function withUnreadableHolds(decisions: PointDecision[], unreadable: boolean): PointDecision[] {
  if (!unreadable) return decisions;
  return decisions.map((d) =>
    d.kind === 'guarded' && d.guard === 'legal-hold' ? { ...d, guard: 'holds-unreadable' } : d,
  );
}

/** The vault's notes: legal holds, EXPIRED points of ours, copies someone else made. */
export function vaultNotes(holdNotes: readonly string[], classified: Classified): string[] {
  const expired = expiredNote(classified.ours.map((o) => o.point).filter((p) => p.status === 'EXPIRED'));
  return [
    ...holdNotes,
    ...(expired ? [expired] : []),
    ...[...classified.foreignCopies]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([plan, n]) => foreignCopiesNote(plan, n)),
  ];
}

/** Groups in report order: by plan, then resource. */
export function byPlanAndResource(a: Group | { planId: string; resourceArn: string }, b: typeof a): number {
  return a.planId + a.resourceArn < b.planId + b.resourceArn ? -1 : 1;
}
