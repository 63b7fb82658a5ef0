// The validation-cost cases, run at a given folder size by cost.test.ts (200 plans, fast project) and
// cost-scale.test.ts (1,000, slow set). Each file mocks cron.js and yaml-source.js itself (vi.mock is
// per test file) and hands in the freshly imported, mocked modules.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { loadPlans as LoadPlans } from '../../src/plan/load.js';
import type { minimumGap as MinimumGap } from '../../src/time/cron.js';
import type { parseYaml as ParseYaml } from '../../src/plan/yaml-source.js';

export interface CostModules {
  loadPlans: typeof LoadPlans;
  minimumGap: typeof MinimumGap;
  parseYaml: typeof ParseYaml;
}

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

export function costSuite(count: number, { loadPlans, minimumGap, parseYaml }: CostModules): void {
  const n = count.toLocaleString('en-US');
  const middle = `p${Math.floor(count / 2)}`;
  beforeEach(() => {
    vi.mocked(minimumGap).mockClear();
    vi.mocked(parseYaml).mockClear();
  });

  describe('validation cost', () => {
    test(`${n} daily plans: valid, and not one year scan (the wall-clock spacing settles it)`, async () => {
      const dir = folder(count);
      const { plans, errors } = await loadPlans(dir);
      expect(errors).toEqual([]);
      expect(plans).toHaveLength(count);
      expect(vi.mocked(minimumGap)).not.toHaveBeenCalled();
      expect(vi.mocked(parseYaml)).toHaveBeenCalledTimes(count);
    });

    test(`${n} hourly plans in one zone: the year is scanned once, not per rule`, async () => {
      const dir = folder(count, "'0 * * * *'");
      const { plans, errors } = await loadPlans(dir);
      expect(errors).toEqual([]);
      expect(plans).toHaveLength(count);
      expect(vi.mocked(minimumGap).mock.calls.length).toBeLessThanOrEqual(1);
    });

    test('a job for one plan parses that plan and only the files that contain one of its ARNs', async () => {
      const dir = folder(count);
      // Another plan naming the same database: the one file that must be read to find it.
      writeFileSync(
        join(dir, 'zz-dup.yml'),
        PRODUCTION.replace('db:orders', `db:orders-${Math.floor(count / 2)}`),
      );
      const { plans, errors } = await loadPlans(dir, { only: [middle] });
      expect(plans).toEqual([]);
      expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([[join(dir, `${middle}.yml`), 14, 7]]);
      expect(errors[0]!.message).toContain(`is also in ${join(dir, 'zz-dup.yml')}`);
      expect(vi.mocked(parseYaml).mock.calls.map(([, file]) => file)).toEqual([
        join(dir, `${middle}.yml`),
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
}
