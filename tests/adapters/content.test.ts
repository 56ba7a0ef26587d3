// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appeal, AppealKind, ScanOptions, ScanReport } from '../../src/core/types.js';
import { startContent, type ContentDeps, type ContentHandle } from '../../src/content/controller.js';
import { ensureRunning, INSTANCE_KEY } from '../../src/content/singleton.js';
import type { SchedulerTimers } from '../../src/content/scheduler.js';
import type { MessageSender } from '../../src/platform/api.js';
import type { ReportMessage } from '../../src/shared/messages.js';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';
import { FakeBrowser, settle } from './fake-browser.js';

// jsdom's URL is http://localhost:3000/, so the site is "http://localhost".
const SITE = 'http://localhost';
const TAB = 11;

const PAGE = `
  <header><nav><a href="/">Home</a></nav></header>
  <article class="story">
    <h1>Council approves the harbour budget</h1>
    <p>The council voted on Tuesday to approve the budget after a long debate.</p>
    <div class="ask" data-test-appeal="donation"><p>Our reporting depends on you.</p><p><a href="/give">Give $5 a month</a></p></div>
    <p>Opponents said the plan left the ferry service underfunded.</p>
    <aside class="promo" data-test-appeal="subscription"><p>Subscribe for <b>$1</b> a week &amp; read everything.</p></aside>
  </article>
  <footer><p>© The Harbour Times</p></footer>`;

/**
 * A stand-in for the core scanner: every element carrying data-test-appeal is one appeal
 * (children of a multi-part appeal are its elements). It honours `ignore` like the real one must.
 */
function fakeScan(doc: Document, options: ScanOptions): ScanReport {
  const appeals: Appeal[] = [];
  for (const el of Array.from(doc.querySelectorAll('[data-test-appeal]'))) {
    if (options.ignore?.(el)) continue;
    const kind = el.getAttribute('data-test-appeal') as AppealKind;
    const parts = el.children.length > 1 ? Array.from(el.children) : [el];
    appeals.push({
      id: `a${appeals.length + 1}`, kind, placement: 'inline', confidence: 0.8,
      reasons: [`looks like a ${kind} ask: <img src=x onerror=alert(1)>`], signals: ['test'], elements: parts,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    });
  }
  return {
    article: { element: doc.querySelector('article'), title: doc.title || null, text: '', wordCount: 30 },
    appeals, minor: [], paywall: { detected: false, state: 'free', signals: [] }, partial: false,
    stats: { elements: 0, blocks: 0, ms: 1 },
  };
}

/** Manually driven clock for the rescan scheduler. */
class Clock implements SchedulerTimers {
  t = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  now = (): number => this.t;
  setTimeout = (fn: () => void, ms: number): unknown => { const id = this.next++; this.timers.push({ at: this.t + ms, fn, id }); return id; };
  clearTimeout = (h: unknown): void => { this.timers = this.timers.filter((x) => x.id !== h); };
  /** Advances time, running due timers in order. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.t = due.at;
      due.fn();
      await settle(1);
    }
    this.t = end;
    await settle(1);
  }
}

let fb: FakeBrowser;
let clock: Clock;
let reports: { message: ReportMessage; sender: MessageSender }[];
let handle: ContentHandle | null;
let scanSpy: ReturnType<typeof vi.fn<typeof fakeScan>>;

const noLayout = { isVisible: () => true, getRect: () => null, getPosition: () => null };
const noGeometry = { rect: () => null, fixed: () => false, scroll: () => ({ x: 0, y: 0 }) };

async function start(settings?: Settings): Promise<ContentHandle> {
  if (settings) fb.local.data[SETTINGS_KEY] = settings;
  handle = startContent({
    doc: document, win: window, api: fb.content(TAB, location.href), scan: scanSpy,
    layout: noLayout, geometry: noGeometry, timers: clock,
  });
  await handle.ready;
  await settle();
  return handle;
}

const flagged = (): Element[] => Array.from(document.querySelectorAll('[data-appeal-spotter-flag]'));
const shadow = (): ShadowRoot | null => document.querySelector('[data-appeal-spotter-ui]')?.shadowRoot ?? null;
const chips = (): HTMLButtonElement[] => Array.from(shadow()?.querySelectorAll<HTMLButtonElement>('.chip[data-appeal-id]') ?? []);
const lastReport = (): ReportMessage['report'] => reports[reports.length - 1]!.message.report;
const send = (m: unknown): Promise<unknown> => fb.sendToTab(TAB, m);

beforeEach(() => {
  document.documentElement.removeAttribute('data-appeal-spotter');
  document.head.replaceChildren();
  document.title = 'Harbour budget';
  document.body.innerHTML = PAGE;
  fb = new FakeBrowser();
  fb.addTab(TAB, location.href);
  clock = new Clock();
  reports = [];
  fb.onMessage.addListener((message, sender) => {
    reports.push({ message: message as ReportMessage, sender });
    return Promise.resolve({ ok: true });
  });
  scanSpy = vi.fn(fakeScan);
  Element.prototype.scrollIntoView = function scrollIntoView() { /* jsdom has no layout */ };
  handle = null;
});

