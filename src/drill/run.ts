// The drill run: for each resource, restore its newest completed point (source vault) into a new,
// clearly named temporary resource, wait until its own service reports it available, record the
// restore time (RTO), delete the temporary resource through its service, and leave evidence: AWS's
// restore job history plus a `backup-plans:drilled` tag on the point where its type carries tags.
//
// Data safety: the only thing ever deleted is the resource the drill's own restore job created,
// after checking it is not the source and (where the type takes a name) carries the drill's name.
// No recovery point is ever deleted: this module has no path to DeleteRecoveryPoint.
import { createHash } from 'node:crypto';
import { listRestoreJobsSince, type ObservedRestoreJob } from '../aws/audit.js';
import { tagPoint } from '../aws/backup.js';
import type { AwsContext } from '../aws/clients.js';
import { readPointTags } from '../aws/point-tags.js';
import { isDrillType, type DrillType, type ResourceServices } from '../aws/resource-services.js';
import { listResourcePointsInVault } from '../aws/restore.js';
import { matchSelectors } from '../aws/resources.js';
import { describeAwsError } from '../aws/retry.js';
import type { Plan } from '../plan/model.js';
import { selectResources } from '../plan/selection.js';
import { backupResourceType } from '../restore/metadata.js';
import { RestoreInputError } from '../restore/point.js';
import { runRestore } from '../restore/run.js';
import { pollUntil } from '../run/poll.js';
import { DRILLED_TAG, drilledTagValue, drillDue, lastDrill, type DrillEvidence } from '../schedule/drill.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../time/calendar.js';
import type { DrillEntry, PlanDrill } from './report.js';

/** The prefix of every temporary resource's name: anyone can tell a drill's resource from a real one. */
export const DRILL_NAME_PREFIX = 'backup-plans-drill-';

/** How long to wait for the temporary resource to become available, and to be gone. */
export const AVAILABLE_BUDGET_MS = 2 * MS_PER_HOUR;
export const DELETION_BUDGET_MS = 30 * MS_PER_MINUTE;
/** Tags of the points made in this window before `every` are read for evidence (the drilled point is older than its drill). */
const EVIDENCE_SLACK_MS = 7 * MS_PER_DAY;

export interface DrillRequest {
  /** Only this resource, drilled whether due or not. */
  resource?: string;
  /** Drill every selected resource now, due or not. */
  force: boolean;
  dryRun: boolean;
}

export interface DrillDeps {
  aws: AwsContext;
  services: ResourceServices;
  /** AWS's current time. */
  now(): Date;
  info(message: string): void;
  sleep(ms: number): Promise<void>;
  localNow(): number;
}

/** A name RDS (1–63 lower-case letters, digits, single hyphens), DynamoDB and EFS all accept. */
export function drillName(planId: string, resourceArn: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
  const hash = createHash('sha256').update(`${planId}\n${resourceArn}`).digest('hex').slice(0, 6);
  return `${DRILL_NAME_PREFIX}${stamp}-${hash}`;
}

/** Restore metadata that names the temporary resource (EBS volumes take no name: AWS picks the id). */
export function drillOverrides(type: DrillType, name: string): Record<string, string> {
  switch (type) {
    case 'RDS':
      return { DBInstanceIdentifier: name };
    case 'DynamoDB':
      return { targetTableName: name };
    case 'EFS':
      return { newFileSystem: 'true', CreationToken: name };
    case 'EBS':
      return {};
  }
}

/**
 * Why the resource a restore job reports must not be deleted, or undefined when it is the drill's
 * own temporary resource: never the source, always the source's type, and the drill's name where
 * the type takes one.
 */
export function notTemporary(
  type: DrillType,
  source: string,
  created: string,
  name: string,
): string | undefined {
  if (created === source) return `the restore job reports the source ${source} itself`;
  if (backupResourceType(created) !== type) return `${created} is not a ${type} resource`;
  if (
    (type === 'RDS' || type === 'DynamoDB') &&
    !created.endsWith(`:db:${name}`) &&
    !created.endsWith(`/${name}`)
  )
    return `${created} does not carry the drill's name ${name}`;
  return undefined;
}

