// Finding the article in an indexed page: the Readability idea (score paragraphs, credit
// their ancestors, pick the best container, add related siblings, then leave out the junk
// inside), done over the index's arrays instead of a mutated clone of the page.

import {
  collapsedLength, F_BR_CHAIN, F_CONTAINER, F_PHRASING, F_SKIP, F_UNLIKELY, F_VIDEO, matches, type DomIndex,
} from './dom-index.js';
import { AD_WORDS, COMMAS, LOADING_WORDS } from './patterns.js';
import { T_BYLINE, T_NEGATIVE, T_POSITIVE, T_SHARE } from './tokens.js';
import {
  ALWAYS_DROP_TAGS, EMBED_TAGS, HEADING_TAGS, KEEP_TAG_WHEN_APPENDED, SCORED_TAGS, TEXTISH_TAGS,
} from './tags.js';
import { visibleText } from './text.js';
import { textSimilarity } from './title.js';

/** Which of Readability's three strictness switches are on for one attempt. */
export interface AttemptFlags {
  /** Drop unlikely-looking containers (comments, sidebars, menus) before scoring. */
  readonly strip: boolean;
  /** Let class/id tokens raise or lower scores. */
  readonly weight: boolean;
  /** Drop link-heavy, image-heavy or empty containers inside the article. */
  readonly clean: boolean;
}

export interface Attempt {
  /** Index of the main container; 0 (the root) when nothing better was found. */
  readonly top: number;
  /** Top-level parts of the article (the top container and related siblings), in order. */
  readonly roots: readonly number[];
  /** 1 for elements left out of the article text. */
  readonly drop: Uint8Array;
  /** Characters of article text kept. */
  readonly textLength: number;
  /** A byline was found (and left out). */
  readonly byline: boolean;
}

export interface ExtractContext {
  readonly ix: DomIndex;
  /** Titles a heading may duplicate (then it is not body text). */
  readonly titles: readonly string[];
  /**
   * Look for an in-page byline to leave out: not when the page declares its author in
   * metadata, and, as in Readability, only until one attempt has found one.
   */
  readonly dropByline: boolean;
  /** The root may be a candidate (it is <body>, not <html>). */
  readonly rootScorable: boolean;
  /** Work arrays shared by the attempts on one page (the same titles in each). */
  readonly scratch?: Scratch;
}

const COLLAPSED = 1; // a div whose only child is a <p>: read as that <p>
const AS_PARAGRAPH = 2; // a div with inline content only: read as a <p>

