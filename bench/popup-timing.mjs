// Popup first render with 20 appeals on the tab: a 20-appeal report is stored for a real tab the
// way the background stores it (storage.session `tab:<id>`), then popup.html?tab=ID is opened as a
// page and the time from navigation start to `#summary[data-state="found"]` is read in the popup
// (an init script's MutationObserver records performance.now() when the state appears).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './serve.mjs';
import { launchChromium, withTimeout } from './browser.mjs';
import { median } from './report.mjs';

const EXT_DIR = path.resolve('dist/chrome-e2e');
const OPENS = 8;

/** A report as the content script sends it (shape: ReportPayload in src/shared/messages.ts). */
function twentyAppealReport() {
  const kinds = ['donation', 'subscription', 'paywall'];
  const placements = ['inline', 'appended', 'sidebar', 'banner', 'overlay'];
  const appeals = Array.from({ length: 20 }, (_, i) => ({
    id: `a${i + 1}`, kind: kinds[i % 3], placement: placements[i % 5], confidence: 0.6 + (i % 4) / 10,
    reasons: [`asks for money: 'give $${i + 3} a month'`, 'links to a donation platform'],
    excerpt: `Appeal number ${i + 1}: our newsroom depends on readers. Support us from $${i + 3} a month and keep the reporting free for everyone.`,
    words: 24, flagged: true,
  }));
  return {
    title: 'Twenty appeals on one page', wordsArticle: 900, wordsAppeals: 480, appeals, minorCount: 3,
    paywall: { detected: false, state: 'free', signals: [] }, partial: false, ms: 4.2,
  };
}

/** Init script for the popup: when does #summary first reach data-state="found"? */
function recordFound() {
  const check = () => {
    const el = document.querySelector('#summary[data-state="found"]');
    if (el && globalThis.__foundAt === undefined) globalThis.__foundAt = performance.now();
    return el !== null;
  };
  new MutationObserver(() => check()).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'id'] });
}

/**
 * A control page, written into the test build only: an extension page with one script that reads
 * the same three things the popup reads (the tab's stored report, the settings, the tab) and
 * nothing else. What the browser costs any popup; the popup's own cost is what it adds.
 */
function writeControlPage() {
  writeFileSync(path.join(EXT_DIR, 'bench-control.html'), '<!doctype html><html><head><meta charset="utf-8"><title>control</title></head><body><p>control</p><script src="bench-control.js"></script></body></html>\n');
  writeFileSync(path.join(EXT_DIR, 'bench-control.js'), `performance.mark('control:start');
const tabId = Number(new URLSearchParams(location.search).get('tab'));
Promise.all([chrome.storage.session.get('tab:' + tabId), chrome.storage.local.get('settings'), chrome.tabs.get(tabId)])
  .then(() => { performance.mark('control:data'); document.body.dataset.state = 'data'; });
`);
}

export async function timePopup({ log }) {
  if (!existsSync(path.join(EXT_DIR, 'popup.html'))) return { skipped: 'dist/chrome-e2e/popup.html not built (popup not landed yet)' };
  writeControlPage();
  const url = '/storm/twenty';
  const server = await startServer({ routes: { [url]: () => '<!doctype html><title>Twenty appeals</title><p>Article.</p>' } });
  const b = await launchChromium({ extDir: EXT_DIR });
  try {
    const tab = await b.context.newPage();
    const pageUrl = server.origin + url;
    await tab.goto(pageUrl);
    const tabId = await withTimeout(b.sw.evaluate(async ({ pageUrl, report }) => {
      const api = globalThis.chrome;
      const t = (await api.tabs.query({})).find((x) => x.url === pageUrl);
      await api.storage.session.set({ [`tab:${t.id}`]: { url: pageUrl, report, at: Date.now() } });
      return t.id;
    }, { pageUrl, report: twentyAppealReport() }), 10000, 'store report');
    await b.context.addInitScript(recordFound);
    const times = [];
    const phases = [];
    let items = null;
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    const control = [];
    for (let i = 0; i < OPENS; i++) {
      // The control page first, then the popup, in the same tab: neither always opens colder.
      await popup.goto(`chrome-extension://${b.extId}/bench-control.html?tab=${tabId}`);
      await popup.waitForSelector('body[data-state="data"]', { timeout: 10000 });
      control.push(await popup.evaluate(() => {
        const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
        return { start: at('control:start'), data: at('control:data') };
      }));
      await popup.goto(`chrome-extension://${b.extId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('#summary[data-state="found"]', { timeout: 10000 });
      const r = await popup.evaluate(() => ({
        foundAt: globalThis.__foundAt ?? null,
        mark: performance.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime })),
        rows: document.querySelectorAll('li.appeal').length,
      }));
      times.push(r.foundAt);
      // The popup's own marks (src/popup/popup.ts): when its script started, the storage read, the render.
      const at = (name) => r.mark.find((m) => m.name === `popup:${name}`)?.t ?? null;
      const [start, read, state, drawn] = ['start', 'read', 'state', 'drawn'].map(at);
      if (start != null && read != null && state != null && drawn != null) phases.push({ start, read: state - read, render: drawn - state });
      items = r.rows;
    }
    await popup.close();
    const got = times.filter((t) => t != null);
    const med = (k) => median(phases.map((p) => p[k]));
    const out = {
      opens: times, first: times[0], median: median(got), max: Math.max(...got), listItems: items,
      phases: phases.length ? { scriptStart: med('start'), storageRead: med('read'), render: med('render') } : null,
      control: { scriptStart: median(control.map((c) => c.start)), data: median(control.map((c) => c.data)) },
    };
    log(`  popup.html?tab=${tabId} opened ${OPENS}×: ms from navigation start to #summary[data-state=found]: ${times.map((t) => (t == null ? '?' : t.toFixed(1))).join(', ')}`);
    log(`  median ${out.median?.toFixed(1)} ms, first (worker may be cold) ${out.first?.toFixed(1)} ms; ${items} list items rendered`);
    log(`  control (an extension page whose one script only reads the same report, settings and tab), median of ${OPENS}: script starts at ${out.control.scriptStart.toFixed(1)} ms, data read at ${out.control.data.toFixed(1)} ms; the popup adds ${(out.median - out.control.data).toFixed(1)} ms to that`);
    if (out.phases) log(`  medians from the popup's own marks: its script starts at ${out.phases.scriptStart.toFixed(1)} ms, the storage read takes ${out.phases.storageRead.toFixed(1)} ms, rendering ${out.phases.render.toFixed(1)} ms`);
    return out;
  } catch (e) {
    return { skipped: `popup timing failed: ${String(e.message ?? e).split('\n')[0]}` };
  } finally {
    await b.close();
    await server.close();
  }
}
