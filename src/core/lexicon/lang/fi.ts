import type { LanguageLexicon } from '../types.js';

export const fi: LanguageLexicon = {
  lang: 'fi',
  stop: [
    'ja', 'on', 'ei', 'että', 'se', 'oli', 'hän', 'ovat', 'mutta', 'kun', 'myös', 'tai', 'sen', 'joka', 'jos',
    'niin', 'kuin', 'ole', 'olla', 'mitä', 'jo', 'sekä', 'vuonna', 'mukaan', 'jälkeen', 'hänen', 'jotka',
    'tämä', 'ollut', 'siitä', 'sitä', 'nämä',
  ],
  concepts: {
    give: [
      'lahjoi*', 'lahja', 'valitse summa', 'muu summa', 'vapaa summa', 'keräys*', 'rahankeräys*',
      'kertalahjoitus', 'kuukausilahjoit*',
    ],
    support: ['tue*', 'tuki', 'tukija*', 'tuke*', 'lukijoiden rahoittama'],
    subscribe: [
      'tilaa', 'tilaaja*', 'kestotilau*', 'digitilau*', 'irtisano*', 'määräaikai*', 'tilau*',
    ],
    member: ['jäsen*'],
    premium: [
      'premium', '^PLUS', 'eksklusiivi*', 'mainokseton', 'mainoksettom*', 'ilman mainoksia',
      'vähemmän mainoksia', 'tilaajaedut', 'jäsenedut', 'edut',
    ],
    access: [
      'pääsy', 'pääsyn', 'rajaton*', 'rajattom*', 'kaikki artikkelit', 'kaikkiin artikkeleihin', 'kaikki sisällöt',
      'näköislehti*', 'digilehti*', 'arkisto*', 'kaikilla laitteilla', 'lukuoikeu*',
    ],
    gate: [
      'jatka lukemista', 'lue koko', 'koko juttu', 'koko artikkeli', 'tilaajille', 'vain tilaajille', 'kirjaudu lukemaan', 'lukeaksesi', 'lukitt*',
      'jatkaaksesi',
    ],
    meter: [
      'ilmais* artikkel*', 'jäljellä', 'kiintiö*', 'olet lukenut', 'viimeinen ilmainen',
      'artikkelia kuukaudessa', 'juttua kuukaudessa', 'maksuton* artikkel*', 'maksuttom* artikkel*',
    ],
    period: [
      'kuukaudessa', 'kuukausi*', 'vuodessa', 'vuodeksi', 'vuosittain', 'viikossa', 'viikoittain', 'päivässä',
      'kk', 'ensimmäi* kuukau*', 'joka kuukausi', 'kuukaudeksi', 'vuositilau*', 'viikoksi',
    ],
    trial: [
      'kokeile', 'kokeilu*', 'tutustumis*', 'kuukausi ilmaiseksi', 'viikkoa ilmaiseksi', 'päivää ilmaiseksi',
      'ilman sitoutumista', 'ei sitoutumista',
    ],
    offer: [
      'tarjou*', 'alennus*', 'alennettu*', 'säästä', 'säästät', 'kampanjahinta*', 'kampanjatarjou*',
      'hintaan', 'rajoitetun ajan', 'black friday', 'etukoodi*', 'alekoodi*', 'puoleen hintaan',
    ],
    you: [
      'sinä', 'sinun', 'sinua', 'sinulle', 'sinulla', 'sinusta', 'sinuun', 'te', 'teidän', 'teitä', 'teille',
      'teillä',
    ],
    self: ['me', 'meidän', 'meitä', 'meille', 'meillä', 'meistä', 'meihin'],
    please: [
      'ole hyvä', 'olkaa hyvä', 'pyydämme', 'jos voit', 'jos pystyt', 'jos arvostat', 'jos pidät', 'harkitse',
      'ystävällisesti',
    ],
    cta: [
      'nyt', 'tänään', 'liity', 'ryhdy', 'tule mukaan', 'aloita', 'älä missaa', 'viimeinen mahdollisuus',
      'hyödynnä', 'osta', 'heti',
    ],
    help: [
      'auta', 'autat', 'auttaa', 'apu*', 'tarvitsemme', 'tarvitse*', 'riippuvai*', 'luotamme', 'ilman sinua',
      'ilman tukeasi', 'ansiostasi', 'ansiosta', 'jokainen euro', 'jokainen lahjoitus', 'pienikin', 'pienetkin',
      'mahdollistaa', 'mahdollistat', 'mahdollistavat',
    ],
    journalism: [
      'journalis*', 'toimitu*', 'riippumat*', 'tutkiva*', 'reportaa*', 'toimittaja*', 'sananvapau*',
      'lehdistönvapau*', 'vapaa lehdistö', 'demokrati*', 'voittoa tavoittelematon', 'paikallisuutis*',
      'laatujournalis*',
    ],
    readers: ['lukij*', 'kuuntelij*', 'katsoj*', 'yleisö*', 'yhteisö*'],
    thanks: ['kiitos', 'kiitä*', 'kiitolli*'],
    dismiss: [
      'myöhemmin', 'ehkä myöhemmin', 'ei nyt', 'ei kiitos', 'muistuta myöhemmin', 'muistuta minua',
      'ei kiinnosta', 'olen jo tukenut', 'jo lahjoittanut', 'älä näytä', 'jatka ilman', 'takaisin artikkeliin',
    ],
    payment: [
      'verkkopankki*', 'pankkisiirto*', 'tilisiirto*', 'luottokortti*', 'pankkikortti*', 'maksukortti*',
      'e lasku', 'elasku', 'iban', 'bic', 'apple pay', 'google pay', 'maksutapa*', 'tilinumero',
      'viitenumero', 'mastercard', 'maksaminen', 'mobilepay*', 'klarna*', 'paypal*',
    ],
    free: [
      'ilmainen', 'ilmaiseksi', 'ilmaisia', 'maksuton*', 'maksutta', 'veloituksetta', 'ilman maksua',
      'vapaasti luettav*',
    ],
    newsletter: [
      'uutiskirje*', 'sähköposti*', 'e mail', 'email', 'postilaatikko*', 'peru tilaus', 'sähköpostiisi',
    ],
    login: [
      'kirjaudu*', 'kirjautu*', 'rekisteröi*', 'luo tili', 'tili', 'oma tili', 'käyttäjätili*', 'salasana*',
      'käyttäjätunnu*', 'tunnukset', 'luo tunnus',
      'jo tilaaja', 'oletko jo',
    ],
    adblock: [
      'adblock*', 'mainosesto*', 'mainosten esto', 'mainostenesto*', 'ad block*', 'poista käytöstä',
      'salli mainokset', 'mainostulo*', 'ublock*',
    ],
    report: [
      'sanoi', 'sanoo', 'kertoi', 'totesi', 'ilmoitti', 'tiedotti', 'selitti', 'lisäsi', 'tiedottaja*',
      'poliisi*', 'viranomai*', 'eilen', 'viime viikolla', 'maanantai*', 'tiistai*', 'keskiviikko*',
      'torstai*', 'perjantai*', 'lauantai*', 'sunnuntai*', 'prosent*', 'miljoon*', 'miljardi*', 'tutkimu*',
      'kysely*', 'analyytik*',
    ],
    comment: ['kommentoi*', 'kommentti*', 'kommentit'],
  },
};
