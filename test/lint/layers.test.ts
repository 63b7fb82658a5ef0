// The layer order of src/ (README: Architecture) is enforced by lint: a sideways or upward import
// fails with a message naming the rule, and the imports the order allows pass. The fixtures are source
// text at paths inside src/, linted through ESLint's Node API with the project's layer rules; the
// project's config is checked to apply those same rules to the real files. (The fixtures are not on
// disk, so the type-aware rules, which need a file in the TypeScript project, are left out for them.)
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.layers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [tseslint.configs.base, ...layers],
});

async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages
    .filter(
      (m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
    )
    .map((m) => m.message);
}

describe('layer order', () => {
  it('fails a sideways import between runs, naming the rule', async () => {
    const problems = await importProblems(
      'src/prune/sideways-fixture.ts',
      "import { runBackup } from '../backup/run.js';\nexport const x = runBackup;\n",
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'src/prune may not import src/backup: runs never import each other; shared code goes to a lower layer (README: Architecture)',
    );
  });

  it('fails upward imports from lower layers', async () => {
    const plan = await importProblems(
      'src/plan/upward-fixture.ts',
      "import { decideDue } from '../schedule/due.js';\nexport const x = decideDue;\n",
    );
    expect(plan).toEqual([expect.stringContaining('src/plan may not import src/schedule')]);
    const time = await importProblems(
      'src/time/upward-fixture.ts',
      "import { applyRetention } from '../retention/engine.js';\nexport const x = applyRetention;\n",
    );
    expect(time).toEqual([expect.stringContaining('src/time may not import src/retention')]);
    const run = await importProblems(
      'src/run/upward-fixture.ts',
      "import { runPrune } from '../prune/run.js';\nexport const x = runPrune;\n",
    );
    expect(run).toEqual([expect.stringContaining('src/run may not import src/prune: the runs sit above')]);
    const cost = await importProblems(
      'src/cost/upward-fixture.ts',
      "import { retentionImpact } from '../review/impact.js';\nexport const x = retentionImpact;\n",
    );
    expect(cost).toEqual([expect.stringContaining('src/cost may not import src/review: the runs sit above')]);
  });

  it('keeps the SDK in src/aws and the simulator out of the product', async () => {
    const sdk = await importProblems(
      'src/backup/sdk-fixture.ts',
      "import { BackupClient } from '@aws-sdk/client-backup';\nexport const x = BackupClient;\n",
    );
    expect(sdk).toEqual([expect.stringContaining('every AWS SDK call lives in src/aws')]);
    const product = await importProblems(
      'src/commands/sim-fixture.ts',
      "import { Simulator } from '../simulator/index.js';\nexport const x = Simulator;\nexport const y = () => import('../simulator/cli.js');\n",
    );
    expect(product).toHaveLength(2);
    expect(product[0]).toContain('the product imports the simulator only from src/cli.ts');
    const simulator = await importProblems(
      'src/simulator/product-fixture.ts',
      "import { DEFAULTS } from '../plan/model.js';\nexport const x = DEFAULTS;\n",
    );
    expect(simulator).toEqual([expect.stringContaining('the simulator imports nothing from the product')]);
  });

  it('lets the runs use the Host port as a type only', async () => {
    expect(
      await importProblems(
        'src/prune/port-fixture.ts',
        "import type { Host } from '../host/host.js';\nexport type X = Host;\n",
      ),
    ).toEqual([]);
    expect(
      await importProblems(
        'src/prune/port-fixture.ts',
        "import { neutraliseWorkflowCommands } from '../host/terminal.js';\nexport const x = neutraliseWorkflowCommands;\n",
      ),
    ).toEqual([expect.stringContaining('src/prune may use src/host only as types')]);
  });

  it('passes the imports the order allows', async () => {
    const allowed = await importProblems(
      'src/backup/allowed-fixture.ts',
      [
        "import { RunContext } from '../run/context.js';",
        "import { latestSlot } from '../time/cron.js';",
        "import { DEFAULTS } from '../plan/model.js';",
        "import { writeStepSummary } from '../github/summary.js';",
        "import { storageOf } from '../cost/storage.js';",
        'export const x = [RunContext, latestSlot, DEFAULTS, writeStepSummary, storageOf];',
        '',
      ].join('\n'),
    );
    expect(allowed).toEqual([]);
    expect(
      await importProblems(
        'src/cli.ts',
        "export const y = () => import('./simulator/cli.js');\nimport { loadCommand } from './commands/registry.js';\nexport const x = loadCommand;\n",
      ),
    ).toEqual([]);
  });

  it('is what the project config applies to src/', async () => {
    const project = new ESLint({ cwd: root });
    for (const file of ['src/prune/run.ts', 'src/plan/cron.ts', 'src/simulator/sts.ts', 'src/cli.ts']) {
      const config = (await project.calculateConfigForFile(`${root}${file}`)) as {
        rules: Record<string, unknown>;
      };
      const expected = (await eslint.calculateConfigForFile(`${root}${file}`)) as {
        rules: Record<string, unknown>;
      };
      expect(config.rules['@typescript-eslint/no-restricted-imports']).toEqual(
        expected.rules['@typescript-eslint/no-restricted-imports'],
      );
      expect(config.rules['@typescript-eslint/no-restricted-imports']).toEqual([2, expect.anything()]);
    }
  });
});
