// Behaviours AWS documents that a forgiving simulator would get wrong (issue 10). Each test names
// its AWS source: a documentation page title or a service-model shape. src/simulator/FIDELITY.md
// lists them with the product code that relies on them.
import {
  DeleteRecoveryPointCommand,
  DescribeBackupJobCommand,
  DescribeBackupVaultCommand,
  DescribeCopyJobCommand,
  DescribeRecoveryPointCommand,
  DescribeRegionSettingsCommand,
  ListBackupJobsCommand,
  ListCopyJobsCommand,
  ListRecoveryPointsByBackupVaultCommand,
  ListRecoveryPointsByResourceCommand,
  ListTagsCommand,
  StartBackupJobCommand,
  StartCopyJobCommand,
  UpdateRecoveryPointLifecycleCommand,
  type BackupClient,
  type StartBackupJobCommandInput,
} from '@aws-sdk/client-backup';
import { GetResourcesCommand, TagResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { DELETION_MS } from '../../src/simulator/backup.js';
import { startSimulator, type SimulatorHandle, type World } from '../../src/simulator/index.js';
import { jobsByResourceKey } from '../../src/simulator/state.js';
import {
  ACCOUNT,
  ADV_TABLE,
  BACKUP_ROLE,
  baseWorld,
  clients,
  DB,
  DR_REGION,
  FS,
  jwt,
  REGION,
  rejects,
  ROLE,
  TABLE,
  VOLUME,
} from './helpers.js';

const DAY = 86_400;
const DR_VAULT = `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:production-dr`;
const OTHER_ROLE = `arn:aws:iam::${ACCOUNT}:role/org-backup-policy`;

let h: SimulatorHandle;
let c: ReturnType<typeof clients>;
let backup: BackupClient;

async function start(world: World = baseWorld()) {
  h = await startSimulator({ world });
  c = clients(h.url);
  backup = c.backup;
}
afterEach(async () => h?.close());

async function job(input: Partial<StartBackupJobCommandInput> & { ResourceArn: string }) {
  return backup.send(
    new StartBackupJobCommand({ BackupVaultName: 'production', IamRoleArn: BACKUP_ROLE, ...input }),
  );
}

/** A completed point (the clock moves an hour on). */
async function point(input: Partial<StartBackupJobCommandInput> & { ResourceArn: string }) {
  const started = await job(input);
  h.sim.advance(3600);
  const done = await backup.send(new DescribeBackupJobCommand({ BackupJobId: started.BackupJobId }));
  expect(done.State, done.StatusMessage).toBe('COMPLETED');
  return done.RecoveryPointArn!;
}

/** Copies `source` from production to production-dr and returns the copy's ARN once completed. */
async function copyToDr(source: string, extra: { Lifecycle?: { DeleteAfterDays?: number } } = {}) {
  const started = await backup.send(
    new StartCopyJobCommand({
      RecoveryPointArn: source,
      SourceBackupVaultName: 'production',
      DestinationBackupVaultArn: DR_VAULT,
      IamRoleArn: BACKUP_ROLE,
      ...extra,
    }),
  );
  h.sim.advance(3600);
  const done = (await backup.send(new DescribeCopyJobCommand({ CopyJobId: started.CopyJobId }))).CopyJob!;
  expect(done.State, done.StatusMessage).toBe('COMPLETED');
  return done.DestinationRecoveryPointArn!;
}

const dr = () => clients(h.url, DR_REGION);
const inDr = (arn: string) =>
  dr().backup.send(
    new DescribeRecoveryPointCommand({ BackupVaultName: 'production-dr', RecoveryPointArn: arn }),
  );

describe('copies ("Backup and tag copy", CopyAction.Lifecycle, "Copying tags onto backups")', () => {
  it('a copy without Lifecycle inherits the source lifecycle: a copy of a 35-day point is gone after day 35', async () => {
    await start();
    const source = await point({ ResourceArn: VOLUME, Lifecycle: { DeleteAfterDays: 35 } });
    const sourceDescribed = await backup.send(
      new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: source }),
    );
    const copy = await copyToDr(source);
    const described = await inDr(copy);
    // "Copies retain their source configuration, including creation dates and retention period."
    expect(described.CreationDate).toEqual(sourceDescribed.CreationDate);
    expect(described.Lifecycle).toEqual({ DeleteAfterDays: 35 });
    expect(described.CalculatedLifecycle!.DeleteAt).toEqual(sourceDescribed.CalculatedLifecycle!.DeleteAt);
    h.sim.advance(33 * DAY);
    expect((await inDr(copy)).Status).toBe('COMPLETED'); // day 34
    h.sim.advance(2 * DAY); // past day 35
    await rejects(inDr(copy), 'ResourceNotFoundException');
  });

  it('DeleteAfterDays -1 ("never expire") still keeps the source expiry date; an explicit one overrides', async () => {
    await start();
    const source = await point({ ResourceArn: VOLUME, Lifecycle: { DeleteAfterDays: 35 } });
    const never = await copyToDr(source, { Lifecycle: { DeleteAfterDays: -1 } });
    const century = await copyToDr(source, { Lifecycle: { DeleteAfterDays: 36_500 } });
    expect((await inDr(never)).Lifecycle).toEqual({ DeleteAfterDays: 35 });
    expect((await inDr(century)).Lifecycle).toEqual({ DeleteAfterDays: 36_500 });
    h.sim.advance(40 * DAY);
    await rejects(inDr(never), 'ResourceNotFoundException');
    expect((await inDr(century)).Status).toBe('COMPLETED');
  });

  it('copies carry the source point tags, cross-region (EBS via the Tagging API, EFS via ListTags)', async () => {
    await start();
    const ebs = await point({ ResourceArn: VOLUME, RecoveryPointTags: { 'backup-plans:plan': 'prod' } });
    // Tags added to the source point after the backup travel too: the copy takes the point's tags.
    await c.tagging.send(new TagResourcesCommand({ ResourceARNList: [ebs], Tags: { later: 'yes' } }));
    const efs = await point({ ResourceArn: FS, RecoveryPointTags: { 'backup-plans:plan': 'prod' } });
    const ebsCopy = await copyToDr(ebs);
    const efsCopy = await copyToDr(efs);
    const mapped = await dr().tagging.send(new GetResourcesCommand({ ResourceARNList: [ebsCopy] }));
    expect(Object.fromEntries(mapped.ResourceTagMappingList![0]!.Tags!.map((t) => [t.Key, t.Value]))).toEqual(
      {
        backup: 'daily',
        Name: 'data',
        'backup-plans:plan': 'prod',
        later: 'yes',
      },
    );
    expect((await dr().backup.send(new ListTagsCommand({ ResourceArn: efsCopy }))).Tags).toEqual({
      backup: 'daily',
      team: 'storage',
      'backup-plans:plan': 'prod',
    });
  });
});

