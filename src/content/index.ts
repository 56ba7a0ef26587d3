// Content-script entry. Injected by a registered content script (enabled sites) or by
// scripting.executeScript ("scan once", switching a site on). A second injection into the
// same page does not start a second instance: it asks the running one to rescan.
import { scan } from '../core/index.js';
import { contentApi } from '../platform/browser.js';
import { startContent, type ContentHandle } from './controller.js';

const KEY = Symbol.for('appeal-spotter.content');
type Global = typeof globalThis & { [KEY]?: ContentHandle };

try {
  const g = globalThis as Global;
  const existing = g[KEY];
  if (existing?.alive) {
    existing.rescan();
  } else {
    const handle: ContentHandle = startContent({
      doc: document, win: window, api: contentApi, scan,
      onStop: () => { if (g[KEY] === handle) delete g[KEY]; },
    });
    if (handle.alive) g[KEY] = handle;
  }
} catch {
  // Never throw into the page.
}
