// One iterative walk over the page: every element gets an index in document (pre-)order and
// the per-element facts the scorer needs. Nothing recursive (deep pages must not overflow the
// stack) and nothing is mutated.

import { BLOCK_TAGS, CONTAINER_HINT_TAGS, CONTROL_TAGS, EMBED_TAGS, HTML_NS, NON_CONTENT_TAGS, PHRASING_TAGS, TRANSPARENT_TAGS } from './tags.js';
import { HIDDEN_STYLE, UNLIKELY_ROLES, VIDEO_HOST } from './patterns.js';
import { T_MAYBE, T_UNLIKELY, TokenTests } from './tokens.js';

/** NodeFilter.SHOW_ELEMENT | SHOW_TEXT | SHOW_CDATA_SECTION (no globals in the core). */
const SHOW_ELEMENT_AND_TEXT = 1 | 4 | 8;

export const F_SKIP = 1; // not content: subtree not walked, contributes nothing
export const F_UNLIKELY = 2; // class/id/role of page furniture
export const F_BLOCK = 4; // starts its own line of text
export const F_BR_CHAIN = 8; // has two <br>s in a row among its children
export const F_PHRASING = 16; // inline content (for runs of text inside a container)
export const F_CONTAINER = 32; // has a descendant that makes a div a container, not a paragraph
export const F_VIDEO = 64; // an embed from a known video host
export const F_MODAL = 128; // aria-modal dialog (Readability drops these)

export interface IndexOptions {
  readonly ignore?: (el: Element) => boolean;
  readonly isVisible?: (el: Element) => boolean;
  readonly maxElements: number;
  /** A walk over the same document done just before (the scanner's): read instead of the DOM. */
  readonly trace?: NodeTrace;
  /** Asked every CLOCK_EVERY elements; false stops indexing (partial). */
  readonly timeLeft?: () => boolean;
}

const CLOCK_EVERY = 256;

/** Attribute values already read from an element (null when absent); `all` false when some were not read. */
export interface TraceAttrs {
  readonly cls: string | null;
  readonly id: string | null;
  readonly role: string | null;
  readonly style: string | null;
  readonly hidden: string | null;
  readonly ariaModal: string | null;
  readonly ariaHidden: string | null;
  readonly all: boolean;
}

/**
 * Nodes of a document in order, as another walk met them: entry k is `nodes[k]`, the entry
 * of its parent element `parent[k]`, for elements `open[k]` (its children follow) and
 * `attrs[k]`, for text nodes `text[k]` (its data; null for elements).
 */
export interface NodeTrace {
  readonly nodes: readonly Node[];
  readonly parent: readonly number[];
  readonly open: readonly boolean[];
  readonly attrs: readonly (TraceAttrs | null)[];
  readonly text: readonly (string | null)[];
  readonly complete: boolean;
}

export interface DomIndex {
  readonly root: Element;
  /** Elements in document order; index 0 is the root. */
  readonly els: Element[];
  readonly tag: string[];
  readonly className: string[];
  readonly id: string[];
  /** The class/id patterns, cached per distinct string (see `matches`). */
  readonly tokens: TokenTests;
  readonly parent: Int32Array;
  /** Index of the last element in the subtree (itself when it has no element descendants). */
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** Whitespace-collapsed length of the element's own non-blank text nodes. */
  readonly ownText: Float64Array;
  /** The part of ownText inside a link; '#' links weigh 0.3. */
  readonly ownLink: Float64Array;
  readonly ownCommas: Int32Array;
  readonly ownAsciiCommas: Int32Array;
  /** Nearest block-level ancestor-or-self (the root when none). */
  readonly blockOf: Int32Array;
  /** Number of element children (any, including skipped ones). */
  readonly childCount: Int32Array;
  /** Subtree text length counting everything walked (attempt-independent). */
  readonly allText: Float64Array;
  /** The same with whitespace as written (what textContent.trim().length sees, roughly). */
  readonly rawText: Float64Array;
  /**
   * Non-blank text-node children (nodeType 3) of each element, in document order, so that
   * runs of inline content are read without the DOM: the first of element i is `firstText[i]`
   * (-1: none), then `textNext[t]`. Text t precedes element child k iff `textPos[t] <= k`.
   */
  readonly firstText: Int32Array;
  readonly textNext: Int32Array;
  readonly textPos: Int32Array;
  /** Whitespace-collapsed length and commas (any script) of text t. */
  readonly textLen: Float64Array;
  readonly textCommas: Int32Array;
  readonly count: number;
  readonly partial: boolean;
  /** <title>, <meta> and JSON-LD elements met in the walk (parsers move them into <body>). */
  readonly metadata: Element[];
  /** The h1 elements, in document order (the headline candidates). */
  readonly h1: number[];
}

