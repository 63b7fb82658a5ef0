// Resolved middleware handlers, reused: what the SDK's `cacheMiddleware: true` does, without its two
// hazards.
//
// Every send resolves the client's middleware stack into a handler (sorting ~30 middleware, building
// an execution context): about a tenth of a trivial call's CPU, client and simulator together, and
// simulate makes ~80k calls. `cacheMiddleware: true` keeps one handler per command class, but
// - middleware added to the client after it has sent is ignored (documented by the SDK). That is what
//   made a lost StartBackupJob answer look started (test/backup/plan-run.test.ts): a second PlanRun
//   attached its ServerClock to a client that kept the first run's clock, and decided on the wrong day;
// - concurrent sends of one command class share that handler's execution context.
// Here a handler serves one send at a time (concurrent sends get their own), and any change to the
// client's stack drops every cached handler. A command that carries middleware of its own is sent
// the SDK's usual way.

type Handler = (command: unknown) => Promise<{ output: unknown }>;

interface CommandLike {
  readonly middlewareStack: { identify(): string[] };
  resolveMiddleware(stack: unknown, config: unknown, options: undefined): Handler;
}

interface ClientLike {
  send(command: unknown, ...rest: unknown[]): Promise<unknown>;
  readonly middlewareStack: object;
  readonly config: unknown;
}

/** The methods of a smithy middleware stack that change what a resolved handler would run. */
const STACK_CHANGES = ['add', 'addRelativeTo', 'use', 'remove', 'removeByTag'] as const;

/** Idle handlers kept per command class; more concurrent sends than this resolve their own. */
const MAX_IDLE = 64;

/** Makes `client.send` reuse resolved handlers (see above). Returns the same client. */
export function cacheHandlers<C extends object>(client: C): C {
  const target = client as unknown as ClientLike;
  const stack = target.middlewareStack as Record<string, (...args: unknown[]) => unknown>;
  /** Idle handlers by command class; replaced (never cleared in place) when the stack changes. */
  let idle = new Map<unknown, Handler[]>();
  for (const name of STACK_CHANGES) {
    const change = stack[name]!.bind(stack);
    stack[name] = (...args: unknown[]) => {
      idle = new Map();
      return change(...args);
    };
  }
  const sendUncached = target.send.bind(client);
  Object.defineProperty(client, 'send', {
    configurable: true,
    writable: true,
    value: (command: CommandLike, ...rest: unknown[]) => {
      // Options or a callback, or middleware on the command itself: the SDK's own path.
      if (rest.length > 0 || command.middlewareStack.identify().length > 0)
        return sendUncached(command, ...rest);
      const cache = idle;
      const ctor = command.constructor;
      const handler = cache.get(ctor)?.pop() ?? command.resolveMiddleware(stack, target.config, undefined);
      const release = () => {
        if (cache !== idle) return; // the stack changed meanwhile
        const free = cache.get(ctor);
        if (!free) cache.set(ctor, [handler]);
        else if (free.length < MAX_IDLE) free.push(handler);
      };
      return handler(command).then(
        (result) => (release(), result.output),
        (err: unknown) => {
          release();
          throw err;
        },
      );
    },
  });
  return client;
}
