// Content-script entry. Injected by a registered content script (enabled sites) or by
// scripting.executeScript ("scan once", switching a site on); see singleton.ts for reruns.
import { prepareScanner, scan, startScan } from '../core/index.js';
import { contentApi } from '../platform/browser.js';
import { startContent } from './controller.js';
import { ensureRunning } from './singleton.js';

try {
  ensureRunning(globalThis, (onStop) => startContent({ doc: document, win: window, api: contentApi, scan, startScan, prepare: prepareScanner, onStop }));
} catch {
  // Never throw into the page.
}
