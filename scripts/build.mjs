// Bundles the action and the CLI with ncc, reproducibly, as one bundle: src/index.ts, the entry of both.
//
// Commands are dynamic imports (loaded only when chosen), which ncc emits as chunk files `<id>.index.js`
// beside index.js (chunk ids are deterministic: hashes of module paths):
//   dist/index.js + dist/<id>.index.js  the bundle; action.yml's `main` runs dist/index.js
//   dist/cli.js                          the CLI (package.json `bin`): marks the process, imports index.js
//   dist/licenses.txt                    the notices of every module in the bundle, as ncc wrote them
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  renameSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  readdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = 'src/index.ts';
const CHUNK = /^\d+\.index\.js$/;
// Build into a scratch folder and swap it in at the end, so a concurrent reader never sees half a dist/.
mkdirSync('.tmp', { recursive: true });
const dist = mkdtempSync(join('.tmp', 'dist-'));
const out = mkdtempSync(join(tmpdir(), 'ncc-'));
execFileSync('npx', ['ncc', 'build', ENTRY, '-o', out, '--license', 'licenses.txt', '-q'], {
  stdio: 'inherit',
});
const files = readdirSync(out).sort();
const extra = files.filter(
  (f) => !['index.js', 'licenses.txt', 'package.json'].includes(f) && !CHUNK.test(f),
);
if (extra.length > 0) throw new Error(`ncc emitted unexpected files for ${ENTRY}: ${extra.join(', ')}`);
for (const f of files.filter((f) => f === 'index.js' || CHUNK.test(f)))
  writeFileSync(join(dist, f), readFileSync(join(out, f)), { mode: 0o644 });
// One notice file, as ncc wrote it; it covers the chunks too (every module of the build).
const notice = join(out, 'licenses.txt');
writeFileSync(join(dist, 'licenses.txt'), existsSync(notice) ? readFileSync(notice, 'utf8') : '');
rmSync(out, { recursive: true, force: true });
// The CLI's bin: a stable path that marks this process as the CLI's (src/index.ts reads the mark),
// then starts the bundle. A dynamic import, so that the mark is set before the bundle runs.
writeFileSync(
  join(dist, 'cli.js'),
  "#!/usr/bin/env node\nglobalThis[Symbol.for('backup-plans.cli')] = true;\nawait import('./index.js');\n",
  { mode: 0o755 },
);
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
rmSync('dist', { recursive: true, force: true });
renameSync(dist, 'dist');
