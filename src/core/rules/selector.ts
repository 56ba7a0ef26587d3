// From an element the reader picked to a rule line (robust selectors: stable ids and class
// names, never nth-child chains or hashed CSS-in-JS classes; a text fingerprint when the page
// has nothing stable), and from a rule back to the elements it names. Pure: everything is read
// through the element's own document, by one bounded walk (no querySelectorAll).
import { documentRoot, domAccess, type DomAccess } from '../dom.js';
import { SKIP_TAGS, collapse, hiddenByMarkup } from '../text.js';
import { normalHost } from './hosts.js';
import { escapeText } from './parse.js';
import type { Rule, RuleKind } from './types.js';

/** At most this many elements a rule names (the first ones in document order). */
export const MAX_MATCHES = 50;
/** Elements visited per walk over the page (uniqueness checks, matchRule). */
const MAX_VISIT = 50_000;
/** The text fingerprint is the element's first this many characters. */
const FINGERPRINT_CHARS = 60;
/** Text-fingerprint candidates collected before the smallest ones are chosen. */
const MAX_TEXT_CANDIDATES = 500;
/** Nodes read per element to get the start of its text. */
const PREFIX_NODES = 400;

/* ---------- clobber-proof element methods ---------- */

function protoFn<F>(obj: object, name: string): F | null {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return typeof d.value === 'function' ? (d.value as F) : null;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return null;
}

