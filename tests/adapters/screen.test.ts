// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mightBeAppeal, mightBeAppealBatch, mightBeAppealText, mightBeRevealedAppeal } from '../../src/content/screen.js';

const el = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html; // test-authored markup only
  return host.firstElementChild!;
};

describe('mightBeAppealText: a cheap screen for added text', () => {
  it.each([
    'Before you go: will you support independent journalism?',
    'Donate now',
    'Become a member from $5 a month',
    'Subscribe for full access',
    'Continue reading with a free account',
    'Jetzt spenden und unterstützen',
    'Abonnez-vous pour lire la suite',
    'Hazte socio',
    'Sostieni il giornalismo indipendente',
    'Wesprzyj nas',
    'Podpořte nás',
    'Dukung kami',
    'Поддержите нас',
    'Give €10 today',
  ])('hits: %s', (text) => expect(mightBeAppealText(text)).toBe(true));

  it.each([
    'Comment 12: the river works seem sensible.',
    'Photo 3 of 8: work on the east crossing, day 3.',
    'I remember the old bridge; the assassin in the film was better.',
    'The council met on Tuesday to discuss the ferry timetable.',
    '',
  ])('misses: %s', (text) => expect(mightBeAppealText(text)).toBe(false));

  it('a bare price needs an asking word when it is a lone text node (tickers are not appeals)', () => {
    expect(mightBeAppealText('AAPL $189.20', false)).toBe(false);
    expect(mightBeAppealText('AAPL $189.20', true)).toBe(true);
    expect(mightBeAppeal(document.createTextNode('AAPL $189.20'))).toBe(false);
    expect(mightBeAppeal(document.createTextNode('Please donate'))).toBe(true);
  });
});

describe('mightBeAppeal / mightBeAppealBatch: added subtrees', () => {
  it('reads class and id names as well as text', () => {
    expect(mightBeAppeal(el('<div class="support-epic"><img alt=""></div>'))).toBe(true);
    expect(mightBeAppeal(el('<div id="paywall-gate"></div>'))).toBe(true);
    expect(mightBeAppeal(el('<div class="about-author supports-grid">Jane writes about rivers.</div>'))).toBe(false);
  });

  it('one pass over a batch agrees with screening each node', () => {
    const feed = Array.from({ length: 50 }, (_, i) => el(`<li>Comment ${i}: the steel joints look fine.</li>`));
    expect(mightBeAppealBatch(feed)).toBe(false);
    const withAsk = [...feed.slice(0, 20), el('<aside><p>Our reporting is funded by readers. Donate today.</p></aside>'), ...feed.slice(20)];
    expect(mightBeAppealBatch(withAsk)).toBe(true);
    expect(mightBeAppealBatch([document.createTextNode('Join as a member'), ...feed])).toBe(true);
    expect(mightBeAppealBatch([document.createTextNode('€12.40'), ...feed])).toBe(false);
  });
});

describe('mightBeRevealedAppeal: attribute changes', () => {
  it('screens a small element whose visibility changed', () => {
    expect(mightBeRevealedAppeal(el('<div class="modal" hidden><p>Subscribe to keep reading</p></div>'))).toBe(true);
    expect(mightBeRevealedAppeal(el('<figure class="slide"><figcaption>Photo 2 of 8</figcaption></figure>'))).toBe(false);
  });

  it('says nothing about <body>, <html> or large containers (a class flip there is not a new box)', () => {
    document.body.innerHTML = '<p>Donate now</p>';
    expect(mightBeRevealedAppeal(document.body)).toBe(false);
    expect(mightBeRevealedAppeal(document.documentElement)).toBe(false);
    const big = el(`<main><p>${'The council met. '.repeat(200)}</p><p>Donate now</p></main>`);
    expect(mightBeRevealedAppeal(big)).toBe(false);
    document.body.replaceChildren();
  });
});