describe('vault lock (PutBackupVaultLockConfiguration, DescribeBackupVaultOutput.Locked)', () => {
  it('a locked vault refuses deleting a point older than its minimum, and any lifecycle change', async () => {
    await start();
    const arn = await point({
      ResourceArn: VOLUME,
      BackupVaultName: 'locked',
      Lifecycle: { DeleteAfterDays: 30 },
    });
    h.sim.advance(8 * DAY); // older than the lock's 7-day minimum
    const refused = await rejects(
      backup.send(new DeleteRecoveryPointCommand({ BackupVaultName: 'locked', RecoveryPointArn: arn })),
      'InvalidRequestException',
    );
    expect(refused.message).toContain('locked');
    for (const days of [10, 60])
      // shorter or longer, inside the lock's range or not: refused
      await rejects(
        backup.send(
          new UpdateRecoveryPointLifecycleCommand({
            BackupVaultName: 'locked',
            RecoveryPointArn: arn,
            Lifecycle: { DeleteAfterDays: days },
          }),
        ),
        'InvalidRequestException',
      );
    // The point leaves through its own lifecycle.
    h.sim.advance(23 * DAY);
    await rejects(
      backup.send(new DescribeRecoveryPointCommand({ BackupVaultName: 'locked', RecoveryPointArn: arn })),
      'ResourceNotFoundException',
    );
  });

  it('reports Locked, LockDate and the retention range; copies whose lifecycle falls outside it fail', async () => {
    const world = baseWorld();
    world.vaults!.push({
      account: ACCOUNT,
      region: DR_REGION,
      name: 'compliance',
      lock: { minRetentionDays: 30, maxRetentionDays: 3650, lockDate: '2026-01-04T00:00:00Z' },
    });
    await start(world);
    const drBackup = dr().backup;
    expect(
      await drBackup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'compliance' })),
    ).toMatchObject({
      Locked: true,
      MinRetentionDays: 30,
      MaxRetentionDays: 3650,
      LockDate: new Date('2026-01-04T00:00:00Z'),
    });
    expect(
      (await drBackup.send(new DescribeBackupVaultCommand({ BackupVaultName: 'production-dr' }))).Locked,
    ).toBe(false);
    const source = await point({ ResourceArn: VOLUME, Lifecycle: { DeleteAfterDays: 7 } });
    const copy = (lifecycle?: { DeleteAfterDays: number }) =>
      backup.send(
        new StartCopyJobCommand({
          RecoveryPointArn: source,
          SourceBackupVaultName: 'production',
          DestinationBackupVaultArn: `arn:aws:backup:${DR_REGION}:${ACCOUNT}:backup-vault:compliance`,
          IamRoleArn: BACKUP_ROLE,
          ...(lifecycle && { Lifecycle: lifecycle }),
        }),
      );
    const inherited = await copy(); // the source's 7 days: below the minimum
    h.sim.advance(3600);
    const tooLong = await copy({ DeleteAfterDays: 36_500 });
    h.sim.advance(3600);
    const fits = await copy({ DeleteAfterDays: 365 });
    h.sim.advance(3600);
    const state = async (id: string) =>
      (await backup.send(new DescribeCopyJobCommand({ CopyJobId: id }))).CopyJob!;
    expect((await state(inherited.CopyJobId!)).StatusMessage).toContain('minimum retention of 30 days');
    expect((await state(tooLong.CopyJobId!)).StatusMessage).toContain('maximum retention of 3650 days');
    expect((await state(fits.CopyJobId!)).State).toBe('COMPLETED');
  });
});

