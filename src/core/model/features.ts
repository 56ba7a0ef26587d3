// The classifier's inputs, per candidate region (a box grown from a block with money words):
// what its words say (concepts of the lexicon, amounts, their combinations), how it is built
// (length, blocks, links, controls, names) and where it sits relative to the article. Each
// feature has a reason the popup can show when it pushes a region towards "appeal".
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
  own('period', 'names a billing period'),
  own('report', 'reads like a news report'),
  own('comment', 'speaks of comments'),
  { name: 'w.price', reason: 'names an amount' },
  { name: 'w.pricePeriod', reason: 'names an amount per period' },
  { name: 'w.moneyConcepts', reason: 'several words about money' },
  { name: 'd.money', reason: 'dense with words about money' },
  { name: 'd.address', reason: 'speaks to the reader directly' },
  { name: 'd.report', reason: 'reads like a news report' },
  { name: 'x.youAsk', reason: 'asks the reader for money' },
  { name: 'x.selfAsk', reason: 'the publisher asks for money' },
  { name: 'x.pleaseAsk', reason: 'pleads for money' },
  { name: 'x.nowAsk', reason: 'asks for money now' },
  { name: 'x.pricedProduct', reason: 'prices a product' },
  { name: 'x.journalismAsk', reason: 'asks money for journalism' },
  { name: 'x.supportMember', reason: 'sells a membership as support' },
  { name: 'x.freeSubscribe', reason: 'subscribes to something free' },
  { name: 'box.amounts', reason: 'offers amount buttons' },
  { name: 'box.controls', reason: 'has a form or buttons' },
  { name: 'box.moneyLink', reason: 'links to a donation or subscription page' },
  { name: 'box.heading', reason: 'has a heading' },
  { name: 's.blocks', reason: 'several lines' },
  { name: 's.prose', reason: 'mostly long paragraphs' },
  { name: 's.len', reason: 'its length' },
  { name: 's.short', reason: 'a short line' },
  { name: 's.long', reason: 'a long paragraph' },
  { name: 's.linkDensity', reason: 'mostly link text' },
  { name: 's.donationLink', reason: 'links to a donation page' },
  { name: 's.subscriptionLink', reason: 'links to a subscription offer' },
  { name: 's.foreignMoneyLink', reason: 'links to another site\'s fundraiser' },
  { name: 's.quoted', reason: 'quotes someone' },
  { name: 's.speech', reason: 'reports what someone said' },
  { name: 's.headlines', reason: 'a list of headlines' },
  { name: 's.linkLabels', reason: 'only a few link labels' },
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

