// Pure scoring of scan results against corpus labels (POLICY.md's suggested matching rule).
// No I/O: the runner gathers observations, this turns them into figures and lists.
import { leakedAppeals, matchBlock, type LabelItem } from './match.js';
import { tokenPrf } from './tokens.js';
import { firstWords, mean, median, percentile, ratio } from './stats.js';

export interface LabelPage {
  readonly id: string;
  readonly file: string;
  readonly bodyTruth: string | null;
  readonly paywall: boolean;
  readonly appeals: readonly LabelItem[];
  readonly optional: readonly LabelItem[];
  /** The page's address from labels.json (null when the source had none); absent in hand-built labels. */
  readonly url?: string | null;
  /** BCP 47 language tag from labels.json, e.g. 'en' or 'de'. */
  readonly lang?: string | null;
  /** `origin.repo`: the public repository the page was copied from; null for hand-made pages. */
  readonly repo?: string | null;
}

export interface ReportedBlock {
  readonly kind: string;
  readonly placement: string;
  readonly confidence: number;
  readonly text: string;
  readonly reasons: readonly string[];
}

/** The parts of a ScanReport the scorer reads (kept narrow so tests can write them by hand). */
export interface ObservedReport {
  readonly appeals: readonly ReportedBlock[];
  readonly minor: readonly ReportedBlock[];
  readonly articleText: string;
  readonly paywall: { readonly detected: boolean; readonly state: string; readonly signals: readonly string[] };
  /** The scan stopped early (element or time budget). */
  readonly partial?: boolean;
}

export interface PageObservation {
  readonly label: LabelPage;
  /** null when the page could not be read, parsed or scanned; see `error`. */
  readonly report: ObservedReport | null;
  readonly error?: string;
  /** Body truth text, when the corpus has one for this page. */
  readonly truth: string | null;
  /** Readability's textContent ('' when it found nothing); undefined when not run. */
  readonly readabilityText?: string;
  readonly scanMs?: number;
  readonly readabilityMs?: number;
}

export const PRECISION_RULE = 'matched required appeals / (matched required appeals + false-positive blocks)';

export interface Miss { readonly page: string; readonly kind: string; readonly snippet: string; readonly note: string; readonly onlyInMinor: boolean }
export interface FalseAlarm {
  readonly page: string; readonly negativePage: boolean; readonly kind: string; readonly placement: string;
  readonly confidence: number; readonly firstWords: string; readonly reasons: readonly string[];
}
export interface Leak { readonly page: string; readonly by: 'scanner' | 'readability'; readonly kind: string; readonly snippet: string }
export interface KindError { readonly page: string; readonly expected: string; readonly got: string; readonly snippet: string }
export interface PaywallError {
  readonly page: string; readonly expected: boolean; readonly got: boolean; readonly state: string; readonly signals: readonly string[];
}
export interface PageFigures {
  readonly page: string; readonly required: number; readonly matched: number; readonly falsePositives: number;
  readonly leaked: number; readonly bodyF1: number | null; readonly readabilityF1: number | null; readonly readabilityLeaked: number | null;
}

export interface KindFigures { readonly required: number; readonly matched: number; readonly recall: number | null }
export interface BodyFigures { readonly pages: number; readonly precision: number | null; readonly recall: number | null; readonly f1: number | null }
export interface TimingFigures { readonly pages: number; readonly medianMs: number | null; readonly p95Ms: number | null }

