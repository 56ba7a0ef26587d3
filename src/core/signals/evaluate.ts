// The one evaluator: interprets the phrase, token, link, vendor and never-match tables.
import type { AppealKind } from '../types.js';
import { allPhrases, linkNeverMatch, linkSignals, neverMatch, tokenSignals, vendorSignals } from './index.js';
import { runsOnLowercase, type LinkSignal, type NeverMatch, type PhraseSignal, type TokenSignal, type VendorDomMatcher, type VendorSignal } from './table.js';

export interface PhraseHit {
  readonly signal: PhraseSignal;
  readonly match: string;
  readonly index: number;
}

export interface LinkHit {
  readonly signal: LinkSignal;
  readonly href: string;
}

export interface TextEvaluation {
  readonly hits: readonly PhraseHit[];
  /** Never-match rules that fired (their ids), for reasons and tests. */
  readonly rejected: readonly NeverMatch[];
  /** Kind forced by a never-match rule (e.g. newsletter). */
  readonly reclassify: AppealKind | null;
}

/** An ask shorter than this is a button or menu label ("Support us", "Jetzt spenden"): a CTA. */
const MIN_ASK_CHARS = 25;
const ctaCache = new Map<PhraseSignal, PhraseSignal>();
function asCta(s: PhraseSignal): PhraseSignal {
  let c = ctaCache.get(s);
  if (!c) ctaCache.set(s, (c = { ...s, category: 'cta', weight: 1, demotedFrom: s.category }));
  return c;
}

/** Long blocks are only read this far: appeals are short, article paragraphs need no more. */
const MAX_EVAL_CHARS = 1_500;
const EMPTY: TextEvaluation = { hits: [], rejected: [], reclassify: null };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One regex for many literals, shaped as a trie ("spen(?:de|d)…"): V8 tries one branch per
 * first character instead of every literal, about twice as fast as a flat alternation.
 * Greedy branches make it match the longest hint at each position.
 */
function trieSource(words: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { end: false, next: new Map() }));
      n = c;
    }
    n.end = true;
  }
  // Iterative post-order build (no recursion).
  const out = new Map<Node, string>();
  const stack: { node: Node; done: boolean }[] = [{ node: root, done: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (!top.done) {
      stack.push({ node: top.node, done: true });
      for (const c of top.node.next.values()) stack.push({ node: c, done: false });
      continue;
    }
    const alts = [...top.node.next].map(([ch, c]) => escapeRe(ch) + out.get(c)!);
    let src = alts.length === 0 ? '' : alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    if (top.node.end && alts.length) src = `(?:${src})?`;
    out.set(top.node, src);
  }
  return out.get(root) ?? '(?!)';
}

/**
 * Precompiled index: hint → signals, one combined hint regex (longest hint first), and the
 * signals tried only on short blocks or only when a digit occurs. A hint's list also holds
 * the signals of every hint that is its prefix, so one longest match per position suffices.
 * Signals are numbered (slots), so candidates are marked in a typed array instead of a Set.
 */
class PhraseIndex {
  /** Every signal once, in table order; a slot is an index into this. */
  readonly sigs: PhraseSignal[] = [];
  readonly byHint = new Map<string, number[]>();
  /**
   * Short-only signals by length: entry k holds, in table order, those whose maxLength is at
   * least `max`; a text takes the first entry whose `max` is not below its length.
   */
  readonly shortBy: { max: number; list: number[] }[] = [];
  readonly digitSignals: number[] = [];
  readonly hintRe: RegExp;
  /** Per-call marks: slot → the call that last made it a candidate. */
  readonly marks: Uint32Array;
  call = 0;

  constructor(signals: readonly PhraseSignal[]) {
    const slotOf = new Map<PhraseSignal, number>();
    for (const s of signals) if (!slotOf.has(s)) { slotOf.set(s, this.sigs.length); this.sigs.push(s); }
    const shortOnly: PhraseSignal[] = [];
    for (const s of signals) {
      if (s.hints && s.hints.length) {
        for (const h of s.hints) {
          const list = this.byHint.get(h) ?? [];
          list.push(slotOf.get(s)!);
          this.byHint.set(h, list);
        }
      } else if (s.maxLength !== undefined) {
        shortOnly.push(s);
      } else {
        this.digitSignals.push(slotOf.get(s)!); // no hint: patterns that need a digit (prices)
      }
    }
    const limits = [...new Set(shortOnly.map((x) => x.maxLength ?? 0))].sort((a, b) => a - b);
    for (const max of limits) {
      this.shortBy.push({ max, list: shortOnly.filter((x) => (x.maxLength ?? 0) >= max).map((x) => slotOf.get(x)!) });
    }
    const hints = [...this.byHint.keys()];
    for (const long of hints) {
      for (const short of hints) {
        if (short !== long && long.startsWith(short)) {
          const list = this.byHint.get(long)!;
          for (const sig of this.byHint.get(short)!) if (!list.includes(sig)) list.push(sig);
        }
      }
    }
    this.hintRe = new RegExp(trieSource(hints), 'g');
    this.marks = new Uint32Array(this.sigs.length);
  }

