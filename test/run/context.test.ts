import { describe, expect, it } from 'vitest';
import type { Host } from '../../src/host/host.js';
import type { Inputs } from '../../src/inputs.js';
import { RunContext } from '../../src/run/context.js';

const inputs = (plans: string, plan?: string): Inputs => ({
  command: 'list',
  plans,
  plan,
  dryRun: false,
  wait: false,
  maxDeletions: 50,
  applyRetentionToExisting: false,
});

function recordingHost(): Host & { errors: unknown[][] } {
  const errors: unknown[][] = [];
  return {
    kind: 'cli',
    errors,
    info: () => {},
    warning: () => {},
    error: (...args) => errors.push(args),
    summary: async () => {},
    setOutput: () => {},
    setSecret: () => {},
  };
}

async function report(plans: string, plan?: string) {
  const host = recordingHost();
  const run = new RunContext('list', inputs(plans, plan), host);
  try {
    const failed = run.reportSelectionErrors(await run.selectPlans());
    return { failed, errors: host.errors };
  } finally {
    run.destroy();
  }
}

describe('RunContext.reportSelectionErrors', () => {
  it('reports nothing for valid plans', async () => {
    expect(await report('backup-plans', 'web,production')).toEqual({ failed: false, errors: [] });
  });

  it('reports each plan file error at its position, and each requested id without a file', async () => {
    const invalid = await report('test/fixtures/plans/unknown-key');
    expect(invalid.failed).toBe(true);
    expect(invalid.errors).toEqual([
      [
        'notfiy: unknown key "notfiy"; did you mean "notify"?',
        expect.objectContaining({ line: 8, column: 1 }),
      ],
      [
        'rules.daily.schedul: unknown key "schedul"; did you mean "schedule"?',
        expect.objectContaining({ line: 14, column: 5 }),
      ],
    ]);
    const missing = await report('backup-plans', 'web,nope');
    expect(missing).toEqual({ failed: true, errors: [['plan "nope" not found in backup-plans']] });
  });
});
