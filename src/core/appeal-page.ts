// What the appeal finder knows about the page: every block's lexical evidence, where the
// article body is, and which blocks are already taken by a region. Built once per scan.
import type { ArticleGuess } from './article-lite.js';
import { ROLE_BIT, type Block, type PageModel } from './blocks.js';
import type { DomAccess } from './dom.js';
import { evaluateText, type PhraseHit, type TextEvaluation } from './signals/evaluate.js';
import type { PhraseCategory } from './signals/table.js';
import type { AppealKind, ScanOptions } from './types.js';

/** Most any one category adds to a region's evidence, so repetition cannot outweigh kinds. */
export const CAP: Readonly<Record<PhraseCategory, number>> = {
  ask: 4.5, gate: 4, price: 2.5, meter: 2, pitch: 2.5, value: 2.5, payment: 2, cta: 1.5,
  opener: 1, thanks: 0.5, dismiss: 0.5, newsletter: 1.5, login: 0.5, adblock: 0.5,
};
/** The categories that make something an appeal (the rest frame a box or point elsewhere). */
const CORE: ReadonlySet<PhraseCategory> = new Set(['ask', 'gate', 'price', 'meter', 'pitch', 'value']);
const NOT_APPEAL: ReadonlySet<PhraseCategory> = new Set(['newsletter', 'adblock']);
/** An element named as an appeal box holds at most this many blocks (else it is a wrapper). */
const NAMED_BOX_BLOCKS = 15;

export interface AppealInput {
  readonly model: PageModel;
  readonly dom: DomAccess;
  readonly article: ArticleGuess;
  readonly options: ScanOptions;
  /** Paywall context (JSON-LD says not free, vendor gate) makes gate text more credible. */
  readonly gatedContext: boolean;
  /** The page's host, when known: a link inside the article to another site's donation page is news. */
  readonly host?: string | null;
  /** false once the scan's time is up: blocks not yet read get no evidence (the scan is then partial). */
  readonly timeLeft?: () => boolean;
  /** Every block's evidence, when the caller read it already (in steps, see BlockReader). */
  readonly infos?: BlockInfos;
}

export interface BlockInfo {
  readonly ev: TextEvaluation;
  /** Capped sum of core-category weights. */
  readonly core: number;
  /** Has any appeal evidence (not only newsletter or ad-blocker words). */
  readonly appealish: boolean;
  readonly newsletter: boolean;
}

export interface AppealPage {
  readonly input: AppealInput;
  readonly model: PageModel;
  readonly dom: DomAccess;
  readonly article: ArticleGuess;
  readonly blocks: readonly Block[];
  readonly infos: readonly BlockInfo[];
  /** The time budget ran out while reading blocks: the blocks after that point have no evidence. */
  readonly stopped: boolean;
  /** Blocks already in a region. */
  readonly taken: Uint8Array;
  /** First article-body block, or -1. */
  readonly firstBody: number;
  /** Body characters from each block index to the end (inside the article). */
  readonly bodyCharsFrom: Float64Array;
  /** A long, non-appeal paragraph of the article. */
  isBody(i: number): boolean;
  rangeOf(el: Element): readonly [number, number] | undefined;
}

export function sumByCategory(hits: readonly PhraseHit[]): Map<PhraseCategory, number> {
  const seen = new Set<string>();
  const sums = new Map<PhraseCategory, number>();
  for (const h of hits) {
    if (seen.has(h.signal.id)) continue;
    seen.add(h.signal.id);
    const c = h.signal.category;
    sums.set(c, Math.min(CAP[c], (sums.get(c) ?? 0) + h.signal.weight));
  }
  return sums;
}

export function coreOf(sums: ReadonlyMap<PhraseCategory, number>): number {
  let core = 0;
  for (const [c, v] of sums) if (CORE.has(c)) core += v;
  return core;
}

/** The kind a block's own words point to (null when they point to none). */
export function dominantKind(hits: readonly PhraseHit[]): AppealKind | null {
  let don = 0;
  let sub = 0;
  let gate = 0;
  for (const h of hits) {
    if (h.signal.category === 'gate') gate += h.signal.weight;
    else if (h.signal.kind === 'donation') don += h.signal.weight;
    else if (h.signal.kind === 'subscription') sub += h.signal.weight;
  }
  if (gate >= 3) return 'paywall';
  if (!don && !sub) return null;
  return sub > don ? 'subscription' : 'donation';
}

export function hasCategory(p: AppealPage, k: number, c: PhraseCategory): boolean {
  return p.infos[k]?.ev.hits.some((h) => h.signal.category === c) ?? false;
}

function blockInfo(ev: TextEvaluation): BlockInfo {
  const newsletterOnly = ev.reclassify === 'newsletter';
  let appealish = false;
  let newsletter = newsletterOnly;
  for (const h of ev.hits) {
    if (NOT_APPEAL.has(h.signal.category)) newsletter ||= h.signal.category === 'newsletter';
    else appealish = true;
  }
  return { ev, core: newsletterOnly ? 0 : coreOf(sumByCategory(ev.hits)), appealish: appealish && !newsletterOnly, newsletter };
}

