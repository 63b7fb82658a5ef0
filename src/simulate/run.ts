// `simulate`: the real backup and prune runs (src/backup/run.ts, src/prune/run.ts), in process, against
// a simulator of its own on a loopback port, over N simulated days; the simulator and what is read of
// its state between runs form the tick engine (engine.ts), in a worker thread when this process started
// from a bundle (engine-thread.ts), so its request handling runs on another core; that worker then also
// sends the runs' HTTP requests (aws/forwarding-http-handler.ts). The product talks to the
// simulator through the real SDK over HTTP (AWS_ENDPOINT_URL_*), with OIDC credentials from a
// stand-in ID token (as the demo's). Time jumps from event to event: the next slot of any rule, a
// backup or copy job ending (the simulator's next queued event), or the end; a backup run happens only
// at those instants, for the plans the event concerns (BACKUP_ASSUMPTION). Prune runs at most once per
// simulated day, when new points appeared since the last prune, and once more at the end
// (PRUNE_ASSUMPTION says why that ends in the same points).
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientPool, shareHttpAgent } from '../aws/clients.js';
import { shareRequestHandler } from '../aws/client-config.js';
import { ForwardingHttpHandler } from '../aws/forwarding-http-handler.js';
import { forgetSecretsAfter, registeredSecrets } from '../aws/redact.js';
import { runBackup } from '../backup/run.js';
import type { Host } from '../host/host.js';
import type { Inputs } from '../inputs.js';
import type { Plan } from '../plan/model.js';
import { NamespaceError } from '../plan/namespace.js';
import { selectPlans, type SelectedPlans } from '../plan/select.js';
import { Catalog } from '../prune/catalog.js';
import { runPrune } from '../prune/run.js';
import { vaultTargets } from '../prune/targets.js';
import { RunContext } from '../run/context.js';
import { MS_PER_DAY } from '../time/calendar.js';
import { nextSlot } from '../time/cron.js';
import { BUNDLED_PRICES, type PriceTable } from '../cost/prices.js';
import { DEFAULT_CHANGE_RATE, DEFAULT_RESOURCE_GIB } from '../cost/storage.js';
import type { World } from '../simulator/index.js';
import { startInProcessEngine, type EngineSetup, type NextTick, type SimulationEngine } from './engine.js';
import { engineHost } from './engine-host.js';
import { startWorkerEngine } from './engine-thread.js';
import { summarize, type SimulationResult } from './result.js';
import { synthesizeWorld } from './world.js';

export type { SimulationResult } from './result.js';

/**
 * The reusable workflow prunes after every backup run. Retention decides from the points alone
 * (buckets and counts, "within" relative to the newest point), and a point it drops once it drops
 * at every later run, so pruning daily and at the end removes the same points, at most a day later.
 */
export const PRUNE_ASSUMPTION =
  'prune: runs once per simulated day in which new recovery points appeared, and at the end (the reusable workflow prunes after every backup run; the same points go, at most a day later, so the end state is the same)';

/**
 * A backup run decides from the plan's slots and its resources' jobs and points, so a plan with no
 * slot falling due and no job of its resources ending since its last run would find what it found
 * then and do nothing. A job on a resource that two plans back up (or one no plan's tag names) wakes
 * every plan: one plan's job can be what kept the other's from starting.
 */
