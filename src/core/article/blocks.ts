// The article's blocks (elements holding kept text of their own) and its container.

import type { DomIndex } from './dom-index.js';
import type { Attempt } from './extract.js';

export interface BlockList {
  /** Index of each block, ascending (document order). */
  readonly indices: number[];
  /** Kept text length of each block. */
  readonly mass: number[];
  /** The part of `mass` inside links. */
  readonly linkMass: number[];
}

/** Block elements of the article, in document order: those holding kept text of their own. */
export function collectBlocks(ix: DomIndex, a: Attempt): BlockList {
  const { end, blockOf, ownText, ownLink } = ix;
  const indices: number[] = [];
  const mass: number[] = [];
  const linkMass: number[] = [];
  const links = new Float64Array(ix.count);
  const ordered = [...a.roots].sort((x, y) => x - y);
  const has = new Float64Array(ix.count);
  for (const r of ordered) {
    for (let i = r; i <= end[r]!; i++) {
      if (a.drop[i]) { i = end[i]!; continue; }
      if (ownText[i]! > 0) {
        const b = blockOf[i]!;
        const k = b >= r ? b : r;
        has[k] = has[k]! + ownText[i]!;
        links[k] = links[k]! + ownLink[i]!;
      }
    }
    for (let i = r; i <= end[r]!; i++) {
      if (a.drop[i]) { i = end[i]!; continue; }
      if (has[i]! > 0) { indices.push(i); mass.push(has[i]!); linkMass.push(links[i]!); }
    }
  }
  return { indices, mass, linkMass };
}

/**
 * The article's container: the innermost element holding (nearly) all of the blocks' text,
 * so that a stray line far away (a skip link, a dateline) does not widen it to the page.
 */
export function containerOf(ix: DomIndex, blocks: BlockList, share = 0.95): number {
  const { indices, mass } = blocks;
  if (!indices.length) return -1;
  const prefix = [0];
  for (const m of mass) prefix.push(prefix[prefix.length - 1]! + m);
  const total = prefix[prefix.length - 1]!;
  // Text of the blocks inside [from, to], by binary search over the sorted indices.
  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = indices.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (indices[mid]! < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const massIn = (from: number, to: number): number => prefix[lowerBound(to + 1)]! - prefix[lowerBound(from)]!;
  // Lowest common ancestor of all blocks.
  const first = indices[0]!;
  const last = indices[indices.length - 1]!;
  let a = first;
  while (a > 0 && ix.end[a]! < last) a = ix.parent[a]!;
  // Step down while one child holds nearly everything (but never into a single block).
  const isBlock = new Set(indices);
  for (;;) {
    let next = -1;
    for (let c = a + 1; c <= ix.end[a]!; c = ix.end[c]! + 1) {
      if (massIn(c, ix.end[c]!) >= share * total) { next = isBlock.has(c) ? -1 : c; break; }
    }
    if (next < 0) return a;
    a = next;
  }
}
