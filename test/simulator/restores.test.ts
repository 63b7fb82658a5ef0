// Restores and AWS backup plans in the simulator, through the real SDK. Each test names its AWS source.
import {
  DescribeRestoreJobCommand,
  GetBackupSelectionCommand,
  GetRecoveryPointRestoreMetadataCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListRecoveryPointsByResourceCommand,
  ListRestoreJobsCommand,
  type ListRestoreJobsCommandInput,
  StartRestoreJobCommand,
} from '@aws-sdk/client-backup';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import {
  ACCOUNT,
  admin,
  BACKUP_ROLE,
  baseWorld,
  clients,
  DB,
  FS,
  REGION,
  rejects,
  TABLE,
  VOLUME,
} from './helpers.js';

let h: SimulatorHandle | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function seeded() {
  const world = baseWorld();
  world.recoveryPoints = [VOLUME, DB, TABLE, FS].map((resourceArn) => ({
    vault: 'production',
    resourceArn,
    created: '2025-12-31T03:00:00Z',
    tags: { 'backup-plans:plan': 'prod' },
  }));
  world.recoveryPoints.push({
    vault: 'production',
    resourceArn: VOLUME,
    created: '2025-12-30T03:00:00Z',
    status: 'PARTIAL',
  });
  h = await startSimulator({ world });
  const { backup } = clients(h.url);
  const pointOf = async (resource: string, status = 'COMPLETED') => {
    const out = await backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: resource }));
    return out.RecoveryPoints!.find((p) => p.Status === status)!.RecoveryPointArn!;
  };
  return { h, backup, pointOf };
}

describe('GetRecoveryPointRestoreMetadata', () => {
  // "Restore testing inferred metadata" (AWS Backup developer guide) lists the keys per type;
  // "StartRestoreJob" (API reference) the EFS ones.
  it('answers the documented keys per resource type', async () => {
    const { backup, pointOf } = await seeded();
    const meta = async (resource: string) =>
      (
        await backup.send(
          new GetRecoveryPointRestoreMetadataCommand({
            BackupVaultName: 'production',
            RecoveryPointArn: await pointOf(resource),
          }),
        )
      ).RestoreMetadata!;
    expect(Object.keys(await meta(VOLUME))).toEqual(
      expect.arrayContaining([
        'volumeId',
        'volumeSize',
        'volumeType',
        'availabilityZone',
        'encrypted',
        'iops',
      ]),
    );
    expect(await meta(DB)).toMatchObject({
      DBInstanceIdentifier: 'orders',
      DBInstanceClass: expect.any(String),
    });
    expect(await meta(TABLE)).toMatchObject({ targetTableName: 'events', encryptionType: 'Default' });
    expect(Object.keys(await meta(FS))).toEqual(
      expect.arrayContaining([
        'file-system-id',
        'newFileSystem',
        'Encrypted',
        'PerformanceMode',
        'CreationToken',
      ]),
    );
  });
});

