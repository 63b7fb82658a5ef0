// SDK clients with `cacheMiddleware: true`, made safe to share.
//
// A client with cacheMiddleware resolves its middleware stack once per command class instead of on
// every send: about a tenth of a trivial call's CPU, client and simulator together (simulate makes
// ~80k calls). The SDK documents its one catch: middleware added to the client after it has sent is
// ignored. That is what made a lost StartBackupJob answer look started (test/backup/plan-run.test.ts):
// a second PlanRun attached its ServerClock to a client that kept the first run's clock, so the run
// decided on the wrong day. The cached handler also carries one execution context per command class,
// which concurrent sends of that class would share.
//
// So one pool stands for one client: `pooledClient` hands out an object of the client's class (the
// SDK's paginators check the class) whose `send` checks out a member client no other send is using,
// and whose `middlewareStack` changes every member: recorded, applied to the idle members that have
// never sent, replayed on members made later. A member that has sent (its handlers may be cached) is
// retired instead: destroyed once idle, never used again.
import type { Pluggable } from '@smithy/types';

/** The parts of an SDK client the pool uses (`send` too, whose SDK overloads no one type states). */
export interface PoolableClient {
  destroy(): void;
  readonly middlewareStack: object;
  readonly config: object;
}

type Sends = { send(command: unknown, ...rest: unknown[]): Promise<unknown> };
const stackOf = (client: PoolableClient) => client.middlewareStack as StackLike;

/** The mutating part of a smithy middleware stack (the rest is only read). */
interface StackLike {
  add(middleware: unknown, options?: unknown): void;
  addRelativeTo(middleware: unknown, options: unknown): void;
  use(pluggable: Pluggable<never, never>): void;
  remove(toRemove: unknown): boolean;
  removeByTag(tag: string): boolean;
}

type StackChange = (stack: StackLike) => unknown;

/**
 * At most this many members, each with at most one send in flight: the SDK's own default cap of
 * sockets per client (NodeHttpHandler's maxSockets), so a pool opens no more connections than one
 * client did. Further sends wait for a member, as they waited for a socket.
 */
export const MAX_POOL_SIZE = 50;

interface Member<C> {
  client: C;
  /** It has sent: its cached handlers would not see a later middleware change. */
  sent: boolean;
  retired: boolean;
}

export class ClientPool<C extends PoolableClient> {
  private readonly idle: Member<C>[] = [];
  private readonly busy = new Set<Member<C>>();
  private readonly changes: StackChange[] = [];
  private readonly waiting: ((member: Member<C>) => void)[] = [];

  constructor(
    /** Makes a member: a client of the pool's class and configuration with cacheMiddleware on. */
    private readonly make: () => C,
    private readonly maxSize = MAX_POOL_SIZE,
  ) {}

  /** Members alive now (idle or sending). */
  get size(): number {
    return this.idle.length + this.busy.size;
  }

  async send(command: unknown, rest: unknown[]): Promise<unknown> {
    const member = await this.checkout();
    try {
      return await (member.client as unknown as Sends).send(command, ...rest);
    } finally {
      this.checkin(member);
    }
  }

  /** A member nobody sends with, for reading its configuration or middleware stack. */
  sample(): C {
    const member = this.idle.at(-1) ?? this.busy.values().next().value ?? this.grow();
    if (this.size === 0) this.idle.push(member);
    return member.client;
  }

  /** Change the middleware stack of every member, present and future. */
  changeStack(change: StackChange): unknown {
    this.changes.push(change);
    let result: unknown;
    for (const member of [...this.idle, ...this.busy]) {
      if (member.sent) this.retire(member);
      else result = change(stackOf(member.client));
    }
    return result;
  }

  destroy(): void {
    for (const member of [...this.idle, ...this.busy]) {
      member.retired = true;
      member.client.destroy();
    }
    this.idle.length = 0;
    this.busy.clear();
    // Sends still waiting go on as they would on a destroyed client: on fresh connections.
    for (const next of this.waiting.splice(0)) next(this.grow());
  }

  private async checkout(): Promise<Member<C>> {
    let member = this.idle.pop();
    if (!member && this.size < this.maxSize) member = this.grow();
    member ??= await new Promise<Member<C>>((resolve) => this.waiting.push(resolve));
    member.sent = true;
    this.busy.add(member);
    return member;
  }

  private checkin(member: Member<C>): void {
    if (!this.busy.delete(member)) return; // destroyed meanwhile
    if (member.retired) {
      member.client.destroy();
      if (this.waiting.length > 0) this.waiting.shift()!(this.grow());
      return;
    }
    const next = this.waiting.shift();
    if (next) next(member);
    else this.idle.push(member);
  }

  private grow(): Member<C> {
    const client = this.make();
    for (const change of this.changes) change(stackOf(client));
    return { client, sent: false, retired: false };
  }

  private retire(member: Member<C>): void {
    member.retired = true;
    const at = this.idle.indexOf(member);
    if (at >= 0) {
      this.idle.splice(at, 1);
      member.client.destroy();
    }
  }
}

/**
 * An object of the client's class that stands for the whole pool: `send` (also the paginators'),
 * `middlewareStack` changes, `config` and `destroy` all go to the pool. Hooks such as
 * renewOnExpiry and ServerClock.attach work on it as on a single client.
 */
export function pooledClient<C extends PoolableClient>(ctor: { prototype: C }, pool: ClientPool<C>): C {
  const stack = {
    add: (mw: unknown, options?: unknown) => void pool.changeStack((s) => s.add(mw, options)),
    addRelativeTo: (mw: unknown, options: unknown) =>
      void pool.changeStack((s) => s.addRelativeTo(mw, options)),
    use: (pluggable: Pluggable<never, never>) => void pool.changeStack((s) => s.use(pluggable)),
    remove: (toRemove: unknown) => pool.changeStack((s) => s.remove(toRemove)) === true,
    removeByTag: (tag: string) => pool.changeStack((s) => s.removeByTag(tag)) === true,
  };
  // Reading methods (identify, clone, concat, resolve…) see a member's stack, which equals every other's.
  const middlewareStack = new Proxy(stack, {
    get: (target, prop) => {
      if (prop in target) return target[prop as keyof typeof target];
      const real = pool.sample().middlewareStack;
      const value: unknown = Reflect.get(real, prop, real);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
    },
  });
  const facade = Object.create(ctor.prototype) as C;
  Object.defineProperties(facade, {
    send: {
      value: (command: unknown, ...rest: unknown[]) => {
        // A callback would return before the answer, with the member still sending.
        if (rest.some((r) => typeof r === 'function'))
          throw new TypeError('pooled clients take no send callback');
        return pool.send(command, rest);
      },
    },
    destroy: { value: () => pool.destroy() },
    middlewareStack: { value: middlewareStack },
    config: { get: () => pool.sample().config },
  });
  return facade;
}
