// The SDK's HTTP transport run by another thread. ForwardingHttpHandler is a request handler for the
// SDK clients that sends each signed request over a MessagePort; on the thread at the other end,
// serveForwardedRequests sends it with undici (its raw dispatcher: the real request over TCP, from one
// keep-alive pool for the port's lifetime), collects the body and posts back status, headers and bytes.
// `simulate` uses it to take the client side of HTTP (request writing, response parsing, sockets) off
// the main thread, which runs the SDK middleware and the decisions, into the worker that serves the
// simulator and idles most of the time (src/simulate/engine-thread.ts). undici, not the SDK's own
// NodeHttpHandler: node's ClientRequest, agent and socket streams were a large share of that thread's
// CPU. It is loaded on the serving thread only.
// The SDK sees what NodeHttpHandler would give it: the same request target (the SDK's query string
// builder), response headers as node's parser joins them, and failures with NodeHttpHandler's name,
// code and message (a refused connection, a hang-up before or during the response, its timeouts), so
// retry.ts classifies them the same.
import { buildQueryString, HttpResponse } from '@smithy/core/protocols';
import type {
  HttpHandlerOptions,
  HttpRequest,
  HttpResponse as SdkHttpResponse,
  NodeHttpHandlerOptions,
} from '@smithy/types';
import type { Dispatcher } from 'undici';
import { Readable } from 'node:stream';
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

interface ForwardedResponse {
  id: number;
  statusCode: number;
  reason: string | undefined;
  headers: Record<string, string>;
}

type ForwardedAnswer =
  | (ForwardedResponse & { body: Uint8Array })
  /** The response came, and reading its body failed. */
  | (ForwardedResponse & { bodyError: ForwardedError })
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

/**
 * A body whose reading fails with `error`, as a response's does when its connection is lost: the
 * SDK's deserializer meets it and adds what it adds to NodeHttpHandler's (the response, its status).
 */
