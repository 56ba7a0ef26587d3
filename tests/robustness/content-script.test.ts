// The content script in hostile conditions, with the REAL scanner, a real jsdom page per test,
// the background's real handler behind a fake browser, and a manual clock:
//  - the extension goes away ("Extension context invalidated") or the site is switched off:
//    the observer disconnects and every flag goes;
//  - a page that mutates forever (or fights our flags) cannot make it spin;
//  - nothing is ever thrown into the page, even when the page sabotages the DOM API;
//  - in highlight mode the page's own DOM text stays identical; hostile appeal text stays text;
//  - the page cannot command it (window.postMessage, foreign senders).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers.js';
import { startContent, type ContentHandle } from '../../src/content/controller.js';
import { DEFAULT_SCHEDULER } from '../../src/content/scheduler.js';
import { scan } from '../../src/core/index.js';
import type { ScanOptions, ScanReport } from '../../src/core/types.js';
import type { ContentApi } from '../../src/platform/api.js';
import { LIMITS } from '../../src/shared/messages.js';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../src/shared/settings.js';
import { FakeBrowser } from '../adapters/fake-browser.js';
import { flushMicrotasks, ManualClock } from './support/clock.js';
import { OUR_ATTR, pageOnly } from './support/dom.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const URL = 'https://news.example/2026/05/ferry';
const SITE = 'https://news.example';
const TAB = 7;
const XSS_PAGE = readFileSync(path.join(ROOT, 'tests/fixtures/hostile/xss-appeal.html'), 'utf8');
const ON: Settings = { ...DEFAULT_SETTINGS, sites: { [SITE]: { enabled: true, supporter: false } } };

const APPEAL_HTML = '<div class="support-box late"><p>Support independent journalism today: donate $5 a month to keep our reporting free for everyone.</p><p><a href="https://donorbox.org/late">Donate now</a></p></div>';

interface Rig {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  readonly fb: FakeBrowser;
  readonly clock: ManualClock;
  readonly errors: string[];
  readonly scans: { n: number };
  handle: ContentHandle | null;
}

const rigs: Rig[] = [];

/** A page in its own jsdom window; errors thrown into it are collected, not lost. */
function rig(html = XSS_PAGE, settings: Settings = ON, prepare?: (win: Window & typeof globalThis) => void): Rig {
  const errors: string[] = [];
  const vc = new VirtualConsole();
  vc.on('jsdomError', (e: Error) => errors.push(`jsdomError: ${e.message}`));
  const dom = new JSDOM(html, { url: URL, pretendToBeVisual: true, runScripts: 'outside-only', virtualConsole: vc });
  const win = dom.window as unknown as Window & typeof globalThis;
  win.addEventListener('error', (ev) => errors.push(`window error: ${(ev as ErrorEvent).message}`));
  win.addEventListener('unhandledrejection', (ev) => errors.push(`unhandled rejection: ${String((ev as PromiseRejectionEvent).reason)}`));
  win.Element.prototype.scrollIntoView = function scrollIntoView(): void { /* no layout in jsdom */ };
  const fb = new FakeBrowser();
  fb.addTab(TAB, URL, { active: true });
  fb.local.data[SETTINGS_KEY] = structuredClone(settings);
  const bg = createBackground(fb.background, () => 1_000);
  fb.onMessage.addListener((m, s) => bg.onMessage(m, s));
  prepare?.(win);
  const r: Rig = { dom, doc: win.document, win, fb, clock: new ManualClock(), errors, scans: { n: 0 }, handle: null };
  rigs.push(r);
  return r;
}

function start(r: Rig, api: ContentApi = r.fb.content(TAB, URL)): ContentHandle {
  const counted = (doc: Document, options: ScanOptions): ScanReport => {
    r.scans.n++;
    return scan(doc, options);
  };
  r.handle = startContent({ doc: r.doc, win: r.win, api, scan: counted, timers: r.clock });
  return r.handle;
}

async function started(r: Rig, api?: ContentApi): Promise<ContentHandle> {
  const h = start(r, api);
  await h.ready;
  await flushMicrotasks();
  return h;
}

/** Every trace of the extension in the page's DOM. */
function traces(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const a of el.getAttributeNames()) if (OUR_ATTR.test(a)) out.push(`<${el.localName} ${a}>`);
  }
  return out;
}

