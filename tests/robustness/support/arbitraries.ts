// fast-check arbitraries for pages: random DOM trees (noise), news-article templates with
// appeals dropped in at realistic spots (positives and look-alike negatives), and raw HTML
// strings (malformed markup for the parser). All phrases below were written for these tests.
import fc from 'fast-check';
import type { Attr, NodeSpec, PageSpec } from './dom.js';

export const APPEAL_PHRASES: readonly string[] = [
  // en
  'Support independent journalism today.',
  'Donate now',
  'Please consider a contribution of $5 a month to keep our reporting free for everyone.',
  'Reader-funded news needs you: give what you can.',
  'Become a member and help us keep going.',
  'Make a one-time gift of $25',
  'Subscribe for unlimited access for just $1 a week.',
  'Get full digital access. Cancel anytime.',
  "You've reached your free article limit this month.",
  'This story is for subscribers only. Subscribe to keep reading.',
  'Already a subscriber? Log in',
  'Sign up for our free morning newsletter',
  // de
  'Unterstützen Sie unabhängigen Journalismus mit einer Spende.',
  'Jetzt spenden',
  'Jetzt abonnieren und weiterlesen: nur 4,99 € im Monat.',
  'Sie haben Ihr Kontingent an kostenlosen Artikeln aufgebraucht.',
  // fr
  'Soutenez notre rédaction : faites un don dès 5 €.',
  'Abonnez-vous pour lire la suite.',
  'Cet article est réservé aux abonnés.',
  // es
  'Apoya el periodismo independiente con una donación.',
  'Suscríbete por 1 € al mes.',
  'Has alcanzado el límite de artículos gratuitos.',
  // ru, pl, it, pt
  'Поддержите независимую журналистику — сделайте пожертвование.',
  'Оформите подписку за 299 ₽ в месяц.',
  'Wesprzyj nas dowolną kwotą.',
  'Sostieni il nostro lavoro con una donazione.',
  'Assine e continue lendo por R$ 9,90.',
];

export const PROSE: readonly string[] = [
  'The council voted on Tuesday to extend the tram line into the northern suburbs.',
  'Residents said the new timetable had cut their commute by nearly half.',
  'Officials expect construction to begin in the spring, weather permitting.',
  'The company donated two million dollars to the regional hospital last year, filings show.',
  'Subscriptions to streaming services fell for the third quarter in a row, analysts said.',
  'The charity has struggled to raise money since the floods.',
  'Der Stadtrat beschloss am Dienstag, die Straßenbahn zu verlängern.',
  'Les habitants ont salué la décision après des années d’attente.',
  'El ayuntamiento aprobó el presupuesto con el apoyo de la oposición.',
  'Городской совет одобрил новый план развития транспорта.',
  'Scientists measured the glacier again in August and found it had retreated further.',
  'In a statement, the ministry said talks would resume next week.',
];

const AMOUNTS = ['$5', '€10', '£3 a month', '5 €', '299 ₽', 'R$ 9,90', '$1/week', 'CHF 12.-', '¥500'];

const WEIRD_TEXT = ['\u200b', '\u00a0', '\u202e', '\ud800', '\u0000', '\ufeff', '\n\n\t ', '&amp;', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '${x}', '"\'`', '👍🏽', 'ﷺ', 'a\u0301'];

const CLASS_TOKENS = [
  'article', 'article-body', 'content', 'entry-content', 'post', 'story', 'main', 'sidebar', 'widget', 'footer', 'header', 'nav', 'menu',
  'donate', 'donation', 'support-us', 'support-box', 'contribute', 'membership', 'paywall', 'subscribe', 'subscription-widget-wrap',
  'tp-modal', 'tp-backdrop', 'contributions__epic', 'newsletter', 'promo', 'ad', 'related', 'comments', 'cn-fundraising', 'modal', 'overlay',
];
const IDS = ['content', 'main', 'paywall', 'poool-widget', 'centralNotice', 'frbanner', 'donate', 'sidebar', 'footer', 'nl'];
const HREFS = [
  '/', '#', '/news/world', 'https://donorbox.org/support-us', 'https://www.patreon.com/bePatron?u=1', '/subscribe?ref=article', '/donate',
  'https://checkout.fundjournalism.org/memberform', 'javascript:void(0)', 'mailto:tips@example.org', '#/portal/signup', 'https://ko-fi.com/x',
];
const STYLES = [
  'display:none', 'visibility:hidden', 'position:fixed;top:0;left:0;right:0', 'position:sticky;bottom:0', 'width:calc(100% - 40px)',
  'width: calc(1px +)', 'height:0;overflow:hidden', 'color:red', 'font-size:1e999px', 'margin-left:calc(var(--gap) - 4px)',
];
const JSON_LD = [
  '{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}',
  '{"@type":"NewsArticle","isAccessibleForFree":"False"}',
  '{"@type":"NewsArticle","isAccessibleForFree":true}',
  '[{"@graph":[{"@type":"Article","isAccessibleForFree":"false","hasPart":[{"cssSelector":"[[[invalid"}]}]}]',
  '{"@type":"NewsArticle","hasPart":{"cssSelector":"*"}}',
  '{not json',
  '',
  '{"a":' .repeat(50) + '1' + '}'.repeat(50),
];

