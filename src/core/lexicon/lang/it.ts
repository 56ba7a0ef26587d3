import type { LanguageLexicon } from '../types.js';

export const it: LanguageLexicon = {
  lang: 'it',
  stop: [
    'il', 'lo', 'gli', 'e', 'di', 'del', 'della', 'dei', 'delle', 'che', 'è', 'per', 'con', 'non', 'un',
    'una', 'sono', 'nel', 'nella', 'alla', 'al', 'anche', 'più', 'ma', 'questo', 'come', 'dal', 'dalla',
    'stato', 'essere', 'degli', 'sulla', 'ha', 'hanno',
  ],
  concepts: {
    give: [
      'dona', 'donare', 'donazion*', 'donator*', 'donatric*', 'contribuisci', 'contribuire', 'contributo',
      'contributi', 'erogazione liberale', 'erogazioni liberali', 'detraibil*', 'deducibil*', 'mancia',
      'offerta libera', 'altro importo', 'scegli l importo', 'raccolta fondi', 'crowdfunding', '5x1000',
      'cinque per mille', 'fai una donazione',
    ],
    support: [
      'sostieni*', 'sostenere', 'sostenerci', 'sostenitor*', 'sostegno', 'supporta*', 'supporto',
      'finanziato dai', 'finanziata dai', 'finanziati dai', 'mecenat*', 'mecenate',
    ],
    subscribe: [
      'abbon*', 'sottoscriv*', 'scegli il piano', 'scegli il tuo', 'disdici*', 'disdetta', 'rinnovo automatico',
      'si rinnova', 'edicola digitale',
    ],
    member: ['membro', 'membri', 'socio', 'soci', 'socia', 'socie', 'tesserament*', 'diventa socio'],
    premium: [
      'premium', 'esclusiv*', 'senza pubblicità', 'meno pubblicità', 'senza banner', 'vantaggi',
      'benefici esclusivi', '^PLUS', 'contenuti premium',
    ],
    access: [
      'accesso', 'accedi', 'accedere', 'illimitat*', 'senza limiti', 'tutti gli articoli', 'tutti i contenuti',
      'sblocca*', 'edizione digitale', 'sfogliabile', 'archivio storico', 'tutti i dispositivi',
      'accesso completo', 'accesso totale',
    ],
    gate: [
      'continua a leggere', 'continuare a leggere', 'per continuare a', 'articolo completo',
      'riservat* agli abbonati', 'riservat* ai soci', 'riservat* agli iscritti', 'contenuto riservato',
      'articolo riservato', 'per gli abbonati', 'agli abbonati', 'solo per abbonati',
      'resto dell articolo', 'per leggere questo', 'per leggere l', 'leggi tutto l',
    ],
    meter: [
      'articoli gratuiti', 'articolo gratuito', 'articoli gratis', 'articoli rimanenti', 'rimanent*',
      'ti restano', 'ti rimangono', 'hai raggiunto', 'raggiunto il limite', 'limite', 'ultimo articolo',
      'il tuo ultimo', 'articoli al mese',
    ],
    period: [
      'al mese', 'mensil*', 'ogni mese', 'all anno', 'annual*', 'ogni anno', 'alla settimana', 'settimanal*',
      'a settimana', 'ogni settimana', 'al giorno', 'primo mese', 'primo anno', 'trimestral*', 'semestral*',
      'primi mesi',
    ],
    trial: [
      'prova gratuita', 'prova gratis', 'periodo di prova', 'provalo', 'prova ora', 'senza vincoli',
      'senza impegno', 'primo mese gratis', 'mese gratis', 'mesi gratis', 'giorni gratis', 'settimane gratis',
      'gratis per', 'prova per',
    ],
    offer: [
      'offert*', 'offerta speciale', 'promozion*', 'promo', 'sconto*', 'scontat*', 'risparmia', 'risparmio',
      'prezzo speciale', 'a soli', 'a solo', 'tempo limitato', 'coupon', 'black friday', 'saldi',
      'metà prezzo', 'prezzo bloccato', 'anziché',
    ],
    you: ['tu', 'te', 'ti', 'tuo', 'tua', 'tuoi', 'tue', 'voi', 'vostr*'],
    self: ['noi', 'nostr*', 'abbiamo', 'siamo', 'facciamo', 'possiamo', 'chiediamo', 'contiamo', 'dipendiamo', 'vogliamo', 'lavoriamo', 'offriamo', 'pubblichiamo', 'crediamo'],
    please: [
      'per favore', 'per piacere', 'ti chiediamo', 'vi chiediamo', 'le chiediamo', 'chiediamo', 'se puoi',
      'se potete', 'se può', 'se ti piace', 'se apprezzi', 'se apprezzate', 'se credi', 'se leggi',
      'ti invitiamo', 'vi invitiamo',
    ],
    cta: [
      'ora', 'oggi', 'adesso', 'subito', 'unisciti', 'diventa', 'inizia', 'comincia', 'approfitta',
      'non perdere', 'ultima occasione', 'ultimi giorni', 'partecipa', 'fai parte', 'far parte', 'attiva ora',
    ],
    help: [
      'aiut*', 'bisogno', 'abbiamo bisogno', 'contiamo su', 'contare su', 'dipendiamo', 'dipende da',
      'senza di te', 'senza il tuo', 'senza di voi', 'grazie a te', 'grazie al tuo', 'grazie a voi', 'ogni euro',
      'ogni contributo', 'qualsiasi importo', 'qualunque cifra', 'anche piccolo', 'fa la differenza',
      'fare la differenza', 'rende possibile', 'rendono possibile', 'permettici', 'ci permette',
    ],
    journalism: [
      'giornalis*', 'redazion*', 'indipenden*', 'inchiest*', 'reportage', 'reporter', 'informazione di qualità',
      'informazione libera', 'stampa libera', 'libertà di stampa', 'democrazia', 'senza scopo di', 'no profit',
      'non profit', 'interesse pubblico', 'corrispondent*', 'notizie locali', 'informazione locale',
    ],
    readers: ['lettor*', 'lettric*', 'ascoltator*', 'spettator*', 'telespettator*', 'community', 'comunità'],
    thanks: ['grazie', 'ringrazi*', 'mille grazie', 'gratitudine'],
    dismiss: [
      'più tardi', 'non ora', 'non adesso', 'no grazie', 'ricordamelo', 'ricordami', 'non mi interessa',
      'non sono interessato', 'ho già donato', 'già donato', 'già contribuito', 'già sostenuto', 'non mostrare',
      'continua senza', 'prosegui senza', 'torna all articolo',
    ],
    payment: [
      'paypal', 'carta di credito', 'carta di debito', 'bonifico*', 'satispay', 'postepay', 'bollettino postale',
      'conto corrente', 'addebito diretto', 'sepa', 'iban', 'bic', 'apple pay', 'google pay', 'pagament*',
      'stripe', 'mastercard', 'intestato a', 'causale', 'carta prepagata',
    ],
    free: [
      'gratis', 'gratuit*', 'senza costi', 'a costo zero', 'libero accesso', 'accesso libero',
      'liberamente accessibil*', 'senza paywall',
    ],
    newsletter: [
      'newsletter*', 'e mail', 'email*', 'mail', 'casella di posta', 'iscriviti', 'iscriv*', 'iscriz*',
      'disiscriv*', 'ricevi', 'alert',
    ],
    login: [
      'accedi', 'login', 'log in', 'registrati', 'registrazione', 'registrarti', 'registrarsi', 'crea un account',
      'crea account', 'account', 'il mio account', 'password', 'nome utente', 'esci', 'logout', 'area riservata',
      'area personale', 'hai dimenticato',
      'già abbonato', 'già abbonata', 'già un account', 'già registrato', 'già iscritto', 'già socio',
    ],
    adblock: [
      'adblock*', 'blocco pubblicità', 'blocca pubblicità', 'blocco degli annunci', 'ad block*', 'disattiva il',
      'disabilita il', 'disabilita l', 'ublock', 'lista bianca', 'whitelist', 'entrate pubblicitarie',
      'ricavi pubblicitari', 'raccolta pubblicitaria', 'consenti la pubblicità', 'accetta e continua',
    ],
    report: [
      'ha detto', 'dichiarato', 'spiegato', 'ha aggiunto', 'annunciato', 'riferito', 'affermato', 'secondo',
      'portavoce', 'la polizia', 'le autorità', 'ieri', 'la settimana scorsa', 'lunedì', 'martedì',
      'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'per cento', 'milioni', 'miliardi', 'studio',
      'sondaggio', 'analisti',
    ],
    comment: ['comment*'],
  },
};
