// `simulate` at scale: 400 simulated days of a daily rule with GFS retention and a 30-day copy, over
// 50 resources (a world of 50 tagged volumes), through simulatePlans — the real backup and prune runs
// against the in-process simulator. Prints the wall-clock time, the runs (ticks) and the API calls;
// issue #13's target is under 60 s on 2 cores. Reported, not asserted.
//
//   npx vitest bench --run bench/simulate.bench.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { selectPlans } from '../src/plan/select.js';
import { simulatePlans } from '../src/simulate/run.js';
import type { World } from '../src/simulator/index.js';

const ACCOUNT = '123456789012';
const RESOURCES = 50;
const DAYS = 400;

const PLAN = `version: 1
namespace: acme/infra
aws:
  account: '${ACCOUNT}'
  region: eu-west-1
  role: arn:aws:iam::${ACCOUNT}:role/backup-plans
  backupRole: arn:aws:iam::${ACCOUNT}:role/AWSBackupDefaultServiceRole
vault: production
resources:
  include:
    - tags: { backup: daily }
rules:
  daily:
    schedule: '0 3 * * *'
    retain:
      keep: { daily: 7, weekly: 4, monthly: 6 }
    copyTo:
      - region: eu-central-1
        vault: production-dr
        retain: { days: 30 }
notify:
  issues: false
`;

const world: World = {
  start: '2026-01-01T03:00:00Z',
  accounts: [ACCOUNT],
  roles: [{ arn: `arn:aws:iam::${ACCOUNT}:role/backup-plans` }],
  vaults: [
    { account: ACCOUNT, region: 'eu-west-1', name: 'production' },
    { account: ACCOUNT, region: 'eu-central-1', name: 'production-dr' },
  ],
  resources: Array.from({ length: RESOURCES }, (_, i) => ({
    arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/vol-${i.toString(16).padStart(17, '0')}`,
    tags: { backup: 'daily' },
    sizeGiB: 10,
  })),
};

describe(`simulate: ${DAYS} days × ${RESOURCES} resources`, () => {
  bench(
    'simulatePlans',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'simulate-bench-'));
      writeFileSync(join(dir, 'prod.yml'), PLAN);
      const { plans } = await selectPlans(dir, undefined);
      const started = performance.now();
      const result = await simulatePlans({ plansDir: dir, plans, days: DAYS, world });
      const seconds = (performance.now() - started) / 1000;
      const calls = Object.values(result.apiCalls).reduce((a, b) => a + b, 0);
      console.log(
        `${DAYS} days × ${RESOURCES} resources: ${seconds.toFixed(1)} s, ${result.ticks} runs, ${calls} API calls ` +
          `(${Math.round(calls / seconds)}/s), ${result.violations.length} violations`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
