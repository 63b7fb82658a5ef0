// Issue 11 item 10 (runtime part): a plan whose selectors match nothing must not succeed silently.
// Each such plan gets one warning annotation, a summary line, and `protectsNothing: true` in the JSON
// report; a plan that protects something in the same run gets none of these. Exit code stays 0: an
// empty selection is not a failure (it may be on purpose while resources are being tagged).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume, type BackupWorld } from './backup-helpers.js';
import type { ActionResult } from './harness.js';

const dailyRule = '  daily:\n    schedule: "0 3 * * *"\n    retain: { days: 35 }';

interface Report {
  plans: { id: string; protectsNothing?: boolean; resources: unknown[] }[];
}

describe('backup: a plan that protects zero resources', () => {
  let w: BackupWorld;
  let r: ActionResult;
  beforeAll(async () => {
    w = await startBackupWorld(
      baseWorld('2026-03-10T03:20:00Z', {
        resources: [
          { arn: volume('vol-1'), tags: { backup: 'daily' } },
          { arn: volume('vol-2'), tags: { team: 'ops' } },
        ],
      }),
    );
    w.writePlan('prod', planYaml({ include: '    - tags: { backup: daily }', rules: dailyRule }));
    // Nothing carries backup=Daily (tag values are case-sensitive).
    w.writePlan('typo', planYaml({ include: '    - tags: { backup: Daily }', rules: dailyRule }));
    // A selector whose one match is excluded again. (A match that carries reserved backup-plans: tags
    // is not "nothing": it fails its plan, issue 10 item 9, tested in backup-scenarios.)
    w.writePlan(
      'gone',
      planYaml({
        include: '    - tags: { team: ops }',
        exclude: [volume('vol-2')],
        rules: dailyRule,
      }),
    );
    r = await w.run();
  });
  afterAll(() => w?.close());

  it('exits 0 and still backs up the plan that selects something', () => {
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['jobs-started']).toBe('1');
  });

  it('one warning annotation per empty plan, naming the plan and its file', () => {
    const warnings = r.annotations.filter(
      (a) => a.level === 'warning' && /protects no resources/.test(a.message),
    );
    expect(warnings.map((a) => a.message.match(/plan (\S+)/)?.[1]).sort()).toEqual(['gone', 'typo']);
    for (const a of warnings) expect(a.message).toMatch(/backup-plans\/(gone|typo)\.yml/);
    expect(warnings.find((a) => a.message.includes('plan typo'))!.message).toContain('backup=Daily');
  });

  it('a summary line per empty plan', () => {
    const lines = r.summary.split('\n').filter((l) => l.includes('protects no resources'));
    expect(lines).toHaveLength(2);
    expect(r.summary).not.toMatch(/Plan `prod`[^#]*protects no resources/);
  });

  it('the JSON report marks exactly the empty plans', () => {
    const report = r.reportJson as Report;
    const byId = Object.fromEntries(report.plans.map((p) => [p.id, p]));
    expect(byId.typo!.protectsNothing).toBe(true);
    expect(byId.gone!.protectsNothing).toBe(true);
    expect(byId.prod!.protectsNothing).toBeUndefined();
    expect(byId.prod!.resources).toHaveLength(1);
  });
});
