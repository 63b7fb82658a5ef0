// Virtual time for deterministic tests of code that sleeps: time only moves when every pending
// promise has settled and the earliest timer is due.
import type { LimiterClock } from '../../src/aws/rate-limiter.js';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export class ManualClock implements LimiterClock {
  private t = 0;
  private seq = 0;
  private timers: Timer[] = [];

  now = (): number => this.t;

  sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve });
    });

  /** Advance virtual time timer by timer until `done` settles. */
  async runUntil<T>(done: Promise<T>, maxSteps = 2_000_000): Promise<T> {
    let finished = false;
    done.then(
      () => (finished = true),
      () => (finished = true),
    );
    for (let i = 0; i < maxSteps; i++) {
      // Let every promise chain that can run, run.
      await new Promise((resolve) => setImmediate(resolve));
      if (finished) return done;
      if (this.timers.length === 0)
        throw new Error('deadlock: nothing is scheduled and the work is not done');
      let earliest = 0;
      for (let j = 1; j < this.timers.length; j++) {
        const a = this.timers[j]!;
        const b = this.timers[earliest]!;
        if (a.at < b.at || (a.at === b.at && a.seq < b.seq)) earliest = j;
      }
      const [timer] = this.timers.splice(earliest, 1);
      this.t = Math.max(this.t, timer!.at);
      timer!.resolve();
    }
    throw new Error('runUntil: too many steps');
  }
}