afterEach(() => {
  handle?.stop();
  for (const el of Array.from(document.documentElement.children)) if (el !== document.head && el !== document.body) el.remove();
});

describe('flagging', () => {
  it('flags every element of every appeal in place and draws chips in an open shadow root', async () => {
    const before = document.body.textContent;
    await start();
    const ask = document.querySelector('.ask')!;
    expect(flagged()).toEqual([...Array.from(ask.children), document.querySelector('.promo')]);
    expect(ask.children[0]!.getAttribute('data-appeal-spotter-flag')).toBe('a1');
    expect(ask.children[1]!.getAttribute('data-appeal-spotter-kind')).toBe('donation');
    expect(document.querySelector('.promo')!.getAttribute('data-appeal-spotter-kind')).toBe('subscription');
    expect(document.documentElement.getAttribute('data-appeal-spotter')).toBe('on');
    expect(document.documentElement.getAttribute('data-appeal-spotter-count')).toBe('2');
    const host = document.querySelector('[data-appeal-spotter-ui]')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(chips().map((c) => c.getAttribute('data-appeal-id'))).toEqual(['a1', 'a2']);
    expect(chips()[0]!.textContent).toContain('Donation appeal');
    // The article's own text is untouched (chips live outside <body>).
    expect(document.body.textContent).toBe(before);
    // Hostile reason text is shown as text: no element was created from it.
    expect(shadow()!.querySelector('img')).toBeNull();
    expect(shadow()!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('reports to the background, with no URL or tab in the payload', async () => {
    await start();
    expect(reports).toHaveLength(1);
    const r = lastReport();
    expect(r.appeals.map((a) => [a.id, a.kind, a.flagged])).toEqual([['a1', 'donation', true], ['a2', 'subscription', true]]);
    expect(r.appeals[1]!.excerpt).toBe('Subscribe for $1 a week & read everything.');
    expect(JSON.stringify(reports[0]!.message)).not.toContain('localhost');
    expect(reports[0]!.sender.tab?.id).toBe(TAB);
  });

  it('is idempotent: a second injection rescans the running instance and flags nothing twice', async () => {
    const holder = {};
    const api = fb.content(TAB, location.href);
    const mk = (onStop: () => void): ContentHandle => startContent({ doc: document, win: window, api, scan: scanSpy, layout: noLayout, geometry: noGeometry, timers: clock, onStop });
    const first = ensureRunning(holder, mk);
    await first.ready;
    const html = document.documentElement.outerHTML;
    const second = ensureRunning(holder, mk);
    await settle();
    expect(second).toBe(first);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(document.querySelectorAll('[data-appeal-spotter-ui]')).toHaveLength(1);
    expect(chips()).toHaveLength(2);
    expect(scanSpy).toHaveBeenCalledTimes(2);
    first.stop();
    expect((holder as Record<symbol, unknown>)[INSTANCE_KEY]).toBeUndefined();
    const third = ensureRunning(holder, mk); // after "off", a new injection starts afresh
    await third.ready;
    expect(third).not.toBe(first);
    expect(chips()).toHaveLength(2);
    third.stop();
  });

  it('turning off restores the page exactly', async () => {
    const body = document.body.innerHTML;
    const head = document.head.innerHTML;
    const rootAttrs = document.documentElement.getAttributeNames();
    await start({ ...DEFAULT_SETTINGS, mode: 'collapse' });
    expect(document.body.innerHTML).not.toBe(body);
    expect(await send({ type: 'content:off' })).toEqual({ ok: true });
    expect(document.body.innerHTML).toBe(body);
    expect(document.head.innerHTML).toBe(head);
    expect(document.documentElement.getAttributeNames()).toEqual(rootAttrs);
    expect(document.querySelector('[data-appeal-spotter-ui]')).toBeNull();
    expect(handle!.alive).toBe(false);
    // Nothing comes back: the observer is gone.
    document.body.insertAdjacentHTML('beforeend', '<div data-test-appeal="donation">Donate</div>');
    await clock.advance(10_000);
    expect(flagged()).toHaveLength(0);
  });

  it('re-flags when the page wipes our markers', async () => {
    await start();
    document.documentElement.removeAttribute('data-appeal-spotter');
    await send({ type: 'content:rescan' });
    expect(document.documentElement.getAttribute('data-appeal-spotter')).toBe('on');
  });
});

describe('modes', () => {
  it('collapse: marks every element, folds the rest of a multi-part appeal, chip expands it', async () => {
    await start({ ...DEFAULT_SETTINGS, mode: 'collapse' });
    const parts = Array.from(document.querySelector('.ask')!.children);
    expect(parts.map((p) => p.getAttribute('data-appeal-spotter-mode'))).toEqual(['collapse', 'collapse']);
    expect(parts.map((p) => p.getAttribute('data-appeal-spotter-part'))).toEqual([null, 'rest']);
    const chip = chips()[0]!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    chip.click();
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(parts.every((p) => p.hasAttribute('data-appeal-spotter-expanded'))).toBe(true);
    chip.click();
    expect(parts.some((p) => p.hasAttribute('data-appeal-spotter-expanded'))).toBe(false);
  });

  it('hide: marks the elements for hiding; highlight has no mode attribute', async () => {
    await start({ ...DEFAULT_SETTINGS, mode: 'hide' });
    expect(flagged().every((el) => el.getAttribute('data-appeal-spotter-mode') === 'hide')).toBe(true);
    handle!.stop();
    await start(DEFAULT_SETTINGS);
    expect(flagged().some((el) => el.hasAttribute('data-appeal-spotter-mode'))).toBe(false);
    expect(chips().some((c) => c.hasAttribute('aria-expanded'))).toBe(false);
  });

  it('injects its styling once and removes it on off', async () => {
    await start();
    const styles = document.querySelectorAll('style[data-appeal-spotter-style]').length + (document.adoptedStyleSheets?.length ?? 0);
    expect(styles).toBe(1);
    await send({ type: 'content:rescan' });
    expect(document.querySelectorAll('style[data-appeal-spotter-style]').length + (document.adoptedStyleSheets?.length ?? 0)).toBe(1);
    handle!.stop();
    expect(document.querySelectorAll('style[data-appeal-spotter-style]').length + (document.adoptedStyleSheets?.length ?? 0)).toBe(0);
  });

  it('a new mode forgets what the reader unfolded; a rescan in the same mode keeps it', async () => {
    await start({ ...DEFAULT_SETTINGS, mode: 'collapse' });
    chips()[1]!.click();
    const promo = document.querySelector('.promo')!;
    expect(promo.hasAttribute('data-appeal-spotter-expanded')).toBe(true);
    await send({ type: 'content:rescan' });
    expect(promo.hasAttribute('data-appeal-spotter-expanded')).toBe(true);
    await fb.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, mode: 'hide' } });
    await settle();
    expect(promo.getAttribute('data-appeal-spotter-mode')).toBe('hide');
    expect(promo.hasAttribute('data-appeal-spotter-expanded')).toBe(false);
  });

  it('follows a mode change in settings live', async () => {
    await start();
    await fb.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, mode: 'hide' } });
    await settle();
    expect(flagged().every((el) => el.getAttribute('data-appeal-spotter-mode') === 'hide')).toBe(true);
  });
});

