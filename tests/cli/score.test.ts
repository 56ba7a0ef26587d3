import { describe, expect, it } from 'vitest';
import { score, type LabelPage, type ObservedReport, type PageObservation, type ReportedBlock } from '../../src/cli/eval/score.js';
import { median, percentile, ratio, firstWords } from '../../src/cli/eval/stats.js';

function label(id: string, over: Partial<LabelPage> = {}): LabelPage {
  return { id, file: `pages/${id}.html`, bodyTruth: null, paywall: false, appeals: [], optional: [], ...over };
}
function block(kind: string, text: string): ReportedBlock {
  return { kind, placement: 'appended', confidence: 0.8, text, reasons: [`reason for ${kind}`] };
}
function report(over: Partial<ObservedReport> = {}): ObservedReport {
  return { appeals: [], minor: [], articleText: '', paywall: { detected: false, state: 'free', signals: [] }, ...over };
}

const positive = label('pos', {
  paywall: true,
  appeals: [
    { kind: 'donation', must: ['chip in five dollars today'] },
    { kind: 'subscription', must: ['unlimited access for one dollar'] },
    { kind: 'paywall', must: ['you have used your free stories'] },
  ],
  optional: [{ kind: 'newsletter', must: ['Get the morning email'] }],
});
const negative = label('neg', { optional: [{ kind: 'other', must: ['Subscribe'] }] });
const quiet = label('quiet');

describe('score: appeals', () => {
  const obs: PageObservation[] = [
    {
      label: positive, truth: null,
      report: report({
        appeals: [
          block('donation', 'Please chip in five dollars today.'),
          block('donation', 'Footer: chip in five dollars today'), // the same appeal again: matched once, not a false positive
          block('donation', 'Try unlimited access for one dollar'), // matched, wrong kind
          block('newsletter', 'Get the morning email'), // optional: neutral
          block('donation', 'Comments are open'), // false positive on a positive page
        ],
        minor: [block('other', 'you have used your free stories')], // found, but only as minor: still a miss
        articleText: 'Story text. you have used your  free stories',
      }),
    },
    {
      label: negative, truth: null,
      report: report({ appeals: [block('subscription', 'Subscribe'), block('donation', 'A story about a charity gala')], minor: [block('other', 'Our shop')] }),
    },
    { label: quiet, truth: null, report: report({ minor: [block('other', 'never a false positive')] }) },
  ];
  const f = score(obs);

  it('counts recall over required appeals and precision as matched / (matched + false positives)', () => {
    expect(f.appeals.required).toBe(3);
    expect(f.appeals.matched).toBe(2);
    expect(f.appeals.recall).toBeCloseTo(2 / 3);
    expect(f.appeals.falsePositives).toBe(2);
    expect(f.appeals.precision).toBeCloseTo(2 / 4);
    expect(f.appeals.precisionRule).toMatch(/false-positive/);
  });
  it('also gives block precision: reported blocks matching any label / all reported', () => {
    expect(f.appeals.reportedBlocks).toBe(7);
    expect(f.appeals.reportedMatchingLabel).toBe(5);
    expect(f.appeals.blockPrecision).toBeCloseTo(5 / 7);
  });
  it('judges kind by the first matching block', () => {
    expect(f.appeals.kindCorrect).toBe(1);
    expect(f.appeals.kindAccuracy).toBeCloseTo(1 / 2);
    expect(f.kindErrors).toEqual([{ page: 'pos', expected: 'subscription', got: 'donation', snippet: 'unlimited access for one dollar' }]);
    expect(f.appeals.byKind).toEqual({
      donation: { required: 1, matched: 1, recall: 1 },
      subscription: { required: 1, matched: 1, recall: 1 },
      paywall: { required: 1, matched: 0, recall: 0 },
    });
  });
  it('lists misses, noting ones reported only as minor', () => {
    expect(f.misses).toEqual([{ page: 'pos', kind: 'paywall', snippet: 'you have used your free stories', note: '', onlyInMinor: true }]);
  });
  it('rates false alarms over negative pages only', () => {
    expect(f.falseAlarms).toEqual({ negativePages: 2, pagesWithFalseAlarm: 1, rate: 0.5 });
    expect(f.falseAlarmList.map((x) => [x.page, x.negativePage, x.firstWords])).toEqual([
      ['pos', false, 'Comments are open'],
      ['neg', true, 'A story about a charity gala'],
    ]);
    expect(f.falseAlarmList[1]?.reasons).toEqual(['reason for donation']);
  });
  it('counts appeals leaked into the body, whitespace-collapsed', () => {
    expect(f.leaks).toEqual({ scanner: 1, readability: null, ofRequired: 3 });
    expect(f.leakList).toEqual([{ page: 'pos', by: 'scanner', kind: 'paywall', snippet: 'you have used your free stories' }]);
  });
});

