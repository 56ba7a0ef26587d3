// What the appeal finder knows about the page: every block's evidence (concepts, amounts),
// where the article body is, and which blocks are already taken by a region.
// Built once per scan; everything after it is functions over this data.
import type { ArticleGuess } from './article-lite.js';
import { ROLE_BIT, type Block, type PageModel } from './blocks.js';
import type { DomAccess } from './dom.js';
import { evidenceReader, selfNamesOf, type BlockEvidence, type EvidenceReader } from './evidence/block-evidence.js';
import { CONCEPTS, languageMask, lexicon, type Tokens } from './lexicon/index.js';
import type { ScanOptions } from './types.js';

/** An element named as an appeal box holds at most this many blocks (else it is a wrapper). */
const NAMED_BOX_BLOCKS = 15;
/** …and at most this much text: a "paywall" element holding the article's paragraphs is no box. */
const NAMED_BOX_CHARS = 2_000;

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

export interface AppealPage {
  readonly input: AppealInput;
  readonly model: PageModel;
  readonly dom: DomAccess;
  readonly article: ArticleGuess;
  readonly blocks: readonly Block[];
  readonly ev: readonly BlockEvidence[];
  readonly titleEv: BlockEvidence;
  /** The time budget ran out while reading blocks: the blocks after that point have no evidence. */
  readonly stopped: boolean;
  /** Blocks already in a region. */
  readonly taken: Uint8Array;
  /** First article-body block, or -1. */
  readonly firstBody: number;
  /** Body characters from each block index to the end (inside the article). */
  readonly bodyCharsFrom: Float64Array;
  /** How often each block's text occurs on the page. */
  readonly repeats: Uint16Array;
  /** 1 when the block sits in a small element named as an appeal box ("donation-box", "epic"). */
  readonly namedBox: Uint8Array;
  /** A long, non-appeal paragraph of the article. */
  isBody(i: number): boolean;
  rangeOf(el: Element): readonly [number, number] | undefined;
}

export const NO_EVIDENCE: BlockEvidence = Object.freeze({
  counts: new Uint8Array(CONCEPTS.length), first: [], price: null, pricePeriod: false, selfName: false, money: false, moneyWords: 0, tokens: 0,
  digitTokens: 0, capitalTokens: 0,
});

/** A paragraph this long with one money word ("several members said") is prose about it, not an ask. */
const PROSE_TOKENS = 40;

/** Words about money that keep a block out of the article body: any, unless one word in a long paragraph. */
function moneyTalk(e: BlockEvidence): boolean {
  return e.money && !(e.moneyWords === 1 && e.price === null && e.tokens >= PROSE_TOKENS);
}

/** Blocks read between two looks at the clock. */
const CLOCK_EVERY = 64;
/** Blocks read between two looks at `pause()` (a scan split over tasks). */
const PAUSE_EVERY = 16;

/** Every block's evidence, as read so far; `stopped` when the time ran out before the end. */
export interface BlockInfos {
  readonly ev: BlockEvidence[];
  /** What the page title's words say (a premium tier named in the title). */
  readonly titleEv: BlockEvidence;
  readonly stopped: boolean;
}

/** The name a page gives itself in its title ("Story headline | The Daily Planet"). */
function siteNameOf(title: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s[|–—-]\s|\s[|·•]\s?/);
  const last = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  return last && last.length <= 40 ? last : null;
}

/**
 * Reads every block's evidence, in steps when asked: `run` goes on from the block where it
 * paused. Done in one go it is the same reading.
 */
export class BlockReader {
  private i = 0;
  private stopped = false;
  private readonly ev: BlockEvidence[];
  private reader: EvidenceReader | null = null;

  constructor(private readonly model: PageModel, private readonly host: string | null, private readonly timeLeft: (() => boolean) | undefined) {
    this.ev = new Array<BlockEvidence>(model.blocks.length);
  }

  private start(): EvidenceReader {
    const lex = lexicon();
    let mask = 0;
    const reader = evidenceReader(lex, () => mask, selfNamesOf(this.host, siteNameOf(this.model.title)));
    // The page's language from its stop words, over the first blocks' text.
    const sample: Tokens[] = [];
    let n = 0;
    for (const b of this.model.blocks) {
      const t = reader.tokensOf(b.text);
      sample.push(t);
      if ((n += t.lower.length) > 4_000) break;
    }
    mask = languageMask(lex, this.model.lang, sample);
    return reader;
  }

