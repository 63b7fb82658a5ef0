// How fast the retention engine decides 100,000 points (hourly points over ~11.4 years) with a
// grandfather-father-son policy, in UTC and in Europe/Berlin, against a baseline in the same process:
// sorting the same points newest first, the least any decision has to do. Run: npm run bench.
//
// vitest prints its own table (wall time); the afterAll hook prints CPU ms per decision and the ratio
// to the baseline, which stays comparable across machines and holds up when other processes share the
// cores (wall time on a loaded 2-core machine mostly measures the scheduler).
import { afterAll, bench, describe } from 'vitest';
import { applyRetention, type KeepPolicy, type RetentionPoint } from '../src/retention/engine.js';
import { recordFigure } from './figures.js';

const COUNT = 100_000;
const POLICY: KeepPolicy = {
  last: 24,
  hourly: 48,
  daily: 14,
  weekly: 8,
  monthly: 24,
  yearly: 10,
  within: '2d',
};

/** Hourly points from 2015 on, in a shuffled (seeded, so repeatable) order: the engine must sort. */
function hourlyPoints(): RetentionPoint[] {
  const start = Date.UTC(2015, 0, 1, 3);
  const points = Array.from({ length: COUNT }, (_, i) => ({
    id: `arn:aws:backup:eu-west-1:123456789012:recovery-point:${String(i).padStart(6, '0')}`,
    created: new Date(start + i * 3_600_000),
  }));
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [points[i], points[j]] = [points[j] as RetentionPoint, points[i] as RetentionPoint];
  }
  return points;
}

const points = hourlyPoints();
const timings = new Map<string, number[]>();
function timed(name: string, fn: () => unknown): () => void {
  return () => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    const list = timings.get(name) ?? [];
    list.push((used.user + used.system) / 1000);
    timings.set(name, list);
  };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
let sink = 0; // keeps results alive so nothing is optimised away

describe(`retention engine, ${COUNT.toLocaleString('en')} points`, () => {
  bench(
    'baseline: sort newest first',
    timed('baseline', () => {
      const sorted = [...points].sort(
        (a, b) => b.created.getTime() - a.created.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      sink += sorted.length;
    }),
    { time: 2000, warmupIterations: 2 },
  );
  bench(
    'applyRetention GFS, UTC',
    timed('UTC', () => {
      sink += applyRetention(points, POLICY).keep.length;
    }),
    { time: 2000, warmupIterations: 2 },
  );
  bench(
    'applyRetention GFS, Europe/Berlin',
    timed('Europe/Berlin', () => {
      sink += applyRetention(points, POLICY, { timezone: 'Europe/Berlin' }).keep.length;
    }),
    { time: 2000, warmupIterations: 2 },
  );
});

// At the top level: vitest's bench mode runs file-level hooks, not describe-level ones.
afterAll(() => {
  const base = median(timings.get('baseline') ?? []);
  const lines = [`retention engine, ${COUNT} points (median of each run; kept-count checksum ${sink})`];
  for (const [name, list] of timings)
    lines.push(
      `  ${name.padEnd(14)} ${median(list).toFixed(1).padStart(7)} ms CPU per decision` +
        (name === 'baseline' ? '' : `   ${(median(list) / base).toFixed(2)}× the baseline sort`),
    );
  console.log(lines.join('\n'));
  const berlin = median(timings.get('Europe/Berlin') ?? []);
  recordFigure({
    section: 'Retention (100,000 points)',
    name: 'engine decision, Europe/Berlin, vs sorting the same points, CPU',
    value: `${(berlin / base).toFixed(2)}×`,
    detail: `${berlin.toFixed(0)} ms vs ${base.toFixed(0)} ms CPU per decision`,
  });
});
