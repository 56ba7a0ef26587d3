import type { LanguageLexicon } from '../types.js';

export const sv: LanguageLexicon = {
  lang: 'sv',
  stop: [
    'och', 'att', 'är', 'inte', 'också', 'från', 'när', 'hade', 'som', 'av', 'för', 'med', 'till', 'det',
    'den', 'har', 'om', 'ett', 'var', 'sig', 'men', 'vid', 'kan', 'så', 'mot', 'under', 'eller', 'efter',
    'blev', 'sina', 'hennes', 'någon', 'skulle', 'detta',
  ],
  concepts: {
    give: [
      'donera*', 'donation*', 'ge en gåva', 'gåva', 'gåvor', 'gåvan', 'bidra', 'bidrar', 'ge ett bidrag',
      'skänk*', 'avdragsgill*', 'gåvobelopp', 'valfritt belopp', 'annat belopp', 'välj belopp', 'insamling*',
      'dricks',
    ],
    support: [
      'stöd*', 'stötta*', 'finansierad av', 'finansieras av', 'läsarfinansier*',
    ],
    subscribe: [
      'prenumer*', 'abonnemang', 'abonnera*', 'säg upp', 'uppsägning', 'bindningstid', 'välj paket',
    ],
    member: ['medlem*', 'stödmedlem*'],
    premium: [
      'premium', '^PLUS', 'exklusiv*', 'reklamfri*', 'utan reklam', 'mindre reklam', 'förmåner',
      'medlemsförmåner', 'plusartik*',
    ],
    access: [
      'tillgång', 'obegränsa*', 'full tillgång', 'alla artiklar', 'allt innehåll', 'lås upp', 'e tidning',
      'etidning*', 'e tidningen', 'digital tidning', 'arkivet', 'alla enheter',
    ],
    gate: [
      'läs vidare', 'fortsätt läsa', 'läs hela', 'hela artikeln', 'för prenumeranter', 'låst artikel',
      'är låst', 'för att läsa', 'för att fortsätta', 'resten av artikeln',
    ],
    meter: [
      'gratis artiklar', 'gratisartik*', 'fria artiklar', 'artiklar kvar', 'återstående', 'nått gränsen',
      'du har läst', 'sista gratis', 'artiklar per månad', 'artiklar i månaden', 'artiklar denna månad',
    ],
    period: [
      'per månad', 'i månaden', 'månadsvis', 'varje månad', 'per år', 'om året', 'per vecka', 'i veckan',
      'varje vecka', 'årsvis', 'per dag', 'om dagen', 'första månaden', 'första året', 'kr mån', 'per kvartal',
      'årligen', 'månatlig*',
    ],
    trial: [
      'prova gratis', 'provperiod*', 'prova', 'provpren*', 'testa', 'testa gratis', 'gratis i', 'månad gratis',
      'veckor gratis', 'dagar gratis', 'ingen bindningstid',
    ],
    offer: [
      'erbjudande*', 'specialerbjudande*', 'rabatt*', 'spara', 'kampanjpris', 'kampanjerbjudande', 'rea',
      'reapris', 'just nu', 'för bara', 'för endast', 'halva priset', 'black friday', 'begränsad tid',
      'introduktionspris', 'ord pris', 'ordinarie pris',
    ],
    you: ['du', 'dig', 'din', 'ditt', 'dina', 'ni', 'er', 'ert', 'era'],
    self: ['vi', 'oss', 'vår', 'vårt', 'våra'],
    please: [
      'snälla', 'var snäll', 'vänligen', 'om du kan', 'om du vill', 'om du uppskattar', 'om du gillar',
      'vi ber', 'ber vi', 'ber dig', 'överväg',
    ],
    cta: [
      'nu', 'idag', 'i dag', 'bli', 'gå med', 'anslut*', 'kom igång', 'börja', 'beställ', 'köp', 'missa inte',
      'sista chansen', 'passa på', 'ta del',
    ],
    help: [
      'hjälp*', 'behöver', 'behövs', 'vi behöver', 'räkna med', 'beroende av', 'utan dig', 'utan ditt',
      'utan er', 'tack vare dig', 'tack vare ditt', 'varje krona', 'varje bidrag', 'alla bidrag',
      'oavsett belopp', 'stort som litet', 'gör skillnad', 'möjliggör*',
    ],
    journalism: [
      'journalist*', 'oberoende', 'redaktion*', 'granskning*', 'granskande', 'reportage', 'reporter*',
      'pressfrihet*', 'fri press', 'demokrati*', 'ideell', 'lokala nyheter', 'korrespondent*',
      'kvalitetsjournalistik', 'reportrar*',
    ],
    readers: ['läsar*', 'lyssnare', 'tittare', 'publik*', 'gemenskap'],
    thanks: ['tack', 'tack så mycket', 'stort tack', 'tacksam*'],
    dismiss: [
      'senare', 'kanske senare', 'inte nu', 'nej tack', 'påminn mig', 'påminn senare', 'inte intresserad',
      'redan stöttat', 'redan bidragit', 'redan swishat', 'visa inte', 'fortsätt utan', 'tillbaka till artikeln',
    ],
    payment: [
      'swish*', 'betalkort', 'kreditkort', 'kontokort', 'bankgiro*', 'plusgiro*', 'autogiro', 'banköverföring',
      'överföring', 'faktura', 'klarna', 'paypal', 'iban', 'bic', 'apple pay', 'google pay', 'betalning*',
      'betalsätt', 'kontonummer', 'clearingnummer', 'trustly', 'mastercard',
    ],
    free: [
      'gratis', 'kostnadsfri*', 'avgiftsfri*', 'fritt tillgänglig', 'utan kostnad', 'helt fritt',
      'utan betalvägg',
    ],
    newsletter: [
      'nyhetsbrev*', 'e post', 'epost', 'e postadress', 'mejl*', 'mail', 'email*', 'inkorg*', 'anmäl dig',
      'avregistrer*', 'utskick', 'notiser',
    ],
    login: [
      'logga in', 'inloggning', 'inloggad', 'logga ut', 'skapa konto', 'mitt konto', 'ditt konto', 'konto',
      'lösenord', 'användarnamn', 'registrera', 'registrering', 'bankid', 'glömt lösenord',
      'redan prenumerant', 'redan kund', 'redan medlem', 'har du redan', 'redan konto',
    ],
    adblock: [
      'adblock*', 'annonsblock*', 'reklamblock*', 'ad block*', 'ublock', 'vitlista*', 'annonsintäkter',
      'reklamintäkter', 'tillåt annonser', 'tillåta annonser', 'pausa din', 'stäng av din',
    ],
    report: [
      'sade', 'säger', 'berättade', 'uppgav', 'meddelade', 'förklarade', 'enligt', 'talesperson*', 'talesman',
      'pressekreterar*', 'polisen', 'myndighet*', 'igår', 'i går', 'förra veckan', 'måndag*', 'tisdag*',
      'onsdag*', 'torsdag*', 'fredag*', 'lördag*', 'söndag*', 'procent', 'miljon*', 'miljard*', 'studie*',
      'undersökning*', 'analytiker',
    ],
    comment: ['kommentar*', 'kommentera*'],
  },
};
