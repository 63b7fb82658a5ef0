// Hostile or broken entries in the plans folder: each one disables only itself, with a positioned
// error, and nothing outside the repository is ever read.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8, loadPlans } from '../../src/plan/load.js';

const VALID = readFileSync('test/fixtures/plans/valid/plan.yml', 'utf8');

/** A repository (with .git) holding backup-plans/ with one good plan, and a folder outside it. */
function repository(): { repo: string; plans: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'plans-repo-'));
  const repo = join(base, 'repo');
  const plans = join(repo, 'backup-plans');
  const outside = join(base, 'outside');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(plans);
  mkdirSync(outside);
  writeFileSync(join(plans, 'good.yml'), VALID);
  return { repo, plans, outside };
}

describe('symbolic links', () => {
  test('a dangling link disables only itself, positioned, no bare ENOENT', async () => {
    const { plans } = repository();
    symlinkSync(join(plans, 'gone.yml'), join(plans, 'broken.yml'));
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(loaded.map((p) => p.id)).toEqual(['good']);
    expect(errors).toEqual([
      {
        file: join(plans, 'broken.yml'),
        line: 1,
        column: 1,
        message: expect.stringContaining('dangling symbolic link'),
      },
    ]);
    expect(errors[0]!.message).not.toMatch(/ENOENT/);
  });

  test('a link loop disables only itself', async () => {
    const { plans } = repository();
    symlinkSync(join(plans, 'b.yml'), join(plans, 'a.yml'));
    symlinkSync(join(plans, 'a.yml'), join(plans, 'b.yml'));
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(loaded.map((p) => p.id)).toEqual(['good']);
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([
      [join(plans, 'a.yml'), 1, 1],
      [join(plans, 'b.yml'), 1, 1],
    ]);
    for (const e of errors) expect(e.message).toContain('symbolic link loop');
  });

  test('a link that leaves the repository is refused, and nothing of its target appears', async () => {
    const { plans, outside } = repository();
    const secret = 'sk-SECRET-VALUE-4711';
    writeFileSync(join(outside, 'secret.yml'), `${secret}: 1\naws: ${secret}\n`);
    symlinkSync(join(outside, 'secret.yml'), join(plans, 'leak.yml'));
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(loaded.map((p) => p.id)).toEqual(['good']);
    expect(errors).toEqual([
      {
        file: join(plans, 'leak.yml'),
        line: 1,
        column: 1,
        message: expect.stringContaining('leads outside the repository'),
      },
    ]);
    expect(JSON.stringify(errors)).not.toContain('SECRET');
  });

  test('a link to a folder outside is refused too, and only the job for that id sees it', async () => {
    const { plans, outside } = repository();
    symlinkSync(outside, join(plans, 'elsewhere.yml'));
    const all = await loadPlans(plans);
    expect(all.errors.map((e) => e.message)).toEqual([expect.stringContaining('outside the repository')]);
    const good = await loadPlans(plans, { only: 'good' });
    expect(good.errors).toEqual([]);
    expect(good.plans.map((p) => p.id)).toEqual(['good']);
  });

  test('a link inside the repository is followed', async () => {
    const { repo, plans } = repository();
    mkdirSync(join(repo, 'shared'));
    writeFileSync(
      join(repo, 'shared', 'plan.yml'),
      VALID.replace('tags: { backup: daily }', 'tags: { backup: shared }'),
    );
    symlinkSync(join(repo, 'shared', 'plan.yml'), join(plans, 'linked.yml'));
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(errors).toEqual([]);
    expect(loaded.map((p) => p.id)).toEqual(['good', 'linked']);
  });

  test('without .git, the repository is the plans folder’s parent', async () => {
    const base = mkdtempSync(join(tmpdir(), 'plans-nogit-'));
    const parent = join(base, 'project');
    const plans = join(parent, 'backup-plans');
    mkdirSync(plans, { recursive: true });
    writeFileSync(join(parent, 'inside.yml'), VALID);
    writeFileSync(join(base, 'above.yml'), VALID);
    symlinkSync(join(parent, 'inside.yml'), join(plans, 'inside.yml'));
    symlinkSync(join(base, 'above.yml'), join(plans, 'above.yml'));
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(loaded.map((p) => p.id)).toEqual(['inside']);
    expect(errors.map((e) => [e.file, e.message.includes('outside the repository')])).toEqual([
      [join(plans, 'above.yml'), true],
    ]);
  });
});

describe('encodings', () => {
  test('a Latin-1 file is an error at the first byte that is not UTF-8', async () => {
    const { plans } = repository();
    const text = VALID.replace('tags: { backup: daily }', 'tags: { backup: tägl }');
    writeFileSync(join(plans, 'latin1.yml'), Buffer.from(text, 'latin1'));
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(loaded.map((p) => p.id)).toEqual(['good']);
    const line = text.split('\n').findIndex((l) => l.includes('tägl'));
    const column = text.split('\n')[line]!.indexOf('ä') + 1;
    expect(errors).toEqual([
      {
        file: join(plans, 'latin1.yml'),
        line: line + 1,
        column,
        message: expect.stringContaining('not UTF-8'),
      },
    ]);
  });

  test('UTF-8 with a byte order mark and non-ASCII text is fine', async () => {
    const { plans } = repository();
    const text = `\uFEFF${VALID.replace('tags: { backup: daily }', 'tags: { backup: täglich }')}`;
    writeFileSync(join(plans, 'utf8.yml'), text, 'utf8');
    const { errors, plans: loaded } = await loadPlans(plans);
    expect(errors).toEqual([]);
    expect(loaded.find((p) => p.id === 'utf8')!.resources.include).toEqual([{ tags: { backup: 'täglich' } }]);
  });

  test('firstInvalidUtf8 agrees with a fatal TextDecoder', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const samples = [
      [0x61, 0x62],
      [0xe9],
      [0x61, 0xc3, 0xa9, 0xff],
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xc0, 0xaf], // overlong
      [0xf0, 0x9f, 0x98, 0x80],
      [0xf0, 0x9f, 0x98],
      [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
    ];
    for (const sample of samples) {
      const bytes = Uint8Array.from(sample);
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) === -1, JSON.stringify(sample)).toBe(valid);
    }
  });
});

describe('size', () => {
  test('a file over 1 MiB is refused unread', async () => {
    const { plans } = repository();
    writeFileSync(join(plans, 'huge.yml'), `${VALID}description: "${'x'.repeat(1024 * 1024)}"\n`);
    const { plans: loaded, errors } = await loadPlans(plans);
    expect(loaded.map((p) => p.id)).toEqual(['good']);
    expect(errors).toEqual([
      { file: join(plans, 'huge.yml'), line: 1, column: 1, message: expect.stringContaining('at most') },
    ]);
  });
});
