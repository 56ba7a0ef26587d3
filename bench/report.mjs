// Statistics, tables and the target verdicts. Figures, not tests: nothing here exits non-zero.

export const median = (xs) => quantile(xs, 0.5);

/** Linear-interpolated quantile (q in 0..1) of a list; null when empty. */
export function quantile(xs, q) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export const max = (xs) => (xs.length ? Math.max(...xs) : null);

export function fmtMs(x) {
  if (x == null) return '–';
  return x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
}
export const fmtRatio = (x) => (x == null ? '–' : x < 0.1 ? x.toFixed(3) : x.toFixed(2));
export const fmtKB = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);

/** Left-aligned first column, right-aligned others. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Per-page medians and the corpus-wide summary of the scan timing rows. */
export function summariseScan(rows) {
  const ok = rows.filter((r) => r.ok);
  const pages = ok.map((r) => {
    const ours = median(r.ours);
    const theirs = median(r.theirs);
    return {
      file: r.file, elements: r.elements, loadMs: r.loadMs, harnessMs: r.harnessMs, runs: r.ours.length, ours, oursMax: max(r.ours), theirs,
      ports: r.oursPorts?.length ? median(r.oursPorts) : null,
      ratio: ours != null && theirs ? ours / theirs : null,
      ratioPorts: r.oursPorts?.length && theirs ? median(r.oursPorts) / theirs : null,
      before: r.before?.length ? median(r.before) : null,
      afterBefore: r.before?.length && median(r.before) ? ours / median(r.before) : null,
      cold: r.coldOurs ?? null, coldTheirs: r.coldTheirs ?? null,
      coldRatio: r.coldOurs != null && r.coldTheirs ? r.coldOurs / r.coldTheirs : null,
      appeals: r.report?.appeals ?? null, minor: r.report?.minor ?? null, partial: r.report?.partial ?? null,
      partialPorts: r.reportPorts?.partial ?? null,
      firstSliced: r.firstSliced?.error ? null : r.firstSliced ?? null,
      firstOneTask: r.firstOneTask?.error ? null : r.firstOneTask ?? null,
      firstSlicedBefore: r.firstSlicedBefore?.error ? null : r.firstSlicedBefore ?? null,
      /** Appeals and minor boxes of the full warm scan (no clock), to compare with the first scans. */
      found: r.report ? r.report.appeals + r.report.minor : null,
    };
  });
  const col = (k) => pages.map((p) => p[k]).filter((x) => x != null);
  const allOurs = ok.flatMap((r) => r.ours);
  const allPorts = ok.flatMap((r) => r.oursPorts ?? []);
  const allTheirs = ok.flatMap((r) => r.theirs);
  const stat = (xs) => ({ median: median(xs), p95: quantile(xs, 0.95), max: max(xs) });
  return {
    pages,
    failed: rows.filter((r) => !r.ok).map((r) => ({ file: r.file, error: r.error ?? r.readabilityError })),
    count: { pages: ok.length, elementsMedian: median(col('elements')), elementsMax: max(col('elements')), elementsTotal: col('elements').reduce((a, b) => a + b, 0) },
    // Per-page medians: every page weighs the same, whatever its run count.
    ours: stat(col('ours')),
    ports: allPorts.length ? stat(col('ports')) : null,
    theirs: stat(col('theirs')),
    ratio: { median: median(col('ratio')), p95: quantile(col('ratio'), 0.95), max: max(col('ratio')) },
    // First scan after the scripts loaded (one run per page, so noisier than the medians above).
    cold: col('cold').length ? { ours: stat(col('cold')), theirs: stat(col('coldTheirs')), ratio: { median: median(col('coldRatio')), p95: quantile(col('coldRatio'), 0.95), max: max(col('coldRatio')) } } : null,
    first: firstScans(pages),
    before: col('before').length ? { ...stat(col('before')), ratio: { median: median(col('afterBefore')), p95: quantile(col('afterBefore'), 0.95), max: max(col('afterBefore')) } } : null,
    ratioPorts: allPorts.length ? { median: median(col('ratioPorts')), p95: quantile(col('ratioPorts'), 0.95), max: max(col('ratioPorts')) } : null,
    // Over-budget counts look at every single run: one long task is one too many.
    runs: {
      ours: allOurs.length, over16: allOurs.filter((x) => x > 16).length, over50: allOurs.filter((x) => x > 50).length,
      portsOver16: allPorts.filter((x) => x > 16).length, portsOver50: allPorts.filter((x) => x > 50).length,
      theirs: allTheirs.length, theirsOver50: allTheirs.filter((x) => x > 50).length,
      pagesPartial: pages.filter((p) => p.partial).length,
      pagesPartialPorts: pages.filter((p) => p.partialPorts).length,
    },
  };
}