const BLOCK_TAGS = ['div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'p', 'blockquote', 'figure', 'form', 'ul', 'li', 'table', 'dialog', 'details', 'h1', 'h2', 'h3'];
const INLINE_TAGS = ['span', 'a', 'strong', 'em', 'button', 'label', 'small', 'b', 'i', 'time', 'br', 'img', 'input'];
const SPECIAL_TAGS = ['script', 'style', 'template', 'noscript', 'iframe', 'svg', 'textarea', 'select', 'gu-island', 'amp-subscriptions', 'object', 'video'];

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...APPEAL_PHRASES) },
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...APPEAL_PHRASES), fc.constantFrom(...AMOUNTS), fc.constantFrom(...PROSE)).map(([a, m, p]) => `${p} ${a} ${m}`) },
  { weight: 1, arbitrary: fc.constantFrom(...WEIRD_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const classArb = fc.uniqueArray(fc.constantFrom(...CLASS_TOKENS), { maxLength: 3 }).map((xs) => xs.join(' '));

const attrArb: fc.Arbitrary<Attr> = fc.oneof(
  { weight: 4, arbitrary: classArb.map((v): Attr => ['class', v]) },
  { weight: 1, arbitrary: fc.constantFrom(...IDS).map((v): Attr => ['id', v]) },
  { weight: 2, arbitrary: fc.constantFrom(...HREFS).map((v): Attr => ['href', v]) },
  { weight: 1, arbitrary: fc.constantFrom(...STYLES).map((v): Attr => ['style', v]) },
  { weight: 1, arbitrary: fc.constant<Attr>(['hidden', '']) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false').map((v): Attr => ['aria-hidden', v]) },
  { weight: 1, arbitrary: fc.constantFrom('dialog', 'complementary', 'banner', 'main', 'article', 'button').map((v): Attr => ['role', v]) },
  { weight: 1, arbitrary: fc.constantFrom('paywall', 'donate-button', 'x').map((v): Attr => ['data-testid', v]) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((v): Attr => ['data-x', v]) },
  { weight: 1, arbitrary: fc.constantFrom('de', 'en-GB', 'ru', '', 'x-klingon', 'zz-ZZ-invalid!').map((v): Attr => ['lang', v]) },
);
const attrsArb = fc.uniqueArray(attrArb, { maxLength: 3, selector: ([n]) => n });

/** Random trees: mostly blocks and inline tags, some special ones; depth kept small. */
type TreeArbs = { node: NodeSpec; el: NodeSpec };
export const nodeArb: fc.Arbitrary<NodeSpec> = fc.letrec<TreeArbs>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: textArb.map((text): NodeSpec => ({ t: 'text', text })) },
    { weight: 3, arbitrary: tie('el') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((text): NodeSpec => ({ t: 'comment', text })) },
  ),
  el: fc.oneof(
    { weight: 6, arbitrary: fc.record({ tag: fc.constantFrom(...BLOCK_TAGS), attrs: attrsArb, children: fc.array(tie('node'), { maxLength: 5 }) }) },
    { weight: 3, arbitrary: fc.record({ tag: fc.constantFrom(...INLINE_TAGS), attrs: attrsArb, children: fc.array(tie('node'), { maxLength: 2 }) }) },
    { weight: 1, arbitrary: fc.record({ tag: fc.constantFrom(...SPECIAL_TAGS), attrs: attrsArb, children: fc.array(tie('node'), { maxLength: 2 }) }) },
  ).map((r): NodeSpec => (r.tag === 'svg' ? { t: 'el', ns: 'svg', ...r } : { t: 'el', ...r })),
})).node;

