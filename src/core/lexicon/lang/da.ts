import type { LanguageLexicon } from '../types.js';

export const da: LanguageLexicon = {
  lang: 'da',
  stop: [
    'og', 'af', 'havde', 'efter', 'blev', 'meget', 'hvad', 'mellem', 'ikke', 'også', 'det', 'er', 'som',
    'på', 'med', 'til', 'at', 'der', 'var', 'den', 'har', 'et', 'men', 'om', 'kan', 'fra', 'eller', 'hvor',
    'skal', 'være', 'deres', 'denne', 'nogle', 'sådan',
  ],
  concepts: {
    give: [
      'donér', 'doner', 'donere', 'donation*', 'gave', 'gaver', 'gaven', 'giv en gave', 'bidrag*',
      'fradragsberettig*', 'skattefradrag', 'vælg beløb', 'valgfrit beløb', 'andet beløb', 'indsamling*',
      'drikkepenge',
    ],
    support: ['støt*', 'finansieret af', 'læserfinansier*'],
    subscribe: ['abonn*', 'opsig*', 'ingen binding', 'bindingsperiode'],
    member: ['medlem*', 'støttemedlem*'],
    premium: [
      'premium', '^PLUS', 'eksklusiv*', 'reklamefri*', 'uden reklamer', 'færre reklamer', 'fordele',
      'medlemsfordele', 'plusartik*',
    ],
    access: [
      'adgang', 'ubegrænset*', 'fuld adgang', 'alle artikler', 'alt indhold', 'lås op', 'e avis', 'eavis*',
      'e avisen', 'digital avis', 'arkivet', 'alle enheder',
    ],
    gate: [
      'læs videre', 'fortsæt med at', 'læs hele', 'hele artiklen', 'for abonnenter', 'låst artikel',
      'er låst', 'for at læse', 'for at fortsætte', 'resten af artiklen',
    ],
    meter: [
      'gratis artikler', 'gratisartik*', 'artikler tilbage', 'resterende', 'nået grænsen', 'du har læst',
      'sidste gratis', 'artikler om måneden', 'artikler pr måned', 'artikler denne måned',
    ],
    period: [
      'om måneden', 'pr måned', 'per måned', 'månedlig*', 'hver måned', 'om året', 'pr år', 'per år',
      'årlig*', 'om ugen', 'pr uge', 'per uge', 'ugentlig*', 'hver uge', 'om dagen', 'pr dag', 'første måned',
      'første år', 'kr md', 'kr mdr', 'pr kvartal', 'kvartalsvis',
    ],
    trial: [
      'prøv gratis', 'prøveperiode*', 'prøv', 'prøveabonnement*', 'gratis i', 'måned gratis', 'uger gratis',
      'dage gratis', 'uforpligtende',
    ],
    offer: [
      'tilbud*', 'særtilbud', 'rabat*', 'spar', 'kampagnepris', 'udsalg', 'lige nu', 'for kun', 'kun kr',
      'halv pris', 'black friday', 'begrænset tid', 'introduktionspris', 'normalpris', 'introtilbud',
    ],
    you: ['du', 'dig', 'din', 'dit', 'dine', 'jer', 'jeres'],
    self: ['vi', 'os', 'vores', 'vor', 'vort'],
    please: [
      'venligst', 'vær sød', 'hvis du kan', 'hvis du vil', 'sætter pris på', 'vi beder', 'beder vi',
      'beder dig', 'overvej', 'du kan lide',
    ],
    cta: [
      'nu', 'i dag', 'idag', 'bliv', 'kom i gang', 'start', 'begynd', 'bestil', 'køb', 'gå ikke glip',
      'sidste chance', 'benyt', 'slå til',
    ],
    help: [
      'hjælp*', 'har brug for', 'brug for', 'behøver', 'afhængige af', 'afhængig af', 'regne med', 'uden dig',
      'uden din', 'uden dit', 'takket være dig', 'takket være din', 'hver krone', 'hvert bidrag', 'alle bidrag',
      'uanset beløb', 'stort som lille', 'gør en forskel', 'gør forskel', 'muliggør*',
    ],
    journalism: [
      'journalist*', 'uafhængig*', 'redaktion*', 'kritisk journalistik', 'gravende', 'reportage*', 'reporter*',
      'pressefrihed*', 'fri presse', 'demokrati*', 'nonprofit', 'non profit', 'lokale nyheder', 'korrespondent*',
      'kvalitetsjournalistik',
    ],
    readers: ['læsere*', 'læserne', 'lyttere', 'seere', 'publikum', 'fællesskab*'],
    thanks: ['tak', 'mange tak', 'tusind tak', 'taknemmelig*'],
    dismiss: [
      'senere', 'måske senere', 'ikke nu', 'nej tak', 'påmind mig', 'mind mig', 'ikke interesseret',
      'allerede støttet', 'allerede bidraget', 'vis ikke', 'fortsæt uden', 'tilbage til artiklen',
    ],
    payment: [
      'mobilepay', 'betalingskort', 'dankort', 'kreditkort', 'bankoverførsel', 'overførsel', 'betalingsservice',
      'faktura', 'paypal', 'iban', 'bic', 'swift', 'apple pay', 'google pay', 'betaling*', 'betalingsmetode*',
      'kontonummer', 'reg nr', 'registreringsnummer', 'mastercard',
    ],
    free: [
      'gratis', 'gratis adgang', 'uden beregning', 'omkostningsfri*', 'vederlagsfri*', 'uden betaling',
      'frit tilgængelig',
    ],
    newsletter: [
      'nyhedsbrev*', 'e mail', 'email*', 'mail*', 'indbakke*', 'tilmeld*', 'afmeld*', 'notifikation*',
    ],
    login: [
      'log ind', 'login', 'logget ind', 'log ud', 'opret konto', 'opret profil', 'min konto', 'din konto', 'konto',
      'adgangskode', 'brugernavn', 'mitid', 'nemid', 'opret bruger', 'glemt adgangskode',
      'allerede abonnent', 'allerede kunde', 'allerede medlem', 'har du allerede',
    ],
    adblock: [
      'adblock*', 'annonceblok*', 'reklameblok*', 'ad block*', 'deaktiver*', 'ublock', 'annonceindtægt*',
      'reklameindtægt*', 'tillad annoncer', 'tillad reklamer', 'hvidlist*',
    ],
    report: [
      'sagde', 'siger', 'fortalte', 'oplyste', 'meddelte', 'forklarede', 'tilføjede', 'ifølge', 'talsmand',
      'talsperson', 'politiet', 'myndighed*', 'i går', 'sidste uge', 'mandag*', 'tirsdag*', 'onsdag*',
      'torsdag*', 'fredag*', 'lørdag*', 'søndag*', 'procent', 'million*', 'milliard*', 'undersøgelse*',
      'analytiker*',
    ],
    comment: ['kommentar*', 'kommenter*'],
  },
};
