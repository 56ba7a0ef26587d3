// ScanReport (with Element references) → the plain, capped ReportPayload sent to the background,
// plus the list of appeals to flag on the page.
import type { Appeal, ScanReport } from '../core/types.js';
import { LIMITS, type AppealSummary, type ReportPayload } from '../shared/messages.js';

export interface FlagTarget {
  readonly id: string;
  readonly kind: Appeal['kind'];
  readonly reasons: readonly string[];
  readonly elements: readonly Element[];
}

const PRIMARY: ReadonlySet<string> = new Set(['donation', 'subscription', 'paywall']);

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
const words = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

function excerpt(text: string): string {
  return clip(text.replace(/\s+/g, ' ').trim(), 160);
}

export interface Prepared { readonly payload: ReportPayload; readonly targets: readonly FlagTarget[] }

/** Supporters keep donation appeals counted but unflagged. */
export function prepareReport(report: ScanReport, opts: { supporter: boolean }): Prepared {
  const primary = report.appeals.filter((a) => PRIMARY.has(a.kind)).slice(0, LIMITS.appeals);
  const seen = new Set<string>();
  const appeals: AppealSummary[] = [];
  const targets: FlagTarget[] = [];
  for (const a of primary) {
    const id = clip(String(a.id), LIMITS.id);
    if (!id || seen.has(id)) continue; // the contract says ids are unique; never trust it blindly
    seen.add(id);
    const flagged = !(opts.supporter && a.kind === 'donation');
    const reasons = a.reasons.slice(0, LIMITS.reasons).map((r) => clip(String(r), LIMITS.reason));
    const confidence = Number.isFinite(a.confidence) ? Math.min(1, Math.max(0, a.confidence)) : 0;
    appeals.push({ id, kind: a.kind, placement: a.placement, confidence, reasons, excerpt: excerpt(a.text), words: words(a.text), flagged });
    if (flagged) targets.push({ id, kind: a.kind, reasons, elements: a.elements });
  }
  const payload: ReportPayload = {
    title: report.article.title === null ? null : clip(report.article.title.replace(/\s+/g, ' ').trim(), LIMITS.title),
    wordsArticle: Math.max(0, Math.floor(report.article.wordCount)),
    wordsAppeals: appeals.reduce((n, a) => n + a.words, 0),
    appeals,
    minorCount: report.minor.length,
    paywall: {
      detected: report.paywall.detected,
      state: report.paywall.state,
      signals: report.paywall.signals.slice(0, LIMITS.paywallSignals).map((s) => clip(String(s), LIMITS.reason)),
    },
    partial: report.partial,
    ms: report.stats.ms === null ? null : Math.max(0, Math.round(report.stats.ms * 10) / 10),
  };
  return { payload, targets };
}

/** A stable key for "did the set of appeals change" (ms excluded: it differs every run). */
export function payloadSignature(p: ReportPayload): string {
  return JSON.stringify({ ...p, ms: null });
}
