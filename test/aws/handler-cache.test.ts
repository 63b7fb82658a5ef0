// The clients AwsContext hands out reuse resolved middleware handlers (src/aws/handler-cache.ts), yet
// a middleware added after a send still applies, and no two concurrent sends share a handler (nor
// its execution context). Each hazard is first shown on a plain cacheMiddleware client, so the test
// says so if a new SDK version changes what the cache guards against.
import {
  BackupClient,
  DescribeBackupVaultCommand,
  ListBackupVaultsCommand,
  paginateListBackupVaults,
} from '@aws-sdk/client-backup';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig } from '../../src/aws/client-config.js';
import { AwsContext, cachingAwsClients, type CredentialSource } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { startSimulator } from '../../src/simulator/index.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const credentials = { accessKeyId: 'AKIAPOOLTESTKEY12345', secretAccessKey: 'secret' };
let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };

async function admin(method: string, path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: '2026-03-10T03:20:00Z',
      accounts: [ACCOUNT],
      roles: [],
      vaults: Array.from({ length: 5 }, (_, i) => ({ account: ACCOUNT, region: REGION, name: `vault-${i}` })),
      resources: [],
    },
    port: 0,
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(async () => {
  process.env = { ...saved };
  await sim.close();
});
afterEach(async () => {
  await admin('DELETE', '/_sim/faults');
});

const describeVault = (name = 'vault-0') => new DescribeBackupVaultCommand({ BackupVaultName: name });
type Spy = (
  next: (args: unknown) => Promise<unknown>,
  context: object,
) => (args: unknown) => Promise<unknown>;
const addSpy = (client: BackupClient, spy: Spy, name = 'spy') =>
  (client.middlewareStack as unknown as { add(mw: Spy, o: object): void }).add(spy, {
    step: 'initialize',
    name,
  });

describe('a middleware added after a send', () => {
  it('is ignored by a plain cacheMiddleware client (the hazard), and applies to the caching client, also to sends already cached', async () => {
    const plain = new BackupClient({
      ...clientConfig({ credentials, region: REGION }),
      cacheMiddleware: true,
    });
    const pooled = cachingAwsClients({ credentials, region: REGION }).backup;
    try {
      let plainSeen = 0;
      await plain.send(describeVault());
      addSpy(plain, (next) => (args) => (plainSeen++, next(args)));
      await plain.send(describeVault());
      expect(plainSeen).toBe(0);

      let pooledSeen = 0;
      await Promise.all([pooled.send(describeVault()), pooled.send(describeVault())]); // two handlers
      addSpy(pooled, (next) => (args) => (pooledSeen++, next(args)));
      await Promise.all([1, 2, 3].map(() => pooled.send(describeVault())));
      await pooled.send(describeVault());
      expect(pooledSeen).toBe(4);
    } finally {
      plain.destroy();
      pooled.destroy();
    }
  });

  it('a second run clock attached to a client that has sent learns the server time (the lost-answer bug)', async () => {
    const ctx = new AwsContext({ forRole: () => async () => credentials, verifyAccount: async () => {} });
    try {
      const backup = ctx.backup('role', REGION);
      const first = new ServerClock();
      first.attach(backup);
      await backup.send(describeVault());
      expect(first.synced).toBe(true);
      const second = new ServerClock();
      second.attach(backup);
      await backup.send(describeVault());
      expect(second.synced).toBe(true);
      expect(Math.abs(second.now().getTime() - Date.parse('2026-03-10T03:20:00Z'))).toBeLessThan(60_000);
    } finally {
      ctx.destroy();
    }
  });
  it('attaching the next run clock keeps the cached handlers; the responses go to the clock attached last', async () => {
    const ctx = new AwsContext({ forRole: () => async () => credentials, verifyAccount: async () => {} });
    const proto = DescribeBackupVaultCommand.prototype as unknown as {
      resolveMiddleware: (...a: unknown[]) => unknown;
    };
    const resolve = proto.resolveMiddleware;
    let resolved = 0;
    proto.resolveMiddleware = function (this: unknown, ...args: unknown[]) {
      resolved++;
      return resolve.apply(this, args);
    };
    try {
      const backup = ctx.backup('role', REGION);
      const first = new ServerClock();
      first.attach(backup);
      await backup.send(describeVault());
      expect(resolved).toBe(1);
      const second = new ServerClock();
      second.attach(backup);
      await admin('POST', '/_sim/clock/advance', { seconds: 86_400 });
      await backup.send(describeVault());
      expect(resolved).toBe(1);
      expect(Math.abs(second.now().getTime() - Date.parse('2026-03-11T03:20:00Z'))).toBeLessThan(60_000);
      expect(first.now().getTime()).toBeLessThan(second.now().getTime() - 86_000_000);
    } finally {
      proto.resolveMiddleware = resolve;
      ctx.destroy();
    }
  });
});

