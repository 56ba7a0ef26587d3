// Decides when to rescan after the page mutates: wait for a quiet spell, but never longer than
// maxWait; keep scanning cheap relative to wall time; back off exponentially while a page
// mutates forever without the result changing. Mutations the controller's screen marks as a
// possible appeal ("prompt") are scanned within promptMs, whatever the back-off, at most once per
// promptGap; mutations it marks as noise wait longer than unclassified ones.

export interface SchedulerTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /**
   * Runs `fn` once the browser has laid the page out (right after its next frame), so the scan's
   * layout reads are free instead of forcing a layout of whatever the page changed since. Optional:
   * without it a due scan runs at once.
   */
  afterLayout?(fn: () => void): void;
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
  /** A possible appeal is scanned this long after it appeared (lets the rest of its box arrive). */
  readonly promptMs: number;
  /** At most one prompt scan per this long (doubles, up to maxPromptGapMs, while prompts find nothing). */
  readonly promptGapMs: number;
  readonly maxPromptGapMs: number;
  /** Noise (screened, nothing appeal-like) waits at least maxWait × this. */
  readonly noiseBackoff: number;
}

export const DEFAULT_SCHEDULER: SchedulerOptions = {
  quietMs: 500, maxWaitMs: 2000, maxDuty: 0.1, minGapMs: 500, maxBackoff: 32,
  promptMs: 150, promptGapMs: 2000, maxPromptGapMs: 8000, noiseBackoff: 4,
};

/** What the controller's screen made of a batch of mutations. */
export type Urgency = 'prompt' | 'change' | 'noise';

/** What a rescan found: whether the result changed, and the scan's own time. */
export interface RescanResult { readonly changed: boolean; readonly ms: number }

/**
 * `run` rescans and says whether the result changed and how long it took; or 'running' when
 * the scan goes on in later tasks (a scan in slices): the caller then calls `settled` with its
 * result.
 */
export type RescanRun = () => RescanResult | 'running';

type Reason = 'quiet' | 'deadline' | 'prompt';

export class RescanScheduler {
  private timer: unknown = null;
  /** When the armed timer goes off; dueAt may since have moved later. */
  private armedAt = Infinity;
  private waitToken = 0;
  private dueAt = Infinity;
  private dueReason: Reason = 'quiet';
  private firstPending: number | null = null;
  private deadline = Infinity;
  private lastRunEnd = -Infinity;
  private lastNotify = -Infinity;
  private lastPrompt = -Infinity;
  private promptGap: number;
  private lastCost = 0;
  private backoff = 1;
  private stopped = false;
  /** The reason of the scan still running in slices, or null. */
  private running: Reason | null = null;
  /** A scan fell due while one was still running: it runs when that one has settled. */
  private dueWhileRunning: Reason | null = null;
  /** Scans run so far (for tests and diagnostics). */
  runs = 0;

  constructor(private readonly run: RescanRun, private readonly t: SchedulerTimers, private readonly o: SchedulerOptions = DEFAULT_SCHEDULER) {
    this.promptGap = o.promptGapMs;
  }

  get currentBackoff(): number { return this.backoff; }

  /** Mutations happened; `urgency` is what a screen of them said (default: unknown). */
  notify(urgency: Urgency = 'change'): void {
    if (this.stopped) return;
    const now = this.t.now();
    const earliest = this.lastRunEnd + Math.max(this.o.minGapMs, this.lastCost / this.o.maxDuty);
    if (urgency === 'prompt') {
      // Not pushed back by later hits (the first hit's deadline holds), nor by the back-off.
      const at = Math.max(now + this.o.promptMs, this.lastPrompt + this.promptGap, earliest);
      if (this.timer !== null && this.dueAt <= at) return;
      this.schedule(at, 'prompt', now);
      return;
    }
    // A page that went quiet for a whole (backed-off) quiet spell is treated as calm again.
    if (now - this.lastNotify > this.o.quietMs * this.backoff) {
      this.backoff = 1;
      this.promptGap = this.o.promptGapMs;
    }
    this.lastNotify = now;
    if (this.firstPending === null) this.firstPending = now;
    const factor = urgency === 'noise' ? Math.max(this.backoff, this.o.noiseBackoff) : this.backoff;
    this.deadline = Math.min(this.deadline, this.firstPending + this.o.maxWaitMs * factor);
    const quietAt = now + this.o.quietMs * this.backoff;
    const forced = quietAt > this.deadline;
    const at = Math.max(Math.min(quietAt, this.deadline), earliest);
    // A pending prompt scan is never postponed by noise.
    if (this.timer !== null && this.dueReason === 'prompt' && this.dueAt <= at) return;
    this.schedule(at, forced ? 'deadline' : 'quiet', now);
  }

