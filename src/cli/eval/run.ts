// The eval's I/O half: read every labelled page, scan it, run the baseline, gather observations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf, reasonOf } from '../inputs.js';
import { parsePage, timedScan } from '../page.js';
import { errorText, loadParser, releasePage, settle, type ParsedPage, type Parser } from '../parse-html.js';
import { loadLabels } from './corpus.js';
import { loadReadability, type Baseline } from './readability.js';
import { findReport, type SavedReport } from './reports.js';
import type { Appeal } from '../../core/index.js';
import type { ModelWeights } from '../../core/model/types.js';
import type { LabelPage, ObservedReport, PageObservation, ReportedBlock } from './score.js';

export interface RunOptions {
  readonly verbose?: boolean;
  /** Skip the Readability baseline (faster; its columns are then absent). */
  readonly noBaseline?: boolean;
  /** Score these saved reports instead of scanning (pages are still parsed for the baseline). */
  readonly reports?: readonly SavedReport[];
  /** Called after each page, e.g. for a progress line. */
  readonly onPage?: (done: number, total: number, id: string) => void;
  /**
   * Scan each page once per model returned here (cross-validation: the page's fold model and
   * the in-sample model); observations come back per slot. Without it, the built-in weights.
   */
  readonly modelsFor?: (label: LabelPage) => readonly ModelWeights[];
}

function readTruth(dir: string, label: LabelPage): string | null {
  if (label.bodyTruth === null) return null;
  const path = join(dir, label.bodyTruth);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

function toBlock(a: Appeal): ReportedBlock {
  return { kind: a.kind, placement: a.placement, confidence: a.confidence, text: a.text, reasons: [...a.reasons] };
}

/** A baseline failure must not cost the scanner its page: it counts as finding nothing. */
function safeExtract(baseline: Baseline, doc: Document): { text: string; ms: number } {
  try {
    return baseline.extract(doc);
  } catch {
    return { text: '', ms: 0 };
  }
}

/** Baseline only, for a page whose report was saved elsewhere. */
function observeSaved(parser: Parser, dir: string, label: LabelPage, saved: SavedReport | undefined, baseline: Baseline | null, verbose: boolean): PageObservation {
  const truth = readTruth(dir, label);
  const base = baseline ? baselineFor(parser, dir, label, baseline, verbose) : undefined;
  const extra = {
    ...(base ? { readabilityText: base.text, readabilityMs: base.ms } : {}),
    ...(saved?.scanMs !== undefined ? { scanMs: saved.scanMs } : {}),
  };
  if (!saved) return { label, report: null, error: 'no saved report for this page', truth, ...extra };
  return { label, report: saved.report, truth, ...extra };
}

function baselineFor(parser: Parser, dir: string, label: LabelPage, baseline: Baseline, verbose: boolean): { text: string; ms: number } | undefined {
  try {
    const content = readFileSync(join(dir, label.file), 'utf8');
    const page = parsePage(parser, content, formatOf(label.file), { verbose });
    const base = safeExtract(baseline, page.document);
    releasePage(page);
    return base;
  } catch {
    return undefined;
  }
}

function observe(parser: Parser, dir: string, label: LabelPage, baseline: Baseline | null, verbose: boolean, models: readonly (ModelWeights | undefined)[]): PageObservation[] {
  const truth = readTruth(dir, label);
  let content: string;
  try {
    content = readFileSync(join(dir, label.file), 'utf8');
  } catch (err) {
    return models.map(() => ({ label, report: null, error: `cannot read ${label.file}: ${reasonOf(err)}`, truth }));
  }
  let page: ParsedPage | undefined;
  try {
    page = parsePage(parser, content, formatOf(label.file), { verbose });
    const { document } = page;
    const base = baseline ? safeExtract(baseline, document) : undefined;
    return models.map((model) => {
      const { report, scanMs } = timedScan(document, model);
      // Plain copies only: the report's Element references would keep every page's DOM alive.
      const observed: ObservedReport = {
        appeals: report.appeals.map(toBlock),
        minor: report.minor.map(toBlock),
        articleText: report.article.text,
        paywall: { detected: report.paywall.detected, state: report.paywall.state, signals: [...report.paywall.signals] },
        partial: report.partial,
      };
      return {
        label, report: observed, truth, scanMs,
        ...(base ? { readabilityText: base.text, readabilityMs: base.ms } : {}),
      };
    });
  } catch (err) {
    return models.map(() => ({ label, report: null, error: `cannot scan ${label.file}: ${errorText(err)}`, truth }));
  } finally {
    if (page) releasePage(page);
  }
}

/** Throws CorpusError when the corpus itself is unusable; page failures become observations. */
export async function runCorpus(dir: string, options: RunOptions = {}): Promise<PageObservation[]> {
  return (await runCorpusSlots(dir, options))[0] ?? [];
}

/** One list of observations per model slot (see `RunOptions.modelsFor`). */
export async function runCorpusSlots(dir: string, options: RunOptions = {}): Promise<PageObservation[][]> {
  const labels = loadLabels(dir);
  const parser = await loadParser();
  const baseline = options.noBaseline ? null : await loadReadability();
  const slots: PageObservation[][] = [];
  const verbose = options.verbose ?? false;
  for (const [i, label] of labels.entries()) {
    const models: readonly (ModelWeights | undefined)[] = options.modelsFor?.(label) ?? [undefined];
    const obs = options.reports
      ? [observeSaved(parser, dir, label, findReport(options.reports, label), baseline, verbose)]
      : observe(parser, dir, label, baseline, verbose, models);
    obs.forEach((o, s) => (slots[s] ??= []).push(o));
    options.onPage?.(i + 1, labels.length, label.id);
    await settle();
  }
  return slots;
}
