// `simulate`: the real backup and prune runs (src/backup/run.ts, src/prune/run.ts), in process, against
// an in-process AWS simulator on a loopback port, over N simulated days. The product talks to the
// simulator through the real SDK over HTTP (AWS_ENDPOINT_URL_*), with OIDC credentials from a
// stand-in ID token (as the demo's). Time jumps from event to event: the next slot of any rule, a
// backup or copy job ending (the simulator's next queued event), or the end; a backup run happens only
// at those instants, for the plans the event concerns (BACKUP_ASSUMPTION). Prune runs at most once per
// simulated day, when new points appeared since the last prune, and once more at the end
// (PRUNE_ASSUMPTION says why that ends in the same points).
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
import { OWNERSHIP_TAG_KEYS } from '../schedule/token.js';
import { nextSlot } from '../time/cron.js';
import { BUNDLED_PRICES, type PriceTable } from '../cost/prices.js';
import { DEFAULT_CHANGE_RATE, DEFAULT_RESOURCE_GIB } from '../cost/storage.js';
import { startSimulator, type SimulatorHandle, type World } from '../simulator/index.js';
import type { BackupJob, CopyJob } from '../simulator/model.js';
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

/** The earliest slot of the plan's rules after `after` (Infinity: none). */
function nextSlotOfPlan(plan: Plan, after: Date): number {
  let next = Infinity;
  for (const rule of plan.rules) {
    const slot = nextSlot(rule.schedule, rule.timezone, after);
    if (slot && slot.getTime() < next) next = slot.getTime();
  }
  return next;
}

/**
 * Which plans back up which resource, from the `backup-plans:plan` tag every backup job of a run
 * sets: an ended job wakes the plans of its resource.
 */
class ResourcePlans {
  private readonly byResource = new Map<string, Set<string>>();
  private seenJobs = 0;

  /** Reads the jobs created since the last call (the simulator's job map keeps insertion order). */
  learn(jobs: ReadonlyMap<string, BackupJob>): void {
    let i = 0;
    for (const job of jobs.values()) {
      if (i++ < this.seenJobs) continue;
      const plan = job.recoveryPointTags[OWNERSHIP_TAG_KEYS.plan];
      if (plan === undefined) continue;
      let plans = this.byResource.get(job.resourceArn);
      if (!plans) this.byResource.set(job.resourceArn, (plans = new Set()));
      plans.add(plan);
    }
    this.seenJobs = jobs.size;
  }

  /** The one plan backing the resource up, else undefined (none known, or shared). */
  soleOwner(resourceArn: string): string | undefined {
    const plans = this.byResource.get(resourceArn);
    return plans?.size === 1 ? plans.values().next().value : undefined;
  }
}

// Called for every point the simulator holds at every tick: compared without allocating key lists.
function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  let count = 0;
  for (const k in b) {
    if (a[k] !== b[k]) return false;
    count++;
  }
  for (const _ in a) count--;
  return count === 0;
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
  // Plan runs an all-plans run at each event would have made that found nothing to do.
  let skippedPlanRuns = 0;
  const resourcePlans = new ResourcePlans();
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
    const state = handle.sim.state;
    const activeJobs = () => [...state.activeJobsByResource.values()].flatMap((jobs) => [...jobs]);
    const isActive = (job: BackupJob | CopyJob) => state.activeJobsByResource.get(job.resourceArn)?.has(job);
    const planIds = options.plans.map((p) => p.id);
    // The plans to run now: all of them at the start.
    let due = new Set(planIds);
    for (;;) {
      const now = handle.sim.now();
      // Backup reads ownership tags through prune's catalog, as an earlier run's proof (never for a delete).
      if (due.size === planIds.length) {
        await runBackup(inputs, host, { env, tagMemo: catalog });
        ticks++;
      } else
        for (const plan of due) {
          await runBackup({ ...inputs, plan }, host, { env, tagMemo: catalog });
          ticks++;
        }
      skippedPlanRuns += planIds.length - due.size;
      forgetSecretsAfter(secretsMark);
      resourcePlans.learn(state.backupJobs);
      if (recordPoints(handle, seen)) unpruned = true;
      if (unpruned && now.getTime() - lastPruneMs >= MS_PER_DAY) await pruneNow();
      options.onProgress?.((now.getTime() - startMs) / (endMs - startMs));
      // A plan has something to do again when one of its slots falls due or a job or copy of its
      // resources ends; the events in between (a job starting to run, a cold move, a lifecycle
      // expiry) need no run.
      const slots = options.plans.map((plan) => nextSlotOfPlan(plan, now));
      const slot = Math.min(...slots);
      let watching = activeJobs();
      due = new Set();
      while (due.size === 0) {
        const nextEvent = handle.sim.nextEventAt()?.getTime() ?? Infinity;
        const next = Math.min(slot, nextEvent);
        // The end is exclusive: N days from a slot hold N slots.
        if (next >= endMs) break;
        handle.sim.advance(Math.max(0, (next - handle.sim.now().getTime()) / 1000));
        slots.forEach((s, i) => {
          if (s <= next) due.add(planIds[i]!);
        });
        const ended = watching.filter((job) => !isActive(job));
        for (const job of ended) {
          const owner = resourcePlans.soleOwner(job.resourceArn);
          if (owner !== undefined && planIds.includes(owner)) due.add(owner);
          else for (const id of planIds) due.add(id);
        }
        if (ended.length > 0) watching = watching.filter((job) => isActive(job));
      }
      if (due.size === 0) break;
    }
    if (handle.sim.now().getTime() < endMs) handle.sim.advance((endMs - handle.sim.now().getTime()) / 1000);
    if (recordPoints(handle, seen)) unpruned = true;
    if (unpruned) await pruneNow();
    options.onProgress?.(1);
    const apiCalls = await readApiCalls(handle.url);
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
      backupAssumption: `${BACKUP_ASSUMPTION}: ${skippedPlanRuns} plan runs skipped`,
      skippedPlanRuns,
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