const minutes = (ms: number) => ms / MS_PER_MINUTE;

/** Every rule's drill interval that applies to the resource: the shortest one decides. */
function everyMinutes(plan: Plan): number | undefined {
  const all = plan.rules.flatMap((r) => (r.drill ? [r.drill.everyMinutes] : []));
  return all.length > 0 ? Math.min(...all) : undefined;
}

export async function runDrills(plan: Plan, req: DrillRequest, deps: DrillDeps): Promise<PlanDrill> {
  const { aws } = deps;
  const backup = aws.backup(plan.aws.role, plan.aws.region);
  const tagging = aws.tagging(plan.aws.role, plan.aws.region);
  const every = everyMinutes(plan);
  const out: PlanDrill = { plan: plan.id, drills: [], skipped: [], failed: 0 };

  let resources: string[];
  if (req.resource) resources = [req.resource];
  else if (every === undefined && !req.force) {
    out.note = `no rule of plan ${plan.id} has a drill key (drill: { every: 30d }); pass --force (action: force) to drill anyway`;
    return out;
  } else resources = selectResources(plan, await matchSelectors(tagging, plan)).resources.map((r) => r.arn);

  const scheduled = !req.resource && !req.force && every !== undefined;
  let jobs: ObservedRestoreJob[] = [];
  if (scheduled)
    jobs = await listRestoreJobsSince(backup, new Date(deps.now().getTime() - every * MS_PER_MINUTE));

  for (const resource of resources) {
    if (scheduled) {
      const last = await lastDrillOf(plan, resource, every, jobs, deps);
      if (!drillDue(last, every, deps.now())) {
        out.skipped.push({
          resource,
          reason: `not due: last drill ${last!.at.toISOString()} ${last!.result}`,
        });
        continue;
      }
    }
    const entry = await drillResource(plan, resource, req, deps);
    out.drills.push(entry);
    if (entry.result === 'failed') out.failed++;
  }
  return out;
}

async function lastDrillOf(
  plan: Plan,
  resource: string,
  every: number,
  jobs: ObservedRestoreJob[],
  deps: DrillDeps,
): Promise<DrillEvidence | undefined> {
  const clients = {
    backup: deps.aws.backup(plan.aws.role, plan.aws.region),
    tagging: deps.aws.tagging(plan.aws.role, plan.aws.region),
  };
  const points = await listResourcePointsInVault(clients.backup, resource, plan.vault);
  const since = deps.now().getTime() - every * MS_PER_MINUTE - EVIDENCE_SLACK_MS;
  const recent = points.filter((p) => p.creationDate.getTime() >= since);
  const tags = await readPointTags(
    clients,
    recent.map((p) => p.arn),
  );
  return lastDrill(
    points.map((p) => ({ arn: p.arn, tags: tags.get(p.arn) })),
    jobs,
  );
}

