// Conformance of the simulated AWS Backup through the real SDK v3 client: every operation, and the
// behaviours AWS has that a forgiving fake would hide.
import {
  CancelLegalHoldCommand,
  CreateBackupVaultCommand,
  CreateLegalHoldCommand,
  DeleteRecoveryPointCommand,
  DescribeBackupJobCommand,
  DescribeBackupVaultCommand,
  DescribeCopyJobCommand,
  DescribeRecoveryPointCommand,
  DescribeRestoreJobCommand,
  GetLegalHoldCommand,
  GetRecoveryPointRestoreMetadataCommand,
  ListBackupJobsCommand,
  ListBackupVaultsCommand,
  ListCopyJobsCommand,
  ListLegalHoldsCommand,
  ListRecoveryPointsByBackupVaultCommand,
  ListRecoveryPointsByLegalHoldCommand,
  ListRecoveryPointsByResourceCommand,
  ListRestoreJobsCommand,
  ListTagsCommand,
  PutBackupVaultLockConfigurationCommand,
  StartBackupJobCommand,
  StartCopyJobCommand,
  StartRestoreJobCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateRecoveryPointLifecycleCommand,
  paginateListRecoveryPointsByBackupVault,
  type BackupClient,
  type ListBackupJobsCommandInput,
  type ListCopyJobsCommandInput,
  type StartBackupJobCommandInput,
} from '@aws-sdk/client-backup';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DELETION_MS } from '../../src/simulator/backup.js';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import {
  ACCOUNT,
  ADV_TABLE,
  BACKUP_ROLE,
  baseWorld,
  clients,
  DB,
  DR_REGION,
  FS,
  NO_SLR_ROLE,
  OTHER_ACCOUNT,
  REGION,
  rejects,
  TABLE,
  VOLUME,
} from './helpers.js';

let h: SimulatorHandle;
let backup: BackupClient;
let c: ReturnType<typeof clients>;

async function start(world: World = baseWorld()) {
  h = await startSimulator({ world });
  c = clients(h.url);
  backup = c.backup;
}

beforeEach(async () => start());
afterEach(async () => h.close());

const DAY = 86_400;

async function backupNow(input: Partial<StartBackupJobCommandInput> & { ResourceArn: string }) {
  return backup.send(
    new StartBackupJobCommand({ BackupVaultName: 'production', IamRoleArn: BACKUP_ROLE, ...input }),
  );
}

/** Starts a backup and advances the clock until it has completed; returns the recovery point ARN. */
async function completedPoint(input: Partial<StartBackupJobCommandInput> & { ResourceArn: string }) {
  const job = await backupNow(input);
  h.sim.advance(3600);
  const done = await backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId }));
  expect(done.State).toBe('COMPLETED');
  return done.RecoveryPointArn!;
}

describe('vaults', () => {
  it('creates, describes and lists vaults; duplicates and unknown names answer like AWS', async () => {
    const created = await backup.send(
      new CreateBackupVaultCommand({ BackupVaultName: 'new-vault', BackupVaultTags: { env: 'test' } }),
    );
    expect(created.BackupVaultArn).toBe(`arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:new-vault`);
    expect(created.CreationDate).toEqual(new Date('2026-01-01T00:00:00Z'));
    await rejects(
      backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'new-vault' })),
      'AlreadyExistsException',
    );
    await rejects(
      backup.send(new CreateBackupVaultCommand({ BackupVaultName: 'bad name!' })),
      'InvalidParameterValueException',
    );
    const missing = await rejects(
      backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'nope' })),
      'ResourceNotFoundException',
    );
    expect(missing.$metadata?.httpStatusCode).toBe(404);
    const described = await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    expect(described).toMatchObject({
      BackupVaultName: 'production',
      EncryptionKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
      NumberOfRecoveryPoints: 0,
      Locked: false,
    });
    const tags = await backup.send(new ListTagsCommand({ ResourceArn: created.BackupVaultArn }));
    expect(tags.Tags).toEqual({ env: 'test' });

    const first = await backup.send(new ListBackupVaultsCommand({ MaxResults: 2 }));
    expect(first.BackupVaultList!.map((v) => v.BackupVaultName)).toEqual(['locked', 'new-vault']);
    const second = await backup.send(
      new ListBackupVaultsCommand({ MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second.BackupVaultList!.map((v) => v.BackupVaultName)).toEqual(['production']);
    expect(second.NextToken).toBeUndefined();
    // Vaults are per region: the DR region sees only its own.
    const dr = clients(h.url, DR_REGION).backup;
    expect(
      (await dr.send(new ListBackupVaultsCommand({}))).BackupVaultList!.map((v) => v.BackupVaultName),
    ).toEqual(['production-dr']);
  });

  it('sets a vault lock and refuses invalid ones', async () => {
    await backup.send(
      new PutBackupVaultLockConfigurationCommand({
        BackupVaultName: 'production',
        MinRetentionDays: 7,
        MaxRetentionDays: 365,
        ChangeableForDays: 3,
      }),
    );
    const v = await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    expect(v).toMatchObject({
      Locked: true,
      MinRetentionDays: 7,
      MaxRetentionDays: 365,
      LockDate: new Date('2026-01-04T00:00:00Z'),
    });
    await rejects(
      backup.send(
        new PutBackupVaultLockConfigurationCommand({
          BackupVaultName: 'locked',
          MinRetentionDays: 10,
          MaxRetentionDays: 5,
        }),
      ),
      'InvalidParameterValueException',
    );
    // Once the lock date has passed, the lock is immutable.
    h.sim.advance(4 * DAY);
    await rejects(
      backup.send(
        new PutBackupVaultLockConfigurationCommand({ BackupVaultName: 'production', MinRetentionDays: 1 }),
      ),
      'InvalidRequestException',
    );
  });
});

