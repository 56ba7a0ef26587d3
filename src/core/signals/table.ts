// The shapes of the signal tables. Every signal is data: an id, what it points to, how much
// it weighs and a human reason; `evaluate.ts` is the one interpreter of all of them.
import type { AppealKind } from '../types.js';

/**
 * What a phrase says, which decides how the evaluator combines it:
 * - ask: a second-person request for money ("support us", "spenden Sie", "abonnez-vous")
 * - price: an amount with a period ("$2 a month", "1,90 pro Monat")
 * - gate: the article is cut or the allowance is used up
 * - meter: a free-article counter ("1 of 10 articles read")
 * - pitch: what a subscription offers ("unlimited access", "ohne Werbebanner")
 * - value: why the outlet needs money ("Guter Journalismus kostet Geld", "we depend on")
 * - payment: a payment channel (PayPal, IBAN, Überweisung)
 * - cta: a short button/link label ("Donate now", "Jetzt spenden")
 * - opener / thanks / dismiss: the frame of an appeal box ("Dear readers,", "Remind me later.")
 * - newsletter / login / adblock: low-priority asks, never a money appeal on their own
 */
export type PhraseCategory =
  | 'ask' | 'price' | 'gate' | 'meter' | 'pitch' | 'value' | 'payment' | 'cta'
  | 'opener' | 'thanks' | 'dismiss' | 'newsletter' | 'login' | 'adblock';

export interface PhraseSignal {
  readonly id: string;
  /** The kind this phrase votes for; null = neutral (counts as evidence, not for the kind). */
  readonly kind: AppealKind | null;
  readonly category: PhraseCategory;
  readonly weight: number;
  /** BCP 47 primary tag, or '*' for language-neutral patterns. */
  readonly lang: string;
  readonly pattern: RegExp;
  /** Lower-case substrings, one of which must occur for the pattern to be tried (speed). */
  readonly hints?: readonly string[];
  /** Only tried on blocks at most this long (buttons, headings, dismiss lines). */
  readonly maxLength?: number;
  /** The pattern cannot match without an ASCII digit (an amount): only tried on blocks with one (speed). */
  readonly needsDigit?: boolean;
  /**
   * A cheaper regex that matches wherever `pattern` does (a necessary condition, on the same
   * text: compiled with the same flags); the pattern is only tried where it matches (speed).
   */
  readonly screen?: RegExp;
  /** Shown to the user, followed by the quoted match. */
  readonly reason: string;
  /** Set by the evaluator on a short ask it demoted to a call to action (a label, not a sentence). */
  readonly demotedFrom?: PhraseCategory;
}

/** What a class/id token or landmark says about its subtree. */
export type TokenRole =
  | 'appeal' | 'paywall' | 'newsletter' | 'overlay' | 'banner' | 'sidebar'
  | 'footer' | 'header' | 'nav' | 'adblock' | 'comments' | 'related' | 'article' | 'teaser';

export interface TokenSignal {
  readonly id: string;
  readonly role: TokenRole;
  readonly kind: AppealKind | null;
  readonly weight: number;
  /** Tested against one lower-case class or id token (split on whitespace). */
  readonly pattern: RegExp;
  readonly reason: string;
}

export interface LinkSignal {
  readonly id: string;
  readonly kind: AppealKind;
  readonly weight: number;
  /** Tested against the lower-cased href. */
  readonly pattern: RegExp;
  readonly reason: string;
}

export type VendorRole = 'paywall' | 'meter' | 'subscription' | 'donation';

export interface VendorSignal {
  readonly id: string;
  readonly vendor: string;
  readonly role: VendorRole;
  /** Matched against script src / inline script text (lower-cased). */
  readonly scriptPattern?: RegExp;
  /** DOM signatures, matched during the walk (no querySelectorAll: it is slow in jsdom). */
  readonly dom?: readonly VendorDomMatcher[];
  /** true when the DOM signature itself is a gate (not just the vendor being present). */
  readonly gate?: boolean;
  readonly reason: string;
}

