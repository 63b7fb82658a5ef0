// A request whose answer never comes fails, retryably, once requestTimeout has passed: with
// @smithy/node-http-handler 4.x that needs throwOnRequestTimeout, else it only logs a warning and the
// request (and a scheduled run with it) waits for as long as the connection stays open.
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { HttpRequest } from '@smithy/core/protocols';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REQUEST_HANDLER } from '../../src/aws/client-config.js';
import { isRetryable } from '../../src/aws/retry.js';

let server: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  // Accepts connections and reads requests, never answers.
  server = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => server.close(resolve));
});

it('the clients’ request handler fails a request that gets no answer, with an error retry.ts retries', async () => {
  expect(REQUEST_HANDLER.throwOnRequestTimeout).toBe(true);
  // The product's settings, with a short timeout so that the test need not wait a minute.
  const handler = new NodeHttpHandler({ ...REQUEST_HANDLER, requestTimeout: 50 });
  const { port } = server.address() as AddressInfo;
  const request = new HttpRequest({
    protocol: 'http:',
    hostname: '127.0.0.1',
    port,
    method: 'GET',
    path: '/backup-vaults/production',
    headers: { host: `127.0.0.1:${port}` },
  });
  try {
    const failure = await handler.handle(request).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'TimeoutError', code: 'ETIMEDOUT' });
    expect(isRetryable(failure)).toBe(true);
  } finally {
    handler.destroy();
  }
});
