// The simulate tick engine: the simulator and everything `simulate` reads of its state between runs,
// kept beside it. The product's runs talk to the simulator over HTTP only; between runs simulate asks
// the engine (a) what the runs did (new jobs, changed points) and (b) to move the clock to the next
// instant some plan has something to do. The same engine serves in process (tests, `src/`) or in a
// worker thread (the bundle, see engine-thread.ts), so the simulator's request handling runs on the
// second core while the runs' SDK clients and decisions run on the first.
import { threadId, type MessagePort } from 'node:worker_threads';
import { OWNERSHIP_TAG_KEYS } from '../schedule/token.js';
import { startSimulator, type SimulatorHandle, type World } from '../simulator/index.js';
import type { BackupJob, CopyJob } from '../simulator/model.js';
import type { SeenPoint, SimCopy, SimJob } from './result.js';

export interface EngineSetup {
  /** The world, its `start` set. */
  world: World;
  /** The plans' ids, in the order `next()` gets their slots. */
  planIds: string[];
  /** The simulation's end (exclusive), epoch ms. */
  endMs: number;
}

export interface EngineStarted {
  /** The simulator's endpoint. */
  url: string;
  /** The simulated clock at the start, epoch ms. */
  now: number;
  /** The thread serving the simulator (worker_threads' threadId; 0 is the main thread). */
  threadId: number;
}

export interface NextTick {
  /** The simulated clock, epoch ms. */
  now: number;
  /** The plans to run now, in the order they became due; empty: nothing more before the end. */
  due: string[];
}

/** afterRunsThenNext's answer: whether points changed, and the next tick unless a prune comes first. */
export interface AfterRunsStep {
  changed: boolean;
  tick?: NextTick;
}

export interface EngineResult {
  /** Every completed point seen during the run (held or since deleted). */
  seen: Map<string, SeenPoint>;
  /** The completed points held at the end (the same objects as in `seen`). */
  held: SeenPoint[];
  jobs: SimJob[];
  copies: SimCopy[];
  /** The simulator's answers per operation, and its error answers. */
  calls: Record<string, number>;
  errors: Record<string, number>;
}

/** The engine's calls, in process or across a thread: every answer is a promise. */
export interface SimulationEngine extends EngineStarted {
  /**
   * In a worker thread: the port to the worker's sender of HTTP requests, for a ForwardingHttpHandler
   * (aws/forwarding-http-handler.ts). Undefined in process: the clients send their own requests.
   */
  transport?: MessagePort;
  /** After the runs of a tick: learns their jobs and records the points; true when points changed. */
  afterRuns(): Promise<boolean>;
  /** After a prune run: records the points. */
  afterPrune(): Promise<void>;
  /** afterRuns, then next(slots) unless `pruneIfChanged` and points changed (then no tick): one call. */
  afterRunsThenNext(slots: number[], pruneIfChanged: boolean): Promise<AfterRunsStep>;
  /** afterPrune, then next(slots): one call. */
  afterPruneThenNext(slots: number[]): Promise<NextTick>;
  /** Moves the clock to the next instant a plan is due (`slots`: each plan's next slot, epoch ms). */
  next(slots: number[]): Promise<NextTick>;
  /** Moves the clock to the end and records the points; true when points changed. */
  finish(): Promise<{ now: number; changed: boolean }>;
  result(): Promise<EngineResult>;
  close(): Promise<void>;
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

/** The engine's logic, on the thread that holds the simulator. */
export class TickEngine {
  private readonly seen = new Map<string, SeenPoint>();
  private readonly resourcePlans = new ResourcePlans();
  /** Whether recordPoints has walked every point once; later calls read the simulator's point journal. */
  private walked = false;

  constructor(
    private readonly handle: SimulatorHandle,
    private readonly setup: EngineSetup,
  ) {
    handle.sim.state.startPointJournal();
  }

  static async start(setup: EngineSetup): Promise<TickEngine> {
    return new TickEngine(await startSimulator({ world: setup.world }), setup);
  }

  started(): EngineStarted {
    return { url: this.handle.url, now: this.handle.sim.now().getTime(), threadId };
  }

