// Article-body extractor: which element holds the article, its title, and the text blocks
// of its body with page furniture (navigation, share bars, bylines, related links, comments,
// footers) left out. Pure DOM: everything comes from the Document passed in; nothing is
// mutated; one walk over the page, bounded by `maxElements`.

import { buildIndex, F_SKIP, type DomIndex, type NodeTrace } from './dom-index.js';
import { collectBlocks, containerOf } from './blocks.js';
import { ATTEMPTS, ENOUGH_TEXT, runAttempt, Scratch, type Attempt } from './extract.js';
import { readMeta } from './meta.js';
import { dropRepeats, trimLinkTail } from './trim.js';
import { visibleText } from './text.js';
import { chooseTitle, cleanTitle } from './title.js';

export { articleText, wordCount, visibleText } from './text.js';

export interface ArticleContext {
  /** Elements to treat as absent (e.g. the extension's own nodes). */
  readonly ignore?: (el: Element) => boolean;
  /** false for elements that are not rendered; asked for block-level elements only. */
  readonly isVisible?: (el: Element) => boolean;
  /** Stop indexing after this many elements (default 20,000) and report `partial`. */
  readonly maxElements?: number;
  /** The scanner's walk over the same document, read instead of walking the DOM again. */
  readonly trace?: NodeTrace;
  /** false once the scan's time is up: indexing stops there and the result is `partial`. */
  readonly timeLeft?: () => boolean;
}

export interface ArticleResult {
  /** The main article container, or null when the page has no text at all. */
  readonly element: Element | null;
  readonly title: string | null;
  /** Text-block elements of the body, in document order (see `articleText`). */
  readonly blocks: Element[];
  /** true when the element budget ran out before the whole page was seen. */
  readonly partial: boolean;
}

export const DEFAULT_MAX_ELEMENTS = 20_000;

const EMPTY: ArticleResult = { element: null, title: null, blocks: [], partial: false };

/** Visible h1 texts, in document order (a handful is enough to recognise the headline). */
function headlineTexts(ix: DomIndex): string[] {
  const out: string[] = [];
  // A skipped element has nothing indexed below it: only the h1 itself can be skipped.
  for (const i of ix.h1) {
    if (out.length >= 8) break;
    if (ix.flags[i]! & F_SKIP) continue;
    const s = visibleText(ix.els[i]!, 500);
    if (s) out.push(s);
  }
  return out;
}

export function findArticle(doc: Document, ctx: ArticleContext = {}): ArticleResult {
  const steps = findArticleSteps(doc, ctx);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The extractor in steps, for a scan split over several tasks: it yields between its parts
 * (the index, then each attempt) whenever `pause()` says the time slice is over.
 */
export function* findArticleSteps(doc: Document, ctx: ArticleContext, pause?: () => boolean): Generator<void, ArticleResult> {
  try {
    return yield* find(doc, ctx, pause);
  } catch {
    // Malformed or exotic documents (frameset, SVG, XML) must never break a scan.
    return EMPTY;
  }
}

function* find(doc: Document, ctx: ArticleContext, pause: (() => boolean) | undefined): Generator<void, ArticleResult> {
  let root: Element | null = null;
  try {
    root = doc.body ?? doc.documentElement;
  } catch {
    root = doc.documentElement;
  }
  if (!root) return EMPTY;
  const ix = buildIndex(root, {
    ignore: ctx.ignore,
    isVisible: ctx.isVisible,
    maxElements: ctx.maxElements ?? DEFAULT_MAX_ELEMENTS,
    trace: ctx.trace,
    timeLeft: ctx.timeLeft,
  });
  if (pause?.()) yield;
  const meta = readMeta(doc, ix.metadata);
  const title = chooseTitle(meta, headlineTexts(ix));
  // Headings that repeat the title are not body text (site names are cleaned off first, so a
  // logo <h1> does not pass for the headline).
  const titles = [title, meta.ogTitle, meta.ldHeadline]
    .filter((t): t is string => Boolean(t))
    .map((t) => cleanTitle(t, meta.siteName));
  const rootScorable = root.localName.toLowerCase() === 'body';
  let dropByline = !meta.hasAuthor;
  let best: Attempt | null = null;
  const scratch = new Scratch(ix.count);
  for (const flags of ATTEMPTS) {
    if (pause?.()) yield;
    const a = runAttempt({ ix, titles, dropByline, rootScorable, scratch }, flags);
    if (a.byline) dropByline = false;
    if (a.textLength >= ENOUGH_TEXT) { best = a; break; }
    if (!best || a.textLength > best.textLength) best = a;
  }
  if (!best || best.textLength === 0) return { element: null, title, blocks: [], partial: ix.partial };
  if (pause?.()) yield;
  const list = dropRepeats(ix.els, trimLinkTail(ix.els, collectBlocks(ix, best)));
  const container = containerOf(ix, list);
  return {
    element: ix.els[container] ?? ix.els[best.top] ?? root,
    title,
    blocks: list.indices.map((i) => ix.els[i]!),
    partial: ix.partial,
  };
}
