// Credentials per role.
//
// In GitHub Actions: GitHub OIDC ID token → STS AssumeRoleWithWebIdentity, like
// aws-actions/configure-aws-credentials, but cached per role, renewed before expiry (a fresh ID
// token each time, since they live only minutes) and retried only on retryable errors.
// In a terminal: the SDK's default credential chain, then AssumeRole into the plan's role, unless
// the caller already is that role.
//
// Both are exposed as SDK credential providers that do their own caching (marked `memoized`, so the
// SDK asks them before every request and they decide when to renew), so long waits keep working
// without any code of their own.
//
// When to renew is judged on one consistent clock. STS states `Expiration` in AWS's time, which may
// be far from ours (a skewed runner; the simulator, whose clock is simulated): comparing it with
// the local clock would call a fresh session expired (re-assuming on every request) or a dead one
// alive. So the session's lifetime is taken from the STS response itself (Expiration − the
// response's own Date header) and counted down on the local monotonic clock. Where the caller
// knows AWS's current time (`serverNow`, learned from later responses), that is checked against
// `Expiration` too: it catches AWS's time running ahead of ours (the simulator's clock advancing).
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
  type Credentials,
} from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, RetryStrategyV2 } from '@smithy/types';
import { clientConfig } from './client-config.js';
import type { ClientPool, CredentialSource } from './clients.js';
import { registerSecret } from './redact.js';
import { backoffDelay, describeAwsError, errorCode } from './retry.js';
import { IdTokenUnavailableError, type IdTokenProvider } from './id-token.js';
import { waitBeforeRetry } from '../time/wait.js';

export { IdTokenUnavailableError, type IdTokenProvider };

export const OIDC_AUDIENCE = 'sts.amazonaws.com';
const REFRESH_MARGIN_MS = 5 * 60_000;

/** A credentials problem the user has to fix; the message says how. */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

export interface CredentialOptions {
  /** Registers a value that must never be printed (the host's masking). */
  setSecret: (value: string) => void;
  /** OIDC ID tokens (GitHub Actions); without it, the SDK's default credential chain. */
  idTokens?: IdTokenProvider;
  /** Region of the STS endpoint. Default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1. */
  region?: string;
  /** Default: `backup-plans-<run id>-<attempt>` in Actions, `backup-plans-<epoch ms>` elsewhere. */
  sessionName?: string;
  /** Session length asked of STS. Default 3600 (the role's maximum must allow it). */
  durationSeconds?: number;
  /** Renew when less than this remains. Default 5 minutes. */
  refreshMarginMs?: number;
  /** Attempts per STS call (retryable errors only). Default 5. */
  maxAttempts?: number;
  /**
   * Attempts of AssumeRoleWithWebIdentity while STS cannot reach GitHub's identity provider, each
   * with a fresh ID token. Default 5.
   */
  webIdentityAttempts?: number;
  /** Waits between those attempts (full-jitter backoff); injectable so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Jitter source of that backoff. */
  random?: () => number;
  /** Local clock for session lifetimes (ms). Default: monotonic (`performance`), not wall time. */
  now?: () => number;
  /**
   * AWS's current time, when known (e.g. from the Date headers of AWS responses), else undefined.
   * A session is renewed when this says it is about to expire, too.
   */
  serverNow?: () => Date | undefined;
  /** Clients kept across runs (simulate): the STS client that assumes roles by ID token comes from it. */
  pool?: ClientPool;
}

/** Wall-clock milliseconds that never step backwards or jump with NTP corrections. */
export const monotonicNow = (): number => performance.timeOrigin + performance.now();

/** OIDC when the host can give an ID token (Actions), the default chain otherwise (CLI). */
export function createCredentialSource(options: CredentialOptions): CredentialSource {
  return options.idTokens ? new OidcCredentialSource(options) : new DefaultChainCredentialSource(options);
}

/** STS allows `[\w+=,.@-]`, 2 to 64 characters. */
export function roleSessionName(raw: string): string {
  let name = raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  if (name.length < 2) name = `${name}--`.slice(0, 2);
  return name;
}

function defaultSessionName(): string {
  const runId = process.env.GITHUB_RUN_ID;
  if (runId) return roleSessionName(`backup-plans-${runId}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`);
  return roleSessionName(`backup-plans-${Date.now()}`);
}

