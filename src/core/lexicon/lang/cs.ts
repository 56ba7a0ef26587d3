import type { LanguageLexicon } from '../types.js';

export const cs: LanguageLexicon = {
  lang: 'cs',
  stop: [
     'je', 'se', 'že', 'jsou', 'byl', 'byla', 'bylo', 'jeho', 'její', 'které', 'který', 'která', 'také',
     'nebo', 'podle', 'jen', 'když', 'při', 'však', 'což', 'mezi', 'jsme', 'jsem', 'pro', 'jako', 'ale', 'už',
     'tak', 'aby', 'před', 'na', 'v', 'z', 'do', 'jak', 'než', 'ještě', 'protože', 'jejich', 'může',
  ],
  concepts: {
    give: [
      'daruj*', 'darov*', 'příspěv*', 'přispě*', 'přispív*', 'vyberte částku', 'jiná částka',
      'libovolná částka', 'jakoukoli částku', 'darujme', 'dárc*',
    ],
    support: ['podpoř*', 'podpor*', 'mecenáš*'],
    subscribe: ['předplat*', 'předplať*'],
    member: ['člen*'],
    premium: ['premium', '^PLUS', 'exkluziv*', 'bez reklam', 'méně reklam', 'výhod*'],
    access: [
      'přístup*', 'neomezen*', 'bez omezení', 'všechny články', 'veškerý obsah', 'celý obsah', 'odemkn*', 'odemč*',
      'digitální vydání', 'e vydání', 'archiv*', 'všech zařízeních',
    ],
    gate: [
      'číst dál', 'čtěte dál', 'pokračovat ve čtení', 'pokračujte ve čtení', 'celý článek', 'celého článku',
      'jen pro předplatitele', 'pro předplatitele', 'placený obsah',
      'placený článek', 'zamčen*', 'si přečetli', 'pro pokračování', 'zbytek článku',
    ],
    meter: [
      'článků zdarma', 'článek zdarma', 'články zdarma', 'zbývá', 'zbývají', 'limit*', 'vyčerpal*', 'dosáhli jste',
      'poslední článek', 'článků měsíčně',
    ],
    period: [
      'měsíčně', 'měsíční*', 'za měsíc', 'na měsíc', 'ročně', 'roční*', 'za rok', 'na rok', 'týdně', 'za týden',
      'denně', 'každý měsíc', 'první měsíc', 'měs', 'čtvrtletn*',
    ],
    trial: [
      'zkušební*', 'vyzkoušej*', 'vyzkoušet', 'zdarma na', 'měsíc zdarma', 'dní zdarma', 'bez závazku',
      'bez závazků',
    ],
    offer: [
      'nabíd*', 'slev*', 'ušetř*', 'akční*', 'pouze za', 'jen za', 'za pouhých', 'černý pátek', 'black friday',
      'omezenou dobu', 'poloviční cen*',
    ],
    you: [
      'ty', 'tebe', 'tobě', 'ti', 'tě', 'tebou', 'tvůj', 'tvoje', 'tvá', 'tvé', 'tvých', 'tvým', 'tvou', 'tvoji',
      'vy', 'vás', 'vám', 'vámi', 'váš', 'vaše', 'vašeho', 'vaší', 'vašim', 'vašich', 'vašimi', 'vašemu',
    ],
    self: [
      'my', 'nás', 'nám', 'námi', 'náš', 'naše', 'našeho', 'naší', 'našim', 'našich', 'našimi', 'našemu',
    ],
    please: [
      'prosím', 'prosíme', 'pokud můžete', 'pokud můžeš', 'jestli můžete', 'se vám líbí', 'se ti líbí',
      'pokud oceňujete', 'si ceníte', 'zvažte',
    ],
    cta: [
      'nyní', 'teď', 'dnes', 'přidejte se', 'přidej se', 'staňte se', 'staň se', 'začněte', 'začni',
      'nenechte si ujít', 'nenech si ujít', 'poslední šance', 'využijte', 'využij', 'ihned', 'hned',
    ],
    help: [
      'pomoc*', 'pomozte', 'pomůž*', 'pomáh*', 'potřebujeme', 'potřebuje', 'závisíme na', 'spoléháme na',
      'bez vás', 'bez tebe', 'bez vaší', 'díky vám', 'díky tobě', 'díky vaší', 'každá koruna', 'jakákoli částka',
      'i malá', 'každý příspěvek',
    ],
    journalism: [
      'novinář*', 'žurnalisti*', 'redakc*', 'nezávisl*', 'investigativ*', 'reportáž*', 'zpravodaj*',
      'svoboda slova', 'svoboda tisku', 'svobodná média', 'demokraci*', 'neziskov*', 'místní zprávy',
      'reporté*',
    ],
    readers: ['čtenář*', 'posluchač*', 'divák*', 'divác*', 'publikum', 'komunit*'],
    thanks: ['děkuj*', 'díky', 'poděkování', 'vděčn*'],
    dismiss: [
      'později', 'možná později', 'teď ne', 'nyní ne', 'ne děkuji', 'připomenout později', 'připomeňte mi',
      'nezajímá', 'jsem přispěl*', 'už podporuji', 'nezobrazovat', 'pokračovat bez', 'zpět na článek',
      'zpět k článku',
    ],
    payment: [
      'platební kart*', 'kreditní kart*', 'kartou', 'bankovní převod', 'převod*', 'paypal', 'iban', 'swift', 'bic',
      'apple pay', 'google pay', 'platb*', 'číslo účtu', 'trvalý příkaz', 'mastercard', 'gopay',
    ],
    free: ['zdarma', 'bezplatn*', 'zadarmo', 'bez poplatků', 'volně dostupn*'],
    newsletter: [
      'newsletter*', 'e mail', 'email*', 'mail*', 'schránk*', 'k odběru', 'odběr*', 'odhlásit', 'upozornění',
    ],
    login: [
      'přihlásit', 'přihlaste se', 'přihláš*', 'přihlás*', 'registrac*', 'zaregistruj*', 'registrovat',
      'účet', 'můj účet', 'vytvořit účet', 'heslo', 'hesla', 'uživatelské jméno', 'odhlásit', 'přihlaš*',
      'jste předplatitel*', 'již máte', 'už máte',
    ],
    adblock: [
      'adblock*', 'blokátor* reklam', 'blokování reklam', 'vypněte', 'vypnout', 'ublock*', 'příjmy z reklam*',
      'povolte reklamy', 'povolit reklamy',
    ],
    report: [
      'řekl*', 'uvedl*', 'sdělil*', 'oznámil*', 'prohlásil*', 'vysvětlil*', 'dodal*', 'podle', 'mluvčí',
      'polici*', 'včera', 'minulý týden', 'v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek',
      'v sobotu', 'v neděli', 'procent*', 'milion*', 'miliard*', 'studie', 'průzkum*', 'analyti*',
    ],
    comment: ['komentář*', 'komentova*', 'diskus*', 'diskuz*'],
  },
};
