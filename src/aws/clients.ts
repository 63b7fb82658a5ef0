// Builds the SDK clients every command uses, with one retry policy and timeouts, and caches them
// per (role, region) so a run reuses connections and credentials.
//
// Endpoints are not configured here on purpose: SDK v3 reads AWS_ENDPOINT_URL_BACKUP,
// AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API and AWS_ENDPOINT_URL itself
// (test/aws/clients.test.ts proves it for the installed versions), which is how the simulator is
// reached in tests and demos.
import { BackupClient } from '@aws-sdk/client-backup';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { clientConfig, type AwsClientsOptions } from './client-config.js';
import { cacheHandlers } from './handler-cache.js';
import { reuseSigners } from './signer-cache.js';
import { errorCode } from './retry.js';

// The client types, for modules outside src/aws/ that pass clients on to the functions here.
export type { BackupClient, ResourceGroupsTaggingAPIClient as TaggingClient };
export { clientConfig, shareHttpAgent, type AwsClientsOptions } from './client-config.js';

export interface AwsClients {
  backup: BackupClient;
  tagging: ResourceGroupsTaggingAPIClient;
  sts: STSClient;
}

/**
 * Plain clients, one of each. Not `cacheMiddleware: true`: a middleware added after a send would be
 * ignored (see handler-cache.ts); AwsContext's clients reuse handlers safely.
 */
export function awsClients(options: AwsClientsOptions): AwsClients {
  const config = clientConfig(options);
  return {
    backup: new BackupClient(config),
    tagging: new ResourceGroupsTaggingAPIClient(config),
    sts: new STSClient(config),
  };
}

/** AWS's answers to a request signed with a session that has expired (STS, Backup, Tagging). */
export function isExpiredSession(err: unknown): boolean {
  const code = errorCode(err);
  return code === 'ExpiredToken' || code === 'ExpiredTokenException';
}

/**
 * A session can expire mid-call anywhere in a long run (or when AWS's clock runs ahead of ours), not
 * only while waiting for jobs: on ExpiredToken(Exception) drop the role's session and send the call
 * once more, which assumes the role again. Added at the `initialize` step so the retried call
 * resolves its identity and signs again; a second expiry reaches the caller.
 */
export function renewOnExpiry(client: { middlewareStack: unknown }, invalidate: () => void): void {
  const stack = client.middlewareStack as unknown as {
    add(
      mw: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string; priority: 'high' },
    ): void;
  };
  stack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        if (!isExpiredSession(err)) throw err;
        invalidate();
        return next(args);
      }
    },
    { step: 'initialize', name: 'backupPlansRenewOnExpiry', priority: 'high' },
  );
}

/** Where a role's credentials come from; implemented by credentials.ts (OIDC or CLI chain). */
export interface CredentialSource {
  /** A refreshing provider for the role, or undefined to use the SDK's default chain as is. */
  forRole(role: string): AwsCredentialIdentityProvider | undefined;
  /** Fail unless the role's credentials belong to `account` (GetCallerIdentity). */
  verifyAccount(role: string, account: string, planId: string): Promise<void>;
  /**
   * Start verifyAccount's check now: the next verifyAccount with the same arguments gets its
   * outcome, success or failure, instead of checking again. Resolves (never rejects) once it is known.
   */
  prefetchAccount?(role: string, account: string, planId: string): Promise<void>;
  /** AWS said the role's session expired: drop it, so the next call assumes the role again. */
  invalidate?(role: string): void;
  /** Close the source's own STS connections. */
  destroy?(): void;
}

export interface ClientOptions {
  /** See AwsClientsOptions.retryThrottling; default true. */
  retryThrottling?: boolean;
}

/**
 * As awsClients, each client reusing its resolved middleware handlers and its signers
 * (handler-cache.ts, signer-cache.ts).
 */
export function cachingAwsClients(options: AwsClientsOptions): AwsClients {
  return new LazyClients(clientConfig(options), () => {});
}

/**
 * The three clients of one configuration, each made (reusing its handlers, then `prepare`d) when
 * first asked for: most (role, region) pairs of a run use the Backup client alone.
 */
