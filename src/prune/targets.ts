// Which vaults prune looks into, and which retention applies there for which plan.
//
// A plan keeps points in its source vault (each rule's `retain`) and in every copy destination
// (`copyTo[].retain`, in that destination's account and region, reached through `copyTo.role` or the
// plan's role). Several plans may share a vault: the vault is listed once and every plan that keeps
// points there gets its own slots, so each point is judged by the plan its tags name, and its own
// role, so each plan's points are read and deleted with the credentials that plan was given.
import type { Plan } from '../plan/model.js';
import { vaultKey, type PolicySlot, type VaultRef } from './model.js';

export interface PlanInVault {
  plan: Plan;
  namespace: string;
  slots: PolicySlot[];
  /** The vault as this plan reaches it: with its own role, which reads and deletes its points. */
  vault: VaultRef;
}

export interface VaultTarget {
  /** The vault, with the role of the first plan keeping points here: it lists the vault. */
  vault: VaultRef;
  /** Plans keeping points here, by plan id. */
  plans: Map<string, PlanInVault>;
}

export function vaultTargets(plans: readonly { plan: Plan; namespace: string }[]): VaultTarget[] {
  const targets = new Map<string, VaultTarget>();
  const add = (vault: VaultRef, plan: Plan, namespace: string, slot: PolicySlot) => {
    const key = vaultKey(vault);
    let target = targets.get(key);
    if (!target) targets.set(key, (target = { vault, plans: new Map() }));
    let entry = target.plans.get(plan.id);
    if (!entry) target.plans.set(plan.id, (entry = { plan, namespace, slots: [], vault }));
    entry.slots.push(slot);
  };
  for (const { plan, namespace } of plans) {
    const source: VaultRef = {
      account: plan.aws.account,
      region: plan.aws.region,
      vault: plan.vault,
      role: plan.aws.role,
    };
    for (const rule of plan.rules) {
      add(source, plan, namespace, {
        rule: rule.name,
        timezone: rule.timezone,
        retain: rule.retain,
        role: 'source',
      });
      for (const copy of rule.copyTo) {
        const dest: VaultRef = {
          account: copy.account,
          region: copy.region,
          vault: copy.vault,
          // Same account: the plan's role can reach the other region too.
          role: copy.role ?? plan.aws.role,
        };
        add(dest, plan, namespace, {
          rule: rule.name,
          timezone: rule.timezone,
          retain: copy.retain,
          role: 'copy',
        });
      }
    }
  }
  return [...targets.values()];
}
