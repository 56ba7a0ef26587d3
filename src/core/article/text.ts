// Visible text of blocks, following the corpus POLICY.md rules: no script/style/template/
// noscript/svg/iframe/object/canvas/video/audio, nothing [hidden] or hidden by inline style.
// Walks are iterative: a 10,000-deep page must not overflow the stack.

import { ariaHidden, hiddenByAttributes, localTag } from './dom-index.js';
import { BLOCK_TAGS, CONTROL_TAGS, NON_CONTENT_TAGS } from './tags.js';

/** Elements whose whole subtree is not visible article text. */
export function skipsSubtree(el: Element): boolean {
  return skipsTagged(el, localTag(el));
}

/** skipsSubtree for an element whose localTag is already known (one tag read per element). */
function skipsTagged(el: Element, t: string): boolean {
  if (NON_CONTENT_TAGS.has(t) || CONTROL_TAGS.has(t)) return true;
  return el.hasAttributes() && (hiddenByAttributes(el) || ariaHidden(el));
}

/** Marks a <br> while text is gathered (parsers never leave NUL characters in text). */
const LINE_BREAK = '\u0000';

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Text of `block` that sits on its own line: text nodes whose nearest block-level ancestor
 * (inside `block`) is `block` itself. Nested block-level elements are blocks of their own, or
 * were left out of the article on purpose. `<br>` breaks the line.
 */
function ownLines(block: Element, exclude: ((el: Element) => boolean) | undefined, budget: { n: number }): string[] {
  const parts: string[] = [];
  let node: Node | null = block.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (--budget.n < 0) parts.push(' '); // text not read (budget) still separates its neighbours
      else {
        const t = localTag(el);
        if (!skipsTagged(el, t)) {
          if (BLOCK_TAGS.has(t)) parts.push(' '); // a block of its own (or left out) splits the text
          else if (el.localName === 'br') parts.push(LINE_BREAK);
          else if (exclude?.(el)) parts.push(' '); // a removed appeal must not glue the words around it
          else descend = el.firstChild !== null;
        } else if (CONTROL_TAGS.has(t)) parts.push(' '); // a button or field sits between words
      }
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      parts.push((node as CharacterData).data);
    }
    if (descend) { node = node.firstChild; continue; }
    let cur: Node | null = node;
    node = null;
    while (cur && cur !== block) {
      if (cur.nextSibling) { node = cur.nextSibling; break; }
      cur = cur.parentNode;
    }
  }
  const lines: string[] = [];
  for (const line of parts.join('').split(LINE_BREAK)) {
    const c = collapse(line);
    if (c) lines.push(c);
  }
  return lines;
}

/** Visible text of one element's whole subtree, whitespace collapsed (blocks joined by spaces). */
export function visibleText(el: Element, maxElements = 5000): string {
  const parts: string[] = [];
  let budget = maxElements;
  let node: Node | null = el.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const t = --budget >= 0 ? localTag(node as Element) : null;
      if (t !== null && !skipsTagged(node as Element, t)) {
        descend = node.firstChild !== null;
        if (BLOCK_TAGS.has(t) || (node as Element).localName === 'br') parts.push(' ');
      }
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      parts.push((node as CharacterData).data);
    }
    if (descend) { node = node.firstChild; continue; }
    let cur: Node | null = node;
    node = null;
    while (cur && cur !== el) {
      if (cur.nextSibling) { node = cur.nextSibling; break; }
      cur = cur.parentNode;
      if (cur && cur !== el && cur.nodeType === 1 && BLOCK_TAGS.has(localTag(cur as Element))) parts.push(' ');
    }
  }
  return collapse(parts.join(''));
}

/**
 * The visible text of `blocks`, one block per line (a `<br>` inside a block also breaks the
 * line). A block for which `exclude` holds, or that sits inside an excluded element,
 * contributes nothing; an excluded element inside a block loses only its own text.
 */
export function articleText(blocks: readonly Element[], exclude?: (el: Element) => boolean): string {
  const memo = new Map<Node, boolean>();
  // Is el or one of its ancestors excluded? Memoised walk up, so sibling blocks share the work.
  const excludedUp = (el: Element): boolean => {
    const path: Node[] = [];
    let cur: Node | null = el;
    let result = false;
    while (cur && cur.nodeType === 1) {
      const known = memo.get(cur);
      if (known !== undefined) { result = known; break; }
      path.push(cur);
      if (exclude!(cur as Element)) { result = true; break; }
      cur = cur.parentNode;
    }
    // Everything below an excluded node is excluded; everything on a clean path is clean.
    for (const n of path) memo.set(n, result);
    return result;
  };
  const lines: string[] = [];
  const budget = { n: 200_000 };
  for (const block of blocks) {
    if (exclude && excludedUp(block)) continue;
    for (const line of ownLines(block, exclude, budget)) lines.push(line);
  }
  return lines.join('\n');
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
const WORD = /[\p{L}\p{N}]/u;

/** Words in a text: whitespace-separated tokens with a letter or digit; CJK counts per character. */
export function wordCount(text: string): number {
  let n = 0;
  for (const tok of text.split(/[\s\u00a0]+/)) {
    if (!tok) continue;
    const cjk = tok.match(CJK)?.length ?? 0;
    if (cjk) {
      n += cjk;
      const rest = tok.replace(CJK, ' ').split(' ').filter((s) => WORD.test(s)).length;
      n += rest;
    } else if (WORD.test(tok)) n++;
  }
  return n;
}
