// The fitted model's data: weights per feature, written by `npm run train` (src/cli/train/).
export interface LinearModel {
  readonly bias: number;
  /** One weight per feature, in the order of `ModelWeights.features`. */
  readonly weights: readonly number[];
}

export type KindClass = 'donation' | 'subscription' | 'paywall';
export const KIND_CLASSES: readonly KindClass[] = ['donation', 'subscription', 'paywall'];

export interface ModelWeights {
  readonly version: 1;
  /** Feature names, in order (checked against FEATURES when the model is used). */
  readonly features: readonly string[];
  /** Is a block an appeal? Logistic regression; a candidate block with p ≥ threshold seeds a region. */
  readonly appeal: LinearModel & { readonly threshold: number };
  /** Which kind? One logistic model per class, compared by their logits (one-vs-rest). */
  readonly kind: Readonly<Record<KindClass, LinearModel>>;
  /** What the fit saw: for the README and `--explain`. */
  readonly trainedOn: { readonly pages: number; readonly candidates: number; readonly positives: number; readonly l2: number };
}