  /** Every block read, or null when `pause()` said the slice is over. */
  run(pause?: () => boolean): BlockInfos | null {
    const blocks = this.model.blocks;
    const { ev, timeLeft } = this;
    const reader = (this.reader ??= this.start());
    for (let i = this.i; i < blocks.length; i++) {
      if (pause && i % PAUSE_EVERY === PAUSE_EVERY - 1 && i !== this.i && pause()) {
        this.i = i;
        return null;
      }
      if (!this.stopped && timeLeft && i % CLOCK_EVERY === CLOCK_EVERY - 1 && !safeTimeLeft(timeLeft)) this.stopped = true;
      ev[i] = this.stopped ? NO_EVIDENCE : reader.read(blocks[i]!.text);
    }
    this.i = blocks.length;
    return { ev, titleEv: reader.read(this.model.title ?? ''), stopped: this.stopped };
  }
}

function safeTimeLeft(timeLeft: () => boolean): boolean {
  try {
    return timeLeft() !== false;
  } catch {
    return true;
  }
}

const NOT_BODY = ROLE_BIT.nav | ROLE_BIT.comments | ROLE_BIT.related | ROLE_BIT.sidebar | ROLE_BIT.footer | ROLE_BIT.header;

export function appealPage(input: AppealInput): AppealPage {
  const { model, article, dom } = input;
  const blocks = model.blocks;
  const { ev, titleEv, stopped } = input.infos ?? new BlockReader(model, input.host ?? null, input.timeLeft).run()!;
  const rangeOf = (el: Element): readonly [number, number] | undefined => model.ranges.get(el);

  // A small element named as an appeal box ("contributions__epic", "donation-box"): its
  // paragraphs are the box's, not the article's, even inside the article element.
  const smallBox = new Map<Element, boolean>();
  const charsIn = (r: readonly [number, number]): number => {
    let n = 0;
    for (let k = r[0]; k < r[1]; k++) n += blocks[k]!.text.length;
    return n;
  };
  const inNamedBox = (b: Block): boolean => {
    if (!(b.frame.roles & (ROLE_BIT.appeal | ROLE_BIT.paywall))) return false;
    for (let t = b.frame.tokens; t; t = t.next) {
      if (t.signal.role !== 'appeal' && t.signal.role !== 'paywall') continue;
      let small = smallBox.get(t.el);
      if (small === undefined) {
        const r = rangeOf(t.el);
        small = !!r && r[1] - r[0] <= NAMED_BOX_BLOCKS && charsIn(r) <= NAMED_BOX_CHARS;
        smallBox.set(t.el, small);
      }
      if (small) return true;
    }
    return false;
  };
  const namedBox = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) namedBox[i] = inNamedBox(blocks[i]!) ? 1 : 0;
  const isBody = (i: number): boolean => {
    const b = blocks[i];
    const e = ev[i];
    return !!b && !!e && i >= article.start && i < article.end && b.text.length >= 80 && !moneyTalk(e)
      && b.linkDensity < 0.5 && (b.frame.roles & NOT_BODY) === 0 && !namedBox[i];
  };
  let firstBody = -1;
  for (let i = article.start; i < article.end && firstBody < 0; i++) if (isBody(i)) firstBody = i;
  const n = blocks.length;
  const bodyCharsFrom = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) bodyCharsFrom[i] = bodyCharsFrom[i + 1]! + (isBody(i) ? blocks[i]!.text.length : 0);

  const seen = new Map<string, number>();
  for (const b of blocks) if (b.text.length >= 20) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  const repeats = new Uint16Array(n);
  for (let i = 0; i < n; i++) repeats[i] = Math.min(65_535, seen.get(blocks[i]!.text) ?? 1);

  return {
    input, model, dom, article, blocks, ev, titleEv, stopped, taken: new Uint8Array(n),
    firstBody, bodyCharsFrom, repeats, namedBox, isBody, rangeOf,
  };
}
