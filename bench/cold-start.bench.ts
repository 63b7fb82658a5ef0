// Start cost of the shipped bundles (issue 12 item 1), each as a ratio to a bare `node -e 0`
// measured in the same rounds (paired, medians): the action's `validate`, the CLI's `validate` and
// `--help`, and the action's `backup` up to its first AWS request (runner OIDC token, then STS). The
// retention CLI with 100,000 points (item 5) is bench/retention-cli.bench.ts. CPU time (user + system)
// is the figure; wall time is printed beside it. Builds dist/ first when it is older than src/.
//
//   npx vitest bench --run bench/cold-start.bench.ts
import { bench, describe } from 'vitest';
import { median, recordFigure } from './figures.js';
import { actionEnv, measureFirstAwsRequest, measureNode, type ProcessCost } from './processes.js';
import { ensureBundle } from './simulator-process.js';

const ROUNDS = 7;
function check(what: string, cost: ProcessCost): ProcessCost {
  if (cost.exitCode !== 0)
    throw new Error(`${what} exited ${cost.exitCode}:\n${cost.stdout}\n${cost.stderr}`);
  return cost;
}

async function scenario(): Promise<void> {
  ensureBundle();
  const runs = {
    node: { cpu: [] as number[], wall: [] as number[] },
    actionValidate: { cpu: [] as number[], wall: [] as number[] },
    cliValidate: { cpu: [] as number[], wall: [] as number[] },
    cliHelp: { cpu: [] as number[], wall: [] as number[] },
    backupFirstRequest: { cpu: [] as number[], wall: [] as number[] },
  };
  const add = (key: keyof typeof runs, cost: { cpuMs: number; wallMs: number }) => {
    runs[key].cpu.push(cost.cpuMs);
    runs[key].wall.push(cost.wallMs);
  };
  let firstRequest = '';
  for (let round = 0; round < ROUNDS; round++) {
    add('node', check('node -e 0', await measureNode(['-e', '0'])));
    add(
      'actionValidate',
      check(
        'action validate',
        await measureNode(['dist/index.js'], {
          env: actionEnv({ command: 'validate', plans: 'backup-plans' }),
        }),
      ),
    );
    add(
      'cliValidate',
      check('cli validate', await measureNode(['dist/cli.js', 'validate', '--plans', 'backup-plans'])),
    );
    add('cliHelp', check('cli --help', await measureNode(['dist/cli.js', '--help'])));
    const first = await measureFirstAwsRequest({ command: 'backup', plans: 'backup-plans' });
    firstRequest = first.request;
    add('backupFirstRequest', first);
  }

  const base = { cpu: median(runs.node.cpu), wall: median(runs.node.wall) };
  const rows: [keyof typeof runs, string, number | undefined][] = [
    ['node', '`node -e 0` (baseline)', undefined],
    ['actionValidate', 'action `validate`', 2.5],
    ['cliValidate', 'CLI `validate`', undefined],
    ['cliHelp', 'CLI `--help`', undefined],
    ['backupFirstRequest', 'action `backup`, start to its first AWS request', 3.5],
  ];
  const lines = [`cold start (${ROUNDS} paired rounds, medians; CPU = user + system of the child)`];
  for (const [key, label, goal] of rows) {
    const cpu = median(runs[key].cpu);
    const wall = median(runs[key].wall);
    const ratio = cpu / base.cpu;
    lines.push(
      `  ${label.padEnd(52)} ${cpu.toFixed(0).padStart(5)} ms CPU ${ratio.toFixed(2).padStart(6)}×` +
        `   wall ${wall.toFixed(0).padStart(5)} ms ${(wall / base.wall).toFixed(2).padStart(6)}×` +
        (goal ? `   goal ≤ ${goal}×: ${ratio <= goal ? 'met' : 'NOT met'}` : ''),
    );
    if (key === 'node') continue;
    recordFigure({
      section: 'Start cost (ratio to `node -e 0`, CPU time)',
      name: label,
      value: `${ratio.toFixed(2)}×`,
      ...(goal ? { goal: `≤ ${goal}×`, met: ratio <= goal } : {}),
      detail: `${cpu.toFixed(0)} ms vs ${base.cpu.toFixed(0)} ms CPU; wall ${(wall / base.wall).toFixed(2)}×`,
    });
  }
  lines.push(`  first AWS request of backup: ${firstRequest}`);
  console.log(lines.join('\n'));
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
/** tinybench calls a task extra times to detect async; the scenario measures itself, so run it once. */
function onlyOnce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}

describe('start cost of the bundles', () => {
  bench('cold starts vs node -e 0', onlyOnce(scenario), once);
});
