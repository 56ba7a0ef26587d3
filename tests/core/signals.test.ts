// The signal tables are data: every entry has an id and a reason, ids are unique, and every
// phrase signal has sample texts it must and must not fire on (tests/fixtures/text).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allPhrases, linkNeverMatch, linkSignals, neverMatch, phraseTables, tokenSignals, vendorSignals,
} from '../../src/core/signals/index.js';
import { evaluateHref, evaluateScript, evaluateText, evaluateToken } from '../../src/core/signals/evaluate.js';
import { FIXTURES } from './helpers.js';

const KINDS = [null, 'donation', 'subscription', 'paywall', 'newsletter', 'other'];
const CATEGORIES = ['ask', 'price', 'gate', 'meter', 'pitch', 'value', 'payment', 'cta', 'opener', 'thanks', 'dismiss', 'newsletter', 'login', 'adblock'];

const samples = JSON.parse(readFileSync(resolve(FIXTURES, 'text/phrase-samples.json'), 'utf8')) as Record<string, { match: string[]; nonMatch?: string[] } | string>;

function fires(text: string, id: string, category: string): boolean {
  return evaluateText(text).hits.some((h) => h.signal.id === id && h.signal.category === category);
}

describe('signal tables', () => {
  it('every entry has an id and a reason; ids are unique across tables', () => {
    const all = [...allPhrases, ...tokenSignals, ...linkSignals, ...linkNeverMatch, ...vendorSignals, ...neverMatch];
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of all) {
      expect(s.id, JSON.stringify(s)).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
      expect(s.reason.length, s.id).toBeGreaterThan(8);
    }
  });

  it('phrase signals are well-formed', () => {
    for (const [lang, table] of Object.entries(phraseTables)) {
      expect(table.length, lang).toBeGreaterThan(0);
      for (const s of table) {
        expect(KINDS, s.id).toContain(s.kind);
        expect(CATEGORIES, s.id).toContain(s.category);
        expect(s.weight, s.id).toBeGreaterThan(0);
        expect(s.weight, s.id).toBeLessThanOrEqual(4);
        expect(s.lang === '*' || s.id.startsWith(`${s.lang}.`), s.id).toBe(true);
        // Button labels, openers and dismiss lines are only tried on short blocks.
        if (['cta', 'dismiss', 'opener'].includes(s.category)) expect(s.maxLength, s.id).toBeLessThanOrEqual(80);
        // Never the slow flags (see table.ts): case-insensitive patterns run on lower-cased text.
        expect(s.pattern.flags, s.id).not.toMatch(/[iu]/);
      }
    }
  });

  it('covers at least en, de, fr, es, ru, pl, pt, it', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'ru', 'pl', 'pt', 'it']) {
      const cats = new Set((phraseTables[lang] ?? []).map((s) => s.category));
      expect(cats.has('ask'), lang).toBe(true);
      expect(cats.has('gate'), lang).toBe(true);
    }
  });

  it('every phrase signal has samples', () => {
    for (const s of allPhrases) expect(samples[s.id], s.id).toBeTypeOf('object');
  });

  for (const s of allPhrases) {
    const sample = samples[s.id];
    if (typeof sample !== 'object') continue;
    it(`${s.id} (${s.lang}) fires on its samples and not on its non-samples`, () => {
      for (const t of sample.match) expect(fires(t, s.id, s.category), `should fire on ${JSON.stringify(t)}`).toBe(true);
      for (const t of sample.nonMatch ?? []) expect(fires(t, s.id, s.category), `should not fire on ${JSON.stringify(t)}`).toBe(false);
    });
  }
});

