// What `backup` already knows of recovery points' ownership tags, so that a point whose tags were read
// once is not read again for a backup DECISION (slot satisfaction, copies, whether a copy still lacks
// its tags). In one run a memory map serves the second observation of `wait`; `simulate` hands over
// prune's catalog, so points proven ours by an earlier run are not read again at all.
//
// Never evidence for a deletion: prune re-reads ownership live before each delete (DESIGN
// "Ownership"). A stale entry can only make backup skip or repeat a job, or tag a copy again.
import type { Tags } from '../aws/observed.js';
import { readProvenOwnership } from '../schedule/token.js';

export interface PointTagMemo {
  /** The ownership tags remembered for a point of the vault ("account/region/vault"), if any. */
  known(vault: string, arn: string): Tags | undefined;
  /**
   * Tags just read from AWS (or just put on a copy), final ones only: those of a backup's own point (set when its job
   * started), or of a copy that carries the copy-job marker. A copy without it gets its tags later.
   * Remembered only when they prove ownership (a namespace, plan and rules).
   */
  learn(vault: string, arn: string, tags: Tags | undefined): void;
}

/**
 * "account/region/vault": a vault's key in prune's catalog and in this memo. One definition, because
 * `simulate` hands the catalog to backup as its memo: a key spelled differently would miss every entry.
 */
export function vaultKey(v: { account: string; region: string; vault: string }): string {
  return `${v.account}/${v.region}/${v.vault}`;
}

/** The memo of one run (no catalog at hand): what this run read, for its later observations. */
export class RunTagMemo implements PointTagMemo {
  private readonly tags = new Map<string, Tags>();

  known(vault: string, arn: string): Tags | undefined {
    return this.tags.get(`${vault}\n${arn}`);
  }

  learn(vault: string, arn: string, tags: Tags | undefined): void {
    // Only tags that prove an owner: a point without them is read again every time, since a copy
    // gets its tags only after it completes.
    if (tags && readProvenOwnership(tags)) this.tags.set(`${vault}\n${arn}`, tags);
  }
}
