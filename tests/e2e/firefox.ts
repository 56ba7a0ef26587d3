// Launches firefox-esr headless over WebDriver BiDi with the e2e build installed as a temporary
// add-on (recipe: /work/shared/BROWSER-TESTING.md, Firefox section).
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RulesDriver, RulesPage } from './rules-flow.js';
import { FIREFOX_EXT_DIR, FIREFOX_PATH, readGeckoId } from './paths.js';
import { withTimeout } from './util.js';

/** Pinned moz-extension:// host, so extension pages have a known URL. */
export const FF_UUID = '0b6c2f3e-1111-4222-8333-444455556666';

export interface FirefoxHarness {
  readonly browser: Browser;
  readonly geckoId: string;
  /** Navigates `page` to moz-extension://<uuid>/<rel>; page.goto never resolves for these URLs. */
  gotoExt(page: Page, rel: string): Promise<void>;
  /** Runs `fn(n)` in an extension page (where `browser.*` exists). */
  extEval<R>(fn: (n: number) => R | Promise<R>, n: number): Promise<R>;
  tabIdOf(url: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** The subset of `browser.*` used inside evaluate callbacks. */
export interface BrowserApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string | null> };
}

/** puppeteer's BiDi frame exposes its browsingContext; the raw navigate is what works for moz-extension://. */
interface BidiFrameLike { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } }

export async function launchFirefox(extDir: string = FIREFOX_EXT_DIR): Promise<FirefoxHarness> {
  const geckoId = readGeckoId(extDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'], // lets BiDi navigate to moz-extension://
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' }, // Gecko refuses non-loopback connections
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FF_UUID }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // news.test is the loopback test server under a name (rules are for named sites; see rules-flow.ts).
      'network.dns.localDomains': 'news.test',
      'dom.security.https_first': false,
    },
    defaultViewport: { width: 1100, height: 900 },
  });
  try {
    const installed = await browser.installExtension(extDir);
    if (installed !== geckoId) throw new Error(`installed add-on id ${installed} differs from manifest ${geckoId}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const base = `moz-extension://${FF_UUID}/`;
  const gotoExt = async (page: Page, rel: string): Promise<void> => {
    const frame = page.mainFrame() as unknown as BidiFrameLike;
    await withTimeout(frame.browsingContext.navigate(base + rel, 'complete'), 15_000, `navigate to ${rel}`);
  };
  let probe: Page | undefined;
  async function extEval<R>(fn: (n: number) => R | Promise<R>, n: number): Promise<R> {
    if (probe === undefined || probe.isClosed()) {
      probe = await browser.newPage();
      await gotoExt(probe, 'options.html');
    }
    return await probe.evaluate(fn, n) as R;
  }
  return {
    browser,
    geckoId,
    gotoExt,
    extEval,
    async tabIdOf(url) {
      // tabs.query({url}) ignores URLs with a port in Firefox: filter ourselves.
      const tabs = await extEval(() => (globalThis as unknown as { browser: BrowserApi }).browser.tabs.query({}), 0);
      const id = tabs.find((t) => t.url === url)?.id;
      if (id === undefined) throw new Error(`no tab shows ${url}; tabs: ${tabs.map((t) => t.url ?? '?').join(', ')}`);
      return id;
    },
    async badgeText(tabId) {
      const text = await extEval((id: number) => (globalThis as unknown as { browser: BrowserApi }).browser.action.getBadgeText({ tabId: id }), tabId);
      return text ?? '';
    },
    async openPopup(tabId) {
      const popup = await browser.newPage();
      // Firefox 140 ESR (Debian bookworm main) has no emulation.setScreenOrientationOverride, which
      // puppeteer's setViewport sends: the popup then keeps the default viewport, which is fine.
      await popup.setViewport({ width: 400, height: 640 }).catch(() => undefined);
      await gotoExt(popup, `popup.html?tab=${tabId}`);
      return popup;
    },
    close: () => browser.close(),
  };
}

/** A puppeteer page as the rules flow drives it. */
function rulesPage(p: Page): RulesPage {
  return {
    evaluate: (fn, arg) => p.evaluate(fn as never, arg as never) as never,
    click: (selector) => p.click(selector),
    press: (key) => p.keyboard.press((key === 'Space' ? ' ' : key) as never),
    mouseMove: (x, y) => p.mouse.move(x, y),
    mouseClick: (x, y) => p.mouse.click(x, y),
    wheel: (deltaY) => p.mouse.wheel({ deltaY }),
    reload: async () => { await p.reload(); },
    bringToFront: () => p.bringToFront(),
    close: async () => { if (!p.isClosed()) await p.close(); },
    async upload(selector, file) {
      const input = await p.$(selector) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${selector}`);
      await input.uploadFile(file);
    },
  };
}

export function firefoxRulesDriver(ff: FirefoxHarness): RulesDriver {
  const tmp = mkdtempSync(path.join(tmpdir(), 'as-e2e-rules-'));
  return {
    name: 'firefox',
    wheel: true,
    async open(url) {
      const page = await ff.browser.newPage();
      await page.goto(url);
      return rulesPage(page);
    },
    popup: async (tabId) => rulesPage(await ff.openPopup(tabId)),
    async options() {
      const page = await ff.browser.newPage();
      await ff.gotoExt(page, 'options.html');
      return rulesPage(page);
    },
    tabIdOf: (url) => ff.tabIdOf(url),
    badgeText: (tabId) => ff.badgeText(tabId),
    writeTemp(name, text) {
      const file = path.join(tmp, name);
      writeFileSync(file, text);
      return file;
    },
  };
}
