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
const ctaSource = new Map<PhraseSignal, PhraseSignal>();
function asCta(s: PhraseSignal): PhraseSignal {
  let c = ctaCache.get(s);
  if (!c) {
    ctaCache.set(s, (c = { ...s, category: 'cta', weight: 1, demotedFrom: s.category }));
    ctaSource.set(c, s);
  }
  return c;
}

/** Long blocks are only read this far: appeals are short, article paragraphs need no more. */
const MAX_EVAL_CHARS = 1_500;
const EMPTY: TextEvaluation = { hits: [], rejected: [], reclassify: null };

/** States 1.. in order of depth (a counting sort; the root, state 0, is left out). */
function byDepth(depth: readonly number[]): Int32Array {
  let max = 0;
  for (const d of depth) if (d > max) max = d;
  const start = new Int32Array(max + 2);
  for (let m = 1; m < depth.length; m++) start[depth[m]! + 1]!++;
  for (let d = 1; d <= max + 1; d++) start[d]! += start[d - 1]!;
  // start[d]: how many states (the root aside) are shallower than d, i.e. where depth d begins.
  const order = new Int32Array(depth.length - 1);
  for (let m = 1; m < depth.length; m++) order[start[depth[m]!]!++] = m;
  return order;
}

/**
 * The hints as one Aho–Corasick automaton over a small alphabet (the characters that occur
 * in hints): one table read per character of the block finds every hint that occurs. It
 * replaced a trie-shaped regex that V8 ran at every position, trying its ~40 first-character
 * branches one after another (a quarter of all evaluation time). Transitions that leave the
 * trie are worked out on first use (building them all would cost every page load ~10 ms).
 */
class HintAutomaton {
  /** Char code → alphabet number (0: occurs in no hint, back to the root). */
  readonly sym: Uint16Array;
  readonly width: number;
  /**
   * Row per state, column per alphabet number: the next state + 1, or 0 when not worked out
   * yet (see `step`). Trie edges and the root's row are filled from the start.
   */
  readonly next: Uint16Array | Int32Array;
  /** Per state: the state of its longest proper suffix that is in the trie. */
  private readonly fail: Int32Array;
  /** Per state: its depth (the length of the hint prefix it stands for). */
  private readonly depth: Int32Array;
  /** Per state: the slots of the hint that ends exactly there (the trie's own output), or null. */
  private readonly own: (readonly number[] | null)[];
  /** Per state: the slots of every hint that ends there, own and suffixes, or null. */
  readonly all: (readonly number[] | null)[];
  /** Per state: the evaluator call that last took its slots. */
  readonly seen: Uint32Array;

  constructor(byHint: ReadonlyMap<string, readonly number[]>) {
    // Char code → alphabet number, numbered in order of first occurrence (a table, not a Map:
    // this runs on every page load, before the code is optimised).
    const symOf = new Uint16Array(0x10000);
    let symbols = 0;
    let maxCode = 0;
    let chars = 0;
    for (const hint of byHint.keys()) {
      chars += hint.length;
      for (let i = 0; i < hint.length; i++) {
        const c = hint.charCodeAt(i);
        if (symOf[c] === 0) {
          symOf[c] = ++symbols;
          if (c >= maxCode) maxCode = c + 1;
        }
      }
    }
    this.sym = symOf.slice(0, maxCode);
    const width = (this.width = symbols + 1);
    const cap = chars + 1; // at most one state per hint character, plus the root
    const next = (this.next = cap < 0xffff ? new Uint16Array(cap * width) : new Int32Array(cap * width));
    const depth = [0];
    const own: (readonly number[] | null)[] = [null];
    // Each state but the root is reached by one trie edge: its parent and symbol (flat arrays,
    // not an edge list per state: this runs on every page load, before the code is optimised).
    const parentOf = new Int32Array(cap);
    const symbolOf = new Int32Array(cap);
    for (const [hint, slots] of byHint) {
      if (!hint) continue;
      let n = 0;
      for (let i = 0; i < hint.length; i++) {
        const k = symOf[hint.charCodeAt(i)]!;
        let m = next[n * width + k]! - 1;
        if (m < 0) {
          m = depth.length;
          depth.push(depth[n]! + 1);
          own.push(null);
          parentOf[m] = n;
          symbolOf[m] = k;
          next[n * width + k] = m + 1;
        }
        n = m;
      }
      own[n] = slots;
    }
    for (let k = 1; k < width; k++) if (next[k] === 0) next[k] = 1; // root: no edge, stay
    // Breadth first (states by depth: a state's parent and failure state are shallower, so they
    // come first): failure links and each state's outputs (its own, then its suffixes').
    const states = depth.length;
    const fail = (this.fail = new Int32Array(states));
    const all: (readonly number[] | null)[] = own.slice();
    for (const m of byDepth(depth)) {
      const n = parentOf[m]!;
      const k = symbolOf[m]!;
      // The failure of m: follow the parent's failure links to a state with a k-edge.
      if (n !== 0) {
        let f = fail[n]!;
        while (f !== 0 && next[f * width + k] === 0) f = fail[f]!;
        const g = next[f * width + k]! - 1;
        fail[m] = g >= 0 && g !== m ? g : 0;
      }
      const inherited = all[fail[m]!];
      const mine = own[m];
      if (inherited) all[m] = mine ? [...mine, ...inherited.filter((x) => !mine.includes(x))] : inherited;
    }
    this.depth = Int32Array.from(depth);
    this.own = own;
    this.all = all;
    this.seen = new Uint32Array(depth.length);
  }

