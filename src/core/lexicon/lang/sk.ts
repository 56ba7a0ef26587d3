import type { LanguageLexicon } from '../types.js';

export const sk: LanguageLexicon = {
  lang: 'sk',
  stop: [
     'je', 'sa', 'že', 'sú', 'bol', 'bola', 'bolo', 'jeho', 'jej', 'ktoré', 'ktorý', 'ktorá', 'tiež', 'alebo',
     'podľa', 'len', 'keď', 'pri', 'však', 'aj', 'pre', 'ako', 'sme', 'som', 'medzi', 'ešte', 'ale', 'už',
     'tak', 'aby', 'pred', 'na', 'v', 'z', 'do', 'ich', 'môže', 'preto',
  ],
  concepts: {
    give: [
      'daruj*', 'darov*', 'príspev*', 'prispej*', 'prispie*', 'darc*', 'vyberte sumu', 'iná suma',
      'ľubovoľná suma', 'akúkoľvek sumu', 'darujme',
    ],
    support: ['podpor*', 'mecenáš*'],
    subscribe: ['predplat*', 'predplať*'],
    member: ['člen*'],
    premium: ['premium', '^PLUS', 'exkluzív*', 'bez reklám', 'menej reklám', 'výhod*'],
    access: [
      'prístup*', 'neobmedzen*', 'bez obmedzení', 'všetky články', 'celý obsah', 'všetok obsah', 'odomkn*',
      'digitálne vydanie', 'archív*', 'všetkých zariadeniach',
    ],
    gate: [
      'čítať ďalej', 'čítajte ďalej', 'pokračovať v čítaní', 'pokračujte v čítaní', 'celý článok', 'celého článku',
      'len pre predplatiteľov', 'pre predplatiteľov', 'platený obsah',
      'platený článok', 'zamknut*', 'si prečítali', 'pre pokračovanie', 'zvyšok článku',
    ],
    meter: [
      'článkov zadarmo', 'článok zadarmo', 'články zadarmo', 'zostáva', 'zostávajú', 'limit*', 'vyčerpal*',
      'dosiahli ste', 'posledný článok', 'článkov mesačne',
    ],
    period: [
      'mesačne', 'mesačn*', 'za mesiac', 'na mesiac', 'ročne', 'ročn*', 'za rok', 'na rok', 'týždenne',
      'za týždeň', 'denne', 'každý mesiac', 'prvý mesiac', 'mes', 'štvrťročn*',
    ],
    trial: [
      'skúšobn*', 'vyskúšaj*', 'vyskúšať', 'zadarmo na', 'mesiac zadarmo', 'dní zadarmo', 'bez záväzku',
      'bez záväzkov',
    ],
    offer: [
      'ponuk*', 'zľav*', 'ušetr*', 'akciov*', 'len za', 'iba za', 'čierny piatok', 'black friday',
      'obmedzený čas', 'polovičn* cen*',
    ],
    you: [
      'ty', 'teba', 'tebe', 'ti', 'ťa', 'tebou', 'tvoj', 'tvoja', 'tvoje', 'tvojho', 'tvojej', 'tvojim', 'tvojich',
      'tvoju', 'vy', 'vás', 'vám', 'vami', 'váš', 'vaša', 'vaše', 'vášho', 'vašej', 'vašim', 'vašich', 'vašu',
      'vašimi', 'vášmu',
    ],
    self: [
      'my', 'nás', 'nám', 'nami', 'náš', 'naša', 'naše', 'nášho', 'našej', 'našim', 'našich', 'našu', 'našimi',
      'nášmu',
    ],
    please: [
      'prosím', 'prosíme', 'ak môžete', 'ak môžeš', 'sa vám páči', 'sa ti páči', 'ak oceňujete', 'si ceníte',
      'zvážte',
    ],
    cta: [
      'teraz', 'dnes', 'pridajte sa', 'pridaj sa', 'staňte sa', 'staň sa', 'začnite', 'začni', 'si ujsť',
      'posledná šanca', 'využite', 'využi', 'ihneď', 'hneď',
    ],
    help: [
      'pomoc*', 'pomôžte', 'pomôž*', 'pomáh*', 'potrebujeme', 'potrebuje', 'závisíme od', 'spoliehame',
      'bez vás', 'bez teba', 'bez vašej', 'vďaka vám', 'vďaka tebe', 'vďaka vašej', 'každé euro',
      'akákoľvek suma', 'aj malá', 'každý príspevok',
    ],
    journalism: [
      'novinár*', 'žurnalisti*', 'redakci*', 'nezávisl*', 'investigatív*', 'reportáž*', 'reportér*', 'spravodaj*',
      'sloboda slova', 'sloboda tlače', 'slobodné médiá', 'demokraci*', 'neziskov*', 'miestne správy',
    ],
    readers: [
      'poslucháč*', 'divák*', 'divác*', 'publikum', 'komunit*', 'čitate*',
    ],
    thanks: ['ďakuj*', 'vďaka', 'poďakovanie', 'vďačn*'],
    dismiss: [
      'neskôr', 'možno neskôr', 'teraz nie', 'nie ďakujem', 'pripomenúť neskôr', 'pripomeňte mi', 'nezaujíma',
      'som prispel*', 'už podporujem', 'nezobrazovať', 'pokračovať bez', 'späť na článok', 'späť k článku',
    ],
    payment: [
      'platobn* kart*', 'kreditn* kart*', 'kartou', 'bankový prevod', 'prevod*', 'paypal', 'iban', 'swift', 'bic',
      'apple pay', 'google pay', 'platb*', 'číslo účtu', 'trvalý príkaz', 'mastercard', 'gopay',
    ],
    free: ['zadarmo', 'bezplatn*', 'bez poplatkov', 'voľne dostupn*', 'zdarma'],
    newsletter: [
      'newsletter*', 'e mail', 'email*', 'mail*', 'schránk*', 'k odberu', 'odber*', 'odhlásiť', 'upozornen*',
    ],
    login: [
      'prihlásiť', 'prihláste sa', 'prihlás*', 'prihlas*', 'registráci*', 'zaregistruj*', 'registrovať', 'účet',
      'môj účet', 'vytvoriť účet', 'heslo', 'hesla', 'používateľské meno', 'odhlásiť',
      'ste predplatiteľ*', 'už máte',
    ],
    adblock: [
      'adblock*', 'blokovač* reklám', 'blokovanie reklám', 'vypnite', 'vypnúť', 'ublock*', 'príjmy z reklam*',
      'povoľte reklamy', 'povoliť reklamy',
    ],
    report: [
      'povedal*', 'uvied*', 'informoval*', 'oznámil*', 'vyhlásil*', 'vysvetlil*', 'dodal*', 'podľa',
      'hovorc*', 'hovorkyň*', 'políci*', 'včera', 'minulý týždeň', 'v pondelok', 'v utorok', 'v stredu',
      'vo štvrtok', 'v piatok', 'v sobotu', 'v nedeľu', 'percent*', 'milión*', 'miliard*', 'štúdi*',
      'prieskum*', 'analyti*',
    ],
    comment: ['komentár*', 'komentova*', 'diskusi*'],
  },
};
