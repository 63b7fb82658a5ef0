// SDK clients whose HTTP requests another thread sends (src/aws/forwarding-http-handler.ts) see what
// they would see sending them themselves: outputs of the three protocols (Backup restJson1, STS query
// with XML, Tagging awsJson1.1), the SDK's error classes with their HTTP status, and connection
// failures, aborts and a vanished serving side with the name and code retry.ts classifies. Here both
// ends of the port run on this thread, with the real serving code and a real simulator over TCP;
// the bundle's worker thread is tested through simulate (test/e2e/simulate-worker.test.ts).
import {
  BackupClient,
  DescribeBackupVaultCommand,
  ListBackupVaultsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-backup';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { AssumeRoleWithWebIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig, REQUEST_HANDLER, shareRequestHandler } from '../../src/aws/client-config.js';
import { ForwardingHttpHandler, serveForwardedRequests } from '../../src/aws/forwarding-http-handler.js';
import { classifyError } from '../../src/aws/retry.js';
import { startSimulator } from '../../src/simulator/index.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-00000000000000001`;
const credentials = { accessKeyId: 'AKIAFORWARDTEST12345', secretAccessKey: 'secret' };
let sim: Awaited<ReturnType<typeof startSimulator>>;

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: '2026-03-10T03:20:00Z',
      accounts: [ACCOUNT],
      roles: [{ arn: ROLE }],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [{ arn: VOLUME, tags: { backup: 'daily' } }],
    },
    port: 0,
  });
});
afterAll(() => sim.close());

/** Both ends of a forwarding port, the serving one configured as the clients' handler would be. */
function forwarding() {
  const { port1, port2 } = new MessageChannel();
  serveForwardedRequests(port2, REQUEST_HANDLER);
  const handler = new ForwardingHttpHandler(port1);
  return { handler, close: () => port1.close() };
}
const opened: Array<() => void> = [];
afterEach(() => {
  shareRequestHandler(undefined);
  for (const close of opened.splice(0)) close();
});

/** A client config as the product makes it, forwarding its requests when `forward`. */
function config(forward: boolean, endpoint = sim.url, maxAttempts?: number) {
  if (forward) {
    const { handler, close } = forwarding();
    opened.push(close);
    shareRequestHandler(handler);
  }
  const made = {
    ...clientConfig({ region: REGION, credentials, ...(maxAttempts ? { maxAttempts } : {}) }),
    endpoint,
  };
  shareRequestHandler(undefined);
  return made;
}

const withoutRequestId = <T extends { $metadata: object }>(output: T) => ({
  ...output,
  $metadata: { ...output.$metadata, requestId: undefined, extendedRequestId: undefined, cfId: undefined },
});

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

async function failure(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (error) {
    return error as Error;
  }
  throw new Error('the call succeeded');
}

