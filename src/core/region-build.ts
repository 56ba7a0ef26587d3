// A grown region becomes an appeal: its strongest block (by the classifier) gives the kind
// (the fitted kind model), the confidence and the reasons (the features that pushed it most,
// with the words that matched); its place comes from landmarks, names and the article.
import type { AppealPage } from './appeal-page.js';
import type { Region } from './appeals.js';
import { has } from './evidence/block-evidence.js';
import { CONCEPT_INDEX } from './lexicon/index.js';
import { FEATURES } from './model/features.js';
import { contributions, kindOf } from './model/predict.js';
import type { ModelWeights } from './model/types.js';
import type { Placement } from './types.js';
import { placementOf, placementReason, placementRoles } from './placement.js';
import { cover } from './region-cover.js';
import { regionWords, saysGate, soldAsSupport } from './region-words.js';
import type { Grown } from './region-grow.js';
import { quote } from './signals/read.js';

/** Body text after a region that makes it "inside" rather than "at the end of" the article. */
const BODY_AFTER_CHARS = 250;
/** Reasons shown per appeal (the strongest features), before the placement. */
const MAX_REASONS = 4;
const UNSAID: ReadonlySet<string> = new Set(['s.len', 's.short', 's.mid', 's.long', 't.overlay', 't.banner', 't.sidebar', 't.footer', 't.header']);

/** The words that matched a concept anywhere in the region, strongest block first. */
function quoted(p: AppealPage, order: readonly number[], concept: number): string | undefined {
  for (const k of order) {
    const w = p.ev[k]!.first[concept];
    if (w) return w;
  }
  return undefined;
}

/** Where blocks [start, end) in `container` sit: the placement, and whether article body follows them inside the article. */
export function placeRegion(p: AppealPage, start: number, end: number, container: Element): { placement: Placement; bodyAfter: boolean } {
  const { article } = p;
  const insideArticle = article.element !== null && start >= article.start && end <= article.end;
  const bodyAfter = insideArticle && (p.bodyCharsFrom[end] ?? 0) >= BODY_AFTER_CHARS;
  const placement = placementOf(p, placementRoles(p, start, end, container), insideArticle, bodyAfter, container, start);
  return { placement, bodyAfter };
}

export function buildRegion(
  p: AppealPage, w: ModelWeights, grown: Grown, seed: number, x: Float64Array | null, prob: number, minor: MinorKind | null = null,
): Region | null {
  const newsletter = minor === 'newsletter';
  const { start, end, container } = grown;
  const best = seed;
  const { placement, bodyAfter } = placeRegion(p, start, end, container);
  // A newsletter box in the middle of the story is the story's own (a quoted sign-up), not a box.
  if (newsletter && bodyAfter && p.firstBody >= 0 && p.firstBody < start) return null;
  // Words that say the article is cut off make a gate, whatever else the box sells.
  const words = regionWords(p, start, end);
  const kind = minor ?? (!x ? 'newsletter' : saysGate(words) ? 'paywall' : soldAsSupport(words) ? 'donation' : kindOf(w, x));

  const { elements, covered } = cover(p, start, end);
  if (!covered.length) return null;

  const reasons: string[] = [];
  const signals: string[] = [];
  if (minor === 'other') {
    reasons.push('asks you to sign in or register to read on');
    signals.push('w.login');
  } else if (x) {
    const order = [best, ...covered.filter((k) => k !== best)];
    for (const c of contributions(w.appeal, x)) {
      if (c.value <= 0 || reasons.length >= MAX_REASONS) break;
      const f = FEATURES[c.feature]!;
      // Where it sits is said once, by the placement reason; lengths are no reason a reader needs.
      if (UNSAID.has(f.name) || f.name.startsWith('p.')) continue;
      signals.push(f.name);
      const words = f.quote ? quoted(p, order, CONCEPT_INDEX[f.quote]) : undefined;
      reasons.push(words ? `${f.reason}: '${quote(words, 40)}'` : f.reason);
    }
  } else {
    reasons.push('a newsletter sign-up with a form');
    signals.push('w.newsletter');
  }
  reasons.push(placementReason(placement));
  return {
    start, end, blocks: covered, container, elements, kind, placement,
    confidence: Math.round(Math.min(0.99, prob) * 100) / 100,
    reasons, signals, text: covered.map((k) => p.blocks[k]!.text).join('\n'),
  };
}

/** Minor findings, reported apart: a free newsletter sign-up, a free registration wall. */
export type MinorKind = 'newsletter' | 'other';
