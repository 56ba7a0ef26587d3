// The elements that name a region: the highest elements whose text lies wholly inside it, in
// document order, never nested. Appeal elements are what the content script flags and what
// the article text leaves out, so they must hold exactly the region's text.
import type { AppealPage } from './appeal-page.js';

export interface Cover {
  readonly elements: Element[];
  /** The block indices those elements hold (a run with text directly in a larger element is left out). */
  readonly covered: number[];
}

export function cover(p: AppealPage, start: number, end: number): Cover {
  const elements: Element[] = [];
  const covered: number[] = [];
  const within = (r: readonly [number, number] | undefined): r is readonly [number, number] => !!r && r[0] >= start && r[1] <= end;
  let k = start;
  while (k < end) {
    const b = p.blocks[k]!;
    let r = p.rangeOf(b.el);
    if (within(r)) {
      let best = b.el;
      for (let up = p.dom.parent(b.el), i = 0; up && i < 40; up = p.dom.parent(up), i++) {
        const ur = p.rangeOf(up);
        if (!ur) continue;
        if (!within(ur)) break;
        best = up;
        r = ur;
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
      const ir = p.rangeOf(el);
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
