// Where the scan's time goes: V8 sampling profile (CDP Profiler) of repeated scans on the
// slowest pages, aggregated by function of dist/core.js (self and inclusive time).
import { injectScript } from './scan-timing.mjs';

export const CORE_URL = 'appeal-spotter-core.js';

/** With the content script's layout ports when present (their style/layout cost shows up), but no time budget: the whole scan. */
async function repeatScan(n) {
  const AS = /** @type {any} */ (globalThis).AppealSpotter;
  const ports = /** @type {any} */ (globalThis).__appealSpotterPorts;
  const opts = ports ? { isVisible: ports.isVisible, getRect: ports.getRect, getPosition: ports.getPosition } : {};
  for (let i = 0; i < n; i++) AS.scan(document, opts);
}

/** Sums sample time per function key (self) and per function on the stack (inclusive). */
export function aggregate(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${f.url === CORE_URL ? 'core' : f.url.split('/').pop().replace(/\.js$/, '')}:${f.lineNumber + 1}` : 'native';
    return `${f.functionName || '(anonymous)'} ${where}`;
  };
  const self = new Map();
  const incl = new Map();
  const lines = new Map(); // core line -> ms: native DOM calls (textContent, querySelectorAll...) land here
  const nodeSelf = new Map();
  let total = 0;
  let inScan = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // the delta after a sample is its duration
    total += dt;
    const n = byId.get(id);
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    nodeSelf.set(id, (nodeSelf.get(id) ?? 0) + dt);
    const seen = new Set();
    let inCore = false;
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (node.callFrame.url === CORE_URL) inCore = true;
      if (node.callFrame.url === 'content-ports.js') inCore = true;
      const k = key(node);
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); }
    }
    if (inCore) inScan += dt;
  });
  for (const [id, ms] of nodeSelf) {
    const n = byId.get(id);
    if (n.callFrame.url !== CORE_URL || !n.positionTicks?.length) continue;
    const ticks = n.positionTicks.reduce((a, t) => a + t.ticks, 0);
    for (const t of n.positionTicks) lines.set(t.line, (lines.get(t.line) ?? 0) + (ms * t.ticks) / ticks);
  }
  return { self, incl, lines, total, inScan };
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, origin: string, nonce: string,
 *   files: string[], coreJs: string, iterations: number }} o
 */
export async function profilePages(o) {
  const coreLines = o.coreJs.split('\n');
  const page = await o.context.newPage();
  const cdp = await o.context.newCDPSession(page);
  const merged = { self: new Map(), incl: new Map(), lines: new Map(), inScan: 0 };
  for (const file of o.files) {
    await page.goto(`${o.origin}/page/${encodeURIComponent(file)}`, { waitUntil: 'load', timeout: 20000 });
    await injectScript(page, o.coreJs, o.nonce, CORE_URL);
    if (o.portsJs) await injectScript(page, o.portsJs, o.nonce, 'content-ports.js');
    await page.evaluate(repeatScan, 2); // warm-up, unprofiled
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(repeatScan, o.iterations);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    const a = aggregate(profile);
    for (const [k, v] of a.self) merged.self.set(k, (merged.self.get(k) ?? 0) + v);
    for (const [k, v] of a.incl) merged.incl.set(k, (merged.incl.get(k) ?? 0) + v);
    for (const [k, v] of a.lines) merged.lines.set(k, (merged.lines.get(k) ?? 0) + v);
    merged.inScan += a.inScan;
  }
  await page.close();
  // Shares of the time spent inside the scan (any stack with a core.js frame).
  const top = (m, n, filter) => [...m].filter(filter).sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([fn, ms]) => ({ fn, ms, share: merged.inScan ? ms / merged.inScan : 0 }));
  const notHarness = ([k]) => !/^(repeatScan|\(root\)|\(program\)|\(idle\)|\(anonymous\) native)/.test(k);
  return {
    pages: o.files, iterations: o.iterations, scanMs: merged.inScan, withPorts: Boolean(o.portsJs),
    self: top(merged.self, 15, notHarness),
    inclusive: top(merged.incl, 15, ([k]) => notHarness([k]) && / (core|content-ports):/.test(k)),
    hotLines: [...merged.lines].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([line, ms]) => ({
      line, ms, share: merged.inScan ? ms / merged.inScan : 0, code: (coreLines[line - 1] ?? '').trim().slice(0, 90),
    })),
  };
}
