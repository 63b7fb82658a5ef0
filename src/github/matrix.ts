// Plans → GitHub Actions matrix entries for the reusable backup workflow. GitHub caps a matrix at 256
// jobs, so with more plans they share jobs. Each entry's `key` names the workflow's concurrency group,
// which serialises the runs of the plans in it; it must therefore stay the same for a plan when other
// plans come and go. Over 256 plans a plan's group is a hash of its id alone, never its position in a
// sorted list (where adding one plan would move every later plan to another group).
import { createHash } from 'node:crypto';

/** GitHub's limit on the jobs one matrix may create. */
export const MATRIX_MAX_JOBS = 256;

export interface MatrixGroup {
  /** Stable concurrency key: `plan-<id>` while every plan has its own job, else `group-<nnn>`. */
  key: string;
  /** Shown in the job's name. */
  name: string;
  /** Comma-separated plan ids, the action's `plan` input. */
  plans: string;
}

/** The bucket of a plan id: the first 32 bits of its SHA-256, modulo the bucket count. */
export function planBucket(id: string, buckets = MATRIX_MAX_JOBS): number {
  return createHash('sha256').update(id, 'utf8').digest().readUInt32BE(0) % buckets;
}

/**
 * One job per plan while there are at most 256 plans; else the plans grouped into at most 256 jobs by
 * `planBucket`. `ids` is every plan of the folder (the grouping depends on the folder, not on a filter),
 * `only` narrows the result to those ids while keeping each one's key.
 */
export function matrixGroups(ids: readonly string[], only?: ReadonlySet<string>): MatrixGroup[] {
  const all = [...new Set(ids)].sort();
  const wanted = (id: string) => !only || only.has(id);
  if (all.length <= MATRIX_MAX_JOBS)
    return all.filter(wanted).map((id) => ({ key: `plan-${id}`, name: id, plans: id }));
  const buckets = new Map<number, string[]>();
  for (const id of all) {
    if (!wanted(id)) continue;
    const bucket = planBucket(id);
    const members = buckets.get(bucket);
    if (members) members.push(id);
    else buckets.set(bucket, [id]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([bucket, members]) => {
      const key = `group-${String(bucket).padStart(3, '0')}`;
      const shown = members.slice(0, 3).join(', ') + (members.length > 3 ? ` +${members.length - 3}` : '');
      return { key, name: `${key} (${shown})`, plans: members.join(',') };
    });
}
