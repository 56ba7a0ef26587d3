import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText, findArticle, wordCount } from '../../src/core/article/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/article/', import.meta.url));

function load(name: string): Document {
  return new JSDOM(readFileSync(`${FIXTURES}${name}`, 'utf8')).window.document;
}

function html(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

function extract(doc: Document): { text: string; title: string | null; element: Element | null } {
  const r = findArticle(doc);
  return { text: articleText(r.blocks), title: r.title, element: r.element };
}

const para = (n: number, topic: string): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}, long enough to read as prose, with a comma or two, and a full stop at the end of it.</p>`).join('');

describe('findArticle on news-site styles', () => {
  it('WordPress single post: entry content without byline, share bar, tags, comments, sidebar, footer', () => {
    const { text, title, element } = extract(load('wordpress.html'));
    expect(title).toBe('Town council approves new bike lanes on Harbor Street');
    expect(text).toContain('The Riverside town council voted five to two on Tuesday night');
    expect(text).toContain('What happens next');
    expect(text).toContain('study a loading zone near the bakery');
    for (const junk of ['Marta Kowalski', 'Share this', 'Facebook', 'Tagged', 'Recent Posts', 'Library extends weekend hours',
      'Gus P.', 'Where exactly are my customers', 'All rights reserved', 'Obituaries', 'Previous: School board']) {
      expect(text).not.toContain(junk);
    }
    // The headline is the title, not a body line.
    expect(text.split('\n')).not.toContain('Town council approves new bike lanes on Harbor Street');
    expect(element?.classList.contains('entry-content')).toBe(true);
  });

  it('<main> with a share bar, an inline related link and a related-links list', () => {
    const { text, title } = extract(load('main-share.html'));
    expect(title).toBe('Glacier retreat speeds up in the Andes, survey finds');
    expect(text).toContain('Glaciers in the tropical Andes are losing ice twice as fast');
    expect(text).toContain('publish their measurements openly');
    for (const junk of ['Share on Facebook', 'Copy link', 'Alpine ski resorts', 'Arctic sea ice hits', 'Cookie settings', 'Science']) {
      expect(text).not.toContain(junk);
    }
  });

  it('div soup with no <article>: <br><br>-separated story text, menus and boxes left out', () => {
    const { text, title, element } = extract(load('div-soup.html'));
    expect(title).toBe('Harvest festival draws record crowd');
    expect(text).toContain('More than twelve thousand people came to the fairgrounds');
    expect(text).toContain('no longer had to queue on the county road');
    for (const junk of ['Classifieds', 'Farm report', 'Most read', 'Road work on Route 9', 'Copyright 2023']) {
      expect(text).not.toContain(junk);
    }
    expect(element?.className).toBe('storytext');
    // The four runs of text each end up on their own line.
    expect(text.split('\n').length).toBe(4);
  });

  it('blog post with a long comment thread: comments are not the article', () => {
    const { text } = extract(load('comments.html'));
    expect(text).toContain('we finally throw out the wooden card catalogue');
    expect(text).toContain('worth a few square feet of floor');
    for (const junk of ['42 Comments', 'Eleanor W.', 'I still miss the smell of the drawers', 'this is sentimental', 'Write a comment', 'Powered by']) {
      expect(text).not.toContain(junk);
    }
  });

  it('keeps figure captions, list items and blockquotes, in document order', () => {
    const r = findArticle(load('caption-list.html'));
    const lines = articleText(r.blocks).split('\n');
    expect(r.title).toBe('Was die neue Mietpreisbremse für Mieter bedeutet');
    const at = (s: string): number => lines.findIndex((l) => l.includes(s));
    expect(at('Der Bundestag hat am Donnerstag')).toBe(0);
    expect(at('Mehrfamilienhäuser in einem Berliner Altbauviertel')).toBeGreaterThan(0);
    expect(at('Vermieter müssen die Vormiete')).toBeGreaterThan(at('Mehrfamilienhäuser'));
    expect(at('Die Bremse wirkt nur')).toBeGreaterThan(at('Vermieter müssen'));
    expect(at('Ob eine Stadt als angespannter')).toBe(lines.length - 1);
    for (const junk of ['Startseite', 'Mehr zum Thema', 'Wohngeld steigt', 'Impressum']) {
      expect(lines.join('\n')).not.toContain(junk);
    }
    // Each list item is its own block.
    expect(r.blocks.filter((b) => b.localName === 'li')).toHaveLength(3);
  });

  it('returns blocks in document order without duplicates', () => {
    const r = findArticle(load('wordpress.html'));
    expect(new Set(r.blocks).size).toBe(r.blocks.length);
    for (let i = 1; i < r.blocks.length; i++) {
      // DOCUMENT_POSITION_FOLLOWING = 4
      expect(r.blocks[i - 1]!.compareDocumentPosition(r.blocks[i]!) & 4).toBe(4);
    }
  });

  it('does not mutate the document', () => {
    const doc = load('wordpress.html');
    const before = doc.documentElement.outerHTML;
    findArticle(doc);
    articleText(findArticle(doc).blocks);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('honours ignore and isVisible', () => {
    const doc = html(`<article><p id="a">${'Visible paragraph text, with commas, and more words. '.repeat(6)}</p>
      <p id="b">${'Paragraph the caller hides from us, with commas, and more words. '.repeat(6)}</p>
      <p id="c">${'Paragraph the extension added itself, with commas, and more. '.repeat(6)}</p></article>`);
    const r = findArticle(doc, { isVisible: (el) => el.id !== 'b', ignore: (el) => el.id === 'c' });
    const text = articleText(r.blocks);
    expect(text).toContain('Visible paragraph text');
    expect(text).not.toContain('caller hides');
    expect(text).not.toContain('extension added');
  });
});

describe('titles', () => {
  it('drops a " | Site" suffix from <title> when there is no h1', () => {
    const doc = html(`<div>${para(5, 'rivers')}</div>`, '<title>Flood warnings lifted for the lower valley | Daily Post</title>');
    expect(findArticle(doc).title).toBe('Flood warnings lifted for the lower valley');
  });

  it('uses og:site_name to drop a site prefix', () => {
    const doc = html(`<div>${para(5, 'trains')}</div>`,
      '<title>Metro Herald - Night trains return to the coast line</title><meta property="og:site_name" content="Metro Herald">');
    expect(findArticle(doc).title).toBe('Night trains return to the coast line');
  });

  it('prefers the visible h1 that agrees with og:title, and skips a site-name h1', () => {
    const doc = html(`<header><h1><a href="/">Metro Herald</a></h1></header><article><h1>Night trains return to the coast line</h1>${para(5, 'trains')}</article>`,
      '<meta property="og:title" content="Night trains return to the coast line – Metro Herald"><meta property="og:site_name" content="Metro Herald">');
    const r = findArticle(doc);
    expect(r.title).toBe('Night trains return to the coast line');
    expect(articleText(r.blocks)).not.toContain('Night trains return');
  });

  it('is null when the page declares none and has no h1', () => {
    expect(findArticle(html(`<div>${para(4, 'nothing')}</div>`)).title).toBeNull();
  });
});

describe('articleText', () => {
  it('follows the visible-text rules inside blocks', () => {
    const doc = html(`<article><p>Shown <script>var hidden1 = 1;</script><style>.x{}</style><span hidden>hidden2</span>
      <span style="display: none">hidden3</span><span style="visibility:hidden">hidden4</span><noscript>hidden5</noscript>
      <template>hidden6</template><svg><text>hidden7</text></svg> text &amp; more</p></article>`);
    expect(articleText([doc.querySelector('p')!])).toBe('Shown text & more');
  });

  it('puts each block on its own line and breaks lines at <br>', () => {
    const doc = html('<div><p>One   two</p><p>three<br>four</p></div>');
    expect(articleText(Array.from(doc.querySelectorAll('p')))).toBe('One two\nthree\nfour');
  });

  it('a block gives only its own text: nested blocks are blocks of their own', () => {
    const doc = html('<div id="d">Lead text<p>Inner paragraph</p>tail</div>');
    expect(articleText([doc.getElementById('d')!])).toBe('Lead text tail');
  });

  it('exclude: a whole block, a block inside an excluded box, an inline element inside a block', () => {
    const doc = html(`<article>
      <p id="p1">First paragraph of the story.</p>
      <div class="appeal"><p id="p2">Please support our newsroom today.</p></div>
      <p id="p3">Third paragraph. <span class="ask">Donate $5 a month to keep us going.</span> Then the story goes on.</p>
      <p id="p4">Fourth paragraph is an ask too.</p>
    </article>`);
    const blocks = Array.from(doc.querySelectorAll('p'));
    const exclude = (el: Element): boolean => el.classList.contains('appeal') || el.classList.contains('ask') || el.id === 'p4';
    expect(articleText(blocks, exclude)).toBe('First paragraph of the story.\nThird paragraph. Then the story goes on.');
    expect(articleText(blocks)).toContain('Donate $5 a month');
  });

  it('exclude on an ancestor container removes the blocks inside it', () => {
    const doc = html('<main><section id="s"><p>a b c</p><p>d e f</p></section><p>g h i</p></main>');
    expect(articleText(Array.from(doc.querySelectorAll('p')), (el) => el.id === 's')).toBe('g h i');
  });
});

describe('wordCount', () => {
  it('counts words with letters or digits', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  Hello,   world — 2024 !  ')).toBe(3);
    expect(wordCount('Élan vital\nüber Straße')).toBe(4);
  });
  it('counts CJK characters one by one', () => {
    expect(wordCount('日本語 text')).toBe(4);
  });
});

describe('robustness', () => {
  it('10,000-deep nesting neither overflows nor loses the text', () => {
    const doc = html('');
    const p = doc.createElement('p');
    p.textContent = 'Deep inside the page, a paragraph long enough to count as prose, with commas, and words. '.repeat(8);
    // jsdom's own cost grows with depth on every insertion (and it recurses when attaching a
    // deep subtree), so build 500-level chunks detached, bottom-up, and hang them in order.
    let cur: Element = doc.body;
    for (let c = 0; c < 20; c++) {
      let top: Element | null = null;
      let inner: Element | null = null;
      for (let i = 0; i < 500; i++) {
        const d = doc.createElement(i % 2 ? 'span' : 'div');
        if (top) d.appendChild(top);
        else inner = d;
        top = d;
      }
      cur.appendChild(top!);
      cur = inner!;
    }
    cur.appendChild(p);
    let depth = 0;
    for (let e: Element | null = p; e; e = e.parentElement) depth++;
    expect(depth).toBeGreaterThan(10_000);
    const r = findArticle(doc);
    expect(r.partial).toBe(false);
    expect(r.blocks).toEqual([p]);
    expect(articleText(r.blocks)).toContain('Deep inside the page');
    expect(articleText([doc.body])).toBe('');
  });

  it('a huge page stops at maxElements and says so', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => `<span>w${i}</span>`).join('');
    const doc = html(`<article>${para(8, 'a big page')}</article><div>${items}</div>`);
    const r = findArticle(doc);
    expect(r.partial).toBe(true);
    expect(articleText(r.blocks)).toContain('Paragraph 8 about a big page');
    const small = findArticle(doc, { maxElements: 5 });
    expect(small.partial).toBe(true);
    expect(findArticle(html(`<article>${para(8, 'a small page')}</article>`)).partial).toBe(false);
  });

  it('finishes a 50,000-element page quickly', () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => `<div class="row"><span>r${i}</span><a href="/x${i}">link</a>${'<i>x</i>'.repeat(16)}</div>`).join('');
    const doc = html(`<article>${para(10, 'speed')}</article>${rows}`);
    const t0 = performance.now();
    const r = findArticle(doc, { maxElements: 60_000 });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(articleText(r.blocks)).toContain('Paragraph 10 about speed');
  });

  it('never throws on documents without a body, framesets, SVG and XML', () => {
    const noBody = html('<p>x</p>');
    noBody.documentElement.removeChild(noBody.body);
    const frameset = new JSDOM('<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>').window.document;
    const svg = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>', { contentType: 'image/svg+xml' }).window.document;
    const xml = new JSDOM('<root><para>Some text in an XML document, long enough to be a paragraph of prose.</para></root>', { contentType: 'application/xml' }).window.document;
    const empty = new JSDOM('').window.document.implementation.createDocument(null, null, null);
    for (const doc of [noBody, frameset, svg, xml, empty]) {
      const r = findArticle(doc);
      expect(Array.isArray(r.blocks)).toBe(true);
      expect(() => articleText(r.blocks)).not.toThrow();
    }
    expect(findArticle(frameset).title).toBe('Frames');
    expect(findArticle(svg).blocks).toEqual([]);
    expect(findArticle(empty)).toMatchObject({ element: null, blocks: [] });
  });

  it('an empty body gives no article', () => {
    expect(findArticle(html(''))).toMatchObject({ element: null, blocks: [], partial: false });
  });
});