  /** The state after `n` on alphabet number k (k > 0), worked out and kept on first use. */
  step(n: number, k: number): number {
    const w = this.width;
    const known = this.next[n * w + k]!;
    if (known !== 0) return known - 1;
    // Not a trie edge: the same step from the failure state (shallower, so this ends at the root).
    const m = this.step(this.fail[n]!, k);
    this.next[n * w + k] = m + 1;
    return m;
  }

  /**
   * The slots of the longest hint that starts at `p` (its list holds those of its prefix
   * hints too), or null: the trie walk along edges that go one level deeper.
   */
  longestAt(s: string, p: number): readonly number[] | null {
    const sym = this.sym;
    let best: readonly number[] | null = null;
    let n = 0;
    for (let q = p; q < s.length; q++) {
      const c = s.charCodeAt(q);
      const k = c < sym.length ? sym[c]! : 0;
      if (k === 0) break;
      const m = this.step(n, k);
      if (this.depth[m] !== this.depth[n]! + 1) break; // a failure edge: no hint continues here
      n = m;
      const o = this.own[n];
      if (o) best = o;
    }
    return best;
  }
}

interface ShortEntry {
  readonly max: number;
  readonly list: readonly number[];
}

/**
 * The union of patterns, `(?:a)|(?:b)`, matches exactly where one of them does. Not for
 * patterns with flags or group references (numbers would shift), nor an empty list. Only for
 * `test()`: which alternative matches first may differ. Patterns of the same frame
 * (`^\W{0,3}(?:…)\W{0,4}$`, every short label) share it, `^\W{0,3}(?:a|b|…)\W{0,4}$`: the same
 * language, and V8 compiles each frame once instead of once per pattern (this union is
 * compiled on nearly every page load; sharing cut its compilation from 7.8 to 4.6 ms in Chromium).
 */
function union(patterns: readonly RegExp[]): RegExp | null {
  if (!patterns.length) return null;
  if (patterns.some((p) => p.flags !== '' || /\\[1-9k]|\(\?<[^=!]/.test(p.source))) return ALWAYS;
  const frames = new Map<string, { head: string; tail: string; inner: string[] }>();
  const whole: string[] = [];
  for (const p of patterns) {
    const f = framedGroup(p.source);
    if (!f) { whole.push(`(?:${p.source})`); continue; }
    const key = `${f.head}\u0000${f.tail}`;
    const frame = frames.get(key);
    if (frame) frame.inner.push(f.inner);
    else frames.set(key, { head: f.head, tail: f.tail, inner: [f.inner] });
  }
  const framed = [...frames.values()].map((f) => `(?:${f.head}(?:${f.inner.join('|')})${f.tail})`);
  return new RegExp([...whole, ...framed].join('|'));
}

/**
 * A source of the shape head(?:inner)tail, where the group is the first one at the top level
 * and neither head nor tail holds a top-level alternative or another group (so the frame
 * binds the whole inner pattern); else null.
 */
export function framedGroup(src: string): { head: string; inner: string; tail: string } | null {
  let depth = 0;
  let open = -1;
  let close = -1;
  const plain = eachStructure(src, (ch, at) => {
    if (ch === '(') {
      if (depth === 0) {
        if (open >= 0 || !src.startsWith('(?:', at)) return false; // a second group, or not a plain one
        open = at;
      }
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) close = at;
    } else if (depth === 0) {
      return false; // a top-level alternative
    }
    return true;
  });
  if (!plain || open < 0 || close < 0 || depth !== 0 || /^[?*+{]/.test(src.slice(close + 1))) return null;
  return { head: src.slice(0, open), inner: src.slice(open + 3, close), tail: src.slice(close + 1) };
}

/**
 * A pattern source token by token: an escape (with the character it escapes), a character
 * class, or one of ( ) | (group 1).
 */
const STRUCTURE = /\\[\s\S]?|\[(?:\\[\s\S]?|[^\]\\])*\]?|([()|])/g;

