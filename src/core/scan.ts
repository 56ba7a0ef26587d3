// Orchestrates one scan: walk → article → appeals → paywall → report. Pure: everything
// comes from the Document passed in. Never throws: on any failure it reports `partial`.
import { findAppeals, type AppealResult, type Region } from './appeals.js';
import { BlockReader, type BlockInfos } from './appeal-page.js';
import { articleText, findArticleSteps, type ArticleResult } from './article/index.js';
import { guessArticle, type ArticleGuess } from './article-lite.js';
import { ROLE_BIT, startWalk, type PageModel } from './blocks.js';
import { Budget } from './budget.js';
import { documentRoot, domAccess, pageHost, type DomAccess } from './dom.js';
import { paywallVerdict } from './paywall.js';
import { FEATURES } from './model/features.js';
import { regionWords, saysGate, type RegionWords } from './region-words.js';
import { contributions } from './model/predict.js';
import { has } from './evidence/block-evidence.js';
import type { AppealPage } from './appeal-page.js';
import { readAccess } from './signals/structured-data.js';
import { countWords } from './text.js';
import { applyRules, rulesForPage } from './rules/apply.js';
import type { Appeal, CandidateExplanation, ScanOptions, ScanReport } from './types.js';

export function scan(doc: Document, options: ScanOptions = {}): ScanReport {
  // Without a slice length the job never pauses: one step is the whole scan.
  return createJob(doc, options ?? {}, Infinity).step()!;
}

/**
 * A scan that can be split over several tasks, so that no task is a long one. Each `step()`
 * works for about `options.sliceMs` (by `options.now`) and returns null when there is more to
 * do, or the report. The page may change between steps: the report is of the page as each
 * part of it was read (the caller's mutation watch rescans after changes anyway). The time
 * budget counts the scan's own time in its steps, not the time between them.
 */
export interface ScanJob {
  step(): ScanReport | null;
}

export function startScan(doc: Document, options: ScanOptions = {}): ScanJob {
  const opts = options ?? {};
  const slice = typeof opts.sliceMs === 'number' && opts.sliceMs > 0 && typeof opts.now === 'function' ? opts.sliceMs : Infinity;
  return createJob(doc, opts, slice);
}

function createJob(doc: Document, opts: ScanOptions, sliceMs: number): ScanJob {
  const now = typeof opts.now === 'function' ? opts.now : undefined;
  const budget = Budget.from(opts);
  let spent = 0;
  let sliceStart: number | null = null;
  let sliceEnd = Infinity;
  /** The slice is over; or, with `share` < 1, that share of it is used (before a part that cannot pause). */
  const pause = sliceMs < Infinity
    ? (share = 1): boolean => (clock(now) ?? -Infinity) >= sliceEnd - sliceMs * (1 - share)
    : undefined;
  /** The scan's own time so far: its finished slices plus this one. */
  const ms = (): number | null => {
    if (sliceStart === null) return null;
    const t = clock(now);
    return t === null ? null : Math.max(0, Math.round((spent + t - sliceStart) * 100) / 100);
  };
  let steps: Generator<void, ScanReport> | null = null;
  let report: ScanReport | null = null;
  return {
    step(): ScanReport | null {
      if (report) return report;
      sliceStart = clock(now);
      sliceEnd = sliceStart === null ? Infinity : sliceStart + sliceMs;
      budget.resume();
      try {
        steps ??= scanSteps(doc, opts, now, budget, pause, ms);
        const s = steps;
        const r = s.next();
        if (r.done) report = r.value;
      } catch {
        report = emptyReport(null, true, 0, 0, ms());
      }
      if (!report) {
        budget.suspend();
        const t = clock(now);
        if (t !== null && sliceStart !== null) spent += t - sliceStart;
      }
      return report;
    },
  };
}

