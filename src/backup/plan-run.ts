// One plan's backup run: credentials and account check, the vault, the resources, then per
// resource observe → decide → start; copies of completed points; with `wait`, polling until the
// jobs end. A plan never throws: whatever goes wrong lands in its report, so one plan's failure
// (say, AccessDenied for its role) leaves every other plan untouched.
import type { BackupClient } from '@aws-sdk/client-backup';
import type { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { AwsContext } from '../aws/clients.js';
import { describeAwsError, errorCode } from '../aws/retry.js';
import type { Plan } from '../plan/index.js';
import type { CopyRunReport, PlanRunReport, ResourceRunReport } from '../report/backup.js';
import {
  describeVault,
  isPointCold,
  listBackupJobs,
  listCopyJobs,
  listResourcePoints,
  readPointTags,
  startBackupJob,
  startCopyJob,
  tagPoint,
  type ObservedCopyJob,
  type ObservedJob,
  type ObservedPoint,
  type Tags,
  type VaultInfo,
} from './aws-io.js';
import type { ServerClock } from './clock.js';
import {
  backupJobInput,
  copyDestinationVaultArn,
  copyJobInput,
  decideCopies,
  decideResource,
  isResourceGoneMessage,
  ownershipOf,
  pointsNeedingTags,
  type DueOutcome,
} from './decide.js';
import { matchSelectors, selectResources, type SelectedResource } from './resources.js';

/** ListBackupJobs / ListCopyJobs reach back about this far anyway. */
const JOB_HISTORY_DAYS = 30;
const DAY_MS = 86_400_000;
/** Resources handled at once: enough to hide latency, few enough to stay clear of throttling. */
const CONCURRENCY = 4;

export interface PlanRunOptions {
  ctx: AwsContext;
  clock: ServerClock;
  dryRun: boolean;
  namespace: string;
  log: (message: string) => void;
}

const TERMINAL_JOB_STATES = new Set(['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']);
export const isTerminal = (state: string) => TERMINAL_JOB_STATES.has(state);

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

interface ResourceState {
  selected: SelectedResource;
  report: ResourceRunReport;
  jobs: ObservedJob[];
  points: ObservedPoint[];
  copyJobs: ObservedCopyJob[];
  /** Attempts the current slot gets; a failed attempt below it is retried by a later run. */
  maxAttempts?: number;
  /** Job started or found in flight by this run, polled with `wait`. */
  pendingJobId?: string;
}

export class PlanRun {
  readonly report: PlanRunReport;
  private backup!: BackupClient;
  private tagging!: ResourceGroupsTaggingAPIClient;
  private vault!: VaultInfo;
  private now = new Date(0);
  private readonly resources = new Map<string, ResourceState>();
  /** Copy jobs started or seen in flight, polled with `wait`: id → report entry. */
  private readonly pendingCopies = new Map<string, { report: CopyRunReport; destRole?: string }>();

  constructor(
    readonly plan: Plan,
    private readonly options: PlanRunOptions,
  ) {
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

  private fail(message: string): void {
    this.report.error = message;
    this.report.status = 'failed';
  }

  private clients(role: string, region: string) {
    const backup = this.options.ctx.backup(role, region);
    const tagging = this.options.ctx.tagging(role, region);
    this.options.clock.attach(backup);
    this.options.clock.attach(tagging);
    return { backup, tagging };
  }

  /** Credentials, account, vault, resources. false when the plan cannot run at all. */
  async prepare(): Promise<boolean> {
    const { plan } = this;
    try {
      await this.options.ctx.verifyAccount(plan.aws.role, plan.aws.account, plan.id);
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err));
      return false;
    }
    ({ backup: this.backup, tagging: this.tagging } = this.clients(plan.aws.role, plan.aws.region));
    try {
      this.vault = await describeVault(this.backup, plan.vault);
    } catch (err) {
      this.fail(
        errorCode(err) === 'ResourceNotFoundException' || errorCode(err) === 'AccessDeniedException'
          ? errorCode(err) === 'ResourceNotFoundException'
            ? `backup vault "${plan.vault}" does not exist in account ${plan.aws.account}, region ${plan.aws.region}: create it or fix \`vault:\` in ${plan.file}`
            : describeAwsError(err, {
                operation: 'DescribeBackupVault',
                role: plan.aws.role,
                region: plan.aws.region,
              })
          : describeAwsError(err, {
              operation: 'DescribeBackupVault',
              role: plan.aws.role,
              region: plan.aws.region,
            }),
      );
      return false;
    }
    // The decision time: AWS's clock (see clock.ts), now that a response told us what it is.
    this.now = new Date(Math.floor(this.options.clock.now().getTime() / 1000) * 1000);
    this.report.now = this.now.toISOString();
    try {
      const selection = selectResources(plan, await matchSelectors(this.tagging, plan));
      for (const r of selection.reserved)
        this.report.notes.push(
          `${r.arn} carries the reserved tag(s) ${r.keys.join(', ')}: not backed up (its recovery points could claim ownership they do not have); remove those tags from the resource`,
        );
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
        this.resources.set(selected.arn, { selected, report, jobs: [], points: [], copyJobs: [] });
        this.report.resources.push(report);
      }
    } catch (err) {
      this.fail(
        describeAwsError(err, { operation: 'GetResources', role: plan.aws.role, region: plan.aws.region }),
      );
      return false;
    }
    return true;
  }

  /** Observe each resource, decide, start the due jobs. */
  async backups(): Promise<void> {
    await inBatches([...this.resources.values()], CONCURRENCY, (r) => this.backupResource(r));
  }

  private async observe(r: ResourceState): Promise<void> {
    const since = new Date(this.now.getTime() - JOB_HISTORY_DAYS * DAY_MS);
    r.jobs = await listBackupJobs(this.backup, r.selected.arn, this.plan.vault, since);
    r.points = await listResourcePoints(this.backup, r.selected.arn, this.plan.vault);
    r.copyJobs = await listCopyJobs(this.backup, r.selected.arn, since);
    const wanted = pointsNeedingTags(this.plan, r.points, this.now);
    const tags = await readPointTags(
      this.backup,
      this.tagging,
      wanted.map((p) => p.arn),
    );
    for (const p of r.points) {
      const t = tags.get(p.arn);
      if (t) p.tags = t;
    }
  }

  private async backupResource(r: ResourceState): Promise<void> {
    const arn = r.selected.arn;
    try {
      await this.observe(r);
    } catch (err) {
      r.report.outcome = 'failed';
      r.report.note = describeAwsError(err, {
        operation: 'observing',
        target: arn,
        region: this.plan.aws.region,
      });
      return;
    }
    const decision = decideResource({
      plan: this.plan,
      namespace: this.options.namespace,
      resourceArn: arn,
      now: this.now,
      jobs: r.jobs,
      points: r.points,
      copyJobs: r.copyJobs,
      vault: this.vault,
    });
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
      r.report.outcome = errorCode(err) === 'ResourceNotFoundException' ? 'skipped' : 'failed';
      r.report.note = describeAwsError(err, {
        operation: 'StartBackupJob',
        target: arn,
        region: this.plan.aws.region,
      });
    }
  }

  /** Put a decision into the resource's report. */
  private apply(r: ResourceState, decision: DueOutcome): void {
    r.report.rules = decision.rules;
    const job = decision.job;
    if (job)
      r.report.job = {
        id: job.id,
        state: job.state,
        ...(job.statusMessage ? { statusMessage: job.statusMessage } : {}),
        ...(job.recoveryPointArn ? { recoveryPointArn: job.recoveryPointArn } : {}),
        startedThisRun: false,
      };
    if (decision.reason) r.report.note = decision.reason;
    switch (decision.kind) {
      case 'satisfied':
        r.report.outcome = 'existing';
        if (job && !isTerminal(job.state)) r.pendingJobId = job.id;
        break;
      case 'start': {
        r.report.outcome = 'started';
        const notes = [...(decision.planned?.notes ?? [])];
        if (job)
          notes.unshift(`attempt ${(decision.attempt ?? 2) - 1} failed: ${job.statusMessage ?? job.state}`);
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
    await inBatches(targets, CONCURRENCY, (r) => this.copyResource(r));
  }

  private destinationClients(dest: { account: string; region: string; role?: string }) {
    const role = dest.role ?? this.plan.aws.role;
    return { role, ...this.clients(role, dest.region) };
  }

  private copyReport(
    job: ObservedCopyJob,
    dest: { account: string; region: string; vault: string },
  ): CopyRunReport {
    let report = this.report.copies.find((c) => c.copyJobId === job.id);
    if (!report) {
      report = {
        resourceArn: job.resourceArn,
        sourcePointArn: job.sourcePointArn,
        destination: { account: dest.account, region: dest.region, vault: dest.vault },
        outcome: 'running',
        copyJobId: job.id,
      };
      this.report.copies.push(report);
    }
    report.state = job.state;
    if (job.destinationPointArn) report.destinationPointArn = job.destinationPointArn;
    if (job.statusMessage) report.message = job.statusMessage;
    return report;
  }

  private async copyResource(r: ResourceState): Promise<void> {
    const arn = r.selected.arn;
    try {
      // Points may have completed since `backups()` looked (with wait): look again.
      await this.observe(r);
    } catch (err) {
      this.report.notes.push(
        describeAwsError(err, { operation: 'ListCopyJobs', target: arn, region: this.plan.aws.region }),
      );
      return;
    }
    const destinations = this.plan.rules.flatMap((rule) => rule.copyTo);
    const destOf = (vaultArn: string) =>
      destinations.find((d) => copyDestinationVaultArn(this.plan, d) === vaultArn);
    // 1. Copies that completed: make the destination point carry the ownership tags.
    const copyJobs = r.copyJobs;
    for (const job of copyJobs) {
      const dest = destOf(job.destinationVaultArn);
      if (!dest) continue;
      const source = r.points.find((p) => p.arn === job.sourcePointArn);
      const ownership = source ? ownershipOf(source, this.options.namespace, this.plan.id) : undefined;
      if (!ownership) continue; // not ours: not our business
      if (!isTerminal(job.state)) {
        const report = this.copyReport(job, dest);
        if (report.outcome !== 'started') report.outcome = 'running';
        this.pendingCopies.set(job.id, { report, ...(dest.role ? { destRole: dest.role } : {}) });
        continue;
      }
      if (job.state !== 'COMPLETED' || !job.destinationPointArn) {
        // Reported in the run that sees it end (it was pending then, or it ended within a day).
        if (
          this.pendingCopies.has(job.id) ||
          (job.completed && this.now.getTime() - job.completed.getTime() < DAY_MS)
        ) {
          const report = this.copyReport(job, dest);
          report.outcome = 'failed';
        }
        continue;
      }
      await this.tagCopy(job, dest, ownership);
    }
    // 2. Copies to start.
    const actions = decideCopies({
      plan: this.plan,
      namespace: this.options.namespace,
      now: this.now,
      points: r.points,
      copyJobs,
    });
    for (const action of actions) {
      const destination = {
        account: action.destination.account,
        region: action.destination.region,
        vault: action.destination.vault,
      };
      const report: CopyRunReport = {
        resourceArn: arn,
        sourcePointArn: action.point.arn,
        destination,
        outcome: 'would-start',
      };
      this.report.copies.push(report);
      if (this.options.dryRun) continue;
      try {
        if (await isPointCold(this.backup, this.plan.vault, action.point.arn)) {
          report.outcome = 'failed';
          report.message = 'the point is in cold storage already; AWS does not copy cold points';
          continue;
        }
        const started = await startCopyJob(
          this.backup,
          copyJobInput(this.plan, this.options.namespace, action),
        );
        report.outcome = 'started';
        report.startedThisRun = true;
        report.copyJobId = started.copyJobId;
        report.state = 'CREATED';
        this.pendingCopies.set(started.copyJobId, {
          report,
          ...(action.destination.role ? { destRole: action.destination.role } : {}),
        });
        this.options.log(
          `${this.plan.id}: started copy job ${started.copyJobId} of ${action.point.arn} to ${action.destination.region}/${action.destination.vault}`,
        );
      } catch (err) {
        report.outcome = 'failed';
        report.message = describeAwsError(err, {
          operation: 'StartCopyJob',
          target: action.point.arn,
          region: this.plan.aws.region,
        });
      }
    }
  }

  /** Tag a completed copy's destination point, unless it carries the ownership tags already. */
  private async tagCopy(
    job: ObservedCopyJob,
    dest: { account: string; region: string; vault: string; role?: string },
    ownership: Tags,
  ): Promise<void> {
    const pointArn = job.destinationPointArn!;
    const { backup, tagging, role } = this.destinationClients(dest);
    try {
      const current = (await readPointTags(backup, tagging, [pointArn])).get(pointArn);
      const missing = Object.entries(ownership).some(([k, v]) => current?.[k] !== v);
      if (!missing) {
        const pending = this.pendingCopies.get(job.id);
        if (pending) pending.report.outcome = 'tagged';
        return;
      }
      if (this.options.dryRun) return;
      const report = this.copyReport(job, dest);
      const tagged = await tagPoint(backup, tagging, pointArn, ownership);
      report.outcome = tagged ? 'tagged' : 'tag-failed';
      if (!tagged) report.message = 'points of this type take no tags; the copy is left to its lifecycle';
    } catch (err) {
      const report = this.copyReport(job, dest);
      report.outcome = 'tag-failed';
      report.message = `${describeAwsError(err, { operation: 'tagging the copy', target: pointArn, region: dest.region, role })}; the copy is left to its lifecycle`;
    }
  }

  /** Jobs and copies this run still waits for. */
  get pending(): number {
    return [...this.resources.values()].filter((r) => r.pendingJobId).length + this.pendingCopies.size;
  }

  /** One polling pass for `wait`: refresh in-flight jobs; start copies of what completed. */
  async poll(): Promise<void> {
    this.now = new Date(Math.floor(this.options.clock.now().getTime() / 1000) * 1000);
    const completed: string[] = [];
    for (const r of this.resources.values()) {
      if (!r.pendingJobId) continue;
      try {
        const since = new Date(this.now.getTime() - JOB_HISTORY_DAYS * DAY_MS);
        const jobs = await listBackupJobs(this.backup, r.selected.arn, this.plan.vault, since);
        const job = jobs.find((j) => j.id === r.pendingJobId);
        if (!job) continue;
        if (r.report.job) {
          r.report.job.state = job.state;
          if (job.statusMessage) r.report.job.statusMessage = job.statusMessage;
          if (job.recoveryPointArn) r.report.job.recoveryPointArn = job.recoveryPointArn;
        }
        if (!isTerminal(job.state)) continue;
        r.pendingJobId = undefined;
        if (job.state === 'COMPLETED') completed.push(r.selected.arn);
        else this.jobEnded(r, job);
      } catch (err) {
        this.report.notes.push(
          describeAwsError(err, { operation: 'ListBackupJobs', target: r.selected.arn }),
        );
      }
    }
    if (completed.length > 0) await this.copies(completed);
    for (const [id, pending] of [...this.pendingCopies]) {
      if (
        pending.report.outcome === 'tagged' ||
        pending.report.outcome === 'tag-failed' ||
        pending.report.outcome === 'failed'
      ) {
        this.pendingCopies.delete(id);
      }
    }
    // Copies: look again at every resource with a copy in flight (this also tags finished ones).
    const withCopies = [...new Set([...this.pendingCopies.values()].map((p) => p.report.resourceArn))];
    if (withCopies.length > 0) await this.copies(withCopies.filter((a) => !completed.includes(a)));
    for (const [id, pending] of [...this.pendingCopies]) {
      const o = pending.report.outcome;
      if (o === 'tagged' || o === 'tag-failed' || o === 'failed') this.pendingCopies.delete(id);
    }
  }

  /** A job this run waited for ended without completing. */
  private jobEnded(r: ResourceState, job: ObservedJob): void {
    if (isResourceGoneMessage(job.statusMessage)) {
      r.report.outcome = 'skipped';
      r.report.note = 'the resource no longer exists; remove it from the plan or its tags';
    } else if (/running job for the same resource/i.test(job.statusMessage ?? '')) {
      r.report.outcome = 'retry-later';
      r.report.note = 'another job was running for this resource; a later run retries';
    } else if ((r.report.job?.attempt ?? 1) < (r.maxAttempts ?? 1)) {
      // The slot stays due: the next run retries with the next attempt, up to the rule's retries.
      r.report.outcome = 'retry-later';
      r.report.note = `attempt ${r.report.job?.attempt ?? 1} of ${r.maxAttempts} ended ${job.state}: ${job.statusMessage ?? 'no message'}; the next run retries`;
    } else {
      r.report.outcome = 'failed';
      r.report.note = job.statusMessage ?? `the job ended ${job.state}`;
    }
  }

  /** Final status, after everything ran. */
  finish(): PlanRunReport {
    const failed =
      this.report.error !== undefined ||
      this.report.resources.some((r) => r.outcome === 'failed') ||
      this.report.copies.some((c) => c.outcome === 'failed');
    this.report.status = failed ? 'failed' : 'ok';
    return this.report;
  }
}
