// The naive alternative to `backup-plans prune` (issue 12 item 6): a shell loop running
// `aws backup delete-recovery-point`, one process per point. Both against the same simulator, in the
// same run: the AWS CLI (Debian's awscli at /usr/bin/aws, else `aws` on PATH) deletes 20 points and is
// extrapolated to 500; the action's prune then deletes 500 points (listing, ownership proof, live tag
// re-read, describe, delete, verify). The figure is the wall-time ratio, loop / prune.
//
//   npx vitest bench --run bench/naive-cli.bench.ts
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bench, describe } from 'vitest';
import {
  baseWorld,
  expectedRemovals,
  fileSystem,
  history,
  planYaml,
  REGION,
  startPruneWorld,
} from '../test/prune/e2e-world.js';
import { recordFigure } from './figures.js';
import { ensureBundle } from './simulator-process.js';

const LOOP_POINTS = 20;
const PRUNE_POINTS = 500;
const NEWEST = new Date('2026-09-01T03:00:00Z');
const run = promisify(execFile);

function awsCli(): string | undefined {
  if (existsSync('/usr/bin/aws')) return '/usr/bin/aws';
  try {
    return execFileSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function scenario(): Promise<void> {
  const aws = awsCli();
  if (!aws) {
    console.log('naive CLI loop: no AWS CLI installed (apt-get install awscli); not measured');
    recordFigure({
      section: 'Naive alternative',
      name: '`aws backup delete-recovery-point` per point vs prune, 500 points',
      value: 'not measured (no AWS CLI)',
    });
    return;
  }
  ensureBundle();
  const ids = ['fs-a', 'fs-b', 'fs-c'];
  const points = ids.flatMap((id) => history(fileSystem(id), 250, NEWEST));
  const removals = [...expectedRemovals(points)];
  if (removals.length < LOOP_POINTS + PRUNE_POINTS)
    throw new Error(`only ${removals.length} removable points`);
  const world = await startPruneWorld(
    baseWorld({
      resources: ids.map((id) => ({ arn: fileSystem(id), tags: { backup: 'daily' } })),
      recoveryPoints: points,
    }),
  );
  const home = mkdtempSync(join(tmpdir(), 'naive-cli-'));
  try {
    world.writePlan('prod', planYaml());
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      AWS_ACCESS_KEY_ID: 'AKIDNAIVELOOP0000001',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_DEFAULT_REGION: REGION,
      AWS_PAGER: '',
      AWS_CONFIG_FILE: join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const loopStarted = performance.now();
    for (const arn of removals.slice(0, LOOP_POINTS)) {
      await run(
        aws,
        [
          'backup',
          'delete-recovery-point',
          '--backup-vault-name',
          'production',
          '--recovery-point-arn',
          arn,
          '--endpoint-url',
          world.sim.url,
        ],
        { env, timeout: 120_000 },
      );
    }
    const loopSeconds = (performance.now() - loopStarted) / 1000;
    const perPoint = loopSeconds / LOOP_POINTS;
    world.settleDeletions();

    const pruneStarted = performance.now();
    const result = await world.run({ 'max-deletions': PRUNE_POINTS }, 300_000);
    const pruneSeconds = (performance.now() - pruneStarted) / 1000;
    if (result.exitCode !== 0) throw new Error(`prune: exit ${result.exitCode}\n${result.log}`);
    const deleted = Number(result.outputs.deletions);
    if (deleted !== PRUNE_POINTS) throw new Error(`prune deleted ${deleted}, expected ${PRUNE_POINTS}`);
    const extrapolated = perPoint * PRUNE_POINTS;
    const ratio = extrapolated / pruneSeconds;
    console.log(
      [
        `naive CLI loop (${aws}) vs prune, ${PRUNE_POINTS} points:`,
        `  aws backup delete-recovery-point × ${LOOP_POINTS}: ${loopSeconds.toFixed(1)} s = ${perPoint.toFixed(2)} s/point → ${extrapolated.toFixed(0)} s for ${PRUNE_POINTS}`,
        `  backup-plans prune (action, whole run): ${deleted} deleted in ${pruneSeconds.toFixed(1)} s`,
        `  ratio ${ratio.toFixed(0)}× in prune's favour`,
      ].join('\n'),
    );
    recordFigure({
      section: 'Naive alternative',
      name: `\`aws backup delete-recovery-point\` one process per point vs \`backup-plans prune\`, ${PRUNE_POINTS} points`,
      value: `${ratio.toFixed(0)}× in prune's favour`,
      detail: `loop ${perPoint.toFixed(2)} s/point (${LOOP_POINTS} timed, extrapolated: ${extrapolated.toFixed(0)} s); prune ${pruneSeconds.toFixed(1)} s`,
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
    await world.close();
  }
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
/** tinybench calls a task extra times to detect async; the scenario measures itself, so run it once. */
function onlyOnce(scenario: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= scenario());
}

describe('naive CLI loop vs prune', () => {
  bench('500 deletions', onlyOnce(scenario), once);
});
