// Property-based tests of scan(): over generated pages it never throws, never mutates the page,
// is deterministic and idempotent, its report is well-formed and made only of text that is in
// the page, and `partial` is right. 10,500 cases in all; fast-check prints seed and path on
// failure so a case can be replayed. Region invariants (no overlap) live in properties-regions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, type ScanOptions, type ScanReport } from '../../src/core/index.js';
import { articlePageArb, htmlStringArb, markerMap, randomPageArb, withMarkers } from './support/arbitraries.js';
import { detachedDocument, liveDocument, parseHtml, snapshot, type PageSpec } from './support/dom.js';
import { countableElements, normalizeReport, shapeProblems } from './support/report-checks.js';

const RUNS = {
  random: 3000,
  article: 3000,
  html: 1500,
  budget: 1500,
  live: 1500,
};

/** Scans `doc` twice and checks everything that must hold for any page. */
function checkScan(doc: Document, options: ScanOptions, build: (() => Document) | null): ScanReport {
  const before = snapshot(doc);
  let first: ScanReport;
  try {
    first = scan(doc, options);
  } catch (e) {
    throw new Error(`scan threw: ${(e as Error).stack ?? String(e)}`);
  }
  expect(snapshot(doc), 'scan must not mutate the document').toBe(before);
  const problems = shapeProblems(doc, first, { options, markers: markerMap(doc) });
  expect(problems, 'report well-formed').toEqual([]);
  const again = scan(doc, options);
  expect(normalizeReport(again), 'second scan of the same document').toEqual(normalizeReport(first));
  if (build) {
    const twin = build();
    expect(normalizeReport(scan(twin, options)), 'scan of an identical document').toEqual(normalizeReport(first));
  }
  return first;
}

/** fast-check statistics on whether the properties saw positives, not just noise. */
function tally(counts: { cases: number; withAppeals: number }, r: ScanReport): void {
  counts.cases++;
  if (r.appeals.length > 0) counts.withAppeals++;
}

describe('scan() properties over generated pages', () => {
  it(`random DOM trees (${RUNS.random} cases): no throw, no mutation, deterministic, well-formed`, () => {
    const counts = { cases: 0, withAppeals: 0 };
    fc.assert(
      fc.property(randomPageArb.map(withMarkers), (spec: PageSpec) => {
        const doc = detachedDocument(spec);
        tally(counts, checkScan(doc, {}, () => detachedDocument(spec)));
      }),
      { numRuns: RUNS.random },
    );
    expect(counts.cases).toBe(RUNS.random);
    expect(counts.withAppeals / counts.cases, 'share of random pages with appeals found').toBeGreaterThan(0.1);
  });

  it(`news-article templates with appeals (${RUNS.article} cases): no throw, no mutation, deterministic, well-formed`, () => {
    const counts = { cases: 0, withAppeals: 0 };
    fc.assert(
      fc.property(articlePageArb.map(withMarkers), (spec: PageSpec) => {
        const doc = detachedDocument(spec);
        tally(counts, checkScan(doc, {}, () => detachedDocument(spec)));
      }),
      { numRuns: RUNS.article },
    );
    expect(counts.cases).toBe(RUNS.article);
    // The properties must be exercised on positives, not just noise (today ~95% have appeals).
    expect(counts.withAppeals / counts.cases, 'share of generated articles with appeals found').toBeGreaterThan(0.3);
  });

  it(`malformed HTML strings through the parser (${RUNS.html} cases)`, () => {
    fc.assert(
      fc.property(htmlStringArb, (html) => {
        const doc = parseHtml(html);
        checkScan(doc, {}, () => parseHtml(html));
      }),
      { numRuns: RUNS.html },
    );
  });

  it(`element and time budgets (${RUNS.budget} cases): partial is set exactly when the scan had to stop early`, () => {
    type Budget = { options: ScanOptions; step: number | null };
    const budgetArb = fc.oneof(
      fc.integer({ min: 1, max: 60 }).map((maxElements): Budget => ({ options: { maxElements }, step: null })),
      // A clock that jumps `step` ms per reading, so the time budget trips deterministically.
      fc.record({ step: fc.integer({ min: 0, max: 50 }), budget: fc.integer({ min: 1, max: 100 }) }).map(({ step, budget }): Budget => {
        let t = 1000;
        return { options: { now: () => (t += step), timeBudgetMs: budget }, step };
      }),
    );
    fc.assert(
      fc.property(fc.oneof(randomPageArb, articlePageArb).map(withMarkers), budgetArb, (spec, { options, step }) => {
        const doc = detachedDocument(spec);
        const before = snapshot(doc);
        const r = scan(doc, options);
        expect(snapshot(doc)).toBe(before);
        expect(shapeProblems(doc, r, { options, markers: markerMap(doc) })).toEqual([]);
        if (options.maxElements !== undefined) {
          // More scannable elements than the cap: the scan cannot have been complete.
          if (countableElements(doc) > options.maxElements) expect(r.partial, 'page larger than maxElements').toBe(true);
        }
        if (options.now) expect(typeof r.stats.ms === 'number' && r.stats.ms >= 0, 'stats.ms with a clock').toBe(true);
        // A clock that never advances never exhausts the time budget.
        if (step === 0) expect(r.partial, 'partial with a stopped clock').toBe(false);
      }),
      { numRuns: RUNS.budget },
    );
  });

  it(`a document attached to a window, with layout ports (${RUNS.live} cases)`, () => {
    // Ports as the content script passes them, but returning odd values now and then.
    const portsArb = fc.record({
      visible: fc.constantFrom('all', 'none', 'alternate'),
      rect: fc.constantFrom('null', 'zeros', 'nan', 'huge'),
      position: fc.constantFrom('null', 'static', 'fixed', 'garbage'),
    }).map(({ visible, rect, position }): ScanOptions => {
      // Ports are pure functions of the element (a scan twice must see the same page).
      const alternate = (el: Element): boolean => Array.prototype.indexOf.call(el.parentNode?.childNodes ?? [], el) % 2 === 0;
      return {
        isVisible: (el) => (visible === 'all' ? true : visible === 'none' ? false : alternate(el)),
        getRect: () =>
          rect === 'null' ? null
            : rect === 'zeros' ? { x: 0, y: 0, width: 0, height: 0 }
              : rect === 'nan' ? { x: NaN, y: NaN, width: NaN, height: NaN }
                : { x: -1e9, y: 1e12, width: 1e9, height: 1e9 },
        getPosition: () => (position === 'null' ? null : position),
      };
    });
    fc.assert(
      fc.property(fc.oneof(articlePageArb, randomPageArb).map(withMarkers), portsArb, (spec, options) => {
        const doc = liveDocument(spec);
        checkScan(doc, options, null);
      }),
      { numRuns: RUNS.live },
    );
  });
});
