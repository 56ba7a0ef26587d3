// Labelled regions for the fit: every candidate region the scanner explains, labelled by the
// corpus's snippets (POLICY's matching rule). A region holding a required snippet is positive;
// one holding only an optional item is a light negative (navigation "Donate" links,
// newsletters); every other candidate is a negative.
import { collapse, containsAnySnippet } from '../eval/match.js';
import type { LabelPage } from '../eval/score.js';
import type { CandidateExplanation } from '../../core/index.js';
import type { KindClass } from '../../core/model/types.js';

/** Weight of a block that matches only an optional item. */
export const OPTIONAL_WEIGHT = 0.3;

export interface Sample {
  readonly page: string;
  readonly site: string;
  readonly x: readonly number[];
  readonly y: 0 | 1;
  readonly w: number;
  readonly kind: KindClass | null;
}

export interface PageSamples {
  readonly page: string;
  readonly site: string;
  readonly samples: Sample[];
  /** Required appeals with no candidate block holding their snippet: the lexicon's blind spots. */
  readonly unreachable: readonly string[];
}

const KINDS: ReadonlySet<string> = new Set(['donation', 'subscription', 'paywall']);

export function pageSamples(label: LabelPage, site: string, candidates: readonly CandidateExplanation[]): PageSamples {
  const samples: Sample[] = [];
  const reached = new Set<number>();
  for (const c of candidates) {
    const text = collapse(c.text.replace(/\n/g, ' '));
    const pos = label.appeals.findIndex((a) => containsAnySnippet(text, a));
    label.appeals.forEach((a, i) => { if (containsAnySnippet(text, a)) reached.add(i); });
    if (pos >= 0) {
      const kind = label.appeals[pos]!.kind;
      samples.push({ page: label.id, site, x: c.features, y: 1, w: 1, kind: KINDS.has(kind) ? (kind as KindClass) : null });
    } else if (label.optional.some((o) => containsAnySnippet(text, o))) {
      samples.push({ page: label.id, site, x: c.features, y: 0, w: OPTIONAL_WEIGHT, kind: null });
    } else {
      samples.push({ page: label.id, site, x: c.features, y: 0, w: 1, kind: null });
    }
  }
  const unreachable = label.appeals.filter((_, i) => !reached.has(i)).map((a) => `${a.kind}: ${a.must[0] ?? ''}`);
  return { page: label.id, site, samples, unreachable };
}