function protoGet(obj: object, name: string): unknown {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return d.get ? d.get.call(obj) : undefined;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

/** `el.matches(selector)` taken from the prototype; null when the selector throws. */
export function selectorTester(sample: Element, selector: string): ((el: Element) => boolean) | null {
  const matches = protoFn<(s: string) => boolean>(sample, 'matches');
  if (!matches) return null;
  try {
    matches.call(sample, selector);
  } catch {
    return null;
  }
  return (el) => {
    try {
      return matches.call(el, selector) === true;
    } catch {
      return false;
    }
  };
}

export function containsFn(sample: Node): (a: Node, b: Node) => boolean {
  const contains = protoFn<(n: Node) => boolean>(sample, 'contains');
  return (a, b) => {
    try {
      return !!contains && contains.call(a, b) === true;
    } catch {
      return false;
    }
  };
}

function ownerDoc(el: Element): Document | null {
  const d = protoGet(el, 'ownerDocument');
  return d && typeof d === 'object' && (d as Node).nodeType === 9 ? (d as Document) : null;
}

/* ---------- text ---------- */

/** How fingerprints compare: lower-case, whitespace left out (blocks and text nodes join differently). */
export function fingerprintKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/**
 * The start of an element's visible text (scripts, styles and elements hidden by markup left
 * out), text nodes joined by spaces, until `want` non-space characters are read. `want` of
 * Infinity reads up to the node limit.
 */
function textStart(el: Element, dom: DomAccess, want: number): string {
  const tag = dom.tag(el);
  if (SKIP_TAGS.has(tag) || hidden(el, dom)) return '';
  let out = '';
  let got = 0;
  let w: TreeWalker;
  try {
    w = dom.walker(el);
  } catch {
    return '';
  }
  let node: Node | null = w.firstChild();
  for (let n = 0; node && n < PREFIX_NODES && got < want; n++) {
    if (node.nodeType === 3) {
      const t = (node as Text).data;
      out += ` ${t}`;
      got += t.replace(/\s+/g, '').length;
    } else if (node.nodeType === 1 && (SKIP_TAGS.has(dom.tag(node as Element)) || hidden(node as Element, dom))) {
      node = skipSubtree(w, el);
      continue;
    }
    node = w.nextNode();
  }
  return collapse(out);
}

function hidden(el: Element, dom: DomAccess): boolean {
  return hiddenByMarkup(dom.attr(el, 'hidden'), dom.attr(el, 'style'));
}

/** The next node after `w.currentNode`'s subtree, inside `root`. */
function skipSubtree(w: TreeWalker, root: Node): Node | null {
  for (let i = 0; i < 200; i++) {
    const sib = w.nextSibling();
    if (sib) return sib;
    const up = w.parentNode();
    if (!up || up === root) return null;
  }
  return null;
}

/* ---------- matching ---------- */

/** Where a rule looks for elements: the elements in document order and their text. */
export interface MatchSource {
  /** Candidate elements, in document order. */
  readonly elements: Iterable<Element>;
  /** The start of the element's visible text, at least `want` non-space characters when it has them. */
  prefix(el: Element, want: number): string;
  contains(a: Element, b: Element): boolean;
}

/**
 * The elements a rule names among `src.elements`: those the selector matches (all of them, when
 * it has none) whose text starts with the fingerprint, when it has one (case and whitespace
 * aside; then the smallest such elements, not their ancestors). At most MAX_MATCHES, in
 * document order. A selector that throws names nothing.
 */
export function matchAmong(src: MatchSource, rule: Rule, sample: Element): Element[] {
  if (!rule || typeof rule !== 'object') return [];
  const sel = typeof rule.selector === 'string' && rule.selector ? rule.selector : null;
  const test = sel ? selectorTester(sample, sel) : null;
  if (sel && !test) return [];
  const key = typeof rule.text === 'string' && rule.text ? fingerprintKey(rule.text) : null;
  if (!sel && !key) return [];
  const out: Element[] = [];
  let visited = 0;
  for (const el of src.elements) {
    if (++visited > MAX_VISIT) break;
    if (test && !test(el)) continue;
    if (key !== null && !fingerprintKey(src.prefix(el, key.length)).startsWith(key)) continue;
    out.push(el);
    if (out.length >= (key !== null ? MAX_TEXT_CANDIDATES : MAX_MATCHES)) break;
  }
  if (key === null) return out;
  // The smallest: leave out every match that holds a later one (descendants follow their ancestors).
  const smallest: Element[] = [];
  for (let i = 0; i < out.length && smallest.length < MAX_MATCHES; i++) {
    const a = out[i]!;
    let holds = false;
    for (let j = i + 1; j < out.length && !holds; j++) holds = src.contains(a, out[j]!);
    if (!holds) smallest.push(a);
  }
  return smallest;
}

/** Elements below `root` (root first), in document order, at most MAX_VISIT. */
function* elementsUnder(root: Element, dom: DomAccess): Generator<Element> {
  let w: TreeWalker;
  try {
    w = dom.walker(root, true);
  } catch {
    return;
  }
  yield root;
  for (let n: Node | null = w.nextNode(), i = 0; n && i < MAX_VISIT; n = w.nextNode(), i++) {
    if (n.nodeType === 1) yield n as Element;
  }
}

function accessFor(el: Element, dom?: DomAccess): DomAccess | null {
  if (dom) return dom;
  const doc = ownerDoc(el);
  return doc ? domAccess(doc, el) : null;
}

/**
 * The elements `rule` names inside `root` (root included): for a selector, what it matches; for
 * a text fingerprint, the smallest elements whose visible text starts with it (case-insensitive).
 * At most 50, in document order. The rule's host and enabled state are not looked at. Never throws.
 */
export function matchRule(root: Element, rule: Rule, dom?: DomAccess): Element[] {
  try {
    const d = accessFor(root, dom);
    if (!d) return [];
    const contains = containsFn(root);
    return matchAmong({
      elements: elementsUnder(root, d),
      prefix: (el, want) => textStart(el, d, want),
      contains: (a, b) => a !== b && contains(a, b),
    }, rule, root);
  } catch {
    return [];
  }
}

/* ---------- building a rule for a picked element ---------- */

/** Names that change from state to state (open, active…) name no element for good. */
const STATE_NAMES: ReadonlySet<string> = new Set([
  'active', 'open', 'opened', 'closed', 'show', 'shown', 'hide', 'hidden', 'visible', 'invisible', 'in', 'out', 'fade',
  'selected', 'focus', 'focused', 'hover', 'current', 'expanded', 'collapsed', 'loading', 'loaded', 'ready', 'animated',
  'sticky', 'fixed', 'enter', 'leave', 'clearfix', 'container', 'row', 'wrapper', 'inner', 'outer', 'content',
]);

/** Prefixes CSS-in-JS and frameworks give generated names. */
const GENERATED_PREFIX = /^(?:css|sc|jsx|emotion|styled|svelte|jss|makestyles|tw|ember|yui|ng-tns|ng-star|data-v|astro)[-_]/i;

/**
 * A class name or id that looks written by a person and stays the same across page loads:
 * letters, digits, - and _ only, at most 40 characters; no runs of three digits; no hashed part
 * (`css-1x2y3z`, `sc-bdVaJa`, `jsx-123`, `Box_root__3kD9x`, `a8f3e2c1`); no state names.
 */
export function stableName(name: string): boolean {
  if (typeof name !== 'string' || name.length < 2 || name.length > 40) return false;
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) return false;
  if (/\d{3,}/.test(name)) return false;
  if (GENERATED_PREFIX.test(name)) return false;
  if (STATE_NAMES.has(name.toLowerCase()) || /^(?:is|has)-/.test(name)) return false;
  // CSS modules: Name_local__hash.
  if (/__[A-Za-z0-9_-]{4,}$/.test(name) && /_/.test(name.slice(0, name.indexOf('__')))) return false;
  for (const part of name.split(/[-_]+/)) {
    if (!part) continue;
    const digits = (part.match(/\d/g) ?? []).length;
    // A hash: a long part mixing letters and digits, or hex with digits.
    if (part.length >= 5 && digits >= 1 && /[A-Za-z]/.test(part) && !/^[A-Za-z]+\d{1,2}$/.test(part)) return false;
    if (part.length >= 6 && digits >= 2 && /^[0-9a-f]+$/i.test(part)) return false;
    // Mixed-case gibberish (bdVaJa, kDxYzQ): an upper-case letter after a lower-case one, twice, in a short part.
    if (part.length >= 5 && part.length <= 8 && (part.match(/[a-z][A-Z]/g) ?? []).length >= 2) return false;
  }
  return true;
}

