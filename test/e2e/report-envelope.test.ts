// Both commands write the same report envelope, timed on AWS's clock: against the simulator, whose
// clock is months away from the machine's, `startedAt` and `finishedAt` are both simulated time and
// `finishedAt` is never before `startedAt`.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';

const SIMULATED_START = '2026-03-10T03:20:00Z';
const DAY_MS = 86_400_000;

interface Envelope {
  command: string;
  version: number;
  startedAt: string;
  finishedAt: string;
  plans: { id: string }[];
}

describe('report envelope: backup and prune', () => {
  let w: BackupWorld;
  beforeAll(async () => {
    w = await startBackupWorld(
      baseWorld(SIMULATED_START, {
        resources: [{ arn: volume('vol-1'), tags: { backup: 'daily' }, sizeGiB: 1 }],
      }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }\n      types: [ec2:volume]',
        rules: ['  daily:', '    schedule: "0 3 * * *"', '    retain: { keep: { daily: 7 } }'].join('\n'),
      }),
    );
  });
  afterAll(() => w?.close());

  const envelope = (path: string | undefined): Envelope =>
    JSON.parse(readFileSync(path!, 'utf8')) as Envelope;
  const expectTimedOnAwsClock = (report: Envelope) => {
    const started = Date.parse(report.startedAt);
    const finished = Date.parse(report.finishedAt);
    expect(finished).toBeGreaterThanOrEqual(started);
    // Simulated time, not the machine's: within a day of the simulator's clock.
    expect(Math.abs(started - Date.parse(SIMULATED_START))).toBeLessThan(DAY_MS);
    expect(Math.abs(finished - Date.parse(SIMULATED_START))).toBeLessThan(DAY_MS);
  };

  it('backup: {command, version, startedAt ≤ finishedAt, plans}', async () => {
    const r = await w.run();
    expect(r.exitCode, r.log).toBe(0);
    const report = envelope(r.outputs.report);
    expect(report).toMatchObject({ command: 'backup', version: 1 });
    expect(report.plans.map((p) => p.id)).toEqual(['prod']);
    expectTimedOnAwsClock(report);
  });

  it('prune: the same envelope, after the simulated clock moved on', async () => {
    await w.advance(3600);
    const r = await w.run({ command: 'prune' });
    expect(r.exitCode, r.log).toBe(0);
    const report = envelope(r.outputs.report);
    expect(report).toMatchObject({ command: 'prune', version: 1 });
    expect(report.plans.map((p) => p.id)).toEqual(['prod']);
    expectTimedOnAwsClock(report);
  });
});
