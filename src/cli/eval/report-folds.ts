// Cross-validated eval figures → text (targets table, per-language and per-repository tables,
// the cross-validated run's lists) or plain JSON. Pure: the runner fits and scores the folds.
import type { BreakdownRow } from './breakdown.js';
import { formatEvalLists, num, pad, pct, PLAIN, type Style } from './report.js';
import type { EvalFigures } from './score.js';
import { ratio } from './stats.js';

export interface FoldedEval {
  /** How many folds the pages were split into (by site). */
  readonly folds: number;
  /** Every page scored by a model fitted on the other folds, pooled over the folds. */
  readonly crossValidated: EvalFigures;
  /** One model fitted on every page, scored on the same pages. */
  readonly inSample: EvalFigures;
  /** breakdown(cross-validated observations, languageKey) */
  readonly byLanguage: readonly BreakdownRow[];
  /** breakdown(cross-validated observations, repoKey) */
  readonly byRepo: readonly BreakdownRow[];
  /** Pages in each fold, when the caller has them. */
  readonly foldPages?: readonly number[];
}

export interface Target { readonly op: '>=' | '<='; readonly value: number; readonly text: string }

interface Metric {
  readonly id: string;
  readonly label: string;
  readonly value: (f: EvalFigures) => number | null;
  /** The figure as printed, with its counts. */
  readonly show: (f: EvalFigures) => string;
  /** The goal, judged on the cross-validated figures; null when there is none (or nothing to compare with). */
  readonly target: (cv: EvalFigures) => Target | null;
}

const atLeast = (value: number): Target => ({ op: '>=', value, text: `≥ ${value.toFixed(2)}` });
const atMostPct = (value: number): Target => ({ op: '<=', value, text: `≤ ${Math.round(value * 100)} %` });
const leakShare = (f: EvalFigures): number | null => ratio(f.leaks.scanner, f.leaks.ofRequired);

export const METRICS: readonly Metric[] = [
  {
    id: 'recall', label: 'required-appeal recall', value: (f) => f.appeals.recall,
    show: (f) => `${num(f.appeals.recall)}  (${f.appeals.matched}/${f.appeals.required})`, target: () => atLeast(0.92),
  },
  {
    id: 'precision', label: 'precision', value: (f) => f.appeals.precision,
    show: (f) => `${num(f.appeals.precision)}  (${f.appeals.matched}/${f.appeals.matched + f.appeals.falsePositives})`, target: () => atLeast(0.95),
  },
  {
    id: 'falseAlarmRate', label: 'false alarms, negative pages', value: (f) => f.falseAlarms.rate,
    show: (f) => `${pct(f.falseAlarms.rate)}  (${f.falseAlarms.pagesWithFalseAlarm}/${f.falseAlarms.negativePages})`, target: () => atMostPct(0.03),
  },
  {
    id: 'leakShare', label: 'leaked appeals, of required', value: leakShare,
    show: (f) => `${pct(leakShare(f))}  (${f.leaks.scanner}/${f.leaks.ofRequired})`, target: () => atMostPct(0.02),
  },
  {
    id: 'paywallRecall', label: 'paywall recall', value: (f) => f.paywall.recall,
    show: (f) => `${num(f.paywall.recall)}  (${f.paywall.truePositives}/${f.paywall.labelled})`, target: () => atLeast(0.95),
  },
  {
    id: 'paywallPrecision', label: 'paywall precision', value: (f) => f.paywall.precision,
    show: (f) => `${num(f.paywall.precision)}  (${f.paywall.truePositives}/${f.paywall.detected})`, target: () => atLeast(0.95),
  },
  {
    id: 'bodyF1', label: 'body token F1', value: (f) => f.body.scanner.f1,
    show: (f) => `${num(f.body.scanner.f1)}  (${f.body.scanner.pages} pages)`,
    // Readability's text does not depend on the fitted model: its F1 is the same in both runs.
    target: (cv) => {
      const theirs = cv.body.readability?.f1 ?? null;
      return theirs === null ? null : { op: '>=', value: theirs, text: `≥ Readability ${num(theirs)}` };
    },
  },
  {
    id: 'kindAccuracy', label: 'kind accuracy', value: (f) => f.appeals.kindAccuracy,
    show: (f) => `${num(f.appeals.kindAccuracy)}  (${f.appeals.kindCorrect}/${f.appeals.matched})`, target: () => null,
  },
];

/** Whether a value meets its target; null when either is missing. */
export function meets(value: number | null, target: Target | null): boolean | null {
  if (value === null || target === null) return null;
  return target.op === '>=' ? value >= target.value : value <= target.value;
}