describe('supporter sites', () => {
  it('counts donation appeals but does not flag them; other kinds stay flagged', async () => {
    await start({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: true } } });
    expect(flagged()).toEqual([document.querySelector('.promo')]);
    expect(document.documentElement.getAttribute('data-appeal-spotter-count')).toBe('1');
    expect(lastReport().appeals.map((a) => [a.kind, a.flagged])).toEqual([['donation', false], ['subscription', true]]);
  });

  it('switching "supporter" on later unflags donation appeals and re-reports', async () => {
    await start({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    expect(flagged()).toHaveLength(3);
    await fb.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: true } } } });
    await settle();
    expect(flagged()).toHaveLength(1);
    expect(lastReport().appeals[0]!.flagged).toBe(false);
  });
});

describe('watching for late appeals', () => {
  it('ignores its own DOM writes: no rescan without page mutations', async () => {
    await start({ ...DEFAULT_SETTINGS, mode: 'collapse' });
    chips()[0]!.click(); // our own attribute writes
    await clock.advance(10_000);
    expect(scanSpy).toHaveBeenCalledTimes(1);
    expect(reports).toHaveLength(1);
  });

  it('flags an appeal injected later, after the page goes quiet, and re-reports', async () => {
    await start();
    const late = document.createElement('div');
    late.setAttribute('data-test-appeal', 'paywall');
    late.textContent = 'Subscribe to keep reading';
    document.body.append(late);
    await settle();
    await clock.advance(100);
    expect(late.hasAttribute('data-appeal-spotter-flag')).toBe(false); // not before the quiet spell
    await clock.advance(1000);
    expect(late.getAttribute('data-appeal-spotter-kind')).toBe('paywall');
    expect(document.documentElement.getAttribute('data-appeal-spotter-count')).toBe('3');
    expect(reports).toHaveLength(2);
    expect(lastReport().appeals.map((a) => a.kind)).toEqual(['donation', 'subscription', 'paywall']);
  });

  it('does not re-report when a mutation changes nothing that matters', async () => {
    await start();
    document.querySelector('footer')!.append(document.createElement('span'));
    await settle();
    await clock.advance(3000);
    expect(scanSpy).toHaveBeenCalledTimes(2);
    expect(reports).toHaveLength(1);
  });

  it('backs off on a page that mutates forever, bounding the work', async () => {
    await start();
    const ticker = document.createElement('div');
    document.body.append(ticker);
    for (let i = 0; i < 600; i++) { // 60 s of a mutation every 100 ms
      ticker.textContent = String(i);
      await settle(1);
      await clock.advance(100);
    }
    const scans = scanSpy.mock.calls.length;
    expect(scans).toBeGreaterThan(2);
    expect(scans).toBeLessThan(20); // without back-off: one every 2 s → 30+
    expect(handle!.stats.backoff).toBeGreaterThan(1);
  });

  /** A comment feed that appends 50 plain items every 50 ms, forever (like the bench's insert storm). */
  async function feedStorm(ms: number, onTick?: (t: number) => void): Promise<void> {
    const feed = document.querySelector('ol.feed') ?? document.body.appendChild(document.createElement('ol'));
    feed.className = 'feed';
    for (let t = 0; t < ms; t += 50) {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 50; i++) {
        const li = document.createElement('li');
        li.textContent = `Comment ${t + i}: the ferry timetable seems sensible.`;
        frag.append(li);
      }
      feed.append(frag);
      onTick?.(t);
      await settle(1);
      await clock.advance(50);
    }
  }

  it('flags an appeal added in the middle of a never-ending feed storm within 1 s', async () => {
    await start();
    await feedStorm(20_000); // long enough to be deep in the back-off
    const scansBefore = scanSpy.mock.calls.length;
    let insertedAt = 0;
    let flaggedAt: number | null = null;
    const box = document.createElement('aside');
    box.setAttribute('data-test-appeal', 'donation');
    box.textContent = 'Our newsroom is funded by readers. Donate today.';
    await feedStorm(3000, (t) => {
      if (t === 500) { document.querySelector('article')!.append(box); insertedAt = clock.t; }
      if (flaggedAt === null && box.hasAttribute('data-appeal-spotter-flag')) flaggedAt = clock.t;
    });
    expect(flaggedAt).not.toBeNull();
    expect(flaggedAt! - insertedAt).toBeLessThanOrEqual(1000);
    expect(lastReport().appeals.map((a) => a.excerpt)).toContain('Our newsroom is funded by readers. Donate today.');
    expect(scanSpy.mock.calls.length - scansBefore).toBeLessThanOrEqual(2);
  });

  it('a feed of plain items alone is scanned rarely: noise waits longer than unknown changes', async () => {
    await start();
    const at: number[] = [];
    scanSpy.mockImplementation((d, o) => { at.push(clock.t); return fakeScan(d, o); });
    const t0 = clock.t;
    await feedStorm(20_000);
    // Screened noise: first scan after maxWait × 4 = 8 s (an unknown change would scan at 2 s, 6 s, 14 s).
    expect(at.length).toBeGreaterThanOrEqual(1); // still looked (word counts change)
    expect(at.length).toBeLessThanOrEqual(2);
    expect(at[0]! - t0).toBeGreaterThanOrEqual(8000);
  });

  it('a flagged appeal the page removes loses its chip promptly, even on a busy page', async () => {
    await start();
    await feedStorm(20_000);
    expect(chips()).toHaveLength(2);
    document.querySelector('.promo')!.remove();
    await feedStorm(1000);
    expect(chips().map((c) => c.getAttribute('data-appeal-id'))).toEqual(['a1']);
  });

  it('an appeal revealed by an attribute change (hidden removed) is flagged within 1 s on a busy page', async () => {
    const gate = document.createElement('div');
    gate.hidden = true;
    gate.textContent = 'Subscribe to continue reading';
    document.querySelector('article')!.append(gate);
    await start();
    await feedStorm(20_000);
    let shownAt = 0;
    let flaggedAt: number | null = null;
    await feedStorm(2000, (t) => {
      if (t === 200) { gate.hidden = false; gate.setAttribute('data-test-appeal', 'paywall'); shownAt = clock.t; }
      if (flaggedAt === null && gate.hasAttribute('data-appeal-spotter-flag')) flaggedAt = clock.t;
    });
    expect(flaggedAt).not.toBeNull();
    expect(flaggedAt! - shownAt).toBeLessThanOrEqual(1000);
  });

  it('moving an already screened appeal-like node (a carousel slide) does not prompt a scan each time', async () => {
    await start();
    const track = document.createElement('div');
    for (let i = 0; i < 4; i++) {
      const slide = document.createElement('figure');
      slide.textContent = i === 2 ? 'Become a member today' : `Photo ${i}`;
      track.append(slide);
    }
    document.body.append(track);
    await settle(1);
    await clock.advance(3000);
    const before = scanSpy.mock.calls.length;
    for (let i = 0; i < 200; i++) { // 10 s of a slide swap every 50 ms
      track.append(track.firstElementChild!);
      await settle(1);
      await clock.advance(50);
    }
    expect(scanSpy.mock.calls.length - before).toBeLessThanOrEqual(2);
  });

  it('disconnects and removes every flag when the extension context is invalidated', async () => {
    await start();
    fb.runtimeId = undefined; // what Chrome does after an extension update/reload
    document.body.append(document.createElement('p'));
    await settle();
    await clock.advance(3000);
    expect(handle!.alive).toBe(false);
    expect(flagged()).toHaveLength(0);
    expect(document.querySelector('[data-appeal-spotter-ui]')).toBeNull();
    expect(document.documentElement.hasAttribute('data-appeal-spotter')).toBe(false);
  });

  it('never throws into the page when the scanner throws', async () => {
    scanSpy.mockImplementation(() => { throw new Error('scanner bug'); });
    await expect(start()).resolves.toBeDefined();
    document.body.append(document.createElement('p'));
    await settle();
    await expect(clock.advance(3000)).resolves.toBeUndefined();
    expect(flagged()).toHaveLength(0);
  });
});

