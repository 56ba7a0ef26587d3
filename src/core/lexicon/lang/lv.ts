import type { LanguageLexicon } from '../types.js';

export const lv: LanguageLexicon = {
  lang: 'lv',
  stop: [
    'un', 'par', 'uz', 'lai', 'bet', 'arī', 'tas', 'viņš', 'viņa', 'bija', 'būs', 'kā', 'pēc', 'gada', 'jau',
    'šo', 'šī', 'līdz', 'starp', 'kad', 'tā', 'tikai', 'savu', 'kurš', 'kura', 'tiek', 'var', 'nav', 'ļoti',
    'kuri', 'tomēr', 'tāpēc',
  ],
  concepts: {
    give: [
      'ziedo*', 'dāvinājum*', 'izvēlies summu', 'cita summa', 'citu summu', 'jebkur* summ*', 'ziedojuma summa',
    ],
    support: ['atbalst*', 'mecenāt*', 'lasītāju finansēt*'],
    subscribe: ['abonē*', 'abonement*', 'abonent*', 'pasūti abonementu', 'abonēšan*'],
    member: ['biedr*'],
    premium: ['premium', '^PLUS', 'ekskluzīv*', 'bez reklām*', 'mazāk reklām*', 'priekšrocības'],
    access: [
      'piekļuv*', 'neierobežot*', 'visi raksti', 'visiem rakstiem', 'viss saturs', 'atbloķ*', 'e avīze',
      'digitālā versija', 'arhīv*', 'visās ierīcēs',
    ],
    gate: [
      'lasīt tālāk', 'turpināt lasīt', 'turpini lasīt', 'lasi tālāk', 'tikai abonentiem', 'abonentiem', 'maksas raksts', 'maksas saturs', 'lai izlasītu', 'lai turpinātu', 'lai lasītu',
      'viss raksts', 'visu rakstu',
    ],
    meter: [
      'bezmaksas rakst*', 'atlikuši', 'atlicis', 'limits', 'limitu', 'sasniedzi*', 'sasniedzāt',
      'pēdējais bezmaksas', 'rakstus mēnesī',
    ],
    period: [
      'mēnesī', 'par mēnesi', 'mēnesim', 'ik mēnesi', 'katru mēnesi', 'gadā', 'par gadu', 'gadam', 'katru gadu',
      'nedēļā', 'par nedēļu', 'dienā', 'pirmais mēnesis', 'pirmo mēnesi', 'mēn', 'ikmēneša',
    ],
    trial: ['izmēģin*', 'bezmaksas periods', 'pārbaudes periods', 'mēnesis bez maksas', 'bez saistībām'],
    offer: [
      'piedāvājum*', 'atlaid*', 'ietaupi*', 'akcija', 'akcijas cena', 'tikai par', 'par tikai', 'melnā piektdiena',
      'black friday', 'promokod*', 'ierobežotu laiku', 'puscenā',
    ],
    you: [
      'tu', 'tevi', 'tev', 'tavs', 'tava', 'tavu', 'tavi', 'tavas', 'tavam', 'tavai', 'jūs', 'jūsu', 'jums',
    ],
    self: ['mēs', 'mūs', 'mums', 'mūsu'],
    please: [
      'lūdzu', 'lūdzam', 'ja vari', 'ja varat', 'ja tev patīk', 'ja jums patīk', 'ja novērtē', 'ja novērtējat',
      'apsver',
    ],
    cta: [
      'tagad', 'šodien', 'pievienojies', 'pievienojieties', 'kļūsti', 'kļūstiet', 'sāc', 'sāciet', 'pasūti',
      'pasūtiet', 'nepalaid garām', 'pēdējā iespēja', 'izmanto', 'uzreiz',
    ],
    help: [
      'palīdz*', 'mums vajag', 'vajadzīg*', 'paļaujamies', 'atkarīgi no', 'bez tevis', 'bez jums', 'bez tava',
      'bez jūsu', 'pateicoties tev', 'pateicoties jums', 'katrs eiro', 'jebkura summa', 'pat neliel*',
    ],
    journalism: [
      'žurnālist*', 'redakcij*', 'neatkarīg*', 'pētniecisk*', 'reportāž*', 'reportier*', 'korespondent*',
      'vārda brīvība', 'preses brīvība', 'brīva prese', 'demokrātij*', 'bezpeļņas', 'vietējās ziņas',
    ],
    readers: ['lasītāj*', 'klausītāj*', 'skatītāj*', 'auditorij*', 'kopien*'],
    thanks: ['paldies', 'pateic*', 'liels paldies', 'sirsnīgs paldies'],
    dismiss: [
      'vēlāk', 'varbūt vēlāk', 'ne tagad', 'nē paldies', 'atgādināt vēlāk', 'atgādini vēlāk', 'neinteresē',
      'jau atbalstīju', 'jau ziedoju', 'vairs nerādīt', 'nerādīt', 'turpināt bez', 'atpakaļ uz rakstu',
    ],
    payment: [
      'bankas kart*', 'kredītkart*', 'maksājumu kart*', 'pārskaitījum*', 'paypal', 'iban', 'swift', 'apple pay',
      'google pay', 'maksājum*', 'konta numurs', 'rekvizīt*', 'mastercard', 'swedbank', 'citadele',
    ],
    free: ['bezmaksas', 'bez maksas', 'par brīvu', 'brīvi pieejam*', 'bezmaksa'],
    newsletter: [
      'jaunumu vēstul*', 'e pasts', 'e pastu', 'e pasta', 'epast*', 'e mail', 'email', 'pastkastīt*', 'pieraksties',
      'pierakstīties', 'atrakstīties', 'paziņojum*',
    ],
    login: [
      'pieslēgties', 'pieslēdzies', 'ienākt', 'ienāc', 'reģistrēties', 'reģistrācij*', 'reģistrējies',
      'konts', 'kontu', 'mans konts', 'izveidot kontu', 'parole', 'paroli', 'lietotājvārd*', 'izrakstīties',
      'pieslēg*',
      'jau esi', 'jau esat',
    ],
    adblock: [
      'adblock*', 'reklāmu bloķētāj*', 'reklāmu bloķēšan*', 'atslēdz*', 'ublock', 'balt* sarakst*',
      'reklāmu ieņēmum*', 'atļaut reklām*',
    ],
    report: [
      'teica', 'saka', 'paziņoja', 'norādīja', 'skaidroja', 'piebilda', 'pastāstīja', 'ziņoja', 'saskaņā ar',
      'pārstāv*', 'policij*', 'vakar', 'pagājušajā nedēļā', 'pirmdien', 'otrdien', 'trešdien', 'ceturtdien',
      'piektdien', 'sestdien', 'svētdien', 'procent*', 'miljon*', 'miljard*', 'pētījum*', 'aptauj*',
      'analītiķ*',
    ],
    comment: ['komentār*', 'komentē*'],
  },
};
