// `appeal-spotter scan --rules FILE`: a good file applies its rules to every page (a saved
// page's canonical URL picks the site's rules); a bad file prints each error with its line
// number and nothing is scanned (exit 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, jsonLines, removeCopy, runCli } from './run-cli.js';

let tmp = '';
const at = (name: string): string => join(tmp, name);

const PROSE = [
  'The ferry that links the mill district with the island market went back into service on Monday after four months in dry dock.',
  'Commuters lined the landing before the first crossing at half past six, and several said the bus route had doubled their journey.',
  'The port authority said the repairs came in slightly under budget, and a second vessel will go into dry dock in the autumn.',
  'Timetables are unchanged from last summer, with crossings every twenty minutes at peak hours and forty in the evening.',
].map((p) => `<p>${p}</p>`).join('\n');

const page = (head: string): string => `<!doctype html><html lang="en"><head><title>Ferry returns | Ledger</title>${head}</head><body>
  <article><h1>Ferry returns</h1><div class="entry-content">${PROSE}</div>
  <div class="reader-corner"><p>Send us your photographs of the ferry and the island market at dusk.</p></div></article></body></html>`;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'appeal-spotter-rules-'));
  writeFileSync(at('plain.html'), page(''));
  writeFileSync(at('ledger.html'), page('<link rel="canonical" href="https://www.ledger.example/ferry">'));
  writeFileSync(at('elsewhere.html'), page('<meta property="og:url" content="https://other.example/ferry">'));
  writeFileSync(at('good.rules'), '! my rules\nledger.example##.reader-corner:appeal(subscription)\n!off ledger.example##h1\n');
  writeFileSync(at('bad.rules'), 'ledger.example##.reader-corner\n\n*##.box\njavascript:alert(1)##div\nledger.example##.box:appeal(newsletter)\n');
});
afterAll(() => {
  removeCopy();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('scan --rules', () => {
  it('without rules the box is article text', () => {
    const r = runCli(['scan', '--jsonl', at('plain.html')]);
    expect(r.status).toBe(0);
    const [p] = jsonLines(r.stdout);
    expect(p!.appeals).toEqual([]);
    expect(p!.rules).toBeUndefined();
  });

  it('a good file: the rule flags the box on a page without a URL and on its own site, not on another site', () => {
    const r = runCli(['scan', '--jsonl', '--rules', at('good.rules'), at('plain.html'), at('ledger.html'), at('elsewhere.html')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pages = jsonLines(r.stdout);
    expect(pages.map((p) => (p.appeals as unknown[]).length)).toEqual([1, 1, 0]);
    for (const p of pages.slice(0, 2)) {
      const a = (p.appeals as Record<string, unknown>[])[0]!;
      expect(a).toMatchObject({ id: 'a1', kind: 'subscription', confidence: 1, signals: ['rule'] });
      expect(a.reasons).toContain('your rule: ledger.example##.reader-corner:appeal(subscription)');
      expect(a.text).toBe('Send us your photographs of the ferry and the island market at dusk.');
      expect((p.article as Record<string, string>).text).not.toContain('Send us your photographs');
      expect(p.rules).toEqual({ applied: ['ledger.example##.reader-corner:appeal(subscription)'] });
    }
    expect(pages[2]!.rules).toEqual({ applied: [] });
  });

  it('the text report shows the reason', () => {
    const r = runCli(['scan', '--rules', at('good.rules'), at('plain.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('your rule: ledger.example##.reader-corner:appeal(subscription)');
  });

  it('a bad file: every error with its line number on stderr, exit 2, nothing scanned', () => {
    const r = runCli(['scan', '--jsonl', '--rules', at('bad.rules'), at('plain.html')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const file = at('bad.rules');
    expect(r.stderr).toContain(`${file}:3: the host "*" is a wildcard`);
    expect(r.stderr).toContain(`${file}:4: the host "javascript:alert(1)" has a scheme`);
    expect(r.stderr).toContain(`${file}:5: unknown kind "newsletter"`);
    expect(r.stderr).toMatch(/3 errors in .*bad\.rules/);
    expect(r.stderr).not.toMatch(/:1:/);
  });

  it('a selector the selector engine refuses is an error too', () => {
    writeFileSync(at('engine.rules'), 'ledger.example##div:nth-child(foo)\n');
    const r = runCli(['scan', '--rules', at('engine.rules'), at('plain.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(':1: the selector "div:nth-child(foo)" is not valid CSS');
  });

  it('a missing rules file or no value is a usage error (exit 2)', () => {
    const missing = runCli(['scan', '--rules', at('nope.rules'), at('plain.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read rules file .*nope\.rules/);
    const none = runCli(['scan', at('plain.html'), '--rules']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--rules needs a value/);
  });

  it('a rules file over 256 KB is refused whole', () => {
    writeFileSync(at('huge.rules'), 'ledger.example##.reader-corner\n'.repeat(10_000));
    const r = runCli(['scan', '--rules', at('huge.rules'), at('plain.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/huge\.rules: the rules text is \d+ KB, more than the 256 KB allowed/);
  });
});
