import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusError } from '../../src/cli/eval/corpus.js';
import { findReport, loadSavedReports, parseSavedReport } from '../../src/cli/eval/reports.js';
import type { LabelPage } from '../../src/cli/eval/score.js';

const dir = mkdtempSync(join(tmpdir(), 'as-reports-'));
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

const page = (source: string) => ({
  source, article: { title: null, text: 'body', wordCount: 1 },
  appeals: [{ kind: 'donation', placement: 'inline', confidence: 0.5, text: 'give', reasons: ['r'] }],
  paywall: { detected: true, state: 'hard', signals: ['s'] }, timings: { scanMs: 3 }, partial: false,
});
const label = (id: string, file: string): LabelPage => ({ id, file, bodyTruth: null, paywall: false, appeals: [], optional: [] });

describe('saved reports', () => {
  it('reads JSON Lines, a JSON array and one pretty-printed object', () => {
    const jsonl = join(dir, 'a.jsonl');
    writeFileSync(jsonl, `${JSON.stringify(page('x/pages/a.html'))}\n\n${JSON.stringify(page('b.html'))}\n`);
    expect(loadSavedReports(jsonl).map((r) => r.source)).toEqual(['x/pages/a.html', 'b.html']);
    const arr = join(dir, 'b.json');
    writeFileSync(arr, JSON.stringify([page('a.html')], null, 2));
    expect(loadSavedReports(arr)).toHaveLength(1);
    const one = join(dir, 'c.json');
    writeFileSync(one, JSON.stringify(page('c.html'), null, 2));
    const [saved] = loadSavedReports(one);
    expect(saved).toEqual({
      source: 'c.html', scanMs: 3,
      report: {
        appeals: [{ kind: 'donation', placement: 'inline', confidence: 0.5, text: 'give', reasons: ['r'] }],
        minor: [], articleText: 'body', paywall: { detected: true, state: 'hard', signals: ['s'] }, partial: false,
      },
    });
  });
  it('rejects what is not a scan report with a CorpusError (exit 2 in the CLI)', () => {
    expect(() => parseSavedReport({ source: 'a' }, 'here')).toThrow(CorpusError);
    expect(() => parseSavedReport({ ...page('a'), appeals: [{ kind: 'donation' }] }, 'here')).toThrow(/here\.appeals\[0\]/);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"source": \n');
    expect(() => loadSavedReports(bad)).toThrow(CorpusError);
    expect(() => loadSavedReports(join(dir, 'missing.jsonl'))).toThrow(/cannot read reports/);
  });
  it('pairs a report with its label by file path suffix or by id', () => {
    const reports = [page('/abs/corpus/pages/a.html'), page('b.html'), page('other/pages/c.txt')].map((p, i) => parseSavedReport(p, String(i)));
    expect(findReport(reports, label('a', 'pages/a.html'))?.source).toBe('/abs/corpus/pages/a.html');
    expect(findReport(reports, label('b', 'pages/b.html'))?.source).toBe('b.html');
    expect(findReport(reports, label('c', 'pages/c.txt'))?.source).toBe('other/pages/c.txt');
    expect(findReport(reports, label('d', 'pages/d.html'))).toBeUndefined();
    // 'pages/a.html' must not pair with a file that merely ends in the same letters
    expect(findReport([parseSavedReport(page('xpages/a.html.bak'), 'z')], label('q', 'pages/a.html'))).toBeUndefined();
  });
});
