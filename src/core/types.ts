// The scanner's public contract. Everything here is plain data except the Element
// references, which stay inside the page (the content script uses them to flag; the
// CLI and messages drop them).
import type { ModelWeights } from './model/types.js';
import type { Rule } from './rules/types.js';

/** What an appeal mainly asks for. `newsletter` and `other` are low priority and kept apart. */
export type AppealKind = 'donation' | 'subscription' | 'paywall' | 'newsletter' | 'other';
export const PRIMARY_KINDS: readonly AppealKind[] = ['donation', 'subscription', 'paywall'];

/** Where the appeal sits relative to the article. */
export type Placement = 'inline' | 'appended' | 'overlay' | 'banner' | 'sidebar';

export type PaywallState = 'free' | 'metered' | 'registration' | 'hard' | 'premium-section' | 'unknown';

export interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/**
 * Ports: everything that needs layout is optional. jsdom has none; the content script
 * passes real implementations and the scan gets better with them.
 */
export interface ScanOptions {
  /** true when the element is rendered (not display:none, not zero-size). */
  readonly isVisible?: (el: Element) => boolean;
  /** Layout box in page coordinates, or null when unknown. */
  readonly getRect?: (el: Element) => Rect | null;
  /** Computed `position` of the element ('fixed', 'sticky', ...), or null when unknown. */
  readonly getPosition?: (el: Element) => string | null;
  /** Elements the scan must not look at (e.g. the extension's own nodes). */
  readonly ignore?: (el: Element) => boolean;
  /** Clock for the time budget; without it only the element budget applies. */
  readonly now?: () => number;
  /** Stop after this many milliseconds of the scan's own time (default 40 when `now` is given). */
  readonly timeBudgetMs?: number;
  /**
   * `startScan` only: each step works for about this many milliseconds (by `now`) and then
   * leaves the rest to the next step, so a scan never makes one long task.
   */
  readonly sliceMs?: number;
  /** Stop after visiting this many elements (default 20,000). */
  readonly maxElements?: number;
  /** Language hint (BCP 47); otherwise taken from <html lang>. */
  readonly lang?: string;
  /** Model weights to use instead of the built-in ones (cross-validation, experiments). */
  readonly model?: ModelWeights;
  /** Add `explain` to the report: every candidate region's features, score and decision. */
  readonly explain?: boolean;
  /**
   * The reader's rules (`rules/parse.ts` reads them from text). Those for the page's host and
   * its parent domains apply; a page without an http(s) URL (a saved page in the CLI, a text
   * file) gets every enabled rule given. A flag rule makes an appeal of what it names (reason
   * "your rule: …", confidence 1), a never rule removes the findings it names; see rules/apply.ts.
   */
  readonly rules?: readonly Rule[];
}

/** One candidate region as the classifier saw it (`ScanOptions.explain`). */
export interface CandidateExplanation {
  /** Its blocks, as a range [start, end) of the page's text blocks. */
  readonly start: number;
  readonly end: number;
  /** Its text, blocks joined by '\n'. */
  readonly text: string;
  /** Feature values in the order of `featureNames`. */
  readonly features: readonly number[];
  readonly probability: number;
  readonly threshold: number;
  /** appeal: over the threshold and reported; below-threshold: left out. */
  readonly decision: 'appeal' | 'below-threshold';
  /** The appeal id it was reported as, if any. */
  readonly appeal: string | null;
  /** The features that moved its score most (weight × value), largest magnitude first. */
  readonly top: readonly { readonly feature: string; readonly contribution: number }[];
  /** The logit's constant term. */
  readonly bias: number;
}

export interface Appeal {
  /** Stable within one report: 'a1', 'a2', ... in document order. */
  readonly id: string;
  readonly kind: AppealKind;
  readonly placement: Placement;
  /** 0..1 */
  readonly confidence: number;
  /** Human-readable evidence, e.g. "asks for a recurring amount: '$2 monthly'". */
  readonly reasons: readonly string[];
  /** Ids of the signals that fired (from the signal tables). */
  readonly signals: readonly string[];
  /** The consecutive blocks that make up the appeal, in document order. */
  readonly elements: readonly Element[];
  /** Visible text of the region, whitespace collapsed, blocks joined by '\n'. */
  readonly text: string;
}

export interface ArticleInfo {
  /** The main article container, or null when none was found. */
  readonly element: Element | null;
  readonly title: string | null;
  /** Body text with every appeal removed; one block per line. */
  readonly text: string;
  readonly wordCount: number;
}

export interface PaywallVerdict {
  readonly detected: boolean;
  readonly state: PaywallState;
  /** Human-readable evidence, e.g. "JSON-LD isAccessibleForFree=false". */
  readonly signals: readonly string[];
}

export interface ScanReport {
  readonly article: ArticleInfo;
  /** donation, subscription and paywall appeals, in document order. */
  readonly appeals: readonly Appeal[];
  /** newsletter and other low-priority asks, kept apart from `appeals`. */
  readonly minor: readonly Appeal[];
  readonly paywall: PaywallVerdict;
  /** true when the scan stopped early (element or time budget). */
  readonly partial: boolean;
  readonly stats: { readonly elements: number; readonly blocks: number; readonly ms: number | null };
  /** Only with `ScanOptions.rules`: the sources of the rules that named something on the page, in rule order. */
  readonly rules?: { readonly applied: readonly string[] };
  /** Only with `ScanOptions.explain`. */
  readonly explain?: { readonly featureNames: readonly string[]; readonly candidates: readonly CandidateExplanation[] };
}