const headArb: fc.Arbitrary<NodeSpec[]> = fc.array(
  fc.oneof(
    fc.constantFrom(...JSON_LD).map((json): NodeSpec => ({ t: 'el', tag: 'script', attrs: [['type', 'application/ld+json']], children: [{ t: 'text', text: json }] })),
    fc.constantFrom('https://cdn.tinypass.com/api/tinypass.min.js', 'https://cdn.fundraiseup.com/widget/X', 'https://news.google.com/swg/js/v1/swg.js', '/app.js')
      .map((src): NodeSpec => ({ t: 'el', tag: 'script', attrs: [['src', src]], children: [] })),
    textArb.map((content): NodeSpec => ({ t: 'el', tag: 'meta', attrs: [['property', 'og:title'], ['content', content]], children: [] })),
  ),
  { maxLength: 3 },
);

const langArb = fc.option(fc.constantFrom('en', 'de', 'fr', 'es', 'ru', 'pl', 'it', 'pt-BR', '', 'EN-us', 'not a lang'), { nil: null });

export const randomPageArb: fc.Arbitrary<PageSpec> = fc.record({
  lang: langArb,
  title: fc.option(textArb, { nil: null }),
  head: headArb,
  bodyAttrs: fc.constantFrom<Attr[]>([], [['class', 'tp-modal-open']], [['class', 'single-post']]),
  body: fc.array(nodeArb, { maxLength: 6 }),
});

// ---- Article templates: the shape of real news pages, appeals at realistic spots ----

const el = (tag: string, attrs: Attr[], ...children: NodeSpec[]): NodeSpec => ({ t: 'el', tag, attrs, children });
const txt = (text: string): NodeSpec => ({ t: 'text', text });

const paragraphArb = fc.array(fc.constantFrom(...PROSE), { minLength: 1, maxLength: 3 }).map((s) => el('p', [], txt(s.join(' '))));

/** Appeal blocks in the forms sites use: boxes with a button, one-line asks, gates, inline sentences. */
const appealBlockArb: fc.Arbitrary<NodeSpec> = fc.oneof(
  fc.tuple(fc.constantFrom(...APPEAL_PHRASES), fc.constantFrom(...APPEAL_PHRASES), fc.constantFrom(...HREFS), classArb).map(([h, p, href, cls]) =>
    el('div', [['class', cls || 'support-box']], el('h3', [], txt(h)), el('p', [], txt(p)), el('a', [['href', href], ['class', 'button']], txt('Donate now')))),
  fc.constantFrom(...APPEAL_PHRASES).map((p) => el('p', [], el('strong', [], txt(p)))),
  fc.tuple(fc.constantFrom(...PROSE), fc.constantFrom(...APPEAL_PHRASES)).map(([p, a]) => el('p', [], txt(`${p} `), el('em', [], txt(a)))),
  fc.constantFrom(...APPEAL_PHRASES).map((p) =>
    el('div', [['class', 'paywall'], ['data-testid', 'paywall']], el('p', [], txt(p)), el('button', [], txt('Subscribe')), el('a', [['href', '/login']], txt('Log in')))),
  fc.tuple(fc.constantFrom(...APPEAL_PHRASES), fc.constantFrom(...AMOUNTS)).map(([p, m]) =>
    el('aside', [['class', 'contributions__epic']], el('p', [], txt(p)), el('ul', [], el('li', [], txt(m)), el('li', [], txt('Monthly'))), el('button', [], txt('Continue')))),
);

const overlayArb = fc.constantFrom(...APPEAL_PHRASES).map((p) =>
  el('div', [['class', 'tp-modal'], ['style', 'position:fixed;top:0;left:0;right:0;bottom:0']], el('div', [['role', 'dialog']], el('p', [], txt(p)), el('button', [], txt('Subscribe')))));

const navArb = fc.constantFrom<NodeSpec[]>(
  [el('a', [['href', '/']], txt('Home')), el('a', [['href', '/world']], txt('World')), el('a', [['href', '/donate']], txt('Donate'))],
  [el('a', [['href', '/subscribe']], txt('Subscribe')), el('a', [['href', '/login']], txt('Sign in'))],
  [el('a', [['href', '/sport']], txt('Sport'))],
);

