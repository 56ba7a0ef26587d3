import { describe, expect, it } from 'vitest';
import { breakdown, languageKey, repoKey } from '../../src/cli/eval/breakdown.js';
import { formatEvalLists, formatEvalText } from '../../src/cli/eval/report.js';
import { formatFoldedEvalJson, formatFoldedEvalText, meets, METRICS, type FoldedEval } from '../../src/cli/eval/report-folds.js';
import { score, type LabelPage, type ObservedReport, type PageObservation, type ReportedBlock } from '../../src/cli/eval/score.js';

function label(id: string, over: Partial<LabelPage> = {}): LabelPage {
  return { id, file: `pages/${id}.html`, bodyTruth: null, paywall: false, appeals: [], optional: [], ...over };
}
function block(kind: string, text: string): ReportedBlock {
  return { kind, placement: 'appended', confidence: 0.8, text, reasons: [`reason for ${kind}`] };
}
function report(over: Partial<ObservedReport> = {}): ObservedReport {
  return { appeals: [], minor: [], articleText: '', paywall: { detected: false, state: 'free', signals: [] }, ...over };
}

const donation = { kind: 'donation', must: ['please give us five euros'], note: 'after the body' };
const pitch = { kind: 'subscription', must: ['subscribe now for one dollar'] };
const labels = {
  de: label('de-1', { lang: 'de', repo: 'adbar/trafilatura', paywall: true, appeals: [donation] }),
  en: label('en-1', { lang: 'en-US', repo: 'scrapinghub/article-extraction-benchmark', appeals: [pitch] }),
  neg: label('en-2', { lang: 'en', repo: 'scrapinghub/article-extraction-benchmark' }),
  seed: label('seed', { lang: 'en' }),
};
// Cross-validated: the donation is missed and leaks into the body, a false alarm on a negative page.
const cvObs: PageObservation[] = [
  { label: labels.de, truth: 'alpha beta gamma', report: report({ articleText: 'alpha beta please give us five euros' }), readabilityText: 'alpha beta gamma' },
  { label: labels.en, truth: null, report: report({ appeals: [block('subscription', 'Go on: subscribe now for one dollar!')] }), readabilityText: '' },
  { label: labels.neg, truth: null, report: report({ appeals: [block('donation', 'A charity gala in town')] }), readabilityText: '' },
  { label: labels.seed, truth: null, report: report(), readabilityText: '' },
];
// In-sample: everything right.
const inObs: PageObservation[] = [
  { ...cvObs[0]!, report: report({ appeals: [block('donation', 'please give us five euros')], articleText: 'alpha beta gamma', paywall: { detected: true, state: 'hard', signals: ['s'] } }) },
  cvObs[1]!,
  { ...cvObs[2]!, report: report() },
  cvObs[3]!,
];
const folded: FoldedEval = {
  folds: 5,
  crossValidated: score(cvObs),
  inSample: score(inObs),
  byLanguage: breakdown(cvObs, languageKey),
  byRepo: breakdown(cvObs, repoKey),
  foldPages: [1, 1, 2, 0, 0],
};

