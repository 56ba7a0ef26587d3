// Body-text comparison: bag-of-words over lowercase Unicode word tokens.

/** Letters, combining marks and digits; apostrophes inside a word keep it whole ("don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export interface Prf { readonly precision: number; readonly recall: number; readonly f1: number }

function countBag(tokens: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokens) bag.set(t, (bag.get(t) ?? 0) + 1);
  return bag;
}

/**
 * Multiset overlap of predicted vs true tokens. Two empty texts agree perfectly; an empty
 * prediction of a non-empty truth scores 0 (not NaN), so means stay defined.
 */
export function tokenPrf(predicted: string, truth: string): Prf {
  const p = tokenize(predicted);
  const t = tokenize(truth);
  if (p.length === 0 && t.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (p.length === 0 || t.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const truthBag = countBag(t);
  let common = 0;
  for (const [tok, n] of countBag(p)) common += Math.min(n, truthBag.get(tok) ?? 0);
  const precision = common / p.length;
  const recall = common / t.length;
  const f1 = common === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