/** The scan as a sequence of parts; yields (only when `pause` says so) between and inside them. */
function* scanSteps(
  doc: Document, opts: ScanOptions, now: (() => number) | undefined, budget: Budget,
  pause: ((share?: number) => boolean) | undefined, ms: () => number | null,
): Generator<void, ScanReport> {
  const root = doc && typeof doc === 'object' ? documentRoot(doc) : null;
  if (!root) return emptyReport(null, false, 0, 0, ms());
  const dom = domAccess(doc, root);
  const walking = startWalk(doc, dom, root, budget, { ignore: opts.ignore });
  let model: PageModel | null;
  while (!(model = walking.run(pause))) yield;
  // Out of time already: the lighter guess from the walk, not a second pass over the page.
  let extracted: ArticleResult | null = null;
  if (!budget.timedOut) {
    // The extractor's index is built in one go (some 10 ms on a first scan): a fresh slice if half is gone.
    if (pause?.(0.5)) yield;
    extracted = yield* extractArticle(doc, opts, model, budget, pause);
  }
  const useExtractor = !!extracted?.element && extracted.blocks.length > 0;
  const article = useExtractor ? articleFromExtractor(extracted!, model) : guessArticle(model, dom);

  // With a clock, the later phases stop when the time is up too (the walk counts elements as well).
  const clockLeft = now ? (): boolean => budget.clockLeft() : undefined;
  const reader = new BlockReader(model, pageHost(doc), clockLeft);
  let infos: BlockInfos | null;
  while (!(infos = reader.run(pause))) yield;
  // Growing and judging the regions is one part too.
  if (pause?.(0.5)) yield;

  const access = readAccess(model.jsonLd);
  const selectorMatches = new Map<string, boolean | null>();
  for (const sel of access.selectors.slice(0, 10)) selectorMatches.set(sel, selectorMatches_(model, root, sel));
  const domVendors = model.domVendors;
  // An empty vendor container is where a script would put the paywall: the static page is not gated.
  const domGate = model.gateElements.some((el) => (model.ranges.get(el)?.[1] ?? 0) > (model.ranges.get(el)?.[0] ?? 0));
  const gatedContext = access.notFree || domGate;

  const found = findAppeals({
    model, dom, article, options: opts, gatedContext, host: pageHost(doc), timeLeft: clockLeft, infos,
    ...(opts.model ? { weights: opts.model } : {}),
  });
  // The reader's rules, over the classifier's findings (neither depends on its score).
  const ruled = opts.rules ? applyRules(found.page, rulesForPage(opts.rules, pageHost(doc)), found.appeals, found.minor) : null;
  const foundAppeals = ruled ? ruled.appeals : found.appeals;
  const foundMinor = ruled ? ruled.minor : found.minor;
  const regions = [...foundAppeals, ...foundMinor];
  if (pause?.()) yield;
  const articleText = useExtractor ? extractorText(extracted!, model, regions) : bodyText(model, article, regions);
  const words = countWords(articleText);
  const meterText = findMeter(found.page, foundAppeals);

  // What each region's words say, read once per region (the verdict asks several questions of each gate).
  const said = new Map<Region, RegionWords>();
  const wordsOf = (r: Region): RegionWords => {
    let w = said.get(r);
    if (!w) said.set(r, (w = regionWords(found.page, r.start, r.end)));
    return w;
  };
  const paywall = paywallVerdict({
    model, access, selectorMatches, domVendors, bodyWords: words, meterText,
    // A vendor's gate that speaks of commenting keeps the comments for subscribers, not the article.
    domGate: domGate && model.gateElements.some((el) => {
      const r = model.ranges.get(el);
      return !!r && r[1] > r[0] && !regionWords(found.page, r[0], r[1]).says('comment');
    }),
    // A paywall the reader's rule names is a gate candidate whatever its words (the verdict still wants a cut-off body or an overlay).
    gates: regions.filter((r) => (r.kind === 'paywall' && r.signals.includes('rule'))
      || ((r.kind === 'paywall' || r.kind === 'other') && saysGate(wordsOf(r)))),
    says: (r, c) => wordsOf(r).says(c),
    premiumTitle: has(found.page.titleEv, 'premium'),
  });
  const partial = model.partial || budget.exhausted || found.partial || (extracted?.partial ?? false);
  let n = 0;
  const toAppeal = (r: Region): Appeal => ({
    id: `a${++n}`, kind: r.kind, placement: r.placement, confidence: r.confidence, reasons: r.reasons,
    signals: r.signals, elements: r.elements, text: r.text,
  });
  const ordered = regions.slice().sort((a, b) => a.start - b.start);
  const ids = new Map<Region, Appeal>();
  for (const r of ordered) ids.set(r, toAppeal(r));
  // A page that is nothing but an appeal may have picked the appeal as its article: then there
  // is no article element to name apart from it.
  const articleElement = article.element && insideAny(article.element, regions) ? null : article.element;
  return {
    article: { element: articleElement, title: extracted?.title || titleOf(model), text: articleText, wordCount: words },
    appeals: foundAppeals.map((r) => ids.get(r)!),
    minor: foundMinor.map((r) => ids.get(r)!),
    paywall,
    partial,
    stats: { elements: model.elements, blocks: model.blocks.length, ms: ms() },
    ...(ruled ? { rules: { applied: ruled.applied } } : {}),
    ...(opts.explain ? { explain: explainCandidates(found, ids) } : {}),
  };
}