describe('tag characters (RDS Tag.Value, EFS/FSx TagValue pattern ^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$)', () => {
  it('an RDS point whose tag value holds "," fails its job with a clear status message', async () => {
    await start();
    const bad = await job({ ResourceArn: DB, RecoveryPointTags: { 'backup-plans:rules': 'daily,hourly' } });
    h.sim.advance(3600);
    const failed = await backup.send(new DescribeBackupJobCommand({ BackupJobId: bad.BackupJobId }));
    expect(failed.State).toBe('FAILED');
    expect(failed.StatusMessage).toContain('"daily,hourly"');
    expect(failed.StatusMessage).toContain('RDS');
    // The same rules joined with "+" are fine, and EBS accepts any character.
    await point({ ResourceArn: DB, RecoveryPointTags: { 'backup-plans:rules': 'daily+hourly' } });
    await point({ ResourceArn: VOLUME, RecoveryPointTags: { 'backup-plans:rules': 'daily,hourly' } });
  });

  it('applies to EFS and DynamoDB with advanced features; plain DynamoDB backups take no tags at all', async () => {
    await start();
    const efs = await job({ ResourceArn: FS, RecoveryPointTags: { note: 'a;b' } });
    const adv = await job({ ResourceArn: ADV_TABLE, RecoveryPointTags: { note: 'a,b' } });
    h.sim.advance(3600);
    for (const j of [efs, adv])
      expect((await backup.send(new DescribeBackupJobCommand({ BackupJobId: j.BackupJobId }))).State).toBe(
        'FAILED',
      );
    await point({ ResourceArn: TABLE, RecoveryPointTags: { note: 'a,b' } });
  });
});

describe('quirks: listings and ARNs as AWS returns them', () => {
  it('EBS/AMI recovery point ARNs carry no account ("arn:aws:ec2:REGION::snapshot/…")', async () => {
    await start();
    const arn = await point({ ResourceArn: VOLUME });
    expect(arn).toMatch(new RegExp(`^arn:aws:ec2:${REGION}::snapshot/snap-[0-9a-f]{17}$`));
  });

  it('nullVaultNameByResource: ListRecoveryPointsByResource leaves BackupVaultName null for EBS points', async () => {
    const world = baseWorld();
    world.quirks = { nullVaultNameByResource: true };
    await start(world);
    await point({ ResourceArn: VOLUME });
    await point({ ResourceArn: DB });
    const ebs = await backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: VOLUME }));
    expect(ebs.RecoveryPoints).toHaveLength(1);
    expect(ebs.RecoveryPoints![0]!.BackupVaultName).toBeUndefined();
    const rds = await backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: DB }));
    expect(rds.RecoveryPoints![0]!.BackupVaultName).toBe('production');
    // Vault-scoped listings still name the resource's points.
    const byVault = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production', ByResourceArn: VOLUME }),
    );
    expect(byVault.RecoveryPoints![0]!.BackupVaultName).toBe('production');
  });

  it('taggingCanonicalEc2Arns: GetResources names EBS snapshots with the account; lookups take both forms', async () => {
    const world = baseWorld();
    world.quirks = { taggingCanonicalEc2Arns: true };
    await start(world);
    const arn = await point({ ResourceArn: VOLUME, RecoveryPointTags: { 'backup-plans:plan': 'prod' } });
    const canonical = arn.replace(`:${REGION}::`, `:${REGION}:${ACCOUNT}:`);
    const listed = await c.tagging.send(new GetResourcesCommand({ ResourceTypeFilters: ['ec2:snapshot'] }));
    expect(listed.ResourceTagMappingList!.map((m) => m.ResourceARN)).toEqual([canonical]);
    for (const asked of [arn, canonical]) {
      const found = await c.tagging.send(new GetResourcesCommand({ ResourceARNList: [asked] }));
      expect(found.ResourceTagMappingList!.map((m) => m.ResourceARN)).toEqual([canonical]);
    }
    // Backup itself still names the point without the account.
    const byVault = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(byVault.RecoveryPoints![0]!.RecoveryPointArn).toBe(arn);
  });
});

