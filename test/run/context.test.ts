import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerSecret } from '../../src/aws/redact.js';
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

describe('RunContext reports', () => {
  it('startReport writes the same file as writeReport, redacted, and `written` settles once it is on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'context-report-'));
    registerSecret('AKIASECRETINREPORT01');
    const run = new RunContext('backup', inputs(dir), recordingHost(), { env: { RUNNER_TEMP: dir } });
    try {
      const report = {
        startedAt: '2026-03-10T03:20:00.000Z',
        finishedAt: '2026-03-10T03:21:00.000Z',
        note: 'key AKIASECRETINREPORT01',
      };
      const { path, written } = run.startReport(report);
      expect(path.startsWith(dir)).toBe(true);
      await written;
      const text = readFileSync(path, 'utf8');
      expect(text).not.toContain('AKIASECRETINREPORT01');
      rmSync(path);
      expect(run.writeReport(report)).toBe(path);
      expect(readFileSync(path, 'utf8')).toBe(text);
    } finally {
      run.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reportFile false: startReport makes no file and names none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'context-report-'));
    const run = new RunContext('backup', inputs(dir), recordingHost(), {
      env: { RUNNER_TEMP: dir },
      reportFile: false,
    });
    try {
      const { path, written } = run.startReport({
        startedAt: '2026-03-10T03:20:00.000Z',
        finishedAt: '2026-03-10T03:21:00.000Z',
      });
      await written;
      expect(path).toBe('');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      run.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
