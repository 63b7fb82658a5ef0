// The deletion executor against the simulator over real HTTP (SDK clients, real retry classes):
// busy points are retried and then skipped (never a failure), ownership is re-read before each delete
// (in batches: one GetResources per 100 snapshots, one vault listing before and after a batch),
// and non-retryable errors are failures with AWS's message.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import { AdaptiveLimiter } from '../../src/aws/rate-limiter.js';
import { executeDeletions, type Candidate, type ExecClients } from '../../src/prune/execute.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { ACCOUNT, fileSystem, history, REGION, volume, worldPoints, type SeededPoint } from './e2e-world.js';

const credentials = { accessKeyId: 'AKIAPRUNEEXECUTOR001', secretAccessKey: 'test' };
const FS = fileSystem('fs-1');
const VOLUMES = Array.from({ length: 4 }, (_, i) => volume(`vol-0000000000000000${i}`));
let sim: SimulatorHandle;
let points: SeededPoint[];
/** EBS snapshots (ownership read through the Tagging API), 50 per volume. */
let snapshots: SeededPoint[];
let clients: ExecClients;
const saved = { ...process.env };

beforeAll(async () => {
  points = history(FS, 8, new Date('2026-08-01T03:00:00Z'));
  snapshots = VOLUMES.flatMap((v) => history(v, 50, new Date('2026-08-20T03:00:00Z')));
  sim = await startSimulator({
    world: {
      start: '2026-09-01T00:00:00Z',
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [{ arn: FS }, ...VOLUMES.map((arn) => ({ arn }))],
      recoveryPoints: worldPoints([...points, ...snapshots]),
    },
    port: 0,
  });
  process.env.AWS_ENDPOINT_URL_BACKUP = sim.url;
  process.env.AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API = sim.url;
  const reads = awsClients({ credentials, region: REGION });
  const writes = awsClients({ credentials, region: REGION, retryThrottling: false });
  const limiter = new AdaptiveLimiter({ initialRps: 50 });
  clients = {
    backup: () => reads.backup,
    tagging: () => reads.tagging,
    writer: () => writes.backup,
    limiter: () => limiter,
  };
});
afterEach(() => sim.sim.clearFaults());
afterAll(async () => {
  process.env = saved;
  await sim.close();
});

const vault = {
  account: ACCOUNT,
  region: REGION,
  vault: 'production',
  role: `arn:aws:iam::${ACCOUNT}:role/x`,
};
function candidate(p: SeededPoint, plan = 'prod'): Candidate {
  return {
    vault,
    planId: plan,
    point: { arn: p.arn, resourceArn: p.resourceArn, created: new Date(p.created), status: 'COMPLETED' },
    ownership: { namespace: 'acme/infra', plan, rules: p.rules },
  };
}
const exists = (arn: string) => sim.sim.dump().recoveryPoints.some((p) => p.arn === arn);

