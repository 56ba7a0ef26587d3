// Saved scan output (`scan --jsonl` or `--json`) as eval input: scores reports produced
// elsewhere (another build, the browser) without scanning again.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CorpusError } from './corpus.js';
import type { LabelPage, ObservedReport, ReportedBlock } from './score.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function block(v: unknown, where: string): ReportedBlock {
  if (!isRecord(v) || typeof v.text !== 'string' || typeof v.kind !== 'string') {
    throw new CorpusError(`${where}: expected an appeal with kind and text`);
  }
  return {
    kind: v.kind,
    placement: typeof v.placement === 'string' ? v.placement : 'unknown',
    confidence: typeof v.confidence === 'number' ? v.confidence : 0,
    text: v.text,
    reasons: strings(v.reasons),
  };
}

function blocks(v: unknown, where: string): ReportedBlock[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new CorpusError(`${where}: expected a list`);
  return v.map((b, i) => block(b, `${where}[${i}]`));
}

export interface SavedReport { readonly source: string; readonly report: ObservedReport; readonly scanMs?: number }

export function parseSavedReport(v: unknown, where: string): SavedReport {
  if (!isRecord(v) || typeof v.source !== 'string' || !isRecord(v.article) || typeof v.article.text !== 'string') {
    throw new CorpusError(`${where}: expected a scan report with source and article.text`);
  }
  const pw = isRecord(v.paywall) ? v.paywall : {};
  const scanMs = isRecord(v.timings) && typeof v.timings.scanMs === 'number' ? v.timings.scanMs : undefined;
  return {
    source: v.source,
    report: {
      appeals: blocks(v.appeals, `${where}.appeals`),
      minor: blocks(v.minor, `${where}.minor`),
      articleText: v.article.text,
      paywall: {
        detected: pw.detected === true,
        state: typeof pw.state === 'string' ? pw.state : 'unknown',
        signals: strings(pw.signals),
      },
      partial: v.partial === true,
    },
    ...(scanMs !== undefined ? { scanMs } : {}),
  };
}

/** JSON Lines, a JSON array, or one JSON object. */
export function loadSavedReports(path: string): SavedReport[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CorpusError(`cannot read reports ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('[')) return (JSON.parse(trimmed) as unknown[]).map((v, i) => parseSavedReport(v, `${path}[${i}]`));
    if (trimmed.startsWith('{') && !trimmed.includes('\n')) return [parseSavedReport(JSON.parse(trimmed), path)];
    return trimmed.split('\n').filter((l) => l.trim()).map((l, i) => parseSavedReport(JSON.parse(l), `${path}:${i + 1}`));
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    // A pretty-printed single object spans lines: try it whole before giving up.
    try { return [parseSavedReport(JSON.parse(trimmed), path)]; } catch { /* fall through */ }
    throw new CorpusError(`cannot parse reports ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function slash(p: string): string {
  return p.replace(/\\/g, '/');
}

/** A saved report belongs to a label when its source ends with the label's file, or is named after its id. */
export function findReport(reports: readonly SavedReport[], label: LabelPage): SavedReport | undefined {
  const file = slash(label.file);
  return reports.find((r) => {
    const src = slash(r.source);
    return src === file || src.endsWith(`/${file}`) || basename(src, extname(src)) === label.id;
  });
}
