// Documents built to be expensive, shared by limits.test.ts and limits-scale.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID = readFileSync('test/fixtures/plans/valid/plan.yml', 'utf8');

export function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-limits-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Nested anchors, each level referencing the previous one ten times: 10^levels values. */
export function billionLaughs(levels: number): string {
  const lines = ['version: 1', 'x0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `x${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** The shape the attack run used: one rule anchored, with many copies, referenced by many rules. */
export function fanOut(copies: number, rules: number): string {
  const copy = '      - { region: eu-central-1, vault: dr, retain: { days: 35 } }';
  const lines = [
    VALID.replace(/rules:[\s\S]*$/, 'rules:'),
    '  r0: &rule',
    '    schedule: "0 3 * * *"',
    '    retain: { days: 35 }',
    '    copyTo:',
    ...Array<string>(copies).fill(copy),
  ];
  for (let i = 1; i < rules; i++) lines.push(`  r${i}: *rule`);
  return `${lines.join('\n')}\n`;
}
