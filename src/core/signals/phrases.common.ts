// Language-neutral phrase signals: amounts with periods, amount buttons, payment channels.
import { rx, type PhraseSignal } from './table.js';

const CUR = String.raw`(?:US\$|R\$|A\$|C\$|[$€£¥₹₽]|CHF|Fr\.|EUR|Euro|euros?|USD|GBP|dollars?|Rs\.?|INR|руб(?:\.|лей|ля)?|zł|PLN|Kč)`;
const AMT = String.raw`(?:\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d{1,4})(?:[.,]\d{1,2})?(?:\s?[,.]-)?`;
const PERIOD = String.raw`(?:(?:for (?:the )?first|for (?:one|1)|a|per|each|every|/|pro|im|je|par|le|al|por|el|за|в|na|ao|al|per|every)\s?(?:1\.?\s?|first\s|ersten\s|premier\s|1er\s|primer\s|первый\s)?(?:month|mo|week|wk|year|yr|Monat|Woche|Jahr|Mon\.|mois|semaine|an|année|mes|semana|año|месяц|неделю|год|mies(?:iąc)?\.?|tydzień|rok|mês|semana|ano|mese|settimana|anno)|monthly|weekly|annually|yearly|monatlich|wöchentlich|jährlich|mtl\.|mensuel(?:lement)?|mensual(?:es)?|mensais|mensile|miesięcznie|ежемесячно)`;
const PRICE_WORD = String.raw`(?:ab|nur|für|just|only|from|as little as|à partir de|dès|desde|por sólo|от|od|a partir de|da|solo)`;

/** An amount with a currency (either side). */
export const MONEY = String.raw`(?:${CUR}\s?${AMT}|${AMT}\s?${CUR})`;

export const commonPhrases: readonly PhraseSignal[] = [
  {
    id: 'price.recurring', kind: null, category: 'price', weight: 2, lang: '*',
    pattern: rx(String.raw`(?:${MONEY}|${PRICE_WORD}\s+${AMT})\s?\*?\s?${PERIOD}(?![\p{L}])`, 'iu'),
    // Every match ends with an amount's last digit, its optional ",-", an optional currency
    // after it, then the period: looked for from digits only, this rules out most blocks.
    screen: rx(String.raw`\d(?:\s?[,.]-)?(?:\s?${CUR})?\s?\*?\s?${PERIOD}(?![\p{L}])`, 'iu'),
    reason: 'asks for a recurring amount',
  },
  {
    id: 'price.recurring-before', kind: null, category: 'price', weight: 2, lang: '*',
    pattern: rx(String.raw`(?<![\p{L}])(?:monthly|monatlich|mensuellement|mensualmente|ежемесячно|miesięcznie)(?![\p{L}])[^.!?]{0,40}?${MONEY}`, 'iu'),
    hints: ['month', 'monat', 'mensu', 'ежемес', 'miesi'], needsDigit: true,
    reason: 'asks for a recurring amount',
  },
  {
    id: 'price.intro-offer', kind: 'subscription', category: 'price', weight: 2, lang: '*',
    pattern: rx(String.raw`(?<![\p{L}])(?:\d{1,2}|one|two|three|four|six|twelve|ein(?:en)?|zwei|drei|vier|sechs|zwölf) (?:weeks?|months?|years?|Wochen|Monate?|Jahre?|mois|semaines|ans?|meses|semanas|años?|tygodnie|miesiące) (?:for|für|pour|por|za) (?:only |just |nur |seulement )?${MONEY}`, 'i'),
    // The connector, spaces included, is rarer than the period words ('an' is in most text).
    hints: [' for ', ' für ', ' pour ', ' por ', ' za '], needsDigit: true,
    reason: 'offers a subscription deal',
  },
  {
    id: 'price.discount', kind: 'subscription', category: 'price', weight: 1.5, lang: '*',
    pattern: rx(String.raw`(?<![\p{N}])\d{1,2}\s?%\s?(?:off|rabatt|de réduction|de descuento|скидка)`, 'iu'),
    hints: ['%'], needsDigit: true,
    reason: 'offers a discount',
  },
  {
    id: 'amount.choice', kind: 'donation', category: 'payment', weight: 1, lang: '*',
    pattern: rx(String.raw`^\s*${MONEY}\s*$`, 'iu'),
    maxLength: 16,
    reason: 'offers an amount to pick',
  },
  {
    id: 'payment.channel', kind: null, category: 'payment', weight: 1, lang: '*',
    pattern: rx(String.raw`(?<![\p{L}])(?:PayPal|Paypal|paypal\.me|IBAN|BIC|SEPA|Twint|Patreon|Ko-fi|Steady|Donorbox|Liberapay|Flattr|Überweisung|Lastschrift|Kreditkarte|Postkonto|Bankverbindung|Kontoinhaber|virement|transferencia|Bizum|przelew|BLIK|ЮMoney|СБП)(?![\p{L}])`),
    hints: ['paypal', 'iban', 'bic', 'sepa', 'twint', 'patreon', 'ko-fi', 'steady', 'donorbox', 'liberapay', 'flattr', 'überweisung', 'lastschrift', 'kreditkarte', 'postkonto', 'bankverbindung', 'kontoinhaber', 'virement', 'transferencia', 'bizum', 'przelew', 'blik', 'юmoney', 'сбп'],
    reason: 'names a payment channel',
  },
];
