// The reader's own rules: a subset of uBlock Origin's cosmetic-filter syntax, as data the
// scan is given. Parsing lives in ./parse.ts, applying them to a page in ./apply.ts.
import type { AppealKind } from '../types.js';

/** The kinds a rule may force (the primary kinds; a rule never makes a minor finding). */
export type RuleKind = Extract<AppealKind, 'donation' | 'subscription' | 'paywall'>;

/**
 * One rule, one line of the rules text.
 *   example.com##.support-box                      flag (kind from the classifier, else donation)
 *   example.com##.support-box:appeal(subscription) flag as that kind
 *   example.com##div:has-text(Support our work)    flag the smallest element whose text starts so (text fingerprint)
 *   example.com#@#.newsletter-promo                never flag anything inside a match
 *   ! a comment line                               kept, ignored
 * A rule for example.com applies on example.com and its subdomains (as in uBlock Origin).
 */
export interface Rule {
  /** Registrable host the rule is for, lower-case, no scheme, no port, no wildcard. */
  readonly host: string;
  readonly action: 'flag' | 'never';
  /** CSS selector (validated when parsed), or null when the rule is a text fingerprint only. */
  readonly selector: string | null;
  /** `:has-text(…)` fingerprint: the element's collapsed text starts with this (case-insensitive). */
  readonly text: string | null;
  /** `:appeal(kind)` on a flag rule; null lets the classifier's kind stand (donation if none). */
  readonly kind: RuleKind | null;
  /**
   * The line as the user wrote it, trimmed (what the options page shows and exports), without
   * the "!off " of a disabled rule; a line for several hosts ("a.com,b.com##.x") becomes one
   * rule per host, each with its host alone ("a.com##.x").
   */
  readonly source: string;
  /** A disabled rule is kept (written with a leading "!off " by the options page) but not applied. */
  readonly enabled: boolean;
}

export interface RuleError {
  /** 1-based line number in the text that was parsed. */
  readonly line: number;
  /** The offending line, cut to 120 characters. */
  readonly source: string;
  /** Plain English, names the problem: "the host \"*\" is a wildcard: rules are for one site". */
  readonly message: string;
}

export interface ParsedRules {
  readonly rules: readonly Rule[];
  readonly errors: readonly RuleError[];
}
