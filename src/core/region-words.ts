// What a region's words say as a whole (the concepts any of its blocks mention, read once per
// question), and the word rules built on that: a gate, a membership sold as support, a free follow.
import type { AppealPage } from './appeal-page.js';
import { CONCEPT_INDEX } from './lexicon/index.js';
import { CONCEPTS, type Concept } from './lexicon/types.js';

export interface RegionWords {
  says(c: Concept): boolean;
  /** A block says the article is cut off, and is not about commenting. */
  readonly gateWords: boolean;
  /** A block mentions a meter and no number ("you've reached your limit", not "3 left"). */
  readonly meterWithoutCount: boolean;
  /** A block names an amount. */
  readonly price: boolean;
}

export function regionWords(p: AppealPage, start: number, end: number): RegionWords {
  const any = new Uint8Array(CONCEPTS.length);
  let gateWords = false;
  let meterWithoutCount = false;
  let price = false;
  for (let k = start; k < end; k++) {
    const e = p.ev[k]!;
    for (let c = 0; c < any.length; c++) if (e.counts[c]) any[c] = 1;
    if (e.price !== null) price = true;
    if (e.counts[CONCEPT_INDEX.comment]) continue;
    if (e.counts[CONCEPT_INDEX.gate]) gateWords = true;
    if (e.counts[CONCEPT_INDEX.meter] && e.digitTokens === 0) meterWithoutCount = true;
  }
  return { says: (c) => any[CONCEPT_INDEX[c]] === 1, gateWords, meterWithoutCount, price };
}

/**
 * Does the region say the article is cut off (the kind in region-build, the paywall verdict in
 * scan)? Gate words, or a meter that counts nothing next to an offer and asking for no gift:
 * "you have 3 free articles left" counts, "you've reached your free article limit; subscribe…"
 * says the allowance is used up. Gate or meter words in a block about commenting ("only
 * subscribers can comment", "1000 characters remaining") keep the comments closed, not the article.
 */
export function saysGate(w: RegionWords): boolean {
  if (w.gateWords) return true;
  return w.meterWithoutCount && !w.says('give') && !w.says('support') && (w.says('subscribe') || w.says('login') || w.says('access'));
}

/**
 * A membership sold as support (POLICY: a donation): membership and support words, and no word
 * of a paid product (subscription, premium tier, access).
 */
export function soldAsSupport(w: RegionWords): boolean {
  return w.says('member') && (w.says('support') || w.says('give')) && !w.says('subscribe') && !w.says('premium') && !w.says('access');
}

/** Money words that a free sign-up never uses. */
const PAID_WORDS: readonly Concept[] = ['give', 'support', 'member', 'premium', 'access', 'gate', 'meter', 'trial', 'offer'];

/**
 * "Subscribe to our podcast / newsletter / feed": a free follow (POLICY: optional), whatever
 * the classifier says — subscribe words with newsletter words, and no price or paid word.
 */
export function freeFollow(w: RegionWords): boolean {
  return w.says('subscribe') && w.says('newsletter') && !w.price && !PAID_WORDS.some((c) => w.says(c));
}
