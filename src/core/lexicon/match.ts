// Concept lookup: a block's text is tokenised once (Unicode letters, marks and digits) and each
// token is looked up in maps built from the lexicon — exact words by the word, stems by their
// first three letters, one pair per language, built when a page first reads that language — so
// no pattern is compiled per entry and no text is read twice.
import { CONCEPTS, type Concept, type LanguageLexicon } from './types.js';

export const CONCEPT_INDEX: Readonly<Record<Concept, number>> = Object.fromEntries(CONCEPTS.map((c, i) => [c, i])) as Record<Concept, number>;

interface Word {
  readonly text: string;
  readonly stem: boolean;
  readonly exactCase: boolean;
}

interface Entry {
  readonly concept: number;
  readonly words: readonly Word[];
  readonly source: string;
}

/** One language's entries by first word (whole words) and by first three letters (stems). */
interface LanguageMaps {
  readonly exact: ReadonlyMap<string, Entry[]>;
  readonly stems: ReadonlyMap<string, Entry[]>;
}

export interface CompiledLexicon {
  readonly langs: readonly string[];
  /** Stop word → bit per language (index in `langs`). */
  readonly stop: ReadonlyMap<string, number>;
  /** Each language's maps, built the first time a page is read in that language. */
  readonly maps: (LanguageMaps | undefined)[];
  /** One entry object per concept and text, shared by the languages that list it. */
  readonly shared: Map<string, Entry>;
  /** The maps of the languages in a mask, by mask. */
  readonly byMask: Map<number, readonly LanguageMaps[]>;
  readonly sources: readonly LanguageLexicon[];
}

/** One pattern for every script: a token is a run of letters, marks and digits. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export interface Tokens {
  /** Original spelling. */
  readonly raw: readonly string[];
  readonly lower: readonly string[];
}

export function tokenize(text: string): Tokens {
  const raw = text.match(TOKEN) ?? [];
  const lower = new Array<string>(raw.length);
  for (let i = 0; i < raw.length; i++) lower[i] = raw[i]!.toLowerCase();
  return { raw, lower };
}

function parseWord(w: string): Word {
  const exactCase = w.startsWith('^');
  const body = exactCase ? w.slice(1) : w;
  const stem = body.endsWith('*');
  const text = stem ? body.slice(0, -1) : body;
  return { text: exactCase ? text : text.toLowerCase(), stem, exactCase };
}

/**
 * The stop words of every language now; each language's entries only when a page is first read
 * in it (a page reads two or three of the languages, and building all of them was most of a
 * page load's cost).
 */
export function compileLexicon(lexicons: readonly LanguageLexicon[]): CompiledLexicon {
  if (lexicons.length > 31) throw new Error('at most 31 languages fit the language bit set');
  const stop = new Map<string, number>();
  lexicons.forEach((lex, li) => {
    for (const w of lex.stop) stop.set(w.toLowerCase(), (stop.get(w.toLowerCase()) ?? 0) | (1 << li));
  });
  return {
    langs: lexicons.map((l) => l.lang), stop, maps: new Array<LanguageMaps | undefined>(lexicons.length),
    shared: new Map(), byMask: new Map(), sources: lexicons,
  };
}

function buildMaps(lex: LanguageLexicon, shared: Map<string, Entry>): LanguageMaps {
  const exact = new Map<string, Entry[]>();
  const stems = new Map<string, Entry[]>();
  for (const concept of CONCEPTS) {
    for (const source of new Set(lex.concepts[concept] ?? [])) {
      const key = `${concept}\u0000${source}`;
      let entry = shared.get(key);
      if (!entry) {
        const words = source.split(' ').filter(Boolean).map(parseWord);
        if (!words.length) continue;
        shared.set(key, (entry = { concept: CONCEPT_INDEX[concept], words, source }));
      }
      const { words } = entry;
      const first = words[0]!;
      const map = first.stem ? stems : exact;
      const mapKey = first.stem ? first.text.toLowerCase().slice(0, 3) : first.text.toLowerCase();
      const list = map.get(mapKey);
      if (list) list.push(entry);
      else map.set(mapKey, [entry]);
    }
  }
  return { exact, stems };
}

