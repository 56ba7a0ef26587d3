// Property-based test of startScan(): over generated pages, a scan that pauses at every chance
// it has (a clock that says the slice is over at every look) ends with the same report as one
// scan, and leaves the page as it was. This is what makes the content script's slices safe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, startScan, type ScanReport } from '../../src/core/index.js';
import { articlePageArb, randomPageArb, withMarkers } from './support/arbitraries.js';
import { detachedDocument, snapshot, type PageSpec } from './support/dom.js';
import { normalizeReport } from './support/report-checks.js';

const RUNS = { article: 1500, random: 1500 };

/** Runs a job to its end on a clock that moves 1 ms per reading, with 1 ms slices. */
function sliced(doc: Document): { report: ScanReport; steps: number } {
  let t = 0;
  const job = startScan(doc, { now: () => ++t, sliceMs: 1, timeBudgetMs: 1e12 });
  for (let steps = 1; steps < 1_000_000; steps++) {
    const r = job.step();
    if (r) return { report: r, steps };
  }
  throw new Error('the job never ended');
}

function check(spec: PageSpec, counts: { cases: number; paused: number }): void {
  const doc = detachedDocument(spec);
  const before = snapshot(doc);
  const whole = scan(doc);
  const { report, steps } = sliced(doc);
  expect(snapshot(doc), 'a scan in slices must not mutate the document').toBe(before);
  expect(normalizeReport(report)).toEqual(normalizeReport(whole));
  counts.cases++;
  if (steps > 1) counts.paused++;
}

describe('startScan() properties over generated pages', () => {
  it(`news-article templates (${RUNS.article} cases): the report of a scan paused at every chance is the report of one scan`, () => {
    const counts = { cases: 0, paused: 0 };
    fc.assert(fc.property(articlePageArb.map(withMarkers), (spec) => check(spec, counts)), { numRuns: RUNS.article });
    expect(counts.cases).toBe(RUNS.article);
    // Every case must really have been split, or the property says nothing.
    expect(counts.paused).toBe(counts.cases);
  });

  it(`random DOM trees (${RUNS.random} cases): the same`, () => {
    const counts = { cases: 0, paused: 0 };
    fc.assert(fc.property(randomPageArb.map(withMarkers), (spec) => check(spec, counts)), { numRuns: RUNS.random });
    expect(counts.cases).toBe(RUNS.random);
    expect(counts.paused / counts.cases).toBeGreaterThan(0.9);
  });
});
