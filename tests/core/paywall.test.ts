// The paywall verdict: JSON-LD access declarations (top level, @graph, hasPart + cssSelector),
// vendor scripts and DOM signatures, gate text and its state; vendor presence alone never gates.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { readAccess } from '../../src/core/signals/structured-data.js';
import { page, prose } from './helpers.js';

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('JSON-LD isAccessibleForFree', () => {
  it('reads false / "False" at the top level, in @graph and in hasPart', () => {
    expect(readAccess([JSON.stringify({ '@type': 'NewsArticle', isAccessibleForFree: false })]).notFree).toBe(true);
    expect(readAccess([JSON.stringify({ '@type': 'NewsArticle', isAccessibleForFree: 'False' })]).notFree).toBe(true);
    expect(readAccess([JSON.stringify({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article', isAccessibleForFree: 'false' }] })]).notFree).toBe(true);
    const part = readAccess([JSON.stringify({ '@type': 'Article', hasPart: [{ '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.premium' }] })]);
    expect(part.notFree).toBe(true);
    expect(part.selectors).toEqual(['.premium']);
  });

  it('true, missing, invalid or hostile JSON-LD never throws and never claims a paywall', () => {
    expect(readAccess([JSON.stringify({ isAccessibleForFree: true })])).toMatchObject({ notFree: false, free: true });
    expect(readAccess(['{not json', '', 'null', '[]', '{"__proto__": {"isAccessibleForFree": false}}']).notFree).toBe(false);
    // Deep nesting is walked without recursion.
    let deep = '{"isAccessibleForFree": false}';
    for (let i = 0; i < 5000; i++) deep = `{"a": ${deep}}`;
    expect(() => readAccess([deep])).not.toThrow();
    // Broken JSON still says what it says.
    expect(readAccess(['{"@type": "Article", "isAccessibleForFree": "False", }']).notFree).toBe(true);
  });

  it('a declared paywall is detected; a hasPart selector that matches nothing is reported', () => {
    const r = scan(page(`<article>${prose(6)}</article>`, ld({ '@type': 'NewsArticle', isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall-body' } })));
    expect(r.paywall.detected).toBe(true);
    expect(r.paywall.signals.join(' | ')).toMatch(/isAccessibleForFree=false/);
    expect(r.paywall.signals.join(' | ')).toMatch(/"\.paywall-body" matches nothing/);
    expect(r.appeals).toEqual([]);
  });

  it('a selector that matches a long readable body marks a premium section', () => {
    const r = scan(page(`<article><div class="premium-body">${prose(18)}</div></article>`, ld({ '@type': 'NewsArticle', isAccessibleForFree: 'False', hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.premium-body' } })));
    expect(r.paywall).toMatchObject({ detected: true, state: 'premium-section' });
  });
});

describe('paywall states from the page', () => {
  it('free: nothing says otherwise', () => {
    expect(scan(page(`<article>${prose(5)}</article>`)).paywall).toEqual({ detected: false, state: 'free', signals: [] });
  });

  it('a vendor script alone is a signal, not a paywall', () => {
    const r = scan(page(`<article>${prose(5)}</article>`, '<script src="https://cdn.tinypass.com/api/tinypass.min.js"></script>'));
    expect(r.paywall.detected).toBe(false);
    expect(r.paywall.state).toBe('unknown');
    expect(r.paywall.signals).toEqual(['Piano/Tinypass paywall script (cdn.tinypass.com)']);
  });

  it('hard: the article is cut with a subscribe gate', () => {
    const r = scan(page(`<article><div class="story-body">${prose(2)}</div><div class="paywall"><p>To continue reading this story, subscribe to The Example Times.</p><a href="/subscribe">See offers</a></div></article>`));
    expect(r.appeals.map((a) => a.kind)).toEqual(['paywall']);
    expect(r.paywall).toMatchObject({ detected: true, state: 'hard' });
    expect(r.paywall.signals.join(' ')).toMatch(/article body is short/);
  });

  it('registration: a free account unlocks the rest', () => {
    const r = scan(page(`<article>${prose(2)}<div class="regwall"><h3>Create a free account to continue reading</h3><p>Registration takes a minute.</p><a href="/register">Register</a></div></article>`));
    expect(r.paywall).toMatchObject({ detected: true, state: 'registration' });
  });

  it('metered: the allowance is used up', () => {
    const r = scan(page(`<article>${prose(2)}</article><div class="modal" role="dialog"><p>You've reached your free article limit for this month.</p><p>Subscribe for unlimited access.</p></div>`));
    expect(r.appeals[0]?.placement).toBe('overlay');
    expect(r.paywall).toMatchObject({ detected: true, state: 'metered' });
  });

  it('a meter that is not used up is not a paywall', () => {
    const r = scan(page(`<div class="user-tools"><span>1 of 10 articles read</span> <a href="/subscribe">Subscribe now</a></div><article>${prose(6)}</article>`));
    expect(r.paywall.detected).toBe(false);
    expect(r.paywall.state).toBe('metered');
  });

  it('vendor DOM signatures are read during the walk; an empty vendor container is no gate', () => {
    const empty = scan(page(`<article>${prose(5)}</article><div id="poool-widget"></div>`));
    expect(empty.paywall.detected).toBe(false);
    expect(empty.paywall.signals.join(' ')).toMatch(/Poool/);
    const filled = scan(page(`<article>${prose(2)}</article><div id="poool-widget"><p>Cet article est réservé aux abonnés.</p></div>`, '', 'fr'));
    expect(filled.paywall.detected).toBe(true);
  });

  it('an article about paywalls is not a paywall', () => {
    const r = scan(page(`<article>${prose(2)}<p>Readers who see the message "you've reached your free article limit" often leave, the study found, and publishers are testing softer meters that show fewer prompts each month.</p>${prose(3)}</article>`));
    expect(r.paywall.detected).toBe(false);
    expect(r.appeals).toEqual([]);
  });
});
