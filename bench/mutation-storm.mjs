// Mutation storms with the built extension (dist/chrome-e2e: http://127.0.0.1/* pre-granted).
// For each storm page, one run with the extension switched on for the site and one identical run
// in a browser without it. The content script's own cost is measured two ways, side by side:
//   - profile: V8 samples whose stack holds a chrome-extension:// frame (its JS plus the style,
//     layout and DOM work it triggers synchronously), over the storm's wall time;
//   - metrics: CDP Performance.getMetrics TaskDuration/ScriptDuration, extension run minus baseline
//     (includes deferred style/layout, but on a shared 2-core machine it is noisy).
// Rescans are counted with V8 precise coverage (call counts of the bundled `scan`/`startScan`), so
// no debug hook is needed in the content script.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from './serve.mjs';
import { launchChromium, withTimeout } from './browser.mjs';
import { insertStormPage, carouselStormPage } from './storm-pages.mjs';

const EXT_DIR = path.resolve('dist/chrome-e2e');
const SITE = 'http://127.0.0.1';
const STORMS = [
  { name: 'insert 1,000 nodes/s', path: '/storm/insert', html: insertStormPage },
  { name: 'carousel swap / 50 ms', path: '/storm/carousel', html: carouselStormPage },
];
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

function buildE2e() {
  const r = spawnSync(process.execPath, ['build.mjs', '--e2e'], { encoding: 'utf8' });
  if (r.status !== 0) return `node build.mjs --e2e failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`;
  if (!existsSync(path.join(EXT_DIR, 'manifest.json'))) return 'node build.mjs --e2e wrote no dist/chrome-e2e/manifest.json (extension build not landed yet)';
  return null;
}

/** Switches the site on the way the popup does: a setSiteEnabled message from an extension page. */
async function enableSite(browser) {
  const page = await browser.context.newPage();
  try {
    for (const p of ['options.html', 'popup.html']) {
      const res = await page.goto(`chrome-extension://${browser.extId}/${p}`).catch(() => null);
      if (res && res.ok()) break;
    }
    const reply = await withTimeout(page.evaluate((site) => globalThis.chrome.runtime.sendMessage({ type: 'setSiteEnabled', site, enabled: true }), SITE), 10000, 'setSiteEnabled');
    if (!reply || reply.ok !== true) throw new Error(`setSiteEnabled refused: ${JSON.stringify(reply)}`);
  } finally {
    await page.close();
  }
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

/**
 * ms of samples with an extension frame on the stack, and where that time went: self time per
 * function (natives such as getComputedStyle named as such) and inclusive time per extension function.
 */
function extensionTime(profile) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isExt = new Map();
  const inExt = (id) => {
    if (isExt.has(id)) return isExt.get(id);
    const n = byId.get(id);
    const v = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && inExt(parent.get(id)));
    isExt.set(id, v);
    return v;
  };
  const name = (n) => `${(n.callFrame.functionName || '(anonymous)').slice(0, 40)}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ' (native)'}`;
  const self = new Map();
  const incl = new Map();
  let ms = 0;
  profile.samples.forEach((id, i) => {
    if (!inExt(id)) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    ms += dt;
    const k = name(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n.callFrame.url.startsWith('chrome-extension://')) continue;
      const kk = name(n);
      if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + dt); }
    }
  });
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([fn, t]) => ({ fn, ms: t }));
  return { ms, self: top(self), inclusive: top(incl) };
}

/** Call counts of functions named scan / startScan (scan2 ...) in extension scripts, from precise coverage: one per rescan. */
function scanCalls(coverage) {
  let calls = 0;
  for (const s of coverage.result) {
    if (!s.url.startsWith('chrome-extension://') || !/content/.test(s.url)) continue;
    for (const f of s.functions) if (/^(?:scan|startScan)\d*$/.test(f.functionName)) calls += f.ranges[0]?.count ?? 0;
  }
  return calls;
}

/**
 * The content script's own counters (ContentHandle.stats: scans, reports, backoff), read from its
 * isolated world over CDP; null when it exposes none.
 */
async function contentStats(cdp, contexts) {
  for (const c of contexts) {
    if (c.auxData?.type !== 'isolated' || !String(c.origin).startsWith('chrome-extension://')) continue;
    try {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: c.id, returnByValue: true,
        expression: `(() => { const h = globalThis[Symbol.for('appeal-spotter.content')]; return h && h.stats ? { ...h.stats } : null; })()`,
      });
      if (result.value) return result.value;
    } catch { /* context gone */ }
  }
  return null;
}

