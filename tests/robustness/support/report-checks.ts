// Invariants every ScanReport must satisfy, whatever the page. Each check returns a list of
// human-readable problems (empty = fine) so a failing property names what went wrong.
import { PRIMARY_KINDS, type Appeal, type ScanOptions, type ScanReport } from '../../../src/core/index.js';

const MINOR_KINDS = ['newsletter', 'other'];
const PLACEMENTS = ['inline', 'appended', 'overlay', 'banner', 'sidebar'];
const PAYWALL_STATES = ['free', 'metered', 'registration', 'hard', 'premium-section', 'unknown'];

/** Unique per text node in generated pages (see `withMarkers`), so text can be traced. */
export const MARKER_RE = /\bzqj[bcdfghklmnprstvwx]{2,}\b/g;

/** Invisible/format characters a scanner may legitimately drop from "visible text". */
const INVISIBLE_RE = /[\p{Cf}\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu; // not \t \n \v \f \r

function norm(s: string): string {
  return s.replace(INVISIBLE_RE, '').replace(/\s+/g, ' ');
}

/** Child-index path from the document: stable across two builds of the same spec. */
export function pathOf(node: Node | null): string | null {
  if (!node) return null;
  const parts: number[] = [];
  let n: Node | null = node;
  while (n && n.parentNode) {
    parts.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
    n = n.parentNode;
  }
  return parts.reverse().join('/');
}

function normAppeal(a: Appeal) {
  return { ...a, elements: a.elements.map(pathOf) };
}

/** The report as plain data, elements replaced by paths; `ms` dropped unless it must be null. */
export function normalizeReport(r: ScanReport) {
  return {
    article: { ...r.article, element: pathOf(r.article.element) },
    appeals: r.appeals.map(normAppeal),
    minor: r.minor.map(normAppeal),
    paywall: r.paywall,
    partial: r.partial,
    stats: { elements: r.stats.elements, blocks: r.stats.blocks },
  };
}

/** Not a type guard on purpose: Array.isArray would narrow readonly Appeal[] to any[]. */
function isList(x: unknown): boolean {
  return Array.isArray(x);
}

function isElement(x: unknown): x is Element {
  return typeof x === 'object' && x !== null && (x as Node).nodeType === 1;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4 /* FOLLOWING */) !== 0;
}

function checkAppeal(doc: Document, a: Appeal, kinds: readonly string[], where: string, out: string[]): void {
  const p = `${where} ${String(a.id)}`;
  if (typeof a.id !== 'string' || a.id === '') out.push(`${p}: empty id`);
  if (!kinds.includes(a.kind)) out.push(`${p}: kind ${String(a.kind)} not allowed in ${where}`);
  if (!PLACEMENTS.includes(a.placement)) out.push(`${p}: bad placement ${String(a.placement)}`);
  if (typeof a.confidence !== 'number' || !(a.confidence >= 0 && a.confidence <= 1)) out.push(`${p}: confidence ${a.confidence} not in [0,1]`);
  if (!isList(a.reasons) || a.reasons.some((x) => typeof x !== 'string')) out.push(`${p}: reasons not strings`);
  if (!isList(a.signals) || a.signals.some((x) => typeof x !== 'string')) out.push(`${p}: signals not strings`);
  if (typeof a.text !== 'string') out.push(`${p}: text not a string`);
  if (!isList(a.elements) || a.elements.length === 0) {
    out.push(`${p}: no elements`);
    return;
  }
  for (const el of a.elements) {
    if (!isElement(el)) out.push(`${p}: element is not an Element`);
    else if (el.ownerDocument !== doc || !doc.contains(el)) out.push(`${p}: element <${el.localName}> not in the scanned document`);
  }
}

/** Text lines are "whitespace collapsed": no runs of spaces, no padding. */
function checkCollapsed(text: string, what: string, out: string[]): void {
  for (const line of text.split('\n')) {
    if (/[^\S\n]{2,}|\t|\r/.test(line)) out.push(`${what}: whitespace not collapsed in ${JSON.stringify(line.slice(0, 80))}`);
  }
}

