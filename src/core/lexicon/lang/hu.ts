import type { LanguageLexicon } from '../types.js';

export const hu: LanguageLexicon = {
  lang: 'hu',
  stop: [
    'az', 'és', 'hogy', 'nem', 'egy', 'meg', 'ez', 'azt', 'csak', 'már', 'vagy', 'mint', 'volt', 'van', 'még',
    'pedig', 'után', 'között', 'szerint', 'így', 'sem', 'lesz', 'kell', 'amely', 'ami', 'akkor', 'is', 'ha',
    'amit', 'aki', 'ezt', 'egyik',
  ],
  concepts: {
    give: [
      'adomány*', 'adományoz*', 'felajánl*', 'válassz összeget', 'más összeg', 'egyéni összeg',
      'tetszőleges összeg', 'egyszeri támogatás', 'ajánld fel', 'ajánlja fel',
    ],
    support: [
      'támogat*', 'mecénás*', 'támogas*',
    ],
    subscribe: [
      'előfizet*', 'lemondható', 'bármikor lemondható', 'fizess elő', 'fizessen elő',
    ],
    member: ['tag', 'tagja', 'tagjai', 'tagok', 'tagság*', 'taggá', 'tagjaink', 'tagként'],
    premium: [
      'prémium*', '^PLUS', 'exkluzív*', 'reklámmentes*', 'reklám nélkül', 'kevesebb reklám', 'előnyök',
    ],
    access: [
      'hozzáférés*', 'korlátlan*', 'összes cikk', 'minden cikk', 'minden tartalom', 'feloldás', 'digitális kiadás',
      'archívum*', 'minden eszközön',
    ],
    gate: [
      'tovább olvasom', 'olvass tovább', 'olvassa tovább', 'olvasd tovább', 'tovább olvasás', 'csak előfizetőknek',
      'előfizetőknek', 'fizetős cikk', 'fizetős tartalom',
      'teljes cikk', 'teljes cikket', 'hogy elolvashassa', 'elolvasásához', 'olvasásához',
    ],
    meter: [
      'ingyenes cikk*', 'ingyen cikk*', 'maradt', 'hátralévő', 'limit*', 'elérte', 'elérted', 'utolsó ingyenes',
      'cikket havonta',
    ],
    period: [
      'havonta', 'havi', 'egy hónapra', 'hónaponként', 'évente', 'egy évre', 'hetente', 'heti', 'naponta',
      'első hónap*', 'ft hó', 'havidíj*', 'negyedéves', 'éves előfizetés',
    ],
    trial: [
      'próbaidőszak*', 'próbáld ki', 'próbálja ki', 'kipróbál*', 'ingyenes próba*', 'hónap ingyen',
      'kötelezettség nélkül', 'kötöttség nélkül',
    ],
    offer: [
      'ajánlat*', 'kedvezmény*', 'akciós*', 'spórolj', 'megtakarítás', 'most csak', 'mindössze', 'black friday',
      'kupon*', 'korlátozott ideig', 'féláron',
    ],
    you: [
      'te', 'téged', 'neked', 'tőled', 'veled', 'tiéd', 'ön', 'önt', 'önnek', 'öntől', 'önnel', 'öné', 'ti',
      'titeket', 'nektek', 'veletek', 'önök', 'önöket', 'önöknek', 'tiétek',
    ],
    self: [
      'minket', 'nekünk', 'velünk', 'tőlünk', 'miénk', 'mienk', 'munkánk*',
    ],
    please: [
      'kérjük', 'kérlek', 'kérem', 'kérünk', 'ha teheted', 'ha teheti', 'ha tetszik', 'ha fontos',
      'ha értékeli', 'ha értékeled', 'fontold meg', 'fontolja meg',
    ],
    cta: [
      'most', 'ma', 'csatlakozz', 'csatlakozzon', 'légy', 'válj', 'váljon', 'kezdd', 'kezdje', 'ne hagyd ki',
      'utolsó esély', 'használd ki', 'azonnal',
    ],
    help: [
      'segít*', 'szükség*', 'szükségünk', 'rád', 'önre', 'számítunk', 'függünk', 'nélküled', 'ön nélkül',
      'nélkületek', 'neked köszönhetően', 'önnek köszönhetően', 'minden forint', 'minden összeg', 'bármekkora',
      'kis összeg*', 'akár kis',
    ],
    journalism: [
      'újságír*', 'szerkesztőség*', 'független*', 'oknyomozó*', 'riport*', 'tudósító*', 'sajtószabadság*',
      'szólásszabadság*', 'szabad sajtó', 'demokrácia*', 'nonprofit', 'helyi hírek',
    ],
    readers: ['olvasó*', 'hallgatóink', 'nézőink', 'nézők', 'közönség*', 'közösség*'],
    thanks: ['köszön*', 'hálás*', 'nagyon köszönjük'],
    dismiss: [
      'később', 'talán később', 'most nem', 'nem köszönöm', 'emlékeztess*', 'nem érdekel', 'már támogattam',
      'már támogatok', 'már adományoztam', 'ne mutasd', 'ne jelenjen meg', 'vissza a cikkhez',
    ],
    payment: [
      'banki átutalás', 'átutalás*', 'paypal', 'simplepay', 'barion', 'iban', 'swift', 'apple pay',
      'google pay', 'számlaszám*', 'mastercard', 'fizetési*', 'bankkárty*', 'hitelkárty*',
    ],
    free: ['ingyen*', 'díjmentes*', 'térítésmentes*', 'fizetés nélkül', 'szabadon elérhető'],
    newsletter: [
      'hírlevél*', 'hírlevel*', 'e mail', 'email*', 'postafiók*', 'feliratkoz*', 'leiratkoz*', 'értesítés*',
      'iratkozz fel', 'iratkozzon fel',
    ],
    login: [
      'bejelentkez*', 'belép*', 'regisztrál*', 'regisztráció*', 'fiók*', 'jelszó', 'jelszav*', 'felhasználónév',
      'kijelentkez*',
      'már előfizető', 'már előfizetőnk', 'már regisztrált',
    ],
    adblock: [
      'adblock*', 'reklámblokkol*', 'hirdetésblokkol*', 'kapcsold ki', 'kapcsolja ki', 'fehér listá*',
      'fehérlist*', 'hirdetési bevétel*', 'reklámbevétel*', 'engedélyezd a', 'engedélyezze a', 'ublock*',
    ],
    report: [
      'mondta', 'közölte', 'nyilatkozta', 'jelentette', 'hangsúlyozta', 'elmondta', 'hozzátette', 'szerint',
      'szóvivő*', 'rendőrség*', 'hatóság*', 'tegnap', 'múlt héten', 'hétfőn', 'kedden', 'szerdán',
      'csütörtökön', 'pénteken', 'szombaton', 'vasárnap', 'százalék*', 'millió*', 'milliárd*', 'tanulmány*',
      'felmérés*', 'elemző*',
    ],
    comment: ['hozzászól*', 'komment*'],
  },
};
