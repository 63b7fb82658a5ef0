import { DescribeBackupVaultCommand } from '@aws-sdk/client-backup';
import { GetResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsContext, awsClients, type CredentialSource } from '../../src/aws/clients.js';
import { json, startFakeServer, stsResult, type FakeServer } from './fake-server.js';

const credentials = { accessKeyId: 'AKIAFAKEACCESSKEY123', secretAccessKey: 'fake-secret' };
let server: FakeServer;
const saved = { ...process.env };

beforeAll(async () => {
  server = await startFakeServer((req, res) => {
    if (req.url.startsWith('/sts')) {
      return stsResult(
        res,
        'GetCallerIdentity',
        '<Account>123456789012</Account><Arn>arn:aws:iam::123456789012:user/dev</Arn><UserId>AIDA1</UserId>',
      );
    }
    if (req.url.startsWith('/tagging')) return json(res, { ResourceTagMappingList: [] });
    json(res, { BackupVaultName: 'production' });
  });
  // Distinct path prefixes show which variable each client followed.
  process.env.AWS_ENDPOINT_URL_STS = `${server.url}/sts`;
  process.env.AWS_ENDPOINT_URL_BACKUP = `${server.url}/backup`;
  process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = `${server.url}/tagging`;
});

afterAll(async () => {
  process.env = saved;
  await server.close();
});

describe('awsClients', () => {
  it('follows AWS_ENDPOINT_URL_<SERVICE> for every client (no endpoint code of our own)', async () => {
    server.requests.length = 0;
    const clients = awsClients({ credentials, region: 'eu-west-1' });
    await clients.sts.send(new GetCallerIdentityCommand({}));
    await clients.backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production' }));
    await clients.tagging.send(new GetResourcesCommand({}));
    const seen = server.requests.map((r) => [r.method, r.url.split('?')[0]]);
    expect(seen).toEqual([
      ['POST', '/sts/'],
      ['GET', '/backup/backup-vaults/production'],
      ['POST', '/tagging/'],
    ]);
    expect(server.requests[2]?.headers['x-amz-target']).toBe(
      'ResourceGroupsTaggingAPI_20170126.GetResources',
    );
    // Signed with the given key, for the given region and service names.
    expect(server.requests[1]?.headers.authorization).toMatch(
      /Credential=AKIAFAKEACCESSKEY123\/\d{8}\/eu-west-1\/backup\/aws4_request/,
    );
    expect(server.requests[2]?.headers.authorization).toMatch(/\/eu-west-1\/tagging\/aws4_request/);
  });

  it('falls back to AWS_ENDPOINT_URL when no service-specific variable is set', async () => {
    const backupUrl = process.env.AWS_ENDPOINT_URL_BACKUP;
    delete process.env.AWS_ENDPOINT_URL_BACKUP;
    process.env.AWS_ENDPOINT_URL = `${server.url}/all`;
    try {
      server.requests.length = 0;
      const { backup } = awsClients({ credentials, region: 'eu-west-1' });
      await backup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'v' }));
      expect(server.requests[0]?.url).toBe('/all/backup-vaults/v');
    } finally {
      process.env.AWS_ENDPOINT_URL_BACKUP = backupUrl;
      delete process.env.AWS_ENDPOINT_URL;
    }
  });
});

describe('AwsContext', () => {
  const asked: string[] = [];
  const source: CredentialSource = {
    forRole: (role) => {
      asked.push(role);
      return async () => ({
        accessKeyId: `AKIA${role.endsWith('a') ? 'AAAA' : 'BBBB'}FAKEKEY1234`,
        secretAccessKey: 's',
      });
    },
    verifyAccount: async () => {},
  };

  it('caches clients per (role, region) and signs with that role', async () => {
    const ctx = new AwsContext(source);
    const a1 = ctx.backup('role-a', 'eu-west-1');
    expect(ctx.backup('role-a', 'eu-west-1')).toBe(a1);
    expect(ctx.backup('role-a', 'eu-central-1')).not.toBe(a1);
    expect(ctx.backup('role-b', 'eu-west-1')).not.toBe(a1);
    // A limiter-driven client is a separate one, so other calls keep their throttling retries.
    expect(ctx.backup('role-a', 'eu-west-1', { retryThrottling: false })).not.toBe(a1);
    expect(ctx.tagging('role-a', 'eu-west-1')).toBe(ctx.clients('role-a', 'eu-west-1').tagging);
    expect(asked).toEqual(['role-a', 'role-a', 'role-b', 'role-a']);

    server.requests.length = 0;
    await ctx.backup('role-b', 'eu-west-1').send(new DescribeBackupVaultCommand({ BackupVaultName: 'v' }));
    expect(server.requests[0]?.headers.authorization).toContain('Credential=AKIABBBBFAKEKEY1234/');
    ctx.destroy();
  });
});
