// Class/id pattern tests, cached per distinct string for one page: pages repeat the same
// class attribute hundreds of times, and each pattern is a long case-insensitive alternation.

import { BYLINE, MAYBE_CANDIDATE, NEGATIVE, POSITIVE, SHARE, UNLIKELY } from './patterns.js';

export const T_UNLIKELY = 1;
export const T_MAYBE = 2;
export const T_POSITIVE = 4;
export const T_NEGATIVE = 8;
export const T_SHARE = 16;
export const T_BYLINE = 32;

function pattern(bit: number): RegExp {
  switch (bit) {
    case T_UNLIKELY: return UNLIKELY;
    case T_MAYBE: return MAYBE_CANDIDATE;
    case T_POSITIVE: return POSITIVE;
    case T_NEGATIVE: return NEGATIVE;
    case T_SHARE: return SHARE;
    default: return BYLINE;
  }
}

/** Beyond this many distinct strings the cache stops growing (tests still answer). */
const MAX_ENTRIES = 20_000;

export class TokenTests {
  /** string → (bits tested << 8) | bits that matched. */
  private readonly memo = new Map<string, number>();

  /** Does pattern `bit` match `s`? Tested once per distinct string and pattern. */
  has(s: string, bit: number): boolean {
    if (!s) return false;
    const v = this.memo.get(s) ?? 0;
    if ((v >> 8) & bit) return (v & bit) !== 0;
    const hit = pattern(bit).test(s) ? bit : 0;
    if (this.memo.size < MAX_ENTRIES || v) this.memo.set(s, v | (bit << 8) | hit);
    return hit !== 0;
  }
}
