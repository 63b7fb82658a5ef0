// The shared recovery-point tag reader against the simulator over real HTTP (SDK clients): ListTags
// for full-management points, the Tagging API 100 ARNs a call for snapshots, nothing for types that
// take no tags, `undefined` for what could not be read (a snapshot the Tagging API leaves out, a point
// that vanished between listing and reading), errors for everything else, bounded parallelism.
import { DeleteRecoveryPointCommand } from '@aws-sdk/client-backup';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import { arnKey, readPointTags, type PointTagClients } from '../../src/aws/point-tags.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
const VOLUME = `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-1`;
const TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`;
const credentials = { accessKeyId: 'AKIAPOINTTAGREADER01', secretAccessKey: 'test' };

const hex = (i: number, width: number) => i.toString(16).padStart(width, '0');
const efsPoint = (i: number) =>
  `arn:aws:backup:${REGION}:${ACCOUNT}:recovery-point:00000000-0000-4000-8000-${hex(i, 12)}`;
const snapshot = (i: number) => `arn:aws:ec2:${REGION}::snapshot/snap-${hex(i, 17)}`;
const owned = (plan: string) => ({
  'backup-plans:namespace': 'acme/infra',
  'backup-plans:plan': plan,
  'backup-plans:rules': 'daily',
  'backup-plans:slot': '2026-08-01T03:00:00Z',
});

const EFS_COUNT = 12;
const SNAPSHOT_COUNT = 150;
/** Every third EFS point and every tenth snapshot carry no tags at all. */
const tagsOfEfs = (i: number) => (i % 3 === 0 ? undefined : owned(`efs-${i}`));
const tagsOfSnapshot = (i: number) => (i % 10 === 0 ? undefined : owned(`ebs-${i}`));

let sim: SimulatorHandle;
let clients: PointTagClients;
const saved = { ...process.env };

beforeAll(async () => {
  const created = (i: number) => new Date(Date.parse('2026-08-01T03:00:00Z') - i * 3_600_000).toISOString();
  sim = await startSimulator({
    world: {
      start: '2026-09-01T00:00:00Z',
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [{ arn: FS }, { arn: VOLUME }],
      recoveryPoints: [
        ...Array.from({ length: EFS_COUNT }, (_, i) => ({
          vault: 'production',
          resourceArn: FS,
          arn: efsPoint(i),
          created: created(i),
          ...(tagsOfEfs(i) ? { tags: tagsOfEfs(i) } : {}),
        })),
        ...Array.from({ length: SNAPSHOT_COUNT }, (_, i) => ({
          vault: 'production',
          resourceArn: VOLUME,
          arn: snapshot(i),
          created: created(i),
          ...(tagsOfSnapshot(i) ? { tags: tagsOfSnapshot(i) } : {}),
        })),
      ],
    },
    port: 0,
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
  const aws = awsClients({ credentials, region: REGION });
  clients = { backup: aws.backup, tagging: aws.tagging };
});
afterEach(() => {
  sim.sim.clearFaults();
  sim.sim.resetStats();
});
afterAll(async () => {
  process.env = saved;
  await sim.close();
});

const calls = () => sim.sim.stats().calls;

describe('readPointTags', () => {
  it('reads full-management points through ListTags, one call each, and untagged ones as {}', async () => {
    const arns = Array.from({ length: 6 }, (_, i) => efsPoint(i));
    const tags = await readPointTags(clients, arns);
    expect(tags.get(efsPoint(1))).toEqual(owned('efs-1'));
    expect(tags.get(efsPoint(0))).toEqual({}); // read, and it has none: not ours
    expect(tags.size).toBe(6);
    expect(calls().ListTags).toBe(6);
    expect(calls().GetResources).toBeUndefined();
  });

  it('reads snapshots through the Tagging API, at most 100 ARNs a call, never ListTags', async () => {
    const arns = Array.from({ length: SNAPSHOT_COUNT }, (_, i) => snapshot(i));
    const tags = await readPointTags(clients, [...arns, arns[3]!]);
    expect(tags.size).toBe(SNAPSHOT_COUNT);
    expect(tags.get(snapshot(7))).toEqual(owned('ebs-7'));
    expect(tags.get(snapshot(149))).toEqual(owned('ebs-149'));
    expect(calls().GetResources).toBe(2);
    expect(calls().ListTags).toBeUndefined();
  });

  it('gives undefined — unknown, not "no tags" — for a snapshot the Tagging API leaves out', async () => {
    const gone = `arn:aws:ec2:${REGION}::snapshot/snap-0000000000000dead`;
    const tags = await readPointTags(clients, [snapshot(1), gone]);
    expect(tags.get(snapshot(1))).toEqual(owned('ebs-1'));
    expect(tags.has(gone)).toBe(true);
    expect(tags.get(gone)).toBeUndefined();
  });

  it('gives undefined for a point that vanished between listing and reading, and reads the rest', async () => {
    const vanished = efsPoint(EFS_COUNT - 1);
    const listed = [efsPoint(1), vanished, efsPoint(2)];
    await clients.backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: vanished }),
    );
    sim.sim.advance(60); // deletion is asynchronous: DELETING for a minute, then gone
    const tags = await readPointTags(clients, listed);
    expect(tags.get(vanished)).toBeUndefined();
    expect(tags.has(vanished)).toBe(true);
    expect(tags.get(efsPoint(1))).toEqual(owned('efs-1'));
    expect(tags.get(efsPoint(2))).toEqual(owned('efs-2'));
    expect(sim.sim.stats().errors.ListTags).toBe(1); // AWS really said ResourceNotFoundException
  });

  it('asks nothing for points that take no tags (DynamoDB backups): unknown', async () => {
    const backup = `${TABLE}/backup/01700000000000-abcdef12`;
    const tags = await readPointTags(clients, [backup]);
    expect([...tags]).toEqual([[backup, undefined]]);
    expect(calls()).toEqual({});
  });

  it('throws what is not an answer (access denied) instead of calling it unknown', async () => {
    sim.sim.addFault({ operation: 'ListTags', fail: { count: 1, error: 'AccessDeniedException' } });
    await expect(readPointTags(clients, [efsPoint(1)])).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    sim.sim.addFault({ operation: 'GetResources', fail: { count: 1, error: 'AccessDeniedException' } });
    await expect(readPointTags(clients, [snapshot(1)])).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
  });

  it('keeps at most `concurrency` ListTags calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const { backup, tagging } = awsClients({ credentials, region: REGION });
    backup.middlewareStack.add(
      (next) => async (args) => {
        most = Math.max(most, ++inFlight);
        try {
          return await next(args);
        } finally {
          inFlight--;
        }
      },
      { step: 'initialize', name: 'countInFlight' },
    );
    sim.sim.addFault({ operation: 'ListTags', latencyMs: 40 });
    const arns = Array.from({ length: EFS_COUNT - 1 }, (_, i) => efsPoint(i));
    const tags = await readPointTags({ backup, tagging }, arns, { concurrency: 3 });
    expect(tags.get(efsPoint(4))).toEqual(owned('efs-4'));
    expect(calls().ListTags).toBe(EFS_COUNT - 1);
    expect(most).toBe(3);
  });

  it('reads a mix in one go: each ARN where its type keeps its tags', async () => {
    const backup = `${TABLE}/backup/01700000000000-abcdef12`;
    const tags = await readPointTags(clients, [efsPoint(2), snapshot(2), backup]);
    expect(Object.fromEntries(tags)).toEqual({
      [efsPoint(2)]: owned('efs-2'),
      [snapshot(2)]: owned('ebs-2'),
      [backup]: undefined,
    });
    expect(calls()).toEqual({ ListTags: 1, GetResources: 1 });
  });

  it('matches Tagging API answers that name EBS snapshots with the account (quirk taggingCanonicalEc2Arns)', async () => {
    sim.sim.patchWorld({ quirks: { taggingCanonicalEc2Arns: true } });
    try {
      const tags = await readPointTags(clients, [snapshot(1), snapshot(2), efsPoint(1)]);
      expect(Object.fromEntries(tags)).toEqual({
        [snapshot(1)]: owned('ebs-1'),
        [snapshot(2)]: owned('ebs-2'),
        [efsPoint(1)]: owned('efs-1'),
      });
    } finally {
      sim.sim.patchWorld({ quirks: { taggingCanonicalEc2Arns: false } });
    }
  });
});

describe('arnKey', () => {
  it('leaves out the account only', () => {
    expect(arnKey(`arn:aws:ec2:${REGION}::snapshot/snap-1`)).toBe(
      arnKey(`arn:aws:ec2:${REGION}:${ACCOUNT}:snapshot/snap-1`),
    );
    expect(arnKey(`arn:aws:ec2:${REGION}::snapshot/snap-1`)).not.toBe(
      arnKey(`arn:aws:ec2:us-east-1::snapshot/snap-1`),
    );
    expect(arnKey(`arn:aws:ec2:${REGION}::snapshot/snap-1`)).not.toBe(
      arnKey(`arn:aws:ec2:${REGION}::image/snap-1`),
    );
    expect(arnKey(`arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:awsbackup:job-1`)).toBe(
      `aws:rds:${REGION}:snapshot:awsbackup:job-1`,
    );
    expect(arnKey('not-an-arn')).toBe('not-an-arn');
  });
});
