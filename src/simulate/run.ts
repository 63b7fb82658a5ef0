// `simulate`: the real backup and prune runs (src/backup/run.ts, src/prune/run.ts), in process, against
// an in-process AWS simulator on a loopback port, over N simulated days. The product talks to the
// simulator through the real SDK over HTTP (AWS_ENDPOINT_URL_*), with OIDC credentials from a
// stand-in ID token (as the demo's). Time jumps from event to event: the next slot of any rule, a
// backup or copy job ending (the simulator's next queued event), or the end; a backup run happens only
// at those instants. Prune runs at most once per simulated day, when new points appeared since the
// last prune, and once more at the end (PRUNE_ASSUMPTION says why that ends in the same points).
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shareHttpAgent } from '../aws/clients.js';
import { forgetSecretsAfter, registeredSecrets } from '../aws/redact.js';
import { runBackup } from '../backup/run.js';
import type { Host } from '../host/host.js';
import type { Inputs } from '../inputs.js';
import type { Plan } from '../plan/model.js';
import { NamespaceError } from '../plan/namespace.js';
import { Catalog } from '../prune/catalog.js';
import { runPrune } from '../prune/run.js';
import { vaultTargets } from '../prune/targets.js';
import { RunContext } from '../run/context.js';
import { MS_PER_DAY } from '../time/calendar.js';
import { nextSlot } from '../time/cron.js';
import { BUNDLED_PRICES, type PriceTable } from '../cost/prices.js';
import { DEFAULT_CHANGE_RATE, DEFAULT_RESOURCE_GIB } from '../cost/storage.js';
import { startSimulator, type SimulatorHandle, type World } from '../simulator/index.js';
import { summarize, type SeenPoint, type SimulationResult } from './result.js';
import { synthesizeWorld } from './world.js';

export type { SimulationResult } from './result.js';

/**
 * The reusable workflow prunes after every backup run. Retention decides from the points alone
 * (buckets and counts, "within" relative to the newest point), and a point it drops once it drops
 * at every later run, so pruning daily and at the end removes the same points, at most a day later.
 */
export const PRUNE_ASSUMPTION =
  'prune: runs once per simulated day in which new recovery points appeared, and at the end (the reusable workflow prunes after every backup run; the same points go, at most a day later, so the end state is the same)';

export interface SimulateOptions {
  /** The plans folder (the backup and prune runs read their plans from it, as in production). */
  plansDir: string;
  /** Plan filter, as the `plan` input. */
  plan?: string;
  /** The plans (already loaded and valid) the world is synthesized for and the result grouped by. */
  plans: readonly Plan[];
  days: number;
  /** A world to run in; default: synthesized from the plans, starting `start`. */
  world?: World;
  /** The clock's start when the world has none; default now. */
  start?: Date;
  prices?: PriceTable;
  changeRate?: number;
  namespace?: string;
  /** Progress, 0…1, once per tick. */
  onProgress?: (fraction: number) => void;
}

const ENDPOINT_VARIABLES = [
  'AWS_ENDPOINT_URL_BACKUP',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API',
] as const;