describe('concurrent sends of one command class', () => {
  /** Records each send's handler execution context and how many sends use it at once. */
  function contextSpy() {
    const inFlight = new Map<object, number>();
    const seen: object[] = [];
    let maxShared = 0;
    const spy: Spy = (next, context) => async (args) => {
      seen.push(context);
      const n = (inFlight.get(context) ?? 0) + 1;
      inFlight.set(context, n);
      maxShared = Math.max(maxShared, n);
      try {
        return await next(args);
      } finally {
        inFlight.set(context, inFlight.get(context)! - 1);
      }
    };
    return { spy, seen, maxShared: () => maxShared };
  }

  it('share one execution context on a plain cacheMiddleware client (the hazard), never on the caching client', async () => {
    const plain = new BackupClient({
      ...clientConfig({ credentials, region: REGION }),
      cacheMiddleware: true,
    });
    const pooled = cachingAwsClients({ credentials, region: REGION }).backup;
    try {
      const onPlain = contextSpy();
      addSpy(plain, onPlain.spy);
      await Promise.all([0, 1, 2, 3].map((i) => plain.send(describeVault(`vault-${i}`))));
      expect(new Set(onPlain.seen).size).toBe(1);
      expect(onPlain.maxShared()).toBe(4);

      const onPool = contextSpy();
      addSpy(pooled, onPool.spy);
      await Promise.all([0, 1, 2, 3].map((i) => pooled.send(describeVault(`vault-${i}`))));
      expect(new Set(onPool.seen).size).toBe(4);
      expect(onPool.maxShared()).toBe(1);
      // Sequential sends reuse one member and its cached handler.
      await pooled.send(describeVault());
      await pooled.send(describeVault());
      expect(new Set(onPool.seen.slice(4)).size).toBe(1);
    } finally {
      plain.destroy();
      pooled.destroy();
    }
  });

  it('each get their own answer or error: one answer lost, one refused, the others answered', async () => {
    const pooled = cachingAwsClients({ credentials, region: REGION, maxAttempts: 1 }).backup;
    try {
      // Which of the concurrent sends meets which fault depends on arrival: the count decides.
      await admin('POST', '/_sim/faults', {
        operation: 'DescribeBackupVault',
        lose: { count: 1, how: 'malformed' },
      });
      await admin('POST', '/_sim/faults', {
        operation: 'DescribeBackupVault',
        fail: { count: 1, error: 'AccessDeniedException' },
      });
      const got = await Promise.allSettled(
        [0, 1, 2, 3, 4].map((i) => pooled.send(describeVault(`vault-${i}`)).then((o) => o.BackupVaultName)),
      );
      const answered = got.flatMap((g, i) => (g.status === 'fulfilled' ? [[i, g.value]] : []));
      const refused = got.flatMap((g) => (g.status === 'rejected' ? [(g.reason as Error).name] : []));
      expect(answered).toHaveLength(3);
      for (const [i, name] of answered) expect(name).toBe(`vault-${i}`);
      expect(refused).toHaveLength(2);
      expect(refused).toContain('AccessDeniedException');
      expect(refused.filter((name) => name !== 'AccessDeniedException')).toHaveLength(1);
    } finally {
      pooled.destroy();
    }
  });
});

describe('the caching client', () => {
  it('serves the SDK paginators (they check the client class) and concurrent sends beside them', async () => {
    const backup = cachingAwsClients({ credentials, region: REGION }).backup;
    try {
      expect(backup).toBeInstanceOf(BackupClient);
      const names: string[] = [];
      const listing = (async () => {
        for await (const page of paginateListBackupVaults({ client: backup, pageSize: 2 }, {}))
          names.push(...(page.BackupVaultList ?? []).map((v) => v.BackupVaultName!));
      })();
      await Promise.all([
        listing,
        backup.send(describeVault()),
        backup.send(new ListBackupVaultsCommand({})),
      ]);
      expect(names.sort()).toEqual(['vault-0', 'vault-1', 'vault-2', 'vault-3', 'vault-4']);
    } finally {
      backup.destroy();
    }
  });

  it('sends a command that carries middleware of its own the SDK way: the middleware runs', async () => {
    const backup = cachingAwsClients({ credentials, region: REGION }).backup;
    try {
      await backup.send(describeVault());
      const command = describeVault('vault-3');
      let ran = 0;
      command.middlewareStack.add((next) => (args) => (ran++, next(args)), {
        step: 'initialize',
        name: 'own',
      });
      expect((await backup.send(command)).BackupVaultName).toBe('vault-3');
      expect(ran).toBe(1);
    } finally {
      backup.destroy();
    }
  });
});

describe('AwsContext: renewal on an expired session', () => {
  it('reaches every handler: concurrent sends that each meet ExpiredTokenException are each renewed once', async () => {
    let invalidated = 0;
    const source: CredentialSource = {
      forRole: () => async () => credentials,
      verifyAccount: async () => {},
      invalidate: () => void invalidated++,
    };
    const ctx = new AwsContext(source);
    try {
      const backup = ctx.backup('role', REGION);
      // Hold each answer until all three first attempts have been answered, so that each of them,
      // not a renewed retry, meets one of the three faults.
      let answered = 0;
      let allAnswered!: () => void;
      const gate = new Promise<void>((resolve) => (allAnswered = resolve));
      (backup.middlewareStack as unknown as { add(mw: Spy, o: object): void }).add(
        (next) => async (args) => {
          const result = await next(args);
          if (++answered === 3) allAnswered();
          await gate;
          return result;
        },
        { step: 'deserialize', priority: 'low', name: 'gate' },
      );
      await admin('POST', '/_sim/faults', {
        operation: 'DescribeBackupVault',
        fail: { count: 3, error: 'ExpiredTokenException' },
      });
      const names = await Promise.all(
        [0, 1, 2].map((i) => backup.send(describeVault(`vault-${i}`)).then((o) => o.BackupVaultName)),
      );
      expect(names).toEqual(['vault-0', 'vault-1', 'vault-2']);
      expect(invalidated).toBe(3);
    } finally {
      ctx.destroy();
    }
  });
});
