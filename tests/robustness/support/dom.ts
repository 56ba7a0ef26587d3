// One jsdom window reused by every generated case: parsing a fresh JSDOM per case would
// cost milliseconds each, and 10,000+ cases must run in well under a minute. Documents are
// built with DOM APIs from a plain-data spec so the same spec can be rebuilt (determinism).
import { JSDOM, VirtualConsole } from 'jsdom';

/** Swallows jsdom's "Could not parse CSS stylesheet" noise: those pages are the point. */
const quiet = new VirtualConsole();

export const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  virtualConsole: quiet,
  pretendToBeVisual: true,
  url: 'https://news.example.org/2026/story',
});
export const win = dom.window;

export type Attr = readonly [name: string, value: string];

export type NodeSpec =
  | { readonly t: 'text'; readonly text: string }
  | { readonly t: 'comment'; readonly text: string }
  | { readonly t: 'el'; readonly tag: string; readonly ns?: 'svg'; readonly attrs: readonly Attr[]; readonly children: readonly NodeSpec[] };

export interface PageSpec {
  readonly lang: string | null;
  readonly title: string | null;
  readonly head: readonly NodeSpec[];
  readonly bodyAttrs: readonly Attr[];
  readonly body: readonly NodeSpec[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function buildNode(doc: Document, spec: NodeSpec): Node {
  switch (spec.t) {
    case 'text':
      return doc.createTextNode(spec.text);
    case 'comment':
      return doc.createComment(spec.text);
    case 'el': {
      const el = spec.ns === 'svg' ? doc.createElementNS(SVG_NS, spec.tag) : doc.createElement(spec.tag);
      for (const [name, value] of spec.attrs) el.setAttribute(name, value);
      for (const child of spec.children) el.appendChild(buildNode(doc, child));
      return el;
    }
  }
}

/** Fills `doc` (whose <html> is kept) with the page described by `spec`. */
export function fillDocument(doc: Document, spec: PageSpec): Document {
  const html = doc.documentElement;
  for (const a of Array.from(html.attributes)) html.removeAttribute(a.name);
  if (spec.lang !== null) html.setAttribute('lang', spec.lang);
  const head = doc.createElement('head');
  if (spec.title !== null) {
    const t = doc.createElement('title');
    t.textContent = spec.title;
    head.appendChild(t);
  }
  for (const n of spec.head) head.appendChild(buildNode(doc, n));
  const body = doc.createElement('body');
  for (const [name, value] of spec.bodyAttrs) body.setAttribute(name, value);
  for (const n of spec.body) body.appendChild(buildNode(doc, n));
  html.replaceChildren(head, body);
  return doc;
}

/** A detached document (no window, like the CLI's and DOMParser's). */
export function detachedDocument(spec: PageSpec): Document {
  return fillDocument(win.document.implementation.createHTMLDocument(''), spec);
}

/**
 * The window's own document, emptied and refilled: exercises the `defaultView` path
 * (getComputedStyle etc.) that detached documents do not have.
 */
export function liveDocument(spec: PageSpec): Document {
  return fillDocument(win.document, spec);
}

export function parseHtml(html: string, type: DOMParserSupportedType = 'text/html'): Document {
  return new win.DOMParser().parseFromString(html, type);
}

/** Everything a scan could possibly change, as one string. */
export function snapshot(doc: Document): string {
  const root = doc.documentElement;
  const parts: string[] = [String(doc.childNodes.length), doc.title];
  parts.push(root ? root.outerHTML : '(no root)');
  return parts.join('\u0000');
}

/** Attributes the content script puts on the page. */
export const OUR_ATTR = /^data-appeal-spotter/;

/** The page as the page itself wrote it: our attributes and nodes taken out of a copy. */
export function pageOnly(doc: Document): string {
  const copy = doc.documentElement.cloneNode(true) as Element;
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    if (el.hasAttribute('data-appeal-spotter-ui') || el.hasAttribute('data-appeal-spotter-style')) { el.remove(); continue; }
    for (const a of el.getAttributeNames()) if (OUR_ATTR.test(a)) el.removeAttribute(a);
  }
  return copy.outerHTML;
}
