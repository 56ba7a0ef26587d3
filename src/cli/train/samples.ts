// Labelled blocks for the fit: every candidate block the scanner explains, labelled by the
// corpus's snippets. A block holding a required snippet is positive; one holding only an
// optional item is a light negative (navigation "Donate" links, newsletters); the other
// blocks of a positive block's box are left out (the box is the appeal's, but its snippet
// sits in one block); every other candidate is a negative.
import { collapse, containsAnySnippet } from '../eval/match.js';
import type { LabelPage } from '../eval/score.js';
import type { BlockExplanation } from '../../core/index.js';
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
  /** The block's text, for reports on what the fit gets wrong. */
  readonly text?: string;
}

export interface PageSamples {
  readonly page: string;
  readonly site: string;
  readonly samples: Sample[];
  /** Required appeals with no candidate block holding their snippet: the lexicon's blind spots. */
  readonly unreachable: readonly string[];
}

const KINDS: ReadonlySet<string> = new Set(['donation', 'subscription', 'paywall']);

export function pageSamples(label: LabelPage, site: string, blocks: readonly BlockExplanation[]): PageSamples {
  const texts = blocks.map((b) => collapse(b.text));
  const positiveOf = texts.map((t) => label.appeals.findIndex((a) => containsAnySnippet(t, a)));
  const optional = texts.map((t) => label.optional.some((o) => containsAnySnippet(t, o)));
  // A block shares a box with a positive one when either box holds the other block.
  const positives = blocks.filter((_, i) => positiveOf[i]! >= 0);
  const inPositiveBox = new Set<number>();
  for (const b of blocks) {
    if (positives.some((q) => (b.block >= q.box[0] && b.block < q.box[1]) || (q.block >= b.box[0] && q.block < b.box[1]))) inPositiveBox.add(b.block);
  }
  const samples: Sample[] = [];
  blocks.forEach((b, i) => {
    if (!b.features.length) return;
    const pos = positiveOf[i]!;
    if (pos >= 0) {
      const kind = label.appeals[pos]!.kind;
      samples.push({ page: label.id, site, x: b.features, y: 1, w: 1, kind: KINDS.has(kind) ? (kind as KindClass) : null, text: b.text });
    } else if (optional[i]) {
      samples.push({ page: label.id, site, x: b.features, y: 0, w: OPTIONAL_WEIGHT, kind: null, text: b.text });
    } else if (!inPositiveBox.has(b.block)) {
      samples.push({ page: label.id, site, x: b.features, y: 0, w: 1, kind: null, text: b.text });
    }
  });
  const reached = new Set(positiveOf.filter((p, i) => p >= 0 && blocks[i]!.features.length > 0));
  const unreachable = label.appeals.filter((_, i) => !reached.has(i)).map((a) => `${a.kind}: ${a.must[0] ?? ''}`);
  return { page: label.id, site, samples, unreachable };
}
