import { describe, expect, test } from 'vitest';
import { describeRetention, errorSummary, validateCommand } from '../src/commands/validate.js';
import { createTerminalHost } from '../src/host/terminal.js';
import type { Inputs } from '../src/inputs.js';

function sink() {
  let text = '';
  return {
    stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream,
    text: () => text,
  };
}

const inputs = (plans: string, plan?: string): Inputs => ({
  command: 'validate',
  plans,
  plan,
  dryRun: false,
  wait: false,
  maxDeletions: 50,
  applyRetentionToExisting: false,
});

describe('validateCommand in a terminal', () => {
  test('valid: one line on stdout, errors output 0', async () => {
    const out = sink();
    const err = sink();
    const host = createTerminalHost({ stdout: out.stream, stderr: err.stream });
    expect(await validateCommand(inputs('backup-plans'), host)).toBe(0);
    expect(out.text()).toBe('2 plans valid\n');
    expect(err.text()).toBe('');
    expect(host.outputs.get('errors')).toBe('0');
  });

  test('errors: path:line:col lines on stderr, nothing on stdout, exit 1', async () => {
    const out = sink();
    const err = sink();
    const host = createTerminalHost({ stdout: out.stream, stderr: err.stream });
    expect(await validateCommand(inputs('test/fixtures/plans/unknown-key'), host)).toBe(1);
    expect(out.text()).toBe('');
    expect(err.text().split('\n').filter(Boolean)).toEqual([
      'test/fixtures/plans/unknown-key/plan.yml:8:1: notfiy: unknown key "notfiy"; did you mean "notify"?',
      'test/fixtures/plans/unknown-key/plan.yml:14:5: rules.daily.schedul: unknown key "schedul"; did you mean "schedule"?',
    ]);
    expect(host.outputs.get('errors')).toBe('2');
  });

  test('`plan` takes several ids, comma-separated, as the README documents', async () => {
    const run = async (plan: string) => {
      const out = sink();
      const err = sink();
      const host = createTerminalHost({ stdout: out.stream, stderr: err.stream });
      const code = await validateCommand(inputs('backup-plans', plan), host);
      return { code, out: out.text(), err: err.text() };
    };
    expect(await run('web, production')).toEqual({ code: 0, out: '2 plans valid\n', err: '' });
    expect(await run('web,web')).toEqual({ code: 0, out: '1 plan valid\n', err: '' });
    const missing = await run('web,nope,other');
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err).toBe(
      'backup-plans:1:1: no plan "nope" in backup-plans\nbackup-plans:1:1: no plan "other" in backup-plans\n',
    );
  });
});

describe('summaries', () => {
  test('error rows escape Markdown and HTML from file names and messages', () => {
    const markdown = errorSummary([
      { file: 'plans/a|b.yml', line: 3, column: 7, message: 'bad <img src=x> | `tick` *x*\nsecond line' },
    ]);
    const row = markdown.split('\n').find((l) => l.includes('a\\|b.yml'))!;
    expect(row).toBe(
      '| `plans/a\\|b.yml:3:7` | bad &lt;img src=x&gt; \\| \\`tick\\` \\*x\\*<br>second line |',
    );
  });

  test('a capped report still counts every error found', () => {
    const markdown = errorSummary([{ file: 'p.yml', line: 1, column: 1, message: 'x' }], 5000);
    expect(markdown).toContain('## Plan validation: 5,000 errors');
  });

  test('retention descriptions', () => {
    expect(describeRetention({ days: 400, coldAfterDays: 30 })).toBe('400 days, cold after 30 days');
    expect(describeRetention({ keep: { daily: 7, yearly: -1 }, hardLimitDays: 3650 })).toBe(
      'keep daily 7, yearly unlimited, hard limit 3650 days',
    );
  });
});
