import type { LanguageLexicon } from '../types.js';

export const sl: LanguageLexicon = {
  lang: 'sl',
  stop: [
    'in', 'je', 'v', 'na', 'da', 'se', 'za', 'so', 'ki', 'z', 'pa', 'tudi', 'ali', 'kot', 'iz', 'bo', 'po',
    'od', 'ter', 'še', 'le', 'bil', 'bila', 'bilo', 'saj', 'ker', 'lahko', 'ko', 'med', 'vendar', 'zato', 'kjer',
  ],
  concepts: {
    give: [
      'doniraj*', 'donacij*', 'donirati', 'donator*', 'prispev*', 'izberite znesek', 'drug znesek',
      'poljuben znesek', 'dohodnin*',
    ],
    support: ['podpr*', 'podpor*', 'mecen*'],
    subscribe: ['naroč*'],
    member: ['član', 'člani', 'članica', 'članice', 'članstvo', 'članstva', 'članov', 'postanite član'],
    premium: ['premium', '^PLUS', 'ekskluziv*', 'brez oglasov', 'manj oglasov', 'ugodnost*', 'prednosti'],
    access: [
      'dostop*', 'neomejen*', 'brez omejitev', 'vsi članki', 'vse članke', 'vsa vsebina', 'vso vsebino',
      'odkleni*', 'digitalna izdaja', 'e izdaja', 'arhiv*', 'vseh napravah',
    ],
    gate: [
      'nadaljuj z branjem', 'nadaljujte z branjem', 'preberi celoten', 'preberite celoten', 'celoten članek',
      'celotno besedilo', 'samo za naročnike', 'za naročnike', 'plačljiv* vsebin*',
      'zaklenjen*', 'nadaljevanje branja', 'preostanek članka',
    ],
    meter: [
      'brezplačn* član*', 'preostal*', 'še na voljo', 'omejitev', 'dosegli ste', 'zadnji brezplačni',
      'člankov na mesec',
    ],
    period: [
      'na mesec', 'mesečno', 'mesečn*', 'na leto', 'letno', 'letna naročnina', 'na teden', 'tedensko', 'na dan',
      'vsak mesec', 'vsako leto', 'prvi mesec', 'mes', 'četrtletn*',
    ],
    trial: [
      'preizkus*', 'poskusn*', 'brezplačno obdobje', 'mesec brezplačno', 'brez obveznosti',
    ],
    offer: [
      'ponudb*', 'popust*', 'prihrani*', 'akcijsk*', 'za samo', 'črni petek', 'black friday', 'omejen čas',
      'pol cene', 'znižan*',
    ],
    you: ['ti', 'tebe', 'tebi', 'tvoj*', 'vi', 'vas', 'vam', 'vaš*'],
    self: ['mi', 'nas', 'nam', 'nami', 'naš', 'naša', 'naše', 'našega', 'našem', 'naši', 'naših', 'našim', 'našo'],
    please: [
      'prosimo', 'prosim', 'če lahko', 'če vam je', 'če ti je', 'če cenite', 'če ceniš', 'razmislite',
    ],
    cta: [
      'zdaj', 'sedaj', 'danes', 'pridruži se', 'pridružite se', 'postanite', 'postani', 'začni*', 'ne zamudite',
      'ne zamudi', 'zadnja priložnost', 'izkoristi*', 'takoj',
    ],
    help: [
      'pomoč*', 'pomagaj*', 'pomagat*', 'potrebujemo', 'odvisni od', 'računamo na', 'brez vas', 'brez tebe',
      'brez vaše', 'zahvaljujoč vam', 'vsak evro', 'vsak znesek', 'tudi majhen',
    ],
    journalism: [
      'novinar*', 'uredništv*', 'neodvisn*', 'preiskovaln*', 'reportaž*', 'reporter*', 'dopisni*',
      'svoboda govora', 'svoboda tiska', 'svoboda medijev', 'svobodni mediji', 'demokracij*', 'neprofitn*',
      'lokalne novice',
    ],
    readers: [
      'bralci', 'bralk*', 'bralec', 'bralcev', 'bralcem', 'poslušalc*', 'gledalc*', 'občinstv*', 'skupnost*',
    ],
    thanks: ['hvala', 'zahvalj*', 'hvaležn*', 'najlepša hvala'],
    dismiss: [
      'kasneje', 'pozneje', 'morda kasneje', 'ne zdaj', 'ne hvala', 'opomni me', 'spomni me', 'ne zanima',
      'že podpiram', 'že doniral*', 'ne prikaži', 'nadaljuj brez', 'nazaj na članek',
    ],
    payment: [
      'kartic*', 'kreditn* kartic*', 'bančn* nakazil*', 'nakazil*', 'položnic*', 'upn', 'paypal', 'iban', 'swift',
      'bic', 'apple pay', 'google pay', 'plačil*', 'številka računa', 'trr', 'mastercard',
    ],
    free: ['brezplačn*', 'brez plačila', 'prost dostop', 'odprt dostop', 'zastonj'],
    newsletter: [
      'e novice', 'novičnik*', 'newsletter*', 'e pošt*', 'e mail', 'email*', 'nabiralnik*', 'prijavi se',
      'prijavite se', 'odjav*', 'obvestil*',
    ],
    login: [
      'prijava', 'prijavi se', 'prijavite se', 'prijavljen*', 'registracij*', 'registriraj*', 'uporabniški račun',
      'moj račun', 'moj profil', 'geslo', 'gesla', 'uporabniško ime', 'odjava', 'odjavi se', 'login',
      'že naročnik*', 'že imate',
    ],
    adblock: [
      'adblock*', 'blokator* oglasov', 'blokiranje oglasov', 'izklopi*', 'onemogoči*', 'ublock*', 'bel* sezna*',
      'prihodk* od oglasov', 'dovoli oglase', 'dovolite oglase',
    ],
    report: [
      'dejal*', 'povedal*', 'izjavil*', 'pojasnil*', 'dodal*', 'napovedal*', 'poročal*', 'po besedah',
      'predstavni*', 'policij*', 'včeraj', 'prejšnji teden', 'v ponedeljek', 'v torek', 'v sredo',
      'v četrtek', 'v petek', 'v soboto', 'v nedeljo', 'odstot*', 'milijon*', 'milijard*', 'raziskav*',
      'anket*', 'analitik*',
    ],
    comment: ['komentar*', 'komentira*'],
  },
};
