// Pathological pages: each must be scanned without throwing, within a loose time bound (the
// real speed figures come from the benchmark, not from here), with a well-formed report and
// `partial: true` exactly where the scan had to stop early.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scan, type ScanOptions, type ScanReport } from '../../src/core/index.js';
import { parseHtml, snapshot, win } from './support/dom.js';
import { countableElements, normalizeReport, regionProblems, shapeProblems } from './support/report-checks.js';

const BOUND_MS = 5000;
const DEFAULT_MAX_ELEMENTS = 20_000;
const PROSE = 'The council voted on Tuesday to extend the tram line into the northern suburbs, officials said. ';
const APPEAL = 'Support independent journalism today: donate $5 a month to keep our reporting free.';

function blankDocument(): Document {
  return win.document.implementation.createHTMLDocument('Pathological');
}

function el(doc: Document, tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** An ordinary article with a donation box, so the pathological part sits next to real content. */
function articleInto(doc: Document, parent: Element): HTMLElement {
  const article = el(doc, 'article');
  article.append(el(doc, 'h1', 'Tram line to be extended'));
  for (let i = 0; i < 4; i++) article.append(el(doc, 'p', PROSE.repeat(3)));
  const box = el(doc, 'div', undefined, { class: 'support-box' });
  box.append(el(doc, 'p', APPEAL), el(doc, 'a', 'Donate now', { href: '/donate' }));
  article.append(box);
  parent.append(article);
  return article;
}

interface Timed { readonly report: ScanReport; readonly ms: number }

function timedScan(doc: Document, options: ScanOptions = {}): Timed {
  const t0 = performance.now();
  const report = scan(doc, options);
  return { report, ms: performance.now() - t0 };
}

/** The checks every pathological case shares. */
function expectSound(doc: Document, { report, ms }: Timed, options: ScanOptions = {}): void {
  expect(ms, 'scan time').toBeLessThan(BOUND_MS);
  expect(shapeProblems(doc, report, { options })).toEqual([]);
  expect(regionProblems(doc, report, { options })).toEqual([]);
  const cap = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (!report.partial) expect(countableElements(doc), 'complete scan (partial: false) of more elements than the budget').toBeLessThanOrEqual(cap);
}

describe('pathological pages', () => {
  it('nesting 10,000 deep', () => {
    const doc = blankDocument();
    articleInto(doc, doc.body);
    // Built in detached chunks: jsdom itself recurses when attaching a deep subtree at once.
    let cur: Element = doc.body;
    for (let done = 0; done < 10_000; done += 1000) {
      const bottom = el(doc, 'div');
      let top: Element = bottom;
      for (let i = 1; i < 1000; i++) {
        const wrap = el(doc, i % 2 ? 'div' : 'span');
        wrap.append(top);
        top = wrap;
      }
      cur.append(top);
      cur = bottom;
    }
    cur.append(el(doc, 'p', APPEAL), el(doc, 'a', 'Donate', { href: '/donate' }));
    const before = snapshot(doc);
    const t = timedScan(doc);
    expectSound(doc, t);
    expect(snapshot(doc)).toBe(before);
  });

  it('200,000 elements: stops at the element budget and says so', () => {
    const doc = blankDocument();
    articleInto(doc, doc.body);
    // jsdom needs ~20-50 µs per node: 200k empty elements is the slowest part of this file.
    const main = el(doc, 'div', undefined, { class: 'comments' });
    for (let s = 0; s < 2000; s++) {
      const section = el(doc, 'section');
      for (let i = 0; i < 99; i++) section.append(doc.createElement('i'));
      main.append(section);
    }
    doc.body.append(main);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(200_000);
    const t = timedScan(doc);
    expectSound(doc, t);
    expect(t.report.partial).toBe(true);
    expect(t.report.stats.elements).toBeLessThan(200_000);

    // With a clock that advances 1 ms per reading, the 40 ms default time budget trips first.
    let clock = 0;
    const options: ScanOptions = { now: () => clock++, maxElements: 1_000_000 };
    const timed = timedScan(doc, options);
    expect(timed.ms).toBeLessThan(BOUND_MS);
    expect(shapeProblems(doc, timed.report, { options })).toEqual([]);
    expect(timed.report.partial, 'time budget exhausted: partial').toBe(true);
    expect(timed.report.stats.ms).toBeGreaterThanOrEqual(40);
    expect(timed.report.stats.elements).toBeLessThan(200_000);

    // And with the real clock and an explicit budget.
    const real = timedScan(doc, { now: () => performance.now(), timeBudgetMs: 20, maxElements: 1_000_000 });
    expect(real.report.partial).toBe(true);
    expect(real.ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it.each([
    ['prose', () => PROSE.repeat(Math.ceil(5_000_000 / PROSE.length))],
    ['one 5 MB word', () => 'a'.repeat(5_000_000)],
    ['5 MB of appeal phrases and amounts', () => { const s = `${APPEAL} €5 $10/month 4,99 € `; return s.repeat(Math.ceil(5_000_000 / s.length)); }],
  ])('a 5 MB text node: %s', (_name, make) => {
    const doc = blankDocument();
    const article = articleInto(doc, doc.body);
    const p = el(doc, 'p');
    p.append(doc.createTextNode(make()));
    article.insertBefore(p, article.children[2] ?? null);
    expect((p.textContent ?? '').length).toBeGreaterThanOrEqual(5_000_000);
    const t = timedScan(doc);
    expectSound(doc, t);
  });

  it('10,000 identical "Donate" links', () => {
    const doc = blankDocument();
    articleInto(doc, doc.body);
    const footer = el(doc, 'footer');
    for (let i = 0; i < 10_000; i++) footer.append(el(doc, 'a', 'Donate', { href: '/donate', class: 'donate' }));
    doc.body.append(footer);
    const t = timedScan(doc);
    expectSound(doc, t);
    // The report must stay small enough to send as a message.
    expect(JSON.stringify(normalizeReport(t.report)).length).toBeLessThan(5_000_000);
  });

  it('a <frameset> page', () => {
    const html = '<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html">'
      + `<noframes><p>${APPEAL}</p></noframes></frameset></html>`;
    for (const doc of [parseHtml(html), new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document]) {
      expect(doc.body?.localName).toBe('frameset');
      expectSound(doc, timedScan(doc));
    }
  });

  it('XML and SVG documents, a parse error, and a document with no root at all', () => {
    const svg = parseHtml(`<svg xmlns="http://www.w3.org/2000/svg"><title>Chart</title><text x="1" y="2">${APPEAL}</text><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">Donate now</p></foreignObject></svg>`, 'image/svg+xml');
    const xhtml = parseHtml(`<html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body><article><p>${PROSE}</p><div class="donate"><p>${APPEAL}</p></div></article></body></html>`, 'application/xhtml+xml');
    const rss = parseHtml(`<?xml version="1.0"?><rss><channel><item><title>Donate</title><description>${APPEAL}</description></item></channel></rss>`, 'application/xml');
    const broken = parseHtml('<a><b>Donate</a>', 'application/xml');
    const empty = win.document.implementation.createDocument(null, null);
    for (const doc of [svg, xhtml, rss, broken, empty]) {
      const t = timedScan(doc);
      expectSound(doc, t);
    }
    expect(timedScan(empty).report.appeals).toEqual([]);
    expect(timedScan(empty).report.article.text).toBe('');
  });

  it('a page with no <body>, and one whose root is not <html>', () => {
    const noBody = blankDocument();
    noBody.body.remove();
    noBody.documentElement.append(el(noBody, 'div', APPEAL));
    const onlyHead = parseHtml('<html><head><title>Head only</title></head></html>');
    onlyHead.body?.remove();
    const oddRoot = blankDocument();
    const root = el(oddRoot, 'div', undefined, { class: 'donate' });
    root.append(el(oddRoot, 'p', APPEAL));
    oddRoot.replaceChild(root, oddRoot.documentElement);
    for (const doc of [noBody, onlyHead, oddRoot]) {
      expect(doc.body).toBeNull();
      expectSound(doc, timedScan(doc));
    }
  });

  it('invalid charset, undecodable bytes, lone surrogates and NULs', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<!doctype html><html><head><meta charset="x-no-such-charset"><title>T\xff\xfe</title></head><body><article><p>${PROSE}</p><p>`, 'latin1'),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff]),
      Buffer.from(`</p><div class="donate">${APPEAL}</div></article></body></html>`, 'utf8'),
    ]);
    const quiet = new VirtualConsole();
    const docs = [
      new JSDOM(bytes, { virtualConsole: quiet }).window.document,
      new JSDOM(bytes, { virtualConsole: quiet, contentType: 'text/html; charset=x-bogus' }).window.document,
    ];
    const weird = blankDocument();
    const art = articleInto(weird, weird.body);
    art.append(el(weird, 'p', 'Donate\ud800 now \u0000 \udfff\ufffd \u202eetanod\u202c'));
    docs.push(weird);
    for (const doc of docs) expectSound(doc, timedScan(doc));
  });

  it('broken stylesheets and CSS values jsdom cannot compute, in a document with a window', () => {
    const quiet = new VirtualConsole();
    // Parseable but hostile CSS: jsdom 29 accepts these; some versions throw in getComputedStyle.
    const css = '.x{width:calc(100% - 40px)} .y{margin-left:calc(var(--gap) - 4px)} .z{top:calc(608px - env(safe-area-inset-top))} .w{width:calc(-1 * 8px)} @media (min-width: 1e999px){.v{color:red}}';
    const body = `<article><h1>T</h1><p class="x" style="width: calc(1px +)">${PROSE}</p>`
      + `<div class="y z w" style="--gap: 20px; position: fixed; height: calc((1px))"><p>${APPEAL}</p><a href="/donate">Donate</a></div>`
      + '<div style="display: calc(1px)">Subscribe</div></article>';
    const dom = new JSDOM(`<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`, { virtualConsole: quiet, pretendToBeVisual: true });
    const doc = dom.window.document;
    const t = timedScan(doc);
    expectSound(doc, t);
    // With ports that ask the window, as the content script would.
    const view = dom.window;
    const options: ScanOptions = {
      isVisible: (e) => view.getComputedStyle(e).display !== 'none',
      getPosition: (e) => view.getComputedStyle(e).position || null,
    };
    expectSound(doc, timedScan(doc, options), options);
  });

  it('structured data built to break parsers: 100,000-deep JSON-LD, invalid cssSelector, huge attributes', () => {
    const doc = blankDocument();
    articleInto(doc, doc.body);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepObject = '{"isAccessibleForFree":false,"hasPart":'.repeat(5000) + '{}' + '}'.repeat(5000);
    for (const json of [deep, deepObject, '{"@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"cssSelector":"[[[<<invalid"}}']) {
      doc.head.append(el(doc, 'script', json, { type: 'application/ld+json' }));
    }
    doc.body.firstElementChild?.setAttribute('class', `story ${'paywall '.repeat(100_000)}`);
    doc.body.setAttribute('data-huge', 'x'.repeat(1_000_000));
    const hugeId = el(doc, 'div', APPEAL, { id: 'd'.repeat(100_000) });
    doc.body.append(hugeId);
    expectSound(doc, timedScan(doc));
  });
});

describe('a page that redefines the builtins the scan might use', () => {
  /** A real page script (runScripts) sabotages its own window; the scan must shrug it off. */
  const sabotage: Record<string, string> = {
    'Array.prototype.map throws': 'Array.prototype.map = function () { throw new Error("page: no map for you"); };',
    'Array.prototype.forEach/filter/push replaced': 'Array.prototype.forEach = Array.prototype.filter = function () { return 42; }; Array.prototype.push = function () { throw new Error("no push"); };',
    'Element.prototype.querySelectorAll throws': 'Element.prototype.querySelectorAll = Document.prototype.querySelectorAll = function () { throw new Error("page: qsa broken"); };',
    'Element.prototype.querySelectorAll lies': 'Element.prototype.querySelectorAll = Document.prototype.querySelectorAll = function () { return []; };',
    'MutationObserver replaced': 'window.MutationObserver = function () { throw new Error("page: no observers"); };',
    'getters on Node.prototype replaced': 'Object.defineProperty(Node.prototype, "textContent", { get() { return "Donate now! ".repeat(3); }, configurable: true });',
    'JSON.parse and RegExp.prototype.exec broken': 'JSON.parse = function () { throw new Error("page json"); }; RegExp.prototype.exec = function () { return null; };',
  };

  it.each(Object.keys(sabotage))('%s', (name) => {
    const html = `<!doctype html><html lang="en"><head><title>T</title><script type="application/ld+json">{"isAccessibleForFree":false}</script></head><body>`
      + `<article><h1>Tram</h1><p>${PROSE}</p><div class="donate"><p>${APPEAL}</p><a href="/donate">Donate</a></div></article>`
      + `<script>${sabotage[name]}</script></body></html>`;
    const dom = new JSDOM(html, { runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    let report: ScanReport | undefined;
    expect(() => { report = scan(doc, {}); }).not.toThrow();
    expect(report).toBeDefined();
    // Only the shape is checked: the page may lie about its own content.
    expect(Array.isArray(report!.appeals)).toBe(true);
    expect(typeof report!.article.text).toBe('string');
    expect(typeof report!.partial).toBe('boolean');
    dom.window.close();
  });

  it('the shared test window: querySelectorAll and TreeWalker sabotaged, then restored', () => {
    const proto = win.Element.prototype;
    const docProto = win.Document.prototype;
    const saved = { el: proto.querySelectorAll, doc: docProto.querySelectorAll, walker: docProto.createTreeWalker };
    const doc = blankDocument();
    articleInto(doc, doc.body);
    try {
      proto.querySelectorAll = docProto.querySelectorAll = function broken(): never {
        throw new Error('page: qsa broken');
      };
      docProto.createTreeWalker = function broken(): never {
        throw new Error('page: walker broken');
      };
      expect(() => scan(doc, {})).not.toThrow();
    } finally {
      proto.querySelectorAll = saved.el;
      docProto.querySelectorAll = saved.doc;
      docProto.createTreeWalker = saved.walker;
    }
    expect(doc.querySelectorAll('p').length).toBeGreaterThan(0);
  });
});
