// Times, inside each page, AppealSpotter.scan(document) against Readability's clone + parse.
// Runs rotate their order (ours, theirs / theirs, ours ...) so drift on a shared machine hits all,
// and each run is its own task (setTimeout between) so GC and layout settle as they would live.
import { existsSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

/** Adds a classic <script> carrying the server's CSP nonce: the one way our code may run. */
export async function injectScript(page, source, nonce, name) {
  // sourceURL names the script in profiles (injected text has no URL of its own).
  const text = name ? `${source}\n//# sourceURL=${name}\n` : source;
  await page.evaluate(([src, n]) => {
    const s = document.createElement('script');
    s.nonce = n;
    s.textContent = src;
    (document.head ?? document.documentElement).appendChild(s);
    s.remove();
  }, [text, nonce]);
}

/** In-page harness. Serialised by Playwright: must not close over anything. */
async function harness({ runs, warmup, withPorts, withBefore, minRuns, pageBudgetMs }) {
  const started = performance.now();
  const AS = /** @type {any} */ (globalThis).AppealSpotter;
  const R = /** @type {any} */ (globalThis).Readability;
  // Each timed run starts with an empty young generation (minor GC, when Chromium exposes gc), so
  // no variant pays for the garbage of the one before it; its own allocations still count. A full
  // GC per run costs more and can flush warm code.
  const collect = typeof globalThis.gc === 'function' ? () => globalThis.gc({ type: 'minor' }) : () => {};
  const pause = () => new Promise((r) => setTimeout(r, 0));
  // The layout ports injected before (see portsScript): they force style and layout, which is real cost.
  const ports = { .../** @type {any} */ (globalThis).__appealSpotterPorts, now: () => performance.now() };
  const BEFORE = /** @type {any} */ (globalThis).AppealSpotterBefore;
  const out = { ours: [], oursPorts: [], before: [], theirs: [], coldOurs: null, coldTheirs: null, error: null, readabilityError: null };
  let report = null;
  let reportPorts = null;
  const timeOurs = () => { const t = performance.now(); report = AS.scan(document); return performance.now() - t; };
  // Both cores run the same calls (each also with ports, and each keeps its last report alive),
  // so both are as warm: an A/A run of one core in both slots then measures 1.0 (it measured
  // 0.83 while only ours also ran with ports).
  let reportBefore = null;
  const timeBefore = () => { const t = performance.now(); reportBefore = BEFORE.scan(document); return performance.now() - t; };
  const timeBeforePorts = () => { const t = performance.now(); reportBefore = BEFORE.scan(document, ports); return performance.now() - t; };
  const timePorts = () => { const t = performance.now(); reportPorts = AS.scan(document, ports); return performance.now() - t; };
  const timeTheirs = () => {
    const t = performance.now();
    try { new R(document.cloneNode(true)).parse(); } catch (e) { out.readabilityError = String(e); return null; }
    return performance.now() - t;
  };
  try {
    for (let i = 0; i < warmup + runs; i++) {
      // Rotate the order every run so no variant always follows Readability's garbage.
      const all = [timeOurs, timeTheirs, ...(withPorts ? [timePorts] : []), ...(withBefore ? [timeBefore] : []), ...(withBefore && withPorts ? [timeBeforePorts] : [])];
      const order = all.map((_, k) => all[(k + i) % all.length]);
      const times = [];
      for (const f of order) { collect(); await pause(); times.push(f()); }
      if (i === 0) {
        // The first call after the scripts were loaded: what a page load pays (lazy compilation,
        // regex compilation, table set-up), for both.
        out.coldOurs = times[order.indexOf(timeOurs)];
        out.coldTheirs = times[order.indexOf(timeTheirs)] ?? null;
      }
      if (i < warmup) continue;
      const measured = i - warmup + 1;
      const ours = times[order.indexOf(timeOurs)];
      const theirs = times[order.indexOf(timeTheirs)];
      out.ours.push(ours);
      if (theirs != null) out.theirs.push(theirs);
      if (withPorts) out.oursPorts.push(times[order.indexOf(timePorts)]);
      if (withBefore) out.before.push(times[order.indexOf(timeBefore)]);
      // Heavy pages on a loaded machine: enough runs for a median, then move on.
      if (measured >= minRuns && performance.now() - started > pageBudgetMs) break;
    }
  } catch (e) {
    out.error = String(e && e.stack || e);
  }
  const count = (r) => r ? { appeals: r.appeals.length, minor: r.minor.length, partial: r.partial, scanned: r.stats.elements, blocks: r.stats.blocks, paywall: r.paywall.state } : null;
  return { ...out, gc: typeof globalThis.gc === 'function', isolated: globalThis.crossOriginIsolated === true, elements: document.getElementsByTagName('*').length, report: count(report), reportPorts: count(reportPorts) };
}

/**
 * In-page, on a freshly loaded page: the content script's first scan, as it runs it (the core's
 * startScan with its layout ports, clock, slice and budget; each step a task of its own), or, with
 * no slice, as one task. Serialised by Playwright: must not close over anything.
 */
async function firstScanHarness({ sliceMs, budgetMs, prepare }) {
  const AS = /** @type {any} */ (globalThis).AppealSpotter;
  const options = {
    .../** @type {any} */ (globalThis).__appealSpotterPorts,
    now: () => performance.now(),
    timeBudgetMs: budgetMs,
    ...(sliceMs ? { sliceMs } : {}),
  };
  try {
    // What running the script itself cost (building its tables at top level), measured by the
    // markers timedScript() puts around it.
    const initMs = typeof globalThis.__appealSpotterInitMs === 'number' ? globalThis.__appealSpotterInitMs : null;
    // As the content script does: the tables are built in a task of their own while the
    // settings are read, then the scan starts in a later task.
    let prepareMs = null;
    if (prepare && typeof AS.prepareScanner === 'function') {
      const t = performance.now();
      AS.prepareScanner();
      prepareMs = performance.now() - t;
      await new Promise((res) => setTimeout(res, 0));
    }
    const t0 = performance.now();
    const job = AS.startScan(document, options);
    const tasks = [];
    for (;;) {
      const t = performance.now();
      const r = job.step();
      tasks.push(performance.now() - t);
      if (r) {
        const wall = performance.now() - t0;
        const own = tasks.reduce((a, b) => a + b, 0) + (prepareMs ?? 0);
        return { tasks: tasks.length, longest: Math.max(...tasks, prepareMs ?? 0), own, wall, prepareMs, initMs, partial: r.partial, found: r.appeals.length + r.minor.length };
      }
      await new Promise((res) => setTimeout(res, 0));
    }
  } catch (e) {
    return { error: String(e && e.stack || e) };
  }
}

/**
 * The script with markers around it: how long running it takes (its top-level code, e.g. the
 * signal tables), as a page load pays it before any scan. Parsing is not counted.
 */
const timedScript = (js) => `globalThis.__appealSpotterInit0 = performance.now();\n${js}\n;globalThis.__appealSpotterInitMs = performance.now() - globalThis.__appealSpotterInit0;`;

/** The content script's slice and budget, read from its source so the bench follows it. */
export function contentScanSettings(source) {
  const num = (name, fallback) => Number(new RegExp(`export const ${name} = (\\d+)`).exec(source)?.[1] ?? fallback);
  return { sliceMs: num('SCAN_SLICE_MS', 20), budgetMs: num('SCAN_BUDGET_MS', 200) };
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, origin: string, nonce: string,
 *   files: string[], runs: number, warmup: number, withPorts: boolean, coreJs: string, readabilityJs: string,
 *   onPage?: (row: object) => void }} o
 */
