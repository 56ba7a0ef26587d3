// Appeals in other shapes and languages than the fixture pages, and look-alikes that are not
// appeals (prices in listings, quotes, obituaries, podcasts, comment rules, headlines).
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { page, prose } from './helpers.js';

const de = '<p>Der Stadtrat hat am Donnerstagabend mit großer Mehrheit beschlossen, in der Südstadt drei neue Radwege anzulegen; die Arbeiten beginnen im Frühjahr.</p>'.repeat(4);

const appeals: [string, string, string, string][] = [
  ['de: plain closing paragraph with bank details', 'de', `<div class="post"><h1>Titel</h1>${de}<p>Sie können unsere Arbeit mit einer Spende unterstützen. Spendenkonto: IBAN DE12 3456 7890 1234 5678 90.</p></div>`, 'donation'],
  ['de: bold lead-in with a link', 'de', `<div class="content">${de}<p><strong>Unabhängiger Journalismus braucht Ihre Unterstützung.</strong> Wir finanzieren uns ausschließlich über Spenden unserer Leserinnen und Leser. <a href="/spenden/">Jetzt spenden</a></p></div>`, 'donation'],
  ['de: Steady membership from 3 € a month', 'de', `<article>${de}</article><div class="steady-box"><p>Werden Sie Mitglied bei Steady und unterstützen Sie unabhängigen Lokaljournalismus – schon ab 3 € im Monat.</p><a href="https://steadyhq.com/de/lokalblatt">Mitglied werden</a></div>`, 'donation'],
  ['en: table layout, PayPal link', 'en', `<table><tr><td>${prose(4)}<p>Enjoyed this article? Please consider a donation to keep this site running: <a href="https://www.paypal.com/donate?hosted_button_id=X">Donate via PayPal</a></p></td><td><p>Archives</p></td></tr></table>`, 'donation'],
  ['en: fund-drive bar above the article', 'en', `<div class="top-notice"><p>Our annual fund drive is on: we need your support to reach our goal. <a href="/donate">Give today</a></p></div><article>${prose(4)}</article>`, 'donation'],
  ['fr: donation box', 'fr', `<article>${prose(4)}</article><div class="encart-don"><p>Ce média est indépendant et gratuit. Pour qu'il le reste, soutenez-nous : faites un don dès 1 €.</p><a href="/faire-un-don">Je fais un don</a></div>`, 'donation'],
  ['es: subscription box with a one-word title', 'es', `<article>${prose(4)}</article><div class="caja-suscripcion"><h4>Suscríbete</h4><p>Accede sin límites a todas nuestras noticias por solo 2 € al mes.</p><a href="/suscripcion">Quiero suscribirme</a></div>`, 'subscription'],
  ['pl: support box', 'pl', `<article>${prose(4)}</article><div class="wsparcie"><p>Wesprzyj nas, abyśmy mogli dalej pisać niezależnie. Każda złotówka się liczy.</p><a href="/wesprzyj">Wesprzyj</a></div>`, 'donation'],
];

const lookAlikes: [string, string][] = [
  ['a flat for rent with a monthly price', `<article>${prose(4)}</article><aside class="sidebar"><div class="widget"><h3>Wohnung in Lindenau</h3><p>3 Zimmer, 85 m², Miete: 850 € pro Monat, frei ab Juni.</p><a href="/immobilien/123">Jetzt Besichtigung vereinbaren</a></div></aside>`],
  ['a job ad with a monthly salary', `<article>${prose(4)}</article><div class="jobs-widget"><h3>Stellenmarkt</h3><p>Redakteur (m/w/d), Gehalt ab 3.500 € im Monat, unbefristet.</p><a href="/jobs/1">Jetzt bewerben</a></div>`],
  ['season-ticket prices in the story', `<article>${prose(4)}<p>Tickets cost $25 a month for the season pass, or $40 for a single game, the club said.</p></article>`],
  ['comment rules for subscribers', `<article>${prose(4)}</article><section id="comments" class="comments-area"><h3>Kommentare</h3><p>Nur Abonnenten können kommentieren. Jetzt anmelden oder registrieren.</p></section>`],
  ['headlines about support and subscriptions', `<article>${prose(4)}</article><aside class="most-read"><h3>Most read</h3><ul><li><a href="/a">How to support local businesses during the lockdown</a></li><li><a href="/b">Why readers donate to causes they trust</a></li><li><a href="/c">The subscription economy explained in five charts</a></li></ul></aside>`],
  ['a quoted plea inside the story', `<article>${prose(3)}<p>"We need your support now more than ever," the museum's director said, urging visitors to become members.</p>${prose(3)}</article>`],
  ['an obituary', `<article>${prose(4)}<p>In lieu of flowers, donations may be made to the Harbour Lifeboat Fund.</p></article>`],
  ['a podcast promo', `<article>${prose(4)}</article><div class="podcast-promo"><h3>Listen to our podcast</h3><p>Subscribe to our podcast on Apple Podcasts or Spotify to get every episode.</p><a href="https://podcasts.apple.com/x">Subscribe</a></div>`],
];

describe('appeals in other shapes and languages', () => {
  for (const [name, lang, body, kind] of appeals) {
    it(name, () => {
      const r = scan(page(body, '', lang));
      expect(r.appeals.map((a) => a.kind)).toEqual([kind]);
      expect(r.article.text).not.toContain(r.appeals[0]!.text.split('\n')[0]!);
    });
  }
});

describe('look-alikes that are not appeals', () => {
  for (const [name, body] of lookAlikes) {
    it(name, () => {
      expect(scan(page(body)).appeals).toEqual([]);
    });
  }
});
