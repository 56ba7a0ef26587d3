// src/core is pure: no extension, browser or Node globals, no HTML sinks; everything comes
// from the Document passed in. (Reads the sources; comments and strings are ignored.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Source with comments, string and template literals and regex bodies blanked out. */
function code(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/String\.raw`(?:\\.|[^`\\])*`/g, '``')
    .replace(/`(?:\\.|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/\/(?![*/])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n])+\/[a-z]*/g, '/re/');
}

const FORBIDDEN: [RegExp, string][] = [
  [/(?<![.\w])window\b/, 'window'],
  [/(?<![.\w])document\b/, 'document'],
  [/(?<![.\w])location\b/, 'location'],
  [/(?<![.\w])navigator\b/, 'navigator'],
  [/(?<![.\w])browser\./, 'browser'],
  [/(?<![.\w])chrome\./, 'chrome'],
  [/(?<![.\w])process\./, 'process'],
  [/(?<![.\w])require\(/, 'require'],
  [/\bgetComputedStyle\b/, 'getComputedStyle'],
  [/\b(?:innerHTML|outerHTML|insertAdjacentHTML)\b/, 'HTML sink'],
  [/\bquerySelectorAll\b/, 'querySelectorAll (one bounded walk instead)'],
];

describe('src/core purity', () => {
  const root = join(REPO, 'src/core');
  const mine = files(root).filter((f) => !relative(root, f).startsWith('article'));

  it('has sources to check', () => {
    expect(mine.length).toBeGreaterThan(10);
  });

  for (const f of mine) {
    it(relative(REPO, f), () => {
      const src = readFileSync(f, 'utf8');
      const c = code(src);
      for (const [re, what] of FORBIDDEN) expect(re.test(c), `${what} in ${relative(REPO, f)}`).toBe(false);
      for (const m of src.matchAll(/from\s+'([^']+)'/g)) expect(m[1]!.startsWith('.'), `import ${m[1]}`).toBe(true);
    });
  }
});
