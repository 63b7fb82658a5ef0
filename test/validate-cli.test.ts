// `validate` through the real bundles, as a terminal and a GitHub runner run them.
// (test/global-setup.ts rebuilds dist/ first when it is older than src/.)
import { describe, expect, test } from 'vitest';
import { ROOT, runAction, runCli } from './e2e/harness.js';

const FIXTURES = 'test/fixtures/plans';

describe('CLI: node dist/cli.js validate', () => {
  test('the example plans are valid: exit 0, "2 plans valid" on stdout', async () => {
    const result = await runCli(['validate', '--plans', 'backup-plans'], { cwd: ROOT });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('2 plans valid\n');
    expect(result.exitCode).toBe(0);
  });

  test('an error on line 10 prints path:10:col: message on stderr, exit 1', async () => {
    const result = await runCli(['validate', '--plans', `${FIXTURES}/line10`], { cwd: ROOT });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${FIXTURES}/line10/plan.yml:10:15: resources.include[0].tags.backup-plans:owner: "backup-plans:owner" is reserved: ` +
        'tags starting with "backup-plans:" mark recovery points this tool owns; select by another tag\n',
    );
  });

  test('a missing folder is one clear line, not a stack trace', async () => {
    const result = await runCli(['validate', '--plans', 'no-such-folder'], { cwd: ROOT });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^no-such-folder:1:1: folder not found: no-such-folder; /);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('--plan filters to one plan and names the others when it does not exist', async () => {
    const ok = await runCli(['validate', '--plans', 'backup-plans', '--plan', 'web'], { cwd: ROOT });
    expect(ok.stdout).toBe('1 plan valid\n');
    const missing = await runCli(['validate', '--plans', 'backup-plans', '--plan', 'nope'], { cwd: ROOT });
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('no plan "nope" in backup-plans; plans: production, web');
  });
});

describe('action: node dist/index.js with INPUT_COMMAND=validate', () => {
  test('every error becomes an annotation and a row of the job summary; exit 1', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: { command: 'validate', plans: `${FIXTURES}/many-errors` },
    });
    expect(result.exitCode).toBe(1);
    const lines = [13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46];
    // Raw workflow commands, exactly as the runner reads them.
    for (const line of lines)
      expect(result.stdout).toContain(`::error file=${FIXTURES}/many-errors/plan.yml,line=${line},col=15::`);
    expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(12);
    expect(result.outputs.errors).toBe('12');
    // GitHub shows only 10 annotations per step: the summary lists all 12.
    expect(result.summary).toContain('## Plan validation: 12 errors');
    for (const line of lines)
      expect(result.summary).toContain(`\`${FIXTURES}/many-errors/plan.yml:${line}:15\``);
    expect(result.summary).toContain('rules.r12.schedule: &quot;every day&quot;: expected 5 cron fields');
  });

  test('messages are escaped in the summary', async () => {
    const result = await runAction({
      cwd: ROOT,
      inputs: { command: 'validate', plans: `${FIXTURES}/line10` },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', file: `${FIXTURES}/line10/plan.yml`, line: 10, col: 15 }),
    ]);
    // `[`, `]` and `"` are Markdown/HTML-sensitive: they come out escaped, the row stays one row.
    expect(result.summary).toContain('resources.include\\[0\\].tags.backup-plans:owner');
    expect(result.summary).toContain('&quot;backup-plans:owner&quot;');
  });

  test('valid plans: success line, a table of plans and rules, exit 0', async () => {
    const result = await runAction({ cwd: ROOT, inputs: { command: 'validate', plans: 'backup-plans' } });
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toEqual([]);
    expect(result.log).toContain('2 plans valid');
    expect(result.outputs.errors).toBe('0');
    expect(result.summary).toContain('2 plans valid');
    expect(result.summary).toMatch(
      /\| production \| daily \| `0 3 \* \* \*` Europe\/Berlin \| keep daily 7, weekly 4, monthly 12, yearly 3 \|/,
    );
    expect(result.summary).toContain('| web | monthly |');
  });
});