const NOT_BODY = ROLE_BIT.nav | ROLE_BIT.comments | ROLE_BIT.related;

/** The article-body extractor (src/core/article), in steps; null when it fails. */
function* extractArticle(
  doc: Document, opts: ScanOptions, model: PageModel, budget: Budget, pause: (() => boolean) | undefined,
): Generator<void, ArticleResult | null> {
  try {
    return yield* findArticleSteps(doc, {
      ignore: opts.ignore, isVisible: opts.isVisible, maxElements: opts.maxElements, trace: model.trace,
      timeLeft: opts.now ? () => budget.timeLeft() : undefined,
    }, pause);
  } catch {
    return null;
  }
}

/** The extractor's body as a block range of this walk: from its first to its last block. */
function articleFromExtractor(ex: ArticleResult, model: PageModel): ArticleGuess {
  let start = Infinity;
  let end = -1;
  for (const el of ex.blocks) {
    const r = model.ranges.get(el);
    if (!r) continue;
    if (r[0] < start) start = r[0];
    if (r[1] > end) end = r[1];
  }
  if (end < 0) {
    const r = ex.element ? model.ranges.get(ex.element) : undefined;
    return { element: ex.element, start: r?.[0] ?? 0, end: r?.[1] ?? 0 };
  }
  return { element: ex.element, start, end };
}

/** Elements that belong wholly to an appeal (the excluded text of the extractor's body). */
function appealElements(model: PageModel, regions: readonly Region[]): Set<Element> {
  const set = new Set<Element>();
  for (const r of regions) for (const el of r.elements) set.add(el);
  return set;
}

function extractorText(ex: ArticleResult, model: PageModel, regions: readonly Region[]): string {
  const drop = appealElements(model, regions);
  try {
    return articleText(ex.blocks, (el) => drop.has(el));
  } catch {
    return '';
  }
}

/** Article body text: the article's blocks minus every appeal, one block per line. */
function bodyText(model: PageModel, article: ArticleGuess, regions: readonly Region[]): string {
  if (!article.element) return '';
  const drop = new Uint8Array(model.blocks.length);
  for (const r of regions) for (const k of r.blocks) drop[k] = 1;
  const lines: string[] = [];
  const baseRoles = model.frames.get(article.element)?.roles ?? 0;
  for (let i = article.start; i < article.end; i++) {
    const b = model.blocks[i]!;
    if (drop[i]) continue;
    if ((b.frame.roles & ~baseRoles) & NOT_BODY) continue;
    lines.push(b.text);
  }
  return lines.join('\n');
}

function insideAny(el: Element, regions: readonly Region[]): boolean {
  const contains = protoFn<(n: Node) => boolean>(el, 'contains');
  if (!contains) return false;
  for (const r of regions) {
    for (const e of r.elements) {
      try {
        if (e === el || contains.call(e, el)) return true;
      } catch {
        return false;
      }
    }
  }
  return false;
}

