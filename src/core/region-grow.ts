// Region growing: from a seed block to its appeal box — the largest container that is mostly
// appeal — or, in flat markup, across consecutive blocks (opener → ask → thanks → dismiss).
// It stops at article paragraphs, at another section, at menus and at another appeal.
import type { AppealPage } from './appeal-page.js';
import { ROLE_BIT } from './blocks.js';
import { has } from './evidence/block-evidence.js';

const MAX_CLIMB = 14;
const MAX_REGION_CHARS = 3_000;
/** Lines up to this length are labels or buttons, not foreign text. */
const SHORT = 40;
/** Plain links (no appeal words) an appeal box may hold: CTA, login, dismiss. More is a menu. */
const MAX_BOX_LINKS = 3;
/** Short lines without appeal words (labels, buttons) an appeal box may hold. More is a list. */
const MAX_BOX_LINES = 8;
/** How far flat growth looks back and ahead, in blocks. */
const FLAT_REACH = 8;

export interface Grown {
  readonly start: number;
  /** exclusive */
  readonly end: number;
  readonly container: Element;
}

interface Growing {
  readonly range: readonly [number, number];
  /** The container is named as an appeal box. */
  readonly named: boolean;
  readonly depth: number;
}

/** True when an element's own class/id names an appeal box. */
function ownAppealToken(p: AppealPage, el: Element): boolean {
  const f = p.model.frames.get(el);
  return !!f && (f.ownRoles & (ROLE_BIT.appeal | ROLE_BIT.paywall)) !== 0;
}

/**
 * What the region code asks of a block's words (never of the classifier: regions are what the
 * classifier judges): words that belong in an appeal box (money, an amount per period, thanks,
 * a way to pay, a dismiss line, a plea for help)…
 */
function appealish(p: AppealPage, k: number): boolean {
  const e = p.ev[k]!;
  if (e.money || e.pricePeriod || has(e, 'dismiss') || has(e, 'thanks') || has(e, 'payment')) return true;
  // "We need your help", "funded by readers": the plea around the ask.
  return has(e, 'readers') || (has(e, 'help') && (has(e, 'you') || has(e, 'self')));
}

/** …and strong words: money said to the reader, by the publisher, with a plea or a price. */
function strong(p: AppealPage, k: number): boolean {
  const e = p.ev[k]!;
  if (!e.money) return false;
  return e.pricePeriod || has(e, 'you') || has(e, 'self') || has(e, 'please') || has(e, 'help') || has(e, 'cta') || has(e, 'readers');
}

/** The kind a block's own words point to (null when they point to none). */
function wordKind(p: AppealPage, k: number): string | null {
  const e = p.ev[k]!;
  if (has(e, 'gate') || has(e, 'meter')) return 'paywall';
  const sub = has(e, 'subscribe') || has(e, 'premium') || has(e, 'trial');
  const don = has(e, 'give') || has(e, 'support');
  if (sub === don) return null;
  return sub ? 'subscription' : 'donation';
}

export function grow(p: AppealPage, seed: number): Grown {
  const { dom, article } = p;
  let container: Element = p.blocks[seed]!.el;
  let range = p.rangeOf(container) ?? [seed, seed + 1];
  // A block element may hold nested blocks (a div with text and a list): start from the seed only.
  if (range[1] - range[0] > 1 && !containerOk(p, range[0], range[1], false, seed, null)) range = [seed, seed + 1];
  let boxed = ownAppealToken(p, container);
  // The element where climbing stopped: flat growth stays inside it.
  let scope: readonly [number, number] = [0, p.blocks.length];
  let el: Element | null = dom.parent(container);
  for (let level = 0; el && level < MAX_CLIMB; level++, el = dom.parent(el)) {
    const tag = dom.tag(el);
    const r = p.rangeOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'main' || el === article.element) {
      if (r) scope = r;
      break;
    }
    if (!r) continue;
    if (r[0] === range[0] && r[1] === range[1]) {
      container = el; // a wrapper with the same text: its name may tell more
      boxed ||= ownAppealToken(p, el);
      continue;
    }
    const holdsArticle = article.element && article.end > article.start && r[0] <= article.start && r[1] >= article.end;
    const tokenHere = ownAppealToken(p, el);
    const depth = p.model.frames.get(el)?.depth ?? 0;
    if (holdsArticle || !containerOk(p, r[0], r[1], boxed || tokenHere, seed, { range, named: boxed, depth })) {
      scope = r;
      break;
    }
    container = el;
    range = r;
    boxed ||= tokenHere;
  }
  if (range[1] - range[0] > 1) return { start: range[0], end: range[1], container };
  return flatGrow(p, seed, container, scope);
}

/**
 * Is [start, end) mostly appeal (little foreign text, no article body)? When growing from
 * `cur`, the added blocks must not open another section (a heading other than the box's own
 * title just above it), and a box already named as an appeal takes nothing unmarked.
 */
