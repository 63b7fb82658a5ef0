// The SDK's HTTP transport run by another thread. ForwardingHttpHandler is a request handler for the
// SDK clients that sends each signed request over a MessagePort; on the thread at the other end,
// serveForwardedRequests sends it with the SDK's own NodeHttpHandler (the real request over TCP,
// parsed by node's HTTP parser), collects the body and posts back status, headers and bytes.
// `simulate` uses it to take the client side of HTTP (ClientRequest, socket writes, response
// parsing and streams) off the main thread, which runs the SDK middleware and the decisions, into
// the worker that serves the simulator and idles most of the time (src/simulate/engine-thread.ts).
// Failures reach the SDK as NodeHttpHandler gives them (name, code, message), so retry.ts classifies
// them the same.
import { HttpResponse } from '@smithy/core/protocols';
import { NodeHttpHandler, type NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, HttpRequest, HttpResponse as SdkHttpResponse } from '@smithy/types';
import type { MessagePort } from 'node:worker_threads';

/** A signed request, as it crosses the port. */
interface ForwardedRequest {
  id: number;
  method: string;
  protocol: string;
  hostname: string;
  port: number | undefined;
  path: string;
  query: HttpRequest['query'];
  headers: HttpRequest['headers'];
  body: string | Uint8Array | undefined;
  username: string | undefined;
  password: string | undefined;
  fragment: string | undefined;
  requestTimeout: number | undefined;
}

/** Asks the serving side to abort request `cancel` (its answer is no longer awaited). */
interface ForwardedCancel {
  cancel: number;
  reason: string;
}

/** An error as thrown on the serving side, with the fields retry.ts and the SDK read. */
interface ForwardedError {
  name: string;
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  address?: string;
  port?: number;
  cause?: ForwardedError;
}

type ForwardedAnswer =
  | {
      id: number;
      statusCode: number;
      reason: string | undefined;
      headers: Record<string, string>;
      body: Uint8Array;
    }
  | { id: number; error: ForwardedError };

type Settle = { resolve: (value: { response: SdkHttpResponse }) => void; reject: (error: Error) => void };

const NODE_ERROR_FIELDS = ['code', 'errno', 'syscall', 'address', 'port'] as const;

function describe(error: unknown, depth = 0): ForwardedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const described: ForwardedError = { name: error.name, message: error.message };
  for (const field of NODE_ERROR_FIELDS) {
    const value: unknown = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number')
      (described as unknown as Record<string, unknown>)[field] = value;
  }
  if (error.cause !== undefined && depth < 3) described.cause = describe(error.cause, depth + 1);
  return described;
}

/** The error again, on this thread: a plain Error with the fields it had (a node error's name stays on its prototype). */
function revive(described: ForwardedError): Error {
  const { name, message, cause, ...fields } = described;
  const error = Object.assign(new Error(message), fields);
  if (name !== 'Error') error.name = name;
  if (cause) error.cause = revive(cause);
  return error;
}

/** NodeHttpHandler's AbortError (same name and message). */
function abortError(signal: HttpHandlerOptions['abortSignal']): Error {
  const reason: unknown = signal && 'reason' in signal ? signal.reason : undefined;
  const said = typeof reason === 'string' || typeof reason === 'number' ? String(reason) : '';
  const error = new Error(said || 'Request aborted');
  error.name = 'AbortError';
  if (reason instanceof Error) error.cause = reason;
  return error;
}

const GONE = "the thread serving this client's HTTP requests is gone";

/**
 * What a request meets once the serving thread is gone, as node reports a server that went away:
 * a request in flight a reset connection (which NodeHttpHandler names TimeoutError), a later one a
 * refused connection. Both are transient for retry.ts, as they would be without forwarding.
 */
function connectionReset(): Error {
  return Object.assign(new Error(`socket hang up (${GONE})`), { name: 'TimeoutError', code: 'ECONNRESET' });
}

function connectionRefused(request: HttpRequest): Error {
  return Object.assign(
    new Error(`connect ECONNREFUSED ${request.hostname}:${request.port ?? ''} (${GONE})`),
    {
      code: 'ECONNREFUSED',
      errno: -111,
      syscall: 'connect',
      address: request.hostname,
      port: request.port,
    },
  );
}

/**
 * The SDK clients' request handler that forwards to serveForwardedRequests at the other end of
 * `port`. The port belongs to whoever made it: clients come and go (each run destroys its own),
 * so destroy() leaves it open.
 */
