// Region invariants of scan() over generated pages: appeal and body regions never overlap
// (an appeal's elements are consecutive, non-nested blocks in document order; no element
// belongs to two appeals, directly or by nesting; the article is not inside an appeal), an
// appeal's text comes from its own elements, and no text is both in an appeal and in
// article.text. Unique marker words on every text node make the last two exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, type ScanOptions } from '../../src/core/index.js';
import { articlePageArb, htmlStringArb, markerMap, randomPageArb, withMarkers } from './support/arbitraries.js';
import { detachedDocument, liveDocument, parseHtml, type PageSpec } from './support/dom.js';
import { regionProblems } from './support/report-checks.js';

const RUNS = 1000;

function expectRegions(doc: Document, options: ScanOptions = {}): void {
  const r = scan(doc, options);
  expect(regionProblems(doc, r, { options, markers: markerMap(doc) })).toEqual([]);
}

describe('scan() regions never overlap', () => {
  it(`news-article templates (${RUNS} cases)`, () => {
    fc.assert(fc.property(articlePageArb.map(withMarkers), (spec: PageSpec) => expectRegions(detachedDocument(spec))), { numRuns: RUNS });
  });

  it(`random DOM trees (${RUNS} cases)`, () => {
    fc.assert(fc.property(randomPageArb.map(withMarkers), (spec: PageSpec) => expectRegions(detachedDocument(spec))), { numRuns: RUNS });
  });

  it(`malformed HTML strings (${RUNS} cases)`, () => {
    fc.assert(fc.property(htmlStringArb, (html) => expectRegions(parseHtml(html))), { numRuns: RUNS });
  });

  it(`documents with a window and layout ports (${RUNS / 2} cases)`, () => {
    const ports: ScanOptions = { isVisible: () => true, getRect: () => null, getPosition: () => 'static' };
    fc.assert(fc.property(fc.oneof(articlePageArb, randomPageArb).map(withMarkers), (spec) => expectRegions(liveDocument(spec), ports)), { numRuns: RUNS / 2 });
  });
});
