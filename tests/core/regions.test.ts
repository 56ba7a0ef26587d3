// Region growing: an appeal is one region of consecutive blocks — its container when the
// markup has one, else heading → body → dismiss across sibling blocks — and stops at article text.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { htmlDoc, norm, page, prose } from './helpers.js';

describe('region growing', () => {
  it('grows from the ask to the whole box container (heading, body, buttons)', () => {
    const doc = page(`<article><div class="body">${prose(5)}</div>
      <div class="support-box"><h3>Before you go</h3><p>Our newsroom is funded by readers. Please support us with a gift today.</p>
      <p><a href="/donate">Give now</a></p><p><a href="#">No thanks</a></p></div></article>`);
    const r = scan(doc);
    expect(r.appeals).toHaveLength(1);
    const a = r.appeals[0]!;
    expect(a.text.split('\n')).toEqual(['Before you go', 'Our newsroom is funded by readers. Please support us with a gift today.', 'Give now', 'No thanks']);
    expect(a.elements).toEqual([doc.querySelector('.support-box')]);
    expect(a.kind).toBe('donation');
    expect(a.placement).toBe('appended');
  });

  it('in flat markup: opener heading → ask paragraphs → dismiss line, and nothing of the article', () => {
    const doc = page(`<div class="post">${prose(6)}
      <p>A message from the Harbour Herald:</p><p>Dear readers,</p>
      <p>We are a small team covering the coast for more than twenty years, and we intend to keep going.</p>
      <p>If you can, please support us monthly from just $3. Every contribution makes a difference.</p>
      <p>Remind me later.</p></div>`);
    const r = scan(doc);
    expect(r.appeals).toHaveLength(1);
    const lines = r.appeals[0]!.text.split('\n');
    expect(lines[0]).toBe('A message from the Harbour Herald:');
    expect(lines[lines.length - 1]).toBe('Remind me later.');
    expect(lines).toHaveLength(5);
    expect(norm(r.article.text)).not.toContain('Dear readers');
    expect(norm(r.article.text)).toContain('customs house into a small museum');
  });

  it('stops at article paragraphs on both sides of an inline ask', () => {
    const doc = page(`<article><div class="entry-content">${prose(3)}
      <p class="cta-line">Enjoying our coverage? Please support us: <a href="https://donorbox.org/herald">donate today</a>.</p>
      ${prose(3)}</div></article>`);
    const r = scan(doc);
    expect(r.appeals).toHaveLength(1);
    expect(r.appeals[0]!.text).toBe('Enjoying our coverage? Please support us: donate today.');
    expect(r.appeals[0]!.placement).toBe('inline');
    expect(r.article.text.split('\n')).toHaveLength(6);
  });

  it('an inline ask without a call to action stays article text (quoted prose)', () => {
    const doc = page(`<article><div class="entry-content">${prose(3)}
      <p>"Please support us, we need your help," the shelter's director told reporters on Monday, standing in the flooded yard.</p>
      ${prose(3)}</div></article>`);
    const r = scan(doc);
    expect(r.appeals).toEqual([]);
    expect(r.article.text).toContain('we need your help');
  });

  it('keeps two separate boxes apart (sidebar donation, footer subscription)', () => {
    const doc = page(`<main><article><div class="entry-content">${prose(5)}</div></article></main>
      <aside class="sidebar"><section class="widget widget_text"><h3>Support us</h3>
        <div class="textwidget">We are funded by readers like you. Please make a donation via PayPal to keep this site free.</div></section>
        <section class="widget"><h3>Archive</h3><ul><li><a href="/2024/">2024</a></li><li><a href="/2023/">2023</a></li></ul></section></aside>
      <footer class="site-footer"><div class="abo-promo"><p>Noch kein Abo? Jetzt abonnieren und alle Artikel vollständig lesen: 4,99 € im Monat.</p>
        <a href="/abo/">Zum Angebot</a></div><p>Impressum · Datenschutz</p></footer>`);
    const r = scan(doc);
    expect(r.appeals.map((a) => a.kind)).toEqual(['donation', 'subscription']);
    expect(r.appeals[0]!.placement).toBe('sidebar');
    expect(r.appeals[0]!.text).toContain('Support us');
    expect(r.appeals[0]!.text).not.toContain('Archive');
    expect(r.appeals[1]!.text).not.toContain('Impressum');
  });

  it('does not swallow a navigation menu around a subscribe link', () => {
    const items = ['News', 'Politics', 'Business', 'Culture', 'Sport', 'Opinion', 'Travel', 'Food'].map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('');
    const doc = page(`<header><nav class="menu"><ul><li><a href="/subscribe">Subscribe today for unlimited access</a></li>${items}</ul></nav></header>
      <article><div class="entry-content">${prose(5)}</div></article>`);
    const r = scan(doc);
    for (const a of r.appeals) expect(a.text).not.toContain('Politics');
  });

  it('reports elements that never nest and lie in document order', () => {
    const doc = page(`<article><div class="entry-content">${prose(4)}</div>
      <div class="donate"><div><h3>Keep us independent</h3></div>Please support our journalism.<p>Make a donation today: <a href="/donate/">donate</a></p></div></article>`);
    const r = scan(doc);
    expect(r.appeals).toHaveLength(1);
    const els = r.appeals[0]!.elements;
    for (let i = 1; i < els.length; i++) {
      expect(els[i - 1]!.contains(els[i]!)).toBe(false);
      expect(els[i - 1]!.compareDocumentPosition(els[i]!) & 4).toBeTruthy();
    }
  });

  it('a menu link alone ("Donate") is not an appeal', () => {
    const doc = page(`<nav><a href="/donate">Donate</a> <a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></nav><article>${prose(5)}</article>`);
    expect(scan(doc).appeals).toEqual([]);
  });

  it('inside the article, an ask linking to another site\'s donation page is news; to this site, an appeal', () => {
    const body = (line: string) => `<!doctype html><html><body><article><div class="entry-content">${prose(3)}
      <p>${line}</p>${prose(3)}</div></article></body></html>`;
    const url = 'https://www.herald.example/2025/06/floods';
    const relief = (href: string) => `Families who lost their homes need help now. Please donate today: every contribution makes a difference. <a href="${href}">Give here</a>.`;
    expect(scan(htmlDoc(body(relief('https://www.relief-fund.example.org/donate')), url)).appeals).toEqual([]);
    // The same words linking to this site would be the outlet's own ask.
    expect(scan(htmlDoc(body(relief('/donate')), url)).appeals).toHaveLength(1);
    const ask = 'If you value our reporting on the floods, please support us: <a href="https://support.herald.example/donate">donate here</a>.';
    const own = scan(htmlDoc(body(ask), url));
    expect(own.appeals.map((a) => a.placement)).toEqual(['inline']);
  });
});
