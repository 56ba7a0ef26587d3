// The picker's rule for an element: a stable id or class names (never hashed CSS-in-JS
// classes or nth-child chains), an ancestor for context when needed, a text fingerprint when
// nothing is stable; the rule parses and names the element again.
import { describe, expect, it } from 'vitest';
import { matchRule, ruleFor, stableName } from '../../src/core/rules/selector.js';
import { parseRules } from '../../src/core/rules/parse.js';
import type { Rule } from '../../src/core/rules/types.js';
import { htmlDoc } from './helpers.js';

function doc(body: string): Document {
  return htmlDoc(`<!doctype html><html><body>${body}</body></html>`, 'https://www.example.com/story');
}

function roundTrip(d: Document, el: Element, line: string): Rule {
  const p = parseRules(line, {
    validate: (s) => {
      try {
        d.createDocumentFragment().querySelector(s);
        return true;
      } catch {
        return false;
      }
    },
  });
  expect(p.errors, line).toEqual([]);
  expect(p.rules).toHaveLength(1);
  const rule = p.rules[0]!;
  expect(matchRule(d.documentElement, rule)[0], line).toBe(el);
  return rule;
}

describe('stableName', () => {
  it.each(['support-box', 'donate', 'ArticleFooter', 'epic_wrapper', 'card__title', 'heading2', 'col-md-6'])('keeps %s', (n) => {
    expect(stableName(n)).toBe(true);
  });
  it.each([
    'css-1x2y3z', 'sc-bdVaJa', 'jsx-2932034867', 'Box_root__3kD9x', 'styles_box__abcde', 'emotion-0', 'a8f3e2c1d4', 'post-12345',
    'ember123', 'ng-tns-c12-3', 'active', 'is-open', 'x', 'a'.repeat(41), '1abc', 'w-[200px]', 'md:flex', 'e1x2y3z4',
  ])('rejects %s', (n) => {
    expect(stableName(n)).toBe(false);
  });
});

describe('ruleFor', () => {
  it('a stable id, tag-qualified, with the kind', () => {
    const d = doc('<article><p>Story</p></article><section id="donate-box" class="css-1x2y3z"><p>Please give</p></section>');
    const el = d.querySelector('section')!;
    const line = ruleFor(el, 'www.example.com', 'flag', 'donation');
    expect(line).toBe('example.com##section#donate-box:appeal(donation)');
    expect(roundTrip(d, el, line)).toMatchObject({ host: 'example.com', action: 'flag', kind: 'donation', selector: 'section#donate-box' });
  });

  it('a generated id is skipped for a stable class; hashed classes are skipped', () => {
    const d = doc('<div id="react-aria-12345" class="css-1x2y3z Box_root__3kD9x support-epic sc-bdVaJa"><p>Please give</p></div><div class="other"><p>x</p></div>');
    const el = d.querySelector('.support-epic')!;
    const line = ruleFor(el, 'example.com', 'never', null);
    expect(line).toBe('example.com#@#div.support-epic');
    expect(roundTrip(d, el, line).action).toBe('never');
  });

  it('a class shared by several boxes gets an ancestor for context, never an nth-child chain', () => {
    const d = doc(`<main id="content"><div class="promo"><p>Inside the story box</p></div></main>
      <aside class="rail"><div class="promo"><p>Rail box</p></div></aside>`);
    const el = d.querySelector('aside .promo')!;
    const line = ruleFor(el, 'example.com', 'flag', 'subscription');
    expect(line).toBe('example.com##aside.rail div.promo:appeal(subscription)');
    expect(line).not.toMatch(/nth-/);
    roundTrip(d, el, line);
  });

  it('two classes together when one alone is not unique', () => {
    const d = doc('<div class="box"><p>a</p></div><div class="support"><p>b</p></div><div class="box support"><p>c</p></div>');
    const el = d.querySelectorAll('div')[2]!;
    const line = ruleFor(el, 'example.com', 'flag', null);
    expect(line).toBe('example.com##div.box.support');
    roundTrip(d, el, line);
  });

  it('nothing stable: a text fingerprint of its first 60 characters (whole words), parentheses escaped', () => {
    const d = doc(`<div class="css-abc123"><p>Story text here.</p></div>
      <div class="css-def456"><h3>Support (independent) journalism</h3><p>Every reader who gives keeps this site free for everyone, always and forever.</p></div>`);
    const el = d.querySelectorAll('div')[1]!;
    const line = ruleFor(el, 'example.com', 'flag', 'donation');
    expect(line).toBe('example.com##div:has-text(Support \\(independent\\) journalism Every reader who gives):appeal(donation)');
    const rule = roundTrip(d, el, line);
    expect(rule.text).toBe('Support (independent) journalism Every reader who gives');
    expect(rule.selector).toBe('div');
  });

  it('the fingerprint leaves out script and hidden text, and survives odd characters', () => {
    const d = doc('<section class="sc-xyzab"><script>var x = 1;</script><span hidden>secret</span><p>Dear readers :appeal(x) ## !off</p></section>');
    const el = d.querySelector('section')!;
    const line = ruleFor(el, 'example.com', 'flag', null);
    expect(line).toBe('example.com##section:has-text(Dear readers :appeal\\(x\\) ## !off)');
    roundTrip(d, el, line);
  });
});

describe('matchRule', () => {
  const d = doc(`<div class="box"><p>Support us today</p></div><div class="box"><div class="inner"><p>Support us now</p></div></div>
    <p>support   US with a gift</p><div class="box"><p>Other</p></div>`);
  const rule = (line: string): Rule => parseRules(line).rules[0]!;

  it('a selector: every match in document order', () => {
    expect(matchRule(d.documentElement, rule('example.com##.box'))).toHaveLength(3);
  });

  it('a text fingerprint: the smallest elements whose text starts so, case and spacing aside', () => {
    const m = matchRule(d.documentElement, rule('example.com##:has-text(Support us)'));
    expect(m.map((e) => e.textContent)).toEqual(['Support us today', 'Support us now', 'support   US with a gift']);
    expect(m.every((e) => e.tagName === 'P')).toBe(true);
    const divs = matchRule(d.documentElement, rule('example.com##div:has-text(Support us)'));
    expect(divs.map((e) => e.className)).toEqual(['box', 'inner']);
  });

  it('a selector that throws names nothing, and never throws', () => {
    const bad: Rule = { host: 'example.com', action: 'flag', selector: 'div:nth-child(foo)', text: null, kind: null, source: '', enabled: true };
    expect(matchRule(d.documentElement, bad)).toEqual([]);
    expect(matchRule(d.documentElement, null as unknown as Rule)).toEqual([]);
  });

  it('at most 50 matches', () => {
    const big = doc('<p class="x">a</p>'.repeat(200));
    expect(matchRule(big.documentElement, rule('example.com##p.x'))).toHaveLength(50);
  });
});
