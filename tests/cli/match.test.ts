import { describe, expect, it } from 'vitest';
import { collapse, containsAnySnippet, leakedAppeals, matchBlock, type LabelItem } from '../../src/cli/eval/match.js';

const donation: LabelItem = { kind: 'donation', must: ['please support us monthly', 'A Message from the Editors'] };
const gate: LabelItem = { kind: 'paywall', must: ['You have reached your free article limit'] };
const nav: LabelItem = { kind: 'other', must: ['Donate'] };

describe('collapse', () => {
  it('turns every run of whitespace (newlines, tabs, no-break spaces) into one space and trims', () => {
    expect(collapse('  a\n\tb\u00a0\u00a0c  ')).toBe('a b c');
  });
});

describe('matching a reported block', () => {
  it('matches when any snippet is contained, across the block separators of the report', () => {
    expect(containsAnySnippet(collapse('Intro.\nA Message from the Editors:\nThanks'), donation)).toBe(true);
    expect(containsAnySnippet(collapse('We ask you to please\nsupport us monthly.'), donation)).toBe(true);
  });
  it('is case-sensitive and needs the whole snippet', () => {
    expect(containsAnySnippet('please SUPPORT us monthly', donation)).toBe(false);
    expect(containsAnySnippet('please support us', donation)).toBe(false);
  });
  it('ignores empty snippets instead of matching everything', () => {
    expect(containsAnySnippet('anything', { kind: 'other', must: ['', '  '] })).toBe(false);
  });
  it('reports the required appeals and optional items a block matches', () => {
    expect(matchBlock('You have reached your free article limit. Donate', [donation, gate], [nav]))
      .toEqual({ required: [1], optional: true });
    expect(matchBlock('Nothing to see', [donation, gate], [nav])).toEqual({ required: [], optional: false });
  });
});

describe('leakedAppeals', () => {
  it('finds required snippets left in the body text', () => {
    const body = 'The story.\nA  Message from the Editors\nmore story';
    expect(leakedAppeals(body, [gate, donation])).toEqual([1]);
    expect(leakedAppeals('clean body', [gate, donation])).toEqual([]);
  });
});
