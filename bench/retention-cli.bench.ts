// The retention CLI as a terminal runs it: `node dist/cli.js retention` deciding 100,000 points piped
// to its stdin, in CPU time (user + system of the child) as a ratio to a bare `node -e 0` measured in
// the same rounds. Two floors run on the same stdin, so the figure says how much of it is the CLI's own:
// - I/O floor: read the whole stdin into one buffer and write as many bytes as the CLI writes, both
//   the way the CLI does. No program answering the question does less; on a small VM most of it is
//   fresh memory (page faults).
// - JSON.parse floor: read, JSON.parse, sort by time, print the same one-point-per-line answer.
// Builds dist/ first when it is older than src/.
//
//   npx vitest bench --run bench/retention-cli.bench.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { median, recordFigure } from './figures.js';
import { measureNode, type ProcessCost } from './processes.js';
import { ensureBundle } from './simulator-process.js';

const ROUNDS = 5;
const POINTS = 100_000;
const SECTION = 'Retention (100,000 points)';

/**
 * Read all of stdin the way the CLI does (fd 0, synchronously, into one buffer), then write `BYTES`
 * bytes (the CLI's answer), each byte written once, as the CLI fills its output buffer.
 */
const IO_FLOOR = `const { readSync } = require('node:fs');
let input = Buffer.allocUnsafe(32 * 1024 * 1024), bytes = 0;
for (let n; (n = readSync(0, input, bytes, input.length - bytes, null)) > 0; ) {
  bytes += n;
  if (bytes === input.length) { const grown = Buffer.allocUnsafe(input.length * 2); input.copy(grown); input = grown; }
}
if (bytes === 0) process.exitCode = 1;
process.stdout.write(Buffer.allocUnsafe(Number(process.env.BYTES)).fill(32));`;

/** The plainest whole answer: JSON.parse, a sort, and the CLI's output layout (20 kept points). */
const PARSE_FLOOR = `const chunks = [];
process.stdin.on('data', (d) => chunks.push(d)).on('end', () => {
  const p = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  p.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
  const line = (x, r) => '    {"id": ' + JSON.stringify(x.id) + (r ? ', "reasons": ["daily"]' : '') + '}';
  process.stdout.write('{\\n  "keep": [\\n' + p.slice(0, 20).map((x) => line(x, true)).join(',\\n') +
    '\\n  ],\\n  "remove": [\\n' + p.slice(20).map((x) => line(x)).join(',\\n') + '\\n  ]\\n}\\n');
});`;

/** Hourly points from 2015 on, as AWS-like ARNs, shuffled with a fixed seed (the CLI must sort). */
function retentionInput(): string {
  const start = Date.UTC(2015, 0, 1, 3);
  const points = Array.from({ length: POINTS }, (_, i) => ({
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
  if (cost.exitCode !== 0) throw new Error(`${what} exited ${cost.exitCode}:\n${cost.stderr}`);
  return cost;
}

async function scenario(): Promise<void> {
  ensureBundle();
  const dir = mkdtempSync(join(tmpdir(), 'retention-cli-'));
  const stdinFile = join(dir, 'points.json');
  writeFileSync(stdinFile, retentionInput());
  const cpu = { node: [] as number[], io: [] as number[], parse: [] as number[], cli: [] as number[] };
  let outputBytes = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      cpu.node.push(check('node -e 0', await measureNode(['-e', '0'])).cpuMs);
      const cli = check(
        'retention CLI',
        await measureNode(
          ['dist/cli.js', 'retention', '--keep-daily', '7', '--keep-weekly', '4', '--keep-monthly', '12'],
          { stdinFile },
        ),
      );
      cpu.cli.push(cli.cpuMs);
      outputBytes = Buffer.byteLength(cli.stdout);
      const env = { BYTES: String(outputBytes) };
      cpu.io.push(check('I/O floor', await measureNode(['-e', IO_FLOOR], { stdinFile, env })).cpuMs);
      cpu.parse.push(check('JSON.parse floor', await measureNode(['-e', PARSE_FLOOR], { stdinFile })).cpuMs);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const node = median(cpu.node);
  const ms = { io: median(cpu.io), parse: median(cpu.parse), cli: median(cpu.cli) };
  const ratio = (x: number) => x / node;
  const GOAL = 6;
  const floorNote =
    ratio(ms.io) > GOAL
      ? `; the goal lies below the I/O floor on this machine`
      : `; of it, ${ratio(ms.cli - ms.io).toFixed(2)}× is the CLI's own work above the I/O floor`;
  recordFigure({
    section: SECTION,
    name: 'retention CLI, 100,000 points piped in, CPU vs `node -e 0`',
    value: `${ratio(ms.cli).toFixed(2)}×`,
    goal: `≤ ${GOAL}×`,
    met: ratio(ms.cli) <= GOAL,
    detail: `${ms.cli.toFixed(0)} ms vs ${node.toFixed(0)} ms CPU${floorNote}`,
  });
  recordFigure({
    section: SECTION,
    name: `I/O floor: read the same stdin whole, write the same ${(outputBytes / 1e6).toFixed(1)} MB`,
    value: `${ratio(ms.io).toFixed(2)}×`,
    detail: `${ms.io.toFixed(0)} ms CPU; the CLI is ${(ms.cli / ms.io).toFixed(2)}× this floor`,
  });
  recordFigure({
    section: SECTION,
    name: 'JSON.parse floor: read, `JSON.parse`, sort, print the same lines',
    value: `${ratio(ms.parse).toFixed(2)}×`,
    detail: `${ms.parse.toFixed(0)} ms CPU; the CLI is ${(ms.cli / ms.parse).toFixed(2)}× this floor`,
  });
  console.log(
    [
      `retention CLI, ${POINTS} points (${ROUNDS} paired rounds, median CPU ms of each child)`,
      `  node -e 0          ${node.toFixed(0).padStart(5)} ms`,
      `  I/O floor          ${ms.io.toFixed(0).padStart(5)} ms ${ratio(ms.io).toFixed(2).padStart(6)}×`,
      `  JSON.parse floor   ${ms.parse.toFixed(0).padStart(5)} ms ${ratio(ms.parse).toFixed(2).padStart(6)}×`,
      `  retention CLI      ${ms.cli.toFixed(0).padStart(5)} ms ${ratio(ms.cli).toFixed(2).padStart(6)}×   goal ≤ ${GOAL}×`,
    ].join('\n'),
  );
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
/** tinybench calls a task extra times to detect async; the scenario measures itself, so run it once. */
function onlyOnce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= run());
}

describe('retention CLI, 100,000 points', () => {
  bench('CLI and its floors vs node -e 0', onlyOnce(scenario), once);
});
