// Injected faults and per-operation statistics. Throttling runs in REAL time (a token bucket of
// requests per real second), because it models API rate limits that a client must live with in
// wall-clock terms; the simulated clock does not move on its own.
import { SimError } from './errors.js';

export interface FaultSpec {
  /** Operation name (`DeleteRecoveryPoint`, `GetResources`, `AssumeRoleWithWebIdentity`) or `*`. */
  operation: string;
  account?: string;
  region?: string;
  /** Role ARN of the caller's session (credentials from the simulated STS). */
  role?: string;
  /** Matches requests naming this ARN (resource, recovery point, or the point's resource). */
  resource?: string;
  /** Token bucket: at most `rps` requests per real second (burst `rps`), others are throttled. */
  throttle?: { rps: number };
  /** Fails the next `count` matching calls with `error` (AWS status and shape for that code). */
  fail?: { count: number; error: string; message?: string };
  /** Delays every matching call by this many real milliseconds. */
  latencyMs?: number;
  /**
   * The answer of the next `count` matching calls is lost AFTER the operation ran: `reset` closes the
   * connection without a response (what a client sees when its request times out or a proxy drops
   * it); `malformed` answers 200 with a truncated body that does not parse. The client cannot tell
   * whether the call took effect.
   */
  lose?: { count: number; how: 'reset' | 'malformed' };
}

/** How an answer is lost (see `FaultSpec.lose`). */
export type LostAnswer = 'reset' | 'malformed';

export interface Fault extends FaultSpec {
  id: string;
}

export interface RequestFacts {
  operation: string;
  service: 'backup' | 'sts' | 'tagging' | 'ec2' | 'rds' | 'efs' | 'dynamodb';
  account: string;
  region: string;
  role?: string;
  arns: string[];
}

interface Bucket {
  tokens: number;
  last: number;
}

/** The throttling error code each service uses. */
const THROTTLE_CODE: Record<RequestFacts['service'], string> = {
  backup: 'ThrottlingException',
  sts: 'Throttling',
  tagging: 'ThrottledException',
  // EC2's API reference ("Error codes for the Amazon EC2 API"), the RDS, EFS and DynamoDB models.
  ec2: 'RequestLimitExceeded',
  rds: 'Throttling',
  efs: 'ThrottlingException',
  dynamodb: 'ThrottlingException',
};

export interface Stats {
  calls: Record<string, number>;
  throttled: Record<string, number>;
  errors: Record<string, number>;
}

export class Faults {
  private faults: Fault[] = [];
  private buckets = new Map<string, Bucket>();
  private nextId = 1;
  stats: Stats = { calls: {}, throttled: {}, errors: {} };

  /** Whether any fault is set: the request path skips fault matching (and its await) otherwise. */
  get active(): boolean {
    return this.faults.length > 0;
  }

  add(spec: FaultSpec): Fault {
    validateSpec(spec);
    const fault: Fault = {
      ...spec,
      ...(spec.fail && { fail: { ...spec.fail } }),
      ...(spec.lose && { lose: { ...spec.lose } }),
      id: String(this.nextId++),
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    this.buckets.delete(id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
    this.buckets.clear();
  }

  resetStats(): void {
    this.stats = { calls: {}, throttled: {}, errors: {} };
  }

  count(kind: keyof Stats, operation: string): void {
    this.stats[kind][operation] = (this.stats[kind][operation] ?? 0) + 1;
  }

  /**
   * Applies the faults that match a request: waits out latency, then throws the throttling or
   * injected error if one applies. Returns normally when the request may proceed.
   */
  async apply(facts: RequestFacts): Promise<void> {
    if (this.faults.length === 0) return;
    const matching = this.faults.filter((f) => matches(f, facts));
    const latency = matching.reduce((ms, f) => Math.max(ms, f.latencyMs ?? 0), 0);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    for (const f of matching) {
      if (f.throttle && !this.take(f)) {
        throw new SimError(THROTTLE_CODE[facts.service], 'Rate exceeded');
      }
    }
    for (const f of matching) {
      if (f.fail && f.fail.count > 0) {
        f.fail.count--;
        throw new SimError(f.fail.error, f.fail.message ?? `Injected fault: ${f.fail.error}`);
      }
    }
  }

  /** After the operation ran: whether its answer is lost, and how (counts the fault down). */
  lostAnswer(facts: RequestFacts): LostAnswer | undefined {
    for (const f of this.faults) {
      if (f.lose && f.lose.count > 0 && matches(f, facts)) {
        f.lose.count--;
        return f.lose.how;
      }
    }
    return undefined;
  }

  private take(f: Fault): boolean {
    const rps = f.throttle!.rps;
    const now = performance.now();
    let b = this.buckets.get(f.id);
    if (!b) this.buckets.set(f.id, (b = { tokens: rps, last: now }));
    b.tokens = Math.min(rps, b.tokens + ((now - b.last) / 1000) * rps);
    b.last = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return true;
    }
    return false;
  }
}

function matches(f: Fault, r: RequestFacts): boolean {
  if (f.operation !== '*' && f.operation !== r.operation) return false;
  if (f.account !== undefined && f.account !== r.account) return false;
  if (f.region !== undefined && f.region !== r.region) return false;
  if (f.role !== undefined && f.role !== r.role) return false;
  if (f.resource !== undefined && !r.arns.includes(f.resource)) return false;
  return true;
}

function validateSpec(spec: FaultSpec): void {
  const problems: string[] = [];
  if (typeof spec.operation !== 'string' || !spec.operation)
    problems.push('"operation" is required ("*" for all)');
  if (!spec.throttle && !spec.fail && !spec.lose && spec.latencyMs === undefined)
    problems.push('give at least one of "throttle", "fail", "lose", "latencyMs"');
  if (
    spec.lose &&
    !(
      Number.isInteger(spec.lose.count) &&
      spec.lose.count > 0 &&
      (spec.lose.how === 'reset' || spec.lose.how === 'malformed')
    )
  )
    problems.push('"lose" needs a positive integer "count" and "how": "reset" or "malformed"');
  if (spec.throttle && !(typeof spec.throttle.rps === 'number' && spec.throttle.rps > 0))
    problems.push('"throttle.rps" must be a positive number');
  if (
    spec.fail &&
    !(Number.isInteger(spec.fail.count) && spec.fail.count > 0 && typeof spec.fail.error === 'string')
  )
    problems.push('"fail" needs a positive integer "count" and an "error" code');
  if (spec.latencyMs !== undefined && !(typeof spec.latencyMs === 'number' && spec.latencyMs >= 0))
    problems.push('"latencyMs" must be a number >= 0');
  if (problems.length) throw new Error(`invalid fault: ${problems.join('; ')}`);
}
