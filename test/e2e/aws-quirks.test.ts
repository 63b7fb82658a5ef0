// The bundled action against answers AWS really gives (issue 10 items 4–6): STS failing to reach
// GitHub's identity provider for a moment, EBS recovery point ARNs without an account that the
// Tagging API names with one, ListRecoveryPointsByResource without a vault name, and copies of our
// points that someone else made into our destination vault.
import { afterEach, describe, expect, it } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';

let w: BackupWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
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
