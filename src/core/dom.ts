/**
 * Clobber-proof DOM access. Page markup can shadow DOM properties (`<form><input
 * name="parentNode">`, `<img name="body">`), so the scanner reads tag names, attributes
 * and parents through getters taken once from the prototypes, never through the node.
 */
export interface DomAccess {
  /** Lower-case local name ('' for non-elements). */
  tag(el: Element): string;
  attr(el: Element, name: string): string | null;
  /** Attribute names (one call per element; lets the walk skip absent attributes). */
  attrNames(el: Element): readonly string[];
  parent(el: Element): Element | null;
  /** A TreeWalker over elements and text below `root` (elements only when asked). */
  walker(root: Node, elementsOnly?: boolean): TreeWalker;
}

const SHOW_ELEMENT = 0x1;
const SHOW_ELEMENT_AND_TEXT = SHOW_ELEMENT | 0x4;

/** Finds `name` on the prototype chain, skipping own (possibly clobbered) properties. */
function protoMember(obj: object, name: string): PropertyDescriptor | undefined {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d) return d;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

export function domAccess(doc: Document, sample: Element): DomAccess {
  const localName = protoMember(sample, 'localName')?.get;
  const getAttribute = protoMember(sample, 'getAttribute')?.value as ((n: string) => string | null) | undefined;
  const parentElement = protoMember(sample, 'parentElement')?.get;
  const getAttributeNames = protoMember(sample, 'getAttributeNames')?.value as (() => string[]) | undefined;
  const createTreeWalker = protoMember(doc, 'createTreeWalker')?.value as
    | ((root: Node, what: number) => TreeWalker)
    | undefined;
  return {
    tag: (el) => {
      const n: unknown = localName ? localName.call(el) : el.localName;
      return typeof n === 'string' ? n.toLowerCase() : '';
    },
    attr: (el, name) => {
      try {
        const v: unknown = getAttribute ? getAttribute.call(el, name) : el.getAttribute(name);
        return typeof v === 'string' ? v : null;
      } catch {
        return null;
      }
    },
    attrNames: (el) => {
      try {
        const v: unknown = getAttributeNames ? getAttributeNames.call(el) : el.getAttributeNames();
        return Array.isArray(v) ? (v as string[]) : [];
      } catch {
        return [];
      }
    },
    parent: (el) => {
      const p: unknown = parentElement ? parentElement.call(el) : el.parentElement;
      return p && typeof p === 'object' && (p as Node).nodeType === 1 ? (p as Element) : null;
    },
    walker: (root, elementsOnly) => {
      const what = elementsOnly ? SHOW_ELEMENT : SHOW_ELEMENT_AND_TEXT;
      return createTreeWalker ? createTreeWalker.call(doc, root, what) : doc.createTreeWalker(root, what);
    },
  };
}

/** The page's root element for the walk: <body> when it is a real body, else the document element. */
export function scanRoot(doc: Document, dom: DomAccess): Element | null {
  const rootDesc = protoMember(doc, 'documentElement')?.get;
  const root: unknown = rootDesc ? rootDesc.call(doc) : doc.documentElement;
  if (!root || typeof root !== 'object' || (root as Node).nodeType !== 1) return null;
  const bodyDesc = protoMember(doc, 'body')?.get;
  let body: unknown = null;
  try {
    body = bodyDesc ? bodyDesc.call(doc) : doc.body;
  } catch {
    body = null;
  }
  if (body && typeof body === 'object' && (body as Node).nodeType === 1 && dom.tag(body as Element) === 'body') {
    return body as Element;
  }
  return root as Element;
}

export function documentRoot(doc: Document): Element | null {
  const rootDesc = protoMember(doc, 'documentElement')?.get;
  try {
    const root: unknown = rootDesc ? rootDesc.call(doc) : doc.documentElement;
    return root && typeof root === 'object' && (root as Node).nodeType === 1 ? (root as Element) : null;
  } catch {
    return null;
  }
}

/** The page's host name (lower-case, no "www."), or null for documents without an http(s) URL. */
export function pageHost(doc: Document): string | null {
  try {
    const d = protoMember(doc, 'URL')?.get;
    const url: unknown = d ? d.call(doc) : doc.URL;
    if (typeof url !== 'string') return null;
    const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
    return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Do two hosts belong to the same site (one is the other or a subdomain of its last two labels)? */
export function sameSite(a: string, b: string): boolean {
  const base = (h: string): string => h.split('.').slice(-2).join('.');
  return a === b || base(a) === base(b);
}
