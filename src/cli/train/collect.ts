// The fit's I/O half: read every labelled page, scan it with `explain` on, and label its
// candidate blocks (samples.ts). Pages that cannot be read or parsed are skipped and named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../core/index.js';
import { untrainedModel } from '../../core/model/predict.js';
import { loadLabels } from '../eval/corpus.js';
import { siteOf } from '../eval/folds.js';
import type { LabelPage } from '../eval/score.js';
import { formatOf } from '../inputs.js';
import { parsePage } from '../page.js';
import { errorText, loadParser, releasePage, settle } from '../parse-html.js';
import { pageSamples, type PageSamples } from './samples.js';

export interface Collected {
  readonly labels: readonly LabelPage[];
  readonly pages: readonly PageSamples[];
  readonly failed: readonly { readonly page: string; readonly error: string }[];
}

export async function collectSamples(dir: string, onPage?: (done: number, total: number, id: string) => void): Promise<Collected> {
  const labels = loadLabels(dir);
  const parser = await loadParser();
  const pages: PageSamples[] = [];
  const failed: { page: string; error: string }[] = [];
  const model = untrainedModel();
  for (const [i, label] of labels.entries()) {
    try {
      const content = readFileSync(join(dir, label.file), 'utf8');
      const page = parsePage(parser, content, formatOf(label.file));
      try {
        const report = scan(page.document, { explain: true, model });
        pages.push(pageSamples(label, siteOf(label), report.explain?.candidates ?? []));
      } finally {
        releasePage(page);
      }
    } catch (err) {
      failed.push({ page: label.id, error: errorText(err) });
    }
    onPage?.(i + 1, labels.length, label.id);
    await settle();
  }
  if (labels.length > 0 && !pages.some((p) => p.samples.length > 0)) throw new Error('no candidate blocks on any page: the scan itself is failing');
  return { labels, pages, failed };
}