/** The cross-validated figure against its target. */
function verdict(met: boolean | null): string {
  return met === null ? '' : met ? 'met' : 'NOT MET';
}

function pageNotes(f: EvalFigures): string {
  return [f.pagesFailed ? `${f.pagesFailed} failed` : '', f.pagesPartial ? `${f.pagesPartial} partial` : '']
    .filter(Boolean).map((n) => `, ${n}`).join('');
}

function padStart(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

const BREAKDOWN_COLUMNS = ['pages', 'required', 'matched', 'recall', 'FP blocks', 'neg. pages w/ alarm', 'leaks'] as const;

function breakdownCells(f: EvalFigures): string[] {
  return [
    String(f.pages), String(f.appeals.required), String(f.appeals.matched), num(f.appeals.recall),
    String(f.appeals.falsePositives), `${f.falseAlarms.pagesWithFalseAlarm}/${f.falseAlarms.negativePages}`, String(f.leaks.scanner),
  ];
}

function breakdownTable(title: string, keyHeader: string, rows: readonly BreakdownRow[], style: Style): string[] {
  if (rows.length === 0) return [];
  const keyWidth = Math.max(keyHeader.length, ...rows.map((r) => r.key.length)) + 2;
  const widths = BREAKDOWN_COLUMNS.map((h) => h.length);
  const cells = rows.map((r) => breakdownCells(r.figures));
  for (const c of cells) c.forEach((v, i) => { widths[i] = Math.max(widths[i] ?? 0, v.length); });
  const line = (key: string, values: readonly string[]): string =>
    `  ${pad(key, keyWidth)}${values.map((v, i) => padStart(v, widths[i] ?? 0)).join('  ')}`.trimEnd();
  return [
    '', style.bold(title),
    style.dim(line(keyHeader, BREAKDOWN_COLUMNS)),
    ...rows.map((r, i) => line(r.key, cells[i] ?? [])),
  ];
}

export function formatFoldedEvalText(corpus: string, e: FoldedEval, style: Style = PLAIN): string {
  const cv = e.crossValidated, ins = e.inSample;
  const lines: string[] = [];
  lines.push(style.bold(`Appeal Spotter eval: ${corpus} (${cv.pages} pages${pageNotes(cv)}), ${e.folds}-fold cross-validation by site`));
  lines.push(style.dim('  cross-validated: each fold scored with a model fitted on the other folds, pooled over the folds'));
  lines.push(style.dim('  in-sample: one model fitted on every page, scored on the same pages'));
  if (e.foldPages && e.foldPages.length > 0) lines.push(style.dim(`  pages per fold: ${e.foldPages.join(', ')}`));
  lines.push('');

  const table = [['', 'cross-validated', 'in-sample', 'target', 'verdict'], ...METRICS.map((m) => {
    const target = m.target(cv);
    const targetText = target?.text ?? (m.id === 'bodyF1' ? '(Readability not run)' : '-');
    return [m.label, m.show(cv), m.show(ins), targetText, verdict(meets(m.value(cv), target))];
  })];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => (r[i] ?? '').length)) + 3);
  const row = (cells: readonly string[]): string => `  ${cells.map((c, i) => pad(c, widths[i] ?? 0)).join('')}`.trimEnd();
  table.forEach((cells, i) => lines.push(i === 0 ? style.bold(row(cells)) : row(cells)));
  lines.push(style.dim(`    precision = ${cv.appeals.precisionRule}`));

  lines.push(...breakdownTable('By language (cross-validated)', 'language', e.byLanguage, style));
  lines.push(...breakdownTable('By source repository (cross-validated)', 'repository', e.byRepo, style));

  const lists = formatEvalLists(cv, style);
  if (lists.length > 0) lines.push('', style.bold('Lists of the cross-validated run'), ...lists);
  return `${lines.join('\n')}\n`;
}

export function formatFoldedEvalJson(corpus: string, e: FoldedEval): string {
  const cv = e.crossValidated;
  const targets = METRICS.map((m) => {
    const target = m.target(cv);
    const value = m.value(cv);
    return {
      metric: m.id, label: m.label, crossValidated: value, inSample: m.value(e.inSample),
      target: target ? { op: target.op, value: target.value } : null, met: meets(value, target),
    };
  });
  return `${JSON.stringify({
    corpus, folds: e.folds, ...(e.foldPages ? { foldPages: e.foldPages } : {}),
    targets, crossValidated: cv, inSample: e.inSample, byLanguage: e.byLanguage, byRepo: e.byRepo,
  }, null, 2)}\n`;
}
