// Shared set-up for simulator tests: a world, real SDK v3 clients pointed at the simulator.
import { BackupClient } from '@aws-sdk/client-backup';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { STSClient } from '@aws-sdk/client-sts';
import type { World } from '../../src/simulator/index.js';

export const ACCOUNT = '123456789012';
export const OTHER_ACCOUNT = '210987654321';
export const REGION = 'eu-west-1';
export const DR_REGION = 'eu-central-1';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
export const NO_SLR_ROLE = `arn:aws:iam::${ACCOUNT}:role/no-slr`;
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
export const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
export const DB = `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`;
export const TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/events`;
export const ADV_TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/advanced`;
export const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;

export function baseWorld(): World {
  return {
    start: '2026-01-01T00:00:00Z',
    accounts: [ACCOUNT, OTHER_ACCOUNT],
    roles: [
      { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
      { arn: NO_SLR_ROLE, canCreateServiceLinkedRole: false },
      { arn: `arn:aws:iam::${OTHER_ACCOUNT}:role/backup-plans` },
    ],
    vaults: [
      {
        account: ACCOUNT,
        region: REGION,
        name: 'production',
        kmsKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1111`,
      },
      {
        account: ACCOUNT,
        region: REGION,
        name: 'locked',
        lock: { minRetentionDays: 7, maxRetentionDays: 400 },
      },
      { account: ACCOUNT, region: DR_REGION, name: 'production-dr' },
      { account: OTHER_ACCOUNT, region: REGION, name: 'isolated' },
    ],
    resources: [
      { arn: VOLUME, tags: { backup: 'daily', Name: 'data' }, sizeGiB: 20 },
      { arn: DB, tags: { backup: 'daily' }, sizeGiB: 5 },
      { arn: TABLE, tags: { backup: 'weekly' }, sizeGiB: 1 },
      { arn: ADV_TABLE, tags: { backup: 'weekly' }, sizeGiB: 1, advancedBackup: true },
      { arn: FS, tags: { backup: 'daily', team: 'storage' }, sizeGiB: 2 },
    ],
  };
}

export const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

export function clients(
  url: string,
  region = REGION,
  creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = credentials,
) {
  const common = { endpoint: url, region, credentials: creds };
  return {
    backup: new BackupClient(common),
    sts: new STSClient(common),
    tagging: new ResourceGroupsTaggingAPIClient(common),
  };
}

/** An unsigned JWT with the given claims (the simulator does not verify signatures). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

/** Admin API call. */
export async function admin(url: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Awaits a rejected SDK call and returns the error, asserting its name (the AWS error code). */
export async function rejects(
  promise: Promise<unknown>,
  name: string,
): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number; attempts?: number } };
    if (e.name !== name) throw new Error(`expected ${name}, got ${e.name}: ${e.message}`, { cause: error });
    return e;
  }
  throw new Error(`expected ${name}, but the call succeeded`);
}
