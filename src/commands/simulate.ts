// `simulate`: run the plans over N simulated days on the built-in AWS simulator (src/simulate/run.ts)
// and show what they would hold and cost: a table in a terminal (progress on stderr when it is a
// TTY), `--json` for machines, the job summary in the action.
import { loadWorldFile } from '../simulator/index.js';
import { loadPriceTable } from '../cost/prices.js';
import { progressBar, renderSimulation } from '../simulate/render.js';
import { simulationJson } from '../simulate/result.js';
import { simulatePlans } from '../simulate/run.js';
import { RunContext } from '../run/context.js';
import type { Command } from './registry.js';

export const DEFAULT_DAYS = 365;

export const simulateCommand: Command = async (inputs, host) => {
  const ctx = new RunContext('simulate', inputs, host);
  ctx.destroy(); // only its plan selection and namespace are used: no AWS here
  const selected = await ctx.selectPlans();
  for (const e of selected.errors) host.error(e.message, { file: e.file, line: e.line, column: e.column });
  for (const id of selected.missing) host.error(`plan "${id}" not found in ${inputs.plans}`);
  if (selected.errors.length > 0 || selected.missing.length > 0 || selected.plans.length === 0) {
    if (selected.plans.length === 0 && selected.errors.length === 0 && selected.missing.length === 0)
      host.error(`no plans in ${inputs.plans}`);
    return 1;
  }
  let namespace: string | undefined;
  try {
    namespace = ctx.namespaceOf(selected.plans[0]!);
  } catch {
    namespace = undefined; // simulate needs no real owner identity
  }
  const tty = host.kind === 'cli' && process.stderr.isTTY;
  const result = await simulatePlans({
    plansDir: inputs.plans,
    ...(inputs.plan ? { plan: inputs.plan } : {}),
    plans: selected.plans,
    days: inputs.days ?? DEFAULT_DAYS,
    ...(inputs.world ? { world: await loadWorldFile(inputs.world) } : {}),
    ...(inputs.prices ? { prices: loadPriceTable(inputs.prices) } : {}),
    ...(namespace ? { namespace } : {}),
    ...(tty ? { onProgress: (f: number) => process.stderr.write(`\r${progressBar(f)}`) } : {}),
  });
  if (tty) process.stderr.write('\n');
  if (inputs.json) process.stdout.write(JSON.stringify(simulationJson(result), null, 2) + '\n');
  else
    await host.summary(
      host.kind === 'action' ? '```\n' + renderSimulation(result) + '\n```' : renderSimulation(result),
    );
  const report = { command: 'simulate', startedAt: result.start, finishedAt: result.end, ...result };
  host.setOutput('report', ctx.writeReport(report));
  host.setOutput('failures', result.violations.length);
  return result.violations.length > 0 ? 1 : 0;
};