function sessionName(options: CredentialOptions): string {
  return options.sessionName ? roleSessionName(options.sessionName) : defaultSessionName();
}

function stsRegion(options: CredentialOptions): string {
  return options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

/** The claims of a JWT, without verifying it (only to explain a refusal). Undefined if malformed. */
export function decodeJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An identity whose `expiration` is on the local clock (see the top of this file), plus the
 * Expiration STS stated, in AWS's time.
 */
type SessionIdentity = AwsCredentialIdentity & {
  expiration: Date;
  serverExpiration?: Date;
  /** The session STS named in its answer (`AssumedRoleUser.Arn`: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION). */
  sessionArn?: string;
};

/**
 * How long a session lives, from the STS response alone: its Expiration minus the response's own
 * Date header (both AWS's clock). The Date header has one-second resolution: a second is taken off.
 * Without a usable Date, the requested duration (STS grants exactly that, or refuses).
 */
export function sessionLifetimeMs(
  expiration: Date,
  responseDate: string | undefined,
  requestedSeconds: number,
): number {
  const requested = requestedSeconds * 1000;
  const issued = responseDate ? Date.parse(responseDate) : NaN;
  if (Number.isNaN(issued)) return requested;
  return Math.max(0, Math.min(requested, expiration.getTime() - issued - 1000));
}

function fromSts(
  role: string,
  credentials: Credentials | undefined,
  lifetime: { responseDate: string | undefined; requestedSeconds: number; receivedAt: number },
  sessionArn?: string,
): SessionIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey || !credentials.Expiration) {
    throw new CredentialsError(`STS returned no credentials for ${role}`);
  }
  const ms = sessionLifetimeMs(credentials.Expiration, lifetime.responseDate, lifetime.requestedSeconds);
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    expiration: new Date(lifetime.receivedAt + ms),
    serverExpiration: credentials.Expiration,
    ...(sessionArn ? { sessionArn } : {}),
  };
}

/** The smallest piece of an SDK command we need: its own middleware stack. */
interface CommandStackLike {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<{ response?: unknown }>,
      ) => (args: unknown) => Promise<{ response?: unknown }>,
      options: { step: 'deserialize'; priority: 'low'; name: string },
    ): void;
  };
}

/** Records the HTTP Date header of the response to this one command (not to other concurrent ones). */
export function captureResponseDate(command: object): () => string | undefined {
  let date: string | undefined;
  (command as CommandStackLike).middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const headers = (result.response as { headers?: Record<string, string | undefined> } | undefined)
        ?.headers;
      date = headers?.date ?? headers?.Date;
      return result;
    },
    // Innermost in the deserialize step: the raw HTTP response, before it is parsed.
    { step: 'deserialize', priority: 'low', name: 'backupPlansStsResponseDate' },
  );
  return () => date;
}

/** A credentials provider that caches, renews by itself, and can be told its session is dead. */
export type RefreshingProvider = AwsCredentialIdentityProvider & {
  /** Drop the cached session: the next call assumes again (AWS said the session expired). */
  invalidate(): void;
  /** Tells the SDK not to wrap it in its own cache (which judges expiry by the wall clock). */
  memoized: true;
};

/**
 * Caches what `fetch` returns until less than `marginMs` of it remain on the `now` clock (or, when
 * `serverNow` knows AWS's time, of its `serverExpiration`), and runs one fetch at a time however
 * many requests ask at once.
 */
export function refreshingProvider(
  fetch: () => Promise<AwsCredentialIdentity>,
  marginMs: number,
  now: () => number = monotonicNow,
  serverNow?: () => Date | undefined,
): RefreshingProvider {
  let current: SessionIdentity | AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (identity: SessionIdentity | AwsCredentialIdentity): boolean => {
    if (!identity.expiration) return true;
    if (identity.expiration.getTime() - now() <= marginMs) return false;
    const server = 'serverExpiration' in identity ? identity.serverExpiration : undefined;
    const aws = server && serverNow?.();
    return !aws || server.getTime() - aws.getTime() > marginMs;
  };
  const provider = async () => {
    if (current && fresh(current)) return current;
    pending ??= fetch()
      .then((identity) => (current = identity))
      .finally(() => (pending = undefined));
    return pending;
  };
  return Object.assign(provider, {
    invalidate: () => {
      current = undefined;
    },
    memoized: true as const,
  });
}

