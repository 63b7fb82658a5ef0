// Waiting in wall-clock time for something outside to recover or finish: a retry's backoff after a
// 5xx or a busy answer, and the pause between two polls of a job. The end-to-end tests set
// BACKUP_PLANS_TEST_WAIT_SCALE (e.g. 0.01) so the bundle takes these pauses 100× shorter: what is
// decided stays the same (attempts, retry budgets and poll intervals count the unscaled times), only
// the wall-clock pause shrinks. Unset, or not a number, every wait is taken in full.
//
// Not for pacing against a rate limit (throttling backoff, the adaptive limiter's rate once a throttle
// has been seen): a throttle counts real seconds, so those waits never shrink. Only the limiter's slow
// start, which probes for a limit before any answer has shown one, is shortened (src/commands/prune.ts).
import { setTimeout as wallClockSleep } from 'node:timers/promises';

export const TEST_WAIT_SCALE_VARIABLE = 'BACKUP_PLANS_TEST_WAIT_SCALE';
/** The shortest a scale may make a wait: a thousandth (0 would busy-loop against the other side). */
const MIN_SCALE = 0.001;

/** The factor waits are multiplied by: 1 unless the variable holds a number, then clamped to [0.001, 1]. */
export function testWaitScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TEST_WAIT_SCALE_VARIABLE]?.trim();
  if (!raw) return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale)) return 1;
  return Math.min(1, Math.max(MIN_SCALE, scale));
}

/** Waits `ms` of wall-clock time before a retry or the next poll (shortened only by the test scale). */
export function waitBeforeRetry(ms: number): Promise<void> {
  return wallClockSleep(Math.round(ms * testWaitScale()));
}
