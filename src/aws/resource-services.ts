// The services of the resources a restore creates, for restore drills: read a restored resource's
// state and delete it. EBS volumes (EC2 DescribeVolumes/DeleteVolume), RDS DB instances
// (DescribeDBInstances/DeleteDBInstance with SkipFinalSnapshot: the temporary copy needs no final
// snapshot), EFS file systems (DescribeFileSystems/DeleteFileSystem) and DynamoDB tables
// (DescribeTable/DeleteTable). Only the drill command loads this module, so other commands never
// pay for these four SDK clients. Endpoints come from AWS_ENDPOINT_URL_EC2/_RDS/_EFS/_DYNAMODB.
import { DeleteTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteVolumeCommand, DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DeleteFileSystemCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { DeleteDBInstanceCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { clientConfig, renewOnExpiry, type AwsContext } from './clients.js';
import { errorCode } from './retry.js';

/** The AWS Backup resource types a drill can check and delete. */
export const DRILL_TYPES = ['EBS', 'RDS', 'EFS', 'DynamoDB'] as const;
export type DrillType = (typeof DRILL_TYPES)[number];

export const isDrillType = (type: string): type is DrillType =>
  (DRILL_TYPES as readonly string[]).includes(type);

export interface ResourceState {
  /** False once the service no longer knows it. */
  exists: boolean;
  /** The service's own word: available, creating, ACTIVE, deleting, … */
  state?: string;
  /** Ready for use: EC2/RDS/EFS `available`, DynamoDB `ACTIVE`. */
  available: boolean;
}

/** The resource id each service takes: the last part of the ARN (vol-…, DB identifier, fs-…, table name). */
export function serviceId(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.split(/[/:]/).pop() ?? resource;
}

const NOT_FOUND: Record<DrillType, string[]> = {
  EBS: ['InvalidVolume.NotFound'],
  RDS: ['DBInstanceNotFoundFault', 'DBInstanceNotFound'],
  EFS: ['FileSystemNotFound'],
  DynamoDB: ['ResourceNotFoundException'],
};

const gone: ResourceState = { exists: false, available: false };

type Clients = { ec2?: EC2Client; rds?: RDSClient; efs?: EFSClient; dynamodb?: DynamoDBClient };

/** Clients per (role, region), made when first needed, with the run's credentials and retry policy. */
export class ResourceServices {
  private readonly cache = new Map<string, Clients>();

  constructor(private readonly aws: AwsContext) {}

  private clients(role: string, region: string): Clients {
    const key = `${role}\n${region}`;
    let c = this.cache.get(key);
    if (!c) this.cache.set(key, (c = {}));
    return c;
  }

  /** A session that expires during a long drill is renewed, as for the run's other clients. */
  private renewing<T extends { middlewareStack: unknown }>(role: string, client: T): T {
    renewOnExpiry(client, () => this.aws.invalidateCredentials(role));
    return client;
  }

  private config(role: string, region: string) {
    const credentials = this.aws.credentials.forRole(role);
    return clientConfig({ region, ...(credentials ? { credentials } : {}) });
  }

  private ec2(role: string, region: string): EC2Client {
    const c = this.clients(role, region);
    return (c.ec2 ??= this.renewing(role, new EC2Client(this.config(role, region))));
  }
  private rds(role: string, region: string): RDSClient {
    const c = this.clients(role, region);
    return (c.rds ??= this.renewing(role, new RDSClient(this.config(role, region))));
  }
  private efs(role: string, region: string): EFSClient {
    const c = this.clients(role, region);
    return (c.efs ??= this.renewing(role, new EFSClient(this.config(role, region))));
  }
  private dynamodb(role: string, region: string): DynamoDBClient {
    const c = this.clients(role, region);
    return (c.dynamodb ??= this.renewing(role, new DynamoDBClient(this.config(role, region))));
  }

  /** The resource's state as its own service reports it; `exists: false` once the service says it is not found. */
  async describe(role: string, region: string, type: DrillType, arn: string): Promise<ResourceState> {
    const id = serviceId(arn);
    try {
      switch (type) {
        case 'EBS': {
          const out = await this.ec2(role, region).send(new DescribeVolumesCommand({ VolumeIds: [id] }));
          const state = out.Volumes?.[0]?.State;
          return state === undefined || state === 'deleted'
            ? gone
            : { exists: true, state, available: state === 'available' };
        }
        case 'RDS': {
          const out = await this.rds(role, region).send(
            new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }),
          );
          const state = out.DBInstances?.[0]?.DBInstanceStatus;
          return state === undefined ? gone : { exists: true, state, available: state === 'available' };
        }
        case 'EFS': {
          const out = await this.efs(role, region).send(new DescribeFileSystemsCommand({ FileSystemId: id }));
          const state = out.FileSystems?.[0]?.LifeCycleState;
          return state === undefined || state === 'deleted'
            ? gone
            : { exists: true, state, available: state === 'available' };
        }
        case 'DynamoDB': {
          const out = await this.dynamodb(role, region).send(new DescribeTableCommand({ TableName: id }));
          const state = out.Table?.TableStatus;
          return state === undefined ? gone : { exists: true, state, available: state === 'ACTIVE' };
        }
      }
    } catch (error) {
      if (NOT_FOUND[type].includes(errorCode(error) ?? '')) return gone;
      throw error;
    }
  }

  /** Deletes the resource through its service (RDS: without a final snapshot). Not found counts as deleted. */
  async delete(role: string, region: string, type: DrillType, arn: string): Promise<void> {
    const id = serviceId(arn);
    try {
      switch (type) {
        case 'EBS':
          await this.ec2(role, region).send(new DeleteVolumeCommand({ VolumeId: id }));
          return;
        case 'RDS':
          await this.rds(role, region).send(
            new DeleteDBInstanceCommand({ DBInstanceIdentifier: id, SkipFinalSnapshot: true }),
          );
          return;
        case 'EFS':
          await this.efs(role, region).send(new DeleteFileSystemCommand({ FileSystemId: id }));
          return;
        case 'DynamoDB':
          await this.dynamodb(role, region).send(new DeleteTableCommand({ TableName: id }));
          return;
      }
    } catch (error) {
      if (NOT_FOUND[type].includes(errorCode(error) ?? '')) return;
      throw error;
    }
  }

  destroy(): void {
    for (const c of this.cache.values())
      for (const client of Object.values(c)) (client as { destroy(): void }).destroy();
    this.cache.clear();
  }
}
