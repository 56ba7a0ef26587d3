// A small article-body finder used until (or when) src/core/article is unavailable:
// the container with the most paragraph text, moved to a semantic container nearby.
import type { Block, PageModel } from './blocks.js';
import { ROLE_BIT } from './blocks.js';
import type { DomAccess } from './dom.js';

export interface ArticleGuess {
  readonly element: Element | null;
  /** Block index range [start, end) of the element. */
  readonly start: number;
  readonly end: number;
}

const NOT_BODY = ROLE_BIT.nav | ROLE_BIT.footer | ROLE_BIT.sidebar | ROLE_BIT.comments | ROLE_BIT.related | ROLE_BIT.header;

function paragraphWeight(b: Block): number {
  const len = b.text.length;
  if (len < 40 || b.linkDensity > 0.5 || b.headingLevel) return 0;
  if (b.frame.roles & NOT_BODY) return 0;
  const commas = (b.text.match(/[,，、]/g) ?? []).length;
  return 1 + Math.min(len, 1_000) / 100 + Math.min(commas, 5) * 0.3 + (b.tag === 'p' ? 1 : 0);
}

function isSemanticArticle(dom: DomAccess, el: Element, frameTokens: boolean): boolean {
  const tag = dom.tag(el);
  if (tag === 'article' || tag === 'main') return true;
  const ip = dom.attr(el, 'itemprop');
  if (ip && /articlebody/i.test(ip)) return true;
  return frameTokens;
}

export function guessArticle(model: PageModel, dom: DomAccess): ArticleGuess {
  const scores = new Map<Element, number>();
  for (const b of model.blocks) {
    const w = paragraphWeight(b);
    if (!w) continue;
    const p = dom.parent(b.el);
    if (p) scores.set(p, (scores.get(p) ?? 0) + w);
    const gp = p ? dom.parent(p) : null;
    if (gp) scores.set(gp, (scores.get(gp) ?? 0) + w / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return { element: null, start: 0, end: 0 };
  // Prefer a semantic container a few levels up (article, main, itemprop=articleBody, entry-content).
  let el: Element | null = best;
  for (let i = 0; i < 4 && el; i++) {
    const f = model.frames.get(el);
    const tok = f ? (f.ownRoles & ROLE_BIT.article) !== 0 : false;
    if (isSemanticArticle(dom, el, tok) && dom.tag(el) !== 'main') {
      best = el;
      break;
    }
    el = dom.parent(el);
  }
  const r = model.ranges.get(best);
  return r ? { element: best, start: r[0], end: r[1] } : { element: best, start: 0, end: 0 };
}
