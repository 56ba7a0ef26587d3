// Reading the fitted model: a logit, a probability, the features that pushed it most.
import { FEATURES } from './features.js';
import { KIND_CLASSES, type KindClass, type LinearModel, type ModelWeights } from './types.js';

export function logit(m: LinearModel, x: ArrayLike<number>): number {
  let z = m.bias;
  const w = m.weights;
  for (let i = 0; i < w.length; i++) if (x[i]) z += w[i]! * x[i]!;
  return z;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export interface Contribution { readonly feature: number; readonly value: number }

/** Each feature's share of the logit (weight × value), largest first; zero terms left out. */
export function contributions(m: LinearModel, x: ArrayLike<number>): Contribution[] {
  const out: Contribution[] = [];
  for (let i = 0; i < m.weights.length; i++) {
    const v = m.weights[i]! * (x[i] ?? 0);
    if (v !== 0) out.push({ feature: i, value: v });
  }
  return out.sort((a, b) => b.value - a.value || a.feature - b.feature);
}

export function kindOf(w: ModelWeights, x: ArrayLike<number>): KindClass {
  let best: KindClass = 'donation';
  let bestZ = -Infinity;
  for (const k of KIND_CLASSES) {
    const z = logit(w.kind[k], x);
    if (z > bestZ) { bestZ = z; best = k; }
  }
  return best;
}

/** A model whose features do not line up with this build's is refused, not misread. */
export function checkModel(w: ModelWeights): void {
  if (w.features.length !== FEATURES.length || w.features.some((f, i) => f !== FEATURES[i]!.name)) {
    throw new Error('model weights do not match this build\'s features: run npm run train');
  }
}

/** A model that knows the features but has learnt nothing: what the fit starts from, so collecting the training blocks never depends on old weights. */
export function untrainedModel(): ModelWeights {
  const zero = { bias: 0, weights: FEATURES.map(() => 0) };
  return {
    version: 1, features: FEATURES.map((f) => f.name), appeal: { ...zero, threshold: 1 },
    kind: { donation: zero, subscription: zero, paywall: zero }, trainedOn: { pages: 0, candidates: 0, positives: 0, l2: 0 },
  };
}
