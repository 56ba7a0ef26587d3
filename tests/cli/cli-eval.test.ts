// End to end: the built `appeal-spotter eval` on a hand-made mini corpus. Figures that do
// not depend on the scanner are asserted exactly; the scanner-dependent arithmetic is
// checked through `--reports` with hand-written scan reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalFigures } from '../../src/cli/eval/score.js';
import { ensureBuilt, removeCopy, runCli } from './run-cli.js';

const mini = join('tests', 'fixtures', 'cli', 'mini-corpus');
const reports = join('tests', 'fixtures', 'cli', 'mini-reports.jsonl');

beforeAll(() => { ensureBuilt(); });
afterAll(() => { removeCopy(); });

describe('eval on the mini corpus, scanning for real', () => {
  let run: ReturnType<typeof runCli>;
  let figures: EvalFigures;
  beforeAll(() => {
    run = runCli(['eval', mini, '--json']);
    figures = JSON.parse(run.stdout) as EvalFigures;
  });

  it('exits 0 and counts the labels', () => {
    expect(run.status).toBe(0);
    expect(figures.pages).toBe(4);
    expect(figures.pagesFailed).toBe(0);
    expect(figures.appeals.required).toBe(4);
    expect(figures.falseAlarms.negativePages).toBe(1);
    expect(figures.paywall.labelled).toBe(1);
    expect(figures.body.scanner.pages).toBe(2);
  });

  it('measures Readability side by side: it keeps all four in-article appeals', () => {
    // Every appeal in this corpus sits inside the article container, where Readability keeps it.
    expect(figures.leaks.readability).toBe(4);
    expect(figures.body.readability?.pages).toBe(2);
    expect(figures.body.readability?.f1).toBeGreaterThan(0.5);
    expect(figures.timings.readability?.pages).toBe(4);
  });

  it('is internally consistent whatever the scanner finds', () => {
    const a = figures.appeals;
    expect(a.matched + figures.misses.length).toBe(a.required);
    expect(a.recall).toBeCloseTo(a.matched / a.required);
    if (a.matched + a.falsePositives > 0) expect(a.precision).toBeCloseTo(a.matched / (a.matched + a.falsePositives));
    expect(figures.falseAlarmList).toHaveLength(a.falsePositives);
    expect(figures.leakList.filter((l) => l.by === 'scanner')).toHaveLength(figures.leaks.scanner);
    expect(figures.timings.scan.pages).toBe(4);
  });

  it('prints a readable table with both columns and states the precision rule', () => {
    const text = runCli(['eval', mini, '--no-readability']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Appeal Spotter eval');
    expect(text.stdout).toMatch(/recall\s+\d\.\d{3}\s+\(\d\/4/);
    expect(text.stdout).toContain('precision = matched required appeals / (matched required appeals + false-positive blocks)');
    expect(text.stdout).toContain('(readability not run)');
    expect(text.stdout).toMatch(/body token F1 \(2 pages\)/);
  });
});

describe('eval --reports: scoring saved reports (scanner-independent arithmetic)', () => {
  let figures: EvalFigures;
  let status: number | null;
  beforeAll(() => {
    const r = runCli(['eval', mini, '--json', '--no-readability', '--reports', reports]);
    status = r.status;
    figures = JSON.parse(r.stdout) as EvalFigures;
  });

  it('matches appeals, counts false positives and kinds', () => {
    expect(status).toBe(0);
    expect(figures.appeals).toMatchObject({
      required: 4, matched: 2, recall: 0.5, falsePositives: 1,
      reportedBlocks: 4, reportedMatchingLabel: 3, blockPrecision: 0.75, kindCorrect: 1, kindAccuracy: 0.5,
    });
    expect(figures.appeals.precision).toBeCloseTo(2 / 3);
    expect(figures.misses.map((m) => [m.page, m.kind, m.onlyInMinor])).toEqual([['ledger-gated', 'paywall', false], ['tern-notes', 'donation', true]]);
    expect(figures.falseAlarms).toEqual({ negativePages: 1, pagesWithFalseAlarm: 1, rate: 1 });
    expect(figures.kindErrors).toEqual([{ page: 'ledger-gated', expected: 'subscription', got: 'donation', snippet: 'Get full access to the Ledger for just $2 per week' }]);
  });

  it('counts leaks, body F1 and the paywall verdict', () => {
    expect(figures.leaks).toEqual({ scanner: 1, readability: null, ofRequired: 4 });
    // harbor: text == truth → F1 1; garden: 2 of 5 predicted tokens among 83 true → F1 2·2/(5+83)
    expect(figures.body.scanner.f1).toBeCloseTo((1 + 4 / 88) / 2, 6);
    expect(figures.paywall).toEqual({ labelled: 1, detected: 2, truePositives: 1, recall: 1, precision: 0.5 });
    expect(figures.timings.scan).toEqual({ pages: 4, medianMs: 2.5, p95Ms: 4 });
  });
});

describe('eval: unusable corpora', () => {
  it('a missing directory → clear message, exit 2', () => {
    const r = runCli(['eval', 'no/such/corpus']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('appeal-spotter: corpus directory not found: no/such/corpus\n');
  });

  it('a directory without labels.json, or with a broken one → exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'as-corpus-'));
    try {
      const none = runCli(['eval', dir]);
      expect(none.status).toBe(2);
      expect(none.stderr).toBe(`appeal-spotter: no labels.json in ${dir}\n`);
      writeFileSync(join(dir, 'labels.json'), '{"pages": [{"id": 1}]}');
      const bad = runCli(['eval', dir]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/labels\.json pages\[0\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a labelled page whose file is missing is listed and makes the exit status 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'as-corpus-'));
    try {
      writeFileSync(join(dir, 'labels.json'), JSON.stringify({ pages: [{ id: 'gone', file: 'pages/gone.html', paywall: false, appeals: [{ kind: 'donation', must: ['give us a few dollars'] }], optional: [] }] }));
      const r = runCli(['eval', dir, '--json', '--no-readability']);
      expect(r.status).toBe(1);
      const f = JSON.parse(r.stdout) as EvalFigures;
      expect(f.errors).toEqual([{ page: 'gone', error: 'cannot read pages/gone.html: no such file or directory' }]);
      expect(f.misses).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const shared = join('..', 'shared', 'corpus');
describe.skipIf(!existsSync(join(shared, 'labels.json')))('the shared corpus labels (read at run time)', () => {
  it('load with the documented counts', async () => {
    const { loadLabels } = await import('../../src/cli/eval/corpus.js');
    const pages = loadLabels(shared);
    expect(pages.length).toBeGreaterThanOrEqual(100);
    const required = pages.flatMap((p) => p.appeals);
    expect(required.every((a) => ['donation', 'subscription', 'paywall'].includes(a.kind))).toBe(true);
    expect(pages.every((p) => p.appeals.every((a) => a.must.length > 0))).toBe(true);
  });
});
