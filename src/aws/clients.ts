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

/** As awsClients, each client reusing its resolved middleware handlers (handler-cache.ts). */
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
    private readonly prepare: (client: BackupClient | ResourceGroupsTaggingAPIClient | STSClient) => void,
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

  destroy(): void {
    for (const client of Object.values(this.made)) client.destroy();
    this.made = {};
  }

  private make<C extends BackupClient | ResourceGroupsTaggingAPIClient | STSClient>(client: C): C {
    cacheHandlers(client);
    this.prepare(client);
    return client;
  }
}

/**
 * One per run: hands out clients for (role, region), created once and reused. Commands ask
 * `ctx.backup(plan.aws.role, plan.aws.region)`; deletions under a rate limiter ask
 * `ctx.backup(role, region, { retryThrottling: false })`.
 */
export class AwsContext {
  private readonly cache = new Map<string, LazyClients>();

  constructor(
    readonly credentials: CredentialSource,
    private readonly options: {
      maxAttempts?: number;
      retry?: AwsClientsOptions['retry'];
      /** Called once for every client made, when first asked for (e.g. to attach the run's ServerClock). */
      onClient?: (client: BackupClient | ResourceGroupsTaggingAPIClient | STSClient) => void;
    } = {},
  ) {}

  clients(role: string, region: string, options: ClientOptions = {}): AwsClients {
    const retryThrottling = options.retryThrottling ?? true;
    const key = `${role}\n${region}\n${retryThrottling}`;
    let clients = this.cache.get(key);
    if (!clients) {
      const config = clientConfig({
        credentials: this.credentials.forRole(role),
        region,
        retryThrottling,
        ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
        ...(this.options.retry ? { retry: this.options.retry } : {}),
      });
      const onClient = this.options.onClient;
      clients = new LazyClients(config, (client) => {
        renewOnExpiry(client, () => this.invalidateCredentials(role));
        onClient?.(client);
      });
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

  /** Close every client's sockets (keep-alive agents would otherwise hold the process open). */
  destroy(): void {
    for (const clients of this.cache.values()) clients.destroy();
    this.cache.clear();
    this.credentials.destroy?.();
  }
}