describe('formatFoldedEvalText', () => {
  const text = formatFoldedEvalText('corpus-dir', folded);
  const lineOf = (start: string): string => text.split('\n').find((l) => l.trimStart().startsWith(start)) ?? '';

  it('has a header naming the corpus, pages and folds', () => {
    expect(text.split('\n')[0]).toBe('Appeal Spotter eval: corpus-dir (4 pages), 5-fold cross-validation by site');
    expect(text).toContain('pages per fold: 1, 1, 2, 0, 0');
    expect(formatFoldedEvalText('c', { ...folded, foldPages: undefined })).not.toContain('pages per fold');
  });
  it('puts the cross-validated figure first, the in-sample one second, then the target and the verdict', () => {
    const header = text.split('\n').find((l) => l.includes('target')) ?? '';
    expect(header).toMatch(/^ +cross-validated +in-sample +target +verdict$/);
    expect(header.indexOf('cross-validated')).toBeLessThan(header.indexOf('in-sample'));
    expect(header.indexOf('in-sample')).toBeLessThan(header.indexOf('target'));
    expect(lineOf('required-appeal recall')).toMatch(/^ {2}required-appeal recall +0\.500 {2}\(1\/2\) +1\.000 {2}\(2\/2\) +≥ 0\.92 +NOT MET$/);
    expect(lineOf('precision ')).toMatch(/^ {2}precision +0\.500 {2}\(1\/2\) +1\.000 {2}\(2\/2\) +≥ 0\.95 +NOT MET$/);
    expect(lineOf('false alarms, negative pages')).toMatch(/50\.0 % {2}\(1\/2\) +0\.0 % {2}\(0\/2\) +≤ 3 % +NOT MET$/);
    expect(lineOf('leaked appeals, of required')).toMatch(/50\.0 % {2}\(1\/2\) +0\.0 % {2}\(0\/2\) +≤ 2 % +NOT MET$/);
    expect(lineOf('paywall recall')).toMatch(/0\.000 {2}\(0\/1\) +1\.000 {2}\(1\/1\) +≥ 0\.95 +NOT MET$/);
    expect(lineOf('paywall precision')).toMatch(/n\/a {2}\(0\/0\) +1\.000 {2}\(1\/1\) +≥ 0\.95$/);
    // Readability matches the truth exactly; the scanner keeps the appeal in its body.
    expect(lineOf('body token F1')).toMatch(/0\.400 {2}\(1 pages\) +1\.000 {2}\(1 pages\) +≥ Readability 1\.000 +NOT MET$/);
    expect(lineOf('kind accuracy')).toMatch(/1\.000 {2}\(1\/1\) +1\.000 {2}\(2\/2\) +-$/);
    expect(text).toContain('precision = matched required appeals / (matched required appeals + false-positive blocks)');
  });
  it('says "met" where the cross-validated figure reaches its target', () => {
    const good = score(inObs);
    const t = formatFoldedEvalText('c', { ...folded, crossValidated: good });
    expect(t).toMatch(/required-appeal recall .+ met$/m);
    expect(t).toMatch(/false alarms, negative pages .+ met$/m);
    expect(t).toMatch(/body token F1 .+≥ Readability 1\.000 +met$/m);
    expect(t).not.toContain('NOT MET');
  });
  it('without Readability the body row has no comparison', () => {
    const noBaseline = cvObs.map(({ readabilityText: _, ...o }) => o);
    const t = formatFoldedEvalText('c', { ...folded, crossValidated: score(noBaseline), inSample: score(noBaseline) });
    expect(t).toMatch(/body token F1 +0\.400 {2}\(1 pages\) +0\.400 {2}\(1 pages\) +\(Readability not run\)$/m);
  });
  it('has per-language and per-repository tables of the cross-validated run, most pages first', () => {
    const lang = text.slice(text.indexOf('By language (cross-validated)'), text.indexOf('By source repository'));
    expect(lang).toMatch(/language +pages +required +matched +recall +FP blocks +neg\. pages w\/ alarm +leaks/);
    expect(lang).toMatch(/\n {2}en +3 +1 +1 +1\.000 +1 +1\/2 +0\n {2}de +1 +1 +0 +0\.000 +0 +0\/0 +1\n/);
    const repo = text.slice(text.indexOf('By source repository (cross-validated)'), text.indexOf('Lists of the cross-validated run'));
    expect(repo).toMatch(/\n {2}scrapinghub\/article-extraction-benchmark +2 +1 +1 +1\.000 +1 +1\/1 +0\n/);
    expect(repo).toMatch(/\n {2}adbar\/trafilatura +1 +1 +0 +0\.000 +0 +0\/0 +1\n {2}hand-made +1 +0 +0 +n\/a +0 +0\/1 +0\n/);
  });
  it('ends with the lists of the cross-validated run, printed as formatEvalText prints them', () => {
    const lists = text.slice(text.indexOf('Lists of the cross-validated run'));
    expect(lists).toContain('Misses (1)\n  de-1  donation  "please give us five euros"  (after the body)');
    expect(lists).toContain('False alarms (1)\n  en-2 [negative page]  donation/appended 0.80  "A charity gala in town"  reasons: reason for donation');
    expect(lists).toContain("Leaked into the scanner's body (1)\n  de-1  donation  \"please give us five euros\"");
    const shared = formatEvalLists(folded.crossValidated).join('\n');
    expect(text).toContain(shared);
    expect(formatEvalText('corpus-dir', folded.crossValidated)).toContain(shared);
    // nothing from the in-sample run's lists
    expect(text).not.toContain('expected none');
  });
  it('uses the style for headings and has no escape codes without one', () => {
    expect(text).not.toContain('\u001b[');
    const t = formatFoldedEvalText('c', folded, { bold: (s) => `<b>${s}</b>`, dim: (s) => `<d>${s}</d>` });
    expect(t).toContain('<b>By language (cross-validated)</b>');
    expect(t).toContain('<b>Misses (1)</b>');
    expect(t.split('\n')[0]).toMatch(/^<b>Appeal Spotter eval/);
  });
  it('prints no lists section when the cross-validated run has nothing to list', () => {
    const empty = score([]);
    const t = formatFoldedEvalText('c', { folds: 2, crossValidated: empty, inSample: empty, byLanguage: [], byRepo: [] });
    expect(t).toContain('(0 pages), 2-fold');
    expect(t).not.toContain('Lists of');
    expect(t).not.toContain('By language');
    expect(t).toMatch(/required-appeal recall +n\/a {2}\(0\/0\) +n\/a {2}\(0\/0\) +≥ 0\.92$/m);
  });
});

