// The simulated Resource Groups Tagging API through the SDK.
import { StartBackupJobCommand, DescribeBackupJobCommand } from '@aws-sdk/client-backup';
import {
  GetResourcesCommand,
  TagResourcesCommand,
  UntagResourcesCommand,
  paginateGetResources,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import {
  ADV_TABLE,
  BACKUP_ROLE,
  baseWorld,
  clients,
  DB,
  DR_REGION,
  FS,
  rejects,
  TABLE,
  VOLUME,
} from './helpers.js';

let h: SimulatorHandle;
let c: ReturnType<typeof clients>;
beforeEach(async () => {
  h = await startSimulator({ world: baseWorld() });
  c = clients(h.url);
});
afterEach(async () => h.close());

const arns = (out: { ResourceTagMappingList?: { ResourceARN?: string }[] }) =>
  out.ResourceTagMappingList!.map((m) => m.ResourceARN).sort();

it('filters by tag value, by key with any value, and by several filters at once', async () => {
  expect(
    arns(
      await c.tagging.send(new GetResourcesCommand({ TagFilters: [{ Key: 'backup', Values: ['daily'] }] })),
    ),
  ).toEqual([VOLUME, FS, DB].sort());
  expect(
    arns(
      await c.tagging.send(
        new GetResourcesCommand({ TagFilters: [{ Key: 'backup', Values: ['daily', 'weekly'] }] }),
      ),
    ),
  ).toHaveLength(5);
  expect(arns(await c.tagging.send(new GetResourcesCommand({ TagFilters: [{ Key: 'team' }] })))).toEqual([
    FS,
  ]);
  expect(
    arns(
      await c.tagging.send(
        new GetResourcesCommand({
          TagFilters: [
            { Key: 'backup', Values: ['daily'] },
            { Key: 'Name', Values: [] },
          ],
        }),
      ),
    ),
  ).toEqual([VOLUME]);
  expect(
    arns(
      await c.tagging.send(new GetResourcesCommand({ TagFilters: [{ Key: 'backup', Values: ['hourly'] }] })),
    ),
  ).toEqual([]);
  // Other regions hold other resources.
  expect(arns(await clients(h.url, DR_REGION).tagging.send(new GetResourcesCommand({})))).toEqual([]);
});

it('filters by resource type and pages with PaginationToken', async () => {
  expect(arns(await c.tagging.send(new GetResourcesCommand({ ResourceTypeFilters: ['rds:db'] })))).toEqual([
    DB,
  ]);
  expect(
    arns(await c.tagging.send(new GetResourcesCommand({ ResourceTypeFilters: ['ec2:volume', 'dynamodb'] }))),
  ).toEqual([VOLUME, TABLE, ADV_TABLE].sort());
  const first = await c.tagging.send(new GetResourcesCommand({ ResourcesPerPage: 2 }));
  expect(first.ResourceTagMappingList).toHaveLength(2);
  expect(first.PaginationToken).toBeTruthy();
  const seen: string[] = [];
  for await (const page of paginateGetResources({ client: c.tagging }, { ResourcesPerPage: 2 }))
    seen.push(...page.ResourceTagMappingList!.map((m) => m.ResourceARN!));
  expect(seen.sort()).toEqual([VOLUME, DB, TABLE, ADV_TABLE, FS].sort());
  await rejects(
    c.tagging.send(new GetResourcesCommand({ ResourcesPerPage: 101 })),
    'InvalidParameterException',
  );
  await rejects(
    c.tagging.send(new GetResourcesCommand({ PaginationToken: 'garbage' })),
    'InvalidParameterException',
  );
});

it('looks ARNs up (≤100, not with tag filters) and keeps returning deleted resources', async () => {
  h.sim.patchWorld({ resources: [{ arn: DB, deleted: true }] });
  const out = await c.tagging.send(
    new GetResourcesCommand({
      ResourceARNList: [DB, 'arn:aws:ec2:eu-west-1:123456789012:volume/vol-unknown'],
    }),
  );
  expect(out.ResourceTagMappingList).toEqual([
    { ResourceARN: DB, Tags: [{ Key: 'backup', Value: 'daily' }] },
  ]);
  await rejects(
    c.tagging.send(new GetResourcesCommand({ ResourceARNList: [DB], TagFilters: [{ Key: 'backup' }] })),
    'InvalidParameterException',
  );
  await rejects(
    c.tagging.send(
      new GetResourcesCommand({ ResourceARNList: Array.from({ length: 101 }, (_, i) => `${VOLUME}${i}`) }),
    ),
    'InvalidParameterException',
  );
});

it('lists and tags native snapshot recovery points; reports what it cannot tag', async () => {
  const job = await c.backup.send(
    new StartBackupJobCommand({
      BackupVaultName: 'production',
      ResourceArn: VOLUME,
      IamRoleArn: BACKUP_ROLE,
      RecoveryPointTags: { 'backup-plans:plan': 'prod' },
    }),
  );
  h.sim.advance(3600);
  const snap = (await c.backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId })))
    .RecoveryPointArn!;
  expect(
    arns(await c.tagging.send(new GetResourcesCommand({ ResourceTypeFilters: ['ec2:snapshot'] }))),
  ).toEqual([snap]);
  expect(
    arns(
      await c.tagging.send(
        new GetResourcesCommand({ TagFilters: [{ Key: 'backup-plans:plan', Values: ['prod'] }] }),
      ),
    ),
  ).toEqual([snap]);
  const tagged = await c.tagging.send(
    new TagResourcesCommand({
      ResourceARNList: [snap, VOLUME, 'arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000000'],
      Tags: { 'backup-plans:rules': 'daily' },
    }),
  );
  expect(Object.keys(tagged.FailedResourcesMap!)).toEqual([
    'arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000000',
  ]);
  expect(
    tagged.FailedResourcesMap!['arn:aws:ec2:eu-west-1::snapshot/snap-00000000000000000']!.ErrorCode,
  ).toBe('InvalidParameterException');
  const after = await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [snap] }));
  expect(after.ResourceTagMappingList![0]!.Tags).toContainEqual({
    Key: 'backup-plans:rules',
    Value: 'daily',
  });
  await rejects(
    c.tagging.send(new TagResourcesCommand({ ResourceARNList: [snap], Tags: { 'aws:reserved': 'x' } })),
    'InvalidParameterException',
  );
});

