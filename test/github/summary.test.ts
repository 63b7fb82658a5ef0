import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_SUMMARY_LIMIT, composeSummary, writeStepSummary } from '../../src/github/summary.js';

const scratch = () => join(mkdtempSync(join(tmpdir(), 'summary-')), 'step_summary.md');

describe('composeSummary', () => {
  it('puts failed sections first and keeps the order within each group', () => {
    const text = composeSummary([
      { markdown: 'ok 1' },
      { markdown: 'FAIL a', failed: true },
      { markdown: 'ok 2\n' },
      { markdown: 'FAIL b', failed: true },
    ]);
    expect(text).toBe('FAIL a\n\nFAIL b\n\nok 1\n\nok 2');
  });
});

describe('writeStepSummary', () => {
  it('appends small summaries unchanged', async () => {
    const file = scratch();
    writeFileSync(file, 'earlier\n');
    const result = await writeStepSummary('## Backup\n| a | b |', { file });
    expect(result).toEqual({ written: true, trimmed: false, trimmedLines: 0, bytes: 20 });
    expect(readFileSync(file, 'utf8')).toBe('earlier\n## Backup\n| a | b |\n');
  });

  it('keeps the whole file under 1 MiB, counting what is already there, and says where the rest is', async () => {
    const file = scratch();
    writeFileSync(file, 'x'.repeat(300_000) + '\n');
    // ~1.6 MB of rows with multi-byte characters: far over the limit.
    const rows = Array.from({ length: 40_000 }, (_, i) => `| vol-${i} | ✓ COMPLETED — €${i} |`);
    const result = await writeStepSummary(composeSummary([{ markdown: rows.join('\n') }]), {
      file,
      fullReport: '`report.json`',
    });
    expect(result.trimmed).toBe(true);
    const size = statSync(file).size;
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(size).toBeGreaterThan(STEP_SUMMARY_LIMIT - 200); // uses the room it has
    const text = readFileSync(file, 'utf8');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      `_… ${result.trimmedLines} more lines trimmed; the full report is in \`report.json\`._`,
    );
  });

  it('keeps failures when trimming, because they come first', async () => {
    const file = scratch();
    const ok = Array.from({ length: 5000 }, (_, i) => `| ok-${i} | COMPLETED |`).join('\n');
    await writeStepSummary(
      composeSummary([{ markdown: ok }, { markdown: '### Failed\n| vol-9 | AccessDenied |', failed: true }]),
      { file, limit: 10_000 },
    );
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('### Failed\n| vol-9 | AccessDenied |')).toBe(true);
    expect(statSync(file).size).toBeLessThanOrEqual(10_000);
  });

  it('writes nothing when the file is already full', async () => {
    const file = scratch();
    writeFileSync(file, 'x'.repeat(1000));
    expect(await writeStepSummary('more', { file, limit: 1000 })).toMatchObject({ written: false, bytes: 0 });
    expect(statSync(file).size).toBe(1000);
  });

  it('does nothing outside a runner', async () => {
    const saved = process.env.GITHUB_STEP_SUMMARY;
    delete process.env.GITHUB_STEP_SUMMARY;
    try {
      expect(await writeStepSummary('x')).toMatchObject({ written: false });
    } finally {
      if (saved !== undefined) process.env.GITHUB_STEP_SUMMARY = saved;
    }
  });
});
