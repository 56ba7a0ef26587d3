// Amounts of money in any currency: a symbol or code before or after a number ("$2", "2,50 €",
// "CHF 9.–", "25 Franken", "200 рублей", "199 Kč", "49 kr", "KSh 500", "Rs. 299"). One pattern, run on lower-cased
// text only when the text has a digit.
const NUM = String.raw`\d{1,5}(?:[.,\u00a0 ]\d{3})*(?:[.,](?:\d{1,2}|[-–—]))?`;
const SYMBOL = String.raw`[$€£¥₹₽₴₺₪₩฿₱₦₫₲₡₵৳₸₼₾₭₮₨﷼]`;
/**
 * Codes and currency words that follow or precede an amount: the ISO 4217 codes of the world's
 * widely used currencies (except those that are also common words next to a number: "all 3",
 * "top 10", "try 30 days", "amd 5"), local abbreviations and the currency names.
 */
const CODE = String.raw`(?:usd|eur|euro|euros|chf|gbp|cad|aud|nzd|sek|nok|dkk|isk|pln|czk|huf|ron|bgn|rub|uah|byn|mdl|rsd|mkd|bam|gel|azn|kzt|uzs|inr|pkr|lkr|npr|bdt|brl|mxn|ars|clp|cop|pen|uyu|bob|pyg|vnd|zar|kes|ksh|tzs|ugx|ngn|ghs|egp|mad|tnd|dzd|aed|sar|qar|kwd|bhd|omr|jod|jpy|cny|rmb|hkd|twd|nt|sgd|krw|idr|php|thb|myr|ils|nis|kr|kč|zł|zl|ft|tl|rs|lei|lej|fr|sfr|franken|francs?|dollars?|cents?|pence|pounds?|reais|pesos?|soles|lira|lire|forint|kuna|rupees?|rupiah|rp|rand|naira|cedis?|shillings?|dirhams?|riyals?|dinars?|taka|dong|baht|ringgit|yuan|yen|leva|tenge|hryvnias?|руб|рублей|рубля|рубль|р|грн|гривень|гривні|гривен|тенге|złotych|złote|zlotych|korun|koruny|kronor|kroner|krónur|eura|evra|дин|лв)`;
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