function tagScore(t: string): number {
  switch (t) {
    case 'div': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

function countCommas(s: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(s)) n++;
  return n;
}

const F64_ARRAYS = 14;
const U8_ARRAYS = 7;

/**
 * Work arrays for the attempts on one page: allocated once and cleared for each attempt
 * (some twenty typed arrays per attempt cost more to allocate than to fill), plus what does
 * not depend on the attempt: class/id weights, the byline and title tests.
 */
export class Scratch {
  readonly f64: Float64Array[] = [];
  readonly u8: Uint8Array[] = [];
  readonly runs: Int32Array;
  /** Class/id weight of each element (NaN: not computed yet). */
  readonly weight: Float64Array;
  /** isByline, then the title test, per element: 0 not asked yet, 1 yes, 2 no. */
  readonly byline: Uint8Array;
  readonly title: Uint8Array;
  private readonly all64: Float64Array;
  private readonly all8: Uint8Array;
  private used = false;

  constructor(readonly n: number) {
    // Views on two buffers (a view is cheap; `subarray` looks up a species constructor).
    this.all64 = new Float64Array(F64_ARRAYS * n);
    this.all8 = new Uint8Array((U8_ARRAYS + 2) * n);
    const b64 = this.all64.buffer;
    const b8 = this.all8.buffer;
    for (let k = 0; k < F64_ARRAYS; k++) this.f64.push(new Float64Array(b64, k * n * 8, n));
    for (let k = 0; k < U8_ARRAYS; k++) this.u8.push(new Uint8Array(b8, k * n, n));
    this.byline = new Uint8Array(b8, U8_ARRAYS * n, n);
    this.title = new Uint8Array(b8, (U8_ARRAYS + 1) * n, n);
    this.runs = new Int32Array(n);
    this.weight = new Float64Array(n).fill(NaN);
  }

  /** Zeroes the per-attempt arrays (not the attempt-independent caches). */
  clear(): this {
    if (this.used) {
      this.all64.fill(0);
      this.all8.fill(0, 0, U8_ARRAYS * this.n);
      this.runs.fill(0);
    }
    this.used = true;
    return this;
  }
}

export function runAttempt(c: ExtractContext, fl: AttemptFlags): Attempt {
  const { ix } = c;
  const n = ix.count;
  const P = ix.parent;
  const { tag, flags, end, els } = ix;
  const mem = (c.scratch && c.scratch.n === n ? c.scratch : new Scratch(n)).clear();
  const f64 = mem.f64;
  const u8 = mem.u8;
  const text = f64[0]!, link = f64[1]!, commas = f64[2]!, score = f64[3]!, t2 = f64[4]!, l2 = f64[5]!, ascii = f64[6]!;
  const paras = f64[7]!, imgs = f64[8]!, lis = f64[9]!, inputs = f64[10]!, embeds = f64[11]!, headLen = f64[12]!, listLen = f64[13]!;
  const dead = u8[0]!, kind = u8[1]!, isCand = u8[2]!, inData = u8[3]!, video = u8[4]!, texty = u8[5]!, hasData = u8[6]!;
  const runs = mem.runs;

  const weightCache = mem.weight;
  const weight = (i: number): number => {
    if (!fl.weight) return 0;
    const cached = weightCache[i]!;
    if (!Number.isNaN(cached)) return cached;
    let w = 0;
    const cls = ix.className[i]!;
    const id = ix.id[i]!;
    const tok = ix.tokens;
    if (tok.has(cls, T_NEGATIVE)) w -= 25;
    if (tok.has(cls, T_POSITIVE)) w += 25;
    if (tok.has(id, T_NEGATIVE)) w -= 25;
    if (tok.has(id, T_POSITIVE)) w += 25;
    weightCache[i] = w;
    return w;
  };

  // 1. What is gone before scoring: invisible, furniture (strict mode), the byline, the title.
  let wantByline = c.dropByline;
  let wantTitle = c.titles.length > 0;
  for (let i = 0; i < n; i++) {
    const p = P[i]!;
    const f = flags[i]!;
    if ((p >= 0 && dead[p]) || f & F_SKIP) { dead[i] = 1; continue; }
    if (wantByline && ix.allText[i]! > 0 && ix.allText[i]! < 100 && (mem.byline[i] ||= isByline(ix, i) ? 1 : 2) === 1) {
      wantByline = false;
      dead[i] = 1;
      continue;
    }
    if (wantTitle && (tag[i] === 'h1' || tag[i] === 'h2')) {
      if ((mem.title[i] ||= repeatsTitle(c.titles, els[i]!) ? 1 : 2) === 1) {
        wantTitle = false;
        dead[i] = 1;
        continue;
      }
    }
    if (fl.strip && f & F_UNLIKELY && i !== 0) dead[i] = 1;
  }

  // 2. Subtree text, link text and commas of what is left.
  for (let i = n - 1; i >= 0; i--) {
    if (dead[i]) continue;
    text[i] = text[i]! + ix.ownText[i]!;
    link[i] = link[i]! + ix.ownLink[i]!;
    commas[i] = commas[i]! + ix.ownCommas[i]!;
    const p = P[i]!;
    if (p >= 0) { text[p] = text[p]! + text[i]!; link[p] = link[p]! + link[i]!; commas[p] = commas[p]! + commas[i]!; }
  }
  const density = (i: number): number => (text[i]! > 0 ? link[i]! / text[i]! : 0);

  // 3. Divs that are really paragraphs.
  for (let i = 1; i < n; i++) {
    if (dead[i] || tag[i] !== 'div') continue;
    if (ix.childCount[i] === 1 && tag[i + 1] === 'p' && ix.ownText[i] === 0 && density(i) < 0.25) kind[i] = COLLAPSED;
    // Inline content only: a paragraph, unless mostly links (then it stays a div around one).
    else if (!(flags[i]! & (F_CONTAINER | F_BR_CHAIN)) && density(i) < 0.25) kind[i] = AS_PARAGRAPH;
  }
  const up = (i: number): number => {
    let p = P[i]!;
    while (p >= 0 && kind[p] === COLLAPSED) p = P[p]!;
    return p;
  };

  // 4. Score paragraphs; credit parents (full), grandparents (half) and further ancestors.
  const cands: number[] = [];
  const initCand = (a: number): void => {
    if (isCand[a]) return;
    isCand[a] = 1;
    score[a] = tagScore(tag[a]!) + weight(a);
    cands.push(a);
  };
  const addParagraph = (from: number, len: number, cm: number): void => {
    if (len < 25) return;
    const s = 2 + cm + Math.min(Math.floor(len / 100), 3);
    let a = from;
    for (let level = 0; a >= 0 && level < 5; level++) {
      if (a === 0 && !c.rootScorable) break;
      initCand(a);
      score[a] = score[a]! + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      a = up(a);
    }
  };
  // Paragraph-like runs of inline content directly inside a container.
  const scoreRuns = (i: number, isDiv: boolean): void => {
    let len = 0;
    let cm = 0;
    let content = false;
    let brs = 0;
    let seenChain = false;
    let ci = i + 1;
    const flush = (): void => {
      if (content && (isDiv || seenChain)) { addParagraph(i, len, cm); runs[i] = runs[i]! + 1; }
      len = 0; cm = 0; content = false;
    };
    const onText = (l: number, c: number): void => {
      if (brs >= 2) { flush(); seenChain = true; }
      brs = 0;
      len += l; cm += c; content = true;
    };
    const onElement = (k: number): void => {
      if (tag[k] === 'br') { brs++; return; }
      const phrasing = (flags[k]! & F_PHRASING) !== 0 || flags[k]! & F_SKIP;
      if (!phrasing) {
        if (isDiv) { flush(); brs = 0; }
        return;
      }
      if (brs >= 2) { flush(); seenChain = true; }
      brs = 0;
      if (!dead[k]) {
        len += text[k]!; cm += commas[k]!;
        if (text[k]! > 0 || tag[k] === 'img') content = true;
      }
    };
    if (!ix.partial) {
      // The children from the index: its text nodes merged with its element children.
      let tx = ix.firstText[i]!;
      for (let k = i + 1; k <= end[i]!; k = end[k]! + 1) {
        for (; tx >= 0 && ix.textPos[tx]! <= k; tx = ix.textNext[tx]!) onText(ix.textLen[tx]!, ix.textCommas[tx]!);
        onElement(k);
      }
      for (; tx >= 0; tx = ix.textNext[tx]!) onText(ix.textLen[tx]!, ix.textCommas[tx]!);
      flush();
      return;
    }
    // A partial index may miss children: read the DOM, up to the first child not indexed.
    for (let node = els[i]!.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as CharacterData).data;
        const l = collapsedLength(data);
        if (l) onText(l, countCommas(data));
        continue;
      }
      if (node.nodeType !== 1) continue;
      if (ci > end[i]! || els[ci] !== node) break; // beyond the element budget
      const k = ci;
      ci = end[ci]! + 1;
      onElement(k);
    }
    flush();
  };
  for (let i = 0; i < n; i++) {
    if (dead[i]) { i = end[i]!; continue; }
    const t = tag[i]!;
    if (SCORED_TAGS.has(t) || kind[i] === AS_PARAGRAPH) addParagraph(up(i), text[i]!, commas[i]!);
    if (t === 'div' && kind[i] === 0) scoreRuns(i, true);
    else if (flags[i]! & F_BR_CHAIN && t !== 'div') scoreRuns(i, false);
  }

  // 5. Link-heavy candidates lose; keep the five best.
  const topList: number[] = [];
  for (const a of cands) {
    score[a] = score[a]! * (1 - density(a));
    let t = 0;
    while (t < topList.length && score[a]! <= score[topList[t]!]!) t++;
    if (t < 5) { topList.splice(t, 0, a); if (topList.length > 5) topList.pop(); }
  }

  const liveChildren = (i: number): number => {
    let count = runs[i]!;
    for (let k = i + 1; k <= end[i]!; k = end[k]! + 1) if (!dead[k]) count++;
    return count;
  };
  const contains = (a: number, b: number): boolean => a < b && b <= end[a]!;

  let top = topList[0] ?? 0;
  let wholePage = top === 0;
  if (!wholePage) {
    // Several near-best candidates under one ancestor: that ancestor holds the article.
    const close = topList.slice(1).filter((x) => score[x]! / score[top]! >= 0.75);
    if (close.length >= 3) {
      for (let a = up(top); a > 0; a = up(a)) {
        if (close.filter((x) => contains(a, x)).length >= 3) { top = a; break; }
      }
    }
    initCand(top);
    // Climb while the parent scores higher: more of the article lives up there.
    let last = score[top]!;
    const floor = last / 3;
    for (let a = up(top); a > 0; a = up(a)) {
      if (!isCand[a]) continue;
      if (score[a]! < floor) break;
      if (score[a]! > last) { top = a; break; }
      last = score[a]!;
    }
    // An only child gives way to its parent, so the sibling pass can see the neighbours.
    for (let a = up(top); a > 0 && liveChildren(a) === 1; a = up(a)) top = a;
    initCand(top);
    wholePage = top === 0;
  }

  // 6. Siblings of the top container that belong to the article.
  const roots: number[] = [];
  if (wholePage) {
    top = 0;
    roots.push(0);
  } else {
    const parent = up(top);
    const threshold = Math.max(10, score[top]! * 0.2);
    const topClass = ix.className[top]!;
    for (let k = parent + 1; k <= end[parent]!; k = end[k]! + 1) {
      if (dead[k]) continue;
      const s = kind[k] === COLLAPSED ? k + 1 : k;
      if (dead[s]) continue;
      if (s === top) { roots.push(s); continue; }
      const bonus = topClass && ix.className[s] === topClass ? score[top]! * 0.2 : 0;
      if (isCand[s] && score[s]! + bonus >= threshold) { roots.push(s); continue; }
      if (tag[s] === 'p' || kind[s] === AS_PARAGRAPH) {
        const len = text[s]!;
        const ld = density(s);
        if (len > 80 && ld < 0.25) roots.push(s);
        else if (len > 0 && len < 80 && ld === 0 && /\.( |$)/.test(visibleText(els[s]!, 200))) roots.push(s);
      }
    }
  }

  // 7. Leave out the junk inside the article.
  const drop = new Uint8Array(n);
  drop.set(dead);
  const rootSet = new Set(roots);
  for (const r of roots) {
    for (let i = r; i <= end[r]!; i++) {
      if (drop[i]) { i = end[i]!; continue; }
      const t = tag[i]!;
      if (ALWAYS_DROP_TAGS.has(t)
        || (i !== r && text[i]! < 500 && matches(ix, i, T_SHARE))
        || ((t === 'h1' || t === 'h2') && weight(i) < 0)) {
        drop[i] = 1;
        i = end[i]!;
      }
    }
  }
  const effTag = (i: number): string => {
    if (kind[i] === AS_PARAGRAPH) return 'p';
    if (rootSet.has(i) && !KEEP_TAG_WHEN_APPENDED.has(tag[i]!)) return 'div';
    return tag[i]!;
  };

  const dataTables = new Map<number, boolean>();
  const isDataTable = (i: number): boolean => {
    let v = dataTables.get(i);
    if (v === undefined) { v = dataTable(ix, i); dataTables.set(i, v); }
    return v;
  };
  const within = (i: number, want: string, maxUp: number): boolean => {
    let p = P[i]!;
    for (let d = 0; p >= 0 && (maxUp < 0 || d <= maxUp); d++, p = P[p]!) if (tag[p] === want) return true;
    return false;
  };
  // Inside a data table (any depth)? Filled top-down over the article, so it costs O(n).
  for (const r of roots) {
    for (let p = P[r]!; p >= 0; p = P[p]!) if (tag[p] === 'table' && isDataTable(p)) { inData[r] = 1; break; }
    for (let i = r + 1; i <= end[r]!; i++) {
      const p = P[i]!;
      inData[i] = inData[p] || (tag[p] === 'table' && isDataTable(p)) ? 1 : 0;
    }
  }


  // Text of what is still kept under i (the DOM still has what was dropped).
  const keptText = (i: number): string => {
    const parts: string[] = [];
    for (let k = i; k <= end[i]!; k++) {
      if (k !== i && drop[k]) { k = end[k]!; continue; }
      if (ix.ownText[k]! > 0) {
        for (let c = els[k]!.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) parts.push((c as CharacterData).data);
      }
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };
  const shouldRemove = (i: number, ct: string): boolean => {
    const len = t2[i]!;
    const isList = ct === 'ul' || ct === 'ol' || (len > 0 && listLen[i]! / len > 0.9);
    if (ct === 'table' && isDataTable(i)) return false;
    if (inData[i] || within(i, 'code', 3) || hasData[i]) return false;
    const w = weight(i);
    if (w < 0) return true;
    if (ascii[i]! >= 10) return false;
    if (video[i]) return false;
    const p = paras[i]!;
    const img = imgs[i]!;
    const li = lis[i]! - 100;
    const ld = len > 0 ? l2[i]! / len : 0;
    if (len > 0 && len <= 16) { // the ad/loading words are all short
      const s = keptText(i);
      if (AD_WORDS.test(s) || LOADING_WORDS.test(s)) return true;
    }
    const figureChild = within(i, 'figure', 3);
    const headingDensity = len > 0 ? headLen[i]! / len : 0;
    const remove = (!figureChild && img > 1 && p / img < 0.5)
      || (!isList && li > p)
      || inputs[i]! > Math.floor(p / 3)
      || (!isList && !figureChild && headingDensity < 0.9 && len < 25 && (img === 0 || img > 2) && ld > 0)
      || (!isList && w < 25 && ld > 0.2)
      || (w >= 25 && ld > 0.5)
      // Other embeds are gone before divs, tables and lists are judged (Readability's order).
      || ((ct === 'form' || ct === 'fieldset') && ((embeds[i] === 1 && len < 75) || embeds[i]! > 1))
      || (img === 0 && !texty[i]);
    if (remove && isList) {
      // A plain list of images stays.
      let liCount = 0;
      for (let k = i + 1; k <= end[i]!; k = end[k]! + 1) {
        if (ix.childCount[k]! > 1) return true;
      }
      for (let k = i + 1; k <= end[i]!; k++) if (tag[k] === 'li') liCount++;
      if (img === liCount) return false;
    }
    return remove;
  };

  let textLength = 0;
  for (const r of roots) {
    for (let i = end[r]!; i >= r; i--) {
      const p = P[i]!;
      const parentKept = i !== r && !drop[p];
      if (drop[i]) {
        // Controls and embeds are dropped but still tell about their container.
        if (parentKept && !dead[p]) {
          if (tag[i] === 'input') inputs[p] = inputs[p]! + 1;
          if (EMBED_TAGS.has(tag[i]!)) { embeds[p] = embeds[p]! + 1; if (flags[i]! & F_VIDEO) video[p] = 1; }
        }
        continue;
      }
      t2[i] = t2[i]! + ix.ownText[i]!;
      l2[i] = l2[i]! + ix.ownLink[i]!;
      ascii[i] = ascii[i]! + ix.ownAsciiCommas[i]!;
      paras[i] = paras[i]! + runs[i]!;
      if (runs[i]! > 0) texty[i] = 1;
      const ct = effTag(i);
      if (fl.clean && kind[i] !== COLLAPSED && (ct === 'div' || ct === 'table' || ct === 'ul' || ct === 'form' || ct === 'fieldset')
        && shouldRemove(i, ct)) {
        drop[i] = 1;
        continue;
      }
      if (!parentKept) { textLength += t2[i]!; continue; }
      t2[p] = t2[p]! + t2[i]!;
      l2[p] = l2[p]! + l2[i]!;
      ascii[p] = ascii[p]! + ascii[i]!;
      paras[p] = paras[p]! + paras[i]! + (ct === 'p' ? 1 : 0);
      imgs[p] = imgs[p]! + imgs[i]! + (ct === 'img' ? 1 : 0);
      lis[p] = lis[p]! + lis[i]! + (ct === 'li' ? 1 : 0);
      inputs[p] = inputs[p]! + inputs[i]!;
      embeds[p] = embeds[p]! + embeds[i]!;
      if (video[i]) video[p] = 1;
      headLen[p] = headLen[p]! + (HEADING_TAGS.has(ct) ? t2[i]! : headLen[i]!);
      listLen[p] = listLen[p]! + (ct === 'ul' || ct === 'ol' ? t2[i]! : listLen[i]!);
      if (texty[i] || (TEXTISH_TAGS.has(ct) && t2[i]! > 0)) texty[p] = 1;
      if (hasData[i] || (ct === 'table' && isDataTable(i))) hasData[p] = 1;
    }
  }
  return { top, roots, drop, textLength, byline: !wantByline && c.dropByline };
}