function mask(setSecret: (value: string) => void, identity: AwsCredentialIdentity): void {
  // configure-aws-credentials masks all three; the key id alone identifies the session in logs.
  for (const value of [identity.accessKeyId, identity.secretAccessKey, identity.sessionToken]) {
    if (!value) continue;
    setSecret(value);
    registerSecret(value);
  }
}

function parseRoleArn(arn: string): { partition: string; account: string; name: string } | undefined {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m ? { partition: m[1]!, account: m[2]!, name: m[3]! } : undefined;
}

/** Does `callerArn` (from GetCallerIdentity) denote a session of the role `roleArn`? */
export function isSessionOfRole(callerArn: string, roleArn: string): boolean {
  const role = parseRoleArn(roleArn);
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
  return !!role && !!m && m[1] === role.partition && m[2] === role.account && m[3] === role.name;
}

/** The account of an identity STS issued as a session of `role` (its AssumedRoleUser.Arn); else undefined. */
function sessionAccount(identity: AwsCredentialIdentity | undefined, role: string): string | undefined {
  const arn = identity && 'sessionArn' in identity ? (identity as SessionIdentity).sessionArn : undefined;
  return arn && isSessionOfRole(arn, role) ? arn.split(':')[4] : undefined;
}

/**
 * Shared by both sources: the role's account, checked once per role and account, from the
 * assumption's answer or else GetCallerIdentity with the role's credentials.
 */
abstract class AccountCheckingSource implements CredentialSource {
  protected readonly options: CredentialOptions;
  private readonly providers = new Map<string, RefreshingProvider | undefined>();
  private readonly checks = new Map<string, Promise<void>>();
  /** Checks started by prefetchAccount that no verifyAccount has claimed yet. */
  private readonly prefetched = new Set<string>();

  constructor(options: CredentialOptions) {
    this.options = options;
  }

  protected abstract createProvider(role: string): RefreshingProvider | undefined;

  forRole(role: string): AwsCredentialIdentityProvider | undefined {
    if (!this.providers.has(role)) this.providers.set(role, this.createProvider(role));
    return this.providers.get(role);
  }

  /** AWS answered a call with an expired session: the role's next call assumes it again. */
  invalidate(role: string): void {
    this.providers.get(role)?.invalidate();
  }

  protected refreshing(fetch: () => Promise<AwsCredentialIdentity>): RefreshingProvider {
    return refreshingProvider(
      fetch,
      this.options.refreshMarginMs ?? REFRESH_MARGIN_MS,
      this.options.now ?? monotonicNow,
      this.options.serverNow,
    );
  }

  protected get durationSeconds(): number {
    return this.options.durationSeconds ?? 3600;
  }

  /** Send an AssumeRole* command; the identity's expiration is put on the local clock. */
  protected async sendAssume(
    sts: STSClient,
    role: string,
    command: AssumeRoleCommand | AssumeRoleWithWebIdentityCommand,
  ): Promise<SessionIdentity> {
    const responseDate = captureResponseDate(command);
    const out = command instanceof AssumeRoleCommand ? await sts.send(command) : await sts.send(command);
    const identity = fromSts(
      role,
      out.Credentials,
      {
        responseDate: responseDate(),
        requestedSeconds: this.durationSeconds,
        receivedAt: (this.options.now ?? monotonicNow)(),
      },
      out.AssumedRoleUser?.Arn,
    );
    mask(this.options.setSecret, identity);
    return identity;
  }

  destroy(): void {}

  protected stsClient(
    credentials?: AwsCredentialIdentityProvider,
    retry: (strategy: RetryStrategyV2) => RetryStrategyV2 = (strategy) => strategy,
  ): STSClient {
    const config = clientConfig({
      region: stsRegion(this.options),
      ...(credentials ? { credentials } : {}),
      ...(this.options.maxAttempts !== undefined ? { maxAttempts: this.options.maxAttempts } : {}),
    });
    return new STSClient({ ...config, retryStrategy: retry(config.retryStrategy) });
  }

  verifyAccount(role: string, account: string, planId: string): Promise<void> {
    const key = `${role}\n${account}\n${planId}`;
    let check = this.checks.get(key);
    if (!check || this.prefetched.delete(key)) {
      check ??= this.checkAccount(role, account, planId);
      // A failed check is not cached: a later call (e.g. after a transient error) tries again. A
      // prefetched one is handed to this first caller, failed or not, and forgotten from then on.
      check.catch(() => this.checks.delete(key));
      this.checks.set(key, check);
    }
    return check;
  }

