// The structural signal tables are data: every entry has an id and a reason, ids are unique,
// and the reader (signals/read.ts) finds tokens, link targets and vendor scripts.
import { describe, expect, it } from 'vitest';
import { linkNeverMatch, linkSignals, tokenSignals, vendorSignals } from '../../src/core/signals/index.js';
import { evaluateHref, evaluateScript, evaluateToken } from '../../src/core/signals/read.js';

describe('signal tables', () => {
  it('every entry has an id and a reason; ids are unique across tables', () => {
    const all = [...tokenSignals, ...linkSignals, ...linkNeverMatch, ...vendorSignals];
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of all) {
      expect(s.id, JSON.stringify(s)).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
      expect(s.reason.length, s.id).toBeGreaterThan(8);
    }
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
