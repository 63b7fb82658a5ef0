// One bundle serves the action and the CLI (scripts/build.mjs): dist/index.js runs the action unless
// dist/cli.js, the package's bin, marked the process as the CLI's. These pin that dispatch where a
// wrong guess would hurt: npm starts the bin through a symlink, and the action must never read its
// argv as a CLI command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_ENTRY, CLI_ENTRY, ROOT } from './harness.js';

function node(script: string, args: string[], env: Record<string, string> = {}) {
  const { PATH, HOME, SYSTEMROOT } = process.env;
  return spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...(PATH ? { PATH } : {}),
      ...(HOME ? { HOME } : {}),
      ...(SYSTEMROOT ? { SYSTEMROOT } : {}),
      ...env,
    },
    timeout: 60_000,
  });
}

describe('one bundle, two entries', () => {
  it('the bin started through a symlink, as node_modules/.bin holds it, runs the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bin-'));
    try {
      const link = join(dir, 'backup-plans');
      symlinkSync(CLI_ENTRY, link);
      const help = node(link, ['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: backup-plans <command>/);
      const validate = node(link, ['validate', '--plans', 'backup-plans']);
      expect(validate.status).toBe(0);
      expect(validate.stdout).toContain('2 plans valid');
      expect(validate.stdout).not.toContain('::'); // terminal output, no workflow commands
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dist/index.js runs the action even when its argv reads like a CLI command', () => {
    const result = node(ACTION_ENTRY, ['--help'], { INPUT_COMMAND: 'validate', INPUT_PLANS: 'backup-plans' });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('usage: backup-plans');
    // The action's validate: its result as a step output (a workflow command without GITHUB_OUTPUT).
    expect(result.stdout).toContain('::set-output name=errors::0');
  });
});