  prefetchAccount(role: string, account: string, planId: string): Promise<void> {
    const key = `${role}\n${account}\n${planId}`;
    let check = this.checks.get(key);
    if (!check) {
      check = this.checkAccount(role, account, planId);
      this.checks.set(key, check);
      this.prefetched.add(key);
    }
    // Settled, never rejected: the outcome itself goes to the next verifyAccount.
    return check.then(
      () => {},
      () => {},
    );
  }

  private async checkAccount(role: string, account: string, planId: string): Promise<void> {
    const provider = this.forRole(role);
    let sts: STSClient | undefined;
    try {
      // Assuming the role (which this forces) names the session and its account in STS's answer
      // (AssumedRoleUser.Arn): GetCallerIdentity only where no assumption did.
      const assumed = sessionAccount(provider ? await provider() : undefined, role);
      sts = assumed === undefined ? this.stsClient(provider) : undefined;
      const actual = assumed ?? (await sts!.send(new GetCallerIdentityCommand({}))).Account;
      if (actual !== account) {
        throw new CredentialsError(
          `role ${role} belongs to account ${actual ?? '(unknown)'}, but plan ${planId} says ` +
            `aws.account ${account}`,
        );
      }
    } catch (err) {
      if (err instanceof CredentialsError) throw err;
      throw new CredentialsError(describeAwsError(err, { operation: 'GetCallerIdentity', role }), {
        cause: err,
      });
    } finally {
      sts?.destroy();
    }
  }
}

const PERMISSION_YAML = ['permissions:', '  id-token: write', '  contents: read'].join('\n');

/** GitHub Actions: OIDC ID token → AssumeRoleWithWebIdentity. */
export class OidcCredentialSource extends AccountCheckingSource {
  private sts: STSClient | undefined;

  override destroy(): void {
    // A pool's client is the pool's to close.
    if (!this.options.pool) this.sts?.destroy();
    this.sts = undefined;
  }

  /** The STS client for AssumeRoleWithWebIdentity: unsigned, so it carries no credentials of a run. */
  private webIdentitySts(): STSClient {
    const make = () => this.stsClient(undefined, retryingAllButWebIdentityFailures);
    const { pool } = this.options;
    return pool
      ? pool.keep(`sts-web-identity\n${stsRegion(this.options)}\n${this.options.maxAttempts}`, make)
      : make();
  }

  protected createProvider(role: string): RefreshingProvider {
    return this.refreshing(() => this.assume(role));
  }

  private async idToken(role: string): Promise<string> {
    const { idTokens } = this.options;
    if (!idTokens) throw permissionError(role);
    try {
      return await idTokens.getIdToken(OIDC_AUDIENCE);
    } catch (err) {
      if (err instanceof IdTokenUnavailableError) throw permissionError(role);
      const message = err instanceof Error ? err.message : String(err);
      throw new CredentialsError(`could not get a GitHub OIDC token to assume ${role}: ${message}`, {
        cause: err,
      });
    }
  }

  private async assume(role: string): Promise<AwsCredentialIdentity> {
    // Identity-provider trouble is retried here, with a fresh ID token, not by the SDK with the old one.
    this.sts ??= this.webIdentitySts();
    const attempts = Math.max(1, this.options.webIdentityAttempts ?? WEB_IDENTITY_ATTEMPTS);
    const sleep = this.options.sleep ?? waitBeforeRetry;
    for (let attempt = 0; ; attempt++) {
      // An ID token lives for minutes: every attempt asks GitHub for a fresh one.
      const token = await this.idToken(role);
      try {
        return await this.sendAssume(
          this.sts,
          role,
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: role,
            RoleSessionName: sessionName(this.options),
            WebIdentityToken: token,
            DurationSeconds: this.durationSeconds,
          }),
        );
      } catch (err) {
        if (err instanceof CredentialsError) throw err;
        const kind = webIdentityFailure(err);
        // A token that expired between fetch and use earns one fresh try; provider trouble, several.
        const again =
          (kind === 'provider' && attempt + 1 < attempts) || (kind === 'token-time' && attempt === 0);
        if (!again) throw explainAssumeFailure(err, role, token, attempt + 1);
        if (kind === 'provider')
          await sleep(
            backoffDelay(attempt, WEB_IDENTITY_BASE_DELAY_MS, WEB_IDENTITY_MAX_DELAY_MS, this.options.random),
          );
      }
    }
  }
}

