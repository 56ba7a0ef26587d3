// The reader's rules in the scan: a flag rule makes an appeal of a box the classifier missed
// (reason "your rule", the rule's kind), a never rule removes a flagged box, rules are scoped
// to their site, and a rule that cannot be applied never breaks the scan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan, startScan, type ScanReport } from '../../src/core/index.js';
import { parseRules } from '../../src/core/rules/parse.js';
import type { Rule } from '../../src/core/rules/types.js';
import { htmlDoc, norm, page, prose } from './helpers.js';

function rules(text: string): Rule[] {
  const p = parseRules(text);
  expect(p.errors).toEqual([]);
  return p.rules.slice();
}

// A box with no money words: the classifier has nothing to go on.
const QUIET_BOX = `<div class="club-corner"><p>The Harbour Club.</p>
  <p>Send us your photographs of the old walls and the lighthouse at dusk, and tell us where you took them.</p></div>`;

// A plain donation box the classifier finds.
const DONATION_BOX = `<div class="support-box"><h3>Before you go</h3>
  <p>Our newsroom is funded by readers. Please support us with a gift today.</p>
  <p><a href="/donate">Give now</a></p><p><a href="#">No thanks</a></p></div>`;

// The box sits inside the article body, between its paragraphs, so it is article text unless flagged.
function quietPage(url = 'https://news.example.org/story'): Document {
  return htmlDoc(`<!doctype html><html lang="en"><head><title>Harbour walls | Herald</title></head><body>
    <article><h1>Harbour walls</h1><div class="body">${prose(6)}${QUIET_BOX}${prose(3)}</div></article></body></html>`, url);
}

function donationPage(url = 'https://news.example.org/story'): Document {
  return htmlDoc(`<!doctype html><html lang="en"><head><title>Harbour walls | Herald</title></head><body>
    <article><h1>Harbour walls</h1><div class="body">${prose(6)}${DONATION_BOX}${prose(3)}</div></article></body></html>`, url);
}

const texts = (r: ScanReport): string[] => r.appeals.map((a) => a.text);

