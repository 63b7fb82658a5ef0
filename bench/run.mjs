// `npm run bench`: runs the benchmarks one file at a time (they measure processes and servers, so they
// must not share the cores with each other), then prints every figure with its goal and writes
// bench/results.md (machine, date, load average, figures, goals met or not).
//
//   npm run bench                              everything below
//   npm run bench -- bench/cold-start.bench.ts one file (results.md is then written for it alone)
//
// bench/simulate-scale.bench.ts (400 simulated days × 50 resources) takes a minute or two of the run's
// ~5 minutes; `npm run bench -- bench/simulate-scale.bench.ts` runs it alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';

const FILES = [
  'bench/cold-start.bench.ts',
  'bench/backup-scale.bench.ts',
  'bench/prune-catalog.bench.ts',
  'bench/retention-cli.bench.ts',
  'bench/retention-input.bench.ts',
  'bench/retention.bench.ts',
  'bench/prune-run.bench.ts',
  'bench/prune-throughput.bench.ts',
  'bench/simulator.bench.ts',
  'bench/naive-cli.bench.ts',
  'bench/simulate-scale.bench.ts',
];

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : FILES;
mkdirSync('.tmp', { recursive: true });
const figuresFile = join('.tmp', `bench-figures-${process.pid}.jsonl`);
rmSync(figuresFile, { force: true });

const started = new Date();
const loadBefore = loadavg();
// The "fast" project only: the config's two test projects would otherwise run every bench twice.
const vitest = spawnSync(
  'npx',
  ['vitest', 'bench', '--run', '--project', 'fast', '--no-file-parallelism', '--maxWorkers=1', ...files],
  {
    stdio: 'inherit',
    // The SDK's notice that future releases need Node 22 says nothing about these figures.
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...process.env,
      BENCH_FIGURES: figuresFile,
    },
  },
);
const loadAfter = loadavg();
const seconds = (Date.now() - started.getTime()) / 1000;

/** @type {{section: string, name: string, value: string, goal?: string, met?: boolean, detail?: string}[]} */
const figures = existsSync(figuresFile)
  ? readFileSync(figuresFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(figuresFile, { force: true });

const escape = (text) => String(text).replace(/\|/g, '\\|');
const verdict = (f) => (f.met === undefined ? '' : f.met ? 'met' : '**not met**');
const sections = [...new Set(figures.map((f) => f.section))];
const cpu = cpus();
const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
const lines = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run.mjs); every figure is measured in the same run as its baseline.',
  '',
  `- Date: ${started.toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${type()} ${release()}`,
  `- Node ${process.version}`,
  `- Load average (1, 5, 15 min): ${load(loadBefore)} before, ${load(loadAfter)} after`,
  `- Duration: ${seconds.toFixed(0)} s for ${files.length} bench files`,
  '',
];
for (const section of sections) {
  lines.push(`## ${section}`, '', '| Figure | Value | Goal | |', '|---|---|---|---|');
  for (const f of figures.filter((x) => x.section === section))
    lines.push(
      `| ${escape(f.name)} | ${escape(f.value)}${f.detail ? `<br><sub>${escape(f.detail)}</sub>` : ''} | ${escape(f.goal ?? '')} | ${verdict(f)} |`,
    );
  lines.push('');
}
const missed = figures.filter((f) => f.met === false);
lines.push(
  missed.length === 0
    ? 'Every goal above is met.'
    : `Goals not met: ${missed.map((f) => `${f.name} (${f.value}, goal ${f.goal})`).join('; ')}.`,
  '',
);
if (vitest.status !== 0) lines.push(`vitest exited with ${vitest.status}: some figures may be missing.`, '');
writeFileSync(join('bench', 'results.md'), lines.join('\n'));

const width = Math.max(...figures.map((f) => f.name.length), 10);
console.log(
  `\nbenchmark figures (${seconds.toFixed(0)} s, load average ${load(loadBefore)} → ${load(loadAfter)}):`,
);
for (const section of sections) {
  console.log(`\n${section}`);
  for (const f of figures.filter((x) => x.section === section))
    console.log(
      `  ${f.name.padEnd(width)}  ${f.value}${f.goal ? `   goal ${f.goal}: ${f.met ? 'met' : 'NOT met'}` : ''}`,
    );
}
console.log('\nwritten: bench/results.md');
process.exitCode = vitest.status ?? 1;