type Hit = 'unique' | 'first' | 'no';

/**
 * A rule line for the element the reader picked: `host##selector` (flag, with `:appeal(kind)`
 * when a kind is given) or `host#@#selector` (never). The selector is, by preference, the
 * element's stable id, its stable class names, or either under an ancestor's stable id or
 * class, always with the tag; it matches the element alone, or at least first in document
 * order. When nothing stable names it: `tag:has-text(first 60 characters of its text)`.
 * Parse the line with parseRules before storing it (the host is checked there).
 */
export function ruleFor(el: Element, host: string, action: 'flag' | 'never', kind: RuleKind | null, dom?: DomAccess): string {
  const h = normalHost(host);
  const suffix = action === 'flag' && kind ? `:appeal(${kind})` : '';
  const line = (body: string): string => `${h}${action === 'never' ? '#@#' : '##'}${body}${suffix}`;
  let d: DomAccess | null = null;
  try {
    d = accessFor(el, dom);
  } catch {
    d = null;
  }
  if (!d) {
    let tag = 'div';
    try {
      const n: unknown = el?.localName;
      if (typeof n === 'string' && /^[a-z][a-z0-9-]*$/.test(n)) tag = n;
    } catch {
      tag = 'div';
    }
    return line(tag);
  }
  const sel = chooseSelector(el, d);
  if (sel) return line(sel);
  const tag = d.tag(el) || '*';
  const text = fingerprintText(el, d);
  if (text) return line(`${tag}:has-text(${escapeText(text)})`);
  return line(contextSelector(el, d) ?? tag);
}

