// Dev-only: when `npm run build` fails on another helper's work in progress, this puts a dist/ in
// place whose index.js and cli.js load `tsc`'s output of the current tree (.tmp/prune-js), so e2e
// tests of prune can run. tsc emits even when an unrelated file has type errors. `npm run build`
// replaces it; never commit what this writes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = '.tmp/prune-js';
try {
  execFileSync(
    'npx',
    ['tsc', '-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', out, '--rootDir', '.'],
    {
      stdio: 'inherit',
    },
  );
} catch {
  // type errors elsewhere: the files are emitted anyway
}
mkdirSync('.tmp', { recursive: true });
const dist = mkdtempSync(join('.tmp', 'dist-'));
writeFileSync(join(dist, 'index.js'), `import '../${out}/src/index.js';\n`);
writeFileSync(join(dist, 'cli.js'), `#!/usr/bin/env node\nimport '../${out}/src/cli.js';\n`, { mode: 0o755 });
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
rmSync('dist', { recursive: true, force: true });
renameSync(dist, 'dist');
