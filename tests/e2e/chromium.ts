// Launches Debian's Chromium with the e2e build loaded (recipe: /work/shared/BROWSER-TESTING.md)
// and wraps the few extension-side calls the tests need.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_EXT_DIR, CHROMIUM_PATH } from './paths.js';
import type { RulesDriver, RulesPage } from './rules-flow.js';
import { withTimeout } from './util.js';

export interface ChromiumHarness {
  readonly context: BrowserContext;
  readonly extId: string;
  /** Runs `fn(arg)` in an extension context: the service worker, or an extension page if the worker hangs. */
  extEval<R>(fn: (arg: ExtArg) => R | Promise<R>, arg: ExtArg): Promise<R>;
  /** The browser's tab id for the tab showing exactly `url`. */
  tabIdOf(url: string): Promise<number>;
  /** The action badge text for a tab ('' when none). */
  badgeText(tabId: number): Promise<string>;
  /** Opens popup.html?tab=ID as a normal tab (the recipe's recommended way to test the popup). */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly extDir?: string;
  /** Write Chromium's NetLog (every network request the browser makes) to this file. */
  readonly netLogPath?: string;
}

/** What the tests pass into extension-side callbacks. */
export type ExtArg = number | string;

/** The subset of `chrome.*` used inside evaluate callbacks (no @types/chrome in this repo). */
export interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<ChromiumHarness> {
  const extDir = opts.extDir ?? CHROME_EXT_DIR;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'as-e2e-chromium-'));
  const args = [
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--headless=new',
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    // No DNS at all: anything but the loopback test server fails to resolve. news.test is the
    // test server under a name (rules are for named sites; see rules-flow.ts).
    '--host-resolver-rules=MAP news.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
  if (opts.netLogPath !== undefined) args.push(`--log-net-log=${opts.netLogPath}`, '--net-log-capture-mode=Default');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new above
    args,
    viewport: { width: 1100, height: 900 },
  });
  let sw: Worker;
  try {
    sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 20_000 });
  } catch (e) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`no extension service worker appeared (is ${extDir} a valid build?): ${String(e)}`);
  }
  const extId = new URL(sw.url()).host;
  let probe: Page | undefined;

  // A stopped worker makes sw.evaluate hang (recipe pitfall), so fall back to an extension page.
  async function extEval<R>(fn: (arg: ExtArg) => R | Promise<R>, arg: ExtArg): Promise<R> {
    try {
      return await withTimeout(sw.evaluate(fn, arg), 4_000, 'service worker evaluate');
    } catch (e) {
      if (!String(e).includes('timed out')) throw e;
      if (probe === undefined || probe.isClosed()) {
        probe = await context.newPage();
        await probe.goto(`chrome-extension://${extId}/options.html`);
      }
      return probe.evaluate(fn, arg);
    }
  }

  const harness: ChromiumHarness = {
    context,
    extId,
    extEval,
    async tabIdOf(url) {
      const tabs = await extEval(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({}), 0);
      const id = tabs.find((t) => t.url === url)?.id;
      if (id === undefined) throw new Error(`no tab shows ${url}; tabs: ${tabs.map((t) => t.url ?? '?').join(', ')}`);
      return id;
    },
    badgeText: (tabId) => extEval((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: Number(id) }), tabId),
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 640 });
      await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** A Playwright page as the rules flow drives it. */
function rulesPage(p: Page): RulesPage {
  return {
    evaluate: (fn, arg) => p.evaluate(fn as never, arg as never),
    click: (selector) => p.click(selector),
    press: (key) => p.keyboard.press(key),
    mouseMove: (x, y) => p.mouse.move(x, y),
    mouseClick: (x, y) => p.mouse.click(x, y),
    wheel: (deltaY) => p.mouse.wheel(0, deltaY),
    reload: async () => { await p.reload(); },
    bringToFront: () => p.bringToFront(),
    close: async () => { if (!p.isClosed()) await p.close(); },
    upload: (selector, file) => p.setInputFiles(selector, file),
  };
}

export function chromiumRulesDriver(b: ChromiumHarness): RulesDriver {
  const tmp = mkdtempSync(path.join(tmpdir(), 'as-e2e-rules-'));
  return {
    name: 'chromium',
    wheel: false,
    async open(url) {
      const page = await b.context.newPage();
      await page.goto(url);
      return rulesPage(page);
    },
    popup: async (tabId) => rulesPage(await b.openPopup(tabId)),
    async options() {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extId}/options.html`);
      return rulesPage(page);
    },
    tabIdOf: (url) => b.tabIdOf(url),
    badgeText: (tabId) => b.badgeText(tabId),
    writeTemp(name, text) {
      const file = path.join(tmp, name);
      writeFileSync(file, text);
      return file;
    },
  };
}
