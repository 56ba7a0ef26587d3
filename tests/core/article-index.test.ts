// The article index (src/core/article/dom-index.ts) against the DOM it was built from: text
// measures, the text-node children it records (read instead of the DOM when scoring runs of
// inline text), the cached class/id pattern tests, and the scanner-trace path against its
// own walk.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildIndex, F_SKIP, matches, textStats, type DomIndex } from '../../src/core/article/dom-index.js';
import { BYLINE, MAYBE_CANDIDATE, NEGATIVE, POSITIVE, SHARE, UNLIKELY } from '../../src/core/article/patterns.js';
import { T_BYLINE, T_MAYBE, T_NEGATIVE, T_POSITIVE, T_SHARE, T_UNLIKELY } from '../../src/core/article/tokens.js';
import { walk } from '../../src/core/blocks.js';
import { Budget } from '../../src/core/budget.js';
import { documentRoot, domAccess } from '../../src/core/dom.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/article/', import.meta.url));
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));

/** The measure as a plain loop over characters (what the index computed before). */
function reference(s: string): { length: number; commas: number; asciiCommas: number } {
  let n = 0;
  let inSpace = false;
  let any = false;
  let commas = 0;
  let asciiCommas = 0;
  for (const ch of s.split('')) {
    const c = ch.charCodeAt(0);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!inSpace) n++;
      inSpace = true;
      continue;
    }
    n++;
    inSpace = false;
    any = true;
    if (c === 0x2c) { commas++; asciiCommas++; }
    else if ([0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c].includes(c)) commas++;
  }
  return any ? { length: n, commas, asciiCommas } : { length: 0, commas: 0, asciiCommas: 0 };
}

function indexOf(html: string, withTrace: boolean): DomIndex {
  const doc = new JSDOM(html).window.document;
  if (!withTrace) return buildIndex(doc.body, { maxElements: 20_000 });
  const root = documentRoot(doc)!;
  const model = walk(doc, domAccess(doc, root), root, Budget.from({}), {});
  return buildIndex(doc.body, { maxElements: 20_000, trace: model.trace });
}

/** Non-blank text children of el, each with the number of element children before it. */
function domTexts(el: Element): [number, number][] {
  const out: [number, number][] = [];
  let elements = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) elements++;
    else if (c.nodeType === 3) {
      const len = reference((c as Text).data).length;
      if (len) out.push([len, elements]);
    }
  }
  return out;
}

/** The same from the index: text position → number of element children of i before it. */
function indexTexts(ix: DomIndex, i: number): [number, number][] {
  const out: [number, number][] = [];
  for (let t = ix.firstText[i]!; t >= 0; t = ix.textNext[t]!) {
    let before = 0;
    for (let k = i + 1; k <= ix.end[i]! && k < ix.textPos[t]!; k = ix.end[k]! + 1) before++;
    out.push([ix.textLen[t]!, before]);
  }
  return out;
}

describe('article index', () => {
  it('measures text like a loop over its characters (whitespace runs count once, comma variants)', () => {
    const alphabet = [' ', '  ', '\n', '\t', '\r', '\f', '\v', '\u00a0', '\u2028', 'a', 'Z', 'é', ',', ',,', '\u060c', '\uff0c', '\u2e41', '日', '\ud83d\ude00', '.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      expect(textStats(s)).toEqual(reference(s));
    }), { numRuns: 2000 });
    expect(textStats('  Hello,\n\n  world ،  ')).toEqual({ length: 16, commas: 2, asciiCommas: 1 });
    expect(textStats(' \n\u00a0\t ')).toEqual({ length: 0, commas: 0, asciiCommas: 0 });
  });

  for (const f of fixtures) {
    const html = readFileSync(FIXTURES + f, 'utf8');

    it(`${f}: records each element's non-blank text children in order among its element children`, () => {
      const ix = indexOf(html, true);
      let checked = 0;
      for (let i = 0; i < ix.count; i++) {
        if (ix.flags[i]! & F_SKIP) continue;
        expect(indexTexts(ix, i)).toEqual(domTexts(ix.els[i]!));
        checked += ix.firstText[i]! >= 0 ? 1 : 0;
      }
      expect(checked).toBeGreaterThan(5);
    });

    it(`${f}: cached class/id tests agree with the patterns on "class id"`, () => {
      const ix = indexOf(html, true);
      const pairs: [number, RegExp][] = [[T_UNLIKELY, UNLIKELY], [T_MAYBE, MAYBE_CANDIDATE], [T_POSITIVE, POSITIVE],
        [T_NEGATIVE, NEGATIVE], [T_SHARE, SHARE], [T_BYLINE, BYLINE]];
      for (let i = 0; i < ix.count; i++) {
        const cls = ix.className[i]!;
        const id = ix.id[i]!;
        for (const [bit, re] of pairs) {
          // NEGATIVE has anchors: the scorer tests class and id apart, as Readability does.
          const want = bit === T_NEGATIVE || bit === T_POSITIVE ? (!!cls && re.test(cls)) || (!!id && re.test(id))
            : (cls || id ? re.test(`${cls} ${id}`) : false);
          expect(matches(ix, i, bit)).toBe(want);
        }
      }
    });

    it(`${f}: the index read from the scanner's trace equals the one from its own walk`, () => {
      const a = indexOf(html, true);
      const b = indexOf(html, false);
      expect(a.count).toBe(b.count);
      expect(a.tag).toEqual(b.tag);
      for (const k of ['parent', 'end', 'flags', 'ownText', 'ownLink', 'ownCommas', 'blockOf', 'allText', 'rawText',
        'firstText', 'textNext', 'textPos', 'textLen', 'textCommas'] as const) {
        expect(Array.from(a[k]), k).toEqual(Array.from(b[k]));
      }
    });
  }
});