  afterRuns(): boolean {
    this.resourcePlans.learn(this.handle.sim.state.backupJobs);
    return this.recordPoints();
  }

  afterPrune(): void {
    this.recordPoints();
  }

  /**
   * A plan has something to do again when one of its slots falls due or a job or copy of its
   * resources ends; the events in between (a job starting to run, a cold move, a lifecycle expiry)
   * need no run. A job on a resource no plan or several plans back up wakes every plan.
   */
  next(slots: number[]): NextTick {
    const { sim } = this.handle;
    const { planIds, endMs } = this.setup;
    const active = sim.state.activeJobsByResource;
    const isActive = (job: BackupJob | CopyJob) => active.get(job.resourceArn)?.has(job);
    const slot = Math.min(...slots);
    let watching = [...active.values()].flatMap((jobs) => [...jobs]);
    const due = new Set<string>();
    while (due.size === 0) {
      const nextEvent = sim.nextEventAt()?.getTime() ?? Infinity;
      const next = Math.min(slot, nextEvent);
      // The end is exclusive: N days from a slot hold N slots.
      if (next >= endMs) break;
      sim.advance(Math.max(0, (next - sim.now().getTime()) / 1000));
      slots.forEach((s, i) => {
        if (s <= next) due.add(planIds[i]!);
      });
      const ended = watching.filter((job) => !isActive(job));
      for (const job of ended) {
        const owner = this.resourcePlans.soleOwner(job.resourceArn);
        if (owner !== undefined && planIds.includes(owner)) due.add(owner);
        else for (const id of planIds) due.add(id);
      }
      if (ended.length > 0) watching = watching.filter((job) => isActive(job));
    }
    return { now: sim.now().getTime(), due: [...due] };
  }

  /**
   * afterRuns(), then next(slots) unless simulate is to prune first: when `pruneIfChanged` and points
   * changed (`tick` is then absent). One message to a worker where afterRuns and next took two.
   */
  afterRunsThenNext(slots: number[], pruneIfChanged: boolean): AfterRunsStep {
    const changed = this.afterRuns();
    return changed && pruneIfChanged ? { changed } : { changed, tick: this.next(slots) };
  }

  /** afterPrune(), then next(slots): one message to a worker instead of two. */
  afterPruneThenNext(slots: number[]): NextTick {
    this.afterPrune();
    return this.next(slots);
  }

  finish(): { now: number; changed: boolean } {
    const { sim } = this.handle;
    const { endMs } = this.setup;
    if (sim.now().getTime() < endMs) sim.advance((endMs - sim.now().getTime()) / 1000);
    return { now: sim.now().getTime(), changed: this.recordPoints() };
  }

  result(): EngineResult {
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

  close(): Promise<void> {
    return this.handle.close();
  }

  /**
   * Records every recovery point the simulator holds now (with its latest tags and class): the first
   * time by walking them all, then only the points the simulator's journal noted as created or changed
   * since (thousands held, a few dozen changed per run). Points new to `seen` come in the order the
   * walk would meet them: the journal notes each at its creation, as the points map adds it.
   */
  private recordPoints(): boolean {
    const { state } = this.handle.sim;
    const noted = state.takePointJournal();
    const points = this.walked ? noted : state.points.values();
    this.walked = true;
    let changed = false;
    for (const p of points) {
      // A noted point may be gone since (the walk meets only the points held now).
      if (p.status !== 'COMPLETED' || state.points.get(p.arn) !== p) continue;
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
export async function startInProcessEngine(setup: EngineSetup): Promise<SimulationEngine> {
  const engine = await TickEngine.start(setup);
  return {
    ...engine.started(),
    afterRuns: () => Promise.resolve(engine.afterRuns()),
    afterPrune: () => Promise.resolve(engine.afterPrune()),
    afterRunsThenNext: (slots, pruneIfChanged) =>
      Promise.resolve(engine.afterRunsThenNext(slots, pruneIfChanged)),
    afterPruneThenNext: (slots) => Promise.resolve(engine.afterPruneThenNext(slots)),
    next: (slots) => Promise.resolve(engine.next(slots)),
    finish: () => Promise.resolve(engine.finish()),
    result: () => Promise.resolve(engine.result()),
    close: () => engine.close(),
  };
}
