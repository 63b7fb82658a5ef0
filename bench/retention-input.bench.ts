// The retention CLI's input path for 100,000 points: the JSON bytes as they arrive on stdin, parsed and
// validated by parsePointsBytes (shape, ids, strict ISO-8601 times) plus the duplicate-id check the
// engine makes (firstRepeatedId, in decideColumns), against a baseline
// in the same process: a plain JSON.parse of the same input plus a sort of the points newest first,
// the least any reader of this input has to do. The baseline is handed the text already decoded
// (the CLI decodes nothing). Goal (issue 12): at most 2× the baseline.
// Run: npm run bench (or npx vitest bench --run bench/retention-input.bench.ts).
//
// vitest prints its own table (wall time); the afterAll hook prints medians of CPU time and the
// ratios, which stay comparable across machines and hold up when other processes share the cores
// (wall time on a loaded 2-core machine mostly measures the scheduler). The full decision (input
// path + decideColumns, as the CLI runs it) is shown for scale.
import { afterAll, bench, describe } from 'vitest';
import { decideColumns, type KeepPolicy } from '../src/retention/engine.js';
import { firstRepeatedId } from '../src/retention/order.js';
import { parsePointsBytes } from '../src/retention/points-json.js';
import { recordFigure } from './figures.js';

const COUNT = 100_000;
const POLICY: KeepPolicy = { daily: 7, weekly: 4, monthly: 12, yearly: 3 };

/** Hourly points from 2015 on as the CLI reads them: AWS-like ARNs, shuffled with a fixed seed. */
function inputText(): string {
  const start = Date.UTC(2015, 0, 1, 3);
  const points = Array.from({ length: COUNT }, (_, i) => ({
    id: `arn:aws:backup:eu-west-1:123456789012:recovery-point:${String(i).padStart(6, '0')}`,
    created: new Date(start + i * 3_600_000).toISOString(),
  }));
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [points[i], points[j]] = [points[j] as (typeof points)[0], points[i] as (typeof points)[0]];
  }
  return JSON.stringify(points);
}

const text = inputText();
const bytes = Buffer.from(text, 'utf8');
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

describe(`retention input, ${COUNT.toLocaleString('en')} points (${(text.length / 1e6).toFixed(1)} MB)`, () => {
  bench(
    'baseline: JSON.parse + sort newest first',
    timed('baseline', () => {
      const points = JSON.parse(text) as { id: string; created: string }[];
      points.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
      sink += points.length;
    }),
    { time: 1000, warmupIterations: 2 },
  );
  bench(
    'parsePointsBytes + duplicate check (parse + validate)',
    timed('input path', () => {
      const { ids } = parsePointsBytes(bytes);
      sink += ids.length + (firstRepeatedId(ids) ? 1 : 0);
    }),
    { time: 1000, warmupIterations: 2 },
  );
  bench(
    'parsePointsBytes + decideColumns',
    timed('whole decision', () => {
      sink += decideColumns(parsePointsBytes(bytes), POLICY).keep.length;
    }),
    { time: 1000, warmupIterations: 2 },
  );
});

// At the top level: vitest's bench mode runs file-level hooks, not describe-level ones.
afterAll(() => {
  const base = median(timings.get('baseline') ?? []);
  const lines = [`retention input, ${COUNT} points (median CPU ms of each run; checksum ${sink})`];
  for (const [name, list] of timings)
    lines.push(
      `  ${name.padEnd(15)} ${median(list).toFixed(1).padStart(7)} ms CPU` +
        (name === 'baseline' ? '' : `   ${(median(list) / base).toFixed(2)}× JSON.parse + sort`),
    );
  console.log(lines.join('\n'));
  const input = median(timings.get('input path') ?? []);
  recordFigure({
    section: 'Retention (100,000 points)',
    name: 'input path (parse + validate) vs `JSON.parse` + sort, CPU',
    value: `${(input / base).toFixed(2)}×`,
    goal: '≤ 2×',
    met: input / base <= 2,
    detail: `${input.toFixed(0)} ms vs ${base.toFixed(0)} ms CPU`,
  });
});
