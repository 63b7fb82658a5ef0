// `list`: every recovery point of the selected plans, in their source vaults and copy destinations,
// with the reasons each is kept. Reads only.
import { readVaultInventory } from '../aws/inventory.js';
import { describeAwsError } from '../aws/retry.js';
import { planInventory, type LocationContents, type PlanInventory } from '../list/inventory.js';
import { locationLabel, pointLocations, unreachableCopyVaults } from '../plan/locations.js';
import { REPORT_VERSION, type ReportEnvelope } from '../report/envelope.js';
import { renderListMarkdown, renderListText } from '../report/list.js';
import { RunContext } from '../run/context.js';
import type { Command } from './registry.js';

export const listCommand: Command = async (inputs, host) => {
  const run = new RunContext('list', inputs, host);
  const selected = await run.selectPlans();
  let failed = run.reportSelectionErrors(selected);
  const inventories: PlanInventory[] = [];
  try {
    for (const plan of selected.plans) {
      const namespace = run.namespaceOf(plan);
      const contents: LocationContents[] = [];
      const notes = unreachableCopyVaults(plan);
      for (const location of pointLocations(plan)) {
        try {
          const inventory = await readVaultInventory(
            {
              backup: run.aws.backup(location.role, location.region),
              tagging: run.aws.tagging(location.role, location.region),
            },
            location.vault,
            location,
          );
          notes.push(...inventory.notes);
          contents.push({ location, inventory });
        } catch (error) {
          notes.push(`${locationLabel(location)}: ${describeAwsError(error)}`);
          failed = true;
        }
      }
      const inv = planInventory(plan, namespace, contents, run.clock.now());
      inv.notes.push(...notes);
      inventories.push(inv);
    }
  } catch (error) {
    host.error(`list failed: ${describeAwsError(error)}`);
    run.destroy();
    return 1;
  }
  run.destroy();
  const envelope: ReportEnvelope<'list', unknown> = {
    command: 'list',
    version: REPORT_VERSION,
    ...run.times(),
    plans: inventories,
  };
  const path = run.writeReport(envelope);
  host.setOutput('report', path);
  if (inputs.json && host.kind === 'cli')
    process.stdout.write(JSON.stringify({ plans: inventories }, null, 2) + '\n');
  else if (host.kind === 'cli') process.stdout.write(renderListText(inventories));
  else await host.summary(renderListMarkdown(inventories));
  host.setOutput(
    'recovery-points',
    inventories.reduce((n, i) => n + i.points.length, 0),
  );
  return failed ? 1 : 0;
};