describe('flag rules', () => {
  it('the classifier misses the quiet box on its own', () => {
    const r = scan(quietPage());
    expect(r.appeals).toEqual([]);
    expect(r.article.text).toContain('Send us your photographs');
    expect(r.rules).toBeUndefined();
  });

  it('a flag rule makes the box an appeal: reason "your rule", its kind, confidence 1, out of the article text', () => {
    const doc = quietPage();
    const r = scan(doc, { rules: rules('example.org##.club-corner:appeal(subscription)') });
    expect(r.appeals).toHaveLength(1);
    const a = r.appeals[0]!;
    expect(a.id).toBe('a1');
    expect(a.kind).toBe('subscription');
    expect(a.confidence).toBe(1);
    expect(a.signals).toEqual(['rule']);
    expect(a.reasons[0]).toBe('your rule: example.org##.club-corner:appeal(subscription)');
    expect(a.elements).toEqual([doc.querySelector('.club-corner')]);
    expect(a.text.split('\n')).toEqual([
      'The Harbour Club.', 'Send us your photographs of the old walls and the lighthouse at dusk, and tell us where you took them.',
    ]);
    expect(a.placement).toBe('inline');
    expect(a.reasons).toEqual(['your rule: example.org##.club-corner:appeal(subscription)', 'placed inside the article body']);
    expect(r.article.text).not.toContain('Send us your photographs');
    expect(r.article.text).toContain('customs house into a small museum');
    expect(r.rules).toEqual({ applied: ['example.org##.club-corner:appeal(subscription)'] });
  });

  it('without a kind: donation when the classifier saw nothing there', () => {
    const r = scan(quietPage(), { rules: rules('example.org##.club-corner') });
    expect(r.appeals.map((a) => a.kind)).toEqual(['donation']);
  });

  it('without a kind over a classifier appeal: that appeal is replaced, its kind kept, no duplicate', () => {
    const plain = scan(donationPage());
    expect(plain.appeals).toHaveLength(1);
    const kind = plain.appeals[0]!.kind;
    const r = scan(donationPage(), { rules: rules('example.org##.support-box') });
    expect(r.appeals).toHaveLength(1);
    expect(r.appeals[0]!.kind).toBe(kind);
    expect(r.appeals[0]!.signals).toEqual(['rule']);
    expect(r.appeals[0]!.confidence).toBe(1);
  });

  it('ids stay a1, a2… in document order with forced and classifier appeals mixed', () => {
    const doc = htmlDoc(`<!doctype html><html lang="en"><body><div class="topper"><p>A note from the editors about the club.</p>
      <p>It meets on Fridays in the old customs house.</p></div>
      <article><h1>Harbour walls</h1><div class="body">${prose(6)}</div>${DONATION_BOX}</article></body></html>`, 'https://example.org/x');
    const r = scan(doc, { rules: rules('example.org##.topper:appeal(paywall)') });
    expect(r.appeals.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(r.appeals[0]!.signals).toEqual(['rule']);
    expect(r.appeals[0]!.kind).toBe('paywall');
    expect(r.appeals[1]!.text).toContain('Please support us with a gift today.');
  });

  it('a text fingerprint flags the smallest element whose text starts so (case and spacing aside)', () => {
    const doc = quietPage();
    const r = scan(doc, { rules: rules('example.org##:has-text(the   HARBOUR club.send us)') });
    expect(r.appeals).toHaveLength(1);
    expect(r.appeals[0]!.elements).toEqual([doc.querySelector('.club-corner')]);
    const p = scan(quietPage(), { rules: rules('example.org##p:has-text(Send us your photographs)') });
    expect(p.appeals.map((a) => a.text)).toEqual(['Send us your photographs of the old walls and the lighthouse at dusk, and tell us where you took them.']);
  });

  it('a paywall rule on a cut-off article makes the paywall verdict', () => {
    const doc = htmlDoc(`<!doctype html><html lang="en"><body><article><h1>Harbour walls</h1><div class="body">${prose(2)}</div>
      <div class="stop-here"><p>The rest of this story is for the people who keep us going.</p></div></article></body></html>`, 'https://example.org/x');
    expect(scan(doc).paywall.detected).toBe(false);
    const r = scan(doc, { rules: rules('example.org##.stop-here:appeal(paywall)') });
    expect(r.appeals.map((a) => a.kind)).toEqual(['paywall']);
    expect(r.paywall.detected).toBe(true);
  });

  it('a disabled rule does nothing', () => {
    const r = scan(quietPage(), { rules: rules('!off example.org##.club-corner') });
    expect(r.appeals).toEqual([]);
    expect(r.rules).toEqual({ applied: [] });
  });
});

describe('never rules', () => {
  it('a never rule removes the flagged box, and its text is article text again', () => {
    const plain = scan(donationPage());
    expect(plain.appeals).toHaveLength(1);
    expect(plain.article.text).not.toContain('Please support us with a gift today.');
    const r = scan(donationPage(), { rules: rules('example.org#@#.support-box') });
    expect(r.appeals).toEqual([]);
    expect(r.article.text).toContain('Please support us with a gift today.');
    expect(r.rules).toEqual({ applied: ['example.org#@#.support-box'] });
  });

  it('a never rule on an element inside the appeal, or around it, removes it too', () => {
    expect(scan(donationPage(), { rules: rules('example.org#@#.support-box h3') }).appeals).toEqual([]);
    expect(scan(donationPage(), { rules: rules('example.org#@#article') }).appeals).toEqual([]);
  });

  it('a never rule beats a flag rule for the same box', () => {
    const r = scan(quietPage(), { rules: rules('example.org##.club-corner\nexample.org#@#.club-corner') });
    expect(r.appeals).toEqual([]);
  });

  it('a never rule elsewhere leaves the appeal alone', () => {
    expect(scan(donationPage(), { rules: rules('example.org#@#.club-corner') }).appeals).toHaveLength(1);
  });
});

describe('host scoping', () => {
  const r = rules('example.org##.club-corner');
  it('applies on the host and its subdomains, www. or not', () => {
    for (const url of ['https://example.org/a', 'https://www.example.org/a', 'https://news.example.org/a', 'http://a.b.example.org/']) {
      expect(scan(quietPage(url), { rules: r }).appeals, url).toHaveLength(1);
    }
  });

  it('never on another site, nor one whose name merely ends the same', () => {
    for (const url of ['https://badexample.org/a', 'https://example.org.evil.net/a', 'https://example.com/a']) {
      expect(scan(quietPage(url), { rules: r }).appeals, url).toEqual([]);
    }
  });

  it('a page without an http(s) URL (a saved page, the CLI) gets every enabled rule', () => {
    expect(scan(quietPage('file:///tmp/saved.html'), { rules: r }).appeals).toHaveLength(1);
    expect(scan(quietPage('about:blank'), { rules: rules('other.net##.club-corner') }).appeals).toHaveLength(1);
  });
});

describe('rules never break the scan', () => {
  it('a selector that throws at query time is skipped; the other rules still apply', () => {
    // Passes parsing (which has no DOM here) but jsdom's selector engine refuses it.
    const bad: Rule = { host: 'example.org', action: 'flag', selector: 'div:nth-child(foo)', text: null, kind: null, source: 'example.org##div:nth-child(foo)', enabled: true };
    const good = rules('example.org##.club-corner')[0]!;
    const r = scan(quietPage(), { rules: [bad, good] });
    expect(r.partial).toBe(false);
    expect(r.appeals).toHaveLength(1);
    expect(r.rules).toEqual({ applied: ['example.org##.club-corner'] });
  });

  it('junk in the rules array is ignored', () => {
    const junk = [null, 1, 'x', {}, { host: 'example.org', action: 'flag' }, { __proto__: { host: 'example.org' } }] as unknown as Rule[];
    const r = scan(quietPage(), { rules: junk });
    expect(r.appeals).toEqual([]);
    expect(r.article.wordCount).toBeGreaterThan(50);
  });

  it('a rule that names no element with text (an empty slot) changes nothing and is not reported as applied', () => {
    const doc = page(`<article>${prose(6)}<div class="empty-slot"></div></article>`);
    const r = scan(doc, { rules: rules('example.org##.empty-slot\nexample.org##.nothing-here') });
    expect(r.appeals).toEqual([]);
    expect(r.rules).toEqual({ applied: [] });
  });

  it('many rules stay fast', () => {
    const many = rules(Array.from({ length: 2000 }, (_, i) => `example.org##.box-${i} p, .other-${i}`).join('\n'));
    const t0 = performance.now();
    const r = scan(quietPage(), { rules: many });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.appeals).toEqual([]);
  });

  it('the article text keeps everything a never rule gave back, and the word count follows', () => {
    const a = scan(donationPage());
    const b = scan(donationPage(), { rules: rules('example.org#@#.support-box') });
    expect(b.article.wordCount).toBeGreaterThan(a.article.wordCount);
    expect(norm(b.article.text)).toContain('Give now');
    expect(texts(b)).toEqual([]);
  });
});

