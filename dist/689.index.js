export const id = 689;
export const ids = [689];
export const modules = {

/***/ 6934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WN: () => (/* binding */ ForwardingHttpHandler),
/* harmony export */   ad: () => (/* binding */ serveForwardedRequests)
/* harmony export */ });
/* unused harmony export asNodeHttpHandlerError */
/* harmony import */ var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3422);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
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


const NODE_ERROR_FIELDS = ['code', 'errno', 'syscall', 'address', 'port'];
function describe(error, depth = 0) {
    if (!(error instanceof Error))
        return { name: 'Error', message: String(error) };
    const described = { name: error.name, message: error.message };
    for (const field of NODE_ERROR_FIELDS) {
        const value = error[field];
        if (typeof value === 'string' || typeof value === 'number')
            described[field] = value;
    }
    if (error.cause !== undefined && depth < 3)
        described.cause = describe(error.cause, depth + 1);
    return described;
}
/** The error again, on this thread: a plain Error with the fields it had (a node error's name stays on its prototype). */
function revive(described) {
    const { name, message, cause, ...fields } = described;
    const error = Object.assign(new Error(message), fields);
    if (name !== 'Error')
        error.name = name;
    if (cause)
        error.cause = revive(cause);
    return error;
}
/** NodeHttpHandler's AbortError (same name and message). */
function abortError(signal) {
    const reason = signal && 'reason' in signal ? signal.reason : undefined;
    const said = typeof reason === 'string' || typeof reason === 'number' ? String(reason) : '';
    const error = new Error(said || 'Request aborted');
    error.name = 'AbortError';
    if (reason instanceof Error)
        error.cause = reason;
    return error;
}
/**
 * A body whose reading fails with `error`, as a response's does when its connection is lost: the
 * SDK's deserializer meets it and adds what it adds to NodeHttpHandler's (the response, its status).
 */
