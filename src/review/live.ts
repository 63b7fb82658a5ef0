// Live impact: what the change does to the recovery points that exist now. Prune's own planning runs
// twice in dry-run mode, under the base plans and under the head plans, with a read-only role standing
// in for every role the plans name; this module holds the pure parts: which role reads which account,
// the plans rewritten to read through it, and the two dry runs compared per plan.
//
// Only counts leave this module (no ARNs): how many points the next prune would remove under each
// policy, and how many the head would leave unpruned (orphaned, of another namespace, or in a vault it
// no longer keeps points in).
import type { Plan } from '../plan/model.js';
import type { PruneRunBody } from '../report/prune.js';

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/([\w+=,.@/-]{1,512})$/;
const ROLE_NAME = /^[\w+=,.@/-]{1,512}$/;

/** Which read-only role reads an account: a role name exists in every account, an ARN in its own only. */
export type ReaderRoles = (account: string) => string | undefined;

/** The `review-role` input: a role name (then `arn:<partition>:iam::<account>:role/<name>` per account) or one role ARN. */
export function parseReviewRole(value: string, partition = 'aws'): ReaderRoles {
  const text = value.trim();
  const arn = ROLE_ARN.exec(text);
  if (arn) return (account) => (account === arn[2] ? text : undefined);
  if (!ROLE_NAME.test(text) || text.startsWith('arn:'))
    throw new Error(
      `review-role: expected an IAM role name (e.g. backup-plans-review) or a role ARN, got "${text}"`,
    );
  const name = text.replace(/^\/+/, '');
  return (account) => `arn:${partition}:iam::${account}:role/${name}`;
}

/**
 * The plan as the read-only role sees it: its role, and every copy destination's, replaced by the
 * reader of that account. Destinations in accounts without a reader are left out (named in `skipped`);
 * a plan whose own account has none is not read at all.
 */
export function readerPlan(
  plan: Plan,
  readers: ReaderRoles,
): { plan?: Plan; skipped: { account: string; vault: string }[] } {
  const own = readers(plan.aws.account);
  if (!own) return { skipped: [{ account: plan.aws.account, vault: plan.vault }] };
  const skipped: { account: string; vault: string }[] = [];
  const rules = plan.rules.map((rule) => ({
    ...rule,
    copyTo: rule.copyTo.flatMap((c) => {
      const role = readers(c.account);
      if (!role) {
        skipped.push({ account: c.account, vault: c.vault });
        return [];
      }
      return [{ ...c, role }];
    }),
  }));
  return { plan: { ...plan, aws: { ...plan.aws, role: own }, rules }, skipped };
}

/** One plan's existing points, judged by the next prune under each side's policy. */
export interface LivePlanImpact {
  plan: string;
  /** Distinct points of the plan either side found (judged or orphaned). */
  points: number;
  /** Under the base plans; null when the plan is not in the base. */
  before: LiveSide | null;
  /** Under the head plans; null when the head removes the plan. */
  after: LiveSide | null;
  /** Points the base judges that the head leaves unpruned: orphaned, of another namespace, or in a vault it no longer keeps points in. */
  leftUnpruned: number;
}

export interface LiveSide {
  /** Points the next prune would remove (over as many runs as max-deletions needs). */
  remove: number;
  /** Points the policy would remove that a guard keeps (newest point, vault lock, legal hold). */
  guarded: number;
  /** Points of the plan that prune reports as orphans and never deletes. */
  orphans: number;
}

export type LiveImpact =
  | { computed: false; reason: string }
  | {
      computed: true;
      /** The read-only role input, as given. */
      role: string;
      plans: LivePlanImpact[];
      /** Vaults or accounts that could not be read: the counts leave them out. */
      problems: string[];
    };

interface SideFacts {
  judged: Set<string>;
  orphans: Set<string>;
  remove: number;
  guarded: number;
}

function sideFacts(body: PruneRunBody, planId: string): SideFacts {
  const facts: SideFacts = { judged: new Set(), orphans: new Set(), remove: 0, guarded: 0 };
  for (const v of body.vaults) {
    for (const g of v.groups)
      if (g.plan === planId)
        for (const p of g.points) {
          facts.judged.add(p.arn);
          if (p.outcome === 'would-delete') facts.remove++;
          if (p.outcome === 'guarded') facts.guarded++;
        }
    for (const o of v.orphans) if (o.plan === planId) facts.orphans.add(o.arn);
  }
  return facts;
}

/** The two dry runs compared for the plans that changed. */
export function compareLive(input: {
  role: string;
  plans: readonly string[];
  base: PruneRunBody;
  head: PruneRunBody;
  /** Plan ids present on each side. */
  inBase: ReadonlySet<string>;
  inHead: ReadonlySet<string>;
  problems: string[];
}): LiveImpact {
  const plans = [...input.plans].sort().map((id): LivePlanImpact => {
    const before = sideFacts(input.base, id);
    const after = sideFacts(input.head, id);
    const all = new Set([...before.judged, ...before.orphans, ...after.judged, ...after.orphans]);
    const headJudges = after.judged;
    let leftUnpruned = 0;
    for (const arn of before.judged) if (!headJudges.has(arn)) leftUnpruned++;
    const side = (f: SideFacts): LiveSide => ({
      remove: f.remove,
      guarded: f.guarded,
      orphans: f.orphans.size,
    });
    return {
      plan: id,
      points: all.size,
      before: input.inBase.has(id) ? side(before) : null,
      after: input.inHead.has(id) ? side(after) : null,
      leftUnpruned,
    };
  });
  const problems = [...input.problems, ...input.base.errors, ...input.head.errors];
  return { computed: true, role: input.role, plans, problems: [...new Set(problems)] };
}
