// The content script over generated pages (fast-check), with the real scanner and every mode:
// flagging never changes the page's own text or structure (only our attributes and one host
// element are added), nothing is thrown into the page, and switching off restores the page
// byte for byte.
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers.js';
import { startContent } from '../../src/content/controller.js';
import { scan } from '../../src/core/index.js';
import { DEFAULT_SETTINGS, MODES, SETTINGS_KEY, type Mode } from '../../src/shared/settings.js';
import { FakeBrowser } from '../adapters/fake-browser.js';
import { articlePageArb, randomPageArb } from './support/arbitraries.js';
import { ManualClock, flushMicrotasks } from './support/clock.js';
import { fillDocument, pageOnly } from './support/dom.js';

const URL = 'https://news.example/2026/story';
const SITE = 'https://news.example';

// One window for every case: a JSDOM per case would dominate the run time.
const errors: string[] = [];
const vc = new VirtualConsole();
// jsdom's CSS parser reports the generated pages' own junk <style> text; that is not an
// exception thrown into the page, so it is left out.
vc.on('jsdomError', (e: Error) => { if (!/^Could not parse CSS stylesheet/.test(e.message)) errors.push(e.message); });
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: URL, pretendToBeVisual: true, virtualConsole: vc });
const win = dom.window as unknown as Window & typeof globalThis;
win.addEventListener('error', (ev) => errors.push((ev as ErrorEvent).message));
win.Element.prototype.scrollIntoView = function scrollIntoView(): void { /* no layout */ };
afterAll(() => dom.window.close());

describe('content script over generated pages', () => {
  it('in every mode: the page\'s own DOM is untouched, nothing is thrown, and off restores it exactly (300 cases)', async () => {
    let flaggedCases = 0;
    await fc.assert(fc.asyncProperty(fc.oneof(articlePageArb, randomPageArb), fc.constantFrom<Mode>(...MODES), async (spec, mode) => {
      errors.length = 0;
      const doc = fillDocument(win.document, spec);
      const before = doc.documentElement.outerHTML;
      const text = doc.body.textContent;
      const fb = new FakeBrowser();
      fb.addTab(1, URL);
      fb.local.data[SETTINGS_KEY] = { ...DEFAULT_SETTINGS, mode, sites: { [SITE]: { enabled: true, supporter: false } } };
      const bg = createBackground(fb.background, () => 1);
      fb.onMessage.addListener((m, s) => bg.onMessage(m, s));
      const handle = startContent({ doc, win, api: fb.content(1, URL), scan, timers: new ManualClock() });
      await handle.ready;
      await flushMicrotasks(1);
      if (doc.querySelector('[data-appeal-spotter-flag]')) flaggedCases++;
      expect(doc.body.textContent, 'page text').toBe(text);
      expect(pageOnly(doc), 'page DOM apart from our attributes and host').toBe(before);
      expect(await fb.sendToTab(1, { type: 'content:off' })).toEqual({ ok: true });
      expect(handle.alive).toBe(false);
      expect(doc.documentElement.outerHTML, 'after off').toBe(before);
      expect(errors).toEqual([]);
    }), { numRuns: 300 });
    expect(flaggedCases, 'cases where something was flagged').toBeGreaterThan(50);
  });
});
