// Amounts of money in any currency: a symbol or code before or after a number ("$2", "2,50 €",
// "CHF 9.–", "25 Franken", "200 рублей", "199 Kč", "49 kr"). One pattern, run on lower-cased
// text only when the text has a digit.
const NUM = String.raw`\d{1,5}(?:[.,\u00a0 ]\d{3})*(?:[.,](?:\d{1,2}|[-–—]))?`;
const SYMBOL = String.raw`[$€£¥₹₽₴₺₪₩฿₱₦₫₲₡]`;
/** Codes and currency words that follow or precede an amount. */
const CODE = String.raw`(?:usd|eur|euro|euros|chf|gbp|cad|aud|nzd|sek|nok|dkk|isk|pln|czk|huf|ron|bgn|rub|uah|try|inr|brl|mxn|ars|clp|cop|pen|zar|jpy|cny|hkd|sgd|krw|idr|php|thb|myr|ils|kr|kč|zł|zl|ft|lei|lej|fr|sfr|franken|francs?|dollars?|cents?|pence|pounds?|reais|pesos?|soles|lira|lire|forint|kuna|rupees?|rupiah|rp|руб|рублей|рубля|рубль|р|грн|гривень|гривні|złotych|złote|zlotych|korun|koruny|kronor|kroner|krónur|eura|evra|дин|лв)`;
const NOT_LETTER = String.raw`(?![\p{L}\p{N}])`;
const PRICE = new RegExp(
  String.raw`(?:${SYMBOL}|(?<![\p{L}])(?:us|ca|au|nz|hk|r|c)\$|(?<![\p{L}])${CODE}\.?)\s?${NUM}` +
  String.raw`|${NUM}\s?(?:${SYMBOL}|${CODE}${NOT_LETTER}\.?)`,
  'u',
);

export function findPrice(lower: string): string | null {
  if (!/\d/.test(lower)) return null;
  const m = PRICE.exec(lower);
  return m ? m[0].trim() : null;
}
