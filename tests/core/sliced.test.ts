// A scan split over several tasks (startScan): the same report as one scan, however often it
// pauses; the time budget counts only its own time; a page that changes between steps or a
// clock that misbehaves never breaks it.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan, startScan, type ScanOptions, type ScanReport } from '../../src/core/index.js';
import { FIXTURES, fixtureDoc, page, prose } from './helpers.js';

/** A clock that moves on by `tick` ms at every reading, plus whatever the test adds. */
function fakeClock(tick: number): { now: () => number; jump: (ms: number) => void; readings: () => number } {
  let t = 1_000;
  let n = 0;
  return { now: () => { n++; return (t += tick); }, jump: (ms) => { t += ms; }, readings: () => n };
}

/** Runs a job to its end, calling `between` between steps; the report and the number of steps. */
function drive(doc: Document, options: ScanOptions, between: () => void = () => {}): { report: ScanReport; steps: number } {
  const job = startScan(doc, options);
  for (let steps = 1; steps < 100_000; steps++) {
    const r = job.step();
    if (r) return { report: r, steps };
    between();
  }
  throw new Error('the job never ended');
}

/** Everything a report says, with elements named by their position in the document. */
function comparable(doc: Document, r: ScanReport): unknown {
  const all = Array.from(doc.getElementsByTagName('*'));
  const at = (el: Element | null): number => (el ? all.indexOf(el) : -1);
  const appeal = (a: ScanReport['appeals'][number]): unknown => ({ ...a, elements: a.elements.map(at) });
  return {
    article: { ...r.article, element: at(r.article.element) },
    appeals: r.appeals.map(appeal), minor: r.minor.map(appeal),
    paywall: r.paywall, partial: r.partial, elements: r.stats.elements, blocks: r.stats.blocks,
  };
}

const pages = readdirSync(resolve(FIXTURES, 'pages')).filter((f) => f.endsWith('.html'));

describe('startScan: a scan in slices', () => {
  it.each(pages)('%s: pausing at every chance gives the report of one scan', (name) => {
    const doc = fixtureDoc(name);
    const whole = scan(doc);
    const clock = fakeClock(1);
    // A 1 ms slice on a clock that moves 1 ms per reading: every look at the clock pauses.
    const { report, steps } = drive(doc, { now: clock.now, sliceMs: 1, timeBudgetMs: 1e9 });
    expect(comparable(doc, report)).toEqual(comparable(doc, whole));
    expect(steps).toBeGreaterThan(3);
    expect(whole.appeals.length + whole.minor.length + whole.article.wordCount).toBeGreaterThan(0);
  });

  it('pauses inside the walk of a long page, every few hundred nodes at most', () => {
    const items = Array.from({ length: 1_500 }, (_, i) => `<li><a href="/a/${i}">Item ${i}</a></li>`).join('');
    const doc = page(`<article><h1>Title</h1>${prose(6)}</article><ul>${items}</ul>`);
    const clock = fakeClock(1);
    const { report, steps } = drive(doc, { now: clock.now, sliceMs: 1, timeBudgetMs: 1e9 });
    // 4,500+ elements and text nodes, a look at the clock every 128 of them.
    expect(steps).toBeGreaterThan(30);
    expect(report.partial).toBe(false);
    expect(comparable(doc, report)).toEqual(comparable(doc, scan(doc)));
  });

  it('one step is the whole scan without a slice length, or without a clock', () => {
    const doc = fixtureDoc('appended-donation.html');
    expect(drive(doc, { now: fakeClock(1).now, timeBudgetMs: 1e9 }).steps).toBe(1);
    expect(drive(doc, { sliceMs: 1 }).steps).toBe(1);
  });

  it('the time budget counts the scan\'s own time, not the page\'s work between steps', () => {
    const doc = fixtureDoc('appended-donation.html');
    const clock = fakeClock(0.02);
    // Every look at the clock ends the slice; between two steps the page works for a second.
    // The scan's own readings add up to far less than its 40 ms.
    const { report, steps } = drive(doc, { now: clock.now, sliceMs: 0.01, timeBudgetMs: 40 }, () => clock.jump(1_000));
    expect(steps).toBeGreaterThan(3);
    expect(report.partial).toBe(false);
    expect(report.appeals.length).toBeGreaterThan(0);
    expect(report.stats.ms).not.toBeNull();
    expect(report.stats.ms!).toBeLessThan(40);
  });

  it('still stops at the time budget, in few steps, and says partial', () => {
    const items = Array.from({ length: 3_000 }, (_, i) => `<p>Paragraph ${i} of a very long page.</p>`).join('');
    const doc = page(`<article><h1>Title</h1>${items}</article>`);
    const clock = fakeClock(0.05);
    const { report, steps } = drive(doc, { now: clock.now, sliceMs: 2, timeBudgetMs: 10 }, () => clock.jump(500));
    expect(report.partial).toBe(true);
    expect(steps).toBeLessThan(40);
  });

  it('a page that changes between steps gets a well-formed report, never an exception', () => {
    const doc = fixtureDoc('appended-donation.html');
    const clock = fakeClock(1);
    let k = 0;
    const { report } = drive(doc, { now: clock.now, sliceMs: 1, timeBudgetMs: 1e9 }, () => {
      k++;
      // Take nodes out, put new ones in, rewrite text: what a live page does between two tasks.
      const ps = doc.getElementsByTagName('p');
      if (k % 3 === 0 && ps.length > 2) ps[ps.length - 1]!.remove();
      if (k % 3 === 1) doc.body.appendChild(doc.createElement('div')).textContent = `Late node ${k}`;
      if (k % 3 === 2 && doc.body.firstElementChild) doc.body.firstElementChild.textContent = 'Replaced';
    });
    expect(k).toBeGreaterThan(3);
    expect(typeof report.partial).toBe('boolean');
    expect(Array.isArray(report.appeals)).toBe(true);
    expect(typeof report.article.text).toBe('string');
  });

  it('a clock that throws or says nonsense does not break a job', () => {
    const doc = fixtureDoc('appended-donation.html');
    let n = 0;
    const bad = (): number => {
      n++;
      if (n % 3 === 0) throw new Error('clock broke');
      return n % 3 === 1 ? Number.NaN : n;
    };
    const { report } = drive(doc, { now: bad, sliceMs: 1 });
    expect(Array.isArray(report.appeals)).toBe(true);
  });

  it('a finished job keeps answering with the same report', () => {
    const job = startScan(fixtureDoc('appended-donation.html'), {});
    const r = job.step();
    expect(r).not.toBeNull();
    expect(job.step()).toBe(r);
  });
});