/**
 * Calls `visit` with each ( ) | of a pattern source that is neither escaped nor in a class, in
 * order, and stops (false) when it says so. Read with one native regex, not a character loop:
 * the phrase index does this for every pattern on every page load, before the code is
 * optimised. Not re-entrant (`visit` must not call it).
 */
function eachStructure(src: string, visit: (ch: string, at: number) => boolean): boolean {
  const tokens = STRUCTURE;
  tokens.lastIndex = 0;
  for (let m = tokens.exec(src); m !== null; m = tokens.exec(src)) {
    if (m[1] !== undefined && !visit(m[1], m.index)) return false;
  }
  return true;
}
/** Matches every string: a union that could not be built screens nothing out. */
const ALWAYS = /(?:)/;


/**
 * Precompiled index: hint → signals (an automaton), and the signals tried only on short blocks or
 * only when a digit occurs. A hint's list also holds the signals of every hint that is its
 * prefix, so one longest match per position suffices. Signals are numbered (slots), so
 * candidates are marked in a typed array instead of a Set, and what the loop asks of a
 * signal per call (lower-cased text or not, length limit) is read from arrays by slot.
 */
class PhraseIndex {
  /** Every signal once, in table order; a slot is an index into this. */
  readonly sigs: PhraseSignal[] = [];
  readonly byHint = new Map<string, number[]>();
  /**
   * Short-only signals by length: entry k holds, in table order, those whose maxLength is at
   * least `max`; a text takes the first entry whose `max` is not below its length.
   */
  readonly shortBy: ShortEntry[] = [];
  /**
   * One regex that matches where any short-only pattern that runs on lower-cased text
   * matches, and one for those that run on the text as it is (null: none). Most short blocks
   * match no label at all: two tests instead of one per signal. One pair for all lengths:
   * each regex costs its compilation on every page load.
   */
  readonly shortOnLower: RegExp | null;
  readonly shortAsIs: RegExp | null;
  readonly digitSignals: number[] = [];
  readonly hints: HintAutomaton;
  /** Per slot: 1 when the pattern runs on the lower-cased text. */
  readonly onLower: Uint8Array;
  /** Per slot: the pattern without its leading lookbehind, and that lookbehind, or null (see splitLookbehind). */
  readonly rest: (RegExp | null)[] = [];
  /** Per slot: the signal's screen, or null. */
  readonly screen: (RegExp | null)[] = [];
  readonly behind: (RegExp | null)[] = [];
  /** Per slot: the longest text the signal is tried on (Infinity: any). */
  readonly maxLen: Float64Array;
  /** Per slot: 1 when the pattern needs a digit. */
  readonly needsDigit: Uint8Array;
  /** Per-call marks: slot → the call that last made it a candidate. */
  readonly marks: Uint32Array;
  /** Per-call candidate slots (each slot at most once per call). */
  readonly cand: Int32Array;
  /** Candidate ranks by slot, filled again on each tie (see candidateRanks). */
  readonly rank: Int32Array;
  private readonly slots: ReadonlyMap<PhraseSignal, number>;
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
      const list = shortOnly.filter((x) => (x.maxLength ?? 0) >= max);
      this.shortBy.push({ max, list: list.map((x) => slotOf.get(x)!) });
    }
    this.shortOnLower = union(shortOnly.filter((x) => runsOnLowercase(x.pattern)).map((x) => x.pattern));
    this.shortAsIs = union(shortOnly.filter((x) => !runsOnLowercase(x.pattern)).map((x) => x.pattern));
    // Each hint's list takes its prefix hints' signals, prefixes in table order (by slices,
    // not by comparing every pair of hints: this runs on every page load).
    const order = new Map<string, number>();
    for (const h of this.byHint.keys()) order.set(h, order.size);
    for (const [long, list] of this.byHint) {
      const prefixes: string[] = [];
      for (let i = 1; i < long.length; i++) if (order.has(long.slice(0, i))) prefixes.push(long.slice(0, i));
      prefixes.sort((a, b) => order.get(a)! - order.get(b)!);
      for (const short of prefixes) for (const sig of this.byHint.get(short)!) if (!list.includes(sig)) list.push(sig);
    }
    this.hints = new HintAutomaton(this.byHint);
    const n = this.sigs.length;
    this.onLower = new Uint8Array(n);
    this.maxLen = new Float64Array(n);
    this.needsDigit = new Uint8Array(n);
    // Split every pattern now, in the task that builds the index: splitting each on its first try
    // instead moved that work into the scan and measured slower there (a cold first scan +7 ms
    // on 29 pages × 4 loads, against +3 ms here).
    const behinds = new Map<string, RegExp>();
    this.sigs.forEach((s, k) => {
      this.needsDigit[k] = s.needsDigit ? 1 : 0;
      this.onLower[k] = runsOnLowercase(s.pattern) ? 1 : 0;
      this.screen.push(s.screen ?? null);
      const split = splitLookbehind(s.pattern);
      this.rest.push(split ? new RegExp(split.rest, 'g') : null);
      // Whole-word patterns share a handful of lookbehinds: one regex (one compilation) each.
      if (split && !behinds.has(split.behind)) behinds.set(split.behind, new RegExp(split.behind, 'y'));
      this.behind.push(split ? behinds.get(split.behind)! : null);
      this.maxLen[k] = s.maxLength ?? Infinity;
    });
    this.marks = new Uint32Array(n);
    this.cand = new Int32Array(n);
    this.rank = new Int32Array(n);
    this.slots = slotOf;
  }

  /** The slot of a signal, or of the ask a call-to-action copy was made from. */
  slotOf(s: PhraseSignal): number {
    return this.slots.get(s) ?? this.slots.get(ctaSource.get(s)!) ?? 0;
  }

  /** Starts a call: a fresh mark value (the array is cleared on the rare wrap-around). */
  nextCall(): number {
    if (this.call >= 0xfffffff0) { this.marks.fill(0); this.hints.seen.fill(0); this.call = 0; }
    return ++this.call;
  }

  /** Short-only signals a text of this length may match, or null. */
  shortFor(length: number): ShortEntry | null {
    for (const e of this.shortBy) if (length <= e.max) return e;
    return null;
  }
}

