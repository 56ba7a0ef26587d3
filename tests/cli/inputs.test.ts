import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expandPaths, formatOf, readStdin, reasonOf } from '../../src/cli/inputs.js';

const pages = join('tests', 'fixtures', 'cli', 'pages');

describe('expandPaths', () => {
  it('recurses into directories, sorted, keeping only .html/.htm/.txt', () => {
    const found = expandPaths([pages]).map((p) => [p.source, p.format]);
    expect(found).toEqual([
      [join(pages, 'appended-donation.html'), 'html'],
      [join(pages, 'broken-stylesheet.html'), 'html'],
      [join(pages, 'field-notes.txt'), 'text'],
      [join(pages, 'inline-subscription.htm'), 'html'],
      [join(pages, 'nested', 'a-first.html'), 'html'],
      [join(pages, 'nested', 'deeper', 'sticky-bar.html'), 'html'],
    ]);
  });
  it('keeps the order given, stdin as "-", and passes missing paths on for the reader to report', () => {
    const found = expandPaths(['missing.html', '-', join(pages, 'field-notes.txt'), 'odd.xhtml']);
    expect(found).toEqual([
      { source: 'missing.html', format: 'html' },
      { source: '-', format: 'sniff' },
      { source: join(pages, 'field-notes.txt'), format: 'text' },
      { source: 'odd.xhtml', format: 'sniff' },
    ]);
  });
});

describe('helpers', () => {
  it('formatOf goes by extension, case-insensitively', () => {
    expect(formatOf('A.HTM')).toBe('html');
    expect(formatOf('notes.TXT')).toBe('text');
    expect(formatOf('page')).toBe('sniff');
  });
  it('reasonOf puts common errno codes in words', () => {
    expect(reasonOf(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory');
    expect(reasonOf(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(reasonOf(new Error('first line\nsecond'))).toBe('first line');
  });
  it('readStdin decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('Zürich café', 'utf8');
    const text = await readStdin(Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]));
    expect(text).toBe('Zürich café');
  });
});
