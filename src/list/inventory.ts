// `list`: the recovery points of a plan, per resource and vault, with why each one is kept (the
// retention engine's reasons for `keep` rules, the AWS lifecycle for `days` rules) and how old each
// resource's newest point is against its schedule. Pure: vault contents and "now" in, rows out.
import type { InventoryPoint, VaultInventory } from '../aws/inventory.js';
import { locationLabel, type PointLocation } from '../plan/locations.js';
import type { Plan, Retention, Rule } from '../plan/model.js';
import { applyRetention } from '../retention/engine.js';
import type { ListedPoint, PlanInventory, ResourceFreshness } from '../report/list.js';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../time/calendar.js';
import { latestSlot } from '../time/cron.js';

export type { ListedPoint, PlanInventory, ResourceFreshness };

export interface LocationContents {
  location: PointLocation;
  inventory: VaultInventory;
}

/** Rules named on a point's ownership tags when they are this plan's (both `+` and the older `,`). */
function planRules(plan: Plan, namespace: string, tags: Record<string, string> | undefined): string[] {
  if (!tags || tags['backup-plans:plan'] !== plan.id || tags['backup-plans:namespace'] !== namespace)
    return [];
  return (tags['backup-plans:rules'] ?? '')
    .split(/[+,]/)
    .map((r) => r.trim())
    .filter((r) => plan.rules.some((x) => x.name === r));
}

/** The retention that applies to a rule's points in this location. */
function retentionAt(rule: Rule, location: PointLocation): Retention | undefined {
  if (location.kind === 'source') return rule.retain;
  return rule.copyTo.find(
    (c) => c.account === location.account && c.region === location.region && c.vault === location.vault,
  )?.retain;
}

export function planInventory(
  plan: Plan,
  namespace: string,
  contents: LocationContents[],
  now: Date,
): PlanInventory {
  const points: ListedPoint[] = [];
  const notes: string[] = [];
  for (const { location, inventory } of contents) {
    const vault = locationLabel(location);
    const rows = new Map<string, ListedPoint>();
    for (const p of inventory.points) {
      const rules = planRules(plan, namespace, p.tags);
      rows.set(p.arn, {
        arn: p.arn,
        resource: p.resourceArn,
        vault,
        kind: location.kind,
        created: p.creationDate.toISOString(),
        ageHours: Math.max(0, Math.round((now.getTime() - p.creationDate.getTime()) / MS_PER_HOUR)),
        sizeBytes: p.sizeBytes,
        status: p.status,
        storageClass: p.coldAt && p.coldAt.getTime() <= now.getTime() ? 'COLD' : 'WARM',
        locked: inventory.locked,
        legalHold: p.legalHold,
        expires: p.deleteAt?.toISOString(),
        rules,
        reasons:
          p.tags === undefined
            ? ['tags unreadable for this type: not this plan to prune']
            : rules.length === 0
              ? ['not this plan’s: never pruned by it']
              : [],
      });
    }
    for (const rule of plan.rules) {
      const retain = retentionAt(rule, location);
      if (!retain) continue;
      const mine = inventory.points.filter((p) => rows.get(p.arn)!.rules.includes(rule.name));
      if (retain.keep) {
        // Per resource, the engine over the completed points, as prune decides.
        const byResource = new Map<string, InventoryPoint[]>();
        for (const p of mine.filter((x) => x.status === 'COMPLETED')) {
          const list = byResource.get(p.resourceArn);
          if (list) list.push(p);
          else byResource.set(p.resourceArn, [p]);
        }
        for (const group of byResource.values()) {
          const decision = applyRetention(
            group.map((p) => ({ id: p.arn, created: p.creationDate })),
            retain.keep,
            { timezone: rule.timezone },
          );
          for (const k of decision.keep)
            rows.get(k.point.id)!.reasons.push(`${rule.name}: ${k.reasons.join(', ')}`);
          for (const r of decision.remove)
            rows.get(r.id)!.reasons.push(`${rule.name}: kept by no tier of keep; the next prune removes it`);
        }
      } else if (retain.days !== undefined) {
        for (const p of mine)
          rows
            .get(p.arn)!
            .reasons.push(
              `${rule.name}: retain.days ${retain.days}${p.deleteAt ? `, AWS deletes it at ${p.deleteAt.toISOString()}` : ''}`,
            );
      }
    }
    for (const row of rows.values()) {
      if (row.legalHold) row.reasons.push('legal hold: nothing deletes it while held');
      if (row.locked) row.reasons.push('vault lock: only its lifecycle removes it');
      points.push(row);
    }
  }
  points.sort(
    (a, b) =>
      a.resource.localeCompare(b.resource) ||
      a.vault.localeCompare(b.vault) ||
      b.created.localeCompare(a.created),
  );
  return { plan: plan.id, points, freshness: freshness(plan, points, now), notes };
}

/** Per resource and rule: the newest completed point in the source vault against the schedule. */
function freshness(plan: Plan, points: ListedPoint[], now: Date): ResourceFreshness[] {
  const out: ResourceFreshness[] = [];
  const resources = [...new Set(points.filter((p) => p.rules.length > 0).map((p) => p.resource))].sort();
  for (const resource of resources)
    for (const rule of plan.rules) {
      const newest = points.find(
        (p) =>
          p.resource === resource &&
          p.kind === 'source' &&
          p.status === 'COMPLETED' &&
          p.rules.includes(rule.name),
      );
      // A slot counts as missed once its start window (plus an hour to finish) has passed.
      const slot = latestSlot(
        rule.schedule,
        rule.timezone,
        new Date(now.getTime() - (rule.startWithinMinutes + 60) * MS_PER_MINUTE),
      );
      const status = !newest ? 'none' : slot && Date.parse(newest.created) < slot.getTime() ? 'behind' : 'ok';
      out.push({
        resource,
        rule: rule.name,
        newest: newest?.created,
        newestAgeHours: newest?.ageHours,
        expectedSlot: slot?.toISOString(),
        status,
      });
    }
  return out;
}