function failingBody(error) {
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable({
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
function connectionReset() {
    return Object.assign(new Error(`socket hang up (${GONE})`), { name: 'TimeoutError', code: 'ECONNRESET' });
}
function connectionRefused(request) {
    return Object.assign(new Error(`connect ECONNREFUSED ${request.hostname}:${request.port ?? ''} (${GONE})`), {
        code: 'ECONNREFUSED',
        errno: -111,
        syscall: 'connect',
        address: request.hostname,
        port: request.port,
    });
}
/**
 * The SDK clients' request handler that forwards to serveForwardedRequests at the other end of
 * `port`. The port belongs to whoever made it: clients come and go (each run destroys its own),
 * so destroy() leaves it open.
 */
class ForwardingHttpHandler {
    port;
    metadata = { handlerProtocol: 'http/1.1' };
    pending = new Map();
    config = {};
    nextId = 0;
    closed = false;
    constructor(port) {
        this.port = port;
        port.on('message', (answer) => {
            const settle = this.pending.get(answer.id);
            if (!settle)
                return; // aborted meanwhile
            this.pending.delete(answer.id);
            if ('error' in answer)
                settle.reject(revive(answer.error));
            else
                settle.resolve({
                    response: new _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_1__.HttpResponse({
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
            for (const settle of this.pending.values())
                settle.reject(connectionReset());
            this.pending.clear();
        });
    }
    handle(request, options = {}) {
        const { abortSignal, requestTimeout } = options;
        if (abortSignal?.aborted)
            return Promise.reject(abortError(abortSignal));
        if (this.closed)
            return Promise.reject(connectionRefused(request));
        const body = request.body;
        if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array))
            return Promise.reject(new Error('ForwardingHttpHandler sends string and byte bodies only, not streams'));
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
        });
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            if (!abortSignal)
                return;
            const onAbort = () => {
                if (!this.pending.delete(id))
                    return;
                reject(abortError(abortSignal));
                this.port.postMessage({ cancel: id, reason: 'aborted by the caller' });
            };
            if ('addEventListener' in abortSignal)
                abortSignal.addEventListener('abort', onAbort, { once: true });
            else
                abortSignal.onabort = onAbort;
        });
    }
    updateHttpClientConfig(key, value) {
        this.config[key] = value;
    }
    httpHandlerConfigs() {
        return this.config;
    }
    /** The port outlives the clients (see the class comment). */
    destroy() { }
}
/** NodeHttpHandler's "socket hang up": the connection ended before the response. */
function socketHangUp() {
    return Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' });
}
/** Codes NodeHttpHandler renames TimeoutError (its NODEJS_TIMEOUT_ERROR_CODES). */
const TIMEOUT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
/**
 * The error NodeHttpHandler gives where undici reports `error`: before the response (ClientRequest's
 * error, some renamed TimeoutError) or, once its headers came (`responded`), while reading its body
 * (node's IncomingMessage fails every lost connection with "aborted").
 */
function asNodeHttpHandlerError(error, responded, options = {}) {
    if (responded)
        return Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const { code } = error;
    if (code === 'UND_ERR_SOCKET')
        return socketHangUp();
    if (code === 'UND_ERR_CONNECT_TIMEOUT')
        return Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${options.connectionTimeout} ms.`), { name: 'TimeoutError' });
    if (error.name === 'HTTPParserError') {
        // Node's message names llhttp's reason as undici does (their llhttp versions may word it apart).
        const reason = /\((.*)\)$/.exec(error.message)?.[1] ?? error.message;
        return Object.assign(new Error(`Parse Error: ${reason}`), { code });
    }
    // Node's own errors (ECONNREFUSED, ECONNRESET, EPIPE, DNS…) reach it unchanged.
    if (code !== undefined && TIMEOUT_CODES.has(code))
        error.name = 'TimeoutError';
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
function responseHeaders(raw) {
    const headers = {};
    for (let i = 0; i + 1 < raw.length; i += 2) {
        const name = raw[i].toString('latin1').toLowerCase();
        const value = raw[i + 1].toString('latin1');
        // typeof, as node checks: a name such as "constructor" is found on the prototype.
        const seen = headers[name];
        if (typeof seen !== 'string')
            headers[name] = value;
        else if (name === 'set-cookie')
            headers[name] = `${seen},${value}`;
        else if (name === 'cookie')
            headers[name] = `${seen}; ${value}`;
        else if (!FIRST_ONLY.has(name))
            headers[name] = `${seen}, ${value}`;
    }
    return headers;
}
/** The request target as NodeHttpHandler writes it: path, the SDK's query string, fragment. */
function requestPath({ path, query, fragment }) {
    const queryString = query ? (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_1__.buildQueryString)(query) : '';
    if (queryString)
        path += `?${queryString}`;
    if (fragment)
        path += `#${fragment}`;
    return path;
}
function requestOrigin({ protocol, hostname, port }) {
    const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
    return `${protocol === 'https:' ? 'https:' : 'http:'}//${host}${port === undefined ? '' : `:${port}`}`;
}
/** The headers, with node's basic authorization from username and password unless one is given. */
function requestHeaders({ headers, username, password }) {
    if (username == null && password == null)
        return headers;
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization'))
        return headers;
    const basic = Buffer.from(`${username ?? ''}:${password ?? ''}`).toString('base64');
    return { ...headers, Authorization: `Basic ${basic}` };
}
function requestTimedOut(exchange, timeout) {
    exchange.timedOut(timeout);
}
/** One forwarded request in undici: its dispatch handler, which answers it once. */
class Exchange {
    id;
    serving;
    abortDispatch;
    answered = false;
    responded = false;
    statusCode = 0;
    reason = '';
    headers = {};
    chunks = [];
    length = 0;
    timer;
    constructor(id, serving, requestTimeout) {
        this.id = id;
        this.serving = serving;
        // NodeHttpHandler's requestTimeout: from the start to the response's headers; 0 or none: no limit.
        if (requestTimeout)
            this.timer = setTimeout(requestTimedOut, requestTimeout, this, requestTimeout);
    }
    onConnect(abort) {
        if (this.answered)
            abort();
        else
            this.abortDispatch = abort;
    }
    onHeaders(statusCode, headers, _resume, statusText) {
        if (statusCode < 200)
            return true; // informational: node's 'information', not the response
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
    onData(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.byteLength;
        return true;
    }
    onComplete() {
        // The bytes in an ArrayBuffer of their own, to transfer (chunks may be views into socket memory);
        // allocUnsafeSlow: not from the pool, and not zero-filled first, as every byte is copied into it.
        const body = Buffer.allocUnsafeSlow(this.length);
        let offset = 0;
        for (const chunk of this.chunks)
            offset += chunk.copy(body, offset);
        const { id, statusCode, reason, headers } = this;
        this.answer({ id, statusCode, reason, headers, body }, [body.buffer]);
    }
    onError(error) {
        const { id, statusCode, reason, headers, responded, serving } = this;
        const failure = describe(asNodeHttpHandlerError(error, responded, serving.options));
        // Once the headers came, NodeHttpHandler has given the response: its body fails.
        if (responded)
            this.answer({ id, statusCode, reason, headers, bodyError: failure });
        else
            this.answer({ id, error: failure });
    }
    /** The forwarding side stopped waiting: no answer, the connection goes as NodeHttpHandler's would. */
    cancel(reason) {
        if (this.answered)
            return;
        this.settle();
        this.abortDispatch?.(Object.assign(new Error(reason), { name: 'AbortError' }));
    }
    timedOut(timeout) {
        if (this.answered)
            return;
        const said = `@smithy/node-http-handler - [${this.serving.options.throwOnRequestTimeout ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${timeout} ms requestTimeout.`;
        if (!this.serving.options.throwOnRequestTimeout) {
            console.warn(`${said} Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.`);
            return;
        }
        const error = Object.assign(new Error(said), { name: 'TimeoutError', code: 'ETIMEDOUT' });
        this.answer({ id: this.id, error: describe(error) });
        this.abortDispatch?.(error);
    }
    answer(answer, transfer = []) {
        if (this.answered)
            return;
        this.settle();
        this.serving.port.postMessage(answer, transfer);
    }
    settle() {
        this.answered = true;
        clearTimeout(this.timer);
        this.serving.exchanges.delete(this.id);
    }
}
function serve(port, options, agent) {
    const serving = { port, options, exchanges: new Map() };
    port.on('message', (message) => {
        if ('cancel' in message)
            return serving.exchanges.get(message.cancel)?.cancel(message.reason);
        const exchange = new Exchange(message.id, serving, message.requestTimeout ?? options.requestTimeout);
        serving.exchanges.set(message.id, exchange);
        agent.dispatch({
            origin: requestOrigin(message),
            path: requestPath(message),
            method: message.method,
            headers: requestHeaders(message),
            body: message.body ?? null,
        }, exchange);
    });
    // Requests still in flight fail with the pool; nobody waits for their answers.
    port.on('close', () => void agent.destroy());
}
/**
 * Serves ForwardingHttpHandler's requests arriving on `port` with undici, as the SDK's NodeHttpHandler
 * configured with `options` would send them, until the port closes. Requests that arrive while undici
 * loads wait on the port.
 */
function serveForwardedRequests(port, options) {
    __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)).then(({ Agent }) => serve(port, options, new Agent({
        // NodeHttpHandler's agent: keep-alive, at most 50 sockets; no limit on headers or body time.
        connections: 50,
        headersTimeout: 0,
        bodyTimeout: 0,
        connect: { timeout: options.connectionTimeout ?? 0 },
    })), (error) => port.on('message', (message) => {
        if (!('cancel' in message))
            port.postMessage({ id: message.id, error: describe(error) });
    }));
}