/** Length of a text with whitespace runs counted once; 0 when it is all whitespace. */
export function collapsedLength(s: string): number {
  return scanText(s);
}

/** What the index records of one text: collapsed length (0: blank) and commas (for tests). */
export function textStats(s: string): { length: number; commas: number; asciiCommas: number } {
  const length = scanText(s);
  return { length, commas: lastCommas, asciiCommas: lastAsciiCommas };
}

/** Commas of the last scanText call: any script's, and ASCII only. */
let lastCommas = 0;
let lastAsciiCommas = 0;

// The whitespace of scanText: space, \n, \t, \r, \f and no-break space.
const NON_BLANK = /[^ \n\t\r\f\u00a0]/;
const WHITESPACE_RUN = /[ \n\t\r\f\u00a0]{2,}/g;
const NON_LATIN1 = /[^\u0000-\u00ff]/;
/** Comma variants other than ',' (Arabic, CJK, ...). */
const OTHER_COMMAS = /[\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/**
 * A text node's whitespace-collapsed length (0 when blank) and its commas (Latin, Arabic,
 * CJK variants: more commas, more prose). Native string and regex scans, not a loop over
 * characters: the scan runs once per page load, mostly before the JIT has optimised a loop.
 */
function scanText(s: string): number {
  if (!NON_BLANK.test(s)) {
    lastCommas = 0;
    lastAsciiCommas = 0;
    return 0;
  }
  const n = s.replace(WHITESPACE_RUN, ' ').length;
  let ascii = 0;
  for (let k = s.indexOf(','); k >= 0; k = s.indexOf(',', k + 1)) ascii++;
  let commas = ascii;
  if (NON_LATIN1.test(s)) {
    OTHER_COMMAS.lastIndex = 0;
    while (OTHER_COMMAS.exec(s)) commas++;
  }
  lastCommas = commas;
  lastAsciiCommas = ascii;
  return n;
}

/** Inline style or attributes that hide an element (no stylesheet is applied). */
export function hiddenByAttributes(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  return false;
}

/** aria-hidden="true" (except math fallback images, as Readability does). */
export function ariaHidden(el: Element): boolean {
  return el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image');
}

/**
 * Does token pattern `bit` match element i's class or id? (None of the patterns spans a
 * space, so this is the pattern tested on "class id".)
 */
export function matches(ix: DomIndex, i: number, bit: number): boolean {
  return ix.tokens.has(ix.className[i]!, bit) || ix.tokens.has(ix.id[i]!, bit);
}

// What the index needs to know about a tag, from one lookup instead of one per table.
const TI_SKIP = 1;
const TI_EMBED = 2;
const TI_BLOCK = 4;
const TI_PHRASING = 8;
const TI_CONTAINER_HINT = 16;
const TI_TRANSPARENT = 32;
const TAG_INFO: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (tags: ReadonlySet<string>, bit: number): void => { for (const t of tags) m.set(t, (m.get(t) ?? 0) | bit); };
  mark(NON_CONTENT_TAGS, TI_SKIP);
  mark(CONTROL_TAGS, TI_SKIP);
  mark(EMBED_TAGS, TI_EMBED);
  mark(BLOCK_TAGS, TI_BLOCK);
  mark(PHRASING_TAGS, TI_PHRASING);
  mark(CONTAINER_HINT_TAGS, TI_CONTAINER_HINT);
  mark(TRANSPARENT_TAGS, TI_TRANSPARENT);
  return m;
})();

export function localTag(el: Element): string {
  const ns = el.namespaceURI;
  const name = el.localName;
  if (ns === HTML_NS || ns === null) return name.toLowerCase();
  // Foreign content: svg and math are skipped, anything else is treated as an inline wrapper.
  return name === 'svg' || name === 'math' ? name : '';
}