describe('backup jobs', () => {
  it('validates StartBackupJob as AWS does', async () => {
    await rejects(
      backupNow({ ResourceArn: VOLUME, StartWindowMinutes: 30 }),
      'InvalidParameterValueException',
    );
    await rejects(
      backupNow({ ResourceArn: VOLUME, Lifecycle: { MoveToColdStorageAfterDays: 10, DeleteAfterDays: 50 } }),
      'InvalidParameterValueException',
    );
    await rejects(backupNow({ ResourceArn: VOLUME, BackupVaultName: 'nope' }), 'ResourceNotFoundException');
    await rejects(
      backupNow({ ResourceArn: VOLUME, IamRoleArn: 'backup-role' }),
      'InvalidParameterValueException',
    );
    await rejects(
      backupNow({ ResourceArn: 'arn:aws:sqs:eu-west-1:123456789012:queue' }),
      'InvalidParameterValueException',
    );
    await rejects(
      backupNow({ ResourceArn: VOLUME, RecoveryPointTags: { 'aws:x': 'y' } }),
      'InvalidParameterValueException',
    );
    await rejects(
      backupNow({ ResourceArn: `arn:aws:ec2:${DR_REGION}:${ACCOUNT}:volume/vol-9` }),
      'InvalidParameterValueException',
    );
    await rejects(
      backup.send(
        new StartBackupJobCommand({
          BackupVaultName: 'production',
          ResourceArn: VOLUME,
        } as StartBackupJobCommandInput),
      ),
      'MissingParameterValueException',
    );
    const ok = await backupNow({
      ResourceArn: VOLUME,
      StartWindowMinutes: 60,
      Lifecycle: { MoveToColdStorageAfterDays: 10, DeleteAfterDays: 100 },
    });
    expect(ok.BackupJobId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('returns the same job for the same idempotency token and parameters', async () => {
    const a = await backupNow({
      ResourceArn: VOLUME,
      IdempotencyToken: 'tok-1',
      RecoveryPointTags: { a: '1' },
    });
    const b = await backupNow({
      ResourceArn: VOLUME,
      IdempotencyToken: 'tok-1',
      RecoveryPointTags: { a: '1' },
    });
    expect(b.BackupJobId).toBe(a.BackupJobId);
    await rejects(
      backupNow({ ResourceArn: VOLUME, IdempotencyToken: 'tok-1', RecoveryPointTags: { a: '2' } }),
      'InvalidRequestException',
    );
    const jobs = await backup.send(new ListBackupJobsCommand({}));
    expect(jobs.BackupJobs).toHaveLength(1);
  });

  it('lists a finished job the same after its encoding left the cache; the cache keeps about a month', async () => {
    const source = await completedPoint({ ResourceArn: VOLUME, RecoveryPointTags: { a: '1' } });
    const copy = await backup.send(
      new StartCopyJobCommand({
        RecoveryPointArn: source,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    const listCopies = async () => (await backup.send(new ListCopyJobsCommand({}))).CopyJobs!;
    const first = await listCopies();
    expect(first.map((j) => [j.CopyJobId, j.State])).toEqual([[copy.CopyJobId, 'COMPLETED']]);
    expect(h.sim.state.encodedJobs.size).toBe(1);
    // 40 days on, a newer finished job is listed: the old encodings are dropped…
    h.sim.advance(40 * 86_400);
    await completedPoint({ ResourceArn: VOLUME, RecoveryPointTags: { a: '2' } });
    expect((await backup.send(new ListBackupJobsCommand({}))).BackupJobs).toHaveLength(1);
    expect(h.sim.state.encodedJobs.size).toBe(1);
    // …and ListCopyJobs, which has no 30-day bound here, still lists the old copy job as before.
    expect(await listCopies()).toEqual(first);
  });

  it('lists a point anew once its lifecycle or status changed (each entry is encoded once per change)', async () => {
    const arn = await completedPoint({ ResourceArn: VOLUME, Lifecycle: { DeleteAfterDays: 35 } });
    const listed = async () =>
      (await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' })))
        .RecoveryPoints![0]!;
    const first = await listed();
    expect(first).toMatchObject({
      RecoveryPointArn: arn,
      Status: 'COMPLETED',
      Lifecycle: { DeleteAfterDays: 35 },
    });
    expect(await listed()).toEqual(first);
    await backup.send(
      new UpdateRecoveryPointLifecycleCommand({
        BackupVaultName: 'production',
        RecoveryPointArn: arn,
        Lifecycle: { DeleteAfterDays: 20 },
      }),
    );
    const updated = await listed();
    expect(updated.Lifecycle).toEqual({ DeleteAfterDays: 20 });
    expect(updated.CalculatedLifecycle!.DeleteAt!.getTime()).toBe(
      first.CreationDate!.getTime() + 20 * 86_400_000,
    );
    await backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    expect((await listed()).Status).toBe('DELETING');
  });

  it('moves CREATED → RUNNING → COMPLETED over simulated time proportional to size', async () => {
    const job = await backupNow({
      ResourceArn: VOLUME,
      RecoveryPointTags: { 'backup-plans:plan': 'prod' },
      Lifecycle: { DeleteAfterDays: 35 },
    });
    const describe = () => backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId }));
    expect((await describe()).State).toBe('CREATED');
    h.sim.advance(60);
    const running = await describe();
    expect(running.State).toBe('RUNNING');
    expect(running.RecoveryPointArn).toMatch(/^arn:aws:ec2:eu-west-1::snapshot\/snap-[0-9a-f]{17}$/);
    // 20 GiB: 1 minute queued + 20 minutes running.
    h.sim.advance(19 * 60);
    expect((await describe()).State).toBe('RUNNING');
    h.sim.advance(60);
    const done = await describe();
    expect(done).toMatchObject({
      State: 'COMPLETED',
      PercentDone: '100.0',
      BackupSizeInBytes: 20 * 1024 ** 3,
      ResourceType: 'EBS',
      BackupVaultName: 'production',
    });
    expect(done.CompletionDate).toEqual(new Date('2026-01-01T00:21:00Z'));
    const point = await backup.send(
      new DescribeRecoveryPointCommand({
        BackupVaultName: 'production',
        RecoveryPointArn: done.RecoveryPointArn,
      }),
    );
    expect(point).toMatchObject({
      Status: 'COMPLETED',
      ResourceArn: VOLUME,
      StorageClass: 'WARM',
      Lifecycle: { DeleteAfterDays: 35 },
    });
    expect(point.CalculatedLifecycle?.DeleteAt).toEqual(
      new Date(point.CreationDate!.getTime() + 35 * DAY * 1000),
    );
    expect(
      (await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' })))
        .NumberOfRecoveryPoints,
    ).toBe(1);
  });

  it('accepts a second job for a resource with one running and fails it later', async () => {
    const first = await backupNow({ ResourceArn: DB });
    const second = await backupNow({ ResourceArn: DB });
    expect(second.BackupJobId).not.toBe(first.BackupJobId);
    expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: second.BackupJobId }))).State).toBe(
      'CREATED',
    );
    h.sim.advance(3600);
    const a = await backup.send(new DescribeBackupJobCommand({ BackupJobId: first.BackupJobId }));
    const b = await backup.send(new DescribeBackupJobCommand({ BackupJobId: second.BackupJobId }));
    expect(a.State).toBe('COMPLETED');
    expect(b.State).toBe('FAILED');
    expect(b.StatusMessage).toContain('running job for the same resource');
    expect(b.RecoveryPointArn).toBeUndefined();
    // Once the first one is done, a new job runs fine.
    const third = await backupNow({ ResourceArn: DB });
    h.sim.advance(3600);
    expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: third.BackupJobId }))).State).toBe(
      'COMPLETED',
    );
  });

  it('fails jobs of deleted resources asynchronously', async () => {
    h.sim.patchWorld({ resources: [{ arn: VOLUME, deleted: true }] });
    const job = await backupNow({ ResourceArn: VOLUME });
    h.sim.advance(120);
    const d = await backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId }));
    expect(d.State).toBe('FAILED');
    expect(d.StatusMessage).toContain('not found');
  });

  it('lists jobs with filters, newest first, and only for about 30 days', async () => {
    const v = await backupNow({ ResourceArn: VOLUME });
    h.sim.advance(3600);
    const d = await backupNow({ ResourceArn: DB });
    const all = await backup.send(new ListBackupJobsCommand({}));
    expect(all.BackupJobs!.map((j) => j.BackupJobId)).toEqual([d.BackupJobId, v.BackupJobId]);
    expect(
      (await backup.send(new ListBackupJobsCommand({ ByResourceArn: VOLUME }))).BackupJobs!.map(
        (j) => j.BackupJobId,
      ),
    ).toEqual([v.BackupJobId]);
    expect(
      (await backup.send(new ListBackupJobsCommand({ ByState: 'COMPLETED' }))).BackupJobs!.map(
        (j) => j.BackupJobId,
      ),
    ).toEqual([v.BackupJobId]);
    expect(
      (await backup.send(new ListBackupJobsCommand({ ByState: 'CREATED' }))).BackupJobs!.map(
        (j) => j.BackupJobId,
      ),
    ).toEqual([d.BackupJobId]);
    expect(
      (
        await backup.send(new ListBackupJobsCommand({ ByCreatedAfter: new Date('2026-01-01T00:30:00Z') }))
      ).BackupJobs!.map((j) => j.BackupJobId),
    ).toEqual([d.BackupJobId]);
    expect(
      (
        await backup.send(new ListBackupJobsCommand({ ByCreatedBefore: new Date('2026-01-01T00:30:00Z') }))
      ).BackupJobs!.map((j) => j.BackupJobId),
    ).toEqual([v.BackupJobId]);
    expect((await backup.send(new ListBackupJobsCommand({ ByResourceType: 'RDS' }))).BackupJobs).toHaveLength(
      1,
    );
    expect(
      (await backup.send(new ListBackupJobsCommand({ ByBackupVaultName: 'locked' }))).BackupJobs,
    ).toHaveLength(0);
    expect((await backup.send(new ListBackupJobsCommand({ ByAccountId: ACCOUNT }))).BackupJobs).toHaveLength(
      2,
    );
    expect(
      (
        await backup.send(new ListBackupJobsCommand({ ByCompleteAfter: new Date('2026-01-01T00:00:00Z') }))
      ).BackupJobs!.map((j) => j.BackupJobId),
    ).toEqual([v.BackupJobId]);
    const paged = await backup.send(new ListBackupJobsCommand({ MaxResults: 1 }));
    expect(paged.BackupJobs).toHaveLength(1);
    expect(
      (await backup.send(new ListBackupJobsCommand({ MaxResults: 1, NextToken: paged.NextToken })))
        .BackupJobs![0]!.BackupJobId,
    ).toBe(v.BackupJobId);
    await rejects(
      backup.send(new ListBackupJobsCommand({ ByState: 'DONE' as never })),
      'InvalidParameterValueException',
    );
    // 31 days later the jobs are no longer listed, though DescribeBackupJob still knows them.
    h.sim.advance(31 * DAY);
    expect((await backup.send(new ListBackupJobsCommand({}))).BackupJobs).toEqual([]);
    expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: v.BackupJobId }))).State).toBe(
      'COMPLETED',
    );
    await rejects(
      backup.send(new DescribeBackupJobCommand({ BackupJobId: 'nope' })),
      'ResourceNotFoundException',
    );
  });

  // ListBackupJobs / ListCopyJobs API reference: every By* parameter is its own query parameter,
  // and a request may name several; ByState takes one state. The backup run lists the jobs still in
  // flight from before its window so: one state, ByCreatedAfter and ByCreatedBefore, one vault.
  it('combines its filters: one state within a creation window', async () => {
    const first = await completedPoint({ ResourceArn: VOLUME });
    const firstJob = (
      await backup.send(new ListBackupJobsCommand({ ByState: 'COMPLETED' }))
    ).BackupJobs!.find((j) => j.RecoveryPointArn === first)!;
    h.sim.advance(3600);
    const second = await backupNow({ ResourceArn: DB });
    const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
    const ids = async (input: ListBackupJobsCommandInput) =>
      (await backup.send(new ListBackupJobsCommand(input))).BackupJobs!.map((j) => j.BackupJobId);
    const around = (d: Date) => ({ ByCreatedAfter: ms(d, -1000), ByCreatedBefore: ms(d, 1000) });
    expect(
      await ids({ ByState: 'COMPLETED', ByBackupVaultName: 'production', ...around(firstJob.CreationDate!) }),
    ).toEqual([firstJob.BackupJobId]);
    expect(await ids({ ByState: 'CREATED', ...around(firstJob.CreationDate!) })).toEqual([]);
    expect(
      await ids({ ByState: 'COMPLETED', ByBackupVaultName: 'locked', ...around(firstJob.CreationDate!) }),
    ).toEqual([]);
    expect(await ids({ ByState: 'CREATED', ByCreatedBefore: ms(second.CreationDate!, -1000) })).toEqual([]);
    expect(await ids({ ByState: 'CREATED', ...around(second.CreationDate!) })).toEqual([second.BackupJobId]);

    const copy = await backup.send(
      new StartCopyJobCommand({
        RecoveryPointArn: first,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    const copyIds = async (input: ListCopyJobsCommandInput) =>
      (await backup.send(new ListCopyJobsCommand(input))).CopyJobs!.map((j) => j.CopyJobId);
    expect(await copyIds({ ByState: 'CREATED', ...around(copy.CreationDate!) })).toEqual([copy.CopyJobId]);
    expect(await copyIds({ ByState: 'RUNNING', ...around(copy.CreationDate!) })).toEqual([]);
    expect(await copyIds({ ByState: 'CREATED', ByCreatedBefore: ms(copy.CreationDate!, -1000) })).toEqual([]);
  });
});

describe('recovery point ARNs and tags per resource type', () => {
  it('EBS points are native snapshots: ListTags refuses them, the Tagging API has their tags', async () => {
    const arn = await completedPoint({
      ResourceArn: VOLUME,
      RecoveryPointTags: { 'backup-plans:plan': 'prod' },
    });
    await rejects(backup.send(new ListTagsCommand({ ResourceArn: arn })), 'InvalidParameterValueException');
    await rejects(
      backup.send(new TagResourceCommand({ ResourceArn: arn, Tags: { x: 'y' } })),
      'InvalidParameterValueException',
    );
    const tagged = await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [arn] }));
    expect(tagged.ResourceTagMappingList).toEqual([
      {
        ResourceARN: arn,
        Tags: expect.arrayContaining([
          { Key: 'backup', Value: 'daily' },
          { Key: 'Name', Value: 'data' },
          { Key: 'backup-plans:plan', Value: 'prod' },
        ]),
      },
    ]);
    const listed = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(Object.keys(listed.RecoveryPoints![0]!)).not.toContain('Tags');
  });

  it('RDS points are snapshots named after the job', async () => {
    const job = await backupNow({ ResourceArn: DB });
    h.sim.advance(3600);
    const d = await backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId }));
    expect(d.RecoveryPointArn).toBe(
      `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:awsbackup:job-${job.BackupJobId!.toLowerCase()}`,
    );
    await rejects(
      backup.send(new ListTagsCommand({ ResourceArn: d.RecoveryPointArn })),
      'InvalidParameterValueException',
    );
  });

  it('EFS points have full Backup management: resource tags, then RecoveryPointTags, readable with ListTags', async () => {
    const arn = await completedPoint({
      ResourceArn: FS,
      RecoveryPointTags: { team: 'override', 'backup-plans:plan': 'prod' },
    });
    expect(arn).toMatch(/^arn:aws:backup:eu-west-1:123456789012:recovery-point:[0-9a-f-]{36}$/);
    expect((await backup.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toEqual({
      backup: 'daily',
      team: 'override',
      'backup-plans:plan': 'prod',
    });
    await backup.send(new TagResourceCommand({ ResourceArn: arn, Tags: { extra: '1' } }));
    await backup.send(new UntagResourceCommand({ ResourceArn: arn, TagKeyList: ['backup'] }));
    expect((await backup.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toEqual({
      team: 'override',
      'backup-plans:plan': 'prod',
      extra: '1',
    });
    // Not a native snapshot: the Tagging API does not list it.
    expect(
      (await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [arn] }))).ResourceTagMappingList,
    ).toEqual([]);
  });

  it('DynamoDB without advanced features: native backups with no tags at all', async () => {
    const arn = await completedPoint({
      ResourceArn: TABLE,
      RecoveryPointTags: { 'backup-plans:plan': 'prod' },
    });
    expect(arn).toMatch(
      /^arn:aws:dynamodb:eu-west-1:123456789012:table\/events\/backup\/\d{13}-[0-9a-f]{8}$/,
    );
    await rejects(backup.send(new ListTagsCommand({ ResourceArn: arn })), 'InvalidParameterValueException');
    expect(
      (await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [arn] }))).ResourceTagMappingList,
    ).toEqual([]);
    expect(h.sim.dump().recoveryPoints.find((p) => p.arn === arn)!.tags).toEqual({});
  });

  it('DynamoDB with advanced features: Backup ARNs with tags', async () => {
    const arn = await completedPoint({
      ResourceArn: ADV_TABLE,
      RecoveryPointTags: { 'backup-plans:plan': 'prod' },
    });
    expect(arn).toMatch(/:recovery-point:/);
    expect((await backup.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toEqual({
      backup: 'weekly',
      'backup-plans:plan': 'prod',
    });
  });
});