  /** Drop a pending rescan (the caller is about to scan anyway). */
  cancelPending(): void {
    this.clearTimer();
    this.timer = null;
    this.dueAt = Infinity;
    this.firstPending = null;
    this.deadline = Infinity;
  }

  /**
   * The scan that `run` left running has ended (see RescanRun), or one that replaced it; no-op
   * when none is running (a scan that ended inside `run` is taken from its return value).
   */
  settled(result: RescanResult): void {
    const reason = this.running;
    if (reason === null || this.stopped) return;
    this.running = null;
    this.afterRun(reason, result);
    const again = this.dueWhileRunning;
    this.dueWhileRunning = null;
    // Due again meanwhile: scheduled anew, so the gap and the duty share still hold.
    if (again !== null) this.notify(again === 'prompt' ? 'prompt' : 'change');
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.timer = null;
  }

  /**
   * Arms the timer for `at`. A later due time does not re-arm it (a busy page notifies 20 times a
   * second and clear+set costs more than the callback): the early timer finds the new time and
   * sleeps on.
   */
  private schedule(at: number, reason: Reason, now: number): void {
    const armedEarlier = this.timer !== null && this.armedAt <= at;
    this.dueAt = at;
    this.dueReason = reason;
    if (armedEarlier) return;
    this.clearTimer();
    this.arm(at, now);
  }

  private clearTimer(): void {
    if (this.timer === 'waiting-for-layout') this.waitToken++;
    else if (this.timer !== null) this.t.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(at: number, now: number): void {
    this.armedAt = at;
    this.timer = this.t.setTimeout(() => this.wake(), Math.max(0, at - now));
  }

  private wake(): void {
    this.timer = null;
    const now = this.t.now();
    if (this.dueAt > now) { this.arm(this.dueAt, now); return; }
    const reason = this.dueReason;
    if (!this.t.afterLayout) { this.fire(reason); return; }
    // Until then the scan counts as pending: notifies neither re-arm nor move it.
    this.timer = 'waiting-for-layout';
    this.armedAt = -Infinity;
    const token = ++this.waitToken;
    this.t.afterLayout(() => { if (token === this.waitToken && this.timer === 'waiting-for-layout') this.fire(reason); });
  }

  private fire(reason: Reason): void {
    this.timer = null;
    this.dueAt = Infinity;
    this.firstPending = null;
    this.deadline = Infinity;
    if (this.stopped) return;
    // One scan at a time: the one due now starts when the running one has settled.
    if (this.running !== null) { this.dueWhileRunning = reason; return; }
    const result = this.run();
    this.runs++;
    if (result === 'running') { this.running = reason; return; }
    this.afterRun(reason, result);
  }

  private afterRun(reason: Reason, { changed, ms }: RescanResult): void {
    this.lastRunEnd = this.t.now();
    this.lastCost = Math.max(0, ms);
    if (reason === 'prompt') {
      this.lastPrompt = this.lastRunEnd;
      // False hits (a price ticker) get prompt scans ever less often; a real find keeps them quick.
      this.promptGap = changed ? this.o.promptGapMs : Math.min(this.promptGap * 2, this.o.maxPromptGapMs);
      return;
    }
    // A page that never goes quiet and keeps giving the same answer gets scanned ever less often.
    if (reason === 'deadline' && !changed) this.backoff = Math.min(this.backoff * 2, this.o.maxBackoff);
    else if (reason === 'quiet') this.backoff = 1;
  }
}
