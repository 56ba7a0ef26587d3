// The shapes of the signal tables. Every signal is data: an id, what it points to, how much
// it weighs and a human reason; `read.ts` is the one reader of all of them.
import type { AppealKind } from '../types.js';

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
  /** A payment service's own address (not a path on the site): such a link is an ask wherever it sits. */
  readonly host?: boolean;
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
