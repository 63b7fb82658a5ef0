// A min-heap of timed events on the simulated clock (job transitions, lifecycle deletes and cold
// moves). Advancing the clock pops due events in time order, so every state change happens at its
// exact simulated instant no matter how far one advance jumps. Ties run in insertion order.

export interface TimedEvent {
  at: number; // epoch ms, simulated
  seq: number;
  run: () => void;
}

export class EventQueue {
  private heap: TimedEvent[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(at: number, run: () => void): void {
    const event = { at, seq: this.seq++, run };
    const h = this.heap;
    h.push(event);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  peek(): TimedEvent | undefined {
    return this.heap[0];
  }

  pop(): TimedEvent | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(a: TimedEvent, b: TimedEvent): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