/**
 * Infos by evaluation: most blocks have no hits (one shared empty evaluation) and repeated
 * lines share theirs (the evaluator's memo), so one info serves them all. Infos are read-only.
 */
const NO_EVIDENCE: BlockInfo = blockInfo({ hits: [], rejected: [], reclassify: null });
/** Blocks read between two looks at the clock. */
const CLOCK_EVERY = 64;
/**
 * Blocks read between two looks at `pause()` (a scan split over tasks). Few: the first blocks
 * a page load reads compile their patterns' regexes, a millisecond or more each.
 */
const PAUSE_EVERY = 4;

/** Every block's evidence, as read so far; `stopped` when the time ran out before the end. */
export interface BlockInfos {
  readonly infos: BlockInfo[];
  readonly stopped: boolean;
}

/**
 * Reads every block's evidence, in steps when asked: `run` goes on from the block where it
 * paused. Done in one go it is the same reading.
 */
export class BlockReader {
  private i = 0;
  private stopped = false;
  private readonly byEv = new Map<TextEvaluation, BlockInfo>();
  private readonly infos: BlockInfo[];

  constructor(private readonly blocks: readonly Block[], private readonly timeLeft: (() => boolean) | undefined) {
    this.infos = new Array<BlockInfo>(blocks.length);
  }

  /** Every block read (the infos), or null when `pause()` said the slice is over. */
  run(pause?: () => boolean): BlockInfos | null {
    const { blocks, infos, byEv, timeLeft } = this;
    for (let i = this.i; i < blocks.length; i++) {
      if (pause && i % PAUSE_EVERY === PAUSE_EVERY - 1 && i !== this.i && pause()) {
        this.i = i;
        return null;
      }
      // Out of time: the rest of the page (in document order, so the article and what follows
      // it come first) is left unread rather than making the scan a long task.
      if (!this.stopped && timeLeft && i % CLOCK_EVERY === CLOCK_EVERY - 1 && !safeTimeLeft(timeLeft)) this.stopped = true;
      if (this.stopped) { infos[i] = NO_EVIDENCE; continue; }
      const ev = evaluateText(blocks[i]!.text);
      let inf = byEv.get(ev);
      if (!inf) byEv.set(ev, (inf = blockInfo(ev)));
      infos[i] = inf;
    }
    this.i = blocks.length;
    return { infos, stopped: this.stopped };
  }
}

function safeTimeLeft(timeLeft: () => boolean): boolean {
  try {
    return timeLeft() !== false;
  } catch {
    return true;
  }
}

export function appealPage(input: AppealInput): AppealPage {
  const { model, article } = input;
  const blocks = model.blocks;
  const { infos, stopped } = input.infos ?? new BlockReader(blocks, input.timeLeft).run()!;
  const rangeOf = (el: Element): readonly [number, number] | undefined => model.ranges.get(el);

  // A small element named as an appeal box ("contributions__epic", "donation-box"): its
  // paragraphs are the box's, not the article's, even inside the article element.
  const smallBox = new Map<Element, boolean>();
  const inNamedBox = (b: Block): boolean => {
    if (!(b.frame.roles & (ROLE_BIT.appeal | ROLE_BIT.paywall))) return false;
    for (let t = b.frame.tokens; t; t = t.next) {
      if (t.signal.role !== 'appeal' && t.signal.role !== 'paywall') continue;
      let small = smallBox.get(t.el);
      if (small === undefined) {
        const r = rangeOf(t.el);
        small = !!r && r[1] - r[0] <= NAMED_BOX_BLOCKS;
        smallBox.set(t.el, small);
      }
      if (small) return true;
    }
    return false;
  };
  const NOT_BODY = ROLE_BIT.nav | ROLE_BIT.comments | ROLE_BIT.related | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header;
  const isBody = (i: number): boolean => {
    const b = blocks[i];
    const inf = infos[i];
    return !!b && !!inf && i >= article.start && i < article.end && b.text.length >= 80 && !inf.appealish
      && b.linkDensity < 0.5 && (b.frame.roles & NOT_BODY) === 0 && !inNamedBox(b);
  };
  let firstBody = -1;
  for (let i = article.start; i < article.end && firstBody < 0; i++) if (isBody(i)) firstBody = i;
  const bodyCharsFrom = new Float64Array(blocks.length + 1);
  for (let i = blocks.length - 1; i >= 0; i--) bodyCharsFrom[i] = bodyCharsFrom[i + 1]! + (isBody(i) ? blocks[i]!.text.length : 0);

  return {
    input, model, dom: input.dom, article, blocks, infos, stopped, taken: new Uint8Array(blocks.length),
    firstBody, bodyCharsFrom, isBody, rangeOf,
  };
}
