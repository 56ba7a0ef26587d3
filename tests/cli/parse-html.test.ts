import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { loadParser, looksLikeHtml, type Parser } from '../../src/cli/parse-html.js';

const broken = readFileSync('tests/fixtures/cli/pages/broken-stylesheet.html', 'utf8');
let parser: Parser;
beforeAll(async () => { parser = await loadParser(); });

describe('parseHtml', () => {
  it('the fixture really makes a plain jsdom 29 parse throw', () => {
    expect(() => new JSDOM(broken)).toThrow();
  });
  it('still parses that page, without stylesheets, keeping the whole tree', () => {
    const { document, stylesheetFallback } = parser.parseHtml(broken);
    expect(stylesheetFallback).toBe(true);
    expect(document.title).toBe('Harbour wall repairs finished early');
    expect(document.querySelectorAll('article p')).toHaveLength(2);
    expect(document.querySelector('style')?.textContent).toContain('calc(');
  });
  it('parses ordinary pages with a window, runs no scripts and drops a leading BOM', () => {
    const { document, stylesheetFallback } = parser.parseHtml('\ufeff<title>T</title><p id=p>x</p><script>document.getElementById("p").textContent = "ran"</script>');
    expect(stylesheetFallback).toBe(false);
    expect(document.defaultView).not.toBeNull();
    expect(document.getElementById('p')?.textContent).toBe('x');
    expect(document.body.firstChild?.nodeName).toBe('P');
  });
});

describe('parseText', () => {
  it('makes one paragraph per non-empty line', () => {
    const { document } = parser.parseText('First line.\r\n\r\n  Second line.  \nThird.');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['First line.', 'Second line.', 'Third.']);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['  \n<div>x</div>', true],
    ['Some notes first\n<html><body>late markup</body></html>', true],
    ['Plain paragraph one.\nPlain paragraph two, 3 < 4.', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