class LazyClients implements AwsClients {
  private made: Partial<AwsClients> = {};

  constructor(
    private readonly config: ReturnType<typeof clientConfig>,
    private readonly prepare: (client: AnyClient) => void,
  ) {}

  get backup(): BackupClient {
    return (this.made.backup ??= this.make(new BackupClient(this.config)));
  }

  get tagging(): ResourceGroupsTaggingAPIClient {
    return (this.made.tagging ??= this.make(new ResourceGroupsTaggingAPIClient(this.config)));
  }

  get sts(): STSClient {
    return (this.made.sts ??= this.make(new STSClient(this.config)));
  }

  /** The clients made so far. */
  get clients(): AnyClient[] {
    return Object.values(this.made);
  }

  destroy(): void {
    for (const client of Object.values(this.made)) client.destroy();
    this.made = {};
  }

  private make<C extends AnyClient>(client: C): C {
    cacheHandlers(client);
    reuseSigners(client);
    this.prepare(client);
    return client;
  }
}

type AnyClient = BackupClient | ResourceGroupsTaggingAPIClient | STSClient;

/** What a kept client asks of the run that holds it, at every call. */
interface RunBinding {
  credentials: AwsCredentialIdentityProvider;
  invalidate: () => void;
}

const NO_RUN: RunBinding = {
  credentials: () => Promise.reject(new Error('an AWS client was used after its run ended')),
  invalidate: () => {},
};

/**
 * One configuration's clients, kept by a ClientPool: credentials and renewal go through `binding`,
 * which the run holding them sets.
 */
class KeptClients {
  binding: RunBinding = NO_RUN;
  readonly lazy: LazyClients;

  constructor(options: AwsClientsOptions) {
    const credentials = Object.assign((identity?: object) => this.binding.credentials(identity), {
      memoized: true as const,
    });
    this.lazy = new LazyClients(clientConfig({ ...options, credentials }), (client) =>
      renewOnExpiry(client, () => this.binding.invalidate()),
    );
  }
}

/**
 * SDK clients kept across the runs of one process (simulate makes ~1,600 runs): making a client and
 * resolving its configuration (defaults, endpoint, the config loaders) costs as much as several calls.
 * A kept client holds nothing of a run: its credentials and its session renewal are the holding run's
 * (bound when the run takes it, unbound when the run ends), the run's ServerClock is attached when
 * the run first uses it, and the SDK's learned clock skew is reset, so each run starts as a fresh
 * process's would. One run at a time holds a client; a second run asking at once gets its own.
 */
export class ClientPool {
  private readonly idle = new Map<string, KeptClients[]>();
  private readonly all: KeptClients[] = [];
  private readonly shared = new Map<string, { destroy(): void }>();

  /** Clients of (role, region, retryThrottling) for one run, with the run's credentials and renewal. */
  take(key: string, options: AwsClientsOptions, binding: RunBinding): KeptClients {
    let kept = this.idle.get(key)?.pop();
    if (!kept) {
      kept = new KeptClients(options);
      this.all.push(kept);
    }
    kept.binding = binding;
    for (const client of kept.lazy.clients) forgetClockSkew(client);
    return kept;
  }

  /** The run that took `kept` has ended. */
  give(key: string, kept: KeptClients): void {
    kept.binding = NO_RUN;
    const free = this.idle.get(key);
    if (free) free.push(kept);
    else this.idle.set(key, [kept]);
  }

  /** A client without credentials or clock of a run (STS for AssumeRoleWithWebIdentity), made once per key. */
  keep<C extends { destroy(): void }>(key: string, make: () => C): C {
    let client = this.shared.get(key) as C | undefined;
    if (!client) this.shared.set(key, (client = make()));
    return client;
  }

  destroy(): void {
    for (const kept of this.all) kept.lazy.destroy();
    for (const client of this.shared.values()) client.destroy();
    this.all.length = 0;
    this.idle.clear();
    this.shared.clear();
  }
}

/** The offset the SDK learns from clock-skew errors lives on the client's config: a new run starts at 0. */
function forgetClockSkew(client: AnyClient): void {
  (client.config as { systemClockOffset?: number }).systemClockOffset = 0;
}

