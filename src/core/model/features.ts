// The classifier's inputs: what a block's words say (concepts of the lexicon, amounts), what its
// box around it holds, how it is built (length, links, controls, names) and where it sits
// relative to the article. Each feature has a reason the popup can show when it pushes a
// block towards "appeal".
import { ROLE_BIT } from '../blocks.js';
import { sameSite } from '../dom.js';
import { has, type BlockEvidence } from '../evidence/block-evidence.js';
import type { Concept } from '../lexicon/types.js';
import { CONCEPT_INDEX } from '../lexicon/match.js';
import type { AppealPage } from '../appeal-page.js';

export interface FeatureDef {
  readonly name: string;
  /** Why it points to an appeal, for the popup ("asks for a donation"). */
  readonly reason: string;
  /** Which concept's matched words to quote after the reason, if any. */
  readonly quote?: Concept;
}

const own = (c: Concept, reason: string): FeatureDef => ({ name: `w.${c}`, reason, quote: c });
const box = (c: Concept, reason: string): FeatureDef => ({ name: `box.${c}`, reason, quote: c });

export const FEATURES: readonly FeatureDef[] = [
  own('give', 'asks to give money'),
  own('support', 'asks for support'),
  own('subscribe', 'speaks of subscribing'),
  own('member', 'speaks of membership'),
  own('premium', 'names a paid tier'),
  own('access', 'promises access'),
  own('gate', 'says the article is cut off'),
  own('meter', 'counts free articles'),
  own('trial', 'offers a trial'),
  own('offer', 'makes an offer'),
  own('you', 'speaks to the reader'),
  own('self', 'the publisher speaks of itself'),
  own('please', 'says please'),
  own('cta', 'urges to act now'),
  own('help', 'says it needs help'),
  own('journalism', 'speaks of its journalism'),
  own('readers', 'addresses its readers'),
  own('thanks', 'thanks the reader'),
  own('dismiss', 'has a dismiss line'),
  own('payment', 'names a way to pay'),
  own('free', 'says free'),
  own('newsletter', 'speaks of a newsletter'),
  own('login', 'speaks of logging in'),
  own('adblock', 'speaks of ad blockers'),
  { name: 'w.price', reason: 'names an amount' },
  { name: 'w.pricePeriod', reason: 'names an amount per period' },
  { name: 'w.moneyConcepts', reason: 'several words about money' },
  { name: 'd.money', reason: 'dense with words about money' },
  { name: 'd.address', reason: 'speaks to the reader directly' },
  { name: 'x.youAsk', reason: 'asks the reader for money' },
  { name: 'x.selfAsk', reason: 'the publisher asks for money' },
  { name: 'x.pleaseAsk', reason: 'pleads for money' },
  { name: 'x.nowAsk', reason: 'asks for money now' },
  { name: 'x.pricedProduct', reason: 'prices a product' },
  { name: 'x.journalismAsk', reason: 'asks money for journalism' },
  box('give', 'its box asks to give'),
  box('support', 'its box asks for support'),
  box('subscribe', 'its box speaks of subscribing'),
  box('member', 'its box speaks of membership'),
  box('gate', 'its box says the article is cut off'),
  box('dismiss', 'its box has a dismiss line'),
  box('thanks', 'its box thanks the reader'),
  box('payment', 'its box names a way to pay'),
  box('newsletter', 'its box speaks of a newsletter'),
  { name: 'box.price', reason: 'its box names an amount' },
  { name: 'box.pricePeriod', reason: 'its box names an amount per period' },
  { name: 'box.amounts', reason: 'its box offers amount buttons' },
  { name: 'box.controls', reason: 'its box has a form or buttons' },
  { name: 'box.moneyLink', reason: 'its box links to a donation or subscription page' },
  { name: 'box.heading', reason: 'its box has a heading' },
  { name: 's.len', reason: 'its length' },
  { name: 's.short', reason: 'a short line' },
  { name: 's.long', reason: 'a long paragraph' },
  { name: 's.heading', reason: 'a heading' },
  { name: 's.linkDensity', reason: 'mostly link text' },
  { name: 's.control', reason: 'a button or form' },
  { name: 's.donationLink', reason: 'links to a donation page' },
  { name: 's.subscriptionLink', reason: 'links to a subscription offer' },
  { name: 's.foreignMoneyLink', reason: 'links to another site\'s fundraiser' },
  { name: 's.quoted', reason: 'quotes someone' },
  { name: 's.question', reason: 'asks a question' },
  { name: 's.exclaim', reason: 'exclaims' },
  { name: 's.repeated', reason: 'repeats on the page' },
  { name: 's.mid', reason: 'a line or two' },
  { name: 's.digits', reason: 'full of numbers' },
  { name: 's.capitals', reason: 'full of names' },
  { name: 't.appeal', reason: 'sits in a part named as an appeal' },
  { name: 't.appealBox', reason: 'sits in a box named as an appeal' },
  { name: 't.paywall', reason: 'sits in a paywall container' },
  { name: 't.newsletter', reason: 'sits in a newsletter box' },
  { name: 't.adblock', reason: 'sits in an ad-blocker notice' },
  { name: 't.overlay', reason: 'shown as an overlay' },
  { name: 't.banner', reason: 'shown as a banner' },
  { name: 't.sidebar', reason: 'sits in the sidebar' },
  { name: 't.footer', reason: 'sits in the footer' },
  { name: 't.header', reason: 'sits in the header' },
  { name: 't.nav', reason: 'sits in navigation' },
  { name: 't.comments', reason: 'sits in comments' },
  { name: 't.related', reason: 'sits among related links' },
  { name: 't.teaser', reason: 'sits on a teaser' },
  { name: 'p.inBody', reason: 'inside the article body' },
  { name: 'p.afterBody', reason: 'after the article' },
  { name: 'p.beforeBody', reason: 'before the article' },
  { name: 'p.bodyAfter', reason: 'the article goes on after it' },
  { name: 'p.noArticle', reason: 'the page has no article' },
  { name: 'g.gated', reason: 'the page declares a paywall' },
];