describe('score: body, paywall, baseline, timings', () => {
  const obs: PageObservation[] = [
    {
      label: label('a', { paywall: true, appeals: [{ kind: 'donation', must: ['give us money now'] }] }),
      truth: 'alpha beta gamma delta',
      report: report({ articleText: 'alpha beta gamma delta', paywall: { detected: true, state: 'metered', signals: ['s'] } }),
      readabilityText: 'alpha beta gamma delta give us money now',
      scanMs: 2, readabilityMs: 40,
    },
    {
      label: label('b'),
      truth: 'one two three four',
      report: report({ articleText: 'one two three five six', paywall: { detected: true, state: 'unknown', signals: ['x'] } }),
      readabilityText: '',
      scanMs: 4, readabilityMs: 10,
    },
    { label: label('c', { paywall: true }), truth: null, report: report(), readabilityText: 'whatever', scanMs: 9, readabilityMs: 20 },
  ];
  const f = score(obs);

  it('means body P/R/F1 over pages with truth', () => {
    // a: 1/1/1; b: common 3 of 5 predicted and 4 true → P .6, R .75, F1 2/3
    expect(f.body.scanner.pages).toBe(2);
    expect(f.body.scanner.precision).toBeCloseTo((1 + 0.6) / 2);
    expect(f.body.scanner.recall).toBeCloseTo((1 + 0.75) / 2);
    expect(f.body.scanner.f1).toBeCloseTo((1 + 2 / 3) / 2);
    // readability: a: P 4/8, R 1 → F1 2/3; b: empty → 0
    expect(f.body.readability?.f1).toBeCloseTo((2 / 3 + 0) / 2);
  });
  it('counts the baseline\'s leaks separately', () => {
    expect(f.leaks).toEqual({ scanner: 0, readability: 1, ofRequired: 1 });
    expect(f.perPage.map((p) => p.readabilityLeaked)).toEqual([1, 0, 0]);
  });
  it('scores the paywall verdict against the label', () => {
    expect(f.paywall).toEqual({ labelled: 2, detected: 2, truePositives: 1, recall: 0.5, precision: 0.5 });
    expect(f.paywallErrors.map((e) => [e.page, e.expected, e.got])).toEqual([['b', false, true], ['c', true, false]]);
  });
  it('summarises timings as median and p95', () => {
    expect(f.timings.scan).toEqual({ pages: 3, medianMs: 4, p95Ms: 9 });
    expect(f.timings.readability).toEqual({ pages: 3, medianMs: 20, p95Ms: 40 });
  });
});

describe('score: failures and empty input', () => {
  it('a page that failed counts its appeals as misses and is listed', () => {
    const f = score([{ label: positive, truth: 'some truth', report: null, error: 'cannot read pages/pos.html: boom' }]);
    expect(f.pagesFailed).toBe(1);
    expect(f.errors).toEqual([{ page: 'pos', error: 'cannot read pages/pos.html: boom' }]);
    expect(f.appeals.matched).toBe(0);
    expect(f.misses).toHaveLength(3);
    expect(f.body.scanner.f1).toBe(0);
    expect(f.paywall.recall).toBe(0);
  });
  it('leaves undefined rates as null rather than NaN', () => {
    const f = score([]);
    expect(f.appeals.recall).toBeNull();
    expect(f.appeals.precision).toBeNull();
    expect(f.falseAlarms.rate).toBeNull();
    expect(f.paywall.precision).toBeNull();
    expect(f.body.scanner.f1).toBeNull();
    expect(f.body.readability).toBeNull();
  });
});

describe('stats helpers', () => {
  it('median, nearest-rank percentile, ratio, first words', () => {
    expect(median([5, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(ratio(1, 0)).toBeNull();
    expect(firstWords('a  b\nc', 2)).toBe('a b …');
    expect(firstWords('a b', 2)).toBe('a b');
  });
});

describe('formatEvalText', () => {
  it('prints the table, the precision rule and each list', async () => {
    const { formatEvalText } = await import('../../src/cli/eval/report.js');
    const f = score([
      {
        label: label('p', { bodyTruth: 'truth/p.txt', appeals: [{ kind: 'donation', must: ['send us money today'], note: 'after the body' }] }),
        truth: 'alpha beta gamma',
        report: report({ appeals: [block('subscription', 'An unrelated box')], articleText: 'alpha' }),
        readabilityText: 'alpha beta gamma', scanMs: 1, readabilityMs: 2,
      },
    ]);
    const text = formatEvalText('corpus-dir', f);
    expect(text).toContain('Appeal Spotter eval: corpus-dir (1 pages)');
    expect(text).toMatch(/recall +0\.000 +\(0\/1; donation 0\/1\)/);
    expect(text).toContain('precision = matched required appeals / (matched required appeals + false-positive blocks)');
    expect(text).toMatch(/leaked appeals \(of 1\) +0 +0/);
    expect(text).toMatch(/body token F1 \(1 pages\) +0\.500 +1\.000/);
    expect(text).toContain('Misses (1)\n  p  donation  "send us money today"  (after the body)');
    expect(text).toContain('False alarms (1)\n  p  subscription/appended 0.80  "An unrelated box"  reasons: reason for subscription');
    expect(text).toContain('Body F1 more than 0.05 below Readability, worst first (1)\n  p  0.500 vs 1.000');
    expect(text).not.toContain('\u001b[');
  });
});