describe('a scan in slices', () => {
  interface FakeJob { steps: number; done: boolean }
  /**
   * A stand-in for the core's startScan: each job needs `stepsOf(k)` steps (the k-th job), each
   * taking `msPerStep` of the clock; its last step is the whole fake scan.
   */
  function slicedScan(stepsOf: (k: number) => number, msPerStep: number) {
    const jobs: FakeJob[] = [];
    const fn = vi.fn((doc: Document, options: ScanOptions) => {
      const job: FakeJob = { steps: 0, done: false };
      const need = stepsOf(jobs.length);
      jobs.push(job);
      return {
        step: (): ScanReport | null => {
          expect(job.done).toBe(false);
          job.steps++;
          clock.t += msPerStep;
          if (job.steps < need) return null;
          job.done = true;
          return scanSpy(doc, options);
        },
      };
    });
    return { fn, jobs };
  }
  const startSliced = (startScan: NonNullable<ContentDeps['startScan']>): ContentHandle =>
    (handle = startContent({
      doc: document, win: window, api: fb.content(TAB, location.href), scan: scanSpy, startScan,
      layout: noLayout, geometry: noGeometry, timers: clock,
    }));
  /** The page adds an appeal box to the article (a late appeal). */
  const addAppeal = (kind: AppealKind, text = 'Support our newsroom: donate $5 a month today.'): HTMLElement => {
    const el = document.createElement('aside');
    el.setAttribute('data-test-appeal', kind);
    el.textContent = text;
    document.querySelector('article')!.append(el);
    return el;
  };

  /**
   * Starts the controller (each scan in slices of 40 ms, as many as `stepsOf` says), adds a
   * donation appeal and runs on 300 ms: the prompt rescan it causes is then in its slices.
   */
  async function promptScanInSlices(stepsOf: (k: number) => number) {
    const sliced = slicedScan(stepsOf, 40);
    await startSliced(sliced.fn).ready;
    addAppeal('donation');
    await settle();
    await clock.advance(300);
    return sliced;
  }

  it('each slice is a task of its own; flags, the report and `ready` come after the last one', async () => {
    const sliced = slicedScan(() => 4, 10);
    const h = startSliced(sliced.fn);
    let ready = false;
    void h.ready.then(() => { ready = true; });
    await settle();
    expect(sliced.jobs).toHaveLength(1);
    expect(sliced.jobs[0]!.steps).toBe(1); // the rest waits for later tasks
    expect(sliced.fn.mock.calls[0]![1]).toMatchObject({ sliceMs: expect.any(Number), timeBudgetMs: expect.any(Number) });
    expect(flagged()).toHaveLength(0);
    expect(reports).toHaveLength(0);
    expect(ready).toBe(false);
    await clock.advance(100);
    expect(sliced.jobs[0]).toEqual({ steps: 4, done: true });
    expect(flagged()).toHaveLength(3);
    expect(reports).toHaveLength(1);
    expect(ready).toBe(true);
  });

  it('the scheduler never starts a rescan while its own is still running: the one due waits, then runs', async () => {
    // The first scan is quick; rescans take 10 slices of 40 ms, longer than the prompt delay.
    const sliced = await promptScanInSlices((k) => (k === 0 ? 1 : 10)); // it started at 150 ms and is halfway through
    expect(sliced.jobs).toHaveLength(2);
    expect(sliced.jobs[1]!.done).toBe(false);
    addAppeal('paywall');
    await settle();
    // It falls due at 450 ms, while the scan runs; it runs after that one, once the duty share allows.
    await clock.advance(5_000);
    // Three scans, each run to its end: none was cut off by the next, none ran beside another.
    expect(sliced.jobs.map((j) => j.done)).toEqual([true, true, true]);
    expect(lastReport().appeals.map((a) => a.kind)).toEqual(['donation', 'subscription', 'donation', 'paywall']);
  });

  it('a command scan that replaces the scheduler\'s scan in slices leaves the scheduler free for later changes', async () => {
    // First scan quick, the prompt scan in 10 slices, the command's scan and any later one quick.
    const sliced = await promptScanInSlices((k) => (k === 1 ? 10 : 1));
    expect(sliced.jobs[1]!.done).toBe(false);
    await send({ type: 'content:rescan' });
    expect(sliced.jobs[2]!.done).toBe(true);
    const late = addAppeal('paywall', 'Subscribe to keep reading this story.');
    await settle();
    await clock.advance(10_000);
    expect(sliced.jobs[1]).toMatchObject({ done: false }); // replaced, never finished
    expect(sliced.jobs.length).toBeGreaterThanOrEqual(4);
    expect(late.getAttribute('data-appeal-spotter-kind')).toBe('paywall');
  });

  it('a scan that breaks in a later slice throws nothing into the page and leaves the scheduler free', async () => {
    let k = 0;
    const startScan = vi.fn((doc: Document, options: ScanOptions) => {
      const n = k++;
      let steps = 0;
      return {
        step: (): ScanReport | null => {
          steps++;
          clock.t += 40;
          if (n === 1 && steps === 2) throw new Error('scanner bug in a later slice');
          if (n === 1) return null; // the prompt scan: slices until it breaks
          return scanSpy(doc, options);
        },
      };
    });
    await startSliced(startScan).ready;
    addAppeal('donation');
    await settle();
    await expect(clock.advance(1_000)).resolves.toBeUndefined(); // the prompt scan broke in its second slice
    const late = addAppeal('paywall', 'Subscribe to keep reading this story.');
    await settle();
    await clock.advance(10_000);
    expect(startScan.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(late.getAttribute('data-appeal-spotter-kind')).toBe('paywall');
  });

  it('a command rescan replaces a scan still in slices; the old one takes no further step', async () => {
    const sliced = slicedScan((k) => (k === 0 ? 5 : 1), 10);
    startSliced(sliced.fn);
    await settle();
    expect(sliced.jobs[0]!.steps).toBe(1);
    await send({ type: 'content:rescan' });
    await clock.advance(100);
    expect(sliced.jobs[0]).toEqual({ steps: 1, done: false });
    expect(sliced.jobs[1]!.done).toBe(true);
    expect(flagged()).toHaveLength(3);
  });

  it('slices only a visible page: a hidden tab scans in one go (the browser would hold each slice back)', async () => {
    const sliced = slicedScan(() => 1, 1);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      startSliced(sliced.fn);
      await settle();
      expect(sliced.fn.mock.calls[0]![1].sliceMs).toBeUndefined();
      expect(sliced.fn.mock.calls[0]![1].timeBudgetMs).toBeGreaterThan(0);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await send({ type: 'content:rescan' });
    expect(sliced.fn.mock.calls[1]![1].sliceMs).toBeGreaterThan(0);
  });

  it('builds the scanner\'s tables while it waits for its settings, before the first scan; a failure there is harmless', async () => {
    const order: string[] = [];
    const get = fb.local.get.bind(fb.local);
    fb.local.get = (keys) => { order.push('settings asked'); return get(keys); };
    const scan = vi.fn((doc: Document, o: ScanOptions) => { order.push('scan'); return fakeScan(doc, o); });
    handle = startContent({
      doc: document, win: window, api: fb.content(TAB, location.href), scan, layout: noLayout, geometry: noGeometry, timers: clock,
      prepare: () => { order.push('prepare'); throw new Error('tables broke'); },
    });
    await handle.ready;
    expect(order).toEqual(['settings asked', 'prepare', 'scan']);
    expect(flagged()).toHaveLength(3);
  });

  it('turned off while a scan is in slices: nothing is flagged afterwards and `ready` still resolves', async () => {
    const sliced = slicedScan(() => 5, 10);
    const h = startSliced(sliced.fn);
    await settle();
    await send({ type: 'content:off' });
    await clock.advance(100);
    await expect(h.ready).resolves.toBeUndefined();
    expect(sliced.jobs[0]!.done).toBe(false);
    expect(flagged()).toHaveLength(0);
    expect(reports).toHaveLength(0);
  });
});

describe('chip placement', () => {
  /** jsdom has no ResizeObserver: one the test drives the way the browser does after each layout. */
  class FakeResizeObserver {
    static all: FakeResizeObserver[] = [];
    private readonly fresh = new Set<Element>();
    private readonly targets = new Set<Element>();
    constructor(private readonly cb: () => void) { FakeResizeObserver.all.push(this); }
    observe(el: Element): void { this.targets.add(el); this.fresh.add(el); } // a new observation always reports once
    unobserve(el: Element): void { this.targets.delete(el); this.fresh.delete(el); }
    disconnect(): void { this.targets.clear(); this.fresh.clear(); }
    /** One rendered frame: notifies when an observed box changed size, or for a new observation. */
    frame(resized: boolean): void {
      if (this.targets.size === 0 || (!resized && this.fresh.size === 0)) return;
      this.fresh.clear();
      this.cb();
    }
  }
  const frame = (resized: boolean): void => { for (const o of FakeResizeObserver.all) o.frame(resized); };
  const wrapTops = (): string[] => chips().map((c) => c.parentElement!.style.top);

  afterEach(() => {
    delete (window as unknown as { ResizeObserver?: unknown }).ResizeObserver;
    FakeResizeObserver.all = [];
  });

  it('while the page keeps resizing, chips that stand still are checked every 200 ms, not every frame, and the last move is followed', async () => {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = FakeResizeObserver;
    let top = 100;
    let reads = 0;
    const geometry = {
      rect: () => { reads++; return { top, left: 10, width: 100, height: 40 }; },
      fixed: () => false, scroll: () => ({ x: 0, y: 0 }),
    };
    handle = startContent({ doc: document, win: window, api: fb.content(TAB, location.href), scan: scanSpy, layout: noLayout, geometry, timers: clock });
    await handle.ready;
    await settle();
    frame(false);
    expect(wrapTops()).toEqual(['90px', '90px']);
    // A feed grows below the appeals: the page's size changes every 50 ms for 2 s.
    reads = 0;
    for (let t = 0; t < 2000; t += 50) { await clock.advance(50); frame(true); }
    expect(reads).toBeGreaterThan(0);
    expect(reads / 2).toBeLessThanOrEqual(2000 / 200 + 1); // 2 appeals; every frame would be 40 checks
    // Something above them grows on the last frame, then the page settles: the chips still follow.
    top = 300;
    await clock.advance(50);
    frame(true);
    for (let t = 0; t < 500; t += 50) { await clock.advance(50); frame(false); }
    expect(wrapTops()).toEqual(['290px', '290px']);
    // While they move, every frame is followed.
    reads = 0;
    for (let t = 0; t < 3; t++) { top += 10; await clock.advance(16); frame(true); }
    expect(wrapTops()).toEqual(['320px', '320px']);
    expect(reads).toBe(6);
  });
});

describe('commands', () => {
  it('show: reveals, scrolls to and pulses the appeal; unknown ids and bad commands are refused', async () => {
    await start({ ...DEFAULT_SETTINGS, mode: 'hide' });
    const promo = document.querySelector('.promo')!;
    const scrolled = vi.spyOn(promo, 'scrollIntoView');
    expect(await send({ type: 'content:show', appealId: 'a2' })).toEqual({ ok: true });
    expect(scrolled).toHaveBeenCalled();
    expect(promo.hasAttribute('data-appeal-spotter-pulse')).toBe(true);
    expect(promo.hasAttribute('data-appeal-spotter-expanded')).toBe(true);
    expect(await send({ type: 'content:show', appealId: 'a99' })).toEqual({ ok: false });
    await expect(send({ type: 'content:show', appealId: '<script>' , extra: 1 })).rejects.toThrow(/Receiving end/);
    await expect(send({ type: 'eval', code: 'x' })).rejects.toThrow(/Receiving end/);
    expect(handle!.alive).toBe(true);
  });

  it('stops when its own site is switched off in settings, but a "scan once" survives unrelated edits', async () => {
    await start({ ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } });
    await fb.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false }, 'https://x.example': { enabled: true, supporter: false } } } });
    await settle();
    expect(handle!.alive).toBe(true);
    await fb.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await settle();
    expect(handle!.alive).toBe(false);
    expect(flagged()).toHaveLength(0);

    await start(DEFAULT_SETTINGS); // site off: a "scan once"
    await fb.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, mode: 'collapse' } });
    await settle();
    expect(handle!.alive).toBe(true);
    expect(flagged()[0]!.getAttribute('data-appeal-spotter-mode')).toBe('collapse');
  });
});

describe('corrections need a named site', () => {
  it('on "localhost" (no rules possible) chips have no menu and the picker is refused', async () => {
    await start();
    expect(chips().length).toBeGreaterThan(0);
    expect(shadow()?.querySelector('.menu-button')).toBeNull();
    expect(await send({ type: 'content:pick' })).toEqual({ ok: false });
    expect(await send({ type: 'content:notAppeal', appealId: 'a1' })).toEqual({ ok: false });
    expect(flagged().length).toBeGreaterThan(0);
  });
});
