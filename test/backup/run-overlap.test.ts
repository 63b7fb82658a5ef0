// A backup run sends the reads that do not depend on one another at once (issue 13: each round trip
// of the run's serial head costs a day of `simulate` its latency): the vault's DescribeBackupVault
// with the selection's GetResources; in a due run, the older backup jobs in flight with the older
// copy jobs in flight and the opt-in; in a copy run, the destinations' DescribeBackupVault with the
// older copy jobs. Failures still report as when the reads went one after the other. Order is
// observed from the requests the clients send and the answers they get, never from timings.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { AwsContext } from '../../src/aws/clients.js';
import { ServerClock } from '../../src/aws/clock.js';
import { OidcCredentialSource } from '../../src/aws/credentials.js';
import { PlanRun } from '../../src/backup/plan-run.js';
import type { FaultSpec } from '../../src/simulator/faults.js';
import { startSimulator } from '../../src/simulator/index.js';
import { ACCOUNT, plan, rule, vol } from './fixtures.js';

const REGION = 'eu-west-1';
const DR = 'eu-central-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-plans`;
const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole`;
const PLAN = plan(
  [
    rule({
      name: 'daily',
      copyTo: [{ account: ACCOUNT, region: DR, vault: 'production-dr', retain: { days: 30 } }],
    }),
  ],
  { namespace: 'acme/infra' },
);

let sim: Awaited<ReturnType<typeof startSimulator>>;
const saved = { ...process.env };

function idToken(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const claims = {
    sub: 'repo:acme/infra:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    iss: 'https://token.actions.githubusercontent.com',
    exp: Math.floor(Date.parse('2030-01-01T00:00:00Z') / 1000),
  };
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2ln`;
}

