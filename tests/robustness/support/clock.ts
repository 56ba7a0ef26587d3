// A manual clock for the content script's rescan scheduler: simulated seconds pass instantly,
// and MutationObserver callbacks (microtasks) get to run between timer firings.
import type { SchedulerTimers } from '../../../src/content/scheduler.js';

export async function flushMicrotasks(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => setTimeout(r, 0));
}

export class ManualClock implements SchedulerTimers {
  t = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  now = (): number => this.t;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.push({ at: this.t + Math.max(0, ms), fn, id });
    return id;
  };
  clearTimeout = (h: unknown): void => {
    this.timers = this.timers.filter((x) => x.id !== h);
  };

  get pending(): number {
    return this.timers.length;
  }

  /** Advances simulated time by `ms`, running due timers in order. */
  async advance(ms: number): Promise<void> {
    await flushMicrotasks(1); // let observers see mutations made just before the call
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.t = due.at;
      due.fn();
      await flushMicrotasks(1);
    }
    this.t = end;
    await flushMicrotasks(1);
  }
}