/**
 * Every word of `text` occurs in one of `sources` (modulo invisible characters and a trailing
 * ellipsis). Sources are thunks, tried in order and built only when needed: pages hold 5 MB texts.
 */
function wordsFrom(text: string, sources: string | readonly (() => string)[], what: string, out: string[]): void {
  const thunks = typeof sources === 'string' ? [() => sources] : sources;
  let missing = [...new Set(norm(text).split(' '))].map((w) => w.replace(/…$/, '')).filter(Boolean);
  for (const source of thunks) {
    if (missing.length === 0) return;
    const hay = norm(source());
    const whole = new Set(hay.split(' '));
    missing = missing.filter((w) => !whole.has(w) && !hay.includes(w));
  }
  if (missing.length) out.push(`${what}: word ${JSON.stringify(missing[0]!.slice(0, 40))} is not in the page`);
}

/** All elements via a TreeWalker: indexing jsdom's live HTMLCollection is quadratic on deep trees. */
export function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc, 1 /* SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

function attributeText(doc: Document): string {
  const parts: string[] = [];
  for (const el of allElements(doc)) for (const a of Array.from(el.attributes)) parts.push(a.value);
  return parts.join(' ');
}

/** Raw textContent, then the rendered reading (which joins the text on either side of a <script>). */
function pageSources(doc: Document): (() => string)[] {
  const root = doc.documentElement;
  return root ? [() => root.textContent ?? '', () => renderedText(root), () => renderedText(root, false)] : [() => ''];
}

export interface CheckContext {
  readonly options?: ScanOptions;
  /** marker → the text node that carries it (generated pages only). */
  readonly markers?: ReadonlyMap<string, Text>;
}

/**
 * The report is well-formed: types and ranges, elements in the scanned document, unique ids,
 * appeals in document order, text collapsed and made of words that are in the page, paywall
 * verdict consistent, `ms` only with a clock, `partial` only with a reason, serialisable.
 */
