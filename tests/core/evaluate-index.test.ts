// The evaluator only tries a signal when a cheap screen lets it through (a hint in the
// Aho–Corasick automaton, a digit, a short label's union regex). These tests check the
// screens against a brute-force reading of the tables (every pattern on every text), and the
// order of hits at the same index against the order the evaluator has always used.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/core/blocks.js';
import { Budget } from '../../src/core/budget.js';
import { documentRoot, domAccess } from '../../src/core/dom.js';
import { allPhrases } from '../../src/core/signals/index.js';
import { evaluateText, splitLookbehind, type PhraseHit } from '../../src/core/signals/evaluate.js';
import { runsOnLowercase, type PhraseSignal } from '../../src/core/signals/table.js';
import { FIXTURES, htmlDoc } from './helpers.js';

const samples = JSON.parse(readFileSync(resolve(FIXTURES, 'text/phrase-samples.json'), 'utf8')) as Record<string, { match: string[]; nonMatch?: string[] } | string>;

function sampleTexts(): string[] {
  const out: string[] = [];
  for (const v of Object.values(samples)) if (typeof v === 'object') out.push(...v.match, ...(v.nonMatch ?? []));
  return out;
}

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(resolve(FIXTURES, 'pages')).filter((n) => n.endsWith('.html'))) {
    const doc = htmlDoc(readFileSync(resolve(FIXTURES, 'pages', f), 'utf8'));
    const root = documentRoot(doc)!;
    for (const b of walk(doc, domAccess(doc, root), root, Budget.from({}), {}).blocks) out.push(b.text);
  }
  return out;
}

/** Samples, page blocks, and variants that move hints to the edges and mix languages. */
function texts(): string[] {
  const base = [...sampleTexts(), ...fixtureTexts()];
  const out = new Set(base);
  base.forEach((t, i) => {
    const other = base[(i * 7 + 3) % base.length]!;
    out.add(t.toUpperCase());
    out.add(t.toLowerCase());
    out.add(`${t} ${other}`);
    out.add(t.slice(1));
    out.add(t.slice(0, -1));
    out.add(`x${t}9`);
  });
  return [...out];
}

const MAX_EVAL_CHARS = 1_500;

/**
 * The tables read literally: a signal with hints is tried when one of them is a substring of
 * the lower-cased text, a short-label signal when the text is short enough, any other on a
 * text with a digit. No automaton, no label screen, no digit requirement: which ids match, where.
 */
function bruteForce(text: string): Set<string> {
  const t = text.slice(0, MAX_EVAL_CHARS);
  const lower = t.toLowerCase();
  const found = new Set<string>();
  for (const s of allPhrases) {
    if (s.maxLength !== undefined && t.length > s.maxLength) continue;
    if (s.hints?.length ? !s.hints.some((h) => lower.includes(h)) : s.maxLength === undefined && !/\d/.test(t)) continue;
    const m = s.pattern.exec(runsOnLowercase(s.pattern) ? lower : t);
    if (m) found.add(`${s.id}@${m.index}`);
  }
  return found;
}

const key = (h: PhraseHit): string => `${h.signal.id}@${h.index}`;

describe('evaluator screens', () => {
  const all = texts();

  it('hints, digit requirements and label screens never hide a match', () => {
    let compared = 0;
    let withHits = 0;
    for (const t of all) {
      const ev = evaluateText(t);
      // Never-match rules drop hits on purpose; compare where none fired.
      if (ev.rejected.length) continue;
      compared++;
      if (ev.hits.length) withHits++;
      expect(new Set(ev.hits.map(key)), t).toEqual(bruteForce(t));
    }
    expect(compared).toBeGreaterThan(1_000);
    expect(withHits).toBeGreaterThan(300);
  });

  it('needsDigit is only set on patterns that cannot match without a digit', () => {
    for (const s of allPhrases.filter((x) => x.needsDigit)) {
      const sample = samples[s.id];
      expect(typeof sample, s.id).toBe('object');
      if (typeof sample !== 'object') continue;
      for (const t of sample.match) {
        expect(/\d/.test(t), `${s.id}: ${t}`).toBe(true);
        // With its digits spelled out the sample no longer matches.
        const spelled = t.replace(/\d/g, 'x').toLowerCase();
        expect(s.pattern.test(runsOnLowercase(s.pattern) ? spelled : t.replace(/\d/g, 'x')), `${s.id}: ${spelled}`).toBe(false);
      }
    }
  });

  it('a screen matches wherever its pattern does', () => {
    const prices: string[] = [];
    for (const cur of ['$', '€', 'US$', 'CHF', 'Fr.', 'EUR', 'euros', 'dollars', 'Rs.', 'руб.', 'zł', 'Kč']) {
      for (const amt of ['5', '1.234,56', '10,-', '12 ,-', '3.50', '1 000']) {
        for (const gap of ['', ' ', '*', ' * ']) {
          for (const period of ['a month', 'per year', '/mo', 'monthly', 'pro Monat', 'par mois', 'al mes', 'в месяц', 'for the first month', 'je 1. Monat']) {
            prices.push(`${cur}${amt}${gap}${period}`, `${amt} ${cur}${gap}${period}`, `Only ${cur} ${amt}${gap}${period}!`, `as little as ${amt}${gap}${period}`, `ab  ${amt} ${period}`);
          }
        }
      }
    }
    const screened = allPhrases.filter((x) => x.screen);
    expect(screened.length).toBeGreaterThan(0);
    for (const s of screened) {
      let matched = 0;
      for (const text of [...prices, ...all]) {
        const t = runsOnLowercase(s.pattern) ? text.toLowerCase() : text;
        if (!s.pattern.test(t)) continue;
        matched++;
        expect(s.screen!.test(t), `${s.id}: ${text}`).toBe(true);
      }
      expect(matched, s.id).toBeGreaterThan(100);
    }
  });

  it('finds hints that overlap, nest, end the text or sit inside words', () => {
    // "subscribe" holds the hints "subscri" and "subscribe"; "newsletters" ends in "letters".
    expect(evaluateText('Subscribe now').hits.map((h) => h.signal.id)).toContain('en.subscribe-now');
    expect(evaluateText('Get unlimited access').hits.map((h) => h.signal.id)).toContain('en.unlimited-access');
    expect(evaluateText('Jetzt Kaffeespende geben, Spendenkonto: siehe unten').hits.length).toBeGreaterThan(0);
    // Right after characters that are in no hint (CJK, an emoji: the automaton starts over).
    expect(evaluateText('日本support us today').hits.map((h) => h.signal.id)).toContain('en.support-us');
    expect(evaluateText('😀 support us today 😀').hits.map((h) => h.signal.id)).toContain('en.support-us');
  });
});

