// `eval --folds N`: cross-validation grouped by site. Pass 1 reads every page's candidate blocks
// (train/collect); then one model per fold is fitted on the other folds' pages, and one on all
// pages; pass 2 scans each page with its fold's model and with the all-pages model, so the
// honest (cross-validated) and the in-sample figures come from the same run.
import type { ModelWeights } from '../../core/model/types.js';
import { collectSamples } from '../train/collect.js';
import { train } from '../train/train.js';
import { breakdown, languageKey, repoKey } from './breakdown.js';
import { foldOf, siteOf } from './folds.js';
import type { FoldedEval } from './report-folds.js';
import { runCorpusSlots, type RunOptions } from './run.js';
import { score } from './score.js';

export interface FoldedOptions extends RunOptions {
  /** Called once per phase ("reading", "fitting", "scoring"). */
  readonly onPhase?: (phase: string) => void;
}

/** The figures, and the model fitted on every page (what `npm run train` writes). */
export async function runFolded(dir: string, folds: number, options: FoldedOptions = {}): Promise<FoldedEval & { readonly model: ModelWeights }> {
  options.onPhase?.('reading candidate blocks');
  const collected = await collectSamples(dir, options.onPage);
  const samples = collected.pages.flatMap((p) => p.samples);
  options.onPhase?.('fitting');
  const full = train(samples);
  const foldModels: ModelWeights[] = [];
  for (let f = 0; f < folds; f++) foldModels.push(train(samples.filter((s) => foldOf(s.site, folds) !== f)));
  options.onPhase?.('scoring');
  const foldPages = new Array<number>(folds).fill(0);
  for (const l of collected.labels) foldPages[foldOf(siteOf(l), folds)]!++;
  const slots = await runCorpusSlots(dir, {
    ...options,
    modelsFor: (label) => [foldModels[foldOf(siteOf(label), folds)]!, full],
  });
  const cv = slots[0] ?? [];
  return {
    folds,
    crossValidated: score(cv),
    inSample: score(slots[1] ?? []),
    byLanguage: breakdown(cv, languageKey),
    byRepo: breakdown(cv, repoKey),
    foldPages,
    model: full,
  };
}
