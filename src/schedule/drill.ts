// Restore drills, the pure part: the evidence a drill leaves (a `backup-plans:drilled` tag on the
// drilled point, "<ISO time> ok|failed"; and AWS's restore job history), the newest such evidence
// of a resource, and whether a drill is due. Shared by the drill command and audit's drill control.
import { MS_PER_MINUTE } from '../time/calendar.js';

export const DRILLED_TAG = 'backup-plans:drilled';

export type DrillResult = 'ok' | 'failed';

/** A failed drill is tried again after a day, not on every scheduled run, nor only after `every`. */
export const FAILED_DRILL_RETRY_MINUTES = 24 * 60;

/** The tag value: the drill's time (ISO-8601 UTC, seconds) and its result; fits every service's tag charset. */
export function drilledTagValue(at: Date, result: DrillResult): string {
  return `${at.toISOString().replace(/\.\d{3}Z$/, 'Z')} ${result}`;
}

export function parseDrilledTag(value: string | undefined): { at: Date; result: DrillResult } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z) (ok|failed)$/.exec(value ?? '');
  if (!m) return undefined;
  const at = Date.parse(m[1]!);
  return Number.isFinite(at) ? { at: new Date(at), result: m[2] as DrillResult } : undefined;
}

export interface DrillEvidence {
  at: Date;
  result: DrillResult;
  pointArn: string;
  /** A tag on the point, or a completed restore job of it (AWS's restore job history). */
  source: 'tag' | 'restore-job';
  jobId?: string;
}

export interface EvidencePoint {
  arn: string;
  /** Undefined: this type's tags could not be read (or it carries none). */
  tags?: Record<string, string> | undefined;
}

export interface EvidenceJob {
  id: string;
  pointArn: string;
  status: string;
  created: Date;
  completed?: Date;
}

/**
 * The newest drill evidence of a resource, given its points and the restore jobs of its account and
 * region. A completed restore job of one of its points counts as a passed drill (it proves the point
 * restores); a tag says how the drill that wrote it ended, and wins over a job at the same time.
 */
export function lastDrill(
  points: readonly EvidencePoint[],
  jobs: readonly EvidenceJob[],
): DrillEvidence | undefined {
  const arns = new Set(points.map((p) => p.arn));
  const all: DrillEvidence[] = [];
  for (const p of points) {
    const tag = parseDrilledTag(p.tags?.[DRILLED_TAG]);
    if (tag) all.push({ ...tag, pointArn: p.arn, source: 'tag' });
  }
  for (const j of jobs)
    if (arns.has(j.pointArn) && j.status === 'COMPLETED')
      all.push({
        at: j.completed ?? j.created,
        result: 'ok',
        pointArn: j.pointArn,
        source: 'restore-job',
        jobId: j.id,
      });
  all.sort(
    (a, b) =>
      b.at.getTime() - a.at.getTime() ||
      (a.source === b.source ? 0 : a.source === 'tag' ? -1 : 1) ||
      (a.pointArn < b.pointArn ? -1 : a.pointArn > b.pointArn ? 1 : 0),
  );
  return all[0];
}

/** Due when there is no evidence, a passed drill is older than `every`, or a failed one older than a day. */
export function drillDue(last: DrillEvidence | undefined, everyMinutes: number, now: Date): boolean {
  if (!last) return true;
  const ageMinutes = (now.getTime() - last.at.getTime()) / MS_PER_MINUTE;
  return (
    ageMinutes >= (last.result === 'ok' ? everyMinutes : Math.min(everyMinutes, FAILED_DRILL_RETRY_MINUTES))
  );
}