export async function timePages(o) {
  const page = await o.context.newPage();
  const rows = [];
  for (const file of o.files) {
    const row = { file, ok: false };
    const t0 = performance.now();
    try {
      await page.goto(`${o.origin}/page/${encodeURIComponent(file)}`, { waitUntil: 'load', timeout: 20000 });
      if (o.beforeJs) {
        // Both cores define globalThis.AppealSpotter: load the old one first and move it aside.
        await injectScript(page, o.beforeJs, o.nonce, 'appeal-spotter-core-before.js');
        await page.evaluate(() => { globalThis.AppealSpotterBefore = globalThis.AppealSpotter; });
      }
      await injectScript(page, o.coreJs, o.nonce, 'appeal-spotter-core.js');
      await injectScript(page, o.readabilityJs, o.nonce, 'readability.js');
      await injectScript(page, portsScript(o.portsJs), o.nonce, 'content-ports.js');
      row.loadMs = performance.now() - t0;
      Object.assign(row, await page.evaluate(harness, { runs: o.runs, warmup: o.warmup, withPorts: o.withPorts, withBefore: Boolean(o.beforeJs), minRuns: Math.min(3, o.runs), pageBudgetMs: 2500 }));
      row.ok = !row.error && row.ours.length > 0;
      row.harnessMs = performance.now() - t0 - row.loadMs;
      if (o.firstScan) {
        // Each on a fresh load: the first scan pays for compiling the scanner, as on a real page load.
        // "oneTask" is the same scan without slices, with the 40 ms budget it had before it was sliced.
        // "sliced, before" is the --before core's first scan the same way: the whole page-load cost
        // (running the script, its tables, the scan) of both cores, side by side in one run.
        const runs = [['firstSliced', o.coreJs, o.firstScan.sliceMs, o.firstScan.budgetMs, true], ['firstOneTask', o.coreJs, 0, 40, false]];
        // Which core loads first alternates by page, so neither always meets the colder page.
        if (o.beforeJs) runs.splice(rows.length % 2 ? 0 : 1, 0, ['firstSlicedBefore', o.beforeJs, o.firstScan.sliceMs, o.firstScan.budgetMs, true]);
        for (const [key, js, sliceMs, budgetMs, prepare] of runs) {
          await page.goto(`${o.origin}/page/${encodeURIComponent(file)}`, { waitUntil: 'load', timeout: 20000 });
          await injectScript(page, timedScript(js), o.nonce, 'appeal-spotter-core.js');
          await injectScript(page, portsScript(o.portsJs), o.nonce, 'content-ports.js');
          row[key] = await page.evaluate(firstScanHarness, { sliceMs, budgetMs, prepare });
        }
      }
    } catch (e) {
      row.error = String(e.message ?? e).split('\n')[0];
    }
    rows.push(row);
    o.onPage?.(row);
  }
  await page.close();
  return rows;
}