describe('StartRestoreJob', () => {
  // "StartRestoreJob" (API reference): CopySourceTagsToRestoredResource copies "tags included in the
  // backup"; "Restore a backup by resource type" > "Copy tags during a restore": the tags the
  // protected resource had at the time of backup.
  it('moves PENDING → RUNNING → COMPLETED on the clock and creates a new resource with the source tags', async () => {
    const { h, backup, pointOf } = await seeded();
    // The resource's tags change after the backup: the restore gets the ones it had then.
    await admin(h.url, 'POST', '/_sim/world', { resources: [{ arn: VOLUME, tags: { backup: 'never' } }] });
    const { RestoreJobId } = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(VOLUME),
        Metadata: { availabilityZone: 'eu-west-1b' },
        IamRoleArn: BACKUP_ROLE,
        ResourceType: 'EBS',
        CopySourceTagsToRestoredResource: true,
      }),
    );
    const describe = () => backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    expect((await describe()).Status).toBe('PENDING');
    h.sim.advance(60);
    const running = await describe();
    expect(running.Status).toBe('RUNNING');
    h.sim.advance(600); // 20 GiB: 20 minutes of running
    const halfway = await describe();
    expect(Number(halfway.PercentDone)).toBeGreaterThan(40);
    expect(Number(halfway.PercentDone)).toBeLessThan(60);
    h.sim.advance(600);
    const done = await describe();
    expect(done.Status).toBe('COMPLETED');
    expect(done.PercentDone).toBe('100.0');
    expect(done.CreatedResourceArn).toMatch(/^arn:aws:ec2:eu-west-1:123456789012:volume\/vol-[0-9a-f]{17}$/);
    expect(done.CreatedResourceArn).not.toBe(VOLUME);
    const created = h.sim.state.resources.get(done.CreatedResourceArn!)!;
    // The resource's own tags at backup time, never the point's backup-plans:* tags.
    expect(created.tags).toEqual({ backup: 'daily', Name: 'data' });
    expect(created.restoredBy).toBe(RestoreJobId);
  });

  it('without CopySourceTagsToRestoredResource the new resource has no tags', async () => {
    const { h, backup, pointOf } = await seeded();
    const { RestoreJobId } = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(FS),
        Metadata: {},
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    const done = await backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    expect(done.CreatedResourceArn).toMatch(/:file-system\/fs-/);
    expect(h.sim.state.resources.get(done.CreatedResourceArn!)!.tags).toEqual({});
  });

  // "Copy tags during a restore": "Restores of Amazon DynamoDB, Amazon S3 … do not have this feature".
  it('DynamoDB restores do not copy tags even when asked', async () => {
    const { h, backup, pointOf } = await seeded();
    const { RestoreJobId } = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(TABLE),
        Metadata: { targetTableName: 'events-restored' },
        IamRoleArn: BACKUP_ROLE,
        CopySourceTagsToRestoredResource: true,
      }),
    );
    h.sim.advance(3600);
    const done = await backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    expect(done.CreatedResourceArn).toBe(`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/events-restored`);
    expect(h.sim.state.resources.get(done.CreatedResourceArn!)!.tags).toEqual({});
  });

  // RDS RestoreDBInstanceFromDBSnapshot: DBInstanceAlreadyExists; "key values are not case sensitive"
  // ("Restore testing inferred metadata").
  it('fails a restore onto a live DB instance name, read case-insensitively', async () => {
    const { h, backup, pointOf } = await seeded();
    const { RestoreJobId } = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(DB),
        Metadata: { dbinstanceidentifier: 'orders' },
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    const done = await backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    expect(done.Status).toBe('FAILED');
    expect(done.StatusMessage).toMatch(/orders already exists/);
  });

  // "Amazon EFS restore" with newFileSystem=false writes into the existing file system.
  it('EFS with newFileSystem=false restores into the source file system, creating nothing', async () => {
    const { h, backup, pointOf } = await seeded();
    const before = h.sim.state.resources.size;
    const { RestoreJobId } = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(FS),
        Metadata: { 'file-system-id': 'fs-1', newFileSystem: 'false' },
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    const done = await backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    expect(done).toMatchObject({ Status: 'COMPLETED', CreatedResourceArn: FS });
    expect(h.sim.state.resources.size).toBe(before);
  });

  // StartRestoreJob errors (model): InvalidRequestException, ResourceNotFoundException,
  // MissingParameterValueException, InvalidParameterValueException.
  it('refuses points that are not COMPLETED, unknown points, missing metadata and a wrong ResourceType', async () => {
    const { backup, pointOf } = await seeded();
    const partial = await pointOf(VOLUME, 'PARTIAL');
    await rejects(
      backup.send(
        new StartRestoreJobCommand({ RecoveryPointArn: partial, Metadata: {}, IamRoleArn: BACKUP_ROLE }),
      ),
      'InvalidRequestException',
    );
    await rejects(
      backup.send(
        new StartRestoreJobCommand({
          RecoveryPointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000000',
          Metadata: {},
        }),
      ),
      'ResourceNotFoundException',
    );
    await rejects(
      backup.send(
        new StartRestoreJobCommand({
          RecoveryPointArn: await pointOf(VOLUME),
          Metadata: {},
          ResourceType: 'RDS',
        }),
      ),
      'InvalidParameterValueException',
    );
  });

  it('the same IdempotencyToken returns the first job', async () => {
    const { backup, pointOf } = await seeded();
    const input = {
      RecoveryPointArn: await pointOf(FS),
      Metadata: { newFileSystem: 'true' },
      IamRoleArn: BACKUP_ROLE,
      IdempotencyToken: 'restore-1',
    };
    const a = await backup.send(new StartRestoreJobCommand(input));
    const b = await backup.send(new StartRestoreJobCommand(input));
    expect(b.RestoreJobId).toBe(a.RestoreJobId);
  });
});