describe('rules in every scan path', () => {
  it('the sliced scan (content script) applies them the same', () => {
    const r = rules('example.org##.club-corner:appeal(paywall)');
    const one = scan(quietPage(), { rules: r });
    let t = 0;
    const job = startScan(quietPage(), { rules: r, now: () => (t += 1), sliceMs: 5, timeBudgetMs: 1e9 });
    let report: ScanReport | null = null;
    for (let i = 0; i < 10_000 && !report; i++) report = job.step();
    expect(report!.appeals.map((a) => [a.id, a.kind, a.text, a.reasons[0]])).toEqual(one.appeals.map((a) => [a.id, a.kind, a.text, a.reasons[0]]));
    expect(report!.rules).toEqual(one.rules);
  });

  const seed = process.env.FC_SEED && process.env.FC_SEED !== 'random' ? Number(process.env.FC_SEED) : process.env.FC_SEED === 'random' ? undefined : 21;
  it('property: any parsed rules on a page never break the scan; ids in document order, no overlapping appeals', () => {
    const piece = fc.constantFrom('example.org', '##', '#@#', '.club-corner', '.support-box', 'p', 'div', 'article', 'h3', ' ', '>', ',',
      ':has-text(', 'Send us', 'Before you go', ')', ':appeal(paywall)', ':appeal(subscription)', ':not(', '*', '[class]', ':first-child');
    const textArb = fc.array(fc.array(piece, { maxLength: 8 }).map((p) => `example.org##${p.join('')}`), { maxLength: 6 }).map((l) => l.join('\n'));
    fc.assert(fc.property(textArb, fc.boolean(), (text, which) => {
      const doc = which ? quietPage() : donationPage();
      const r = scan(doc, { rules: parseRules(text).rules });
      expect(r.partial).toBe(false);
      const all = [...r.appeals, ...r.minor];
      expect(all.map((a) => a.id).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(all.map((_, i) => `a${i + 1}`));
      for (const a of r.appeals) {
        for (const b of r.appeals) {
          if (a === b) continue;
          for (const e of a.elements) for (const f of b.elements) expect(e === f || e.contains(f)).toBe(false);
        }
      }
    }), { numRuns: 60, ...(seed !== undefined ? { seed } : {}) });
  });
});
