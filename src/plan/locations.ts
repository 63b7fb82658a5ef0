// Where a plan keeps recovery points: its source vault and every copy destination of its rules, each
// with the role that reaches it and the service role AWS Backup restores with there. Pure.
import type { Plan } from './model.js';

export interface PointLocation {
  account: string;
  region: string;
  vault: string;
  /** The role the tool assumes to read and restore there. */
  role: string;
  /** IamRoleArn for StartRestoreJob in that account. */
  backupRole: string;
  kind: 'source' | 'copy';
}

export const locationLabel = (l: PointLocation) => `${l.vault} (${l.account}/${l.region})`;

/** The plan's backupRole, moved to another account under the same name (the role must exist there). */
function backupRoleIn(plan: Plan, account: string): string {
  return plan.aws.backupRole.replace(/^(arn:[^:]+:iam::)\d{12}(:)/, `$1${account}$2`);
}

export function pointLocations(plan: Plan): PointLocation[] {
  const out: PointLocation[] = [
    {
      account: plan.aws.account,
      region: plan.aws.region,
      vault: plan.vault,
      role: plan.aws.role,
      backupRole: plan.aws.backupRole,
      kind: 'source',
    },
  ];
  for (const rule of plan.rules)
    for (const c of rule.copyTo) {
      // A destination in another account is reachable only through its own role.
      if (c.account !== plan.aws.account && !c.role) continue;
      const loc: PointLocation = {
        account: c.account,
        region: c.region,
        vault: c.vault,
        role: c.role ?? plan.aws.role,
        backupRole: backupRoleIn(plan, c.account),
        kind: 'copy',
      };
      if (!out.some((l) => l.account === loc.account && l.region === loc.region && l.vault === loc.vault))
        out.push(loc);
    }
  return out;
}

/** Skipped destinations, for the report: other accounts without a role to reach them. */
export function unreachableCopyVaults(plan: Plan): string[] {
  return plan.rules.flatMap((r) =>
    r.copyTo
      .filter((c) => c.account !== plan.aws.account && !c.role)
      .map((c) => `${c.vault} (${c.account}/${c.region}): no role in the plan to reach it`),
  );
}
