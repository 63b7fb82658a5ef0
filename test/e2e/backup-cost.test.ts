// Issue 12 item 2: AWS calls per resource. AWS Backup's rate limits are per account and region and
// shared with everything else there, so a run reads state per vault, not per resource. 1,000
// volumes under a plan with a daily and a monthly rule: the first run starts one job per volume
// (due: the StartBackupJob itself plus a few listings), the next one finds every slot satisfied.
import { afterEach, describe, expect, it } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';

const RESOURCES = 1000;
let w: BackupWorld | undefined;

afterEach(async () => {
  await w?.close();
  w = undefined;
});

const totalCalls = (w: BackupWorld) => Object.values(w.sim.sim.stats().calls).reduce((a, b) => a + b, 0);

describe('calls per resource', () => {
  it('a due run costs at most 1.3 calls per resource, a steady run at most 0.3, same decisions', async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: Array.from({ length: RESOURCES }, (_, i) => ({
          arn: volume(`vol-${String(i).padStart(5, '0')}`),
          tags: { backup: 'daily' },
        })),
      }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }',
        rules: [
          '  daily:',
          '    schedule: "0 3 * * *"',
          '    retain: { days: 35 }',
          '  monthly:',
          '    schedule: "0 3 1 * *"',
          '    retain: { days: 365 }',
        ].join('\n'),
      }),
    );

    const due = await w.run();
    expect(due.exitCode, due.log).toBe(0);
    expect(due.outputs['jobs-started']).toBe(String(RESOURCES));
    const dueCalls = totalCalls(w);
    expect(w.calls('StartBackupJob')).toBe(RESOURCES);
    expect(dueCalls / RESOURCES).toBeLessThanOrEqual(1.3);

    await w.advance(2 * 3600);
    w.sim.sim.resetStats();
    const steady = await w.run();
    expect(steady.exitCode, steady.log).toBe(0);
    expect(steady.outputs['jobs-started']).toBe('0');
    expect(steady.outputs['jobs-existing']).toBe(String(RESOURCES));
    expect(w.calls('StartBackupJob')).toBe(0);
    expect(totalCalls(w) / RESOURCES).toBeLessThanOrEqual(0.3);
  });
});