/**
 * The order hits at the same index have always had: candidates in the order their first
 * hint starts in the text (the longest hint there first, then its prefix hints' signals),
 * then the short-label signals, then the digit signals; a stable sort by index.
 */
function referenceOrder(text: string): string[] {
  const t = text.slice(0, MAX_EVAL_CHARS);
  const lower = t.toLowerCase();
  const byHint = new Map<string, PhraseSignal[]>();
  const shortOnly: PhraseSignal[] = [];
  const digits: PhraseSignal[] = [];
  for (const s of allPhrases) {
    if (s.hints?.length) for (const h of s.hints) byHint.set(h, [...(byHint.get(h) ?? []), s]);
    else if (s.maxLength !== undefined) shortOnly.push(s);
    else digits.push(s);
  }
  const hints = [...byHint.keys()];
  for (const long of hints) {
    for (const short of hints) {
      if (short !== long && long.startsWith(short)) {
        const list = byHint.get(long)!;
        for (const s of byHint.get(short)!) if (!list.includes(s)) list.push(s);
      }
    }
  }
  const cands: PhraseSignal[] = [];
  const add = (list: readonly PhraseSignal[]): void => { for (const s of list) if (!cands.includes(s)) cands.push(s); };
  for (let p = 0; p < lower.length; p++) {
    let best: string | null = null;
    for (const h of hints) if (lower.startsWith(h, p) && (!best || h.length > best.length)) best = h;
    if (best) add(byHint.get(best)!);
  }
  const limits = [...new Set(shortOnly.map((s) => s.maxLength!))].sort((a, b) => a - b);
  const limit = limits.find((m) => t.length <= m);
  if (limit !== undefined) add(shortOnly.filter((s) => s.maxLength! >= limit));
  if (/\d/.test(t)) add(digits);
  return cands.map((s) => s.id);
}

describe('evaluator hit order', () => {
  it('hits at the same index keep the order the evaluator has always used', () => {
    let ties = 0;
    for (const t of [...sampleTexts(), ...fixtureTexts()]) {
      const hits = evaluateText(t).hits;
      const tied = hits.some((h, i) => i > 0 && hits[i - 1]!.index === h.index);
      if (!tied) continue;
      ties++;
      const rank = referenceOrder(t);
      const expected = [...hits].sort((a, b) => a.index - b.index || rank.indexOf(a.signal.id) - rank.indexOf(b.signal.id));
      expect(hits.map(key), t).toEqual(expected.map(key));
    }
    expect(ties).toBeGreaterThan(5);
  });
});

describe('leading lookbehind split', () => {
  it('splits only where the lookbehind binds the whole rest', () => {
    expect(splitLookbehind(/(?<![a-z])(?:support|help) us/)).toEqual({ behind: '(?<![a-z])', rest: '(?:support|help) us' });
    expect(splitLookbehind(/(?<=[$])\d+/)).toEqual({ behind: '(?<=[$])', rest: '\\d+' });
    expect(splitLookbehind(/(?<![)(|])x/)).toEqual({ behind: '(?<![)(|])', rest: 'x' });
    expect(splitLookbehind(/(?<!a)b|c/)).toBeNull(); // the lookbehind binds "b" alone
    expect(splitLookbehind(/(?<!(a))b/)).toBeNull(); // a capturing group would renumber
    expect(splitLookbehind(/(?<!a)b/g)).toBeNull();
    expect(splitLookbehind(/b(?<!a)/)).toBeNull();
    expect(splitLookbehind(/(?<!a)/)).toBeNull();
  });

  it('most whole-word phrase patterns are split', () => {
    const split = allPhrases.filter((s) => splitLookbehind(s.pattern));
    expect(split.length).toBeGreaterThan(allPhrases.length / 2);
  });

  it('finds the leftmost match whose lookbehind holds, past earlier ones that fail it', () => {
    // "support us" inside "unsupport us" fails the word boundary; the later one counts.
    const ev = evaluateText('We unsupport us not, so please support us today.');
    const hit = ev.hits.find((h) => h.signal.id === 'en.support-us');
    expect(hit?.index).toBe('We unsupport us not, so '.length);
  });
});
