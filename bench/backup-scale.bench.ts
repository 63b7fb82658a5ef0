// A backup run at scale (issue 12 items 2 and 4), the shipped action (`node dist/index.js`) against the
// simulator like a runner: N volumes under one plan with a daily and a monthly rule.
// - 1,000 resources: AWS calls per resource of the due run (a job per volume) and of the steady run
//   after it (every slot satisfied). Goals ≤ 1.3 and ≤ 0.3 (test/e2e/backup-cost asserts them too).
// - 1,000 / 5,000 / 10,000 resources: wall time of the due run and the child's peak RSS. The
//   baseline is the same run at 1,000 resources: time per resource at 10,000 over time per resource
//   at 1,000 shows whether the run is linear (≈ 1) or worse. Goal: peak RSS < 300 MiB.
//
//   npx vitest bench --run bench/backup-scale.bench.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { baseWorld, planYaml, startBackupWorld, volume } from '../test/e2e/backup-helpers.js';
import { runAction } from '../test/e2e/harness.js';
import { recordFigure } from './figures.js';
import { PROBE_IMPORT } from './processes.js';
import { ensureBundle } from './simulator-process.js';

const SIZES = [1_000, 5_000, 10_000];
const MEMORY_GOAL_MIB = 300;

const PLAN = planYaml({
  include: '    - tags: { backup: daily }',
  rules: [
    '  daily:',
    '    schedule: "0 3 * * *"',
    '    retain: { days: 35 }',
    '  monthly:',
    '    schedule: "0 3 1 * *"',
    '    retain: { days: 365 }',
  ].join('\n'),
});

interface RunFigures {
  seconds: number;
  maxRssMiB: number;
  calls: number;
}

async function scale(
  resources: number,
  steadyToo: boolean,
): Promise<{ due: RunFigures; steady?: RunFigures }> {
  const w = await startBackupWorld(
    baseWorld('2026-03-10T03:20:00Z', {
      resources: Array.from({ length: resources }, (_, i) => ({
        arn: volume(`vol-${String(i).padStart(6, '0')}`),
        tags: { backup: 'daily' },
      })),
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'backup-scale-'));
  try {
    w.writePlan('prod', PLAN);
    const once = async (label: string): Promise<RunFigures> => {
      const probe = join(dir, `${label}.jsonl`);
      w.sim.sim.resetStats();
      const started = performance.now();
      // runAction itself rather than w.run: 10,000 resources on a loaded machine outlast its 2 minutes.
      const result = await runAction({
        inputs: { command: 'backup' },
        sim: w.sim,
        github: w.github,
        cwd: w.workspace,
        env: { NODE_OPTIONS: PROBE_IMPORT, BENCH_PROBE_OUT: probe },
        timeoutMs: 15 * 60_000,
      });
      const seconds = (performance.now() - started) / 1000;
      if (result.exitCode !== 0)
        throw new Error(`${label} run at ${resources}: exit ${result.exitCode}\n${result.log}`);
      const { maxRssKiB } = JSON.parse(readFileSync(probe, 'utf8').trim()) as { maxRssKiB: number };
      const calls = Object.values(w.sim.sim.stats().calls).reduce((a, b) => a + b, 0);
      return { seconds, maxRssMiB: maxRssKiB / 1024, calls };
    };
    const due = await once('due');
    if (!steadyToo) return { due };
    await w.advance(2 * 3600);
    return { due, steady: await once('steady') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await w.close();
  }
}

async function scenario(): Promise<void> {
  ensureBundle();
  const lines = ['backup at scale (action against the simulator; one plan, daily + monthly rule)'];
  let perResourceAt1k = NaN;
  for (const size of SIZES) {
    const { due, steady } = await scale(size, size === SIZES[0]);
    const perResource = (due.seconds * 1000) / size;
    if (size === SIZES[0]) perResourceAt1k = perResource;
    const linearity = perResource / perResourceAt1k;
    lines.push(
      `  ${size.toLocaleString('en').padStart(6)} resources: due run ${due.seconds.toFixed(1)} s ` +
        `(${perResource.toFixed(2)} ms/resource, ${linearity.toFixed(2)}× the 1,000 run's), peak RSS ${due.maxRssMiB.toFixed(0)} MiB, ` +
        `${(due.calls / size).toFixed(2)} calls/resource`,
    );
    recordFigure({
      section: 'Backup at scale (action vs simulator)',
      name: `${size.toLocaleString('en')} resources: due run wall time`,
      value: `${due.seconds.toFixed(1)} s (${perResource.toFixed(2)} ms/resource, ${linearity.toFixed(2)}× per resource vs 1,000)`,
      ...(size === SIZES[0] ? {} : { goal: 'linear (≤ 1.5× per resource)', met: linearity <= 1.5 }),
    });
    recordFigure({
      section: 'Backup at scale (action vs simulator)',
      name: `${size.toLocaleString('en')} resources: peak RSS of the action`,
      value: `${due.maxRssMiB.toFixed(0)} MiB`,
      goal: `< ${MEMORY_GOAL_MIB} MiB`,
      met: due.maxRssMiB < MEMORY_GOAL_MIB,
    });
    if (steady) {
      lines.push(
        `         steady run ${steady.seconds.toFixed(1)} s, ${(steady.calls / size).toFixed(3)} calls/resource, peak RSS ${steady.maxRssMiB.toFixed(0)} MiB`,
      );
      for (const [name, run, goal] of [
        ['due run (a job per resource)', due, 1.3],
        ['steady run (nothing due)', steady, 0.3],
      ] as const) {
        const perRes = run.calls / size;
        recordFigure({
          section: 'AWS calls per resource (1,000 resources, daily + monthly rule)',
          name,
          value: `${perRes.toFixed(3)} calls/resource`,
          goal: `≤ ${goal}`,
          met: perRes <= goal,
          detail: `${run.calls} calls`,
        });
      }
    }
  }
  console.log(lines.join('\n'));
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
/** tinybench calls a task extra times to detect async; the scenario measures itself, so run it once. */
function onlyOnce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}

describe('backup at scale', () => {
  bench('1,000 / 5,000 / 10,000 resources', onlyOnce(scenario), once);
});
