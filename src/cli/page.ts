// One page from text to ScanReport: parse by format, then a timed scan.
import { performance } from 'node:perf_hooks';
import { scan, type ScanReport } from '../core/index.js';
import type { ModelWeights } from '../core/model/types.js';
import type { Rule } from '../core/rules/types.js';
import type { PageFormat } from './inputs.js';
import { looksLikeHtml, type ParseOptions, type ParsedPage, type Parser } from './parse-html.js';

export function parsePage(parser: Parser, content: string, format: PageFormat, options: ParseOptions = {}): ParsedPage {
  const html = format === 'html' || (format === 'sniff' && looksLikeHtml(content));
  return html ? parser.parseHtml(content, options) : parser.parseText(content);
}

export interface TimedScan { readonly report: ScanReport; readonly scanMs: number }

/**
 * No `now` is passed to the scanner on purpose: its time budget would make results depend
 * on machine load; the element budget alone keeps a run bounded and reproducible.
 */
export function timedScan(doc: Document, model?: ModelWeights, explain = false, rules?: readonly Rule[]): TimedScan {
  const t0 = performance.now();
  const report = scan(doc, { ...(model ? { model } : {}), ...(explain ? { explain } : {}), ...(rules ? { rules } : {}) });
  return { report, scanMs: performance.now() - t0 };
}
