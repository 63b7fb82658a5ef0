// The part of a run's context that exists before any AWS client: AWS's clock and the credentials
// (OIDC or the default chain), plus the owner namespace of each plan. Its imports stop at the STS
// client, so `backup` can build it, send its first AWS request, and load the rest of the run (the
// Backup and Tagging clients, the decisions, the renderers) while that request is in flight
// (src/commands/backup.ts). RunContext builds one when none is given.
import { ServerClock } from '../aws/clock.js';
import type { ClientPool, CredentialSource } from '../aws/clients.js';
import { createCredentialSource } from '../aws/credentials.js';
import type { IdTokenProvider } from '../aws/id-token.js';
import type { Host } from '../host/host.js';
import type { Inputs } from '../inputs.js';
import type { Plan } from '../plan/model.js';
import { repositoryFromGitOrigin, resolveNamespace } from '../plan/namespace.js';

export interface RunSession {
  readonly env: NodeJS.ProcessEnv;
  /** AWS's time, learned from every response of the run's clients; a what-if `now` pins it (dry run). */
  readonly clock: ServerClock;
  readonly credentials: CredentialSource;
  /** The owner identity of the plan's points: input, the plan's own, GITHUB_REPOSITORY, the git remote. Throws NamespaceError. */
  namespaceOf(plan: Plan): string;
}

export interface RunSessionOptions {
  env?: NodeJS.ProcessEnv;
  /** Default: the host's (the action's OIDC tokens; none in a terminal). */
  idTokens?: IdTokenProvider;
  /** Clients kept across runs (simulate's many runs in one process); default: the run makes its own. */
  pool?: ClientPool;
}

export function startRunSession(inputs: Inputs, host: Host, options: RunSessionOptions = {}): RunSession {
  const env = options.env ?? process.env;
  const idTokens = options.idTokens ?? host.idTokens;
  const clock = new ServerClock(inputs.dryRun ? inputs.now : undefined);
  // OIDC when the entry's host gives ID tokens (the action), else the default chain (the CLI).
  const credentials = createCredentialSource({
    setSecret: (value) => host.setSecret(value),
    ...(idTokens ? { idTokens } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
    // Session lifetimes count down on the local clock from what STS said; once AWS responses
    // have told us AWS's time, STS's Expiration is checked against that as well.
    serverNow: () => clock.observedServerNow(),
  });
  let origin: { value: string | undefined } | undefined;
  return {
    env,
    clock,
    credentials,
    namespaceOf: (plan) =>
      resolveNamespace({
        input: inputs.namespace,
        plan: plan.namespace,
        githubRepository: env.GITHUB_REPOSITORY,
        // One `git config` per run, however many plans ask.
        gitOrigin: () => (origin ??= { value: repositoryFromGitOrigin() }).value,
      }).namespace,
  };
}
