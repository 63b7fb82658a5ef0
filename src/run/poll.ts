// Waiting for AWS to finish something (backup jobs, a restore job, a drill's temporary resource):
// polls at growing intervals within a budget kept on the local clock. The sleep and the clock are
// passed in, so tests drive the wait with a simulated clock.
import { MS_PER_MINUTE } from '../time/calendar.js';

/** A GitHub job may run 6 hours: stop waiting well before, so the report is still written. */
export const JOB_WAIT_BUDGET_MS = (5 * 60 + 45) * MS_PER_MINUTE;
/** The first wait between two polls; each next one is 1.5× longer, up to a minute. */
export const FIRST_POLL_MS = 2_000;
const MAX_POLL_MS = MS_PER_MINUTE;

export function nextPollInterval(interval: number): number {
  return Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
}

export interface PollDeps {
  info(message: string): void;
  sleep(ms: number): Promise<void>;
  /** Local monotonic-ish clock for the budget (not for decisions: those use AWS's time). */
  localNow(): number;
}

/**
 * Read until `done`, or until the next wait would end past `budgetMs`; returns the last reading.
 * Each `progress` line that differs from the one before goes to `info`.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (t: T) => boolean,
  budgetMs: number,
  progress: (t: T) => string,
  deps: PollDeps,
): Promise<T> {
  const deadline = deps.localNow() + budgetMs;
  let interval = FIRST_POLL_MS;
  let last = '';
  for (;;) {
    const t = await read();
    const line = progress(t);
    if (line !== last) deps.info(line);
    last = line;
    if (done(t) || deps.localNow() + interval > deadline) return t;
    await deps.sleep(interval);
    interval = nextPollInterval(interval);
  }
}