/***/ }),

/***/ 4418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ startInProcessEngine),
/* harmony export */   e: () => (/* binding */ TickEngine)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schedule_token_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7092);
/* harmony import */ var _simulator_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6454);
// The simulate tick engine: the simulator and everything `simulate` reads of its state between runs,
// kept beside it. The product's runs talk to the simulator over HTTP only; between runs simulate asks
// the engine (a) what the runs did (new jobs, changed points) and (b) to move the clock to the next
// instant some plan has something to do. The same engine serves in process (tests, `src/`) or in a
// worker thread (the bundle, see engine-thread.ts), so the simulator's request handling runs on the
// second core while the runs' SDK clients and decisions run on the first.



/**
 * Which plans back up which resource, from the `backup-plans:plan` tag every backup job of a run
 * sets: an ended job wakes the plans of its resource.
 */
class ResourcePlans {
    byResource = new Map();
    seenJobs = 0;
    /** Reads the jobs created since the last call (the simulator's job map keeps insertion order). */
    learn(jobs) {
        let i = 0;
        for (const job of jobs.values()) {
            if (i++ < this.seenJobs)
                continue;
            const plan = job.recoveryPointTags[_schedule_token_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNERSHIP_TAG_KEYS */ .mP.plan];
            if (plan === undefined)
                continue;
            let plans = this.byResource.get(job.resourceArn);
            if (!plans)
                this.byResource.set(job.resourceArn, (plans = new Set()));
            plans.add(plan);
        }
        this.seenJobs = jobs.size;
    }
    /** The one plan backing the resource up, else undefined (none known, or shared). */
    soleOwner(resourceArn) {
        const plans = this.byResource.get(resourceArn);
        return plans?.size === 1 ? plans.values().next().value : undefined;
    }
}
// Called for every point the simulator holds at every tick: compared without allocating key lists.
function sameTags(a, b) {
    let count = 0;
    for (const k in b) {
        if (a[k] !== b[k])
            return false;
        count++;
    }
    for (const _ in a)
        count--;
    return count === 0;
}
/** The engine's logic, on the thread that holds the simulator. */
class TickEngine {
    handle;
    setup;
    seen = new Map();
    resourcePlans = new ResourcePlans();
    /** Whether recordPoints has walked every point once; later calls read the simulator's point journal. */
    walked = false;
    constructor(handle, setup) {
        this.handle = handle;
        this.setup = setup;
        handle.sim.state.startPointJournal();
    }
    static async start(setup) {
        return new TickEngine(await (0,_simulator_index_js__WEBPACK_IMPORTED_MODULE_2__/* .startSimulator */ .rs)({ world: setup.world }), setup);
    }
    started() {
        return { url: this.handle.url, now: this.handle.sim.now().getTime(), threadId: node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.threadId };
    }
    afterRuns() {
        this.resourcePlans.learn(this.handle.sim.state.backupJobs);
        return this.recordPoints();
    }
    afterPrune() {
        this.recordPoints();
    }
    /**
     * A plan has something to do again when one of its slots falls due or a job or copy of its
     * resources ends; the events in between (a job starting to run, a cold move, a lifecycle expiry)
     * need no run. A job on a resource no plan or several plans back up wakes every plan.
     */
    next(slots) {
        const { sim } = this.handle;
        const { planIds, endMs } = this.setup;
        const active = sim.state.activeJobsByResource;
        const isActive = (job) => active.get(job.resourceArn)?.has(job);
        const slot = Math.min(...slots);
        let watching = [...active.values()].flatMap((jobs) => [...jobs]);
        const due = new Set();
        while (due.size === 0) {
            const nextEvent = sim.nextEventAt()?.getTime() ?? Infinity;
            const next = Math.min(slot, nextEvent);
            // The end is exclusive: N days from a slot hold N slots.
            if (next >= endMs)
                break;
            sim.advance(Math.max(0, (next - sim.now().getTime()) / 1000));
            slots.forEach((s, i) => {
                if (s <= next)
                    due.add(planIds[i]);
            });
            const ended = watching.filter((job) => !isActive(job));
            for (const job of ended) {
                const owner = this.resourcePlans.soleOwner(job.resourceArn);
                if (owner !== undefined && planIds.includes(owner))
                    due.add(owner);
                else
                    for (const id of planIds)
                        due.add(id);
            }
            if (ended.length > 0)
                watching = watching.filter((job) => isActive(job));
        }
        return { now: sim.now().getTime(), due: [...due] };
    }
    /**
     * afterRuns(), then next(slots) unless simulate is to prune first: when `pruneIfChanged` and points
     * changed (`tick` is then absent). One message to a worker where afterRuns and next took two.
     */
    afterRunsThenNext(slots, pruneIfChanged) {
        const changed = this.afterRuns();
        return changed && pruneIfChanged ? { changed } : { changed, tick: this.next(slots) };
    }
    /** afterPrune(), then next(slots): one message to a worker instead of two. */
    afterPruneThenNext(slots) {
        this.afterPrune();
        return this.next(slots);
    }
    finish() {
        const { sim } = this.handle;
        const { endMs } = this.setup;
        if (sim.now().getTime() < endMs)
            sim.advance((endMs - sim.now().getTime()) / 1000);
        return { now: sim.now().getTime(), changed: this.recordPoints() };
    }
    result() {
        const { state } = this.handle.sim;
        const held = [...state.points.values()].flatMap((p) => {
            const s = this.seen.get(p.arn);
            return s && p.status === 'COMPLETED' ? [s] : [];
        });
        const stats = this.handle.sim.stats();
        return {
            seen: this.seen,
            held,
            jobs: [...state.backupJobs.values()].map((j) => ({
                resourceArn: j.resourceArn,
                vault: { account: j.vault.account, region: j.vault.region, name: j.vault.name },
                state: j.state,
                createdMs: j.creationMs,
                ...(j.statusMessage ? { statusMessage: j.statusMessage } : {}),
            })),
            copies: [...state.copyJobs.values()].map((j) => ({
                resourceArn: j.resourceArn,
                destinationVaultArn: j.destinationVaultArn,
                state: j.state,
                ...(j.statusMessage ? { statusMessage: j.statusMessage } : {}),
            })),
            calls: stats.calls,
            errors: stats.errors,
        };
    }
    close() {
        return this.handle.close();
    }
    /**
     * Records every recovery point the simulator holds now (with its latest tags and class): the first
     * time by walking them all, then only the points the simulator's journal noted as created or changed
     * since (thousands held, a few dozen changed per run). Points new to `seen` come in the order the
     * walk would meet them: the journal notes each at its creation, as the points map adds it.
     */
    recordPoints() {
        const { state } = this.handle.sim;
        const noted = state.takePointJournal();
        const points = this.walked ? noted : state.points.values();
        this.walked = true;
        let changed = false;
        for (const p of points) {
            // A noted point may be gone since (the walk meets only the points held now).
            if (p.status !== 'COMPLETED' || state.points.get(p.arn) !== p)
                continue;
            const known = this.seen.get(p.arn);
            if (known) {
                if (!sameTags(known.tags, p.tags)) {
                    known.tags = { ...p.tags };
                    changed = true;
                }
                known.storageClass = p.storageClass;
                continue;
            }
            this.seen.set(p.arn, {
                arn: p.arn,
                resourceArn: p.resourceArn,
                vault: { account: p.vault.account, region: p.vault.region, name: p.vault.name },
                created: new Date(p.creationMs),
                tags: { ...p.tags },
                storageClass: p.storageClass,
                copy: p.sourceVaultArn !== undefined,
            });
            changed = true;
        }
        return changed;
    }
}
/** The engine on this thread: the simulator shares the event loop with the runs. */
async function startInProcessEngine(setup) {
    const engine = await TickEngine.start(setup);
    return {
        ...engine.started(),
        afterRuns: () => Promise.resolve(engine.afterRuns()),
        afterPrune: () => Promise.resolve(engine.afterPrune()),
        afterRunsThenNext: (slots, pruneIfChanged) => Promise.resolve(engine.afterRunsThenNext(slots, pruneIfChanged)),
        afterPruneThenNext: (slots) => Promise.resolve(engine.afterPruneThenNext(slots)),
        next: (slots) => Promise.resolve(engine.next(slots)),
        finish: () => Promise.resolve(engine.finish()),
        result: () => Promise.resolve(engine.result()),
        close: () => engine.close(),
    };
}


/***/ })

};
