// Figures per subset of the corpus (per language, per source repository). Pure: no I/O.
import { score, type EvalFigures, type LabelPage, type PageObservation } from './score.js';

export interface BreakdownRow {
  readonly key: string;
  readonly figures: EvalFigures;
}

/** score() on each group of observations sharing keyOf(label); most pages first, then by key. */
export function breakdown(observations: readonly PageObservation[], keyOf: (p: LabelPage) => string): BreakdownRow[] {
  const groups = new Map<string, PageObservation[]>();
  for (const obs of observations) {
    const key = keyOf(obs.label);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(obs);
  }
  return [...groups]
    .map(([key, group]) => ({ key, figures: score(group) }))
    .sort((x, y) => y.figures.pages - x.figures.pages || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The primary language subtag, lower-case ('en' for 'en-GB'); 'unknown' when the label has none. */
export function languageKey(p: LabelPage): string {
  const primary = (p.lang ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return primary === '' ? 'unknown' : primary;
}

/** The repository the page was copied from; 'hand-made' for pages with no origin repo. */
export function repoKey(p: LabelPage): string {
  return p.repo ?? 'hand-made';
}
