// Plain-text mode and the seed case: the Moscow Times text must give a body of exactly its
// first 9 paragraphs and one donation appeal from "A Message from The Moscow Times:" to
// "Remind me later." — by the general rules (opener, asks, dismiss line), not by the site.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.js';
import { CORPUS, corpusPresent, textDoc } from './helpers.js';

describe('plain-text mode', () => {
  it.skipIf(!corpusPresent)('the Moscow Times seed: body = first 9 paragraphs, one donation appeal to "Remind me later."', () => {
    const text = readFileSync(resolve(CORPUS, 'pages/moscow-times-seed.txt'), 'utf8');
    const paras = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const r = scan(textDoc(text));
    expect(r.article.text).toBe(paras.slice(0, 9).join('\n'));
    expect(r.appeals).toHaveLength(1);
    const a = r.appeals[0]!;
    expect(a.kind).toBe('donation');
    expect(a.placement).toBe('appended');
    const lines = a.text.split('\n');
    expect(lines[0]).toMatch(/^A Message from The Moscow Times/);
    expect(lines[lines.length - 1]).toBe('Remind me later.');
    expect(lines).toEqual(paras.slice(9));
    expect(a.elements).toHaveLength(paras.length - 9);
    // Reasons name the features that weighed most, quoting the page's words.
    expect(a.reasons.some((r) => /: '.+'$/.test(r))).toBe(true);
  });

  it('the same shape with other words and another outlet', () => {
    const body = [
      'The regional parliament approved the new water law on Thursday after a debate that lasted more than nine hours.',
      'The law caps the amount farms may draw from rivers in dry years and creates a fund to repair leaking pipes in small towns.',
      'Opposition members said the caps were too low, while environmental groups called the reform long overdue.',
      'The law takes effect in January; the first review of the caps is planned for the end of next year.',
    ];
    const appeal = [
      'A note from the Valley Post:',
      'Dear friends,',
      'For ten years we have reported on the valley without owners, sponsors or a paywall.',
      'That only works because readers pay for it. Please consider a monthly contribution from just €3.',
      'Thank you for your support.',
      'Maybe later',
    ];
    const r = scan(textDoc([...body, ...appeal].join('\n')));
    expect(r.article.text).toBe(body.join('\n'));
    expect(r.appeals).toHaveLength(1);
    expect(r.appeals[0]!.text).toBe(appeal.join('\n'));
  });

  it('a text with no appeal keeps every paragraph', () => {
    const paras = ['The ferry resumed service on Monday after a week of storms.', 'Passengers were told to expect delays of up to an hour on the first day.'];
    const r = scan(textDoc(paras.join('\n')));
    expect(r.appeals).toEqual([]);
    expect(r.article.text).toBe(paras.join('\n'));
    expect(r.article.wordCount).toBe(paras.join(' ').split(/\s+/).length);
  });
});
