// What a tag selector meets in the Tagging API once backups exist. AWS Backup copies a resource's tags
// onto its recovery points ("Copying tags onto backups"), and GetResources returns every tagged
// resource of the account and region, native snapshots included, so a tag filter alone matches the
// volume and every EBS snapshot of it. `ResourceTypeFilters` ("service[:resourceType]", the type as
// embedded in the ARN; up to 100 items, GetResourcesInput) keeps only the resource types asked for.
import { DescribeBackupJobCommand, StartBackupJobCommand } from '@aws-sdk/client-backup';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { BACKUP_ROLE, baseWorld, clients, DB, FS, VOLUME } from './helpers.js';

let h: SimulatorHandle;
let c: ReturnType<typeof clients>;
beforeEach(async () => {
  h = await startSimulator({ world: baseWorld() });
  c = clients(h.url);
});
afterEach(async () => h.close());

const arns = (out: { ResourceTagMappingList?: { ResourceARN?: string }[] }) =>
  out.ResourceTagMappingList!.map((m) => m.ResourceARN!).sort();

async function snapshotOf(resourceArn: string): Promise<string> {
  const job = await c.backup.send(
    new StartBackupJobCommand({
      BackupVaultName: 'production',
      ResourceArn: resourceArn,
      IamRoleArn: BACKUP_ROLE,
    }),
  );
  h.sim.advance(3600);
  return (await c.backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId })))
    .RecoveryPointArn!;
}

it('a tag filter alone matches the snapshots that carry the resource tags; ResourceTypeFilters leaves them out', async () => {
  const snapshots = [await snapshotOf(VOLUME), await snapshotOf(VOLUME), await snapshotOf(DB)];
  expect(snapshots[0]).toMatch(/^arn:aws:ec2:eu-west-1::snapshot\/snap-/);
  expect(snapshots[2]).toMatch(/^arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:job-/);

  const daily = [{ Key: 'backup', Values: ['daily'] }];
  expect(arns(await c.tagging.send(new GetResourcesCommand({ TagFilters: daily })))).toEqual(
    [VOLUME, DB, FS, ...snapshots].sort(),
  );
  // The resource types that can be backed up: the snapshots' types (ec2:snapshot, rds:snapshot) are not among them.
  const backupTypes = [
    'ec2:volume',
    'ec2:instance',
    'rds:db',
    'rds:cluster',
    'elasticfilesystem:file-system',
    's3',
  ];
  expect(
    arns(
      await c.tagging.send(new GetResourcesCommand({ TagFilters: daily, ResourceTypeFilters: backupTypes })),
    ),
  ).toEqual([VOLUME, DB, FS].sort());
});
