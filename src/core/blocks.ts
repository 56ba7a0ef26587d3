// One bounded, non-recursive walk over the document: visible text blocks with their
// context (landmarks, class/id tokens, links, controls), element → block ranges, and the
// head data the paywall check needs (JSON-LD, script hosts). No layout, no recursion.
import { Budget } from './budget.js';
import type { DomAccess } from './dom.js';
import { evaluateHref, evaluateScript, evaluateToken, vendorDomIndex, type LinkHit } from './signals/read.js';
import { LANDMARK_ROLES, LANDMARK_TAGS } from './signals/index.js';
import { linkSignals } from './signals/links.js';
import type { TokenRole, TokenSignal, VendorSignal } from './signals/table.js';
import { BLOCK_TAGS, HEADING_LEVEL, SKIP_TAGS, collapse, hiddenByMarkup } from './text.js';

export const ROLE_BIT: Readonly<Record<TokenRole, number>> = {
  appeal: 1, paywall: 2, newsletter: 4, overlay: 8, banner: 16, sidebar: 32, footer: 64, header: 128,
  nav: 256, adblock: 512, comments: 1024, related: 2048, article: 4096, teaser: 8192,
};

/** A class/id token hit on an element, chained to its ancestors' hits. */
export interface TokenLink {
  readonly signal: TokenSignal;
  readonly token: string;
  readonly el: Element;
  readonly depth: number;
  readonly next: TokenLink | null;
}

export interface Frame {
  readonly el: Element;
  readonly tag: string;
  readonly parent: Frame | null;
  readonly depth: number;
  /** ROLE_BIT flags of this element and its ancestors. */
  readonly roles: number;
  /** ROLE_BIT flags of this element alone. */
  readonly ownRoles: number;
  readonly tokens: TokenLink | null;
  readonly href: string | null;
  /** The `action` of the form this element is in: where its submit button goes. */
  readonly form: string | null;
  readonly inButton: boolean;
  /** The nearest block-level frame (self when block-level). */
  readonly block: Frame;
  run: Run | null;
  start: number;
  /** This element's entry in the walk trace. */
  trace: number;
}

interface Run {
  parts: string[];
  chars: number;
  visibleChars: number;
  /** Inline elements directly under the block element that hold this run's text. */
  inline: Element[] | null;
  /** Some of the text sits directly in the block element (no inline wrapper). */
  bare: boolean;
  links: string[] | null;
  linkChars: number;
  controls: number;
  buttonChars: number;
}

export interface Block {
  readonly index: number;
  /** The block-level element whose text this is (several runs may share one element). */
  readonly el: Element;
  readonly tag: string;
  readonly text: string;
  readonly frame: Frame;
  readonly links: readonly string[];
  readonly linkHits: readonly LinkHit[];
  /** Share of the text inside links (0..1). */
  readonly linkDensity: number;
  /** Inline elements directly under `el` that hold all of this block's text; empty when some
   * text sits directly in `el` (such a run cannot be named apart from its parent). */
  readonly inline: readonly Element[];
  /** Form controls and buttons in this block. */
  readonly controls: number;
  readonly headingLevel: number;
}

/**
 * Every node the walk met, in document order, so the article index can be built from it
 * without walking the DOM a second time. Entry k: `nodes[k]` (element or text), `parent[k]`
 * (the entry of its parent element, -1 for the root), `open[k]` (elements: the walk went
 * into its children), `attrs[k]` (elements: the attributes read) or `text[k]` (text data).
 */
export interface WalkTrace {
  readonly nodes: Node[];
  readonly parent: number[];
  readonly open: boolean[];
  readonly attrs: (WalkAttrs | null)[];
  readonly text: (string | null)[];
  /** false when the walk stopped early: the trace then misses part of the page. */
  readonly complete: boolean;
}

/** The attributes the walk reads (null when absent); `all` is false when an element had too many to read. */
export interface WalkAttrs {
  cls: string | null; id: string | null; role: string | null; style: string | null; hidden: string | null;
  modal: boolean; ariaModal: string | null; ariaHidden: string | null; href: string | null; type: string | null; all: boolean;
}

