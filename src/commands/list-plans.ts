// `list-plans`: the plan ids of the folder as the reusable workflow's matrix. It lists through the
// loader's own listing (`listPlanFiles`), so the workflow runs exactly the plans `validate` checks:
// `.yml`/`.yaml` in any case, dotfiles skipped, folders and other files reported.
import type { Command } from './registry.js';
import { parsePlanFilter } from '../plan/select.js';
import { matrixGroups } from '../github/matrix.js';
import { listPlanFiles } from '../plan/load.js';

export const listPlansCommand: Command = async (inputs, host) => {
  const listing = await listPlanFiles(inputs.plans);
  if ('folderError' in listing) {
    const e = listing.folderError;
    host.error(e.message, { file: e.file, line: e.line, column: e.column });
    return 1;
  }
  // Other entries break `validate`, and every job reports them; they must not stop the plans that work.
  // A broken plan file (a dangling link, say) still gets its job: that job reports it as its plan's failure.
  const notes = [...listing.errors, ...[...listing.fileErrors.values()].flat()];
  for (const e of notes) host.warning(e.message, { file: e.file, line: e.line, column: e.column });

  const ids = [...new Set([...listing.files.map((f) => f.id), ...listing.fileErrors.keys()])].sort();
  const wanted = parsePlanFilter(inputs.plan);
  const missing = (wanted ?? []).filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    host.error(
      `no plan ${missing.map((id) => `"${id}"`).join(', ')} in ${inputs.plans}; plans: ${ids.join(', ')}`,
    );
    return 1;
  }
  const matrix = matrixGroups(ids, wanted ? new Set(wanted) : undefined);
  const selected = matrix.flatMap((g) => g.plans.split(','));
  host.setOutput('matrix', JSON.stringify(matrix));
  host.setOutput('plans', JSON.stringify(selected));
  if (host.kind === 'cli')
    await host.summary(inputs.json ? JSON.stringify({ plans: selected, matrix }) : selected.join('\n'));
  else
    host.info(
      `${selected.length} ${selected.length === 1 ? 'plan' : 'plans'} in ${matrix.length} matrix ${matrix.length === 1 ? 'job' : 'jobs'}`,
    );
  return 0;
};
