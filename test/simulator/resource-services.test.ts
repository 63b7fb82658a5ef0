// EC2, RDS, EFS and DynamoDB endpoints for the resources a restore creates, through the real SDK v3
// clients over their real protocols (ec2 query, awsQuery, restJson1, awsJson1.0). Each test names
// its AWS source: the official models ec2/2016-11-15, rds/2014-10-31, efs/2015-02-01 and
// dynamodb/2012-08-10 (Debian's awscli), and the services' API references.
import {
  DescribeRestoreJobCommand,
  StartRestoreJobCommand,
  ListRecoveryPointsByResourceCommand,
} from '@aws-sdk/client-backup';
import { DynamoDBClient, DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { EC2Client, DeleteVolumeCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { EFSClient, DeleteFileSystemCommand, DescribeFileSystemsCommand } from '@aws-sdk/client-efs';
import { RDSClient, DeleteDBInstanceCommand, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import {
  ACCOUNT,
  BACKUP_ROLE,
  baseWorld,
  clients,
  credentials,
  DB,
  DR_REGION,
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

function serviceClients(url: string, region = REGION) {
  const common = { endpoint: url, region, credentials };
  return {
    ec2: new EC2Client(common),
    rds: new RDSClient(common),
    efs: new EFSClient(common),
    dynamodb: new DynamoDBClient(common),
  };
}

async function seeded() {
  const world = baseWorld();
  world.recoveryPoints = [VOLUME, DB, TABLE, FS].map((resourceArn) => ({
    vault: 'production',
    resourceArn,
    created: '2025-12-31T03:00:00Z',
  }));
  h = await startSimulator({ world });
  return { h, ...clients(h.url), ...serviceClients(h.url) };
}

/** Restores the resource's point with `metadata` and runs the clock until the job completes. */
async function restore(
  env: Awaited<ReturnType<typeof seeded>>,
  resource: string,
  type: string,
  metadata: Record<string, string>,
) {
  const points = await env.backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: resource }));
  const { RestoreJobId } = await env.backup.send(
    new StartRestoreJobCommand({
      RecoveryPointArn: points.RecoveryPoints![0]!.RecoveryPointArn!,
      Metadata: metadata,
      IamRoleArn: BACKUP_ROLE,
      ResourceType: type,
    }),
  );
  for (let i = 0; i < 100; i++) {
    const job = await env.backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
    if (job.Status === 'COMPLETED') return job.CreatedResourceArn!;
    env.h.sim.advance(60);
  }
  throw new Error('restore did not complete');
}

const idOf = (arn: string) => arn.split(/[/:]/).pop()!;

describe('EC2 (ec2 query): DescribeVolumes, DeleteVolume', () => {
  // Model ec2/2016-11-15: Volume.State (locationName "status") creating | available | deleting;
  // "Error codes for the Amazon EC2 API": InvalidVolume.NotFound, IncorrectState.
  it('a restored volume is creating, then available, deleting once deleted, then not found', async () => {
    const env = await seeded();
    const arn = await restore(env, VOLUME, 'EBS', { availabilityZone: 'eu-west-1b', volumeSize: '20' });
    const volumeId = idOf(arn);
    const describe = async () =>
      (await env.ec2.send(new DescribeVolumesCommand({ VolumeIds: [volumeId] }))).Volumes![0]!;
    const creating = await describe();
    expect(creating).toMatchObject({
      VolumeId: volumeId,
      State: 'creating',
      AvailabilityZone: 'eu-west-1b',
      Size: 20,
    });
    expect(creating.CreateTime).toEqual(env.h.sim.now());
    await rejects(env.ec2.send(new DeleteVolumeCommand({ VolumeId: volumeId })), 'IncorrectState');
    env.h.sim.advance(60);
    expect((await describe()).State).toBe('available');
    await env.ec2.send(new DeleteVolumeCommand({ VolumeId: volumeId }));
    expect((await describe()).State).toBe('deleting');
    env.h.sim.advance(60);
    const e = await rejects(
      env.ec2.send(new DescribeVolumesCommand({ VolumeIds: [volumeId] })),
      'InvalidVolume.NotFound',
    );
    expect(e.$metadata?.httpStatusCode).toBe(400);
    expect(env.h.sim.state.resources.get(arn)!.deleted).toBe(true);
    // The source volume was never touched.
    expect(
      (await env.ec2.send(new DescribeVolumesCommand({ VolumeIds: ['vol-1'] }))).Volumes![0]!.State,
    ).toBe('available');
  });

  it('answers in the region of the SigV4 scope only', async () => {
    const env = await seeded();
    const other = serviceClients(env.h.url, DR_REGION);
    await rejects(
      other.ec2.send(new DescribeVolumesCommand({ VolumeIds: ['vol-1'] })),
      'InvalidVolume.NotFound',
    );
    await rejects(other.ec2.send(new DeleteVolumeCommand({ VolumeId: 'vol-1' })), 'InvalidVolume.NotFound');
  });
});

describe('RDS (awsQuery): DescribeDBInstances, DeleteDBInstance', () => {
  // Model rds/2014-10-31: DBInstanceNotFound (404), InvalidParameterCombination; "DeleteDBInstance"
  // (API reference): FinalDBSnapshotIdentifier is required unless SkipFinalSnapshot is true.
  it('a restored instance becomes available; deleting needs SkipFinalSnapshot; then it is gone', async () => {
    const env = await seeded();
    const arn = await restore(env, DB, 'RDS', { DBInstanceIdentifier: 'orders-drill' });
    expect(arn).toBe(`arn:aws:rds:${REGION}:${ACCOUNT}:db:orders-drill`);
    const describe = async () =>
      (await env.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders-drill' })))
        .DBInstances![0]!;
    expect(await describe()).toMatchObject({
      DBInstanceIdentifier: 'orders-drill',
      DBInstanceStatus: 'creating',
      DBInstanceArn: arn,
    });
    env.h.sim.advance(5 * 60);
    expect((await describe()).DBInstanceStatus).toBe('available');
    await rejects(
      env.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'orders-drill' })),
      'InvalidParameterCombination',
    );
    const out = await env.rds.send(
      new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'orders-drill', SkipFinalSnapshot: true }),
    );
    expect(out.DBInstance?.DBInstanceStatus).toBe('deleting');
    await rejects(
      env.rds.send(
        new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'orders-drill', SkipFinalSnapshot: true }),
      ),
      'InvalidDBInstanceStateFault',
    );
    env.h.sim.advance(60);
    const e = await rejects(
      env.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders-drill' })),
      'DBInstanceNotFoundFault',
    );
    expect(e.$metadata?.httpStatusCode).toBe(404);
    expect(
      (await env.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders' })))
        .DBInstances![0]!.DBInstanceStatus,
    ).toBe('available');
  });

  it('refuses to delete an instance with deletion protection', async () => {
    const env = await seeded();
    await restore(env, DB, 'RDS', { DBInstanceIdentifier: 'kept', DeletionProtection: 'true' });
    env.h.sim.advance(5 * 60);
    await rejects(
      env.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'kept', SkipFinalSnapshot: true })),
      'InvalidParameterCombination',
    );
  });
});

