import type { LanguageLexicon } from '../types.js';

export const nl: LanguageLexicon = {
  lang: 'nl',
  stop: [
    'de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'voor', 'met', 'zijn', 'niet', 'aan', 'er',
    'maar', 'om', 'ook', 'als', 'bij', 'nog', 'wordt', 'door', 'naar', 'dan', 'uit', 'worden', 'over', 'tot',
    'werd', 'dit', 'wel', 'hij', 'zij', 'deze',
  ],
  concepts: {
    give: [
      'doneer*', 'donatie*', 'doneren', 'donateur*', 'gift', 'giften', 'een gift', 'periodieke gift', 'schenk*',
      'bijdrage*', 'draag bij', 'aftrekbaar', 'anbi', 'fooi', 'fooienpot', 'crowdfunding', 'ander bedrag',
      'kies een bedrag', 'kies je bedrag', 'geef nu', 'geef vandaag', 'eenmalige gift',
    ],
    support: [
      'steun*', 'ondersteun*', 'gefinancierd door', 'begunstiger*', 'mede mogelijk', 'financier ons',
    ],
    subscribe: [
      'abonne*', 'abo', 'opzeggen', 'opzegbaar', 'maandelijks opzegbaar', 'altijd opzegbaar', 'kies je abonnement',
    ],
    member: ['lid', 'leden*', 'lidmaatschap*', 'word lid', 'lid worden', 'word vriend', 'vrienden van'],
    premium: [
      'premium', '^PLUS', 'exclusie*', 'reclamevrij', 'zonder reclame', 'zonder advertenties', 'minder reclame',
      'voordelen', 'extra voordelen', 'plusartikel*', 'premium artikel',
    ],
    access: [
      'toegang', 'onbeperkt*', 'alle artikelen', 'volledige toegang', 'digitale toegang', 'ontgrendel*',
      'e paper', 'epaper', 'digitale krant', 'alle apparaten', 'krantenarchief', 'het archief',
    ],
    gate: [
      'lees verder', 'verder lezen', 'lees het hele', 'het hele artikel', 'volledige artikel',
      'alleen voor abonnees', 'voor abonnees', 'om verder te', 'lees dit artikel', 'alleen voor leden',
    ],
    meter: [
      'gratis artikelen', 'gratis artikel', 'gratis artikels', 'resterend*', 'nog over', 'limiet',
      'maximum aantal', 'laatste gratis', 'artikelen per maand', 'artikelen deze maand', 'gratis te lezen',
    ],
    period: [
      'per maand', 'maandelijks*', 'per jaar', 'jaarlijks*', 'per week', 'wekelijks*', 'per dag', 'elke maand',
      'iedere maand', 'elk jaar', 'ieder jaar', 'elke week', 'eerste maand', 'eerste jaar', 'per kwartaal',
      'halfjaarlijks', 'driemaandelijks', 'p mnd',
    ],
    trial: [
      'proefabonnement*', 'proefperiode', 'gratis proberen', 'probeer', 'probeer nu', 'proberen', 'uitproberen',
      'op proef', 'maand gratis', 'weken gratis', 'dagen gratis', 'stopt automatisch', 'zonder verplichtingen',
      'vrijblijvend', 'kennismakings*',
    ],
    offer: [
      'aanbieding*', 'aanbod', 'actieprijs', 'korting*', 'welkomst*', 'bespaar', 'besparen', 'voordelig*',
      'black friday', 'nu voor', 'voor maar', 'halve prijs', 'speciale prijs', 'voor slechts',
      'tijdelijk aanbod',
    ],
    you: ['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', 'jouwe'],
    self: ['we', 'wij', 'ons', 'onze'],
    please: [
      'alsjeblieft', 'alstublieft', 'aub', 'als je kunt', 'als u kunt', 'we vragen', 'vragen we', 'wij vragen',
      'vragen wij', 'overweeg', 'zou je', 'zou u', 'als jij',
    ],
    cta: [
      'nu', 'vandaag', 'word', 'word nu', 'sluit je aan', 'sluit u aan', 'doe mee', 'doe nu mee', 'start',
      'bestel', 'bestellen', 'neem nu', 'mis het niet', 'laatste kans', 'profiteer', 'direct', 'meteen',
    ],
    help: [
      'help', 'helpen', 'help ons', 'hulp', 'nodig', 'hebben nodig', 'rekenen op', 'afhankelijk van',
      'zonder jou', 'zonder u', 'zonder jouw', 'zonder uw', 'dankzij jou', 'dankzij u', 'dankzij jouw',
      'dankzij uw', 'elke euro', 'iedere euro', 'elke bijdrage', 'ieder bedrag', 'elk bedrag',
      'klein of groot', 'mogelijk gemaakt', 'maakt mogelijk', 'maken mogelijk', 'verschil maken',
    ],
    journalism: [
      'journalist*', 'onafhankelijk*', 'redactie*', 'onderzoeksjournalist*', 'kwaliteitsjournalistiek',
      'reportage*', 'verslaggever*', 'verslaggeving', 'persvrijheid', 'vrije pers', 'democratie', 'non profit',
      'zonder winstoogmerk', 'lokaal nieuws', 'lokale journalistiek', 'correspondent*',
    ],
    readers: ['lezer*', 'luisteraar*', 'kijker*', 'publiek', 'community', 'gemeenschap'],
    thanks: [
      'bedankt', 'dank', 'dank je', 'dank u', 'dankjewel', 'dankuwel', 'hartelijk dank', 'bedanken', 'dankbaar*',
    ],
    dismiss: [
      'later', 'misschien later', 'niet nu', 'nu niet', 'nee bedankt', 'nee dank', 'herinner me', 'herinner mij',
      'later herinneren', 'geen interesse', 'al gedoneerd', 'steun al', 'al gesteund', 'niet meer tonen',
      'verder zonder', 'terug naar artikel', 'terug naar het',
    ],
    payment: [
      'ideal', 'paypal', 'creditcard', 'credit card', 'bankoverschrijving', 'overschrijving', 'overmaken',
      'automatische incasso', 'incasso', 'machtiging', 'iban', 'bic', 'sepa', 'bancontact', 'payconiq', 'tikkie',
      'apple pay', 'google pay', 'betaalmethode*', 'betaalwijze*', 'betaling*', 'rekeningnummer', 'ten name van',
      'mastercard', 'klarna',
    ],
    free: [
      'gratis', 'kosteloos', 'voor niets', 'zonder kosten', 'vrij toegankelijk', 'geen kosten', 'zonder betaalmuur',
    ],
    newsletter: [
      'nieuwsbrie*', 'newsletter', 'e mail', 'email*', 'mail', 'inbox', 'mailbox', 'schrijf je in', 'inschrijven',
      'aanmelden', 'afmelden', 'uitschrijven', 'ontvang', 'meld je aan',
    ],
    login: [
      'inloggen', 'log in', 'login', 'ingelogd', 'uitloggen', 'registreer', 'registreren', 'registratie',
      'account', 'mijn account', 'account aanmaken', 'maak een account', 'wachtwoord', 'gebruikersnaam',
      'aanmelden', 'meld je aan', 'mijn profiel', 'log uit',
      'al abonnee', 'al een abonnement', 'al een account', 'al lid', 'al geregistreerd',
    ],
    adblock: [
      'adblock*', 'advertentieblokker*', 'reclameblokker*', 'ad block*', 'uitschakel*', 'schakel je',
      'ublock', 'whitelist*', 'witte lijst', 'reclame inkomsten', 'advertentie inkomsten',
      'advertenties toestaan', 'advertentieinkomsten',
    ],
    report: [
      'zei', 'zegt', 'vertelde', 'verklaarde', 'meldde', 'liet weten', 'maakte bekend', 'volgens',
      'woordvoerder*', 'de politie', 'autoriteiten', 'gisteren', 'vorige week', 'maandag', 'dinsdag',
      'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'procent', 'miljoen', 'miljard', 'studie',
      'peiling', 'analisten',
    ],
    comment: ['reageren', 'reageer', 'reactie*', 'commentaar'],
  },
};
