// The admin API under /_sim/ (JSON over HTTP on the simulator's port). README.md lists every route.
import type { ServerResponse } from 'node:http';
import type { FaultSpec } from './faults.js';
import type { SimRequest } from './protocol.js';
import type { Simulator } from './simulator.js';
import { WorldError, type World } from './world.js';

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function json(req: SimRequest): Record<string, unknown> {
  if (req.body.length === 0) return {};
  try {
    const v: unknown = JSON.parse(req.body.toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new AdminError(400, 'the request body must be a JSON object');
}

function route(sim: Simulator, req: SimRequest): [number, unknown] {
  const path = req.rawPath.replace(/\/+$/, '');
  const m = req.method;
  if (path === '/_sim/clock' && m === 'GET') return [200, { now: sim.now().toISOString() }];
  if (path === '/_sim/clock/advance' && m === 'POST') {
    const body = json(req);
    let seconds: number;
    if (typeof body.seconds === 'number') seconds = body.seconds;
    else if (typeof body.to === 'string' && !Number.isNaN(Date.parse(body.to)))
      seconds = (Date.parse(body.to) - sim.now().getTime()) / 1000;
    else throw new AdminError(400, 'give {"seconds": N} or {"to": "<ISO-8601>"}');
    if (!(seconds >= 0)) throw new AdminError(400, 'the simulated clock only moves forward');
    return [200, { now: sim.advance(seconds).toISOString() }];
  }
  if (path === '/_sim/clock/next' && m === 'GET') {
    const next = sim.nextEventAt();
    return [200, { now: sim.now().toISOString(), next: next ? next.toISOString() : null }];
  }
  if (path === '/_sim/faults' && m === 'POST') {
    try {
      return [201, sim.addFault(json(req) as unknown as FaultSpec)];
    } catch (error) {
      throw new AdminError(400, (error as Error).message);
    }
  }
  if (path === '/_sim/faults' && m === 'GET') return [200, { faults: sim.faults.list() }];
  if (path === '/_sim/faults' && m === 'DELETE') {
    sim.clearFaults();
    return [200, { faults: [] }];
  }
  const faultId = /^\/_sim\/faults\/([^/]+)$/.exec(path)?.[1];
  if (faultId && m === 'DELETE') {
    if (!sim.faults.remove(decodeURIComponent(faultId))) throw new AdminError(404, `no fault ${faultId}`);
    return [200, { faults: sim.faults.list() }];
  }
  if (path === '/_sim/stats' && m === 'GET') return [200, sim.stats()];
  if (path === '/_sim/stats' && m === 'DELETE') {
    sim.resetStats();
    return [200, sim.stats()];
  }
  if (path === '/_sim/state' && m === 'GET') return [200, sim.dump()];
  if (path === '/_sim/world' && m === 'POST') {
    try {
      sim.patchWorld(json(req) as Partial<World>);
    } catch (error) {
      throw new AdminError(400, (error as Error).message);
    }
    return [200, { ok: true }];
  }
  const resourceArn = /^\/_sim\/resources\/(.+)$/.exec(path)?.[1];
  if (resourceArn && m === 'DELETE') {
    try {
      sim.deleteRestoredResource(decodeURIComponent(resourceArn));
    } catch (error) {
      throw new AdminError(409, (error as Error).message);
    }
    return [200, { deleted: decodeURIComponent(resourceArn) }];
  }
  throw new AdminError(404, `no admin route ${m} ${req.rawPath}; see src/simulator/README.md`);
}

export function handleAdmin(sim: Simulator, req: SimRequest, res: ServerResponse): void {
  let status: number;
  let body: unknown;
  try {
    [status, body] = route(sim, req);
  } catch (error) {
    status = error instanceof AdminError ? error.status : error instanceof WorldError ? 400 : 500;
    body = { error: (error as Error).message };
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