/** A heading whose text is one of the titles. */
function repeatsTitle(titles: readonly string[], el: Element): boolean {
  const h = visibleText(el, 500);
  return titles.some((t) => textSimilarity(t, h) > 0.75);
}

function isByline(ix: DomIndex, i: number): boolean {
  const el = ix.els[i]!;
  if (!el.hasAttributes()) return false;
  if (el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author')
    || matches(ix, i, T_BYLINE)) {
    // Short as written, indentation inside included (Readability's measure).
    return (el.textContent ?? '').trim().length < 100;
  }
  return false;
}

/** A table of data (kept whole) rather than one used for layout; read from the index. */
function dataTable(ix: DomIndex, i: number): boolean {
  const table = ix.els[i]!;
  if (table.hasAttributes()) {
    if (table.getAttribute('role') === 'presentation') return false;
    if (table.getAttribute('datatable') === '0') return false;
    if (table.getAttribute('summary')) return true;
  }
  const { tag, end } = ix;
  let nested = false;
  for (let k = i + 1; k <= end[i]!; k++) {
    const t = tag[k]!;
    if (t === 'caption' && ix.els[k]!.firstChild) return true;
    if (t === 'col' || t === 'colgroup' || t === 'tfoot' || t === 'thead' || t === 'th') return true;
    if (t === 'table') nested = true;
  }
  if (nested) return false;
  let rows = 0;
  let columns = 0;
  for (let k = i + 1; k <= end[i]!; k++) {
    if (tag[k] !== 'tr') continue;
    rows += spanOf(ix.els[k]!, 'rowspan');
    let cols = 0;
    for (let c = k + 1; c <= end[k]!; c++) if (tag[c] === 'td') cols += spanOf(ix.els[c]!, 'colspan');
    columns = Math.max(columns, cols);
  }
  if (columns === 1 || rows === 1) return false;
  if (rows >= 10 || columns > 4) return true;
  return rows * columns > 10;
}

function spanOf(el: Element, attr: string): number {
  return el.hasAttributes() ? parseInt(el.getAttribute(attr) ?? '', 10) || 1 : 1;
}

/** The attempts, from strict to lenient; the first with enough text wins. */
export const ATTEMPTS: readonly AttemptFlags[] = [
  { strip: true, weight: true, clean: true },
  { strip: false, weight: true, clean: true },
  { strip: false, weight: false, clean: true },
  { strip: false, weight: false, clean: false },
];

/** Below this many characters an attempt is suspect and the next, more lenient one runs. */
export const ENOUGH_TEXT = 500;
