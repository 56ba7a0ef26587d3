import type { LanguageLexicon } from '../types.js';

export const ro: LanguageLexicon = {
  lang: 'ro',
  stop: [
    'și', 'şi', 'că', 'este', 'sunt', 'din', 'care', 'pentru', 'mai', 'fost', 'lui', 'acest', 'această', 'dar',
    'sau', 'după', 'între', 'despre', 'astfel', 'foarte', 'însă', 'fiind', 'cum', 'doar', 'prin', 'în', 'pe',
    'cu', 'la', 'nu', 'unei', 'unui',
  ],
  concepts: {
    give: [
      'dona', 'donează', 'donezi', 'donez', 'donaț*', 'donaţ*', 'donator*', 'donatoare', 'contribuie',
      'contribuți*', 'contribuţi*', 'redirecționeaz*', 'redirecţioneaz*', 'formularul 230', 'alege suma',
      'altă sumă', 'orice sumă',
    ],
    support: [
      'sprijin*', 'susține ne', 'susţine ne', 'susțineți', 'susţineţi', 'susținător*', 'susţinător*',
      'susținerea', 'susţinerea', 'mecena*',
    ],
    subscribe: ['abon*', 'anulezi oricând', 'anulare oricând'],
    member: ['membr*'],
    premium: [
      'premium', '^PLUS', 'exclusiv*', 'fără reclame', 'mai puține reclame', 'mai puţine reclame',
      'beneficii', 'avantaj*',
    ],
    access: [
      'acces', 'accesul', 'accesezi', 'accesează', 'nelimitat*', 'fără limite', 'toate articolele',
      'tot conținutul', 'tot conţinutul', 'deblochea*', 'ediția digitală', 'ediţia digitală', 'arhiv*',
      'toate dispozitivele',
    ],
    gate: [
      'citește mai departe', 'citeşte mai departe', 'continuă lectura', 'continuă să citești', 'citește tot',
      'articolul complet', 'tot articolul', 'doar pentru abonați', 'pentru abonați', 'pentru abonaţi', 'articol premium', 'conținut premium',
      'conținut exclusiv', 'pentru a citi', 'pentru a continua', 'restul articolului',
    ],
    meter: [
      'articole gratuite', 'articol gratuit', 'articole gratis', 'rămase', 'limit*', 'ai atins', 'atins limita',
      'ultimul articol', 'articole pe lună',
    ],
    period: [
      'pe lună', 'lunar*', 'pe an', 'anual*', 'pe săptămână', 'săptămânal*', 'pe zi', 'în fiecare lună',
      'fiecare lună', 'prima lună', 'primul an', 'lei lună', 'trimestrial*',
    ],
    trial: [
      'perioadă de probă', 'perioada de probă', 'probă gratuită', 'încearcă', 'încercați', 'testează',
      'lună gratuită', 'luni gratuite', 'zile gratuite', 'fără obligații', 'fără angajament',
    ],
    offer: [
      'ofert*', 'reducere*', 'discount*', 'economisești', 'economisește', 'promoți*', 'promoţi*', 'black friday',
      'timp limitat', 'preț special', 'preţ special', 'jumătate de preț',
    ],
    you: [
      'tu', 'te', 'ți', 'ţi', 'ție', 'ţie', 'tău', 'ta', 'tale', 'tăi', 'voi', 'vă', 'vouă', 'vostru',
      'voastră', 'voștri', 'dumneavoastră', 'dvs', 'dumneata', 'îți', 'îţi',
    ],
    self: ['noi', 'ne', 'nouă', 'nostru', 'noastră', 'noștri', 'noştri', 'noastre'],
    please: [
      'vă rugăm', 'te rugăm', 'rugăm', 'vă rog', 'te rog', 'dacă poți', 'dacă puteți', 'dacă îți place',
      'dacă vă place', 'dacă apreciezi', 'dacă apreciați', 'ia în considerare',
    ],
    cta: [
      'acum', 'azi', 'astăzi', 'alătură te', 'alăturați vă', 'devino', 'deveniți', 'începe', 'începeți',
      'nu rata', 'ultima șansă', 'ultima şansă', 'profită', 'profitați', 'imediat',
    ],
    help: [
      'ajut*', 'avem nevoie', 'nevoie de', 'depindem', 'contăm pe', 'fără tine', 'fără voi', 'fără sprijinul',
      'datorită ție', 'datorită vouă', 'datorită sprijinului', 'fiecare leu', 'fiecare euro', 'cât de mică',
      'contează',
    ],
    journalism: [
      'jurnalis*', 'redacți*', 'redacţi*', 'independen*', 'investigați*', 'investigaţi*', 'reportaj*',
      'reporter*', 'libertatea presei', 'presă liberă', 'presa liberă', 'democrați*', 'democraţi*',
      'non profit', 'știri locale', 'ştiri locale', 'corespond*',
    ],
    readers: [
      'cititor*', 'cititoare', 'ascultător*', 'telespectator*', 'spectator*', 'audienț*', 'comunitate*',
    ],
    thanks: ['mulțumim', 'mulţumim', 'mulțumesc', 'mulţumesc', 'mulțumiri', 'recunoscăt*'],
    dismiss: [
      'mai târziu', 'poate mai târziu', 'nu acum', 'nu mulțumesc', 'nu mulţumesc', 'amintește mi',
      'reamintește mi', 'nu mă interesează', 'am donat deja', 'deja am donat', 'susțin deja', 'nu mai afișa',
      'continuă fără', 'înapoi la articol',
    ],
    payment: [
      'card bancar', 'card de credit', 'card de debit', 'cu cardul', 'transfer bancar', 'ordin de plată', 'paypal',
      'iban', 'swift', 'bic', 'apple pay', 'google pay', 'plată*', 'plăți', 'cont bancar', 'mastercard',
      'netopia', 'revolut',
    ],
    free: ['gratuit*', 'gratis', 'fără plată', 'fără costuri', 'acces liber', 'liber accesibil'],
    newsletter: [
      'newsletter*', 'e mail', 'email*', 'mail', 'adresa de email', 'căsuța', 'căsuţa', 'înscrie*', 'dezabon*',
      'notificăr*', 'alerte',
    ],
    login: [
      'autentific*', 'conectează te', 'conectare', 'intră în cont', 'loghează te', 'login', 'creează cont',
      'creează un cont', 'contul meu', 'contul tău', 'parola', 'parolă', 'nume de utilizator', 'deconectare',
      'ești deja abonat', 'deja abonat', 'ai deja cont', 'deja cont',
    ],
    adblock: [
      'adblock*', 'blocare reclame', 'blocarea reclamelor', 'blocant* de reclame', 'dezactivează', 'dezactivați',
      'ublock*', 'lista albă', 'listă albă', 'venituri din publicitate', 'veniturile din publicitate',
      'permite reclamele',
    ],
    report: [
      'a spus', 'declarat', 'afirmat', 'explicat', 'a adăugat', 'anunțat', 'precizat', 'potrivit', 'conform',
      'purtător* de cuvânt', 'poliți*', 'autorități*', 'ieri', 'săptămâna trecută', 'marți', 'miercuri',
      'joi', 'vineri', 'sâmbătă', 'duminică', 'la sută', 'procent*', 'milioane', 'miliarde', 'studiu*',
      'sondaj*', 'analiști*',
    ],
    comment: ['comentari*', 'comentează', 'comenta'],
  },
};
