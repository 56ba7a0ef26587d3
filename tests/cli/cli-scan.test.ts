// End to end: the built `appeal-spotter scan`. Asserts shapes, order and exit codes, not
// what the scanner finds (that is the core's business and is scored by the eval).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, jsonLines, removeCopy, runCli } from './run-cli.js';

const dir = join('tests', 'fixtures', 'cli', 'pages');
const f = (name: string): string => join(dir, name);

beforeAll(() => { ensureBuilt(); });
afterAll(() => { removeCopy(); });

function expectPageShape(page: Record<string, unknown>): void {
  expect(Object.keys(page)).toEqual(expect.arrayContaining(['source', 'article', 'appeals', 'minor', 'paywall', 'timings', 'partial']));
  expect(typeof page.source).toBe('string');
  const article = page.article as Record<string, unknown>;
  expect(Object.keys(article).sort()).toEqual(['text', 'title', 'wordCount']);
  expect(article.title === null || typeof article.title === 'string').toBe(true);
  expect(typeof article.text).toBe('string');
  expect(Number.isInteger(article.wordCount)).toBe(true);
  for (const list of [page.appeals, page.minor]) {
    expect(Array.isArray(list)).toBe(true);
    for (const a of list as Record<string, unknown>[]) {
      expect(typeof a.kind).toBe('string');
      expect(typeof a.placement).toBe('string');
      expect(typeof a.confidence).toBe('number');
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
      expect(typeof a.text).toBe('string');
      expect(Array.isArray(a.reasons) && (a.reasons as unknown[]).every((r) => typeof r === 'string')).toBe(true);
    }
  }
  const paywall = page.paywall as Record<string, unknown>;
  expect(typeof paywall.detected).toBe('boolean');
  expect(['free', 'metered', 'registration', 'hard', 'premium-section', 'unknown']).toContain(paywall.state);
  expect(Array.isArray(paywall.signals) && (paywall.signals as unknown[]).every((s) => typeof s === 'string')).toBe(true);
  const timings = page.timings as Record<string, unknown>;
  expect(typeof timings.scanMs).toBe('number');
  expect(typeof page.partial).toBe('boolean');
}

