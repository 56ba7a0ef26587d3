// Appeal detection: seed blocks with lexical evidence, grow each seed to its appeal region
// (the container that is mostly appeal, or consecutive sibling blocks in flat markup),
// then judge the region on combined lexical, structural and vendor evidence.
import type { ArticleGuess } from './article-lite.js';
import { ROLE_BIT, type Block, type PageModel } from './blocks.js';
import { sameSite, type DomAccess } from './dom.js';
import { evaluateText, quote, type LinkHit, type PhraseHit, type TextEvaluation } from './signals/evaluate.js';
import { LANDMARK_ROLES, LANDMARK_TAGS } from './signals/index.js';
import type { PhraseCategory, TokenSignal } from './signals/table.js';
import type { AppealKind, Placement, ScanOptions } from './types.js';

export interface Region {
  start: number;
  /** exclusive */
  end: number;
  /** The block indices the region's elements hold (a run inside a larger element may be missing). */
  blocks: number[];
  container: Element;
  elements: Element[];
  kind: AppealKind;
  placement: Placement;
  confidence: number;
  reasons: string[];
  signals: string[];
  text: string;
}

const CAP: Readonly<Record<PhraseCategory, number>> = {
  ask: 4.5, gate: 4, price: 2.5, meter: 2, pitch: 2.5, value: 2.5, payment: 2, cta: 1.5,
  opener: 1, thanks: 0.5, dismiss: 0.5, newsletter: 1.5, login: 0.5, adblock: 0.5,
};
const CORE: ReadonlySet<PhraseCategory> = new Set(['ask', 'gate', 'price', 'meter', 'pitch', 'value']);
const NOT_APPEAL: ReadonlySet<PhraseCategory> = new Set(['newsletter', 'adblock']);

/** How far above the region's container class/id tokens still describe it. */
const TOKEN_REACH = 6;
/** …and whose block count exceeds the region's by at most this much. */
const TOKEN_SLACK = 8;
const MAX_CLIMB = 14;
const MAX_REGION_CHARS = 3_000;
const SHORT = 40;
/** Roles that say where a box is shown. */
const PLACE_ROLES = ROLE_BIT.overlay | ROLE_BIT.banner | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header | ROLE_BIT.comments;
/** An element named as an appeal box holds at most this many blocks (else it is a wrapper). */
const NAMED_BOX_BLOCKS = 15;
/** Weight of a short ask (a box title) once the box has a body. */
const DEMOTED_ASK_WEIGHT = 2;
/** Plain links (no appeal words) an appeal box may hold: CTA, login, dismiss. More is a menu. */
const MAX_BOX_LINKS = 3;
/** Short lines without appeal words (labels, buttons) an appeal box may hold. More is a list. */
const MAX_BOX_LINES = 8;

interface BlockInfo {
  readonly ev: TextEvaluation;
  /** Capped sum of core-category weights. */
  readonly core: number;
  readonly appealish: boolean;
  readonly newsletter: boolean;
}

function sumByCategory(hits: readonly PhraseHit[]): Map<PhraseCategory, number> {
  const seen = new Set<string>();
  const sums = new Map<PhraseCategory, number>();
  for (const h of hits) {
    if (seen.has(h.signal.id)) continue;
    seen.add(h.signal.id);
    const c = h.signal.category;
    sums.set(c, Math.min(CAP[c], (sums.get(c) ?? 0) + h.signal.weight));
  }
  return sums;
}

function coreOf(sums: Map<PhraseCategory, number>): number {
  let core = 0;
  for (const [c, v] of sums) if (CORE.has(c)) core += v;
  return core;
}

export interface AppealInput {
  readonly model: PageModel;
  readonly dom: DomAccess;
  readonly article: ArticleGuess;
  readonly options: ScanOptions;
  /** Paywall context (JSON-LD says not free, vendor gate) makes gate text more credible. */
  readonly gatedContext: boolean;
  /** The page's host, when known: a link inside the article to another site's donation page is news. */
  readonly host?: string | null;
}