export async function readSources(coreJsPath, readabilityPath) {
  return { coreJs: readFileSync(coreJsPath, 'utf8'), readabilityJs: readFileSync(readabilityPath, 'utf8'), portsJs: await bundlePorts() };
}

/**
 * Equivalents of the content script's layout ports, for a tree without src/content/geometry.ts:
 * they force style and layout as the real ones do.
 */
const FALLBACK_PORTS = `globalThis.__appealSpotterPorts = {
  isVisible: (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true),
  getRect: (el) => { const r = el.getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; },
  getPosition: (el) => getComputedStyle(el).position,
};`;

/** The page script that defines globalThis.__appealSpotterPorts: the content script's own, else equivalents. */
export const portsScript = (portsJs) => portsJs ?? FALLBACK_PORTS;

/** The content script's layoutPorts(window) as a page script, or null when it is not there. */
async function bundlePorts() {
  const entry = 'src/content/geometry.ts';
  if (!existsSync(entry)) return null;
  try {
    const r = await esbuild.build({
      stdin: { contents: `import { layoutPorts } from './${entry}'; globalThis.__appealSpotterPorts = layoutPorts(window);`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, format: 'iife', write: false, target: ['chrome120'], logLevel: 'silent',
    });
    return r.outputFiles[0].text;
  } catch {
    return null;
  }
}