export const articlePageArb: fc.Arbitrary<PageSpec> = fc
  .record({
    lang: langArb,
    headline: fc.constantFrom(...PROSE),
    head: headArb,
    nav: navArb,
    body: fc.array(fc.oneof({ weight: 4, arbitrary: paragraphArb }, { weight: 1, arbitrary: appealBlockArb }), { minLength: 1, maxLength: 12 }),
    after: fc.array(appealBlockArb, { maxLength: 2 }),
    sidebar: fc.array(fc.oneof(appealBlockArb, paragraphArb), { maxLength: 2 }),
    footer: fc.array(fc.oneof(appealBlockArb, fc.constant(el('p', [], txt('© 2026 The Example Times')))), { maxLength: 2 }),
    overlay: fc.option(overlayArb, { nil: null }),
    articleClass: fc.constantFrom('article-body', 'entry-content', 'story', ''),
  })
  .map(({ lang, headline, head, nav, body, after, sidebar, footer, overlay, articleClass }): PageSpec => ({
    lang,
    title: headline,
    head,
    bodyAttrs: [],
    body: [
      el('header', [], el('nav', [], ...nav)),
      el('main', [],
        el('article', articleClass ? [['class', articleClass]] : [], el('h1', [], txt(headline)), el('div', [['class', 'body']], ...body), ...after),
        el('aside', [['class', 'sidebar']], ...sidebar)),
      el('footer', [], ...footer),
      ...(overlay ? [overlay] : []),
    ],
  }));

// ---- Unique markers so a text node can be traced through the report ----

const CONSONANTS = 'bcdfghklmnprstvwx';
function markerFor(i: number): string {
  let s = '';
  let n = i + CONSONANTS.length; // at least two letters
  while (n > 0) {
    s += CONSONANTS[n % CONSONANTS.length];
    n = Math.floor(n / CONSONANTS.length);
  }
  return `zqj${s}`;
}

const RAW_TEXT_PARENTS = new Set(['script', 'style', 'textarea', 'title']);

/** Appends a unique marker word to every text node of three words or more outside raw-text elements. */
export function withMarkers(page: PageSpec): PageSpec {
  let i = 0;
  const walk = (n: NodeSpec, parent: string): NodeSpec => {
    if (n.t === 'text') return !RAW_TEXT_PARENTS.has(parent) && n.text.trim().split(/\s+/).length >= 3 ? { t: 'text', text: `${n.text} ${markerFor(i++)} ` } : n;
    if (n.t === 'comment') return n;
    return { ...n, children: n.children.map((c) => walk(c, n.tag)) };
  };
  return { ...page, head: page.head.map((n) => walk(n, 'head')), body: page.body.map((n) => walk(n, 'body')) };
}

/** marker → its text node, read back from a built document. */
export function markerMap(doc: Document): Map<string, Text> {
  const map = new Map<string, Text>();
  const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const m of (n.nodeValue ?? '').match(/\bzqj[bcdfghklmnprstvwx]{2,}\b/g) ?? []) map.set(m, n as Text);
  }
  return map;
}

// ---- Raw HTML strings: malformed markup for the parser ----

const HTML_BITS = [
  '<div class="donate">', '</div>', '<p>', '</p>', '<a href="/subscribe">', '</a>', '<!-- x -->', '<!--', '-->', '<br>', '</br>',
  '<script type="application/ld+json">{"isAccessibleForFree": false}</script>', '<script>', '</script>', '<style>p{width:calc(1px +)}</style>',
  '<table><tr><td>', '</td></tr></table>', '<svg><text>', '</svg>', '<math><mi>', '<template>', '</template>', '<![CDATA[x]]>', '&amp;', '&#0;',
  '&nbsp;', '&#x1F600;', '&bogus;', '<frameset>', '<frame src="a.html">', '<body class="tp-modal-open">', '<html lang="de">', '<head>', '<title>',
  '</title>', '<noscript>', '</noscript>', '<iframe srcdoc="<p>Donate</p>">', '<select><option>', '<textarea>', '<plaintext>', '<article>',
  '</article>', '<aside class="paywall">', '</aside>', '<h1>', '</h1>', '<button>', '<img src=x onerror=alert(1)>', '<?xml version="1.0"?>',
  '<!doctype html>', '<base href="https://evil.example/">', '<meta charset="x-bogus">', '<p hidden>', '<div style="display:none">', '<li>', '<dd>',
];

export const htmlStringArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HTML_BITS) }, { weight: 2, arbitrary: textArb }), { maxLength: 25 })
  .map((xs) => xs.join(''));
