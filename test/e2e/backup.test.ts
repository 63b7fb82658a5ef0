// `backup` end to end: dist/index.js as a runner runs it, against the simulator, fake OIDC and fake GitHub.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseWorld,
  DR_REGION,
  planYaml,
  startBackupWorld,
  volume,
  type BackupWorld,
} from './backup-helpers.js';
import type { ActionResult } from './harness.js';

const HOUR = 3600;

describe('backup: tagged resources, idempotent reruns, copies, no leaked secrets', () => {
  let w: BackupWorld;
  const outputsSeen: string[] = [];
  let lastRun: ActionResult | undefined;
  beforeAll(async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' }, sizeGiB: 2 },
          { arn: volume('vol-2'), tags: { backup: 'daily' }, sizeGiB: 3 },
          { arn: volume('vol-3'), tags: { backup: 'daily' }, sizeGiB: 1 },
          { arn: volume('vol-4'), tags: { backup: 'daily' }, sizeGiB: 1 },
          { arn: volume('vol-5'), tags: { backup: 'weekly' }, sizeGiB: 1 },
        ],
      }),
    );
    w.writePlan(
      'prod',
      planYaml({
        include: '    - tags: { backup: daily }\n      types: [ec2:volume]',
        exclude: [volume('vol-4')],
        rules: [
          '  daily:',
          '    schedule: "0 3 * * *"',
          '    retain: { days: 35 }',
          '    copyTo:',
          `      - region: ${DR_REGION}`,
          '        vault: production-dr',
          '        retain: { days: 90 }',
        ].join('\n'),
      }),
    );
  });
  afterAll(() => w?.close());

  const record = (
    r: { log: string; stderr: string; summary: string; outputs: Record<string, string>; outputs_?: never },
    report?: unknown,
  ) =>
    outputsSeen.push(r.log, r.stderr, r.summary, JSON.stringify(r.outputs), JSON.stringify(report ?? null));

  it('starts one job per selected resource (3 tagged, 1 excluded)', async () => {
    const r = await w.run();
    record(r, r.reportJson);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('3');
    expect(r.outputs['jobs-existing']).toBe('0');
    expect(r.outputs['failures']).toBe('0');
    expect(w.calls('StartBackupJob')).toBe(3);
    // The simulated clock is months behind real time: the session is still assumed once per run.
    expect(w.calls('AssumeRoleWithWebIdentity')).toBe(1);
    for (const id of ['vol-1', 'vol-2', 'vol-3']) expect(r.summary).toContain(`ec2:volume/${id}`);
    expect(r.summary).not.toMatch(/\| `ec2:volume\/vol-4`/);
    expect(r.summary).not.toContain('vol-5');
    // The jobs carry the ownership tags and the plan's lifecycle.
    const jobs = w.sim.sim.dump().backupJobs as { ResourceArn?: string; resourceArn?: string }[];
    expect(jobs).toHaveLength(3);
    const report = r.reportJson as { plans: { resources: { arn: string; outcome: string }[] }[] };
    expect(report.plans[0]!.resources.map((x) => x.outcome)).toEqual(['started', 'started', 'started']);
  });

  it('a second run starts nothing and counts the jobs in flight as existing', async () => {
    const r = await w.run();
    record(r, r.reportJson);
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('0');
    expect(r.outputs['jobs-existing']).toBe('3');
    expect(w.calls('StartBackupJob')).toBe(3);
    expect(w.calls('AssumeRoleWithWebIdentity')).toBe(2);
  });

  it('once the jobs complete, a run starts 3 copies; the next starts none', async () => {
    await w.advance(HOUR);
    const points = w.sim.sim.dump().recoveryPoints.filter((p) => p.vault.name === 'production');
    expect(points).toHaveLength(3);
    for (const p of points) {
      expect(p.tags['backup-plans:namespace']).toBe('acme/infra');
      expect(p.tags['backup-plans:plan']).toBe('prod');
      expect(p.tags['backup-plans:rules']).toBe('daily');
      expect(p.tags['backup-plans:slot']).toBe('2026-03-10T03:00:00Z');
      expect(p.lifecycle?.DeleteAfterDays).toBe(35);
    }
    const r = await w.run();
    record(r, r.reportJson);
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['copies-started']).toBe('3');
    expect(r.outputs['jobs-started']).toBe('0');
    expect(w.calls('StartCopyJob')).toBe(3);
    const again = await w.run();
    record(again, again.reportJson);
    expect(again.outputs['copies-started']).toBe('0');
    expect(w.calls('StartCopyJob')).toBe(3);
  });

  it('tags the copies once they complete', async () => {
    await w.advance(HOUR);
    const r = await w.run();
    record(r, r.reportJson);
    expect(r.exitCode, r.log).toBe(0);
    const copies = w.sim.sim.dump().recoveryPoints.filter((p) => p.vault.name === 'production-dr');
    expect(copies).toHaveLength(3);
    for (const c of copies) {
      expect(c.tags['backup-plans:namespace']).toBe('acme/infra');
      expect(c.tags['backup-plans:plan']).toBe('prod');
      expect(c.lifecycle?.DeleteAfterDays).toBe(90);
    }
    const report = r.reportJson as { plans: { copies: { outcome: string }[] }[] };
    expect(report.plans[0]!.copies.map((c) => c.outcome)).toEqual(['tagged', 'tagged', 'tagged']);
    expect(r.outputs['copies-started']).toBe('0');
    lastRun = r;
  });

  it('never shows the secret access key', async () => {
    expect(w.secrets.size).toBeGreaterThan(0);
    for (const secret of w.secrets) for (const text of outputsSeen) expect(text.includes(secret)).toBe(false);
  });

  it('writes the JSON report to RUNNER_TEMP', async () => {
    // The run of the test above: another run of the bundle would only cost time.
    expect(lastRun, 'the copy-tagging run above').toBeDefined();
    const r = lastRun!;
    expect(r.outputs.report!.startsWith(r.runnerTemp)).toBe(true);
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).kind).toBe('backup-run');
  });
});
