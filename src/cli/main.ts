// appeal-spotter: argv → command → exit status.
import { parseArgs, SHORT_USAGE, USAGE } from './args.js';
import { runEval } from './eval-command.js';
import { PROGRAM, processIo, type Io } from './io.js';
import { runScan } from './scan-command.js';
import { runTrain } from './train-command.js';
import { version } from '../../package.json';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const cmd = parseArgs(argv);
  switch (cmd.kind) {
    case 'help': io.out(USAGE); return 0;
    case 'version': io.out(`${PROGRAM} ${version}\n`); return 0;
    case 'usage-error': io.err(`${PROGRAM}: ${cmd.message}\n${SHORT_USAGE}`); return 2;
    case 'scan': return runScan(cmd, io);
    case 'eval': return runEval(cmd, io);
    case 'train': return runTrain(cmd, io);
  }
}

// exitCode, not exit(): lets piped stdout drain before the process ends.
main(process.argv.slice(2), processIo()).then(
  (status) => { process.exitCode = status; },
  (err: unknown) => {
    process.stderr.write(`${PROGRAM}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
