// Rules text ↔ rules: the syntax, every kind of bad line with its line number, limits, hostile
// input, and the round trip through formatRules.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkSelector, formatRules, MAX_RULES, MAX_RULES_TEXT, parseRules } from '../../src/core/rules/parse.js';
import { hostMatches, rulesForHost } from '../../src/core/rules/hosts.js';
import type { Rule } from '../../src/core/rules/types.js';

const domValidate = (() => {
  const frag = new JSDOM('').window.document.createDocumentFragment();
  return (sel: string): boolean => {
    try {
      frag.querySelector(sel);
      return true;
    } catch {
      return false;
    }
  };
})();

function one(line: string): Rule {
  const p = parseRules(line);
  expect(p.errors).toEqual([]);
  expect(p.rules).toHaveLength(1);
  return p.rules[0]!;
}

describe('valid rules', () => {
  it('flag, flag with a kind, text fingerprints, never, comments, blank lines, disabled', () => {
    const text = [
      '! my rules for the Herald',
      '',
      'example.com##.support-box',
      '  example.com##.support-box:appeal(subscription)  ',
      'example.com##div:has-text(Support our \\(great\\) work)',
      'example.com##:has-text(Dear   readers)',
      'example.com#@#.newsletter-promo',
      '!off example.com##.old-box:appeal(paywall)',
      '[Adblock Plus 2.0]',
    ].join('\r\n');
    const { rules, errors } = parseRules(text);
    expect(errors).toEqual([]);
    expect(rules).toEqual([
      { host: 'example.com', action: 'flag', selector: '.support-box', text: null, kind: null, source: 'example.com##.support-box', enabled: true },
      { host: 'example.com', action: 'flag', selector: '.support-box', text: null, kind: 'subscription', source: 'example.com##.support-box:appeal(subscription)', enabled: true },
      { host: 'example.com', action: 'flag', selector: 'div', text: 'Support our (great) work', kind: null, source: 'example.com##div:has-text(Support our \\(great\\) work)', enabled: true },
      { host: 'example.com', action: 'flag', selector: null, text: 'Dear readers', kind: null, source: 'example.com##:has-text(Dear   readers)', enabled: true },
      { host: 'example.com', action: 'never', selector: '.newsletter-promo', text: null, kind: null, source: 'example.com#@#.newsletter-promo', enabled: true },
      { host: 'example.com', action: 'flag', selector: '.old-box', text: null, kind: 'paywall', source: 'example.com##.old-box:appeal(paywall)', enabled: false },
    ]);
  });

  it('hosts: lower-cased, www. and a trailing dot dropped, punycode kept, several hosts split into one rule each', () => {
    expect(one('WWW.Example.COM.##p').host).toBe('example.com');
    expect(one('xn--bcher-kva.example##.box').host).toBe('xn--bcher-kva.example');
    const split = parseRules('a.example, b.example##.box:appeal(donation)');
    expect(split.errors).toEqual([]);
    expect(split.rules.map((r) => [r.host, r.source, r.kind])).toEqual([
      ['a.example', 'a.example##.box:appeal(donation)', 'donation'],
      ['b.example', 'b.example##.box:appeal(donation)', 'donation'],
    ]);
  });

  it('real CSS: combinators, attribute tests, :not/:is/:has, nth-child, lists', () => {
    for (const sel of [
      'div.a > p.b', 'section#x ~ aside', 'ul li + li', '[data-testid="support-epic"]', "a[href^='https://donate.']",
      'div:not(.article):has(> a[href*="donate" i])', ':is(aside, footer) .promo', 'li:nth-child(2n+1)', '.a, .b, #c',
      '*', 'div[hidden]', '.épinglé',
    ]) {
      expect(checkSelector(sel), sel).toBeNull();
      expect(domValidate(sel), sel).toBe(true);
      expect(one(`example.com##${sel}`).selector).toBe(sel);
    }
  });

  it('duplicates are dropped silently, the first one kept', () => {
    const p = parseRules('example.com##.a\nexample.com##.a\n!off example.com##.a\nwww.example.com##.a\nexample.com##.a:appeal(paywall)');
    expect(p.errors).toEqual([]);
    expect(p.rules.map((r) => r.source)).toEqual(['example.com##.a', 'example.com##.a:appeal(paywall)']);
  });

  it('an optional validate callback (a DOM) rejects what the built-in check lets through', () => {
    expect(parseRules('example.com##div:nth-child(foo)').errors).toEqual([]);
    const p = parseRules('example.com##div:nth-child(foo)', { validate: domValidate });
    expect(p.rules).toEqual([]);
    expect(p.errors).toEqual([{ line: 1, source: 'example.com##div:nth-child(foo)', message: 'the selector "div:nth-child(foo)" is not valid CSS' }]);
    // A validate that throws counts as "no", never as a crash.
    expect(parseRules('example.com##p', { validate: () => { throw new Error('x'); } }).errors).toHaveLength(1);
  });
});

