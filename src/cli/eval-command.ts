// `appeal-spotter eval CORPUS_DIR`: run, score, print.
import { CorpusError } from './eval/corpus.js';
import { formatEvalJson, formatEvalText, PLAIN } from './eval/report.js';
import { loadSavedReports } from './eval/reports.js';
import { runCorpus } from './eval/run.js';
import { score } from './eval/score.js';
import { ANSI } from './format-text.js';
import { PROGRAM, type Io } from './io.js';

export interface EvalCommand { readonly corpus: string; readonly json: boolean; readonly verbose: boolean; readonly baseline: boolean; readonly reports?: string }

/** Exit status: 2 when the corpus is unusable, 1 when some pages failed, else 0. */
export async function runEval(cmd: EvalCommand, io: Io): Promise<number> {
  const progress = io.stderrIsTty && !cmd.json
    ? (done: number, total: number, id: string): void => { io.err(`\r\u001b[K${done}/${total} ${id}`); }
    : undefined;
  let observations;
  try {
    const reports = cmd.reports !== undefined ? loadSavedReports(cmd.reports) : undefined;
    observations = await runCorpus(cmd.corpus, {
      verbose: cmd.verbose, noBaseline: !cmd.baseline, ...(progress ? { onPage: progress } : {}), ...(reports ? { reports } : {}),
    });
  } catch (err) {
    if (err instanceof CorpusError) {
      io.err(`${PROGRAM}: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    if (progress) io.err('\r\u001b[K');
  }
  const figures = score(observations);
  const colour = io.stdoutIsTty && !io.env.NO_COLOR;
  io.out(cmd.json ? formatEvalJson(cmd.corpus, figures) : formatEvalText(cmd.corpus, figures, colour ? ANSI : PLAIN));
  return figures.pagesFailed > 0 ? 1 : 0;
}
