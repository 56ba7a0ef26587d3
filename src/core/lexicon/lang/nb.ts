import type { LanguageLexicon } from '../types.js';

export const nb: LanguageLexicon = {
  lang: 'nb',
  stop: [
    'og', 'av', 'etter', 'ble', 'hadde', 'mellom', 'hva', 'ikke', 'også', 'det', 'er', 'som', 'på', 'med',
    'til', 'at', 'den', 'har', 'var', 'om', 'et', 'men', 'fra', 'når', 'eller', 'kan', 'skal', 'være',
    'dette', 'sine', 'hennes', 'noen', 'sier', 'mye',
  ],
  concepts: {
    give: [
      'doner', 'donere', 'donasjon*', 'gave', 'gaver', 'gaven', 'gi en gave', 'bidrag*', 'bidra', 'gi et bidrag',
      'skattefradrag', 'velg beløp', 'valgfritt beløp', 'annet beløp', 'innsamling*', 'spleis',
    ],
    support: ['støtt*', 'finansiert av', 'leserfinansier*'],
    subscribe: ['abonn*', 'si opp', 'oppsigelse', 'bindingstid'],
    member: ['medlem*', 'støttemedlem*'],
    premium: [
      'premium', '^PLUS', '^PLUSS', 'plussartik*', 'plussabonn*', 'eksklusiv*', 'reklamefri*', 'uten reklame',
      'mindre reklame', 'fordeler', 'medlemsfordeler',
    ],
    access: [
      'tilgang', 'ubegrenset*', 'full tilgang', 'alle artikler', 'alt innhold', 'lås opp', 'e avis', 'eavis*',
      'e avisen', 'digital avis', 'arkivet', 'alle enheter',
    ],
    gate: [
      'les videre', 'fortsett å lese', 'les hele', 'hele artikkelen', 'for abonnenter', 'kun for abonnenter',
      'låst artikkel', 'er låst', 'for å lese', 'for å fortsette', 'resten av artikkelen',
    ],
    meter: [
      'gratis artikler', 'gratisartik*', 'artikler igjen', 'gjenstående', 'nådd grensen', 'du har lest',
      'siste gratis', 'artikler i måneden', 'artikler per måned', 'artikler denne måneden',
    ],
    period: [
      'per måned', 'i måneden', 'pr måned', 'månedlig*', 'hver måned', 'per år', 'i året', 'pr år', 'årlig*',
      'per uke', 'i uken', 'i uka', 'pr uke', 'ukentlig*', 'hver uke', 'per dag', 'om dagen', 'første måned',
      'første år', 'kr mnd', 'per kvartal', 'kvartalsvis',
    ],
    trial: [
      'prøv gratis', 'prøveperiode*', 'prøv', 'prøveabonnement*', 'gratis i', 'måned gratis', 'uker gratis',
      'dager gratis', 'uforpliktende', 'ingen binding',
    ],
    offer: [
      'tilbud*', 'spesialtilbud*', 'rabatt*', 'spar', 'kampanjepris', 'akkurat nå', 'for kun', 'kun kr',
      'halv pris', 'black friday', 'begrenset tid', 'introduksjonspris', 'ordinær pris', 'introtilbud',
    ],
    you: ['du', 'deg', 'din', 'ditt', 'dine', 'dere'],
    self: ['vi', 'oss', 'vår', 'vårt', 'våre'],
    please: [
      'vennligst', 'vær så snill', 'hvis du kan', 'om du kan', 'hvis du vil', 'setter pris på', 'hvis du liker',
      'vi ber', 'ber vi', 'ber deg', 'vurder',
    ],
    cta: [
      'nå', 'i dag', 'idag', 'bli', 'kom i gang', 'start', 'begynn', 'bestill', 'kjøp', 'ikke gå glipp',
      'siste sjanse', 'benytt', 'slå til',
    ],
    help: [
      'hjelp*', 'trenger', 'vi trenger', 'avhengige av', 'avhengig av', 'regne med', 'uten deg', 'uten din',
      'uten ditt', 'takket være deg', 'takket være din', 'hver krone', 'hvert bidrag', 'alle bidrag',
      'uansett beløp', 'stort som lite', 'gjør en forskjell', 'gjør forskjell', 'muliggjør*',
    ],
    journalism: [
      'journalist*', 'uavhengig*', 'redaksjon*', 'kritisk journalistikk', 'gravende', 'reportasje*', 'reporter*',
      'pressefrihet*', 'fri presse', 'demokrati*', 'ideell', 'lokale nyheter', 'korrespondent*',
      'kvalitetsjournalistikk',
    ],
    readers: ['lesere*', 'leserne', 'lyttere', 'seere', 'publikum', 'fellesskap*'],
    thanks: ['takk', 'tusen takk', 'mange takk', 'takknemlig*'],
    dismiss: [
      'senere', 'kanskje senere', 'ikke nå', 'nei takk', 'påminn meg', 'minn meg', 'ikke interessert',
      'allerede støttet', 'allerede bidratt', 'vis ikke', 'fortsett uten', 'tilbake til artikkelen',
    ],
    payment: [
      'vipps', 'bankkort', 'kredittkort', 'betalingskort', 'bankoverføring', 'overføring', 'avtalegiro', 'efaktura',
      'faktura', 'paypal', 'iban', 'bic', 'swift', 'apple pay', 'google pay', 'betaling*', 'betalingsmåte*',
      'kontonummer', 'mastercard',
    ],
    free: [
      'gratis', 'kostnadsfri*', 'uten kostnad', 'helt gratis', 'fritt tilgjengelig', 'vederlagsfri*',
    ],
    newsletter: [
      'nyhetsbrev*', 'e post', 'epost', 'e postadresse', 'e mail', 'email*', 'innboks*', 'meld deg på',
      'påmelding', 'meld deg av', 'avmeld*', 'varsler',
    ],
    login: [
      'logg inn', 'innlogging', 'innlogget', 'logg ut', 'opprett konto', 'min konto', 'din konto', 'konto',
      'passord', 'brukernavn', 'bankid', 'registrer deg', 'registrering', 'glemt passord', 'opprett bruker',
      'allerede abonnent', 'allerede kunde', 'allerede medlem', 'har du allerede',
    ],
    adblock: [
      'adblock*', 'annonseblokk*', 'reklameblokk*', 'ad block*', 'deaktiver*', 'skru av', 'ublock', 'hvitelist*',
      'hvitlist*', 'annonseinntekt*', 'reklameinntekt*', 'tillat annonser', 'tillat reklame',
    ],
    report: [
      'sa', 'sier', 'fortalte', 'opplyste', 'meldte', 'forklarte', 'la til', 'ifølge', 'talsperson*',
      'talsmann', 'politiet', 'myndighet*', 'i går', 'forrige uke', 'mandag*', 'tirsdag*', 'onsdag*',
      'torsdag*', 'fredag*', 'lørdag*', 'søndag*', 'prosent', 'million*', 'milliard*', 'undersøkelse*',
      'analytiker*',
    ],
    comment: ['kommentar*', 'kommenter*'],
  },
};
