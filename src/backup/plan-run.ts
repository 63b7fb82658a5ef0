// One plan's backup run: credentials and account check, the vault, the resources, then per
// resource observe → decide → start; copies of completed points; with `wait`, polling until the
// jobs end. A plan never throws: whatever goes wrong lands in its report, so one plan's failure
// (say, AccessDenied for its role) leaves every other plan untouched.
import {
  describeOptIn,
  describeVault,
  isPointCold,
  listRecentCopyJobs,
  listResourcePoints,
  listVaultBackupJobs,
  listVaultPoints,
  listVaultPointsSince,
  readTagsOfPoints,
  startBackupJob,
  startCopyJob,
  tagPoints,
} from '../aws/backup.js';
import type { AwsContext, BackupClient, TaggingClient } from '../aws/clients.js';
import type { ServerClock } from '../aws/clock.js';
import { ReadsAhead } from '../aws/concurrency.js';
import type {
  ObservedBackupJob,
  ObservedCopyJob,
  ObservedPoint,
  VaultInfo,
  VaultPoint,
} from '../aws/observed.js';
import { readPointTags } from '../aws/point-tags.js';
import { mayBeCold } from './cold.js';
import { matchSelectors, type SelectorAnswers } from '../aws/resources.js';
import { describeAwsError, errorCode, isBusy, isOutcomeUnknown, isRetryable } from '../aws/retry.js';
import type { Plan } from '../plan/index.js';
import { optInProblem } from '../plan/resource-types.js';
import { describeSelector, selectResources, type SelectedResource } from '../plan/selection.js';
import type { CopyRunReport, PlanRunReport, ResourceRunReport } from '../report/backup.js';
import { RunTagMemo, vaultKey, type PointTagMemo } from '../run/tag-memo.js';
import { destinationVaultArn, type CopyDecision } from '../schedule/copies.js';
import type { VaultLockLimits } from '../schedule/lifecycle.js';
import {
  backfillDepth,
  backupJobInput,
  copyJobInput,
  copyBusyMatters,
  copyStep,
  copyLocksMatter,
  copyTagsMissing,
  decideResource,
  decisionStands,
  endedJobOutcome,
  isResourceGoneMessage,
  jobWindows,
  keepAppliesAtJobStart,
  lockedCopyLifecycle,
  lockedCopyLookback,
  LOCKED_KEEP_NOTE,
  planCopies,
  pointsNeedingTags,
  JOB_WINDOW_MARGIN_MS,
  relevanceCutoff,
  type DueOutcome,
  type JobWindows,
} from './decide.js';

/** Copy decisions made before the destinations' locks are read (see copyLocksMatter). */
const NO_LOCKS: ReadonlyMap<string, VaultLockLimits> = new Map();

/** The states of a backup job that still occupies its resource (ByState takes one at a time). */
const OCCUPYING_STATES = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING'] as const;
/** The states of a copy job in flight. */
const COPY_IN_FLIGHT_STATES = ['CREATED', 'RUNNING'] as const;
/** Clock-skew margin of `poll`'s listing before the oldest job this run waits for. */
const POLL_MARGIN_MS = 60 * 60 * 1000;
/** Resources handled at once: enough to hide latency, few enough to stay clear of throttling. */
const CONCURRENCY = 4;

export interface PlanRunOptions {
  ctx: AwsContext;
  clock: ServerClock;
  dryRun: boolean;
  namespace: string;
  log: (message: string) => void;
  /** DescribeRegionSettings opt-in by "account/region", shared by the run's plans: read once each. */
  optIn?: Map<string, Promise<Record<string, boolean>>>;
  /**
   * Ownership tags already read (this run, or an earlier one through prune's catalog): a point found
   * there is not read again for a backup decision. Default: this plan run's own memory.
   */
  tagMemo?: PointTagMemo;
  /** Tag selector answers shared by the run's plans (GetResources once per role, region and selector). */
  selectorAnswers?: SelectorAnswers;
}

const TERMINAL_JOB_STATES = new Set(['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']);
export const isTerminal = (state: string) => TERMINAL_JOB_STATES.has(state);

/**
 * StartBackupJob refused because the resource is gone (ResourceNotFoundException, or an
 * InvalidParameterValueException saying so). A not-found about anything else (the vault, the
 * backup role) stays a failure: a person must fix it.
 */
function isResourceGoneError(err: unknown, resourceArn: string): boolean {
  const code = errorCode(err);
  if (code !== 'ResourceNotFoundException' && code !== 'InvalidParameterValueException') return false;
  return isResourceGoneMessage(err instanceof Error ? err.message : undefined, resourceArn);
}

