import { describe, expect, it } from 'vitest';
import { tokenize, tokenPrf } from '../../src/cli/eval/tokens.js';

describe('tokenize', () => {
  it('lowercases and keeps Unicode letters, digits and inner apostrophes', () => {
    expect(tokenize('Zürich’s CAFÉ owners, 18% — don\'t close!')).toEqual(['zürich’s', 'café', 'owners', '18', 'don\'t', 'close']);
  });
  it('handles Cyrillic and combining marks, drops punctuation-only text', () => {
    expect(tokenize('Поддержите нас!')).toEqual(['поддержите', 'нас']);
    expect(tokenize('e\u0301te\u0301')).toEqual(['e\u0301te\u0301']);
    expect(tokenize(' -- … !! ')).toEqual([]);
  });
});

describe('tokenPrf (bag of words)', () => {
  it('is perfect on identical text, whatever the spacing and case', () => {
    expect(tokenPrf('The  ferry\nreturns', 'the ferry returns')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('counts repeated tokens as a multiset', () => {
    // predicted: a a a b (4), truth: a b c (3); common = min(3,1)+min(1,1) = 2
    const r = tokenPrf('a a a b', 'a b c');
    expect(r.precision).toBeCloseTo(2 / 4);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });
  it('scores 0, not NaN, when one side is empty or nothing overlaps', () => {
    expect(tokenPrf('', 'some truth')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(tokenPrf('some text', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(tokenPrf('alpha', 'beta').f1).toBe(0);
    expect(tokenPrf('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
