// The hand-written fixture pages (tests/fixtures/pages/*.html) against expected.json. The
// scanner is a fitted classifier and the fixtures were written apart from its training data, so
// they are scored as a small held-out set: every report must be sound on every page, negative
// pages must stay quiet, and recall, kind and placement must stay above a floor. The table of
// what each page got is printed, so a regression names its pages.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan, type ScanReport } from '../../src/core/index.js';
import { FIXTURES, fixtureDoc, norm } from './helpers.js';

interface Expected {
  appeals: { kind: string; placement?: string; includes: string[] }[];
  minorKinds?: string[];
  /** POLICY's optional items: a report holding one is neither a find nor a false alarm. */
  optional?: string[];
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  paywall?: { detected?: boolean; state?: string; signalIncludes?: string[] };
}

const dir = resolve(FIXTURES, 'pages');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as Record<string, Expected | string>;
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
const reports = new Map<string, ScanReport>(pages.map((p) => [p, scan(fixtureDoc(p))]));

interface Tally { wanted: number; found: number; kindRight: number; placed: number; placementWanted: number; whole: number }

function tally(): { t: Tally; lines: string[]; falseAlarms: string[]; paywallWrong: string[]; bodyWrong: string[] } {
  const t: Tally = { wanted: 0, found: 0, kindRight: 0, placed: 0, placementWanted: 0, whole: 0 };
  const lines: string[] = [];
  const falseAlarms: string[] = [];
  const paywallWrong: string[] = [];
  const bodyWrong: string[] = [];
  for (const name of pages) {
    const exp = expected[name];
    if (typeof exp !== 'object') continue;
    const r = reports.get(name)!;
    const used = new Set<number>();
    const got: string[] = [];
    for (const want of exp.appeals) {
      t.wanted++;
      // The appeal that holds its first snippet.
      const i = r.appeals.findIndex((a, k) => !used.has(k) && norm(a.text).includes(want.includes[0]!));
      if (i < 0) { got.push(`MISSED ${want.kind}`); continue; }
      used.add(i);
      const a = r.appeals[i]!;
      t.found++;
      if (a.kind === want.kind) t.kindRight++;
      if (want.placement) { t.placementWanted++; if (a.placement === want.placement) t.placed++; }
      if (want.includes.every((s) => norm(a.text).includes(s))) t.whole++;
      got.push(`${a.kind === want.kind ? a.kind : `${a.kind}≠${want.kind}`}/${a.placement}`);
    }
    r.appeals.forEach((a, k) => {
      if (used.has(k) || (exp.optional ?? []).some((s) => norm(a.text).includes(s))) return;
      falseAlarms.push(`${name}: ${a.kind} "${norm(a.text).slice(0, 60)}"`);
    });
    if (exp.paywall?.detected !== undefined && r.paywall.detected !== exp.paywall.detected) paywallWrong.push(name);
    const body = norm(r.article.text);
    for (const s of exp.bodyIncludes ?? []) if (!body.includes(s)) bodyWrong.push(`${name}: body lacks "${s}"`);
    for (const s of exp.bodyExcludes ?? []) if (body.includes(s)) bodyWrong.push(`${name}: body keeps "${s}"`);
    lines.push(`${name.padEnd(36)} ${got.join(', ') || '-'}${r.appeals.length > used.size ? `  +${r.appeals.length - used.size} extra` : ''}`);
  }
  return { t, lines, falseAlarms, paywallWrong, bodyWrong };
}

describe('fixture pages', () => {
  const { t, lines, falseAlarms, paywallWrong, bodyWrong } = tally();

  it('every fixture page has expectations', () => {
    for (const p of pages) expect(expected[p], p).toBeTypeOf('object');
  });

  it('every report is sound: whole scan, reasons, elements, confidence, no appeal text in the body', () => {
    for (const [name, r] of reports) {
      expect(r.partial, name).toBe(false);
      const body = norm(r.article.text);
      for (const a of r.appeals) {
        expect(a.reasons.length, name).toBeGreaterThan(0);
        expect(a.elements.length, name).toBeGreaterThan(0);
        expect(a.confidence, name).toBeGreaterThan(0);
        for (const line of a.text.split('\n')) if (line.length > 30) expect(body, `${name}: appeal line in body`).not.toContain(norm(line));
      }
    }
  });

  it('pages without an appeal (news about fundraisers and prices, nav links, newsletters, support pages) stay quiet', () => {
    const negatives = pages.filter((p) => typeof expected[p] === 'object' && (expected[p] as Expected).appeals.length === 0);
    expect(negatives.length).toBeGreaterThanOrEqual(5);
    const alarms = falseAlarms.filter((f) => negatives.some((n) => f.startsWith(`${n}:`)));
    // A fitted classifier has a false-alarm rate (about 4 % of negative pages cross-validated on
    // the corpus); these pages are look-alikes written to be hard, so one of them may alarm.
    console.log(`fixtures: ${alarms.length} of ${negatives.length} negative pages alarm\n${alarms.join('\n')}`);
    expect(alarms.length, alarms.join('\n')).toBeLessThanOrEqual(1);
  });

  it('finds the appeals, of the right kind, where they are', () => {
    console.log(`fixtures: ${t.found}/${t.wanted} appeals found, kind ${t.kindRight}/${t.found}, placement ${t.placed}/${t.placementWanted}, whole box ${t.whole}/${t.found}\n${lines.join('\n')}`);
    expect(t.found / t.wanted, lines.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(t.kindRight / t.found, lines.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(t.placed / t.placementWanted, lines.join('\n')).toBeGreaterThanOrEqual(0.7);
    expect(t.whole / t.found, lines.join('\n')).toBeGreaterThanOrEqual(0.7);
    expect(falseAlarms.length, falseAlarms.join('\n')).toBeLessThanOrEqual(2);
  });

  it('keeps the article text and gets the paywall verdict', () => {
    expect(bodyWrong.length, bodyWrong.join('\n')).toBeLessThanOrEqual(3);
    expect(paywallWrong.length, paywallWrong.join(', ')).toBeLessThanOrEqual(2);
  });
});
