// ScanReport → the plain JSON shape of issue 2 (Element references dropped).
import type { Appeal, CandidateExplanation, ScanReport } from '../core/index.js';

export interface AppealJson {
  readonly id: string;
  readonly kind: string;
  readonly placement: string;
  readonly confidence: number;
  readonly text: string;
  readonly reasons: readonly string[];
  readonly signals: readonly string[];
}

export interface PageJson {
  readonly source: string;
  readonly article: { readonly title: string | null; readonly text: string; readonly wordCount: number };
  readonly appeals: readonly AppealJson[];
  readonly minor: readonly AppealJson[];
  readonly paywall: { readonly detected: boolean; readonly state: string; readonly signals: readonly string[] };
  readonly timings: { readonly scanMs: number };
  readonly partial: boolean;
  /** Present (true) only when jsdom's stylesheet parser failed and the page was parsed without CSSOM. */
  readonly stylesheetFallback?: boolean;
  /** `--explain`: every candidate region's features (non-zero only), score and decision. */
  readonly explain?: readonly ExplainJson[];
  /** `--rules`: the rules that named something on the page. */
  readonly rules?: { readonly applied: readonly string[] };
}

export interface ExplainJson {
  readonly blocks: readonly [number, number];
  readonly text: string;
  readonly decision: CandidateExplanation['decision'];
  readonly probability: number;
  readonly threshold: number;
  readonly appeal: string | null;
  readonly features: Readonly<Record<string, number>>;
  readonly top: CandidateExplanation['top'];
}

function explainJson(report: ScanReport): ExplainJson[] | undefined {
  const ex = report.explain;
  if (!ex) return undefined;
  return ex.candidates.map((c) => {
    const features: Record<string, number> = {};
    c.features.forEach((v, i) => { if (v) features[ex.featureNames[i]!] = Math.round(v * 1000) / 1000; });
    return { blocks: [c.start, c.end], text: c.text, decision: c.decision, probability: c.probability, threshold: c.threshold, appeal: c.appeal, features, top: c.top };
  });
}

function appealJson(a: Appeal): AppealJson {
  return {
    id: a.id, kind: a.kind, placement: a.placement, confidence: a.confidence,
    text: a.text, reasons: [...a.reasons], signals: [...a.signals],
  };
}

export function toPageJson(source: string, report: ScanReport, scanMs: number, stylesheetFallback = false): PageJson {
  return {
    source,
    article: { title: report.article.title, text: report.article.text, wordCount: report.article.wordCount },
    appeals: report.appeals.map(appealJson),
    minor: report.minor.map(appealJson),
    paywall: { detected: report.paywall.detected, state: report.paywall.state, signals: [...report.paywall.signals] },
    timings: { scanMs: Math.round(scanMs * 100) / 100 },
    partial: report.partial,
    ...(stylesheetFallback ? { stylesheetFallback: true } : {}),
    ...(report.explain ? { explain: explainJson(report)! } : {}),
    ...(report.rules ? { rules: { applied: [...report.rules.applied] } } : {}),
  };
}

export function formatJsonLine(page: PageJson): string {
  return `${JSON.stringify(page)}\n`;
}

/** --json: one object for one page, otherwise an array. */
export function formatJsonDocument(pages: readonly PageJson[]): string {
  return `${JSON.stringify(pages.length === 1 ? pages[0] : pages, null, 2)}\n`;
}