export interface AppealResult {
  readonly appeals: Region[];
  readonly minor: Region[];
}

export function findAppeals(input: AppealInput): AppealResult {
  const { model, dom, article } = input;
  const blocks = model.blocks;
  const infos: BlockInfo[] = blocks.map((b) => {
    const ev = evaluateText(b.text);
    const sums = sumByCategory(ev.hits);
    const core = ev.reclassify === 'newsletter' ? 0 : coreOf(sums);
    let appealish = false;
    let newsletter = ev.reclassify === 'newsletter';
    for (const h of ev.hits) {
      if (NOT_APPEAL.has(h.signal.category)) newsletter ||= h.signal.category === 'newsletter';
      else appealish = true;
    }
    return { ev, core, appealish: appealish && ev.reclassify !== 'newsletter', newsletter };
  });

  // A small element named as an appeal box ("contributions__epic", "donation-box"): its
  // paragraphs are the box's, not the article's, even inside the article element.
  const smallBox = new Map<Element, boolean>();
  const inNamedBox = (b: Block): boolean => {
    if (!(b.frame.roles & (ROLE_BIT.appeal | ROLE_BIT.paywall))) return false;
    for (let t = b.frame.tokens; t; t = t.next) {
      if (t.signal.role !== 'appeal' && t.signal.role !== 'paywall') continue;
      let small = smallBox.get(t.el);
      if (small === undefined) {
        const r = model.ranges.get(t.el);
        small = !!r && r[1] - r[0] <= NAMED_BOX_BLOCKS;
        smallBox.set(t.el, small);
      }
      if (small) return true;
    }
    return false;
  };
  // The article body: long, non-appeal blocks inside the article element.
  const isBody = (i: number): boolean => {
    const b = blocks[i];
    const inf = infos[i];
    return !!b && !!inf && i >= article.start && i < article.end && b.text.length >= 80 && !inf.appealish && b.linkDensity < 0.5
      && (b.frame.roles & (ROLE_BIT.nav | ROLE_BIT.comments | ROLE_BIT.related | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header)) === 0
      && !inNamedBox(b);
  };
  let firstBody = -1;
  let lastBody = -1;
  for (let i = article.start; i < article.end; i++) {
    if (isBody(i)) {
      if (firstBody < 0) firstBody = i;
      lastBody = i;
    }
  }

  // Body characters after each block index (inside the article), to tell mid-article from the end.
  const bodyCharsFrom = new Float64Array(blocks.length + 1);
  for (let i = blocks.length - 1; i >= 0; i--) bodyCharsFrom[i] = bodyCharsFrom[i + 1]! + (isBody(i) ? blocks[i]!.text.length : 0);

  const appeals: Region[] = [];
  const minor: Region[] = [];
  const taken = new Uint8Array(blocks.length);

  for (let i = 0; i < blocks.length; i++) {
    const inf = infos[i]!;
    if (taken[i]) continue;
    // A heading that asks ("Unterstützen Sie uns", "Support us") seeds its box even though a
    // bare label is only a call to action: the box's body is judged with it.
    const seedMoney = inf.core >= 2 || (blocks[i]!.headingLevel > 0 && inf.ev.hits.some((h) => h.signal.demotedFrom === 'ask'));
    // A newsletter sign-up: the words plus a form (an e-mail field) right there or a named box.
    const formNear = [i, i + 1, i + 2].some((k) => { const b = blocks[k]; return !!b && (b.controls > 0 || b.tag === 'button' || b.frame.inButton); });
    const seedNewsletter = !seedMoney && inf.newsletter && (formNear || hasRole(blocks[i]!, 'newsletter'));
    if (!seedMoney && !seedNewsletter) continue;
    const grown = grow(i);
    const region = judge(grown.start, grown.end, grown.container, seedNewsletter);
    if (!region) continue;
    for (let k = region.start; k < region.end; k++) taken[k] = 1;
    (region.kind === 'newsletter' || region.kind === 'other' ? minor : appeals).push(region);
    i = Math.max(i, region.end - 1);
  }

  appeals.sort((a, b) => a.start - b.start);
  minor.sort((a, b) => a.start - b.start);
  return { appeals, minor };

  // --- region growing

  function hasRole(b: Block, role: keyof typeof ROLE_BIT): boolean {
    return (b.frame.roles & ROLE_BIT[role]) !== 0;
  }

  function rangeOf(el: Element): readonly [number, number] | undefined {
    return model.ranges.get(el);
  }

  /** True when an element's own class/id names an appeal box. */
  function ownAppealToken(el: Element): boolean {
    const f = model.frames.get(el);
    return !!f && (f.ownRoles & (ROLE_BIT.appeal | ROLE_BIT.paywall)) !== 0;
  }

  function grow(seed: number): { start: number; end: number; container: Element } {
    const seedBlock = blocks[seed]!;
    let container: Element = seedBlock.el;
    let range = rangeOf(container) ?? [seed, seed + 1];
    // A block element may hold nested blocks (a div with text and a list): start from the seed only.
    if (range[1] - range[0] > 1 && !containerOk(range[0], range[1], false, seed, null)) range = [seed, seed + 1];
    let boxed = ownAppealToken(container);
    // The element where climbing stopped: flat growth stays inside it.
    let scope: readonly [number, number] = [0, blocks.length];
    let el: Element | null = dom.parent(container);
    for (let level = 0; el && level < MAX_CLIMB; level++, el = dom.parent(el)) {
      const tag = dom.tag(el);
      const r = rangeOf(el);
      if (tag === 'body' || tag === 'html' || tag === 'main' || el === article.element) {
        if (r) scope = r;
        break;
      }
      if (!r) continue;
      if (r[0] === range[0] && r[1] === range[1]) {
        container = el; // a wrapper with the same text: its name may tell more
        boxed ||= ownAppealToken(el);
        continue;
      }
      const holdsArticle = article.element && article.end > article.start && r[0] <= article.start && r[1] >= article.end;
      const tokenHere = ownAppealToken(el);
      const depth = model.frames.get(el)?.depth ?? 0;
      if (holdsArticle || !containerOk(r[0], r[1], boxed || tokenHere, seed, { range, named: boxed, depth })) {
        scope = r;
        break;
      }
      container = el;
      range = r;
      boxed ||= tokenHere;
    }
    if (range[1] - range[0] > 1) return { start: range[0], end: range[1], container };
    return flatGrow(seed, container, scope);
  }

  /**
   * Is [start, end) mostly appeal (little foreign text, no article body)? When growing from
   * `cur`, the added blocks must not open another section (a heading other than the box's own
   * title just above it), and a box already named as an appeal takes nothing unmarked.
   */
  function containerOk(start: number, end: number, boxed: boolean, seed: number,
    cur: { range: readonly [number, number]; named: boolean; depth: number } | null): boolean {
    if (cur) {
      for (let k = start; k < end; k++) {
        if (k >= cur.range[0] && k < cur.range[1]) continue;
        const b = blocks[k]!;
        const titleAbove = k === cur.range[0] - 1;
        if (b.headingLevel && !titleAbove && !sectionHasAppeal(k, end, cur.range)) return false;
        if (cur.named && cur.range[1] - cur.range[0] >= 2 && !infos[k]!.appealish && !titleAbove && !namedBelow(k, cur.depth)) return false;
      }
    }
    let total = 0;
    let foreign = 0;
    let appealChars = 0;
    let menuLinks = 0; // plain short links: a box has one or two, a menu has many
    let shortLines = 0;
    const seedKind = dominantKind(infos[seed]!.ev.hits);
    for (let k = start; k < end; k++) {
      const b = blocks[k]!;
      const inf = infos[k]!;
      const len = b.text.length;
      total += len;
      if (total > MAX_REGION_CHARS) return false;
      if (taken[k]) return false;
      if (isBody(k) && k !== seed) return false;
      if (inf.appealish) {
        appealChars += len;
        // A separate strong box of another kind: two appeals, keep them apart.
        if (k !== seed && inf.core >= 3 && seedKind && dominantKind(inf.ev.hits) && dominantKind(inf.ev.hits) !== seedKind
          && Math.abs(k - seed) > 2) return false;
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
  function namedBelow(k: number, depth: number): boolean {
    for (let t = blocks[k]!.frame.tokens; t && t.depth > depth; t = t.next) {
      if (t.signal.role === 'appeal' || t.signal.role === 'paywall') return true;
    }
    return false;
  }

  /** Does the section a heading opens (up to the next heading) hold any appeal block? */
  function sectionHasAppeal(h: number, end: number, skip: readonly [number, number]): boolean {
    if (infos[h]!.appealish) return true;
    for (let j = h + 1; j < end && !blocks[j]!.headingLevel; j++) {
      if (j >= skip[0] && j < skip[1]) return true; // the section holds the region itself
      if (infos[j]!.appealish) return true;
    }
    return false;
  }

  /** Can block k join a region by itself (not a long paragraph with one weak word)? */
  function joinable(k: number): boolean {
    const inf = infos[k]!;
    if (!inf.appealish) return false;
    if (inf.core >= 1.5 || blocks[k]!.text.length <= 160) return true;
    return inf.ev.hits.some((h) => h.signal.category !== 'value' && h.signal.category !== 'pitch');
  }

  /** Does block k carry a strong ask or a money link (worth bridging one block for)? */
  function strongNext(k: number): boolean {
    const inf = infos[k];
    const b = blocks[k];
    if (!inf || !b) return false;
    return inf.core >= 2 || b.linkHits.length > 0 || inf.ev.hits.some((h) => h.signal.category === 'payment' || h.signal.category === 'cta');
  }

  /**
   * Flat markup: extend over consecutive blocks inside the element where climbing stopped
   * (opener → ask → thanks → dismiss), stopping at article paragraphs.
   */
  function flatGrow(seed: number, container: Element, scope: readonly [number, number]): { start: number; end: number; container: Element } {
    const inScope = (k: number): boolean => k >= scope[0] && k < scope[1] && !taken[k] && k >= 0 && k < blocks.length;
    let start = seed;
    let end = seed + 1;
    // Backwards: appeal blocks, or a gap up to an opener ("A Message from …:", "Dear readers,").
    for (let k = seed - 1; inScope(k) && seed - k <= 8; k--) {
      const inf = infos[k]!;
      if (joinable(k) && !isOnlyDismiss(inf)) {
        start = k;
        continue;
      }
      const opener = findOpener(k, Math.max(scope[0], k - 5), inScope);
      if (opener >= 0) start = opener;
      break;
    }
    // Keep adjacent openers/headings above the start ("A Message from X:" above "Dear readers,").
    while (inScope(start - 1) && isOpenerLike(start - 1)) start--;
    // Forwards: appeal blocks (thanks, CTA, dismiss line); one unmarked block may bridge to a strong one.
    for (let k = seed + 1; inScope(k) && k - seed <= 8; k++) {
      const inf = infos[k]!;
      if (joinable(k)) {
        end = k + 1;
        if (isOnlyDismiss(inf)) break;
        continue;
      }
      const b = blocks[k]!;
      if (b.text.length <= 500 && !b.headingLevel && inScope(k + 1) && strongNext(k + 1)) continue;
      break;
    }
    return { start, end, container: end - start > 1 ? commonContainer(start, end) ?? container : container };
  }

  /** The smallest element holding blocks [start, end). */
  function commonContainer(start: number, end: number): Element | null {
    let el: Element | null = blocks[start]!.el;
    for (let i = 0; el && i < 40; i++, el = dom.parent(el)) {
      const r = rangeOf(el);
      if (r && r[0] <= start && r[1] >= end) return el;
    }
    return null;
  }

  /** Does a call-to-action link stay on this site or go to a payment platform? */
  function ownLink(l: LinkHit): boolean {
    if (!input.host || l.signal.id === 'link.donation-host' || l.signal.id === 'link.paypal-donate') return true;
    const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(l.href.trim());
    return !m || sameSite(m[1]!.toLowerCase().replace(/^www\./, ''), input.host);
  }

  function hasCategory(k: number, c: PhraseCategory): boolean {
    return infos[k]?.ev.hits.some((h) => h.signal.category === c) ?? false;
  }

  function isOnlyDismiss(inf: BlockInfo): boolean {
    return inf.ev.hits.length > 0 && inf.ev.hits.every((h) => h.signal.category === 'dismiss');
  }

  function isOpenerLike(k: number): boolean {
    const inf = infos[k]!;
    if (inf.ev.hits.some((h) => h.signal.category === 'opener')) return true;
    const t = blocks[k]!.text;
    // A short heading-like line ending in a colon, or a short heading element with appeal words.
    return t.length <= 70 && /[:：]$/.test(t) && /^[A-ZÀ-ÖØ-ÞА-ЯЁ]/.test(t);
  }

  function findOpener(from: number, to: number, inScope: (k: number) => boolean): number {
    for (let k = from; k >= to; k--) {
      if (!inScope(k)) return -1;
      if (isOpenerLike(k)) return k;
      if (isBody(k) && blocks[k]!.text.length > 600) return -1;
    }
    return -1;
  }

  // --- judging a region

  function judge(start: number, end: number, container: Element, newsletterSeed: boolean): Region | null {
    const hits: PhraseHit[] = [];
    const linkHits: LinkHit[] = [];
    let controls = 0;
    let chars = 0;
    let reclassifyNewsletter = false;
    for (let k = start; k < end; k++) {
      const inf = infos[k]!;
      hits.push(...inf.ev.hits);
      linkHits.push(...blocks[k]!.linkHits);
      controls += blocks[k]!.controls;
      chars += blocks[k]!.text.length;
      if (inf.ev.reclassify === 'newsletter') reclassifyNewsletter = true;
    }
    const sums = sumByCategory(hits);
    // In a box with a body, a short ask (a title, a button) is an ask again.
    let bodyChars = 0;
    for (let k = start; k < end; k++) if (blocks[k]!.linkDensity < 0.9) bodyChars += blocks[k]!.text.length;
    if (end - start >= 2 && bodyChars >= 80 && hits.some((h) => h.signal.demotedFrom === 'ask')) {
      sums.set('ask', Math.min(CAP.ask, (sums.get('ask') ?? 0) + DEMOTED_ASK_WEIGHT));
    }
    const core = coreOf(sums);
    // An amount alone (a price tag, a shop offer) is no appeal: something must ask or pitch.
    const pricedOnly = core === (sums.get('price') ?? 0);
    const containerFrame = model.frames.get(container) ?? blocks[start]!.frame;
    const containerDepth = containerFrame.depth;

    // Class/id tokens inside the region, and on ancestors not much larger than the region
    // (a "membership-content" wrapper around the whole article names no box).
    const tokens = new Map<string, { signal: TokenSignal; token: string }>();
    const named = new Map<Element, boolean>();
    const namesRegion = (el: Element): boolean => {
      let ok = named.get(el);
      if (ok === undefined) {
        const r = rangeOf(el);
        ok = !!r && (r[0] >= start && r[1] <= end || r[1] - r[0] <= end - start + TOKEN_SLACK);
        named.set(el, ok);
      }
      return ok;
    };
    for (let k = start; k < end; k++) {
      for (let t = blocks[k]!.frame.tokens; t && t.depth >= containerDepth - TOKEN_REACH; t = t.next) {
        if (!tokens.has(t.signal.id) && namesRegion(t.el)) tokens.set(t.signal.id, { signal: t.signal, token: t.token });
      }
    }
    const roles = placementRoles(start, end, container);
    let tokenScore = 0;
    for (const { signal } of tokens.values()) {
      if (signal.role === 'appeal' || signal.role === 'paywall') tokenScore = Math.max(tokenScore, signal.weight);
    }
    let linkScore = 0;
    let ownLinkScore = 0; // links to this site or to a payment platform (not to someone else's cause)
    for (const l of linkHits) {
      linkScore = Math.max(linkScore, l.signal.weight);
      if (ownLink(l)) ownLinkScore = Math.max(ownLinkScore, l.signal.weight);
    }

    const insideArticle = article.element !== null && start >= article.start && end <= article.end;
    // Mid-article means the article goes on after the region (a real paragraph or more).
    const bodyAfter = insideArticle && bodyCharsFrom[end]! >= 250;
    const bodyBefore = firstBody >= 0 && firstBody < start;
    const midArticle = insideArticle && bodyAfter && bodyBefore;
    // Evidence that comes only from short link/button labels is navigation unless the box is named.
    let coreOutsideLinks = 0;
    let linkBlocks = 0;
    let gateBlock = -1;
    for (let k = start; k < end; k++) {
      const b = blocks[k]!;
      if (gateBlock < 0 && infos[k]!.ev.hits.some((h) => h.signal.category === 'gate')) gateBlock = k;
      const linkOnly = b.linkDensity >= 0.9 && b.text.length <= 60;
      if (linkOnly) linkBlocks++;
      else coreOutsideLinks = Math.max(coreOutsideLinks, infos[k]!.core);
    }

    let struct = tokenScore + Math.min(linkScore, 2.5);
    if (controls >= 2) struct += 1;
    if (!insideArticle) struct += 1;
    else if (!bodyAfter) struct += 0.5;
    if (roles & (ROLE_BIT.overlay | ROLE_BIT.banner | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header)) struct += 0.5;
    if (chars > 2_000) struct -= 2;
    // Framed like a box: an opener first and a dismiss line last ("Dear readers," … "Maybe later").
    if (hasCategory(start, 'opener') && hasCategory(end - 1, 'dismiss')) struct += 1;
    if (roles & ROLE_BIT.comments) struct -= 2;

    const frameBonus = (sums.get('opener') ?? 0) + (sums.get('dismiss') ?? 0) + (sums.get('cta') ?? 0)
      + (sums.get('payment') ?? 0) + (sums.get('thanks') ?? 0) + (sums.get('login') ?? 0);
    const score = core + struct + frameBonus;
    const gate = sums.get('gate') ?? 0;

    // --- kind
    const votes = new Map<AppealKind, number>();
    const vote = (k: AppealKind | null, w: number): void => {
      if (k) votes.set(k, (votes.get(k) ?? 0) + w);
    };
    const seenIds = new Set<string>();
    for (const h of hits) {
      if (seenIds.has(h.signal.id)) continue;
      seenIds.add(h.signal.id);
      vote(h.signal.kind, h.signal.weight);
    }
    for (const { signal } of tokens.values()) vote(signal.kind, signal.weight * 0.5);
    for (const l of linkHits) vote(l.signal.kind, l.signal.weight * 0.5);
    let kind: AppealKind;
    const don = votes.get('donation') ?? 0;
    const sub = votes.get('subscription') ?? 0;
    const news = votes.get('newsletter') ?? 0;
    // A gate is a short line of its own, never prose that quotes one.
    const gateText = gateBlock >= 0 ? blocks[gateBlock]!.text : '';
    const gateLine = gate >= 3 && gateText.length <= 250 && !/[„“”"«»]/.test(gateText);
    const pricedProduct = (sums.get('price') ?? 0) > 0 && (sums.get('pitch') ?? 0) > 0;
    if (gate >= 3) kind = 'paywall';
    else if (pricedProduct && (votes.get('subscription') ?? 0) > 0) kind = 'subscription';
    else if (newsletterSeed || ((reclassifyNewsletter || news > don + sub) && core < 3)) kind = 'newsletter';
    else kind = sub > don ? 'subscription' : 'donation';

    // --- decision
    if (kind === 'newsletter') {
      if (!(newsletterSeed || core < 3) || midArticle) return null;
      let form = controls > 0 || tokens.has('tok.newsletter');
      for (let k = start; k < Math.min(end + 1, blocks.length) && !form; k++) form = blocks[k]!.tag === 'button' || blocks[k]!.frame.inButton;
      if (!form) return null;
    } else if (pricedOnly) {
      return null;
    } else if (coreOutsideLinks < 2 && tokenScore < 1.5 && !gateLine && (linkBlocks >= 3 || core < 3)) {
      return null; // a menu or a bare link label, not an appeal
    } else if (midArticle) {
      // A gate is a short line of its own, never quoted prose; other inline asks need a CTA.
      if (!(gateLine || (core >= 3 && (ownLinkScore >= 1.5 || tokenScore >= 1.5) && score >= 6))) return null;
    } else if (!(core >= 2 && score >= 5) && !(gateLine && score >= 4)) {
      return null;
    }

    // --- placement
    const placement = placementOf(roles, insideArticle, bodyAfter, container, start);

    // --- reasons
    const reasons: string[] = [];
    const signals: string[] = [];
    const seen = new Set<string>();
    const ordered = [...hits].sort((a, b) => b.signal.weight - a.signal.weight);
    for (const h of ordered) {
      if (seen.has(h.signal.id)) continue;
      seen.add(h.signal.id);
      signals.push(h.signal.id);
      if (reasons.length < 4 && h.signal.category !== 'dismiss') reasons.push(`${h.signal.reason}: '${quote(h.match)}'`);
    }
    const bestLink = [...linkHits].sort((a, b) => b.signal.weight - a.signal.weight)[0];
    if (bestLink) {
      signals.push(bestLink.signal.id);
      reasons.push(`${bestLink.signal.reason} (${shortHref(bestLink.href)})`);
    }
    for (const { signal, token } of tokens.values()) {
      if (signal.role !== 'appeal' && signal.role !== 'paywall') continue;
      signals.push(signal.id);
      if (reasons.length < 7) reasons.push(`${signal.reason} (class/id "${quote(token, 40)}")`);
    }
    if (controls >= 2) reasons.push('has a form or buttons');
    reasons.push(placementReason(placement));

    const { elements, covered } = cover(start, end);
    if (!covered.length) return null;
    const texts = covered.map((k) => blocks[k]!.text);
    return {
      start, end, blocks: covered, container, elements, kind, placement,
      confidence: Math.round(Math.min(0.99, 1 - Math.exp(-Math.max(0, score) / 5)) * 100) / 100,
      reasons, signals: [...new Set(signals)], text: texts.join('\n'),
    };
  }

  /**
   * The elements that make up [start, end): the highest elements whose text lies wholly inside
   * it, in document order, never nested. A run of a larger element is named by its inline
   * children; a run with text directly in a larger element cannot be named and is left out.
   */
  function cover(start: number, end: number): { elements: Element[]; covered: number[] } {
    const elements: Element[] = [];
    const covered: number[] = [];
    const within = (r: readonly [number, number] | undefined): r is readonly [number, number] => !!r && r[0] >= start && r[1] <= end;
    let k = start;
    while (k < end) {
      const b = blocks[k]!;
      let r = rangeOf(b.el);
      if (within(r)) {
        let best = b.el;
        for (let p = dom.parent(b.el), i = 0; p && i < 40; p = dom.parent(p), i++) {
          const pr = rangeOf(p);
          if (!pr) continue;
          if (!within(pr)) break;
          best = p;
          r = pr;
        }
        elements.push(best);
        for (let j = Math.max(k, r[0]); j < r[1]; j++) covered.push(j);
        k = r[1];
        continue;
      }
      // A run of a larger element: its inline children, when they lie wholly inside the region
      // (an inline child may hold nested blocks: skip past them).
      let next = k + 1;
      let ok = b.inline.length > 0;
      for (const el of b.inline) {
        const ir = rangeOf(el);
        if (!ir) continue;
        if (!within(ir)) {
          ok = false;
          break;
        }
        next = Math.max(next, ir[1]);
      }
      if (ok) {
        for (const el of b.inline) if (!elements.includes(el)) elements.push(el);
        for (let j = k; j < next; j++) covered.push(j);
        k = next;
        continue;
      }
      k++;
    }
    return { elements, covered };
  }

  /**
   * Where the region sits: landmarks (aside, footer, header, dialog, ARIA roles) above its
   * container, and class/id names (modal, sidebar, sticky bar) on elements around it that are
   * not page-wide wrappers (an element holding the whole article names no place).
   */
  function placementRoles(start: number, end: number, container: Element): number {
    let bits = 0;
    let el: Element | null = container;
    for (let i = 0; el && i < 60; i++, el = dom.parent(el)) {
      const tag = dom.tag(el);
      if (tag === 'body' || tag === 'html') break;
      const lm = LANDMARK_TAGS[tag];
      if (lm) bits |= ROLE_BIT[lm];
      const role = dom.attr(el, 'role');
      const r = role ? LANDMARK_ROLES[role.trim().toLowerCase()] : undefined;
      if (r) bits |= ROLE_BIT[r];
      if (dom.attr(el, 'aria-modal') === 'true') bits |= ROLE_BIT.overlay;
    }
    const wrapper = new Map<Element, boolean>();
    for (let k = start; k < end; k++) {
      for (let t = blocks[k]!.frame.tokens; t; t = t.next) {
        const bit = ROLE_BIT[t.signal.role];
        if (!(bit & PLACE_ROLES) || bits & bit) continue;
        let w = wrapper.get(t.el);
        if (w === undefined) {
          const r = rangeOf(t.el);
          w = !r || (article.end > article.start && r[0] <= article.start && r[1] >= article.end);
          wrapper.set(t.el, w);
        }
        if (!w) bits |= bit;
      }
    }
    return bits;
  }

  function placementOf(roles: number, insideArticle: boolean, bodyAfter: boolean, container: Element, start: number): Placement {
    const pos = safePosition(input.options, container);
    if (roles & ROLE_BIT.overlay) return 'overlay';
    if (pos === 'fixed') {
      const rect = safeRect(input.options, container);
      return rect && rect.height < 250 ? 'banner' : 'overlay';
    }
    if (pos === 'sticky') return 'banner';
    if (roles & ROLE_BIT.header && (firstBody < 0 || start < firstBody) && !insideArticle) return 'banner';
    if (insideArticle) return bodyAfter ? 'inline' : 'appended';
    if (roles & ROLE_BIT.banner) return 'banner';
    if (roles & ROLE_BIT.sidebar) return 'sidebar';
    return 'appended';
  }
}

function dominantKind(hits: readonly PhraseHit[]): AppealKind | null {
  let don = 0;
  let sub = 0;
  let gate = 0;
  for (const h of hits) {
    if (h.signal.category === 'gate') gate += h.signal.weight;
    else if (h.signal.kind === 'donation') don += h.signal.weight;
    else if (h.signal.kind === 'subscription') sub += h.signal.weight;
  }
  if (gate >= 3) return 'paywall';
  if (!don && !sub) return null;
  return sub > don ? 'subscription' : 'donation';
}

function placementReason(p: Placement): string {
  switch (p) {
    case 'inline': return 'placed inside the article body';
    case 'appended': return 'placed after the article';
    case 'overlay': return 'shown as an overlay';
    case 'banner': return 'shown as a banner';
    case 'sidebar': return 'placed in the sidebar';
  }
}

function shortHref(href: string): string {
  const m = /^(?:https?:)?\/\/([^/?#]+)([^?#]*)/i.exec(href.trim());
  return quote(m ? `${m[1]}${m[2] && m[2] !== '/' ? m[2] : ''}` : href, 50);
}

function safePosition(o: ScanOptions, el: Element): string | null {
  if (!o.getPosition) return null;
  try {
    return o.getPosition(el);
  } catch {
    return null;
  }
}

function safeRect(o: ScanOptions, el: Element): { height: number } | null {
  if (!o.getRect) return null;
  try {
    return o.getRect(el);
  } catch {
    return null;
  }
}
