// The restore run: find the point, read and adjust its restore metadata, start the restore job and
// (with `wait`) follow it to the end. AWS calls go through src/aws/restore.ts; choices are pure
// (point.ts, metadata.ts, plan/locations.ts); the report's shape is report/restore.ts's.
export type { RestoreReport };
import { randomUUID } from 'node:crypto';
import {
  describeRestoreJob,
  listResourcePointsInVault,
  readRestoreMetadata,
  startRestoreJob,
  type RestoreJobState,
} from '../aws/restore.js';
import type { BackupClient } from '../aws/clients.js';
import type { Plan } from '../plan/model.js';
import type { RestoreReport } from '../report/restore.js';
import { locationLabel, pointLocations, type PointLocation } from '../plan/locations.js';
import { backupResourceType, copiesTags, planMetadata, printableMetadata } from './metadata.js';
import { JOB_WAIT_BUDGET_MS, pollUntil } from '../run/poll.js';
import { MS_PER_MINUTE } from '../time/calendar.js';
import { choosePoint, RestoreInputError, type Candidate, type PointSpec } from './point.js';

export interface RestoreRequest {
  resource: string;
  point: PointSpec;
  /** Only look in this vault (and region, when given). */
  vault?: string;
  region?: string;
  overrides: Record<string, string>;
  force: boolean;
  dryRun: boolean;
  wait: boolean;
  /**
   * false: never copy the source's tags, even where the type could (a drill's temporary resource
   * must not carry the tags that select resources for backup). Default: where the type supports it.
   */
  copySourceTags?: boolean;
}

export interface RestoreDeps {
  backup(role: string, region: string): BackupClient;
  /** AWS's current time (names a restored resource when AWS's metadata names the live one). */
  now(): Date;
  info(message: string): void;
  sleep(ms: number): Promise<void>;
  localNow(): number;
}

function inScope(l: PointLocation, req: RestoreRequest): boolean {
  return (
    (req.vault === undefined || l.vault === req.vault) &&
    (req.region === undefined || l.region === req.region)
  );
}

export async function runRestore(plan: Plan, req: RestoreRequest, deps: RestoreDeps): Promise<RestoreReport> {
  const resourceType = backupResourceType(req.resource);
  if (!resourceType)
    throw new RestoreInputError(
      'unknown-resource',
      `resource ${req.resource} is not an ARN of a type AWS Backup restores`,
    );
  const locations = pointLocations(plan).filter((l) => inScope(l, req));
  if (locations.length === 0)
    throw new RestoreInputError(
      'unknown-vault',
      `plan ${plan.id} has no vault ${req.vault ?? ''}${req.region ? ` in ${req.region}` : ''}; its vaults: ${pointLocations(plan).map(locationLabel).join(', ')}`,
    );

  const found: { candidate: Candidate; location: PointLocation }[] = [];
  for (const location of locations) {
    const client = deps.backup(location.role, location.region);
    for (const p of await listResourcePointsInVault(client, req.resource, location.vault))
      found.push({
        candidate: {
          arn: p.arn,
          status: p.status,
          creationDate: p.creationDate,
          where: locationLabel(location),
        },
        location,
      });
  }
  const chosen = choosePoint(
    found.map((f) => f.candidate),
    req.point,
    req.resource,
  );
  const location = found.find((f) => f.candidate === chosen)!.location;
  const client = deps.backup(location.role, location.region);

  const base = await readRestoreMetadata(client, location.vault, chosen.arn);
  const { metadata, notes } = planMetadata({
    resourceType,
    resourceArn: req.resource,
    base,
    overrides: req.overrides,
    force: req.force,
    now: deps.now(),
  });
  const copySourceTags = copiesTags(resourceType) && req.copySourceTags !== false;
  if (!copiesTags(resourceType))
    notes.push(`${resourceType} restores cannot copy the source's tags (AWS Backup does not offer it)`);
  if (location.kind === 'copy' && location.account !== plan.aws.account)
    notes.push(`restored in account ${location.account} with ${location.backupRole}`);

  const report: RestoreReport = {
    plan: plan.id,
    resource: req.resource,
    resourceType,
    point: {
      arn: chosen.arn,
      creationDate: chosen.creationDate.toISOString(),
      vault: location.vault,
      account: location.account,
      region: location.region,
      kind: location.kind,
    },
    metadata: printableMetadata(metadata),
    copySourceTags,
    notes,
    dryRun: req.dryRun,
    status: 'dry-run',
  };
  if (req.dryRun) return report;

  const jobId = await startRestoreJob(client, {
    pointArn: chosen.arn,
    metadata,
    iamRoleArn: location.backupRole,
    resourceType,
    copySourceTags,
    // One token per run: a retried call of this run never starts a second job.
    idempotencyToken: randomUUID(),
  });
  report.restoreJobId = jobId;
  report.status = 'started';
  deps.info(`restore job ${jobId} started from ${chosen.arn}`);
  if (!req.wait) return report;

  const job = await waitForRestore(client, jobId, deps);
  report.statusMessage = job.statusMessage;
  report.createdResourceArn = job.createdResourceArn;
  if (job.creationDate && job.completionDate)
    report.durationSeconds = Math.round((job.completionDate.getTime() - job.creationDate.getTime()) / 1000);
  report.status =
    job.status === 'COMPLETED'
      ? 'completed'
      : job.status === 'FAILED' || job.status === 'ABORTED'
        ? 'failed'
        : 'still-running';
  if (report.status === 'still-running')
    notes.push(
      `stopped waiting after ${JOB_WAIT_BUDGET_MS / MS_PER_MINUTE} minutes; the job is still ${job.status}`,
    );
  return report;
}

const FINAL = new Set(['COMPLETED', 'FAILED', 'ABORTED']);

async function waitForRestore(client: BackupClient, id: string, deps: RestoreDeps): Promise<RestoreJobState> {
  return pollUntil(
    () => describeRestoreJob(client, id),
    (job) => FINAL.has(job.status),
    JOB_WAIT_BUDGET_MS,
    (job) =>
      `restore job ${id}: ${job.status}${job.status === 'RUNNING' && job.percentDone ? ` ${job.percentDone}%` : ''}`,
    deps,
  );
}