afterEach(() => {
  for (const r of rigs.splice(0)) {
    try { r.handle?.stop(); } catch { /* the test may have broken the page on purpose */ }
    r.dom.window.close();
  }
});

describe('content script with the real scanner on a hostile page', () => {
  it('flags the appeal; highlight mode leaves the page text and structure identical; hostile text stays text', async () => {
    const r = rig();
    const bodyText = r.doc.body.textContent;
    const before = r.doc.documentElement.outerHTML;
    await started(r);
    expect(traces(r.doc).length, 'the donation box is flagged').toBeGreaterThan(0);
    expect(r.doc.body.textContent).toBe(bodyText);
    expect(pageOnly(r.doc)).toBe(before);
    const shadow = r.doc.querySelector('[data-appeal-spotter-ui]')?.shadowRoot;
    expect(shadow).toBeTruthy();
    // Only the chip's own elements; nothing parsed out of the page's text.
    for (const el of Array.from(shadow!.querySelectorAll('*'))) expect(['div', 'button', 'span', 'style']).toContain(el.localName);
    expect(r.doc.querySelectorAll('img, script').length).toBe(0);
    expect((r.win as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(r.errors).toEqual([]);
    // The report reached the background and was stored for the tab the browser named.
    expect(r.fb.session.data[`tab:${TAB}`]).toMatchObject({ url: URL });
  });

  it('turning the site off (command or settings change) restores the page exactly and stops watching', async () => {
    for (const how of ['command', 'settings'] as const) {
      const r = rig();
      const before = r.doc.documentElement.outerHTML;
      const h = await started(r);
      expect(traces(r.doc).length).toBeGreaterThan(0);
      if (how === 'command') expect(await r.fb.sendToTab(TAB, { type: 'content:off' })).toEqual({ ok: true });
      else await r.fb.local.set({ [SETTINGS_KEY]: { ...ON, sites: {} } });
      await flushMicrotasks();
      expect(h.alive, how).toBe(false);
      expect(r.doc.documentElement.outerHTML, how).toBe(before);
      const scans = r.scans.n;
      r.doc.querySelector('article')!.insertAdjacentHTML('beforeend', APPEAL_HTML);
      await r.clock.advance(60_000);
      expect(r.scans.n, `${how}: no scan after off`).toBe(scans);
      expect(traces(r.doc), how).toEqual([]);
      expect(r.errors, how).toEqual([]);
    }
  });
});

describe('a page with more appeals than any message may carry', () => {
  it('1,000 donation boxes: the content script trims its report to the caps and the background accepts it', async () => {
    const boxes = Array.from({ length: 1000 }, (_, i) => APPEAL_HTML.replace('late', `late n${i}`)).join('<p>The council voted on Tuesday to extend the tram line into the northern suburbs.</p>');
    const r = rig(XSS_PAGE.replace('</article>', `${boxes}</article>`));
    await started(r);
    const stored = r.fb.session.data[`tab:${TAB}`] as { report: { appeals: unknown[] } } | undefined;
    expect(stored, 'the background stored the report').toBeDefined();
    expect(stored!.report.appeals.length).toBeGreaterThan(0);
    expect(stored!.report.appeals.length).toBeLessThanOrEqual(LIMITS.appeals);
    expect(r.fb.badgeText.get(TAB), 'the badge shows a count').toMatch(/^\d/);
    expect(r.errors).toEqual([]);
  });
});

describe('"Extension context invalidated" (the extension was updated, reloaded or removed)', () => {
  const invalidated = (): Error => new Error('Extension context invalidated.');

  /** Each variant gives a working API and a switch that breaks it the way browsers do. */
  const variants: [string, (r: Rig) => { api: ContentApi; breakIt: () => void }][] = [
    ['runtime.sendMessage throws it', (r) => {
      const api = r.fb.content(TAB, URL);
      let broken = false;
      const runtime = { ...api.runtime, get id() { return api.runtime.id; }, sendMessage: (m: unknown) => { if (broken) throw invalidated(); return api.runtime.sendMessage(m); } };
      return { api: { ...api, runtime }, breakIt: () => { broken = true; } };
    }],
    ['runtime.sendMessage rejects with it', (r) => {
      const api = r.fb.content(TAB, URL);
      let broken = false;
      const runtime = { ...api.runtime, get id() { return api.runtime.id; }, sendMessage: (m: unknown) => (broken ? Promise.reject(invalidated()) : api.runtime.sendMessage(m)) };
      return { api: { ...api, runtime }, breakIt: () => { broken = true; } };
    }],
    ['runtime.id disappears and every call throws', (r) => ({ api: r.fb.content(TAB, URL), breakIt: () => { r.fb.runtimeId = undefined; } })],
  ];

  for (const [name, makeApi] of variants) {
    it(`${name}: the observer disconnects and every flag is removed, with nothing thrown into the page`, async () => {
      const r = rig();
      const before = r.doc.documentElement.outerHTML;
      const { api, breakIt } = makeApi(r);
      const h = await started(r, api);
      expect(traces(r.doc).length).toBeGreaterThan(0);
      breakIt();
      // The page changes (a new appeal): the rescan finds the context gone.
      r.doc.querySelector('article')!.insertAdjacentHTML('beforeend', APPEAL_HTML);
      await r.clock.advance(5_000);
      await flushMicrotasks();
      expect(h.alive).toBe(false);
      expect(traces(r.doc)).toEqual([]);
      expect(r.doc.querySelector('[data-appeal-spotter-ui]')).toBeNull();
      const scans = r.scans.n;
      for (let i = 0; i < 20; i++) {
        r.doc.body.append(r.doc.createElement('p'));
        await r.clock.advance(1_000);
      }
      expect(r.scans.n, 'observer disconnected: no more scans').toBe(scans);
      expect(r.clock.pending, 'no timers left behind').toBe(0);
      // Our own nodes went; what the page added itself stays.
      r.doc.querySelectorAll('.late, body > p:empty').forEach((n) => n.remove());
      expect(r.doc.documentElement.outerHTML).toBe(before);
      expect(r.errors).toEqual([]);
    });
  }
});

describe('a page that never stops mutating cannot make the content script spin', () => {
  async function storm(r: Rig, seconds: number, stepMs: number, mutate: (i: number) => void): Promise<number[]> {
    const at: number[] = [];
    let last = r.scans.n;
    for (let i = 0; i * stepMs < seconds * 1000; i++) {
      mutate(i);
      await r.clock.advance(stepMs);
      if (r.scans.n !== last) {
        at.push(r.clock.t);
        last = r.scans.n;
      }
    }
    return at;
  }

  it('a ticking clock element every 200 ms for 5 simulated minutes: few scans, backing off', async () => {
    const r = rig();
    await started(r);
    const ticker = r.doc.createElement('span');
    r.doc.querySelector('header')!.append(ticker);
    const scansAt = await storm(r, 300, 200, (i) => { ticker.textContent = `12:00:${i}`; ticker.className = i % 2 ? 'odd' : 'even'; });
    // Without back-off (a scan every maxWait = 2 s) this would be 150 scans.
    expect(scansAt.length).toBeLessThanOrEqual(20);
    const gaps = scansAt.slice(1).map((t, i) => t - scansAt[i]!);
    expect(Math.max(...gaps), 'the gap between scans grows').toBeGreaterThanOrEqual(30_000);
    expect(r.errors).toEqual([]);
    expect(r.handle!.alive).toBe(true);
  });

  it('a page that strips our flags as soon as they appear: bounded scans, no ping-pong', async () => {
    const r = rig();
    await started(r);
    // The page's own observer, in the page's realm, removes every trace of us.
    r.win.eval(`
      window.stripped = 0;
      new MutationObserver(() => {
        window.stripped++;
        for (const el of document.querySelectorAll('*')) for (const a of el.getAttributeNames()) if (a.startsWith('data-appeal-spotter')) el.removeAttribute(a);
        document.querySelectorAll('[data-appeal-spotter-ui]').forEach((n) => n.remove());
      }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    `);
    let toggles = 0;
    const scansAt = await storm(r, 120, 200, (i) => { if (i % 5 === 0) { toggles++; r.doc.querySelector('article')!.classList.toggle('wide'); } });
    // At most one scan per change the page itself made: our re-flagging and its stripping don't feed each other...
    expect(scansAt.length).toBeLessThanOrEqual(toggles + 1);
    // ...so once the page goes quiet, so do we.
    const settled = r.scans.n;
    await r.clock.advance(60_000);
    expect(r.scans.n - settled, 'scans after the page went quiet').toBeLessThanOrEqual(1);
    expect((r.win as unknown as { stripped: number }).stripped).toBeLessThan(10 * (toggles + 1));
    expect(r.errors).toEqual([]);
  });

  it('appeals keep being injected and removed (an ad rotator): scans stay bounded', async () => {
    const r = rig();
    await started(r);
    const slot = r.doc.createElement('aside');
    r.doc.body.append(slot);
    const scansAt = await storm(r, 120, 250, (i) => {
      if (i % 2) slot.replaceChildren();
      else slot.insertAdjacentHTML('beforeend', APPEAL_HTML.replace('late', `late n${i}`));
    });
    // Even when the answer keeps changing, a page that is never quiet gets one scan per maxWait.
    expect(scansAt.length).toBeLessThanOrEqual(120_000 / DEFAULT_SCHEDULER.maxWaitMs + 2);
    expect(scansAt.length, 'but it does keep looking').toBeGreaterThan(3);
    expect(r.errors).toEqual([]);
  });
});

describe('nothing is thrown into the page, whatever the page did to its own DOM API', () => {
  const sabotage: Record<string, string> = {
    'MutationObserver replaced by a throwing constructor': 'window.MutationObserver = function () { throw new Error("page: no observers"); };',
    'ResizeObserver throws': 'window.ResizeObserver = function () { throw new Error("page: no resize"); };',
    'Element.prototype.setAttribute throws': 'Element.prototype.setAttribute = function () { throw new Error("page: no attributes"); };',
    'Element.prototype.attachShadow throws': 'Element.prototype.attachShadow = function () { throw new Error("page: no shadow"); };',
    'Node.prototype.appendChild and Element.prototype.append throw': 'Node.prototype.appendChild = Element.prototype.append = function () { throw new Error("page: no append"); };',
    'querySelectorAll throws': 'Element.prototype.querySelectorAll = Document.prototype.querySelectorAll = function () { throw new Error("page: qsa"); };',
    'getComputedStyle throws': 'window.getComputedStyle = function () { throw new Error("page: no styles"); };',
    'addEventListener throws': 'EventTarget.prototype.addEventListener = function () { throw new Error("page: no listeners"); };',
  };

  it.each(Object.keys(sabotage))('%s', async (name) => {
    const r = rig(XSS_PAGE, ON, (win) => (win as unknown as { eval(code: string): unknown }).eval(sabotage[name]!));
    let h: ContentHandle | undefined;
    expect(() => { h = start(r); }).not.toThrow();
    await h!.ready;
    await r.clock.advance(5_000);
    try { r.doc.querySelector('article')?.insertAdjacentHTML('beforeend', APPEAL_HTML); } catch { /* sabotaged */ }
    await r.clock.advance(30_000);
    expect(() => h!.stop()).not.toThrow();
    expect(r.errors).toEqual([]);
  });
});

describe('the page cannot command the content script', () => {
  it('window.postMessage of valid commands and runtime messages from another extension are ignored', async () => {
    const r = rig();
    const h = await started(r);
    const flagsBefore = traces(r.doc);
    for (const command of [{ type: 'content:off' }, { type: 'content:rescan' }, { type: 'content:show', appealId: 'a1' }]) {
      r.win.postMessage(command, '*');
      r.win.postMessage(JSON.stringify(command), '*');
      r.win.dispatchEvent(new r.win.CustomEvent('appeal-spotter', { detail: command }));
    }
    await flushMicrotasks(5);
    expect(h.alive).toBe(true);
    expect(traces(r.doc)).toEqual(flagsBefore);
    // A message that claims to come from another extension's runtime.
    const content = r.fb.contentInTab.get(TAB)!;
    expect(content.onMessage({ type: 'content:off' }, { id: 'evil-extension' })).toBeUndefined();
    expect(h.alive).toBe(true);
    // Malformed commands are ignored too.
    for (const m of [null, 'content:off', { type: 'content:off', extra: 1 }, { type: 'content:show', appealId: 'x'.repeat(10_000) }]) {
      expect(content.onMessage(m, { id: r.fb.runtimeId })).toBeUndefined();
    }
    expect(h.alive).toBe(true);
    expect(r.errors).toEqual([]);
  });
});