export class ForwardingHttpHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly pending = new Map<number, Settle>();
  private readonly config: Record<string, unknown> = {};
  private nextId = 0;
  private closed = false;

  constructor(private readonly port: MessagePort) {
    port.on('message', (answer: ForwardedAnswer) => {
      const settle = this.pending.get(answer.id);
      if (!settle) return; // aborted meanwhile
      this.pending.delete(answer.id);
      if ('error' in answer) settle.reject(revive(answer.error));
      else
        settle.resolve({
          response: new HttpResponse({
            statusCode: answer.statusCode,
            reason: answer.reason,
            headers: answer.headers,
            body: answer.body,
          }),
        });
    });
    port.on('close', () => {
      this.closed = true;
      // Requests in flight: their connection is gone with the thread.
      for (const settle of this.pending.values()) settle.reject(connectionReset());
      this.pending.clear();
    });
  }

  handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: SdkHttpResponse }> {
    const { abortSignal, requestTimeout } = options;
    if (abortSignal?.aborted) return Promise.reject(abortError(abortSignal));
    if (this.closed) return Promise.reject(connectionRefused(request));
    const body: unknown = request.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array))
      return Promise.reject(
        new Error('ForwardingHttpHandler sends string and byte bodies only, not streams'),
      );
    const id = this.nextId++;
    this.port.postMessage({
      id,
      method: request.method,
      protocol: request.protocol,
      hostname: request.hostname,
      port: request.port,
      path: request.path,
      query: request.query,
      headers: request.headers,
      body: body ?? undefined,
      username: request.username,
      password: request.password,
      fragment: request.fragment,
      requestTimeout,
    } satisfies ForwardedRequest);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (!abortSignal) return;
      const onAbort = () => {
        if (!this.pending.delete(id)) return;
        reject(abortError(abortSignal));
        this.port.postMessage({ cancel: id, reason: 'aborted by the caller' } satisfies ForwardedCancel);
      };
      if ('addEventListener' in abortSignal) abortSignal.addEventListener('abort', onAbort, { once: true });
      else abortSignal.onabort = onAbort;
    });
  }

  updateHttpClientConfig(key: string, value: unknown): void {
    this.config[key] = value;
  }

  httpHandlerConfigs(): Record<string, unknown> {
    return this.config;
  }

  /** The port outlives the clients (see the class comment). */
  destroy(): void {}
}

/** A body's bytes in an ArrayBuffer of their own (chunks may be views into pooled memory). */
function collect(body: NodeJS.ReadableStream): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    body.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.byteLength;
    });
    body.on('error', reject);
    body.on('end', () => {
      const bytes = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
  });
}

/**
 * Serves ForwardingHttpHandler's requests arriving on `port` with the SDK's NodeHttpHandler
 * (`options`: as the clients would configure it), until the port closes.
 */
export function serveForwardedRequests(port: MessagePort, options: NodeHttpHandlerOptions): void {
  const handler = new NodeHttpHandler(options);
  // NodeHttpHandler's abort hook without an AbortController per request: it sets onabort.
  const signals = new Map<number, { aborted: boolean; reason?: string; onabort: (() => void) | null }>();
  port.on('message', (message: ForwardedRequest | ForwardedCancel) => {
    if ('cancel' in message) {
      const signal = signals.get(message.cancel);
      if (signal && !signal.aborted) {
        signal.aborted = true;
        signal.reason = message.reason;
        signal.onabort?.();
      }
      return;
    }
    const { id, requestTimeout, ...request } = message;
    const signal = { aborted: false, onabort: null };
    signals.set(id, signal);
    const answer = (reply: ForwardedAnswer, transfer: ArrayBuffer[] = []) => {
      signals.delete(id);
      port.postMessage(reply, transfer);
    };
    handler
      .handle(request as unknown as Parameters<NodeHttpHandler['handle']>[0], {
        abortSignal: signal,
        ...(requestTimeout !== undefined ? { requestTimeout } : {}),
      })
      .then(async ({ response }) => {
        const body = await collect(response.body as NodeJS.ReadableStream);
        answer(
          {
            id,
            statusCode: response.statusCode,
            reason: response.reason,
            headers: response.headers,
            body,
          },
          [body.buffer as ArrayBuffer],
        );
      })
      .catch((error: unknown) => answer({ id, error: describe(error) }));
  });
  port.on('close', () => handler.destroy());
}
