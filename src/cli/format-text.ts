// The readable per-page summary of `scan` (default output).
import type { Appeal, ScanReport } from '../core/index.js';
import { firstWords } from './eval/stats.js';

export interface Palette {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly magenta: (s: string) => string;
  readonly green: (s: string) => string;
}

const id = (s: string): string => s;
export const NO_COLOR: Palette = { bold: id, dim: id, red: id, yellow: id, magenta: id, green: id };

const sgr = (open: number, close: number) => (s: string): string => `\u001b[${open}m${s}\u001b[${close}m`;
export const ANSI: Palette = {
  bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), magenta: sgr(35, 39), green: sgr(32, 39),
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function paletteFor(isTty: boolean, env: NodeJS.ProcessEnv): Palette {
  return isTty && !env.NO_COLOR ? ANSI : NO_COLOR;
}

function kindColour(p: Palette, kind: string): (s: string) => string {
  if (kind === 'paywall') return p.red;
  if (kind === 'subscription') return p.yellow;
  if (kind === 'donation') return p.magenta;
  return id;
}

function appealLines(p: Palette, a: Appeal, n: number): string[] {
  const head = `  ${n}. ${p.bold(kindColour(p, a.kind)(a.kind))} · ${a.placement} · confidence ${a.confidence.toFixed(2)}`;
  return [head, `     "${firstWords(a.text, 12)}"`, ...a.reasons.map((r) => p.dim(`     - ${r}`))];
}

/** "3 (2 newsletter, 1 other)" */
function minorSummary(minor: readonly Appeal[]): string {
  if (minor.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const m of minor) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  return `${minor.length} (${[...counts].map(([k, c]) => `${c} ${k}`).join(', ')})`;
}

export interface TextPageInfo {
  readonly source: string;
  readonly report: ScanReport;
  readonly scanMs: number;
  readonly stylesheetFallback: boolean;
}

export function formatPageText(info: TextPageInfo, p: Palette = NO_COLOR): string {
  const { report } = info;
  const pw = report.paywall;
  const lines = [
    p.bold(`== ${info.source}`),
    `title:    ${report.article.title ?? p.dim('(none)')}`,
    `body:     ${report.article.wordCount} words`,
    `appeals:  ${report.appeals.length === 0 ? p.green('none') : report.appeals.length}`,
    ...report.appeals.flatMap((a, i) => appealLines(p, a, i + 1)),
    `minor:    ${minorSummary(report.minor)}`,
    `paywall:  ${pw.detected ? p.red(`yes, ${pw.state}`) : `no (${pw.state})`}`,
    ...pw.signals.map((s) => p.dim(`     - ${s}`)),
  ];
  if (report.partial) lines.push(p.yellow('partial:  yes — the scan stopped early (element or time budget)'));
  if (info.stylesheetFallback) lines.push(p.dim('note:     jsdom could not parse a stylesheet; scanned without CSS'));
  lines.push(p.dim(`scan:     ${info.scanMs.toFixed(1)} ms`));
  if (report.explain) lines.push(...explainLines(report, p));
  return `${lines.join('\n')}\n`;
}

/** `--explain`: one paragraph per candidate region: decision, score against the threshold, why. */
function explainLines(report: ScanReport, p: Palette): string[] {
  const ex = report.explain!;
  const out = [p.bold(`explain:  ${ex.candidates.length} candidate regions (features: ${ex.featureNames.length})`)];
  for (const c of ex.candidates) {
    const verdict = c.decision === 'appeal' ? p.red(`APPEAL ${c.appeal ?? ''}`.trim()) : p.green('no');
    out.push(`  blocks ${c.start}-${c.end - 1}  ${verdict}  p=${c.probability.toFixed(3)} ${c.probability >= c.threshold ? '≥' : '<'} ${c.threshold}`);
    out.push(`     "${firstWords(c.text, 14)}"`);
    out.push(p.dim(`     bias ${c.bias.toFixed(2)}; ${c.top.map((t) => `${t.feature} ${t.contribution >= 0 ? '+' : ''}${t.contribution.toFixed(2)}`).join(', ')}`));
  }
  return out;
}
