import type { ReportPayload } from '../../src/shared/messages.js';

/** A valid report payload; override what the test is about. */
export function makeReport(over: Partial<ReportPayload> = {}): ReportPayload {
  return {
    title: 'A title', wordsArticle: 500, wordsAppeals: 12, minorCount: 0, partial: false, ms: 3.2,
    paywall: { detected: false, state: 'free', signals: [] },
    appeals: [{ id: 'a1', kind: 'donation', placement: 'appended', confidence: 0.9, reasons: ['asks for a donation'], excerpt: 'Please give', words: 2, flagged: true }],
    ...over,
  };
}