export function shapeProblems(doc: Document, r: ScanReport, ctx: CheckContext = {}): string[] {
  const out: string[] = [];
  if (typeof r !== 'object' || r === null) return ['report is not an object'];
  if (!isList(r.appeals) || !isList(r.minor)) return ['appeals/minor are not arrays'];
  r.appeals.forEach((a) => checkAppeal(doc, a, PRIMARY_KINDS, 'appeals', out));
  r.minor.forEach((a) => checkAppeal(doc, a, MINOR_KINDS, 'minor', out));
  if (out.length) return out;

  for (const list of [r.appeals, r.minor]) {
    const ids = list.map((a) => a.id);
    if (new Set(ids).size !== ids.length) out.push(`duplicate appeal ids: ${ids.join(',')}`);
    for (let i = 1; i < list.length; i++) {
      if (!precedes(list[i - 1]!.elements[0]!, list[i]!.elements[0]!)) out.push(`appeals ${list[i - 1]!.id}, ${list[i]!.id} not in document order`);
    }
  }

  const art = r.article;
  if (typeof art !== 'object' || art === null) return [...out, 'article missing'];
  if (art.element !== null && (!isElement(art.element) || !doc.contains(art.element))) out.push('article.element is not in the document');
  if (typeof art.text !== 'string') out.push('article.text is not a string');
  if (art.title !== null && typeof art.title !== 'string') out.push('article.title is neither string nor null');
  if (!Number.isInteger(art.wordCount) || art.wordCount < 0) out.push(`article.wordCount ${art.wordCount} is not a count`);
  if (typeof art.text === 'string' && art.text.trim() === '' && art.wordCount !== 0) out.push('empty article text but wordCount > 0');
  if (out.length) return out;

  // Only text that is in the page.
  const page = pageSources(doc);
  checkCollapsed(art.text, 'article.text', out);
  wordsFrom(art.text, page, 'article.text', out);
  // Titles may come from <meta content>: attributes are read only when the text lacks a word.
  if (art.title) wordsFrom(art.title, [...page, () => attributeText(doc)], 'article.title', out);
  for (const a of [...r.appeals, ...r.minor]) {
    checkCollapsed(a.text, `${a.id}.text`, out);
    wordsFrom(a.text, page, `${a.id}.text`, out);
  }
  if (ctx.markers) {
    for (const text of [art.text, ...r.appeals.map((a) => a.text), ...r.minor.map((a) => a.text)]) {
      for (const m of text.match(MARKER_RE) ?? []) if (!ctx.markers.has(m)) out.push(`report has marker ${m} that is not in the page`);
    }
  }

  const pw = r.paywall;
  if (typeof pw?.detected !== 'boolean' || !PAYWALL_STATES.includes(pw.state) || !isList(pw.signals)) out.push('malformed paywall verdict');
  else if (pw.detected && pw.state === 'free') out.push('paywall detected but state "free"');
  if (typeof r.partial !== 'boolean') out.push('partial is not a boolean');
  const s = r.stats;
  if (!Number.isInteger(s?.elements) || s.elements < 0 || !Number.isInteger(s.blocks) || s.blocks < 0) out.push('malformed stats');
  const opts = ctx.options ?? {};
  if (!opts.now && s?.ms !== null) out.push(`stats.ms is ${String(s?.ms)} although no clock was given`);
  if (opts.now && s?.ms !== null && !(typeof s?.ms === 'number' && s.ms >= 0)) out.push(`stats.ms ${String(s?.ms)} is not a duration`);
  // Without a clock, a small page (few elements, ordinary amounts of text) has nothing to stop for.
  const total = r.partial && !opts.now && doc.documentElement ? doc.getElementsByTagName('*').length : 0;
  if (!opts.now && r.partial && doc.documentElement && (doc.documentElement.textContent ?? '').length < 200_000 && total <= (opts.maxElements ?? 20_000)) {
    out.push(`partial although the page has only ${total} elements and there is no time budget`);
  }

  // Must be serialisable for messages once elements are dropped.
  try {
    JSON.stringify(normalizeReport(r));
  } catch (e) {
    out.push(`report not serialisable: ${(e as Error).message}`);
  }
  return out;
}

/**
 * Regions never overlap: an appeal's elements are consecutive blocks in document order that do
 * not nest; no element belongs to two appeals, directly or by nesting; the article is not inside
 * an appeal; an appeal's text comes from its own elements and never also appears in article.text.
 */
