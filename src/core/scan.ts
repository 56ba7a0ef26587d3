import type { ScanOptions, ScanReport } from './types.js';

/** Placeholder until the scanner lands: finds nothing. */
export function scan(doc: Document, _options: ScanOptions = {}): ScanReport {
  const title = doc.title || null;
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    article: { element: doc.body, title, text, wordCount: text ? text.split(' ').length : 0 },
    appeals: [],
    minor: [],
    paywall: { detected: false, state: 'free', signals: [] },
    partial: false,
    stats: { elements: 0, blocks: 0, ms: null },
  };
}