function titleOf(model: PageModel): string | null {
  return model.h1 || model.title || null;
}

const METER_COUNT = /\b\d{1,2} (?:of|von|de|sur|из|z|di|van|av|af) \d{1,2}\b[^.\n]{0,30}/i;

/** A meter counter ("1 of 10 free articles"): in an appeal, or a short line of its own with meter words and a digit. */
function findMeter(p: AppealPage, appeals: readonly Region[]): string | null {
  for (const r of appeals) {
    for (const k of r.blocks) {
      const m = has(p.ev[k]!, 'meter') && !has(p.ev[k]!, 'comment') ? METER_COUNT.exec(p.blocks[k]!.text) : null;
      if (m) return m[0];
    }
  }
  for (let i = 0; i < p.blocks.length; i++) {
    const b = p.blocks[i]!;
    // "1000 characters remaining in your comment" counts a comment form, not articles.
    if (b.text.length <= 80 && has(p.ev[i]!, 'meter') && !has(p.ev[i]!, 'comment') && /\d/.test(b.text)) return b.text;
  }
  return null;
}

/** Every candidate region: its features, score, threshold, decision and strongest features. */
function explainCandidates(found: AppealResult, ids: ReadonlyMap<Region, Appeal>): { featureNames: string[]; candidates: CandidateExplanation[] } {
  const { page: p, weights: w } = found;
  const candidates = found.candidates.map((c): CandidateExplanation => {
    const region = found.regionOf.get(c);
    return {
      start: c.grown.start, end: c.grown.end,
      text: p.blocks.slice(c.grown.start, c.grown.end).map((b) => b.text).join('\n'),
      features: Array.from(c.x), probability: Math.round(c.prob * 10_000) / 10_000, threshold: w.appeal.threshold,
      decision: region ? 'appeal' : 'below-threshold', appeal: region ? ids.get(region)?.id ?? null : null,
      top: contributions(w.appeal, c.x).sort((a, b) => Math.abs(b.value) - Math.abs(a.value)).slice(0, 6)
        .map((t) => ({ feature: FEATURES[t.feature]!.name, contribution: Math.round(t.value * 1000) / 1000 })),
      bias: w.appeal.bias,
    };
  });
  return { featureNames: FEATURES.map((f) => f.name), candidates };
}

/**
 * Does a JSON-LD cssSelector match anything? Simple selectors (".a", "#b", ".a, .b", ".a .b")
 * are answered from the class/id sets the walk collected; others use one querySelector.
 */
function selectorMatches_(model: PageModel, root: Element, sel: string): boolean | null {
  const parts = sel.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length && parts.every((p) => /^(?:[.#][\w-]+\s*)+$/.test(p))) {
    return parts.some((p) => (p.match(/[.#][\w-]+/g) ?? []).every((t) =>
      t.startsWith('.') ? model.classes.has(t.slice(1).toLowerCase()) : model.ids.has(t.slice(1).toLowerCase())));
  }
  const qs = protoFn<(sel: string) => Element | null>(root, 'querySelector');
  if (!qs || sel.length > 300) return null;
  try {
    return qs.call(root, sel) !== null;
  } catch {
    return null;
  }
}

function protoFn<F>(obj: object, name: string): F | null {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d && typeof d.value === 'function') return d.value as F;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return null;
}

function clock(now: (() => number) | undefined): number | null {
  if (!now) return null;
  try {
    const t = now();
    return typeof t === 'number' && Number.isFinite(t) ? t : null;
  } catch {
    return null;
  }
}

function emptyReport(title: string | null, partial: boolean, elements: number, blocks: number, ms: number | null): ScanReport {
  return {
    article: { element: null, title, text: '', wordCount: 0 },
    appeals: [], minor: [],
    paywall: { detected: false, state: 'unknown', signals: [] },
    partial,
    stats: { elements, blocks, ms },
  };
}

export type { DomAccess };