let phraseIndex: PhraseIndex | null = null;
function index(): PhraseIndex {
  return (phraseIndex ??= new PhraseIndex(allPhrases));
}

/**
 * Builds the phrase and vendor indexes now (once per page load, else on first use). A scan in
 * slices does it first, where its ~10 ms fit in a slice, not in the middle of reading blocks;
 * the content script does it while it waits for its settings, before the first scan.
 */
export function preparePhrases(): void {
  index();
  vendorDomIndex();
}

/**
 * Results by text during one scan: pages repeat lines (menus, footers) and later phases ask
 * again about blocks already evaluated. Results are immutable, so sharing them is safe.
 */
let memo: Map<string, TextEvaluation> | null = null;
const MEMO_MAX = 20_000;
const MEMO_MAX_CHARS = 200;

/** A memo of evaluations by text, kept by a scan that runs in several slices. */
export type TextMemo = Map<string, TextEvaluation>;

/**
 * Runs `fn` with evaluateText memoised by text; the memo is dropped afterwards unless the
 * caller passed its own (a scan split over several tasks keeps one for all its slices).
 */
export function withTextMemo<T>(fn: () => T, own?: TextMemo): T {
  const outer = memo;
  memo = outer ?? own ?? new Map();
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

/**
 * A pattern that starts with a lookbehind, `(?<![letters])(?:…)` (every whole-word pattern),
 * split into that lookbehind and the rest. V8 cannot skip ahead to the rest's first
 * characters past a leading lookbehind, so it runs it at every position; the rest alone
 * finds its candidates quickly, and the lookbehind is then checked at each. Only where that
 * is exact: the lookbehind has no capturing group and the rest no top-level alternative
 * (`(?<!x)a|b` binds the lookbehind to `a` alone), and the pattern has no flags.
 */
export function splitLookbehind(re: RegExp): { behind: string; rest: string } | null {
  const src = re.source;
  if (re.flags !== '' || !(src.startsWith('(?<!') || src.startsWith('(?<='))) return null;
  let depth = 0;
  let end = -1;
  const whole = eachStructure(src, (ch, at) => {
    if (ch === '(') {
      if (end < 0 && src[at + 1] !== '?') return false; // a capturing group inside the lookbehind
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0 && end < 0) end = at + 1;
    } else if (depth === 0) {
      return false; // a top-level alternative
    }
    return true;
  });
  if (!whole || end < 0 || end === src.length || /^[?*+{]/.test(src.slice(end))) return null;
  return { behind: src.slice(0, end), rest: src.slice(end) };
}

/** `rest` preceded by `behind`, found as the whole pattern would find it: the leftmost match. */
function execSplit(rest: RegExp, behind: RegExp, s: string): RegExpExecArray | null {
  rest.lastIndex = 0;
  for (;;) {
    const m = rest.exec(s);
    if (!m) return null;
    behind.lastIndex = m.index;
    if (behind.test(s)) return m;
    rest.lastIndex = m.index + 1;
  }
}

/** Adds `slots` not yet marked in this call to the candidates; returns the new count. */
function take(idx: PhraseIndex, call: number, slots: readonly number[], count: number): number {
  const marks = idx.marks;
  for (let i = 0; i < slots.length; i++) {
    const k = slots[i]!;
    if (marks[k] === call) continue;
    marks[k] = call;
    idx.cand[count++] = k;
  }
  return count;
}

/** Every hint that occurs in `lower`, as candidates; returns the new count. */
function takeHints(idx: PhraseIndex, call: number, lower: string, count: number): number {
  const auto = idx.hints;
  const { sym, next, width, all, seen } = auto;
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const k = c < sym.length ? sym[c]! : 0;
    if (k === 0) { n = 0; continue; }
    const m = next[n * width + k]!;
    n = m !== 0 ? m - 1 : auto.step(n, k);
    const o = all[n];
    // A hint that occurs again ("you", "support") adds nothing new.
    if (o && seen[n] !== call) {
      seen[n] = call;
      count = take(idx, call, o, count);
    }
  }
  return count;
}