export const BACKUP_ASSUMPTION =
  'backup: runs at each slot of a rule and whenever a backup or copy job ends, for the plans it concerns (a plan with neither a slot nor an ended job of its resources would find nothing to do)';

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
  /** Where the simulator runs; default: a worker thread when the bundle can host one and there are two cores. */
  thread?: 'main' | 'worker';
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
function idTokenOnSimulatedClock(nowMs: () => number, repository: string) {
  return {
    getIdToken: (audience: string) => {
      const iat = Math.floor(nowMs() / 1000);
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

/** The earliest slot of the plan's rules after `after` (Infinity: none). */
function nextSlotOfPlan(plan: Plan, after: Date): number {
  let next = Infinity;
  for (const rule of plan.rules) {
    const slot = nextSlot(rule.schedule, rule.timezone, after);
    if (slot && slot.getTime() < next) next = slot.getTime();
  }
  return next;
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

/** What simulatePlans reports: the result, and which thread served the simulator. */
export interface SimulationRun extends SimulationResult {
  /** worker_threads' threadId of the thread that served the simulator: 0 when it was this one. */
  simulatorThreadId: number;
}

/** The thread BACKUP_PLANS_SIMULATE_THREAD asks for, if any. */
function threadFromEnv(value: string | undefined): SimulateOptions['thread'] {
  if (value === undefined || value === '') return undefined;
  if (value === 'main' || value === 'worker') return value;
  throw new Error(`BACKUP_PLANS_SIMULATE_THREAD: "${value}" is neither main nor worker`);
}

/**
 * The engine (the simulator and its between-runs bookkeeping) in a worker thread when this process
 * started from a bundle that can host it and has a second core to run it on, else in process (tests
 * run from src/); `thread` forces one. On one core a worker would only add the threads' handovers.
 */
async function startEngine(setup: EngineSetup, thread: SimulateOptions['thread']): Promise<SimulationEngine> {
  // BACKUP_PLANS_SIMULATE_THREAD=main|worker: the same choice for a bundle, to compare both on one build.
  thread ??= threadFromEnv(process.env.BACKUP_PLANS_SIMULATE_THREAD);
  const host = engineHost();
  if (thread === 'worker' && !host)
    throw new Error('simulate: no bundle entry to start the worker thread from');
  const worker = thread === 'worker' || (thread === undefined && availableParallelism() > 1);
  return worker && host ? startWorkerEngine(host, setup) : startInProcessEngine(setup);
}

/** Runs the plans over `days` simulated days and reports what they would hold and cost. */
export async function simulatePlans(options: SimulateOptions): Promise<SimulationRun> {
  const start = options.world?.start ? new Date(options.world.start) : (options.start ?? new Date());
  const world = options.world ?? synthesizeWorld(options.plans, start);
  const endMs = start.getTime() + options.days * MS_PER_DAY;
  const planIds = options.plans.map((p) => p.id);
  const engine = await startEngine(
    { world: { ...world, start: start.toISOString() }, planIds, endMs },
    options.thread,
  );
  try {
    return await simulateWith(engine, options, world, start, endMs);
  } finally {
    await engine.close();
  }
}

/** simulatePlans' loop: the runs, with the engine between them. */
async function simulateWith(
  engine: SimulationEngine,
  options: SimulateOptions,
  world: World,
  start: Date,
  endMs: number,
): Promise<SimulationRun> {
  const startMs = start.getTime();
  const planIds = options.plans.map((p) => p.id);
  // The simulated clock, as the engine last reported it: it moves only between runs.
  let now = engine.now;
  const restoreEnv = pointSdkAt(engine.url);
  // The runs' clients share one keep-alive agent; with the simulator in a worker, that worker sends
  // their requests instead (engine-worker.ts), off this thread.
  const { transport } = engine;
  const agent = transport ? undefined : new LentAgent({ keepAlive: true, maxSockets: 50 });
  if (transport) shareRequestHandler(new ForwardingHttpHandler(transport));
  else shareHttpAgent(agent);
  // The runs' SDK clients, kept from run to run: each run binds its own credentials, renewal and clock.
  const pool = new ClientPool();
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
  const host = capturingHost(idTokenOnSimulatedClock(() => now, namespace));
  const inputs: Inputs = { ...baseInputs, namespace };
  // The runs write no report file (reportFile: false) and render no job summary (jobSummary: false):
  // simulate reads its result from the engine, and ~1,600 reports and summaries at 400 days cost the
  // loop their JSON, redaction, write and Markdown. RUNNER_TEMP still points at a temp folder of
  // simulate's own, removed at the end, for anything a run would write.
  const env = { ...process.env, RUNNER_TEMP: temp, GITHUB_REPOSITORY: namespace };
  // Each `plan` selection is read from the folder once, by the first run that makes it, and handed to
  // the later runs: the result describes the plans the simulation started with, not later edits of
  // their files (prune's runs use `options.plans` itself).
  const selections = new Map<string, Promise<SelectedPlans>>();
  const selected = (plan: string | undefined) => {
    let selection = selections.get(plan ?? '');
    if (!selection) selections.set(plan ?? '', (selection = selectPlans(options.plansDir, plan)));
    return selection;
  };
  const catalog = new Catalog();
  const judged = options.plans.map((plan) => ({ plan, namespace }));
  const folderPlanIds = new Set(planIds);
  let ticks = 0;
  let pruneRuns = 0;
  // Plan runs an all-plans run at each event would have made that found nothing to do.
  let skippedPlanRuns = 0;
  // New points (or new ownership tags) since the last prune, and when that prune ran.
  let unpruned = false;
  let lastPruneMs = -Infinity;
  // Every run assumes the role anew (as a scheduled job would); its finished session's secrets are
  // forgotten after it, as its process would have ended (see forgetSecretsAfter).
  const secretsMark = registeredSecrets();
  // One backup run of the selection `runInputs.plan` names. It reads ownership tags through prune's
  // catalog, as an earlier run's proof (never for a delete).
  const backupRun = async (runInputs: Inputs) =>
    runBackup(runInputs, host, {
      env,
      pool,
      selected: await selected(runInputs.plan),
      tagMemo: catalog,
      reportFile: false,
      jobSummary: false,
    });
  // A prune run; the engine records the points after it (afterPrune, or with the next tick).
  const pruneNow = async () => {
    unpruned = false;
    lastPruneMs = now;
    pruneRuns++;
    await prune(inputs, host, env, pool, judged, folderPlanIds, catalog);
    forgetSecretsAfter(secretsMark);
  };
  try {
    // The plans to run now: all of them at the start.
    let due = planIds;
    for (;;) {
      if (due.length === planIds.length) {
        await backupRun(inputs);
        ticks++;
      } else
        for (const plan of due) {
          await backupRun({ ...inputs, plan });
          ticks++;
        }
      skippedPlanRuns += planIds.length - due.length;
      forgetSecretsAfter(secretsMark);
      // The clock moves only in the engine's next(), so the next slots are known before the prune.
      const slots = options.plans.map((plan) => nextSlotOfPlan(plan, new Date(now)));
      // Prune when points changed since the last prune and that was a day ago or more. The engine
      // records the runs' points and moves to the next tick in one call, unless that prune comes first.
      const pruneDue = now - lastPruneMs >= MS_PER_DAY;
      let tick: NextTick | undefined;
      if (unpruned && pruneDue) await engine.afterRuns();
      else {
        const step = await engine.afterRunsThenNext(slots, pruneDue);
        if (step.changed) unpruned = true;
        tick = step.tick;
      }
      if (!tick) {
        await pruneNow();
        tick = await engine.afterPruneThenNext(slots);
      }
      options.onProgress?.((now - startMs) / (endMs - startMs));
      now = tick.now;
      due = tick.due;
      if (due.length === 0) break;
    }
    const end = await engine.finish();
    now = end.now;
    if (end.changed) unpruned = true;
    if (unpruned) {
      await pruneNow();
      await engine.afterPrune();
    }
    options.onProgress?.(1);
    const { held, seen, jobs, copies, calls, errors } = await engine.result();
    const summary = summarize({
      plans: options.plans,
      days: options.days,
      start,
      end: new Date(endMs),
      held,
      seen,
      jobs,
      copies,
      apiCalls: calls,
      failedCalls: errors,
      hostErrors: host.errors,
      prices: options.prices ?? BUNDLED_PRICES,
      changeRate: options.changeRate ?? DEFAULT_CHANGE_RATE,
      defaultSizeGiB: options.world ? undefined : DEFAULT_RESOURCE_GIB,
      sizes: new Map(world.resources?.map((r) => [r.arn, r.sizeGiB ?? 1]) ?? []),
      ticks,
      pruneRuns,
      pruneAssumption: PRUNE_ASSUMPTION,
      backupAssumption: `${BACKUP_ASSUMPTION}: ${skippedPlanRuns} plan runs skipped`,
      skippedPlanRuns,
    });
    return { ...summary, simulatorThreadId: engine.threadId };
  } finally {
    pool.destroy();
    shareRequestHandler(undefined);
    shareHttpAgent(undefined);
    agent?.close();
    restoreEnv();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** One prune run through the run context, as the prune command makes it; returns the deletions. */
async function prune(
  inputs: Inputs,
  host: Host,
  env: NodeJS.ProcessEnv,
  pool: ClientPool,
  judged: { plan: Plan; namespace: string }[],
  folderPlanIds: Set<string>,
  catalog: Catalog,
): Promise<number> {
  const run = new RunContext('prune', { ...inputs, command: 'prune' }, host, { env, pool });
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