beforeAll(async () => {
  sim = await startSimulator({
    world: {
      start: '2026-03-10T03:20:00Z',
      accounts: [ACCOUNT],
      roles: [
        { arn: ROLE, trust: { sub: 'repo:acme/infra:*', aud: 'sts.amazonaws.com' } },
        { arn: BACKUP_ROLE },
      ],
      vaults: [
        { account: ACCOUNT, region: REGION, name: 'production' },
        { account: ACCOUNT, region: DR, name: 'production-dr' },
      ],
      resources: [vol('vol-001'), vol('vol-002')].map((arn) => ({
        arn,
        tags: { backup: 'daily' },
        sizeGiB: 1,
      })),
    },
    port: 0,
  });
  for (const service of ['STS', 'BACKUP', 'RESOURCE_GROUPS_TAGGING_API'])
    process.env[`AWS_ENDPOINT_URL_${service}`] = sim.url;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(async () => {
  process.env = { ...saved };
  await sim.close();
});
afterEach(() => sim.sim.clearFaults());

/** A fault added the moment a request matching `when` is sent (before it reaches the simulator). */
interface FaultOnSend {
  when: string;
  fault: FaultSpec;
}

/**
 * One run with its own context whose clients record `send <region> <op>[:<state>]` as each request
 * goes out and `done …` as its answer (or error) comes back.
 */
async function recordedRun(faultsOnSend: FaultOnSend[] = []) {
  const events: string[] = [];
  const ctx = new AwsContext(
    new OidcCredentialSource({
      setSecret: () => {},
      idTokens: { getIdToken: () => Promise.resolve(idToken()) },
      region: REGION,
    }),
  );
  const wrapped = new WeakSet<object>();
  const record = <C extends { send: unknown }>(client: C, region: string): C => {
    if (wrapped.has(client)) return client;
    wrapped.add(client);
    const send = (client.send as (command: object) => Promise<unknown>).bind(client);
    Object.defineProperty(client, 'send', {
      value: async (command: { input?: { ByState?: string } }) => {
        const state = command.input?.ByState;
        const name = `${region} ${command.constructor.name.replace(/Command$/, '')}${state ? `:${state}` : ''}`;
        events.push(`send ${name}`);
        for (let i = faultsOnSend.length - 1; i >= 0; i--)
          if (faultsOnSend[i]!.when === name) sim.sim.addFault(faultsOnSend.splice(i, 1)[0]!.fault);
        try {
          return await send(command);
        } finally {
          events.push(`done ${name}`);
        }
      },
    });
    return client;
  };
  const backup = ctx.backup.bind(ctx);
  const tagging = ctx.tagging.bind(ctx);
  ctx.backup = (role, region, options) => record(backup(role, region, options), region);
  ctx.tagging = (role, region, options) => record(tagging(role, region, options), region);
  const run = new PlanRun(PLAN, {
    ctx,
    clock: new ServerClock(),
    dryRun: false,
    namespace: 'acme/infra',
    log: () => {},
  });
  try {
    if (await run.prepare()) {
      await run.backups();
      await run.copies();
    }
  } finally {
    // As backup/run.ts does: the reads the run started ahead settle before its clients go.
    await run.settled();
    ctx.destroy();
  }
  const at = (event: string) => {
    const i = events.indexOf(event);
    expect(i, `${event} in ${events.join(', ')}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  return { report: run.report, events, at };
}

it('asks for the vault and the selection at once; a vault that cannot be described still reports first', async () => {
  // Slow vault: the selection goes out before it answers.
  sim.sim.addFault({ operation: 'DescribeBackupVault', latencyMs: 150 });
  const slow = await recordedRun();
  expect(slow.at(`send ${REGION} GetResources`)).toBeLessThan(slow.at(`done ${REGION} DescribeBackupVault`));
  expect(slow.report.resources.map((r) => r.outcome)).toEqual(['started', 'started']);
  expect(slow.report.now).toBe('2026-03-10T03:20:00.000Z');
  sim.sim.clearFaults();

  // Both fail: the vault's error is the plan's, as when the selection was asked only after it.
  const deny = (operation: string): FaultSpec => ({
    operation,
    fail: { count: 1, error: 'AccessDeniedException', message: `no ${operation} for you` },
  });
  sim.sim.addFault(deny('DescribeBackupVault'));
  // The selection answers (and fails) only after the vault's failure ended the run: the run still
  // waits for it, so it is not left in flight to be cut off, or to take a later case's fault.
  sim.sim.addFault({ ...deny('GetResources'), latencyMs: 150 });
  const both = await recordedRun();
  expect(both.events.slice(-1)).toEqual([`done ${REGION} GetResources`]);
  expect(both.report.status).toBe('failed');
  expect(both.report.error).toMatch(/DescribeBackupVault.*no DescribeBackupVault for you/);
  expect(both.report.resources).toEqual([]);
  expect(both.report.notes).toEqual([]);
  expect(both.report.now).toBeUndefined();

  // Only the selection fails: its error, with the decision time known.
  sim.sim.addFault(deny('GetResources'));
  const selection = await recordedRun();
  expect(selection.report.status).toBe('failed');
  expect(selection.report.error).toMatch(/GetResources.*no GetResources for you/);
  expect(selection.report.resources).toEqual([]);
  expect(selection.report.now).toBe('2026-03-10T03:20:00.000Z');
});

it('a due run reads the older backup jobs, the older copy jobs and the opt-in at once', async () => {
  sim.sim.advance(24 * 3600);
  const slow = { operation: 'ListBackupJobs', latencyMs: 150 };
  const due = await recordedRun([{ when: `${REGION} ListBackupJobs:CREATED`, fault: slow }]);
  expect(due.report.resources.map((r) => r.outcome)).toEqual(['started', 'started']);
  const answered = Math.min(
    ...['CREATED', 'PENDING', 'RUNNING', 'ABORTING'].map((s) => due.at(`done ${REGION} ListBackupJobs:${s}`)),
  );
  for (const other of ['ListCopyJobs:CREATED', 'ListCopyJobs:RUNNING', 'DescribeRegionSettings'])
    expect(due.at(`send ${REGION} ${other}`), other).toBeLessThan(answered);
});

it("reads the points' ownership tags once the points are listed, while the copy jobs' listing is still out", async () => {
  sim.sim.addFault({ operation: 'ListCopyJobs', latencyMs: 150 });
  const run = await recordedRun();
  const sent = run.events.flatMap((e, i) => (e === `send ${REGION} GetResources` ? [i] : []));
  expect(sent).toHaveLength(2); // the selection, then the points' tags
  expect(sent[1]).toBeLessThan(run.at(`done ${REGION} ListCopyJobs`));
  expect(run.report.resources.map((r) => r.outcome)).toEqual(['existing', 'existing']);
});

it('a due run whose older backup jobs cannot be read decides nothing, as before', async () => {
  sim.sim.advance(24 * 3600);
  const denied: FaultSpec = {
    operation: 'ListBackupJobs',
    fail: { count: 4, error: 'AccessDeniedException', message: 'no older jobs' },
  };
  const due = await recordedRun([{ when: `${REGION} ListBackupJobs:CREATED`, fault: denied }]);
  expect(due.report.resources.map((r) => [r.outcome, r.note])).toEqual([
    ['failed', expect.stringMatching(/no older jobs/)],
    ['failed', expect.stringMatching(/no older jobs/)],
  ]);
  expect(due.events.filter((e) => e.includes('StartBackupJob'))).toEqual([]);
  expect(due.report.notes).toEqual([]);
});

it('a copy run reads the destination vault with the older copy jobs; if those fail, nothing of it is reported', async () => {
  // The next day's jobs start and complete: their points are to be copied.
  sim.sim.advance(24 * 3600);
  expect((await recordedRun()).report.resources.map((r) => r.outcome)).toEqual(['started', 'started']);
  sim.sim.advance(2 * 3600);

  // The older copy jobs fail to read and the destination cannot be described: the copies are not
  // decided, and only the first failure is noted (the destination was not asked, before).
  const denied = (operation: string, count: number): FaultSpec => ({
    operation,
    fail: { count, error: 'AccessDeniedException', message: `no ${operation}` },
  });
  const failing = await recordedRun([
    { when: `${REGION} ListCopyJobs:CREATED`, fault: denied('ListCopyJobs', 2) },
    { when: `${REGION} ListCopyJobs:CREATED`, fault: { ...denied('DescribeBackupVault', 1), region: DR } },
  ]);
  expect(failing.report.copies).toEqual([]);
  expect(failing.report.notes).toEqual([expect.stringMatching(/observing copies.*no ListCopyJobs/)]);
  expect(failing.events.filter((e) => e.includes('StartCopyJob'))).toEqual([]);
  sim.sim.clearFaults();

  const slow = { operation: 'ListCopyJobs', latencyMs: 150 };
  const copying = await recordedRun([{ when: `${REGION} ListCopyJobs:CREATED`, fault: slow }]);
  expect(copying.report.copies.map((c) => c.outcome)).toEqual(['started', 'started']);
  expect(copying.report.notes).toEqual([]);
  const answered = Math.min(
    copying.at(`done ${REGION} ListCopyJobs:CREATED`),
    copying.at(`done ${REGION} ListCopyJobs:RUNNING`),
  );
  expect(copying.at(`send ${DR} DescribeBackupVault`)).toBeLessThan(answered);
});