describe('scan: output formats', () => {
  it('prints a readable summary per page, in order, without colour when not a terminal', () => {
    const r = runCli(['scan', f('appended-donation.html'), f('inline-subscription.htm')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('== '));
    expect(headers).toEqual([`== ${f('appended-donation.html')}`, `== ${f('inline-subscription.htm')}`]);
    expect(r.stdout).toMatch(/^title: +\S/m);
    expect(r.stdout).toMatch(/body: +\d+ words/);
    expect(r.stdout).toMatch(/appeals: /);
    expect(r.stdout).toMatch(/minor: /);
    expect(r.stdout).toMatch(/paywall: +(yes|no)/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--jsonl: one object per page with exactly the documented shape', () => {
    const r = runCli(['scan', '--jsonl', f('appended-donation.html'), f('field-notes.txt')]);
    expect(r.status).toBe(0);
    const pages = jsonLines(r.stdout);
    expect(pages).toHaveLength(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    pages.forEach(expectPageShape);
    expect(pages.map((p) => p.source)).toEqual([f('appended-donation.html'), f('field-notes.txt')]);
  });

  it('--json: one object for one page, an array for several, pretty-printed', () => {
    const one = runCli(['scan', '--json', f('appended-donation.html')]);
    expect(one.status).toBe(0);
    const obj = JSON.parse(one.stdout) as Record<string, unknown>;
    expect(Array.isArray(obj)).toBe(false);
    expectPageShape(obj);
    expect(one.stdout.split('\n').length).toBeGreaterThan(5);
    const two = runCli(['scan', f('appended-donation.html'), '--json', f('inline-subscription.htm')]);
    const arr = JSON.parse(two.stdout) as Record<string, unknown>[];
    expect(arr).toHaveLength(2);
    arr.forEach(expectPageShape);
  });
});

describe('scan: inputs', () => {
  it('recurses into a directory, sorted, skipping other extensions', () => {
    const r = runCli(['scan', '--jsonl', dir]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((p) => p.source)).toEqual([
      f('appended-donation.html'), f('broken-stylesheet.html'), f('field-notes.txt'), f('inline-subscription.htm'),
      join(dir, 'nested', 'a-first.html'), join(dir, 'nested', 'deeper', 'sticky-bar.html'),
    ]);
  });

  /** The page minus what legitimately differs between two runs of it. */
  const comparable = (page: Record<string, unknown> | undefined) => ({ ...page, source: undefined, timings: undefined });

  it('reads HTML from stdin with "-", exactly as from the file', () => {
    const file = f('appended-donation.html');
    const piped = runCli(['scan', '--jsonl', '-'], readFileSync(file, 'utf8'));
    expect(piped.status).toBe(0);
    const [fromStdin] = jsonLines(piped.stdout);
    expect(fromStdin?.source).toBe('-');
    expectPageShape(fromStdin ?? {});
    const [fromFile] = jsonLines(runCli(['scan', '--jsonl', file]).stdout);
    expect(comparable(fromStdin)).toEqual(comparable(fromFile));
  });

  it('sniffs plain text on stdin and scans it like a .txt file', () => {
    const file = f('field-notes.txt');
    const piped = runCli(['scan', '--jsonl', '-'], readFileSync(file, 'utf8'));
    expect(piped.status).toBe(0);
    const [fromStdin] = jsonLines(piped.stdout);
    const [fromFile] = jsonLines(runCli(['scan', '--jsonl', file]).stdout);
    expectPageShape(fromFile ?? {});
    expect(comparable(fromStdin)).toEqual(comparable(fromFile));
  });

  it('reads files as UTF-8 whatever their meta charset says', () => {
    const r = runCli(['scan', '--jsonl', join(dir, 'nested', 'deeper', 'sticky-bar.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Zürich');
    expect(r.stdout).not.toMatch(/Z\u00c3|ZÃ/);
  });
});

describe('scan: errors and exit codes', () => {
  it('a missing file costs one stderr line; the run goes on and exits 1', () => {
    const r = runCli(['scan', '--jsonl', f('appended-donation.html'), 'no/such/page.html', f('field-notes.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('appeal-spotter: cannot read no/such/page.html: no such file or directory\n');
    expect(jsonLines(r.stdout).map((p) => p.source)).toEqual([f('appended-donation.html'), f('field-notes.txt')]);
  });

  it('a path through a file is reported, not thrown', () => {
    const bad = join(f('field-notes.txt'), 'inner.html');
    const r = runCli(['scan', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`appeal-spotter: cannot read ${bad}: not a directory\n`);
  });

  it('a directory without pages: a note on stderr, nothing scanned, nothing failed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'as-empty-'));
    try {
      writeFileSync(join(empty, 'readme.md'), '# not a page');
      const r = runCli(['scan', '--json', empty]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
      expect(r.stderr).toBe(`appeal-spotter: no .html, .htm or .txt files under ${empty}\n`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('--json still prints valid JSON when pages fail', () => {
    const r = runCli(['scan', '--json', 'missing-1.html', 'missing-2.htm']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    [['scan']],
    [['scan', '--json', '--jsonl', 'x.html']],
    [['scan', '--fast', 'x.html']],
    [['scan-all', 'x.html']],
    [[]],
  ])('usage error %j → exit 2, short usage on stderr, nothing on stdout', (argv) => {
    const r = runCli(argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^appeal-spotter: .+\nUsage:\n/);
  });

  it('--help and --version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('appeal-spotter scan PATH...');
    expect(help.stdout).toContain('appeal-spotter eval CORPUS_DIR');
    const version = runCli(['--version']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(`appeal-spotter ${pkg.version}`);
    expect(version.status).toBe(0);
  });
});

describe('scan: the stylesheet jsdom 29 throws on', () => {
  it('is scanned all the same, quietly', () => {
    const r = runCli(['scan', '--jsonl', f('broken-stylesheet.html'), f('appended-donation.html')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const [page, next] = jsonLines(r.stdout);
    expect(page?.stylesheetFallback).toBe(true);
    expectPageShape(page ?? {});
    expect(page?.source).toBe(f('broken-stylesheet.html'));
    expect(next?.stylesheetFallback).toBeUndefined();
  });

  it('--verbose says what happened', () => {
    const r = runCli(['scan', '--verbose', f('broken-stylesheet.html')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/parsing without stylesheets/);
  });
});