describe('copies made by someone else (world copyJobs)', () => {
  it('runs a copy job with another role; the copy carries the source tags and that role', async () => {
    const world = baseWorld();
    world.roles!.push({ arn: OTHER_ROLE });
    await start(world);
    const source = await point({ ResourceArn: VOLUME, RecoveryPointTags: { 'backup-plans:plan': 'prod' } });
    h.sim.patchWorld({
      copyJobs: [{ sourceRecoveryPointArn: source, destinationVaultArn: DR_VAULT, iamRoleArn: OTHER_ROLE }],
    });
    h.sim.advance(3600);
    const jobs = (await backup.send(new ListCopyJobsCommand({ ByResourceArn: VOLUME }))).CopyJobs!;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      State: 'COMPLETED',
      IamRoleArn: OTHER_ROLE,
      SourceRecoveryPointArn: source,
    });
    const copy = await inDr(jobs[0]!.DestinationRecoveryPointArn!);
    expect(copy.IamRoleArn).toBe(OTHER_ROLE);
    const tags = await dr().tagging.send(
      new GetResourcesCommand({ ResourceARNList: [jobs[0]!.DestinationRecoveryPointArn!] }),
    );
    expect(tags.ResourceTagMappingList![0]!.Tags).toContainEqual({ Key: 'backup-plans:plan', Value: 'prod' });
  });

  it('refuses a world copy job of a point that does not exist', async () => {
    await start();
    expect(() =>
      h.sim.patchWorld({
        copyJobs: [
          {
            sourceRecoveryPointArn: `arn:aws:ec2:${REGION}::snapshot/snap-00000000000000000`,
            destinationVaultArn: DR_VAULT,
            iamRoleArn: ROLE,
          },
        ],
      }),
    ).toThrow(/copyJobs\[0\]\.sourceRecoveryPointArn/);
  });
});