  /** Starts a call: a fresh mark value (the array is cleared on the rare wrap-around). */
  nextCall(): number {
    if (this.call >= 0xfffffff0) { this.marks.fill(0); this.call = 0; }
    return ++this.call;
  }

  /** Short-only signals a text of this length may match, or null. */
  shortFor(length: number): number[] | null {
    for (const e of this.shortBy) if (length <= e.max) return e.list;
    return null;
  }
}

let phraseIndex: PhraseIndex | null = null;
function index(): PhraseIndex {
  return (phraseIndex ??= new PhraseIndex(allPhrases));
}

/**
 * Results by text during one scan: pages repeat lines (menus, footers) and later phases ask
 * again about blocks already evaluated. Results are immutable, so sharing them is safe.
 */
let memo: Map<string, TextEvaluation> | null = null;
const MEMO_MAX = 20_000;
const MEMO_MAX_CHARS = 200;

/** Runs `fn` with evaluateText memoised by text; the memo is dropped afterwards. */
export function withTextMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = outer ?? new Map();
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/** Runs every applicable phrase signal over one block of visible text. */
export function evaluateText(text: string): TextEvaluation {
  if (!text) return EMPTY;
  // Only short texts repeat (menu items, labels); hashing a long paragraph costs more than it saves.
  if (!memo || text.length > MEMO_MAX_CHARS) return evaluateUncached(text);
  let ev = memo.get(text);
  if (!ev) {
    ev = evaluateUncached(text);
    if (memo.size < MEMO_MAX) memo.set(text, ev);
  }
  return ev;
}

function evaluateUncached(text: string): TextEvaluation {
  const t = text.length > MAX_EVAL_CHARS ? text.slice(0, MAX_EVAL_CHARS) : text;
  const idx = index();
  const lower = t.toLowerCase();
  // Candidates in first-seen order, each once.
  const candidates: PhraseSignal[] = [];
  const marks = idx.marks;
  const call = idx.nextCall();
  const take = (slots: readonly number[]): void => {
    for (const k of slots) {
      if (marks[k] === call) continue;
      marks[k] = call;
      candidates.push(idx.sigs[k]!);
    }
  };
  const re = idx.hintRe;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const slots = idx.byHint.get(m[0]);
    if (slots) take(slots);
    re.lastIndex = m.index + 1; // overlapping hints at later positions
  }
  const short = idx.shortFor(t.length);
  if (short) take(short);
  if (/\d/.test(t)) take(idx.digitSignals);
  if (!candidates.length) return EMPTY;

  let hits: PhraseHit[] = [];
  const sameLength = lower.length === t.length;
  for (const s of candidates) {
    if (s.maxLength !== undefined && t.length > s.maxLength) continue;
    const onLower = runsOnLowercase(s.pattern);
    const m = s.pattern.exec(onLower ? lower : t);
    if (!m) continue;
    // Quote the page's own spelling when lower-casing kept offsets.
    const match = onLower && sameLength ? t.slice(m.index, m.index + m[0].length) : m[0];
    hits.push({ signal: s.category === 'ask' && t.length < MIN_ASK_CHARS ? asCta(s) : s, match: match.trim(), index: m.index });
  }
  if (!hits.length) return EMPTY;

  const rejected: NeverMatch[] = [];
  let reclassify: AppealKind | null = null;
  for (const nm of neverMatch) {
    const m = nm.pattern.exec(runsOnLowercase(nm.pattern) ? lower : t);
    if (!m) continue;
    rejected.push(nm);
    if (nm.reclassify) reclassify = nm.reclassify;
    const start = m.index;
    const end = start + m[0].length;
    hits = hits.filter((h) => {
      if (nm.suppresses === 'all') return false;
      if (!nm.suppresses.includes(h.signal.category)) return true;
      if (nm.scope === 'block') return false;
      const hEnd = h.index + h.match.length;
      return hEnd <= start || h.index >= end; // keep hits outside the rejected span
    });
  }
  hits.sort((a, b) => a.index - b.index);
  return { hits, rejected, reclassify };
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