// AWS: "Returns all the tagged or previously tagged resources" / "GetResources does not return
// untagged resources" (API_GetResources). Never tagged = absent; all tags removed = still listed.
it('returns only tagged or previously tagged resources: never-tagged ones are absent, untagged ones stay', async () => {
  const bare = `arn:aws:ec2:eu-west-1:123456789012:volume/vol-never-tagged`;
  const emptied = `arn:aws:ec2:eu-west-1:123456789012:volume/vol-emptied`;
  h.sim.patchWorld({ resources: [{ arn: bare }, { arn: emptied, tags: { backup: 'daily' } }] });
  const listAll = async () => {
    const all: string[] = [];
    for await (const p of paginateGetResources({ client: c.tagging }, {}))
      for (const m of p.ResourceTagMappingList ?? []) all.push(m.ResourceARN!);
    return all;
  };

  expect(await listAll()).not.toContain(bare);
  expect(await listAll()).toContain(emptied);
  expect(
    (await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [bare, emptied] })))
      .ResourceTagMappingList,
  ).toEqual([{ ResourceARN: emptied, Tags: [{ Key: 'backup', Value: 'daily' }] }]);

  const untagged = await c.tagging.send(
    new UntagResourcesCommand({ ResourceARNList: [emptied], TagKeys: ['backup'] }),
  );
  expect(untagged.FailedResourcesMap).toEqual({});
  expect(await listAll()).toContain(emptied);
  expect(
    (await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [emptied] }))).ResourceTagMappingList,
  ).toEqual([{ ResourceARN: emptied, Tags: [] }]);
  // A previously tagged resource without tags matches no tag filter.
  expect(
    arns(await c.tagging.send(new GetResourcesCommand({ TagFilters: [{ Key: 'backup' }] }))),
  ).not.toContain(emptied);

  // Replacing a resource's tags with none through the world counts as removing them, too.
  h.sim.patchWorld({ resources: [{ arn: VOLUME, tags: {} }] });
  expect(
    (await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [VOLUME] }))).ResourceTagMappingList,
  ).toEqual([{ ResourceARN: VOLUME, Tags: [] }]);

  // Tagging a never-tagged resource makes it appear.
  await c.tagging.send(new TagResourcesCommand({ ResourceARNList: [bare], Tags: { team: 'x' } }));
  expect(await listAll()).toContain(bare);
});

it('lists a native snapshot that never had a tag nowhere, not even by ARN', async () => {
  h.sim.patchWorld({
    resources: [
      { arn: TABLE, tags: {} },
      { arn: VOLUME, tags: {} },
    ],
  });
  const job = await c.backup.send(
    new StartBackupJobCommand({
      BackupVaultName: 'production',
      ResourceArn: VOLUME,
      IamRoleArn: BACKUP_ROLE,
    }),
  );
  h.sim.advance(3600);
  const snap = (await c.backup.send(new DescribeBackupJobCommand({ BackupJobId: job.BackupJobId })))
    .RecoveryPointArn!;
  expect(
    (await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [snap] }))).ResourceTagMappingList,
  ).toEqual([]);
  expect(
    arns(await c.tagging.send(new GetResourcesCommand({ ResourceTypeFilters: ['ec2:snapshot'] }))),
  ).toEqual([]);
});

it('TagResources takes 1 to 20 ARNs and puts the one Tags map on each (model ResourceARNListForTagUntag: min 1, max 20)', async () => {
  // Source: Tagging API model shape ResourceARNListForTagUntag (max 20; GetResources'
  // ResourceARNListForGet: max 100) and TagResourcesInput.Tags ("tags that you want to add to the
  // specified resources"): one set of tags per call, so points that need different values need a call each.
  const volumes = Array.from(
    { length: 21 },
    (_, i) => `${VOLUME.replace(/vol-.*/, 'vol-')}${String(i).padStart(17, '0')}`,
  );
  h.sim.patchWorld({ resources: volumes.map((arn) => ({ arn, tags: { backup: 'daily' } })) });
  await rejects(
    c.tagging.send(new TagResourcesCommand({ ResourceARNList: volumes, Tags: { team: 'a' } })),
    'InvalidParameterException',
  );
  await rejects(
    c.tagging.send(new TagResourcesCommand({ ResourceARNList: [], Tags: { team: 'a' } })),
    'InvalidParameterException',
  );
  const out = await c.tagging.send(
    new TagResourcesCommand({ ResourceARNList: volumes.slice(0, 20), Tags: { team: 'a' } }),
  );
  expect(out.FailedResourcesMap).toEqual({});
  const read = await c.tagging.send(new GetResourcesCommand({ ResourceARNList: volumes }));
  const teams = new Map(
    read.ResourceTagMappingList!.map((m) => [m.ResourceARN!, m.Tags!.find((t) => t.Key === 'team')?.Value]),
  );
  expect(volumes.slice(0, 20).map((arn) => teams.get(arn))).toEqual(Array(20).fill('a'));
  expect(teams.get(volumes[20]!)).toBeUndefined();
});