describe('invalid rules name the line and the problem', () => {
  const cases: [string, RegExp][] = [
    ['##.box', /no host/],
    ['*##.box', /wildcard/],
    ['*.example.com##.box', /wildcard/],
    ['example.*##.box', /wildcard/],
    ['~example.com##.box', /exception/],
    ['javascript:alert(1)##div', /scheme/],
    ['http://example.com##div', /scheme/],
    ['https://example.com/##div', /scheme/],
    ['example.com:8080##div', /port/],
    ['example.com/news##div', /path/],
    ['1.2.3.4##div', /IP address/],
    ['[::1]##div', /IP address/],
    ['localhost##div', /not a full site name/],
    ['exämple.com##div', /non-ASCII.*punycode/],
    ['__proto__##div', /characters a site name cannot have/],
    ['-bad-.com##div', /not a valid site name/],
    ['||example.com^', /network filter/],
    ['@@||example.com^$document', /network filter/],
    ['example.com', /no ## or #@#/],
    ['example.com#div', /no ## or #@#/],
    ['example.com##', /no selector/],
    ['example.com#?#div:has-text(x)', /procedural/],
    ['example.com#$#body { color: red }', /procedural, style or script/],
    ['example.com##+js(set-constant, x, 1)', /script and HTML filters/],
    ['example.com##^script', /script and HTML filters/],
    ['example.com##.box:remove()', /:remove\(…\) is a uBlock Origin operator/],
    ['example.com##.box:style(display: none !important)', /:style\(…\) is a uBlock Origin operator/],
    ['example.com##.box:upward(2)', /:upward/],
    ['example.com##.box:appeal(newsletter)', /unknown kind "newsletter".*donation, subscription or paywall/],
    ['example.com##.box:appeal()', /unknown kind/],
    ['example.com#@#.box:appeal(donation)', /only on flag rules/],
    ['example.com##.box:appeal(donation).more', /must come last/],
    ['example.com##div:not(:has-text(x))', /:has-text\(…\) must end the rule/],
    ['example.com##div:has-text(a):has-text(b)', /more than one :has-text/],
    ['example.com##div:has-text(unclosed', /not closed/],
    ['example.com##div:has-text()', /empty/],
    ['example.com##div:has-text(/regex/i)', /regular expressions/],
    ['example.com##div[', /\[ in the selector is not closed/],
    ['example.com##div]', /\] without its \[/],
    ['example.com##div > ', /ends with a combinator/],
    ['example.com##> div', /starts with a combinator/],
    ['example.com##a,,b', /empty part between commas/],
    ['example.com##div::before', /pseudo-elements/],
    ['example.com##a:hover', /:hover is not a pseudo-class/],
    ['example.com##div{color:red}', /character "\{"/],
    ['example.com##div;x', /character ";"/],
    ['example.com##.', /without a name/],
    ['example.com##.1abc', /without a name/],
    ['example.com##[x=="y"]', /attribute test/],
    ['example.com##"quoted"', /quoted string outside/],
    [`example.com##${'div '.repeat(130)}`, /at most 500/],
    ['example.com##div\u0000', /control characters/],
  ];

  it.each(cases)('%j', (line, message) => {
    const text = `! first line\n\nexample.com##.fine\n${line}\nexample.com##.also-fine`;
    const p = parseRules(text);
    expect(p.errors, line).toHaveLength(1);
    const e = p.errors[0]!;
    expect(e.line).toBe(4);
    expect(e.message).toMatch(message);
    expect(e.source.length).toBeLessThanOrEqual(120);
    expect(p.rules.map((r) => r.selector)).toEqual(['.fine', '.also-fine']);
  });

  it('a disabled bad line is still an error', () => {
    expect(parseRules('!off *##.box').errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/wildcard/) });
  });
});

describe('limits and hostile input', () => {
  it('text over MAX_RULES_TEXT is one error on line 0 and no rules at all', () => {
    const big = 'example.com##.a\n'.repeat(Math.ceil((MAX_RULES_TEXT + 1) / 16));
    expect(big.length).toBeGreaterThan(MAX_RULES_TEXT);
    const p = parseRules(big);
    expect(p.rules).toEqual([]);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]!.line).toBe(0);
    expect(p.errors[0]!.message).toMatch(/more than the 256 KB allowed: nothing was read/);
  });

  it('a 5 MB paste is refused at once', () => {
    const t0 = performance.now();
    const p = parseRules('x'.repeat(5 * 1024 * 1024));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(p.rules).toEqual([]);
    expect(p.errors).toHaveLength(1);
  });

  it('more than MAX_RULES rules: the first MAX_RULES kept, one error at the first left out', () => {
    const lines = Array.from({ length: MAX_RULES + 50 }, (_, i) => `example.com##.box-${i}`);
    const p = parseRules(lines.join('\n'));
    expect(p.rules).toHaveLength(MAX_RULES);
    expect(p.errors).toEqual([{ line: MAX_RULES + 1, source: `example.com##.box-${MAX_RULES}`, message: `more than ${MAX_RULES} rules: this line and the ones after it were left out` }]);
  });

  it('100k lines of junk, NUL bytes, __proto__ hosts: no throw, fast, errors capped', () => {
    const junk = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? '__proto__##div' : i % 3 === 1 ? '\u0000\u0000##' : `constructor#@#${'('.repeat(i % 7)}`)).join('\n');
    expect(junk.length).toBeLessThan(MAX_RULES_TEXT * 10);
    const t0 = performance.now();
    const p = parseRules(junk.slice(0, MAX_RULES_TEXT));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(p.rules).toEqual([]);
    expect(p.errors.length).toBeLessThanOrEqual(101);
    expect(p.errors[p.errors.length - 1]!.message).toMatch(/more lines have errors/);
    // The prototype is untouched.
    expect(({} as Record<string, unknown>).host).toBeUndefined();
  });

  it('long lines of brackets and escapes stay fast', () => {
    const lines = ['[', '(', '\\', ':not(', '"', "'", ':has-text('].map((s) => `example.com##${s.repeat(30_000)}`);
    const t0 = performance.now();
    for (const l of lines) expect(parseRules(l).errors).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('not a string: one error, no throw', () => {
    expect(parseRules(null as unknown as string).errors).toHaveLength(1);
    expect(parseRules({} as unknown as string).rules).toEqual([]);
    expect(formatRules(null as unknown as Rule[])).toBe('');
  });
});

