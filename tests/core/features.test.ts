// The classifier's structural features, read through `scan(…, { explain: true })`: each one
// fires on the shape it names and stays 0 on its near miss, whatever the fitted weights are.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { page, prose } from './helpers.js';

/** The value of a feature on the candidate region holding `text`. */
function feature(doc: Document, text: string, name: string): number {
  const r = scan(doc, { explain: true });
  const names = r.explain!.featureNames;
  const c = r.explain!.candidates.find((k) => k.text.includes(text));
  if (!c) throw new Error(`no candidate holds "${text}": ${r.explain!.candidates.map((k) => k.text.slice(0, 40)).join(' | ')}`);
  const i = names.indexOf(name);
  if (i < 0) throw new Error(`no feature ${name}`);
  return c.features[i]!;
}

const inArticle = (p: string): Document => page(`<article>${prose(3)}<p>${p}</p>${prose(3)}</article>`);

describe('structural features', () => {
  it('s.speech: a quotation with the sentence going on outside it, in several quoting styles', () => {
    expect(feature(inArticle('"We need your support now," the director said at the meeting.'), 'We need your support', 's.speech')).toBe(1);
    expect(feature(page(`<article>${prose(3)}<p>„Wir brauchen jede Spende“, sagte die Vorsitzende am Freitag.</p></article>`, '', 'de'), 'Spende', 's.speech')).toBe(1);
    expect(feature(page(`<article>${prose(3)}<p>« Chaque don compte », a déclaré la présidente.</p></article>`, '', 'fr'), 'don compte', 's.speech')).toBe(1);
    // The publisher's own plea, with no quotation, is no reported speech.
    expect(feature(inArticle('We need your support now: please donate today.'), 'We need your support', 's.speech')).toBe(0);
  });

  it('s.headlines: a list of whole-link headlines, not a box with one button', () => {
    const list = page(`<article>${prose(4)}</article><aside><h3>Most read</h3><ul>
      <li><a href="/a">How to support local businesses during the lockdown</a></li>
      <li><a href="/b">Why readers donate to causes they trust, a survey</a></li></ul></aside>`);
    expect(feature(list, 'How to support local businesses', 's.headlines')).toBeGreaterThan(0.5);
    const box = page(`<article>${prose(4)}</article><div class="box"><p>Our newsroom is funded by readers. Please support us with a gift today.</p><p><a href="/donate">Give now</a></p></div>`);
    expect(feature(box, 'Our newsroom is funded', 's.headlines')).toBe(0);
  });

  it('s.linkLabels: a short line of link labels, not a sentence with a link', () => {
    const nav = page(`<header><p><a href="/subscribe">Subscribe</a> <a href="/donate">Donate</a></p></header><article>${prose(4)}</article>`);
    expect(feature(nav, 'Subscribe', 's.linkLabels')).toBe(1);
    const ask = page(`<article>${prose(4)}</article><p>If you value our reporting, please <a href="/donate">donate</a> today.</p>`);
    expect(feature(ask, 'If you value our reporting', 's.linkLabels')).toBe(0);
  });

  it('x.freeSubscribe: subscribing to something free, not a paid plan', () => {
    const free = page(`<article>${prose(4)}</article><div><p>Subscribe to our free newsletter to get every story by email.</p></div>`);
    expect(feature(free, 'Subscribe to our free newsletter', 'x.freeSubscribe')).toBe(1);
    const paid = page(`<article>${prose(4)}</article><div><p>Subscribe for unlimited access: $4 a month.</p></div>`);
    expect(feature(paid, 'Subscribe for unlimited access', 'x.freeSubscribe')).toBe(0);
  });

  it('words of a block in another language than the page are read in that language', () => {
    const doc = page(`<article>${prose(5)}</article><footer><p>Noch kein Abo? Jetzt abonnieren und alle Artikel lesen: 4,99 € im Monat.</p></footer>`);
    expect(feature(doc, 'Noch kein Abo', 'w.subscribe')).toBe(1);
  });
});