/** Each concept feature's concept index and feature index, looked up once (this runs per block of every candidate). */
const OWN_CONCEPTS: readonly (readonly [number, number])[] = FEATURES.flatMap((f, i) => (f.name.startsWith('w.') && f.quote ? [[CONCEPT_INDEX[f.quote], i] as const] : []));
const MONEY_WORDS: readonly Concept[] = ['give', 'support', 'subscribe', 'member', 'premium', 'trial'];
/** Roles that name a region when any of its blocks has them… */
const ANY_ROLES: readonly [string, number][] = [
  ['t.appeal', ROLE_BIT.appeal], ['t.paywall', ROLE_BIT.paywall], ['t.newsletter', ROLE_BIT.newsletter],
  ['t.adblock', ROLE_BIT.adblock], ['t.overlay', ROLE_BIT.overlay], ['t.banner', ROLE_BIT.banner],
  ['t.sidebar', ROLE_BIT.sidebar], ['t.footer', ROLE_BIT.footer], ['t.header', ROLE_BIT.header],
  ['t.comments', ROLE_BIT.comments], ['t.related', ROLE_BIT.related], ['t.teaser', ROLE_BIT.teaser],
];
const QUOTES = /[„“”"«»]/;
/**
 * Reported speech: a quotation of a few words with the sentence going on outside it
 * ("'We need your support,' the director said"; „…“, sagte sie; « … », a-t-il déclaré).
 */
const SPEECH = /[„“”"«‹]\s*[^„“”"«»‹›]{12,}?[,.!?…]?\s*[“”"»›]\s*[,–—-]?\s*\p{L}+(?:\s+\p{L}+){1,}|\p{L}+\s*[:,]\s*[„“”"«‹][^„“”"«»‹›]{12,}[“”"»›]/u;
/** Tokens added to a block's length before a density is taken. */
const DENSITY_SMOOTHING = 6;
/** A whole-link line this long is a headline (a menu item or a button is shorter). */
const HEADLINE_CHARS = 25;

/** Is block k a candidate seed: words about money or a gate, an amount per period, or a small named box? */
export function isCandidate(p: AppealPage, k: number): boolean {
  const e = p.ev[k]!;
  if (e.money) return true;
  const b = p.blocks[k]!;
  return p.namedBox[k] === 1 && b.text.length >= 12 && b.text.length <= 400 && e.tokens >= 2;
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

/** The feature vector of the region of blocks [start, end) (values 0..1). */
export function regionFeatures(p: AppealPage, start: number, end: number): Float64Array {
  const x = new Float64Array(FEATURE_COUNT);
  const set = (name: string, v: number | boolean): void => { x[FEATURE_INDEX.get(name)!] = typeof v === 'boolean' ? (v ? 1 : 0) : v; };
  const or = (name: string, v: boolean): void => { if (v) x[FEATURE_INDEX.get(name)!] = 1; };
  const max = (name: string, v: number): void => { const i = FEATURE_INDEX.get(name)!; if (v > x[i]!) x[i] = v; };
  let chars = 0, linkChars = 0, proseChars = 0, amounts = 0, blocks = 0, headlines = 0;
  let allNav = true;
  for (let k = start; k < end; k++) {
    const b = p.blocks[k]!;
    const e = p.ev[k]!;
    const len = b.text.length;
    blocks++;
    chars += len;
    linkChars += len * b.linkDensity;
    if (len > 300) proseChars += len;
    for (const [c, i] of OWN_CONCEPTS) if (e.counts[c]) x[i] = 1;
    or('w.price', e.price !== null);
    or('w.pricePeriod', e.pricePeriod);
    let moneyKinds = 0;
    let moneyHits = 0;
    for (const c of MONEY_WORDS) if (has(e, c)) { moneyKinds++; moneyHits += e.counts[CONCEPT_INDEX[c]]!; }
    max('w.moneyConcepts', Math.min(1, moneyKinds / 3));
    // Densities are smoothed by a few tokens: a one-word link ("Support") is not dense with asks.
    const tokens = e.tokens + DENSITY_SMOOTHING;
    max('d.money', Math.min(1, (moneyHits * 8) / tokens));
    max('d.address', Math.min(1, ((e.counts[CONCEPT_INDEX.you]! + e.counts[CONCEPT_INDEX.self]!) * 5) / tokens));
    max('d.report', Math.min(1, (e.counts[CONCEPT_INDEX.report]! * 8) / tokens));
    const asks = has(e, 'give') || has(e, 'support') || has(e, 'member') || has(e, 'subscribe');
    or('x.youAsk', asks && has(e, 'you'));
    or('x.selfAsk', (has(e, 'give') || has(e, 'support') || has(e, 'member')) && (has(e, 'self') || e.selfName));
    or('x.pleaseAsk', asks && (has(e, 'please') || has(e, 'help')));
    or('x.nowAsk', asks && has(e, 'cta'));
    or('x.pricedProduct', e.price !== null && (has(e, 'subscribe') || has(e, 'member') || has(e, 'premium') || has(e, 'access') || has(e, 'trial')));
    or('x.journalismAsk', asks && has(e, 'journalism'));
    or('x.supportMember', has(e, 'member') && (has(e, 'support') || has(e, 'give') || has(e, 'help')));
    // "Subscribe to our podcast / newsletter / channel": a free follow, no price, no paid tier.
    or('x.freeSubscribe', has(e, 'subscribe') && (has(e, 'newsletter') || has(e, 'free')) && e.price === null
      && !has(e, 'premium') && !has(e, 'give') && !has(e, 'access') && !has(e, 'gate'));
    if (len >= HEADLINE_CHARS && b.linkDensity >= 0.9 && b.controls === 0) headlines++;
    if (isAmountLine(e, b.text)) amounts++;
    or('box.controls', b.controls > 0 || b.tag === 'button' || b.frame.inButton);
    or('box.heading', b.headingLevel > 0);
    for (const l of b.linkHits) {
      if (foreignLink(p, l.href, l.signal.id)) { or('s.foreignMoneyLink', true); continue; }
      or('box.moneyLink', true);
      or(l.signal.kind === 'donation' ? 's.donationLink' : 's.subscriptionLink', true);
    }
    or('s.quoted', QUOTES.test(b.text));
    or('s.speech', SPEECH.test(b.text));
    or('s.question', /\?\s*$/.test(b.text));
    or('s.exclaim', b.text.includes('!'));
    or('s.repeated', p.repeats[k]! > 1);
    const roles = b.frame.roles;
    for (const [name, bit] of ANY_ROLES) or(name, (roles & bit) !== 0);
    or('t.appealBox', p.namedBox[k] === 1);
    if (!(roles & ROLE_BIT.nav)) allNav = false;
  }
  set('t.nav', allNav);
  set('box.amounts', amounts >= 2);
  set('s.headlines', headlines >= 2 ? headlines / blocks : 0);
  set('s.len', Math.min(1, Math.log1p(chars) / Math.log1p(3_000)));
  set('s.blocks', Math.min(1, Math.log(blocks) / Math.log(20)));
  set('s.short', chars <= 40);
  set('s.mid', chars > 40 && chars <= 300);
  set('s.long', chars > 800);
  set('s.prose', chars > 0 ? proseChars / chars : 0);
  set('s.linkDensity', chars > 0 ? linkChars / chars : 0);
  // "Subscribe · Donate" in a header: link labels and nothing said around them (POLICY: navigation).
  set('s.linkLabels', chars > 0 && chars <= 40 && linkChars / chars >= 0.9);
  let digits = 0, capitals = 0, tokens = 0;
  for (let k = start; k < end; k++) { const e = p.ev[k]!; digits += e.digitTokens; capitals += e.capitalTokens; tokens += e.tokens; }
  set('s.digits', Math.min(1, (digits * 5) / Math.max(1, tokens)));
  set('s.capitals', Math.min(1, (capitals * 3) / Math.max(1, tokens)));

  const a = p.article;
  const hasArticle = a.element !== null && a.end > a.start;
  const inBody = hasArticle && start >= a.start && end <= a.end;
  set('p.inBody', inBody);
  set('p.afterBody', hasArticle && start >= a.end);
  set('p.beforeBody', hasArticle && end <= a.start);
  set('p.bodyAfter', inBody ? Math.min(1, Math.log1p(p.bodyCharsFrom[end]!) / Math.log1p(5_000)) : 0);
  set('p.noArticle', !hasArticle);
  set('g.gated', p.input.gatedContext);
  return x;
}
