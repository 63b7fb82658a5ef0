// Backup's meaning of tags the shared reader could not read (src/aws/point-tags.ts): for a point of a
// type that keeps tags, "unknown" is "not ours", so neither the point nor the completed job that made
// it satisfies the slot. Read against the simulator over real HTTP, decided by the real decision.
import { DeleteRecoveryPointCommand } from '@aws-sdk/client-backup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsClients, type AwsClients } from '../../src/aws/clients.js';
import { listResourcePoints, readTagsOfPoints } from '../../src/aws/backup.js';
import type { VaultInfo } from '../../src/aws/observed.js';
import { decideResource, type ResourceDecisionInput } from '../../src/backup/decide.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { ACCOUNT, job, owned, plan, point, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const FS = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-1`;
const NOW = new Date('2026-03-10T05:00:00Z');
const OURS = owned('daily', '2026-03-10T03:00:00Z');
const VAULT: VaultInfo = {
  name: 'production',
  arn: `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:production`,
  locked: false,
};
const credentials = { accessKeyId: 'AKIAUNKNOWNPOINTTAG1', secretAccessKey: 'test' };

let sim: SimulatorHandle;
let aws: AwsClients;
const saved = { ...process.env };

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: NOW.toISOString(),
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [{ arn: FS }, { arn: vol('vol-1') }],
      recoveryPoints: [
        { vault: 'production', resourceArn: FS, created: '2026-03-10T03:10:00Z', tags: OURS },
        { vault: 'production', resourceArn: FS, created: '2026-03-10T03:20:00Z', tags: OURS },
      ],
    },
    port: 0,
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
  aws = awsClients({ credentials, region: REGION });
});
afterAll(async () => {
  process.env = saved;
  await sim.close();
});

function input(overrides: Partial<ResourceDecisionInput>): ResourceDecisionInput {
  return {
    plan: plan([rule({ name: 'daily' })]),
    namespace: 'acme/infra',
    resourceArn: vol('vol-1'),
    now: NOW,
    jobs: [],
    points: [],
    copyJobs: [],
    vault: VAULT,
    ...overrides,
  };
}

describe('readTagsOfPoints + the due decision', () => {
  it('a snapshot the Tagging API leaves out is not ours: neither it nor its completed job satisfies the slot', async () => {
    // Real AWS leaves never-tagged snapshots out of GetResources: someone else's backup into our vault.
    const snapshot = point(
      '2026-03-10T03:05:00Z',
      undefined,
      `arn:aws:ec2:${REGION}::snapshot/snap-0000000foreign1`,
    );
    const completed = job('foreign-job', 'COMPLETED', '2026-03-10T03:05:00Z', {
      recoveryPointArn: snapshot.arn,
    });
    // Left unread, the job would count (its point unknown): the mapping is what keeps the slot due.
    expect(decideResource(input({ points: [{ ...snapshot }], jobs: [completed] })).kind).toBe('satisfied');

    await readTagsOfPoints(aws.backup, aws.tagging, [snapshot]);
    expect(snapshot.tags).toEqual({});
    const d = decideResource(input({ points: [snapshot], jobs: [completed] }));
    expect(d.kind).toBe('start');
    expect(d.planned?.recoveryPointTags).toEqual(OURS);
  });

  it('an EFS point that vanished after listing is read as not ours; the ones still there as ours', async () => {
    const listed = await listResourcePoints(aws.backup, FS, 'production');
    expect(listed).toHaveLength(2);
    const [gone, kept] = listed.sort((a, b) => a.created.getTime() - b.created.getTime()) as [
      (typeof listed)[0],
      (typeof listed)[0],
    ];
    await aws.backup.send(
      new DeleteRecoveryPointCommand({ BackupVaultName: 'production', RecoveryPointArn: gone.arn }),
    );
    sim.sim.advance(60); // deletion is asynchronous: DELETING for a minute, then gone

    await readTagsOfPoints(aws.backup, aws.tagging, listed);
    expect(gone.tags).toEqual({});
    expect(kept.tags).toEqual(OURS);

    const itsJob = job('j-gone', 'COMPLETED', '2026-03-10T03:10:00Z', { recoveryPointArn: gone.arn });
    const alone = decideResource(input({ resourceArn: FS, points: [gone], jobs: [itsJob] }));
    expect(alone.kind).toBe('start');
    const withKept = decideResource(input({ resourceArn: FS, points: [gone, kept], jobs: [itsJob] }));
    expect(withKept.kind).toBe('satisfied');
    expect(withKept.pointArn).toBe(kept.arn);
  });
});