/** Retryable and not "busy": the error itself, or what a credentials error wraps (STS 5xx). */
function transientAtStart(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 3; depth++) {
    if (isRetryable(e) && !isBusy(e)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}

function withCopyJob(job: ObservedCopyJob | undefined): { job?: ObservedCopyJob } {
  return job ? { job } : {};
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(workers);
}

/**
 * One observation's job listings (issue 13: narrow windows, not 30 days a run), and the older jobs
 * read once per observation, only when a decision says they could change it (DueOutcome.olderJobs,
 * copyBusyMatters): the vault's backup jobs before the window (all, or those still in flight) and the
 * copy jobs in flight before the copy window.
 */
interface JobReading {
  windows: JobWindows;
  recentJobs: Map<string, ObservedBackupJob[]>;
  recentCopyJobs: Map<string, ObservedCopyJob[]>;
  backupHistory?: Promise<Map<string, ObservedBackupJob[]>>;
  backupInFlight?: Promise<Map<string, ObservedBackupJob[]>>;
  copyInFlight?: Promise<Map<string, ObservedCopyJob[]>>;
}

/** Listings of one kind merged by resource, newest first as one listing gives them. */
function newestFirst<T extends { creationDate: Date }>(maps: Map<string, T[]>[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const map of maps) for (const [arn, list] of map) out.set(arn, [...(out.get(arn) ?? []), ...list]);
  for (const list of out.values()) list.sort((a, b) => b.creationDate.getTime() - a.creationDate.getTime());
  return out;
}

/** The jobs of the window, then the older ones read later that it lacks (the windows overlap a little). */
function withOlder<T>(recent: T[] | undefined, older: T[] | undefined, id: (job: T) => string): T[] {
  const seen = new Set((recent ?? []).map(id));
  return [...(recent ?? []), ...(older ?? []).filter((j) => !seen.has(id(j)))];
}

interface ResourceState {
  selected: SelectedResource;
  report: ResourceRunReport;
  /** The observed jobs: those in the listing windows, then what older ones were read (see JobReading). */
  jobs: ObservedBackupJob[];
  points: ObservedPoint[];
  copyJobs: ObservedCopyJob[];
  /** What of the older jobs `jobs` and `copyJobs` hold (reset by each observe). */
  older: { backup?: 'in-flight' | 'history'; copy?: boolean };
  /** Attempts the current slot gets; a failed attempt below it is retried by a later run. */
  maxAttempts?: number;
  /** Job started or found in flight by this run, polled with `wait`. */
  pendingJobId?: string;
  /** StartBackupJob's answer was lost: AWS may be running a job for it, so no copy starts now. */
  startUnknown?: boolean;
}

export class PlanRun {
  readonly report: PlanRunReport;
  private backup!: BackupClient;
  private tagging!: TaggingClient;
  private vault!: VaultInfo;
  private now = new Date(0);
  /** `poll` lists jobs created since then: the decision time, or the oldest in-flight job adopted. */
  private pollSince = new Date(0);
  private readonly resources = new Map<string, ResourceState>();
  /** Copy jobs started or seen in flight, polled with `wait`. */
  private readonly pendingCopies = new Set<string>();
  /** The report's copies by source point and destination: one lookup per decision, not a scan. */
  private readonly copyReports = new Map<string, CopyRunReport>();
  /** The destinations' lock limits, and the notes on destinations that could not be read. */
  private locks: Promise<{ locks: Map<string, VaultLockLimits>; notes: string[] }> | undefined;
  /** Reads started before they are awaited: waited for by settled(). */
  private readonly reads = new ReadsAhead();
  /** The notes of `locks` are in the report (once, when a decision first used the locks). */
  private locksNoted = false;
  /** `backups()` has just observed the vault: the copies that follow need not read it again. */
  private observedForCopies = false;
  /** The current observation's job listings, and the older jobs read for the decisions that need them. */
  private reading: JobReading | undefined;
  /** Tags of completed copies read in batch by the current copies() pass (see readCopyTags). */
  private copyTags = new Map<string, Record<string, string> | undefined>();
  private readonly tagMemo: PointTagMemo;

  constructor(
    readonly plan: Plan,
    private readonly options: PlanRunOptions,
  ) {
    this.tagMemo = options.tagMemo ?? new RunTagMemo();
    this.report = {
      id: plan.id,
      file: plan.file,
      namespace: options.namespace,
      account: plan.aws.account,
      region: plan.aws.region,
      vault: plan.vault,
      status: 'ok',
      rules: plan.rules.map((r) => ({ name: r.name, schedule: r.schedule, timezone: r.timezone })),
      resources: [],
      copies: [],
      notes: [],
    };
  }

  /**
   * The plan cannot run now. An error that AWS may not repeat (5xx, timeouts, throttling past the
   * retry budget of src/aws/retry.ts) makes it `retry-later`: the next run tries again, no issue.
   */
  private fail(message: string, err?: unknown): void {
    this.report.error = message;
    this.report.status = err !== undefined && transientAtStart(err) ? 'retry-later' : 'failed';
  }

  private clients(role: string, region: string) {
    const backup = this.options.ctx.backup(role, region);
    const tagging = this.options.ctx.tagging(role, region);
    this.options.clock.attach(backup);
    this.options.clock.attach(tagging);
    return { backup, tagging };
  }

  /**
   * Resolves once every read this run started ahead has settled. A run that stopped early (its vault
   * could not be described, a listing failed) leaves none in flight to be answered after it reported.
   */
  settled(): Promise<void> {
    return this.reads.settled();
  }

  /** Credentials, account, vault, resources. false when the plan cannot run at all. */
  async prepare(): Promise<boolean> {
    const { plan } = this;
    try {
      await this.options.ctx.verifyAccount(plan.aws.role, plan.aws.account, plan.id);
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err), err);
      return false;
    }
    ({ backup: this.backup, tagging: this.tagging } = this.clients(plan.aws.role, plan.aws.region));
    // The selection needs neither the vault nor the decision time: ask for both at once (one round
    // trip less per run). A missing vault still reports first; the selection's answer is then unused.
    // Read (and reported) below, once the vault is known.
    const matches = this.reads.start(matchSelectors(this.tagging, plan, this.options.selectorAnswers));
    try {
      this.vault = await describeVault(this.backup, plan.vault);
    } catch (err) {
      this.fail(
        errorCode(err) === 'ResourceNotFoundException'
          ? `backup vault "${plan.vault}" does not exist in account ${plan.aws.account}, region ${plan.aws.region}: create it or fix \`vault:\` in ${plan.file}`
          : describeAwsError(err, {
              operation: 'DescribeBackupVault',
              role: plan.aws.role,
              region: plan.aws.region,
            }),
        err,
      );
      return false;
    }
    // The decision time: AWS's clock (see src/aws/clock.ts), now that a response told us what it is.
    this.now = new Date(Math.floor(this.options.clock.now().getTime() / 1000) * 1000);
    this.report.now = this.now.toISOString();
    this.pollSince = this.now;
    if (keepAppliesAtJobStart(plan, this.vault)) this.report.notes.push(LOCKED_KEEP_NOTE(plan.vault));
    try {
      const selection = selectResources(plan, await matches);
      // The user asked for these to be protected and they are not: a failure (issue 10 item 9), not a note.
      for (const r of selection.reserved)
        this.report.resources.push({
          arn: r.arn,
          outcome: 'failed',
          rules: [],
          note: `${r.arn} carries the reserved tag(s) ${r.keys.join(', ')}: not backed up (its recovery points could claim ownership they do not have); remove those tags from the resource`,
        });
      if (selection.excluded.length > 0) this.report.notes.push(`excluded: ${selection.excluded.join(', ')}`);
      if (selection.unsupported.length > 0)
        this.report.notes.push(
          `matched a tag selector but not a resource type backup-plans knows how to back up (add \`types:\` to the selector to narrow it): ${selection.unsupported.join(', ')}`,
        );
      for (const selected of selection.resources) {
        const report: ResourceRunReport = {
          arn: selected.arn,
          ...(selected.type ? { type: selected.type } : {}),
          outcome: 'existing',
          rules: [],
        };
        this.resources.set(selected.arn, { selected, report, jobs: [], points: [], copyJobs: [], older: {} });
        this.report.resources.push(report);
      }
      if (selection.resources.length === 0) {
        this.report.protectsNothing = true;
        this.report.selectors = plan.resources.include
          .map((s) => ('arn' in s ? s.arn : describeSelector(s.tags, s.types)))
          .join('; ');
      }
    } catch (err) {
      this.fail(
        describeAwsError(err, { operation: 'GetResources', role: plan.aws.role, region: plan.aws.region }),
        err,
      );
      return false;
    }
    return true;
  }

  /**
   * A selected resource whose type is not opted in to AWS Backup in the plan's region is never backed
   * up by AWS: a plan failure that names the type and the fix, rather than a job failing later. An
   * unreadable opt-in (a role without backup:DescribeRegionSettings) is a note; jobs still run.
   * Asked only in a run that would start a job (see backups()): such a resource's slots are never
   * satisfied, so every slot brings that run.
   */
  private async checkOptIn(): Promise<void> {
    if (this.resources.size === 0) return;
    const { account, region } = this.plan.aws;
    let optIn: Record<string, boolean>;
    try {
      optIn = await this.optInRead();
    } catch (err) {
      this.report.notes.push(
        `service opt-in not checked: ${describeAwsError(err, { operation: 'DescribeRegionSettings', role: this.plan.aws.role, region })}`,
      );
      return;
    }
    for (const [arn, r] of this.resources) {
      const problem = optInProblem(r.selected.type, optIn, { account, region });
      if (!problem) continue;
      this.resources.delete(arn);
      r.report.outcome = 'failed';
      r.report.note = problem;
    }
  }

  /** The region's opt-in, read once per account and region for the run's plans (started by the first asker). */
  private optInRead(): Promise<Record<string, boolean>> {
    const { account, region } = this.plan.aws;
    const cache = (this.options.optIn ??= new Map<string, Promise<Record<string, boolean>>>());
    const key = `${account}/${region}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = this.reads.start(describeOptIn(this.backup)); // awaited, and its failure noted, by checkOptIn
      cache.set(key, pending);
    }
    return pending;
  }

  /** Observe the vault, then decide and start the due jobs of each resource. */
  async backups(): Promise<void> {
    try {
      await this.observe();
    } catch (err) {
      for (const r of this.resources.values()) this.observingFailed(r, err);
      return;
    }
    this.observedForCopies = true;
    // Opt-in is read only when some job would start: decide until the first such resource, keep
    // those decisions, and decide the rest batch by batch (deciding is pure over what was observed).
    // Holding every decision with its planned job at once cost a 10,000-resource run ~50 MiB of peak.
    const decided = new Map<ResourceState, DueOutcome | undefined>();
    for (const r of this.resources.values()) {
      // A start that waits only for the older jobs in flight mostly stands (decisionStands): read
      // the opt-in alongside them rather than after.
      const d = await this.decideFully(r, () => void this.optInRead());
      decided.set(r, d);
      if (d?.kind === 'start' && d.planned) {
        await this.checkOptIn();
        break;
      }
    }
    await inBatches([...this.resources.values()], CONCURRENCY, async (r) => {
      const decision = decided.has(r) ? decided.get(r) : await this.decideFully(r);
      decided.delete(r);
      if (decision) await this.backupResource(r, decision);
    });
  }

  /** The vault could not be observed (or not the older jobs a decision needed): nothing is decided. */
  private observingFailed(r: ResourceState, err: unknown): void {
    const why = describeAwsError(err, {
      operation: 'observing',
      target: this.plan.vault,
      region: this.plan.aws.region,
    });
    // Throttling or a 5xx that outlived the SDK's retries says nothing about the backups: look again next run.
    r.report.outcome = isRetryable(err) ? 'retry-later' : 'failed';
    r.report.note = isRetryable(err)
      ? `could not look at the resource's jobs now (${why}); the next run retries`
      : why;
  }

  /**
   * What AWS shows for every resource of the plan, read per vault, not per resource (issue 12): the
   * vault's backup jobs since the earliest previous slot (jobWindows), its points since the oldest
   * open slot or copy window, the copy jobs of those points (with `copyTo`), and the tags of the
   * points a decision needs, 100 ARNs a call where the Tagging API reads them. Older jobs are read
   * later, for the decisions that need them (decideFully, copies).
   */
  private async observe(): Promise<void> {
    const windows = jobWindows(this.plan, this.now, this.vault);
    const resources = [...this.resources.values()];
    // `backfill` wants each resource's newest points, however old: those are listed per resource.
    const backfill = backfillDepth(this.plan) > 0;
    const vaultPoints = backfill
      ? undefined
      : listVaultPointsSince(
          this.backup,
          this.plan.vault,
          new Date(relevanceCutoff(this.plan, this.now, this.vault)),
        );
    // The points' tags need only the points: read them while the job listings may still be coming.
    // Awaited below, after the listings: their failures report first.
    const tagged =
      vaultPoints &&
      this.reads.start(
        vaultPoints.then((points) =>
          this.readOwnership(resources.map((r) => points.get(r.selected.arn) ?? [])),
        ),
      );
    const [jobs, points, copyJobs] = await Promise.all([
      listVaultBackupJobs(this.backup, this.plan.vault, windows.backupJobs),
      vaultPoints,
      windows.copyJobs
        ? listRecentCopyJobs(this.backup, windows.copyJobs)
        : new Map<string, ObservedCopyJob[]>(),
    ]);
    this.reading = { windows, recentJobs: jobs, recentCopyJobs: copyJobs };
    for (const r of resources) {
      r.jobs = jobs.get(r.selected.arn) ?? [];
      r.copyJobs = copyJobs.get(r.selected.arn) ?? [];
      r.older = {};
      if (points) r.points = points.get(r.selected.arn) ?? [];
    }
    if (tagged) return await tagged;
    await inBatches(resources, CONCURRENCY, async (r) => {
      r.points = await listResourcePoints(this.backup, r.selected.arn, this.plan.vault);
    });
    await this.readOwnership(resources.map((r) => r.points));
  }

  /** The tags of the points (one list per resource) a decision needs, read in batch unless already known. */
  private async readOwnership(pointsByResource: ObservedPoint[][]): Promise<void> {
    const wanted = pointsByResource.flatMap((points) =>
      pointsNeedingTags(this.plan, points, this.now, this.vault),
    );
    // Points whose ownership an earlier reading proved keep it: only the others are read.
    const { account, region } = this.plan.aws;
    const vault = vaultKey({ account, region, vault: this.plan.vault });
    const unread = wanted.filter((p) => {
      const known = this.tagMemo.known(vault, p.arn);
      if (known) p.tags = { ...known };
      return !known;
    });
    await readTagsOfPoints(this.backup, this.tagging, unread);
    // A backup's point has its tags from the start; a copy into this vault may get more later.
    for (const p of unread) if (!p.sourceVaultArn) this.tagMemo.learn(vault, p.arn, p.tags);
  }

  /** The resource's backup jobs hold every one ListBackupJobs shows that the decision could need. */
  private backupJobsComplete(r: ResourceState): boolean {
    const w = this.reading!.windows;
    return r.older.backup === 'history' || w.backupJobs.getTime() <= w.history.getTime();
  }

  /** The resource's copy jobs hold every one in flight (of the 30 days ListCopyJobs is read for). */
  private copyInFlightKnown(r: ResourceState): boolean {
    const w = this.reading!.windows;
    return r.older.copy === true || (w.copyJobs !== undefined && w.copyJobs.getTime() <= w.history.getTime());
  }

  private decide(r: ResourceState): DueOutcome {
    const complete = this.backupJobsComplete(r);
    return decideResource({
      plan: this.plan,
      namespace: this.options.namespace,
      resourceArn: r.selected.arn,
      now: this.now,
      jobs: r.jobs,
      points: r.points,
      copyJobs: r.copyJobs,
      vault: this.vault,
      jobsSince: complete ? undefined : this.reading!.windows.backupJobs,
      inFlightKnown: (complete || r.older.backup === 'in-flight') && this.copyInFlightKnown(r),
    });
  }

  /**
   * The due decision, made again after reading the older jobs it says could change it (at most
   * twice: history, then copies in flight); undefined when they could not be read (reported).
   * Jobs in flight from before the windows change only whether the resource is busy: when the read
   * found none of this resource's, the decision stands as made (see decisionStands), not made twice.
   */
  private async decideFully(r: ResourceState, likelyStart?: () => void): Promise<DueOutcome | undefined> {
    try {
      for (;;) {
        const d = this.decide(r);
        if (!d.olderJobs) return d;
        if (d.olderJobs === 'in-flight' && d.kind === 'start' && d.planned) likelyStart?.();
        const before = { jobs: r.jobs.length, copyJobs: r.copyJobs.length };
        await this.readOlderJobs(r, d.olderJobs);
        if (
          d.olderJobs === 'in-flight' &&
          r.jobs.length === before.jobs &&
          r.copyJobs.length === before.copyJobs
        )
          return decisionStands(d);
      }
    } catch (err) {
      this.observingFailed(r, err);
      return undefined;
    }
  }

  /** Add the older jobs a decision needs to the resource's (read once per observation for the vault). */
  private async readOlderJobs(r: ResourceState, need: 'history' | 'in-flight'): Promise<void> {
    const reading = this.reading!;
    const arn = r.selected.arn;
    const before = new Date(reading.windows.backupJobs.getTime() + JOB_WINDOW_MARGIN_MS);
    const id = (j: ObservedBackupJob) => j.jobId;
    if (need === 'history') {
      reading.backupHistory ??= listVaultBackupJobs(this.backup, this.plan.vault, reading.windows.history, {
        before,
      });
      r.jobs = withOlder(reading.recentJobs.get(arn), (await reading.backupHistory).get(arn), id);
      r.older.backup = 'history';
      return;
    }
    // Awaited below; a failure of the backup jobs' read (if made) reports first.
    const copies = this.copyInFlightKnown(r) ? undefined : this.reads.start(this.olderCopyJobs());
    if (!this.backupJobsComplete(r) && r.older.backup === undefined) {
      // Both reads at once: the copy jobs' listings need nothing from the backup jobs' ones.
      // ByState takes one state: one small listing per state that occupies a resource.
      reading.backupInFlight ??= Promise.all(
        OCCUPYING_STATES.map((state) =>
          listVaultBackupJobs(this.backup, this.plan.vault, reading.windows.history, { before, state }),
        ),
      ).then(newestFirst);
      r.jobs = withOlder(reading.recentJobs.get(arn), (await reading.backupInFlight).get(arn), id);
      r.older.backup = 'in-flight';
    }
    if (copies) this.addOlderCopyJobs(r, await copies);
  }

  /** The copy jobs in flight from before the copy window (without `copyTo`: all of them), read once. */
  private olderCopyJobs(): Promise<Map<string, ObservedCopyJob[]>> {
    const reading = this.reading!;
    const { copyJobs: window, history } = reading.windows;
    const before = window ? new Date(window.getTime() + JOB_WINDOW_MARGIN_MS) : undefined;
    reading.copyInFlight ??= Promise.all(
      COPY_IN_FLIGHT_STATES.map((state) => listRecentCopyJobs(this.backup, history, state, before)),
    ).then(newestFirst);
    return reading.copyInFlight;
  }

  private addOlderCopyJobs(r: ResourceState, older: Map<string, ObservedCopyJob[]>): void {
    const arn = r.selected.arn;
    r.copyJobs = withOlder(this.reading!.recentCopyJobs.get(arn), older.get(arn), (j) => j.copyJobId);
    r.older.copy = true;
  }

  /** Add the copy jobs in flight from before the copy window. */
  private async readOlderCopyJobs(r: ResourceState): Promise<void> {
    this.addOlderCopyJobs(r, await this.olderCopyJobs());
  }

  private async backupResource(r: ResourceState, decision: DueOutcome): Promise<void> {
    const arn = r.selected.arn;
    this.apply(r, decision);
    if (decision.kind !== 'start' || !decision.planned) return;
    if (decision.maxAttempts !== undefined) r.maxAttempts = decision.maxAttempts;
    if (this.options.dryRun) {
      r.report.outcome = 'would-start';
      r.report.job = { state: 'NOT_STARTED', attempt: decision.attempt, startedThisRun: false };
      return;
    }
    const input = backupJobInput(this.plan, decision.planned);
    try {
      const started = await startBackupJob(this.backup, input);
      r.report.outcome = 'started';
      r.report.job = { id: started.jobId, state: 'CREATED', attempt: decision.attempt, startedThisRun: true };
      r.pendingJobId = started.jobId;
      this.options.log(`${this.plan.id}: started backup job ${started.jobId} for ${arn}`);
    } catch (err) {
      const why = describeAwsError(err, {
        operation: 'StartBackupJob',
        target: arn,
        region: this.plan.aws.region,
      });
      if (isResourceGoneError(err, arn)) {
        // Some services refuse the job at once instead of failing it later: same meaning.
        r.report.outcome = 'skipped';
        r.report.note = `the resource no longer exists (${why}); remove it from the plan or its tags`;
      } else if (isOutcomeUnknown(err)) {
        // The answer was lost (unreadable, or the connection dropped): AWS may have started the job.
        // Not a failure: the next run finds the job, or asks again with the same attempt number and
        // so the same idempotency token, which AWS answers with the same job.
        r.startUnknown = true;
        r.report.outcome = 'retry-later';
        r.report.note = `the answer to StartBackupJob was lost (${why}); AWS may have started the job: the next run finds it or asks again with the same idempotency token`;
      } else if (isRetryable(err)) {
        // Throttling, 5xx, timeouts that outlived the SDK's retries: AWS made no job (or, after a
        // timeout, one that the next run finds). Nothing failed for good: the slot stays due and
        // the next run asks again with the same attempt number, hence the same idempotency token.
        r.report.outcome = 'retry-later';
        r.report.note = `AWS did not take the job now (${why}); the next run retries`;
      } else {
        r.report.outcome = 'failed';
        r.report.note = why;
      }
    }
  }

  /** Put a decision into the resource's report. */
  private apply(r: ResourceState, decision: DueOutcome): void {
    r.report.rules = decision.rules;
    const job = decision.job;
    if (job)
      r.report.job = {
        id: job.jobId,
        state: job.state,
        ...(job.statusMessage ? { statusMessage: job.statusMessage } : {}),
        ...(job.recoveryPointArn ? { recoveryPointArn: job.recoveryPointArn } : {}),
        startedThisRun: false,
      };
    if (decision.reason) r.report.note = decision.reason;
    switch (decision.kind) {
      case 'satisfied':
        r.report.outcome = 'existing';
        if (job && !isTerminal(job.state)) {
          r.pendingJobId = job.jobId;
          if (job.creationDate < this.pollSince) this.pollSince = job.creationDate;
        }
        break;
      case 'start': {
        r.report.outcome = 'started';
        const notes = [...(decision.planned?.notes ?? [])];
        // The job that ended last without a backup; an attempt only when it used one up (a job AWS
        // failed because another was running does not: the attempt number stays).
        if (job)
          notes.unshift(
            (decision.attempt ?? 1) > 1
              ? `attempt ${decision.attempt! - 1} failed: ${job.statusMessage ?? job.state}`
              : `the last job ended ${job.state}: ${job.statusMessage ?? 'no message'}`,
          );
        delete r.report.job;
        if (notes.length > 0) r.report.note = notes.join('; ');
        break;
      }
      default:
        r.report.outcome = decision.kind;
    }
  }

  /** Tag completed copies, then start the copies that are due, for every resource (or the given ones). */
  async copies(only?: string[]): Promise<void> {
    if (!this.plan.rules.some((rule) => rule.copyTo.length > 0)) return;
    const targets = only
      ? only.map((a) => this.resources.get(a)).filter((r) => r !== undefined)
      : [...this.resources.values()];
    // Right after `backups()` its reading still holds (the jobs it started made no points yet); a
    // later pass (`wait`) looks again: points may have completed since.
    const fresh = this.observedForCopies && !only;
    this.observedForCopies = false;
    try {
      // An expired session is renewed by the clients themselves (src/aws/clients.ts), once per call.
      if (!fresh) await this.observe();
    } catch (err) {
      this.observingCopiesFailed(err);
      return;
    }
    // Decide every resource's copies first, so the tags of all completed copies are read in a few
    // batched calls (100 ARNs each) instead of one call per copy and run.
    const planned: [ResourceState, CopyDecision[]][] = [];
    const evidence = new Map<ResourceState, VaultPoint[]>();
    await inBatches(targets, CONCURRENCY, async (r) => {
      const destinationPoints = await this.copyEvidence(r);
      if (!destinationPoints) return;
      evidence.set(r, destinationPoints);
      planned.push([r, this.copyDecisions(r, destinationPoints, NO_LOCKS)]);
    });
    // A copy job in flight from before the copy window keeps its resource busy, which matters only
    // to a copy about to start: read those (once) when some decision is about one, and decide again.
    const busyMatters = planned.filter(([r, ds]) => !this.copyInFlightKnown(r) && copyBusyMatters(ds));
    if (busyMatters.length > 0) {
      // Those decisions are about copies to make, which need the destinations' locks (below) unless
      // the read finds every such resource busy: read the locks alongside.
      void this.readLocks();
      // Only a resource the read found an older copy job of is decided again: for the others the
      // input is unchanged, and so is the decision.
      const grown = new Set<ResourceState>();
      try {
        for (const [r] of busyMatters) {
          const known = r.copyJobs.length;
          await this.readOlderCopyJobs(r);
          if (r.copyJobs.length !== known) grown.add(r);
        }
      } catch (err) {
        this.observingCopiesFailed(err);
        return;
      }
      for (const entry of busyMatters)
        if (grown.has(entry[0])) entry[1] = this.copyDecisions(entry[0], evidence.get(entry[0])!, NO_LOCKS);
    }
    // The destinations' locks shape only copies still to make: read them (DescribeBackupVault, with
    // the destination's role) once some decision is about one, and decide those resources again.
    // Destinations without lock limits read as none: the decisions made without locks stand.
    let locks = NO_LOCKS;
    if (planned.some(([, decisions]) => copyLocksMatter(decisions))) {
      locks = await this.destinationLocks();
      if (locks.size > 0)
        for (const entry of planned)
          if (copyLocksMatter(entry[1]))
            entry[1] = this.copyDecisions(entry[0], evidence.get(entry[0])!, locks);
    }
    const toTag = planned.flatMap(([r, ds]) => ds.filter((d) => this.stepOf(r, d).kind === 'tag'));
    await this.readCopyTags(toTag);
    await inBatches(planned, CONCURRENCY, async ([r, decisions]) => {
      for (const d of decisions) {
        if (d.action === 'start') await this.lockedCopy(r, d, locks);
        await this.applyCopy(r, d);
      }
    });
    await this.tagCopies(toTag);
  }

  /** The vault (or the copy jobs in flight before the copy window) could not be read: no copies this pass. */
  private observingCopiesFailed(err: unknown): void {
    this.report.notes.push(
      describeAwsError(err, {
        operation: 'observing copies',
        target: this.plan.vault,
        region: this.plan.aws.region,
      }),
    );
  }

  /**
   * The current tags of the completed copies about to be checked, per destination in batched reads.
   * A failed read leaves them unread: tagCopy then reads (and reports) each on its own.
   */
  private async readCopyTags(decisions: CopyDecision[]): Promise<void> {
    this.copyTags = new Map();
    // Per destination vault: the copies to read, with the tags each should carry.
    const byDestination = new Map<
      string,
      { destination: CopyDecision['destination']; wanted: Map<string, Record<string, string>> }
    >();
    for (const d of decisions) {
      if (!d.destinationPointArn) continue;
      const key = vaultKey(d.destination);
      // Known to carry every tag it should: nothing to read, nothing to tag. Anything less is read
      // live (a copy gets its tags only after it completes, so an older reading may lack them).
      const known = this.tagMemo.known(key, d.destinationPointArn);
      if (known && !copyTagsMissing(d.destinationTags, known)) {
        this.copyTags.set(d.destinationPointArn, known);
        continue;
      }
      const entry = byDestination.get(key) ?? { destination: d.destination, wanted: new Map() };
      entry.wanted.set(d.destinationPointArn, d.destinationTags);
      byDestination.set(key, entry);
    }
    for (const [key, { destination, wanted }] of byDestination) {
      const { backup, tagging } = this.destinationClients(destination);
      try {
        for (const [arn, tags] of await readPointTags({ backup, tagging }, [...wanted.keys()])) {
          this.copyTags.set(arn, tags);
          if (!copyTagsMissing(wanted.get(arn)!, tags)) this.tagMemo.learn(key, arn, tags);
        }
      } catch {
        // Left unread on purpose: see above.
      }
    }
  }

  /** Clients for a copy destination: its own role when it names one (another account), else the plan's. */
  private destinationClients(destination: { account: string; region: string; vault: string }) {
    const role = this.destinationOf(destination)?.role ?? this.plan.aws.role;
    return { role, ...this.clients(role, destination.region) };
  }

  private destinationOf(d: { account: string; region: string; vault: string }) {
    return this.plan.rules
      .flatMap((rule) => rule.copyTo)
      .find((c) => c.account === d.account && c.region === d.region && c.vault === d.vault);
  }

  /** Lock limits of the destination vaults (a copy whose lifecycle falls outside them fails), read once. */
  private async destinationLocks(): Promise<Map<string, VaultLockLimits>> {
    const { locks, notes } = await this.readLocks();
    if (!this.locksNoted) this.report.notes.push(...notes);
    this.locksNoted = true;
    return locks;
  }

  /** The destinations' DescribeBackupVault, made once; never rejects (an unreadable one is a note). */
  private readLocks() {
    this.locks ??= (async () => {
      const locks = new Map<string, VaultLockLimits>();
      const notes: string[] = [];
      const seen = new Set<string>();
      for (const dest of this.plan.rules.flatMap((rule) => rule.copyTo)) {
        const arn = destinationVaultArn(this.vault.arn, dest);
        if (seen.has(arn)) continue;
        seen.add(arn);
        try {
          const { backup } = this.destinationClients(dest);
          const info = await describeVault(backup, dest.vault);
          if (info.locked || info.minRetentionDays !== undefined || info.maxRetentionDays !== undefined)
            locks.set(arn, {
              vaultName: dest.vault,
              locked: info.locked,
              minRetentionDays: info.minRetentionDays,
              maxRetentionDays: info.maxRetentionDays,
            });
        } catch (err) {
          notes.push(
            `copy destination ${dest.account}/${dest.region}/${dest.vault}: ${describeAwsError(err, { operation: 'DescribeBackupVault', region: dest.region })}`,
          );
        }
      }
      return { locks, notes };
    })();
    // Read early by copies(), which may then stop before using it.
    return this.reads.start(this.locks);
  }

  private copyReport(decision: CopyDecision): CopyRunReport {
    const dest = {
      account: decision.destination.account,
      region: decision.destination.region,
      vault: decision.destination.vault,
    };
    const key = `${decision.sourcePointArn}\n${dest.account}/${dest.region}/${dest.vault}`;
    let report = this.copyReports.get(key);
    if (!report) {
      report = {
        resourceArn: decision.resourceArn,
        sourcePointArn: decision.sourcePointArn,
        destination: dest,
        outcome: 'running',
      };
      this.copyReports.set(key, report);
      this.report.copies.push(report);
    }
    if (decision.copyJobId) report.copyJobId = decision.copyJobId;
    if (decision.destinationPointArn) report.destinationPointArn = decision.destinationPointArn;
    return report;
  }

  /** The resource's points in destination vaults the copy decisions need; undefined when unreadable (noted). */
  private async copyEvidence(r: ResourceState): Promise<VaultPoint[] | undefined> {
    const arn = r.selected.arn;
    try {
      return await this.backfillEvidence(arn);
    } catch (err) {
      this.report.notes.push(
        describeAwsError(err, { operation: 'observing copies', target: arn, region: this.plan.aws.region }),
      );
      return undefined;
    }
  }

  /** The copy decisions of one resource. */
  private copyDecisions(
    r: ResourceState,
    destinationPoints: VaultPoint[],
    destinationLocks: ReadonlyMap<string, VaultLockLimits>,
  ): CopyDecision[] {
    return planCopies({
      plan: this.plan,
      namespace: this.options.namespace,
      now: this.now,
      sourceVaultArn: this.vault.arn,
      points: r.points,
      copyJobs: r.copyJobs,
      destinationPoints,
      busy: r.pendingJobId !== undefined || r.startUnknown === true,
      destinationLocks,
    });
  }

  /**
   * A copy into a locked destination whose rule keeps there gets its lifecycle now, from the tier it
   * opens among the plan's copies already there (their tags read; unreadable ones do not count, so
   * the copy lives longer, never shorter).
   */
  private async lockedCopy(r: ResourceState, d: CopyDecision, locks: ReadonlyMap<string, VaultLockLimits>) {
    const lock = locks.get(d.destination.vaultArn);
    const source = r.points.find((p) => p.arn === d.sourcePointArn);
    if (!lock?.locked || !source) return;
    const since = lockedCopyLookback(this.plan, d, source.created);
    if (!since) return;
    let destinationPoints: { created: Date; status: string; tags?: Record<string, string> | undefined }[] =
      [];
    try {
      const { backup, tagging } = this.destinationClients(d.destination);
      const listed = (await listVaultPoints(backup, d.destination.vault, r.selected.arn)).filter(
        (p) => p.created >= since && p.created < source.created,
      );
      const tags = await readPointTags(
        { backup, tagging },
        listed.map((p) => p.arn),
      );
      destinationPoints = listed.map((p) => ({
        created: p.created,
        status: p.status,
        tags: tags.get(p.arn),
      }));
    } catch (err) {
      d.notes = [
        ...(d.notes ?? []),
        `copies already in ${d.destination.vault} not readable (${describeAwsError(err, { operation: 'ListRecoveryPointsByBackupVault', region: d.destination.region })}): the copy is kept as if it opened every tier`,
      ];
    }
    const decided = lockedCopyLifecycle({
      plan: this.plan,
      namespace: this.options.namespace,
      decision: d,
      sourceCreated: source.created,
      destinationPoints,
      lock,
    });
    d.lifecycle = decided.lifecycle;
    d.notes = [...(d.notes ?? []), ...decided.notes];
  }

  /** Destination points of the resource, listed only for destinations that backfill (regular copies rely on copy jobs). */
  private async backfillEvidence(resourceArn: string): Promise<VaultPoint[]> {
    const out: VaultPoint[] = [];
    const seen = new Set<string>();
    for (const dest of this.plan.rules.flatMap((rule) => rule.copyTo)) {
      if (!dest.backfill) continue;
      const arn = destinationVaultArn(this.vault.arn, dest);
      if (seen.has(arn)) continue;
      seen.add(arn);
      const { backup } = this.destinationClients(dest);
      out.push(...(await listVaultPoints(backup, dest.vault, resourceArn)));
    }
    return out;
  }

  /** Carry out a copy decision: the step says what (see copyStep); this only does it. */
  private stepOf(r: ResourceState, d: CopyDecision) {
    return copyStep(d, {
      now: this.now,
      ...withCopyJob(d.copyJobId ? r.copyJobs.find((j) => j.copyJobId === d.copyJobId) : undefined),
      polled: d.copyJobId !== undefined && this.pendingCopies.has(d.copyJobId),
    });
  }

  private async applyCopy(r: ResourceState, d: CopyDecision): Promise<void> {
    const step = this.stepOf(r, d);
    switch (step.kind) {
      case 'none':
        return;
      case 'tag':
        // Tagged together with the other completed copies, once every copy is decided (tagCopies).
        return;
      case 'in-flight': {
        const report = this.copyReport(d);
        if (!report.startedThisRun) report.outcome = 'running';
        report.state = step.state;
        if (d.copyJobId) this.pendingCopies.add(d.copyJobId);
        return;
      }
      case 'report': {
        const report = this.copyReport(d);
        report.outcome = step.outcome;
        if (step.message) report.message = step.message;
        if (step.waitingForResource) report.waitingForResource = true;
        if (step.stopPolling && d.copyJobId) this.pendingCopies.delete(d.copyJobId);
        return;
      }
      case 'start':
        return this.startCopy(r, d);
    }
  }

  private async startCopy(r: ResourceState, d: CopyDecision): Promise<void> {
    const report = this.copyReport(d);
    report.outcome = 'would-start';
    delete report.waitingForResource;
    if (d.attempt > 1)
      report.message = `attempt ${d.attempt}; ${d.failures.at(-1)?.statusMessage ?? 'the last one failed'}`;
    if (this.options.dryRun) return;
    try {
      // AWS does not copy cold points. The listing dates the cold transition; ask only once it may have come.
      const source = r.points.find((p) => p.arn === d.sourcePointArn);
      if (
        mayBeCold(source, this.now) &&
        (await isPointCold(this.backup, this.plan.vault, d.sourcePointArn))
      ) {
        report.outcome = 'skipped';
        report.message = 'in cold storage: AWS does not copy cold points';
        return;
      }
      const started = await startCopyJob(this.backup, copyJobInput(this.plan, d));
      report.outcome = 'started';
      report.startedThisRun = true;
      report.copyJobId = started.copyJobId;
      report.state = 'CREATED';
      this.pendingCopies.add(started.copyJobId);
      this.options.log(
        `${this.plan.id}: started copy job ${started.copyJobId} of ${d.sourcePointArn} to ${d.destination.region}/${d.destination.vault}`,
      );
    } catch (err) {
      const why = describeAwsError(err, {
        operation: 'StartCopyJob',
        target: d.sourcePointArn,
        region: this.plan.aws.region,
      });
      // Retryable (throttling, 5xx, timeouts, a busy point): no copy job was made; the next run
      // decides again and starts it while the point is inside its copy window.
      report.outcome = isRetryable(err) ? 'retry-later' : 'failed';
      report.message = isRetryable(err)
        ? `AWS did not take the copy now (${why}); the next run retries`
        : why;
    }
  }

  /**
   * Put the ownership tags on the completed copies' destination points that lack them. Copies with
   * the same tags in the same destination (one slot's copies of a plan's resources) share a call:
   * TagResources takes 20 ARNs and one tag set. A copy whose tagging failed is left to its lifecycle.
   */
  private async tagCopies(decisions: CopyDecision[]): Promise<void> {
    const batches = new Map<string, { d: CopyDecision; decisions: CopyDecision[] }>();
    const current = new Map<CopyDecision, Record<string, string> | undefined>();
    for (const d of decisions) {
      const wasPending = d.copyJobId !== undefined && this.pendingCopies.delete(d.copyJobId);
      const tags = await this.currentCopyTags(d);
      if (tags === 'unreadable') continue;
      current.set(d, tags);
      if (!copyTagsMissing(d.destinationTags, tags)) {
        if (wasPending) this.copyReport(d).outcome = 'tagged';
        continue;
      }
      if (this.options.dryRun) continue;
      this.copyReport(d).state = 'COMPLETED';
      const { account, region, vault } = d.destination;
      const key = `${account}/${region}/${vault}\n${JSON.stringify(Object.entries(d.destinationTags).sort())}`;
      const batch = batches.get(key) ?? { d, decisions: [] };
      batch.decisions.push(d);
      batches.set(key, batch);
    }
    for (const { d: first, decisions: batch } of batches.values()) {
      const { backup, tagging, role } = this.destinationClients(first.destination);
      const outcomes = await tagPoints(
        backup,
        tagging,
        batch.map((d) => d.destinationPointArn!),
        first.destinationTags,
      );
      for (const d of batch) {
        const report = this.copyReport(d);
        const outcome = outcomes.get(d.destinationPointArn!)!;
        report.outcome = outcome.kind === 'tagged' ? 'tagged' : 'tag-failed';
        // AWS took the tags: the copy now carries them all (final), so later runs need not read it.
        if (outcome.kind === 'tagged') {
          this.tagMemo.learn(vaultKey(d.destination), d.destinationPointArn!, {
            ...current.get(d),
            ...d.destinationTags,
          });
        }
        if (outcome.kind === 'untaggable')
          report.message = 'points of this type take no tags; the copy is left to its lifecycle';
        if (outcome.kind === 'failed') report.message = this.tagFailed(d, outcome.error, role);
      }
    }
  }

  /** The copy's current tags: read in batch by readCopyTags, else on its own; 'unreadable' (reported) when that fails. */
  private async currentCopyTags(d: CopyDecision): Promise<Record<string, string> | undefined | 'unreadable'> {
    const pointArn = d.destinationPointArn!;
    if (this.copyTags.has(pointArn)) return this.copyTags.get(pointArn);
    const { backup, tagging, role } = this.destinationClients(d.destination);
    try {
      return (await readPointTags({ backup, tagging }, [pointArn])).get(pointArn);
    } catch (err) {
      const report = this.copyReport(d);
      report.outcome = 'tag-failed';
      report.message = this.tagFailed(d, err, role);
      return 'unreadable';
    }
  }

  private tagFailed(d: CopyDecision, err: unknown, role: string): string {
    return `${describeAwsError(err, { operation: 'tagging the copy', target: d.destinationPointArn!, region: d.destination.region, role })}; the copy is left to its lifecycle`;
  }

  /** Jobs and copies this run still waits for. */
  get pending(): number {
    return [...this.resources.values()].filter((r) => r.pendingJobId).length + this.pendingCopies.size;
  }

  /** One polling pass for `wait`: refresh in-flight jobs; copy what completed; tag finished copies. */
  async poll(): Promise<void> {
    this.now = new Date(Math.floor(this.options.clock.now().getTime() / 1000) * 1000);
    const again = new Set<string>();
    const waiting = [...this.resources.values()].filter((r) => r.pendingJobId);
    if (waiting.length > 0) {
      // One listing of the vault's jobs for every job waited for, not one per resource.
      let byId: Map<string, ObservedBackupJob> | undefined;
      try {
        // Only the jobs waited for: no need to read the decisions' window again on every pass.
        const since = new Date(this.pollSince.getTime() - POLL_MARGIN_MS);
        const jobs = await listVaultBackupJobs(this.backup, this.plan.vault, since);
        byId = new Map([...jobs.values()].flat().map((j) => [j.jobId, j]));
      } catch (err) {
        this.report.notes.push(
          describeAwsError(err, { operation: 'ListBackupJobs', target: this.plan.vault }),
        );
      }
      for (const r of byId ? waiting : []) {
        const job = byId!.get(r.pendingJobId!);
        if (!job) continue;
        if (r.report.job) {
          r.report.job.state = job.state;
          if (job.statusMessage) r.report.job.statusMessage = job.statusMessage;
          if (job.recoveryPointArn) r.report.job.recoveryPointArn = job.recoveryPointArn;
        }
        if (!isTerminal(job.state)) continue;
        r.pendingJobId = undefined;
        if (job.state === 'COMPLETED') again.add(r.selected.arn);
        else this.jobEnded(r, job);
      }
    }
    // Resources with a copy in flight: look again (this also tags the ones that finished).
    for (const c of this.report.copies)
      if (c.copyJobId && this.pendingCopies.has(c.copyJobId)) again.add(c.resourceArn);
    if (again.size > 0) await this.copies([...again]);
    // A pending copy that is no longer in flight and was not tagged just now has ended some other way.
    for (const c of this.report.copies) {
      if (!c.copyJobId || !this.pendingCopies.has(c.copyJobId)) continue;
      const job = this.resources.get(c.resourceArn)?.copyJobs.find((j) => j.copyJobId === c.copyJobId);
      if (job && isTerminal(job.state)) {
        this.pendingCopies.delete(c.copyJobId);
        c.state = job.state;
        if (job.state !== 'COMPLETED') {
          // The next run retries it while attempts remain (the copy decision counts them).
          c.outcome = 'retry-later';
          c.message = `copy job ended ${job.state}${job.statusMessage ? `: ${job.statusMessage}` : ''}; a later run retries while attempts remain`;
        }
      }
    }
  }

  /** A job this run waited for ended without completing: the report says what the decision says. */
  private jobEnded(r: ResourceState, job: ObservedBackupJob): void {
    const ended = endedJobOutcome(job, r.selected.arn, r.report.job?.attempt ?? 1, r.maxAttempts ?? 1);
    r.report.outcome = ended.outcome;
    r.report.note = ended.note;
  }

  /** Final status, after everything ran. */
  finish(): PlanRunReport {
    if (this.report.status === 'retry-later') return this.report;
    const failed =
      this.report.error !== undefined ||
      this.report.resources.some((r) => r.outcome === 'failed') ||
      this.report.copies.some((c) => c.outcome === 'failed');
    this.report.status = failed ? 'failed' : 'ok';
    return this.report;
  }
}