/**
 * The content script's first scan on fresh loads: in slices (as it runs now) and as one task
 * (as it ran before): its longest task, how many tasks, its own and wall time, and how often it
 * stopped partial or found other appeals than the full scan.
 */
function firstScans(pages) {
  const stat = (xs) => ({ median: median(xs), p95: quantile(xs, 0.95), max: max(xs) });
  const one = (key) => {
    const ps = pages.filter((p) => p[key]);
    if (!ps.length) return null;
    const v = (k) => ps.map((p) => p[key][k]);
    return {
      pages: ps.length, longest: stat(v('longest')), own: stat(v('own')), wall: stat(v('wall')), tasks: stat(v('tasks')),
      prepare: ps.some((p) => p[key].prepareMs != null) ? stat(ps.map((p) => p[key].prepareMs).filter((x) => x != null)) : null,
      init: ps.some((p) => p[key].initMs != null) ? stat(ps.map((p) => p[key].initMs).filter((x) => x != null)) : null,
      // What a page load costs the main thread: running the script, its tables, the first scan.
      load: stat(v('own').map((own, i) => own + (ps[i][key].initMs ?? 0))),
      over50: ps.filter((p) => p[key].longest > 50).length, partial: ps.filter((p) => p[key].partial).length,
      otherFinds: ps.filter((p) => p.found != null && p[key].found !== p.found).length,
    };
  };
  const sliced = one('firstSliced');
  if (!sliced) return null;
  const before = one('firstSlicedBefore');
  // Per page, load cost now / before (both measured on fresh loads of the same page, in one run).
  const loadOf = (x) => x.own + (x.initMs ?? 0);
  const both = pages.filter((p) => p.firstSliced && p.firstSlicedBefore);
  const loadRatio = both.length ? stat(both.map((p) => loadOf(p.firstSliced) / loadOf(p.firstSlicedBefore))) : null;
  return { sliced, oneTask: one('firstOneTask'), before, loadRatio };
}

/** Targets from issue 4. `value` null means not measured (printed as SKIP). */
export function targets(s) {
  const t = [];
  const add = (name, value, limit, fmt, ok) => t.push({ name, value, limit, shown: value == null ? 'not measured' : fmt(value), verdict: value == null ? 'SKIP' : ok(value) ? 'PASS' : 'FAIL' });
  const le = (limit) => (v) => v <= limit;
  add('scan median ≤ 0.1 × Readability (median of per-page ratios)', s.scan?.ratio.median ?? null, '0.1', fmtRatio, le(0.1));
  add('scan p95 ≤ 8 ms (per-page medians)', s.scan?.ours.p95 ?? null, '8 ms', (v) => `${fmtMs(v)} ms`, le(8));
  add('scans > 50 ms = 0 (every run, every page)', s.scan?.runs.over50 ?? null, '0', String, (v) => v === 0);
  // The content script always passes layout ports (and a clock, hence the 40 ms budget): same targets.
  if (s.scan?.ports) {
    add('  same, as the content script calls it (layout ports): median ratio', s.scan.ratioPorts.median, '0.1', fmtRatio, le(0.1));
    add('  … p95', s.scan.ports.p95, '8 ms', (v) => `${fmtMs(v)} ms`, le(8));
    add('  … runs > 50 ms', s.scan.runs.portsOver50, '0', String, (v) => v === 0);
  }
  // A page load pays the first scan, not a warm one: held to the same 50 ms line.
  if (s.scan?.cold) add('  first scan after load (cold, one task, no clock), pages > 50 ms', s.scan.pages.filter((p) => p.cold > 50).length, '0', String, (v) => v === 0);
  if (s.scan?.first) add('  the content script\'s first scan (in slices): pages with a task > 50 ms', s.scan.first.sliced.over50, '0', String, (v) => v === 0);
  add('storm: content script ≤ 1 % of main-thread time', s.storm?.worstSharePct ?? null, '1 %', (v) => `${v.toFixed(2)} %`, le(1));
  add('storm: appeal inserted at 3 s flagged ≤ 1 s', s.storm?.worstFlagDelayMs ?? null, '1000 ms', (v) => (Number.isFinite(v) ? `${fmtMs(v)} ms` : 'never'), le(1000));
  add('content bundle ≤ 40 KB minified', s.bundle?.minified ?? null, '40 KB', fmtKB, le(40 * 1024));
  add('popup first render ≤ 100 ms (20 appeals)', s.popup?.median ?? null, '100 ms', (v) => `${fmtMs(v)} ms`, le(100));
  return t;
}
