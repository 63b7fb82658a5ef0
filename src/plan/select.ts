// Which plans a run (backup, prune, …) works on: the folder, optionally narrowed by the `plan` input, which may
// name several ids separated by commas (the reusable workflow groups plans that way when there are
// more than 256, GitHub's matrix limit).
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

export interface SelectedPlans {
  plans: Plan[];
  /** Validation errors of the selected plans and of the folder itself. */
  errors: PlanError[];
  /** Requested ids that name no plan file. */
  missing: string[];
  /** How many problems were found in all, including those the capped `errors` leaves out. */
  errorCount: number;
}

export async function selectPlans(dir: string, filter: string | undefined): Promise<SelectedPlans> {
  const ids = parsePlanFilter(filter);
  // One id: the loader itself reports an unknown id (naming the plans that exist). Several: unknown
  // ids come back in `missing`. Either way only the selected plans are loaded in full.
  return loadPlans(dir, ids ? { only: ids.length === 1 ? ids[0]! : ids } : {});
}