export interface EvalFigures {
  readonly pages: number;
  readonly pagesFailed: number;
  /** Pages whose scan reported `partial: true`. */
  readonly pagesPartial: number;
  readonly appeals: {
    readonly required: number;
    readonly matched: number;
    readonly recall: number | null;
    readonly falsePositives: number;
    readonly precision: number | null;
    readonly precisionRule: string;
    /** Reported appeal blocks in all, and those matching a required or optional item. */
    readonly reportedBlocks: number;
    readonly reportedMatchingLabel: number;
    readonly blockPrecision: number | null;
    readonly kindCorrect: number;
    readonly kindAccuracy: number | null;
    readonly byKind: Readonly<Record<string, KindFigures>>;
  };
  readonly leaks: { readonly scanner: number; readonly readability: number | null; readonly ofRequired: number };
  readonly falseAlarms: { readonly negativePages: number; readonly pagesWithFalseAlarm: number; readonly rate: number | null };
  readonly body: { readonly scanner: BodyFigures; readonly readability: BodyFigures | null };
  readonly paywall: {
    readonly labelled: number; readonly detected: number; readonly truePositives: number;
    readonly recall: number | null; readonly precision: number | null;
  };
  readonly timings: { readonly scan: TimingFigures; readonly readability: TimingFigures | null };
  readonly misses: readonly Miss[];
  readonly falseAlarmList: readonly FalseAlarm[];
  readonly leakList: readonly Leak[];
  readonly kindErrors: readonly KindError[];
  readonly paywallErrors: readonly PaywallError[];
  readonly errors: readonly { readonly page: string; readonly error: string }[];
  readonly perPage: readonly PageFigures[];
}

const EMPTY_REPORT: ObservedReport = {
  appeals: [], minor: [], articleText: '', paywall: { detected: false, state: 'unknown', signals: [] },
};

function firstSnippet(item: LabelItem): string {
  return item.must[0] ?? '';
}

function bodyFigures(prfs: readonly { precision: number; recall: number; f1: number }[]): BodyFigures {
  return {
    pages: prfs.length,
    precision: mean(prfs.map((p) => p.precision)),
    recall: mean(prfs.map((p) => p.recall)),
    f1: mean(prfs.map((p) => p.f1)),
  };
}

function timingFigures(ms: readonly number[]): TimingFigures {
  return { pages: ms.length, medianMs: median(ms), p95Ms: percentile(ms, 95) };
}