/** Points the SDK at the simulator for the run (the SDK reads these itself), restoring them afterwards. */
function pointSdkAt(url: string): () => void {
  const saved = ENDPOINT_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of ENDPOINT_VARIABLES) process.env[name] = url;
  return () => {
    for (const [name, value] of saved)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * The demo's stand-in for GitHub's OIDC token: unsigned, issued on the simulated clock (the
 * simulator checks claims, not GitHub's signature, and says so in its README).
 */
function idTokenOnSimulatedClock(handle: SimulatorHandle, repository: string) {
  return {
    getIdToken: (audience: string) => {
      const iat = Math.floor(handle.sim.now().getTime() / 1000);
      const claims = {
        iss: 'https://token.actions.githubusercontent.com',
        aud: audience,
        sub: `repo:${repository}:ref:refs/heads/main`,
        repository,
        iat,
        nbf: iat,
        exp: iat + 300,
      };
      return Promise.resolve(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`);
    },
  };
}

/** A host that keeps what the runs say: errors become findings, the rest is dropped. */
function capturingHost(idTokens: Host['idTokens']): Host & { errors: string[] } {
  const errors: string[] = [];
  return {
    kind: 'cli',
    errors,
    info: () => {},
    warning: () => {},
    error: (message) => errors.push(message),
    summary: () => Promise.resolve(),
    setOutput: () => {},
    setSecret: () => {},
    ...(idTokens ? { idTokens } : {}),
  };
}

/** Every slot of the plans' rules after `after`, the earliest. */
function nextSlotOfAll(plans: readonly Plan[], after: Date): number {
  let next = Infinity;
  for (const plan of plans)
    for (const rule of plan.rules) {
      const slot = nextSlot(rule.schedule, rule.timezone, after);
      if (slot && slot.getTime() < next) next = slot.getTime();
    }
  return next;
}

function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

/** Records every recovery point the simulator holds now (with its latest tags and class). */
function recordPoints(handle: SimulatorHandle, seen: Map<string, SeenPoint>): boolean {
  let changed = false;
  for (const p of handle.sim.state.points.values()) {
    if (p.status !== 'COMPLETED') continue;
    const known = seen.get(p.arn);
    if (known) {
      if (!sameTags(known.tags, p.tags)) {
        known.tags = { ...p.tags };
        changed = true;
      }
      known.storageClass = p.storageClass;
      continue;
    }
    seen.set(p.arn, {
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

function namespaceFor(plans: readonly Plan[], inputs: Inputs, host: Host): string {
  const ctx = new RunContext('simulate', inputs, host);
  try {
    return ctx.namespaceOf(plans[0]!);
  } catch (err) {
    if (err instanceof NamespaceError) return 'backup-plans/simulate';
    throw err;
  } finally {
    ctx.destroy();
  }
}

/**
 * The keep-alive agent every run's clients share (see shareHttpAgent). A run ends by destroying its
 * clients, which destroys their agent: here that keeps the connections for the next run; close()
 * ends them when the simulation does.
 */
class LentAgent extends Agent {
  override destroy(): void {}

  close(): void {
    super.destroy();
  }
}

/** Runs the plans over `days` simulated days and reports what they would hold and cost. */
export async function simulatePlans(options: SimulateOptions): Promise<SimulationResult> {
  const start = options.world?.start ? new Date(options.world.start) : (options.start ?? new Date());
  const world = options.world ?? synthesizeWorld(options.plans, start);
  const handle = await startSimulator({ world: { ...world, start: start.toISOString() } });
  const restoreEnv = pointSdkAt(handle.url);
  const agent = new LentAgent({ keepAlive: true, maxSockets: 50 });
  shareHttpAgent(agent);
  const temp = mkdtempSync(join(tmpdir(), 'backup-plans-simulate-'));
  const baseInputs: Inputs = {
    command: 'backup',
    plans: options.plansDir,
    ...(options.plan ? { plan: options.plan } : {}),
    dryRun: false,
    wait: false,
    // No cap: the simulation shows the policy's steady state, not a rate-limited catch-up.
    maxDeletions: Number.MAX_SAFE_INTEGER,
    applyRetentionToExisting: false,
  };
  const probeHost = capturingHost(undefined);
  const namespace = options.namespace ?? namespaceFor(options.plans, baseInputs, probeHost);
  const host = capturingHost(idTokenOnSimulatedClock(handle, namespace));
  const inputs: Inputs = { ...baseInputs, namespace };
  // Reports go to one temp folder (RUNNER_TEMP), removed at the end.
  const env = { ...process.env, RUNNER_TEMP: temp, GITHUB_REPOSITORY: namespace };
  const catalog = new Catalog();
  const seen = new Map<string, SeenPoint>();
  const startMs = start.getTime();
  const endMs = startMs + options.days * MS_PER_DAY;
  const judged = options.plans.map((plan) => ({ plan, namespace }));
  const folderPlanIds = new Set(options.plans.map((p) => p.id));
  let ticks = 0;
  let pruneRuns = 0;
  // New points (or new ownership tags) since the last prune, and when that prune ran.
  let unpruned = false;
  let lastPruneMs = -Infinity;
  // Every run assumes the role anew (as a scheduled job would); its finished session's secrets are
  // forgotten after it, as its process would have ended (see forgetSecretsAfter).
  const secretsMark = registeredSecrets();
  const pruneNow = async () => {
    unpruned = false;
    lastPruneMs = handle.sim.now().getTime();
    pruneRuns++;
    await prune(inputs, host, env, judged, folderPlanIds, catalog);
    forgetSecretsAfter(secretsMark);
    recordPoints(handle, seen);
  };
  try {
    const active = () => {
      let n = 0;
      for (const jobs of handle.sim.state.activeJobsByResource.values()) n += jobs.size;
      return n;
    };
    for (;;) {
      const now = handle.sim.now();
      await runBackup(inputs, host, { env });
      forgetSecretsAfter(secretsMark);
      if (recordPoints(handle, seen)) unpruned = true;
      if (unpruned && now.getTime() - lastPruneMs >= MS_PER_DAY) await pruneNow();
      ticks++;
      options.onProgress?.((now.getTime() - startMs) / (endMs - startMs));
      // The product has something to do again when a slot falls due or a job or copy finishes; the
      // events in between (a job starting to run, a cold move, a lifecycle expiry) need no run.
      const slot = nextSlotOfAll(options.plans, now);
      const running = active();
      let woke = false;
      while (!woke) {
        const nextEvent = handle.sim.nextEventAt()?.getTime() ?? Infinity;
        const next = Math.min(slot, nextEvent);
        // The end is exclusive: N days from a slot hold N slots.
        if (next >= endMs) break;
        handle.sim.advance(Math.max(0, (next - handle.sim.now().getTime()) / 1000));
        woke = next >= slot || active() < running;
      }
      if (!woke) break;
    }
    if (handle.sim.now().getTime() < endMs) handle.sim.advance((endMs - handle.sim.now().getTime()) / 1000);
    if (recordPoints(handle, seen)) unpruned = true;
    if (unpruned) await pruneNow();
    options.onProgress?.(1);
    const apiCalls = await readApiCalls(handle.url);
    const state = handle.sim.state;
    const held = [...state.points.values()].flatMap((p) => {
      const s = seen.get(p.arn);
      return s && p.status === 'COMPLETED' ? [s] : [];
    });
    return summarize({
      plans: options.plans,
      days: options.days,
      start,
      end: new Date(endMs),
      held,
      seen,
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
      apiCalls: apiCalls.calls,
      failedCalls: apiCalls.errors,
      hostErrors: host.errors,
      prices: options.prices ?? BUNDLED_PRICES,
      changeRate: options.changeRate ?? DEFAULT_CHANGE_RATE,
      defaultSizeGiB: options.world ? undefined : DEFAULT_RESOURCE_GIB,
      sizes: new Map(world.resources?.map((r) => [r.arn, r.sizeGiB ?? 1]) ?? []),
      ticks,
      pruneRuns,
      pruneAssumption: PRUNE_ASSUMPTION,
    });
  } finally {
    shareHttpAgent(undefined);
    agent.close();
    restoreEnv();
    await handle.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The simulator's request counters, read through its admin API. */
async function readApiCalls(
  url: string,
): Promise<{ calls: Record<string, number>; errors: Record<string, number> }> {
  const response = await fetch(`${url}/_sim/stats`);
  if (!response.ok) throw new Error(`simulator stats: HTTP ${response.status}`);
  return (await response.json()) as { calls: Record<string, number>; errors: Record<string, number> };
}

/** One prune run through the run context, as the prune command makes it; returns the deletions. */
async function prune(
  inputs: Inputs,
  host: Host,
  env: NodeJS.ProcessEnv,
  judged: { plan: Plan; namespace: string }[],
  folderPlanIds: Set<string>,
  catalog: Catalog,
): Promise<number> {
  const run = new RunContext('prune', { ...inputs, command: 'prune' }, host, { env });
  // The simulator throttles nothing unless told to: a pass-through limiter keeps real-time rate
  // pacing out of simulated time.
  const direct = { run: <T>(fn: () => Promise<T>) => fn() };
  try {
    // As the prune command: never delete in an account the plan does not name. This also tells the
    // run's clock AWS's (simulated) time before the first decision.
    const roles = new Map(vaultTargets(judged).map((t) => [t.vault.role, t.vault.account]));
    for (const [role, account] of roles) await run.aws.verifyAccount(role, account, 'simulate');
    const body = await runPrune({
      plans: judged,
      folderPlanIds,
      clients: {
        backup: (role, region) => run.aws.backup(role, region),
        tagging: (role, region) => run.aws.tagging(role, region),
        writer: (role, region) => run.aws.backup(role, region, { retryThrottling: false }),
        limiter: () => direct,
      },
      catalog,
      now: () => run.clock.now(),
      dryRun: false,
      maxDeletions: inputs.maxDeletions,
      applyRetentionToExisting: false,
    });
    for (const f of body.failures) host.error(`prune: ${f.arn} in ${f.vault}: ${f.message}`);
    for (const e of body.errors) host.error(`prune: ${e}`);
    return body.totals.deleted;
  } finally {
    run.destroy();
  }
}
