/** Element + time budget for one scan. When it runs out the scan stops and reports `partial`. */
export const DEFAULT_MAX_ELEMENTS = 20_000;
export const DEFAULT_TIME_BUDGET_MS = 40;
const CLOCK_EVERY = 128;

export class Budget {
  elements = 0;
  exhausted = false;
  /** The clock ran out (not the element count). */
  timedOut = false;
  private deadline: number;
  /** Time left when the scan was suspended between two slices (null: running). */
  private left: number | null = null;

  constructor(
    private readonly maxElements: number,
    private readonly now: (() => number) | undefined,
    timeBudgetMs: number,
  ) {
    this.deadline = now ? safeNow(now) + timeBudgetMs : Infinity;
  }

  static from(opts: { maxElements?: number; now?: () => number; timeBudgetMs?: number }): Budget {
    const max = typeof opts.maxElements === 'number' && opts.maxElements > 0 ? opts.maxElements : DEFAULT_MAX_ELEMENTS;
    const ms = typeof opts.timeBudgetMs === 'number' && opts.timeBudgetMs > 0 ? opts.timeBudgetMs : DEFAULT_TIME_BUDGET_MS;
    return new Budget(max, typeof opts.now === 'function' ? opts.now : undefined, ms);
  }

  /** Counts one element; false once the budget is spent. */
  tick(): boolean {
    if (this.exhausted) return false;
    if (this.elements >= this.maxElements) return this.stop();
    this.elements++;
    if (this.now && this.elements % CLOCK_EVERY === 0 && safeNow(this.now) > this.deadline) return this.stop(true);
    return true;
  }

  /** Checks only the clock (for later phases). */
  timeLeft(): boolean {
    if (this.exhausted) return false;
    if (this.now && safeNow(this.now) > this.deadline) return this.stop(true);
    return true;
  }

  /** Checks the clock only: a stop on the element count does not cut short the later phases. */
  clockLeft(): boolean {
    if (this.timedOut) return false;
    if (this.now && safeNow(this.now) > this.deadline) return this.stop(true);
    return true;
  }

  /**
   * A scan split over several tasks stops the clock between its slices: the budget is the
   * scan's own time, not the page's work in between.
   */
  suspend(): void {
    if (this.now && this.left === null) this.left = this.deadline - safeNow(this.now);
  }

  resume(): void {
    if (this.now && this.left !== null) this.deadline = safeNow(this.now) + this.left;
    this.left = null;
  }

  private stop(timedOut = false): false {
    this.exhausted = true;
    if (timedOut) this.timedOut = true;
    return false;
  }
}

function safeNow(now: () => number): number {
  try {
    const t = now();
    return typeof t === 'number' && Number.isFinite(t) ? t : 0;
  } catch {
    return 0;
  }
}
