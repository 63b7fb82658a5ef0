// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, reproducibly.
//
// Commands are dynamic imports (loaded only when chosen), which ncc emits as chunk files `<id>.index.js`
// beside each bundle's index.js. Chunk ids are deterministic (hashes of module paths), but the two
// bundles number their chunks independently, so each keeps its own folder:
//   dist/index.js + dist/<id>.index.js        the action (action.yml `main`)
//   dist/cli/index.js + dist/cli/<id>.index.js the CLI, started through dist/cli.js (package.json `bin`)
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

const entries = { index: { src: 'src/index.ts', dir: '.' }, cli: { src: 'src/cli.ts', dir: 'cli' } };
const CHUNK = /^\d+\.index\.js$/;
// Build into a scratch folder and swap it in at the end, so a concurrent reader never sees half a dist/.
mkdirSync('.tmp', { recursive: true });
const dist = mkdtempSync(join('.tmp', 'dist-'));
for (const [name, { src, dir }] of Object.entries(entries)) {
  const out = mkdtempSync(join(tmpdir(), `ncc-${name}-`));
  execFileSync('npx', ['ncc', 'build', src, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
  const files = readdirSync(out).sort();
  const extra = files.filter(
    (f) => !['index.js', 'licenses.txt', 'package.json'].includes(f) && !CHUNK.test(f),
  );
  if (extra.length > 0) throw new Error(`ncc emitted unexpected files for ${src}: ${extra.join(', ')}`);
  const target = join(dist, dir);
  mkdirSync(target, { recursive: true });
  for (const f of files.filter((f) => f === 'index.js' || CHUNK.test(f)))
    writeFileSync(join(target, f), readFileSync(join(out, f)), { mode: 0o644 });
  // One notice file per bundle, as ncc wrote it; it covers the chunks too (every module of the build).
  const notice = join(out, 'licenses.txt');
  writeFileSync(join(dist, `${name}.licenses.txt`), existsSync(notice) ? readFileSync(notice, 'utf8') : '');
  rmSync(out, { recursive: true, force: true });
}
// The CLI's bin: a stable path that starts the CLI bundle (its chunks resolve beside dist/cli/index.js).
writeFileSync(join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n", { mode: 0o755 });
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(dist, 'cli', 'package.json'), '{ "type": "module" }\n');
rmSync('dist', { recursive: true, force: true });
renameSync(dist, 'dist');
