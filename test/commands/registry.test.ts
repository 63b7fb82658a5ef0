// Commands load only when chosen (issue 12): the bundled action running `validate` must not read any
// file of the bundle that holds an AWS SDK client, @actions/cache (and its Azure client), octokit, the
// simulator or @actions/core's HTTP client. A module hook in the child records every file Node loads;
// the test reads those files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runAction, runCli } from '../e2e/harness.js';

/** Text that only the heavy dependencies put into a bundle. */
const HEAVY = {
  'AWS SDK': /@aws-sdk\/client-|\bBackupClient\b/,
  '@actions/cache / Azure': /@actions\/cache|@azure\//,
  octokit: /@octokit\//,
  simulator: /\/_sim\//,
  // @actions/core's import loads its OIDC HTTP client; the action writes workflow commands itself.
  '@actions/core HTTP client': /node_modules\/@actions\/http-client\/|node_modules\/undici\//,
};

/** `--import` for node: registers a load hook that appends each loaded file: URL to `log`. */
function traceLoads(): { log: string; nodeOptions: string } {
  const dir = mkdtempSync(join(tmpdir(), 'loads-'));
  const log = join(dir, 'loads.txt');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  return { log, nodeOptions: `--import=${pathToFileURL(register).href}` };
}

function loadedBundleFiles(log: string): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(join(ROOT, 'dist')));
}

function heavyIn(files: string[]): string[] {
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  return Object.entries(HEAVY)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

describe('commands load only what they need', () => {
  it('action validate: no AWS SDK, @actions/cache, octokit or simulator code is loaded', async () => {
    const trace = traceLoads();
    const result = await runAction({
      cwd: ROOT,
      inputs: { command: 'validate', plans: 'backup-plans' },
      env: { NODE_OPTIONS: trace.nodeOptions },
    });
    expect(result.exitCode).toBe(0);
    const files = loadedBundleFiles(trace.log);
    expect(files).toContain(join(ROOT, 'dist/index.js'));
    expect(files.length).toBeGreaterThan(1); // the validate chunk: the hook sees chunk loads
    expect(heavyIn(files)).toEqual([]);
  });

  it('CLI validate and --help: none of them either', async () => {
    for (const args of [['validate', '--plans', 'backup-plans'], ['--help']]) {
      const trace = traceLoads();
      const result = await runCli(args, { cwd: ROOT, env: { NODE_OPTIONS: trace.nodeOptions } });
      expect(result.exitCode).toBe(0);
      const files = loadedBundleFiles(trace.log);
      expect(files).toContain(join(ROOT, 'dist/cli/index.js'));
      expect(heavyIn(files)).toEqual([]);
    }
  });

  it('the check bites: action backup loads the AWS SDK, the CLI simulator loads the simulator', async () => {
    const trace = traceLoads();
    await runAction({
      cwd: ROOT,
      inputs: { command: 'backup', plans: 'no-such-folder' },
      env: { NODE_OPTIONS: trace.nodeOptions },
    });
    expect(heavyIn(loadedBundleFiles(trace.log))).toContain('AWS SDK');
    const sim = traceLoads();
    await runCli(['simulator', '--help'], { cwd: ROOT, env: { NODE_OPTIONS: sim.nodeOptions } });
    expect(heavyIn(loadedBundleFiles(sim.log))).toContain('simulator');
  });
});