/**
 * Each candidate's rank in the order the evaluator has always tried them: by the first
 * position where one of its hints starts (the longest hint there first), then the short-only
 * and the digit signals. Hits at the same index keep this order. Only needed on such a tie.
 */
function candidateRanks(idx: PhraseIndex, lower: string, length: number, digit: boolean): Int32Array {
  const call = idx.nextCall();
  let count = 0;
  for (let p = 0; p < lower.length; p++) {
    const slots = idx.hints.longestAt(lower, p);
    if (slots) count = take(idx, call, slots, count);
  }
  const short = idx.shortFor(length);
  if (short) count = take(idx, call, short.list, count);
  if (digit) count = take(idx, call, idx.digitSignals, count);
  const rank = idx.rank.fill(count);
  for (let i = 0; i < count; i++) rank[idx.cand[i]!] = i;
  return rank;
}

const DIGIT = /\d/;

function evaluateUncached(text: string): TextEvaluation {
  const t = text.length > MAX_EVAL_CHARS ? text.slice(0, MAX_EVAL_CHARS) : text;
  const idx = index();
  const lower = t.toLowerCase();
  // Candidates, each once (in no useful order: ties are ordered below).
  const call = idx.nextCall();
  let count = takeHints(idx, call, lower, 0);
  const short = idx.shortFor(t.length);
  if (short && ((idx.shortOnLower && idx.shortOnLower.test(lower)) || (idx.shortAsIs && idx.shortAsIs.test(t)))) {
    count = take(idx, call, short.list, count);
  }
  const digit = DIGIT.test(t);
  if (digit) count = take(idx, call, idx.digitSignals, count);
  if (!count) return EMPTY;

  let hits: PhraseHit[] | null = null;
  const sameLength = lower.length === t.length;
  for (let i = 0; i < count; i++) {
    const k = idx.cand[i]!;
    if (t.length > idx.maxLen[k]! || (!digit && idx.needsDigit[k] === 1)) continue;
    const s = idx.sigs[k]!;
    const onLower = idx.onLower[k] === 1;
    const text = onLower ? lower : t;
    const screen = idx.screen[k];
    if (screen && !screen.test(text)) continue;
    const rest = idx.rest[k];
    const m = rest ? execSplit(rest, idx.behind[k]!, text) : s.pattern.exec(text);
    if (!m) continue;
    // Quote the page's own spelling when lower-casing kept offsets.
    const match = onLower && sameLength ? t.slice(m.index, m.index + m[0].length) : m[0];
    const hit: PhraseHit = { signal: s.category === 'ask' && t.length < MIN_ASK_CHARS ? asCta(s) : s, match: match.trim(), index: m.index };
    (hits ??= []).push(hit);
  }
  if (!hits) return EMPTY;

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
  let rank: Int32Array | null = null;
  hits.sort((a, b) => {
    if (a.index !== b.index) return a.index - b.index;
    rank ??= candidateRanks(idx, lower, t.length, digit);
    return rank[idx.slotOf(a.signal)]! - rank[idx.slotOf(b.signal)]!;
  });
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
