// What one block's words say: concept counts from the lexicon, an amount of money, and whether
// an amount comes with a period ("$5 a month"). Read once per distinct text.
import { CONCEPT_INDEX, conceptHits, tokenize, type CompiledLexicon, type Tokens } from '../lexicon/match.js';
import type { Concept } from '../lexicon/types.js';
import { findPrice } from './price.js';

export interface BlockEvidence {
  readonly counts: Uint8Array;
  /** First matched words per concept index. */
  readonly first: readonly (string | undefined)[];
  readonly price: string | null;
  /** An amount and a period in the same block. */
  readonly pricePeriod: boolean;
  /** The publisher's own name (from the host or og:site_name) is in the text. */
  readonly selfName: boolean;
  /** Words that ask for money or gate: the block can be an appeal at all. */
  readonly money: boolean;
  /** How many words about money or a gate it has (the concepts of `money`). */
  readonly moneyWords: number;
  readonly tokens: number;
  /** Tokens that are numbers, and capitalised tokens after the first (names, in most languages). */
  readonly digitTokens: number;
  readonly capitalTokens: number;
}

/** Concepts that make a block a candidate: without one of them (or an amount) it is never flagged. */
export const MONEY_CONCEPTS: readonly Concept[] = ['give', 'support', 'subscribe', 'member', 'premium', 'gate', 'meter', 'trial'];
const MONEY = MONEY_CONCEPTS.map((c) => CONCEPT_INDEX[c]);

export function has(ev: BlockEvidence, c: Concept): boolean {
  return ev.counts[CONCEPT_INDEX[c]]! > 0;
}

export interface EvidenceReader {
  read(text: string): BlockEvidence;
  /** Tokens of the texts read so far (for the language guess). */
  tokensOf(text: string): Tokens;
}

export function evidenceReader(lex: CompiledLexicon, langMask: () => number, selfNames: ReadonlySet<string>): EvidenceReader {
  const memo = new Map<string, BlockEvidence>();
  const tokMemo = new Map<string, Tokens>();
  const tokensOf = (text: string): Tokens => {
    let t = tokMemo.get(text);
    if (!t) tokMemo.set(text, (t = tokenize(text)));
    return t;
  };
  return {
    tokensOf,
    read(text: string): BlockEvidence {
      const seen = memo.get(text);
      if (seen) return seen;
      const tokens = tokensOf(text);
      const hits = conceptHits(lex, tokens, langMask() | blockLanguage(lex, tokens));
      const price = findPrice(text.toLowerCase());
      let moneyWords = 0;
      for (const i of MONEY) moneyWords += hits.counts[i]!;
      const money = moneyWords > 0;
      const period = hits.counts[CONCEPT_INDEX.period]! > 0;
      let selfName = false;
      if (selfNames.size) for (const w of tokens.lower) if (selfNames.has(w)) { selfName = true; break; }
      let digitTokens = 0;
      let capitalTokens = 0;
      for (let i = 0; i < tokens.raw.length; i++) {
        const r = tokens.raw[i]!;
        const c = r.charCodeAt(0);
        if (c >= 48 && c <= 57) digitTokens++;
        else if (i > 0 && r !== tokens.lower[i]) capitalTokens++;
      }
      const ev: BlockEvidence = {
        counts: hits.counts, first: hits.first, price, pricePeriod: price !== null && period, selfName,
        money: money || (price !== null && period), moneyWords, tokens: tokens.lower.length, digitTokens, capitalTokens,
      };
      memo.set(text, ev);
      return ev;
    },
  };
}

/** Stop words a block needs before its own language is read too (a German box on an English page). */
const BLOCK_STOP_WORDS = 2;

/** The language whose stop words a block uses most (a bit of the compiled lexicon), or 0. */
function blockLanguage(lex: CompiledLexicon, tokens: Tokens): number {
  if (tokens.lower.length < 6) return 0;
  let votes: number[] | null = null;
  for (const w of tokens.lower) {
    const bits = lex.stop.get(w);
    if (!bits) continue;
    votes ??= new Array<number>(lex.langs.length).fill(0);
    for (let li = 0; li < votes.length; li++) if (bits & (1 << li)) votes[li]!++;
  }
  if (!votes) return 0;
  let best = -1;
  for (let li = 0; li < votes.length; li++) if (votes[li]! >= BLOCK_STOP_WORDS && (best < 0 || votes[li]! > votes[best]!)) best = li;
  return best < 0 ? 0 : 1 << best;
}

/** Words of the site's own name: "phoronix" from www.phoronix.com, "guardian" from og:site_name "The Guardian". */
export function selfNamesOf(host: string | null, siteName: string | null): Set<string> {
  const out = new Set<string>();
  const generic = new Set(['www', 'com', 'org', 'net', 'news', 'the', 'blog', 'online', 'media', 'de', 'co', 'uk', 'fr', 'es']);
  if (host) {
    const labels = host.toLowerCase().split('.');
    const name = labels.length >= 2 ? labels[labels.length - 2]! : labels[0]!;
    if (name.length >= 4 && !generic.has(name)) out.add(name);
  }
  if (siteName) {
    for (const w of tokenize(siteName).lower) if (w.length >= 4 && !generic.has(w)) out.add(w);
  }
  return out;
}
