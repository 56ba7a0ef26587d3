// The content script's life: load settings, scan, flag, report; watch for late appeals;
// obey commands; tear everything down on "off" or when the extension goes away.
// Every callback that the page or the browser can trigger is wrapped: nothing is thrown into the page.
import type { ScanJob } from '../core/scan.js';
import type { ScanOptions, ScanReport } from '../core/types.js';
import type { ContentApi, OnMessage, StorageChange } from '../platform/api.js';
import { rulesForHost } from '../core/rules/hosts.js';
import { parseRules } from '../core/rules/parse.js';
import { ruleFor } from '../core/rules/selector.js';
import type { Rule, RuleKind } from '../core/rules/types.js';
import { parseContentCommand } from '../shared/messages.js';
import { siteOf } from '../shared/origin.js';
import { canHaveRules, isSiteEnabled, isSupporter, migrate, ruleLinesFor, SETTINGS_KEY, type Mode, type Settings } from '../shared/settings.js';
import { ATTR, Flagger, type FlagGeometry, type FlagStrings } from './flags.js';
import { Picker, type PickerStrings } from './picker.js';
import { flagGeometry, layoutPorts, type LayoutPorts } from './geometry.js';
import { payloadSignature, prepareReport, type FlagTarget } from './report.js';
import { DEFAULT_SCHEDULER, RescanScheduler, type RescanResult, type SchedulerOptions, type SchedulerTimers, type Urgency } from './scheduler.js';
import { mightBeAppeal, mightBeRevealedAppeal, screenAdded } from './screen.js';

export interface ContentDeps {
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  readonly api: ContentApi;
  readonly scan: (doc: Document, options: ScanOptions) => ScanReport;
  /** The same scan in slices (core startScan); without it every scan is one task. */
  readonly startScan?: (doc: Document, options: ScanOptions) => ScanJob;
  /** Builds the scanner's tables (core prepareScanner): done while the settings are read. */
  readonly prepare?: () => void;
  readonly layout?: LayoutPorts;
  readonly geometry?: FlagGeometry;
  readonly timers?: SchedulerTimers;
  readonly scheduler?: Partial<SchedulerOptions>;
  /** Called once after teardown (the entry forgets its global handle). */
  readonly onStop?: () => void;
}

export interface ContentHandle {
  readonly alive: boolean;
  /** Resolves after the first scan has finished, in all its slices (or at once if it could not start). */
  readonly ready: Promise<void>;
  /** Scan again now and re-report (re-injection, "scan once", a command). */
  rescan(): void;
  /** Remove every flag, disconnect everything. */
  stop(): void;
  /** For tests and diagnostics. */
  readonly stats: { readonly scans: number; readonly reports: number; readonly backoff: number };
}

const OBSERVED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-modal'];
/** While the page keeps resizing, chips found in place are checked again at most this often. */
const STILL_RECHECK_MS = 200;
/**
 * A scan works in slices of this long, each its own task, so it is never a long task (50 ms)
 * for the page, even the first one, which pays for compiling the scanner.
 */
export const SCAN_SLICE_MS = 20;
/** The scan's own time, summed over its slices, before it stops and says partial. */
export const SCAN_BUDGET_MS = 200;

export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|extension context|receiving end does not exist.*unload/i.test(message);
}

function defaultStrings(api: ContentApi): FlagStrings {
  const msg = (name: string, fallback: string): string => {
    try { return api.i18n.getMessage(name) || fallback; } catch { return fallback; }
  };
  const kinds: Record<string, string> = {
    donation: msg('kindDonation', 'Donation appeal'),
    subscription: msg('kindSubscription', 'Subscription pitch'),
    paywall: msg('kindPaywall', 'Paywall'),
    newsletter: msg('kindNewsletter', 'Newsletter'),
    other: msg('kindOther', 'Appeal'),
  };
  return {
    kind: (k) => kinds[k] ?? k, expand: msg('chipExpand', 'show'), collapse: msg('chipCollapse', 'fold'),
    menu: msg('chipMenu', 'Appeal Spotter: more for this flag'), notAppeal: msg('chipNotAppeal', 'Not an appeal'),
  };
}