describe('evaluator', () => {
  it('quotes the page spelling of a match found on lower-cased text', () => {
    const hit = evaluateText('Please SUPPORT US with a gift today.').hits.find((h) => h.signal.id === 'en.support-us');
    expect(hit?.match).toBe('Please SUPPORT US');
  });

  it('turns a bare ask label into a call to action', () => {
    const hits = evaluateText('Support us').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.signal.category === 'cta')).toBe(true);
  });

  it('never-match: a newsletter sign-up is reclassified, not a subscription ask', () => {
    const ev = evaluateText('Subscribe to our newsletter for the latest updates from the valley.');
    expect(ev.reclassify).toBe('newsletter');
    expect(ev.hits.some((h) => h.signal.category === 'ask')).toBe(false);
    expect(ev.rejected.map((r) => r.id)).toContain('never.newsletter-subscribe');
  });

  it('never-match: campaign donations and third-party fundraisers are news', () => {
    expect(evaluateText('Make a donation to the campaign of the senator, the flyer said.').hits.some((h) => h.signal.category === 'ask')).toBe(false);
    const ev = evaluateText('Her brother launched a GoFundMe page, and the family asked: please donate to help us rebuild.');
    expect(ev.hits.some((h) => h.signal.category === 'ask')).toBe(false);
    expect(evaluateText('Paid subscribers grew by 4 percent, the company said.').hits.some((h) => h.signal.category === 'pitch')).toBe(false);
    expect(evaluateText('Please donate blood at the town hall this weekend.').hits).toEqual([]);
  });

  it('keeps hits outside a rejected span', () => {
    const ev = evaluateText('Donations to the campaign are news. Please support us with a monthly gift instead.');
    expect(ev.hits.some((h) => h.signal.id === 'en.support-us')).toBe(true);
  });

  it('finds nothing in plain news prose', () => {
    const t = 'The council voted on Tuesday to extend the tram line into the northern suburbs, a plan that will cost 40 million euros.';
    expect(evaluateText(t).hits.filter((h) => ['ask', 'gate', 'pitch'].includes(h.signal.category))).toEqual([]);
  });

  it('class/id tokens', () => {
    const ids = (t: string) => evaluateToken(t).map((s) => s.id);
    expect(ids('donation-box')).toContain('tok.donate');
    expect(ids('spendenbox')).toContain('tok.donate');
    expect(ids('contributions__epic')).toContain('tok.donate');
    expect(ids('subscription-bar')).toContain('tok.subscribe');
    expect(ids('paywall')).toContain('tok.paywall');
    expect(ids('tp-modal')).toContain('tok.paywall');
    expect(ids('newsletter-signup')).toContain('tok.newsletter');
    expect(ids('modal-dialog')).toContain('tok.overlay');
    expect(ids('supports-webp')).toEqual([]);
    expect(ids('contributor-bio')).not.toContain('tok.donate');
    expect(ids('article-header')).not.toContain('tok.donate');
  });

  it('link targets', () => {
    const ids = (h: string) => evaluateHref(h).map((l) => l.signal.id);
    expect(ids('https://donorbox.org/riverside')).toContain('link.donation-host');
    expect(ids('https://www.paypal.com/donate/?hosted_button_id=X')).toContain('link.paypal-donate');
    expect(ids('https://example.org/spenden/')).toContain('link.donation-path');
    expect(ids('https://example.org/jetzt-spenden')).toContain('link.donation-path');
    expect(ids('https://example.org/support-us/')).toContain('link.donation-path');
    expect(ids('https://abo.example.de/angebote?x=1')).toContain('link.subscribe-path');
    // An article slug with the word in it is a news link, not a donation page.
    expect(ids('https://example.org/2015/01/05/wenn-du-blogs-unterstuetzen-willst/')).toEqual([]);
    expect(ids('https://www.gofundme.com/f/rebuild-the-bakery')).toEqual([]);
    expect(ids('https://example.org/newsletter/subscribe')).toEqual([]);
    expect(ids('javascript:void(0)')).toEqual([]);
  });

  it('vendor scripts', () => {
    const ids = (s: string) => evaluateScript(s).map((v) => v.id);
    expect(ids('https://cdn.tinypass.com/api/tinypass.min.js')).toContain('vendor.piano');
    expect(ids('https://news.google.com/swg/js/v1/swg.js')).toContain('vendor.swg');
    expect(ids('/wp-content/plugins/leaky-paywall/js/leaky.js')).toContain('vendor.leaky');
    expect(ids('https://cdn.fundraiseup.com/widget/ABC')).toContain('vendor.fundraiseup');
    expect(ids('tp = window.tp || []; tp.push(["setAid", "x"]); // experience.piano.io')).toContain('vendor.piano');
    expect(ids('https://code.jquery.com/jquery.min.js')).toEqual([]);
  });
});
