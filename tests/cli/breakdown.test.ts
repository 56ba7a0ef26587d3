import { describe, expect, it } from 'vitest';
import { breakdown, languageKey, repoKey } from '../../src/cli/eval/breakdown.js';
import { score, type LabelPage, type ObservedReport, type PageObservation, type ReportedBlock } from '../../src/cli/eval/score.js';

function label(id: string, over: Partial<LabelPage> = {}): LabelPage {
  return { id, file: `pages/${id}.html`, bodyTruth: null, paywall: false, appeals: [], optional: [], ...over };
}
function block(kind: string, text: string): ReportedBlock {
  return { kind, placement: 'appended', confidence: 0.8, text, reasons: [] };
}
function report(over: Partial<ObservedReport> = {}): ObservedReport {
  return { appeals: [], minor: [], articleText: '', paywall: { detected: false, state: 'free', signals: [] }, ...over };
}
const donation = { kind: 'donation', must: ['please give us five euros'] };

const obs: PageObservation[] = [
  // de, two pages: one found, one missed and leaked
  { label: label('de-1', { lang: 'de', repo: 'adbar/trafilatura', appeals: [donation] }), truth: null, report: report({ appeals: [block('donation', 'please give us five euros')] }) },
  { label: label('de-2', { lang: 'de-AT', repo: 'adbar/trafilatura', appeals: [donation] }), truth: null, report: report({ articleText: 'text please give us five euros' }) },
  // en, three pages: a false alarm on a negative page
  { label: label('en-1', { lang: 'en', repo: 'mozilla/readability' }), truth: null, report: report({ appeals: [block('donation', 'A charity gala')] }) },
  { label: label('en-2', { lang: 'EN-gb', repo: 'adbar/trafilatura' }), truth: null, report: report() },
  { label: label('en-3', { lang: 'en', repo: null }), truth: null, report: report() },
  // no language at all
  { label: label('x-1'), truth: null, report: report() },
];

describe('breakdown', () => {
  it('groups by language (primary subtag, lower-case), most pages first, and scores each group with score()', () => {
    const rows = breakdown(obs, languageKey);
    expect(rows.map((r) => [r.key, r.figures.pages])).toEqual([['en', 3], ['de', 2], ['unknown', 1]]);
    const de = rows.find((r) => r.key === 'de')?.figures;
    expect(de).toEqual(score(obs.slice(0, 2)));
    expect(de?.appeals).toMatchObject({ required: 2, matched: 1, recall: 0.5 });
    expect(de?.leaks.scanner).toBe(1);
    const en = rows.find((r) => r.key === 'en')?.figures;
    expect(en?.falseAlarms).toEqual({ negativePages: 3, pagesWithFalseAlarm: 1, rate: 1 / 3 });
  });
  it('groups by repository, hand-made when there is none; equal counts sort by key', () => {
    const rows = breakdown(obs, repoKey);
    expect(rows.map((r) => [r.key, r.figures.pages])).toEqual([
      ['adbar/trafilatura', 3], ['hand-made', 2], ['mozilla/readability', 1],
    ]);
    expect(rows.reduce((n, r) => n + r.figures.pages, 0)).toBe(obs.length);
  });
  it('is empty for no observations', () => {
    expect(breakdown([], languageKey)).toEqual([]);
  });
  it('language and repository keys', () => {
    expect(languageKey(label('a', { lang: 'pt-BR' }))).toBe('pt');
    expect(languageKey(label('a', { lang: 'zh_Hant' }))).toBe('zh');
    expect(languageKey(label('a', { lang: '' }))).toBe('unknown');
    expect(languageKey(label('a', { lang: null }))).toBe('unknown');
    expect(languageKey(label('a'))).toBe('unknown');
    expect(repoKey(label('a', { repo: 'postlight/parser' }))).toBe('postlight/parser');
    expect(repoKey(label('a'))).toBe('hand-made');
  });
});
