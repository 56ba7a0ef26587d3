import type { LanguageLexicon } from '../types.js';

export const lt: LanguageLexicon = {
  lang: 'lt',
  stop: [
    'ir', 'kad', 'yra', 'su', 'iš', 'į', 'o', 'bet', 'tai', 'kaip', 'buvo', 'jo', 'jos', 'dar', 'nuo', 'už',
    'apie', 'taip', 'jau', 'arba', 'bus', 'tik', 'po', 'per', 'kuris', 'kuri', 'savo', 'šis', 'ši', 'tačiau',
    'todėl', 'metų',
  ],
  concepts: {
    give: [
      'aukok*', 'paaukok*', 'paaukoti', 'aukojim*', 'auką', 'pasirinkite sumą', 'kita suma', 'bet kokią sumą',
    ],
    support: ['parama', 'paramą', 'paramos', 'parem*', 'palaik*', 'rėmėj*', 'mecenat*'],
    subscribe: ['prenumer*', 'užsisakyk*', 'užsisakyti'],
    member: ['narys', 'nariai', 'narių', 'narystė*', 'nare', 'nariu', 'nariais'],
    premium: ['premium', '^PLUS', 'išskirtin*', 'be reklamų', 'mažiau reklamų', 'privalum*', 'ekskliuzyv*'],
    access: [
      'prieig*', 'neribot*', 'visi straipsniai', 'visus straipsnius', 'visas turinys', 'visą turinį', 'atrakink*',
      'skaitmenin* leidim*', 'archyv*', 'visuose įrenginiuose',
    ],
    gate: [
      'skaityti toliau', 'skaitykite toliau', 'tęsti skaitymą', 'tik prenumeratoriams', 'prenumeratoriams', 'mokamas straipsnis', 'mokamas turinys', 'norėdami perskaityti',
      'norėdami skaityti', 'kad perskaitytum*', 'visą straipsnį', 'visas straipsnis',
    ],
    meter: [
      'nemokam* straipsn*', 'liko', 'limit*', 'pasiekėte', 'paskutinis nemokamas', 'straipsnių per mėnesį',
    ],
    period: [
      'per mėnesį', 'mėnesiui', 'kas mėnesį', 'kiekvieną mėnesį', 'per metus', 'metams', 'kasmet',
      'per savaitę', 'savaitei', 'per dieną', 'pirmas mėnuo', 'pirmąjį mėnesį', 'mėn', 'mėnesin*',
    ],
    trial: ['išband*', 'bandom* laikotarp*', 'nemokamas laikotarpis', 'mėnuo nemokamai', 'be įsipareigojimų'],
    offer: [
      'pasiūlym*', 'nuolaid*', 'sutaupyk*', 'akcija', 'akcijos kaina', 'tik už', 'už tik', 'juodasis penktadienis',
      'black friday', 'ribotą laiką', 'perpus pigiau',
    ],
    you: ['tu', 'tave', 'tau', 'tavo', 'tavimi', 'jūs', 'jus', 'jums', 'jūsų', 'jumis'],
    self: ['mes', 'mus', 'mums', 'mūsų', 'mumis'],
    please: [
      'prašome', 'prašau', 'prašom', 'jei gali', 'jei galite', 'jei tau patinka', 'jei jums patinka',
      'jei vertini', 'jei vertinate', 'apsvarstyk*',
    ],
    cta: [
      'dabar', 'šiandien', 'prisijunk prie', 'prisijunkite prie', 'tapk', 'tapkite', 'pradėk', 'pradėkite',
      'nepraleisk*', 'paskutinė galimybė', 'pasinaudok*', 'iškart',
    ],
    help: [
      'padėk', 'padėkite', 'padėti', 'padėsite', 'pagalb*', 'reikia', 'mums reikia', 'reikalinga',
      'priklausome nuo', 'pasikliaujame', 'be tavęs', 'be jūsų', 'be tavo', 'tavo dėka', 'jūsų dėka',
      'kiekvienas euras', 'bet kokia suma', 'net ir maža', 'net maža',
    ],
    journalism: [
      'žurnalist*', 'redakcij*', 'nepriklausom*', 'tiriam* žurnalist*', 'reportaž*', 'korespondent*',
      'žodžio laisvė', 'spaudos laisvė', 'laisva spauda', 'demokratij*', 'ne pelno', 'vietos naujienos',
    ],
    readers: ['skaitytoj*', 'klausytoj*', 'žiūrov*', 'auditorij*', 'bendruomen*'],
    thanks: ['ačiū', 'dėkoj*', 'dėking*', 'labai ačiū', 'nuoširdžiai dėkojame'],
    dismiss: [
      'vėliau', 'galbūt vėliau', 'gal vėliau', 'ne dabar', 'ne ačiū', 'priminti vėliau', 'priminkite vėliau',
      'nedomina', 'jau paaukojau', 'jau remiu', 'nerodyti', 'daugiau nerodyti', 'tęsti be', 'grįžti į straipsnį',
    ],
    payment: [
      'banko kortel*', 'mokėjimo kortel*', 'kredito kortel*', 'bankinis pavedimas', 'pavedim*', 'paysera',
      'paypal', 'iban', 'swift', 'apple pay', 'google pay', 'mokėjim*', 'sąskaitos numeris', 'rekvizit*',
      'mastercard', 'swedbank',
    ],
    free: ['nemokam*', 'veltui', 'be mokesčio', 'laisvai prieinam*'],
    newsletter: [
      'naujienlaišk*', 'el paštas', 'el paštu', 'el pašto', 'e paštas', 'e mail', 'email', 'pašto dėžut*',
      'užsirašyk*', 'pranešim*',
    ],
    login: [
      'prisijung*', 'prisijunk*', 'registruok*', 'registracij*', 'paskyr*', 'slaptažod*', 'vartotojo vardas',
      'atsijung*',
      'jau esate', 'jau turite', 'jau esi',
    ],
    adblock: [
      'adblock*', 'reklamų blokavim*', 'reklamų blokatori*', 'reklamos blokatori*', 'išjunk*', 'ublock',
      'balt* sąraš*', 'reklamos pajam*', 'leisti reklam*',
    ],
    report: [
      'sakė', 'teigė', 'pareiškė', 'pranešė', 'paaiškino', 'pridūrė', 'pasakojo', 'nurodė', 'pasak', 'anot',
      'atstov*', 'policij*', 'pareigūn*', 'vakar', 'praėjusią savaitę', 'pirmadien*', 'antradien*',
      'trečiadien*', 'ketvirtadien*', 'penktadien*', 'šeštadien*', 'sekmadien*', 'procent*', 'milijon*',
      'milijard*', 'tyrim*', 'apklaus*', 'analitik*',
    ],
    comment: ['komentar*', 'komentuo*'],
  },
};
