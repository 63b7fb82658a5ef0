// The due part of the run report as plain data: per plan → per rule → its slot, whether it was
// caught up late, and each resource's state. Built from the due decisions plus what the run did
// with the planned jobs (started, refused, dry run).

import type { ResourceDueDecision } from './due.js';
import { formatSlot } from './token.js';

export type DueResourceState =
  /** StartBackupJob accepted in this run. */
  | 'started'
  /** Dry run: would have started. */
  | 'would-start'
  /** The slot is already served (a job in flight or completed, or a recovery point). */
  | 'existing'
  /** Another job is running for the resource: a later run starts it. Not a failure. */
  | 'retry-later'
  /** Failed for good in this run (start refused, or no valid job could be made). */
  | 'failed'
  /** 1 + retries attempts failed for the slot. Failed for good. */
  | 'exhausted'
  /** Due, and nothing recorded about starting it (the caller passed no outcome). */
  | 'due';

/** What the run did with a resource's planned job. */
export interface JobOutcome {
  state: 'started' | 'would-start' | 'failed' | 'retry-later';
  jobId?: string;
  message?: string;
}

export interface DueResourceReport {
  resourceArn: string;
  state: DueResourceState;
  late: boolean;
  /** The attempt number of the job for this slot (started, failed or exhausted). */
  attempt?: number;
  jobId?: string;
  /** Why: the failure, the job it waits for, or what satisfied the slot. */
  detail?: string;
}

export interface DueRuleReport {
  rule: string;
  /** ISO-8601 UTC (`2026-11-25T03:00:00Z`); undefined when the schedule has not fired yet. */
  slot?: string;
  /** Any resource caught this slot up late. */
  late: boolean;
  resources: DueResourceReport[];
}

export interface DuePlanReport {
  plan: string;
  rules: DueRuleReport[];
}

const FAILING: ReadonlySet<DueResourceState> = new Set(['failed', 'exhausted']);

export function dueReport(
  plan: string,
  decisions: readonly ResourceDueDecision[],
  outcomes: ReadonlyMap<string, JobOutcome> = new Map(),
): DuePlanReport {
  const rules = new Map<string, DueRuleReport>();
  for (const decision of decisions) {
    const outcome = outcomes.get(decision.resourceArn);
    for (const r of decision.rules) {
      if (r.status === 'no-slot') continue;
      let entry = rules.get(r.rule);
      if (!entry) {
        entry = { rule: r.rule, ...(r.slot ? { slot: formatSlot(r.slot) } : {}), late: false, resources: [] };
        rules.set(r.rule, entry);
      }
      const row: DueResourceReport = { resourceArn: decision.resourceArn, state: 'due', late: r.late };
      switch (r.status) {
        case 'satisfied': {
          row.state = 'existing';
          const by = r.satisfiedBy!;
          row.detail =
            by.by === 'recovery-point' ? `recovery point ${by.arn}` : `${by.by} ${by.jobId} (${by.state})`;
          if (by.by !== 'recovery-point') row.jobId = by.jobId;
          break;
        }
        case 'due':
          row.attempt = r.attempt;
          if (outcome) {
            row.state = outcome.state;
            if (outcome.jobId) row.jobId = outcome.jobId;
            if (outcome.message) row.detail = outcome.message;
          }
          break;
        case 'retry-later':
        case 'exhausted':
        case 'error':
          row.state = r.status === 'error' ? 'failed' : r.status;
          row.attempt = r.attempt;
          if (r.reason) row.detail = r.reason;
          break;
      }
      entry.late ||= row.late;
      entry.resources.push(row);
    }
  }
  // Failures first, so a long table still shows them at the top.
  for (const entry of rules.values()) {
    entry.resources.sort((a, b) => Number(FAILING.has(b.state)) - Number(FAILING.has(a.state)));
  }
  return { plan, rules: [...rules.values()] };
}
