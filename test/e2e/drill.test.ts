// drill end to end: `node dist/cli.js drill` against the simulator, one resource (the fast loop's
// drill test). A drill restores the resource's newest point into a temporary resource, waits until
// its own service reports it available, deletes it through that service, and leaves evidence.
// The full four-type drill with audit, and the action's failure path, are in drill-scenarios.test.ts
// (slow: the command polls in real time, seconds per resource).
import { afterEach, describe, expect, it } from 'vitest';
import { cli, DB, setup, type Env } from './drill-helpers.js';

let current: Env | undefined;
afterEach(async () => {
  await current?.sim.close();
  current = undefined;
});

/** A fresh simulator and workspace for one test, closed after it. */
async function start(issues = false): Promise<Env> {
  current = await setup(issues);
  return current;
}

describe('drill (CLI against the simulator)', () => {
  it(
    '--resource drills that one resource now; --dry-run restores nothing',
    { timeout: 120_000 },
    async () => {
      const env = await start();
      const dry = await cli(env, ['drill', '--plan', 'prod', '--resource', DB, '--dry-run']);
      expect(dry.exitCode, dry.stderr).toBe(0);
      expect(env.sim.sim.dump().restoreJobs).toHaveLength(0);
      const one = await cli(env, ['drill', '--plan', 'prod', '--resource', DB]);
      expect(one.exitCode, one.stderr).toBe(0);
      expect(one.stdout).toContain(`OK      ${DB}`);
      expect(env.sim.sim.dump().restoreJobs).toHaveLength(1);
    },
  );
});