describe('executeDeletions', () => {
  it('retries a busy point and deletes it once AWS lets go', async () => {
    sim.sim.addFault({
      operation: 'DeleteRecoveryPoint',
      fail: { count: 2, error: 'InvalidResourceStateException' },
    });
    const [outcome] = await executeDeletions([candidate(points[7]!)], clients, { busyDelayMs: 5 });
    // AWS deletes asynchronously: right after the call the point is DELETING, a pending deletion.
    expect(outcome).toMatchObject({ kind: 'deleted', pending: true });
    expect(exists(points[7]!.arn)).toBe(true);
    sim.sim.advance(60);
    expect(exists(points[7]!.arn)).toBe(false);
  });

  it('reports a point that stays busy as skipped (a later run retries), not as a failure', async () => {
    sim.sim.addFault({
      operation: 'DeleteRecoveryPoint',
      fail: { count: 100, error: 'InvalidResourceStateException' },
    });
    const [outcome] = await executeDeletions([candidate(points[6]!)], clients, {
      busyDelayMs: 5,
      busyRetries: 2,
    });
    expect(outcome).toMatchObject({ kind: 'skipped', why: 'busy' });
    expect(exists(points[6]!.arn)).toBe(true);
  });

  it('re-reads ownership right before deleting and skips a point whose tags no longer match', async () => {
    const [outcome] = await executeDeletions([candidate(points[5]!, 'another-plan')], clients);
    expect(outcome).toMatchObject({ kind: 'skipped', why: 'ownership-changed' });
    expect(exists(points[5]!.arn)).toBe(true);
  });

  it('turns a refused delete into a failure carrying AWS’s message', async () => {
    sim.sim.addFault({
      operation: 'DeleteRecoveryPoint',
      fail: { count: 1, error: 'AccessDeniedException', message: 'not allowed: backup:DeleteRecoveryPoint' },
    });
    const [outcome] = await executeDeletions([candidate(points[4]!)], clients);
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect((outcome as { message: string }).message).toMatch(
      /AccessDeniedException.*backup:DeleteRecoveryPoint/,
    );
    expect(exists(points[4]!.arn)).toBe(true);
  });

  it('skips a point that is already gone', async () => {
    const c = candidate(points[3]!);
    await executeDeletions([c], clients);
    const [again] = await executeDeletions([c], clients);
    expect(again).toMatchObject({ kind: 'skipped' });
  });

  it('a read that fails for one point fails that point only; the others are still deleted and reported', async () => {
    // The batch's ownership read fails (ListTags of one point), so each point is read on its own.
    sim.sim.addFault({
      operation: 'ListTags',
      resource: points[2]!.arn,
      fail: { count: 10, error: 'AccessDeniedException', message: 'not allowed: backup:ListTags' },
    });
    const outcomes = await executeDeletions([candidate(points[2]!), candidate(points[1]!)], clients);
    expect(outcomes).toHaveLength(2);
    const byArn = new Map(outcomes.map((o) => [o.candidate.point.arn, o]));
    expect(byArn.get(points[2]!.arn)).toMatchObject({ kind: 'failed' });
    expect((byArn.get(points[2]!.arn) as { message: string }).message).toMatch(
      /AccessDeniedException.*backup:ListTags/,
    );
    expect(exists(points[2]!.arn)).toBe(true);
    expect(byArn.get(points[1]!.arn)).toMatchObject({ kind: 'deleted' });
  });

  it('deletes 150 snapshots with 2 GetResources, 2 listings before and 2 after, and no DescribeRecoveryPoint', async () => {
    // Two batches of at most 100 (GetResources reads 100 ARNs a call), oldest first.
    const doomed = snapshots.slice(0, 150);
    sim.sim.resetStats();
    const outcomes = await executeDeletions(
      doomed.map((p) => candidate(p)),
      clients,
    );
    expect(outcomes.filter((o) => o.kind === 'deleted')).toHaveLength(150);
    const { calls } = sim.sim.stats();
    expect(calls).toMatchObject({
      GetResources: 2,
      ListRecoveryPointsByBackupVault: 4,
      DeleteRecoveryPoint: 150,
    });
    expect(calls.DescribeRecoveryPoint ?? 0).toBe(0);
    sim.sim.advance(60);
    for (const p of doomed) expect(exists(p.arn)).toBe(false);
  });

  it('reads a point again on its own when the batch read is older than the bound', async () => {
    const c = candidate(points[0]!);
    let clock = 0;
    sim.sim.resetStats();
    // Every look at the clock is a minute later: the batch's evidence is always stale.
    const [outcome] = await executeDeletions([c], clients, {
      maxEvidenceAgeMs: 30_000,
      now: () => (clock += 60_000),
    });
    expect(outcome).toMatchObject({ kind: 'deleted' });
    // The batch read (ListTags + listing), then the point's own (ListTags + DescribeRecoveryPoint).
    expect(sim.sim.stats().calls).toMatchObject({ ListTags: 2, DescribeRecoveryPoint: 1 });
  });

  it('verifies point by point when the listing after the batch fails', async () => {
    const c = candidate(snapshots[150]!);
    sim.sim.resetStats();
    // The listing before the batch passes; once the delete is sent, listings fail past the SDK's retries.
    const failListingsAfterDelete = {
      run: async <T>(fn: () => Promise<T>) => {
        const done = await fn();
        sim.sim.addFault({
          operation: 'ListRecoveryPointsByBackupVault',
          fail: { count: 10, error: 'AccessDeniedException', message: 'not allowed' },
        });
        return done;
      },
    };
    const [outcome] = await executeDeletions([c], { ...clients, limiter: () => failListingsAfterDelete });
    expect(outcome).toMatchObject({ kind: 'deleted', pending: true });
    expect(sim.sim.stats().calls.DescribeRecoveryPoint).toBe(1);
  });
});