function failingBody(error: Error): Readable {
  return new Readable({
    read() {
      this.destroy(error);
    },
  });
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
            body: 'bodyError' in answer ? failingBody(revive(answer.bodyError)) : answer.body,
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

/** What serveForwardedRequests honours of NodeHttpHandler's options, with the same meaning. */
export type ServingOptions = Pick<
  NodeHttpHandlerOptions,
  'connectionTimeout' | 'requestTimeout' | 'throwOnRequestTimeout'
>;

/** NodeHttpHandler's "socket hang up": the connection ended before the response. */
function socketHangUp(): Error {
  return Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' });
}

/** Codes NodeHttpHandler renames TimeoutError (its NODEJS_TIMEOUT_ERROR_CODES). */
const TIMEOUT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * The error NodeHttpHandler gives where undici reports `error`: before the response (ClientRequest's
 * error, some renamed TimeoutError) or, once its headers came (`responded`), while reading its body
 * (node's IncomingMessage fails every lost connection with "aborted").
 */
export function asNodeHttpHandlerError(
  error: Error,
  responded: boolean,
  options: ServingOptions = {},
): Error {
  if (responded) return Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
  const { code } = error as NodeJS.ErrnoException;
  if (code === 'UND_ERR_SOCKET') return socketHangUp();
  if (code === 'UND_ERR_CONNECT_TIMEOUT')
    return Object.assign(
      new Error(
        `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${options.connectionTimeout} ms.`,
      ),
      { name: 'TimeoutError' },
    );
  if (error.name === 'HTTPParserError') {
    // Node's message names llhttp's reason as undici does (their llhttp versions may word it apart).
    const reason = /\((.*)\)$/.exec(error.message)?.[1] ?? error.message;
    return Object.assign(new Error(`Parse Error: ${reason}`), { code });
  }
  // Node's own errors (ECONNREFUSED, ECONNRESET, EPIPE, DNS…) reach it unchanged.
  if (code !== undefined && TIMEOUT_CODES.has(code)) error.name = 'TimeoutError';
  return error;
}

/** Response fields of which node's parser keeps the first (http.IncomingMessage's matchKnownFields). */
const FIRST_ONLY = new Set([
  'age',
  'authorization',
  'content-length',
  'content-type',
  'etag',
  'expires',
  'from',
  'host',
  'if-modified-since',
  'if-unmodified-since',
  'last-modified',
  'location',
  'max-forwards',
  'proxy-authorization',
  'referer',
  'retry-after',
  'server',
  'user-agent',
]);

/**
 * Response headers as NodeHttpHandler passes them on: node's IncomingMessage.headers (names lower-cased,
 * bytes read as latin1, a repeated field dropped, or joined with ', ', or '; ' for cookie), set-cookie's
 * list joined with ','.
 */
function responseHeaders(raw: Buffer[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toString('latin1').toLowerCase();
    const value = raw[i + 1]!.toString('latin1');
    // typeof, as node checks: a name such as "constructor" is found on the prototype.
    const seen: unknown = headers[name];
    if (typeof seen !== 'string') headers[name] = value;
    else if (name === 'set-cookie') headers[name] = `${seen},${value}`;
    else if (name === 'cookie') headers[name] = `${seen}; ${value}`;
    else if (!FIRST_ONLY.has(name)) headers[name] = `${seen}, ${value}`;
  }
  return headers;
}

/** The request target as NodeHttpHandler writes it: path, the SDK's query string, fragment. */
function requestPath({ path, query, fragment }: ForwardedRequest): string {
  const queryString = query ? buildQueryString(query) : '';
  if (queryString) path += `?${queryString}`;
  if (fragment) path += `#${fragment}`;
  return path;
}

function requestOrigin({ protocol, hostname, port }: ForwardedRequest): string {
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  return `${protocol === 'https:' ? 'https:' : 'http:'}//${host}${port === undefined ? '' : `:${port}`}`;
}

/** The headers, with node's basic authorization from username and password unless one is given. */
function requestHeaders({ headers, username, password }: ForwardedRequest): HttpRequest['headers'] {
  if (username == null && password == null) return headers;
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) return headers;
  const basic = Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64');
  return { ...headers, Authorization: `Basic ${basic}` };
}

interface Serving {
  port: MessagePort;
  options: ServingOptions;
  exchanges: Map<number, Exchange>;
}

function requestTimedOut(exchange: Exchange, timeout: number): void {
  exchange.timedOut(timeout);
}

/** One forwarded request in undici: its dispatch handler, which answers it once. */
class Exchange implements Dispatcher.DispatchHandlers {
  private abortDispatch: ((error?: Error) => void) | undefined;
  private answered = false;
  private responded = false;
  private statusCode = 0;
  private reason = '';
  private headers: Record<string, string> = {};
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly id: number,
    private readonly serving: Serving,
    requestTimeout: number | undefined,
  ) {
    // NodeHttpHandler's requestTimeout: from the start to the response's headers; 0 or none: no limit.
    if (requestTimeout) this.timer = setTimeout(requestTimedOut, requestTimeout, this, requestTimeout);
  }

  onConnect(abort: (error?: Error) => void): void {
    if (this.answered) abort();
    else this.abortDispatch = abort;
  }

  onHeaders(statusCode: number, headers: Buffer[], _resume: () => void, statusText: string): boolean {
    if (statusCode < 200) return true; // informational: node's 'information', not the response
    clearTimeout(this.timer);
    this.responded = true;
    this.statusCode = statusCode;
    // Node reads the reason phrase as latin1, undici as UTF-8.
    this.reason = /[\u0080-\uffff]/.test(statusText)
      ? Buffer.from(statusText).toString('latin1')
      : statusText;
    this.headers = responseHeaders(headers);
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    this.length += chunk.byteLength;
    return true;
  }

  onComplete(): void {
    // The bytes in an ArrayBuffer of their own, to transfer (chunks may be views into socket memory);
    // allocUnsafeSlow: not from the pool, and not zero-filled first, as every byte is copied into it.
    const body = Buffer.allocUnsafeSlow(this.length);
    let offset = 0;
    for (const chunk of this.chunks) offset += chunk.copy(body, offset);
    const { id, statusCode, reason, headers } = this;
    this.answer({ id, statusCode, reason, headers, body }, [body.buffer]);
  }

  onError(error: Error): void {
    const { id, statusCode, reason, headers, responded, serving } = this;
    const failure = describe(asNodeHttpHandlerError(error, responded, serving.options));
    // Once the headers came, NodeHttpHandler has given the response: its body fails.
    if (responded) this.answer({ id, statusCode, reason, headers, bodyError: failure });
    else this.answer({ id, error: failure });
  }

  /** The forwarding side stopped waiting: no answer, the connection goes as NodeHttpHandler's would. */
  cancel(reason: string): void {
    if (this.answered) return;
    this.settle();
    this.abortDispatch?.(Object.assign(new Error(reason), { name: 'AbortError' }));
  }

  timedOut(timeout: number): void {
    if (this.answered) return;
    const said = `@smithy/node-http-handler - [${this.serving.options.throwOnRequestTimeout ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${timeout} ms requestTimeout.`;
    if (!this.serving.options.throwOnRequestTimeout) {
      console.warn(
        `${said} Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`,
      );
      return;
    }
    const error = Object.assign(new Error(said), { name: 'TimeoutError', code: 'ETIMEDOUT' });
    this.answer({ id: this.id, error: describe(error) });
    this.abortDispatch?.(error);
  }

  private answer(answer: ForwardedAnswer, transfer: ArrayBuffer[] = []): void {
    if (this.answered) return;
    this.settle();
    this.serving.port.postMessage(answer, transfer);
  }

  private settle(): void {
    this.answered = true;
    clearTimeout(this.timer);
    this.serving.exchanges.delete(this.id);
  }
}

function serve(port: MessagePort, options: ServingOptions, agent: Dispatcher): void {
  const serving: Serving = { port, options, exchanges: new Map() };
  port.on('message', (message: ForwardedRequest | ForwardedCancel) => {
    if ('cancel' in message) return serving.exchanges.get(message.cancel)?.cancel(message.reason);
    const exchange = new Exchange(message.id, serving, message.requestTimeout ?? options.requestTimeout);
    serving.exchanges.set(message.id, exchange);
    agent.dispatch(
      {
        origin: requestOrigin(message),
        path: requestPath(message),
        method: message.method as Dispatcher.HttpMethod,
        headers: requestHeaders(message),
        body: message.body ?? null,
      },
      exchange,
    );
  });
  // Requests still in flight fail with the pool; nobody waits for their answers.
  port.on('close', () => void agent.destroy());
}

/**
 * Serves ForwardingHttpHandler's requests arriving on `port` with undici, as the SDK's NodeHttpHandler
 * configured with `options` would send them, until the port closes. Requests that arrive while undici
 * loads wait on the port.
 */
export function serveForwardedRequests(port: MessagePort, options: ServingOptions): void {
  import('undici').then(
    ({ Agent }) =>
      serve(
        port,
        options,
        new Agent({
          // NodeHttpHandler's agent: keep-alive, at most 50 sockets; no limit on headers or body time.
          connections: 50,
          headersTimeout: 0,
          bodyTimeout: 0,
          connect: { timeout: options.connectionTimeout ?? 0 },
        }),
      ),
    (error: unknown) =>
      port.on('message', (message: ForwardedRequest | ForwardedCancel) => {
        if (!('cancel' in message)) port.postMessage({ id: message.id, error: describe(error) });
      }),
  );
}