async function runOne(context, origin, storm, withExt) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  try {
    await page.goto(origin + storm.path, { waitUntil: 'load' });
    if (withExt) {
      // The first scan must be done (and not counted): the content script marks <html> when it ran.
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-appeal-spotter'), null, { timeout: 15000 });
    }
    await page.waitForTimeout(500);
    await cdp.send('Runtime.enable');
    const statsBefore = withExt ? await contentStats(cdp, contexts) : null;
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await cdp.send('Profiler.takePreciseCoverage'); // resets the counters
    const before = await metrics(cdp);
    await cdp.send('Profiler.start');
    const result = await page.evaluate((wait) => globalThis.__storm.start(10000, wait), withExt ? 3000 : 0);
    const { profile } = await cdp.send('Profiler.stop');
    const after = await metrics(cdp);
    const coverage = await cdp.send('Profiler.takePreciseCoverage');
    await cdp.send('Profiler.stopPreciseCoverage');
    const delta = Object.fromEntries(METRICS.map((k) => [k, after[k] - before[k]]));
    const flagged = withExt ? await page.evaluate(() => document.querySelectorAll('[data-appeal-spotter-flag]').length) : 0;
    const statsAfter = withExt ? await contentStats(cdp, contexts) : null;
    const counted = statsBefore && statsAfter ? {
      scans: statsAfter.scans - statsBefore.scans, reports: statsAfter.reports - statsBefore.reports, backoff: statsAfter.backoff,
    } : null;
    const ext = extensionTime(profile);
    return { ...result, metrics: delta, extMs: ext.ms, extSelf: ext.self, extInclusive: ext.inclusive, rescans: withExt ? scanCalls(coverage) : 0, counted, flagged };
  } finally {
    await page.close();
  }
}

export async function runStorms({ log }) {
  const buildError = buildE2e();
  if (buildError) return { skipped: buildError };
  const routes = Object.fromEntries(STORMS.map((s) => [s.path, s.html]));
  const server = await startServer({ routes });
  const out = { storms: [] };
  try {
    const ext = await launchChromium({ extDir: EXT_DIR });
    let withExt;
    try {
      await enableSite(ext);
      withExt = [];
      for (const s of STORMS) { withExt.push(await runOne(ext.context, server.origin, s, true)); log(`  ${s.name}: with extension done`); }
    } catch (e) {
      return { skipped: `could not run with the extension: ${String(e.message ?? e).split('\n')[0]}` };
    } finally {
      await ext.close();
    }
    const base = await launchChromium();
    const baseline = [];
    try {
      for (const s of STORMS) { baseline.push(await runOne(base.context, server.origin, s, false)); log(`  ${s.name}: baseline done`); }
    } finally {
      await base.close();
    }
    STORMS.forEach((s, i) => {
      const w = withExt[i];
      const b = baseline[i];
      const taskDelta = w.metrics.TaskDuration - b.metrics.TaskDuration;
      out.storms.push({
        name: s.name, elapsedMs: w.elapsedMs, ticks: w.ticks, rescans: w.counted?.scans ?? w.rescans, rescansByCoverage: w.rescans,
        reports: w.counted?.reports ?? null, backoffAtEnd: w.counted?.backoff ?? null, flagDelayMs: w.flagDelayMs, flaggedAtEnd: w.flagged,
        extMs: w.extMs, extSharePct: (100 * w.extMs) / w.elapsedMs,
        taskMsWith: w.metrics.TaskDuration, taskMsBaseline: b.metrics.TaskDuration, taskDeltaMs: taskDelta,
        taskDeltaSharePct: (100 * taskDelta) / w.elapsedMs,
        scriptDeltaMs: w.metrics.ScriptDuration - b.metrics.ScriptDuration,
        layoutDeltaMs: w.metrics.LayoutDuration - b.metrics.LayoutDuration,
        styleDeltaMs: w.metrics.RecalcStyleDuration - b.metrics.RecalcStyleDuration,
        metricsWith: w.metrics, metricsBaseline: b.metrics,
        baselineExtMs: b.extMs, extSelf: w.extSelf, extInclusive: w.extInclusive,
      });
    });
  } finally {
    await server.close();
  }
  out.worstSharePct = Math.max(...out.storms.map((s) => s.extSharePct));
  out.worstFlagDelayMs = Math.max(...out.storms.map((s) => (s.flagDelayMs == null ? Infinity : s.flagDelayMs)));
  return out;
}
