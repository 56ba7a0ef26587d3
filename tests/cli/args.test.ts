import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('scan: paths, output mode and verbose, flags anywhere', () => {
    expect(parseArgs(['scan', 'a.html', '--jsonl', 'dir', '-'])).toEqual({ kind: 'scan', paths: ['a.html', 'dir', '-'], output: 'jsonl', verbose: false });
    expect(parseArgs(['scan', '--json', '-v', 'x'])).toEqual({ kind: 'scan', paths: ['x'], output: 'json', verbose: true });
    expect(parseArgs(['scan', 'x'])).toMatchObject({ output: 'text' });
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
  ])('usage error for %j', (argv, message) => {
    const cmd = parseArgs(argv);
    expect(cmd.kind).toBe('usage-error');
    if (cmd.kind === 'usage-error') expect(cmd.message).toMatch(message);
  });
});
