// Start cost of the shipped bundles (issue 12 items 1 and 5), each as a ratio to a bare `node -e 0`
// measured in the same rounds (paired, medians): the action's `validate`, the CLI's `validate` and
// `--help`, the action's `backup` up to its first AWS request (runner OIDC token, then STS), and the
// retention CLI deciding 100,000 points from stdin. CPU time (user + system) is the figure; wall
// time is printed beside it. Builds dist/ first when it is older than src/.
//
//   npx vitest bench --run bench/cold-start.bench.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { median, recordFigure } from './figures.js';
import { actionEnv, measureFirstAwsRequest, measureNode, type ProcessCost } from './processes.js';
import { ensureBundle } from './simulator-process.js';

const ROUNDS = 7;
const RETENTION_POINTS = 100_000;
/** The least any program answering the retention CLI's question does: read, parse, sort, write. */
const FLOOR = `let t = ''; process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => (t += d)).on('end', () => {
  const p = JSON.parse(t);
  p.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  process.stdout.write(JSON.stringify({ keep: p.slice(0, 30).map((x) => ({ id: x.id, reasons: ['daily'] })), remove: p.slice(30).map((x) => ({ id: x.id })) }, null, 2));
});`;

/** Hourly points from 2015 on, as AWS-like ARNs, shuffled with a fixed seed (the CLI must sort). */
function retentionInput(): string {
  const start = Date.UTC(2015, 0, 1, 3);
  const points = Array.from({ length: RETENTION_POINTS }, (_, i) => ({
    id: `arn:aws:backup:eu-west-1:123456789012:recovery-point:${String(i).padStart(6, '0')}`,
    created: new Date(start + i * 3_600_000).toISOString(),
  }));
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = points.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [points[i], points[j]] = [points[j]!, points[i]!];
  }
  return JSON.stringify(points);
}

function check(what: string, cost: ProcessCost): ProcessCost {
  if (cost.exitCode !== 0)
    throw new Error(`${what} exited ${cost.exitCode}:\n${cost.stdout}\n${cost.stderr}`);
  return cost;
}

async function scenario(): Promise<void> {
  ensureBundle();
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-'));
  const pointsFile = join(dir, 'points.json');
  writeFileSync(pointsFile, retentionInput());
  const runs = {
    node: { cpu: [] as number[], wall: [] as number[] },
    actionValidate: { cpu: [] as number[], wall: [] as number[] },
    cliValidate: { cpu: [] as number[], wall: [] as number[] },
    cliHelp: { cpu: [] as number[], wall: [] as number[] },
    backupFirstRequest: { cpu: [] as number[], wall: [] as number[] },
    retention: { cpu: [] as number[], wall: [] as number[] },
    retentionFloor: { cpu: [] as number[], wall: [] as number[] },
  };
  const add = (key: keyof typeof runs, cost: { cpuMs: number; wallMs: number }) => {
    runs[key].cpu.push(cost.cpuMs);
    runs[key].wall.push(cost.wallMs);
  };
  let firstRequest = '';
  try {
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
      if (round % 2 === 0) {
        add(
          'retentionFloor',
          check('retention floor', await measureNode(['-e', FLOOR], { stdinFile: pointsFile })),
        );
        add(
          'retention',
          check(
            'retention',
            await measureNode(
              ['dist/cli.js', 'retention', '--keep-daily', '7', '--keep-weekly', '4', '--keep-monthly', '12'],
              { stdinFile: pointsFile },
            ),
          ),
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const base = { cpu: median(runs.node.cpu), wall: median(runs.node.wall) };
  const rows: [keyof typeof runs, string, number | undefined][] = [
    ['node', '`node -e 0` (baseline)', undefined],
    ['actionValidate', 'action `validate`', 2.5],
    ['cliValidate', 'CLI `validate`', undefined],
    ['cliHelp', 'CLI `--help`', undefined],
    ['backupFirstRequest', 'action `backup`, start to its first AWS request', 3.5],
    ['retention', `retention CLI, ${RETENTION_POINTS.toLocaleString('en')} points`, 6],
    ['retentionFloor', 'bare node: read the same stdin, `JSON.parse`, sort, `JSON.stringify`', undefined],
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
  const overFloor = median(runs.retention.cpu) / median(runs.retentionFloor.cpu);
  lines.push(`  retention CLI / bare-node floor: ${overFloor.toFixed(2)}×`);
  recordFigure({
    section: 'Start cost (ratio to `node -e 0`, CPU time)',
    name: 'retention CLI, 100,000 points, vs the bare-node floor above',
    value: `${overFloor.toFixed(2)}×`,
  });
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
