// The structural tables' one reader: class/id tokens, link targets, vendor scripts and vendor
// DOM signatures. (Words are read by the concept lexicon, src/core/lexicon.)
import { linkNeverMatch, linkSignals, tokenSignals, vendorSignals } from './index.js';
import type { LinkSignal, TokenSignal, VendorDomMatcher, VendorSignal } from './table.js';

export interface LinkHit {
  readonly signal: LinkSignal;
  readonly href: string;
}

/** Token signals for one lower-cased class or id token (memoised: pages repeat classes). */
const tokenCache = new Map<string, readonly TokenSignal[]>();
const TOKEN_CACHE_MAX = 20_000;
const NO_TOKENS: readonly TokenSignal[] = [];

export function evaluateToken(token: string): readonly TokenSignal[] {
  const cached = tokenCache.get(token);
  if (cached) return cached;
  let out: TokenSignal[] | null = null;
  if (token.length >= 2 && token.length <= 80) {
    for (const s of tokenSignals) {
      if (s.pattern.test(token)) (out ??= []).push(s);
    }
  }
  const res = out ?? NO_TOKENS;
  if (tokenCache.size > TOKEN_CACHE_MAX) tokenCache.clear();
  tokenCache.set(token, res);
  return res;
}

/** Link signals for one href (lower-cased), after the link never-match table. */
export function evaluateHref(href: string): readonly LinkHit[] {
  const cached = hrefCache.get(href);
  if (cached) return cached;
  const res = hrefHits(href);
  if (hrefCache.size > 5_000) hrefCache.clear();
  hrefCache.set(href, res);
  return res;
}

const hrefCache = new Map<string, readonly LinkHit[]>();

function hrefHits(href: string): readonly LinkHit[] {
  const h = href.trim().toLowerCase();
  if (!h || h.startsWith('javascript:') || h.length > 2_000) return [];
  for (const nm of linkNeverMatch) if (nm.pattern.test(h)) return [];
  const out: LinkHit[] = [];
  for (const s of linkSignals) if (s.pattern.test(h)) out.push({ signal: s, href });
  return out;
}

/** Vendor script signals for one script src or inline script text (lower-cased). */
const SCRIPT_PREFILTER = /tinypass|piano|poool|zephr|pelcro|steady|memberful|leaky|plenigo|swg|amp-access|amp-subscriptions|tncms|cxense|blueconic|evolok|sophi|pigeon|laterpay|fundraiseup|fundjournalism|donorbox|twingle/;

export function evaluateScript(text: string): readonly VendorSignal[] {
  const t = text.toLowerCase();
  if (!SCRIPT_PREFILTER.test(t)) return [];
  const out: VendorSignal[] = [];
  for (const v of vendorSignals) if (v.scriptPattern && v.scriptPattern.test(t)) out.push(v);
  return out;
}

/** Vendor DOM signatures indexed by what the walk reads anyway: tag, class token, id, attribute name. */
export interface VendorDomIndex {
  readonly byTag: ReadonlyMap<string, readonly [VendorSignal, VendorDomMatcher][]>;
  readonly byClass: ReadonlyMap<string, readonly [VendorSignal, VendorDomMatcher][]>;
  readonly byId: ReadonlyMap<string, readonly [VendorSignal, VendorDomMatcher][]>;
  readonly byAttr: ReadonlyMap<string, readonly [VendorSignal, VendorDomMatcher][]>;
}

let vendorIndex: VendorDomIndex | null = null;
export function vendorDomIndex(): VendorDomIndex {
  if (vendorIndex) return vendorIndex;
  const byTag = new Map<string, [VendorSignal, VendorDomMatcher][]>();
  const byClass = new Map<string, [VendorSignal, VendorDomMatcher][]>();
  const byId = new Map<string, [VendorSignal, VendorDomMatcher][]>();
  const byAttr = new Map<string, [VendorSignal, VendorDomMatcher][]>();
  const add = (m: Map<string, [VendorSignal, VendorDomMatcher][]>, k: string, v: [VendorSignal, VendorDomMatcher]): void => {
    const list = m.get(k) ?? [];
    list.push(v);
    m.set(k, list);
  };
  for (const v of vendorSignals) {
    for (const d of v.dom ?? []) {
      // Index each matcher under its most selective part; the rest is checked on a hit.
      if (d.classToken) add(byClass, d.classToken, [v, d]);
      else if (d.id) add(byId, d.id, [v, d]);
      else if (d.attr) add(byAttr, d.attr, [v, d]);
      else if (d.tag) add(byTag, d.tag, [v, d]);
    }
  }
  return (vendorIndex = { byTag, byClass, byId, byAttr });
}

/** Quotes a match for a reason: short, whitespace collapsed. */
export function quote(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
