// `appeal-spotter train CORPUS_DIR [--out FILE]`: fit the weights and write the weights module.
import { writeFileSync } from 'node:fs';
import { CorpusError } from './eval/corpus.js';
import { PROGRAM, type Io } from './io.js';
import { collectSamples } from './train/collect.js';
import { train, weightsModule } from './train/train.js';

export interface TrainCommand { readonly corpus: string; readonly out?: string; readonly verbose: boolean }

/** Exit status: 2 when the corpus is unusable, 1 when some pages failed, else 0. */
export async function runTrain(cmd: TrainCommand, io: Io): Promise<number> {
  const progress = io.stderrIsTty ? (done: number, total: number, id: string): void => { io.err(`\r\u001b[K${done}/${total} ${id}`); } : undefined;
  let collected;
  try {
    collected = await collectSamples(cmd.corpus, progress);
  } catch (err) {
    if (err instanceof CorpusError) {
      io.err(`${PROGRAM}: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    if (progress) io.err('\r\u001b[K');
  }
  for (const f of collected.failed) io.err(`${PROGRAM}: ${f.page}: ${f.error}\n`);
  const samples = collected.pages.flatMap((p) => p.samples);
  const weights = train(samples);
  const unreachable = collected.pages.reduce((n, p) => n + p.unreachable.length, 0);
  const module = weightsModule(weights);
  if (cmd.out) writeFileSync(cmd.out, module);
  else io.out(module);
  io.err(`${PROGRAM}: fitted on ${weights.trainedOn.pages} pages, ${weights.trainedOn.candidates} candidate blocks, `
    + `${weights.trainedOn.positives} positive; threshold ${weights.appeal.threshold}; `
    + `${unreachable} required appeals had no candidate block${cmd.out ? `; wrote ${cmd.out}` : ''}\n`);
  if (cmd.verbose) for (const p of collected.pages) for (const u of p.unreachable) io.err(`  no candidate: ${p.page}  ${u}\n`);
  return collected.failed.length > 0 ? 1 : 0;
}
