import type { LanguageLexicon } from '../types.js';

export const et: LanguageLexicon = {
  lang: 'et',
  stop: [
    'et', 'ka', 'ning', 'mis', 'oli', 'oma', 'siis', 'veel', 'pärast', 'kes', 'seda', 'olid', 'nad', 'juba',
    'sest', 'kuid', 'selle', 'välja', 'üle', 'aga', 'või', 'kui', 'see', 'ta', 'mida', 'ja', 'on', 'ei',
    'kõik', 'pole', 'nagu', 'mille',
  ],
  concepts: {
    give: ['annet*', 'vali summa', 'muu summa', 'mistahes summa', 'annetuse summa'],
    support: ['toeta*', 'metseen*', 'lugejate toel'],
    subscribe: ['telli*', 'püsitellim*'],
    member: ['liige', 'liikme*'],
    premium: [
      'premium', '^PLUS', 'eksklusiiv*', 'reklaamivaba*', 'ilma reklaamita', 'vähem reklaami', 'eelised', 'hüved',
    ],
    access: [
      'ligipääs*', 'juurdepääs*', 'piiramatu*', 'piiranguteta', 'kõik artiklid', 'kogu sisu', 'digileht*',
      'e leht', 'arhiiv*', 'kõigis seadmetes',
    ],
    gate: [
      'loe edasi', 'jätka lugemist', 'loe kogu', 'kogu artikkel', 'kogu lugu', 'ainult tellijatele',
      'tellijatele', 'tasuline artikkel', 'tasuline sisu', 'lugemiseks',
      'jätkamiseks',
    ],
    meter: [
      'tasuta artikl*', 'tasuta lugu', 'tasuta lugusid', 'jäänud', 'alles', 'limiit*', 'jõudnud',
      'viimane tasuta', 'artiklit kuus',
    ],
    period: [
      'kuutasu', 'kuu eest', 'aastas', 'aasta eest', 'iga aasta', 'nädalas', 'nädala eest', 'päevas',
      'esimene kuu', 'esimesel kuul', 'kvartalis', 'aastatellim*', 'iga kuu', 'igakui*',
    ],
    trial: [
      'proovi*', 'tasuta periood', 'kuu tasuta', 'esimene kuu tasuta', 'kohustuseta', 'ilma kohustuseta',
    ],
    offer: [
      'pakkumi*', 'eripakkumi*', 'soodus*', 'allahindlus*', 'säästa', 'kampaania*', 'must reede',
      'black friday', 'piiratud aja', 'poole hinnaga',
    ],
    you: ['sina', 'sa', 'sind', 'sulle', 'sinu', 'sul', 'teie', 'te', 'teid', 'teile', 'teil'],
    self: ['meie', 'me', 'meid', 'meile', 'meil'],
    please: [
      'palun', 'palume', 'kui saad', 'kui saate', 'kui sulle meeldib', 'kui teile meeldib', 'kui hindad',
      'kui hindate', 'kaalu',
    ],
    cta: [
      'nüüd', 'täna', 'liitu', 'liituge', 'hakka', 'hakake', 'alusta', 'alustage', 'ära jäta',
      'viimane võimalus', 'kasuta', 'kohe',
    ],
    help: [
      'aita*', 'aidake', 'abi', 'abiga', 'abita', 'vajame', 'vajab', 'sõltume', 'loodame', 'ilma sinuta',
      'ilma teieta', 'tänu sulle', 'tänu teile', 'iga euro', 'iga summa', 'ka väike',
    ],
    journalism: [
      'ajakirjandus*', 'ajakirjanik*', 'toimetus*', 'sõltumatu*', 'reportaa*', 'sõnavabadus*', 'demokraatia*',
      'mittetulunduslik*', 'kohalikud uudised', 'uuriv ajakirjandus', 'korrespond*',
    ],
    readers: ['lugeja*', 'kuulaja*', 'vaataja*', 'publik*', 'kogukon*'],
    thanks: ['aitäh', 'tänan', 'täname', 'tänulik*', 'suur aitäh'],
    dismiss: [
      'hiljem', 'olla hiljem', 'mitte praegu', 'ei aitäh', 'tuleta meelde', 'meenuta hiljem', 'ei huvita',
      'juba toetan', 'juba annetasin', 'ära näita', 'jätka ilma', 'tagasi artiklisse',
    ],
    payment: [
      'pangaülekan*', 'ülekan*', 'paypal', 'iban', 'swift', 'apple pay', 'google pay', 'makse*', 'maksmine',
      'kontonumber', 'arvelduskonto', 'mastercard', 'swedbank', 'lhv', 'pangalin*', 'pangakaar*',
      'krediitkaar*',
    ],
    free: ['tasuta', 'ilma tasuta', 'vabalt kättesaadav', 'vabalt loetav'],
    newsletter: [
      'uudiskir*', 'e post*', 'e kiri', 'e mail', 'email', 'meiliaadress*', 'postkast*', 'teavitus*',
      'loobu*',
    ],
    login: [
      'logi sisse', 'sisselogimi*', 'logi välja', 'registreeru*', 'registreerimi*', 'konto', 'minu konto',
      'loo konto', 'parool*', 'kasutajanimi', 'smart id', 'mobiil id',
      'oled juba', 'olete juba',
    ],
    adblock: [
      'adblock*', 'reklaamiblok*', 'reklaamide blokeer*', 'lülita välja', 'ublock', 'luba reklaamid',
      'reklaamitulu*', 'lubatud loend*',
    ],
    report: [
      'ütles', 'teatas', 'selgitas', 'lisas', 'kinnitas', 'rääkis', 'märkis', 'teatel', 'sõnul', 'kohaselt',
      'pressiesindaja*', 'politsei*', 'ametnik*', 'eile', 'eelmisel nädalal', 'esmaspäev*', 'teisipäev*',
      'kolmapäev*', 'neljapäev*', 'reede*', 'laupäev*', 'pühapäev*', 'protsent*', 'miljon*', 'miljard*',
      'uuring*', 'küsitlus*', 'analüütik*',
    ],
    comment: ['kommentaar*', 'kommenteeri*'],
  },
};