const WEB_IDENTITY_ATTEMPTS = 5;
const WEB_IDENTITY_BASE_DELAY_MS = 1000;
const WEB_IDENTITY_MAX_DELAY_MS = 10_000;

/**
 * Why STS refused an ID token, from its error code and text (STS API reference,
 * AssumeRoleWithWebIdentity "Errors"):
 * - `provider`: STS could not reach the identity provider (`IDPCommunicationError`: "often a
 *   transient error … Retry the request a limited number of times"), or could not fetch its keys
 *   (`InvalidIdentityToken` "Couldn't retrieve verification key from your identity provider");
 * - `token-time`: the token expired (`ExpiredToken`) or is not valid yet;
 * - `trust`: the role's trust policy or the account's OIDC provider refuses it (`AccessDenied`,
 *   other `InvalidIdentityToken`, `IDPRejectedClaim`);
 * - `other`: anything else (throttling past retries, 5xx, …).
 */
export type WebIdentityFailure = 'provider' | 'token-time' | 'trust' | 'other';

export function webIdentityFailure(err: unknown): WebIdentityFailure {
  // The SDK names modelled STS errors with an `Exception` suffix (IDPCommunicationErrorException).
  const code = errorCode(err)?.replace(/Exception$/, '');
  const message = err instanceof Error ? err.message : '';
  if (code === 'IDPCommunicationError') return 'provider';
  if (code === 'ExpiredToken') return 'token-time';
  if (code === 'InvalidIdentityToken') {
    if (/(couldn't|could not) retrieve verification key/i.test(message)) return 'provider';
    if (/not yet valid|expired|\bnbf\b|\biat\b/i.test(message)) return 'token-time';
    return 'trust';
  }
  if (code === 'AccessDenied' || code === 'IDPRejectedClaim') return 'trust';
  return 'other';
}

/** The STS retry strategy, minus identity-provider trouble (`assume` retries that with a new token). */
function retryingAllButWebIdentityFailures(strategy: RetryStrategyV2): RetryStrategyV2 {
  return {
    acquireInitialRetryToken: (scope) => strategy.acquireInitialRetryToken(scope),
    refreshRetryTokenForRetry: (token, info) =>
      webIdentityFailure(info.error) === 'provider'
        ? Promise.reject(new Error('no retry'))
        : strategy.refreshRetryTokenForRetry(token, info),
    recordSuccess: (token) => strategy.recordSuccess(token),
  };
}

function permissionError(role: string): CredentialsError {
  return new CredentialsError(
    `no GitHub OIDC token is available to assume ${role} (ACTIONS_ID_TOKEN_REQUEST_URL is not set): ` +
      `the job needs the id-token permission. Add to the job (or to the caller of the reusable ` +
      `workflow, since a reusable workflow cannot raise permissions):\n${PERMISSION_YAML}`,
  );
}

function explainAssumeFailure(err: unknown, role: string, token: string, attempts: number): CredentialsError {
  const kind = webIdentityFailure(err);
  const code = errorCode(err)?.replace(/Exception$/, '');
  const aws = describeAwsError(err, { operation: 'AssumeRoleWithWebIdentity', role });
  const claims = decodeJwtClaims(token) ?? {};
  if (kind === 'provider')
    return new CredentialsError(
      `STS could not reach GitHub's OIDC identity provider to verify the token for ${role} ` +
        `(${attempts} attempt${attempts === 1 ? '' : 's'}, each with a fresh token): provider trouble, ` +
        `not your trust policy; run again later. (${aws})`,
      { cause: err },
    );
  if (kind === 'token-time') {
    const at = (name: string) =>
      typeof claims[name] === 'number'
        ? new Date((claims[name] as number) * 1000).toISOString()
        : '(unknown)';
    return new CredentialsError(
      `STS found the GitHub OIDC token for ${role} expired or not yet valid (issued ${at('iat')}, valid ` +
        `from ${at('nbf')} until ${at('exp')}), also with a fresh token: the runner's clock or a long wait ` +
        `between fetching and using it; not your trust policy. (${aws})`,
      { cause: err },
    );
  }
  if (kind !== 'trust') return new CredentialsError(aws, { cause: err });
  const sub = typeof claims.sub === 'string' ? claims.sub : '(unknown)';
  const aud = typeof claims.aud === 'string' ? claims.aud : OIDC_AUDIENCE;
  // repo:<owner>/<name>:… → allow every ref of this repository as the example condition.
  const repo = /^repo:([^:]+):/.exec(sub)?.[1];
  const expectedSub = repo ? `repo:${repo}:*` : sub;
  const account = parseRoleArn(role)?.account ?? '<account>';
  return new CredentialsError(
    `role ${role} refused the GitHub OIDC token with sub "${sub}" (aud "${aud}"). The role's trust ` +
      `policy must allow it: Principal {"Federated": "arn:aws:iam::${account}:oidc-provider/` +
      `token.actions.githubusercontent.com"}, Action "sts:AssumeRoleWithWebIdentity", Condition ` +
      `{"StringEquals": {"token.actions.githubusercontent.com:aud": "${OIDC_AUDIENCE}"}, "StringLike": ` +
      `{"token.actions.githubusercontent.com:sub": "${expectedSub}"}}` +
      (code === 'InvalidIdentityToken'
        ? ', and the account needs the IAM OIDC provider token.actions.githubusercontent.com'
        : '') +
      `. (${aws})`,
    { cause: err },
  );
}

/**
 * Terminal: the SDK's default chain (environment, AWS_PROFILE, SSO, instance role, …). If that
 * identity already is the plan's role it is used as is; otherwise it assumes the role.
 */
export class DefaultChainCredentialSource extends AccountCheckingSource {
  private base: STSClient | undefined;
  private caller: Promise<string> | undefined;

  constructor(options: CredentialOptions) {
    super(options);
    // Keys from the environment never reach our own messages either.
    registerSecret(process.env.AWS_SECRET_ACCESS_KEY);
    registerSecret(process.env.AWS_SESSION_TOKEN);
  }

  override destroy(): void {
    this.base?.destroy();
    this.base = undefined;
  }

  private baseSts(): STSClient {
    return (this.base ??= this.stsClient());
  }

  /** The ARN the default chain signs as, asked once. */
  private callerArn(): Promise<string> {
    this.caller ??= this.baseSts()
      .send(new GetCallerIdentityCommand({}))
      .then((id) => id.Arn ?? '')
      .catch((err: unknown) => {
        this.caller = undefined;
        throw noChainCredentials(err);
      });
    return this.caller;
  }

  protected createProvider(role: string): RefreshingProvider {
    const assumed = this.refreshing(() => this.assume(role));
    const provider = async () => {
      if (isSessionOfRole(await this.callerArn(), role)) {
        // The default chain's own provider (memoized and refreshed by the SDK).
        return this.baseSts().config.credentials();
      }
      return assumed();
    };
    return Object.assign(provider, { invalidate: () => assumed.invalidate(), memoized: true as const });
  }

  private async assume(role: string): Promise<AwsCredentialIdentity> {
    const caller = await this.callerArn();
    try {
      return await this.sendAssume(
        this.baseSts(),
        role,
        new AssumeRoleCommand({
          RoleArn: role,
          RoleSessionName: sessionName(this.options),
          DurationSeconds: this.durationSeconds,
        }),
      );
    } catch (err) {
      if (err instanceof CredentialsError) throw err;
      const aws = describeAwsError(err, { operation: 'AssumeRole', role });
      if (errorCode(err)?.replace(/Exception$/, '') === 'AccessDenied') {
        throw new CredentialsError(
          `${caller} may not assume ${role}: the role's trust policy must allow sts:AssumeRole for ` +
            `that principal, or run with credentials of the role itself. (${aws})`,
          { cause: err },
        );
      }
      throw new CredentialsError(aws, { cause: err });
    }
  }
}

function noChainCredentials(err: unknown): CredentialsError {
  if (errorCode(err) === 'CredentialsProviderError') {
    return new CredentialsError(
      'no AWS credentials found: set AWS_PROFILE (e.g. after `aws sso login`), or ' +
        'AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, then run again',
      { cause: err },
    );
  }
  return new CredentialsError(describeAwsError(err, { operation: 'GetCallerIdentity' }), { cause: err });
}
