#!/usr/bin/env node
// `npm run bench` (after `node build.mjs`): scan vs Readability timing on a corpus, mutation
// storms and popup render with the built extension, bundle size, a profile of the slowest pages.
// Figures, not tests: prints PASS/FAIL per target and always exits 0.
//
//   node bench/run.mjs [pagesDir] [--pages N] [--runs N] [--json out.json]
//                      [--no-storm] [--no-popup] [--no-profile] [--no-ports] [--before old-core.js]
// --core times another build of the core instead of dist/core.js (see bench/build-core-at.mjs).
// --before times an older dist/core.js (copy it aside before a change) against the current one,
// alternating on the same pages: the before/after ratio of one run.
import { existsSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startServer } from './serve.mjs';
import { launchChromium } from './browser.mjs';
import { contentScanSettings, readSources, timePages } from './scan-timing.mjs';
import { profilePages } from './profile.mjs';
import { measureBundle } from './bundle-size.mjs';
import { runStorms } from './mutation-storm.mjs';
import { timePopup } from './popup-timing.mjs';
import { summariseScan, targets, table, fmtMs, fmtRatio, fmtKB } from './report.mjs';

function parseArgs(argv) {
  const o = { dir: null, pages: Infinity, runs: 5, warmup: 1, json: null, storm: true, popup: true, profile: true, ports: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => { const v = Number(argv[++i]); if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`); return v; };
    if (a === '--pages') o.pages = num();
    else if (a === '--runs') o.runs = num();
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--before') o.before = argv[++i];
    else if (a === '--core') o.core = argv[++i];
    else if (a === '--no-storm') o.storm = false;
    else if (a === '--no-popup') o.popup = false;
    else if (a === '--no-profile') o.profile = false;
    else if (a === '--no-ports') o.ports = false;
    else if (a === '-h' || a === '--help') { console.log(readHelp()); process.exit(0); }
    else if (!a.startsWith('--')) o.dir = a;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}
const readHelp = () => 'node bench/run.mjs [pagesDir] [--pages N] [--runs N] [--json out.json] [--no-storm] [--no-popup] [--no-profile] [--no-ports] [--before old-core.js] [--core core.js]';

function pagesDir(arg) {
  if (arg) return path.resolve(arg);
  const corpus = path.resolve('../shared/corpus/pages');
  return existsSync(corpus) ? corpus : path.resolve('tests/fixtures/pages');
}

const log = (...a) => console.log(...a);
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dir = pagesDir(opts.dir);
  const corePath = opts.core ?? 'dist/core.js';
  if (!existsSync(corePath)) throw new Error(`${corePath} missing: run \`node build.mjs\` first (npm run bench does)`);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort().slice(0, opts.pages) : [];
  const require = createRequire(import.meta.url);
  const src = await readSources(corePath, require.resolve('@mozilla/readability/Readability.js'));
  if (opts.before) src.beforeJs = readFileSync(opts.before, 'utf8');
  if (opts.ports) log(src.portsJs ? 'layout ports: the content script\'s own layoutPorts (src/content/geometry.ts), bundled for the page' : 'layout ports: bench equivalents (src/content/geometry.ts not found)');
  const summary = { when: new Date().toISOString(), dir, runs: opts.runs, warmup: opts.warmup, core: corePath, coreJsBytes: statSync(corePath).size, before: opts.before ?? null };

  // 1. Scan vs Readability, no extension.
  if (files.length === 0) {
    log(`no .html pages in ${dir}: scan timing skipped`);
  } else {
    log(`== scan vs Readability: ${files.length} pages from ${dir}, ${opts.warmup} warm-up + ${opts.runs} runs each, alternating`);
    const server = await startServer({ pagesDir: dir });
    const browser = await launchChromium({ exposeGc: true });
    try {
      let n = 0;
      const rows = await timePages({
        context: browser.context, origin: server.origin, nonce: server.nonce, files, runs: opts.runs, warmup: opts.warmup,
        withPorts: opts.ports, ...src,
        firstScan: existsSync('src/content/controller.ts') ? contentScanSettings(readFileSync('src/content/controller.ts', 'utf8')) : null,
        onPage: (r) => { if (++n % 20 === 0) log(`  ${n}/${files.length} pages (${elapsed()})`); },
      });
      summary.scan = summariseScan(rows);
      printScan(summary.scan, opts.ports);
      if (opts.profile && summary.scan.pages.length) {
        const slowest = [...summary.scan.pages].sort((a, b) => b.ours - a.ours).slice(0, 3).map((p) => p.file);
        summary.profile = await profilePages({ context: browser.context, origin: server.origin, nonce: server.nonce, files: slowest, coreJs: src.coreJs, portsJs: opts.ports ? src.portsJs : null, iterations: 30 });
        printProfile(summary.profile);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }

  // 2. Bundle size.
  summary.bundle = await measureBundle().catch((e) => ({ skipped: `bundle measurement failed: ${String(e.message ?? e).split('\n').slice(0, 2).join(' ')}` }));
  log('\n== content-script bundle');
  if (summary.bundle.skipped) log(`  SKIP: ${summary.bundle.skipped}`);
  else {
    const parts = summary.bundle.parts;
    if (parts) {
      log(`  minified bytes by folder: ${parts.groups.slice(0, 10).map((x) => `${x.group} ${fmtKB(x.bytes)}`).join(', ')}`);
      log(`  largest files: ${parts.files.map((x) => `${x.file} ${fmtKB(x.bytes)}`).join(', ')}`);
    }
    log(`  ${summary.bundle.file}: raw ${fmtKB(summary.bundle.raw)} (gzip ${fmtKB(summary.bundle.rawGzip)}); minified equivalent of ${summary.bundle.entry}: ${fmtKB(summary.bundle.minified)} (gzip ${fmtKB(summary.bundle.minifiedGzip)})`);
  }

  // 3. Storms and popup, with the built extension.
  if (opts.storm) {
    log(`\n== mutation storms with the extension (${elapsed()})`);
    summary.storm = await runStorms({ log });
    if (summary.storm?.skipped) log(`  SKIP: ${summary.storm.skipped}`);
    else printStorm(summary.storm);
  }
  if (opts.popup) {
    log(`\n== popup first render, 20 appeals (${elapsed()})`);
    summary.popup = await timePopup({ log });
    if (summary.popup?.skipped) log(`  SKIP: ${summary.popup.skipped}`);
  }

  // 4. Targets.
  summary.targets = targets({ ...summary, storm: summary.storm?.skipped ? null : summary.storm, popup: summary.popup?.skipped ? null : summary.popup, bundle: summary.bundle?.skipped ? null : summary.bundle });
  log(`\n== targets (issue 4) — machine is shared and noisy: read ratios, not absolute times`);
  log(table(['target', 'measured', 'verdict'], summary.targets.map((t) => [t.name, t.shown, t.verdict])));
  log(`\nbench done in ${elapsed()}`);
  if (opts.json) { writeFileSync(opts.json, `${JSON.stringify(summary, null, 2)}\n`); log(`wrote ${opts.json}`); }
}

function printScan(s, withPorts) {
  const withBefore = s.before != null;
  const head = ['page', 'elements', ...(withBefore ? ['before ms'] : []), 'ours ms', ...(withPorts ? ['ports ms'] : []), 'Readab. ms', 'ratio', 'appeals', 'partial'];
  const rows = s.pages.map((p) => [p.file.replace(/\.html$/, '').slice(0, 44), p.elements, ...(withBefore ? [fmtMs(p.before)] : []), fmtMs(p.ours), ...(withPorts ? [fmtMs(p.ports)] : []), fmtMs(p.theirs), fmtRatio(p.ratio), p.appeals ?? '–', p.partial ? 'yes' : p.partialPorts ? 'ports' : '']);
  log(table(head, rows));
  for (const f of s.failed) log(`  FAILED ${f.file}: ${f.error}`);
  log(`\n== scan summary: ${s.count.pages} pages, elements median ${s.count.elementsMedian} / max ${s.count.elementsMax} / total ${s.count.elementsTotal}`);
  const stat = (name, x) => [name, fmtMs(x.median), fmtMs(x.p95), fmtMs(x.max)];
  log(table(['per-page median of runs', 'median ms', 'p95 ms', 'max ms'], [
    ...(withBefore ? [stat('before (--before core): scan(document)', s.before)] : []),
    stat('ours: scan(document)', s.ours),
    ...(s.ports ? [stat('ours: scan(document, layout ports)', s.ports)] : []),
    stat('Readability clone+parse', s.theirs),
    ['ratio ours/Readability', fmtRatio(s.ratio.median), fmtRatio(s.ratio.p95), fmtRatio(s.ratio.max)],
    ...(withBefore ? [['ratio ours/before (per page)', fmtRatio(s.before.ratio.median), fmtRatio(s.before.ratio.p95), fmtRatio(s.before.ratio.max)]] : []),
    ...(s.ratioPorts ? [['ratio ours (ports)/Readability', fmtRatio(s.ratioPorts.median), fmtRatio(s.ratioPorts.p95), fmtRatio(s.ratioPorts.max)]] : []),
    ...(s.cold ? [
      stat('first run after load (cold): ours', s.cold.ours),
      stat('first run after load (cold): Readability', s.cold.theirs),
      ['ratio cold ours/Readability', fmtRatio(s.cold.ratio.median), fmtRatio(s.cold.ratio.p95), fmtRatio(s.cold.ratio.max)],
    ] : []),
  ]));
  if (s.first) {
    const f = s.first;
    const row = (name, x) => x ? [name, `${fmtMs(x.longest.median)} / ${fmtMs(x.longest.p95)} / ${fmtMs(x.longest.max)}`, x.over50, `${fmtMs(x.tasks.median)} / ${x.tasks.max}`, `${fmtMs(x.own.median)} / ${fmtMs(x.own.p95)}`, `${fmtMs(x.wall.median)} / ${fmtMs(x.wall.p95)}`, x.partial, x.otherFinds] : [name, '–', '–', '–', '–', '–', '–', '–'];
    log(`\n== the content script's first scan, on a fresh load (layout ports and clock; ${f.sliced.pages} pages)`);
    log(table(['first scan', 'longest task ms (median / p95 / max)', 'pages > 50 ms', 'tasks (median / max)', 'own ms (median / p95)', 'wall ms (median / p95)', 'partial', 'other finds than full scan'], [
      row('in slices (now)', f.sliced), row('one task, 40 ms budget (before)', f.oneTask),
      ...(f.before ? [row('in slices, the --before core', f.before)] : []),
    ]));
    const load = (x) => `${fmtMs(x.load.median)} / ${fmtMs(x.load.p95)} ms${x.init ? ` (running the script ${fmtMs(x.init.median)} / ${fmtMs(x.init.p95)}, tables ${x.prepare ? fmtMs(x.prepare.median) : '–'}, scan the rest)` : ''}`;
    log(`  page-load cost on the main thread, median / p95: running the script + its tables + the first scan's own time: now ${load(f.sliced)}`);
    if (f.before) log(`  the --before core on the same fresh loads: ${load(f.before)}; per page now/before: median ${f.loadRatio.median.toFixed(2)}, p95 ${f.loadRatio.p95.toFixed(2)}`);
    if (f.sliced.prepare) log(`  in slices: the tables are built first, in a task of their own while the settings are read: ${fmtMs(f.sliced.prepare.median)} / ${fmtMs(f.sliced.prepare.p95)} / ${fmtMs(f.sliced.prepare.max)} ms (median / p95 / max; counted in "longest task" and "own", not in "wall")`);
  }
  log(`runs over 16 ms: ours ${s.runs.over16}/${s.runs.ours}${s.ports ? `, with ports ${s.runs.portsOver16}` : ''}; over 50 ms: ours ${s.runs.over50}${s.ports ? `, with ports ${s.runs.portsOver50}` : ''}, Readability ${s.runs.theirsOver50}/${s.runs.theirs}; pages partial: ${s.runs.pagesPartial}${s.ports ? `, with ports (40 ms time budget) ${s.runs.pagesPartialPorts}` : ''}`);
}

function printStorm(st) {
  const pct = (x) => `${x.toFixed(2)} %`;
  log(table(['storm (10 s)', 'ext ms (profile)', 'share', 'task Δ ms vs no ext', 'share', 'script Δ ms', 'rescans', 'late appeal flagged after'],
    st.storms.map((s) => [s.name, fmtMs(s.extMs), pct(s.extSharePct), fmtMs(s.taskDeltaMs), pct(s.taskDeltaSharePct), fmtMs(s.scriptDeltaMs), s.rescans,
      s.flagDelayMs == null ? 'never (storm + 3 s)' : `${fmtMs(s.flagDelayMs)} ms`])));
  log(`  rescans = the content script's own counter (stats.scans, read in its isolated world); by V8 call counts of scan()/startScan(): ${st.storms.map((s) => s.rescansByCoverage).join(', ')}; reports sent: ${st.storms.map((s) => s.reports ?? '?').join(', ')}; back-off at end: ${st.storms.map((s) => s.backoffAtEnd ?? '?').join(', ')}`);
  log(`  main-thread task time: ${st.storms.map((s) => `${s.name}: ${fmtMs(s.taskMsWith)} ms with, ${fmtMs(s.taskMsBaseline)} ms without (Δ script ${fmtMs(s.scriptDeltaMs)}, style ${fmtMs(s.styleDeltaMs)}, layout ${fmtMs(s.layoutDeltaMs)})`).join('; ')}`);
  for (const s of st.storms) {
    const list = (xs) => xs.map((x) => `${x.fn} ${fmtMs(x.ms)}`).join(', ');
    log(`  ${s.name}: content-script self time by function: ${list(s.extSelf)}`);
    log(`  ${s.name}: inclusive: ${list(s.extInclusive)}`);
  }
  log('  share = content-script time / storm wall time. "ext ms" = V8 samples with an extension frame on the stack (its JS and the');
  log('  style/layout/DOM work it forces); "task Δ" = CDP TaskDuration (thread time) minus an identical run without the extension (noisy).');
}

function printProfile(p) {
  log(`\n== profile: ${p.iterations} scans${p.withPorts ? ' (with the content script\'s layout ports, no time budget)' : ''} on each of ${p.pages.join(', ')} (${fmtMs(p.scanMs)} ms sampled inside the scan)`);
  const rows = (list) => list.map((x) => [x.fn.slice(0, 70), fmtMs(x.ms), `${(x.share * 100).toFixed(1)} %`]);
  log(table(['self time (function, file:line)', 'ms', 'share'], rows(p.self)));
  log(table(['inclusive time (core functions)', 'ms', 'share'], rows(p.inclusive)));
  log(table(['hot lines of dist/core.js (self, incl. native DOM calls)', 'ms', 'share'], p.hotLines.map((x) => [`${x.line}: ${x.code}`, fmtMs(x.ms), `${(x.share * 100).toFixed(1)} %`])));
}

main().catch((e) => { console.error(`bench error: ${e.stack ?? e}`); }).finally(() => process.exit(0));
