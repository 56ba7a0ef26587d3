// The concept lexicon: every entry is a word or short stem phrase (never a page sentence),
// every entry is exercised by a sample of its language, near misses stay quiet, and the
// matcher reads tokens the way the grammar in src/core/lexicon/types.ts says.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/lexicon/languages.js';
import { compileLexicon, conceptHits, CONCEPT_INDEX, languageMask, tokenize } from '../../src/core/lexicon/match.js';
import { CONCEPTS, type Concept, type LanguageLexicon } from '../../src/core/lexicon/types.js';
import { FIXTURES } from './helpers.js';

type Samples = Record<string, Partial<Record<Concept, { match: string[]; noMatch: string[] }>>>;
const SAMPLES_PATH = resolve(FIXTURES, 'text/concept-samples.json');
const samples: Samples = existsSync(SAMPLES_PATH) ? (JSON.parse(readFileSync(SAMPLES_PATH, 'utf8')) as Samples) : {};

const WORD = /^\^?[\p{Ll}\p{Lu}\p{Lo}\p{Lm}\p{M}\p{N}]+\*?$/u;

function entriesOf(lex: LanguageLexicon): [Concept, string][] {
  return CONCEPTS.flatMap((c) => (lex.concepts[c] ?? []).map((e) => [c, e] as [Concept, string]));
}

describe('lexicon entries', () => {
  it('covers at least fifteen languages, each with the core concepts', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(15);
    for (const lex of LANGUAGES) {
      for (const c of ['give', 'support', 'subscribe', 'you', 'self', 'period', 'dismiss'] as Concept[]) {
        expect(lex.concepts[c]?.length ?? 0, `${lex.lang}.${c}`).toBeGreaterThan(0);
      }
    }
  });

  it('are words or stems, at most three words each, never a sentence', () => {
    for (const lex of LANGUAGES) {
      for (const [c, e] of entriesOf(lex)) {
        const words = e.split(' ');
        expect(words.length, `${lex.lang}.${c} "${e}"`).toBeLessThanOrEqual(3);
        expect(e.length, `${lex.lang}.${c} "${e}"`).toBeLessThanOrEqual(40);
        for (const w of words) {
          expect(w, `${lex.lang}.${c} "${e}"`).toMatch(WORD);
          const body = w.replace(/^\^/, '').replace(/\*$/, '');
          if (!w.startsWith('^')) expect(body, `${lex.lang}.${c} "${e}" is lower case`).toBe(body.toLowerCase());
          if (w.endsWith('*')) expect([...body].length, `${lex.lang}.${c} stem "${e}"`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it('has a stop-word list per language for the language guess', () => {
    for (const lex of LANGUAGES) expect(lex.stop.length, lex.lang).toBeGreaterThanOrEqual(10);
  });
});

describe('lexicon samples', () => {
  for (const lex of LANGUAGES) {
    const compiled = compileLexicon([lex]);
    it(`${lex.lang}: every entry is exercised by a sample, near misses do not match`, () => {
      const byLang = samples[lex.lang] ?? {};
      for (const c of CONCEPTS) {
        const entries = lex.concepts[c] ?? [];
        if (!entries.length) continue;
        const s = byLang[c];
        expect(s, `${lex.lang}.${c} has samples`).toBeDefined();
        const hit = new Set<string>();
        for (const text of s!.match) {
          const h = conceptHits(compiled, tokenize(text), 1);
          expect(h.counts[CONCEPT_INDEX[c]], `${lex.lang}.${c} matches "${text}"`).toBeGreaterThan(0);
          for (const e of h.entries) hit.add(e);
        }
        for (const e of entries) expect(hit.has(e), `${lex.lang}.${c} "${e}" is exercised by a sample`).toBe(true);
        expect(s!.noMatch.length, `${lex.lang}.${c} has a near miss`).toBeGreaterThan(0);
        for (const text of s!.noMatch) {
          const h = conceptHits(compiled, tokenize(text), 1);
          expect(h.counts[CONCEPT_INDEX[c]], `${lex.lang}.${c} must not match "${text}"`).toBe(0);
        }
      }
    });
  }
});

describe('matcher', () => {
  const lex = compileLexicon([
    { lang: 'xx', stop: ['und', 'der'], concepts: { give: ['spend*', 'chip in'], you: ['^Sie', 'du'], dismiss: ['remind me later'] } },
    { lang: 'yy', stop: ['the', 'and'], concepts: { give: ['donat*'] } },
  ]);

  it('matches stems, exact words, phrases and case-sensitive words', () => {
    const h = conceptHits(lex, tokenize('Bitte spenden Sie, chip in — Remind me later'), 3);
    expect(h.counts[CONCEPT_INDEX.give]).toBe(2);
    expect(h.counts[CONCEPT_INDEX.you]).toBe(1);
    expect(h.counts[CONCEPT_INDEX.dismiss]).toBe(1);
    expect(h.first[CONCEPT_INDEX.give]).toBe('spenden');
    expect(conceptHits(lex, tokenize('was sie sagen'), 3).counts[CONCEPT_INDEX.you]).toBe(0);
    expect(conceptHits(lex, tokenize('chip and pin'), 3).counts[CONCEPT_INDEX.give]).toBe(0);
  });

  it('reads only the languages in the mask', () => {
    expect(conceptHits(lex, tokenize('donate today'), 1).counts[CONCEPT_INDEX.give]).toBe(0);
    expect(conceptHits(lex, tokenize('donate today'), 2).counts[CONCEPT_INDEX.give]).toBe(1);
  });

  it('tokenises every script, splitting at apostrophes and hyphens', () => {
    expect(tokenize("L'abonnement ad-free Пожертвуйте 寄付する").lower).toEqual(['l', 'abonnement', 'ad', 'free', 'пожертвуйте', '寄付する']);
  });

  it('guesses the language from stop words, and reads an unknown page in all', () => {
    const text = [tokenize('und der und der und der und der und der und der und der und der')];
    expect(languageMask(lex, null, text)).toBe(1);
    expect(languageMask(lex, 'yy', [tokenize('nothing here')])).toBe(2);
    expect(languageMask(lex, null, [tokenize('nothing here')])).toBe(3);
  });
});