export interface PageModel {
  readonly blocks: Block[];
  /** Block index range [start, end) for every element that holds blocks. */
  readonly ranges: Map<Element, readonly [number, number]>;
  readonly frames: Map<Element, Frame>;
  readonly root: Element;
  readonly title: string | null;
  readonly h1: string | null;
  readonly lang: string | null;
  readonly jsonLd: string[];
  readonly scriptVendors: { signal: VendorSignal; source: string }[];
  /** Vendor DOM signatures found during the walk. */
  readonly domVendors: VendorSignal[];
  /** Elements of vendor gate signatures (a Poool widget, a Piano modal): a gate only once they hold text. */
  readonly gateElements: Element[];
  /** Every class token and id seen (lower-case), to test simple JSON-LD cssSelectors. */
  readonly classes: Set<string>;
  readonly ids: Set<string>;
  readonly partial: boolean;
  readonly elements: number;
  readonly trace: WalkTrace;
}

const MAX_RUN_CHARS = 200_000;
const MAX_INLINE_SCRIPT_CHARS = 3_000;
const MAX_SCRIPTS = 400;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Shared by every element without attributes (most of them): never mutated. */
const NO_ATTRS: WalkAttrs = Object.freeze({
  cls: null, id: null, role: null, style: null, hidden: null, modal: false, ariaModal: null, ariaHidden: null, href: null, type: null, all: true,
});

// Shared by the many blocks without links or inline parts (most of them): never mutated.
const NO_LINKS: readonly string[] = Object.freeze([]);
const NO_LINK_HITS: readonly LinkHit[] = Object.freeze([]);
const NO_ELEMENTS: readonly Element[] = Object.freeze([]);

const MAX_LINKS = 50;
const PAYMENT_HOST = new RegExp(linkSignals.filter((l) => l.host).map((l) => l.pattern.source).join('|'));

function addLink(run: Run, href: string): void {
  if (!run.links) run.links = [href];
  else if (!run.links.includes(href)) run.links.push(href);
}

/** What a block's link targets say (the shared empty list when nothing). */
function linkHitsOf(links: readonly string[]): readonly LinkHit[] {
  const hits: LinkHit[] = [];
  for (const href of links) for (const h of evaluateHref(href)) hits.push(h);
  return hits.length ? hits : NO_LINK_HITS;
}

/** Is `f` the frame `owner` or inside it (a few levels up at most)? */
function insideOf(f: Frame, owner: Frame): boolean {
  let g: Frame | null = f;
  for (let i = 0; g && i < 12; i++, g = g.parent) if (g === owner) return true;
  return false;
}

function newRun(): Run {
  return { parts: [], chars: 0, visibleChars: 0, inline: null, bare: false, links: null, linkChars: 0, controls: 0, buttonChars: 0 };
}

export interface WalkOptions {
  readonly ignore?: (el: Element) => boolean;
}

/** A walk that can stop between nodes and go on later (a scan split over several tasks). */
export interface WalkJob {
  /**
   * Walks on until the page is read (its model) or, between two nodes, `pause()` says the
   * time slice is over (null: call again; the walk goes on from the same node).
   */
  run(pause?: () => boolean): PageModel | null;
}

/** Nodes walked between two looks at `pause()`. */
const PAUSE_EVERY = 128;

export function walk(doc: Document, dom: DomAccess, start: Element, budget: Budget, opts: WalkOptions): PageModel {
  return startWalk(doc, dom, start, budget, opts).run()!;
}

