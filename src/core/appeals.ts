// Appeal detection: every candidate block (words about money or a gate) is scored by the fitted
// classifier (model/); each block at or above the fitted threshold seeds a region, grown to its
// appeal box (region-grow), named by its elements (region-cover) and given a kind, placement,
// confidence and reasons (region-build).
import { appealPage, type AppealInput, type AppealPage } from './appeal-page.js';
import { ROLE_BIT, type Block } from './blocks.js';
import { has } from './evidence/block-evidence.js';
import { featuresOf, isCandidate } from './model/features.js';
import { checkModel, logit, sigmoid } from './model/predict.js';
import type { ModelWeights } from './model/types.js';
import { WEIGHTS } from './model/weights.js';
import { buildRegion } from './region-build.js';
import { grow } from './region-grow.js';
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
  /** Feature vectors of the candidate blocks, by block index. */
  readonly features: ReadonlyMap<number, Float64Array>;
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

/** Fills `p.prob` for every candidate block; returns the candidates' feature vectors. */
export function scoreBlocks(p: AppealPage, w: ModelWeights): Map<number, Float64Array> {
  const xs = new Map<number, Float64Array>();
  for (let k = 0; k < p.blocks.length; k++) {
    if (!isCandidate(p, k)) continue;
    const x = featuresOf(p, k);
    xs.set(k, x);
    p.prob[k] = sigmoid(logit(w.appeal, x));
  }
  return xs;
}

export function findAppeals(input: AppealInput & { readonly weights?: ModelWeights }): AppealResult {
  const w = input.weights ?? WEIGHTS;
  checkModel(w);
  const p = appealPage(input);
  const { blocks } = p;
  const xs = scoreBlocks(p, w);
  const threshold = w.appeal.threshold;
  const appeals: Region[] = [];
  const minor: Region[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (p.taken[i]) continue;
    const seedMoney = p.prob[i]! >= threshold;
    // A newsletter sign-up (reported apart, as minor): the words plus a button or form right there, or a named box.
    const e = p.ev[i]!;
    const seedNewsletter = !seedMoney && has(e, 'newsletter') && !e.money
      && (formNear(blocks, i) || (blocks[i]!.frame.roles & ROLE_BIT.newsletter) !== 0);
    if (!seedMoney && !seedNewsletter) continue;
    const region = buildRegion(p, w, grow(p, i, threshold), i, xs, seedNewsletter);
    if (!region) continue;
    p.taken.fill(1, region.start, region.end);
    (region.kind === 'newsletter' || region.kind === 'other' ? minor : appeals).push(region);
    i = Math.max(i, region.end - 1);
  }
  appeals.sort((a, b) => a.start - b.start);
  minor.sort((a, b) => a.start - b.start);
  return { appeals, minor, partial: p.stopped, page: p, features: xs, threshold, weights: w };
}
