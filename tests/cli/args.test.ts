import { describe, expect, it } from 'vitest';
import { parseArgs, SHORT_USAGE, USAGE } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('scan: paths, output mode and verbose, flags anywhere', () => {
    expect(parseArgs(['scan', 'a.html', '--jsonl', 'dir', '-'])).toEqual({ kind: 'scan', paths: ['a.html', 'dir', '-'], output: 'jsonl', verbose: false, explain: false });
    expect(parseArgs(['scan', '--json', '-v', 'x'])).toEqual({ kind: 'scan', paths: ['x'], output: 'json', verbose: true, explain: false });
    expect(parseArgs(['scan', 'x'])).toMatchObject({ output: 'text' });
  });
  it('scan: --rules FILE (either form, anywhere)', () => {
    expect(parseArgs(['scan', 'x', '--rules', 'my.rules'])).toEqual({ kind: 'scan', paths: ['x'], output: 'text', verbose: false, explain: false, rules: 'my.rules' });
    expect(parseArgs(['scan', '--rules=r.txt', '--jsonl', 'x'])).toMatchObject({ kind: 'scan', paths: ['x'], output: 'jsonl', rules: 'r.txt' });
    expect(USAGE).toMatch(/--rules FILE/);
  });

  it('scan: --explain', () => {
    expect(parseArgs(['scan', 'x', '--explain'])).toEqual({ kind: 'scan', paths: ['x'], output: 'text', verbose: false, explain: true });
    expect(parseArgs(['scan', '--explain', 'x', '--jsonl'])).toEqual({ kind: 'scan', paths: ['x'], output: 'jsonl', verbose: false, explain: true });
  });
  it('-- ends the options, so odd file names still work', () => {
    expect(parseArgs(['scan', '--', '--json'])).toMatchObject({ kind: 'scan', paths: ['--json'], output: 'text' });
  });
  it('eval: one corpus dir, --json, --no-readability, --reports in both spellings', () => {
    expect(parseArgs(['eval', 'c'])).toEqual({ kind: 'eval', corpus: 'c', json: false, verbose: false, baseline: true });
    expect(parseArgs(['eval', '--json', 'c', '--no-readability', '--reports', 'r.jsonl']))
      .toEqual({ kind: 'eval', corpus: 'c', json: true, verbose: false, baseline: false, reports: 'r.jsonl' });
    expect(parseArgs(['eval', 'c', '--reports=r.jsonl'])).toMatchObject({ reports: 'r.jsonl' });
  });
  it('eval: --folds N, 2 to 20, in both spellings; absent when not given', () => {
    expect(parseArgs(['eval', 'c', '--folds', '5'])).toEqual({ kind: 'eval', corpus: 'c', json: false, verbose: false, baseline: true, folds: 5 });
    expect(parseArgs(['eval', '--folds=2', 'c'])).toMatchObject({ corpus: 'c', folds: 2 });
    expect(parseArgs(['eval', 'c', '--folds', '20', '--json'])).toMatchObject({ folds: 20, json: true });
    expect(parseArgs(['eval', 'c'])).not.toHaveProperty('folds');
  });
  it('the help text describes the new options', () => {
    expect(USAGE).toMatch(/--folds N +cross-validate: split pages into N folds by site/);
    expect(USAGE).toMatch(/--explain +per block: its features, score, threshold and decision/);
    expect(USAGE).toMatch(/train CORPUS_DIR \[--out FILE\]/);
    expect(SHORT_USAGE).toMatch(/scan PATH\.\.\. .*\[--explain\]/);
    expect(SHORT_USAGE).toMatch(/eval CORPUS_DIR .*\[--folds N\]/);
  });
  it('help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['scan', 'x', '-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });
  it.each([
    [[], /no command/],
    [['frobnicate'], /unknown command: frobnicate/],
    [['--bogus'], /unknown option: --bogus/],
    [['scan'], /at least one PATH/],
    [['scan', 'a', '--json', '--jsonl'], /cannot be used together/],
    [['scan', 'a', '--colour'], /unknown option for scan: --colour/],
    [['scan', 'a', '--reports', 'r'], /unknown option for scan: --reports/],
    [['eval'], /needs a CORPUS_DIR/],
    [['eval', 'a', 'b'], /one CORPUS_DIR/],
    [['eval', 'a', '--jsonl'], /unknown option for eval: --jsonl/],
    [['eval', 'a', '--reports'], /--reports needs a value/],
    [['eval', 'a', '--folds'], /--folds needs a value/],
    [['eval', 'a', '--folds='], /--folds needs a value/],
    [['eval', 'a', '--folds', '1'], /--folds .*2 to 20, got '1'/],
    [['eval', 'a', '--folds', '21'], /--folds .*2 to 20, got '21'/],
    [['eval', 'a', '--folds', '0'], /got '0'/],
    [['eval', 'a', '--folds', '-3'], /got '-3'/],
    [['eval', 'a', '--folds', '2.5'], /got '2\.5'/],
    [['eval', 'a', '--folds', 'five'], /got 'five'/],
    [['eval', 'a', '--folds', '1e1'], /got '1e1'/],
    [['eval', 'a', '--explain'], /unknown option for eval: --explain/],
    [['eval', 'a', '--out', 'r'], /unknown option for eval: --out/],
    [['scan', 'a', '--folds', '5'], /unknown option for scan: --folds/],
    [['scan', 'a', '--rules'], /--rules needs a value/],
    [['eval', 'a', '--rules', 'r'], /unknown option for eval: --rules/],
  ])('usage error for %j', (argv, message) => {
    const cmd = parseArgs(argv);
    expect(cmd.kind).toBe('usage-error');
    if (cmd.kind === 'usage-error') expect(cmd.message).toMatch(message);
  });
});

describe('train', () => {
  it('takes one corpus and an optional --out', () => {
    expect(parseArgs(['train', 'corpus'])).toEqual({ kind: 'train', corpus: 'corpus', verbose: false });
    expect(parseArgs(['train', 'corpus', '--out', 'w.ts'])).toEqual({ kind: 'train', corpus: 'corpus', verbose: false, out: 'w.ts' });
    expect(parseArgs(['train'])).toMatchObject({ kind: 'usage-error', message: 'train needs a CORPUS_DIR' });
    expect(parseArgs(['train', 'a', 'b'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['train', 'a', '--json'])).toMatchObject({ kind: 'usage-error', message: 'unknown option for train: --json' });
  });
});
