// Judging a grown region: is it an appeal, of which kind, how sure, and why. Keyword hits
// alone never flag: lexical evidence must meet structure (a named box, a call-to-action link,
// a form, a place outside or after the article) or, inside the article, a strong ask with a
// link to this site (or a gate line of its own).
import { CAP, coreOf, hasCategory, sumByCategory, type AppealPage } from './appeal-page.js';
import type { Region } from './appeals.js';
import { ROLE_BIT } from './blocks.js';
import { sameSite } from './dom.js';
import { placementOf, placementReason, placementRoles } from './placement.js';
import { cover } from './region-cover.js';
import type { Grown } from './region-grow.js';
import { quote, type LinkHit, type PhraseHit } from './signals/evaluate.js';
import type { TokenSignal } from './signals/table.js';
import type { AppealKind } from './types.js';

/** How far above the region's container class/id tokens still describe it… */
const TOKEN_REACH = 6;
/** …and whose block count exceeds the region's by at most this much. */
const TOKEN_SLACK = 8;
/** Weight of a short ask (a box title) once the box has a body. */
const DEMOTED_ASK_WEIGHT = 2;
/** Body text after a region that makes it "inside" rather than "at the end of" the article. */
const BODY_AFTER_CHARS = 250;
const MAX_REASONS = 7;

interface Evidence {
  readonly hits: PhraseHit[];
  readonly linkHits: LinkHit[];
  readonly controls: number;
  readonly chars: number;
  readonly reclassifyNewsletter: boolean;
}

function collect(p: AppealPage, start: number, end: number): Evidence {
  const hits: PhraseHit[] = [];
  const linkHits: LinkHit[] = [];
  let controls = 0;
  let chars = 0;
  let reclassifyNewsletter = false;
  for (let k = start; k < end; k++) {
    const inf = p.infos[k]!;
    const b = p.blocks[k]!;
    hits.push(...inf.ev.hits);
    linkHits.push(...b.linkHits);
    controls += b.controls;
    chars += b.text.length;
    if (inf.ev.reclassify === 'newsletter') reclassifyNewsletter = true;
  }
  return { hits, linkHits, controls, chars, reclassifyNewsletter };
}

/**
 * Class/id tokens inside the region, and on ancestors not much larger than it (a
 * "membership-content" wrapper around the whole article names no box).
 */
function regionTokens(p: AppealPage, start: number, end: number, container: Element): Map<string, { signal: TokenSignal; token: string }> {
  const containerDepth = (p.model.frames.get(container) ?? p.blocks[start]!.frame).depth;
  const tokens = new Map<string, { signal: TokenSignal; token: string }>();
  const named = new Map<Element, boolean>();
  const namesRegion = (el: Element): boolean => {
    let ok = named.get(el);
    if (ok === undefined) {
      const r = p.rangeOf(el);
      ok = !!r && ((r[0] >= start && r[1] <= end) || r[1] - r[0] <= end - start + TOKEN_SLACK);
      named.set(el, ok);
    }
    return ok;
  };
  for (let k = start; k < end; k++) {
    for (let t = p.blocks[k]!.frame.tokens; t && t.depth >= containerDepth - TOKEN_REACH; t = t.next) {
      if (!tokens.has(t.signal.id) && namesRegion(t.el)) tokens.set(t.signal.id, { signal: t.signal, token: t.token });
    }
  }
  return tokens;
}

/** Does a call-to-action link stay on this site or go to a payment platform? */
function ownLink(p: AppealPage, l: LinkHit): boolean {
  const host = p.input.host;
  if (!host || l.signal.id === 'link.donation-host' || l.signal.id === 'link.paypal-donate') return true;
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(l.href.trim());
  return !m || sameSite(m[1]!.toLowerCase().replace(/^www\./, ''), host);
}

