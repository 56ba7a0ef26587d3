// Appeal detection: every candidate block (words about money or a gate) grows to its box
// (region-grow, by words and structure); each box is scored as a whole by the fitted classifier
// (model/); a box at or above the fitted threshold is an appeal, named by its elements
// (region-cover) and given a kind, placement, confidence and reasons (region-build).
import { appealPage, type AppealInput, type AppealPage } from './appeal-page.js';
import { ROLE_BIT, type Block } from './blocks.js';
import { has } from './evidence/block-evidence.js';
import { isCandidate, regionFeatures } from './model/features.js';
import { checkModel, logit, sigmoid } from './model/predict.js';
import type { ModelWeights } from './model/types.js';
import { WEIGHTS } from './model/weights.js';
import { buildRegion } from './region-build.js';
import { freeFollow, regionWords, saysGate } from './region-words.js';
import { grow, type Grown } from './region-grow.js';
import type { AppealKind, Placement } from './types.js';

export type { AppealInput } from './appeal-page.js';

export interface Region {
  start: number;
  /** exclusive */
  end: number;
  /** The block indices the region's elements hold (a run inside a larger element may be missing). */
  blocks: number[];
  container: Element;
  elements: Element[];
  kind: AppealKind;
  placement: Placement;
  confidence: number;
  reasons: string[];
  signals: string[];
  text: string;
}

export interface AppealResult {
  readonly appeals: Region[];
  readonly minor: Region[];
  /** The time budget ran out before every block was read. */
  readonly partial: boolean;
  readonly page: AppealPage;
  /** Every candidate region with its features and score (for `explain`). */
  readonly candidates: readonly Candidate[];
  readonly regionOf: ReadonlyMap<Candidate, Region>;
  readonly threshold: number;
  readonly weights: ModelWeights;
}

/** A form control or button in block i or the two after it. */
function formNear(blocks: readonly Block[], i: number): boolean {
  for (let k = i; k <= i + 2 && k < blocks.length; k++) {
    const n = blocks[k]!;
    if (n.controls > 0 || n.tag === 'button' || n.frame.inButton) return true;
  }
  return false;
}

/** A region grown from a candidate block, before the classifier has judged it. */
export interface Candidate {
  readonly grown: Grown;
  /** The candidate block it was grown from. */
  readonly seed: number;
  readonly x: Float64Array;
  readonly prob: number;
}

/**
 * Every candidate region of the page: each candidate block grows to its box (by words and
 * structure only), and each distinct box is scored as a whole. Boxes may overlap (a menu link's
 * box can hold a real appeal box): the appeals are chosen from them best first.
 */
export function candidateRegions(p: AppealPage, w: ModelWeights): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < p.blocks.length; k++) {
    if (!isCandidate(p, k)) continue;
    const grown = grow(p, k);
    const key = `${grown.start}:${grown.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const x = regionFeatures(p, grown.start, grown.end);
    const prob = sigmoid(logit(w.appeal, x));
    out.push({ grown, seed: k, x, prob });
  }
  return out;
}

/** A sign-up line is at most this long. */
const FOLLOW_CHARS = 160;

export function findAppeals(input: AppealInput & { readonly weights?: ModelWeights }): AppealResult {
  const w = input.weights ?? WEIGHTS;
  checkModel(w);
  const p = appealPage(input);
  const { blocks } = p;
  const candidates = candidateRegions(p, w);
  const threshold = w.appeal.threshold;
  const appeals: Region[] = [];
  const minor: Region[] = [];
  const regionOf = new Map<Candidate, Region>();
  // Best first; a box that overlaps one already taken is left out (ties: document order).
  const ranked = candidates.filter((c) => c.prob >= threshold && !freeFollow(regionWords(p, c.grown.start, c.grown.end))).sort((a, b) => b.prob - a.prob || a.grown.start - b.grown.start);
  for (const c of ranked) {
    if (p.taken.subarray(c.grown.start, c.grown.end).some((t) => t)) continue;
    const region = buildRegion(p, w, c.grown, c.seed, c.x, c.prob);
    if (!region) continue;
    p.taken.fill(1, region.start, region.end);
    regionOf.set(c, region);
    appeals.push(region);
  }
  // A free registration wall ("create a free account to keep reading") is no ask for money, so
  // the classifier may leave it out; it still gates the article (minor, and the paywall verdict).
  for (const c of candidates) {
    const { start, end } = c.grown;
    if (regionOf.has(c) || p.taken.subarray(start, end).some((t) => t)) continue;
    const words = regionWords(p, start, end);
    if (!saysGate(words) || !words.says('login')) continue;
    const region = buildRegion(p, w, c.grown, c.seed, c.x, c.prob, 'other');
    if (!region) continue;
    p.taken.fill(1, region.start, region.end);
    minor.push(region);
  }
  // Newsletter sign-ups (reported apart, as minor): the words plus a button or form right there,
  // or a named box, outside every candidate.
  for (let i = 0; i < blocks.length; i++) {
    if (p.taken[i]) continue;
    const e = p.ev[i]!;
    // A short "subscribe to our podcast/newsletter" line is a sign-up too; a paragraph is not.
    if (!has(e, 'newsletter') || (e.money && !(blocks[i]!.text.length <= FOLLOW_CHARS && freeFollow(regionWords(p, i, i + 1))))) continue;
    if (!(formNear(blocks, i) || (blocks[i]!.frame.roles & ROLE_BIT.newsletter) !== 0)) continue;
    const grown = grow(p, i);
    if (p.taken.subarray(grown.start, grown.end).some((t) => t)) continue;
    const region = buildRegion(p, w, grown, i, null, 0, 'newsletter');
    if (!region) continue;
    p.taken.fill(1, region.start, region.end);
    minor.push(region);
    i = Math.max(i, region.end - 1);
  }
  appeals.sort((a, b) => a.start - b.start);
  minor.sort((a, b) => a.start - b.start);
  return { appeals, minor, partial: p.stopped, page: p, candidates, regionOf, threshold, weights: w };
}
