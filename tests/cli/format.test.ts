import { describe, expect, it } from 'vitest';
import type { Appeal, ScanReport } from '../../src/core/index.js';
import { formatJsonDocument, formatJsonLine, toPageJson } from '../../src/cli/format-json.js';
import { ANSI, NO_COLOR, formatPageText, paletteFor } from '../../src/cli/format-text.js';

function appeal(id: string, kind: Appeal['kind'], text: string, reasons: string[] = []): Appeal {
  return { id, kind, placement: 'appended', confidence: 0.875, reasons, signals: ['sig.' + kind], elements: [], text };
}

const report: ScanReport = {
  article: { element: null, title: 'Ferry returns', text: 'Body one.\nBody two.', wordCount: 4 },
  appeals: [appeal('a1', 'donation', 'Before you go: one two three four five six seven eight nine ten eleven twelve thirteen', ["asks for a recurring amount: '$5 a month'", 'links to a donation checkout'])],
  minor: [appeal('a2', 'newsletter', 'Get our newsletter'), appeal('a3', 'newsletter', 'Daily brief'), appeal('a4', 'other', 'Shop')],
  paywall: { detected: true, state: 'metered', signals: ['JSON-LD isAccessibleForFree=false'] },
  partial: true,
  stats: { elements: 10, blocks: 3, ms: null },
};

describe('readable summary', () => {
  const text = formatPageText({ source: 'page.html', report, scanMs: 1.234, stylesheetFallback: true });
  it('shows source, title, words, each appeal with kind, placement, confidence, first words and reasons', () => {
    expect(text).toContain('== page.html');
    expect(text).toContain('title:    Ferry returns');
    expect(text).toContain('body:     4 words');
    expect(text).toContain('1. donation · appended · confidence 0.88');
    expect(text).toContain('"Before you go: one two three four five six seven eight nine …"');
    expect(text).toContain("- asks for a recurring amount: '$5 a month'");
    expect(text).toContain('- links to a donation checkout');
  });
  it('summarises minor items in one line and gives the paywall verdict with signals', () => {
    expect(text).toContain('minor:    3 (2 newsletter, 1 other)');
    expect(text).toContain('paywall:  yes, metered');
    expect(text).toContain('- JSON-LD isAccessibleForFree=false');
  });
  it('says when the scan was partial or the stylesheet fallback was used', () => {
    expect(text).toMatch(/partial:\s+yes/);
    expect(text).toMatch(/without CSS/);
    const quiet = formatPageText({ source: 's', report: { ...report, partial: false, appeals: [], minor: [] }, scanMs: 0, stylesheetFallback: false });
    expect(quiet).not.toMatch(/partial|without CSS/);
    expect(quiet).toContain('appeals:  none');
    expect(quiet).toContain('minor:    none');
  });
  it('has no escape codes without colour, and some with it', () => {
    expect(text).not.toContain('\u001b[');
    expect(formatPageText({ source: 's', report, scanMs: 0, stylesheetFallback: false }, ANSI)).toContain('\u001b[');
  });
  it('colours only a TTY without NO_COLOR', () => {
    expect(paletteFor(true, {})).toBe(ANSI);
    expect(paletteFor(false, {})).toBe(NO_COLOR);
    expect(paletteFor(true, { NO_COLOR: '1' })).toBe(NO_COLOR);
  });
});

describe('JSON page', () => {
  const json = toPageJson('dir/page.html', report, 1.23456, false);
  it('has the issue-2 shape, minor included, element references dropped', () => {
    expect(json).toEqual({
      source: 'dir/page.html',
      article: { title: 'Ferry returns', text: 'Body one.\nBody two.', wordCount: 4 },
      appeals: [{ id: 'a1', kind: 'donation', placement: 'appended', confidence: 0.875, text: report.appeals[0]?.text, reasons: report.appeals[0]?.reasons, signals: ['sig.donation'] }],
      minor: expect.any(Array),
      paywall: { detected: true, state: 'metered', signals: ['JSON-LD isAccessibleForFree=false'] },
      timings: { scanMs: 1.23 },
      partial: true,
    });
    expect(json.minor).toHaveLength(3);
    expect(toPageJson('x', report, 0, true).stylesheetFallback).toBe(true);
  });
  it('--jsonl is one line; --json is an object for one page, an array for more', () => {
    const line = formatJsonLine(json);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(formatJsonDocument([json]))).toMatchObject({ source: 'dir/page.html' });
    expect(JSON.parse(formatJsonDocument([json, json]))).toHaveLength(2);
    expect(JSON.parse(formatJsonDocument([]))).toEqual([]);
  });
});