describe('STS transient failures (IDPCommunicationErrorException, InvalidIdentityTokenException shapes)', () => {
  const START = Date.parse('2026-01-01T00:00:00Z') / 1000;
  const token = () =>
    jwt({ sub: 'repo:acme/infra:ref:refs/heads/main', aud: 'sts.amazonaws.com', exp: START + 300 });
  const assume = () =>
    new STSClient({
      endpoint: h.url,
      region: REGION,
      maxAttempts: 1,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    }).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: ROLE,
        RoleSessionName: 'gha',
        WebIdentityToken: token(),
      }),
    );

  it('answers the model code IDPCommunicationError, which the SDK names IDPCommunicationErrorException', async () => {
    await start();
    h.sim.addFault({
      operation: 'AssumeRoleWithWebIdentity',
      fail: { count: 1, error: 'IDPCommunicationError' },
    });
    const raw = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=${encodeURIComponent(ROLE)}&RoleSessionName=gha&WebIdentityToken=${token()}`,
    });
    expect(raw.status).toBe(400);
    expect(await raw.text()).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts.amazonaws.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type><Code>IDPCommunicationError<\/Code><Message>.+<\/Message><\/Error><RequestId>/,
    );
    h.sim.addFault({
      operation: 'AssumeRoleWithWebIdentity',
      fail: { count: 1, error: 'IDPCommunicationError' },
    });
    const e = await rejects(assume(), 'IDPCommunicationErrorException');
    expect(e.$metadata?.httpStatusCode).toBe(400);
    expect((await assume()).Credentials?.AccessKeyId).toBeTruthy();
  });

  it('injects InvalidIdentityToken "Couldn\'t retrieve verification key from your identity provider"', async () => {
    await start();
    const message =
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
    h.sim.addFault({
      operation: 'AssumeRoleWithWebIdentity',
      fail: { count: 1, error: 'InvalidIdentityToken', message },
    });
    const e = await rejects(assume(), 'InvalidIdentityTokenException');
    expect(e.message).toBe(message);
  });
});

describe('limits and service opt-in (Lifecycle, DescribeRegionSettings)', () => {
  it('DeleteAfterDays is at most 36,500; -1 means never', async () => {
    await start();
    const e = await rejects(
      job({ ResourceArn: FS, Lifecycle: { DeleteAfterDays: 36_501 } }),
      'InvalidParameterValueException',
    );
    expect(e.message).toContain('36500');
    const arn = await point({ ResourceArn: FS, Lifecycle: { DeleteAfterDays: -1 } });
    const described = await backup.send(
      new DescribeRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    expect(described.Lifecycle).toBeUndefined();
    expect(described.CalculatedLifecycle).toBeUndefined();
  });

  it('reports every type opted in by default, the world opt-outs, and fails jobs of opted-out types', async () => {
    const world = baseWorld();
    world.regionSettings = [{ account: ACCOUNT, region: REGION, optIn: { RDS: false } }];
    await start(world);
    const here = await backup.send(new DescribeRegionSettingsCommand({}));
    expect(here.ResourceTypeOptInPreference).toMatchObject({
      RDS: false,
      EBS: true,
      EFS: true,
      DynamoDB: true,
    });
    // Full management: EFS always, DynamoDB once a table of the region has advanced backup (ADV_TABLE).
    expect(here.ResourceTypeManagementPreference).toEqual({ DynamoDB: true, EFS: true });
    const there = await dr().backup.send(new DescribeRegionSettingsCommand({}));
    expect(Object.values(there.ResourceTypeOptInPreference!).every(Boolean)).toBe(true);
    expect(there.ResourceTypeManagementPreference).toEqual({ DynamoDB: false, EFS: true });
    const rds = await job({ ResourceArn: DB });
    h.sim.advance(3600);
    const failed = await backup.send(new DescribeBackupJobCommand({ BackupJobId: rds.BackupJobId }));
    expect(failed.State).toBe('FAILED');
    expect(failed.StatusMessage).toContain('not opted in');
    await point({ ResourceArn: VOLUME });
  });
});

describe('recovery point states (RecoveryPointStatus)', () => {
  it('deletion is asynchronous: DELETING right after the call, gone once the clock moves on', async () => {
    await start();
    const arn = await point({ ResourceArn: FS });
    await backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    const listed = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(listed.RecoveryPoints!.map((p) => p.Status)).toEqual(['DELETING']);
    // Deleting again while the deletion runs is accepted and changes nothing.
    await backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: arn }),
    );
    await rejects(
      backup.send(
        new StartCopyJobCommand({
          RecoveryPointArn: arn,
          SourceBackupVaultName: 'production',
          DestinationBackupVaultArn: DR_VAULT,
          IamRoleArn: BACKUP_ROLE,
        }),
      ),
      'InvalidRequestException',
    );
    h.sim.advance(DELETION_MS / 1000);
    expect(
      (await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' })))
        .RecoveryPoints,
    ).toEqual([]);
  });

  it('availablePointStatus: completed points report AVAILABLE (the SDK model\'s "successfully created")', async () => {
    const world = baseWorld();
    world.quirks = { availablePointStatus: true };
    await start(world);
    const arn = await point({ ResourceArn: VOLUME });
    const listed = await backup.send(
      new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'production' }),
    );
    expect(listed.RecoveryPoints![0]!.Status).toBe('AVAILABLE');
    const byResource = await backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: VOLUME }));
    expect(byResource.RecoveryPoints![0]!.Status).toBe('AVAILABLE');
    // Such points can be copied like COMPLETED ones.
    await copyToDr(arn);
  });
});

describe('job listings by resource (issue 13)', () => {
  it('read the resource index: only that resource, newest first, across pages', async () => {
    await start();
    for (let i = 0; i < 30; i++) {
      await job({ ResourceArn: i % 10 === 0 ? DB : VOLUME });
      h.sim.advance(3600);
    }
    const index = h.sim.state.backupJobsByResource.get(jobsByResourceKey(ACCOUNT, REGION, DB))!;
    expect(index.size).toBe(3);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await backup.send(
        new ListBackupJobsCommand({ ByResourceArn: DB, MaxResults: 2, NextToken: token }),
      );
      for (const j of page.BackupJobs!) {
        expect(j.ResourceArn).toBe(DB);
        seen.push(j.BackupJobId!);
      }
      token = page.NextToken;
    } while (token);
    expect(seen).toEqual([...index.valuesInOrder()].map((j) => j.id));
    const all = await backup.send(new ListBackupJobsCommand({ MaxResults: 1000 }));
    expect(all.BackupJobs).toHaveLength(30);
    expect((await backup.send(new ListCopyJobsCommand({ ByResourceArn: DB }))).CopyJobs).toEqual([]);
  });
});
