// argv → a command, or a usage error. No I/O here.

export type OutputMode = 'text' | 'json' | 'jsonl';

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
    readonly kind: 'scan'; readonly paths: readonly string[]; readonly output: OutputMode; readonly verbose: boolean;
    /** Per block: its features, score, threshold and decision. */
    readonly explain: boolean;
    /** A file of the reader's rules (uBlock Origin-style element rules, src/core/rules). */
    readonly rules?: string;
  }
  | {
    readonly kind: 'eval'; readonly corpus: string; readonly json: boolean; readonly verbose: boolean; readonly baseline: boolean; readonly reports?: string;
    /** Cross-validate over this many site-grouped folds (2..20). */
    readonly folds?: number;
  }
  | { readonly kind: 'train'; readonly corpus: string; readonly out?: string; readonly verbose: boolean }
  | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage:
  appeal-spotter scan PATH... [--json | --jsonl] [--explain] [--rules FILE] [--verbose]
  appeal-spotter eval CORPUS_DIR [--json] [--no-readability] [--reports FILE] [--folds N] [--verbose]
  appeal-spotter train CORPUS_DIR [--out FILE]
  appeal-spotter --help | --version

scan   Scan saved pages (.html, .htm, .txt; directories recursively; '-' for stdin)
       for donation appeals, subscription pitches and paywalls.
       --json      one pretty JSON array (one object for a single page)
       --jsonl     one JSON object per page, per line
       --explain   per block: its features, score, threshold and decision
       --rules FILE  apply the reader's rules: example.com##.box flags it
                   (:appeal(donation|subscription|paywall) sets the kind),
                   example.com#@#.box never flags it; a bad line is an error
eval   Score the scanner against a labelled corpus (labels.json, pages/, truth/),
       side by side with @mozilla/readability.
       --json      the figures as JSON
       --no-readability  skip the baseline
       --reports FILE    score saved \`scan --jsonl\` output instead of scanning
       --folds N         cross-validate: split pages into N folds by site, score
                         each fold with a model fitted on the others, print
                         beside the in-sample figures
train  Fit the classifier's weights on a labelled corpus (deterministic).
       --out FILE  write the weights module there (default: print it)
--verbose  show jsdom's console (CSS parse errors) and parse fallbacks

Exit status: 0 all pages scanned, 1 some pages failed, 2 usage error.
`;

/** After a usage error: the synopsis only. */
export const SHORT_USAGE = `${USAGE.split('\n\n')[0]}\nTry 'appeal-spotter --help' for more.\n`;

const usageError = (message: string): Command => ({ kind: 'usage-error', message });

/** Options that take a value, as `--name VALUE` or `--name=VALUE`. */
const VALUE_FLAGS: readonly string[] = ['--reports', '--folds', '--rules', '--out'];

export const MIN_FOLDS = 2;
export const MAX_FOLDS = 20;

interface Split {
  readonly flags: readonly string[];
  readonly values: ReadonlyMap<string, string>;
  readonly operands: readonly string[];
  readonly error?: string;
}

/** Flags anywhere; '-' is an operand (stdin); '--' ends the flags. */
function split(args: readonly string[]): Split {
  const flags: string[] = [];
  const values = new Map<string, string>();
  const operands: string[] = [];
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (onlyOperands || a === '-' || !a.startsWith('-')) { operands.push(a); continue; }
    if (a === '--') { onlyOperands = true; continue; }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!VALUE_FLAGS.includes(name)) { flags.push(a); continue; }
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return { flags, values, operands, error: `${name} needs a value` };
    values.set(name, value);
    flags.push(name);
  }
  return { flags, values, operands };
}

function unknownFlag(flags: readonly string[], allowed: readonly string[]): string | undefined {
  return flags.find((f) => !allowed.includes(f));
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-V') return { kind: 'version' };

  const { flags, values, operands, error } = split(rest);
  if (error) return usageError(error);
  if (flags.includes('--help') || flags.includes('-h')) return { kind: 'help' };
  const verbose = flags.includes('--verbose') || flags.includes('-v');

  if (command === 'scan') {
    const bad = unknownFlag(flags, ['--json', '--jsonl', '--explain', '--rules', '--verbose', '-v']);
    if (bad) return usageError(`unknown option for scan: ${bad}`);
    const json = flags.includes('--json');
    const jsonl = flags.includes('--jsonl');
    if (json && jsonl) return usageError('--json and --jsonl cannot be used together');
    if (operands.length === 0) return usageError('scan needs at least one PATH (or - for stdin)');
    const rules = values.get('--rules');
    return {
      kind: 'scan', paths: operands, output: json ? 'json' : jsonl ? 'jsonl' : 'text', verbose, explain: flags.includes('--explain'),
      ...(rules !== undefined ? { rules } : {}),
    };
  }
  if (command === 'train') {
    const bad = unknownFlag(flags, ['--out', '--verbose', '-v']);
    if (bad) return usageError(`unknown option for train: ${bad}`);
    const [corpus, ...extra] = operands;
    if (corpus === undefined) return usageError('train needs a CORPUS_DIR');
    if (extra.length > 0) return usageError(`train takes one CORPUS_DIR, got ${operands.length}`);
    const out = values.get('--out');
    return { kind: 'train', corpus, verbose, ...(out !== undefined ? { out } : {}) };
  }
  if (command === 'eval') {
    const bad = unknownFlag(flags, ['--json', '--no-readability', '--reports', '--folds', '--verbose', '-v']);
    if (bad) return usageError(`unknown option for eval: ${bad}`);
    const [corpus, ...extra] = operands;
    if (corpus === undefined) return usageError('eval needs a CORPUS_DIR');
    if (extra.length > 0) return usageError(`eval takes one CORPUS_DIR, got ${operands.length}`);
    const reports = values.get('--reports');
    const foldsText = values.get('--folds');
    let folds: number | undefined;
    if (foldsText !== undefined) {
      folds = /^\d+$/.test(foldsText) ? Number(foldsText) : NaN;
      if (!(folds >= MIN_FOLDS && folds <= MAX_FOLDS)) {
        return usageError(`--folds needs a whole number from ${MIN_FOLDS} to ${MAX_FOLDS}, got '${foldsText}'`);
      }
    }
    return {
      kind: 'eval', corpus, json: flags.includes('--json'), verbose, baseline: !flags.includes('--no-readability'),
      ...(reports !== undefined ? { reports } : {}),
      ...(folds !== undefined ? { folds } : {}),
    };
  }
  return usageError(command.startsWith('-') ? `unknown option: ${command}` : `unknown command: ${command}`);
}