describe('EFS (restJson1): DescribeFileSystems, DeleteFileSystem', () => {
  // Model efs/2015-02-01: GET /2015-02-01/file-systems, DELETE …/{FileSystemId} (204);
  // LifeCycleState creating | available | deleting; FileSystemNotFound (404).
  it('a restored file system keeps its CreationToken, becomes available, and is deleted', async () => {
    const env = await seeded();
    const arn = await restore(env, FS, 'EFS', {
      newFileSystem: 'true',
      CreationToken: 'drill-token',
      'file-system-id': 'fs-1',
    });
    const id = idOf(arn);
    const byToken = await env.efs.send(new DescribeFileSystemsCommand({ CreationToken: 'drill-token' }));
    expect(byToken.FileSystems!.map((f) => f.FileSystemId)).toEqual([id]);
    expect(byToken.FileSystems![0]).toMatchObject({
      LifeCycleState: 'creating',
      OwnerId: ACCOUNT,
      FileSystemArn: arn,
    });
    await rejects(
      env.efs.send(new DeleteFileSystemCommand({ FileSystemId: id })),
      'IncorrectFileSystemLifeCycleState',
    );
    env.h.sim.advance(60);
    const describe = async () =>
      (await env.efs.send(new DescribeFileSystemsCommand({ FileSystemId: id }))).FileSystems![0]!;
    expect((await describe()).LifeCycleState).toBe('available');
    await env.efs.send(new DeleteFileSystemCommand({ FileSystemId: id }));
    expect((await describe()).LifeCycleState).toBe('deleting');
    env.h.sim.advance(60);
    const e = await rejects(
      env.efs.send(new DescribeFileSystemsCommand({ FileSystemId: id })),
      'FileSystemNotFound',
    );
    expect(e.$metadata?.httpStatusCode).toBe(404);
  });
});

