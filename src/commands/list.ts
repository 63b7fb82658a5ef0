// `list`: every recovery point of the selected plans, in their source vaults and copy destinations,
// with the reasons each is kept. Reads only.
import { createAwsContext, describeAwsError } from '../aws/index.js';
import { readVaultInventory } from '../aws/inventory.js';
import { ServerClock } from '../backup/clock.js';
import { repositoryFromGitOrigin, resolveNamespace } from '../backup/namespace.js';
import { selectPlans } from '../backup/plans.js';
import { planInventory, type LocationContents, type PlanInventory } from '../list/inventory.js';
import { locationLabel, pointLocations, unreachableCopyVaults } from '../plan/locations.js';
import { renderListMarkdown, renderListText } from '../report/list.js';
import type { Command } from './registry.js';

export const listCommand: Command = async (inputs, host) => {
  const selected = await selectPlans(inputs.plans, inputs.plan);
  let failed = false;
  for (const e of selected.errors) {
    host.error(e.message, { file: e.file, line: e.line, column: e.column });
    failed = true;
  }
  for (const id of selected.missing) {
    host.error(`plan "${id}" not found in ${inputs.plans}`);
    failed = true;
  }
  const aws = createAwsContext(host);
  const clock = new ServerClock();
  const inventories: PlanInventory[] = [];
  try {
    for (const plan of selected.plans) {
      const { namespace } = resolveNamespace({
        input: inputs.namespace,
        plan: plan.namespace,
        githubRepository: process.env.GITHUB_REPOSITORY,
        gitOrigin: () => repositoryFromGitOrigin(),
      });
      const contents: LocationContents[] = [];
      const notes = unreachableCopyVaults(plan);
      for (const location of pointLocations(plan)) {
        try {
          const backup = aws.backup(location.role, location.region);
          clock.attach(backup);
          const inventory = await readVaultInventory(
            { backup, tagging: aws.tagging(location.role, location.region) },
            location.vault,
          );
          contents.push({ location, inventory });
        } catch (error) {
          notes.push(`${locationLabel(location)}: ${describeAwsError(error)}`);
          failed = true;
        }
      }
      const inv = planInventory(plan, namespace, contents, clock.now());
      inv.notes.push(...notes);
      inventories.push(inv);
    }
  } catch (error) {
    host.error(`list failed: ${describeAwsError(error)}`);
    return 1;
  } finally {
    aws.destroy();
  }
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
