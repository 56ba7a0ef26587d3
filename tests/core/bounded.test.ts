// Bounded and unbreakable: a 50,000-element page stops at the element budget and says so;
// a clock stops it at the time budget; malformed documents never throw.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scan, type ScanReport } from '../../src/core/index.js';
import { guessArticle } from '../../src/core/article-lite.js';
import { findAppeals } from '../../src/core/appeals.js';
import { walk } from '../../src/core/blocks.js';
import { Budget } from '../../src/core/budget.js';
import { domAccess } from '../../src/core/dom.js';
import { htmlDoc, page, prose } from './helpers.js';

/** A 50,000-element page: a long article, 12,000 list items, a donation box at the very end. */
function bigPage(): Document {
  const doc = htmlDoc('<!doctype html><html><head><title>Big</title></head><body></body></html>');
  const article = doc.createElement('article');
  article.innerHTML = prose(8); // test-only markup, written here
  doc.body.appendChild(article);
  const list = doc.createElement('ul');
  for (let i = 0; i < 12_500; i++) {
    const li = doc.createElement('li');
    const a = doc.createElement('a');
    a.href = `/archive/${i}`;
    const span = doc.createElement('span');
    span.textContent = `Archive entry ${i}`;
    a.appendChild(span);
    li.appendChild(a);
    list.appendChild(li);
    li.appendChild(doc.createElement('i'));
  }
  doc.body.appendChild(list);
  const box = doc.createElement('div');
  box.className = 'donation-box';
  box.innerHTML = '<p>Please support us with a donation today: just $5 a month keeps us independent.</p><a href="/donate">Donate</a>';
  doc.body.appendChild(box);
  return doc;
}

function wellFormed(r: ScanReport): void {
  expect(typeof r.partial).toBe('boolean');
  expect(Array.isArray(r.appeals)).toBe(true);
  expect(typeof r.article.text).toBe('string');
  expect(['free', 'metered', 'registration', 'hard', 'premium-section', 'unknown']).toContain(r.paywall.state);
  expect(() => JSON.stringify({ ...r, article: { ...r.article, element: null }, appeals: r.appeals.map((a) => ({ ...a, elements: [] })), minor: [] })).not.toThrow();
}

describe('budget', () => {
  const doc = bigPage();
  const count = doc.getElementsByTagName('*').length;

  it('the generated page has 50,000 elements', () => {
    expect(count).toBeGreaterThanOrEqual(50_000);
  });

  it('stops at the default element budget and reports partial', () => {
    const t = performance.now();
    const r = scan(doc);
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(r.partial).toBe(true);
    expect(r.stats.elements).toBe(20_000);
    wellFormed(r);
    // The article came before the cut, so it is still read.
    expect(r.article.text).toContain('Engineers inspected the harbour');
  });

  it('with a large enough budget it reads the whole page and finds the box at the end', () => {
    const r = scan(doc, { maxElements: 100_000 });
    expect(r.partial).toBe(false);
    expect(r.appeals.map((a) => a.kind)).toEqual(['donation']);
  });

  it('stops at the time budget when a clock is given', () => {
    let t = 0;
    const r = scan(doc, { now: () => (t += 1), timeBudgetMs: 20, maxElements: 100_000 });
    expect(r.partial).toBe(true);
    expect(r.stats.elements).toBeLessThan(100_000);
    expect(typeof r.stats.ms).toBe('number');
  });

  it('a stopped clock never trips the time budget; no clock, no ms', () => {
    const small = page(`<article>${prose(4)}</article>`);
    expect(scan(small, { now: () => 5 }).partial).toBe(false);
    expect(scan(small).stats.ms).toBeNull();
  });
});

