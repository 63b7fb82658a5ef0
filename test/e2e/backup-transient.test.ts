// Issue 11 item 4: a few seconds of AWS 5xx at plan start must not fail the plan nor open an issue.
// Transient errors are retried within a budget of tens of seconds (src/aws/retry.ts; the budget's
// end and its jitter are proven in test/aws/retry.test.ts with a simulated sleep). Issue 10 item 6:
// STS failing to reach GitHub's identity provider for a moment is retried with a fresh ID token.
import { afterEach, describe, expect, it } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';

let w: BackupWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const dailyRule = '  daily:\n    schedule: "0 3 * * *"\n    retain: { days: 35 }';

describe('backup: transient AWS errors at plan start', () => {
  it.each([
    ['DescribeBackupVault', 'ServiceUnavailableException'],
    ['GetResources', 'InternalServiceException'],
  ])('%s answering %s six times in a row: retried, the plan runs, no issue', async (operation, error) => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule }));
    // Six failures outlast five attempts (the SDK-style cap this replaced); the retry budget rides
    // them out in well under its tens of seconds.
    w.sim.sim.addFault({ operation, fail: { count: 6, error } });
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['failures']).toBe('0');
    expect(r.outputs['jobs-started']).toBe('1');
    expect(w.sim.sim.stats().errors[operation]).toBe(6);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(w.github.state.issues).toHaveLength(0);
  });
});

describe('STS transient failures (AssumeRoleWithWebIdentity IDPCommunicationError)', () => {
  it('one IDPCommunicationError on AssumeRoleWithWebIdentity still ends in a successful run', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', { resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' } }] }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: '  daily:\n    schedule: "0 3 * * *"\n    retain: { days: 35 }',
      }),
    );
    w.sim.sim.addFault({
      operation: 'AssumeRoleWithWebIdentity',
      fail: { count: 1, error: 'IDPCommunicationError' },
    });
    const r = await w.run();
    expect(r.exitCode, r.stderr + r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('1');
    expect(r.outputs['failures']).toBe('0');
    const stats = w.sim.sim.stats();
    expect(stats.errors.AssumeRoleWithWebIdentity).toBe(1);
    // The failed attempt and the one that worked, each with its own ID token from the runner.
    expect(stats.calls.AssumeRoleWithWebIdentity).toBe(2);
    expect(w.github.oidc.issued.length).toBeGreaterThanOrEqual(2);
    expect(w.github.state.issues).toHaveLength(0);
  });
});