describe('DynamoDB (awsJson1.0): DescribeTable, DeleteTable', () => {
  // Model dynamodb/2012-08-10: TableStatus CREATING | ACTIVE | DELETING; ResourceNotFoundException,
  // ResourceInUseException.
  it('a restored table is CREATING, then ACTIVE, DELETING once deleted, then not found', async () => {
    const env = await seeded();
    const arn = await restore(env, TABLE, 'DynamoDB', { targetTableName: 'events-drill' });
    const describe = async () =>
      (await env.dynamodb.send(new DescribeTableCommand({ TableName: 'events-drill' }))).Table!;
    expect(await describe()).toMatchObject({
      TableName: 'events-drill',
      TableStatus: 'CREATING',
      TableArn: arn,
    });
    await rejects(
      env.dynamodb.send(new DeleteTableCommand({ TableName: 'events-drill' })),
      'ResourceInUseException',
    );
    env.h.sim.advance(60);
    expect((await describe()).TableStatus).toBe('ACTIVE');
    const out = await env.dynamodb.send(new DeleteTableCommand({ TableName: 'events-drill' }));
    expect(out.TableDescription?.TableStatus).toBe('DELETING');
    env.h.sim.advance(60);
    await rejects(
      env.dynamodb.send(new DescribeTableCommand({ TableName: 'events-drill' })),
      'ResourceNotFoundException',
    );
    expect(
      (await env.dynamodb.send(new DescribeTableCommand({ TableName: 'events' }))).Table!.TableStatus,
    ).toBe('ACTIVE');
  });
});

describe('endpoints from the environment', () => {
  // AWS SDKs and Tools reference guide, "Service-specific endpoints": AWS_ENDPOINT_URL_<SERVICE ID>.
  it('the SDK clients reach the simulator through AWS_ENDPOINT_URL_EC2/_RDS/_EFS/_DYNAMODB', async () => {
    const env = await seeded();
    const names = [
      'AWS_ENDPOINT_URL_EC2',
      'AWS_ENDPOINT_URL_RDS',
      'AWS_ENDPOINT_URL_EFS',
      'AWS_ENDPOINT_URL_DYNAMODB',
    ];
    for (const n of names) process.env[n] = env.h.url;
    try {
      const common = { region: REGION, credentials };
      expect(
        (await new EC2Client(common).send(new DescribeVolumesCommand({ VolumeIds: ['vol-1'] }))).Volumes,
      ).toHaveLength(1);
      expect(
        (await new RDSClient(common).send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders' })))
          .DBInstances,
      ).toHaveLength(1);
      expect(
        (await new EFSClient(common).send(new DescribeFileSystemsCommand({ FileSystemId: 'fs-1' })))
          .FileSystems,
      ).toHaveLength(1);
      expect(
        (await new DynamoDBClient(common).send(new DescribeTableCommand({ TableName: 'events' }))).Table
          ?.TableName,
      ).toBe('events');
      expect(env.h.sim.stats().calls).toMatchObject({
        DescribeVolumes: 1,
        DescribeDBInstances: 1,
        DescribeFileSystems: 1,
        DescribeTable: 1,
      });
    } finally {
      for (const n of names) delete process.env[n];
    }
  });
});
