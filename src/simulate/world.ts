// The world a simulation runs in when the user gives none: what the plans name, made to exist.
// Each explicit ARN is a resource, each tag selector gets three resources carrying its tags (of its
// `types`, in turn), and every vault, account and role the plans name exists. Sizes are a stated
// default, since the plans do not say how big their resources are.
import { createHash } from 'node:crypto';
import { DEFAULT_RESOURCE_GIB, RESOURCES_PER_SELECTOR } from '../cost/storage.js';
import type { Plan, Selector } from '../plan/model.js';
import { parseArn } from '../plan/resource-types.js';
import type { World, WorldResource, WorldVault } from '../simulator/index.js';

const hex = (seed: string, n: number) => createHash('sha256').update(seed).digest('hex').slice(0, n);

/** An ARN of the given type (as plan selectors name types), unique for `seed`. */
export function arnOfType(type: string, account: string, region: string, seed: string): string {
  const id = hex(seed, 17);
  switch (type) {
    case 'rds:db':
      return `arn:aws:rds:${region}:${account}:db:sim-${id.slice(0, 10)}`;
    case 'rds:cluster':
      return `arn:aws:rds:${region}:${account}:cluster:sim-${id.slice(0, 10)}`;
    case 'elasticfilesystem:file-system':
      return `arn:aws:elasticfilesystem:${region}:${account}:file-system/fs-${id}`;
    case 'dynamodb:table':
      return `arn:aws:dynamodb:${region}:${account}:table/sim-${id.slice(0, 10)}`;
    case 'ec2:instance':
      return `arn:aws:ec2:${region}:${account}:instance/i-${id}`;
    default:
      return `arn:aws:ec2:${region}:${account}:volume/vol-${id}`;
  }
}

function selectorResources(plan: Plan, selector: Selector, index: number): WorldResource[] {
  if ('arn' in selector) return [{ arn: selector.arn, sizeGiB: DEFAULT_RESOURCE_GIB }];
  const types = selector.types && selector.types.length > 0 ? selector.types : ['ec2:volume'];
  return Array.from({ length: RESOURCES_PER_SELECTOR }, (_, i) => ({
    arn: arnOfType(types[i % types.length]!, plan.aws.account, plan.aws.region, `${plan.id}/${index}/${i}`),
    tags: { ...selector.tags },
    sizeGiB: DEFAULT_RESOURCE_GIB,
  }));
}

/** A world holding what `plans` need; its clock starts at `start`. */
export function synthesizeWorld(plans: readonly Plan[], start: Date): World {
  const accounts = new Set<string>();
  const roles = new Set<string>();
  const vaults = new Map<string, WorldVault>();
  const resources = new Map<string, WorldResource>();
  const addVault = (account: string, region: string, name: string) => {
    accounts.add(account);
    vaults.set(`${account}/${region}/${name}`, { account, region, name });
  };
  for (const plan of plans) {
    addVault(plan.aws.account, plan.aws.region, plan.vault);
    roles.add(plan.aws.role);
    for (const rule of plan.rules)
      for (const copy of rule.copyTo) {
        addVault(copy.account, copy.region, copy.vault);
        if (copy.role) roles.add(copy.role);
      }
    const excluded = new Set(plan.resources.exclude);
    plan.resources.include.forEach((selector, index) => {
      for (const r of selectorResources(plan, selector, index))
        if (!excluded.has(r.arn) && !resources.has(r.arn)) {
          // S3 and other ARNs without account/region take the plan's.
          const parsed = parseArn(r.arn);
          if (parsed && (!parsed.account || !parsed.region))
            Object.assign(r, { account: plan.aws.account, region: plan.aws.region });
          resources.set(r.arn, r);
        }
    });
  }
  for (const role of roles) {
    const account = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(role)?.[1];
    if (account) accounts.add(account);
  }
  return {
    start: start.toISOString(),
    accounts: [...accounts],
    // No trust policy: the simulated STS accepts the simulation's stand-in ID token for any of them.
    roles: [...roles].map((arn) => ({ arn })),
    vaults: [...vaults.values()],
    resources: [...resources.values()],
  };
}
