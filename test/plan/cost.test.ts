// Validation cost, asserted as work done rather than time taken (the machines running the tests are
// shared): a folder of 1,000 plans scans no year of cron firings that the wall-clock spacing already
// settles, repeats no scan, and a job for one plan parses only the files that could name its ARNs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock(import('../../src/time/cron.js'), async (original) => {
  const actual = await original();
  return { ...actual, minimumGap: vi.fn(actual.minimumGap) };
});
vi.mock(import('../../src/plan/yaml-source.js'), async (original) => {
  const actual = await original();
  return { ...actual, parseYaml: vi.fn(actual.parseYaml) };
});

// The fast project shares each worker's module cache between files (isolate: false), so a file run
// earlier may have loaded plan/load.js bound to the real cron.js: import fresh modules, which get the
// mocks, and leave the next file fresh ones without them.
vi.resetModules();
const { loadPlans } = await import('../../src/plan/load.js');
const { minimumGap } = await import('../../src/time/cron.js');
const { parseYaml } = await import('../../src/plan/yaml-source.js');
afterAll(() => {
  vi.doUnmock('../../src/time/cron.js');
  vi.doUnmock('../../src/plan/yaml-source.js');
  vi.resetModules();
});

const PRODUCTION = readFileSync('backup-plans/production.yml', 'utf8');

/** `count` plans like the production example, each with its own explicit ARNs. */
function folder(count: number, schedule = "'0 3 * * *'"): string {
  const dir = mkdtempSync(join(tmpdir(), 'plans-cost-'));
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, `p${i}.yml`),
      PRODUCTION.replace('db:orders', `db:orders-${i}`)
        .replace('vol-0abc', `vol-0abc${i}`)
        .replace("'0 3 * * *'", schedule),
    );
  return dir;
}

beforeEach(() => {
  vi.mocked(minimumGap).mockClear();
  vi.mocked(parseYaml).mockClear();
});

describe('validation cost', () => {
  test('1,000 daily plans: valid, and not one year scan (the wall-clock spacing settles it)', async () => {
    const dir = folder(1000);
    const { plans, errors } = await loadPlans(dir);
    expect(errors).toEqual([]);
    expect(plans).toHaveLength(1000);
    expect(vi.mocked(minimumGap)).not.toHaveBeenCalled();
    expect(vi.mocked(parseYaml)).toHaveBeenCalledTimes(1000);
  });

  test('1,000 hourly plans in one zone: the year is scanned once, not per rule', async () => {
    const dir = folder(1000, "'0 * * * *'");
    const { plans, errors } = await loadPlans(dir);
    expect(errors).toEqual([]);
    expect(plans).toHaveLength(1000);
    expect(vi.mocked(minimumGap).mock.calls.length).toBeLessThanOrEqual(1);
  });

  test('a job for one plan parses that plan and only the files that contain one of its ARNs', async () => {
    const dir = folder(1000);
    // Another plan naming the same database: the one file that must be read to find it.
    writeFileSync(join(dir, 'zz-dup.yml'), PRODUCTION.replace('db:orders', 'db:orders-500'));
    const { plans, errors } = await loadPlans(dir, { only: ['p500'] });
    expect(plans).toEqual([]);
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([[join(dir, 'p500.yml'), 14, 7]]);
    expect(errors[0]!.message).toContain(`is also in ${join(dir, 'zz-dup.yml')}`);
    expect(vi.mocked(parseYaml).mock.calls.map(([, file]) => file)).toEqual([
      join(dir, 'p500.yml'),
      join(dir, 'zz-dup.yml'),
    ]);
  });

  test('a job for one plan is not stopped by another plan that is broken', async () => {
    const dir = folder(3);
    writeFileSync(join(dir, 'broken.yml'), 'version: [\n');
    const { plans, errors } = await loadPlans(dir, { only: ['p1'] });
    expect(errors).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(['p1']);
  });
});
