// Every output a command sets is declared in action.yml: GitHub drops undeclared outputs of an
// action, so a workflow reading one would silently get an empty string.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('action.yml outputs', () => {
  it('declares every output that src/ sets with setOutput, among them audit failed-controls and drill drills', () => {
    const action = load(readFileSync('action.yml', 'utf8')) as { outputs: Record<string, unknown> };
    const set = new Set<string>();
    for (const file of sourceFiles('src'))
      for (const m of readFileSync(file, 'utf8').matchAll(/setOutput\(\s*'([a-z-]+)'/g)) set.add(m[1]!);
    expect(set).toContain('failed-controls');
    expect(set).toContain('drills');
    expect([...set].filter((name) => !(name in action.outputs))).toEqual([]);
  });
});