describe('ForwardingHttpHandler', () => {
  it('the clients take the shared handler from clientConfig, and only while it is shared', () => {
    const { handler, close } = forwarding();
    opened.push(close);
    shareRequestHandler(handler);
    expect(clientConfig({ region: REGION }).requestHandler).toBe(handler);
    shareRequestHandler(undefined);
    expect(clientConfig({ region: REGION }).requestHandler).toEqual(REQUEST_HANDLER);
  });

  it('Backup (restJson1) outputs are those of the SDK sending itself', async () => {
    const direct = new BackupClient(config(false));
    const forwarded = new BackupClient(config(true));
    const vault = new DescribeBackupVaultCommand({ BackupVaultName: 'production' });
    const vaults = new ListBackupVaultsCommand({});
    const fromForwarded = await forwarded.send(vault);
    expect(fromForwarded.BackupVaultName).toBe('production');
    expect(fromForwarded.CreationDate).toBeInstanceOf(Date);
    expect(withoutRequestId(fromForwarded)).toEqual(withoutRequestId(await direct.send(vault)));
    expect(withoutRequestId(await forwarded.send(vaults))).toEqual(
      withoutRequestId(await direct.send(vaults)),
    );
    direct.destroy();
    forwarded.destroy();
  });

  it('Tagging (awsJson1.1) outputs are those of the SDK sending itself', async () => {
    const command = new GetResourcesCommand({ TagFilters: [{ Key: 'backup', Values: ['daily'] }] });
    const direct = new ResourceGroupsTaggingAPIClient(config(false));
    const forwarded = new ResourceGroupsTaggingAPIClient(config(true));
    const output = await forwarded.send(command);
    expect(output.ResourceTagMappingList?.map((m) => m.ResourceARN)).toEqual([VOLUME]);
    expect(withoutRequestId(output)).toEqual(withoutRequestId(await direct.send(command)));
  });

  it('STS (query, XML): a session, and an XML error as the SDK error class with its status', async () => {
    const sts = new STSClient(config(true));
    const token = jwt({ sub: 'repo:acme/infra:ref:refs/heads/main', aud: 'sts.amazonaws.com' });
    const assumed = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: 'forwarded',
        WebIdentityToken: token,
      }),
    );
    expect(assumed.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(assumed.Credentials?.Expiration).toBeInstanceOf(Date);
    expect(assumed.AssumedRoleUser?.Arn).toContain('backup-plans/forwarded');
    const unknownRole = new AssumeRoleWithWebIdentityCommand({
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/nobody`,
      RoleSessionName: 'forwarded',
      WebIdentityToken: token,
    });
    const fromForwarded = await failure(sts.send(unknownRole));
    const fromDirect = await failure(new STSClient(config(false)).send(unknownRole));
    expect(fromForwarded).toBeInstanceOf(STSServiceException);
    expect(fromForwarded).toBeInstanceOf(fromDirect.constructor);
    expect({ name: fromForwarded.name, message: fromForwarded.message }).toEqual({
      name: fromDirect.name,
      message: fromDirect.message,
    });
    expect((fromForwarded as STSServiceException).$metadata.httpStatusCode).toBe(
      (fromDirect as STSServiceException).$metadata.httpStatusCode,
    );
  });

  it('a Backup error answer is the SDK error class with its HTTP status and message', async () => {
    const missing = new DescribeBackupVaultCommand({ BackupVaultName: 'nowhere' });
    const fromForwarded = await failure(new BackupClient(config(true)).send(missing));
    const fromDirect = await failure(new BackupClient(config(false)).send(missing));
    expect(fromForwarded).toBeInstanceOf(ResourceNotFoundException);
    const seen = (e: Error) => ({
      name: e.name,
      message: e.message,
      status: (e as ResourceNotFoundException).$metadata.httpStatusCode,
      fault: (e as ResourceNotFoundException).$fault,
      class: classifyError(e),
    });
    expect(seen(fromForwarded)).toEqual(seen(fromDirect));
    expect(seen(fromForwarded).status).toBeGreaterThanOrEqual(400);
  });

  it('a refused connection is the same transient error as without forwarding', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const vault = new DescribeBackupVaultCommand({ BackupVaultName: 'production' });
    const fromForwarded = await failure(new BackupClient(config(true, url, 1)).send(vault));
    const fromDirect = await failure(new BackupClient(config(false, url, 1)).send(vault));
    const seen = (e: Error) => ({
      name: e.name,
      code: (e as NodeJS.ErrnoException).code,
      syscall: (e as NodeJS.ErrnoException).syscall,
      message: e.message,
      class: classifyError(e),
    });
    expect(seen(fromForwarded)).toEqual(seen(fromDirect));
    expect(seen(fromForwarded)).toMatchObject({ code: 'ECONNREFUSED', class: 'transient' });
  });

  describe('against a server that never answers', () => {
    let server: Server;
    let url: string;
    const arrived: IncomingMessage[] = [];
    beforeAll(async () => {
      server = createServer((req) => arrived.push(req));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });
    const waitFor = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
    };

    it('an abort rejects with AbortError, and the serving side drops the request', async () => {
      const controller = new AbortController();
      const client = new BackupClient(config(true, url));
      const call = client.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }), {
        abortSignal: controller.signal,
      });
      await waitFor(() => arrived.length === 1);
      const closedByClient = new Promise((resolve) => arrived[0]!.socket.once('close', resolve));
      controller.abort();
      const error = await failure(call);
      expect({ name: error.name, message: error.message, class: classifyError(error) }).toEqual({
        name: 'AbortError',
        message: 'Request aborted',
        class: 'fatal',
      });
      await closedByClient;
    });

    it('a serving side that goes away fails the request in flight and later ones as transient', async () => {
      const { port1, port2 } = new MessageChannel();
      serveForwardedRequests(port2, REQUEST_HANDLER);
      shareRequestHandler(new ForwardingHttpHandler(port1));
      const client = new BackupClient({
        ...clientConfig({ region: REGION, credentials, maxAttempts: 1 }),
        endpoint: url,
      });
      const before = arrived.length;
      const inFlight = client.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
      await waitFor(() => arrived.length === before + 1);
      port2.close();
      const reset = await failure(inFlight);
      expect({
        name: reset.name,
        code: (reset as NodeJS.ErrnoException).code,
        class: classifyError(reset),
      }).toEqual({
        name: 'TimeoutError',
        code: 'ECONNRESET',
        class: 'transient',
      });
      const refused = await failure(
        client.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' })),
      );
      expect({ code: (refused as NodeJS.ErrnoException).code, class: classifyError(refused) }).toEqual({
        code: 'ECONNREFUSED',
        class: 'transient',
      });
      expect(refused.message).toContain('is gone');
    });
  });
});
