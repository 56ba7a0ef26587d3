// A cheap screen for text the page just added: could it be (part of) an appeal? A hit asks the
// scheduler for a prompt rescan; a miss lets a noisy page keep backing off. False hits only cost
// one (rate-limited) rescan, a false miss delays a flag until the regular rescan, so the word list
// is broad: money and ask stems in the languages the core knows, plus currency amounts.

/**
 * One regex for a list of alternatives, grouped by their first letter (and a leading \b):
 * "\bd(?:onat|onor)|s(?:upporter|pende|…)|…". It matches exactly what the plain join matches, but
 * V8 tries each alternative at every position of the text, so 80 stems cost twice as much as 25
 * letter groups; a feed storm screens 50 KB of text a second.
 */
export function anyOf(stems: readonly string[], flags: string): RegExp {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const stem of stems) {
    const m = /^(\\b)?([a-z\u00e0-\u017e\u0430-\u044f])(?![?*+{])/.exec(stem); // a quantified letter stays whole
    if (!m) { rest.push(stem); continue; }
    const key = m[0];
    const tails = groups.get(key) ?? [];
    tails.push(stem.slice(key.length));
    groups.set(key, tails);
  }
  const grouped = [...groups].map(([key, tails]) => (tails.length === 1 ? key + tails[0]! : `${key}(?:${tails.join('|')})`));
  return new RegExp([...grouped, ...rest].join('|'), flags);
}

/** Stems of asking words (donate, support, subscribe, member, paywall gates) in the core's languages. */
export const ASK_STEMS: readonly string[] = [
  // en
  '\\bdonat', '\\bdonor', '\\bcontribut', 'support (?:us|our|independent|the|quality|journalism)', 'supporter', 'fund(?:ed|ing)? (?:by|our)',
  '\\bsubscri', '\\bmember', 'paywall', 'premium', 'sign (?:in|up)', '\\blog ?in', '\\bregister', 'free account', 'free articles?',
  'continue reading', 'keep reading', 'unlimited access', 'give (?:today|now|monthly|once)', 'chip in', 'tip jar',
  // de
  'spende', 'unterstütz', 'unterstuetz', '\\babo\\b', 'abonn', 'mitglied', 'weiterlesen', 'anmelden', 'registrier', 'plus-artikel',
  // fr / es / it / pt
  'faites un don', 'faire un don', 'soutien', 'soutenez', 'abonnez', 'connectez', 'donar', 'donación', 'dona(?:zione| ora)', 'apoy', 'apoie',
  'suscri', '\\bsocio\\b', 'hazte', 'sostien', 'abbona', '\\bassin', 'doação', 'contribua', '\\blimite\\b',
  // pl / cs / id / ru
  'wesprzyj', 'wspar', 'darowizn', 'prenumer', 'subskryp', 'podpořte', 'přispějte', 'darujte', 'předplat',
  'donasi', 'dukung', 'langganan', 'пожертв', 'поддерж', 'подпис', 'донат',
  // payment channels
  'paypal', 'patreon', 'ko-fi', 'liberapay', '\\biban\\b',
];
const ASK = anyOf(ASK_STEMS, 'i'); // no 'u': with 'i' it makes this 20× slower, and every stem is BMP text

/** A currency amount ("$5", "5 €", "EUR 10", "5 zł"). */
const MONEY = /(?:[$€£¥₹₽]|\b(?:usd|eur|gbp|chf|pln|kč|zł|руб)\b)\s?\d|\d\s?(?:[$€£¥₹₽]|\b(?:euros?|dollars?|usd|eur|gbp|chf|kč|zł|руб))/i;
/** Every MONEY match holds one of these; without one MONEY cannot match, and this is 3× cheaper on digit-rich text. */
const CURRENCY = /[$€£¥₹₽]|usd|eur|gbp|chf|pln|kč|zł|руб|dollar/i;
const hasMoney = (t: string): boolean => CURRENCY.test(t) && MONEY.test(t);

/** How much text of one added subtree is looked at: appeals say what they want early. */
const MAX_TEXT = 2000;

export function mightBeAppealText(text: string, money = true): boolean {
  if (text.length < 3) return false;
  const t = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  return ASK.test(t) || (money && hasMoney(t));
}

/** Class and id names of a container that announce an appeal (e.g. "support-epic", "paywall"). */
const NAME = /donat|support(?!s)|subscri|member|paywall|regwall|premium|spende|\babo\b|abonn|\bepic\b|fundrais|contribut|piano|tinypass/i;

const nameHits = (el: Element): boolean => {
  const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return name.length > 1 && NAME.test(name);
};

/**
 * Screens one node the page inserted: its own class/id and the start of its text. A lone text
 * node needs an asking word (a bare price is more often a ticker than an appeal).
 * Reads only properties that need no layout.
 */
export function mightBeAppeal(node: Node): boolean {
  if (node.nodeType === 3) return mightBeAppealText(node.nodeValue ?? '', false);
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return nameHits(el) || mightBeAppealText(el.textContent ?? '');
}

/** What the nodes one mutation record added amount to: nothing that counts, nothing appeal-like, or a possible appeal. */
export type AddedScreen = 'none' | 'clean' | 'hit';

const never = (): boolean => false;

/**
 * Screens the nodes of one mutation record together, straight from its NodeList: one regex pass
 * over the joined text instead of one per node (a feed adds 50 at a time), and no array copy.
 * Blank text, comments and nodes `skip` names (the extension's own) do not count. In a content
 * script every node touched costs a wrapper of its own world, so each node is read once:
 * nodeType, hasAttributes, textContent.
 */
export function screenAdded(nodes: ArrayLike<Node>, skip: (n: Node) => boolean = never): AddedScreen {
  let text = '';
  let names = '';
  let any = false;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const type = n.nodeType;
    if (type === 3) {
      const value = n.nodeValue ?? '';
      if (mightBeAppealText(value, false)) return 'hit';
      if (!any && value.trim() !== '') any = true;
      continue;
    }
    if (type !== 1 || skip(n)) continue;
    any = true;
    const el = n as Element;
    if (el.hasAttributes()) names += ` ${el.getAttribute('class') ?? ''} ${el.id}`;
    const t = el.textContent ?? '';
    text += t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t;
    text += '\n';
  }
  if (!any) return 'none';
  return (names !== '' && NAME.test(names)) || ASK.test(text) || hasMoney(text) ? 'hit' : 'clean';
}

/**
 * Screens an element whose class/style/hidden/aria changed, which may have revealed an appeal.
 * Only small subtrees count: a class flip on <body> or a whole article says nothing about a new
 * box, and reading all its text on every flip would cost more than the rescan it might save.
 */
export function mightBeRevealedAppeal(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body) return false;
  if (nameHits(el)) return true; // e.g. "paywall-overlay" shown
  // A leaf's text is one read; a container's is walked only up to the cap.
  const text = el.firstElementChild === null ? el.textContent ?? '' : leadingText(el, MAX_TEXT + 1);
  return text !== null && text.length <= MAX_TEXT && mightBeAppealText(text);
}

/** The subtree's text when it is at most `max` characters, else null; never reads past `max`. */
function leadingText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    text += n.nodeValue ?? '';
    if (text.length >= max) return null;
  }
  return text;
}