describe('malformed input never throws', () => {
  const cases: [string, () => Document][] = [
    ['no body', () => { const d = page('<p>x</p>'); d.documentElement.removeChild(d.body); return d; }],
    ['frameset', () => htmlDoc('<!doctype html><html><frameset><frame src="a.html"></frameset></html>')],
    ['XML document', () => new JSDOM('<root><item>Please support us with a donation today.</item></root>', { contentType: 'application/xml' }).window.document],
    ['SVG document', () => new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Donate now</text></svg>', { contentType: 'image/svg+xml' }).window.document],
    ['empty document', () => { const d = page(''); d.removeChild(d.documentElement); return d; }],
    ['huge text node', () => { const d = page('<article><p id="big"></p></article>'); d.getElementById('big')!.textContent = 'Please support us. '.repeat(200_000); return d; }],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const doc = make();
      let r: ScanReport | undefined;
      expect(() => { r = scan(doc); }).not.toThrow();
      wellFormed(r!);
    });
  }

  it('nesting 10,000 levels deep (no recursion)', () => {
    const doc = page('');
    // Built bottom-up in detached chunks: attaching to a deep live tree is slow in jsdom.
    let cur: Element = doc.body;
    for (let done = 0; done < 10_000; done += 1000) {
      const bottom = doc.createElement('div');
      let top: Element = bottom;
      for (let i = 1; i < 1000; i++) {
        const wrap = doc.createElement('div');
        wrap.append(top);
        top = wrap;
      }
      cur.append(top);
      cur = bottom;
    }
    cur.textContent = 'If you value our reporting, please support us with a donation: $5 a month via PayPal.';
    const t = performance.now();
    const r = scan(doc);
    expect(performance.now() - t).toBeLessThan(10_000);
    wellFormed(r);
    expect(r.partial).toBe(false);
  });

  it('clobbered DOM properties (named form controls, <img name="body">)', () => {
    const doc = page(`<img name="body"><img name="createTreeWalker"><img name="documentElement">
      <form id="f"><input name="parentNode"><input name="getAttribute"><input name="attributes"><input name="localName"><input name="firstChild"><input name="nextSibling"><input name="contains">
      <p>We rely on readers like you. Please support us with a donation via PayPal today.</p><button>Donate now</button></form>
      <article>${prose(5)}</article>`);
    const r = scan(doc);
    wellFormed(r);
    expect(r.appeals.map((a) => a.kind)).toEqual(['donation']);
  });

  it('a polluted Object.prototype does not change the result', () => {
    const doc = page(`<article>${prose(5)}</article><div class="donation-box"><p>Please support us with a donation today.</p><a href="/donate">Donate</a></div>`);
    const clean = scan(doc);
    const proto = Object.prototype as Record<string, unknown>;
    proto['isAccessibleForFree'] = false;
    proto['kind'] = 'paywall';
    proto['hints'] = ['x'];
    try {
      const r = scan(doc);
      expect(r.appeals.map((a) => [a.kind, a.text])).toEqual(clean.appeals.map((a) => [a.kind, a.text]));
      expect(r.paywall).toEqual(clean.paywall);
    } finally {
      delete proto['isAccessibleForFree'];
      delete proto['kind'];
      delete proto['hints'];
    }
  });

  it('ports that throw or lie are survived; ignore() hides elements', () => {
    const doc = page(`<article>${prose(5)}</article><div class="donation-box" id="box"><p>Please support us with a donation today.</p><a href="/donate">Donate</a></div>`);
    const boom = () => { throw new Error('port'); };
    const r = scan(doc, { isVisible: boom, getRect: boom, getPosition: boom, now: boom as unknown as () => number });
    wellFormed(r);
    expect(r.appeals).toHaveLength(1);
    const box = doc.getElementById('box')!;
    expect(scan(doc, { ignore: (el) => el === box }).appeals).toEqual([]);
  });

  it('a fixed-position box is placed as a banner or overlay from the ports', () => {
    const doc = page(`<article>${prose(5)}</article><div class="support" id="bar"><p>Please support us with a donation today.</p><a href="/donate">Donate</a></div>`);
    const bar = doc.getElementById('bar')!;
    const r = scan(doc, { getPosition: (el) => (el === bar ? 'fixed' : 'static'), getRect: () => ({ x: 0, y: 700, width: 1200, height: 90 }) });
    expect(r.appeals[0]?.placement).toBe('banner');
  });
});

describe('the time budget also bounds reading the blocks for appeals', () => {
  // An appeal right after the article, then 300 comment lines, then a second appeal.
  const html = `<article><h1>Harbour works</h1>${prose(4)}
    <aside class="support-box"><h2>Will you support independent local journalism?</h2>
      <p>Our reporting is funded by readers like you. Donate today, or give $5 a month, to keep it free.</p>
      <a href="/donate">Donate now</a></aside></article>
    <section class="comments"><ol>${Array.from({ length: 300 }, (_, i) => `<li>Comment ${i}: the harbour works seem ${i % 2 ? 'sensible' : 'too slow'}.</li>`).join('')}</ol></section>
    <div class="donation-box"><p>Please support us with a donation today: just $5 a month keeps us independent.</p><a href="/donate">Donate</a></div>`;

  it('with time left, both appeals are found and the scan is complete', () => {
    const r = scan(page(html), { now: () => 0, timeBudgetMs: 40 });
    expect(r.partial).toBe(false);
    expect(r.appeals.map((a) => a.kind)).toEqual(['donation', 'donation']);
  });

  it('out of time while reading: what was read is reported, the rest is not read, and the result says partial', () => {
    const doc = page(html);
    const root = doc.documentElement;
    const dom = domAccess(doc, root);
    const model = walk(doc, dom, root, Budget.from({}), {});
    const input = { model, dom, article: guessArticle(model, dom), options: {}, gatedContext: false };
    const complete = findAppeals(input);
    expect(complete.partial).toBe(false);
    expect(complete.appeals).toHaveLength(2);
    // The clock runs out at its second look (after 2 × 64 blocks): the appeal after the
    // article is read, the one after 300 comment lines is not.
    let looks = 0;
    const cut = findAppeals({ ...input, timeLeft: () => ++looks < 2 });
    expect(cut.partial).toBe(true);
    expect(looks).toBe(2);
    expect(cut.appeals.map((a) => a.text).join(' ')).toContain('funded by readers like you');
    expect(cut.appeals.map((a) => a.text).join(' ')).not.toContain('keeps us independent');
    expect(model.blocks.length).toBeGreaterThan(300);
  });
});
