// `backup`: start the due backups and copies of every plan; see src/backup/run.ts.
//
// In two stages, so that its first AWS request leaves early (issue 12 item 1): the plans and the
// first plan's credentials (the runner's OIDC token, then STS AssumeRoleWithWebIdentity) need only
// the STS client; the rest of the run (the Backup and Tagging clients, decisions, renderers) is
// loaded once that request is on its way, while it is in flight. The run then uses the same
// session, so the role is assumed once, and its first verifyAccount gets this check's outcome.
import type { IdTokenProvider } from '../aws/id-token.js';
import { NamespaceError } from '../plan/namespace.js';
import { selectPlans } from '../plan/select.js';
import { startRunSession, type RunSession } from '../run/session.js';
import type { Plan } from '../plan/model.js';
import type { Command } from './registry.js';

export const backupCommand: Command = async (inputs, host) => {
  let tokenIssued: () => void = () => {};
  const firstToken = new Promise<void>((resolve) => (tokenIssued = resolve));
  const hostTokens = host.idTokens;
  const idTokens: IdTokenProvider | undefined = hostTokens && {
    getIdToken: async (audience) => {
      const token = await hostTokens.getIdToken(audience);
      tokenIssued();
      return token;
    },
  };
  const session = startRunSession(inputs, host, idTokens ? { idTokens } : {});
  const selected = await selectPlans(inputs.plans, inputs.plan);
  // The plan the run checks first: the first one whose namespace resolves (see backup/run.ts).
  const first = selected.plans.find((plan) => hasNamespace(session, plan));
  const check = first && session.credentials.prefetchAccount?.(first.aws.role, first.aws.account, first.id);
  if (check) {
    // With an ID token in hand the STS request is sent within this turn of the event loop; without
    // one (the CLI's default chain, or no token), wait for the check itself.
    await Promise.race([firstToken, check]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { runBackup } = await import('../backup/run.js');
  return runBackup(inputs, host, { session, selected });
};

function hasNamespace(session: RunSession, plan: Plan): boolean {
  try {
    session.namespaceOf(plan);
    return true;
  } catch (err) {
    if (err instanceof NamespaceError) return false;
    throw err;
  }
}