function fingerprintText(el: Element, dom: DomAccess): string {
  const raw = textStart(el, dom, FINGERPRINT_CHARS).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const t = collapse(raw);
  let cut = t.slice(0, FINGERPRINT_CHARS);
  // Whole words: a cut inside a word goes back to the last space (when that keeps half of it).
  if (t.length > FINGERPRINT_CHARS && t[FINGERPRINT_CHARS] !== ' ') {
    const sp = cut.lastIndexOf(' ');
    if (sp >= FINGERPRINT_CHARS / 2) cut = cut.slice(0, sp);
  }
  cut = cut.trimEnd();
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

function stableId(el: Element, dom: DomAccess): string | null {
  const id = dom.attr(el, 'id');
  return id && stableName(id) ? id : null;
}

function stableClasses(el: Element, dom: DomAccess): string[] {
  const cls = dom.attr(el, 'class');
  if (!cls || cls.length > 2_000) return [];
  const out: string[] = [];
  for (const c of cls.split(/\s+/)) if (c && stableName(c) && !out.includes(c)) out.push(c);
  return out.slice(0, 4);
}

/** The element's own selectors, best first. */
function ownSelectors(el: Element, dom: DomAccess): string[] {
  const tag = dom.tag(el);
  const out: string[] = [];
  const id = stableId(el, dom);
  if (id) out.push(`${tag}#${id}`);
  const cls = stableClasses(el, dom);
  for (const c of cls) out.push(`${tag}.${c}`);
  for (let i = 0; i < cls.length; i++) for (let j = i + 1; j < cls.length; j++) out.push(`${tag}.${cls[i]}.${cls[j]}`);
  if (cls.length > 2) out.push(`${tag}.${cls.join('.')}`);
  return out;
}

/** The nearest ancestor's stable name as a selector (id first), within six levels below <body>. */
function ancestorSelectors(el: Element, dom: DomAccess): string[] {
  const out: string[] = [];
  let up = dom.parent(el);
  for (let i = 0; up && i < 6; i++, up = dom.parent(up)) {
    const tag = dom.tag(up);
    if (tag === 'body' || tag === 'html') break;
    const id = stableId(up, dom);
    if (id) out.push(`${tag}#${id}`);
    const cls = stableClasses(up, dom);
    if (cls[0]) out.push(`${tag}.${cls[0]}`);
    if (out.length >= 3) break;
  }
  return out;
}

function contextSelector(el: Element, dom: DomAccess): string | null {
  const a = ancestorSelectors(el, dom)[0];
  return a ? `${a} ${dom.tag(el)}` : null;
}

function chooseSelector(el: Element, dom: DomAccess): string | null {
  const doc = ownerDoc(el);
  const root = doc ? documentRoot(doc) : null;
  if (!root) return null;
  const own = ownSelectors(el, dom);
  const tag = dom.tag(el);
  const anc = ancestorSelectors(el, dom);
  const withContext: string[] = [];
  for (const a of anc) {
    for (const o of own.slice(0, 3)) withContext.push(`${a} ${o}`);
    withContext.push(`${a} ${tag}`);
  }
  let first: string | null = null;
  for (const s of [...own, ...withContext]) {
    const hit = where(root, el, s, dom);
    if (hit === 'unique') return s;
    if (hit === 'first' && first === null) first = s;
  }
  return first;
}

/** Does `sel` match `el` alone, `el` first of several, or not `el` first? */
function where(root: Element, el: Element, sel: string, dom: DomAccess): Hit {
  const test = selectorTester(el, sel);
  if (!test || !test(el)) return 'no';
  let seen = 0;
  let firstIsEl = false;
  for (const e of elementsUnder(root, dom)) {
    if (!test(e)) continue;
    seen++;
    if (seen === 1) {
      firstIsEl = e === el;
      if (!firstIsEl) return 'no';
    } else {
      return 'first';
    }
  }
  return firstIsEl ? 'unique' : 'no';
}
