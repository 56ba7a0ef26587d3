// Eval figures → the printed table and lists (text), or plain JSON.
import type { BodyFigures, EvalFigures, TimingFigures } from './score.js';

export interface Style { readonly bold: (s: string) => string; readonly dim: (s: string) => string }
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s };

export function num(v: number | null, digits = 3): string {
  return v === null ? 'n/a' : v.toFixed(digits);
}

export function pct(v: number | null): string {
  return v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`;
}

function ms(t: TimingFigures | null): string {
  if (!t || t.medianMs === null) return 'n/a';
  return `${t.medianMs.toFixed(1)} / ${num(t.p95Ms, 1)} ms`;
}

export function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function row(label: string, ours: string, theirs: string): string {
  return `  ${pad(label, 30)}${pad(ours, 18)}${theirs}`;
}

function bodyRows(ours: BodyFigures, theirs: BodyFigures | null): string[] {
  const t = (v: number | null | undefined): string => (theirs ? num(v ?? null) : '-');
  return [
    row(`body token F1 (${ours.pages} pages)`, num(ours.f1), t(theirs?.f1)),
    row('  body token precision', num(ours.precision), t(theirs?.precision)),
    row('  body token recall', num(ours.recall), t(theirs?.recall)),
  ];
}

function quote(s: string): string {
  return `"${s}"`;
}

/**
 * The lists after the tables (misses, false alarms, leaks, wrong kinds, paywall verdicts, body F1
 * behind Readability, failed pages): each non-empty one as a blank line, a bold title with its
 * count, then one indented line per item. Shared by formatEvalText and the cross-validated report.
 */
export function formatEvalLists(f: EvalFigures, style: Style = PLAIN): string[] {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    lines.push('', style.bold(`${title} (${items.length})`), ...items.map((s) => `  ${s}`));
  };
  section('Misses', f.misses.map((m) => `${m.page}  ${m.kind}  ${quote(m.snippet)}${m.onlyInMinor ? '  [reported only as minor]' : ''}${m.note ? style.dim(`  (${m.note})`) : ''}`));
  section('False alarms', f.falseAlarmList.map((x) =>
    `${x.page}${x.negativePage ? ' [negative page]' : ''}  ${x.kind}/${x.placement} ${x.confidence.toFixed(2)}  ${quote(x.firstWords)}` +
    (x.reasons.length ? style.dim(`  reasons: ${x.reasons.join('; ')}`) : '')));
  section('Leaked into the scanner\'s body', f.leakList.filter((l) => l.by === 'scanner').map((l) => `${l.page}  ${l.kind}  ${quote(l.snippet)}`));
  section('Wrong kind', f.kindErrors.map((k) => `${k.page}  expected ${k.expected}, got ${k.got}  ${quote(k.snippet)}`));
  section('Paywall verdict wrong', f.paywallErrors.map((e) =>
    `${e.page}  expected ${e.expected ? 'paywall' : 'none'}, got ${e.got ? `paywall (${e.state})` : 'none'}` +
    (e.signals.length ? style.dim(`  signals: ${e.signals.join('; ')}`) : '')));
  const behind = f.perPage
    .filter((pg) => pg.bodyF1 !== null && pg.readabilityF1 !== null && pg.bodyF1 < pg.readabilityF1 - 0.05)
    .sort((x, y) => ((x.bodyF1 ?? 0) - (x.readabilityF1 ?? 0)) - ((y.bodyF1 ?? 0) - (y.readabilityF1 ?? 0)));
  section('Body F1 more than 0.05 below Readability, worst first', behind.map((pg) => `${pg.page}  ${num(pg.bodyF1)} vs ${num(pg.readabilityF1)}`));
  section('Pages that failed', f.errors.map((e) => `${e.page}  ${e.error}`));
  return lines;
}

export function formatEvalText(corpus: string, f: EvalFigures, style: Style = PLAIN): string {
  const a = f.appeals;
  const lines: string[] = [];
  const notes = [f.pagesFailed ? `${f.pagesFailed} failed` : '', f.pagesPartial ? `${f.pagesPartial} partial` : ''].filter(Boolean);
  lines.push(style.bold(`Appeal Spotter eval: ${corpus} (${f.pages} pages${notes.map((n) => `, ${n}`).join('')})`), '');

  const kinds = Object.entries(a.byKind).map(([k, v]) => `${k} ${v.matched}/${v.required}`).join(', ');
  lines.push(style.bold('Required appeals'));
  lines.push(`  recall                        ${num(a.recall)}  (${a.matched}/${a.required}${kinds ? `; ${kinds}` : ''})`);
  lines.push(`  precision                     ${num(a.precision)}  (${a.matched} matched, ${a.falsePositives} false-positive blocks)`);
  lines.push(style.dim(`    precision = ${a.precisionRule}`));
  lines.push(`  block precision               ${num(a.blockPrecision)}  (reported blocks matching a required or optional item: ${a.reportedMatchingLabel}/${a.reportedBlocks})`);
  lines.push(`  kind accuracy                 ${num(a.kindAccuracy)}  (${a.kindCorrect}/${a.matched} matched appeals)`);
  lines.push(`  false alarms, negative pages  ${pct(f.falseAlarms.rate)}  (${f.falseAlarms.pagesWithFalseAlarm}/${f.falseAlarms.negativePages} pages)`);
  lines.push('');

  lines.push(style.bold(row('Body', 'scanner', f.body.readability ? 'readability' : '(readability not run)').slice(2)));
  const readLeaks = f.leaks.readability === null ? '-' : String(f.leaks.readability);
  lines.push(row(`leaked appeals (of ${f.leaks.ofRequired})`, String(f.leaks.scanner), readLeaks));
  lines.push(...bodyRows(f.body.scanner, f.body.readability));
  lines.push(row('time per page, median / p95', ms(f.timings.scan), f.timings.readability ? ms(f.timings.readability) : '-'));
  lines.push(style.dim('    (scan() vs Readability.parse() in jsdom; informative only)'));
  lines.push('');

  const p = f.paywall;
  lines.push(style.bold('Paywall'));
  lines.push(`  recall                        ${num(p.recall)}  (${p.truePositives}/${p.labelled} labelled pages)`);
  lines.push(`  precision                     ${num(p.precision)}  (${p.truePositives}/${p.detected} detected)`);

  lines.push(...formatEvalLists(f, style));
  return `${lines.join('\n')}\n`;
}

export function formatEvalJson(corpus: string, f: EvalFigures): string {
  return `${JSON.stringify({ corpus, ...f }, null, 2)}\n`;
}