export function regionProblems(doc: Document, r: ScanReport, ctx: CheckContext = {}): string[] {
  const out: string[] = [];
  const all = [...r.appeals, ...r.minor];
  for (const a of all) {
    for (let i = 1; i < a.elements.length; i++) {
      const prev = a.elements[i - 1]!;
      const cur = a.elements[i]!;
      if (!precedes(prev, cur)) out.push(`appeal ${a.id}: elements not in document order (<${prev.localName}> then <${cur.localName}>)`);
      if (prev.contains(cur) || cur.contains(prev)) out.push(`appeal ${a.id}: elements nest inside each other (<${prev.localName}>, <${cur.localName}>)`);
    }
  }

  // Linear: each element looks up its ancestors in an owner map (pages have 10,000 appeals or 10,000 levels).
  const owner = new Map<Element, Appeal>();
  for (const a of all) {
    for (const e of a.elements) {
      const other = owner.get(e);
      if (other && other !== a) out.push(`appeals ${other.id} and ${a.id} share <${e.localName}>`);
      owner.set(e, a);
    }
  }
  const seenUp = new Map<Element, Appeal | null>(); // memo: nearest owned ancestor
  const ownedAncestor = (start: Element): Appeal | null => {
    const chain: Element[] = [];
    let found: Appeal | null = null;
    for (let p = start.parentElement; p; p = p.parentElement) {
      const memo = seenUp.get(p);
      if (memo !== undefined) { found = owner.get(p) ?? memo; break; }
      chain.push(p);
      const o = owner.get(p);
      if (o) { found = o; break; }
    }
    for (const c of chain) if (!owner.has(c)) seenUp.set(c, found);
    return found;
  };
  for (const a of all) {
    for (const e of a.elements) {
      const up = ownedAncestor(e);
      if (up && up !== a) out.push(`appeal ${a.id} <${e.localName}> lies inside appeal ${up.id}`);
    }
  }

  // A page that is nothing but an appeal may name it as its "article" as long as no body text comes from it.
  const art = r.article;
  if (art.element && art.text.trim() !== '') {
    for (const a of r.appeals) if (a.elements.some((e) => e === art.element || e.contains(art.element!))) out.push(`article element (with text) lies inside appeal ${a.id}`);
  }

  for (const a of all) {
    const own = [
      () => a.elements.map((e) => e.textContent ?? '').join(' '),
      () => a.elements.map((e) => renderedText(e)).join(' '),
      () => a.elements.map((e) => renderedText(e, false)).join(' '),
    ];
    wordsFrom(a.text, own, `${a.id}.text (from its own elements)`, out);
  }

  // Marker tracing: a text node lives in at most one region, and in the region that names it.
  if (ctx.markers) {
    const inArticle = new Set(art.text.match(MARKER_RE) ?? []);
    for (const a of all) {
      for (const m of a.text.match(MARKER_RE) ?? []) {
        const node = ctx.markers.get(m);
        if (node && !a.elements.some((e) => e.contains(node))) out.push(`${a.id}.text has text (${m}) from outside its elements`);
        if (r.appeals.includes(a) && inArticle.has(m)) out.push(`text ${m} is both in appeal ${a.id} and in article.text`);
      }
    }
  }
  return out;
}

/** "Stop after visiting this many elements": the count never goes past the cap. */
export function budgetProblems(r: ScanReport, ctx: CheckContext = {}): string[] {
  const max = ctx.options?.maxElements;
  return max !== undefined && r.stats.elements > max ? [`visited ${r.stats.elements} elements, over maxElements ${max}`] : [];
}

/** Every invariant. */
export function reportProblems(doc: Document, r: ScanReport, ctx: CheckContext = {}): string[] {
  const shape = shapeProblems(doc, r, ctx);
  return shape.length ? shape : [...regionProblems(doc, r, ctx), ...budgetProblems(r, ctx)];
}

/**
 * Text as rendered: text nodes outside non-rendered and hidden subtrees, joined as they touch.
 * `ariaHidden` says whether aria-hidden="true" counts as hidden (scanners may go either way).
 */
export function renderedText(root: Element, ariaHidden = true): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.nodeType === 3) { parts.push(n.nodeValue ?? ''); continue; }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el !== root && (SKIPPABLE.has(el.localName) || hidden(el, ariaHidden))) continue;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join('');
}

/** Subtrees a scanner may legitimately skip without visiting: non-rendered or hidden. */
const SKIPPABLE = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'video', 'audio', 'canvas', 'textarea', 'select', 'head', 'math']);

function hidden(el: Element, ariaHidden = true): boolean {
  if (el.hasAttribute('hidden') || (ariaHidden && el.getAttribute('aria-hidden') === 'true')) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '');
  return /display:none|visibility:hidden/i.test(style);
}

/** Elements inside <body> that every complete scan has to look at (iterative: pages nest 10,000 deep). */
export function countableElements(doc: Document): number {
  let n = 0;
  const stack: Element[] = doc.body ? [doc.body] : [];
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (SKIPPABLE.has(el.localName) || hidden(el)) continue;
    n++;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return n;
}