describe('ListRestoreJobs', () => {
  // ListRestoreJobsInput (model): ByStatus, ByResourceType, ByCreatedAfter/Before, ByCompleteAfter/Before.
  it('honours its filters', async () => {
    const { h, backup, pointOf } = await seeded();
    await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(FS),
        Metadata: {},
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(VOLUME),
        Metadata: {},
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    const list = async (input: ListRestoreJobsCommandInput) =>
      (await backup.send(new ListRestoreJobsCommand(input))).RestoreJobs!.map((j) => j.ResourceType);
    expect(await list({})).toEqual(['EBS', 'EFS']); // newest first
    expect(await list({ ByStatus: 'COMPLETED' })).toEqual(['EFS']);
    expect(await list({ ByResourceType: 'EBS' })).toEqual(['EBS']);
    expect(await list({ ByCreatedAfter: new Date(h.sim.now().getTime() - 60_000) })).toEqual(['EBS']);
    expect(await list({ ByCompleteBefore: h.sim.now() })).toEqual(['EFS']);
    await rejects(
      backup.send(new ListRestoreJobsCommand({ ByStatus: 'DONE' as never })),
      'InvalidParameterValueException',
    );
  });
});

describe('deleting restored resources (admin API)', () => {
  it('deletes a resource a restore created and refuses any other', async () => {
    const { h, backup, pointOf } = await seeded();
    const { RestoreJobId } = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: await pointOf(FS),
        Metadata: {},
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    const { CreatedResourceArn } = await backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    await expect(admin(h.url, 'DELETE', `/_sim/resources/${encodeURIComponent(FS)}`)).rejects.toThrow(/409/);
    await admin(h.url, 'DELETE', `/_sim/resources/${encodeURIComponent(CreatedResourceArn!)}`);
    expect(h.sim.state.resources.get(CreatedResourceArn!)!.deleted).toBe(true);
    expect(h.sim.state.resources.get(FS)!.deleted).toBe(false);
  });
});

describe('AWS backup plans', () => {
  // ListBackupPlans (IncludeDeleted, default false), ListBackupSelections, GetBackupSelection:
  // BackupPlansListMember, BackupSelectionsListMember, BackupSelection (ListOfTags of Condition).
  it('lists plans and selections from the world file', async () => {
    const world = baseWorld();
    world.backupPlans = [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'console',
        id: 'p1',
        selections: [
          { name: 'vols', id: 's1', iamRoleArn: BACKUP_ROLE, resources: [VOLUME], tags: { backup: 'daily' } },
        ],
      },
      { account: ACCOUNT, region: REGION, name: 'old', id: 'p0', deleted: true },
      { account: ACCOUNT, region: 'eu-central-1', name: 'elsewhere', id: 'p2' },
    ];
    h = await startSimulator({ world });
    const { backup } = clients(h.url);
    const plans = await backup.send(new ListBackupPlansCommand({}));
    expect(plans.BackupPlansList!.map((p) => p.BackupPlanName)).toEqual(['console']);
    expect(plans.BackupPlansList![0]!.BackupPlanArn).toBe(
      `arn:aws:backup:${REGION}:${ACCOUNT}:backup-plan:p1`,
    );
    const all = await backup.send(new ListBackupPlansCommand({ IncludeDeleted: true }));
    expect(all.BackupPlansList!.map((p) => p.BackupPlanName).sort()).toEqual(['console', 'old']);
    const sels = await backup.send(new ListBackupSelectionsCommand({ BackupPlanId: 'p1' }));
    expect(sels.BackupSelectionsList).toMatchObject([
      { SelectionId: 's1', SelectionName: 'vols', IamRoleArn: BACKUP_ROLE },
    ]);
    const sel = await backup.send(new GetBackupSelectionCommand({ BackupPlanId: 'p1', SelectionId: 's1' }));
    expect(sel.BackupSelection).toMatchObject({
      Resources: [VOLUME],
      ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }],
    });
    await rejects(
      backup.send(new GetBackupSelectionCommand({ BackupPlanId: 'p1', SelectionId: 'x' })),
      'ResourceNotFoundException',
    );
    await rejects(
      backup.send(new ListBackupSelectionsCommand({ BackupPlanId: 'p0' })),
      'ResourceNotFoundException',
    );
  });
});