describe('formatFoldedEvalJson', () => {
  const json = JSON.parse(formatFoldedEvalJson('corpus-dir', folded)) as Record<string, unknown>;
  it('carries both runs, the breakdowns and the targets with their verdicts', () => {
    expect(json.corpus).toBe('corpus-dir');
    expect(json.folds).toBe(5);
    expect(json.foldPages).toEqual([1, 1, 2, 0, 0]);
    expect(json.crossValidated).toEqual(JSON.parse(JSON.stringify(folded.crossValidated)));
    expect(json.inSample).toEqual(JSON.parse(JSON.stringify(folded.inSample)));
    expect((json.byLanguage as { key: string }[]).map((r) => r.key)).toEqual(['en', 'de']);
    expect((json.byRepo as { key: string }[]).map((r) => r.key)).toEqual(['scrapinghub/article-extraction-benchmark', 'adbar/trafilatura', 'hand-made']);
    const targets = json.targets as { metric: string; crossValidated: number | null; inSample: number | null; target: unknown; met: boolean | null }[];
    expect(targets.map((t) => t.metric)).toEqual(METRICS.map((m) => m.id));
    expect(targets.find((t) => t.metric === 'recall')).toMatchObject({ crossValidated: 0.5, inSample: 1, target: { op: '>=', value: 0.92 }, met: false });
    expect(targets.find((t) => t.metric === 'leakShare')).toMatchObject({ crossValidated: 0.5, inSample: 0, target: { op: '<=', value: 0.02 }, met: false });
    expect(targets.find((t) => t.metric === 'kindAccuracy')).toMatchObject({ target: null, met: null });
    expect(targets.find((t) => t.metric === 'paywallPrecision')).toMatchObject({ crossValidated: null, met: null });
  });
  it('leaves foldPages out when not given', () => {
    expect(JSON.parse(formatFoldedEvalJson('c', { ...folded, foldPages: undefined }))).not.toHaveProperty('foldPages');
  });
});

describe('meets', () => {
  it('compares against at-least and at-most targets, null when either side is missing', () => {
    expect(meets(0.92, { op: '>=', value: 0.92, text: '' })).toBe(true);
    expect(meets(0.919, { op: '>=', value: 0.92, text: '' })).toBe(false);
    expect(meets(0.03, { op: '<=', value: 0.03, text: '' })).toBe(true);
    expect(meets(0.031, { op: '<=', value: 0.03, text: '' })).toBe(false);
    expect(meets(null, { op: '<=', value: 0.03, text: '' })).toBeNull();
    expect(meets(1, null)).toBeNull();
  });
});