function mapsFor(lex: CompiledLexicon, mask: number): readonly LanguageMaps[] {
  let maps = lex.byMask.get(mask);
  if (!maps) {
    const list: LanguageMaps[] = [];
    for (let li = 0; li < lex.langs.length; li++) if (mask & (1 << li)) list.push((lex.maps[li] ??= buildMaps(lex.sources[li]!, lex.shared)));
    lex.byMask.set(mask, (maps = list));
  }
  return maps;
}

function wordMatches(w: Word, raw: string, lower: string): boolean {
  const t = w.exactCase ? raw : lower;
  return w.stem ? t.startsWith(w.text) : t === w.text;
}

function entryAt(e: Entry, tokens: Tokens, i: number): boolean {
  const n = e.words.length;
  if (i + n > tokens.lower.length) return false;
  for (let j = 0; j < n; j++) if (!wordMatches(e.words[j]!, tokens.raw[i + j]!, tokens.lower[i + j]!)) return false;
  return true;
}

export interface ConceptHits {
  /** Matches per concept (index by CONCEPT_INDEX), capped at 255. */
  readonly counts: Uint8Array;
  /** The first text that matched each concept (for reasons), by concept index. */
  readonly first: (string | undefined)[];
  /** The entry sources that matched (for `--explain` and tests). */
  readonly entries: string[];
}

/** Every concept the tokens mention, in languages whose bit is set in `langMask`. */
export function conceptHits(lex: CompiledLexicon, tokens: Tokens, langMask: number): ConceptHits {
  const counts = new Uint8Array(CONCEPTS.length);
  const first: (string | undefined)[] = new Array(CONCEPTS.length);
  const entries: string[] = [];
  const { raw, lower } = tokens;
  const langs = mapsFor(lex, langMask);
  // An entry two languages share ("paypal") is one object: it counts once per position.
  const here: Entry[] = [];
  const take = (list: readonly Entry[] | undefined, i: number): void => {
    if (!list) return;
    for (const e of list) {
      if (!entryAt(e, tokens, i)) continue;
      if (langs.length > 1) {
        if (here.includes(e)) continue;
        here.push(e);
      }
      if (counts[e.concept]! < 255) counts[e.concept]!++;
      if (first[e.concept] === undefined) first[e.concept] = raw.slice(i, i + e.words.length).join(' ');
      entries.push(e.source);
    }
  };
  // Two map lookups per token and language, no array per token: this runs on every block of every page.
  for (let i = 0; i < lower.length; i++) {
    const t = lower[i]!;
    here.length = 0;
    for (const m of langs) {
      take(m.exact.get(t), i);
      if (t.length >= 3) take(m.stems.get(t.slice(0, 3)), i);
    }
  }
  return { counts, first, entries };
}

/** Declared codes read with a close language's lexicon (Norwegian, Serbo-Croatian variants). */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb', sr: 'hr', bs: 'hr', cnr: 'hr' };

/**
 * The languages to read a page in: its declared language, English (appeals and UI words in
 * English are everywhere), and the language whose stop words its text uses most. A page with
 * no known language is read in all of them.
 */
export function languageMask(lex: CompiledLexicon, declared: string | null, sample: readonly Tokens[]): number {
  const all = (1 << lex.langs.length) - 1;
  const index = (code: string | null | undefined): number => {
    if (!code) return -1;
    const primary = code.toLowerCase().split(/[-_]/)[0]!;
    return lex.langs.indexOf(LANGUAGE_ALIASES[primary] ?? primary);
  };
  const votes = new Array<number>(lex.langs.length).fill(0);
  let seen = 0;
  outer: for (const t of sample) {
    for (const w of t.lower) {
      const bits = lex.stop.get(w);
      if (bits) for (let li = 0; li < votes.length; li++) if (bits & (1 << li)) votes[li]!++;
      if (++seen >= 4_000) break outer;
    }
  }
  let best = -1;
  for (let li = 0; li < votes.length; li++) if (votes[li]! >= 8 && (best < 0 || votes[li]! > votes[best]!)) best = li;
  const d = index(declared);
  if (d < 0 && best < 0) return all;
  let mask = 0;
  if (d >= 0) mask |= 1 << d;
  if (best >= 0) mask |= 1 << best;
  const en = index('en');
  if (en >= 0) mask |= 1 << en;
  return mask;
}