export const FEATURE_COUNT = FEATURES.length;
export const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(FEATURES.map((f, i) => [f.name, i]));

const OWN_CONCEPTS: readonly Concept[] = FEATURES.filter((f) => f.name.startsWith('w.') && f.quote).map((f) => f.quote!);
const BOX_CONCEPTS: readonly Concept[] = FEATURES.filter((f) => f.name.startsWith('box.') && f.quote).map((f) => f.quote!);
const MONEY_WORDS: readonly Concept[] = ['give', 'support', 'subscribe', 'member', 'premium', 'trial'];
const ROLE_FEATURES: readonly [string, number][] = [
  ['t.appeal', ROLE_BIT.appeal], ['t.paywall', ROLE_BIT.paywall], ['t.newsletter', ROLE_BIT.newsletter],
  ['t.adblock', ROLE_BIT.adblock], ['t.overlay', ROLE_BIT.overlay], ['t.banner', ROLE_BIT.banner],
  ['t.sidebar', ROLE_BIT.sidebar], ['t.footer', ROLE_BIT.footer], ['t.header', ROLE_BIT.header],
  ['t.nav', ROLE_BIT.nav], ['t.comments', ROLE_BIT.comments], ['t.related', ROLE_BIT.related], ['t.teaser', ROLE_BIT.teaser],
];
const QUOTES = /[„“”"«»]/;

/** Is block k a candidate at all: words about money or a gate, an amount per period, or a named box? */
export function isCandidate(p: AppealPage, k: number): boolean {
  const e = p.ev[k]!;
  if (e.money) return true;
  const b = p.blocks[k]!;
  if (b.text.length < 12 || b.text.length > 400 || e.tokens < 2) return false;
  if ((b.frame.roles & (ROLE_BIT.appeal | ROLE_BIT.paywall)) !== 0) return true;
  // A line that addresses the reader or pleads, in a small box whose other lines ask for money
  // ("Snopes needs your help!" above "Donate"): the box's words carry it.
  if (!(has(e, 'you') || has(e, 'self') || has(e, 'help') || has(e, 'please') || has(e, 'readers') || has(e, 'offer'))) return false;
  for (let j = p.boxStart[k]!; j < p.boxEnd[k]!; j++) if (j !== k && p.ev[j]!.money) return true;
  return false;
}

function linkHost(href: string): string | null {
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** A money link that goes to another site and not to a payment platform: someone else's cause. */
function foreignLink(p: AppealPage, href: string, id: string): boolean {
  const host = p.input.host;
  if (!host || id === 'link.donation-host' || id === 'link.paypal-donate') return false;
  const h = linkHost(href);
  return !!h && !sameSite(h, host);
}

function isAmountLine(e: BlockEvidence, text: string): boolean {
  return e.price !== null && text.length <= 30;
}

/** The feature vector of block k (values 0..1). */
export function featuresOf(p: AppealPage, k: number): Float64Array {
  const x = new Float64Array(FEATURE_COUNT);
  const set = (name: string, v: number | boolean): void => { x[FEATURE_INDEX.get(name)!] = typeof v === 'boolean' ? (v ? 1 : 0) : v; };
  const b = p.blocks[k]!;
  const e = p.ev[k]!;
  const text = b.text;
  for (const c of OWN_CONCEPTS) set(`w.${c}`, has(e, c));
  set('w.price', e.price !== null);
  set('w.pricePeriod', e.pricePeriod);
  let moneyKinds = 0;
  for (const c of MONEY_WORDS) if (has(e, c)) moneyKinds++;
  set('w.moneyConcepts', Math.min(1, moneyKinds / 3));
  let moneyHits = 0;
  for (const c of MONEY_WORDS) moneyHits += e.counts[CONCEPT_INDEX[c]]!;
  const tokens = Math.max(1, e.tokens);
  set('d.money', Math.min(1, (moneyHits * 8) / tokens));
  set('d.address', Math.min(1, ((e.counts[CONCEPT_INDEX.you]! + e.counts[CONCEPT_INDEX.self]!) * 5) / tokens));
  const asks = has(e, 'give') || has(e, 'support') || has(e, 'member') || has(e, 'subscribe');
  set('x.youAsk', asks && has(e, 'you'));
  set('x.selfAsk', (has(e, 'give') || has(e, 'support') || has(e, 'member')) && (has(e, 'self') || e.selfName));
  set('x.pleaseAsk', asks && (has(e, 'please') || has(e, 'help')));
  set('x.nowAsk', asks && has(e, 'cta'));
  set('x.pricedProduct', e.price !== null && (has(e, 'subscribe') || has(e, 'member') || has(e, 'premium') || has(e, 'access') || has(e, 'trial')));
  set('x.journalismAsk', asks && has(e, 'journalism'));

  // The box around the block, without the block itself.
  const bs = p.boxStart[k]!;
  const be = p.boxEnd[k]!;
  const boxHas = new Set<Concept>();
  let boxPrice = false, boxPricePeriod = false, amounts = 0, controls = 0, moneyLink = false, heading = false;
  for (let j = bs; j < be; j++) {
    const ej = p.ev[j]!;
    const bj = p.blocks[j]!;
    if (bj.controls > 0 || bj.tag === 'button' || bj.frame.inButton) controls++;
    if (j === k) continue;
    for (const c of BOX_CONCEPTS) if (has(ej, c)) boxHas.add(c);
    if (ej.price) boxPrice = true;
    if (ej.pricePeriod) boxPricePeriod = true;
    if (isAmountLine(ej, bj.text)) amounts++;
    if (bj.linkHits.some((l) => !foreignLink(p, l.href, l.signal.id))) moneyLink = true;
    if (bj.headingLevel) heading = true;
  }
  for (const c of BOX_CONCEPTS) set(`box.${c}`, boxHas.has(c));
  set('box.price', boxPrice);
  set('box.pricePeriod', boxPricePeriod);
  set('box.amounts', amounts >= 2);
  set('box.controls', controls > 0);
  set('box.moneyLink', moneyLink);
  set('box.heading', heading);

  const len = text.length;
  set('s.len', Math.min(1, Math.log1p(len) / Math.log1p(2_000)));
  set('s.short', len <= 40);
  set('s.long', len > 500);
  set('s.heading', b.headingLevel > 0);
  set('s.linkDensity', b.linkDensity);
  set('s.control', b.controls > 0 || b.tag === 'button' || b.frame.inButton);
  let donationLink = false, subscriptionLink = false, foreign = false;
  for (const l of b.linkHits) {
    if (foreignLink(p, l.href, l.signal.id)) { foreign = true; continue; }
    if (l.signal.kind === 'donation') donationLink = true;
    else subscriptionLink = true;
  }
  set('s.donationLink', donationLink);
  set('s.subscriptionLink', subscriptionLink);
  set('s.foreignMoneyLink', foreign);
  set('s.quoted', QUOTES.test(text));
  set('s.question', /\?\s*$/.test(text));
  set('s.exclaim', text.includes('!'));
  set('s.repeated', p.repeats[k]! > 1);
  set('s.mid', len > 40 && len <= 200);
  set('s.digits', Math.min(1, (e.digitTokens * 5) / tokens));
  set('s.capitals', Math.min(1, (e.capitalTokens * 3) / tokens));
  set('t.appealBox', p.namedBox[k] === 1);

  const roles = b.frame.roles;
  for (const [name, bit] of ROLE_FEATURES) set(name, (roles & bit) !== 0);

  const a = p.article;
  const hasArticle = a.element !== null && a.end > a.start;
  const inBody = hasArticle && k >= a.start && k < a.end;
  set('p.inBody', inBody);
  set('p.afterBody', hasArticle && k >= a.end);
  set('p.beforeBody', hasArticle && k < a.start);
  set('p.bodyAfter', inBody ? Math.min(1, Math.log1p(p.bodyCharsFrom[k + 1]!) / Math.log1p(5_000)) : 0);
  set('p.noArticle', !hasArticle);
  set('g.gated', p.input.gatedContext);
  return x;
}