async function drillResource(
  plan: Plan,
  resource: string,
  req: DrillRequest,
  deps: DrillDeps,
): Promise<DrillEntry> {
  const type = backupResourceType(resource) ?? 'unknown';
  const entry: DrillEntry = { resource, resourceType: type, result: 'failed', notes: [] };
  if (!isDrillType(type)) {
    entry.error = `drills support EBS volumes, RDS DB instances, EFS file systems and DynamoDB tables; ${resource} is ${type}`;
    return entry;
  }
  const startedAt = deps.now();
  const name = drillName(plan.id, resource, startedAt);
  entry.temporaryName = type === 'EBS' ? undefined : name;
  let restore;
  try {
    restore = await runRestore(
      plan,
      {
        resource,
        point: { kind: 'latest' },
        vault: plan.vault,
        region: plan.aws.region,
        overrides: drillOverrides(type, name),
        force: false,
        dryRun: req.dryRun,
        wait: true,
        // The temporary resource must not carry the tags that select resources for backup.
        copySourceTags: false,
      },
      {
        backup: (role, region) => deps.aws.backup(role, region),
        now: () => deps.now(),
        info: (m) => deps.info(m),
        sleep: (ms) => deps.sleep(ms),
        localNow: () => deps.localNow(),
      },
    );
  } catch (error) {
    entry.error =
      error instanceof RestoreInputError ? error.message : `restore failed: ${describeAwsError(error)}`;
    return entry;
  }
  entry.pointArn = restore.point.arn;
  entry.pointCreated = restore.point.creationDate;
  entry.restoreJobId = restore.restoreJobId;
  entry.notes.push(...restore.notes);
  if (req.dryRun) {
    entry.result = 'dry-run';
    return entry;
  }
  entry.restoreSeconds = restore.durationSeconds;
  if (restore.status !== 'completed' || !restore.createdResourceArn) {
    entry.error =
      restore.status === 'still-running'
        ? `restore job ${restore.restoreJobId} still running after the wait budget; delete the resource it creates by hand`
        : `restore job ${restore.restoreJobId} ${restore.status}: ${restore.statusMessage ?? 'no message'}`;
    await tagEvidence(plan, entry, deps);
    return entry;
  }
  const created = restore.createdResourceArn;
  entry.temporaryResource = created;
  const refused = notTemporary(type, resource, created, name);
  if (refused) {
    entry.error = `not deleting: ${refused}`;
    await tagEvidence(plan, entry, deps);
    return entry;
  }

  const region = plan.aws.region;
  const role = plan.aws.role;
  try {
    const available = await pollUntil(
      () => deps.services.describe(role, region, type, created),
      (s) => s.available || !s.exists,
      AVAILABLE_BUDGET_MS,
      (s) => `temporary ${created}: ${s.exists ? s.state : 'not found'}`,
      deps,
    );
    if (available.available) {
      entry.available = true;
      entry.rtoSeconds = Math.round((deps.now().getTime() - startedAt.getTime()) / 1000);
    } else
      entry.error = available.exists
        ? `temporary ${created} still ${available.state} after ${minutes(AVAILABLE_BUDGET_MS)} minutes`
        : `temporary ${created} does not exist after its restore job completed`;
  } catch (error) {
    entry.error = `could not read ${created}: ${describeAwsError(error)}`;
  }

  // Whatever the check said, the temporary resource goes.
  try {
    const now = await deps.services.describe(role, region, type, created);
    if (now.exists && !/delet/i.test(now.state ?? '')) {
      await deps.services.delete(role, region, type, created);
      deps.info(`deleting temporary ${created}`);
    }
    const after = await pollUntil(
      () => deps.services.describe(role, region, type, created),
      (s) => !s.exists,
      DELETION_BUDGET_MS,
      (s) => `temporary ${created}: ${s.exists ? s.state : 'deleted'}`,
      deps,
    );
    entry.deleted = !after.exists;
    if (after.exists) {
      if (/delet/i.test(after.state ?? ''))
        entry.notes.push(`${created} still ${after.state} when the drill ended`);
      else entry.error ??= `temporary ${created} is still ${after.state}: delete it by hand`;
      entry.deleted = /delet/i.test(after.state ?? '');
    }
  } catch (error) {
    entry.error ??= `could not delete the temporary ${created}: ${describeAwsError(error)}; delete it by hand`;
  }
  if (entry.available && entry.deleted && !entry.error) entry.result = 'ok';
  await tagEvidence(plan, entry, deps);
  return entry;
}

/** The `backup-plans:drilled` tag on the drilled point, where its type carries tags: when the drill ended, and how. */
async function tagEvidence(plan: Plan, entry: DrillEntry, deps: DrillDeps): Promise<void> {
  if (!entry.pointArn) return;
  const value = drilledTagValue(deps.now(), entry.result === 'ok' ? 'ok' : 'failed');
  try {
    const tagged = await tagPoint(
      deps.aws.backup(plan.aws.role, plan.aws.region),
      deps.aws.tagging(plan.aws.role, plan.aws.region),
      entry.pointArn,
      { [DRILLED_TAG]: value },
    );
    if (tagged) entry.evidenceTag = value;
    else
      entry.notes.push(
        `${entry.resourceType} recovery points carry no tags: the restore job history is the evidence`,
      );
  } catch (error) {
    entry.notes.push(`could not tag ${entry.pointArn} ${DRILLED_TAG}: ${describeAwsError(error)}`);
  }
}
