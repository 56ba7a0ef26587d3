// The fit: logistic regression for "is this block an appeal", its threshold from site-grouped
// out-of-fold scores (never from the rows it was fitted on), and one-vs-rest kind models.
import { FEATURES } from '../../core/model/features.js';
import { KIND_CLASSES, type LinearModel, type ModelWeights } from '../../core/model/types.js';
import { logit, sigmoid } from '../../core/model/predict.js';
import { foldOf } from '../eval/folds.js';
import { fitLogistic, type Row } from './fit.js';
import { KIND_PRIORS, PRIORS } from './priors.js';
import type { Sample } from './samples.js';

export interface TrainOptions {
  /** L2 penalty of the appeal model. */
  readonly l2?: number;
  /** L2 penalty of the kind models (few rows: stronger). */
  readonly kindL2?: number;
  /** Site-grouped folds used inside the training data to choose the threshold. */
  readonly innerFolds?: number;
  /** Total weight of the positives relative to the negatives'. */
  readonly positiveShare?: number;
}

export const DEFAULTS: Required<TrainOptions> = { l2: 3, kindL2: 2, innerFolds: 8, positiveShare: 0.5 };

function rowsOf(samples: readonly Sample[], positiveShare: number): Row[] {
  let pos = 0;
  let neg = 0;
  for (const s of samples) if (s.y) pos += s.w; else neg += s.w;
  // Positives are rare (a few per hundred candidates): weigh them up to a fixed share.
  const up = pos > 0 && neg > 0 ? Math.max(1, (positiveShare * neg) / pos) : 1;
  return samples.map((s) => ({ x: s.x, y: s.y, w: s.y ? s.w * up : s.w }));
}

const PRIOR = FEATURES.map((f) => PRIORS[f.name] ?? 0);

function fitAppeal(samples: readonly Sample[], o: Required<TrainOptions>): LinearModel {
  return fitLogistic(rowsOf(samples, o.positiveShare), FEATURES.length, { l2: o.l2, prior: PRIOR });
}

/** Cuts tried, and how many grid steps either side the F1 curve is averaged over. */
const CUTS = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);
const SMOOTH_STEPS = 5;

/**
 * The threshold that maximises region-level F1 on out-of-fold probabilities (site-grouped
 * folds inside the training data), counting full-weight negatives only. F1 is averaged over
 * ±0.05 around each cut first: with a hundred positives the raw curve is flat and jagged, and
 * its highest spike moves from one training set to the next.
 */
export function chooseThreshold(samples: readonly Sample[], o: Required<TrainOptions>): number {
  const scored: { p: number; y: 0 | 1; w: number }[] = [];
  for (let f = 0; f < o.innerFolds; f++) {
    const train = samples.filter((s) => foldOf(`inner:${s.site}`, o.innerFolds) !== f);
    const test = samples.filter((s) => foldOf(`inner:${s.site}`, o.innerFolds) === f);
    if (!test.length || !train.some((s) => s.y)) continue;
    const m = fitAppeal(train, o);
    for (const s of test) scored.push({ p: sigmoid(logit(m, s.x)), y: s.y, w: s.w });
  }
  const positives = scored.filter((s) => s.y).length;
  if (!positives) return 0.5;
  const f1 = CUTS.map((cut) => {
    let tp = 0, fp = 0;
    for (const s of scored) if (s.p >= cut) { if (s.y) tp++; else if (s.w >= 1) fp++; }
    return (2 * tp) / (2 * tp + fp + (positives - tp));
  });
  const smooth = CUTS.map((_, i) => {
    let sum = 0, n = 0;
    for (let j = Math.max(0, i - SMOOTH_STEPS); j <= Math.min(CUTS.length - 1, i + SMOOTH_STEPS); j++) { sum += f1[j]!; n++; }
    return sum / n;
  });
  const top = Math.max(...smooth);
  // On a plateau (classes apart), the middle of it.
  const ties = CUTS.filter((_, i) => smooth[i]! >= top - 1e-9);
  return Math.round(ties[Math.floor((ties.length - 1) / 2)]! * 10_000) / 10_000;
}

/**
 * The kind is read from words (the block's and its box's concepts and their combinations), where
 * its links go (a donation checkout or a subscription offer) and the page's paywall declaration
 * only: with a few dozen examples per kind, layout features would fit the examples' sites
 * rather than the kinds.
 */
export const KIND_FEATURES: ReadonlySet<string> = new Set(FEATURES.map((f) => f.name).filter((n) =>
  /^(?:w|box|x|d)\./.test(n) || n === 'g.gated' || n === 't.paywall' || n === 's.donationLink' || n === 's.subscriptionLink'));
const KIND_MASK = FEATURES.map((f) => (KIND_FEATURES.has(f.name) ? 1 : 0));

function fitKinds(samples: readonly Sample[], o: Required<TrainOptions>): ModelWeights['kind'] {
  const pos = samples.filter((s) => s.y && s.kind);
  const out = {} as Record<(typeof KIND_CLASSES)[number], LinearModel>;
  for (const k of KIND_CLASSES) {
    const rows: Row[] = pos.map((s) => ({ x: s.x.map((v, i) => v * KIND_MASK[i]!), y: s.kind === k ? 1 : 0, w: 1 }));
    const prior = FEATURES.map((f) => (KIND_FEATURES.has(f.name) ? KIND_PRIORS[k][f.name] ?? 0 : 0));
    out[k] = rows.some((r) => r.y) ? fitLogistic(rows, FEATURES.length, { l2: o.kindL2, prior }) : { bias: -10, weights: prior };
  }
  return out;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;
const roundModel = (m: LinearModel): LinearModel => ({ bias: round(m.bias), weights: m.weights.map(round) });

export function train(samples: readonly Sample[], options: TrainOptions = {}): ModelWeights {
  const o = { ...DEFAULTS, ...options };
  const appeal = roundModel(fitAppeal(samples, o));
  const threshold = chooseThreshold(samples, o);
  const kinds = fitKinds(samples, o);
  return {
    version: 1,
    features: FEATURES.map((f) => f.name),
    appeal: { ...appeal, threshold },
    kind: { donation: roundModel(kinds.donation), subscription: roundModel(kinds.subscription), paywall: roundModel(kinds.paywall) },
    trainedOn: {
      pages: new Set(samples.map((s) => s.page)).size, candidates: samples.length,
      positives: samples.filter((s) => s.y).length, l2: o.l2,
    },
  };
}

/** The weights file `npm run train` writes into src/core/model/weights.ts. */
export function weightsModule(w: ModelWeights): string {
  const lm = (m: LinearModel): string => `{ bias: ${m.bias}, weights: [${m.weights.join(', ')}] }`;
  return [
    '// Written by `npm run train` (src/cli/train/) from ../shared/corpus: do not edit by hand.',
    '// tests/cli/train.test.ts checks that the script still writes exactly this file.',
    "import type { ModelWeights } from './types.js';",
    '',
    'export const WEIGHTS: ModelWeights = {',
    '  version: 1,',
    `  features: [${w.features.map((f) => `'${f}'`).join(', ')}],`,
    `  appeal: { threshold: ${w.appeal.threshold}, bias: ${w.appeal.bias}, weights: [${w.appeal.weights.join(', ')}] },`,
    '  kind: {',
    ...Object.entries(w.kind).map(([k, m]) => `    ${k}: ${lm(m)},`),
    '  },',
    `  trainedOn: { pages: ${w.trainedOn.pages}, candidates: ${w.trainedOn.candidates}, positives: ${w.trainedOn.positives}, l2: ${w.trainedOn.l2} },`,
    '};',
    '',
  ].join('\n');
}
