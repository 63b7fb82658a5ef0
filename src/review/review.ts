// A review from loaded plans: which plans can be compared, their semantic diff, and the impact of
// the plans that changed. Pure apart from the estimator it is given.
import { basename, extname } from 'node:path';
import type { PlanError } from '../plan/load.js';
import type { Plan } from '../plan/model.js';
import { diffPlans } from './diff.js';
import { compareImpact, type ImpactEstimator } from './impact.js';
import type { Review } from './render.js';
import type { Timelines } from './steady-state.js';

export interface ReviewInput {
  base: { plans: Plan[]; errors: PlanError[] };
  head: { plans: Plan[]; errors: PlanError[] };
  timelines: Timelines;
  estimate: ImpactEstimator;
  defaultNamespace?: string;
  namespaceInput?: string;
}

/** The plan id a file-level error belongs to; undefined for folder-level errors. */
export function planIdOf(error: PlanError): string | undefined {
  const ext = extname(error.file).toLowerCase();
  if (ext !== '.yml' && ext !== '.yaml') return undefined;
  return basename(error.file, extname(error.file));
}

export async function buildReview(input: ReviewInput): Promise<Review> {
  // A plan that does not load on one side would look added or removed: leave it out and say why.
  const skipped = new Map<string, string>();
  for (const e of input.head.errors) {
    const id = planIdOf(e);
    if (id !== undefined) skipped.set(id, 'has validation errors in the head; fix them to see its review');
  }
  for (const e of input.base.errors) {
    const id = planIdOf(e);
    if (id !== undefined && !skipped.has(id))
      skipped.set(id, `did not load at the base (${e.message}); compared as new`);
  }
  const headErrorIds = new Set(input.head.errors.map(planIdOf).filter((id) => id !== undefined));
  const base = input.base.plans.filter((p) => !headErrorIds.has(p.id));
  const head = input.head.plans.filter((p) => !headErrorIds.has(p.id));

  const changes = diffPlans(base, head, {
    timelines: input.timelines,
    ...(input.defaultNamespace !== undefined ? { defaultNamespace: input.defaultNamespace } : {}),
    ...(input.namespaceInput !== undefined ? { namespaceInput: input.namespaceInput } : {}),
  });
  const changed = new Set(changes.map((c) => c.plan));
  const [before, after] = await Promise.all([
    input.estimate(base.filter((p) => changed.has(p.id))),
    input.estimate(head.filter((p) => changed.has(p.id))),
  ]);
  return {
    changes,
    impact: compareImpact(before, after, changed),
    errors: input.head.errors,
    skipped: [...skipped]
      .map(([plan, reason]) => ({ plan, reason }))
      .sort((a, b) => (a.plan < b.plan ? -1 : 1)),
  };
}
