// The eval's I/O half: read every labelled page, scan it, run the baseline, gather observations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf, reasonOf } from '../inputs.js';
import { parsePage, timedScan } from '../page.js';
import { errorText } from '../parse-html.js';
import { loadLabels } from './corpus.js';
import { loadReadability, type Baseline } from './readability.js';
import type { LabelPage, ObservedReport, PageObservation } from './score.js';

export interface RunOptions {
  readonly verbose?: boolean;
  /** Skip the Readability baseline (faster; its columns are then absent). */
  readonly noBaseline?: boolean;
  /** Called after each page, e.g. for a progress line. */
  readonly onPage?: (done: number, total: number, id: string) => void;
}

function readTruth(dir: string, label: LabelPage): string | null {
  if (label.bodyTruth === null) return null;
  const path = join(dir, label.bodyTruth);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** A baseline failure must not cost the scanner its page: it counts as finding nothing. */
function safeExtract(baseline: Baseline, doc: Document): { text: string; ms: number } {
  try {
    return baseline.extract(doc);
  } catch {
    return { text: '', ms: 0 };
  }
}

function observe(dir: string, label: LabelPage, baseline: Baseline | null, verbose: boolean): PageObservation {
  const truth = readTruth(dir, label);
  let content: string;
  try {
    content = readFileSync(join(dir, label.file), 'utf8');
  } catch (err) {
    return { label, report: null, error: `cannot read ${label.file}: ${reasonOf(err)}`, truth };
  }
  try {
    const { document } = parsePage(content, formatOf(label.file), { verbose });
    const base = baseline ? safeExtract(baseline, document) : undefined;
    const { report, scanMs } = timedScan(document);
    const observed: ObservedReport = {
      appeals: report.appeals,
      minor: report.minor,
      articleText: report.article.text,
      paywall: report.paywall,
    };
    return {
      label, report: observed, truth, scanMs,
      ...(base ? { readabilityText: base.text, readabilityMs: base.ms } : {}),
    };
  } catch (err) {
    return { label, report: null, error: `cannot scan ${label.file}: ${errorText(err)}`, truth };
  }
}

/** Throws CorpusError when the corpus itself is unusable; page failures become observations. */
export async function runCorpus(dir: string, options: RunOptions = {}): Promise<PageObservation[]> {
  const labels = loadLabels(dir);
  const baseline = options.noBaseline ? null : await loadReadability();
  const out: PageObservation[] = [];
  labels.forEach((label, i) => {
    out.push(observe(dir, label, baseline, options.verbose ?? false));
    options.onPage?.(i + 1, labels.length, label.id);
  });
  return out;
}
