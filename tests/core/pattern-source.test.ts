// rx() rewrites a pattern source once per page load: property escapes become explicit ranges and
// a case-insensitive pattern is lower-cased (escapes kept) to run on lower-cased text.
import { describe, expect, it } from 'vitest';
import { framedGroup } from '../../src/core/signals/evaluate.js';
import { ci, runsOnLowercase, rx } from '../../src/core/signals/table.js';

const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

describe('rx: the pattern source it compiles', () => {
  it('expands \\p{L}, \\p{Lu} and \\p{N} as a class outside brackets and as ranges inside', () => {
    expect(rx('\\p{L}+').source).toBe(`[${L}]+`);
    expect(rx('[\\p{L}\\p{N}_]').source).toBe(`[${L}0-9_]`);
    expect(rx('\\p{Lu}').source).toBe('[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0400-\\u042F]');
    expect(rx('\\\\p{L}').source).toBe('\\\\p{L}'); // an escaped backslash, then plain text
  });

  it('lower-cases a case-insensitive pattern but never its escapes', () => {
    const re = rx('Spenden Sie\\S+\\W[A-Z]', 'i');
    expect(re.source).toBe('spenden sie\\S+\\W[a-z]');
    expect(re.flags).toBe('');
    expect(runsOnLowercase(re)).toBe(true);
    expect(runsOnLowercase(rx('Sie'))).toBe(false);
    expect(rx('Sie').source).toBe('Sie');
  });

  it('tracks brackets: a "]" outside a class and a "[" inside one are plain characters', () => {
    expect(rx('a]\\p{N}').source).toBe('a][0-9]');
    expect(rx('[[\\p{N}]\\p{N}').source).toBe('[[0-9][0-9]');
    expect(rx('[\\]\\p{N}]').source).toBe('[\\]0-9]');
  });

  it('lower-cases letter by letter, also where a whole run would differ (Greek final sigma)', () => {
    // "ΟΔΟΣ".toLowerCase() ends in the final form ς; rx has always lowered one letter at a time
    // (σ), and a faster rewrite must not change any compiled pattern.
    expect(rx('ΟΔΟΣ', 'i').source).toBe('οδοσ');
    expect(rx('ÄRGER Über', 'i').source).toBe('ärger über');
  });

  it('wraps whole-word patterns in Unicode-aware boundaries', () => {
    const re = ci('Spende');
    expect(re.test('jetzt spende heute')).toBe(true);
    expect(re.test('spendenaktion')).toBe(false);
    expect(re.test('überspende')).toBe(false);
  });
});

describe('framedGroup: the frame a union may share', () => {
  it('splits head(?:inner)tail when the group is the only one at the top level', () => {
    expect(framedGroup('^\\W{0,3}(?:close|not now)\\W{0,4}$')).toEqual({ head: '^\\W{0,3}', inner: 'close|not now', tail: '\\W{0,4}$' });
    expect(framedGroup('^\\s*(?:(?:a|b)c|[(]x)\\s*$')).toEqual({ head: '^\\s*', inner: '(?:a|b)c|[(]x', tail: '\\s*$' });
  });

  it('refuses shapes where sharing the frame would change what matches', () => {
    expect(framedGroup('^(?:a)|(?:b)$')).toBeNull(); // a top-level alternative
    expect(framedGroup('^(?:a)(?:b)$')).toBeNull(); // two groups
    expect(framedGroup('^(?:a)?x')).toBeNull(); // a quantified group
    expect(framedGroup('^(a)x')).toBeNull(); // a capturing group
    expect(framedGroup('(?<!x)(?:a)')).toBeNull(); // a lookbehind is a group too
    expect(framedGroup('abc')).toBeNull();
  });
});