export function startWalk(doc: Document, dom: DomAccess, start: Element, budget: Budget, opts: WalkOptions): WalkJob {
  const blocks: Block[] = [];
  const ranges = new Map<Element, readonly [number, number]>();
  const frames = new Map<Element, Frame>();
  const jsonLd: string[] = [];
  const scriptVendors: { signal: VendorSignal; source: string }[] = [];
  const domVendors: VendorSignal[] = [];
  const gateElements: Element[] = [];
  // Class lists (lower-case) in document order; the token set is built only if a JSON-LD
  // cssSelector asks for it (rare), not on every element.
  const classLists: string[] = [];
  let classSet: Set<string> | null = null;
  const classes = (): Set<string> => {
    if (classSet) return classSet;
    classSet = new Set();
    for (const list of classLists) {
      for (const raw of list.split(/\s+/)) {
        if (raw && classSet.size < 50_000) classSet.add(raw);
      }
    }
    return classSet;
  };
  const ids = new Set<string>();
  const vIndex = vendorDomIndex();
  const tNodes: Node[] = [];
  const tParent: number[] = [];
  const tOpen: boolean[] = [];
  const tAttrs: (WalkAttrs | null)[] = [];
  const tText: (string | null)[] = [];
  let title: string | null = null;
  let h1: string | null = null;
  let truncated = false;
  let scripts = 0;
  const lang = dom.attr(start, 'lang') ?? dom.attr(start, 'xml:lang');

  const ignore = opts.ignore;
  const safeIgnore = (el: Element): boolean => {
    if (!ignore) return false;
    try {
      return ignore(el) === true;
    } catch {
      return false;
    }
  };

  const flush = (bf: Frame): void => {
    const run = bf.run;
    if (!run) return;
    bf.run = null;
    const text = run.parts.length ? collapse(run.parts.join('')) : '';
    if (!text) {
      if (run.links) carryLinks(bf, run.links);
      return;
    }
    if (pending && insideOf(bf, pending.owner)) {
      for (const l of pending.links) addLink(run, l);
    }
    pending = null;
    const linkHits = run.links ? linkHitsOf(run.links) : NO_LINK_HITS;
    blocks.push({
      index: blocks.length, el: bf.el, tag: bf.tag, text, frame: bf,
      links: run.links ?? NO_LINKS, linkHits,
      linkDensity: run.visibleChars ? Math.min(1, run.linkChars / run.visibleChars) : 0,
      inline: run.bare || !run.inline ? NO_ELEMENTS : run.inline,
      controls: run.controls,
      headingLevel: HEADING_LEVEL[bf.tag] ?? 0,
    });
  };

  const runOf = (bf: Frame): Run => (bf.run ??= newRun());

  /**
   * Links of a block without text (a form of hidden fields and an image button, a linked badge)
   * go to the text block before it in the same container, else to the next one: a widget's
   * "leave a tip" paragraph is where its PayPal button goes.
   */
  let pending: { owner: Frame; links: string[] } | null = null;
  const carryLinks = (bf: Frame, links: readonly string[]): void => {
    const owner = bf.parent ?? bf;
    const last = blocks[blocks.length - 1];
    if (last && insideOf(last.frame, owner)) {
      const merged = last.links.slice();
      for (const l of links) if (!merged.includes(l) && merged.length < MAX_LINKS) merged.push(l);
      blocks[blocks.length - 1] = { ...last, links: merged, linkHits: linkHitsOf(merged) };
      return;
    }
    if (pending && pending.owner === owner) {
      for (const l of links) if (!pending.links.includes(l)) pending.links.push(l);
    } else {
      pending = { owner, links: links.slice() };
    }
  };

  /** Reads the head-ish data of a skipped element (scripts, title). */
  const readSkipped = (el: Element, tag: string): void => {
    if (tag === 'script' && scripts < MAX_SCRIPTS) {
      scripts++;
      const type = (dom.attr(el, 'type') ?? '').toLowerCase();
      if (type === 'application/ld+json') {
        const t = el.textContent ?? '';
        if (t.length < 500_000) jsonLd.push(t);
        return;
      }
      const src = dom.attr(el, 'src');
      if (src) {
        for (const v of evaluateScript(src)) scriptVendors.push({ signal: v, source: src });
      } else {
        const t = (el.textContent ?? '').slice(0, MAX_INLINE_SCRIPT_CHARS);
        if (t) for (const v of evaluateScript(t)) scriptVendors.push({ signal: v, source: 'inline script' });
      }
    }
  };

  /** The few attributes the walk needs, read only when present. */
  type Attrs = WalkAttrs;
  const readAttrs = (el: Element, tag: string): Attrs => {
    const names = dom.attrNames(el);
    if (!names.length) return NO_ATTRS;
    const a: Attrs = {
      cls: null, id: null, role: null, style: null, hidden: null, modal: false, ariaModal: null, ariaHidden: null, href: null, type: null,
      all: names.length <= 64,
    };
    for (let i = 0; i < names.length && i < 64; i++) {
      const n = names[i]!;
      // The value read here (undefined when not read) also serves a vendor signature on n.
      let val: string | null | undefined;
      switch (n) {
        case 'class': val = a.cls = dom.attr(el, n); break;
        case 'id': val = a.id = dom.attr(el, n); break;
        case 'role': val = a.role = dom.attr(el, n); break;
        case 'style': val = a.style = dom.attr(el, n); break;
        case 'hidden': a.hidden = dom.attr(el, n) ?? ''; break;
        case 'aria-modal': val = a.ariaModal = dom.attr(el, n); a.modal = a.ariaModal === 'true'; break;
        case 'aria-hidden': val = a.ariaHidden = dom.attr(el, n); break;
        case 'href': val = a.href = dom.attr(el, n); break;
        case 'type': val = a.type = dom.attr(el, n); break;
        default: break;
      }
      const vs = vIndex.byAttr.get(n);
      if (vs) for (const [v, d] of vs) if (vendorMatches(el, tag, d, n, val)) addVendor(v, el);
    }
    return a;
  };
  const addVendor = (v: VendorSignal, el: Element): void => {
    if (!domVendors.includes(v)) domVendors.push(v);
    if (v.gate && gateElements.length < 20) gateElements.push(el);
  };
  const vendorMatches = (
    el: Element, tag: string, d: { tag?: string; classToken?: string; id?: string; attr?: string; value?: RegExp }, via: string,
    viaValue?: string | null,
  ): boolean => {
    if (d.tag && d.tag !== tag) return false;
    if (d.attr && d.attr !== via) {
      const v = dom.attr(el, d.attr);
      if (v === null) return false;
      if (d.value && !d.value.test(v)) return false;
    } else if (d.attr && d.value) {
      const v = viaValue !== undefined ? viaValue : dom.attr(el, d.attr);
      if (v === null || !d.value.test(v)) return false;
    }
    return true;
  };

  // Pages repeat the same class attribute many times: lower-case and split each once.
  const classSplits = new Map<string, { lc: string; tokens: string[] }>();
  const splitClass = (cls: string): { lc: string; tokens: string[] } => {
    let r = classSplits.get(cls);
    if (!r) {
      const lc = cls.toLowerCase();
      r = { lc, tokens: lc.split(/\s+/).filter(Boolean) };
      if (classSplits.size < 10_000) classSplits.set(cls, r);
    }
    return r;
  };

  const makeFrame = (el: Element, tag: string, parent: Frame | null, a: Attrs): Frame => {
    const depth = parent ? parent.depth + 1 : 0;
    let own = 0;
    const lm = LANDMARK_TAGS[tag];
    if (lm) own |= ROLE_BIT[lm];
    const role = a.role;
    if (role) {
      const r = LANDMARK_ROLES[role.trim().toLowerCase()];
      if (r) own |= ROLE_BIT[r];
    }
    if (a.modal) own |= ROLE_BIT.overlay;
    let tokens = parent ? parent.tokens : null;
    const vt = vIndex.byTag.get(tag);
    if (vt) for (const [v, d] of vt) if (vendorMatches(el, tag, d, '')) addVendor(v, el);
    let idl: string | null = null;
    if (a.id && a.id.length < 200) {
      idl = a.id.trim().toLowerCase();
      if (ids.size < 50_000) ids.add(idl);
      const vs = vIndex.byId.get(idl);
      if (vs) for (const [v, d] of vs) if (vendorMatches(el, tag, d, '')) addVendor(v, el);
    }
    // Tokens on <html>/<body> are page-wide flags ("has-sidebar", "tp-modal-open"): vendor
    // signatures only, never a box name.
    const pageLevel = tag === 'body' || tag === 'html';
    if (a.cls && a.cls.length < 2_000) {
      const split = splitClass(a.cls);
      classLists.push(split.lc);
      const list = split.tokens;
      for (let i = 0; i < list.length; i++) {
        const raw = list[i]!;
        const vs = vIndex.byClass.get(raw);
        if (vs) for (const [v, d] of vs) if (vendorMatches(el, tag, d, '')) addVendor(v, el);
        if (pageLevel) continue;
        const sigs = evaluateToken(raw);
        for (let j = 0; j < sigs.length; j++) {
          const sig = sigs[j]!;
          own |= ROLE_BIT[sig.role];
          tokens = { signal: sig, token: raw, el, depth, next: tokens };
        }
      }
    }
    if (idl !== null && !pageLevel) {
      const sigs = evaluateToken(idl);
      for (let j = 0; j < sigs.length; j++) {
        const sig = sigs[j]!;
        own |= ROLE_BIT[sig.role];
        tokens = { signal: sig, token: idl, el, depth, next: tokens };
      }
    }
    const isBlock = BLOCK_TAGS.has(tag) || !parent;
    const href = tag === 'a' ? a.href ?? parent?.href ?? null : parent?.href ?? null;
    const inButton = tag === 'button' || role === 'button' || (parent?.inButton ?? false);
    const form = tag === 'form' ? dom.attr(el, 'action') : parent?.form ?? null;
    const frame: Frame = {
      el, tag, parent, depth, roles: (parent ? parent.roles : 0) | own, ownRoles: own, tokens, href, form, inButton,
      block: null as unknown as Frame, run: null, start: blocks.length, trace: tNodes.length - 1,
    };
    (frame as { block: Frame }).block = isBlock || !parent ? frame : parent.block;
    return frame;
  };

  const walker = dom.walker(start);
  const startAttrs = readAttrs(start, dom.tag(start));
  traceElement(start, -1, startAttrs);
  let frame: Frame | null = makeFrame(start, dom.tag(start), null, startAttrs);
  frames.set(start, frame);
  let partial = false;
  let descend = true;
  let steps = 0;
  let model: PageModel | null = null;

  const run = (pause?: () => boolean): PageModel | null => {
    if (model) return model;
    // Iterative depth-first traversal with explicit enter/exit (no recursion: pages can be 10,000 deep).
    // Its whole state is the walker's position, `frame` and `descend`: it can stop before any step.
    for (;;) {
      if (pause !== undefined && ++steps % PAUSE_EVERY === 0 && pause()) return null;
      if (descend && walker.firstChild()) {
        const node = walker.currentNode;
        if (node.nodeType === TEXT_NODE) {
          onText(node as Text);
          descend = false;
          continue;
        }
        if (!enter(node as Element)) {
          partial = true;
          break;
        }
        continue;
      }
      // Leave the current node and move on to its next sibling, climbing as needed.
      let moved = false;
      for (;;) {
        const cur = walker.currentNode;
        if (cur.nodeType === ELEMENT_NODE) exit(cur as Element);
        if (cur === start) break;
        if (walker.nextSibling()) {
          const node = walker.currentNode;
          if (node.nodeType === TEXT_NODE) {
            onText(node as Text);
            descend = false;
          } else if (!enter(node as Element)) {
            partial = true;
          }
          moved = true;
          break;
        }
        if (!walker.parentNode()) break;
      }
      if (!moved || partial) break;
    }
    // Close whatever is still open (budget stop): flush runs innermost first.
    for (let f: Frame | null = frame; f; f = f.parent) {
      if (f.block === f) {
        flush(f);
        if (blocks.length > f.start) ranges.set(f.el, [f.start, blocks.length]);
      }
    }
    return (model = finish());
  };

  function traceElement(el: Element, parent: number, a: Attrs): void {
    tNodes.push(el); tParent.push(parent); tOpen.push(true); tAttrs.push(a); tText.push(null);
  }

  function onText(node: Text): void {
    const data = node.data;
    tNodes.push(node); tParent.push(frame ? frame.trace : -1); tOpen.push(false); tAttrs.push(null); tText.push(data);
    if (!frame) return;
    if (!data) return;
    const bf = frame.block;
    const run = runOf(bf);
    if (run.chars >= MAX_RUN_CHARS) {
      truncated = true;
      return;
    }
    const piece = data.length + run.chars > MAX_RUN_CHARS ? data.slice(0, MAX_RUN_CHARS - run.chars) : data;
    if (piece.length < data.length) truncated = true;
    run.chars += piece.length;
    // Link density counts visible characters only: indentation must not dilute it.
    const visible = piece.trim().length;
    // Indentation between tags becomes one space: the block's text is the same once collapsed,
    // and the collapse has far less to read.
    if (visible) run.parts.push(piece);
    else if (run.parts[run.parts.length - 1] !== ' ') run.parts.push(' ');
    run.visibleChars += visible;
    if (visible) {
      if (frame.href !== null) {
        addLink(run, frame.href);
        run.linkChars += visible;
      }
      if (frame.inButton) run.buttonChars += visible;
      // The top inline element under the block holding this text (to exclude a run's parts).
      let top: Frame = frame;
      while (top !== bf && top.parent && top.parent !== bf) top = top.parent;
      if (top === bf) run.bare = true; // text directly in the block element
      else if (!run.inline) run.inline = [top.el];
      else if (!run.inline.includes(top.el)) run.inline.push(top.el);
    }
  }

  /** Returns false when the budget is spent. Sets `descend` for the new node. */
  function enter(el: Element): boolean {
    if (!budget.tick()) return false;
    const tag = dom.tag(el);
    descend = true;
    const a = readAttrs(el, tag);
    traceElement(el, frame ? frame.trace : -1, a);
    if (SKIP_TAGS.has(tag) || safeIgnore(el) || hiddenByMarkup(a.hidden, a.style)) {
      tOpen[tOpen.length - 1] = false;
      if (tag === 'title' || tag === 'script' || tag === 'head') readHeadish(el, tag);
      // Text on either side of a skipped element must not fuse into one word.
      if (frame?.block.run) frame.block.run.parts.push(' ');
      descend = false;
      frame = skippedFrame(frame, el, tag, tNodes.length - 1);
      return true;
    }
    if (tag === 'title') {
      if (title === null) title = collapse(el.textContent ?? '').slice(0, 500) || null;
      descend = false;
      tOpen[tOpen.length - 1] = false;
    }
    const parent = frame;
    if (tag === 'br' && parent) runOf(parent.block).parts.push(' ');
    if ((tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button') && parent) {
      const type = tag === 'input' ? (a.type ?? 'text').toLowerCase() : tag;
      if (type !== 'hidden') runOf(parent.block).controls++;
      // Where a submit button goes is a link the reader follows: counted when it is a payment
      // service (a PayPal donate form); a form posting to the site itself is a search or a login.
      if (parent.form && (type === 'submit' || type === 'image' || type === 'button') && PAYMENT_HOST.test(parent.form)) {
        addLink(runOf(parent.block), parent.form);
      }
    }
    // A linked image (a Patreon or Ko-fi badge, a PayPal button graphic) has no text but goes
    // somewhere: counted when it goes to a payment service (image links to a site's own paths
    // are logos, banners and thumbnails far more often than asks).
    if (tag === 'img' && parent?.href && PAYMENT_HOST.test(parent.href)) addLink(runOf(parent.block), parent.href);
    // A new block ends the parent's current run first (so the new block's range starts after it).
    if (parent && BLOCK_TAGS.has(tag)) flush(parent.block);
    const f = makeFrame(el, tag, parent, a);
    if (f.block === f) frames.set(el, f);
    frame = f;
    return true;
  }

  function exit(el: Element): void {
    const f = frame;
    if (!f) return;
    if (f.el !== el) return; // only the root or a mismatch; stay safe
    if ((f as Frame & { skipped?: boolean }).skipped) {
      frame = f.parent;
      return;
    }
    if (f.block === f) {
      flush(f);
      if (blocks.length > f.start) ranges.set(el, [f.start, blocks.length]);
      if (f.tag === 'h1' && h1 === null) {
        const last = blocks[blocks.length - 1];
        if (last && last.el === el) h1 = last.text.slice(0, 500);
      }
    } else if (blocks.length > f.start) {
      ranges.set(el, [f.start, blocks.length]);
    }
    frame = f.parent;
  }

  function readHeadish(el: Element, tag: string): void {
    if (tag === 'title') {
      if (title === null) title = collapse(el.textContent ?? '').slice(0, 500) || null;
      return;
    }
    if (tag === 'script') {
      readSkipped(el, tag);
      return;
    }
    // <head>: read its title and scripts without walking it as text.
    const inner = dom.walker(el, true);
    let n = 0;
    while (inner.nextNode() && n++ < 2_000) {
      const node = inner.currentNode;
      const t = dom.tag(node as Element);
      if (t === 'title' && title === null) title = collapse(node.textContent ?? '').slice(0, 500) || null;
      else if (t === 'script') readSkipped(node as Element, t);
    }
  }

  function finish(): PageModel {
    return {
      blocks, ranges, frames, root: start, title, h1, lang, jsonLd, scriptVendors, domVendors, gateElements, ids,
      get classes() { return classes(); },
      partial: partial || truncated || budget.exhausted, elements: budget.elements,
      trace: { nodes: tNodes, parent: tParent, open: tOpen, attrs: tAttrs, text: tText, complete: !partial },
    };
  }

  return { run };
}

/** The frame of an element the walk skips (script, style, hidden): its text is never read. */
function skippedFrame(parent: Frame | null, el: Element, tag: string, trace: number): Frame {
  const f = {
    el, tag, parent, depth: (parent?.depth ?? 0) + 1, roles: parent?.roles ?? 0, ownRoles: parent?.ownRoles ?? 0,
    tokens: parent?.tokens ?? null, href: parent?.href ?? null, form: parent?.form ?? null, inButton: parent?.inButton ?? false,
    block: parent?.block as Frame, run: null, start: parent?.start ?? 0, trace, skipped: true,
  };
  return f as Frame;
}

