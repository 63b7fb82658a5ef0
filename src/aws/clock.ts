// The time the backup decision runs at.
//
// Decisions ("which cron slot is the latest one", "is this point younger than copyWithin") must use
// the same clock as the recovery points and jobs they compare against: AWS's. So the run keeps an
// offset learned from the HTTP `Date` header of every AWS response (what robust clients do against
// clock skew; the SDK itself only does it after a skew error). On a GitHub runner the offset is ~0.
// Against the built-in simulator, whose clock is simulated, it is whatever the simulator says — which
// is what makes "advance the simulated clock, run again" work without a test-only time switch.
// A `now` input (dry-run only) pins the time instead.

/** The smallest piece of an SDK client we need: its middleware stack. */
interface MiddlewareStackLike {
  add(
    middleware: (
      next: (args: unknown) => Promise<{ response?: unknown }>,
    ) => (args: unknown) => Promise<{ response?: unknown }>,
    options: { step: 'deserialize'; priority: 'low'; name: string; override?: boolean },
  ): void;
}

/** The clock each client reports to (the last one attached). */
const attachedClock = new WeakMap<object, ServerClock>();

export class ServerClock {
  private offsetMs = 0;
  private observed = false;
  private readonly createdAtLocalMs: number;
  /** The offset the first response taught: it dates the start of the run on AWS's clock. */
  private firstOffsetMs: number | undefined;

  constructor(
    private readonly pinned?: Date,
    private readonly localNow: () => number = Date.now,
  ) {
    this.createdAtLocalMs = localNow();
  }

  /**
   * When this clock was made (the run's start), on AWS's clock: the local start corrected by the
   * first server time seen, so it compares with `serverNow()` at the end of the run.
   */
  runStartedAt(): Date {
    return new Date(this.createdAtLocalMs + (this.firstOffsetMs ?? this.offsetMs));
  }

  /** Current time: the pinned what-if time, else local time corrected by the last server Date seen. */
  now(): Date {
    if (this.pinned) return new Date(this.pinned.getTime());
    return new Date(this.localNow() + this.offsetMs);
  }

  /** AWS's current time as far as we know, ignoring a pinned what-if time (for credential expiry). */
  serverNow(): Date {
    return new Date(this.localNow() + this.offsetMs);
  }

  /**
   * AWS's current time once a response has told us (judging credential expiry), else undefined:
   * before that, "server time" would only be the local clock in disguise.
   */
  observedServerNow(): Date | undefined {
    return this.observed ? this.serverNow() : undefined;
  }

  /** Whether any server time has been seen (false: `now()` is the local clock). */
  get synced(): boolean {
    return this.observed || this.pinned !== undefined;
  }

  /** Record a response's Date header (RFC 7231, second resolution). Unparseable values are ignored. */
  observe(dateHeader: string | undefined, receivedAtLocalMs: number = this.localNow()): void {
    if (!dateHeader) return;
    const server = Date.parse(dateHeader);
    if (Number.isNaN(server)) return;
    // The header is truncated to the second: place the server instant mid-second.
    const offset = server + 500 - receivedAtLocalMs;
    // Within a second of the local clock means "no skew"; keep exact local time then.
    this.offsetMs = Math.abs(offset) < 1000 ? 0 : offset;
    this.firstOffsetMs ??= this.offsetMs;
    this.observed = true;
  }

  /**
   * Attach to an AWS SDK v3 client: every raw HTTP response (errors too) updates the offset. The last
   * clock attached wins: the client's one middleware reports to whichever clock is attached when the
   * response arrives, so attaching another clock later (the next run of a kept client) leaves the stack
   * alone and the client keeps its cached handlers (handler-cache.ts drops them on every change).
   */
  attach(client: { middlewareStack: unknown }): void {
    const attached = attachedClock.has(client);
    attachedClock.set(client, this);
    if (attached) return;
    const stack = client.middlewareStack as MiddlewareStackLike;
    stack.add(
      (next) => async (args) => {
        const result = await next(args);
        const headers = (result.response as { headers?: Record<string, string | undefined> } | undefined)
          ?.headers;
        attachedClock.get(client)?.observe(headers?.date ?? headers?.Date);
        return result;
      },
      // 'low' priority in the deserialize step sits innermost, right on the raw HTTP response,
      // before the deserializer turns error statuses into exceptions.
      { step: 'deserialize', priority: 'low', name: 'backupPlansServerClock', override: true },
    );
  }
}
