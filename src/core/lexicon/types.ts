// The shape of the concept lexicon: per language, per concept, a list of short entries.
//
// Entry grammar (checked by tests/core/lexicon.test.ts):
// - 1 to 3 words separated by single spaces; a word is what the tokenizer yields: letters,
//   marks and digits only (no punctuation: "aujourd'hui" is written "aujourd hui", "ad-free"
//   is "ad free").
// - lower case, except a word written with a leading `^`, which must match with exactly that
//   capitalisation ("^Sie", "^Ihnen": the German formal "you", never "sie" = "they").
// - a trailing `*` makes the word a stem: it matches any token starting with it. A stem has at
//   least 3 letters before the `*` ("spend*", "unterstütz*", "пожертв*").
// Entries are general words and stems of the language, never a sentence taken from a page.

/** What a word says about the text it is in. Every concept is one feature family. */
export type Concept =
  | 'give'        // donate, contribute, tip, chip in, spenden, faire un don, donar, doar, wpłacić, пожертвовать
  | 'support'     // support, back, fund, sustain, unterstützen, soutenir, apoyar, sostenere, wesprzeć, поддержать
  | 'subscribe'   // subscribe, subscription, Abo, abonnieren, s'abonner, suscribirse, assinar, abbonarsi, prenumerata
  | 'member'      // member, membership, Mitglied, membre, miembro, socio, membro, lid, członek
  | 'premium'     // premium, plus, exclusive, ad-free, pro: a paid tier's words
  | 'access'      // unlimited, access, full access, Zugang, accès, acceso, acesso, dostęp
  | 'gate'        // continue reading, keep reading, weiterlesen, lire la suite, the rest of, subscribers only, already a subscriber
  | 'meter'       // free articles, article limit, remaining, reached, Artikel frei, articles gratuits
  | 'period'      // per month, monthly, a month, a week, per year, monatlich, pro Monat, par mois, al mes, miesięcznie, в месяц
  | 'trial'       // trial, try, free trial, Probeabo, testen, essai, prueba, teste, prova
  | 'offer'       // offer, deal, save, discount, special offer, Angebot, sparen, offre, oferta, promo
  | 'you'         // second person in every register: you/your, du/dich/dein, ^Sie/^Ihnen, tu/vous, tú/usted, você
  | 'self'        // the publisher speaking: we/us/our, wir/uns/unser, nous/notre, nosotros/nuestro, nós/nosso
  | 'please'      // please, bitte, s'il vous plaît, por favor, per favore, proszę, пожалуйста
  | 'cta'         // now, today, join, become, start, order, jetzt, heute, werden, bestellen, maintenant, ahora, agora, teraz
  | 'help'        // help, need, rely on, depend on, Hilfe, brauchen, aide, besoin, ayuda, ajuda, aiuto, pomoc
  | 'journalism'  // journalism, reporting, independent, newsroom, Journalismus, unabhängig, Redaktion, journalisme, periodismo
  | 'readers'     // reader, readers, Leser, lecteurs, lectores, leitores, lettori, czytelnicy, читатели
  | 'thanks'      // thank you, thanks, danke, merci, gracias, obrigado, grazie, dziękujemy, спасибо
  | 'dismiss'     // remind me later, maybe later, not now, no thanks, später, plus tard, más tarde, mais tarde
  | 'payment'     // PayPal, credit card, bank transfer, IBAN, SEPA, Überweisung, virement, transferencia, przelew
  | 'free'        // free, gratis, kostenlos, gratuit, gratuito, darmowy, бесплатно
  | 'newsletter'  // newsletter, e-mail, inbox, sign up, Newsletter, infolettre, boletín
  | 'login'       // log in, sign in, register, account, anmelden, einloggen, connexion, iniciar sesión, zaloguj
  | 'adblock'     // ad blocker, adblock, Werbeblocker, bloqueur de publicité, bloqueador de anuncios
  | 'report'      // news prose reporting: said, told, according to, police, percent, on Monday, sagte, laut, selon, según
  | 'comment';    // comments and commenting: comment, Kommentar, commentaire, comentario, komentarz, комментарий

export const CONCEPTS: readonly Concept[] = [
  'give', 'support', 'subscribe', 'member', 'premium', 'access', 'gate', 'meter', 'period', 'trial', 'offer',
  'you', 'self', 'please', 'cta', 'help', 'journalism', 'readers', 'thanks', 'dismiss', 'payment', 'free',
  'newsletter', 'login', 'adblock', 'report', 'comment',
];

export interface LanguageLexicon {
  /** BCP 47 primary language subtag: 'en', 'de', 'pt'… */
  readonly lang: string;
  /** 15–40 very frequent function words of the language, used only to guess a page's language. */
  readonly stop: readonly string[];
  readonly concepts: Readonly<Partial<Record<Concept, readonly string[]>>>;
}
