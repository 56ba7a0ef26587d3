// The hand-written fixture pages (tests/fixtures/pages/*.html) against expected.json: which
// appeals (kind, placement, text), what stays in and out of the body, the paywall verdict.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { FIXTURES, fixtureDoc, norm } from './helpers.js';

interface Expected {
  appeals: { kind: string; placement?: string; includes: string[] }[];
  minorKinds?: string[];
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  paywall?: { detected?: boolean; state?: string; signalIncludes?: string[] };
}

const dir = resolve(FIXTURES, 'pages');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as Record<string, Expected | string>;
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('fixture pages', () => {
  it('every fixture page has expectations', () => {
    for (const p of pages) expect(expected[p], p).toBeTypeOf('object');
  });

  for (const name of pages) {
    const exp = expected[name];
    if (typeof exp !== 'object') continue;
    it(name, () => {
      const r = scan(fixtureDoc(name));
      expect(r.partial).toBe(false);
      expect(r.appeals.map((a) => a.kind), 'appeal kinds').toEqual(exp.appeals.map((a) => a.kind));
      exp.appeals.forEach((want, i) => {
        const got = r.appeals[i]!;
        if (want.placement) expect(got.placement, `${name} appeal ${i} placement`).toBe(want.placement);
        for (const s of want.includes) expect(norm(got.text), `${name} appeal ${i} text`).toContain(s);
        expect(got.reasons.length).toBeGreaterThan(0);
        expect(got.confidence).toBeGreaterThan(0.5);
        expect(got.elements.length).toBeGreaterThan(0);
      });
      for (const m of r.minor) expect(exp.minorKinds ?? [], `${name} minor`).toContain(m.kind);
      const body = norm(r.article.text);
      for (const s of exp.bodyIncludes ?? []) expect(body, `${name} body`).toContain(s);
      for (const s of exp.bodyExcludes ?? []) expect(body, `${name} body`).not.toContain(s);
      // No appeal text leaks into the body.
      for (const a of r.appeals) for (const line of a.text.split('\n')) if (line.length > 30) expect(body).not.toContain(norm(line));
      if (exp.paywall?.detected !== undefined) expect(r.paywall.detected, `${name} paywall`).toBe(exp.paywall.detected);
      if (exp.paywall?.state) expect(r.paywall.state, `${name} paywall state`).toBe(exp.paywall.state);
      for (const s of exp.paywall?.signalIncludes ?? []) expect(r.paywall.signals.join(' | ')).toContain(s);
    });
  }
});
