// SDK clients whose HTTP requests another thread sends (src/aws/forwarding-http-handler.ts) see what
// they would see sending them themselves: outputs of the three protocols (Backup restJson1, STS query
// with XML, Tagging awsJson1.1), the SDK's error classes with their HTTP status, and connection
// failures, aborts and a vanished serving side with the name and code retry.ts classifies. Here both
// ends of the port run on this thread, with the real serving code and a real simulator over TCP;
// the bundle's worker thread is tested through simulate (test/e2e/simulate-worker.test.ts). The
// serving side sends with undici, not the SDK's NodeHttpHandler: what goes on the wire, what comes
// back and how it fails are compared with NodeHttpHandler sending the same requests itself.
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
import { HttpRequest } from '@smithy/core/protocols';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { MessageChannel } from 'node:worker_threads';
import { errors as undiciErrors } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientConfig, REQUEST_HANDLER, shareRequestHandler } from '../../src/aws/client-config.js';
import {
  asNodeHttpHandlerError,
  ForwardingHttpHandler,
  serveForwardedRequests,
  type ServingOptions,
} from '../../src/aws/forwarding-http-handler.js';
import { classifyError, httpStatus, isOutcomeUnknown } from '../../src/aws/retry.js';
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
function forwarding(options: ServingOptions = REQUEST_HANDLER) {
  const { port1, port2 } = new MessageChannel();
  serveForwardedRequests(port2, options);
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

/** A response as the SDK reads it, from either handler. */
async function read(response: Awaited<ReturnType<NodeHttpHandler['handle']>>['response']) {
  const body: unknown = response.body;
  let bytes: Buffer;
  if (body instanceof Uint8Array) bytes = Buffer.from(body);
  else {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
    bytes = Buffer.concat(chunks);
  }
  return { statusCode: response.statusCode, reason: response.reason, headers: response.headers, body: bytes };
}

/** The same request sent by NodeHttpHandler itself and through the forwarding port. */
async function bothWays(request: () => HttpRequest, options: ServingOptions = REQUEST_HANDLER) {
  const direct = new NodeHttpHandler(options);
  const { handler, close } = forwarding(options);
  opened.push(close, () => direct.destroy());
  const settle = async (handled: ReturnType<NodeHttpHandler['handle']>) => {
    try {
      return { response: await read((await handled).response) };
    } catch (error) {
      return { error: error as NodeJS.ErrnoException };
    }
  };
  return {
    direct: await settle(direct.handle(request())),
    forwarded: await settle(handler.handle(request())),
  };
}

/** What the SDK and retry.ts read of a failure. */
const shape = (error: NodeJS.ErrnoException | undefined) =>
  error && {
    name: error.name,
    message: error.message,
    code: error.code,
    errno: error.errno,
    syscall: error.syscall,
    class: classifyError(error),
  };

/** A TCP server that answers each request's first bytes with `answer` (raw HTTP, or a hang-up). */
async function rawServer(answer: (socket: Socket) => void) {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.once('data', () => answer(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  opened.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return (server.address() as AddressInfo).port;
}

const get =
  (port: number, path = '/') =>
  () =>
    new HttpRequest({
      method: 'GET',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port,
      path,
      headers: { host: `127.0.0.1:${port}` },
    });

describe('the serving side sends as NodeHttpHandler does', () => {
  it('the same request target, headers and body: query strings with escapes, repeated keys and unicode', async () => {
    const seen: Array<{ method?: string; url?: string; headers: IncomingMessage['headers']; body: string }> =
      [];
    const server = createServer((req, res) => {
      res.sendDate = false;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { host, authorization, 'content-length': length, 'x-amz-target': target } = req.headers;
        seen.push({
          method: req.method,
          url: req.url,
          headers: { host, authorization, 'content-length': length, 'x-amz-target': target },
          body: Buffer.concat(chunks).toString('latin1'),
        });
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    opened.push(() => server.close());
    const port = (server.address() as AddressInfo).port;
    const requests: Array<Partial<HttpRequest>> = [
      {
        method: 'GET',
        path: '/backup-vaults/a%20b/recovery-points/',
        query: {
          'with space': 'a b',
          plus: '1+2',
          slash: 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-1',
          unicode: 'é ü 😀 中',
          reserved: "!'()*~-._",
          repeated: ['b', 'a', 'a b', '+'],
          flag: null as unknown as string,
          empty: '',
          '&=?#': '%&=?#',
        },
      },
      { method: 'GET', path: '/x', query: {}, fragment: 'part' },
      {
        method: 'POST',
        path: '/',
        headers: { 'x-amz-target': 'Service.Op', 'content-length': '13' },
        body: '{"Name":"é"}',
      },
      {
        method: 'PUT',
        path: '/bytes',
        headers: { 'content-length': '4' },
        body: new Uint8Array([0, 255, 10, 13]),
      },
      { method: 'DELETE', path: '/who', username: 'user', password: 'p:ss' },
      { method: 'DELETE', path: '/who', username: 'user', headers: { Authorization: 'AWS4 signed' } },
    ];
    for (const fields of requests) {
      const request = () =>
        new HttpRequest({
          protocol: 'http:',
          hostname: '127.0.0.1',
          port,
          ...fields,
          headers: { host: `127.0.0.1:${port}`, ...fields.headers },
        });
      const { direct, forwarded } = await bothWays(request);
      expect(forwarded).toEqual(direct);
    }
    expect(seen).toHaveLength(2 * requests.length);
    for (let i = 0; i < seen.length; i += 2) expect(seen[i + 1]).toEqual(seen[i]);
    expect(seen[0]!.url).toBe(
      '/backup-vaults/a%20b/recovery-points/?%26%3D%3F%23=%25%26%3D%3F%23&empty=&flag&plus=1%2B2' +
        '&repeated=b&repeated=a&repeated=a%20b&repeated=%2B&reserved=%21%27%28%29%2A~-._' +
        '&slash=arn%3Aaws%3Aec2%3Aeu-west-1%3A123456789012%3Avolume%2Fvol-1' +
        '&unicode=%C3%A9%20%C3%BC%20%F0%9F%98%80%20%E4%B8%AD&with%20space=a%20b',
    );
    expect(seen[2]!.url).toBe('/x#part');
    expect(seen[4]!.body).toBe(Buffer.from('{"Name":"é"}').toString('latin1'));
    expect(seen[8]!.headers.authorization).toBe(`Basic ${Buffer.from('user:p:ss').toString('base64')}`);
    expect(seen[10]!.headers.authorization).toBe('AWS4 signed');
  });

  it('the same response: status, reason, headers joined as node joins them, a body of many chunks', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 'abcdefgh');
    const port = await rawServer((socket) => {
      socket.write(
        Buffer.from(
          'HTTP/1.1 102 Processing\r\nX-Info: 1\r\n\r\n' +
            // The reason phrase in UTF-8, which node reads as latin1 (undici as UTF-8).
            'HTTP/1.1 200 Fine \u00c3\u00a9\r\n' +
            'X-Repeated: 1\r\nx-repeated: 2\r\nContent-Type: a\r\ncontent-type: b\r\n' +
            'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nCookie: c=3\r\nCookie: d=4\r\nDate: x\r\nDate: y\r\n' +
            'Constructor: c\r\nX-Latin: \u00c3\u00a9\r\nX-Amzn-RequestId: id-1\r\n' +
            `Content-Length: ${body.length}\r\n\r\n`,
          'latin1',
        ),
      );
      socket.write(body);
    });
    const { direct, forwarded } = await bothWays(get(port));
    expect(direct.error).toBeUndefined();
    const { body: directBody, ...directResponse } = direct.response!;
    const { body: forwardedBody, ...forwardedResponse } = forwarded.response!;
    expect(forwardedResponse).toEqual(directResponse);
    expect(forwardedBody.equals(directBody)).toBe(true);
    expect(forwarded.response?.reason).toBe('Fine \u00c3\u00a9');
    expect(forwarded.response?.headers).toMatchObject({
      'x-repeated': '1, 2',
      'content-type': 'a',
      'set-cookie': 'a=1,b=2',
      cookie: 'c=3; d=4',
      constructor: 'c',
    });
    expect(forwarded.response?.body.equals(body)).toBe(true);
  });

  it('a connection lost before or while answering fails with the error NodeHttpHandler gives', async () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n';
    const answers: Record<string, (socket: Socket) => void> = {
      'closed before the response': (socket) => socket.end(),
      'reset before the response': (socket) => socket.resetAndDestroy(),
      'closed within the headers': (socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Ty'),
      'closed within the body': (socket) => socket.end(`${head}Content-Length: 100\r\n\r\n{"Name"`),
      'closed within a chunked body': (socket) =>
        socket.end(`${head}Transfer-Encoding: chunked\r\n\r\n3\r\n{"N\r\n`),
      'a broken chunk in the body': (socket) =>
        socket.write(`${head}Transfer-Encoding: chunked\r\n\r\n3\r\n{"N\r\nzz\r\n`),
      'a broken header': (socket) => socket.write('HTTP/1.1 200 OK\r\nBad\u0001: x\r\n\r\n'),
    };
    const seen: Record<string, unknown> = {};
    for (const [what, answer] of Object.entries(answers)) {
      const { direct, forwarded } = await bothWays(get(await rawServer(answer)));
      expect(direct.error, what).toBeDefined();
      expect(shape(forwarded.error), what).toEqual(shape(direct.error));
      seen[what] = {
        name: forwarded.error?.name,
        message: forwarded.error?.message,
        code: forwarded.error?.code,
      };
    }
    expect(seen).toEqual({
      'closed before the response': { name: 'TimeoutError', message: 'socket hang up', code: 'ECONNRESET' },
      'reset before the response': { name: 'TimeoutError', message: 'read ECONNRESET', code: 'ECONNRESET' },
      'closed within the headers': { name: 'TimeoutError', message: 'socket hang up', code: 'ECONNRESET' },
      'closed within the body': { name: 'Error', message: 'aborted', code: 'ECONNRESET' },
      'closed within a chunked body': { name: 'Error', message: 'aborted', code: 'ECONNRESET' },
      'a broken chunk in the body': { name: 'Error', message: 'aborted', code: 'ECONNRESET' },
      'a broken header': {
        name: 'Error',
        message: 'Parse Error: Invalid header token',
        code: 'HPE_INVALID_HEADER_TOKEN',
      },
    });
  });

  it('through the SDK, a connection closed before or within the answer is the same error', async () => {
    const vault = new DescribeBackupVaultCommand({ BackupVaultName: 'production' });
    for (const answer of [
      (socket: Socket) => socket.end(),
      (socket: Socket) =>
        socket.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99\r\n\r\n{"Ba'),
    ]) {
      const url = `http://127.0.0.1:${await rawServer(answer)}`;
      const fromForwarded = await failure(new BackupClient(config(true, url, 1)).send(vault));
      const fromDirect = await failure(new BackupClient(config(false, url, 1)).send(vault));
      const seen = (error: Error) => ({
        ...shape(error),
        status: httpStatus(error),
        outcomeUnknown: isOutcomeUnknown(error),
      });
      expect(seen(fromForwarded)).toEqual(seen(fromDirect));
      expect(seen(fromForwarded)).toMatchObject({
        code: 'ECONNRESET',
        class: 'transient',
        outcomeUnknown: true,
      });
    }
  });

  describe('requestTimeout, against a server that answers late', () => {
    let release: () => void = () => {};
    let port: number;
    beforeAll(async () => {
      const server = createServer((req, res) => {
        res.sendDate = false;
        const previous = release;
        release = () => {
          previous();
          res.end('late');
        };
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
      return () => {
        release();
        server.closeAllConnections();
        server.close();
      };
    });

    it('throwOnRequestTimeout: the TimeoutError NodeHttpHandler throws', async () => {
      const { direct, forwarded } = await bothWays(get(port), {
        requestTimeout: 20,
        throwOnRequestTimeout: true,
      });
      expect(shape(forwarded.error)).toEqual(shape(direct.error));
      expect(shape(forwarded.error)).toMatchObject({
        name: 'TimeoutError',
        code: 'ETIMEDOUT',
        class: 'transient',
      });
    });

    it("without it, NodeHttpHandler's warning, and the answer when it comes", async () => {
      const warnings: unknown[] = [];
      vi.spyOn(console, 'warn').mockImplementation((warning: unknown) => {
        warnings.push(warning);
        release();
      });
      try {
        const { direct, forwarded } = await bothWays(get(port), { requestTimeout: 20 });
        expect(forwarded).toEqual(direct);
        expect(forwarded.response?.body.toString()).toBe('late');
        expect(warnings).toHaveLength(2);
        expect(warnings[1]).toBe(warnings[0]);
        expect(warnings[0]).toContain('exceeded the configured 20 ms requestTimeout');
      } finally {
        vi.restoreAllMocks();
      }
    });
  });

  it("undici's connect timeout is NodeHttpHandler's connection timeout", () => {
    const timedOut = new undiciErrors.ConnectTimeoutError();
    const error = asNodeHttpHandlerError(timedOut, false, REQUEST_HANDLER);
    expect({ name: error.name, message: error.message, class: classifyError(error) }).toEqual({
      name: 'TimeoutError',
      message:
        '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 10000 ms.',
      class: 'transient',
    });
  });
});
