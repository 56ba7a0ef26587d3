// `appeal-spotter eval CORPUS_DIR`: run, score, print.
import { CorpusError } from './eval/corpus.js';
import { formatEvalJson, formatEvalText, PLAIN } from './eval/report.js';
import { loadSavedReports } from './eval/reports.js';
import { runCorpus } from './eval/run.js';
import { runFolded } from './eval/folded.js';
import { formatFoldedEvalJson, formatFoldedEvalText } from './eval/report-folds.js';
import { score } from './eval/score.js';
import { ANSI } from './format-text.js';
import { PROGRAM, type Io } from './io.js';

export interface EvalCommand {
  readonly corpus: string; readonly json: boolean; readonly verbose: boolean; readonly baseline: boolean; readonly reports?: string;
  readonly folds?: number;
}

/** Exit status: 2 when the corpus is unusable, 1 when some pages failed, else 0. */
export async function runEval(cmd: EvalCommand, io: Io): Promise<number> {
  const progress = io.stderrIsTty && !cmd.json
    ? (done: number, total: number, id: string): void => { io.err(`\r\u001b[K${done}/${total} ${id}`); }
    : undefined;
  if (cmd.folds !== undefined) return runFoldedEval(cmd, cmd.folds, io, progress);
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

async function runFoldedEval(
  cmd: EvalCommand, folds: number, io: Io, progress: ((done: number, total: number, id: string) => void) | undefined,
): Promise<number> {
  if (cmd.reports !== undefined) {
    io.err(`${PROGRAM}: --folds fits and scans every page itself; it cannot score --reports\n`);
    return 2;
  }
  let e;
  try {
    e = await runFolded(cmd.corpus, folds, {
      verbose: cmd.verbose, noBaseline: !cmd.baseline, ...(progress ? { onPage: progress } : {}),
      onPhase: (phase) => { if (io.stderrIsTty && !cmd.json) io.err(`\r\u001b[K${phase}\n`); },
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
  const colour = io.stdoutIsTty && !io.env.NO_COLOR;
  io.out(cmd.json ? formatFoldedEvalJson(cmd.corpus, e) : formatFoldedEvalText(cmd.corpus, e, colour ? ANSI : PLAIN));
  return e.crossValidated.pagesFailed > 0 ? 1 : 0;
}
