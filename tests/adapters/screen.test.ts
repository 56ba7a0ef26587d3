// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anyOf, ASK_STEMS, mightBeAppeal, mightBeAppealText, mightBeRevealedAppeal, screenAdded } from '../../src/content/screen.js';

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

describe('mightBeAppeal / screenAdded: added subtrees', () => {
  it('reads class and id names as well as text', () => {
    expect(mightBeAppeal(el('<div class="support-epic"><img alt=""></div>'))).toBe(true);
    expect(mightBeAppeal(el('<div id="paywall-gate"></div>'))).toBe(true);
    expect(mightBeAppeal(el('<div class="about-author supports-grid">Jane writes about rivers.</div>'))).toBe(false);
  });

  it('one pass over a batch agrees with screening each node', () => {
    const feed = Array.from({ length: 50 }, (_, i) => el(`<li>Comment ${i}: the steel joints look fine.</li>`));
    expect(screenAdded(feed) === 'hit').toBe(false);
    const withAsk = [...feed.slice(0, 20), el('<aside><p>Our reporting is funded by readers. Donate today.</p></aside>'), ...feed.slice(20)];
    expect(screenAdded(withAsk) === 'hit').toBe(true);
    expect(screenAdded([document.createTextNode('Join as a member'), ...feed]) === 'hit').toBe(true);
    expect(screenAdded([document.createTextNode('€12.40'), ...feed]) === 'hit').toBe(false);
  });
});

describe('screenAdded: the nodes of one mutation record, straight from its NodeList', () => {
  const added = (html: string): NodeList => {
    const host = document.createElement('div');
    host.innerHTML = html; // test-authored markup only
    return host.childNodes;
  };

  it('says none when nothing counts: blank text, comments, nodes it is told to skip', () => {
    expect(screenAdded(added('  \n <!-- Donate now -->  '))).toBe('none');
    const own = added('<div>Donate now</div>');
    expect(screenAdded(own, (n) => n === own[0])).toBe('none');
    expect(screenAdded(own)).toBe('hit');
  });

  it('clean for a batch of plain feed items, hit when one of them could be an appeal', () => {
    const items = (extra: string): NodeList => added(`${Array.from({ length: 50 }, (_, i) => `<li>Comment ${i}: the river works seem sensible.</li>`).join('\n')}${extra}`);
    expect(screenAdded(items(''))).toBe('clean');
    expect(screenAdded(items('<li class="support-box"></li>'))).toBe('hit');
    expect(screenAdded(items('<li>Give €10 today</li>'))).toBe('hit');
    expect(screenAdded(items('Join as a member'))).toBe('hit');
    expect(screenAdded(items('€12.40'))).toBe('clean'); // a lone price text node is a ticker
  });

  it('amounts in every currency form still hit (the currency pre-check never hides one)', () => {
    for (const t of ['$5', '5 €', 'EUR 10', '10 zł', '5 dollars', '3 euros a month', '£3', '¥500', 'CHF 20', '20 kč'])
      expect(mightBeAppealText(`Only ${t}`), t).toBe(true);
    expect(mightBeAppealText('Comment 12 at 3 pm, 4 replies')).toBe(false);
  });
});

describe('anyOf: one regex grouped by first letter', () => {
  it('matches exactly what the plain alternation matches', () => {
    const plain = new RegExp(ASK_STEMS.join('|'), 'i');
    const grouped = anyOf(ASK_STEMS, 'i');
    expect(grouped.source.startsWith('\\bd(?:onat|onor)|')).toBe(true);
    const samples = [
      ...ASK_STEMS.map((s) => s.replace(/\\b/g, '').replace(/\(\?:([^|)]*)[^)]*\)\??/g, '$1').replace(/[?]/g, '')),
      'Please DONATE today', 'the abolition', 'an abo', 'Abo jetzt', 'a socio', 'sociology', 'our members', 'remembered',
      'login', 'log in', 'blog in', 'Ko-fi', 'IBAN DE12', 'libanese', 'Поддержите', 'přispějte', 'Comment 12: the works seem sensible.', '',
    ];
    for (const text of samples) expect(grouped.test(text), text).toBe(plain.test(text));
    expect(samples.filter((t) => plain.test(t)).length).toBeGreaterThan(ASK_STEMS.length);
  });

  it('keeps an alternative whole when its first letter is quantified or it starts with no letter', () => {
    const stems = ['a?bc', 'ab', '\\bxy', 'xz', '[0-9]+ euro', 'x'];
    const plain = new RegExp(stems.join('|'));
    const grouped = anyOf(stems, '');
    for (const text of ['bc', 'ab', 'axy', 'xy', 'xz', '5 euro', 'x', 'b', 'q', 'ax']) expect(grouped.test(text), text).toBe(plain.test(text));
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