describe('recovery point listings', () => {
  function manyPoints(n: number): World {
    const world = baseWorld();
    world.recoveryPoints = Array.from({ length: n }, (_, i) => ({
      vault: 'production',
      resourceArn: i % 2 ? VOLUME : FS,
      created: new Date(Date.parse('2025-06-01T00:00:00Z') + i * 3_600_000).toISOString(),
      tags: { n: String(i) },
    }));
    return world;
  }

  it('pages through a vault with opaque tokens, newest first, stable under deletes', async () => {
    await h.close();
    await start(manyPoints(250));
    const first = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production', MaxResults: 100 }),
    );
    expect(first.RecoveryPoints).toHaveLength(100);
    const dates = first.RecoveryPoints!.map((p) => p.CreationDate!.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // Deleting already-listed points between pages skips nothing.
    for (const p of first.RecoveryPoints!.slice(0, 10))
      await backup.send(
        new DeleteRecoveryPointCommand({
          BackupVaultName: 'production',
          RecoveryPointArn: p.RecoveryPointArn,
        }),
      );
    h.sim.advance(DELETION_MS / 1000); // deletion is asynchronous
    const seen = new Set(first.RecoveryPoints!.map((p) => p.RecoveryPointArn));
    let token = first.NextToken;
    while (token) {
      const next = await backup.send(
        new ListRecoveryPointsByBackupVaultCommand({
          BackupVaultName: 'production',
          MaxResults: 100,
          NextToken: token,
        }),
      );
      for (const p of next.RecoveryPoints!) seen.add(p.RecoveryPointArn);
      token = next.NextToken;
    }
    expect(seen.size).toBe(250);
    // The SDK's paginator works against it; the default page size is 100.
    let pages = 0;
    let count = 0;
    for await (const p of paginateListRecoveryPointsByBackupVault(
      { client: backup },
      { BackupVaultName: 'production' },
    )) {
      pages++;
      count += p.RecoveryPoints!.length;
    }
    expect([pages, count]).toEqual([3, 240]);
    // A token belongs to its listing.
    await rejects(
      backup.send(
        new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'locked', NextToken: first.NextToken }),
      ),
      'InvalidParameterValueException',
    );
    await rejects(
      backup.send(
        new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production', MaxResults: 1001 }),
      ),
      'InvalidParameterValueException',
    );
  });

  it('filters a vault listing and lists by resource across vaults', async () => {
    await h.close();
    await start(manyPoints(20));
    const byResource = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production', ByResourceArn: VOLUME }),
    );
    expect(byResource.RecoveryPoints).toHaveLength(10);
    expect(
      byResource.RecoveryPoints!.every((p) => p.ResourceArn === VOLUME && p.ResourceType === 'EBS'),
    ).toBe(true);
    expect(
      (
        await backup.send(
          new ListRecoveryPointsByBackupVaultCommand({
            BackupVaultName: 'production',
            ByResourceType: 'EFS',
          }),
        )
      ).RecoveryPoints,
    ).toHaveLength(10);
    const after = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({
        BackupVaultName: 'production',
        ByCreatedAfter: new Date('2025-06-01T15:00:00Z'),
      }),
    );
    expect(after.RecoveryPoints).toHaveLength(5);
    const before = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({
        BackupVaultName: 'production',
        ByCreatedBefore: new Date('2025-06-01T04:00:00Z'),
      }),
    );
    expect(before.RecoveryPoints).toHaveLength(5);
    await rejects(
      backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'nope' })),
      'ResourceNotFoundException',
    );

    const other = await completedPoint({
      ResourceArn: VOLUME,
      BackupVaultName: 'locked',
      Lifecycle: { DeleteAfterDays: 30 },
    });
    const all = await backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: VOLUME }));
    expect(all.RecoveryPoints).toHaveLength(11);
    expect(all.RecoveryPoints![0]).toMatchObject({
      RecoveryPointArn: other,
      BackupVaultName: 'locked',
      Status: 'COMPLETED',
      BackupSizeBytes: 20 * 1024 ** 3,
    });
    const page1 = await backup.send(
      new ListRecoveryPointsByResourceCommand({ ResourceArn: VOLUME, MaxResults: 6 }),
    );
    const page2 = await backup.send(
      new ListRecoveryPointsByResourceCommand({
        ResourceArn: VOLUME,
        MaxResults: 6,
        NextToken: page1.NextToken,
      }),
    );
    expect(page1.RecoveryPoints!.length + page2.RecoveryPoints!.length).toBe(11);
    expect(page2.NextToken).toBeUndefined();
  });
});

