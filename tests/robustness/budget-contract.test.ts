// ScanOptions.maxElements: "Stop after visiting this many elements": stats.elements, the count
// of elements visited, never goes past the cap, on any page and for any cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { articlePageArb, randomPageArb } from './support/arbitraries.js';
import { detachedDocument, win } from './support/dom.js';
import { budgetProblems } from './support/report-checks.js';

describe('the element budget', () => {
  it('is never exceeded (1,000 generated pages and caps)', () => {
    fc.assert(fc.property(fc.oneof(randomPageArb, articlePageArb), fc.integer({ min: 1, max: 80 }), (spec, maxElements) => {
      const r = scan(detachedDocument(spec), { maxElements });
      expect(budgetProblems(r, { options: { maxElements } })).toEqual([]);
    }), { numRuns: 1000 });
  });

  it('the default cap of 20,000 holds on a 30,000-element page', () => {
    const doc = win.document.implementation.createHTMLDocument('');
    const section = doc.createElement('section');
    for (let i = 0; i < 99; i++) section.append(doc.createElement('i'));
    for (let s = 0; s < 300; s++) doc.body.append(section.cloneNode(true));
    const r = scan(doc);
    expect(r.partial).toBe(true);
    expect(r.stats.elements).toBeLessThanOrEqual(20_000);
  });
});
