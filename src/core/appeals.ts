// Appeal detection: seed blocks with lexical evidence, grow each seed to its appeal region
// (region-grow), judge the region on combined lexical, structural and vendor evidence
// (region-judge), and name it by its elements (region-cover).
import { appealPage, type AppealInput } from './appeal-page.js';
import { ROLE_BIT, type Block } from './blocks.js';
import { judge } from './region-judge.js';
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
}

/** A form control or button in block i or the two after it. */
function formNear(blocks: readonly Block[], i: number): boolean {
  for (let k = i; k <= i + 2 && k < blocks.length; k++) {
    const n = blocks[k]!;
    if (n.controls > 0 || n.tag === 'button' || n.frame.inButton) return true;
  }
  return false;
}

export function findAppeals(input: AppealInput): AppealResult {
  const p = appealPage(input);
  const { blocks, infos } = p;
  const appeals: Region[] = [];
  const minor: Region[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (p.taken[i]) continue;
    const inf = infos[i]!;
    const b = blocks[i]!;
    // A heading that asks ("Unterstützen Sie uns", "Support us") seeds its box even though a
    // bare label is only a call to action: the box's body is judged with it.
    const seedMoney = inf.core >= 2 || (b.headingLevel > 0 && inf.ev.hits.some((h) => h.signal.demotedFrom === 'ask'));
    // A newsletter sign-up: the words plus a button or form right there, or a named box.
    const seedNewsletter = !seedMoney && inf.newsletter && (formNear(blocks, i) || (b.frame.roles & ROLE_BIT.newsletter) !== 0);
    if (!seedMoney && !seedNewsletter) continue;
    const region = judge(p, grow(p, i), seedNewsletter);
    if (!region) continue;
    p.taken.fill(1, region.start, region.end);
    (region.kind === 'newsletter' || region.kind === 'other' ? minor : appeals).push(region);
    i = Math.max(i, region.end - 1);
  }
  appeals.sort((a, b) => a.start - b.start);
  minor.sort((a, b) => a.start - b.start);
  return { appeals, minor, partial: p.stopped };
}