/** A run's view of kept clients: each client gets the run's `onClient` the first time the run asks. */
class HeldClients implements AwsClients {
  private readonly prepared = new Set<AnyClient>();

  constructor(
    private readonly kept: KeptClients,
    private readonly onClient: ((client: AnyClient) => void) | undefined,
  ) {}

  get backup(): BackupClient {
    return this.prepare(this.kept.lazy.backup);
  }

  get tagging(): ResourceGroupsTaggingAPIClient {
    return this.prepare(this.kept.lazy.tagging);
  }

  get sts(): STSClient {
    return this.prepare(this.kept.lazy.sts);
  }

  private prepare<C extends AnyClient>(client: C): C {
    if (!this.prepared.has(client)) {
      this.prepared.add(client);
      this.onClient?.(client);
    }
    return client;
  }
}

/**
 * One per run: hands out clients for (role, region), created once and reused. Commands ask
 * `ctx.backup(plan.aws.role, plan.aws.region)`; deletions under a rate limiter ask
 * `ctx.backup(role, region, { retryThrottling: false })`.
 */
export class AwsContext {
  private readonly cache = new Map<string, LazyClients | HeldClients>();
  /** The kept clients this run holds, by pool key, given back by destroy(). */
  private readonly held = new Map<string, KeptClients>();

  constructor(
    readonly credentials: CredentialSource,
    private readonly options: {
      maxAttempts?: number;
      retry?: AwsClientsOptions['retry'];
      /** Called once for every client made, when first asked for (e.g. to attach the run's ServerClock). */
      onClient?: (client: BackupClient | ResourceGroupsTaggingAPIClient | STSClient) => void;
      /** Clients kept across runs (simulate); only without maxAttempts and retry, which are not part of its keys. */
      pool?: ClientPool;
    } = {},
  ) {}

  clients(role: string, region: string, options: ClientOptions = {}): AwsClients {
    const retryThrottling = options.retryThrottling ?? true;
    const key = `${role}\n${region}\n${retryThrottling}`;
    let clients = this.cache.get(key);
    if (!clients) {
      const credentials = this.credentials.forRole(role);
      const pool =
        this.options.maxAttempts === undefined && !this.options.retry ? this.options.pool : undefined;
      const onClient = this.options.onClient;
      if (pool && credentials) {
        const kept = pool.take(
          key,
          { region, retryThrottling },
          {
            credentials,
            invalidate: () => this.invalidateCredentials(role),
          },
        );
        this.held.set(key, kept);
        clients = new HeldClients(kept, onClient);
      } else {
        const config = clientConfig({
          credentials,
          region,
          retryThrottling,
          ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
          ...(this.options.retry ? { retry: this.options.retry } : {}),
        });
        clients = new LazyClients(config, (client) => {
          renewOnExpiry(client, () => this.invalidateCredentials(role));
          onClient?.(client);
        });
      }
      this.cache.set(key, clients);
    }
    return clients;
  }

  backup(role: string, region: string, options?: ClientOptions): BackupClient {
    return this.clients(role, region, options).backup;
  }

  tagging(role: string, region: string, options?: ClientOptions): ResourceGroupsTaggingAPIClient {
    return this.clients(role, region, options).tagging;
  }

  sts(role: string, region: string): STSClient {
    return this.clients(role, region).sts;
  }

  /** GetCallerIdentity with the role's credentials must name the plan's account. */
  verifyAccount(role: string, account: string, planId: string): Promise<void> {
    return this.credentials.verifyAccount(role, account, planId);
  }

  /** AWS answered with an expired session for `role`: the next call of its clients assumes it again. */
  invalidateCredentials(role: string): void {
    this.credentials.invalidate?.(role);
  }

  /** Close every client's sockets (keep-alive agents would otherwise hold the process open); kept clients go back to their pool. */
  destroy(): void {
    for (const clients of this.cache.values()) if (clients instanceof LazyClients) clients.destroy();
    for (const [key, kept] of this.held) this.options.pool!.give(key, kept);
    this.cache.clear();
    this.held.clear();
    this.credentials.destroy?.();
  }
}
