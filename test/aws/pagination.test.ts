import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import {
  collectPages,
  getResources,
  listRecoveryPointsByBackupVault,
  listTags,
  tagsByArn,
} from '../../src/aws/pagination.js';
import { json, startFakeServer, type FakeServer } from './fake-server.js';

const credentials = { accessKeyId: 'AKIAFAKEACCESSKEY123', secretAccessKey: 'fake-secret' };
let server: FakeServer;
const saved = { ...process.env };

// 7 recovery points, served in pages of the size the client asks for (default 3).
const POINTS = Array.from(
  { length: 7 },
  (_, i) => `arn:aws:backup:eu-west-1:123456789012:recovery-point:rp-${i}`,
);

beforeAll(async () => {
  server = await startFakeServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/backup/backup-vaults/production/recovery-points')) {
      const start = Number(url.searchParams.get('nextToken') ?? '0');
      const size = Number(url.searchParams.get('maxResults') ?? '3');
      const next = start + size < POINTS.length ? String(start + size) : undefined;
      return json(res, {
        RecoveryPoints: POINTS.slice(start, start + size).map((arn) => ({
          RecoveryPointArn: arn,
          CreationDate: 1767225600.5,
        })),
        ...(next ? { NextToken: next } : {}),
      });
    }
    if (url.pathname.startsWith('/backup/tags/')) {
      const token = url.searchParams.get('nextToken');
      return json(res, token ? { Tags: { b: '2' } } : { Tags: { a: '1' }, NextToken: 'more' });
    }
    if (url.pathname.startsWith('/tagging')) {
      const body = JSON.parse(req.body) as { ResourceARNList?: string[]; PaginationToken?: string };
      if (body.ResourceARNList) {
        if (body.ResourceARNList.length > 100) return json(res, { message: 'too many' });
        // Like AWS: unknown ARNs are simply not returned.
        const known = body.ResourceARNList.filter((arn) => !arn.endsWith('-gone'));
        return json(res, {
          ResourceTagMappingList: known.map((arn) => ({
            ResourceARN: arn,
            Tags: [{ Key: 'backup-plans:plan', Value: arn.slice(-3) }],
          })),
        });
      }
      return body.PaginationToken === 'p2'
        ? json(res, { ResourceTagMappingList: [{ ResourceARN: 'arn:3' }], PaginationToken: '' })
        : json(res, {
            ResourceTagMappingList: [{ ResourceARN: 'arn:1' }, { ResourceARN: 'arn:2' }],
            PaginationToken: 'p2',
          });
    }
    json(res, {});
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = `${server.url}/backup`;
  process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = `${server.url}/tagging`;
});
afterAll(async () => {
  process.env = saved;
  await server.close();
});

describe('pagination', () => {
  const clients = () => awsClients({ credentials, region: 'eu-west-1' });

  it('collects every page of recovery points, with dates parsed', async () => {
    server.requests.length = 0;
    const points = await listRecoveryPointsByBackupVault(
      clients().backup,
      { BackupVaultName: 'production' },
      { pageSize: 3 },
    );
    expect(points.map((p) => p.RecoveryPointArn)).toEqual(POINTS);
    expect(points[0]?.CreationDate?.toISOString()).toBe('2026-01-01T00:00:00.500Z');
    expect(server.requests).toHaveLength(3);
  });

  it('stops early at a limit', async () => {
    server.requests.length = 0;
    const points = await listRecoveryPointsByBackupVault(
      clients().backup,
      { BackupVaultName: 'production' },
      { pageSize: 2, limit: 3 },
    );
    expect(points).toHaveLength(4);
    expect(server.requests).toHaveLength(2);
  });

  it('merges tag pages', async () => {
    expect(await listTags(clients().backup, POINTS[0]!)).toEqual({ a: '1', b: '2' });
  });

  it('follows the Tagging API PaginationToken and stops on an empty one', async () => {
    const resources = await getResources(clients().tagging, { ResourceTypeFilters: ['ec2:volume'] });
    expect(resources.map((r) => r.ResourceARN)).toEqual(['arn:1', 'arn:2', 'arn:3']);
  });

  it('looks ARNs up 100 at a time and leaves unknown ones out', async () => {
    server.requests.length = 0;
    const arns = Array.from(
      { length: 250 },
      (_, i) => `arn:aws:ec2:eu-west-1::snapshot/snap-${String(i).padStart(3, '0')}`,
    );
    arns.push('arn:aws:ec2:eu-west-1::snapshot/snap-gone', arns[0]!);
    const tags = await tagsByArn(clients().tagging, arns);
    expect(tags.size).toBe(250);
    expect(tags.get(arns[7]!)).toEqual({ 'backup-plans:plan': '007' });
    expect(tags.has('arn:aws:ec2:eu-west-1::snapshot/snap-gone')).toBe(false);
    const sizes = server.requests.map(
      (r) => (JSON.parse(r.body) as { ResourceARNList: string[] }).ResourceARNList.length,
    );
    expect(sizes).toEqual([100, 100, 51]);
  });

  it('collectPages works on any async iterable', async () => {
    async function* pages() {
      yield { items: [1, 2] };
      yield {};
      yield { items: [3] };
    }
    expect(await collectPages(pages(), (p: { items?: number[] }) => p.items)).toEqual([1, 2, 3]);
  });
});
