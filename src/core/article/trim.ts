// Last touches on the block list, for page furniture that container-level cleaning keeps
// because it sits inside the article's own container.

import type { BlockList } from './blocks.js';
import { articleText, wordCount } from './text.js';

const LINKY = 0.5;
const LINKY_ITEM = 0.3;
/** A line this short with no links is a label ("Trending", "Read more"), not a sentence. */
const LABEL_WORDS = 5;

/**
 * After the story, many pages append a label and a list of links ("More stories",
 * "Trending", "You may also like"): trim such a tail off the end.
 */
export function trimLinkTail(els: readonly Element[], list: BlockList): BlockList {
  const n = list.indices.length;
  let start = n;
  let linky = 0;
  let tailWords = 0;
  for (let k = n - 1; k >= 0; k--) {
    const mass = list.mass[k]!;
    const density = mass > 0 ? list.linkMass[k]! / mass : 0;
    const el = els[list.indices[k]!]!;
    const words = wordCount(articleText([el]));
    // Headline links count (in a list, a half-linked teaser too); bare URLs and one-word
    // links (a references list) do not.
    if (words >= 3 && (density >= LINKY || (el.localName === 'li' && density >= LINKY_ITEM))) linky++;
    else if (words > LABEL_WORDS) break;
    tailWords += words;
    start = k;
  }
  if (linky < 2 || start === 0) return list;
  let total = 0;
  for (let k = 0; k < n; k++) total += list.mass[k]!;
  let kept = 0;
  for (let k = 0; k < start; k++) kept += list.mass[k]!;
  // Never more than a small share of the article.
  if (kept < 0.7 * total || tailWords > 200) return list;
  return { indices: list.indices.slice(0, start), mass: list.mass.slice(0, start), linkMass: list.linkMass.slice(0, start) };
}

/** A short line repeated this often is a gallery or widget label ("Hide caption"), not prose. */
const REPEATS = 5;
const REPEAT_WORDS = 12;

/** Drop short lines that occur REPEATS times or more. */
export function dropRepeats(els: readonly Element[], list: BlockList): BlockList {
  const n = list.indices.length;
  if (n < REPEATS) return list;
  // Identical lines have identical lengths: only read the text of lengths seen often enough.
  const byMass = new Map<number, number>();
  for (const m of list.mass) byMass.set(m, (byMass.get(m) ?? 0) + 1);
  if (![...byMass.values()].some((c) => c >= REPEATS)) return list;
  const key = list.indices.map((i, k) => ((byMass.get(list.mass[k]!) ?? 0) >= REPEATS ? articleText([els[i]!]).toLowerCase() : `#${k}`));
  const counts = new Map<string, number>();
  for (const k of key) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Table cells repeat by nature ("Yes", "DNP", "0"): leave them alone.
  const keep = key.map((k, j) => (counts.get(k) ?? 0) < REPEATS || wordCount(k) > REPEAT_WORDS
    || els[list.indices[j]!]!.closest('td, th, table, pre') !== null);
  if (keep.every(Boolean)) return list;
  const pick = <T>(a: readonly T[]): T[] => a.filter((_, k) => keep[k]);
  return { indices: pick(list.indices), mass: pick(list.mass), linkMass: pick(list.linkMass) };
}
