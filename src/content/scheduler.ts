// Decides when to rescan after the page mutates: wait for a quiet spell, but never longer than
// maxWait; keep scanning cheap relative to wall time; back off exponentially while a page
// mutates forever without the result changing.

export interface SchedulerTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface SchedulerOptions {
  /** Rescan after this long without mutations. */
  readonly quietMs: number;
  /** ...but no later than this after the first pending mutation. */
  readonly maxWaitMs: number;
  /** Scan time may use at most this share of wall time (e.g. 0.1 → a 20 ms scan waits ≥ 200 ms). */
  readonly maxDuty: number;
  /** Never more often than this. */
  readonly minGapMs: number;
  /** Back-off multiplier cap (delays ×1, ×2, ×4 ... up to this). */
  readonly maxBackoff: number;
}

export const DEFAULT_SCHEDULER: SchedulerOptions = { quietMs: 500, maxWaitMs: 2000, maxDuty: 0.1, minGapMs: 500, maxBackoff: 32 };

/** `run` rescans and says whether the result changed and how long it took. */
export type RescanRun = () => { changed: boolean; ms: number };

export class RescanScheduler {
  private timer: unknown = null;
  private firstPending: number | null = null;
  private lastRunEnd = -Infinity;
  private lastNotify = -Infinity;
  private lastCost = 0;
  private backoff = 1;
  private stopped = false;
  /** Scans run so far (for tests and diagnostics). */
  runs = 0;

  constructor(private readonly run: RescanRun, private readonly t: SchedulerTimers, private readonly o: SchedulerOptions = DEFAULT_SCHEDULER) {}

  get currentBackoff(): number { return this.backoff; }

  /** A relevant mutation happened. */
  notify(): void {
    if (this.stopped) return;
    const now = this.t.now();
    // A page that went quiet for a whole (backed-off) quiet spell is treated as calm again.
    if (now - this.lastNotify > this.o.quietMs * this.backoff) this.backoff = 1;
    this.lastNotify = now;
    if (this.firstPending === null) this.firstPending = now;
    const quietAt = now + this.o.quietMs * this.backoff;
    const deadline = this.firstPending + this.o.maxWaitMs * this.backoff;
    const earliest = this.lastRunEnd + Math.max(this.o.minGapMs, this.lastCost / this.o.maxDuty);
    const forced = quietAt > deadline;
    const at = Math.max(Math.min(quietAt, deadline), earliest);
    if (this.timer !== null) this.t.clearTimeout(this.timer);
    this.timer = this.t.setTimeout(() => this.fire(forced), Math.max(0, at - now));
  }

  /** Drop a pending rescan (the caller is about to scan anyway). */
  cancelPending(): void {
    if (this.timer !== null) this.t.clearTimeout(this.timer);
    this.timer = null;
    this.firstPending = null;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.t.clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(forcedByDeadline: boolean): void {
    this.timer = null;
    this.firstPending = null;
    if (this.stopped) return;
    const { changed, ms } = this.run();
    this.runs++;
    this.lastRunEnd = this.t.now();
    this.lastCost = Math.max(0, ms);
    // A page that never goes quiet and keeps giving the same answer gets scanned ever less often.
    if (forcedByDeadline && !changed) this.backoff = Math.min(this.backoff * 2, this.o.maxBackoff);
    else if (!forcedByDeadline) this.backoff = 1;
  }
}