export function score(observations: readonly PageObservation[]): EvalFigures {
  let required = 0, matched = 0, falsePositives = 0, reportedBlocks = 0, reportedMatchingLabel = 0, kindCorrect = 0;
  let negativePages = 0, pagesWithFalseAlarm = 0;
  let paywallLabelled = 0, paywallDetected = 0, paywallTp = 0;
  const byKind: Record<string, { required: number; matched: number }> = {};
  const misses: Miss[] = [], falseAlarmList: FalseAlarm[] = [], leakList: Leak[] = [];
  const kindErrors: KindError[] = [], paywallErrors: PaywallError[] = [], errors: { page: string; error: string }[] = [];
  const perPage: PageFigures[] = [];
  const ourPrf: { precision: number; recall: number; f1: number }[] = [];
  const readPrf: { precision: number; recall: number; f1: number }[] = [];
  const scanMs: number[] = [], readMs: number[] = [];
  let readabilityRan = false, readabilityLeaks = 0, pagesPartial = 0;

  for (const obs of observations) {
    const { label } = obs;
    const page = label.id;
    if (obs.report === null) errors.push({ page, error: obs.error ?? 'no report' });
    const report = obs.report ?? EMPTY_REPORT;
    if (report.partial === true) pagesPartial++;
    const req = label.appeals;
    const negative = req.length === 0;

    // Which reported blocks match which labels; the first matching block decides the kind.
    const firstMatch: (ReportedBlock | undefined)[] = req.map(() => undefined);
    let pageFp = 0;
    for (const block of report.appeals) {
      const m = matchBlock(block.text, req, label.optional);
      reportedBlocks++;
      if (m.required.length > 0 || m.optional) reportedMatchingLabel++;
      for (const i of m.required) firstMatch[i] ??= block;
      if (m.required.length === 0 && !m.optional) {
        pageFp++;
        falseAlarmList.push({
          page, negativePage: negative, kind: block.kind, placement: block.placement,
          confidence: block.confidence, firstWords: firstWords(block.text), reasons: block.reasons,
        });
      }
    }
    falsePositives += pageFp;
    if (negative) {
      negativePages++;
      if (pageFp > 0) pagesWithFalseAlarm++;
    }

    let pageMatched = 0;
    req.forEach((item, i) => {
      required++;
      const k = (byKind[item.kind] ??= { required: 0, matched: 0 });
      k.required++;
      const block = firstMatch[i];
      if (block) {
        matched++; pageMatched++; k.matched++;
        if (block.kind === item.kind) kindCorrect++;
        else kindErrors.push({ page, expected: item.kind, got: block.kind, snippet: firstSnippet(item) });
      } else {
        const inMinor = report.minor.some((b) => matchBlock(b.text, [item], []).required.length > 0);
        misses.push({ page, kind: item.kind, snippet: firstSnippet(item), note: item.note ?? '', onlyInMinor: inMinor });
      }
    });

    const leaked = leakedAppeals(report.articleText, req);
    for (const i of leaked) leakList.push({ page, by: 'scanner', kind: req[i]?.kind ?? '', snippet: firstSnippet(req[i] ?? { kind: '', must: [] }) });
    let readLeaked: number | null = null;
    if (obs.readabilityText !== undefined) {
      readabilityRan = true;
      const rl = leakedAppeals(obs.readabilityText, req);
      readLeaked = rl.length;
      readabilityLeaks += rl.length;
      for (const i of rl) leakList.push({ page, by: 'readability', kind: req[i]?.kind ?? '', snippet: firstSnippet(req[i] ?? { kind: '', must: [] }) });
    }

    let bodyF1: number | null = null, readabilityF1: number | null = null;
    if (obs.truth !== null) {
      const ours = tokenPrf(report.articleText, obs.truth);
      ourPrf.push(ours);
      bodyF1 = ours.f1;
      if (obs.readabilityText !== undefined) {
        const theirs = tokenPrf(obs.readabilityText, obs.truth);
        readPrf.push(theirs);
        readabilityF1 = theirs.f1;
      }
    }

    const detected = report.paywall.detected;
    if (label.paywall) paywallLabelled++;
    if (detected) paywallDetected++;
    if (detected && label.paywall) paywallTp++;
    if (detected !== label.paywall) {
      paywallErrors.push({ page, expected: label.paywall, got: detected, state: report.paywall.state, signals: report.paywall.signals });
    }

    if (obs.scanMs !== undefined) scanMs.push(obs.scanMs);
    if (obs.readabilityMs !== undefined) readMs.push(obs.readabilityMs);
    perPage.push({
      page, required: req.length, matched: pageMatched, falsePositives: pageFp, leaked: leaked.length,
      bodyF1, readabilityF1, readabilityLeaked: readLeaked,
    });
  }

  const kinds: Record<string, KindFigures> = {};
  for (const [kind, k] of Object.entries(byKind)) kinds[kind] = { ...k, recall: ratio(k.matched, k.required) };

  return {
    pages: observations.length,
    pagesFailed: errors.length,
    pagesPartial,
    appeals: {
      required, matched, recall: ratio(matched, required),
      falsePositives, precision: ratio(matched, matched + falsePositives), precisionRule: PRECISION_RULE,
      reportedBlocks, reportedMatchingLabel, blockPrecision: ratio(reportedMatchingLabel, reportedBlocks),
      kindCorrect, kindAccuracy: ratio(kindCorrect, matched), byKind: kinds,
    },
    leaks: { scanner: leakList.filter((l) => l.by === 'scanner').length, readability: readabilityRan ? readabilityLeaks : null, ofRequired: required },
    falseAlarms: { negativePages, pagesWithFalseAlarm, rate: ratio(pagesWithFalseAlarm, negativePages) },
    body: { scanner: bodyFigures(ourPrf), readability: readabilityRan ? bodyFigures(readPrf) : null },
    paywall: {
      labelled: paywallLabelled, detected: paywallDetected, truePositives: paywallTp,
      recall: ratio(paywallTp, paywallLabelled), precision: ratio(paywallTp, paywallDetected),
    },
    timings: { scan: timingFigures(scanMs), readability: readabilityRan ? timingFigures(readMs) : null },
    misses, falseAlarmList, leakList, kindErrors, paywallErrors, errors, perPage,
  };
}