function pickerStrings(api: ContentApi, flag: FlagStrings): PickerStrings {
  const msg = (name: string, fallback: string): string => {
    try { return api.i18n.getMessage(name) || fallback; } catch { return fallback; }
  };
  return {
    hint: msg('pickerHint', 'Point at what it missed. ↑ wider, ↓ narrower, Enter or click to choose, Esc to cancel.'),
    question: msg('pickerQuestion', 'What does it ask for?'),
    cancel: msg('pickerCancel', 'Cancel'),
    kind: (k) => flag.kind(k),
  };
}

/** Can the page's querySelector take this selector? (The parser's own check is syntactic.) */
function selectorValidator(doc: Document): (selector: string) => boolean {
  return (selector) => {
    try { doc.createDocumentFragment().querySelector(selector); return true; } catch { return false; }
  };
}

export function startContent(deps: ContentDeps): ContentHandle {
  const { doc, win, api } = deps;
  const layout = deps.layout ?? layoutPorts(win);
  // Read once: the clock is asked thousands of times a scan, and every read of a window
  // property from the content script's world goes through the window proxy.
  const perf = win.performance;
  const timers: SchedulerTimers = deps.timers ?? {
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
    now: () => perf.now(),
    afterLayout: (fn) => {
      let done = false;
      const run = (): void => { if (!done) { done = true; fn(); } };
      // rAF runs just before the frame's layout; a task posted from it runs just after, with
      // the layout fresh. Hidden tabs have no frames: the fallback timer runs the scan anyway.
      try {
        if (doc.visibilityState !== 'hidden' && typeof win.requestAnimationFrame === 'function') {
          win.requestAnimationFrame(() => { win.setTimeout(run, 0); });
        }
      } catch { /* the page replaced rAF: the fallback runs */ }
      win.setTimeout(run, 100);
    },
  };
  let alive = true;
  let scans = 0;
  let reports = 0;
  let mode: Mode = 'highlight';
  let supporter = false;
  let enabledBefore = false;
  let lastFlagKey: readonly unknown[] = [];
  let lastMode: Mode | null = null;
  let lastSignature = '';
  let lastHref = '';
  /** The reader's rule lines that may apply here: stored ones, and ones just made here that the background has not stored yet. */
  let storedRuleLines: string[] = [];
  let pendingRuleLines: string[] = [];
  let rulesKey = '';
  let rules: readonly Rule[] = [];
  let picker: Picker | null = null;
  let observer: MutationObserver | null = null;
  let resizeObserver: ResizeObserver | null = null;
  let repositionQueued = false;
  /** The scan in progress (in slices), if any; a new scan replaces it. */
  let job: { readonly scan: ScanJob; readonly forceReport: boolean; ms: number } | null = null;
  let firstDone: (() => void) | null = null;
  const firstScan = new Promise<void>((resolve) => { firstDone = resolve; });


  const teardown = (): void => {
    if (!alive) return;
    alive = false;
    scheduler.stop();
    observer?.disconnect();
    resizeObserver?.disconnect();
    if (recheck !== null) timers.clearTimeout(recheck);
    try { picker?.cancel(); } catch { /* ignore */ }
    picker = null;
    try { win.removeEventListener('resize', onResize); } catch { /* ignore */ }
    try { api.runtime.onMessage.removeListener(onMessage); } catch { /* context may be gone */ }
    try { api.storage.onChanged.removeListener(onStorage); } catch { /* context may be gone */ }
    try { flagger.clear(); } catch { /* the page may have taken our nodes already */ }
    try { deps.onStop?.(); } catch { /* ignore */ }
    job = null;
    firstDone?.(); // nobody waits for a first scan that will not come
  };

  /** Wraps a callback the page or browser can trigger: it never throws out. */
  function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        if (alive) fn(...args);
      } catch (error) {
        if (isContextInvalidated(error) || !contextValid()) teardown();
      }
    };
  }

  const contextValid = (): boolean => {
    try { return typeof api.runtime.id === 'string' && api.runtime.id.length > 0; } catch { return false; }
  };

  const strings = defaultStrings(api);
  const flagger = new Flagger(doc, strings, deps.geometry ?? flagGeometry(win), guard);
  /** Rules are for named sites (not IP addresses, not "localhost"): elsewhere there is nothing to correct with. */
  const rulesPossible = ((): boolean => {
    try { return canHaveRules(win.location.hostname); } catch { return false; }
  })();
  if (rulesPossible) flagger.onNotAppeal = guard((id: string) => { notAppeal(id); });
  const scheduler = new RescanScheduler(() => runScan(false), timers, { ...DEFAULT_SCHEDULER, ...deps.scheduler });

  /** Runs `fn` without our own DOM writes reaching the observer. */
  function unobserved(fn: () => void): void {
    observer?.takeRecords();
    try { fn(); } finally { observer?.takeRecords(); }
  }

  function flagKey(targets: readonly FlagTarget[]): unknown[] {
    const key: unknown[] = [];
    for (const t of targets) key.push(t.id, t.kind, t.reasons.join('\n'), ...t.elements, null);
    return key;
  }
  const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

  function send(message: unknown): void {
    try {
      api.runtime.sendMessage(message).catch((error: unknown) => {
        if (isContextInvalidated(error) || !contextValid()) teardown();
      });
    } catch (error) {
      if (isContextInvalidated(error) || !contextValid()) teardown();
    }
  }

  function runScan(forceReport: boolean): RescanResult | 'running' {
    if (!alive) return { changed: false, ms: 0 };
    if (!contextValid()) { teardown(); return { changed: false, ms: 0 }; }
    const options: ScanOptions = {
      isVisible: layout.isVisible, getRect: layout.getRect, getPosition: layout.getPosition,
      now: () => timers.now(), ignore: (el) => flagger.isOwn(el),
      ...(rules.length ? { rules } : {}),
      // A hidden tab shows nothing that could stutter, and the browser would hold each slice back
      // for a second there: it scans in one go, so its count is ready when the reader looks.
      ...(isHidden() ? {} : { sliceMs: SCAN_SLICE_MS }), timeBudgetMs: SCAN_BUDGET_MS,
    };
    const start = deps.startScan;
    const scanJob: ScanJob = start ? start(doc, options) : { step: () => deps.scan(doc, options) };
    job = { scan: scanJob, forceReport: forceReport || (job?.forceReport ?? false), ms: 0 };
    return step(job);
  }

  const isHidden = (): boolean => {
    try { return doc.visibilityState === 'hidden'; } catch { return false; }
  };

  /** One slice of the scan; the next one is a task of its own, after whatever the page has queued. */
  function step(current: NonNullable<typeof job>): RescanResult | 'running' {
    const t0 = timers.now();
    let report: ScanReport | null;
    try {
      report = current.scan.step();
    } catch (error) {
      finish(current, { changed: false, ms: current.ms }); // a broken scan ends here, with nothing to flag
      throw error;
    }
    current.ms += timers.now() - t0;
    if (!report) {
      timers.setTimeout(guard(() => { if (job === current) step(current); }), 0); // else replaced by a newer scan
      return 'running';
    }
    const result = { changed: false, ms: current.ms };
    try {
      result.changed = apply(report, current.forceReport);
    } finally {
      finish(current, result);
    }
    return result;
  }

  /**
   * A scan has ended: nobody waits for it any longer. The scheduler hears of every scan that
   * ends, so one it left running in slices is settled too when a command's scan replaced it.
   */
  function finish(current: NonNullable<typeof job>, result: RescanResult): void {
    if (job === current) job = null;
    firstDone?.();
    firstDone = null;
    scheduler.settled(result);
  }

  /** Flags and reports what a finished scan found; true when that changed. */
  function apply(report: ScanReport, forceReport: boolean): boolean {
    scans++;
    const { payload, targets } = prepareReport(report, { supporter });
    const key = flagKey(targets);
    const flagsChanged = !sameKey(key, lastFlagKey) || mode !== lastMode;
    const lost = !doc.documentElement.hasAttribute(ATTR.root); // the page wiped our markers
    if (flagsChanged || lost) {
      unobserved(() => flagger.apply(targets, mode));
      lastFlagKey = key;
      lastMode = mode;
    } else if (flagger.count > 0) {
      placeAfterLayout(); // the page may have moved them since
    }
    const signature = payloadSignature(payload);
    const href = win.location.href;
    const changed = signature !== lastSignature;
    if (changed || forceReport || href !== lastHref) {
      lastSignature = signature;
      lastHref = href;
      reports++;
      send({ type: 'report', report: payload });
    }
    return changed || flagsChanged;
  }

  /** Mutated nodes that screened as a possible appeal once: moved or re-attributed again, they are noise. */
  const screened = new WeakSet<Node>();
  const isFlagged = (n: Node): boolean => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    return el !== null && el.closest(`[${ATTR.flag}]`) !== null;
  };
  /** A hit that is neither known nor inside a flagged appeal (a change there is no new appeal). */
  const isNewHit = (n: Node): boolean => {
    if (screened.has(n) || isFlagged(n)) return false;
    screened.add(n);
    return true;
  };
  /** Children of a page node are ours only when they are our host or style element themselves. */
  const meaningful = (n: Node): boolean =>
    n.nodeType === 1 ? !flagger.isOwnRoot(n) : n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '';

  const isOwnRoot = (n: Node): boolean => flagger.isOwnRoot(n);
  /**
   * Added nodes of one record: null when none counts, else whether one is a new possible appeal.
   * Screened together straight from the NodeList (one regex pass); one by one only on a hit.
   */
  function addedLooksNew(nodes: NodeList): boolean | null {
    const screen = screenAdded(nodes, isOwnRoot);
    if (screen !== 'hit') return screen === 'none' ? null : false;
    return Array.from(nodes).some((n) => meaningful(n) && mightBeAppeal(n) && isNewHit(n));
  }

  /** An attribute change that can only hide its element (a carousel parking a slide). */
  const hides = (r: MutationRecord): boolean => {
    const el = r.target as Element;
    if (r.attributeName === 'hidden') return el.hasAttribute('hidden');
    if (r.attributeName === 'aria-hidden') return el.getAttribute('aria-hidden') === 'true';
    return false;
  };

  /**
   * What a batch of mutations means for the scheduler: 'prompt' when something appeal-like was
   * added, revealed or a flagged appeal went away; 'noise' when everything screened clean;
   * 'change' when something appeal-like was removed (a paywall lifted); null when only we moved.
   */
  function classify(records: readonly MutationRecord[]): Urgency | null {
    let result: Urgency | null = null;
    let attributeTargets: Set<Node> | null = null;
    let removals = false;
    for (const r of records) {
      if (flagger.isOwn(r.target)) continue;
      if (r.type === 'attributes') {
        if ((r.attributeName ?? '').startsWith(ATTR.root)) continue;
        if (hides(r)) { result ??= 'noise'; continue; } // hiding reveals nothing
        attributeTargets ??= new Set();
        if (attributeTargets.has(r.target)) continue; // several attributes of one element: one screen
        attributeTargets.add(r.target);
        if (mightBeRevealedAppeal(r.target) && isNewHit(r.target)) return 'prompt';
        result ??= 'noise';
        continue;
      }
      if (r.addedNodes.length > 0) {
        const looksNew = addedLooksNew(r.addedNodes);
        if (looksNew) return 'prompt';
        if (looksNew === false) result ??= 'noise';
      }
      const removed = r.removedNodes;
      if (removed.length === 0) continue;
      removals = true;
      for (let i = 0; i < removed.length; i++) {
        const n = removed[i]!;
        if (!meaningful(n)) continue;
        if (n.isConnected) result ??= 'noise'; // moved: screened as an addition
        else if (mightBeAppeal(n)) result = 'change';
        else result ??= 'noise';
      }
    }
    // A flagged appeal went away: only a removal (of it or an ancestor) takes an element out.
    if (result !== null && removals && flagger.lostElement()) return 'prompt';
    return result;
  }

  const onMutations = guard((records: MutationRecord[]) => {
    const urgency = classify(records);
    if (urgency !== null) scheduler.notify(urgency);
  });

  /**
   * Chips follow their appeals. Called from ResizeObserver, which runs after layout: the reads
   * are free, where the same reads right after a scan would force a layout of their own.
   */
  let placeFull = false;
  let placeForced = false;
  /** When chips were last checked, whether that check found them all in place, and whether a notification was let pass since. */
  let lastCheck = -Infinity;
  let lastStill = false;
  let skipped = false;
  let recheck: unknown = null;
  const onLayout = guard(() => {
    if (flagger.count === 0) { placeFull = placeForced = false; return; }
    const now = timers.now();
    if (!placeFull && !placeForced && lastStill && now - lastCheck < STILL_RECHECK_MS) {
      // The page keeps resizing but the chips stood still (a feed growing below the appeal):
      // each check reads layout, so the first notification after the gap checks again. If none
      // comes (the page settled), the timer asks for one: the last change is always followed.
      skipped = true;
      recheck ??= timers.setTimeout(settled, 2 * STILL_RECHECK_MS);
      return;
    }
    const full = placeFull;
    placeFull = placeForced = skipped = false;
    lastCheck = now;
    lastStill = !flagger.reposition(full); // writes only inside our shadow root, which the observer cannot see
  });
  const settled = guard(() => {
    recheck = null;
    if (!skipped) return;
    const wait = lastCheck + 2 * STILL_RECHECK_MS - timers.now();
    if (wait > 0) recheck = timers.setTimeout(settled, wait); // checks still come by themselves
    else placeAfterLayout(false);
  });
  /** Re-observing delivers one notification after the next layout (a new observation starts at 0×0). */
  const placeAfterLayout = (full = true): void => {
    const target = doc.body ?? doc.documentElement;
    if (!resizeObserver) { unobserved(() => flagger.reposition(true)); return; }
    if (full) placeFull = true;
    placeForced = true;
    resizeObserver.unobserve(target);
    resizeObserver.observe(target);
  };

  const onResize = guard(() => {
    if (repositionQueued) return;
    repositionQueued = true;
    const raf = typeof win.requestAnimationFrame === 'function' ? win.requestAnimationFrame.bind(win) : (f: () => void) => win.setTimeout(f, 16);
    raf(guard(() => { repositionQueued = false; flagger.reposition(true); }));
  });

  const hostname = (): string => {
    try { return win.location.hostname; } catch { return ''; }
  };

  /** Reparses the rules when their lines changed; true when they did. */
  const refreshRules = (): boolean => {
    pendingRuleLines = pendingRuleLines.filter((l) => !storedRuleLines.includes(l));
    const key = [...storedRuleLines, ...pendingRuleLines].join('\n');
    if (key === rulesKey) return false;
    rulesKey = key;
    rules = key === '' ? [] : rulesForHost(parseRules(key, { validate: selectorValidator(doc) }).rules, hostname());
    return true;
  };

  const applySettings = (settings: Settings): boolean => {
    const site = siteOf(win.location.href);
    mode = settings.mode;
    supporter = isSupporter(settings, site);
    enabledBefore = isSiteEnabled(settings, site);
    storedRuleLines = ruleLinesFor(settings, hostname());
    return refreshRules();
  };

  /**
   * A rule made on this page ("not an appeal", the picker): it applies at once (the page is
   * rescanned with it) and goes to the background, which stores it for the site; if it is
   * refused there, it stops applying here too.
   */
  function addRule(line: string): void {
    if (!storedRuleLines.includes(line) && !pendingRuleLines.includes(line)) pendingRuleLines.push(line);
    refreshRules();
    lastFlagKey = []; // flag afresh whatever the scan finds (a chip may have gone already)
    scheduler.cancelPending();
    runScan(true);
    const undo = guard(() => {
      pendingRuleLines = pendingRuleLines.filter((l) => l !== line);
      if (refreshRules()) runScan(true);
    });
    try {
      api.runtime.sendMessage({ type: 'addRule', rule: line }).then((reply: unknown) => {
        if (!(typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true)) undo();
      }, (error: unknown) => {
        if (isContextInvalidated(error) || !contextValid()) teardown(); else undo();
      });
    } catch (error) {
      if (isContextInvalidated(error) || !contextValid()) teardown(); else undo();
    }
  }

  /** "Not an appeal": unflags it at once and stores a never-flag rule for its first element. */
  function notAppeal(id: string): boolean {
    if (!rulesPossible) return false;
    const target = flagger.target(id);
    const el = target?.elements.find((e) => e.isConnected);
    if (!target || !el) return false;
    let line = '';
    try { line = ruleFor(el, hostname(), 'never', null); } catch { line = ''; }
    unobserved(() => { flagger.unflag(id); });
    if (line) addRule(line);
    return true;
  }

  function startPicker(): boolean {
    if (!rulesPossible) return false;
    if (picker?.active) return true;
    let overlay: HTMLElement | null = null;
    unobserved(() => { overlay = flagger.overlay(); });
    if (!overlay) return false;
    const current = new Picker({
      doc, win, container: overlay, isOwn: (n) => flagger.isOwn(n), strings: pickerStrings(api, strings), guard,
      onChoose: (el: Element, kind: RuleKind) => {
        let line = '';
        try { line = ruleFor(el, hostname(), 'flag', kind); } catch { line = ''; }
        if (line) addRule(line);
      },
      onEnd: () => { if (picker === current) picker = null; },
    });
    picker = current;
    current.start();
    return true;
  }

  const onStorage = guard((changes: Record<string, StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const site = siteOf(win.location.href);
    const next = migrate(change.newValue).settings;
    const wasEnabled = enabledBefore;
    const prevMode = mode;
    const prevSupporter = supporter;
    const rulesChanged = applySettings(next);
    // Only a switch from on to off for THIS site stops us ("scan once" on an off site survives other edits).
    if (wasEnabled && !isSiteEnabled(next, site)) { teardown(); return; }
    if (rulesChanged) lastFlagKey = [];
    if (mode !== prevMode || supporter !== prevSupporter || rulesChanged) runScan(rulesChanged);
  });

  const onMessage: OnMessage = (message, sender) => {
    const command = parseContentCommand(message);
    if (!command || !alive) return undefined;
    if (sender.id !== undefined && sender.id !== api.runtime.id) return undefined;
    let result = true;
    guard(() => {
      switch (command.type) {
        case 'content:off': teardown(); break;
        case 'content:rescan': scheduler.cancelPending(); runScan(true); break;
        case 'content:show': result = unobservedShow(command.appealId); break;
        case 'content:notAppeal': result = notAppeal(command.appealId); break;
        case 'content:pick': result = startPicker(); break;
        case 'content:rules': rereadRules(); break;
      }
    })();
    return Promise.resolve({ ok: result });
  };
  /** The background says the rules changed: read them now (storage.onChanged may come later, or not at all). */
  const rereadRules = (): void => {
    api.storage.local.get(SETTINGS_KEY).then(guard((stored: Record<string, unknown>) => {
      const prevSupporter = supporter;
      const prevMode = mode;
      const changed = applySettings(migrate(stored[SETTINGS_KEY]).settings);
      if (changed) lastFlagKey = [];
      if (changed || mode !== prevMode || supporter !== prevSupporter) { scheduler.cancelPending(); runScan(true); }
    }), () => undefined);
  };
  const unobservedShow = (id: string): boolean => {
    let shown = false;
    unobserved(() => { shown = flagger.show(id); });
    return shown;
  };

  const start = async (): Promise<void> => {
    try {
      const reading = api.storage.local.get(SETTINGS_KEY);
      // The browser answers in another process: the tables the first scan needs are built meanwhile.
      try { deps.prepare?.(); } catch { /* the scan builds them itself */ }
      const stored = await reading;
      applySettings(migrate(stored[SETTINGS_KEY]).settings);
    } catch (error) {
      if (isContextInvalidated(error) || !contextValid()) { teardown(); return; }
    }
    if (!alive) return;
    guard(() => {
      runScan(true);
      observer = new win.MutationObserver(onMutations);
      observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: OBSERVED_ATTRIBUTES });
      if (typeof win.ResizeObserver === 'function') {
        resizeObserver = new win.ResizeObserver(onLayout);
        resizeObserver.observe(doc.body ?? doc.documentElement);
        flagger.placeAfterLayout = guard(placeAfterLayout);
      }
      win.addEventListener('resize', onResize, { passive: true });
    })();
    // No scan under way (it failed to start): nothing more to wait for.
    if (job === null) { firstDone?.(); firstDone = null; }
  };

  try {
    api.runtime.onMessage.addListener(onMessage);
    api.storage.onChanged.addListener(onStorage);
  } catch {
    alive = false;
  }
  const ready = alive ? start().then(() => firstScan).catch(() => teardown()) : Promise.resolve();

  return {
    get alive() { return alive; },
    ready,
    rescan: guard(() => { void ready.then(guard(() => { scheduler.cancelPending(); runScan(true); })); }),
    stop: () => teardown(),
    get stats() { return { scans, reports, backoff: scheduler.currentBackoff }; },
  };
}
