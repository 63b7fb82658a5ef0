// Which plans a run (backup, prune, …) works on: the folder, optionally narrowed by the `plan` input, which may
// name several ids separated by commas (the reusable workflow groups plans that way when there are
// more than 256, GitHub's matrix limit).
import { basename, extname } from 'node:path';
import { loadPlans, type PlanError } from './load.js';
import type { Plan } from './model.js';

export function parsePlanFilter(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
  return ids.length > 0 ? ids : undefined;
}

function planIdOfFile(file: string): string {
  return basename(file, extname(file));
}

export interface SelectedPlans {
  plans: Plan[];
  /** Validation errors of the selected plans and of the folder itself. */
  errors: PlanError[];
  /** Requested ids that name no plan file. */
  missing: string[];
}

export async function selectPlans(dir: string, filter: string | undefined): Promise<SelectedPlans> {
  const ids = parsePlanFilter(filter);
  if (!ids) {
    const { plans, errors } = await loadPlans(dir);
    return { plans, errors, missing: [] };
  }
  if (ids.length === 1) {
    // The loader itself reports an unknown id (naming the plans that exist).
    const { plans, errors } = await loadPlans(dir, { only: ids[0]! });
    return { plans, errors, missing: [] };
  }
  const wanted = new Set(ids);
  const { plans, errors } = await loadPlans(dir);
  const selected = plans.filter((p) => wanted.has(p.id));
  // Keep errors of the wanted files and folder-level ones; other plans are other jobs' business.
  const relevant = errors.filter((e) => e.file === dir || wanted.has(planIdOfFile(e.file)));
  const withErrors = new Set(relevant.map((e) => planIdOfFile(e.file)));
  const found = new Set(selected.map((p) => p.id));
  const missing = ids.filter((id) => !found.has(id) && !withErrors.has(id));
  return { plans: selected, errors: relevant, missing: folderBroken(dir, errors) ? [] : missing };
}

/** The folder itself is missing or unreadable: every id would be "missing", which says nothing new. */
function folderBroken(dir: string, errors: PlanError[]): boolean {
  return errors.some((e) => e.file === dir);
}
