// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, reproducibly.
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

const entries = { index: 'src/index.ts', cli: 'src/cli.ts' };
// Build into a scratch folder and swap it in at the end, so a concurrent reader never sees half a dist/.
mkdirSync('.tmp', { recursive: true });
const dist = mkdtempSync(join('.tmp', 'dist-'));
const licenses = new Map();
for (const [name, entry] of Object.entries(entries)) {
  const out = mkdtempSync(join(tmpdir(), `ncc-${name}-`));
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
  const files = readdirSync(out);
  const extra = files.filter((f) => !['index.js', 'licenses.txt', 'package.json'].includes(f));
  if (extra.length > 0) throw new Error(`ncc emitted unexpected files for ${entry}: ${extra.join(', ')}`);
  let code = readFileSync(join(out, 'index.js'), 'utf8');
  if (name === 'cli' && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(join(dist, `${name}.js`), code, { mode: name === 'cli' ? 0o755 : 0o644 });
  const notice = join(out, 'licenses.txt');
  licenses.set(name, existsSync(notice) ? readFileSync(notice, 'utf8') : '');
  rmSync(out, { recursive: true, force: true });
}
// One notice file per bundle, as ncc wrote them.
for (const [name, text] of licenses) writeFileSync(join(dist, `${name}.licenses.txt`), text);
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
rmSync('dist', { recursive: true, force: true });
renameSync(dist, 'dist');
