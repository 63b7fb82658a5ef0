// review's live impact: prune's planning (src/prune/run.ts) in dry-run mode over the existing recovery
// points, once under the base plans and once under the head plans, read through a read-only role.
// Loaded only when a read-only role is configured, so a review without one never loads the SDK.
//
// Nothing here can delete: dry run never reaches the executor, and the clients it is given for
// deleting or pacing deletions throw instead of calling AWS (test/e2e/review-live proves that no
// Delete*, Start*, Update*, Put* or Tag* call reaches AWS).
import { DeniedOperations } from '../aws/denied.js';
import { OIDC_AUDIENCE } from '../aws/credentials.js';
import { IdTokenUnavailableError } from '../aws/id-token.js';
import { describeAwsError } from '../aws/retry.js';
import type { Host } from '../host/host.js';
import type { Inputs } from '../inputs.js';
import type { Plan } from '../plan/model.js';
import { NamespaceError } from '../plan/namespace.js';
import { Catalog } from '../prune/catalog.js';
import type { ExecClients } from '../prune/execute.js';
import { runPrune } from '../prune/run.js';
import { vaultTargets } from '../prune/targets.js';
import { compareLive, parseReviewRole, readerPlan, type LiveImpact } from '../review/live.js';
import { RunContext } from '../run/context.js';

/** The clients prune's planning reads through; the write side refuses, whatever calls it. */
function readOnlyClients(run: RunContext): ExecClients {
  const refuse = (): never => {
    throw new Error('review reads only: it never deletes or changes a recovery point');
  };
  return {
    denied: new DeniedOperations(),
    backup: (role, region) => run.aws.backup(role, region),
    tagging: (role, region) => run.aws.tagging(role, region),
    writer: refuse,
    limiter: refuse,
  };
}

function folderIds(plans: readonly Plan[], extra: Iterable<string>): Set<string> {
  return new Set([...plans.map((p) => p.id), ...extra]);
}

export interface LiveInput {
  inputs: Inputs;
  host: Host;
  /** The valid plans of each side, and every plan id each folder holds (valid or not). */
  base: { plans: readonly Plan[]; ids: Iterable<string> };
  head: { plans: readonly Plan[]; ids: Iterable<string> };
  /** Plans with changes: the only ones read. */
  changed: ReadonlySet<string>;
}

export async function liveImpact(input: LiveInput): Promise<LiveImpact> {
  const { inputs, host } = input;
  const role = inputs.reviewRole?.trim();
  if (!role) return { computed: false, reason: 'no read-only role is configured (`review-role`)' };
  const readers = parseReviewRole(role);
  const run = new RunContext('review', inputs, host);
  const problems: string[] = [];
  try {
    const side = (plans: readonly Plan[]) => {
      const out: { plan: Plan; namespace: string }[] = [];
      for (const original of plans) {
        if (!input.changed.has(original.id)) continue;
        const { plan, skipped } = readerPlan(original, readers);
        for (const s of skipped)
          problems.push(
            `plan ${original.id}: vault ${s.vault} in account ${s.account} not read: review-role names no role there`,
          );
        if (!plan) continue;
        try {
          out.push({ plan, namespace: run.namespaceOf(original) });
        } catch (err) {
          if (!(err instanceof NamespaceError)) throw err;
          problems.push(`plan ${original.id}: ${err.message}`);
        }
      }
      return out;
    };
    const base = side(input.base.plans);
    const head = side(input.head.plans);

    // A pull request from a fork never gets an OIDC token: say so rather than fail to assume a role.
    if (host.idTokens) {
      try {
        await host.idTokens.getIdToken(OIDC_AUDIENCE);
      } catch (err) {
        if (!(err instanceof IdTokenUnavailableError)) throw err;
        return {
          computed: false,
          reason:
            'this run has no GitHub OIDC token, so the read-only role cannot be assumed (pull requests from forks never get one; ' +
            'for the others, the calling workflow grants `id-token: write`)',
        };
      }
    }
    // Assume each reader once up front, and prove it acts in the account it reads.
    const accounts = new Map<string, string>();
    for (const t of vaultTargets([...base, ...head])) accounts.set(t.vault.role, t.vault.account);
    for (const [reader, account] of accounts) {
      try {
        await run.aws.verifyAccount(reader, account, 'review');
      } catch (err) {
        return {
          computed: false,
          reason: `the read-only role ${reader} could not be used: ${describeAwsError(err, { role: reader })}`,
        };
      }
    }

    const dryRun = async (plans: { plan: Plan; namespace: string }[], ids: Set<string>) =>
      runPrune({
        plans,
        folderPlanIds: ids,
        clients: readOnlyClients(run),
        catalog: new Catalog(),
        now: () => run.clock.now(),
        dryRun: true,
        // Every removal the policy makes, not one run's share of it.
        maxDeletions: Number.MAX_SAFE_INTEGER,
        applyRetentionToExisting: false,
        log: (m) => host.info(`live impact: ${m}`),
      });
    const baseBody = await dryRun(base, folderIds(input.base.plans, input.base.ids));
    const headBody = await dryRun(head, folderIds(input.head.plans, input.head.ids));
    return compareLive({
      role,
      plans: [...input.changed],
      base: baseBody,
      head: headBody,
      inBase: new Set(input.base.plans.map((p) => p.id)),
      inHead: new Set(input.head.plans.map((p) => p.id)),
      problems,
    });
  } finally {
    run.destroy();
  }
}
