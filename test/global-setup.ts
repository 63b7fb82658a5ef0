// Vitest globalSetup: end-to-end tests run the bundle (dist/), so rebuild it once per test run when
// it is missing or older than any source file, and only when the run includes tests that use it.
// Set E2E_SKIP_BUILD=1 to use dist/ as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// The entry and the CLI's bin; the chunk files beside them are written in the same build.
const BUNDLES = ['dist/index.js', 'dist/cli.js'].map((p) => join(ROOT, p));
const INPUTS = ['src', 'scripts/build.mjs', 'package-lock.json', 'tsconfig.json'];
const LOCK = join(ROOT, '.tmp', 'build.lock');

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((d) => files(join(path, d.name)));
}

function newestInput(): number {
  return Math.max(0, ...INPUTS.flatMap((p) => files(join(ROOT, p))).map((f) => statSync(f).mtimeMs));
}

export function bundleIsStale(): boolean {
  if (!BUNDLES.every(existsSync)) return true;
  const built = Math.min(...BUNDLES.map((b) => statSync(b).mtimeMs));
  return newestInput() > built;
}

/** Test files that drive the bundle: everything under test/e2e/, and files that use the e2e harness
 * (directly or through a helper such as test/prune/e2e-world.ts) or name dist/ directly. */
function bundleTests(): string[] {
  return files(join(ROOT, 'test'))
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => {
      if (relative(ROOT, f).startsWith(join('test', 'e2e'))) return true;
      const text = readFileSync(f, 'utf8');
      return /harness\.js|e2e-world|dist\/(index|cli)\.js|dist\/cli\//.test(text);
    });
}

/** Vitest's positional filters (substrings of test file paths), read from the command line. */
function cliFilters(): string[] {
  const args = process.argv.slice(2);
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === 'run' || arg === 'watch' || arg === 'related') continue;
    if (arg.startsWith('-')) {
      // Options with a separate value; good enough for how the project runs vitest.
      if (
        !arg.includes('=') &&
        ['-t', '--testNamePattern', '--config', '-c', '--project', '--reporter'].includes(arg)
      )
        i++;
      continue;
    }
    filters.push(arg);
  }
  return filters;
}

function runNeedsBundle(): boolean {
  const filters = cliFilters();
  if (filters.length === 0) return true;
  return bundleTests().some((file) => {
    const rel = relative(process.cwd(), file);
    return filters.some((f) => file.includes(f) || rel.includes(f) || rel.includes(f.replace(/^\.\//, '')));
  });
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Several test runs may start at once on a shared checkout: one builds, the others wait for it. */
function withBuildLock(build: () => void) {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 5 * 60_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error(`waited 10 minutes for ${LOCK}; remove it if no build is running`);
      sleep(500);
    }
  }
  try {
    build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1' || !runNeedsBundle() || !bundleIsStale()) return;
  withBuildLock(() => {
    if (!bundleIsStale()) return; // another run built it while we waited
    try {
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    } catch (error) {
      throw new Error(
        `building dist/ for the end-to-end tests failed (${(error as Error).message}); fix the build or set E2E_SKIP_BUILD=1`,
        { cause: error },
      );
    }
  });
}