function containerOk(p: AppealPage, start: number, end: number, boxed: boolean, seed: number, cur: Growing | null): boolean {
  const { blocks } = p;
  if (cur) {
    for (let k = start; k < end; k++) {
      if (k >= cur.range[0] && k < cur.range[1]) continue;
      const titleAbove = k === cur.range[0] - 1;
      if (blocks[k]!.headingLevel && !titleAbove && !sectionHasAppeal(p, k, end, cur.range)) return false;
      if (cur.named && cur.range[1] - cur.range[0] >= 2 && !appealish(p, k) && !titleAbove && !namedBelow(p, k, cur.depth)) return false;
    }
  }
  let total = 0;
  let foreign = 0;
  let appealChars = 0;
  let menuLinks = 0; // plain short links: a box has one or two, a menu has many
  let shortLines = 0;
  const seedKind = wordKind(p, seed);
  for (let k = start; k < end; k++) {
    const b = blocks[k]!;
    const len = b.text.length;
    total += len;
    if (total > MAX_REGION_CHARS || p.taken[k]) return false;
    if (p.isBody(k) && k !== seed) return false;
    if (appealish(p, k)) {
      appealChars += len;
      // A separate strong box of another kind: two appeals, keep them apart.
      const kind = k !== seed && strong(p, k) ? wordKind(p, k) : null;
      if (kind && seedKind && kind !== seedKind && Math.abs(k - seed) > 2) return false;
    } else if (len > SHORT || b.headingLevel) {
      foreign += len;
    } else if ((b.linkDensity >= 0.9 && ++menuLinks > MAX_BOX_LINKS) || ++shortLines > MAX_BOX_LINES) {
      return false;
    }
  }
  const allowance = boxed ? Math.max(900, appealChars * 3) : Math.max(120, appealChars * 0.6);
  return foreign <= allowance;
}

/** Is block k inside an element named as an appeal box, below the given depth? */
function namedBelow(p: AppealPage, k: number, depth: number): boolean {
  for (let t = p.blocks[k]!.frame.tokens; t && t.depth > depth; t = t.next) {
    if (t.signal.role === 'appeal' || t.signal.role === 'paywall') return true;
  }
  return false;
}

/** Does the section a heading opens (up to the next heading) hold any appeal block? */
function sectionHasAppeal(p: AppealPage, h: number, end: number, skip: readonly [number, number]): boolean {
  if (appealish(p, h)) return true;
  for (let j = h + 1; j < end && !p.blocks[j]!.headingLevel; j++) {
    if (j >= skip[0] && j < skip[1]) return true; // the section holds the region itself
    if (appealish(p, j)) return true;
  }
  return false;
}

/** Can block k join a region by itself (not a long paragraph with one weak word)? */
function joinable(p: AppealPage, k: number): boolean {
  if (!appealish(p, k)) return false;
  return strong(p, k) || p.blocks[k]!.text.length <= 160;
}

/** Does block k carry a strong ask or a money link (worth bridging one block for)? */
function strongNext(p: AppealPage, k: number): boolean {
  const e = p.ev[k];
  const b = p.blocks[k];
  if (!e || !b) return false;
  return strong(p, k) || b.linkHits.length > 0 || has(e, 'payment') || (has(e, 'cta') && b.text.length <= 40 && e.money);
}

function isOnlyDismiss(p: AppealPage, k: number): boolean {
  const e = p.ev[k]!;
  return has(e, 'dismiss') && !e.money;
}

/** An opener ("Dear readers,") or a short capitalised line ending in a colon ("A Message from X:"). */
function isOpenerLike(p: AppealPage, k: number): boolean {
  const t = p.blocks[k]!.text;
  if (t.length <= 70 && has(p.ev[k]!, 'readers')) return true;
  return t.length <= 70 && /[:：]$/.test(t) && /^[A-ZÀ-ÖØ-ÞА-ЯЁ]/.test(t);
}

function findOpener(p: AppealPage, from: number, to: number, inScope: (k: number) => boolean): number {
  for (let k = from; k >= to; k--) {
    if (!inScope(k)) return -1;
    if (isOpenerLike(p, k)) return k;
    if (p.isBody(k) && p.blocks[k]!.text.length > 600) return -1;
  }
  return -1;
}

/**
 * Flat markup: extend over consecutive blocks inside the element where climbing stopped
 * (opener → ask → thanks → dismiss), stopping at article paragraphs.
 */
function flatGrow(p: AppealPage, seed: number, container: Element, scope: readonly [number, number]): Grown {
  const inScope = (k: number): boolean => k >= scope[0] && k < scope[1] && k >= 0 && k < p.blocks.length && !p.taken[k];
  let start = seed;
  let end = seed + 1;
  // Backwards: appeal blocks, or a gap up to an opener ("A Message from …:", "Dear readers,").
  for (let k = seed - 1; inScope(k) && seed - k <= FLAT_REACH; k--) {
    if (joinable(p, k) && !isOnlyDismiss(p, k)) {
      start = k;
      continue;
    }
    const opener = findOpener(p, k, Math.max(scope[0], k - 5), inScope);
    if (opener >= 0) start = opener;
    break;
  }
  // Keep adjacent openers/headings above the start ("A Message from X:" above "Dear readers,").
  while (inScope(start - 1) && isOpenerLike(p, start - 1)) start--;
  // Forwards: appeal blocks (thanks, CTA, dismiss line); one unmarked block may bridge to a strong one.
  for (let k = seed + 1; inScope(k) && k - seed <= FLAT_REACH; k++) {
    if (joinable(p, k)) {
      end = k + 1;
      if (isOnlyDismiss(p, k)) break;
      continue;
    }
    const b = p.blocks[k]!;
    if (b.text.length <= 500 && !b.headingLevel && inScope(k + 1) && strongNext(p, k + 1)) continue;
    break;
  }
  return { start, end, container: end - start > 1 ? commonContainer(p, start, end) ?? container : container };
}

/** The smallest element holding blocks [start, end). */
function commonContainer(p: AppealPage, start: number, end: number): Element | null {
  let el: Element | null = p.blocks[start]!.el;
  for (let i = 0; el && i < 40; i++, el = p.dom.parent(el)) {
    const r = p.rangeOf(el);
    if (r && r[0] <= start && r[1] >= end) return el;
  }
  return null;
}