function hasAncestorTag(parent: Int32Array, tag: string[], i: number, want: string, maxUp: number): boolean {
  let p = parent[i] ?? -1;
  for (let d = 0; p >= 0 && d <= maxUp; d++) {
    if (tag[p] === want) return true;
    p = parent[p] ?? -1;
  }
  return false;
}

export function buildIndex(root: Element, opts: IndexOptions): DomIndex {
  // The trace saves a second walk (DOM calls dominate the cost); any doubt, and the DOM is walked.
  if (opts.trace && opts.trace.complete && isHtmlDocument(root)) {
    const ix = build(root, opts, opts.trace);
    if (ix) return ix;
  }
  return build(root, opts, null)!;
}

/** Only HTML documents: XML ones may hold CDATA sections, which the trace does not record. */
function isHtmlDocument(root: Element): boolean {
  const doc = root.ownerDocument as Document | null;
  try {
    return !!doc && doc.contentType === 'text/html';
  } catch {
    return false;
  }
}

function build(root: Element, opts: IndexOptions, trace: NodeTrace | null): DomIndex | null {
  const cap = Math.max(1, opts.maxElements);
  // Typed arrays start small and double as needed; views of the used part are returned.
  const size = Math.min(cap + 1, 1024);
  let parent: Int32Array = new Int32Array(size);
  let flags: Uint8Array = new Uint8Array(size);
  let ownText: Float64Array = new Float64Array(size);
  let ownLink: Float64Array = new Float64Array(size);
  let ownCommas: Int32Array = new Int32Array(size);
  let ownAscii: Int32Array = new Int32Array(size);
  let ownRaw: Float64Array = new Float64Array(size);
  let blockOf: Int32Array = new Int32Array(size);
  let childCount: Int32Array = new Int32Array(size);
  const linkCoef: number[] = [];
  const els: Element[] = [];
  const tag: string[] = [];
  const tinfo: number[] = [];
  const tokens = new TokenTests();
  const className: string[] = [];
  const ids: string[] = [];
  const metadata: Element[] = [];
  const h1: number[] = [];
  let partial = false;

  const grow = (): void => {
    const n = parent.length * 2;
    const g32 = (a: Int32Array): Int32Array => { const b = new Int32Array(n); b.set(a); return b; };
    const g64 = (a: Float64Array): Float64Array => { const b = new Float64Array(n); b.set(a); return b; };
    parent = g32(parent); blockOf = g32(blockOf); childCount = g32(childCount);
    ownCommas = g32(ownCommas); ownAscii = g32(ownAscii);
    ownText = g64(ownText); ownLink = g64(ownLink); ownRaw = g64(ownRaw);
    const f = new Uint8Array(n); f.set(flags); flags = f;
  };

  const add = (el: Element, p: number, known: TraceAttrs | null): number => {
    const i = els.length;
    if (i >= parent.length) grow();
    els.push(el);
    const t = localTag(el);
    tag.push(t);
    const ti = TAG_INFO.get(t) ?? 0;
    tinfo.push(ti);
    if (t === 'h1') h1.push(i);
    parent[i] = p;
    if (p >= 0) childCount[p] = (childCount[p] ?? 0) + 1;
    let f = 0;
    let cls = '';
    let id = '';
    if (known && known.all) {
      cls = known.cls ?? '';
      id = known.id ?? '';
      if (known.hidden !== null) f |= F_SKIP;
      else if ((known.style && HIDDEN_STYLE.test(known.style)) || (known.ariaHidden === 'true' && !cls.includes('fallback-image'))) f |= F_SKIP;
      const role = known.role;
      if (role) {
        if (UNLIKELY_ROLES.has(role)) f |= F_UNLIKELY;
        if (role === 'dialog' && known.ariaModal === 'true') f |= F_MODAL | F_SKIP;
      }
    } else if (el.hasAttributes()) {
      // One call for the names, then values only for attributes that are there (most
      // elements carry just a class): far fewer DOM calls than asking for each by name.
      let hidden = false;
      let style: string | null = null;
      let ariaHidden: string | null = null;
      let role: string | null = null;
      let modal: string | null = null;
      const names = el.getAttributeNames();
      for (let k = 0; k < names.length; k++) {
        switch (names[k]) {
          case 'class': cls = el.getAttribute('class') ?? ''; break;
          case 'id': id = el.getAttribute('id') ?? ''; break;
          case 'hidden': hidden = true; break;
          case 'style': style = el.getAttribute('style'); break;
          case 'aria-hidden': ariaHidden = el.getAttribute('aria-hidden'); break;
          case 'role': role = el.getAttribute('role'); break;
          case 'aria-modal': modal = el.getAttribute('aria-modal'); break;
          default: break;
        }
      }
      if (hidden) f |= F_SKIP;
      else if ((style && HIDDEN_STYLE.test(style)) || (ariaHidden === 'true' && !cls.includes('fallback-image'))) f |= F_SKIP;
      if (role) {
        if (UNLIKELY_ROLES.has(role)) f |= F_UNLIKELY;
        if (role === 'dialog' && modal === 'true') f |= F_MODAL | F_SKIP;
      }
    }
    className.push(cls);
    ids.push(id);
    if (ti & TI_SKIP) {
      f |= F_SKIP;
      if (t === 'meta' || t === 'title' || (t === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? ''))) metadata.push(el);
      if (ti & TI_EMBED && el.hasAttributes()) {
        for (const a of Array.from(el.attributes)) if (VIDEO_HOST.test(a.value)) f |= F_VIDEO;
      }
    }
    if (ti & TI_BLOCK) f |= F_BLOCK;
    if (ti & TI_PHRASING) f |= F_PHRASING;
    if (!(f & F_SKIP)) {
      if (opts.ignore?.(el)) f |= F_SKIP;
      // The visibility port can be costly (computed style): ask only for block-level elements.
      else if (opts.isVisible && f & F_BLOCK && i > 0 && !opts.isVisible(el)) f |= F_SKIP;
    }
    if ((cls || id) && !(f & F_SKIP) && t !== 'body' && t !== 'a'
      && (tokens.has(cls, T_UNLIKELY) || tokens.has(id, T_UNLIKELY)) && !tokens.has(cls, T_MAYBE) && !tokens.has(id, T_MAYBE)
      && !hasAncestorTag(parent, tag, i, 'table', 3) && !hasAncestorTag(parent, tag, i, 'code', 3)) {
      f |= F_UNLIKELY;
    }
    if (t === 'br' && p >= 0) {
      // Two <br>s in a row (whitespace between) split the parent's text into paragraphs.
      let prev = el.previousSibling;
      while (prev && prev.nodeType === 3 && !(prev as CharacterData).data.trim()) prev = prev.previousSibling;
      if (prev && prev.nodeType === 1 && (prev as Element).localName === 'br') flags[p] = (flags[p] ?? 0) | F_BR_CHAIN;
    }
    flags[i] = f;
    blockOf[i] = i === 0 || f & F_BLOCK ? i : (blockOf[p] ?? 0);
    let coef = p >= 0 ? (linkCoef[p] ?? 0) : 0;
    if (t === 'a') {
      const href = el.getAttribute('href') ?? '';
      coef = href.length > 1 && href.charCodeAt(0) === 35 /* # */ ? 0.3 : 1;
    }
    linkCoef.push(coef);
    return i;
  };

  const timeLeft = opts.timeLeft;
  const outOfTime = (): boolean => {
    if (!timeLeft || els.length % CLOCK_EVERY !== 0) return false;
    try {
      return timeLeft() === false;
    } catch {
      return false;
    }
  };

  // Non-blank text nodes, in document order: parent, position among elements, length, commas.
  const txtParent: number[] = [];
  const txtPos: number[] = [];
  const txtLen: number[] = [];
  const txtCommas: number[] = [];

  /** `isText` false for CDATA sections (counted as text, but not as a run's text). */
  const onText = (data: string, p: number, isText: boolean): void => {
    const len = scanText(data);
    ownRaw[p] = ownRaw[p]! + data.length;
    if (len) {
      ownText[p] = ownText[p]! + len;
      ownLink[p] = ownLink[p]! + len * (linkCoef[p] ?? 0);
      ownCommas[p] = ownCommas[p]! + lastCommas;
      ownAscii[p] = ownAscii[p]! + lastAsciiCommas;
      if (isText) { txtParent.push(p); txtPos.push(els.length); txtLen.push(len); txtCommas.push(lastCommas); }
    }
  };

  if (trace) {
    if (!replay(trace)) return null;
  } else {
    walkDom();
  }

  /** Reads the trace: the entries below the root, skipping what the index skips. */
  function replay(t: NodeTrace): boolean {
    const k0 = t.nodes.indexOf(root);
    if (k0 < 0) return false;
    const total = t.nodes.length;
    // Trace entry → index of an element whose children are read (-1: not read).
    const map = new Int32Array(total).fill(-1);
    add(root, -1, t.attrs[k0] ?? null);
    if (!(flags[0]! & F_SKIP)) {
      if (!t.open[k0]) return false;
      map[k0] = 0;
    }
    for (let k = k0 + 1; k < total; k++) {
      const tp = t.parent[k]!;
      if (tp < 0) continue;
      const p = map[tp]!;
      if (p < 0) continue;
      const data = t.text[k];
      if (data !== null && data !== undefined) {
        onText(data, p, true);
        continue;
      }
      if (els.length >= cap || outOfTime()) { partial = true; break; }
      const i = add(t.nodes[k] as Element, p, t.attrs[k] ?? null);
      if (!(flags[i]! & F_SKIP)) {
        // The walk left out a subtree the index reads (a frame, an ignore that changed its mind).
        if (!t.open[k]) return false;
        map[k] = i;
      }
    }
    return true;
  }

  function walkDom(): void {
    add(root, -1, null);
    // A TreeWalker over elements and text: its firstChild/nextSibling/parentNode moves keep
    // track of depth for us and are much cheaper than node properties in jsdom.
    const walker = (root.ownerDocument ?? (root as unknown as Document)).createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    const stack: number[] = [0];
    let node: Node | null = flags[0]! & F_SKIP ? null : walker.firstChild();
    while (node) {
      const p = stack[stack.length - 1]!;
      if (node.nodeType === 1) {
        if (els.length >= cap || outOfTime()) { partial = true; break; }
        const i = add(node as Element, p, null);
        if (!(flags[i]! & F_SKIP)) {
          const child = walker.firstChild();
          if (child) {
            stack.push(i);
            node = child;
            continue;
          }
        }
      } else {
        onText((node as CharacterData).data, p, node.nodeType === 3);
      }
      // Next node in document order: next sibling, else climb.
      node = walker.nextSibling();
      while (!node) {
        const up = walker.parentNode();
        if (!up || up === root) break;
        stack.pop();
        node = walker.nextSibling();
      }
    }
  }

  const n = els.length;
  const end = new Int32Array(n);
  const allText = new Float64Array(n);
  const rawText = new Float64Array(n);
  const nonPhrasingChild = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (end[i]! < i) end[i] = i;
    allText[i] = allText[i]! + ownText[i]!;
    rawText[i] = rawText[i]! + ownRaw[i]!;
    const p = parent[i]!;
    if (p < 0) continue;
    if (end[i]! > end[p]!) end[p] = end[i]!;
    allText[p] = allText[p]! + allText[i]!;
    rawText[p] = rawText[p]! + rawText[i]!;
    const ti = tinfo[i]!;
    if (ti & TI_CONTAINER_HINT || flags[i]! & F_CONTAINER) flags[p] = flags[p]! | F_CONTAINER;
    const phrasing = flags[i]! & F_PHRASING || (ti & TI_TRANSPARENT && !nonPhrasingChild[i]);
    if (!phrasing) nonPhrasingChild[p] = 1;
  }
  for (let i = 0; i < n; i++) {
    if (tinfo[i]! & TI_TRANSPARENT && !nonPhrasingChild[i]) flags[i] = flags[i]! | F_PHRASING;
  }
  const nt = txtParent.length;
  const firstText = new Int32Array(n).fill(-1);
  const textNext = new Int32Array(nt);
  for (let t = nt - 1; t >= 0; t--) {
    const p = txtParent[t]!;
    textNext[t] = firstText[p]!;
    firstText[p] = t;
  }
  return {
    root, els, tag, tokens, className, id: ids, end, allText, rawText, count: n, partial, metadata, h1,
    firstText, textNext, textPos: Int32Array.from(txtPos), textLen: Float64Array.from(txtLen), textCommas: Int32Array.from(txtCommas),
    parent: parent.subarray(0, n), flags: flags.subarray(0, n), ownText: ownText.subarray(0, n),
    ownLink: ownLink.subarray(0, n), ownCommas: ownCommas.subarray(0, n), ownAsciiCommas: ownAscii.subarray(0, n),
    blockOf: blockOf.subarray(0, n), childCount: childCount.subarray(0, n),
  };
}
