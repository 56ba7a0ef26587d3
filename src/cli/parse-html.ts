// Page text → DOM Document with jsdom: no scripts, no fetching, no console noise.
// jsdom is loaded on first use: it takes a second or more to import, which --help,
// --version and usage errors should not pay.
import { Console } from 'node:console';
import { paragraphsToDocument } from '../core/index.js';

type Jsdom = typeof import('jsdom');

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

export interface Parser {
  parseHtml(html: string, options?: ParseOptions): ParsedPage;
  /** Plain-text mode: one paragraph per line, through the core's own converter. */
  parseText(text: string): ParsedPage;
}

/** A leading BOM would otherwise become text in the page. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function makeParser({ JSDOM, VirtualConsole }: Jsdom): Parser {
  const quiet = new VirtualConsole();
  const loud = new VirtualConsole();
  // Page console output goes to stderr too: stdout carries the report (and may be JSON).
  loud.forwardTo(new Console({ stdout: process.stderr, stderr: process.stderr }));
  let textImpl: DOMImplementation | undefined;

  return {
    /**
     * jsdom 29 throws on some real stylesheets (e.g. `calc(($a - $b) / 16 * 9)`); such a
     * page is parsed again with DOMParser, whose documents have no window and so never
     * evaluate their <style> elements. The tree is the same; only CSSOM is missing.
     */
    parseHtml(html, options = {}) {
      const source = stripBom(html);
      const virtualConsole = options.verbose ? loud : quiet;
      try {
        return { document: new JSDOM(source, { virtualConsole }).window.document, stylesheetFallback: false };
      } catch (first) {
        if (options.verbose) console.error(`appeal-spotter: jsdom failed (${errorText(first)}); parsing without stylesheets`);
        const blank = new JSDOM('', { virtualConsole });
        const document = new blank.window.DOMParser().parseFromString(source, 'text/html');
        return { document, stylesheetFallback: true };
      }
    },
    parseText(text) {
      textImpl ??= new JSDOM('', { virtualConsole: quiet }).window.document.implementation;
      return { document: paragraphsToDocument(textImpl, stripBom(text)), stylesheetFallback: false };
    },
  };
}

let loading: Promise<Parser> | undefined;

export function loadParser(): Promise<Parser> {
  loading ??= import('jsdom').then(makeParser);
  return loading;
}

/**
 * Frees a page's jsdom window once its report is printed (the document is emptied).
 */
export function releasePage(page: ParsedPage): void {
  page.document.defaultView?.close();
}

/**
 * jsdom frees a window only after its pending tasks (the load event) have run, so a run
 * over many pages must let the event loop turn between them, or every window piles up.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => { setImmediate(resolve); });
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
