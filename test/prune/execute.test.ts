// The deletion executor against the simulator over real HTTP (SDK clients, real retry classes):
// busy points are retried and then skipped (never a failure), ownership is re-read before each delete,
// and non-retryable errors are failures with AWS's message.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsClients } from '../../src/aws/clients.js';
import { AdaptiveLimiter } from '../../src/aws/rate-limiter.js';
import { executeDeletions, type Candidate, type ExecClients } from '../../src/prune/execute.js';
import { startSimulator, type SimulatorHandle } from '../../src/simulator/index.js';
import { ACCOUNT, fileSystem, history, REGION, worldPoints, type SeededPoint } from './e2e-world.js';

const credentials = { accessKeyId: 'AKIAPRUNEEXECUTOR001', secretAccessKey: 'test' };
const FS = fileSystem('fs-1');
let sim: SimulatorHandle;
let points: SeededPoint[];
let clients: ExecClients;
const saved = { ...process.env };

beforeAll(async () => {
  points = history(FS, 8, new Date('2026-08-01T03:00:00Z'));
  sim = await startSimulator({
    world: {
      start: '2026-09-01T00:00:00Z',
      accounts: [ACCOUNT],
      vaults: [{ account: ACCOUNT, region: REGION, name: 'production' }],
      resources: [{ arn: FS }],
      recoveryPoints: worldPoints(points),
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
    sim.sim.addFault({
      operation: 'DescribeRecoveryPoint',
      resource: points[2]!.arn,
      fail: {
        count: 10,
        error: 'AccessDeniedException',
        message: 'not allowed: backup:DescribeRecoveryPoint',
      },
    });
    const outcomes = await executeDeletions([candidate(points[2]!), candidate(points[1]!)], clients);
    expect(outcomes).toHaveLength(2);
    const byArn = new Map(outcomes.map((o) => [o.candidate.point.arn, o]));
    expect(byArn.get(points[2]!.arn)).toMatchObject({ kind: 'failed' });
    expect((byArn.get(points[2]!.arn) as { message: string }).message).toMatch(
      /AccessDeniedException.*backup:DescribeRecoveryPoint/,
    );
    expect(exists(points[2]!.arn)).toBe(true);
    expect(byArn.get(points[1]!.arn)).toMatchObject({ kind: 'deleted' });
  });
});