describe('copies', () => {
  it('copies to another region keeping the creation date; the source is busy meanwhile', async () => {
    const source = await completedPoint({
      ResourceArn: VOLUME,
      RecoveryPointTags: { 'backup-plans:plan': 'prod' },
    });
    const described = await backup.send(
      new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: source }),
    );
    const destVault = `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`;
    const copy = await backup.send(
      new StartCopyJobCommand({
        RecoveryPointArn: source,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: destVault,
        IamRoleArn: BACKUP_ROLE,
        Lifecycle: { DeleteAfterDays: 90 },
      }),
    );
    const busy = await rejects(
      backup.send(
        new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: source }),
      ),
      'InvalidResourceStateException',
    );
    expect(busy.$metadata?.httpStatusCode).toBe(400);
    expect(
      (await backup.send(new DescribeCopyJobCommand({ CopyJobId: copy.CopyJobId }))).CopyJob!.State,
    ).toBe('CREATED');
    h.sim.advance(3600);
    const job = (await backup.send(new DescribeCopyJobCommand({ CopyJobId: copy.CopyJobId }))).CopyJob!;
    expect(job).toMatchObject({
      State: 'COMPLETED',
      SourceRecoveryPointArn: source,
      DestinationBackupVaultArn: destVault,
      ResourceArn: VOLUME,
      ResourceType: 'EBS',
    });
    expect(job.DestinationRecoveryPointArn).toMatch(/^arn:aws:ec2:eu-central-1::snapshot\/snap-/);
    const dr = clients(h.url, DR_REGION);
    const copies = await dr.backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production-dr' }),
    );
    expect(copies.RecoveryPoints).toHaveLength(1);
    expect(copies.RecoveryPoints![0]).toMatchObject({
      RecoveryPointArn: job.DestinationRecoveryPointArn,
      CreationDate: described.CreationDate,
      SourceBackupVaultArn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:production`,
      Lifecycle: { DeleteAfterDays: 90 },
    });
    // StartCopyJob takes no tags; the copy carries the source point's ("Copying tags onto backups").
    const copyTags = await dr.tagging.send(
      new GetResourcesCommand({ ResourceARNList: [job.DestinationRecoveryPointArn!] }),
    );
    expect(copyTags.ResourceTagMappingList![0]!.Tags).toEqual([
      { Key: 'backup', Value: 'daily' },
      { Key: 'Name', Value: 'data' },
      { Key: 'backup-plans:plan', Value: 'prod' },
    ]);
    // No longer busy.
    await backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: source }),
    );
    const listed = await backup.send(
      new ListCopyJobsCommand({ ByState: 'COMPLETED', ByDestinationVaultArn: destVault }),
    );
    expect(listed.CopyJobs!.map((j) => j.CopyJobId)).toEqual([copy.CopyJobId]);
    expect((await backup.send(new ListCopyJobsCommand({ ByResourceArn: DB }))).CopyJobs).toEqual([]);
  });

  it('copies across accounts in the organization and fails for accounts outside it', async () => {
    const source = await completedPoint({ ResourceArn: FS });
    const ok = await backup.send(
      new StartCopyJobCommand({
        RecoveryPointArn: source,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: `arn:aws:backup:${REGION}:${OTHER_ACCOUNT}:backup-vault:isolated`,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    const foreign = await backup.send(
      new StartCopyJobCommand({
        RecoveryPointArn: source,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: `arn:aws:backup:${REGION}:999999999999:backup-vault:x`,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    const missing = await backup.send(
      new StartCopyJobCommand({
        RecoveryPointArn: source,
        SourceBackupVaultName: 'production',
        DestinationBackupVaultArn: `arn:aws:backup:${REGION}:${OTHER_ACCOUNT}:backup-vault:nope`,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    h.sim.advance(3600);
    expect((await backup.send(new DescribeCopyJobCommand({ CopyJobId: ok.CopyJobId }))).CopyJob!.State).toBe(
      'COMPLETED',
    );
    const f = (await backup.send(new DescribeCopyJobCommand({ CopyJobId: foreign.CopyJobId }))).CopyJob!;
    expect(f.State).toBe('FAILED');
    expect(f.StatusMessage).toContain('same organization');
    expect(
      (await backup.send(new DescribeCopyJobCommand({ CopyJobId: missing.CopyJobId }))).CopyJob!.State,
    ).toBe('FAILED');
    const isolated = h.sim.dump().recoveryPoints.filter((p) => p.vault.account === OTHER_ACCOUNT);
    expect(isolated).toHaveLength(1);
    expect(isolated[0]!.arn).toMatch(
      new RegExp(`^arn:aws:backup:${REGION}:${OTHER_ACCOUNT}:recovery-point:`),
    );
    await rejects(
      backup.send(
        new StartCopyJobCommand({
          RecoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:nope',
          SourceBackupVaultName: 'production',
          DestinationBackupVaultArn: `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`,
          IamRoleArn: BACKUP_ROLE,
        }),
      ),
      'ResourceNotFoundException',
    );
  });
});

describe('deleting', () => {
  it('refuses every delete and lifecycle change in a locked vault, and jobs outside its range fail', async () => {
    const short = await backupNow({
      ResourceArn: VOLUME,
      BackupVaultName: 'locked',
      Lifecycle: { DeleteAfterDays: 3 },
    });
    const unlimited = await backupNow({ ResourceArn: DB, BackupVaultName: 'locked' });
    h.sim.advance(3600);
    const s = await backup.send(new DescribeBackupJobCommand({ BackupJobId: short.BackupJobId }));
    expect(s.State).toBe('FAILED');
    expect(s.StatusMessage).toContain('minimum retention of 7 days');
    expect(
      (await backup.send(new DescribeBackupJobCommand({ BackupJobId: unlimited.BackupJobId }))).State,
    ).toBe('FAILED');
    const arn = await completedPoint({
      ResourceArn: VOLUME,
      BackupVaultName: 'locked',
      Lifecycle: { DeleteAfterDays: 30 },
    });
    const refused = await rejects(
      backup.send(new DeleteRecoveryPointCommand({ BackupVaultName: 'locked', RecoveryPointArn: arn })),
      'InvalidRequestException',
    );
    expect(refused.message).toContain('locked');
    await rejects(
      backup.send(
        new UpdateRecoveryPointLifecycleCommand({
          BackupVaultName: 'locked',
          RecoveryPointArn: arn,
          Lifecycle: { DeleteAfterDays: 3 },
        }),
      ),
      'InvalidRequestException',
    );
    // Past the minimum too: points in a locked vault leave only through their lifecycle.
    h.sim.advance(8 * DAY);
    await rejects(
      backup.send(new DeleteRecoveryPointCommand({ BackupVaultName: 'locked', RecoveryPointArn: arn })),
      'InvalidRequestException',
    );
    h.sim.advance(23 * DAY);
    await rejects(
      backup.send(new DescribeRecoveryPointCommand({ BackupVaultName: 'locked', RecoveryPointArn: arn })),
      'ResourceNotFoundException',
    );
  });

  it('a role without iam:CreateServiceLinkedRole only marks the point EXPIRED (200)', async () => {
    const arn = await completedPoint({ ResourceArn: FS });
    const assumed = await c.sts.send(
      new AssumeRoleCommand({ RoleArn: NO_SLR_ROLE, RoleSessionName: 'prune' }),
    );
    const asRole = clients(h.url, REGION, {
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: assumed.Credentials!.SecretAccessKey!,
      sessionToken: assumed.Credentials!.SessionToken!,
    }).backup;
    const answer = await asRole.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    expect(answer.$metadata.httpStatusCode).toBe(200);
    const still = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(still.RecoveryPoints).toHaveLength(1);
    expect(still.RecoveryPoints![0]).toMatchObject({ RecoveryPointArn: arn, Status: 'EXPIRED' });
    // With the permission (world patch), the same delete removes it.
    h.sim.patchWorld({ roles: [{ arn: NO_SLR_ROLE, canCreateServiceLinkedRole: true }] });
    await asRole.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    h.sim.advance(DELETION_MS / 1000); // deletion is asynchronous
    expect(
      (await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' })))
        .RecoveryPoints,
    ).toEqual([]);
  });

  it('legal holds block deletion and lifecycle expiry', async () => {
    const held = await completedPoint({ ResourceArn: FS, Lifecycle: { DeleteAfterDays: 2 } });
    const hold = await backup.send(
      new CreateLegalHoldCommand({
        Title: 'audit',
        Description: 'keep for audit',
        RecoveryPointSelection: {
          VaultNames: ['production'],
          DateRange: { FromDate: new Date('2025-01-01T00:00:00Z'), ToDate: new Date('2027-01-01T00:00:00Z') },
        },
      }),
    );
    expect(hold).toMatchObject({
      Title: 'audit',
      Status: 'ACTIVE',
      RecoveryPointSelection: { VaultNames: ['production'] },
    });
    expect(hold.LegalHoldArn).toBe(`arn:aws:backup:${REGION}:${ACCOUNT}:legal-hold:${hold.LegalHoldId}`);
    const refused = await rejects(
      backup.send(new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: held })),
      'InvalidRequestException',
    );
    expect(refused.message).toContain('legal hold');
    h.sim.advance(5 * DAY);
    expect(
      (
        await backup.send(
          new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: held }),
        )
      ).Status,
    ).toBe('COMPLETED');
    const holds = await backup.send(new ListLegalHoldsCommand({}));
    expect(holds.LegalHolds!.map((l) => l.LegalHoldId)).toEqual([hold.LegalHoldId]);
    const detail = await backup.send(new GetLegalHoldCommand({ LegalHoldId: hold.LegalHoldId }));
    expect(detail).toMatchObject({
      Status: 'ACTIVE',
      RecoveryPointSelection: { VaultNames: ['production'] },
    });
    const heldPoints = await backup.send(
      new ListRecoveryPointsByLegalHoldCommand({ LegalHoldId: hold.LegalHoldId }),
    );
    expect(heldPoints.RecoveryPoints).toEqual([
      { RecoveryPointArn: held, ResourceArn: FS, ResourceType: 'EFS', BackupVaultName: 'production' },
    ]);
    // Points created after the hold are not held.
    const later = await completedPoint({ ResourceArn: DB });
    await backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: later }),
    );
    // Cancelling the hold releases the point, whose lifecycle has long run out: it goes at once.
    const cancelled = await backup.send(
      new CancelLegalHoldCommand({ LegalHoldId: hold.LegalHoldId, CancelDescription: 'audit done' }),
    );
    expect(cancelled.$metadata.httpStatusCode).toBe(201);
    expect((await backup.send(new GetLegalHoldCommand({ LegalHoldId: hold.LegalHoldId }))).Status).toBe(
      'CANCELED',
    );
    await rejects(
      backup.send(
        new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: held }),
      ),
      'ResourceNotFoundException',
    );
    await rejects(
      backup.send(new CancelLegalHoldCommand({ LegalHoldId: hold.LegalHoldId, CancelDescription: 'again' })),
      'InvalidResourceStateException',
    );
    await rejects(backup.send(new GetLegalHoldCommand({ LegalHoldId: 'nope' })), 'ResourceNotFoundException');
  });

  it('unknown points and vaults answer ResourceNotFoundException', async () => {
    await rejects(
      backup.send(
        new DeleteRecoveryPointCommand({
          BackupVaultName: 'production',
          RecoveryPointArn: 'arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000000',
        }),
      ),
      'ResourceNotFoundException',
    );
    await rejects(
      backup.send(new DeleteRecoveryPointCommand({ BackupVaultName: 'nope', RecoveryPointArn: 'x' })),
      'ResourceNotFoundException',
    );
  });
});

describe('lifecycle', () => {
  it('moves points to cold storage and deletes them as the clock passes', async () => {
    const arn = await completedPoint({
      ResourceArn: FS,
      Lifecycle: { MoveToColdStorageAfterDays: 1, DeleteAfterDays: 91 },
    });
    const describe = () =>
      backup.send(new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }));
    const p = await describe();
    expect(p.CalculatedLifecycle).toEqual({
      MoveToColdStorageAt: new Date(p.CreationDate!.getTime() + DAY * 1000),
      DeleteAt: new Date(p.CreationDate!.getTime() + 91 * DAY * 1000),
    });
    h.sim.advance(DAY);
    expect((await describe()).StorageClass).toBe('COLD');
    await rejects(
      backup.send(
        new UpdateRecoveryPointLifecycleCommand({
          BackupVaultName: 'production',
          RecoveryPointArn: arn,
          Lifecycle: { MoveToColdStorageAfterDays: 5, DeleteAfterDays: 200 },
        }),
      ),
      'InvalidParameterValueException',
    );
    h.sim.advance(90 * DAY);
    await rejects(describe(), 'ResourceNotFoundException');
  });

  it('the vault listing dates the cold transition (RecoveryPointByBackupVault CalculatedLifecycle); without one a point stays warm', async () => {
    // Source: Backup model RecoveryPointByBackupVault.CalculatedLifecycle (MoveToColdStorageAt) and
    // Lifecycle ("Backup transitions and expires backups automatically according to the lifecycle").
    const cold = await completedPoint({
      ResourceArn: FS,
      Lifecycle: { MoveToColdStorageAfterDays: 1, DeleteAfterDays: 91 },
    });
    const warm = await completedPoint({ ResourceArn: VOLUME, Lifecycle: { DeleteAfterDays: 35 } });
    const listed = async () =>
      new Map(
        (
          await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }))
        ).RecoveryPoints!.map((p) => [p.RecoveryPointArn!, p]),
      );
    const storage = async (arn: string) =>
      (
        await backup.send(
          new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
        )
      ).StorageClass;
    const before = await listed();
    const coldAt = before.get(cold)!.CalculatedLifecycle!.MoveToColdStorageAt!;
    expect(coldAt).toEqual(new Date(before.get(cold)!.CreationDate!.getTime() + DAY * 1000));
    expect(before.get(warm)!.CalculatedLifecycle?.MoveToColdStorageAt).toBeUndefined();
    expect(before.get(warm)!.Lifecycle?.MoveToColdStorageAfterDays).toBeUndefined();
    expect(await storage(cold)).toBe('WARM');
    h.sim.advance((coldAt.getTime() - h.sim.now().getTime()) / 1000 - 1);
    expect(await storage(cold)).toBe('WARM');
    h.sim.advance(1);
    expect(await storage(cold)).toBe('COLD');
    h.sim.advance(30 * DAY);
    expect(await storage(warm)).toBe('WARM');
  });

  it('a listing by creation window shows DELETING and EXPIRED points with that status, and drops deleted ones (RecoveryPointByBackupVault.Status)', async () => {
    // Source: Backup model RecoveryPointByBackupVault.Status (RecoveryPointStatus: COMPLETED,
    // PARTIAL, DELETING, EXPIRED, …); DeleteRecoveryPoint: without iam:CreateServiceLinkedRole "the
    // recovery point is not deleted. Instead, it enters an EXPIRED state"; ListRecoveryPointsByBackupVault
    // ByCreatedAfter/ByCreatedBefore.
    const deleted = await completedPoint({ ResourceArn: FS });
    const refused = await completedPoint({ ResourceArn: VOLUME });
    const outside = await completedPoint({ ResourceArn: DB });
    const assumed = await c.sts.send(
      new AssumeRoleCommand({ RoleArn: NO_SLR_ROLE, RoleSessionName: 'prune' }),
    );
    const asRole = clients(h.url, REGION, {
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: assumed.Credentials!.SecretAccessKey!,
      sessionToken: assumed.Credentials!.SessionToken!,
    }).backup;
    await backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: deleted }),
    );
    await asRole.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: refused }),
    );
    const all = (
      await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }))
    ).RecoveryPoints!;
    const created = (arn: string) => all.find((p) => p.RecoveryPointArn === arn)!.CreationDate!;
    const window = async () =>
      new Map(
        (
          await backup.send(
            new ListRecoveryPointsByBackupVaultCommand({
              BackupVaultName: 'production',
              ByCreatedAfter: created(deleted),
              ByCreatedBefore: created(refused),
            }),
          )
        ).RecoveryPoints!.map((p) => [p.RecoveryPointArn!, p.Status]),
      );
    expect(created(outside).getTime()).toBeGreaterThan(created(refused).getTime());
    expect(await window()).toEqual(
      new Map([
        [deleted, 'DELETING'],
        [refused, 'EXPIRED'],
      ]),
    );
    h.sim.advance(DELETION_MS / 1000);
    expect(await window()).toEqual(new Map([[refused, 'EXPIRED']]));
  });

  it('updates a lifecycle; one that already ran out deletes the point', async () => {
    const arn = await completedPoint({ ResourceArn: VOLUME });
    await rejects(
      backup.send(
        new UpdateRecoveryPointLifecycleCommand({
          BackupVaultName: 'production',
          RecoveryPointArn: arn,
          Lifecycle: { MoveToColdStorageAfterDays: 30, DeleteAfterDays: 60 },
        }),
      ),
      'InvalidParameterValueException',
    );
    const updated = await backup.send(
      new UpdateRecoveryPointLifecycleCommand({
        BackupVaultName: 'production',
        RecoveryPointArn: arn,
        Lifecycle: { DeleteAfterDays: 10 },
      }),
    );
    expect(updated).toMatchObject({ RecoveryPointArn: arn, Lifecycle: { DeleteAfterDays: 10 } });
    h.sim.advance(5 * DAY);
    await backup.send(
      new UpdateRecoveryPointLifecycleCommand({
        BackupVaultName: 'production',
        RecoveryPointArn: arn,
        Lifecycle: { DeleteAfterDays: 2 },
      }),
    );
    expect(
      (await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' })))
        .RecoveryPoints,
    ).toEqual([]);
  });

  it('deletes seeded points whose lifecycle already ran out', async () => {
    await h.close();
    const world = baseWorld();
    world.recoveryPoints = [
      {
        vault: 'production',
        resourceArn: VOLUME,
        created: '2025-11-01T00:00:00Z',
        lifecycle: { deleteAfterDays: 30 },
      },
      {
        vault: 'production',
        resourceArn: VOLUME,
        created: '2025-12-20T00:00:00Z',
        lifecycle: { deleteAfterDays: 30 },
      },
    ];
    await start(world);
    const listed = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(listed.RecoveryPoints!.map((p) => p.CreationDate)).toEqual([new Date('2025-12-20T00:00:00Z')]);
  });
});

describe('restores', () => {
  it('reads restore metadata, restores into a new resource and lists restore jobs', async () => {
    const arn = await completedPoint({ ResourceArn: VOLUME });
    const meta = await backup.send(
      new GetRecoveryPointRestoreMetadataCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    expect(meta.RestoreMetadata).toMatchObject({
      volumeId: 'vol-1',
      volumeSize: '20',
      availabilityZone: 'eu-west-1a',
    });
    const job = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: arn,
        Metadata: meta.RestoreMetadata,
        IamRoleArn: BACKUP_ROLE,
      }),
    );
    expect(
      (await backup.send(new DescribeRestoreJobCommand({ RestoreJobId: job.RestoreJobId }))).Status,
    ).toBe('PENDING');
    h.sim.advance(3600);
    const done = await backup.send(new DescribeRestoreJobCommand({ RestoreJobId: job.RestoreJobId }));
    expect(done).toMatchObject({ Status: 'COMPLETED', RecoveryPointArn: arn, ResourceType: 'EBS' });
    expect(done.CreatedResourceArn).toMatch(/^arn:aws:ec2:eu-west-1:123456789012:volume\/vol-[0-9a-f]{17}$/);
    expect(h.sim.dump().resources.some((r) => r.arn === done.CreatedResourceArn)).toBe(true);
    expect(
      (await backup.send(new ListRestoreJobsCommand({ ByStatus: 'COMPLETED' }))).RestoreJobs!.map(
        (j) => j.RestoreJobId,
      ),
    ).toEqual([job.RestoreJobId]);
    expect(
      (
        await backup.send(
          new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
        )
      ).LastRestoreTime,
    ).toEqual(done.CompletionDate);
  });

  it('fails a restore onto an existing RDS instance name', async () => {
    const arn = await completedPoint({ ResourceArn: DB });
    const meta = await backup.send(
      new GetRecoveryPointRestoreMetadataCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    const same = await backup.send(
      new StartRestoreJobCommand({ RecoveryPointArn: arn, Metadata: meta.RestoreMetadata }),
    );
    const renamed = await backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: arn,
        Metadata: { ...meta.RestoreMetadata, DBInstanceIdentifier: 'orders-restored' },
      }),
    );
    h.sim.advance(3600);
    expect(
      (await backup.send(new DescribeRestoreJobCommand({ RestoreJobId: same.RestoreJobId }))).Status,
    ).toBe('FAILED');
    expect(
      (await backup.send(new DescribeRestoreJobCommand({ RestoreJobId: renamed.RestoreJobId })))
        .CreatedResourceArn,
    ).toBe(`arn:aws:rds:${REGION}:${ACCOUNT}:db:orders-restored`);
    await rejects(
      backup.send(
        new StartRestoreJobCommand({
          RecoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:x',
          Metadata: {},
        }),
      ),
      'ResourceNotFoundException',
    );
  });
});