describe('round trip', () => {
  it('formatRules writes what parseRules reads back to the same rules', () => {
    const text = 'Example.COM##.a\nexample.com#@#.b\n!off example.com##p:has-text(Hi \\(there\\))\nexample.com##:has-text(x):appeal(paywall)\nx.example,y.example##.c';
    const a = parseRules(text);
    const out = formatRules(a.rules);
    expect(out).toBe('Example.COM##.a\nexample.com#@#.b\n!off example.com##p:has-text(Hi \\(there\\))\nexample.com##:has-text(x):appeal(paywall)\nx.example##.c\ny.example##.c\n');
    expect(parseRules(out)).toEqual(a);
  });

  it('a rule without a source is written from its fields', () => {
    const r: Rule = { host: 'example.com', action: 'flag', selector: 'div', text: 'a (b)', kind: 'donation', source: '', enabled: true };
    expect(formatRules([r])).toBe('example.com##div:has-text(a \\(b\\)):appeal(donation)\n');
    expect(parseRules(formatRules([r])).rules[0]).toMatchObject({ host: 'example.com', selector: 'div', text: 'a (b)', kind: 'donation' });
  });

  const seed = process.env.FC_SEED && process.env.FC_SEED !== 'random' ? Number(process.env.FC_SEED) : process.env.FC_SEED === 'random' ? undefined : 13;
  const piece = fc.constantFrom('example.com', 'www.a.example', '*', '##', '#@#', '#', '.', '.box', '#id', 'div', ' ', '>', ',', '(', ')', '[', ']',
    ':has-text(', ':appeal(', 'donation', 'paywall', 'newsletter', '\\', '!', '!off ', '\n', '\r\n', '\u0000', 'é', '__proto__', ':not(', '"', "'", '=', '^', '||');
  const line = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
  const textArb = fc.oneof(fc.array(line, { maxLength: 20 }).map((l) => l.join('\n')), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

  it('property: parseRules never throws, and formatRules ∘ parseRules is stable', () => {
    fc.assert(fc.property(textArb, (text) => {
      const a = parseRules(text);
      for (const e of a.errors) expect(e.line).toBeGreaterThanOrEqual(0);
      const once = formatRules(a.rules);
      const b = parseRules(once);
      expect(b.errors).toEqual([]);
      expect(b.rules).toEqual(a.rules);
      expect(formatRules(b.rules)).toBe(once);
    }), { numRuns: 1500, ...(seed !== undefined ? { seed } : {}) });
  });

  it('property: every selector the built-in check accepts, a real selector engine accepts too (on this alphabet)', () => {
    const sel = fc.array(fc.constantFrom('div', '.a', '#b', ' ', '>', '+', '~', ',', '[x]', '[x="1"]', ':not(', ':has(', ')', '*', ':first-child', ':nth-child(2n+1)', '(', ']', '['), { minLength: 1, maxLength: 8 }).map((p) => p.join('').trim());
    fc.assert(fc.property(sel, (s) => {
      if (s && checkSelector(s) === null) expect(domValidate(s), s).toBe(true);
    }), { numRuns: 3000, ...(seed !== undefined ? { seed } : {}) });
  });
});

describe('hosts', () => {
  it('a rule applies on its host and subdomains, www. aside, never on look-alikes', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', 'www.example.com')).toBe(true);
    expect(hostMatches('example.com', 'news.EXAMPLE.com.')).toBe(true);
    expect(hostMatches('www.example.com', 'example.com')).toBe(true);
    expect(hostMatches('news.example.com', 'example.com')).toBe(false);
    expect(hostMatches('example.com', 'badexample.com')).toBe(false);
    expect(hostMatches('example.com', 'example.com.evil.net')).toBe(false);
    expect(hostMatches('', 'example.com')).toBe(false);
  });

  it('rulesForHost keeps the enabled rules for the host, in order', () => {
    const { rules } = parseRules('example.com##.a\nother.org##.b\n!off example.com##.c\nnews.example.com##.d\nexample.com#@#.e');
    expect(rulesForHost(rules, 'news.example.com').map((r) => r.selector)).toEqual(['.a', '.d', '.e']);
    expect(rulesForHost(rules, 'example.com').map((r) => r.selector)).toEqual(['.a', '.e']);
    expect(rulesForHost(rules, 'badexample.com')).toEqual([]);
    expect(rulesForHost(null as unknown as Rule[], 'example.com')).toEqual([]);
  });
});