/** One DOM signature: every given part must hold (tag, class token, id, attribute [value]). */
export interface VendorDomMatcher {
  readonly tag?: string;
  /** Lower-case class token. */
  readonly classToken?: string;
  /** Lower-case id. */
  readonly id?: string;
  readonly attr?: string;
  readonly value?: RegExp;
}

/** Patterns rejected because they caused false positives; a hit suppresses `suppresses`. */
export interface NeverMatch {
  readonly id: string;
  readonly pattern: RegExp;
  /** Phrase categories whose hits inside the matched span are dropped; 'all' drops every hit in the block. */
  readonly suppresses: readonly PhraseCategory[] | 'all';
  /** Kind assigned instead (e.g. newsletter), if any. */
  readonly reclassify?: AppealKind;
  /** 'block': the rule drops the hits anywhere in the block, not only inside its own span. */
  readonly scope?: 'span' | 'block';
  readonly reason: string;
}

/**
 * Letter classes as explicit ranges (Latin, Latin-1/Extended, Greek, Cyrillic). Unicode
 * property escapes (\p{L}) cost 1–40 ms each to compile in V8 under the `i` flag, on every
 * page load; these ranges compile in microseconds. `rx` rewrites \p{L}, \p{Lu}, \p{N}.
 */
const RANGES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF',
  Lu: 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0400-\\u042F',
  N: '0-9',
};

/** Patterns written for lower-cased text (see `rx`). */
const LOWER = new WeakSet<RegExp>();

/** True when the evaluator must run this pattern on the lower-cased text. */
export function runsOnLowercase(re: RegExp): boolean {
  return LOWER.has(re);
}

/**
 * The pieces of a pattern source: a property escape, any other escape (with the character it
 * escapes, or a lone trailing backslash), a class bracket, or a run of other characters.
 */
const PATTERN_TOKEN = /\\p\{(L|Lu|N)\}|\\[\s\S]?|\[|\]|[^\\[\]]+/g;

/**
 * Compiles a pattern after replacing property escapes with explicit ranges. Never uses the
 * `u` or `i` flags: with them V8 case-folds whole classes at compile time (up to 30 ms per
 * pattern, on every page load). A case-insensitive pattern (`i` in flags) is instead
 * lower-cased (escapes kept) and run on lower-cased text.
 */
export function rx(src: string, flags = ''): RegExp {
  const lowerCase = flags.includes('i');
  // Token by token, not character by character: this runs for every pattern on every page
  // load, before the code is optimised (a character loop cost ~5 ms of each load).
  let out = '';
  let inClass = false;
  const token = PATTERN_TOKEN;
  token.lastIndex = 0;
  for (let m = token.exec(src); m !== null; m = token.exec(src)) {
    const t = m[0];
    const prop = m[1];
    if (prop !== undefined) {
      const r = RANGES[prop]!;
      out += inClass ? r : `[${r}]`;
    } else if (t.charCodeAt(0) === 0x5c) {
      out += t; // an escape stays as written (\S is not \s)
    } else {
      if (t === '[') inClass = true;
      else if (t === ']') inClass = false;
      out += lowerCase ? lowerEachUnit(t) : t;
    }
  }
  const re = new RegExp(out);
  if (lowerCase) LOWER.add(re);
  return re;
}

/**
 * Lower-cases each UTF-16 unit on its own. toLowerCase on a whole run gives the same except for
 * letters whose lower case depends on their neighbours (Greek final sigma) or that take two
 * units: those runs go unit by unit.
 */
function lowerEachUnit(s: string): string {
  if (!/[\u03a3\ud800-\udfff]/.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += s[i]!.toLowerCase();
  return out;
}

/** Unicode-aware word boundaries (JS \b is ASCII-only). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** A case-insensitive whole-word pattern. */
export function ci(src: string): RegExp {
  return rx(`${B}(?:${src})${E}`, 'i');
}

/** A case-sensitive whole-word pattern (German "Sie" vs "sie"). */
export function cs(src: string): RegExp {
  return rx(`${B}(?:${src})${E}`);
}

/** A pattern that must match the whole (short) block, case-insensitively. */
export function whole(src: string): RegExp {
  return rx(`^\\W{0,3}(?:${src})\\W{0,4}$`, 'i');
}