export function judge(p: AppealPage, grown: Grown, newsletterSeed: boolean): Region | null {
  const { start, end, container } = grown;
  const { blocks, infos, article } = p;
  const ev = collect(p, start, end);
  const sums = sumByCategory(ev.hits);
  // In a box with a body, a short ask (a title, a button) is an ask again.
  let bodyChars = 0;
  for (let k = start; k < end; k++) if (blocks[k]!.linkDensity < 0.9) bodyChars += blocks[k]!.text.length;
  if (end - start >= 2 && bodyChars >= 80 && ev.hits.some((h) => h.signal.demotedFrom === 'ask')) {
    sums.set('ask', Math.min(CAP.ask, (sums.get('ask') ?? 0) + DEMOTED_ASK_WEIGHT));
  }
  const core = coreOf(sums);
  // An amount alone (a price tag, a shop offer) is no appeal: something must ask or pitch.
  const pricedOnly = core === (sums.get('price') ?? 0);

  const tokens = regionTokens(p, start, end, container);
  const roles = placementRoles(p, start, end, container);
  let tokenScore = 0;
  for (const { signal } of tokens.values()) {
    if (signal.role === 'appeal' || signal.role === 'paywall') tokenScore = Math.max(tokenScore, signal.weight);
  }
  let linkScore = 0;
  let ownLinkScore = 0; // links to this site or to a payment platform (not to someone else's cause)
  for (const l of ev.linkHits) {
    linkScore = Math.max(linkScore, l.signal.weight);
    if (ownLink(p, l)) ownLinkScore = Math.max(ownLinkScore, l.signal.weight);
  }

  const insideArticle = article.element !== null && start >= article.start && end <= article.end;
  // Mid-article means the article goes on after the region (a real paragraph or more).
  const bodyAfter = insideArticle && p.bodyCharsFrom[end]! >= BODY_AFTER_CHARS;
  const midArticle = bodyAfter && p.firstBody >= 0 && p.firstBody < start;
  // Evidence that comes only from short link/button labels is navigation unless the box is named.
  let coreOutsideLinks = 0;
  let linkBlocks = 0;
  let gateBlock = -1;
  for (let k = start; k < end; k++) {
    const b = blocks[k]!;
    if (gateBlock < 0 && hasCategory(p, k, 'gate')) gateBlock = k;
    if (b.linkDensity >= 0.9 && b.text.length <= 60) linkBlocks++;
    else coreOutsideLinks = Math.max(coreOutsideLinks, infos[k]!.core);
  }

  let struct = tokenScore + Math.min(linkScore, 2.5);
  if (ev.controls >= 2) struct += 1;
  if (!insideArticle) struct += 1;
  else if (!bodyAfter) struct += 0.5;
  if (roles & (ROLE_BIT.overlay | ROLE_BIT.banner | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header)) struct += 0.5;
  if (ev.chars > 2_000) struct -= 2;
  // Framed like a box: an opener first and a dismiss line last ("Dear readers," … "Maybe later").
  if (hasCategory(p, start, 'opener') && hasCategory(p, end - 1, 'dismiss')) struct += 1;
  if (roles & ROLE_BIT.comments) struct -= 2;
  const frame = (sums.get('opener') ?? 0) + (sums.get('dismiss') ?? 0) + (sums.get('cta') ?? 0)
    + (sums.get('payment') ?? 0) + (sums.get('thanks') ?? 0) + (sums.get('login') ?? 0);
  const score = core + struct + frame;
  const gate = sums.get('gate') ?? 0;
  // A gate is a short line of its own, never prose that quotes one.
  const gateText = gateBlock >= 0 ? blocks[gateBlock]!.text : '';
  const gateLine = gate >= 3 && gateText.length <= 250 && !/[„“”"«»]/.test(gateText);

  const kind = kindOf(ev, sums, tokens, newsletterSeed, core);

  // --- decision
  if (kind === 'newsletter') {
    if (!(newsletterSeed || core < 3) || midArticle) return null;
    let form = ev.controls > 0 || tokens.has('tok.newsletter');
    for (let k = start; k < Math.min(end + 1, blocks.length) && !form; k++) form = blocks[k]!.tag === 'button' || blocks[k]!.frame.inButton;
    if (!form) return null;
  } else if (pricedOnly) {
    return null;
  } else if (coreOutsideLinks < 2 && tokenScore < 1.5 && !gateLine && (linkBlocks >= 3 || core < 3)) {
    return null; // a menu or a bare link label, not an appeal
  } else if (midArticle) {
    // Inside the article: a gate line of its own, or a strong ask with a CTA to this site / a named box.
    if (!(gateLine || (core >= 3 && (ownLinkScore >= 1.5 || tokenScore >= 1.5) && score >= 6))) return null;
  } else if (!(core >= 2 && score >= 5) && !(gateLine && score >= 4)) {
    return null;
  }

  const placement = placementOf(p, roles, insideArticle, bodyAfter, container, start);
  const { elements, covered } = cover(p, start, end);
  if (!covered.length) return null;
  const { reasons, signals } = explain(ev, tokens);
  reasons.push(placementReason(placement));
  return {
    start, end, blocks: covered, container, elements, kind, placement,
    confidence: Math.round(Math.min(0.99, 1 - Math.exp(-Math.max(0, score) / 5)) * 100) / 100,
    reasons, signals, text: covered.map((k) => blocks[k]!.text).join('\n'),
  };
}

function kindOf(ev: Evidence, sums: ReadonlyMap<string, number>, tokens: Map<string, { signal: TokenSignal }>, newsletterSeed: boolean, core: number): AppealKind {
  const votes = new Map<AppealKind, number>();
  const vote = (k: AppealKind | null, w: number): void => {
    if (k) votes.set(k, (votes.get(k) ?? 0) + w);
  };
  const seen = new Set<string>();
  for (const h of ev.hits) {
    if (seen.has(h.signal.id)) continue;
    seen.add(h.signal.id);
    vote(h.signal.kind, h.signal.weight);
  }
  for (const { signal } of tokens.values()) vote(signal.kind, signal.weight * 0.5);
  for (const l of ev.linkHits) vote(l.signal.kind, l.signal.weight * 0.5);
  const don = votes.get('donation') ?? 0;
  const sub = votes.get('subscription') ?? 0;
  const news = votes.get('newsletter') ?? 0;
  // A price next to what it buys (access, no ads) is a subscription, whatever else is said.
  const pricedProduct = (sums.get('price') ?? 0) > 0 && (sums.get('pitch') ?? 0) > 0;
  if ((sums.get('gate') ?? 0) >= 3) return 'paywall';
  if (pricedProduct && sub > 0) return 'subscription';
  if (newsletterSeed || ((ev.reclassifyNewsletter || news > don + sub) && core < 3)) return 'newsletter';
  return sub > don ? 'subscription' : 'donation';
}

/** Human reasons, strongest first: matched words (quoted), the CTA link, the box's name. */
function explain(ev: Evidence, tokens: Map<string, { signal: TokenSignal; token: string }>): { reasons: string[]; signals: string[] } {
  const reasons: string[] = [];
  const signals: string[] = [];
  const seen = new Set<string>();
  const quoted: string[] = [];
  for (const h of [...ev.hits].sort((a, b) => b.signal.weight - a.signal.weight)) {
    if (seen.has(h.signal.id)) continue;
    seen.add(h.signal.id);
    signals.push(h.signal.id);
    // One reason per piece of text: overlapping matches ("please make a donation" / "make a donation today") say the same.
    const m = h.match.toLowerCase();
    if (reasons.length >= 4 || h.signal.category === 'dismiss' || quoted.some((q) => q.includes(m) || m.includes(q) || overlaps(q, m))) continue;
    quoted.push(m);
    reasons.push(`${h.signal.reason}: '${quote(h.match)}'`);
  }
  const bestLink = [...ev.linkHits].sort((a, b) => b.signal.weight - a.signal.weight)[0];
  if (bestLink) {
    signals.push(bestLink.signal.id);
    reasons.push(`${bestLink.signal.reason} (${shortHref(bestLink.href)})`);
  }
  for (const { signal, token } of tokens.values()) {
    if (signal.role !== 'appeal' && signal.role !== 'paywall') continue;
    signals.push(signal.id);
    if (reasons.length < MAX_REASONS) reasons.push(`${signal.reason} (class/id "${quote(token, 40)}")`);
  }
  if (ev.controls >= 2) reasons.push('has a form or buttons');
  return { reasons, signals: [...new Set(signals)] };
}

/** Do two matches share a run of at least two words (the end of one is the start of the other)? */
function overlaps(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  for (let n = Math.min(wa.length, wb.length) - 1; n >= 2; n--) {
    if (wa.slice(-n).join(' ') === wb.slice(0, n).join(' ') || wb.slice(-n).join(' ') === wa.slice(0, n).join(' ')) return true;
  }
  return false;
}

function shortHref(href: string): string {
  const m = /^(?:https?:)?\/\/([^/?#]+)([^?#]*)/i.exec(href.trim());
  return quote(m ? `${m[1]}${m[2] && m[2] !== '/' ? m[2] : ''}` : href, 50);
}
