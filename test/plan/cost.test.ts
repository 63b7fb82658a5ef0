// Validation cost, asserted as work done rather than time taken (the machines running the tests are
// shared): a folder of 200 plans scans no year of cron firings that the wall-clock spacing already
// settles, repeats no scan, and a job for one plan parses only the files that could name its ARNs.
// cost-scale.test.ts (slow set) runs the same cases over 1,000 plans.
import { afterAll, vi } from 'vitest';
import { costSuite } from './cost-suite.js';

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

costSuite(200, { loadPlans, minimumGap, parseYaml });
