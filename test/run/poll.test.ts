import { describe, expect, it } from 'vitest';
import { FIRST_POLL_MS, JOB_WAIT_BUDGET_MS, nextPollInterval, pollUntil } from '../../src/run/poll.js';

/** A local clock that only moves when the poller sleeps. */
function clock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const info: string[] = [];
  return {
    sleeps,
    info,
    deps: {
      info: (m: string) => info.push(m),
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
      localNow: () => now,
    },
  };
}

describe('pollUntil', () => {
  it('waits 2 s, then 1.5× longer each time up to a minute, and stops when done', async () => {
    const c = clock();
    let reads = 0;
    const result = await pollUntil(
      async () => ++reads,
      (n) => n === 13,
      JOB_WAIT_BUDGET_MS,
      () => 'RUNNING',
      c.deps,
    );
    expect(result).toBe(13);
    expect(c.sleeps).toEqual([
      2000, 3000, 4500, 6750, 10125, 15188, 22782, 34173, 51260, 60000, 60000, 60000,
    ]);
    expect(c.info).toEqual(['RUNNING']); // a line is repeated only when it changes
  });

  it('returns the last reading when the next wait would end past the budget', async () => {
    const c = clock();
    const states = ['CREATED', 'RUNNING', 'RUNNING'];
    let i = 0;
    const result = await pollUntil(
      async () => states[Math.min(i++, states.length - 1)]!,
      (s) => s === 'COMPLETED',
      10_000,
      (s) => `job: ${s}`,
      c.deps,
    );
    // 2 s + 3 s = 5 s waited; a 4.5 s wait would end at 9.5 s (within), the next 6.75 s one past 10 s.
    expect(c.sleeps).toEqual([2000, 3000, 4500]);
    expect(result).toBe('RUNNING');
    expect(c.info).toEqual(['job: CREATED', 'job: RUNNING']);
  });

  it('never waits longer than a minute, and the budget fits a 6-hour GitHub job', () => {
    let interval = FIRST_POLL_MS;
    for (let k = 0; k < 50; k++) interval = nextPollInterval(interval);
    expect(interval).toBe(60_000);
    expect(JOB_WAIT_BUDGET_MS).toBe(345 * 60_000);
  });
});
