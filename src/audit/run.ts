// `audit`: read what the controls need from AWS for one plan, then evaluate them (controls.ts).
// Read-only: vaults and their points, restore jobs, the Tagging API, AWS Backup's own plans.
import {
  listRestoreJobsSince,
  readAuditVault,
  readAwsBackupSelections,
  type AwsBackupSelection,
  type ObservedRestoreJob,
} from '../aws/audit.js';
import type { AwsContext } from '../aws/clients.js';
import { findResourcesByTags, matchSelectors } from '../aws/resources.js';
import { describeAwsError } from '../aws/retry.js';
import type { Plan } from '../plan/model.js';
import { MS_PER_MINUTE } from '../time/calendar.js';
import { describeSelector, selectResources } from '../plan/selection.js';
import {
  evaluateControls,
  type ControlResult,
  type CopyDestinationReading,
  type VaultReading,
} from './controls.js';

export interface PlanAudit {
  plan: string;
  controls: ControlResult[];
  failed: number;
}

export interface AuditDeps {
  aws: AwsContext;
  now: () => Date;
  /** Every resource the repository's other plans select (asked only when a tagged resource is not selected here). */
  protectedByOtherPlans: () => Promise<Set<string>>;
}

async function reading(read: () => ReturnType<typeof readAuditVault>): Promise<VaultReading> {
  try {
    return { ok: true, vault: await read() };
  } catch (error) {
    return { ok: false, error: describeAwsError(error) };
  }
}

export async function auditPlan(plan: Plan, namespace: string, deps: AuditDeps): Promise<PlanAudit> {
  const { aws } = deps;
  const backup = aws.backup(plan.aws.role, plan.aws.region);
  const tagging = aws.tagging(plan.aws.role, plan.aws.region);
  const matches = await matchSelectors(tagging, plan);
  const selection = selectResources(plan, matches);
  const tagsOf = new Map<string, Record<string, string>>();
  for (const e of matches.explicit) if (e.tags) tagsOf.set(e.arn, e.tags);
  for (const t of matches.tagged) for (const r of t.resources) tagsOf.set(r.arn, r.tags);
  const resources = selection.resources.map((r) => ({ arn: r.arn, tags: tagsOf.get(r.arn) ?? {} }));

  const source = await reading(() => readAuditVault({ backup, tagging }, plan.vault));
  const copies: CopyDestinationReading[] = [];
  const cache = new Map<string, Promise<VaultReading>>();
  for (const rule of plan.rules)
    for (const c of rule.copyTo) {
      const role = c.role ?? (c.account === plan.aws.account ? plan.aws.role : undefined);
      const key = `${c.account}/${c.region}/${c.vault}`;
      let r = cache.get(key);
      if (!r) {
        r = role
          ? reading(() =>
              readAuditVault(
                { backup: aws.backup(role, c.region), tagging: aws.tagging(role, c.region) },
                c.vault,
              ),
            )
          : Promise.resolve({ ok: false, error: 'no role in the plan reaches this account' } as const);
        cache.set(key, r);
      }
      copies.push({
        rule: rule.name,
        account: c.account,
        region: c.region,
        vault: c.vault,
        retain: c.retain,
        reading: await r,
      });
    }

  // Drill evidence: restore jobs over the longest drill interval of the plan.
  const drillMinutes = Math.max(0, ...plan.rules.map((r) => r.drill?.everyMinutes ?? 0));
  let restoreJobs: ObservedRestoreJob[] | undefined;
  if (drillMinutes > 0)
    restoreJobs = await listRestoreJobsSince(
      backup,
      new Date(deps.now().getTime() - drillMinutes * MS_PER_MINUTE),
    );

  // Coverage: each tag selector's tags, whatever the type.
  const tagMatches: { via: string; arns: string[] }[] = [];
  for (const s of plan.resources.include)
    if ('tags' in s)
      tagMatches.push({
        via: describeSelector(s.tags, undefined),
        arns: (await findResourcesByTags(tagging, s.tags, undefined)).map((r) => r.arn),
      });
  const selectedHere = new Set(resources.map((r) => r.arn));
  const protectedByPlans = tagMatches.some((m) => m.arns.some((a) => !selectedHere.has(a)))
    ? await deps.protectedByOtherPlans()
    : new Set<string>();

  let awsSelections: AwsBackupSelection[] = [];
  const extra: ControlResult[] = [];
  try {
    awsSelections = await readAwsBackupSelections(backup);
  } catch (error) {
    extra.push({
      control: 'double-protection',
      status: 'fail',
      evidence: `AWS Backup plans not readable: ${describeAwsError(error)}`,
    });
  }

  const controls = [
    ...evaluateControls({
      plan,
      namespace,
      now: deps.now(),
      resources,
      source,
      copies,
      ...(restoreJobs ? { restoreJobs } : {}),
      tagMatches,
      protectedByPlans,
      awsSelections,
    }),
    ...extra,
  ];
  return { plan: plan.id, controls, failed: controls.filter((c) => c.status === 'fail').length };
}

/** The resources a plan selects now (for the "protected by some plan" set). */
export async function selectedResources(plan: Plan, aws: AwsContext): Promise<string[]> {
  const matches = await matchSelectors(aws.tagging(plan.aws.role, plan.aws.region), plan);
  return selectResources(plan, matches).resources.map((r) => r.arn);
}
