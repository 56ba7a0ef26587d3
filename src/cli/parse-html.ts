// Page text → DOM Document with jsdom: no scripts, no fetching, no console noise.
import { JSDOM, VirtualConsole } from 'jsdom';
import { paragraphsToDocument } from '../core/index.js';

export interface ParsedPage {
  readonly document: Document;
  /**
   * True when jsdom's stylesheet parser threw and the page was parsed again into a
   * window-less document (jsdom evaluates <style> only in documents with a window).
   */
  readonly stylesheetFallback: boolean;
}

export interface ParseOptions {
  /** Forward jsdom's virtual console (CSS parse errors etc.) to stderr. */
  readonly verbose?: boolean;
}

function virtualConsole(verbose: boolean): VirtualConsole {
  const vc = new VirtualConsole();
  if (verbose) vc.forwardTo(console);
  return vc;
}

/** A leading BOM would otherwise become text in the page. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * jsdom 29 throws on some real stylesheets (e.g. `calc(($a - $b) / 16 * 9)`); such a
 * page is parsed again with DOMParser, whose documents have no window and so never
 * evaluate their <style> elements. The tree is the same; only CSSOM is missing.
 */
export function parseHtml(html: string, options: ParseOptions = {}): ParsedPage {
  const source = stripBom(html);
  const vc = virtualConsole(options.verbose ?? false);
  try {
    const dom = new JSDOM(source, { virtualConsole: vc });
    return { document: dom.window.document, stylesheetFallback: false };
  } catch (first) {
    if (options.verbose) console.error(`appeal-spotter: jsdom failed (${errorText(first)}); parsing without stylesheets`);
    const blank = new JSDOM('', { virtualConsole: vc });
    const document = new blank.window.DOMParser().parseFromString(source, 'text/html');
    return { document, stylesheetFallback: true };
  }
}

let textImpl: DOMImplementation | undefined;

/** Plain-text mode: one paragraph per line, through the core's own converter. */
export function parseText(text: string): ParsedPage {
  textImpl ??= new JSDOM('').window.document.implementation;
  return { document: paragraphsToDocument(textImpl, stripBom(text)), stylesheetFallback: false };
}

/** Markup if it starts with a tag, or names a document-level tag early on. */
export function looksLikeHtml(text: string): boolean {
  const head = stripBom(text).slice(0, 2048);
  return /^\s*</.test(head) || /<(?:!doctype|html|head|body|article|div|p)[\s>]/i.test(head);
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}
